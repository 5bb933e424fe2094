//! Problems with the file as a whole: empty, not UTF-8, over the size limit, missing, or not a
//! regular file.

use std::path::Path;

use brief::load::{MAX_FILE_BYTES, load_file};

use crate::{assert_error, fixtures, rendered, today};

const EMPTY_HINT: &str = "a briefing needs at least `title = \"…\"`";

#[test]
fn empty_file() {
    assert_error("empty", 0, 0, "the file is empty", Some(EMPTY_HINT));
    assert_eq!(
        rendered("empty"),
        format!("error: the file is empty\n --> empty.toml\n  = help: {EMPTY_HINT}\n")
    );
}

#[test]
fn whitespace_only_file() {
    assert_error(
        "whitespace_only",
        0,
        0,
        "the file is empty",
        Some(EMPTY_HINT),
    );
}

#[test]
fn regression_non_utf8_file_names_the_byte_offset_line_and_column() {
    // Was: the offset only, with no line or column.
    let bytes = b"title = \"Q3\"\nsummary = \"caf\xe9 au lait\"\n";
    let offset = bytes.iter().position(|&b| b == 0xe9).expect("the bad byte");
    assert_eq!(offset, 27);
    let dir = crate::common::temp_dir("diagnostics");
    let file = dir.join("latin1.toml");
    std::fs::write(&file, bytes).expect("write temp file");
    let errors = load_file(&file, today()).expect_err("not UTF-8");
    assert_eq!(errors.len(), 1);
    let d = &errors[0];
    assert_eq!(
        (d.line, d.column, d.message.as_str(), d.hint.as_deref()),
        (
            2,
            15,
            "the file is not UTF-8 text: invalid byte at offset 27",
            Some("save the file as UTF-8 in your editor")
        )
    );
    let expected = format!(
        "error: the file is not UTF-8 text: invalid byte at offset 27\n --> {}:2:15\n  |\n2 | summary = \"caf\u{FFFD} au lait\"\n  |               ^\n  = help: save the file as UTF-8 in your editor\n",
        file.display()
    );
    assert_eq!(d.render(), expected);
}

#[test]
fn file_over_the_size_limit() {
    let dir = crate::common::temp_dir("diagnostics");
    let file = dir.join("huge.toml");
    let handle = std::fs::File::create(&file).expect("create temp file");
    handle.set_len(MAX_FILE_BYTES + 1).expect("sparse file");
    drop(handle);
    let errors = load_file(&file, today()).expect_err("too large");
    assert_eq!(errors.len(), 1);
    let d = &errors[0];
    assert_eq!(
        (d.line, d.column, d.message.as_str(), d.hint.as_deref()),
        (
            0,
            0,
            "the file is 16777217 bytes, over the 16 MiB limit for a briefing",
            Some("split the briefing, or check that this is the right file")
        )
    );
    assert_eq!(
        d.render(),
        format!(
            "error: the file is 16777217 bytes, over the 16 MiB limit for a briefing\n --> {}\n  = help: split the briefing, or check that this is the right file\n",
            file.display()
        )
    );
}

#[test]
fn missing_file() {
    let errors =
        load_file(Path::new("tests/fixtures/no-such-briefing.toml"), today()).expect_err("missing");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].message.starts_with("cannot read the file: "),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[0].line, 0);
}

#[test]
fn directory_is_not_a_briefing() {
    let errors = load_file(&fixtures(), today()).expect_err("directory");
    assert_eq!(
        errors[0].message,
        "this is a directory, not a briefing file"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn regression_endless_special_file_is_refused_before_reading() {
    // `/dev/zero` reports a length of 0; reading it used to go on until memory ran out, then
    // until the size limit. A device is not a briefing: it is refused without a read.
    let errors = load_file(Path::new("/dev/zero"), today()).expect_err("endless");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message,
        "this is a character device, not a briefing file"
    );
}
