//! Stage 8: the corpus graph of signings.
//!
//! Nodes are the bodies and people that signed (merged across articles when
//! their type matches and they share a name or alias, after folding case and
//! accents; people and ministries only by their full name) and the agreements themselves (merged when two articles report the
//! same kind of instrument between the same parties on the same date). Edges
//! say who is party to or signed which agreement, with the articles they come
//! from.
//!
//! The graph is always built from output records (JSON values), both in a
//! direct run and in `paraphe graph saved.jsonl`, so the two give the same
//! graph. Node ids are derived from names, not from input order, and every
//! list is sorted: the DOT and JSON output is stable.

use crate::text::fold;
use crate::Document;
use petgraph::graph::{DiGraph, NodeIndex};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::BufRead;

/// A participant as read from an output record.
#[derive(Debug, Clone, PartialEq)]
pub struct PartRec {
    /// Entity type label (`ORG`, `PERSON`, …).
    pub etype: String,
    /// Fullest name first, then aliases.
    pub names: Vec<String>,
    /// `party` or `signatory`.
    pub part: String,
    /// A signatory's role.
    pub role: Option<String>,
}

/// A signing as read from an output record.
#[derive(Debug, Clone, PartialEq)]
pub struct RelRec {
    /// Normalised instrument kind.
    pub kind: String,
    /// The instrument as written.
    pub text: String,
    /// ISO date, or the date's text.
    pub date: Option<String>,
    /// Amount as text (`150000000 EUR`).
    pub amount: Option<String>,
    /// Parties and signatories.
    pub participants: Vec<PartRec>,
}

/// The graph contribution of one document: its id and its signings.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocGraph {
    /// The `doc` of the record.
    pub doc: String,
    /// Its signings.
    pub relations: Vec<RelRec>,
}

impl DocGraph {
    /// From an extracted document (through its output record, as `paraphe graph` reads it).
    pub fn from_document(id: &str, d: &Document) -> DocGraph {
        let rec = crate::output::record(id, None, d);
        let v = serde_json::to_value(&rec).unwrap_or(Value::Null);
        DocGraph::from_value(&v).unwrap_or_default()
    }

    /// From an output record; None for error records and values that are not records.
    pub fn from_value(v: &Value) -> Option<DocGraph> {
        let doc = v.get("doc")?.as_str()?.to_string();
        if v.get("error").is_some() {
            return None;
        }
        let ents: HashMap<&str, &Value> = v
            .get("entities")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|e| Some((e.get("id")?.as_str()?, e)))
                    .collect()
            })
            .unwrap_or_default();
        let mut relations = Vec::new();
        for r in v
            .get("relations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if r.get("type").and_then(Value::as_str).unwrap_or("signed") != "signed" {
                continue;
            }
            let agr = r.get("agreement");
            let text = agr
                .and_then(|a| a.get("text"))
                .and_then(Value::as_str)
                .unwrap_or("accord")
                .to_string();
            let kind = agr
                .and_then(|a| a.get("kind"))
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| text.to_lowercase());
            let date = r.get("date").and_then(|d| {
                d.get("value")
                    .and_then(|x| x.as_str().map(str::to_string))
                    .or_else(|| d.get("text").and_then(Value::as_str).map(str::to_string))
            });
            let amount = r.get("amount").and_then(|a| {
                let id = a.get("entity").and_then(Value::as_str)?;
                let e = ents.get(id)?;
                let val = e.get("value")?;
                let unit = e.get("unit").and_then(Value::as_str).unwrap_or("");
                Some(format!("{} {unit}", number_text(val)).trim().to_string())
            });
            let mut participants = Vec::new();
            for p in r
                .get("participants")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(name) = p.get("text").and_then(Value::as_str) else {
                    continue;
                };
                let mut names = vec![name.to_string()];
                names.extend(
                    p.get("aliases")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(|a| a.as_str().map(str::to_string)),
                );
                let etype = p
                    .get("type")
                    .and_then(Value::as_str)
                    .or_else(|| {
                        p.get("entity")
                            .and_then(Value::as_str)
                            .and_then(|id| ents.get(id))
                            .and_then(|e| e.get("type"))
                            .and_then(Value::as_str)
                    })
                    .unwrap_or("ORG")
                    .to_string();
                participants.push(PartRec {
                    etype,
                    names,
                    part: p
                        .get("part")
                        .and_then(Value::as_str)
                        .unwrap_or("party")
                        .to_string(),
                    role: p.get("role").and_then(Value::as_str).map(str::to_string),
                });
            }
            relations.push(RelRec {
                kind,
                text,
                date,
                amount,
                participants,
            });
        }
        Some(DocGraph { doc, relations })
    }
}

