//! Every entity rule has French examples (tests/rule_examples.tsv) and they all pass.

use paraphe::entities::FigureValue;
use paraphe::Extractor;
use std::collections::BTreeSet;

struct Example {
    line: usize,
    rule: String,
    etype: String,
    span: String,
    figure: Option<String>,
    text: String,
}

fn examples() -> Vec<Example> {
    include_str!("rule_examples.tsv")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "rule_examples.tsv:{}: want 4 columns", n + 1);
            let (span, figure) = match cols[2].split_once('=') {
                Some((s, f)) => (s.to_string(), Some(f.to_string())),
                None => (cols[2].to_string(), None),
            };
            Example {
                line: n + 1,
                rule: cols[0].to_string(),
                etype: cols[1].to_string(),
                span,
                figure,
                text: cols[3].replace("\\n", "\n"),
            }
        })
        .collect()
}

fn figure_string(f: &paraphe::entities::Figure) -> String {
    let v = match &f.value {
        FigureValue::Num(x) => format!("{x}"),
        FigureValue::Date(d) => d.clone(),
    };
    match &f.unit {
        Some(u) => format!("{}:{v}:{u}", f.kind.as_str()),
        None => format!("{}:{v}", f.kind.as_str()),
    }
}

#[test]
fn every_rule_example_passes() {
    let ex = Extractor::builtin();
    let mut failures = Vec::new();
    for e in examples() {
        let doc = ex.extract(&e.text);
        let text = doc.text.as_str();
        let found: Vec<(String, &str, &str, Option<String>)> = doc
            .entities
            .iter()
            .map(|x| {
                (
                    text[x.start..x.end].to_string(),
                    x.etype.as_str(),
                    x.rule,
                    x.figure.as_ref().map(figure_string),
                )
            })
            .collect();
        if e.rule == "-" {
            let bad = found
                .iter()
                .any(|(s, t, _, _)| *s == e.span && (e.etype == "-" || *t == e.etype));
            if bad {
                failures.push(format!(
                    "line {}: {:?} must not be tagged in {:?}; got {:?}",
                    e.line, e.span, e.text, found
                ));
            }
            continue;
        }
        let ok = found.iter().any(|(s, t, r, f)| {
            *s == e.span
                && *t == e.etype
                && *r == e.rule
                && e.figure
                    .as_ref()
                    .is_none_or(|want| f.as_ref() == Some(want))
        });
        if !ok {
            failures.push(format!(
                "line {}: want {} {:?} by {} in {:?}; got {:?}",
                e.line, e.etype, e.span, e.rule, e.text, found
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_in_the_source_has_an_example() {
    let sources = [
        include_str!("../src/entities/figures.rs"),
        include_str!("../src/entities/ministries.rs"),
        include_str!("../src/entities/orgs.rs"),
        include_str!("../src/entities/persons.rs"),
        include_str!("../src/entities/places.rs"),
    ];
    let re = regex::Regex::new(r#""((?:person|org|ministry|place|figure):[a-z-]+)""#).unwrap();
    let rules: BTreeSet<String> = sources
        .iter()
        .flat_map(|s| re.captures_iter(s).map(|c| c[1].to_string()))
        .collect();
    let covered: BTreeSet<String> = examples().into_iter().map(|e| e.rule).collect();
    let missing: Vec<&String> = rules.iter().filter(|r| !covered.contains(*r)).collect();
    assert!(missing.is_empty(), "rules without an example: {missing:?}");
}

/// `org:after-title` takes the employer after a function title, not what
/// other titles' `de` names: a town (`maire de …`), a capitalised common
/// noun (`directeur de Cabinet`), a name after an article (`de la République`).
/// The organisations tagged in `text`, as written.
fn orgs_in<'t>(ex: &paraphe::Extractor, text: &'t str) -> Vec<&'t str> {
    ex.extract(text)
        .entities
        .iter()
        .filter(|e| e.etype == paraphe::lexicon::EntityType::Org)
        .map(|e| &text[e.start..e.end])
        .collect()
}

#[test]
fn titles_without_an_employer_name_no_organisation() {
    let ex = paraphe::Extractor::builtin();
    for text in [
        "Le maire de Tossoukro-Ouest, Komi Agbeko, a signé la convention.",
        "Le directeur de Cabinet du ministre a signé.",
        "Le président de la République a reçu le directeur de Recherche.",
    ] {
        let orgs = orgs_in(&ex, text);
        assert!(orgs.is_empty(), "{text}: {orgs:?}");
    }
}

/// What a body does, after its noun, may take two `de` (`le fabricant de
/// matériaux de batterie X`); a town after them is where it is, not its name.
#[test]
fn activity_complements_before_a_town_name_no_organisation() {
    let ex = paraphe::Extractor::builtin();
    for text in [
        "Le fabricant de pièces de rechange de Thiès a recruté cent ouvriers.",
        "La société de transport de Dakar a recruté.",
    ] {
        let orgs = orgs_in(&ex, text);
        assert!(orgs.is_empty(), "{text}: {orgs:?}");
    }
}

/// A country's acronym after a ministry (`ministère de la Santé (RDC)`) stays
/// a place; a ministry's is a MINISTRY wherever it is used again.
#[test]
fn ministry_acronyms_and_country_acronyms() {
    let ex = paraphe::Extractor::builtin();
    let text = "Le ministère de la Santé publique (RDC) a signé un accord.";
    let doc = ex.extract(text);
    assert!(
        doc.entities
            .iter()
            .any(|e| &text[e.start..e.end] == "RDC"
                && e.etype == paraphe::lexicon::EntityType::Place),
        "{:?}",
        doc.entities
    );
    let text = "Le ministère des Mines et de la Géologie (MMG) a signé. Le MMG financera l’étude.";
    let doc = ex.extract(text);
    let mmg = doc
        .entities
        .iter()
        .filter(|e| &text[e.start..e.end] == "MMG")
        .map(|e| e.etype)
        .collect::<Vec<_>>();
    assert_eq!(
        mmg,
        vec![paraphe::lexicon::EntityType::Ministry; 2],
        "{:?}",
        doc.entities
    );
}

/// A married name after a slash belongs to the name (`Awa Zongo/Kaboré`);
/// a place after one does not (`Moussa Traoré/Mali`), nor a spaced slash.
#[test]
fn slash_married_names() {
    let ex = paraphe::Extractor::builtin();
    for (text, want) in [
        ("La maire, Awa Zongo/Kaboré, a signé.", "Awa Zongo/Kaboré"),
        (
            "Le marathonien Moussa Traoré/Mali a gagné.",
            "Moussa Traoré",
        ),
        ("Awa Zongo / Kaboré a signé.", "Awa Zongo"),
    ] {
        let doc = ex.extract(text);
        let persons: Vec<&str> = doc
            .entities
            .iter()
            .filter(|e| e.etype == paraphe::lexicon::EntityType::Person)
            .map(|e| &text[e.start..e.end])
            .collect();
        assert_eq!(persons.first(), Some(&want), "{text}: {persons:?}");
    }
}
