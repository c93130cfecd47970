//! Stage 7: output records (JSON Lines, per `OUTPUT.md`).
//!
//! Like ripgrep's printers, this module only turns results into bytes; it
//! never looks at flags or files. Offsets are converted here, once, from the
//! pipeline's byte offsets to the code-point offsets of the contract (byte
//! offsets are kept too, as `byte_start` / `byte_end`).

use crate::entities::{Figure, FigureKind, FigureValue};
use crate::relations::{Signing, SpanRef};
use crate::text::{is_apostrophe, CharCounter};
use crate::Document;
use serde::Serialize;
use std::borrow::Cow;

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
    /// The fullest name of the entity in this article (its cluster's name),
    /// apostrophes written `'` (see [`canonical_name`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<Cow<'a, str>>,
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
    /// Normalised value where there is one: the amount, or the ISO 8601
    /// calendar date (see [`span_value`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// The currency of an amount (ISO 4217).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<&'a str>,
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

/// The name written in `canonical`: the cluster's name with its apostrophes
/// straight (`l’État` and `l'État` are one name), so that a query or a count
/// over canonical names finds both spellings.
pub fn canonical_name(name: &str) -> Cow<'_, str> {
    if has_curly_apostrophe(name) {
        Cow::Owned(name.split(is_curly).collect::<Vec<_>>().join("'"))
    } else {
        Cow::Borrowed(name)
    }
}

/// An apostrophe other than `'`.
fn is_curly(c: char) -> bool {
    !c.is_ascii() && is_apostrophe(c)
}

/// Whether [`canonical_name`] changes `name`. The apostrophes that are not
/// ASCII (U+2018, U+2019, U+02BC) start with byte 0xE2 or 0xCA: one vector
/// scan rules nearly every name out (it runs for every entity written).
fn has_curly_apostrophe(name: &str) -> bool {
    memchr::memchr2(0xE2, 0xCA, name.as_bytes()).is_some() && name.contains(is_curly)
}

/// The figure of a relation's span, when the span is a FIGURE entity.
fn span_figure<'a>(d: &'a Document, s: &SpanRef) -> Option<&'a Figure> {
    s.entity.and_then(|e| d.entities[e].figure.as_ref())
}

