//! Writing a [`Picture`]: Graphviz DOT for review, JSON, GraphML (Gephi,
//! yEd, Cytoscape, networkx) and CSV for Neo4j.

use super::{dot_escape, thousands, Amount, Link, Node, Picture, View};
use petgraph::graph::NodeIndex;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// How many articles a tooltip names before `and 412 more`.
const TOOLTIP_ARTICLES: usize = 5;
/// How many other names a tooltip gives.
const TOOLTIP_NAMES: usize = 8;
/// Label lines are wrapped at about this many characters.
const WRAP: usize = 26;
/// The other names a label shows are at most this long.
const SHORT_NAME: usize = 14;
/// Up to this many nodes the DOT asks for `neato`, beyond for `sfdp`
/// (10,550 nodes in 48 s).
pub const NEATO_MAX_NODES: usize = 400;
/// Up to this many edges they are routed around nodes, beyond drawn straight.
pub const SPLINE_MAX_EDGES: usize = 200;

/// Fill, border colour, shape and the legend's word for each node type.
fn style(kind: &str) -> (&'static str, &'static str, &'static str, &'static str) {
    match kind {
        "PERSON" => ("#d1e7dd", "#198754", "ellipse", "person"),
        "MINISTRY" => ("#f8d7da", "#b02a37", "box", "ministry"),
        "ORG" => ("#cfe2ff", "#0a58ca", "box", "organisation"),
        "PLACE" => ("#e2e3e5", "#495057", "hexagon", "country or place"),
        "AGREEMENT" => ("#fff3cd", "#997404", "note", "agreement"),
        _ => ("#ffffff", "#000000", "box", "other"),
    }
}

