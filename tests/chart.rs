//! The trajectory chart's two renderers against each other and against the rules: the
//! terminal and the SVG put the same points in the same places, labels stay off the plot,
//! the status reads without colour, and a chart with no room is not drawn.

mod common;

use brief::chart::{Chart, Kind, Verdict};
use brief::cli::ThemeName;
use brief::export::svg;
use brief::model::Briefing;
use brief::summary::ChartWords;
use brief::texts::texts;
use brief::theme::Theme;
use brief::view::chart::ChartView;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn bundled(name: &str) -> Briefing {
    let path = common::repo().join("briefings").join(name);
    brief::load::load_file(&path, common::render::today())
        .unwrap()
        .briefing
}

/// The chart of the first metric of each goal that has one.
fn charts(b: &Briefing) -> Vec<(String, Chart, ChartWords)> {
    let t = texts(b.meta.language);
    b.goals
        .iter()
        .filter_map(|g| {
            let metric = g.metrics.first()?;
            let chart = Chart::for_metric(metric, b.meta.date)?;
            let words = ChartWords::of(&chart, metric, t);
            Some((g.id.clone(), chart, words))
        })
        .collect()
}

fn draw(chart: &Chart, words: &ChartWords, theme: &Theme, w: u16, h: u16) -> (Buffer, Rect) {
    let view = ChartView {
        chart,
        words,
        theme,
    };
    let area = Rect::new(0, 0, w, h);
    let plot = view.layout(area).expect("room for a chart").plot;
    let mut buf = Buffer::empty(area);
    (&view).render(area, &mut buf);
    (buf, plot)
}

/// The cells of `plot` showing `symbol`, as (column, row) within the plot.
fn cells(buf: &Buffer, plot: Rect, symbol: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    for y in plot.top()..plot.bottom() {
        for x in plot.left()..plot.right() {
            if buf[(x, y)].symbol() == symbol {
                out.push((f64::from(x - plot.x), f64::from(y - plot.y)));
            }
        }
    }
    out
}

/// Whether the point at shares `(fx, fy)` of a drawing (0 left/top, 1 right/bottom) falls in
/// the plot's `cell`: braille gives a cell 2 dots across and 4 down, and a point lands on the
/// nearest dot of a grid spanning the plot from its first dot to its last. The SVG writes
/// positions to a tenth of a unit, a few hundredths of a dot: that much slack at the edges.
fn in_cell(cell: (f64, f64), (fx, fy): (f64, f64), plot: Rect) -> bool {
    const SLACK: f64 = 0.05;
    let within = |share: f64, cell: f64, dots_per_cell: f64, cells: u16| {
        let dot = share * (f64::from(cells) * dots_per_cell - 1.0);
        let first = cell * dots_per_cell - 0.5 - SLACK;
        dot >= first && dot <= first + dots_per_cell + 2.0 * SLACK
    };
    within(fx, cell.0, 2.0, plot.width) && within(fy, cell.1, 4.0, plot.height)
}

/// The numbers after each `name="` in `tag`s of the SVG whose text starts with `prefix`.
fn attrs(svg: &str, prefix: &str, names: &[&str]) -> Vec<Vec<f64>> {
    svg.match_indices(prefix)
        .map(|(at, _)| {
            let tag = &svg[at..at + svg[at..].find('>').unwrap()];
            names
                .iter()
                .map(|name| {
                    let key = format!(" {name}=\"");
                    let from = tag.find(&key).unwrap() + key.len();
                    let len = tag[from..].find('"').unwrap();
                    tag[from..from + len].parse().unwrap()
                })
                .collect()
        })
        .collect()
}

/// Sorted by position, to pair up the two renderers' points.
fn sorted(mut points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    points
}

