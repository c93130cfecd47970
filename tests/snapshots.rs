//! Snapshots of the whole output on the bundled fixture articles (review every
//! change to them as carefully as code), and of the corpus graph as DOT.

use paraphe::graph::{CorpusGraph, DocGraph};
use paraphe::{output, Extractor};
use std::path::PathBuf;

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

fn doc_id(p: &std::path::Path) -> String {
    format!("fixtures/{}", p.file_name().unwrap().to_string_lossy())
}

#[test]
fn fixture_records() {
    let ex = Extractor::builtin();
    let files = fixtures();
    assert!(files.len() >= 6, "want at least six fixture articles");
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        let doc = ex.extract(&text);
        let id = doc_id(&p);
        let line = output::to_json_line(&id, None, &doc);
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(name, serde_json::to_string_pretty(&v).unwrap());
    }
}

fn fixture_graph_dot() -> String {
    let ex = Extractor::builtin();
    let mut g = CorpusGraph::default();
    for p in fixtures() {
        let text = std::fs::read_to_string(&p).unwrap();
        g.add(DocGraph::from_document(&doc_id(&p), &ex.extract(&text)));
    }
    g.build().to_dot()
}

#[test]
fn fixture_graph() {
    insta::assert_snapshot!("fixtures_graph_dot", fixture_graph_dot());
}

/// Renders the DOT with the real Graphviz `dot` and fails on any error or
/// warning. Graphviz is installed by `.ci/run`; set PARAPHE_SKIP_GRAPHVIZ=1 to
/// skip on a machine without it.
#[test]
fn dot_renders_without_warnings() {
    if std::env::var_os("PARAPHE_SKIP_GRAPHVIZ").is_some() {
        return;
    }
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz `dot` must be installed (apt-get install graphviz), or set PARAPHE_SKIP_GRAPHVIZ=1");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(fixture_graph_dot().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot failed: {stderr}");
    assert!(stderr.trim().is_empty(), "dot warned: {stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}
