//! Stage 8: the corpus graph of signings.
//!
//! Nodes are the bodies and people that signed (merged across articles when
//! their type matches and they share a name or alias, after folding case and
//! accents; people and ministries only by their full name) and the
//! agreements themselves (merged when two articles report the same kind of
//! instrument between the same parties on the same date). Edges say who is
//! party to or signed which agreement, with the articles they come from.
//!
//! The graph is always built from output records (JSON values), both in a
//! direct run and in `paraphe graph saved.jsonl`, so the two give the same
//! graph. Node ids are derived from names, not from input order, and every
//! list is sorted: the output is stable.
//!
//! What is shown is chosen by [`Options`] ([`Graph::select`]): the view
//! (agreements as notes between bodies and people, or bodies and countries
//! linked by what they signed together), filters, and a cap on the number of
//! nodes that keeps the most connected ones. [`Picture`] then writes DOT,
//! JSON, GraphML or CSV (in `graph/formats.rs`).

mod formats;

pub use formats::CsvFiles;

use crate::text::fold;
use crate::Document;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::BufRead;

/// A participant as read from an output record.
#[derive(Debug, Clone, PartialEq)]
pub struct PartRec {
    /// Entity type label (`ORG`, `PERSON`, …).
    pub etype: String,
    /// Fullest name first, then aliases.
    pub names: Vec<String>,
    /// Which of `names` the article writes (as an entity's text); the
    /// others come from a gazetteer (`UNDP` for `PNUD`).
    pub written: Vec<bool>,
    /// `party` or `signatory`.
    pub part: String,
    /// A signatory's role.
    pub role: Option<String>,
}

/// An amount of money.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// The number.
    pub value: f64,
    /// ISO 4217 currency code, when known.
    pub unit: Option<String>,
}

impl Amount {
    /// `85 000 000 USD`, thousands grouped with narrow no-break spaces.
    pub fn display(&self) -> String {
        let n = number_text(self.value);
        match &self.unit {
            Some(u) => format!("{n} {u}"),
            None => n,
        }
    }
}

/// A signing as read from an output record.
#[derive(Debug, Clone, PartialEq)]
pub struct RelRec {
    /// Normalised instrument kind.
    pub kind: String,
    /// The instrument as written.
    pub text: String,
    /// The ISO 8601 calendar date, when the record gives one with its year.
    pub date: Option<String>,
    /// What tells apart two agreements of the same kind between the same
    /// parties: the date's value, or its text (`mardi`).
    pub date_key: Option<String>,
    /// The amount.
    pub amount: Option<Amount>,
    /// How many instruments the phrase stands for, when given.
    pub count: Option<u64>,
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

fn str_of<'v>(v: Option<&'v Value>, key: &str) -> Option<&'v str> {
    v?.get(key)?.as_str()
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
        let entities = v.get("entities").and_then(Value::as_array);
        let ents: HashMap<&str, &Value> = entities
            .into_iter()
            .flatten()
            .filter_map(|e| Some((e.get("id")?.as_str()?, e)))
            .collect();
        let written: BTreeSet<String> = entities
            .into_iter()
            .flatten()
            .filter_map(|e| e.get("text")?.as_str().map(fold))
            .collect();
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
            let text = str_of(agr, "text").unwrap_or("accord").to_string();
            let kind = str_of(agr, "kind")
                .map(str::to_string)
                .unwrap_or_else(|| text.to_lowercase());
            let count = agr.and_then(|a| a.get("count")).and_then(Value::as_u64);
            let date_value = r.get("date").and_then(|d| d.get("value")?.as_str());
            let date_key = date_value
                .or_else(|| str_of(r.get("date"), "text"))
                .map(str::to_string);
            let date = date_value
                .filter(|d| crate::output::is_calendar_date(d))
                .map(str::to_string);
            let amount = r.get("amount").and_then(|a| {
                // Records before `unit` was on the amount: from its entity.
                let e = a
                    .get("entity")
                    .and_then(Value::as_str)
                    .and_then(|id| ents.get(id));
                let value = a
                    .get("value")
                    .or_else(|| e?.get("value"))
                    .and_then(Value::as_f64)?;
                let unit = str_of(Some(a), "unit")
                    .or_else(|| str_of(e.copied(), "unit"))
                    .map(str::to_string);
                Some(Amount { value, unit })
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
                        let id = p.get("entity")?.as_str()?;
                        ents.get(id)?.get("type")?.as_str()
                    })
                    .unwrap_or("ORG")
                    .to_string();
                participants.push(PartRec {
                    etype,
                    written: names.iter().map(|n| written.contains(&fold(n))).collect(),
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
                date_key,
                amount,
                count,
                participants,
            });
        }
        Some(DocGraph { doc, relations })
    }
}

