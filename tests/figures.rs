//! French figure phrases (tests/figures.tsv): each text must give exactly the
//! FIGUREs listed, with their kind, value and currency; `-` means none.

use paraphe::entities::FigureValue;
use paraphe::lexicon::EntityType;
use paraphe::Extractor;

/// A figure as the TSV writes it: `span=kind:value[:unit]`.
fn figure_string(text: &str, e: &paraphe::entities::Entity) -> String {
    let f = e.figure.as_ref().expect("a FIGURE has its figure");
    let mut s = format!("{}={}:", &text[e.start..e.end], f.kind.as_str());
    match &f.value {
        FigureValue::Num(x) => s += &x.to_string(),
        FigureValue::Date(d) => s += d,
    }
    if let Some(u) = &f.unit {
        s.push(':');
        s += u;
    }
    s
}

#[test]
fn french_figure_phrases() {
    let ex = Extractor::builtin();
    let mut failures = Vec::new();
    let mut n = 0;
    for (line, row) in include_str!("figures.tsv").lines().enumerate() {
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let (text, want) = row
            .split_once('\t')
            .unwrap_or_else(|| panic!("figures.tsv:{}: want two columns", line + 1));
        n += 1;
        let want: Vec<&str> = match want {
            "-" => Vec::new(),
            w => w.split(" ; ").collect(),
        };
        let doc = ex.extract(text);
        let t = doc.text.as_str();
        let got: Vec<String> = (doc.entities.iter())
            .filter(|e| e.etype == EntityType::Figure)
            .map(|e| figure_string(t, e))
            .collect();
        if got != want {
            failures.push(format!(
                "figures.tsv:{}: {text:?}\n    want {want:?}\n    got  {got:?}",
                line + 1
            ));
        }
    }
    assert!(n >= 200, "figures.tsv has {n} phrases; keep at least 200");
    assert!(
        failures.is_empty(),
        "{} of {n} phrases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