fn number_text(v: &Value) -> String {
    match v.as_f64() {
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => {
            // Thousands in groups of three, as French text writes them.
            let s = format!("{}", x as i64);
            let mut out = String::new();
            for (k, c) in s.chars().enumerate() {
                if k > 0 && (s.len() - k) % 3 == 0 && c != '-' {
                    out.push('\u{202F}');
                }
                out.push(c);
            }
            out
        }
        Some(x) => format!("{x}"),
        None => v.to_string(),
    }
}

/// Documents gathered for the corpus graph.
#[derive(Debug, Default)]
pub struct CorpusGraph {
    docs: Vec<DocGraph>,
}

/// A node of the built graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Stable id (`ORG:pnud`, `agreement:3f2a…`).
    pub id: String,
    /// `PERSON`, `MINISTRY`, `ORG`, `PLACE` or `AGREEMENT`.
    pub kind: String,
    /// The display name (fullest name; for agreements, the kind).
    pub label: String,
    /// Other names (entities), or date and amount lines (agreements).
    pub details: Vec<String>,
    /// Articles it appears in.
    pub docs: BTreeSet<String>,
}

/// An edge: a participant to an agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// `party` or `signatory`.
    pub role: String,
    /// A signatory's function, when given.
    pub function: Option<String>,
    /// Articles it comes from.
    pub docs: BTreeSet<String>,
}

/// The built graph (a petgraph directed graph, nodes and edges in id order).
#[derive(Debug, Default)]
pub struct Graph {
    /// The graph.
    pub graph: DiGraph<Node, Edge>,
}

/// FNV-1a: a stable short hash for agreement ids (the same on every platform and run).
fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

impl CorpusGraph {
    /// Adds a document.
    pub fn add(&mut self, d: DocGraph) {
        if !d.relations.is_empty() {
            self.docs.push(d);
        }
    }

    /// Reads saved JSON Lines output. Bad lines are skipped and reported
    /// (`file:line: …`) in the error, after every good line has been read.
    pub fn read_jsonl<R: BufRead>(&mut self, r: R, name: &str) -> Result<(), String> {
        let mut bad = Vec::new();
        for (n, line) in r.split(b'\n').enumerate() {
            let line = line.map_err(|e| format!("{name}: cannot read: {e}"))?;
            let Ok(s) = std::str::from_utf8(&line) else {
                bad.push(format!("{name}:{}: not UTF-8", n + 1));
                continue;
            };
            if s.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(s) {
                Ok(v) => {
                    if let Some(d) = DocGraph::from_value(&v) {
                        self.add(d);
                    } else if v.get("doc").is_none() {
                        bad.push(format!("{name}:{}: not a paraphe record", n + 1));
                    }
                }
                Err(e) => bad.push(format!("{name}:{}: not JSON: {e}", n + 1)),
            }
        }
        if bad.is_empty() {
            Ok(())
        } else {
            Err(bad.join("\n"))
        }
    }

