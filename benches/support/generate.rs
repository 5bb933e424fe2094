//! A large, realistic briefing for benchmarks: about 100 bytes an item (10,000 items ≈ 1 MB),
//! a mix of sections, CJK and English, and every tenth item with a target and a history.

#![allow(dead_code)]

use std::fmt::Write;

pub fn briefing(items: usize) -> String {
    let mut out = String::from(
        "title = \"大型简报 Large briefing\"\ndate = 2026-10-06\nlanguage = \"zh\"\n\n",
    );
    for i in 0..items {
        let section = ["goals", "achievements", "challenges"][i % 3];
        let _ = writeln!(
            out,
            "[[{section}]]\ntitle = \"第{i}项 Item {i}\"\nsummary = \"扶贫资金67.7亿元\""
        );
        if section == "challenges" {
            let _ = writeln!(
                out,
                "severity = \"{}\"",
                ["low", "medium", "high", "critical"][i % 4]
            );
        }
        let _ = writeln!(
            out,
            "[[{section}.metrics]]\nlabel = \"指标\"\nvalue = {}.5",
            20 + i % 50
        );
        if i % 10 == 0 {
            let _ = writeln!(
                out,
                "key = {}\nbaseline = {{ value = 10, date = 2026-01-01 }}\ntarget = {{ at_least = 100, by = 2027-12-31 }}\nhistory = [{{ date = 2026-01-01, value = 10 }}, {{ date = 2026-04-01, value = 14 }}, {{ date = 2026-07-01, value = 19 }}]",
                i < 40
            );
        }
        out.push('\n');
    }
    out
}
