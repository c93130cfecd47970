//! Pre-processes the embedded gazetteers (`gazetteers/*.tsv`, the source of
//! truth) into tables that `src/lexicon.rs` includes, so that start-up does no
//! TSV parsing, lowercasing or tokenizing, and the first-token index of the
//! embedded entity lists and their entries by text and by canonical name are
//! ready to use: open-addressing tables over words of one embedded string,
//! and Bloom filters.
//!
//! Output, in `OUT_DIR`:
//! - `lexicon_text.txt`: every distinct string the tables use, concatenated;
//! - `lexicon_data.rs`: the tables, strings given as `(start, end)` byte spans
//!   of that text (numbers, not `&str`s: no relocation for the loader to apply).
//!
//! The entity lists are tokenized with the crate's own tokenizer (included
//! below), the very function `Lexicon::build` runs on user gazetteers; a test in
//! `src/lexicon.rs` checks the tables against a parse of the TSV files at run time.

#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "src/tokenize.rs"]
mod tokenize;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// The distinct strings of the tables, concatenated, and where each one is.
#[derive(Default)]
struct Strings {
    text: String,
    at: HashMap<String, (u32, u32)>,
}

impl Strings {
    fn span(&mut self, s: &str) -> (u32, u32) {
        if let Some(&sp) = self.at.get(s) {
            return sp;
        }
        let sp = (self.text.len() as u32, (self.text.len() + s.len()) as u32);
        self.text.push_str(s);
        self.at.insert(s.to_string(), sp);
        sp
    }
}

/// The data rows of a TSV file as (1-based line, trimmed columns), as
/// `rows` in `src/lexicon.rs`: comments and blank lines skipped, a byte-order
/// mark and trailing `\r`s dropped.
fn rows(data: &str) -> Vec<(usize, Vec<&str>)> {
    let data = data.strip_prefix('\u{FEFF}').unwrap_or(data);
    data.split('\n')
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n, l.split('\t').map(str::trim).collect()))
        .collect()
}

/// A word lowercase with straight apostrophes (`norm_word` in `src/lexicon.rs`).
fn norm_word(w: &str) -> String {
    w.to_lowercase().replace(['\u{2019}', '\u{02BC}'], "'")
}

/// `parse_tags` in `src/lexicon.rs`.
fn parse_tags(s: &str) -> u32 {
    s.split(',')
        .map(|part| match part.trim() {
            "country" => 1,
            "city" => 2,
            "region" | "province" | "subdivision" => 4,
            "continent" | "grouping" => 8,
            "ambiguous" => 16,
            "intl" => 32,
            "capital" => 64,
            // `cc=XX`: `tag::of_country_code` in `src/lexicon.rs`.
            p => match p.strip_prefix("cc=").map(str::as_bytes) {
                Some(&[a @ b'A'..=b'Z', b @ b'A'..=b'Z']) => {
                    (u32::from(a - b'A' + 1) | u32::from(b - b'A' + 1) << 5) << 16
                }
                _ => 0,
            },
        })
        .fold(0, |a, b| a | b)
}

fn sp((a, b): (u32, u32)) -> String {
    format!("({a},{b})")
}

/// The hash of the word tables: keep in step with `word_hash` in
/// `src/lexicon.rs` (the tests look every word up).
fn word_hash(w: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = w.len() as u64;
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ x).wrapping_mul(K);
    }
    let r = chunks.remainder();
    if !r.is_empty() {
        let x = r.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b));
        h = (h.rotate_left(5) ^ x).wrapping_mul(K);
    }
    h ^ h >> 29
}

/// The free slot of key `w` in an open-addressing table (linear probing).
fn slot_of(slots: &[u32], w: &str) -> usize {
    let mask = slots.len() - 1;
    let mut i = word_hash(w.as_bytes()) as usize & mask;
    while slots[i] != 0 {
        i = (i + 1) & mask;
    }
    i
}

/// A slot of the tables, as `WordTable::probe` in `src/lexicon.rs` reads it:
/// the index + 1 of key `w` in the low 16 bits, the top 16 bits of its hash above.
fn slot_value(w: &str, index: usize) -> u32 {
    assert!(index < 0xFFFF, "too many keys for 16-bit slots");
    (index as u32 + 1) | ((word_hash(w.as_bytes()) >> 48) as u32) << 16
}

