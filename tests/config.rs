//! The config file: one fixture per mistake with its exact message (tests/fixtures/config/),
//! what a good file changes, `brief config --print` reading back as the same config, the
//! schema, and remapped keys where people see them (help, footer, the real binary).

mod common;

use std::path::{Path, PathBuf};

use brief::action::Action;
use brief::config::{Config, from_str, load};
use brief::keymap::{Keymap, Mode};
use brief::model::Language;
use brief::theme::ThemeName;
use common::cli::brief_within;
use common::render::{app, render};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn fixture(name: &str) -> PathBuf {
    common::repo().join(format!("tests/fixtures/config/{name}.toml"))
}

/// The one problem of a fixture, as `file:line:col: message` and its hint.
fn problem(name: &str) -> (String, String) {
    let loaded = load(Some(&fixture(name)));
    let rendered: String = loaded
        .problems
        .iter()
        .map(brief::diagnostic::Diagnostic::render)
        .collect();
    assert_eq!(loaded.problems.len(), 1, "{name}:\n{rendered}");
    let p = &loaded.problems[0];
    let file = p.file.file_name().unwrap().to_string_lossy();
    let at = format!("{file}:{}:{}: {}", p.line, p.column, p.message);
    (at, p.hint.clone().unwrap_or_default())
}

#[test]
fn each_mistake_is_said_where_it_is_with_a_hint() {
    let cases = [
        (
            "unknown_setting",
            "unknown_setting.toml:1:1: unknown key `them`",
            "did you mean `theme`?",
        ),
        (
            "unknown_theme",
            "unknown_theme.toml:1:9: unknown theme `solarized`",
            "expected one of `dark`, `light`, `high-contrast`",
        ),
        (
            "unknown_language",
            "unknown_language.toml:1:12: unknown language `fr`",
            "expected one of `en`, `zh`",
        ),
        (
            "unknown_screen",
            "unknown_screen.toml:1:7: unknown screen `[keys.presnt]`",
            "did you mean `present`?",
        ),
        (
            "unknown_action",
            "unknown_action.toml:2:1: `next_slid` is not an action of `[keys.present]`",
            "did you mean `next_slide`?",
        ),
        (
            "unknown_key",
            "unknown_key.toml:2:24: unknown key `Ctrl-Space`",
            "a key is one character (`q`, `G`, `?`), `Ctrl-` and a letter (`Ctrl-C`), `F1`–`F12`, or one of Up Down Left Right Tab S-Tab Enter Esc Bksp Home End PgUp PgDn Del Ins Space",
        ),
        (
            "key_given_twice",
            "key_given_twice.toml:3:15: `x` is already the key of `next_slide` here",
            "one key does one thing on a screen: give `next_slide` or `prev_slide` another key",
        ),
        (
            "editor_quotes",
            "editor_quotes.toml:1:10: the editor command is empty or its quotes do not close",
            "write the command as in a shell, e.g. `editor = \"code --wait\"`",
        ),
        (
            // The first thing a new team wrote (was: "wrong type: sequence, expected a map").
            "action_without_screen",
            "action_without_screen.toml:3:1: `next_slide` needs the screen it is for",
            "write it under `[keys.present]`, the screen it is an action of",
        ),
    ];
    for (name, at, hint) in cases {
        assert_eq!(problem(name), (at.to_owned(), hint.to_owned()), "{name}");
    }
    let (at, _) = problem("keys_not_a_list");
    assert!(at.starts_with("keys_not_a_list.toml:2:8: "), "{at}");
    let (at, _) = problem("not_toml");
    assert!(at.starts_with("not_toml.toml:3:"), "{at}");
}

/// A report like a briefing's: file:line:col, the source line, a caret under the mistake.
#[test]
fn a_mistake_is_rendered_as_a_briefings_is() {
    let loaded = load(Some(&fixture("unknown_theme")));
    let rendered = loaded.problems[0].render();
    let file = fixture("unknown_theme");
    let expected = format!(
        "error: unknown theme `solarized`\n --> {}:1:9\n  |\n1 | theme = \"solarized\"\n  |         ^^^^^^^^^^^\n  = help: expected one of `dark`, `light`, `high-contrast`\n",
        file.display()
    );
    assert_eq!(rendered, expected);
}

