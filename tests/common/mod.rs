//! Invariants of an output record, shared by the property tests, the hostile
//! input tests and the fuzz targets (`fuzz/fuzz_targets/*.rs` include this
//! file by path).

#![allow(dead_code)]

use serde_json::Value;

/// Checks one JSON record against the NFC-normalised text it was made from:
/// ids `e0`, `e1`, … in order; code-point offsets `start`/`end` and byte
/// offsets `byte_start`/`byte_end` in bounds, on char boundaries and slicing
/// the text to the entity's `text`; entities sorted and non-overlapping;
/// relation spans slicing the text; every entity reference (`participants[].entity`,
/// `represents`, `date`/`place`/`amount` `.entity`) naming an entity of the record.
pub fn check_record(text: &str, rec: &Value) -> Result<(), String> {
    let obj = rec.as_object().ok_or("record is not an object")?;
    if !obj.get("doc").is_some_and(Value::is_string) {
        return Err("no string `doc`".into());
    }
    if obj.contains_key("error") {
        return Err(format!("unexpected error record: {rec}"));
    }
    let ents = obj
        .get("entities")
        .and_then(Value::as_array)
        .ok_or("no `entities` array")?;
    let rels = obj
        .get("relations")
        .and_then(Value::as_array)
        .ok_or("no `relations` array")?;

    // Every (char start, char end, expected text) to verify, mapped to bytes in one pass.
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut prev_end = 0usize;
    let mut prev_byte_end = 0usize;
    for (k, e) in ents.iter().enumerate() {
        let id = e
            .get("id")
            .and_then(Value::as_str)
            .ok_or("entity without id")?;
        if id != format!("e{k}") {
            return Err(format!("entity {k} has id {id}"));
        }
        let (s, en) = (num(e, "start")?, num(e, "end")?);
        let (bs, be) = (num(e, "byte_start")?, num(e, "byte_end")?);
        let t = e
            .get("text")
            .and_then(Value::as_str)
            .ok_or("entity without text")?;
        if s >= en || bs >= be {
            return Err(format!(
                "{id}: empty or reversed span {s}..{en} / {bs}..{be}"
            ));
        }
        if s < prev_end || bs < prev_byte_end {
            return Err(format!(
                "{id}: overlaps or is out of order (starts at {s}, previous ends at {prev_end})"
            ));
        }
        prev_end = en;
        prev_byte_end = be;
        if be > text.len() || !text.is_char_boundary(bs) || !text.is_char_boundary(be) {
            return Err(format!(
                "{id}: byte offsets {bs}..{be} out of bounds or not on char boundaries"
            ));
        }
        if &text[bs..be] != t {
            return Err(format!(
                "{id}: text[{bs}..{be}] = {:?}, record says {t:?}",
                &text[bs..be]
            ));
        }
        if e.get("type").and_then(Value::as_str).is_none() {
            return Err(format!("{id}: no type"));
        }
        spans.push((s, en, t.to_string()));
    }
    let n = ents.len();
    let ent_ref = |v: Option<&Value>, what: &str| -> Result<(), String> {
        match v {
            None => Ok(()),
            Some(Value::String(s)) => {
                match s.strip_prefix('e').and_then(|x| x.parse::<usize>().ok()) {
                    Some(k) if k < n && format!("e{k}") == *s => Ok(()),
                    _ => Err(format!("{what} refers to {s:?}, not one of e0..e{n}")),
                }
            }
            Some(v) => Err(format!("{what} is {v}, not an entity id")),
        }
    };
    for (r, rel) in rels.iter().enumerate() {
        let a = rel
            .get("agreement")
            .ok_or(format!("relation {r}: no agreement"))?;
        spans.push((
            num(a, "start")?,
            num(a, "end")?,
            a.get("text")
                .and_then(Value::as_str)
                .ok_or("agreement without text")?
                .to_string(),
        ));
        let ps = rel
            .get("participants")
            .and_then(Value::as_array)
            .ok_or(format!("relation {r}: no participants"))?;
        for p in ps {
            ent_ref(p.get("entity"), &format!("relation {r} participant"))?;
            ent_ref(p.get("represents"), &format!("relation {r} represents"))?;
        }
        for key in ["date", "place", "amount"] {
            if let Some(sp) = rel.get(key) {
                ent_ref(sp.get("entity"), &format!("relation {r} {key}"))?;
                spans.push((
                    num(sp, "start")?,
                    num(sp, "end")?,
                    sp.get("text")
                        .and_then(Value::as_str)
                        .ok_or("span without text")?
                        .to_string(),
                ));
            }
        }
    }
    // Char offsets → byte offsets, one forward walk over the text.
    let mut wanted: Vec<usize> = spans.iter().flat_map(|(s, e, _)| [*s, *e]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut map = std::collections::HashMap::with_capacity(wanted.len());
    let mut w = wanted.iter().peekable();
    let mut chars = 0usize;
    for (b, _) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        while w.peek() == Some(&&chars) {
            map.insert(chars, b);
            w.next();
        }
        chars += 1;
    }
    if let Some(x) = w.next() {
        return Err(format!(
            "code-point offset {x} is past the end of the text ({} code points)",
            chars - 1
        ));
    }
    for (s, e, t) in &spans {
        let (bs, be) = (map[s], map[e]);
        if s > e || &text[bs..be] != t {
            return Err(format!(
                "code points {s}..{e} slice {:?}, record says {t:?}",
                &text[bs.min(be)..be.max(bs)]
            ));
        }
    }
    Ok(())
}

fn num(v: &Value, key: &str) -> Result<usize, String> {
    v.get(key)
        .and_then(Value::as_u64)
        .map(|x| x as usize)
        .ok_or_else(|| format!("no integer `{key}` in {v}"))
}

/// Extracts `raw`, serialises the record and checks it; also checks that the
/// document's text is `raw` in NFC and that the record is one JSON line.
pub fn extract_and_check(ex: &paraphe::Extractor, raw: &str) -> Result<(), String> {
    use unicode_normalization::UnicodeNormalization;
    let doc = ex.extract(raw);
    let nfc: String = raw.nfc().collect();
    if doc.text.as_str() != nfc {
        return Err("document text is not the NFC form of the input".into());
    }
    let line = paraphe::output::to_json_line("doc", None, &doc);
    if !line.ends_with('\n') || line[..line.len() - 1].contains('\n') {
        return Err("record is not exactly one line".into());
    }
    let v: Value = serde_json::from_str(&line).map_err(|e| format!("record is not JSON: {e}"))?;
    check_record(doc.text.as_str(), &v)?;
    // The library view agrees with the record.
    let mut last = 0;
    for e in &doc.entities {
        if e.start < last || e.start >= e.end || e.end > doc.text.len() {
            return Err(format!(
                "entity {}..{} out of order or bounds",
                e.start, e.end
            ));
        }
        if e.tok_start > e.tok_end || e.tok_end > doc.tokens.len() {
            return Err(format!(
                "entity tokens {}..{} out of bounds",
                e.tok_start, e.tok_end
            ));
        }
        last = e.end;
    }
    Ok(())
}
