//! Who signed what with whom, from Rust: reads the articles named on the
//! command line (or one on standard input) and prints each agreement signed,
//! then writes the JSON records to `signings.jsonl` as the command line would.
//!
//! ```sh
//! cargo run --example signings -- fixtures/*.txt
//! cargo run --example signings -- --gazetteer my-list.tsv article.txt
//! ```
//!
//! Copy it into your project with `paraphe` as a dependency
//! (`paraphe = { git = "…" }` or a path).

use paraphe::{Document, EntityType, Extractor, Signing};
use std::error::Error;
use std::io::{Read, Write};

fn main() -> Result<(), Box<dyn Error>> {
    // `--gazetteer FILE` (repeatable) adds your own names; the rest are articles.
    let mut lists = Vec::new();
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => lists.push(args.next().ok_or("--gazetteer needs a file")?),
            _ => paths.push(arg),
        }
    }
    let extractor = Extractor::with_gazetteer_files(&lists)?;

    let mut articles = Vec::new();
    if paths.is_empty() {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        articles.push(("-".to_string(), text));
    }
    for path in paths {
        let text = std::fs::read_to_string(&path)?;
        articles.push((path, text));
    }

    let mut jsonl = std::io::BufWriter::new(std::fs::File::create("signings.jsonl")?);
    for (name, text) in &articles {
        let doc = extractor.extract(text);
        let countries = doc
            .entities
            .iter()
            .filter(|e| e.etype == EntityType::Place)
            .count();
        println!(
            "{name}: {} entities ({countries} places), {} signings",
            doc.entities.len(),
            doc.relations.len()
        );
        for signing in &doc.relations {
            println!("  {}", describe(&doc, signing));
        }
        jsonl.write_all(paraphe::output::to_json_line(name, None, &doc).as_bytes())?;
    }
    jsonl.flush()?;
    Ok(())
}

/// `accord de prêt, 2025-04-08, 40000000 USD: Mali + Banque africaine de
/// développement (signed by Awa Koné, ministre des Finances)`.
fn describe(doc: &Document, s: &Signing) -> String {
    let mut line = s.agreement_text(doc).to_string();
    // The date as an ISO value when the text gives one, as written otherwise.
    if let Some(date) = &s.date {
        match s.date_figure(doc) {
            Some(f) => line += &format!(", {}", f.value),
            None => line += &format!(", {}", date.text(doc)),
        }
    }
    if let Some(f) = s.amount_figure(doc) {
        line += &format!(", {} {}", f.value, f.unit.as_deref().unwrap_or(""));
    }
    let parties: Vec<&str> = s.parties().map(|p| p.name.as_str()).collect();
    let signatories: Vec<String> = s
        .signatories()
        .map(|p| match &p.role {
            Some(role) => format!("{}, {role}", p.name),
            None => p.name.clone(),
        })
        .collect();
    line += &format!(": {}", parties.join(" + "));
    if !signatories.is_empty() {
        line += &format!(" (signed by {})", signatories.join("; "));
    }
    line
}