/// A mistake costs only the setting it is in; the rest of the file applies.
#[test]
fn a_bad_value_leaves_the_rest_of_the_file_in_force() {
    let text = "theme = \"solarized\"\nlanguage = \"zh\"\neditor = \"hx\"\n\n[keys.present]\nnext_slide = [\"n\", \"Nope\"]\n";
    let loaded = from_str(text, Path::new("c.toml"));
    assert_eq!(loaded.problems.len(), 2);
    let config = &loaded.config;
    assert_eq!(config.theme, None);
    assert_eq!(config.language, Some(Language::Zh));
    assert_eq!(config.editor.as_deref(), Some("hx"));
    let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
    assert_eq!(
        config.keymap.action_for(Mode::Present, n),
        Some(Action::NextSlide)
    );
    let right = KeyEvent::new(KeyCode::Right, KeyModifiers::NONE);
    assert_eq!(
        config.keymap.action_for(Mode::Present, right),
        None,
        "replaced"
    );
    assert!(
        loaded
            .summary()
            .unwrap()
            .starts_with("config c.toml:1:9: unknown theme `solarized` (and 1 more)")
    );
}

#[test]
fn a_broken_file_is_all_defaults() {
    let loaded = load(Some(&fixture("not_toml")));
    assert_eq!(
        loaded.config.theme, None,
        "nothing of a broken file applies"
    );
    assert_eq!(loaded.config.keymap, Keymap::default());
}

/// A key given to an action is taken from the action that had it by default.
#[test]
fn a_remapped_key_is_taken_from_its_old_action() {
    let loaded = from_str(
        "[keys.present]\nnext_slide = [\"n\"]\n",
        Path::new("c.toml"),
    );
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let notes = loaded
        .config
        .keymap
        .binding(Mode::Present, Action::ToggleNotes)
        .unwrap();
    assert!(notes.keys.is_empty(), "{notes:?}");
}

/// `brief config --print` writes a file that reads back as the same config.
#[test]
fn the_printed_config_reads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let text = "theme = \"high-contrast\"\nfolder = \".\"\neditor = \"code --wait\"\nlanguage = \"zh\"\n\n[keys.any]\nquit = [\"x\", \"Ctrl-Q\"]\n\n[keys.overview]\nend = [\"G\", \"F5\"]\n";
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    let first = load(Some(&path));
    assert!(first.problems.is_empty(), "{:?}", first.problems);
    let printed = brief::config::print(&first.config);
    let again = from_str(&printed, &path);
    assert!(again.problems.is_empty(), "{printed}\n{:?}", again.problems);
    assert_eq!(brief::config::print(&again.config), printed);
    let end = KeyEvent::new(KeyCode::F(5), KeyModifiers::NONE);
    assert_eq!(
        again.config.keymap.action_for(Mode::Overview, end),
        Some(Action::End)
    );
    assert!(
        printed.contains("quit = [\"x\", \"Ctrl-Q\"]\n"),
        "{printed}"
    );
    assert_eq!(again.config.theme, Some(ThemeName::HighContrast));
    let defaults = brief::config::print(&Config::default());
    assert!(defaults.starts_with("# The configuration brief uses: no config file: these are the defaults.\n# theme is not set: dark\n"), "{defaults}");
}

#[test]
fn the_schema_lists_every_setting_and_each_screens_actions() {
    let schema: serde_json::Value = serde_json::from_str(&brief::config::json_schema()).unwrap();
    let properties = &schema["properties"];
    for setting in ["theme", "folder", "editor", "language", "keys"] {
        assert!(properties.get(setting).is_some(), "{setting}");
    }
    assert_eq!(
        properties["theme"]["enum"],
        serde_json::json!(["dark", "light", "high-contrast"])
    );
    let present = &properties["keys"]["properties"]["present"];
    assert!(present["properties"].get("next_slide").is_some());
    assert_eq!(present["additionalProperties"], false);
    assert_eq!(schema["additionalProperties"], false);
}

