//! Snapshots of the whole output on the bundled fixture articles (review every
//! change to them as carefully as code), and of the corpus graph as DOT.

use paraphe::graph::{CorpusGraph, DocGraph, Options, View};
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

fn fixture_corpus() -> CorpusGraph {
    let ex = Extractor::builtin();
    let mut g = CorpusGraph::default();
    for p in fixtures() {
        let text = std::fs::read_to_string(&p).unwrap();
        g.add(DocGraph::from_document(&doc_id(&p), &ex.extract(&text)));
    }
    g
}

/// The DOT of `paraphe --format dot [--graph VIEW] fixtures/`.
fn fixture_graph_dot(view: View) -> String {
    let opts = Options {
        view,
        max_nodes: paraphe::graph::DEFAULT_MAX_NODES,
        ..Options::default()
    };
    fixture_corpus().build().select(&opts).unwrap().to_dot()
}

#[test]
fn fixture_graph() {
    insta::assert_snapshot!("fixtures_graph_dot", fixture_graph_dot(View::Agreements));
    insta::assert_snapshot!(
        "fixtures_graph_parties_dot",
        fixture_graph_dot(View::Parties)
    );
}

/// Renders both views with the real Graphviz `dot` and fails on any error
/// or warning. Without `dot` on the PATH the test says so and passes, unless
/// PARAPHE_REQUIRE_GRAPHVIZ is set (`.ci/run` sets it, and installs Graphviz).
#[test]
fn dot_renders_without_warnings() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    if Command::new("dot").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("PARAPHE_REQUIRE_GRAPHVIZ").is_none(),
            "PARAPHE_REQUIRE_GRAPHVIZ is set and Graphviz `dot` is not installed \
             (apt-get install graphviz)"
        );
        // Straight to standard error: the test harness would hide an
        // eprintln! of a passing test.
        let _ = writeln!(
            std::io::stderr(),
            "NOTICE: Graphviz `dot` not found: the DOT output was not rendered \
             (apt-get install graphviz, brew install graphviz)"
        );
        return;
    }
    for view in [View::Agreements, View::Parties] {
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(fixture_graph_dot(view).as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{view:?}: dot failed: {stderr}");
        assert!(stderr.trim().is_empty(), "{view:?}: dot warned: {stderr}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    }
}

/// Decodes the entities Graphviz writes in SVG text (`&#45;`, `&#39;`, `&amp;`…).
fn svg_text(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        let end = rest[k..].find(';').map_or(rest.len(), |e| k + e);
        let entity = &rest[k + 1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[k..=end.min(rest.len() - 1)]),
        }
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// `fixtures/graph.svg`, the picture in the README, shows today's graph:
/// the same nodes and as many edges as the DOT output of the fixtures.
/// Regenerate it with `scripts/graphs.sh` (needs Graphviz).
#[test]
fn fixtures_graph_svg_is_up_to_date() {
    let svg = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/graph.svg"))
        .unwrap();
    let dot = fixture_graph_dot(View::Agreements);
    let want: std::collections::BTreeSet<String> = dot
        .lines()
        .filter(|l| l.contains(" [label="))
        .map(|l| {
            l.trim()
                .split('"')
                .nth(1)
                .unwrap()
                .replace("\\\"", "\"")
                .replace("\\\\", "\\")
        })
        .collect();
    let got: std::collections::BTreeSet<String> = svg
        .split("class=\"node\"")
        .skip(1)
        .filter_map(|g| {
            let t = g.split("<title>").nth(1)?;
            Some(svg_text(&t[..t.find("</title>")?]))
        })
        .collect();
    let stale = "fixtures/graph.svg is not today's graph: run scripts/graphs.sh";
    assert_eq!(got, want, "{stale}");
    let edges = dot.lines().filter(|l| l.contains("\" -> \"")).count();
    assert_eq!(svg.matches("class=\"edge\"").count(), edges, "{stale}");
}
