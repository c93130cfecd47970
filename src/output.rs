//! Stage 7: output records (JSON Lines, per `OUTPUT.md`).
//!
//! Like ripgrep's printers, this module only turns results into bytes; it
//! never looks at flags or files. Offsets are converted here, once, from the
//! pipeline's byte offsets to the code-point offsets of the contract (byte
//! offsets are kept too, as `byte_start` / `byte_end`).

use crate::entities::FigureValue;
use crate::relations::{Signing, SpanRef};
use crate::text::CharCounter;
use crate::Document;
use serde::Serialize;

/// An entity id (`e0`, `e1`, …), written without an intermediate string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityId(pub usize);

impl Serialize for EntityId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("e{}", self.0))
    }
}

/// One output record: a document's results, or an error.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    /// The input path as given, `-` for standard input, or the JSONL record id.
    pub doc: &'a str,
    /// The encoding the input was decoded from, when not UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'a str>,
    /// The entities.
    pub entities: Vec<EntityOut<'a>>,
    /// The signings.
    pub relations: Vec<RelationOut<'a>>,
}

/// An error record: the document could not be read.
#[derive(Debug, Serialize)]
pub struct ErrorRecord<'a> {
    /// As in [`Record`].
    pub doc: &'a str,
    /// What went wrong.
    pub error: &'a str,
}

/// An entity in the output.
#[derive(Debug, Serialize)]
pub struct EntityOut<'a> {
    /// `e0`, `e1`, … in text order.
    pub id: EntityId,
    /// PERSON, MINISTRY, ORG, PLACE or FIGURE.
    #[serde(rename = "type")]
    pub etype: &'static str,
    /// Code-point offset of the start.
    pub start: usize,
    /// Code-point offset of the end (exclusive).
    pub end: usize,
    /// The span's text.
    pub text: &'a str,
    /// FIGURE kind.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// FIGURE value: a number or an ISO 8601 string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// Currency of a money FIGURE (ISO 4217).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
    /// The fullest name of the entity in this article (its cluster's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<&'a str>,
    /// The rule or gazetteer that produced it.
    pub rule: &'static str,
    /// Byte offset of the start.
    pub byte_start: usize,
    /// Byte offset of the end.
    pub byte_end: usize,
}

/// A participant of a signing.
#[derive(Debug, Serialize)]
pub struct ParticipantOut<'a> {
    /// The entity id, when the participant is an entity of the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityId>,
    /// The fullest name.
    pub text: &'a str,
    /// The other names.
    pub aliases: &'a [String],
    /// The entity type.
    #[serde(rename = "type")]
    pub etype: &'static str,
    /// `party` or `signatory`.
    pub part: &'static str,
    /// A signatory's function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'a str>,
    /// The entity a signatory signs for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub represents: Option<EntityId>,
    /// True for a party the text leaves implicit (the host of the event).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub implicit: bool,
}

/// A text span in a relation.
#[derive(Debug, Serialize)]
pub struct SpanOut<'a> {
    /// The text.
    pub text: &'a str,
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// Normalised value (ISO date, amount) where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// The entity id, when the span is an entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityId>,
}

/// A signing relation.
#[derive(Debug, Serialize)]
pub struct RelationOut<'a> {
    /// Always `signed`.
    #[serde(rename = "type")]
    pub rtype: &'static str,
    /// The instrument as written.
    pub agreement: AgreementOut<'a>,
    /// Parties and signatories.
    pub participants: Vec<ParticipantOut<'a>>,
    /// When.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<SpanOut<'a>>,
    /// Where.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<SpanOut<'a>>,
    /// How much.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<SpanOut<'a>>,
    /// What for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<&'a str>,
    /// The pattern that found it.
    pub rule: &'static str,
}

/// The agreement of a signing.
#[derive(Debug, Serialize)]
pub struct AgreementOut<'a> {
    /// As written.
    pub text: &'a str,
    /// Code-point start.
    pub start: usize,
    /// Code-point end.
    pub end: usize,
    /// Normalised kind (`protocole d'accord`, `convention`, `accord de prêt`, …).
    pub kind: &'a str,
    /// How many instruments the phrase stands for (`neuf protocoles`), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