#[test]
fn the_terminal_and_the_svg_place_the_same_points() {
    let theme = Theme::new(ThemeName::Dark, false);
    let mut compared = 0;
    let mut periods = 0;
    for name in ["xihe-2021.toml", "team-q3.toml", "plan-2026.toml"] {
        for ((id, chart, words), (w, h)) in charts(&bundled(name))
            .into_iter()
            .flat_map(|c| SIZES.map(|s| (c.clone(), s)))
        {
            let compare = match &chart.kind {
                Kind::Trajectory(_) => same_trajectory,
                Kind::Periods(_) => {
                    periods += 1;
                    same_periods
                }
            };
            if compare(&id, &chart, &words, &theme, (w, h)) {
                compared += 1;
            }
        }
    }
    // The seed's GDP, the team's deploy cadence and coverage, and the plan's seven goals with
    // results per period, at each size.
    assert!(
        compared >= 10 * SIZES.len(),
        "only {compared} charts compared"
    );
    assert_eq!(periods, 7 * SIZES.len());
}

const SIZES: [(u16, u16); 4] = [(118, 16), (188, 48), (60, 12), (96, 30)];

/// The svg's points: the centres of the `<circle class="pt">` of the drawing (not the
/// legend's samples), as shares of its plot.
fn svg_points(chart: &Chart, words: &ChartWords) -> (String, Vec<(f64, f64)>) {
    let figure = svg::figure(chart, words, "c");
    let figure = figure.split("<figcaption>").next().unwrap().to_owned();
    let p = svg::plot_of(chart);
    let drawn = attrs(&figure, "<circle class=\"pt\"", &["cx", "cy"])
        .into_iter()
        .map(|v| ((v[0] - p.x) / p.width, (v[1] - p.y) / p.height))
        .collect();
    (figure, sorted(drawn))
}

