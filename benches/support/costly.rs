//! Briefings under the 16 MiB size limit that are costly to draw: a title of one letter and
//! 4 M combining marks, a 15 MB summary without a space, and an item with 2 M bullets. Each
//! puts its payload in the first goal, which the overview shows first and `Enter` opens.

#![allow(dead_code)]

/// The three briefings, by name.
pub fn all() -> [(&'static str, String); 3] {
    [
        ("4M combining marks", combining_title(4_000_000)),
        ("15MB summary", long_summary(15_000_000)),
        ("2M bullets", many_bullets(2_000_000)),
    ]
}

fn with_goal(goal: &str) -> String {
    format!(
        "title = \"Costly\"\ndate = 2026-10-06\n\n[[goals]]\n{goal}\n\n\
         [[goals.metrics]]\nlabel = \"Latency\"\nunit = \"ms\"\nvalue = 300\n\n\
         [[achievements]]\ntitle = \"Shipped\"\n"
    )
}

/// `title = "e" + marks × U+0301`: one grapheme a terminal cell holds whole.
pub fn combining_title(marks: usize) -> String {
    with_goal(&format!("title = \"e{}\"", "\u{301}".repeat(marks)))
}

/// A summary of `bytes` letters without a space: one word to split across lines.
pub fn long_summary(bytes: usize) -> String {
    with_goal(&format!(
        "title = \"Long summary\"\nsummary = \"{}\"",
        "abcdefghij".repeat(bytes / 10)
    ))
}

/// `details` with `count` one-letter bullets.
pub fn many_bullets(count: usize) -> String {
    let mut list = String::with_capacity(count * 5);
    for _ in 0..count {
        list.push_str("\"a\",");
    }
    with_goal(&format!("title = \"Many bullets\"\ndetails = [{list}]"))
}