    /// Builds the graph.
    pub fn build(&self) -> Graph {
        // 1. Participants: one slot per mention, merged by type and shared folded name.
        let mut slots: Vec<(&str, &PartRec)> = Vec::new();
        for d in &self.docs {
            for r in &d.relations {
                for p in &r.participants {
                    slots.push((d.doc.as_str(), p));
                }
            }
        }
        let mut uf = crate::coref::Uf::new(slots.len());
        let mut by_name: HashMap<(String, String), usize> = HashMap::new();
        for (k, (_, p)) in slots.iter().enumerate() {
            // People and ministries merge across articles by their full name only:
            // a surname (`Seck`) or a short ministry name (`ministère de
            // l’Agriculture`) names different entities in different countries.
            let names = if matches!(p.etype.as_str(), "PERSON" | "MINISTRY") {
                &p.names[..1]
            } else {
                &p.names[..]
            };
            for n in names {
                let key = (p.etype.clone(), fold(n));
                if key.1.is_empty() {
                    continue;
                }
                match by_name.get(&key) {
                    Some(&j) => uf.union(k, j),
                    None => {
                        by_name.insert(key, k);
                    }
                }
            }
        }
        // 2. Entity nodes, named by their fullest name.
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for k in 0..slots.len() {
            groups.entry(uf.find(k)).or_default().push(k);
        }
        let mut node_of_slot = vec![String::new(); slots.len()];
        let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
        for members in groups.values() {
            let mut names: Vec<&str> = Vec::new();
            for &k in members {
                for n in &slots[k].1.names {
                    if !names.iter().any(|x| fold(x) == fold(n)) {
                        names.push(n);
                    }
                }
            }
            names.sort_by(|a, b| {
                let ka = (crate::coref::is_plain_name(a), a.chars().count());
                let kb = (crate::coref::is_plain_name(b), b.chars().count());
                kb.cmp(&ka).then(a.cmp(b))
            });
            let etype = slots[members[0]].1.etype.clone();
            let label = names.first().map(|s| s.to_string()).unwrap_or_default();
            let id = format!("{}:{}", etype, fold(&label));
            let docs: BTreeSet<String> = members.iter().map(|&k| slots[k].0.to_string()).collect();
            let mut details: Vec<String> = names.iter().skip(1).map(|s| s.to_string()).collect();
            details.sort();
            for &k in members {
                node_of_slot[k] = id.clone();
            }
            let node = nodes.entry(id.clone()).or_insert_with(|| Node {
                id: id.clone(),
                kind: etype,
                label,
                details: Vec::new(),
                docs: BTreeSet::new(),
            });
            node.details.extend(details);
            node.details.sort();
            node.details.dedup();
            node.docs.extend(docs);
        }
        // 3. Agreement nodes and edges.
        let mut edges: BTreeMap<(String, String, String), Edge> = BTreeMap::new();
        let mut slot = 0usize;
        for d in &self.docs {
            for r in &d.relations {
                let ids: Vec<String> = (slot..slot + r.participants.len())
                    .map(|k| node_of_slot[k].clone())
                    .collect();
                let parties: BTreeSet<&String> = ids.iter().collect();
                let key = format!(
                    "{}|{}|{}",
                    r.kind,
                    r.date.as_deref().unwrap_or(""),
                    parties
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join("|")
                );
                let aid = format!("agreement:{:016x}", fnv(&key));
                let node = nodes.entry(aid.clone()).or_insert_with(|| Node {
                    id: aid.clone(),
                    kind: "AGREEMENT".into(),
                    label: r.kind.clone(),
                    details: Vec::new(),
                    docs: BTreeSet::new(),
                });
                node.docs.insert(d.doc.clone());
                for extra in [r.date.clone(), r.amount.clone()].into_iter().flatten() {
                    if !node.details.contains(&extra) {
                        node.details.push(extra);
                    }
                }
                for (p, id) in r.participants.iter().zip(&ids) {
                    let e = edges
                        .entry((id.clone(), aid.clone(), p.part.clone()))
                        .or_insert_with(|| Edge {
                            role: p.part.clone(),
                            function: p.role.clone(),
                            docs: BTreeSet::new(),
                        });
                    e.docs.insert(d.doc.clone());
                }
                slot += r.participants.len();
            }
        }
        let mut graph = DiGraph::new();
        let mut index: HashMap<String, NodeIndex> = HashMap::new();
        for (id, n) in nodes {
            index.insert(id, graph.add_node(n));
        }
        for ((from, to, _), e) in edges {
            if let (Some(&a), Some(&b)) = (index.get(&from), index.get(&to)) {
                graph.add_edge(a, b, e);
            }
        }
        Graph { graph }
    }
}