/// The `value` of a relation's date or amount: a date only when it is a
/// calendar date, with its year (`2025-07-03`, `2024-09`, `2030`), so that
/// every value parses as a date; a day without its year (`--07-03`) stays on
/// the FIGURE entity.
pub fn span_value(f: &Figure) -> Option<&FigureValue> {
    match &f.value {
        FigureValue::Date(iso) if f.kind == FigureKind::Date && !is_calendar_date(iso) => None,
        v => Some(v),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: an ISO 8601 calendar date, maybe of
/// reduced precision, with its year.
pub fn is_calendar_date(iso: &str) -> bool {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
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
                .map(|c| canonical_name(&c.name))
                .filter(|n| n != &text[e.start..e.end]),
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
        value: span_figure(d, s).and_then(span_value).map(figure_value),
        unit: span_figure(d, s).and_then(|f| f.unit.as_deref()),
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
    let mut s = String::with_capacity(128 + 256 * d.entities.len() + 1024 * d.relations.len());
    write_json_line(&mut s, doc_id, encoding, d);
    s
}

/// Appends a document's record to `out` as one JSON line (with the newline).
///
/// The line is byte for byte `serde_json::to_string(&record(..))` and a
/// newline, written straight into `out`: no intermediate records, and the
/// keys are constants instead of strings escaped one by one (a test keeps the
/// two in step).
pub fn write_json_line(out: &mut String, doc_id: &str, encoding: Option<&str>, d: &Document) {
    let text = d.text.as_str();
    let mut cc = CharCounter::new(text);
    push_str_field(out, "{\"doc\":", doc_id);
    if let Some(enc) = encoding {
        push_str_field(out, ",\"encoding\":", enc);
    }
    out.push_str(",\"entities\":");
    push_array(out, d.entities.iter().enumerate(), |out, (k, e)| {
        let span = &text[e.start..e.end];
        out.push_str("{\"id\":");
        push_entity_id(out, k);
        push_label_field(out, ",\"type\":", e.etype.as_str());
        push_uint_field(out, ",\"start\":", cc.at(e.start) as u64);
        push_uint_field(out, ",\"end\":", cc.at(e.end) as u64);
        push_str_field(out, ",\"text\":", span);
        if let Some(f) = &e.figure {
            push_label_field(out, ",\"kind\":", f.kind.as_str());
            out.push_str(",\"value\":");
            push_figure_value(out, &f.value);
            if let Some(unit) = &f.unit {
                push_str_field(out, ",\"unit\":", unit);
            }
        }
        if let Some(c) = d.clusters.get(k) {
            // As canonical_name() and a comparison, without building the name.
            let name = c.name.as_str();
            if !has_curly_apostrophe(name) {
                if name != span {
                    push_str_field(out, ",\"canonical\":", name);
                }
            } else {
                let straight = name.chars().map(|c| if is_curly(c) { '\'' } else { c });
                if !straight.eq(span.chars()) {
                    out.push_str(",\"canonical\":\"");
                    for (i, part) in name.split(is_curly).enumerate() {
                        if i > 0 {
                            out.push('\'');
                        }
                        push_json_body(out, part);
                    }
                    out.push('"');
                }
            }
        }
        push_str_field(out, ",\"rule\":", e.rule);
        push_uint_field(out, ",\"byte_start\":", e.start as u64);
        push_uint_field(out, ",\"byte_end\":", e.end as u64);
        out.push('}');
    });
    out.push_str(",\"relations\":");
    push_array(out, &d.relations, |out, r| {
        write_relation(out, d, r, &mut cc)
    });
    out.push_str("}\n");
}

fn write_relation(out: &mut String, d: &Document, r: &Signing, cc: &mut CharCounter) {
    let text = d.text.as_str();
    let a = &r.agreement;
    push_str_field(
        out,
        "{\"type\":\"signed\",\"agreement\":{\"text\":",
        &text[a.start..a.end],
    );
    push_uint_field(out, ",\"start\":", cc.at(a.start) as u64);
    push_uint_field(out, ",\"end\":", cc.at(a.end) as u64);
    push_str_field(out, ",\"kind\":", &r.kind);
    if let Some(n) = r.count {
        push_uint_field(out, ",\"count\":", n);
    }
    out.push_str("},\"participants\":");
    push_array(out, &r.participants, |out, p| {
        out.push('{');
        if let Some(e) = p.entity {
            out.push_str("\"entity\":");
            push_entity_id(out, e);
            out.push(',');
        }
        push_str_field(out, "\"text\":", &p.name);
        out.push_str(",\"aliases\":");
        push_array(out, &p.aliases, |out, alias| push_json_str(out, alias));
        push_label_field(out, ",\"type\":", p.etype.as_str());
        out.push_str(if p.signatory {
            ",\"part\":\"signatory\""
        } else {
            ",\"part\":\"party\""
        });
        if let Some(role) = &p.role {
            push_str_field(out, ",\"role\":", role);
        }
        if let Some(e) = p.represents {
            out.push_str(",\"represents\":");
            push_entity_id(out, e);
        }
        if p.implicit {
            out.push_str(",\"implicit\":true");
        }
        out.push('}');
    });
    for (key, s) in [
        (",\"date\":", &r.date),
        (",\"place\":", &r.place),
        (",\"amount\":", &r.amount),
    ] {
        if let Some(s) = s {
            out.push_str(key);
            write_span(out, d, s, cc);
        }
    }
    if let Some(p) = &r.purpose {
        push_str_field(out, ",\"purpose\":", &text[p.clone()]);
    }
    push_str_field(out, ",\"rule\":", r.rule);
    out.push('}');
}

fn write_span(out: &mut String, d: &Document, s: &SpanRef, cc: &mut CharCounter) {
    push_str_field(out, "{\"text\":", &d.text.as_str()[s.start..s.end]);
    push_uint_field(out, ",\"start\":", cc.at(s.start) as u64);
    push_uint_field(out, ",\"end\":", cc.at(s.end) as u64);
    if let Some(f) = span_figure(d, s) {
        if let Some(v) = span_value(f) {
            out.push_str(",\"value\":");
            push_figure_value(out, v);
        }
        if let Some(unit) = &f.unit {
            push_str_field(out, ",\"unit\":", unit);
        }
    }
    if let Some(e) = s.entity {
        out.push_str(",\"entity\":");
        push_entity_id(out, e);
    }
    out.push('}');
}

/// As [`figure_value`] serialises: whole numbers as integers, others as floats.
fn push_figure_value(out: &mut String, v: &FigureValue) {
    match v {
        FigureValue::Num(x) => {
            if x.fract() == 0.0 && x.abs() < 9.0e15 {
                let n = *x as i64;
                if n < 0 {
                    out.push('-');
                }
                push_uint(out, n.unsigned_abs());
            } else {
                // Rare; serde_json writes floats its own way (and non-finite ones as null).
                out.push_str(&serde_json::to_string(x).expect("floats serialise"));
            }
        }
        FigureValue::Date(s) => push_json_str(out, s),
    }
}

fn push_str_field(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    push_json_str(out, value);
}

/// [`push_str_field`] for one of the program's own labels (an entity type,
/// a figure kind): plain ASCII letters, which JSON does not escape.
fn push_label_field(out: &mut String, key: &str, label: &'static str) {
    debug_assert!(label.bytes().all(|b| b.is_ascii_alphabetic()));
    out.push_str(key);
    out.push('"');
    out.push_str(label);
    out.push('"');
}

fn push_uint_field(out: &mut String, key: &str, value: u64) {
    out.push_str(key);
    push_uint(out, value);
}

/// Writes `items` as a JSON array, each with `write`.
fn push_array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (k, item) in items.into_iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

fn push_entity_id(out: &mut String, k: usize) {
    out.push_str("\"e");
    push_uint(out, k as u64);
    out.push('"');
}

fn push_uint(out: &mut String, n: u64) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// A JSON string with serde_json's escapes: `"`, `\` and the control chars only.
///
/// Runs of bytes that need no escape (nearly all of them) are found eight
/// bytes at a time and copied whole.
fn push_json_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    push_json_body(out, s);
    out.push('"');
}

/// [`push_json_str`] without the quotes.
fn push_json_body(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = next_escape(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        out.push_str(&s[run..i]);
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
        i += 1;
        run = i;
    }
    out.push_str(&s[run..]);
}

/// The index of the first byte at or after `i` that a JSON string escapes
/// (`"`, `\`, or below 0x20), or the length.
fn next_escape(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut w = [0; 8];
        w.copy_from_slice(chunk);
        let m = escape_bits(u64::from_le_bytes(w));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b < 0x20 || b == b'"' || b == b'\\' {
            return i;
        }
        i += 1;
    }
    i
}