/// The case facts of an entity text: keep in step with `case::of` in
/// `src/lexicon.rs` (a test compares them on every entry).
fn case_of(text: &str) -> u8 {
    let mut f = 0;
    if !text.contains(' ') {
        f |= 1;
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let upper = text.chars().filter(|c| c.is_uppercase()).count();
        if letters >= 2 && upper == letters {
            f |= 2;
        }
    }
    let mut chars = text.chars();
    if chars.next().is_some_and(char::is_uppercase) {
        f |= 4;
    }
    if chars.any(char::is_uppercase) {
        f |= 8;
    }
    f
}

/// The hash of the Bloom filters: keep in step with `bloom_hash` in
/// `src/lexicon.rs` (the tests look every word up).
fn bloom_hash(w: &[u8]) -> u64 {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let h = (n as u64) | (w[0] as u64) << 8 | (w[n / 2] as u64) << 16 | (w[n - 1] as u64) << 24;
    h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32
}

/// A word list being read: keys in first-seen order, values as Rust literals.
#[derive(Default)]
struct WordList {
    keys: Vec<String>,
    values: Vec<String>,
    at: HashMap<String, usize>,
}

impl WordList {
    fn insert(&mut self, k: String, v: String) {
        match self.at.get(&k) {
            Some(&i) => self.values[i] = v,
            None => {
                self.at.insert(k.clone(), self.keys.len());
                self.keys.push(k);
                self.values.push(v);
            }
        }
    }

    /// Writes the list as a `WordTable` (see `src/lexicon.rs`) and empties it:
    /// open addressing with linear probing, at most half the slots used.
    fn write(&mut self, out: &mut String, s: &mut Strings, name: &str, vtype: &str) {
        let size = (self.keys.len() * 2).next_power_of_two();
        let mut slots = vec![0u32; size];
        let mut keys = String::new();
        // About 16 bits a key: some 6% of the other words get through.
        let mut filter = vec![0u64; (self.keys.len() / 4).next_power_of_two()];
        let bits = filter.len() * 64;
        for (n, k) in self.keys.iter().enumerate() {
            let b = bloom_hash(k.as_bytes()) as usize & (bits - 1);
            filter[b / 64] |= 1 << (b % 64);
            let i = slot_of(&slots, k);
            slots[i] = slot_value(k, n);
            write!(keys, "{},", sp(s.span(k))).unwrap();
        }
        let slots: Vec<String> = slots.iter().map(u32::to_string).collect();
        let filter: Vec<String> = filter.iter().map(u64::to_string).collect();
        writeln!(
            out,
            "static {name}: WordTable<{vtype}> = WordTable {{ filter: &[{}], slots: &[{}], keys: &[{keys}], values: &[{}] }};",
            filter.join(","),
            slots.join(","),
            self.values.join(",")
        )
        .unwrap();
        *self = WordList::default();
    }
}

/// The entries under one first token (`FirstToken` in `src/lexicon.rs`):
/// those of one token, and by second token the (start, end) of the tokens
/// after it in `INDEX_TOKENS` and the entry.
#[derive(Default)]
struct First {
    single: Vec<u32>,
    multi: HashMap<String, Vec<(u32, u32, u32)>>,
}

/// The index of the entries `adds` (entry, first token, end token) over
/// `words`, as `index_entry` and `sort_index` in `src/lexicon.rs` make it.
fn index(words: &[String], adds: impl Iterator<Item = (u32, u32, u32)>) -> HashMap<String, First> {
    let mut by_first: HashMap<String, First> = HashMap::new();
    for (i, a, b) in adds {
        let (a, b) = (a as usize, b as usize);
        if a == b {
            continue;
        }
        let slot = by_first.entry(words[a].clone()).or_default();
        if b - a == 1 {
            if slot.single.last() != Some(&i) {
                slot.single.push(i);
            }
            continue;
        }
        let tail = &words[a + 2..b];
        let v = slot.multi.entry(words[a + 1].clone()).or_default();
        if !v
            .iter()
            .rev()
            .take_while(|t| t.2 == i)
            .any(|t| &words[t.0 as usize..t.1 as usize] == tail)
        {
            v.push((a as u32 + 2, b as u32, i));
        }
    }
    for slot in by_first.values_mut() {
        for v in slot.multi.values_mut() {
            v.sort_by_key(|t| (std::cmp::Reverse(t.1 - t.0), t.2));
        }
    }
    by_first
}

/// The arrays the first-token tables point into, as Rust literals.
#[derive(Default)]
struct IndexArrays {
    singles: String,
    n_singles: u32,
    second_slots: String,
    n_second_slots: u32,
    seconds: String,
    n_seconds: u32,
    tails: String,
    n_tails: u32,
}

