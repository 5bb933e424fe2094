//! One item of a section: its common fields, its section's own, and the fields it may not have.

use super::Validator;
use super::ids::Reference;
use crate::model::raw::{RawItem, SECTION_KEYS};
use crate::model::{Item, ItemKind, Section, Severity};
use crate::sanitize;

impl Validator<'_> {
    pub(super) fn items(
        &mut self,
        raw: Vec<RawItem>,
        section: Section,
        refs: &mut Vec<Reference>,
    ) -> Vec<Item> {
        let mut items: Vec<Item> = raw
            .into_iter()
            .map(|item| self.item(item, section, refs))
            .collect();
        // `key = true` promotes an item to the front of its section; the rest keep file order.
        items.sort_by_key(|item| !item.key);
        items
    }

    fn item(&mut self, raw: RawItem, section: Section, refs: &mut Vec<Reference>) -> Item {
        let title_span = raw.title.span();
        if raw.title.get_ref().trim().is_empty() {
            self.fail(
                title_span.clone(),
                "the title is empty",
                "write a short title; it is what the screen shows for this item",
            );
        }
        self.refuse_foreign_fields(&raw, section);
        let id = self.item_id(&raw, section);
        let kind = self.kind(&raw, section, refs);
        let line = self.header_line(&title_span);
        Item {
            id,
            title: sanitize::line(raw.title.get_ref()),
            summary: raw.summary.as_deref().map(sanitize::multiline),
            details: raw.details.iter().map(|d| sanitize::multiline(d)).collect(),
            owner: raw.owner.as_deref().map(sanitize::line),
            tags: raw.tags.iter().map(|t| sanitize::line(t)).collect(),
            notes: raw.notes.as_deref().map(sanitize::multiline),
            key: raw.key,
            duration: raw.duration.as_ref().and_then(|d| self.duration(d)),
            metrics: raw.metrics.into_iter().map(|m| self.metric(m)).collect(),
            kind,
            line,
        }
    }

    /// The fields of the item's own section.
    fn kind(&mut self, raw: &RawItem, section: Section, refs: &mut Vec<Reference>) -> ItemKind {
        match section {
            Section::Goals => ItemKind::Goal {
                due: raw.due.as_ref().and_then(|d| self.date(d)),
                status: raw.status.as_ref().and_then(|s| self.status(s)),
            },
            Section::Achievements => ItemKind::Achievement {
                date: raw.date.as_ref().and_then(|d| self.date(d)),
            },
            Section::Challenges => {
                // Compared with ids, which are cleaned: a raw id with a control in it would
                // never match its goal.
                let threatens: Vec<String> = raw
                    .threatens
                    .iter()
                    .map(|t| sanitize::line(t.get_ref()))
                    .collect();
                refs.extend(
                    threatens
                        .iter()
                        .zip(&raw.threatens)
                        .map(|(id, t)| Reference {
                            id: id.clone(),
                            span: t.span(),
                        }),
                );
                ItemKind::Challenge {
                    severity: raw
                        .severity
                        .as_ref()
                        .map_or(Severity::Medium, |s| self.severity(s)),
                    mitigation: raw
                        .mitigation
                        .iter()
                        .map(|m| sanitize::multiline(m))
                        .collect(),
                    threatens,
                }
            }
        }
    }

    fn refuse_foreign_fields(&mut self, raw: &RawItem, section: Section) {
        for (key, owner) in SECTION_KEYS {
            let Some(span) = raw.section_key_span(key).filter(|_| owner != section) else {
                continue;
            };
            self.fail(
                span,
                format!("`{key}` belongs to {}, not {}", owner.key(), section.key()),
                format!(
                    "remove `{key}` from this item, or move the item to [[{}]]",
                    owner.key()
                ),
            );
        }
    }
}
