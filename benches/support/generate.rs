//! A large, realistic briefing for benchmarks: a mix of sections, metrics with histories and
//! targets, CJK and English text.

#![allow(dead_code)]

use std::fmt::Write;

pub fn briefing(items: usize) -> String {
    let mut out = String::from(
        "title = \"大型简报 Large briefing\"\ndate = 2026-10-06\nlanguage = \"zh\"\nsummary = \"Generated for benchmarks.\"\n\n",
    );
    for i in 0..items {
        let section = ["goals", "achievements", "challenges"][i % 3];
        let _ = writeln!(
            out,
            "[[{section}]]\nid = \"item-{i}\"\ntitle = \"第{i}项 Item {i}: 推进乡村振兴 and ship the platform\""
        );
        let _ = writeln!(
            out,
            "summary = \"累计投入扶贫资金67.7亿元，减贫3.57万户16.2万人，出列223村。 Latency fell from 480 ms to 310 ms.\""
        );
        let _ = writeln!(
            out,
            "details = [\"第一点 first point\", \"第二点 second point\"]\ntags = [\"t{}\"]",
            i % 7
        );
        match section {
            "goals" => {
                let _ = writeln!(out, "due = 2027-0{}-15", 1 + i % 9);
            }
            "achievements" => {
                let _ = writeln!(out, "date = 2026-0{}-01", 1 + i % 9);
            }
            _ => {
                let _ = writeln!(
                    out,
                    "severity = \"{}\"\nmitigation = [\"采取切实措施\"]",
                    ["low", "medium", "high", "critical"][i % 4]
                );
            }
        }
        let _ = writeln!(
            out,
            "[[{section}.metrics]]\nlabel = \"指标 {i}\"\nunit = \"亿元\"\nvalue = {}.5\nbaseline = {{ value = 10, date = 2026-01-01 }}\ntarget = {{ at_least = 100, by = 2027-12-31 }}\nkey = {}",
            20 + i % 50,
            i < 4
        );
        out.push_str("history = [");
        for m in 1..=6 {
            let _ = write!(
                out,
                "{{ date = 2026-0{m}-01, value = {} }}, ",
                10 + m + i % 5
            );
        }
        out.push_str("]\n\n");
    }
    out
}