impl IndexArrays {
    /// Writes `by_first` as a `WordTable<FirstSlot>` named `name` and the
    /// `WordBloom<n>` of its keys as `bloom`; each first token's second
    /// tokens are a small open-addressing table of their own in `IX_SECOND_SLOTS`.
    fn write(
        &mut self,
        out: &mut String,
        s: &mut Strings,
        by_first: HashMap<String, First>,
        name: &str,
        bloom: &str,
        n: usize,
    ) {
        let mut keys: Vec<_> = by_first.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let mut filter = vec![0u64; n];
        let mut list = WordList::default();
        for (k, slot) in keys {
            let b = bloom_hash(k.as_bytes()) as usize % (n * 64);
            filter[b / 64] |= 1 << (b % 64);
            let single = (self.n_singles, self.n_singles + slot.single.len() as u32);
            for e in &slot.single {
                write!(self.singles, "{e},").unwrap();
            }
            self.n_singles = single.1;
            let mut seconds: Vec<_> = slot.multi.into_iter().collect();
            seconds.sort_by(|a, b| a.0.cmp(&b.0));
            let size = if seconds.is_empty() {
                0
            } else {
                (seconds.len() * 2).next_power_of_two()
            };
            let mut slots = vec![0u32; size];
            for (w, tails) in seconds {
                let i = slot_of(&slots, &w);
                slots[i] = slot_value(&w, self.n_seconds as usize);
                self.n_seconds += 1;
                let t0 = self.n_tails;
                for (a, b, e) in &tails {
                    write!(self.tails, "({a},{b},{e}),").unwrap();
                }
                self.n_tails += tails.len() as u32;
                write!(self.seconds, "({},{t0},{}),", sp(s.span(&w)), self.n_tails).unwrap();
            }
            for x in &slots {
                write!(self.second_slots, "{x},").unwrap();
            }
            let at = self.n_second_slots;
            self.n_second_slots += size as u32;
            list.insert(
                k,
                format!(
                    "FirstSlot{{single:({},{}),seconds:({at},{size})}}",
                    single.0, single.1
                ),
            );
        }
        list.write(out, s, name, "FirstSlot");
        let filter: Vec<String> = filter.iter().map(u64::to_string).collect();
        writeln!(out, "static {bloom}: [u64; {n}] = [{}];", filter.join(",")).unwrap();
    }
}

/// Forms by first word, in first-seen order: (first word, [(words, value as
/// a Rust literal)]).
type Forms = Vec<(String, Vec<(Vec<String>, String)>)>;

const REGION: u32 = 4;

/// The embedded files must be valid: a bad row stops the build.
fn bad_row(name: &str, line: usize, msg: &str) -> ! {
    panic!("gazetteers/{name}:{line}: {msg}")
}