/// Node styles as DOT attributes.
fn dot_style(kind: &str) -> String {
    let (fill, color, shape, _) = style(kind);
    let rounded = if kind == "ORG" {
        "rounded,filled"
    } else {
        "filled"
    };
    format!(r#"shape={shape}, style="{rounded}", fillcolor="{fill}", color="{color}""#)
}

/// Breaks a label into lines of about [`WRAP`] characters at spaces.
fn wrap(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut line = 0;
    for word in s.split(' ') {
        let n = word.chars().count();
        if line > 0 && line + 1 + n > WRAP {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += n;
    }
    out
}

/// `12 articles: a, b, c, d, e and 7 more`.
fn articles(docs: &BTreeSet<String>) -> String {
    let n = docs.len();
    let mut s = format!(
        "{} article{}: ",
        thousands(n),
        if n == 1 { "" } else { "s" }
    );
    for (k, d) in docs.iter().take(TOOLTIP_ARTICLES).enumerate() {
        if k > 0 {
            s.push_str(", ");
        }
        s.push_str(d);
    }
    if n > TOOLTIP_ARTICLES {
        let _ = write!(s, " and {} more", thousands(n - TOOLTIP_ARTICLES));
    }
    s
}

/// A count with its noun: `1 agreement`, `3 agreements`.
fn count(n: usize, noun: &str) -> String {
    format!("{} {noun}{}", thousands(n), if n == 1 { "" } else { "s" })
}

/// The years of a link: `2019, 2024`, or `2015–2024` when there are more than three.
fn years(y: &BTreeSet<String>) -> String {
    match (y.len(), y.first(), y.last()) {
        (0, ..) => String::new(),
        (n, Some(a), Some(b)) if n > 3 => format!("{a}–{b}"),
        _ => y.iter().cloned().collect::<Vec<_>>().join(", "),
    }
}

fn amounts(a: &[Amount]) -> String {
    a.iter()
        .map(Amount::display)
        .collect::<Vec<_>>()
        .join(" / ")
}

impl Picture<'_> {
    fn node(&self, i: NodeIndex) -> &Node {
        &self.graph.graph[i]
    }

    fn agreements(&self, i: NodeIndex) -> usize {
        self.agreements_of.get(&i).copied().unwrap_or(0)
    }

    /// A node's label: the name and up to two of the other names the
    /// articles write (gazetteer aliases stay in the tooltip); an agreement's
    /// kind, calendar date and amount.
    fn label(&self, i: NodeIndex) -> String {
        let n = self.node(i);
        let mut s = wrap(&n.label);
        if let Some(a) = &n.agreement {
            if let Some(c) = a.count.filter(|&c| c > 1) {
                let _ = write!(s, " ×{c}");
            }
            if let Some(d) = &a.date {
                s.push('\n');
                s.push_str(d);
            }
            if let Some(m) = a.amounts.first() {
                s.push('\n');
                s.push_str(&m.display());
                if a.amounts.len() > 1 {
                    s.push_str(" …");
                }
            }
            return s;
        }
        // Short names only (`PNUD`, `Enabel`, `Cameroun`): a longer one
        // (`ministère de l’Économie`, `celui de l’Agriculture`) repeats the
        // name above it.
        let mut other: Vec<&String> = n
            .written
            .iter()
            .filter(|x| x.chars().count() <= SHORT_NAME)
            .collect();
        other.sort_by_key(|x| (x.chars().count(), x.as_str()));
        if !other.is_empty() {
            s.push('\n');
            s.push_str(&wrap(
                &other
                    .iter()
                    .take(2)
                    .map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ));
        }
        s
    }

    fn tooltip(&self, i: NodeIndex) -> String {
        let n = self.node(i);
        let mut s = n.label.clone();
        if let Some(a) = &n.agreement {
            let texts: Vec<&str> = a.texts.iter().map(String::as_str).collect();
            let _ = write!(s, "\nas written: {}", texts.join(" / "));
            if let Some(d) = &a.date {
                let _ = write!(s, "\ndate: {d}");
            }
            if !a.amounts.is_empty() {
                let _ = write!(s, "\namount: {}", amounts(&a.amounts));
            }
        } else {
            let (.., word) = style(&n.kind);
            let _ = write!(s, "\n{word}, {}", count(self.agreements(i), "agreement"));
            if !n.details.is_empty() {
                let shown: Vec<&str> = n
                    .details
                    .iter()
                    .take(TOOLTIP_NAMES)
                    .map(String::as_str)
                    .collect();
                let _ = write!(s, "\nalso: {}", shown.join(", "));
                if n.details.len() > TOOLTIP_NAMES {
                    let _ = write!(s, " and {} more", n.details.len() - TOOLTIP_NAMES);
                }
            }
        }
        s.push('\n');
        s.push_str(&articles(&n.docs));
        s
    }

    fn link_tooltip(&self, l: &Link) -> String {
        let (a, b) = (&self.node(l.from).label, &self.node(l.to).label);
        let mut s = match self.view {
            View::Agreements => format!("{a}: {}", l.role),
            View::Parties => format!("{a} — {b}: {}", count(l.weight, "agreement")),
        };
        if let Some(f) = &l.function {
            let _ = write!(s, " ({f})");
        }
        if !l.years.is_empty() {
            let _ = write!(s, "\n{}", years(&l.years));
        }
        s.push('\n');
        s.push_str(&articles(&l.docs));
        s
    }

    /// The legend, as the graph's label: one swatch per node type shown,
    /// the edge styles, and what the cap left out.
    fn legend(&self) -> String {
        let kinds: BTreeSet<&str> = self
            .nodes
            .iter()
            .map(|&i| self.node(i).kind.as_str())
            .collect();
        let mut cells = String::new();
        for kind in ["ORG", "MINISTRY", "PLACE", "PERSON", "AGREEMENT"] {
            if kinds.contains(kind) {
                let (fill, color, _, word) = style(kind);
                let _ = write!(
                    cells,
                    r#"<TD BGCOLOR="{fill}" COLOR="{color}" BORDER="1">{word}</TD>"#
                );
            }
        }
        let edges = match self.view {
            View::Agreements => "solid line: party · dashed line: signatory",
            View::Parties => "line: signed together (agreements · years), thicker for more",
        };
        let _ = write!(cells, "<TD>{edges}</TD>");
        let view = match self.view {
            View::Agreements => "agreements",
            View::Parties => "parties",
        };
        let mut title = format!(
            "<B>paraphe</B> · {} · {view} view · {}",
            count(self.graph.records, "article"),
            count(self.nodes.len(), "node")
        );
        if let Some(note) = &self.note {
            let _ = write!(title, "<BR/>showing {}", html_escape(note));
        }
        format!(
            r#"<<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="3"><TR><TD COLSPAN="{}">{title}</TD></TR><TR>{cells}</TR></TABLE>>"#,
            kinds.len() + 1
        )
    }

    /// Graphviz DOT: one shape and colour per type, agreements as notes
    /// labelled with kind, calendar date and amount, a legend, tooltips
    /// naming the first articles.
    ///
    /// `dot -Tsvg` lays it out with the engine named in `layout`: `neato`
    /// (force-directed), or `sfdp` past [`NEATO_MAX_NODES`] nodes, as the
    /// ranks of the `dot` engine turn a graph of parties and agreements into
    /// two long columns. Edges are routed around nodes up to
    /// [`SPLINE_MAX_EDGES`] edges, straight beyond (routing 766 edges took
    /// 40 s of the 41 s of a 300-node picture).
    pub fn to_dot(&self) -> String {
        let layout = if self.nodes.len() <= NEATO_MAX_NODES {
            "neato"
        } else {
            "sfdp"
        };
        let splines = if self.links.len() <= SPLINE_MAX_EDGES {
            "true"
        } else {
            "line"
        };
        // Room for the edge labels of the parties view: neato packs a
        // component of two nodes as close as their margins let it, whatever
        // the edges' `len`.
        let sep = match self.view {
            View::Agreements => r#"sep="+6""#,
            View::Parties => r#"sep="+16", esep="+12""#,
        };
        let mut s = String::from("digraph paraphe {\n");
        let _ = write!(
            s,
            "  graph [layout={layout}, overlap=false, {sep}, splines={splines}, \
             outputorder=edgesfirst, fontname=\"Helvetica\", fontsize=11, labelloc=b, \
             labeljust=l, pad=0.2,\n    label="
        );
        s.push_str(&self.legend());
        s.push_str("];\n");
        s.push_str("  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.03\"];\n");
        s.push_str(
            "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#6c757d\", arrowsize=0.6];\n",
        );
        for &i in &self.nodes {
            let n = self.node(i);
            let _ = writeln!(
                s,
                "  \"{}\" [label=\"{}\", tooltip=\"{}\", {}];",
                dot_escape(&n.id),
                dot_escape(&self.label(i)),
                dot_escape(&self.tooltip(i)),
                dot_style(&n.kind)
            );
        }
        for l in &self.links {
            let (a, b) = (&self.node(l.from).id, &self.node(l.to).id);
            let extra = match self.view {
                View::Agreements if l.role == "signatory" => ", style=dashed".to_string(),
                View::Agreements => String::new(),
                View::Parties => {
                    let mut label = thousands(l.weight);
                    if !l.years.is_empty() {
                        let _ = write!(label, " · {}", years(&l.years));
                    }
                    let width = 1.0 + (l.weight as f64).log2().min(4.0);
                    format!(
                        ", dir=none, len=1.6, label=\"{}\", penwidth={width:.1}",
                        dot_escape(&label)
                    )
                }
            };
            let _ = writeln!(
                s,
                "  \"{}\" -> \"{}\" [tooltip=\"{}\"{extra}];",
                dot_escape(a),
                dot_escape(b),
                dot_escape(&self.link_tooltip(l))
            );
        }
        s.push_str("}\n");
        s
    }

    /// The nodes and edges as JSON (one object, with a trailing newline):
    /// names, types and articles; for agreements, their kind, date and
    /// amounts as fields; for the parties view, the weight and years of
    /// each edge.
    pub fn to_json(&self) -> String {
        let nodes: Vec<Value> = self
            .nodes
            .iter()
            .map(|&i| {
                let n = self.node(i);
                let mut v = json!({"id": n.id, "type": n.kind, "label": n.label, "details": n.details, "docs": n.docs});
                match &n.agreement {
                    Some(a) => {
                        v["kind"] = json!(a.kind);
                        v["texts"] = json!(a.texts);
                        if let Some(d) = &a.date {
                            v["date"] = json!(d);
                        }
                        if !a.amounts.is_empty() {
                            v["amounts"] = a.amounts.iter().map(amount_json).collect();
                        }
                        if let Some(c) = a.count {
                            v["count"] = json!(c);
                        }
                    }
                    None => {
                        v["written"] = json!(n.written);
                        v["agreements"] = json!(self.agreements(i));
                    }
                }
                v
            })
            .collect();
        let edges: Vec<Value> = self
            .links
            .iter()
            .map(|l| {
                let mut v = json!({"source": self.node(l.from).id, "target": self.node(l.to).id, "role": l.role, "docs": l.docs});
                if let Some(f) = &l.function {
                    v["function"] = json!(f);
                }
                if self.view == View::Parties {
                    v["weight"] = json!(l.weight);
                    v["years"] = json!(l.years);
                }
                v
            })
            .collect();
        let mut out = json!({"nodes": nodes, "edges": edges});
        if let Some(n) = &self.note {
            out["note"] = json!(n);
        }
        let mut s = serde_json::to_string(&out).expect("graph serialises");
        s.push('\n');
        s
    }

    /// GraphML: every field as a typed attribute (`type`, `label`, `names`,
    /// `articles`, `agreements`; `kind`, `date`, `amount`, `unit` for
    /// agreements; `role`, `function`, `weight`, `years` on edges).
    pub fn to_graphml(&self) -> String {
        let mut s = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
             xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
             http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        );
        for (id, on, name, ty) in GRAPHML_KEYS {
            let _ = writeln!(
                s,
                "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
            );
        }
        let directed = match self.view {
            View::Agreements => "directed",
            View::Parties => "undirected",
        };
        let _ = writeln!(s, "  <graph id=\"paraphe\" edgedefault=\"{directed}\">");
        for &i in &self.nodes {
            let n = self.node(i);
            let _ = writeln!(s, "    <node id=\"{}\">", xml_escape(&n.id));
            let mut data = vec![
                ("type", n.kind.clone()),
                ("label", n.label.clone()),
                ("articles", n.docs.len().to_string()),
                ("docs", list(&n.docs)),
            ];
            match &n.agreement {
                Some(a) => {
                    data.push(("kind", a.kind.clone()));
                    data.push(("names", list(&a.texts)));
                    data.extend(a.date.clone().map(|d| ("date", d)));
                    if let Some(m) = a.amounts.first() {
                        data.push(("amount", m.value.to_string()));
                        data.extend(m.unit.clone().map(|u| ("unit", u)));
                    }
                    data.extend(a.count.map(|c| ("count", c.to_string())));
                }
                None => {
                    data.push(("names", list(&n.details)));
                    data.push(("agreements", self.agreements(i).to_string()));
                }
            }
            for (k, v) in data {
                let _ = writeln!(s, "      <data key=\"{k}\">{}</data>", xml_escape(&v));
            }
            s.push_str("    </node>\n");
        }
        for (k, l) in self.links.iter().enumerate() {
            let _ = writeln!(
                s,
                "    <edge id=\"e{k}\" source=\"{}\" target=\"{}\">",
                xml_escape(&self.node(l.from).id),
                xml_escape(&self.node(l.to).id)
            );
            let mut data = vec![
                ("role", l.role.clone()),
                ("weight", l.weight.to_string()),
                ("edge_articles", l.docs.len().to_string()),
                ("edge_docs", list(&l.docs)),
            ];
            data.extend(l.function.clone().map(|f| ("function", f)));
            if !l.years.is_empty() {
                data.push(("years", list(&l.years)));
            }
            for (k, v) in data {
                let _ = writeln!(s, "      <data key=\"{k}\">{}</data>", xml_escape(&v));
            }
            s.push_str("    </edge>\n");
        }
        s.push_str("  </graph>\n</graphml>\n");
        s
    }

    /// Two CSV files in the header format of `neo4j-admin database import`
    /// (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns,
    /// arrays separated by `;`), which `LOAD CSV WITH HEADERS` reads too.
    pub fn to_csv(&self) -> CsvFiles {
        let mut nodes = String::from(
            "id:ID,name,:LABEL,aliases:string[],articles:int,agreements:int,kind,date,amount:double,unit,docs:string[]\n",
        );
        for &i in &self.nodes {
            let n = self.node(i);
            let a = n.agreement.as_ref();
            let m = a.and_then(|a| a.amounts.first());
            let aliases = match a {
                Some(a) => array(a.texts.iter()),
                None => array(n.details.iter()),
            };
            let row = [
                n.id.clone(),
                n.label.clone(),
                n.kind.clone(),
                aliases,
                n.docs.len().to_string(),
                if a.is_some() {
                    String::new()
                } else {
                    self.agreements(i).to_string()
                },
                a.map(|a| a.kind.clone()).unwrap_or_default(),
                a.and_then(|a| a.date.clone()).unwrap_or_default(),
                m.map(|m| m.value.to_string()).unwrap_or_default(),
                m.and_then(|m| m.unit.clone()).unwrap_or_default(),
                array(n.docs.iter()),
            ];
            csv_row(&mut nodes, &row);
        }
        let mut edges = String::from(
            ":START_ID,:END_ID,:TYPE,role,function,agreements:int,years:string[],articles:int,docs:string[]\n",
        );
        for l in &self.links {
            let rel = match l.role.as_str() {
                "party" => "PARTY_TO",
                "signatory" => "SIGNED",
                _ => "SIGNED_WITH",
            };
            let row = [
                self.node(l.from).id.clone(),
                self.node(l.to).id.clone(),
                rel.to_string(),
                l.role.clone(),
                l.function.clone().unwrap_or_default(),
                l.weight.to_string(),
                array(l.years.iter()),
                l.docs.len().to_string(),
                array(l.docs.iter()),
            ];
            csv_row(&mut edges, &row);
        }
        CsvFiles { nodes, edges }
    }
}

