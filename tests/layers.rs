//! The imports of `src/` run one way: each top-level module uses only modules of lower layers.
//!
//! Read from the `crate::` paths of every source file (outside its unit tests), so a new arrow
//! running back up fails here rather than in a review. A new top-level module must be given a
//! layer below, which is the moment to decide where it belongs.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Lowest first. A module may use the modules of the layers before its own, never its own
/// layer's others or a later one's.
const LAYERS: &[&[&str]] = &[
    &["action", "exit", "sanitize", "sys"],
    &["keymap", "diagnostic", "file_kind", "git"],
    &["model", "missing"],
    &["texts", "theme", "figures"],
    &["lint", "schema"],
    &["atomic", "load"],
    &["document", "revision", "config"],
    &["chart"],
    &["compare", "deck"],
    &["summary"],
    &["app"],
    &["check", "diff", "export", "log", "new", "view"],
    &["cli", "runtime"],
    &["completions", "startup"],
];

/// Arrows the layers allow but the design does not: what is drawn or written takes its
/// figures in words from `summary`, so a figure is phrased once for the screen, the handouts
/// and the diff.
const FORBIDDEN: &[(&str, &str)] = &[
    ("view", "figures"),
    ("export", "figures"),
    ("diff", "figures"),
    ("check", "figures"),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The top-level module a file of `src/` belongs to: `src/view/detail.rs` -> `view`.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "main").then(|| name.to_owned())
}

/// The top-level modules a file names through `crate::`, outside `#[cfg(test)]` code (unit
/// tests may reach up, to load a briefing for instance).
fn used_modules(text: &str) -> BTreeSet<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    // Comments may name any module ("checked by `crate::startup`").
    let code: String = code
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut used = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            used.insert(name);
        }
        // `use crate::{a, b::c}`
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name = part.trim().split("::").next().unwrap_or("").trim();
                if !name.is_empty() {
                    used.insert(name.to_owned());
                }
            }
        }
    }
    used
}

#[test]
fn imports_run_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    for file in sources(&src) {
        let Some(module) = module_of(&src, &file) else {
            continue;
        };
        let Some(layer) = layer_of(&module) else {
            wrong.push(format!("{module} is in no layer: add it to LAYERS"));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        for used in used_modules(&text) {
            if used == module {
                continue;
            }
            let forbidden = FORBIDDEN.contains(&(module.as_str(), used.as_str()));
            match layer_of(&used) {
                Some(l) if l < layer && !forbidden => {}
                _ => wrong.push(format!(
                    "{} uses crate::{used}",
                    file.strip_prefix(&src).unwrap().display()
                )),
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "imports running the wrong way:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_checker_sees_every_form_of_import() {
    let text = "use crate::view::fmt;\nuse crate::{app, model::Section};\nlet x = crate::sys::uid();\n/// see `crate::cli`\n#[cfg(test)]\nmod tests { use crate::runtime; }";
    let used: Vec<String> = used_modules(text).into_iter().collect();
    assert_eq!(used, ["app", "model", "sys", "view"]);
}

#[test]
fn the_architecture_doc_lists_these_layers() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md"))
            .unwrap();
    // Rows like "| 3 | `model`, `missing` | …".
    let documented: Vec<Vec<String>> = doc
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            cells.get(1)?.parse::<usize>().ok()?;
            Some(
                cells
                    .get(2)?
                    .split(',')
                    .map(|m| m.trim().trim_matches('`').to_owned())
                    .collect(),
            )
        })
        .collect();
    let layers: Vec<Vec<String>> = LAYERS
        .iter()
        .map(|layer| layer.iter().map(|m| (*m).to_owned()).collect())
        .collect();
    assert_eq!(documented, layers, "docs/architecture.md and LAYERS differ");
}