fn figure_value(v: &FigureValue) -> serde_json::Value {
    match v {
        FigureValue::Num(x) => {
            if x.fract() == 0.0 && x.abs() < 9.0e15 {
                serde_json::Value::from(*x as i64)
            } else {
                serde_json::Value::from(*x)
            }
        }
        FigureValue::Date(s) => serde_json::Value::from(s.as_str()),
    }
}

/// Builds the record of a document.
pub fn record<'a>(doc_id: &'a str, encoding: Option<&'a str>, d: &'a Document) -> Record<'a> {
    let text = d.text.as_str();
    let mut cc = CharCounter::new(text);
    let mut entities = Vec::with_capacity(d.entities.len());
    for (k, e) in d.entities.iter().enumerate() {
        let start = cc.at(e.start);
        let end = cc.at(e.end);
        let fig = e.figure.as_ref();
        entities.push(EntityOut {
            id: EntityId(k),
            etype: e.etype.as_str(),
            start,
            end,
            text: &text[e.start..e.end],
            kind: fig.map(|f| f.kind.as_str()),
            value: fig.map(|f| figure_value(&f.value)),
            unit: fig.and_then(|f| f.unit.as_deref()),
            canonical: d
                .clusters
                .get(k)
                .map(|c| c.name.as_str())
                .filter(|n| *n != &text[e.start..e.end]),
            rule: e.rule,
            byte_start: e.start,
            byte_end: e.end,
        });
    }
    let relations = d
        .relations
        .iter()
        .map(|r| relation(d, r, &mut cc))
        .collect();
    Record {
        doc: doc_id,
        encoding,
        entities,
        relations,
    }
}

fn span<'a>(d: &'a Document, s: &SpanRef, cc: &mut CharCounter) -> SpanOut<'a> {
    let text = d.text.as_str();
    SpanOut {
        text: &text[s.start..s.end],
        start: cc.at(s.start),
        end: cc.at(s.end),
        value: s
            .entity
            .and_then(|e| d.entities[e].figure.as_ref())
            .map(|f| figure_value(&f.value)),
        entity: s.entity.map(EntityId),
    }
}

fn relation<'a>(d: &'a Document, r: &'a Signing, cc: &mut CharCounter) -> RelationOut<'a> {
    let text = d.text.as_str();
    let a = &r.agreement;
    RelationOut {
        rtype: "signed",
        agreement: AgreementOut {
            text: &text[a.start..a.end],
            start: cc.at(a.start),
            end: cc.at(a.end),
            kind: &r.kind,
            count: r.count,
        },
        participants: r
            .participants
            .iter()
            .map(|p| ParticipantOut {
                entity: p.entity.map(EntityId),
                text: &p.name,
                aliases: &p.aliases,
                etype: p.etype.as_str(),
                part: if p.signatory { "signatory" } else { "party" },
                role: p.role.as_deref(),
                represents: p.represents.map(EntityId),
                implicit: p.implicit,
            })
            .collect(),
        date: r.date.as_ref().map(|s| span(d, s, cc)),
        place: r.place.as_ref().map(|s| span(d, s, cc)),
        amount: r.amount.as_ref().map(|s| span(d, s, cc)),
        purpose: r.purpose.as_ref().map(|p| &text[p.clone()]),
        rule: r.rule,
    }
}

/// Serialises a document's record as one JSON line (with the newline).
pub fn to_json_line(doc_id: &str, encoding: Option<&str>, d: &Document) -> String {
    let rec = record(doc_id, encoding, d);
    let mut s = serde_json::to_string(&rec).expect("records serialise");
    s.push('\n');
    s
}

/// Serialises an error record as one JSON line.
pub fn error_line(doc_id: &str, error: &str) -> String {
    let mut s =
        serde_json::to_string(&ErrorRecord { doc: doc_id, error }).expect("records serialise");
    s.push('\n');
    s
}
