//! `brief diff OLD NEW`: what changed since the last briefing, as plain text for a terminal or
//! an email.
//!
//! No colour: the words and symbols (▲ ▼, better / worse, ● → ✖) carry the meaning, so the
//! text survives being pasted anywhere. Words come in the new briefing's language.

use std::io::Write;
use std::path::Path;

use crate::compare::{Comparison, compare};
use crate::exit::Exit;
use crate::load::{load_file, today};
use crate::model::{Briefing, Section};
use crate::summary::changes;
use crate::texts::{Texts, severity_symbol, status_symbol, texts};

/// Loads both files and prints the comparison to `out`; load errors go to `err` in the form
/// `brief check` uses, and the run ends with [`Exit::Problems`]. An `Err` is a failure to write.
pub fn run(
    old: &Path,
    new: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Exit> {
    let today = today();
    let (old_b, new_b) = match (load_file(old, today), load_file(new, today)) {
        (Ok(a), Ok(b)) => (a.briefing, b.briefing),
        (a, b) => {
            for diagnostics in [a.err(), b.err()].into_iter().flatten() {
                for d in diagnostics {
                    writeln!(err, "{}", d.render())?;
                }
            }
            return Ok(Exit::Problems);
        }
    };
    let comparison = compare(&old_b, &new_b);
    out.write_all(render(&new_b, &comparison).as_bytes())?;
    Ok(Exit::Ok)
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
                .filter(|m| m.item_id == item.id && m.is_changed())
                .map(|m| changes::metric_line(m, t)),
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
