//! `brief new FILE`: a starting briefing, or with `--from LAST` the next meeting's, written
//! atomically and never over an existing file. What is written is checked first: a template
//! or carried-over file that does not load is a bug, and nothing is written.

mod carry;

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use crate::atomic::{self, Overwrite};
use crate::exit::Exit;
use crate::load::{load_str, today};
use crate::revision::{self, Source};
use crate::sanitize;

pub use carry::{Carried, next_briefing};

/// The language of a new briefing's template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Zh,
    En,
}

const TEMPLATE_EN: &str = include_str!("new/template-en.toml");
const TEMPLATE_ZH: &str = include_str!("new/template-zh.toml");

/// Writes FILE; refused or failed is [`Exit::Problems`], LAST not found [`Exit::Usage`].
pub fn run(file: &Path, lang: Option<Lang>, from: Option<&Path>, fresh: bool) -> Exit {
    let shown = sanitize::path(file);
    if file.symlink_metadata().is_ok() {
        eprintln!(
            "brief: {shown} already exists, and brief new never writes over a file\n  \
             pick another name, or move the old file away first"
        );
        return Exit::Problems;
    }
    let today = today();
    let (text, said) = match from {
        None => {
            let lang = lang.unwrap_or_else(|| lang_from_env(&locale()));
            (template(lang, today, file), format!("wrote {shown}"))
        }
        Some(last) => match from_last(last, file, today, fresh) {
            Ok(made) => made,
            Err(status) => return status,
        },
    };
    if let Err(errors) = load_str(&text, file, today) {
        eprintln!(
            "brief: internal error: the new briefing does not check clean; nothing was written"
        );
        for e in errors {
            eprint!("{}", e.render());
        }
        return Exit::Problems;
    }
    if let Err(e) = write_new(file, &text) {
        eprintln!("brief: {e}");
        return Exit::Problems;
    }
    crate::exit::to_stdout(|out| {
        writeln!(
            out,
            "{said}\n  next: edit it, check it with `brief check {shown}`, present it with `brief {shown}`"
        )?;
        Ok(Exit::Ok)
    })
}

/// The template in `lang`, dated `today`, its comments naming `file`.
pub fn template(lang: Lang, today: NaiveDate, file: &Path) -> String {
    let text = match lang {
        Lang::En => TEMPLATE_EN,
        Lang::Zh => TEMPLATE_ZH,
    };
    let name = file.file_name().map_or_else(
        || "FILE".to_owned(),
        |n| sanitize::line(&n.to_string_lossy()),
    );
    text.replace("{today}", &today.to_string())
        .replace("{year}", &today.year().to_string())
        .replace("{file}", &name)
}

/// The interface language a locale such as `zh_CN.UTF-8` asks for.
pub fn lang_from_env(locale: &str) -> Lang {
    if locale.starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

/// The locale in force for messages, by POSIX precedence: LC_ALL, LC_MESSAGES, LANG.
fn locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

/// The next meeting's briefing from LAST, with what to say about it; or the exit status.
fn from_last(
    last: &Path,
    file: &Path,
    today: NaiveDate,
    fresh: bool,
) -> Result<(String, String), Exit> {
    let source = Source::parse(last);
    if let Source::Git { rev, path: None } = &source {
        eprintln!(
            "brief: --from git:{rev} needs the file's path at that revision too: git:{rev}:PATH",
            rev = sanitize::line(rev)
        );
        return Err(Exit::Usage);
    }
    let report = |f: revision::Failure| f.report(&mut std::io::stderr()).unwrap_or(Exit::Problems);
    let read = revision::read(&source, Some(file)).map_err(report)?;
    let loaded = crate::load::load_bytes(&read.bytes, &read.shown, today)
        .map_err(|e| report(revision::Failure::Invalid(e)))?;
    let text = String::from_utf8_lossy(&read.bytes);
    let carried = next_briefing(&text, &loaded.briefing, today, fresh).map_err(|e| {
        eprintln!(
            "brief: cannot carry {} over: {}",
            sanitize::path(last),
            sanitize::multiline(&e)
        );
        Exit::Problems
    })?;
    let said = format!(
        "wrote {} from {}: dated {today}, {} goal{} carried, {} figure{} kept in history{}",
        sanitize::path(file),
        sanitize::path(&read.shown),
        carried.goals,
        if carried.goals == 1 { "" } else { "s" },
        carried.figures,
        if carried.figures == 1 { "" } else { "s" },
        if fresh {
            ""
        } else {
            "; achievements and challenges carried commented out at the end"
        }
    );
    Ok((carried.text, said))
}

/// Writes a new file whole or not at all, never over one that appeared meanwhile.
fn write_new(path: &Path, text: &str) -> Result<(), atomic::Error> {
    // `brief new briefings/q1.toml` in a fresh repository: the folder is part of what was asked.
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| {
            let shown = sanitize::path(folder);
            atomic::Error::Failed(std::io::Error::new(e.kind(), format!("{shown}: {e}")))
        })?;
    }
    atomic::write(path, text.as_bytes(), Overwrite::Never)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_check_clean_with_no_warning() {
        for lang in [Lang::En, Lang::Zh] {
            for today in ["2026-01-01", "2026-12-03", "2027-12-31"] {
                let today: NaiveDate = today.parse().expect("date");
                let text = template(lang, today, Path::new("q4.toml"));
                assert!(text.starts_with("#:schema ./briefing.schema.json\n"));
                let loaded = load_str(&text, Path::new("q4.toml"), today)
                    .unwrap_or_else(|e| panic!("{lang:?} {today}: {e:#?}"));
                assert_eq!(loaded.warnings, [], "{lang:?} {today}");
                let b = loaded.briefing;
                assert_eq!(b.meta.date, today);
                assert_eq!(
                    [b.goals.len(), b.achievements.len(), b.challenges.len()],
                    [1, 1, 1]
                );
            }
        }
    }

    #[test]
    fn the_language_follows_the_locale() {
        assert_eq!(lang_from_env("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(lang_from_env("zh_TW"), Lang::Zh);
        assert_eq!(lang_from_env("en_US.UTF-8"), Lang::En);
        assert_eq!(lang_from_env("C"), Lang::En);
        assert_eq!(lang_from_env(""), Lang::En);
    }
}
