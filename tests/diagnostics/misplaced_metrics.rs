//! A `[[….metrics]]` header with no item of its own section above it: the error is at the
//! header, and says where the metric would go.

use crate::{assert_error, rendered};

#[test]
fn regression_metrics_before_their_goal_are_reported_at_their_header() {
    // Was: "duplicate key `goals`" at the later `[[goals]]`, "keep only one of them".
    assert_eq!(
        rendered("metrics_before_goal"),
        "error: `[[goals.metrics]]` has no goal above it to belong to\n --> metrics_before_goal.toml:3:1\n  |\n3 | [[goals.metrics]]\n  | ^^^^^^^^^^^^^^^^^\n  = help: a metric belongs to the item above it: add a `[[goals]]` item, with its `title`, above this line\n"
    );
}

#[test]
fn regression_achievement_metrics_pasted_under_a_goal_name_the_goal() {
    // Was: "duplicate key `achievements`" at the `[[achievements]]` four lines further down.
    assert_error(
        "metrics_pasted_under_goal",
        7,
        1,
        "`[[achievements.metrics]]` has no achievement above it to belong to",
        Some(
            "it sits under the goal at line 3: write `[[goals.metrics]]` to give the metric to that goal, or move it under an achievement",
        ),
    );
}

#[test]
fn regression_a_metric_under_another_sections_item_is_not_silently_moved() {
    // Was: no error; the figure went to the goal at line 3, far above the challenge it sits under.
    assert_eq!(
        rendered("metrics_under_other_section"),
        "error: `[[goals.metrics]]` is under the challenge at line 7, but adds its metric to the goal `Grow GDP` at line 3\n  --> metrics_under_other_section.toml:11:1\n   |\n11 | [[goals.metrics]]\n   | ^^^^^^^^^^^^^^^^^\n   = help: write `[[challenges.metrics]]` to give the metric to the challenge, or move it under the goal\n"
    );
}