/// A number as French text writes it: thousands in groups of three.
fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        let s = format!("{}", x as i64);
        let mut out = String::new();
        for (k, c) in s.chars().enumerate() {
            if k > 0 && (s.len() - k) % 3 == 0 && c != '-' {
                out.push('\u{202F}');
            }
            out.push(c);
        }
        out
    } else {
        format!("{x}")
    }
}

/// Documents gathered for the corpus graph.
#[derive(Debug, Default)]
pub struct CorpusGraph {
    docs: Vec<DocGraph>,
    /// Every record read or added, with signings or without.
    records: usize,
}

/// An agreement node's fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgreementInfo {
    /// The normalised kind (`accord de prêt`).
    pub kind: String,
    /// The instrument as the articles write it.
    pub texts: BTreeSet<String>,
    /// The ISO 8601 calendar date, when an article gives one with its year.
    pub date: Option<String>,
    /// The amounts the articles give, sorted, without repeats.
    pub amounts: Vec<Amount>,
    /// How many instruments the phrase stands for, when given.
    pub count: Option<u64>,
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
    /// The other names the articles write (entities; the rest of `details`
    /// comes from gazetteers).
    pub written: Vec<String>,
    /// Articles it appears in.
    pub docs: BTreeSet<String>,
    /// For agreements.
    pub agreement: Option<AgreementInfo>,
}

impl Node {
    /// An agreement (not a body or person).
    pub fn is_agreement(&self) -> bool {
        self.agreement.is_some()
    }
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
    /// Records it was built from.
    pub records: usize,
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
    /// How many records were added or read (with signings or without).
    pub fn records(&self) -> usize {
        self.records
    }

    /// Adds a document.
    pub fn add(&mut self, d: DocGraph) {
        self.records += 1;
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
                    } else {
                        self.records += 1;
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
            let mut names: Vec<(&str, bool)> = Vec::new();
            for &k in members {
                let p = slots[k].1;
                for (n, &w) in p.names.iter().zip(&p.written) {
                    match names.iter_mut().find(|x| fold(x.0) == fold(n)) {
                        Some(x) => x.1 |= w,
                        None => names.push((n, w)),
                    }
                }
            }
            names.sort_by(|(a, _), (b, _)| {
                let ka = (crate::coref::is_plain_name(a), a.chars().count());
                let kb = (crate::coref::is_plain_name(b), b.chars().count());
                kb.cmp(&ka).then(a.cmp(b))
            });
            let etype = slots[members[0]].1.etype.clone();
            let label = names.first().map(|s| s.0.to_string()).unwrap_or_default();
            let id = format!("{}:{}", etype, fold(&label));
            for &k in members {
                node_of_slot[k] = id.clone();
            }
            let node = nodes.entry(id.clone()).or_insert_with(|| Node {
                id: id.clone(),
                kind: etype,
                label,
                details: Vec::new(),
                written: Vec::new(),
                docs: BTreeSet::new(),
                agreement: None,
            });
            for (n, w) in names.iter().skip(1) {
                node.details.push(n.to_string());
                if *w {
                    node.written.push(n.to_string());
                }
            }
            for v in [&mut node.details, &mut node.written] {
                v.sort();
                v.dedup();
            }
            node.docs
                .extend(members.iter().map(|&k| slots[k].0.to_string()));
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
                    r.date_key.as_deref().unwrap_or(""),
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
                    written: Vec::new(),
                    docs: BTreeSet::new(),
                    agreement: Some(AgreementInfo {
                        kind: r.kind.clone(),
                        date: r.date.clone(),
                        ..AgreementInfo::default()
                    }),
                });
                node.docs.insert(d.doc.clone());
                let extra = [r.date.clone(), r.amount.as_ref().map(Amount::display)];
                for extra in extra.into_iter().flatten() {
                    if !node.details.contains(&extra) {
                        node.details.push(extra);
                    }
                }
                if let Some(a) = node.agreement.as_mut() {
                    a.texts.insert(r.text.clone());
                    a.count = a.count.max(r.count);
                    if let Some(m) = &r.amount {
                        if !a.amounts.contains(m) {
                            a.amounts.push(m.clone());
                            a.amounts.sort_by(|x, y| {
                                x.unit.cmp(&y.unit).then(x.value.total_cmp(&y.value))
                            });
                        }
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
        Graph {
            graph,
            records: self.records,
        }
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

/// What the graph shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Bodies, people and the agreements they signed, as notes between them.
    #[default]
    Agreements,
    /// Bodies and countries, one edge per pair that signed together,
    /// weighted by the number of agreements.
    Parties,
}

/// How many nodes the DOT output keeps by default: past this, Graphviz takes
/// long and the picture cannot be read anyway.
pub const DEFAULT_MAX_NODES: usize = 300;

/// What to show of the graph.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The view.
    pub view: View,
    /// Only the neighbourhood of the bodies or people of these names (any
    /// of their names, case and accents folded; a part of a name when no
    /// name is equal).
    pub focus: Vec<String>,
    /// Only bodies and people in at least this many agreements.
    pub min_agreements: usize,
    /// Only these entity types (`ORG`, `MINISTRY`, `PLACE`, `PERSON`); all when empty.
    pub types: Vec<String>,
    /// At most this many nodes, the most connected ones; 0 for all.
    pub max_nodes: usize,
}

