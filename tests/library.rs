//! The library as a Rust user sees it: only the documented API (what
//! `examples/signings.rs` uses), no internal module.

use paraphe::{EntityType, Extractor, FigureKind};

const ARTICLE: &str = "Le Mali et la Banque africaine de développement (BAD) ont signé le 8 avril 2025 à Bamako un accord de prêt de 40 millions de dollars.";

#[test]
fn entities_and_signings_through_the_public_api() {
    let ex = Extractor::builtin();
    let doc = ex.extract(ARTICLE);
    let texts: Vec<(&str, EntityType)> = doc
        .entities
        .iter()
        .map(|e| (e.text(&doc), e.etype))
        .collect();
    assert!(texts.contains(&("Mali", EntityType::Place)), "{texts:?}");
    assert!(texts.contains(&("BAD", EntityType::Org)), "{texts:?}");
    let s = &doc.relations[0];
    assert_eq!(s.agreement_text(&doc), "accord de prêt");
    let amount = s.amount_figure(&doc).unwrap();
    assert_eq!(
        (
            amount.kind,
            amount.value.to_string(),
            amount.unit.as_deref()
        ),
        (FigureKind::Money, "40000000".into(), Some("USD"))
    );
    let date = s.date_figure(&doc).unwrap();
    assert_eq!(date.value.to_string(), "2025-04-08");
    assert_eq!(s.date.as_ref().unwrap().text(&doc), "8 avril 2025");
    assert_eq!(s.place.as_ref().unwrap().text(&doc), "Bamako");
    let parties: Vec<&str> = s.parties().map(|p| p.name.as_str()).collect();
    assert_eq!(parties, ["Mali", "Banque africaine de développement"]);
    let line = paraphe::output::to_json_line("a.txt", None, &doc);
    assert!(line.ends_with("}\n") && line.contains(r#""unit":"USD""#));
}

#[test]
fn gazetteer_files_add_names_and_errors_name_the_file() {
    let d = tempfile::tempdir().unwrap();
    let list = d.path().join("my-list.tsv");
    std::fs::write(&list, "# my bodies\nCoopérative Zanfara\tORG\t\tcompany\n").unwrap();
    let ex = Extractor::with_gazetteer_files(&[&list]).unwrap();
    let doc = ex.extract("La Coopérative Zanfara a signé une convention avec le Niger.");
    let e = doc
        .entities
        .iter()
        .find(|e| e.text(&doc) == "Coopérative Zanfara")
        .unwrap();
    assert_eq!(e.rule, "gazetteer:my-list.tsv");
    // No list: the embedded gazetteers only.
    let none: [&str; 0] = [];
    assert!(Extractor::with_gazetteer_files(&none).is_ok());
    // A missing file, a bad type, bytes that are not UTF-8: the file (and line) named.
    let missing = d.path().join("nope.tsv");
    let err = Extractor::with_gazetteer_files(&[&missing]).err().unwrap();
    assert_eq!(
        (err.file.as_str(), err.line),
        (missing.to_str().unwrap(), 0)
    );
    std::fs::write(&list, "Zanfara\tORG\n\nBanque Z\tTHING\n").unwrap();
    let err = Extractor::with_gazetteer_files(&[&list]).err().unwrap();
    assert_eq!(err.line, 3, "{err}");
    std::fs::write(&list, b"Zanfara\tORG\nZ\xe9\tORG\n").unwrap();
    let err = Extractor::with_gazetteer_files(&[&list]).err().unwrap();
    assert!(
        err.to_string()
            .ends_with("my-list.tsv:2: gazetteer is not valid UTF-8"),
        "{err}"
    );
}
