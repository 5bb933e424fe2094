//! `brief new FILE --from LAST`: the next meeting's briefing, made by editing LAST's own text
//! with toml_edit, so that its comments, layout and number spellings (67.7, 1_332) survive.
//!
//! The date moves to today; goals stay, each with an explicit id (so `--compare LAST` and the
//! next `brief diff` match them even after a title is edited); each number a goal's metric
//! holds is copied into its history, dated when it was measured, and stays as the value with
//! its `as_of` and a comment asking for this meeting's figure. Keeping the value, rather than
//! emptying it, means the new file checks clean and the screen has figures from the start.
//! Achievements and challenges belong to the last meeting: they are carried commented out at
//! the end, for what still applies to be uncommented, or left out with `--fresh`.

use std::collections::HashMap;

use chrono::NaiveDate;
use toml_edit::{Array, DocumentMut, InlineTable, Item, Table, TableLike, Value};

use crate::model::{Briefing, Item as BriefingItem, Language, Value as Figure};

/// The new briefing's text, and what was carried, for the message after writing it.
#[derive(Debug)]
pub struct Carried {
    pub text: String,
    pub goals: usize,
    /// Figures whose current value was copied into their history.
    pub figures: usize,
}

/// The next briefing after `last` (whose text is `text`), dated `today`.
pub fn next_briefing(
    text: &str,
    last: &Briefing,
    today: NaiveDate,
    fresh: bool,
) -> Result<Carried, String> {
    let mut doc: DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    set_date(&mut doc, "date", today);
    let language = last.meta.language;
    let mut goals: Vec<&BriefingItem> = last.goals.iter().collect();
    goals.sort_by_key(|g| g.line);
    let mut figures = 0;
    if let Some(item) = doc.get_mut("goals") {
        for (mut table, goal) in tables(item).into_iter().zip(&goals) {
            table.ensure_first("id", &goal.id);
            figures += carry_metrics(&mut table, goal, last.meta.date, language);
        }
    }
    let mut old = DocumentMut::new();
    for key in ["achievements", "challenges"] {
        if let Some(item) = doc.remove(key) {
            old.insert(key, item);
        }
    }
    let mut text = doc.to_string();
    if !fresh && !old.is_empty() {
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&commented_out(&old.to_string(), last.meta.date, language));
    }
    Ok(Carried {
        text,
        goals: goals.len(),
        figures,
    })
}

/// A table of an array of tables (`[[goals]]`) or of an inline array (`goals = [{ … }]`).
enum Entry<'a> {
    Table(&'a mut Table),
    Inline(&'a mut InlineTable),
}

fn tables(item: &mut Item) -> Vec<Entry<'_>> {
    match item {
        Item::ArrayOfTables(a) => a.iter_mut().map(Entry::Table).collect(),
        Item::Value(Value::Array(a)) => a
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .map(Entry::Inline)
            .collect(),
        _ => Vec::new(),
    }
}

impl Entry<'_> {
    fn like(&mut self) -> &mut dyn TableLike {
        match self {
            Entry::Table(t) => *t,
            Entry::Inline(t) => *t,
        }
    }

    /// Sets `key = text` unless the table has the key, as its first line.
    fn ensure_first(&mut self, key: &str, text: &str) {
        if !self.like().contains_key(key) {
            self.insert_like(key, toml_edit::value(text), None);
            if let Entry::Table(t) = self {
                move_to(t, key, None);
            }
        }
    }

    /// Sets `key = date` unless the table has the key, right after `after`.
    fn ensure_after(&mut self, key: &str, date: NaiveDate, after: &str) {
        if !self.like().contains_key(key) {
            self.insert_like(key, toml_edit::value(datetime(date)), Some(after));
            if let Entry::Table(t) = self {
                move_to(t, key, Some(after));
            }
        }
    }

    /// Inserts `key`, indented as the key `like` (else the first key) is.
    fn insert_like(&mut self, key: &str, item: Item, like: Option<&str>) {
        if let Entry::Table(t) = self {
            let like = like
                .map(str::to_owned)
                .or_else(|| t.iter().next().map(|(k, _)| k.to_owned()));
            let indent = like
                .and_then(|k| t.key(&k).cloned())
                .map(|k| indent_of(k.leaf_decor().prefix().and_then(|p| p.as_str())))
                .unwrap_or_default();
            t.insert(key, item);
            if let Some(mut k) = t.key_mut(key) {
                k.leaf_decor_mut().set_prefix(indent);
            }
        } else {
            self.like().insert(key, item);
        }
    }

    /// A comment line above `key`, at its indentation; inline tables cannot hold one.
    fn comment_above(&mut self, key: &str, comment: &str) {
        let Entry::Table(t) = self else { return };
        let Some(mut k) = t.key_mut(key) else { return };
        let prefix = k
            .leaf_decor()
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_owned();
        let indent = indent_of(Some(&prefix));
        let head = prefix.get(..prefix.len() - indent.len()).unwrap_or("");
        k.leaf_decor_mut()
            .set_prefix(format!("{head}{indent}# {comment}\n{indent}"));
    }
}

/// The spaces a key is indented by: what follows the last line break of its prefix.
fn indent_of(prefix: Option<&str>) -> String {
    let prefix = prefix.unwrap_or("");
    let last = prefix.rsplit('\n').next().unwrap_or("");
    if last.chars().all(|c| c == ' ' || c == '\t') {
        last.to_owned()
    } else {
        String::new()
    }
}