/// An edge of a [`Picture`].
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The body or person (agreements view), or the first of the pair.
    pub from: NodeIndex,
    /// The agreement, or the second of the pair.
    pub to: NodeIndex,
    /// `party` or `signatory`; `signed-with` in the parties view.
    pub role: String,
    /// A signatory's function.
    pub function: Option<String>,
    /// How many agreements (1 in the agreements view).
    pub weight: usize,
    /// The years of the agreements (parties view).
    pub years: BTreeSet<String>,
    /// Articles it comes from.
    pub docs: BTreeSet<String>,
}

/// What is shown of a [`Graph`]: the chosen nodes and edges, ready to be
/// written ([`Picture::to_dot`], [`Picture::to_json`], …).
#[derive(Debug)]
pub struct Picture<'g> {
    /// The whole graph.
    pub graph: &'g Graph,
    /// The view.
    pub view: View,
    /// The nodes shown, in id order.
    pub nodes: Vec<NodeIndex>,
    /// The edges shown.
    pub links: Vec<Link>,
    /// Said in the picture when not everything is shown (the cap).
    pub note: Option<String>,
    /// How many agreements each body or person takes part in (whole graph).
    pub agreements_of: HashMap<NodeIndex, usize>,
}

/// Entity types a user may name in `--types`.
pub const ENTITY_TYPES: [&str; 4] = ["ORG", "MINISTRY", "PLACE", "PERSON"];

impl Graph {
    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The agreements view, capped for DOT, as DOT.
    pub fn to_dot(&self) -> String {
        let opts = Options {
            max_nodes: DEFAULT_MAX_NODES,
            ..Options::default()
        };
        self.select(&opts).map(|p| p.to_dot()).unwrap_or_default()
    }

    /// The whole agreements view as JSON.
    pub fn to_json(&self) -> String {
        self.select(&Options::default())
            .map(|p| p.to_json())
            .unwrap_or_default()
    }

    /// The bodies and people (not agreements) whose names match `name`:
    /// equal after folding, or else containing it.
    pub fn find(&self, name: &str) -> Vec<NodeIndex> {
        let want = fold(name);
        if want.is_empty() {
            return Vec::new();
        }
        let names = |i: NodeIndex| {
            let n = &self.graph[i];
            std::iter::once(&n.label)
                .chain(&n.details)
                .map(|s| fold(s))
                .collect::<Vec<_>>()
        };
        let entities = || {
            self.graph
                .node_indices()
                .filter(|&i| !self.graph[i].is_agreement())
        };
        let equal: Vec<NodeIndex> = entities().filter(|&i| names(i).contains(&want)).collect();
        if !equal.is_empty() {
            return equal;
        }
        entities()
            .filter(|&i| names(i).iter().any(|n| n.contains(&want)))
            .collect()
    }

