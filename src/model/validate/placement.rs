//! A `[[goals.metrics]]` header below an item of another section.
//!
//! TOML gives such a metric to the last goal, wherever it is in the file, while a reader
//! gives it to the item just above: the figure would be shown on an item the file does not
//! seem to put it on. This is an error pointing at the header, naming both items.

use super::Validator;
use crate::model::{Briefing, Item, Section};

impl Validator<'_> {
    /// Refuses every metric header that is not under an item of its own section.
    pub(super) fn metric_placement(&mut self, briefing: &Briefing) {
        let mut headers: Vec<(usize, Section, &Item)> = briefing
            .items()
            .map(|(section, item)| (item.line, section, item))
            .collect();
        headers.sort_by_key(|(line, _, _)| *line);
        for (section, item) in briefing.items() {
            for metric in &item.metrics {
                let start = self.lines.start(metric.line);
                let end = self.lines.start(metric.line + 1);
                let text = self.source.get(start..end).unwrap_or("").trim_end();
                let header = text.trim_start();
                if !header.starts_with("[[") {
                    continue;
                }
                let above = headers.partition_point(|(line, _, _)| *line < metric.line);
                let Some(&(line, under, _)) = above.checked_sub(1).and_then(|i| headers.get(i))
                else {
                    continue;
                };
                if under == section {
                    continue;
                }
                let span = start + (text.len() - header.len())..start + text.len();
                self.fail(
                    span,
                    format!(
                        "`{header}` is under the {} at line {line}, but adds its metric to the {} `{}` at line {}",
                        under.singular(),
                        section.singular(),
                        item.title,
                        item.line
                    ),
                    format!(
                        "write `[[{}.metrics]]` to give the metric to the {}, or move it under the {}",
                        under.key(),
                        under.singular(),
                        section.singular()
                    ),
                );
            }
        }
    }
}
