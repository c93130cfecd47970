//! Signing patterns as data: `tests/signing_examples.tsv` holds one French
//! text per line (written for these tests, none taken from a corpus), with
//! the records paraphe must make of it, so that every signing rule has
//! examples, positive and negative, that a reader can scan in one place.
//!
//! Columns, TAB-separated: the pattern the line illustrates, the text (`\n`
//! for a line break), and
//! the expected records: `-` for none, else records separated by ` || `,
//! each `instrument as written: name + name + …`. A name matches a
//! participant whose fullest name or one of its aliases it is; a record
//! matches when each of its names matches a different participant and no
//! participant is left over. Records are compared as a set.

use paraphe::Extractor;

struct Example {
    line: usize,
    pattern: String,
    text: String,
    want: Vec<(String, Vec<String>)>,
}

fn examples() -> Vec<Example> {
    let data = include_str!("signing_examples.tsv");
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "line {}: three columns expected", n + 1);
        let want = if cols[2].trim() == "-" {
            Vec::new()
        } else {
            cols[2]
                .split(" || ")
                .map(|r| {
                    let (what, names) = r
                        .split_once(": ")
                        .unwrap_or_else(|| panic!("line {}: `instrument: names`", n + 1));
                    (
                        what.trim().to_string(),
                        names.split(" + ").map(|s| s.trim().to_string()).collect(),
                    )
                })
                .collect()
        };
        out.push(Example {
            line: n + 1,
            pattern: cols[0].to_string(),
            // `\n` in the text stands for a line break (bulleted lists).
            text: cols[1].replace("\\n", "\n"),
            want,
        });
    }
    out
}

/// Does record `r` match the expected instrument and names?
fn matches(
    doc: &paraphe::Document,
    r: &paraphe::relations::Signing,
    want: &(String, Vec<String>),
) -> bool {
    let what = &doc.text.as_str()[r.agreement.start..r.agreement.end];
    if what != want.0 || r.participants.len() != want.1.len() {
        return false;
    }
    let mut used = vec![false; r.participants.len()];
    want.1.iter().all(|name| {
        let hit =
            r.participants.iter().enumerate().find(|(k, p)| {
                !used[*k] && (p.name == *name || p.aliases.iter().any(|a| a == name))
            });
        hit.map(|(k, _)| used[k] = true).is_some()
    })
}

fn show(doc: &paraphe::Document) -> String {
    doc.relations
        .iter()
        .map(|r| {
            let names: Vec<String> = r
                .participants
                .iter()
                .map(|p| {
                    if p.aliases.is_empty() {
                        p.name.clone()
                    } else {
                        format!("{} [{}]", p.name, p.aliases.join(", "))
                    }
                })
                .collect();
            format!(
                "{}: {}",
                &doc.text.as_str()[r.agreement.start..r.agreement.end],
                names.join(" + ")
            )
        })
        .collect::<Vec<_>>()
        .join(" || ")
}

#[test]
fn signing_examples() {
    let ex = Extractor::builtin();
    let mut failures = Vec::new();
    let all = examples();
    for e in &all {
        let doc = ex.extract(&e.text);
        let ok = doc.relations.len() == e.want.len()
            && e.want
                .iter()
                .all(|w| doc.relations.iter().any(|r| matches(&doc, r, w)));
        if !ok {
            failures.push(format!(
                "line {} [{}]\n  text: {}\n  want: {:?}\n  got:  {}",
                e.line,
                e.pattern,
                e.text,
                e.want,
                show(&doc)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
    assert!(all.len() >= 20, "too few examples");
}

#[test]
fn every_pattern_has_a_positive_and_a_negative_or_two_positives() {
    // A pattern illustrated by one line only is too easy to overfit.
    let all = examples();
    let mut count: std::collections::BTreeMap<&str, usize> = Default::default();
    for e in &all {
        *count.entry(e.pattern.as_str()).or_default() += 1;
    }
    let lonely: Vec<&&str> = count
        .iter()
        .filter(|(_, &n)| n < 2)
        .map(|(p, _)| p)
        .collect();
    assert!(
        lonely.is_empty(),
        "patterns with a single example: {lonely:?}"
    );
}