    /// The agreements an entity node takes part in.
    fn agreements(&self, i: NodeIndex) -> BTreeSet<NodeIndex> {
        self.graph
            .neighbors_directed(i, Direction::Outgoing)
            .collect()
    }

    /// The parties (not signatories, not people) of an agreement node.
    fn parties(&self, a: NodeIndex) -> BTreeSet<NodeIndex> {
        self.graph
            .edges_directed(a, Direction::Incoming)
            .filter(|e| e.weight().role != "signatory" && self.graph[e.source()].kind != "PERSON")
            .map(|e| e.source())
            .collect()
    }

    /// Chooses what to show. Fails when a focus name matches no node.
    pub fn select(&self, opts: &Options) -> Result<Picture<'_>, String> {
        let g = &self.graph;
        let agreements_of: HashMap<NodeIndex, usize> = g
            .node_indices()
            .filter(|&i| !g[i].is_agreement())
            .map(|i| (i, self.agreements(i).len()))
            .collect();
        let types: Vec<String> = opts.types.iter().map(|t| t.to_uppercase()).collect();
        let mut focus = BTreeSet::new();
        for name in &opts.focus {
            let found = self.find(name);
            if found.is_empty() {
                return Err(format!(
                    "--focus {name}: no body or person of that name in the graph"
                ));
            }
            focus.extend(found);
        }
        let parties_view = opts.view == View::Parties;
        if parties_view && !focus.is_empty() && focus.iter().all(|&i| g[i].kind == "PERSON") {
            return Err(format!(
                "--focus {}: people are not nodes of the parties view (they sign for the \
                 parties); use --graph agreements",
                opts.focus.join(", ")
            ));
        }
        // Pairs of parties and what they signed together (parties view).
        let mut pairs: BTreeMap<(NodeIndex, NodeIndex), Vec<NodeIndex>> = BTreeMap::new();
        if parties_view {
            for a in g.node_indices().filter(|&a| g[a].is_agreement()) {
                let p: Vec<NodeIndex> = self.parties(a).into_iter().collect();
                for (k, &x) in p.iter().enumerate() {
                    for &y in &p[k + 1..] {
                        pairs.entry((x, y)).or_default().push(a);
                    }
                }
            }
        }
        let neighbours = |i: NodeIndex| -> BTreeSet<NodeIndex> {
            if parties_view {
                pairs
                    .keys()
                    .filter_map(|&(x, y)| match () {
                        _ if x == i => Some(y),
                        _ if y == i => Some(x),
                        _ => None,
                    })
                    .collect()
            } else {
                self.agreements(i)
                    .into_iter()
                    .flat_map(|a| g.neighbors_directed(a, Direction::Incoming))
                    .collect()
            }
        };
        // 1. Bodies and people: the neighbourhood of the focus, then the filters.
        let near: Option<BTreeSet<NodeIndex>> =
            (!focus.is_empty()).then(|| focus.iter().flat_map(|&f| neighbours(f)).collect());
        let in_view = |i: NodeIndex| {
            !g[i].is_agreement()
                && (!parties_view || g[i].kind != "PERSON")
                && (types.is_empty() || types.contains(&g[i].kind))
                && agreements_of[&i] >= opts.min_agreements
                && near.as_ref().is_none_or(|n| n.contains(&i))
        };
        let mut entities: BTreeSet<NodeIndex> = g.node_indices().filter(|&i| in_view(i)).collect();
        entities.extend(
            focus
                .iter()
                .filter(|&&i| !parties_view || g[i].kind != "PERSON"),
        );
        // 2. Agreements (agreements view): those of the focus, with a body or person shown.
        let focus_agreements: Option<BTreeSet<NodeIndex>> =
            (!focus.is_empty()).then(|| focus.iter().flat_map(|&f| self.agreements(f)).collect());
        let mut agreements: BTreeSet<NodeIndex> = BTreeSet::new();
        if !parties_view {
            for &e in &entities {
                agreements.extend(
                    self.agreements(e)
                        .into_iter()
                        .filter(|a| focus_agreements.as_ref().is_none_or(|f| f.contains(a))),
                );
            }
        } else {
            // A body that signed with none of the others shown says nothing here.
            let linked: BTreeSet<NodeIndex> = pairs
                .keys()
                .filter(|(x, y)| entities.contains(x) && entities.contains(y))
                .flat_map(|&(x, y)| [x, y])
                .collect();
            entities.retain(|i| linked.contains(i) || focus.contains(i));
        }
        // 3. The cap: the most connected.
        let mut note = None;
        let total = entities.len() + agreements.len();
        if opts.max_nodes > 0 && total > opts.max_nodes {
            let rank = |set: &BTreeSet<NodeIndex>| {
                let mut v: Vec<NodeIndex> = set.iter().copied().collect();
                v.sort_by(|&a, &b| {
                    let key = |i: NodeIndex| {
                        (
                            std::cmp::Reverse(focus.contains(&i)),
                            std::cmp::Reverse(agreements_of[&i]),
                            std::cmp::Reverse(g[i].docs.len()),
                        )
                    };
                    key(a).cmp(&key(b)).then_with(|| g[a].id.cmp(&g[b].id))
                });
                v
            };
            let (n_entities, n_agreements) = (entities.len(), agreements.len());
            if parties_view {
                entities = rank(&entities).into_iter().take(opts.max_nodes).collect();
                note = Some(format!(
                    "the {} most connected of {} bodies and countries (--max-nodes 0 shows all)",
                    thousands(entities.len()),
                    thousands(n_entities)
                ));
            } else {
                let keep = opts.max_nodes.div_ceil(3).max(focus.len());
                entities = rank(&entities).into_iter().take(keep).collect();
                let shown = |a: NodeIndex| {
                    g.neighbors_directed(a, Direction::Incoming)
                        .filter(|i| entities.contains(i))
                        .count()
                };
                let mut ranked: Vec<(usize, usize, NodeIndex)> = agreements
                    .iter()
                    .map(|&a| (shown(a), g[a].docs.len(), a))
                    .filter(|x| x.0 > 0)
                    .collect();
                ranked.sort_by(|x, y| {
                    (y.0, y.1)
                        .cmp(&(x.0, x.1))
                        .then_with(|| g[x.2].id.cmp(&g[y.2].id))
                });
                let room = opts.max_nodes.saturating_sub(entities.len());
                agreements = ranked.into_iter().take(room).map(|x| x.2).collect();
                let used: BTreeSet<NodeIndex> = agreements
                    .iter()
                    .flat_map(|&a| g.neighbors_directed(a, Direction::Incoming))
                    .collect();
                entities.retain(|i| used.contains(i) || focus.contains(i));
                note = Some(format!(
                    "the most connected: {} of {} bodies and people, {} of {} agreements \
                     (--max-nodes 0 shows all)",
                    thousands(entities.len()),
                    thousands(n_entities),
                    thousands(agreements.len()),
                    thousands(n_agreements)
                ));
            }
        }
        // 4. Edges between what is shown.
        let mut links = Vec::new();
        if parties_view {
            for (&(x, y), signed) in &pairs {
                if !(entities.contains(&x) && entities.contains(&y)) {
                    continue;
                }
                let mut link = Link {
                    from: x,
                    to: y,
                    role: "signed-with".into(),
                    function: None,
                    weight: signed.len(),
                    years: BTreeSet::new(),
                    docs: BTreeSet::new(),
                };
                for &a in signed {
                    let info = g[a].agreement.as_ref();
                    if let Some(d) = info.and_then(|i| i.date.as_deref()) {
                        link.years.insert(d[..4].to_string());
                    }
                    link.docs.extend(g[a].docs.iter().cloned());
                }
                links.push(link);
            }
        } else {
            for e in g.edge_references() {
                if entities.contains(&e.source()) && agreements.contains(&e.target()) {
                    let w = e.weight();
                    links.push(Link {
                        from: e.source(),
                        to: e.target(),
                        role: w.role.clone(),
                        function: w.function.clone(),
                        weight: 1,
                        years: BTreeSet::new(),
                        docs: w.docs.clone(),
                    });
                }
            }
        }
        let mut nodes: Vec<NodeIndex> = entities.into_iter().chain(agreements).collect();
        nodes.sort_by(|&a, &b| g[a].id.cmp(&g[b].id));
        Ok(Picture {
            graph: self,
            view: opts.view,
            nodes,
            links,
            note,
            agreements_of,
        })
    }
}

/// `2000` as `2,000`.
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (k, c) in s.chars().enumerate() {
        if k > 0 && (s.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests;