/// The high bit of each byte of `w` that a JSON string escapes. Only the
/// lowest bit set is sure to be one (a borrow can set bits above it), which
/// is all [`next_escape`] asks.
fn escape_bits(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x;
    let control = w.wrapping_sub(ONES * 0x20) & !w;
    let quote = zero_byte(w ^ (ONES * u64::from(b'"')));
    let backslash = zero_byte(w ^ (ONES * u64::from(b'\\')));
    (control | quote | backslash) & HIGH
}

/// Serialises an error record as one JSON line.
pub fn error_line(doc_id: &str, error: &str) -> String {
    let mut s =
        serde_json::to_string(&ErrorRecord { doc: doc_id, error }).expect("records serialise");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_does() {
        let all: String = (0u8..0x80).map(char::from).collect();
        for s in [all.as_str(), "", "l’État « x » \u{7f}\u{2028}🌍", "\"\\"] {
            let mut out = String::new();
            push_json_str(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn escapes_are_found_wherever_they_fall() {
        const PIECES: &[&str] = &[
            "a", "é", "\"", "\\", "\n", "\u{1}", "\u{1f}", "\u{7f}", " ", "€",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..5_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let s: String = (0..seed % 40)
                .map(|k| {
                    let r = seed.rotate_left(k as u32 * 3) % 64;
                    // Mostly plain letters, so that escapes fall anywhere in a chunk.
                    PIECES.get(r as usize).copied().unwrap_or("x")
                })
                .collect();
            let mut out = String::new();
            push_json_str(&mut out, &s);
            assert_eq!(out, serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn numbers_are_written_as_serde_json_does() {
        for x in [
            0.0,
            -0.0,
            7.0,
            -12.0,
            1.5,
            2.5e20,
            8.9e15,
            -1e-7,
            f64::NAN,
            f64::INFINITY,
        ] {
            let mut out = String::new();
            push_figure_value(&mut out, &FigureValue::Num(x));
            assert_eq!(
                out,
                serde_json::to_string(&figure_value(&FigureValue::Num(x))).unwrap()
            );
        }
        for n in [0, 9, 10, 99, 100, 12345, u64::MAX] {
            let mut out = String::new();
            push_uint(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    fn line(text: &str) -> serde_json::Value {
        let d = crate::Extractor::builtin().extract(text);
        let line = to_json_line("d", None, &d);
        assert_eq!(
            line,
            serde_json::to_string(&record("d", None, &d)).unwrap() + "\n"
        );
        serde_json::from_str(&line).unwrap()
    }

    #[test]
    fn relation_amounts_have_a_unit_and_dates_a_calendar_value() {
        let v = line("Le Maroc et la Banque mondiale ont signé le 3 juillet 2025 à Rabat un accord de prêt de 50 millions d’euros.");
        let r = &v["relations"][0];
        assert_eq!(r["amount"]["value"], 50_000_000);
        assert_eq!(r["amount"]["unit"], "EUR");
        assert_eq!(r["date"]["value"], "2025-07-03");
        // A day without its year: the relation's date has no value, its entity keeps the partial ISO form.
        let v = line("Le Maroc et la Banque mondiale ont signé le 3 juillet à Rabat un accord de prêt de 50 millions d’euros.");
        let date = &v["relations"][0]["date"];
        assert_eq!(date["text"], "3 juillet");
        assert!(date.get("value").is_none(), "{date}");
        assert!(v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["value"] == "--07-03"));
        for (iso, yes) in [
            ("2030", true),
            ("2024-09", true),
            ("2025-07-03", true),
            ("--07-03", false),
            ("2025-7-3", false),
            ("", false),
        ] {
            assert_eq!(is_calendar_date(iso), yes, "{iso}");
        }
    }

    #[test]
    fn canonical_names_write_apostrophes_straight() {
        let v = line("Le ministère de l’Économie et la Banque mondiale ont signé un accord.");
        let e = &v["entities"][0];
        assert_eq!(e["text"], "ministère de l’Économie");
        assert_eq!(e["canonical"], "ministère de l'Économie");
        let v = line("Le ministère de l'Économie et la Banque mondiale ont signé un accord.");
        assert!(v["entities"][0].get("canonical").is_none());
    }

    #[test]
    fn json_line_is_the_serialised_record() {
        let ex = crate::Extractor::builtin();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let raw = std::fs::read_to_string(&path).unwrap();
            let d = ex.extract(&raw);
            for enc in [None, Some("windows-1252")] {
                let expected = serde_json::to_string(&record("d\"\n", enc, &d)).unwrap() + "\n";
                assert_eq!(
                    to_json_line("d\"\n", enc, &d),
                    expected,
                    "{}",
                    path.display()
                );
            }
            n += d.relations.len();
        }
        assert!(n > 0);
    }
}