/// Each measured point in the same cell on the terminal as in the SVG, and the projection
/// ending in the same place; false where a point is hidden (see below) and nothing compared.
fn same_trajectory(
    id: &str,
    chart: &Chart,
    words: &ChartWords,
    theme: &Theme,
    (w, h): (u16, u16),
) -> bool {
    let Kind::Trajectory(t) = &chart.kind else {
        return false;
    };
    // Where the status symbol is ● (on track) it shares the points' mark; where a point sits
    // under the target or the projection's end it is covered. Compare the charts where
    // every point shows.
    let status = brief::texts::status_symbol(chart.status);
    let (buf, plot) = draw(chart, words, theme, w, h);
    let terminal = sorted(cells(&buf, plot, "●"));
    if status == "●" || terminal.len() != t.points.len() {
        return false;
    }
    let (figure, drawn) = svg_points(chart, words);
    assert_eq!(drawn.len(), terminal.len(), "{id}");
    // Each mark is in the cell holding the braille dot of the SVG's point.
    for (a, b) in terminal.iter().zip(&drawn) {
        assert!(
            in_cell(*a, *b, plot),
            "{id} {w}x{h}: terminal {a:?} vs svg {b:?} in {plot:?}"
        );
    }
    // The projection ends in the same place, marked by the status symbol.
    let end = cells(&buf, plot, status);
    let points = figure
        .split("<polyline class=\"projection\" points=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let last: Vec<f64> = points
        .rsplit(' ')
        .next()
        .unwrap()
        .split(',')
        .map(|n| n.parse().unwrap())
        .collect();
    let p = svg::plot_of(chart);
    let (ex, ey) = ((last[0] - p.x) / p.width, (last[1] - p.y) / p.height);
    assert!(
        end.iter().any(|c| in_cell(*c, (ex, ey), plot)),
        "{id}: the projection ends at {end:?} on the terminal, ({ex}, {ey}) in the svg"
    );
    true
}

/// Each period's result in the same cell on the terminal (its verdict's symbol) as in the
/// SVG (a dot), and a plan's ◇ at the same place too.
fn same_periods(
    id: &str,
    chart: &Chart,
    words: &ChartWords,
    theme: &Theme,
    (w, h): (u16, u16),
) -> bool {
    let Kind::Periods(p) = &chart.kind else {
        return false;
    };
    let (buf, plot) = draw(chart, words, theme, w, h);
    let (figure, drawn) = svg_points(chart, words);
    let measured: Vec<usize> = (0..p.columns.len())
        .filter(|i| p.columns[*i].result.is_some())
        .collect();
    assert_eq!(drawn.len(), measured.len(), "{id}");
    for (i, svg_point) in measured.iter().zip(&drawn) {
        let symbol = p.columns[*i].verdict.symbol();
        let marks = cells(&buf, plot, symbol);
        assert!(
            marks.iter().any(|c| in_cell(*c, *svg_point, plot)),
            "{id} {w}x{h}: period {} drawn at {svg_point:?} in the svg, {symbol} at {marks:?} on the terminal",
            p.columns[*i].period
        );
    }
    // A plan's ◇ is written centred on its point, its baseline a third of the font lower.
    let s = svg::plot_of(chart);
    let plans = cells(&buf, plot, "◇");
    let written: Vec<Vec<f64>> = figure
        .split("<text class=\"end\" ")
        .skip(1)
        .filter_map(|rest| rest.split("</text>").next())
        .filter(|tag| tag.ends_with(">◇"))
        .flat_map(|tag| attrs(&format!("<t {tag}"), "<t", &["x", "y"]))
        .collect();
    let planned = p
        .columns
        .iter()
        .filter(|c| {
            c.verdict == Verdict::Planned && c.target.as_ref().is_some_and(|t| t.shape.is_some())
        })
        .count();
    assert_eq!(written.len(), planned, "{id}");
    assert_eq!(plans.len(), planned, "{id} {w}x{h}");
    for v in written {
        let at = (
            (v[0] - s.x) / s.width,
            (v[1] - 12.0 * 0.35 - s.y) / s.height,
        );
        assert!(
            plans.iter().any(|c| in_cell(*c, at, plot)),
            "{id} {w}x{h}: ◇ at {at:?} in the svg, {plans:?} on the terminal"
        );
    }
    true
}

/// Inside the plot there are only lines (braille), marks and blanks: every label is outside.
#[test]
fn labels_never_overlap_the_plot_and_wide_units_take_two_columns_a_character() {
    let theme = Theme::new(ThemeName::Dark, false);
    for name in ["xihe-2021.toml", "team-q3.toml", "plan-2026.toml"] {
        for (id, chart, words) in charts(&bundled(name)) {
            for (w, h) in [(118, 16), (78, 9), (40, 8)] {
                let (buf, plot) = draw(&chart, &words, &theme, w, h);
                for y in plot.top()..plot.bottom() {
                    for x in plot.left()..plot.right() {
                        let symbol = buf[(x, y)].symbol();
                        let c = symbol.chars().next().unwrap_or(' ');
                        let allowed =
                            ('\u{2800}'..='\u{28ff}').contains(&c) || " ●◆┃✖▲✔○✗◇".contains(c);
                        assert!(
                            allowed,
                            "{id} {w}x{h}: {symbol:?} inside the plot at {x},{y}"
                        );
                    }
                }
            }
        }
    }
    let b = bundled("xihe-2021.toml");
    let (_, chart, words) = &charts(&b)[0];
    let (buf, _) = draw(chart, words, &theme, 118, 16);
    let text = common::render::text(&buf);
    let top = text.lines().next().unwrap();
    // 亿元 fills columns 0 to 3; the as-of label keeps clear of it.
    assert_eq!(buf[(0, 0)].symbol(), "亿");
    assert_eq!(buf[(2, 0)].symbol(), "元");
    assert!(top.contains("▼ 截至 2021-11-23"), "{top}");
}

/// With NO_COLOR the status still shows: the projection ends in ✖ and the legend says so.
#[test]
fn the_status_reads_without_colour() {
    let b = bundled("xihe-2021.toml");
    let (_, chart, words) = &charts(&b)[0];
    let plain = Theme::new(ThemeName::Dark, true);
    let (buf, plot) = draw(chart, words, &plain, 100, 14);
    assert_eq!(cells(&buf, plot, "✖").len(), 1);
    let text = common::render::text(&buf);
    assert!(text.contains("╌╌✖ 按年均 5.2%/年 → 43.3亿元"), "{text}");
    // In colour the same mark takes the status colour.
    let dark = Theme::new(ThemeName::Dark, false);
    let (buf, plot) = draw(chart, words, &dark, 100, 14);
    let (x, y) = (0..plot.height)
        .flat_map(|y| (0..plot.width).map(move |x| (plot.x + x, plot.y + y)))
        .find(|&(x, y)| buf[(x, y)].symbol() == "✖")
        .unwrap();
    assert_eq!(Some(buf[(x, y)].fg), dark.bad.fg);
}

/// Found by the property test: tick labels as wide as the area (a value of 1e30 written out)
/// left a plot of negative width, and the layout subtracted past zero.
#[test]
fn a_chart_whose_labels_leave_no_room_is_not_drawn() {
    let text = "title = \"t\"\ndate = 2026-01-01\n[[goals]]\ntitle = \"g\"\n[[goals.metrics]]\nlabel = \"m\"\nvalue = 1e30\ntarget = { reach = 3e30, by = 2030-01-01 }\n";
    let b = brief::load::load_str(
        text,
        std::path::Path::new("t.toml"),
        common::render::today(),
    )
    .unwrap()
    .briefing;
    let (_, chart, words) = &charts(&b)[0];
    let theme = Theme::new(ThemeName::Dark, false);
    let view = ChartView {
        chart,
        words,
        theme: &theme,
    };
    assert!(view.layout(Rect::new(0, 0, 30, 10)).is_none());
    let mut buf = Buffer::empty(Rect::new(0, 0, 30, 10));
    (&view).render(buf.area, &mut buf);
    assert!(common::render::text(&buf).trim().is_empty());
    assert!(view.layout(Rect::new(0, 0, 60, 10)).is_some());
}

/// The words of a line with runs of blanks made one.
fn squash(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A per-period chart writes each period under its column, then its verdict and result, then
/// its target; and its verdicts read without colour, in the plot and in the legend.
#[test]
fn periods_are_written_under_their_columns_and_their_verdicts_read_without_colour() {
    let b = bundled("plan-2026.toml");
    let all = charts(&b);
    let plain = Theme::new(ThemeName::Dark, true);
    let (_, chart, words) = all.iter().find(|c| c.0 == "growth").unwrap();
    let (buf, plot) = draw(chart, words, &plain, 118, 16);
    let text = common::render::text(&buf);
    let lines: Vec<&str> = text.lines().collect();
    let axis = usize::from(plot.bottom());
    assert_eq!(squash(lines[axis + 1]), "2023 2024 2025 2026", "{text}");
    assert_eq!(
        squash(lines[axis + 2]),
        "5.2 4.9 ✗ 4.6 missed ◇ planned",
        "{text}"
    );
    assert_eq!(squash(lines[axis + 3]), "≈ 5% 4.5–5%", "{text}");
    assert_eq!(cells(&buf, plot, "✗").len(), 1, "{text}");
    assert_eq!(cells(&buf, plot, "◇").len(), 1, "{text}");
    assert!(
        lines[axis + 4].contains("✗ missed   ◇ planned   ≈ axis from 3.5"),
        "{text}"
    );
    // Over 2026, the period the meeting falls in.
    assert!(lines[0].ends_with("as of 2026-03-05 ▼"), "{text}");
    // Jobs: a figure so far, said so under its column, against a floor of 11 million.
    let (_, chart, words) = all.iter().find(|c| c.0 == "jobs").unwrap();
    let (buf, plot) = draw(chart, words, &plain, 118, 16);
    let text = common::render::text(&buf);
    let lines: Vec<&str> = text.lines().collect();
    let axis = usize::from(plot.bottom());
    assert_eq!(squash(lines[axis + 1]), "2024 2025 2026", "{text}");
    assert_eq!(
        squash(lines[axis + 2]),
        "12.56 ✔ 11.8 met ● 2.2 so far",
        "{text}"
    );
    assert_eq!(
        squash(lines[axis + 3]),
        "≥ 11 million ≥ 11 million",
        "{text}"
    );
}