/// Help and the footer show the keys in force: remapped keys appear there with no other
/// change (issue 13 item 6).
#[test]
fn remapped_keys_show_in_help_and_the_footer() {
    let text = "[keys.any]\nquit = [\"x\"]\ntoggle_help = [\"F2\"]\n\n[keys.overview]\nnext_panel = [\"Tab\", \"w\"]\n";
    let loaded = from_str(text, Path::new("config.toml"));
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let file = common::repo().join("briefings/team-q3.toml");
    let mut app = app(&[&file]);
    app.keymap = loaded.config.keymap;
    let footer = render(&mut app, 120, 40);
    let footer = footer.lines().last().unwrap().to_owned();
    assert!(footer.contains("Tab w next panel"), "{footer}");
    assert!(footer.contains("x quit"), "{footer}");
    assert!(footer.ends_with("F2 keys"), "{footer}");
    app.apply(Action::ToggleHelp);
    insta::assert_snapshot!("help_remapped_120x40", render(&mut app, 120, 40));
}

#[test]
fn brief_config_prints_the_file_in_force_and_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("brief");
    std::fs::create_dir(&home).unwrap();
    std::fs::write(home.join("config.toml"), "theme = \"light\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["config", "--print"])
        .env("XDG_CONFIG_HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(printed.contains("\ntheme = \"light\"\n"), "{printed}");
    let bad = fixture("unknown_theme");
    let out = brief_within(&["config", "--print", "--config", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "problems found");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown_theme.toml:1:9"), "{stderr}");
    let out = brief_within(&["config", "--schema"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"next_slide\""));
}

/// Starts brief on `briefing` with `config` as the user's config file.
fn screen_with_config(config: &str, briefing: &str) -> (tempfile::TempDir, common::Session) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("brief")).unwrap();
    std::fs::write(dir.path().join("brief/config.toml"), config).unwrap();
    std::fs::write(dir.path().join("b.toml"), briefing).unwrap();
    let env = [("XDG_CONFIG_HOME", dir.path().to_str().unwrap())];
    let s = common::Session::start(&["b.toml"], 120, 30, dir.path(), &env);
    (dir, s)
}

const PLAIN: &str = "title = \"Config test\"\n\n[[goals]]\ntitle = \"Ship it\"\n";

/// A broken config never stops brief: the screen opens with the defaults and says why.
#[test]
fn a_broken_config_opens_the_screen_and_says_so() {
    let (_dir, mut s) = screen_with_config("theme = \"solarized\"\n", PLAIN);
    let screen = s.wait_for("Config test");
    assert!(
        screen.contains("config.toml:1:9: unknown theme `solarized`; defaults used for it"),
        "{screen}"
    );
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

/// Remapped keys do what the file says in the real binary: `x` quits, `q` no longer does.
#[test]
fn a_remapped_quit_key_quits() {
    let (_dir, mut s) = screen_with_config("[keys.any]\nquit = [\"x\"]\n", PLAIN);
    s.wait_for("x quit");
    s.send("q");
    s.send("x");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// The configured language is the screen's for a briefing that names none, and only then.
#[test]
fn the_configured_language_applies_to_briefings_that_name_none() {
    let (_dir, mut s) = screen_with_config("language = \"zh\"\n", PLAIN);
    s.wait_for("目标 (1)");
    s.send("q");
    s.wait_exit();
    let english = format!("language = \"en\"\n{PLAIN}");
    let (_dir, mut s) = screen_with_config("language = \"zh\"\n", &english);
    s.wait_for("Goals (1)");
    s.send("q");
    s.wait_exit();
}

/// `folder` is what brief opens when started with no file; a relative folder is the config
/// file's neighbour.
#[test]
fn the_configured_folder_opens_when_no_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("brief/decks")).unwrap();
    std::fs::write(dir.path().join("brief/config.toml"), "folder = \"decks\"\n").unwrap();
    std::fs::write(dir.path().join("brief/decks/b.toml"), PLAIN).unwrap();
    let empty = dir.path().join("elsewhere");
    std::fs::create_dir(&empty).unwrap();
    let env = [("XDG_CONFIG_HOME", dir.path().to_str().unwrap())];
    let mut s = common::Session::start(&[], 120, 30, &empty, &env);
    s.wait_for("Config test");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