/// The two files of `--format csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFiles {
    /// `nodes.csv`.
    pub nodes: String,
    /// `edges.csv`.
    pub edges: String,
}

/// GraphML attributes: key id (unique in the file), what it is on, name, type.
const GRAPHML_KEYS: [(&str, &str, &str, &str); 17] = [
    ("type", "node", "type", "string"),
    ("label", "node", "label", "string"),
    ("names", "node", "names", "string"),
    ("articles", "node", "articles", "int"),
    ("docs", "node", "docs", "string"),
    ("agreements", "node", "agreements", "int"),
    ("kind", "node", "kind", "string"),
    ("date", "node", "date", "string"),
    ("amount", "node", "amount", "double"),
    ("unit", "node", "unit", "string"),
    ("count", "node", "count", "long"),
    ("role", "edge", "role", "string"),
    ("function", "edge", "function", "string"),
    ("weight", "edge", "weight", "int"),
    ("years", "edge", "years", "string"),
    ("edge_articles", "edge", "articles", "int"),
    ("edge_docs", "edge", "docs", "string"),
];

fn amount_json(a: &Amount) -> Value {
    let value = if a.value.fract() == 0.0 && a.value.abs() < 9.0e15 {
        json!(a.value as i64)
    } else {
        json!(a.value)
    };
    json!({"value": value, "unit": a.unit})
}

/// Values joined by `; ` for one GraphML attribute.
fn list<'a>(v: impl IntoIterator<Item = &'a String>) -> String {
    v.into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A Neo4j array cell: elements joined by `;` (a `;` inside one becomes `,`).
fn array<'a>(v: impl Iterator<Item = &'a String>) -> String {
    v.map(|x| x.replace(';', ",")).collect::<Vec<_>>().join(";")
}

/// Appends one CSV line: fields quoted when they hold a comma, a quote or a
/// line end (which become spaces: Neo4j's importer wants one record a line).
fn csv_row(out: &mut String, fields: &[String]) {
    for (k, f) in fields.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        let f = f.replace(['\n', '\r'], " ");
        if f.contains([',', '"']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&f);
        }
    }
    out.push('\n');
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// For Graphviz HTML-like labels.
fn html_escape(s: &str) -> String {
    xml_escape(s)
}
