//! Pre-processes the embedded gazetteers (`gazetteers/*.tsv`, the source of
//! truth) into tables that `src/lexicon.rs` includes, so that start-up does no
//! TSV parsing, lowercasing or tokenizing: it only fills hash maps with words
//! borrowed from one embedded string.
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
            _ => 0,
        })
        .fold(0, |a, b| a | b)
}

fn sp((a, b): (u32, u32)) -> String {
    format!("({a},{b})")
}

/// The hash of the word tables: keep in step with `word_hash` in
/// `src/lexicon.rs` (the tests look every word up).
fn word_hash(w: &[u8]) -> u64 {
    let mut h = w.len() as u64;
    for &b in w {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    h ^ h >> 29
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
            let mut i = word_hash(k.as_bytes()) as usize & (size - 1);
            while slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = n as u32 + 1;
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
    for (_, c) in rows(&read(&dir, "demonyms.tsv")) {
        let country = sp(s.span(c.get(1).copied().unwrap_or("")));
        list.insert(lower(c[0]), country);
    }
    list.write(&mut out, &mut s, "DEMONYMS", "Span");

    // Entity lists: the entries, and the token sequences the index is built from.
    let mut entries = String::new();
    let mut adds = String::new();
    let mut tokens = String::new();
    let (mut n_entries, mut n_tokens) = (0u32, 0u32);
    let mut first_tokens = std::collections::HashSet::new();
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
                        first_tokens.insert(w);
                    }
                    n_tokens += 1;
                }
                write!(adds, "({n_entries},{start},{n_tokens}),").unwrap();
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

    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    std::fs::write(out_dir.join("lexicon_text.txt"), &s.text).expect("write lexicon_text.txt");
    std::fs::write(out_dir.join("lexicon_data.rs"), out).expect("write lexicon_data.rs");
}
