//! `brief log FILE`: the git revisions that changed a briefing, newest first, each with the
//! briefing's own date and what changed from the revision before it, so a team can pick the
//! one to compare with (`brief FILE --compare git:REV`).

use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::compare::compare;
use crate::exit::{Exit, to_stdout};
use crate::git::{Change, Repo};
use crate::load::{load_bytes, today};
use crate::model::Briefing;
use crate::{missing, sanitize};

/// Prints the log of `path`; [`Exit::Usage`] when there is no history to show.
pub fn run(path: &Path) -> Exit {
    match log(path) {
        Ok(text) => to_stdout(|out| out.write_all(text.as_bytes()).map(|()| Exit::Ok)),
        Err(message) => {
            eprintln!("brief: {message}");
            Exit::Usage
        }
    }
}

/// The log as text: a heading, one line per revision, and how to compare with one.
pub fn log(path: &Path) -> Result<String, String> {
    if !path.exists() {
        return Err(missing::message(path));
    }
    let repo = Repo::containing(path.parent().unwrap_or(Path::new(".")))?;
    let name = repo.path_of(path)?;
    let history = repo.history(&name)?;
    if history.is_empty() {
        return Err(format!(
            "`{}` has no commit yet\n  commit it first: git add {shown} && git commit",
            sanitize::line(&name),
            shown = sanitize::path(path)
        ));
    }
    let today = today();
    let versions: Vec<Option<Briefing>> = history
        .iter()
        .map(|c| {
            let bytes = repo.read(&c.commit, &c.path).ok()?;
            let shown = format!("{}:{}", c.short, c.path);
            load_bytes(&bytes, Path::new(&shown), today)
                .ok()
                .map(|l| l.briefing)
        })
        .collect();
    let rows: Vec<[String; 4]> = history
        .iter()
        .enumerate()
        .map(|(i, change)| row(change, &name, versions[i].as_ref(), versions.get(i + 1)))
        .collect();
    let mut out = table(
        &[
            "revision".into(),
            "briefing".into(),
            "changes since the one before".into(),
            "commit".into(),
        ],
        &rows,
    );
    out.push_str(&format!(
        "\ncompare with one: brief {} --compare git:REVISION\n",
        sanitize::path(path)
    ));
    Ok(out)
}

fn row(
    change: &Change,
    name: &str,
    this: Option<&Briefing>,
    before: Option<&Option<Briefing>>,
) -> [String; 4] {
    let date = this.map_or_else(|| "—".to_owned(), |b| b.meta.date.to_string());
    let what = match (this, before) {
        (None, _) => "does not load (brief check it at this revision)".to_owned(),
        (Some(_), None) => "first version".to_owned(),
        (Some(_), Some(None)) => "the one before does not load".to_owned(),
        (Some(new), Some(Some(old))) => changes(old, new),
    };
    let mut subject = sanitize::line(&change.subject);
    if change.path != name {
        subject.push_str(&format!(" (as {})", sanitize::line(&change.path)));
    }
    [change.short.clone(), date, what, subject]
}

/// "3 figures changed · 1 new · 1 gone", as the screen's header counts them.
fn changes(old: &Briefing, new: &Briefing) -> String {
    let c = compare(old, new);
    let figures = c.metrics.iter().filter(|m| m.is_changed()).count();
    let mut out = match figures {
        1 => "1 figure changed".to_owned(),
        n => format!("{n} figures changed"),
    };
    if !c.new_items.is_empty() {
        out.push_str(&format!(" · {} new", c.new_items.len()));
    }
    if !c.gone_items.is_empty() {
        out.push_str(&format!(" · {} gone", c.gone_items.len()));
    }
    out
}

/// Columns padded to their widest cell, two spaces apart; the last is not padded.
fn table(head: &[String; 4], rows: &[[String; 4]]) -> String {
    let widths: Vec<usize> = (0..4)
        .map(|col| {
            std::iter::once(head)
                .chain(rows)
                .map(|r| r[col].width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in std::iter::once(head).chain(rows) {
        let mut line = String::new();
        for (col, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if col + 1 < r.len() {
                line.push_str(&" ".repeat(widths[col] - cell.width() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_up_columns_of_any_width() {
        let head = ["a".into(), "b".into(), "c".into(), "d".into()];
        let rows = [["1234567".into(), "x".into(), "一 · 二".into(), "s".into()]];
        assert_eq!(
            table(&head, &rows),
            "a        b  c        d\n1234567  x  一 · 二  s\n"
        );
    }
}