/// Moves `key` first (`after` = None) or right after `after`, the others keeping their order.
fn move_to(table: &mut Table, key: &str, after: Option<&str>) {
    let mut rank: HashMap<String, f64> = table
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.to_owned(), i as f64))
        .collect();
    let place = after.and_then(|a| rank.get(a)).map_or(-1.0, |r| r + 0.5);
    rank.insert(key.to_owned(), place);
    table.sort_values_by(|a, _, b, _| {
        let (ra, rb) = (rank.get(a.get()), rank.get(b.get()));
        ra.unwrap_or(&0.0).total_cmp(rb.unwrap_or(&0.0))
    });
}

/// Copies each numeric value of the goal's metrics into its history; returns how many.
fn carry_metrics(
    goal: &mut Entry<'_>,
    model: &BriefingItem,
    last_date: NaiveDate,
    language: Language,
) -> usize {
    let Some(item) = goal.like().get_mut("metrics") else {
        return 0;
    };
    let mut metrics: Vec<_> = model.metrics.iter().collect();
    metrics.sort_by_key(|m| m.line);
    let mut carried = 0;
    for (mut table, metric) in tables(item).into_iter().zip(metrics) {
        if !matches!(metric.value, Some(Figure::Number(_))) {
            continue;
        }
        let measured = metric.as_of.unwrap_or(last_date);
        let Some(value) = table.like().get("value").and_then(Item::as_value).cloned() else {
            continue;
        };
        // A history point holds a plain number: "over 706" is kept as 706.
        let value = match value.as_inline_table() {
            Some(qualified) => match qualified.iter().next() {
                Some((_, number)) => number.clone(),
                None => continue,
            },
            None => value,
        };
        // A result for a period goes into the history with its period, not a date.
        let period = table.like().get("period").and_then(Item::as_value).cloned();
        if let Some(period) = period {
            let shown = metric
                .period
                .as_ref()
                .map_or_else(|| measured.to_string(), ToString::to_string);
            add_to_history(&mut table, value, ("period", period));
            table.comment_above("value", &fill_in_period(&shown, language));
        } else {
            add_to_history(&mut table, value, ("date", datetime(measured).into()));
            table.ensure_after("as_of", measured, "value");
            table.comment_above("value", &fill_in(measured, language));
        }
        carried += 1;
    }
    carried
}

fn fill_in(measured: NaiveDate, language: Language) -> String {
    match language {
        Language::En => {
            format!("{measured}'s figure, kept in history: write this meeting's value and as_of")
        }
        Language::Zh => format!("{measured} 的数值，已记入 history：请填写本次的 value 和 as_of"),
    }
}

fn fill_in_period(period: &str, language: Language) -> String {
    match language {
        Language::En => {
            format!("{period}'s result, kept in history: write this meeting's value and period")
        }
        Language::Zh => format!("{period} 的结果，已记入 history：请填写本次的 value 和 period"),
    }
}

/// Appends `{ value = …, date = … }` (or `period = …`) to the metric's history, unless a point
/// has that date or period. The value keeps its spelling; a point follows the key order the
/// history already uses.
fn add_to_history(table: &mut Entry<'_>, mut value: Value, (key, when): (&str, Value)) {
    value.decor_mut().clear();
    let mut when = when;
    when.decor_mut().clear();
    let history = table.like().get_mut("history").and_then(Item::as_array_mut);
    let points: Vec<&InlineTable> = history
        .as_ref()
        .map(|h| h.iter().filter_map(Value::as_inline_table).collect())
        .unwrap_or_default();
    let same = |p: &&InlineTable| {
        p.get(key)
            .is_some_and(|v| v.to_string().trim() == when.to_string().trim())
    };
    if points.iter().any(same) {
        return;
    }
    let when_first = points
        .last()
        .and_then(|p| p.iter().next())
        .is_some_and(|(k, _)| k == key);
    let mut point = InlineTable::new();
    if when_first {
        point.insert(key, when);
        point.insert("value", value);
    } else {
        point.insert("value", value);
        point.insert(key, when);
    }
    point.fmt();
    if let Some(history) = history {
        let decor = history.iter().last().map(|v| v.decor().clone());
        history.push(point);
        if let (Some(decor), Some(last)) = (decor, history.iter_mut().last()) {
            *last.decor_mut() = decor;
        }
    } else {
        let mut history = Array::new();
        history.push(point);
        table.insert_like("history", toml_edit::value(history), Some("value"));
    }
}

fn set_date(doc: &mut DocumentMut, key: &str, date: NaiveDate) {
    let new = Value::from(datetime(date));
    match doc.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        None => {
            doc.insert(key, Item::Value(new));
        }
    }
}

fn datetime(date: NaiveDate) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(chrono::Datelike::year(&date)).unwrap_or(0),
            month: u8::try_from(chrono::Datelike::month(&date)).unwrap_or(1),
            day: u8::try_from(chrono::Datelike::day(&date)).unwrap_or(1),
        }),
        time: None,
        offset: None,
    }
}

/// The last meeting's achievements and challenges as comments under a heading.
fn commented_out(toml: &str, last_date: NaiveDate, language: Language) -> String {
    let heading = match language {
        Language::En => format!(
            "\n# ── Carried from the last briefing ({last_date}), commented out ─────────────\n\
             # Uncomment what still applies (select it, then your editor's toggle-comment) and\n\
             # delete the rest. `brief new FILE --from LAST --fresh` leaves this block out.\n"
        ),
        Language::Zh => format!(
            "\n# ── 上次简报（{last_date}）的成绩与挑战，已注释 ─────────────────────────\n\
             # 仍然适用的取消注释（选中后用编辑器的“切换注释”），其余删除。\n\
             # `brief new 文件 --from 上次 --fresh` 不带这一段。\n"
        ),
    };
    let body: String = toml
        .trim_start_matches('\n')
        .trim_end()
        .lines()
        .map(|line| {
            if line.is_empty() {
                "#\n".to_owned()
            } else {
                format!("# {line}\n")
            }
        })
        .collect();
    heading + "#\n" + &body
}