/// Escapes a string for a quoted DOT id or label: `"` and `\`, line ends as `\n`.
pub fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn style(kind: &str) -> &'static str {
    match kind {
        "PERSON" => r##"shape=ellipse, style=filled, fillcolor="#d1e7dd", color="#198754""##,
        "MINISTRY" => r##"shape=box, style=filled, fillcolor="#f8d7da", color="#b02a37""##,
        "ORG" => r##"shape=box, style="rounded,filled", fillcolor="#cfe2ff", color="#0a58ca""##,
        "PLACE" => r##"shape=hexagon, style=filled, fillcolor="#e2e3e5", color="#495057""##,
        "AGREEMENT" => r##"shape=note, style=filled, fillcolor="#fff3cd", color="#997404""##,
        _ => r##"shape=box"##,
    }
}

impl Graph {
    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Graphviz DOT: one shape and colour per entity type, agreements as notes
    /// labelled with kind, date and amount; every id and label quoted and escaped.
    pub fn to_dot(&self) -> String {
        let mut s = String::from("digraph paraphe {\n");
        s.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, overlap=false, splines=true];\n");
        s.push_str("  node [fontname=\"Helvetica\", fontsize=10];\n");
        s.push_str("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#6c757d\"];\n");
        for n in self.graph.node_weights() {
            let mut label = n.label.clone();
            for d in n.details.iter().take(4) {
                label.push('\n');
                label.push_str(d);
            }
            let tooltip = n.docs.iter().cloned().collect::<Vec<_>>().join(", ");
            s.push_str(&format!(
                "  \"{}\" [label=\"{}\", tooltip=\"{}\", {}];\n",
                dot_escape(&n.id),
                dot_escape(&label),
                dot_escape(&tooltip),
                style(&n.kind)
            ));
        }
        for e in self.graph.edge_indices() {
            let (a, b) = self.graph.edge_endpoints(e).expect("edge has endpoints");
            let w = &self.graph[e];
            let tooltip = w.docs.iter().cloned().collect::<Vec<_>>().join(", ");
            let style = if w.role == "signatory" {
                ", style=dashed"
            } else {
                ""
            };
            s.push_str(&format!(
                "  \"{}\" -> \"{}\" [label=\"{}\", tooltip=\"{}\"{}];\n",
                dot_escape(&self.graph[a].id),
                dot_escape(&self.graph[b].id),
                dot_escape(&w.role),
                dot_escape(&tooltip),
                style
            ));
        }
        s.push_str("}\n");
        s
    }

    /// The same nodes and edges as JSON (one object, with a trailing newline).
    pub fn to_json(&self) -> String {
        let nodes: Vec<Value> = self
            .graph
            .node_weights()
            .map(|n| json!({"id": n.id, "type": n.kind, "label": n.label, "details": n.details, "docs": n.docs}))
            .collect();
        let edges: Vec<Value> = self
            .graph
            .edge_indices()
            .map(|e| {
                let (a, b) = self.graph.edge_endpoints(e).expect("edge has endpoints");
                let w = &self.graph[e];
                let mut v = json!({"source": self.graph[a].id, "target": self.graph[b].id, "role": w.role, "docs": w.docs});
                if let Some(f) = &w.function {
                    v["function"] = json!(f);
                }
                v
            })
            .collect();
        let mut s = serde_json::to_string(&json!({"nodes": nodes, "edges": edges}))
            .expect("graph serialises");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_quotes_backslashes_and_newlines() {
        assert_eq!(dot_escape("a \"b\" \\ c\nd\r"), "a \\\"b\\\" \\\\ c\\nd");
    }

    #[test]
    fn merges_participants_across_articles_by_alias() {
        let ex = crate::Extractor::builtin();
        let a = ex.extract("Le Maroc et le Programme des Nations unies pour le développement (PNUD) ont signé un protocole d’accord.");
        let b = ex.extract("Le PNUD et le Sénégal ont signé jeudi une convention de financement.");
        let mut g = CorpusGraph::default();
        g.add(DocGraph::from_document("a", &a));
        g.add(DocGraph::from_document("b", &b));
        let built = g.build();
        let pnud: Vec<&Node> = built
            .graph
            .node_weights()
            .filter(|n| n.label.contains("Nations unies"))
            .collect();
        assert_eq!(pnud.len(), 1, "{}", built.to_dot());
        assert_eq!(pnud[0].docs.len(), 2);
        assert_eq!(
            built
                .graph
                .node_weights()
                .filter(|n| n.kind == "AGREEMENT")
                .count(),
            2
        );
    }
}
