//! `brief diff OLD NEW`: what changed since the last briefing, as plain text for a terminal or
//! an email.
//!
//! No colour: the words and symbols (▲ ▼, better / worse, ● → ✖) carry the meaning, so the
//! text survives being pasted anywhere. Words come in the new briefing's language.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use crate::compare::{Comparison, compare};
use crate::exit::Exit;
use crate::load::today;
use crate::model::{Briefing, Section};
use crate::revision::{self, Source};
use crate::sanitize;
use crate::summary::changes;
use crate::texts::{Texts, severity_symbol, status_symbol, texts};

/// Loads both briefings (files, or `git:REV` revisions) and prints the comparison to `out`;
/// problems go to `err`, load errors in the form `brief check` uses: the run ends with
/// [`Exit::Problems`] for a briefing that does not load, [`Exit::Usage`] for one that cannot be
/// found. An `Err` is a failure to write.
pub fn run(
    old: &Path,
    new: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Exit> {
    let today = today();
    let (old_b, new_b) = match (
        revision::load(old, anchor(new), today),
        revision::load(new, anchor(old), today),
    ) {
        (Ok(a), Ok(b)) => (a.briefing, b.briefing),
        (a, b) => {
            let mut status = Exit::Problems;
            for failure in [a.err(), b.err()].into_iter().flatten() {
                if failure.report(err)? == Exit::Usage {
                    status = Exit::Usage;
                }
            }
            return Ok(status);
        }
    };
    for warning in warnings(&old_b, &new_b, old, new) {
        writeln!(err, "brief: warning: {warning}")?;
    }
    let comparison = compare(&old_b, &new_b);
    out.write_all(render(&new_b, &comparison).as_bytes())?;
    Ok(Exit::Ok)
}

/// `git:REV` on one side means the file on the other side, as it was at REV.
fn anchor(other: &Path) -> Option<&Path> {
    Source::is_file(other).then_some(other)
}

/// What makes a comparison read wrong: the two briefings given the wrong way round, or
/// nothing to match items by.
fn warnings(old: &Briefing, new: &Briefing, old_arg: &Path, new_arg: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if old.meta.date > new.meta.date {
        out.push(format!(
            "the first briefing is dated {}, after the second ({}), so every change reads backwards\n  \
             the older one goes first: brief diff {} {}",
            old.meta.date,
            new.meta.date,
            sanitize::path(new_arg),
            sanitize::path(old_arg)
        ));
    }
    let old_ids: HashSet<&str> = old.items().map(|(_, i)| i.id.as_str()).collect();
    let shared = new.items().any(|(_, i)| old_ids.contains(i.id.as_str()));
    if !shared && !old_ids.is_empty() && new.items().next().is_some() {
        out.push(
            "the two briefings share no item id, so every item reads as gone and new\n  \
             items are matched by id: give the items you compare over time the same explicit `id`"
                .to_owned(),
        );
    }
    out
}

/// The comparison as text, one fact per line, grouped by section and item, in the new
/// briefing's words and order.
pub fn render(new: &Briefing, c: &Comparison) -> String {
    let t = texts(new.meta.language);
    let mut out = format!(
        "{}\n{}: {} → {}\n",
        new.meta.title, t.changes, c.old_date, c.new_date
    );
    if c.is_empty() {
        out.push_str(&format!("\n{}\n", t.no_changes));
        return out;
    }
    for section in Section::ALL {
        let lines = section_lines(new, c, section, t);
        if !lines.is_empty() {
            out.push_str(&format!("\n{}\n", new.section_name(section)));
            for line in lines {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

fn section_lines(new: &Briefing, c: &Comparison, section: Section, t: &Texts) -> Vec<String> {
    let mut lines = Vec::new();
    for item in new.section(section) {
        if c.is_new(&item.id) {
            continue;
        }
        let mut facts = Vec::new();
        if let Some(edit) = c.item_edit(&item.id) {
            facts.extend(changes::item_edit_lines(edit, t));
        }
        if let Some(m) = c.status_moves.iter().find(|m| m.item_id == item.id) {
            facts.push(format!(
                "{}: {} {} → {} {}{}",
                t.status,
                status_symbol(m.from),
                t.status(m.from),
                status_symbol(m.to),
                t.status(m.to),
                changes::verdict(m.improved(), t)
            ));
        }
        if let Some((from, to)) = c.severity_move(&item.id) {
            facts.push(format!(
                "{}: {} {} → {} {}{}",
                t.severity,
                severity_symbol(from),
                t.severity(from),
                severity_symbol(to),
                t.severity(to),
                changes::verdict(Some(to < from), t)
            ));
        }
        facts.extend(
            c.metrics
                .iter()
                .filter(|m| m.item_id == item.id && (m.is_changed() || m.plan_result.is_some()))
                .flat_map(|m| changes::metric_lines(m, t)),
        );
        if !facts.is_empty() {
            lines.push(format!("  {}", item.title));
            lines.extend(facts.into_iter().map(|f| format!("    {f}")));
        }
    }
    for i in c.new_items.iter().filter(|i| i.section == section) {
        lines.push(format!("  + {} · {}", i.title, t.new_item));
    }
    for i in c.gone_items.iter().filter(|i| i.section == section) {
        lines.push(format!("  − {} · {}", i.title, t.gone_item));
    }
    lines
}

#[cfg(test)]
mod tests {
    use crate::summary::fmt;

    #[test]
    fn relative_changes_carry_their_sign() {
        assert_eq!(fmt::signed_percent(6.26), "+6.3%");
        assert_eq!(fmt::signed_percent(-25.0), "−25%");
        assert_eq!(fmt::signed_percent(0.01), "0%");
    }
}
