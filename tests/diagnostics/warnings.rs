//! Warnings, which do not fail the load: a goal past due and not done, a target past its
//! deadline without a figure, an item with nothing to present; and a clean briefing has none.

use std::path::Path;

use brief::load::load_str;

use crate::today;

const WARNINGS: &str = r#"title = "Q3 review"
date = 2024-06-01

[[goals]]
title = "Ship the app"
due = 2024-03-31
summary = "Late and not done."

[[goals]]
title = "Shipped early"
due = 2024-03-31
status = "done"
summary = "Past due but done: no warning."

[[goals]]
title = "Grow GDP"
summary = "A target past its deadline without a figure."

[[goals.metrics]]
label = "GDP"
target = { reach = 60, by = 2024-03-31 }

[[goals]]
title = "Plan"
summary = "A target still ahead without a figure is a plan: no warning."

[[goals.metrics]]
label = "Deficit ratio"
unit = "%"
target = { around = 3.5, period = "2024" }

[[achievements]]
title = "Roads built"
"#;

#[test]
fn warnings_do_not_fail_the_load() {
    let loaded = load_str(WARNINGS, Path::new("w.toml"), today()).expect("warnings only");
    let found: Vec<_> = loaded
        .warnings
        .iter()
        .map(|d| {
            (
                d.is_error(),
                d.line,
                d.column,
                d.message.as_str(),
                d.hint.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                false,
                4,
                1,
                "goal `ship-the-app` was due 2024-03-31 and is not done",
                Some("set `status = \"done\"` if it is, or move `due` to the new date")
            ),
            (
                false,
                19,
                1,
                "metric `GDP` has a target due 2024-03-31 but no value",
                Some("add the result with `value = …` (and its `period`)")
            ),
            (
                false,
                32,
                1,
                "`roads-built` has nothing beyond its title",
                Some("add a `summary`, `details` or `metrics` so there is something to present")
            ),
        ]
    );
    assert_eq!(
        loaded.warnings[0].render(),
        "warning: goal `ship-the-app` was due 2024-03-31 and is not done\n --> w.toml:4:1\n  |\n4 | [[goals]]\n  | ^^^^^^^^^\n  = help: set `status = \"done\"` if it is, or move `due` to the new date\n"
    );
}

#[test]
fn a_goal_whose_metrics_are_all_met_is_not_overdue() {
    let text = "title = \"Q3\"\ndate = 2024-06-01\n\n[[goals]]\ntitle = \"Hire\"\ndue = 2024-03-31\n\n[[goals.metrics]]\nlabel = \"Hires\"\nvalue = 12\ntarget = { at_least = 10 }\n";
    let loaded = load_str(text, Path::new("w.toml"), today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn warnings_use_the_briefing_date_not_today() {
    // Due after the briefing date but before `today()`: not overdue at the meeting.
    let text = "title = \"Q3\"\ndate = 2024-01-01\n\n[[goals]]\ntitle = \"Ship\"\ndue = 2024-03-31\nsummary = \"s\"\n";
    let loaded = load_str(text, Path::new("w.toml"), today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

#[test]
fn a_clean_briefing_has_no_diagnostics() {
    let text = r#"title = "Q3 review"
date = 2024-06-01

[[goals]]
id = "gdp"
title = "Grow GDP"
due = 2025-12-31

[[goals.metrics]]
label = "GDP"
unit = "亿元"
value = 33.6
as_of = 2020-12-31
target = { at_least = 60, by = 2025-12-31 }
annual_growth = 5.2

[[challenges]]
title = "Weak demand"
severity = "high"
threatens = ["gdp"]
mitigation = ["Invest in roads"]
"#;
    let loaded = load_str(text, Path::new("ok.toml"), today()).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}