fn read(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("gazetteers");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/text.rs");
    println!("cargo:rerun-if-changed=src/tokenize.rs");
    let mut s = Strings::default();
    let mut out = String::new();

    // Word lists: keys lowercase, a later row winning over an earlier one.
    let lower = |w: &str| w.to_lowercase();
    let mut list = WordList::default();
    for (_, c) in rows(&read(&dir, "firstnames.tsv")) {
        // Columns: name, source, ambiguous (1 when also a common word), band, gender.
        let amb = c.get(2).is_some_and(|c| *c == "1" || *c == "ambiguous");
        list.insert(lower(c[0]), amb.to_string());
    }
    list.write(&mut out, &mut s, "FIRST_NAMES", "bool");
    for (_, c) in rows(&read(&dir, "common_words.tsv")) {
        list.insert(lower(c[0]), "()".to_string());
    }
    list.write(&mut out, &mut s, "COMMON", "()");
    for (_, c) in rows(&read(&dir, "org_heads.tsv")) {
        let amb = c.get(1).is_some_and(|n| n.contains("ambiguous"));
        list.insert(lower(c[0]), amb.to_string());
    }
    list.write(&mut out, &mut s, "HEADS", "bool");
    // A word of several countries (`congolais`) keeps them all, `|`-separated
    // in file order: the relation stage picks the one the article names.
    let mut countries: Vec<(String, String)> = Vec::new();
    for (_, c) in rows(&read(&dir, "demonyms.tsv")) {
        let (w, country) = (lower(c[0]), c.get(1).copied().unwrap_or(""));
        match countries.iter_mut().find(|(k, _)| *k == w) {
            Some((_, v)) => {
                v.push('|');
                v.push_str(country);
            }
            None => countries.push((w, country.to_string())),
        }
    }
    for (w, v) in countries {
        let span = sp(s.span(&v));
        list.insert(w, span);
    }
    list.write(&mut out, &mut s, "DEMONYMS", "Span");

    // Entity lists: the entries, and the token sequences the index is built from.
    let mut entries = String::new();
    let mut adds = String::new();
    let mut tokens = String::new();
    let (mut n_entries, mut n_tokens) = (0u32, 0u32);
    let mut first_tokens = std::collections::HashSet::new();
    // The index input again, as (entry, first token, end token, lowercase
    // text) over the words of `INDEX_TOKENS`.
    let mut index_adds = Vec::new();
    // The entries by text (the first with it) and by canonical name.
    let mut by_text = WordList::default();
    let mut text_filter = vec![0u64; 1024];
    let mut by_canonical: Vec<(String, Vec<u32>)> = Vec::new();
    let mut canonical_at: HashMap<String, usize> = HashMap::new();
    let mut words = Vec::new();
    for (file, name) in ["places.tsv", "orgs.tsv"].iter().enumerate() {
        for (line, c) in rows(&read(&dir, name)) {
            let text = c[0];
            if text.is_empty() || c.len() < 2 || c.len() > 4 {
                bad_row(
                    name,
                    line,
                    "expected 2 to 4 columns: text, TYPE, canonical, tags",
                );
            }
            let etype = match c[1] {
                "PERSON" => "Person",
                "MINISTRY" => "Ministry",
                "ORG" => "Org",
                "PLACE" => "Place",
                _ => bad_row(name, line, "unknown type"),
            };
            let canonical = match c.get(2) {
                Some(k) if !k.is_empty() && *k != text => format!("Some({})", sp(s.span(k))),
                _ => "None".to_string(),
            };
            let tags = c.get(3).map_or(0, |t| parse_tags(t));
            let t = sp(s.span(text));
            let case = case_of(text);
            if !by_text.at.contains_key(text) {
                by_text.insert(text.to_string(), n_entries.to_string());
            }
            let b = bloom_hash(text.as_bytes()) as usize % (1024 * 64);
            text_filter[b / 64] |= 1 << (b % 64);
            if let Some(k) = c.get(2).filter(|k| !k.is_empty() && *k != &text) {
                let at = *canonical_at.entry(k.to_string()).or_insert_with(|| {
                    by_canonical.push((k.to_string(), Vec::new()));
                    by_canonical.len() - 1
                });
                by_canonical[at].1.push(n_entries);
            }
            writeln!(
                entries,
                "RawEntry{{text:{t},canonical:{canonical},etype:EntityType::{etype},tags:{tags},file:{file},case:{case}}},"
            )
            .unwrap();
            // `Bourgogne-Franche-Comté` is also written `Bourgogne Franche-Comté`.
            let mut forms = vec![text.to_string()];
            if tags & REGION != 0 && text.matches('-').count() >= 2 {
                forms.push(text.replacen('-', " ", 1));
            }
            for form in forms {
                let start = n_tokens;
                for (k, tok) in tokenize::tokenize(&form).iter().enumerate() {
                    let w = norm_word(tok.text(&form));
                    write!(tokens, "{},", sp(s.span(&w))).unwrap();
                    if k == 0 {
                        first_tokens.insert(w.clone());
                    }
                    words.push(w);
                    n_tokens += 1;
                }
                write!(adds, "({n_entries},{start},{n_tokens}),").unwrap();
                index_adds.push((n_entries, start, n_tokens, case & 4 == 0));
            }
            n_entries += 1;
        }
    }
    write!(
        out,
        "static ENTRIES: &[RawEntry] = &[\n{entries}];\n\
         static INDEX_ADDS: &[(u32, u32, u32)] = &[{adds}];\n\
         static INDEX_TOKENS: &[Span] = &[{tokens}];\n\
         const INDEX_FIRST_TOKENS: usize = {};\n",
        first_tokens.len()
    )
    .unwrap();

    by_text.write(&mut out, &mut s, "BY_TEXT", "u32");
    let filter: Vec<String> = text_filter.iter().map(u64::to_string).collect();
    writeln!(
        out,
        "static TEXT_BLOOM: [u64; 1024] = [{}];",
        filter.join(",")
    )
    .unwrap();
    let mut canon_entries = String::new();
    let mut n = 0;
    for (k, v) in by_canonical {
        for e in &v {
            write!(canon_entries, "{e},").unwrap();
        }
        by_text.insert(k, format!("({n},{})", n + v.len()));
        n += v.len();
    }
    by_text.write(&mut out, &mut s, "BY_CANONICAL", "(u32, u32)");
    writeln!(out, "static CANON_ENTRIES: &[u32] = &[{canon_entries}];").unwrap();

    // Title and currency forms by first word, longest first, over FORM_WORDS.
    let mut form_words = String::new();
    let mut n_form_words = 0u32;
    let forms = |lists: &mut Forms, at: &mut HashMap<String, usize>, w: Vec<String>, v: String| {
        let k = *at.entry(w[0].clone()).or_insert_with(|| {
            lists.push((w[0].clone(), Vec::new()));
            lists.len() - 1
        });
        lists[k].1.push((w, v));
    };
    let (mut titles, mut titles_at) = (Vec::new(), HashMap::new());
    for (_, c) in rows(&read(&dir, "titles.tsv")) {
        let kind = if c.get(1) == Some(&"civil") {
            "Civil"
        } else {
            "Function"
        };
        let text = c[0].trim_end_matches('.');
        let w: Vec<String> = tokenize::tokenize(text)
            .iter()
            .map(|t| norm_word(t.text(text)))
            .collect();
        if !w.is_empty() {
            forms(&mut titles, &mut titles_at, w, format!("TitleKind::{kind}"));
        }
    }
    let (mut currencies, mut currencies_at) = (Vec::new(), HashMap::new());
    for (_, c) in rows(&read(&dir, "currencies.tsv")) {
        let w: Vec<String> = c[0].split_whitespace().map(str::to_lowercase).collect();
        if let (false, Some(code)) = (w.is_empty(), c.get(1)) {
            let code = sp(s.span(code));
            forms(&mut currencies, &mut currencies_at, w, code);
        }
    }
    let mut title_bloom = [0u64; 16];
    for (name, vtype, lists) in [
        ("TITLES", "TitleKind", titles),
        ("CURRENCIES", "Span", currencies),
    ] {
        let mut form_rows = String::new();
        let mut n_rows = 0u32;
        for (first, mut v) in lists {
            if name == "TITLES" {
                let b = bloom_hash(first.as_bytes()) as usize % (16 * 64);
                title_bloom[b / 64] |= 1 << (b % 64);
            }
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            for (w, value) in &v {
                let a = n_form_words;
                for x in w {
                    write!(form_words, "{},", sp(s.span(x))).unwrap();
                    n_form_words += 1;
                }
                write!(form_rows, "({a},{n_form_words},{value}),").unwrap();
            }
            list.insert(first, format!("({n_rows},{})", n_rows + v.len() as u32));
            n_rows += v.len() as u32;
        }
        list.write(&mut out, &mut s, &format!("{name}_BY_FIRST"), "(u32, u32)");
        writeln!(
            out,
            "static {name}_FORMS: &[(u32, u32, {vtype})] = &[{form_rows}];"
        )
        .unwrap();
    }
    writeln!(out, "static FORM_WORDS: &[Span] = &[{form_words}];").unwrap();
    writeln!(out, "static TITLE_BLOOM: [u64; 16] = {title_bloom:?};").unwrap();

    let mut ix = IndexArrays::default();
    let all = index(&words, index_adds.iter().map(|&(i, a, b, _)| (i, a, b)));
    ix.write(&mut out, &mut s, all, "FIRST_ALL", "FIRST_BLOOM", 1024);
    let lower = index(
        &words,
        index_adds
            .iter()
            .filter(|a| a.3)
            .map(|&(i, a, b, _)| (i, a, b)),
    );
    let mut initials = [0u64; 4];
    for k in lower.keys() {
        if let Some(&b) = k.as_bytes().first() {
            initials[usize::from(b / 64)] |= 1 << (b % 64);
        }
    }
    writeln!(out, "static LOWER_INITIALS: [u64; 4] = {initials:?};").unwrap();
    ix.write(&mut out, &mut s, lower, "FIRST_LOWER", "LOWER_BLOOM", 16);
    writeln!(
        out,
        "static IX_SINGLES: &[u32] = &[{}];\n\
         static IX_SECOND_SLOTS: &[u32] = &[{}];\n\
         static IX_SECONDS: &[(Span, u32, u32)] = &[{}];\n\
         static IX_TAILS: &[(u32, u32, u32)] = &[{}];",
        ix.singles, ix.second_slots, ix.seconds, ix.tails
    )
    .unwrap();

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    std::fs::write(out_dir.join("lexicon_text.txt"), &s.text).expect("write lexicon_text.txt");
    std::fs::write(out_dir.join("lexicon_data.rs"), out).expect("write lexicon_data.rs");
}
