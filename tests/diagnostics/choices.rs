//! Values chosen from a fixed list (status, severity, language, `better`): a misspelling gets
//! the close one suggested, anything else the list.

use crate::assert_error;

#[test]
fn regression_unknown_status_suggests_the_close_one() {
    // Was: only the list of statuses, where `ontrack` is one space away from `on track`.
    assert_error(
        "unknown_status",
        5,
        10,
        "unknown status `ontrack`",
        Some("did you mean `on track`?"),
    );
}

#[test]
fn unknown_severity() {
    assert_error(
        "unknown_severity",
        5,
        12,
        "unknown severity `hgih`",
        Some("did you mean `high`?"),
    );
}

#[test]
fn unknown_language() {
    assert_error(
        "unknown_language",
        2,
        12,
        "unknown language `fr`, expected `en` or `zh`",
        Some("use `en` or `zh`"),
    );
}

#[test]
fn unknown_better() {
    assert_error(
        "unknown_better",
        9,
        10,
        "`better` must be `higher` or `lower`, not `lowr`",
        Some("did you mean `lower`?"),
    );
}
