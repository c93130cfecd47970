//! Gazetteers and word lists: data, loaded from TSV.
//!
//! The files in `gazetteers/` are embedded in the binary; users add their own
//! entity lists with `--gazetteer FILE` in the same format:
//! `text<TAB>TYPE<TAB>canonical<TAB>tags` (`#` starts a comment line). Entity
//! lists are matched with one Aho-Corasick automaton over the text; word lists
//! (first names, titles, head nouns, demonyms, common words, currencies) are
//! hash lookups on lowercase token text.
//!
//! `build.rs` pre-processes the embedded files into tables (lowercased,
//! entity texts tokenized, the first-token index of the entity lists and
//! their entries by text and by canonical name hashed, filters set), so
//! start-up does not build these; with user gazetteers, which are parsed at
//! run time, they are built at run time.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

/// The five entity types of the annotation guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// A real individual.
    Person,
    /// A government ministry or department.
    Ministry,
    /// Any other named organisation.
    Org,
    /// Country, city, region, continent, grouping of states.
    Place,
    /// A number, amount of money, percentage or date.
    Figure,
}

impl EntityType {
    /// The label used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Ministry => "MINISTRY",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Figure => "FIGURE",
        }
    }

    /// Parses an output label.
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "PERSON" => EntityType::Person,
            "MINISTRY" => EntityType::Ministry,
            "ORG" => EntityType::Org,
            "PLACE" => EntityType::Place,
            "FIGURE" => EntityType::Figure,
            _ => return None,
        })
    }
}

/// Tag bits of a gazetteer entry (the `tags` column).
pub mod tag {
    /// A country (a place that can be a party to an agreement).
    pub const COUNTRY: u32 = 1;
    /// A city.
    pub const CITY: u32 = 2;
    /// A region, province or other subdivision.
    pub const REGION: u32 = 4;
    /// A continent or grouping of states.
    pub const GROUPING: u32 = 8;
    /// An entry that is also a common word or otherwise risky.
    pub const AMBIGUOUS: u32 = 16;
    /// An international organisation.
    pub const INTL: u32 = 32;
    /// A capital city (taken even where it starts a sentence: `Paris prépare …`).
    pub const CAPITAL: u32 = 64;
    /// Where the two letters of the `cc=` country code start (5 bits each,
    /// `A` = 1): the country a place is in.
    pub const CC_SHIFT: u32 = 16;

    /// The tag bits of `cc=XX` (an ISO 3166-1 code), 0 for anything else.
    pub const fn of_country_code(cc: &[u8]) -> u32 {
        match cc {
            [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
                ((*a - b'A' + 1) as u32 | ((*b - b'A' + 1) as u32) << 5) << CC_SHIFT
            }
            _ => 0,
        }
    }

    /// The country code of an entry's tags (`cc=SN` → `SN`).
    pub fn country_code(tags: u32) -> Option<[u8; 2]> {
        let a = (tags >> CC_SHIFT) & 31;
        let b = (tags >> (CC_SHIFT + 5)) & 31;
        (a > 0 && b > 0).then(|| [b'A' + a as u8 - 1, b'A' + b as u8 - 1])
    }
}

/// One row of an entity gazetteer file, as parsed at run time (user
/// gazetteers; the embedded files come parsed by `build.rs`).
#[derive(Debug, Clone, PartialEq)]
pub struct GazRow {
    /// The surface form.
    pub text: String,
    /// Its type.
    pub etype: EntityType,
    /// The fullest name of the entity, when the surface form is another name.
    pub canonical: Option<String>,
    /// See [`tag`].
    pub tags: u32,
    /// The file the entry came from (the `rule` of the entities it produces).
    pub source: &'static str,
}

/// One entry of the lexicon, as a view: borrowed from the embedded tables or
/// from a user's [`GazRow`]. Views are made when asked for, so that start-up
/// does not read (nor copy) the tens of thousands of embedded entries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GazEntry<'a> {
    /// The surface form.
    pub text: &'a str,
    /// Its type.
    pub etype: EntityType,
    /// The fullest name of the entity, when the surface form is another name.
    pub canonical: Option<&'a str>,
    /// See [`tag`].
    pub tags: u32,
    /// The file the entry came from (the `rule` of the entities it produces).
    pub source: &'static str,
}

impl GazEntry<'_> {
    /// The canonical name, for an entity that outlives the lexicon: borrowed
    /// when it is one of the embedded tables' strings (no copy), owned otherwise.
    pub fn canonical_name(&self) -> Option<Cow<'static, str>> {
        let c = self.canonical?;
        // Safe pointer arithmetic only: is `c` a slice of `TABLE_TEXT`?
        let base = TABLE_TEXT.as_ptr() as usize;
        let at = (c.as_ptr() as usize).wrapping_sub(base);
        Some(match TABLE_TEXT.get(at..at + c.len()) {
            Some(t) if t.as_ptr() == c.as_ptr() => Cow::Borrowed(t),
            _ => Cow::Owned(c.to_string()),
        })
    }
}

/// A malformed gazetteer line or file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazError {
    /// The file.
    pub file: String,
    /// The 1-based line (0 when the whole file is at fault).
    pub line: usize,
    /// What is wrong.
    pub msg: String,
}

impl fmt::Display for GazError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.msg)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.msg)
        }
    }
}

impl std::error::Error for GazError {}

/// Kinds of title words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// A function (`ministre`, `directeur général`).
    Function,
    /// A civil title (`M.`, `Mme`, `Dr`).
    Civil,
}

/// A word of the index: borrowed from the embedded tables, owned for user entries.
type Word = Cow<'static, str>;

/// The tokens of an entry after its first two, and the entry's index.
type Tail = (Box<[Word]>, u32);

/// The entries that start with one token: those of one token, and the longer
/// ones by their second token (so that a frequent first word such as `la`
/// does not cost a comparison with every `La …` entry).
#[derive(Default, Debug, PartialEq)]
struct FirstToken {
    single: Vec<u32>,
    /// Second token → (the tokens after it, entry), longest first.
    multi: HashMap<Word, Vec<Tail>>,
}

/// A first token of the index `build.rs` made of the embedded entries (the
/// counterpart of [`FirstToken`], without a hash map to fill at start-up).
#[derive(Debug)]
struct FirstSlot {
    /// The entries of one token: a range of `IX_SINGLES`.
    single: (u32, u32),
    /// The second tokens, as (offset, size) of an open-addressing table in
    /// `IX_SECOND_SLOTS` (size a power of two, 0 when there is none) whose
    /// slots hold the index + 1 of a row of `IX_SECONDS`: (second token, range
    /// of `IX_TAILS`); a row of `IX_TAILS` is (the tokens after the second, as
    /// a range of `INDEX_TOKENS`, entry), longest first.
    seconds: (u32, u32),
}

impl FirstSlot {
    fn single(&self) -> &'static [u32] {
        &IX_SINGLES[self.single.0 as usize..self.single.1 as usize]
    }

    /// The entries whose second token is `w`, as in `FirstToken::multi`.
    fn tails(&self, w: &str) -> &'static [(u32, u32, u32)] {
        let (at, size) = (self.seconds.0 as usize, self.seconds.1 as usize);
        if size == 0 {
            return &[];
        }
        match probe(&IX_SECOND_SLOTS[at..at + size], w, |k| IX_SECONDS[k].0) {
            Some(k) => {
                let (_, a, b) = IX_SECONDS[k];
                &IX_TAILS[a as usize..b as usize]
            }
            None => &[],
        }
    }
}

/// An index of entries by first token: the one `build.rs` made of the
/// embedded entries, or one built at run time when there are user entries.
enum Firsts {
    Static(&'static WordTable<FirstSlot>),
    Built(HashMap<Word, FirstToken>),
}

impl Firsts {
    /// The entries under first token `w` (which passed the index's filter).
    fn get(&self, w: &str) -> Option<Slot<'_>> {
        match self {
            Firsts::Static(t) => t.probe(w).map(Slot::Static),
            Firsts::Built(m) => m.get(w).map(Slot::Built),
        }
    }
}

/// The entries by text (the first with it) and by canonical name: the tables
/// `build.rs` made of the embedded entries (`BY_TEXT`, and `BY_CANONICAL`
/// giving ranges of `CANON_ENTRIES`), or maps built at run time when there are
/// user entries.
enum Texts {
    Static,
    Built {
        by_text: HashMap<Word, u32>,
        by_canonical: HashMap<Word, Vec<u32>>,
    },
}

impl Texts {
    /// The first entry whose text is `text`.
    fn entry(&self, text: &str) -> Option<u32> {
        match self {
            Texts::Static => BY_TEXT.probe(text).copied(),
            Texts::Built { by_text, .. } => by_text.get(text).copied(),
        }
    }

    /// The entries whose canonical name is `canonical`, in order.
    fn aliases(&self, canonical: &str) -> &[u32] {
        match self {
            Texts::Static => BY_CANONICAL
                .get(canonical)
                .map_or(&[], |&(a, b)| &CANON_ENTRIES[a as usize..b as usize]),
            Texts::Built { by_canonical, .. } => by_canonical.get(canonical).map_or(&[], |v| v),
        }
    }
}

/// The entries under one first token, in either kind of index.
#[derive(Clone, Copy)]
enum Slot<'s> {
    Static(&'static FirstSlot),
    Built(&'s FirstToken),
}

impl<'s> Slot<'s> {
    /// The entries of one token.
    fn single(self) -> &'s [u32] {
        match self {
            Slot::Static(s) => s.single(),
            Slot::Built(s) => &s.single,
        }
    }

    fn has_multi(self) -> bool {
        match self {
            Slot::Static(s) => s.seconds.1 != 0,
            Slot::Built(s) => !s.multi.is_empty(),
        }
    }
}

/// The hash of a word for the Bloom filters: its length and three of its
/// bytes, mixed (`build.rs` has the same function for the word tables' filters).
const fn bloom_hash(w: &[u8]) -> u64 {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let h = (n as u64) | (w[0] as u64) << 8 | (w[n / 2] as u64) << 16 | (w[n - 1] as u64) << 24;
    h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32
}

/// A one-probe Bloom filter over words, keyed on their length and three of
/// their bytes: a word it rejects is not in the set, and testing costs no
/// hashing of the word. Rules and the gazetteer index test every token against
/// tables that almost every token is absent from. `N` words of 64 bits.
#[derive(Clone, Copy)]
pub(crate) struct WordBloom<const N: usize>([u64; N]);

impl<const N: usize> WordBloom<N> {
    /// The filter of no word.
    pub(crate) const fn empty() -> Self {
        WordBloom([0; N])
    }
    const fn slot(w: &[u8]) -> usize {
        bloom_hash(w) as usize % (N * 64)
    }
    /// The filter with `w` added (usable in constants).
    pub(crate) const fn with(mut self, w: &str) -> Self {
        self.insert(w);
        self
    }
    /// Adds `w` (in place: a large filter is not copied).
    pub(crate) const fn insert(&mut self, w: &str) {
        let k = Self::slot(w.as_bytes());
        self.0[k / 64] |= 1 << (k % 64);
    }
    /// False when `w` is certainly not in the set.
    pub(crate) fn may_contain<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        let k = w.into().hash as usize % (N * 64);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// A word with its [`bloom_hash`], worked out once: the rules test a token
/// against many filters (word lists, lexicon tables), and hashing it anew for
/// each cost more than the tests themselves. A `&str` converts to one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keyed<'a> {
    /// The word.
    pub text: &'a str,
    /// `bloom_hash(text)` (which fits 32 bits).
    hash: u32,
}

impl<'a> Keyed<'a> {
    /// `w` and its hash.
    #[inline]
    pub fn new(w: &'a str) -> Self {
        Keyed {
            text: w,
            hash: bloom_hash(w.as_bytes()) as u32,
        }
    }
}

impl<'a> From<&'a str> for Keyed<'a> {
    #[inline]
    fn from(w: &'a str) -> Self {
        Keyed::new(w)
    }
}

impl<'a> From<&'a String> for Keyed<'a> {
    #[inline]
    fn from(w: &'a String) -> Self {
        Keyed::new(w)
    }
}

impl<'a, 'b> From<&'b &'a str> for Keyed<'a> {
    #[inline]
    fn from(w: &'b &'a str) -> Self {
        Keyed::new(w)
    }
}

/// All lexical data the rules consult.
pub struct Lexicon {
    /// The entries of the user's gazetteers, numbered after the embedded
    /// ones ([`ENTRIES`]).
    user: Vec<GazRow>,
    /// The entries by text and by canonical name.
    texts: Texts,
    /// The keys of `texts`' entries by text: most words looked up are no entry.
    text_filter: Box<WordBloom<1024>>,
    /// Entity entries by their first token (lowercase, straight apostrophes).
    by_first: Firsts,
    /// The keys of `by_first`, for a quick reject of the other tokens.
    first_filter: Box<WordBloom<1024>>,
    /// The part of `by_first` whose entries do not start with a capital: the
    /// only entries that can match at a token that does not start with one
    /// (most tokens, `de`, `la` among them).
    lower_first: Firsts,
    /// The keys of `lower_first`.
    lower_filter: WordBloom<16>,
    /// The first bytes of the keys of `lower_first` (a bit set): a token with
    /// no apostrophe is its own key, so this rejects most tokens before any
    /// work on their text.
    lower_initials: [u64; 4],
    /// The [`case`] facts of each user entry (the embedded ones have theirs
    /// in [`ENTRIES`]).
    user_case: Vec<u8>,
}

/// Facts about the case of an entry's text, worked out once rather than at
/// each match.
mod case {
    /// No space: one word.
    pub const ONE_WORD: u8 = 1;
    /// One word of two or more letters, all capitals (`ONU`): matched only as written.
    pub const ACRONYM: u8 = 2;
    /// The first letter is a capital.
    pub const FIRST_UPPER: u8 = 4;
    /// A capital after the first letter.
    pub const INNER_CAPS: u8 = 8;

    /// The facts about `text` (`build.rs` has the same function for the
    /// embedded entries).
    pub fn of(text: &str) -> u8 {
        let mut f = 0;
        if !text.contains(' ') {
            f |= ONE_WORD;
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let upper = text.chars().filter(|c| c.is_uppercase()).count();
            if letters >= 2 && upper == letters {
                f |= ACRONYM;
            }
        }
        let mut chars = text.chars();
        if chars.next().is_some_and(char::is_uppercase) {
            f |= FIRST_UPPER;
        }
        if chars.any(char::is_uppercase) {
            f |= INNER_CAPS;
        }
        f
    }
}

/// A gazetteer match (see [`Lexicon::each_match`]).
#[derive(Debug, Clone, Copy)]
pub struct GazMatch<'s> {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// The index of the first token starting at or after `start`: the token
    /// the match starts, or the one after the token a hyphenated part is in.
    pub tok: usize,
    /// The entry.
    pub entry: GazEntry<'s>,
    /// Whether the entry is one word (has no space).
    pub one_word: bool,
}

impl fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &(ENTRIES.len() + self.user.len()))
            .finish()
    }
}

/// A `(start, end)` byte span of [`TABLE_TEXT`].
type Span = (u32, u32);

/// An entry of the embedded entity lists, as `build.rs` parsed it.
struct RawEntry {
    text: Span,
    canonical: Option<Span>,
    etype: EntityType,
    tags: u32,
    /// Index in [`ENTITY_SOURCES`].
    file: u8,
    /// The [`case`] facts of the text.
    case: u8,
}

/// The `source` of the entries of the embedded entity files, in the order
/// `build.rs` reads them.
const ENTITY_SOURCES: [&str; 2] = ["gazetteer:places.tsv", "gazetteer:orgs.tsv"];

/// The strings of the tables below, concatenated.
static TABLE_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon_text.txt"));

// Generated by `build.rs` from `gazetteers/*.tsv`, keys lowercase, in file order:
// the word tables FIRST_NAMES (name → also a common word), COMMON, HEADS (head
// noun → ambiguous), DEMONYMS (adjective → country), ENTRIES: &[RawEntry], and the entity index input:
// INDEX_ADDS: &[(entry, first token, end token)] over INDEX_TOKENS: &[Span]
// (the entry texts tokenized, lowercase, straight apostrophes), and
// INDEX_FIRST_TOKENS, the number of distinct first tokens; and that index
// made: FIRST_ALL and FIRST_LOWER (`WordTable<FirstSlot>`s, the counterparts
// of `Lexicon::by_first` and `lower_first`) over IX_SINGLES, IX_SECOND_SLOTS,
// IX_SECONDS and IX_TAILS (see `FirstSlot`), with their filters FIRST_BLOOM,
// LOWER_BLOOM and LOWER_INITIALS; the entries by text, BY_TEXT (the first
// with it) and its filter TEXT_BLOOM, and by canonical name, BY_CANONICAL
// (ranges of CANON_ENTRIES); the title and currency forms by first word,
// TITLES_BY_FIRST and CURRENCIES_BY_FIRST (ranges of TITLES_FORMS and
// CURRENCIES_FORMS: words as ranges of FORM_WORDS, and kind or ISO code,
// longest first), and TITLE_BLOOM, the filter of the titles' first words.
include!(concat!(env!("OUT_DIR"), "/lexicon_data.rs"));

/// The string at `sp` in the tables.
fn table_str(sp: Span) -> &'static str {
    &TABLE_TEXT[sp.0 as usize..sp.1 as usize]
}

/// A word table hashed by `build.rs`, so that it costs nothing at start-up:
/// open addressing with linear probing; `slots` (a power of two of them, at
/// most half used) hold the index + 1 of a key, 0 when empty.
struct WordTable<V: 'static> {
    /// A Bloom filter of the keys (bit [`bloom_hash`] modulo its size, a power
    /// of two): most words looked up are not in the table, and the filter
    /// turns them away without hashing them or probing the slots.
    filter: &'static [u64],
    slots: &'static [u32],
    keys: &'static [Span],
    values: &'static [V],
}

impl<V> WordTable<V> {
    /// The value of key `w`. Inlined: the filter turns most words away, and
    /// that test costs less than a call.
    #[inline]
    fn get<'w>(&self, w: impl Into<Keyed<'w>>) -> Option<&'static V> {
        let w = w.into();
        let k = w.hash as usize & (self.filter.len() * 64 - 1);
        if self.filter[k / 64] & 1 << (k % 64) == 0 {
            return None;
        }
        self.probe(w.text)
    }

    /// [`WordTable::get`] after the filter.
    #[inline(never)]
    fn probe(&self, w: &str) -> Option<&'static V> {
        probe(self.slots, w, |k| self.keys[k]).map(|k| &self.values[k])
    }
}

/// The index of key `w` in an open-addressing table made by `build.rs`:
/// linear probing over `slots` (a power of two of them), each 0 when empty,
/// else the index + 1 of a key in its low 16 bits and the top 16 bits of the
/// key's hash above, so that most other keys are passed over without
/// comparing them. `key(k)` is key `k`.
#[inline]
fn probe(slots: &[u32], w: &str, key: impl Fn(usize) -> Span) -> Option<usize> {
    let h = word_hash(w.as_bytes());
    let tag = (h >> 48) as u32;
    let mask = slots.len() - 1;
    let mut i = h as usize & mask;
    loop {
        let s = slots[i];
        if s == 0 {
            return None;
        }
        if s >> 16 == tag {
            let k = (s & 0xFFFF) as usize - 1;
            let (a, b) = key(k);
            if TABLE_TEXT.as_bytes().get(a as usize..b as usize) == Some(w.as_bytes()) {
                return Some(k);
            }
        }
        i = (i + 1) & mask;
    }
}

/// The hash of the word tables (`build.rs` has the same function).
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

/// The lines of a text split at `\n` (the final piece included), a trailing
/// `\r` removed. memchr finds the line ends: the embedded lists are 1.5 MB
/// and `str::split` costs several times more on short lines.
fn split_lines(data: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', data.as_bytes());
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let end = ends.next().unwrap_or_else(|| {
            done = true;
            data.len()
        });
        let line = &data[start..end];
        start = end + 1;
        Some(line.trim_end_matches('\r'))
    })
}

/// The TAB-separated columns of a line, as `line.split('\t')`. A plain byte
/// loop: the fields are a few bytes long, too short for memchr to pay off.
fn split_cols(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b'\t') {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `s.trim()`, without walking the chars when `s` visibly has no white space
/// at either end (the usual case for the embedded lists).
fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_graphic() && z.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

fn strip_bom(data: &str) -> &str {
    data.strip_prefix('\u{FEFF}').unwrap_or(data)
}

/// The trimmed columns of one row: the first [`Cols::KEPT`] of them, and how
/// many there are. No allocation per row.
struct Cols<'a> {
    v: [&'a str; Cols::KEPT],
    n: usize,
}

impl<'a> Cols<'a> {
    /// Every format has at most 4 columns; one more is kept to say "too many".
    const KEPT: usize = 5;

    fn new(line: &'a str) -> Cols<'a> {
        let mut c = Cols {
            v: [""; Cols::KEPT],
            n: 0,
        };
        for col in split_cols(line) {
            if c.n < Cols::KEPT {
                c.v[c.n] = trim(col);
            }
            c.n += 1;
        }
        c
    }

    fn len(&self) -> usize {
        self.n
    }

    fn get(&self, i: usize) -> Option<&&'a str> {
        self.v[..self.n.min(Cols::KEPT)].get(i)
    }
}

impl<'a> std::ops::Index<usize> for Cols<'a> {
    type Output = &'a str;
    fn index(&self, i: usize) -> &&'a str {
        self.get(i).expect("column exists")
    }
}

/// Rows of a TSV text: (1-based line number, trimmed columns), comments and
/// blank lines skipped. A byte-order mark at the start (files saved by
/// Windows editors) is dropped.
fn rows(data: &str) -> impl Iterator<Item = (usize, Cols<'_>)> {
    split_lines(strip_bom(data))
        .enumerate()
        .filter_map(|(n, l)| {
            if trim(l).is_empty() || l.starts_with('#') {
                None
            } else {
                Some((n + 1, Cols::new(l)))
            }
        })
}

/// Is `w` its own lowercase (`w.to_lowercase() == w`)? Checked per char, which
/// is exact: `str::to_lowercase` differs from the per-char mapping only for
/// `Σ`, which is not its own lowercase anyway.
fn is_lowercase(w: &str) -> bool {
    for (i, b) in w.bytes().enumerate() {
        if b.is_ascii_uppercase() {
            return false;
        }
        if b >= 0x80 {
            return w[i..].chars().all(|c| {
                // French lowercase letters (`ß` to `ÿ` but `÷`, `œ`) without the tables.
                if matches!(c, '\u{DF}'..='\u{FF}' | 'œ') && c != '\u{F7}' {
                    return true;
                }
                let mut l = c.to_lowercase();
                l.next() == Some(c) && l.next().is_none()
            });
        }
    }
    true
}

/// Appends the lowercase of `w` to `buf`.
fn push_lowercase(buf: &mut String, w: &str) {
    let start = buf.len();
    if w.is_ascii() {
        buf.push_str(w);
        buf[start..].make_ascii_lowercase();
    } else {
        buf.push_str(&w.to_lowercase());
    }
}

/// The title forms (words, kind) whose first word is `first`, longest first.
fn title_forms(first: &str) -> impl Iterator<Item = (&'static [Span], TitleKind)> {
    let rows = TITLES_BY_FIRST
        .get(first)
        .map_or(&[][..], |&(a, b)| &TITLES_FORMS[a as usize..b as usize]);
    (rows.iter()).map(|&(a, b, kind)| (&FORM_WORDS[a as usize..b as usize], kind))
}

/// The currency forms (words lowercased, ISO code) whose first word is
/// `first` (lowercase), longest first.
fn currency_forms(first: &str) -> impl Iterator<Item = (&'static [Span], &'static str)> {
    let rows = CURRENCIES_BY_FIRST
        .get(first)
        .map_or(&[][..], |&(a, b)| &CURRENCIES_FORMS[a as usize..b as usize]);
    (rows.iter()).map(|&(a, b, code)| (&FORM_WORDS[a as usize..b as usize], table_str(code)))
}

/// `Bourgogne-Franche-Comté` is also written `Bourgogne Franche-Comté`: the
/// second form of a region with two hyphens, indexed too (`build.rs` does the
/// same for the embedded entries).
fn region_variant(e: &GazRow) -> Option<String> {
    (e.tags & tag::REGION != 0 && e.text.matches('-').count() >= 2)
        .then(|| e.text.replacen('-', " ", 1))
}

/// Adds entry `i` to the index under its `n` tokens `word(0)`, `word(1)`, …
fn index_entry(
    by_first: &mut HashMap<Word, FirstToken>,
    i: u32,
    n: usize,
    word: impl Fn(usize) -> Word,
) {
    if n == 0 {
        return;
    }
    let slot = by_first.entry(word(0)).or_default();
    // An entry is added at most twice (its text, and a variant), one
    // entry after the other: a duplicate can only be at the end.
    if n == 1 {
        if slot.single.last() != Some(&i) {
            slot.single.push(i);
        }
        return;
    }
    let tail: Box<[Word]> = (2..n).map(&word).collect();
    let v = slot.multi.entry(word(1)).or_default();
    if !v
        .iter()
        .rev()
        .take_while(|(_, k)| *k == i)
        .any(|(r, _)| *r == tail)
    {
        v.push((tail, i));
    }
}

/// Sorts the entries under each first and second token longest first.
fn sort_index(by_first: &mut HashMap<Word, FirstToken>) {
    for slot in by_first.values_mut() {
        for v in slot.multi.values_mut() {
            v.sort_by_key(|(r, k)| (std::cmp::Reverse(r.len()), *k));
        }
    }
}

/// A phrase split the way the tokenizer splits text (`secrétaire d'État` →
/// `secrétaire`, `d'`, `état`), lowercase, with straight apostrophes.
fn token_words(s: &str) -> Vec<String> {
    crate::tokenize::tokenize(s)
        .iter()
        .map(|t| norm_word(t.text(s)).into_owned())
        .collect()
}

/// A word lowercase with straight apostrophes, borrowed when it already is.
fn norm_word(w: &str) -> Cow<'_, str> {
    let w = if is_lowercase(w) {
        Cow::Borrowed(w)
    } else {
        let mut l = String::with_capacity(w.len());
        push_lowercase(&mut l, w);
        Cow::Owned(l)
    };
    if w.contains(['\u{2019}', '\u{02BC}']) {
        Cow::Owned(straight(&w))
    } else {
        w
    }
}

/// Do the tokens after the second of a match at token `i` read `rest`, the
/// remaining words of an entry? `Some(n)` when they do, the match ending at
/// token `i + n`; `None` too when the text ends first. `norm(k)` is token `k`
/// as an index key, `n_toks` the number of tokens.
fn rest_at<'w, 'k>(
    norm: impl Fn(usize) -> Cow<'k, str>,
    n_toks: usize,
    i: usize,
    mut rest: impl ExactSizeIterator<Item = &'w str>,
) -> Option<usize> {
    let n = rest.len() + 1;
    if i + n >= n_toks {
        return None;
    }
    let mut k = i + 2;
    rest.all(|w| {
        k += 1;
        norm(k - 1) == w
    })
    .then_some(n)
}

/// Does the matched text `m` agree in case with the entry `text`, whose
/// [`case`] facts are `c`? See [`Lexicon::each_match`]; `first_ok` when the
/// first letters are known to agree.
fn case_agrees(m: &str, text: &str, c: u8, first_ok: bool) -> bool {
    if c & case::ACRONYM != 0 {
        return m == text;
    }
    if !first_ok && c & case::FIRST_UPPER != 0 && !starts_upper(m) {
        return false;
    }
    // The first letters agree: the others need a look only if the entry has
    // other capitals.
    c & case::INNER_CAPS == 0
        || m.chars()
            .zip(text.chars())
            .all(|(x, y)| !y.is_uppercase() || x.is_uppercase())
}

/// `a == b || text::loose_eq(a, b)`, with words that start with different
/// ASCII letters told apart at once (`loose_eq` compares ASCII letters by
/// their lowercase).
fn loose_eq(a: &str, b: &str) -> bool {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(y) => false,
        _ => a == b || crate::text::loose_eq(a, b),
    }
}

/// Does `s` start with a capital (`char::is_uppercase`)?
fn starts_upper(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The index key of a lowercase token with an apostrophe: the apostrophes made straight.
fn apos_key(w: &str) -> Cow<'_, str> {
    if !w.contains(['\u{2019}', '\u{02BC}']) {
        return Cow::Borrowed(w);
    }
    // Elided words are the frequent case: no allocation for them.
    let e = match w {
        "l\u{2019}" => "l'",
        "d\u{2019}" => "d'",
        "qu\u{2019}" => "qu'",
        "n\u{2019}" => "n'",
        "s\u{2019}" => "s'",
        "c\u{2019}" => "c'",
        "j\u{2019}" => "j'",
        "m\u{2019}" => "m'",
        "t\u{2019}" => "t'",
        "jusqu\u{2019}" => "jusqu'",
        "lorsqu\u{2019}" => "lorsqu'",
        "puisqu\u{2019}" => "puisqu'",
        _ => return Cow::Owned(straight(w)),
    };
    Cow::Borrowed(e)
}

/// Curly apostrophes made straight, so `d’` and `d'` compare equal.
pub fn straight(s: &str) -> String {
    s.replace(['\u{2019}', '\u{02BC}'], "'")
}

fn parse_tags(s: &str) -> u32 {
    let mut t = 0;
    for part in s.split(',') {
        t |= match part.trim() {
            "country" => tag::COUNTRY,
            "city" => tag::CITY,
            "region" | "province" | "subdivision" => tag::REGION,
            "continent" | "grouping" => tag::GROUPING,
            "ambiguous" => tag::AMBIGUOUS,
            "intl" => tag::INTL,
            "capital" => tag::CAPITAL,
            p => p
                .strip_prefix("cc=")
                .map_or(0, |cc| tag::of_country_code(cc.as_bytes())),
        };
    }
    t
}

/// Parses an entity gazetteer in the generic format.
pub fn parse_entity_file(name: &str, data: &str) -> Result<Vec<GazRow>, GazError> {
    let source: &'static str = Box::leak(format!("gazetteer:{name}").into_boxed_str());
    let mut out = Vec::new();
    for (line, cols) in rows(data) {
        let err = |msg: String| GazError {
            file: name.to_string(),
            line,
            msg,
        };
        let text = cols[0];
        if text.is_empty() {
            return Err(err("empty text in the first column".into()));
        }
        let Some(ty) = cols.get(1) else {
            return Err(err(
                "expected at least 2 TAB-separated columns: text, TYPE".into()
            ));
        };
        let etype = match EntityType::parse(ty) {
            Some(EntityType::Figure) | None => {
                return Err(err(format!(
                    "unknown type {ty:?} (expected PERSON, MINISTRY, ORG or PLACE)"
                )))
            }
            Some(t) => t,
        };
        if cols.len() > 4 {
            return Err(err(format!(
                "{} columns; expected at most 4: text, TYPE, canonical, tags",
                cols.len()
            )));
        }
        let canonical = cols
            .get(2)
            .filter(|c| !c.is_empty() && **c != text)
            .map(|c| c.to_string());
        out.push(GazRow {
            text: text.to_string(),
            etype,
            canonical,
            tags: cols.get(3).map_or(0, |t| parse_tags(t)),
            source,
        });
    }
    Ok(out)
}

static BUILTIN: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The embedded lexicon (built once per process).
    pub fn builtin() -> &'static Lexicon {
        BUILTIN.get_or_init(|| Lexicon::build(&[]).expect("embedded gazetteers are valid"))
    }

    /// The embedded lexicon plus user gazetteers given as (name, contents).
    pub fn build(user: &[(String, String)]) -> Result<Lexicon, GazError> {
        Lexicon::build_with(user, !user.is_empty())
    }

    /// [`Lexicon::build`], with the first-token index and the entries by text
    /// built at run time when `built` (they must be when there are user
    /// entries), and the tables `build.rs` made of the embedded entries otherwise.
    fn build_with(user: &[(String, String)], built: bool) -> Result<Lexicon, GazError> {
        let mut rows: Vec<GazRow> = Vec::new();
        for (name, data) in user {
            let mut e = parse_entity_file(name, data)?;
            // The rule names the file, as for the embedded lists, not its folders.
            let file = std::path::Path::new(name)
                .file_name()
                .and_then(|f| f.to_str())
                .unwrap_or(name);
            let source: &'static str = Box::leak(format!("gazetteer:{file}").into_boxed_str());
            for g in &mut e {
                g.source = source;
            }
            rows.extend(e);
        }
        let (by_first, first_filter, lower_first, lower_filter, lower_initials) = if built {
            Lexicon::build_index(&rows)
        } else {
            (
                Firsts::Static(&FIRST_ALL),
                Box::new(WordBloom(FIRST_BLOOM)),
                Firsts::Static(&FIRST_LOWER),
                WordBloom(LOWER_BLOOM),
                LOWER_INITIALS,
            )
        };
        let (texts, text_filter) = if built {
            Lexicon::build_texts(&rows)
        } else {
            (Texts::Static, Box::new(WordBloom(TEXT_BLOOM)))
        };
        Ok(Lexicon {
            user_case: rows.iter().map(|e| case::of(&e.text)).collect(),
            user: rows,
            texts,
            text_filter,
            by_first,
            first_filter,
            lower_first,
            lower_filter,
            lower_initials,
        })
    }

    /// The embedded entries and the user's `rows` after them by text and by
    /// canonical name, and the filter of their texts, built at run time.
    fn build_texts(rows: &[GazRow]) -> (Texts, Box<WordBloom<1024>>) {
        let n = ENTRIES.len() + rows.len();
        let mut by_text = HashMap::with_capacity_and_hasher(n, Default::default());
        let mut text_filter = Box::new(WordBloom::empty());
        let mut by_canonical: HashMap<Word, Vec<u32>> = HashMap::default();
        let builtin = ENTRIES.iter().map(|r| {
            (
                Cow::Borrowed(table_str(r.text)),
                r.canonical.map(|c| Cow::Borrowed(table_str(c))),
            )
        });
        let users = rows.iter().map(|e| {
            (
                Cow::Owned(e.text.clone()),
                e.canonical.clone().map(Cow::Owned),
            )
        });
        for (i, (text, canonical)) in builtin.chain(users).enumerate() {
            text_filter.insert(&text);
            by_text.entry(text).or_insert(i as u32);
            if let Some(c) = canonical {
                by_canonical.entry(c).or_default().push(i as u32);
            }
        }
        (
            Texts::Built {
                by_text,
                by_canonical,
            },
            text_filter,
        )
    }

    /// The first-token index of the embedded entries and the user's `rows`
    /// after them, and its filters, built at run time.
    #[allow(clippy::type_complexity)]
    fn build_index(
        rows: &[GazRow],
    ) -> (
        Firsts,
        Box<WordBloom<1024>>,
        Firsts,
        WordBloom<16>,
        [u64; 4],
    ) {
        // Sized at once: growing it would move every slot several times.
        let mut by_first: HashMap<Word, FirstToken> =
            HashMap::with_capacity_and_hasher(INDEX_FIRST_TOKENS, Default::default());
        let mut lower_first: HashMap<Word, FirstToken> = HashMap::default();
        // The embedded entries come tokenized; the user's are tokenized here.
        for &(i, a, b) in INDEX_ADDS {
            let toks = &INDEX_TOKENS[a as usize..b as usize];
            let word = |k: usize| Cow::Borrowed(table_str(toks[k]));
            index_entry(&mut by_first, i, toks.len(), word);
            if !starts_upper(table_str(ENTRIES[i as usize].text)) {
                index_entry(&mut lower_first, i, toks.len(), word);
            }
        }
        for (k, e) in rows.iter().enumerate() {
            let i = ENTRIES.len() + k;
            let mut add = |text: &str| {
                let words = token_words(text);
                let word = |k: usize| Cow::Owned(words[k].clone());
                index_entry(&mut by_first, i as u32, words.len(), word);
                if !starts_upper(&e.text) {
                    index_entry(&mut lower_first, i as u32, words.len(), word);
                }
            };
            add(&e.text);
            if let Some(v) = region_variant(e) {
                add(&v);
            }
        }
        sort_index(&mut by_first);
        sort_index(&mut lower_first);
        let mut first_filter = Box::new(WordBloom::empty());
        for k in by_first.keys() {
            first_filter.insert(k);
        }
        let mut lower_filter = WordBloom::empty();
        let mut lower_initials = [0u64; 4];
        for k in lower_first.keys() {
            lower_filter.insert(k);
            if let Some(&b) = k.as_bytes().first() {
                lower_initials[usize::from(b / 64)] |= 1 << (b % 64);
            }
        }
        (
            Firsts::Built(by_first),
            first_filter,
            Firsts::Built(lower_first),
            lower_filter,
            lower_initials,
        )
    }

    /// Formerly built the title and currency lists ahead of their first use;
    /// `build.rs` makes them now, so there is nothing left to do.
    pub fn prepare_word_lists() {}

    /// The gazetteer entries: the embedded ones, then the user's.
    pub fn entries(&self) -> impl Iterator<Item = GazEntry<'_>> {
        (0..(ENTRIES.len() + self.user.len()) as u32).map(|i| self.entry(i))
    }

    /// Entry `i` (the embedded entries first, then the user's).
    fn entry(&self, i: u32) -> GazEntry<'_> {
        match ENTRIES.get(i as usize) {
            Some(r) => GazEntry {
                text: table_str(r.text),
                etype: r.etype,
                canonical: r.canonical.map(table_str),
                tags: r.tags,
                source: ENTITY_SOURCES[r.file as usize],
            },
            None => {
                let r = &self.user[i as usize - ENTRIES.len()];
                GazEntry {
                    text: &r.text,
                    etype: r.etype,
                    canonical: r.canonical.as_deref(),
                    tags: r.tags,
                    source: r.source,
                }
            }
        }
    }

    /// The [`case`] facts of entry `i`.
    fn entry_case(&self, i: u32) -> u8 {
        match ENTRIES.get(i as usize) {
            Some(r) => r.case,
            None => self.user_case[i as usize - ENTRIES.len()],
        }
    }

    /// All gazetteer matches over the tokens of a text, as (start byte, end
    /// byte, entry), overlapping and unfiltered by case. A match starts and ends
    /// at token boundaries or at the hyphens inside a token (`Maroc` in
    /// `Maroc-Portugal`). `lower` is the text's lowercase shadow, `toks` its tokens.
    pub fn find_tokens<'s>(
        &'s self,
        lower: &str,
        toks: &[crate::tokenize::Token],
    ) -> Vec<(usize, usize, GazEntry<'s>)> {
        let mut out = Vec::new();
        self.scan(None, lower, toks, |m| out.push((m.start, m.end, m.entry)));
        out
    }

    /// The matches of [`Lexicon::find_tokens`], in the same order, given to
    /// `f`, less those that do not agree in case with their entry (in `text`,
    /// the text `lower` is the shadow of). An acronym (`ONU`) matches only as
    /// written; otherwise every capital of the entry must be one in the text
    /// (`La Réunion` is not `La réunion`), and extra capitals in the text are
    /// fine (`Afrique Centrale` for `Afrique centrale`).
    ///
    /// At a token that does not start with a capital, the entries that do are
    /// not even tried: that is most tokens (`de`, `la`, `le` start many entries),
    /// and only a few entries start otherwise.
    pub fn each_match<'s>(
        &'s self,
        text: &str,
        lower: &str,
        toks: &[crate::tokenize::Token],
        f: impl FnMut(GazMatch<'s>),
    ) {
        self.scan(Some(text), lower, toks, f);
    }

    /// [`Lexicon::find_tokens`] when `text` is `None`, [`Lexicon::each_match`] otherwise.
    fn scan<'s>(
        &'s self,
        text: Option<&str>,
        lower: &str,
        toks: &[crate::tokenize::Token],
        mut f: impl FnMut(GazMatch<'s>),
    ) {
        let norm = |k: usize| {
            let t = &toks[k];
            let w = &lower[t.range()];
            if t.has(crate::tokenize::flag::APOS) {
                apos_key(w)
            } else {
                Cow::Borrowed(w)
            }
        };
        // `first_ok`: the first letter is known to agree (a token that starts
        // with a capital, or an entry that does not).
        let mut emit = |start: usize, end: usize, tok: usize, e: u32, first_ok: bool| {
            let c = self.entry_case(e);
            let entry = self.entry(e);
            if let Some(text) = text {
                if !case_agrees(&text[start..end], entry.text, c, first_ok) {
                    return;
                }
            }
            f(GazMatch {
                start,
                end,
                tok,
                entry,
                one_word: c & case::ONE_WORD != 0,
            })
        };
        for (i, t) in toks.iter().enumerate() {
            // (A word's first letter is a capital when the tokenizer flagged
            // it so; the other tokens are few.)
            let upper = text.is_none_or(|x| {
                if t.kind == crate::tokenize::TokKind::Word {
                    t.has(crate::tokenize::flag::CAP)
                } else {
                    starts_upper(&x[t.start as usize..])
                }
            });
            let slot = if upper {
                let first = norm(i);
                if self.first_filter.may_contain(&*first) {
                    self.by_first.get(&first)
                } else {
                    None
                }
            } else if t.has(crate::tokenize::flag::APOS) || {
                // Without an apostrophe, the token's first byte is its key's.
                let b = lower.as_bytes()[t.start as usize];
                self.lower_initials[usize::from(b / 64)] & 1 << (b % 64) != 0
            } {
                let first = norm(i);
                if self.lower_filter.may_contain(&*first) {
                    self.lower_first.get(&first)
                } else {
                    None
                }
            } else {
                None
            };
            if let Some(slot) = slot {
                for &e in slot.single() {
                    emit(t.start as usize, t.end as usize, i, e, true);
                }
                if i + 1 < toks.len() && slot.has_multi() {
                    let second = norm(i + 1);
                    // A match of `rest` after the second token ends at token `i + n`.
                    let mut tail = |n: usize, e: u32| {
                        emit(t.start as usize, toks[i + n].end as usize, i, e, true)
                    };
                    match slot {
                        Slot::Static(s) => {
                            for &(a, b, e) in s.tails(&second) {
                                let rest = &INDEX_TOKENS[a as usize..b as usize];
                                let words = rest.iter().map(|&w| table_str(w));
                                if let Some(n) = rest_at(norm, toks.len(), i, words) {
                                    tail(n, e);
                                }
                            }
                        }
                        Slot::Built(s) => {
                            for (rest, e) in s.multi.get(second.as_ref()).into_iter().flatten() {
                                let words = rest.iter().map(|w| w.as_ref());
                                if let Some(n) = rest_at(norm, toks.len(), i, words) {
                                    tail(n, *e);
                                }
                            }
                        }
                    }
                }
            }
            // Parts of a hyphenated token: `Maroc-Portugal`, `Hydro-Québec`.
            if t.has(crate::tokenize::flag::HYPHEN) {
                let base = t.start as usize;
                let lw = &lower[t.range()];
                let hyphens = || lw.match_indices('-').map(|(p, _)| p);
                let cuts = std::iter::once(0).chain(hyphens().map(|p| p + 1));
                for a in cuts {
                    // The token after this one is the first to start at or
                    // after a part that does not start the token.
                    let tok = if a == 0 { i } else { i + 1 };
                    let ends = hyphens().chain(std::iter::once(lw.len()));
                    for b in ends.filter(|&b| b > a) {
                        if a == 0 && b == lw.len() {
                            continue;
                        }
                        let part = &lw[a..b];
                        if !self.first_filter.may_contain(part) {
                            continue;
                        }
                        if let Some(slot) = self.by_first.get(part) {
                            for &e in slot.single() {
                                emit(base + a, base + b, tok, e, false);
                            }
                        }
                    }
                }
            }
        }
    }

    /// The gazetteer entry whose text is exactly `text` (straight or curly apostrophes).
    pub fn lookup(&self, text: &str) -> Option<GazEntry<'_>> {
        let hit = if self.text_filter.may_contain(text) {
            self.texts.entry(text)
        } else {
            None
        };
        let i = match hit {
            Some(i) => i,
            // Looking for the first byte of `’` first: a `char` pattern of
            // three bytes sets up a substring search, and memchr has a call
            // through a pointer, both costly on a short word.
            None if text.bytes().any(|b| b == 0xE2) && text.contains('\u{2019}') => {
                self.texts.entry(&text.replace('\u{2019}', "'"))?
            }
            None => return None,
        };
        Some(self.entry(i))
    }

    /// The entries that give `canonical` as their fullest name (`UNDP`, `PNUD`
    /// for `Programme des Nations unies pour le développement`).
    pub fn aliases_of(&self, canonical: &str) -> impl Iterator<Item = GazEntry<'_>> {
        (self.texts.aliases(canonical).iter()).map(|&i| self.entry(i))
    }

    /// Is `w` (lowercase) a first name? `Some(true)` when it is also a common word.
    #[inline]
    pub fn first_name<'w>(&self, w: impl Into<Keyed<'w>>) -> Option<bool> {
        FIRST_NAMES.get(w).copied()
    }

    /// The longest title starting with lowercase words `ws[0]`, as (words used, kind).
    pub fn title_at<'w>(
        &self,
        ws: impl Fn(usize) -> Option<&'w str>,
    ) -> Option<(usize, TitleKind)> {
        let first = ws(0)?;
        let first = first.trim_end_matches('.');
        if !WordBloom(TITLE_BLOOM).may_contain(first) {
            return None;
        }
        'c: for (words, kind) in title_forms(first) {
            for (k, &w) in words.iter().enumerate().skip(1) {
                match ws(k) {
                    Some(x) if loose_eq(x, table_str(w)) => {}
                    _ => continue 'c,
                }
            }
            return Some((words.len(), kind));
        }
        None
    }

    /// False when no title starts at a word whose lowercase text is `w`: the
    /// quick reject of [`Lexicon::title_at`], on a hash made once (a word
    /// with a final dot is not rejected: the dot is not part of its key).
    #[inline]
    pub fn may_start_title<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        let w = w.into();
        w.text.ends_with('.') || WordBloom(TITLE_BLOOM).may_contain(w)
    }

    /// Is `w` (lowercase) an organisation head noun (`banque`, `université`)?
    #[inline]
    pub fn is_head<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        let w = w.into();
        let t = w.text;
        HEADS.get(w).is_some()
            || t.len() > 3 && t.ends_with(['s', 'x']) && HEADS.get(&t[..t.len() - 1]).is_some()
    }

    /// Is `w` (lowercase) a head noun that is often a common noun too (`bureau`)?
    /// Such a head starts a name only when a capitalised word follows it directly.
    #[inline]
    pub fn is_ambiguous_head<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        HEADS.get(w).copied().unwrap_or(false)
    }

    /// The country of a nationality adjective (`marocaine` → `Maroc`).
    #[inline]
    pub fn demonym<'w>(&self, w: impl Into<Keyed<'w>>) -> Option<&str> {
        // Of several countries, the last listed (what the table held when
        // one word kept one country).
        self.demonym_countries(w)?.rsplit('|').next()
    }

    /// Every country of a nationality adjective, `|`-separated in the order
    /// of `demonyms.tsv` (`congolais` → `Congo|République démocratique du Congo`).
    #[inline]
    pub fn demonym_countries<'w>(&self, w: impl Into<Keyed<'w>>) -> Option<&str> {
        DEMONYMS.get(w).map(|&c| table_str(c))
    }

    /// Is `w` (lowercase) a common French word?
    #[inline]
    pub fn is_common<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        COMMON.get(w).is_some()
    }

    /// The longest currency form starting at word `ws(0)`, as (words used, ISO code).
    /// Words compare as their lowercase forms (`Dollars US` is `dollars us`).
    pub fn currency_at<'w>(&self, ws: impl Fn(usize) -> Option<&'w str>) -> Option<(usize, &str)> {
        let first = ws(0)?;
        // This runs after every number: a word already lowercase is used as
        // it is, an ASCII one is lowercased on the stack.
        let mut buf = [0u8; 32];
        let key: Cow<'_, str> = if is_lowercase(first) {
            Cow::Borrowed(first)
        } else if first.len() <= buf.len() && first.is_ascii() {
            let b = &mut buf[..first.len()];
            b.copy_from_slice(first.as_bytes());
            b.make_ascii_lowercase();
            Cow::Borrowed(std::str::from_utf8(b).ok()?)
        } else {
            Cow::Owned(first.to_lowercase())
        };
        'c: for (words, code) in currency_forms(&key) {
            for (k, &w) in words.iter().enumerate().skip(1) {
                match ws(k) {
                    Some(x) if lowercase_is(x, table_str(w)) => {}
                    _ => continue 'c,
                }
            }
            return Some((words.len(), code));
        }
        None
    }
}

/// Is `x.to_lowercase()` equal to `lower`? Without allocating, char by char,
/// except for a capital sigma, whose lowercase depends on where it stands.
fn lowercase_is(x: &str, lower: &str) -> bool {
    // `lower` has no ASCII capital, so an ASCII `x` lowercases to it exactly
    // when they are equal but for ASCII case.
    if x.is_ascii() {
        return x.eq_ignore_ascii_case(lower);
    }
    if x.contains('\u{03A3}') {
        return x.to_lowercase() == lower;
    }
    x.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer_file(name: &str) -> String {
        let path = format!("{}/gazetteers/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).unwrap()
    }

    /// A word list as the run-time parser reads it: lowercase key → `value(columns)`.
    fn word_list<V>(name: &str, value: impl Fn(&Cols) -> V) -> HashMap<String, V> {
        rows(&gazetteer_file(name))
            .map(|(_, c)| (c[0].to_lowercase(), value(&c)))
            .collect()
    }

    fn same_map<V: fmt::Debug, W: fmt::Debug + PartialEq>(
        got: &WordTable<V>,
        value: impl Fn(&'static V) -> W,
        want: HashMap<String, W>,
    ) {
        assert_eq!(got.keys.len(), want.len());
        for (k, v) in want {
            assert_eq!(got.get(&k).map(&value), Some(v), "{k}");
        }
        assert!(got.get("pas un mot de la liste").is_none());
    }

    /// The title and currency lists as they were parsed at run time.
    /// (Formerly) the embedded word lists. They do not depend on user gazetteers, so they
    /// are shared by all lexicons and each is built once per process, on first
    /// use: a run that never looks at currencies does not parse them.
    mod words {
        use super::*;

        /// Title forms by their first word: (words, kind), longest first.
        type Titles = HashMap<String, Vec<(Vec<String>, TitleKind)>>;
        /// Currency forms by their lowercase first word: (words lowercased, ISO
        /// code), longest first. Lowercased once here, so that a lookup compares
        /// without allocating.
        type Currencies = HashMap<String, Vec<(Vec<String>, String)>>;

        /// Titles by their first word, longest first.
        pub(super) fn titles() -> &'static Titles {
            static M: OnceLock<Titles> = OnceLock::new();
            M.get_or_init(|| {
                let mut titles = Titles::default();
                for (_, cols) in rows(&gazetteer_file("titles.tsv")) {
                    let kind = if cols.get(1) == Some(&"civil") {
                        TitleKind::Civil
                    } else {
                        TitleKind::Function
                    };
                    let w = token_words(cols[0].trim_end_matches('.'));
                    if let Some(first) = w.first() {
                        titles.entry(first.clone()).or_default().push((w, kind));
                    }
                }
                for v in titles.values_mut() {
                    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
                }
                titles
            })
        }

        /// The first words of the titles, for a quick reject.
        pub(super) fn title_filter() -> &'static WordBloom<16> {
            static F: OnceLock<WordBloom<16>> = OnceLock::new();
            F.get_or_init(|| {
                let mut f = WordBloom::empty();
                for k in titles().keys() {
                    f.insert(k);
                }
                f
            })
        }

        /// Currency forms by their first word (lowercase), longest first, with their ISO code.
        pub(super) fn currencies() -> &'static Currencies {
            static M: OnceLock<Currencies> = OnceLock::new();
            M.get_or_init(|| {
                let mut currencies = Currencies::default();
                for (_, cols) in rows(&gazetteer_file("currencies.tsv")) {
                    let w: Vec<String> =
                        cols[0].split_whitespace().map(str::to_lowercase).collect();
                    if let (Some(first), Some(code)) = (w.first(), cols.get(1)) {
                        currencies
                            .entry(first.clone())
                            .or_default()
                            .push((w.clone(), code.to_string()));
                    }
                }
                for v in currencies.values_mut() {
                    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
                }
                currencies
            })
        }
    }

    /// `build.rs` made the title and currency tables as the run-time parse did.
    #[test]
    fn forms_match_the_word_lists() {
        let titles = words::titles();
        assert_eq!(words::title_filter().0, TITLE_BLOOM);
        assert_eq!(TITLES_BY_FIRST.keys.len(), titles.len());
        for (first, want) in titles {
            let got: Vec<_> = title_forms(first)
                .map(|(w, k)| (w.iter().map(|&w| table_str(w).to_string()).collect(), k))
                .collect();
            assert_eq!(&got, want, "{first}");
        }
        let currencies = words::currencies();
        assert_eq!(CURRENCIES_BY_FIRST.keys.len(), currencies.len());
        for (first, want) in currencies {
            let got: Vec<_> = currency_forms(first)
                .map(|(w, c)| {
                    let w = w.iter().map(|&w| table_str(w).to_string()).collect();
                    (w, c.to_string())
                })
                .collect();
            assert_eq!(&got, want, "{first}");
        }
        assert_eq!(title_forms("pas un mot").count(), 0);
        assert_eq!(currency_forms("pas un mot").count(), 0);
    }

    /// `got` (the static index) holds the entries of `want`, in the same order.
    fn same_index(got: &Firsts, want: &HashMap<Word, FirstToken>) {
        let Firsts::Static(table) = got else {
            panic!("the embedded lexicon has the static index")
        };
        assert_eq!(table.keys.len(), want.len());
        for (first, slot) in want {
            let Some(Slot::Static(got)) = got.get(first) else {
                panic!("{first}")
            };
            assert_eq!(got.single(), &slot.single[..], "{first}");
            let (at, size) = (got.seconds.0 as usize, got.seconds.1 as usize);
            let n = IX_SECOND_SLOTS[at..at + size]
                .iter()
                .filter(|&&s| s != 0)
                .count();
            assert_eq!(n, slot.multi.len(), "{first}");
            for (second, tails) in &slot.multi {
                let got: Vec<_> = (got.tails(second).iter())
                    .map(|&(a, b, e)| {
                        let rest = &INDEX_TOKENS[a as usize..b as usize];
                        (rest.iter().map(|&w| table_str(w)).collect::<Vec<_>>(), e)
                    })
                    .collect();
                let want: Vec<_> = (tails.iter())
                    .map(|(rest, e)| (rest.iter().map(|w| w.as_ref()).collect::<Vec<_>>(), *e))
                    .collect();
                assert_eq!(got, want, "{first} {second}");
            }
            assert!(got.tails("pas un mot de la liste").is_empty());
        }
        assert!(got.get("pas un mot de la liste").is_none());
    }

    /// The static index and one built at run time find the same matches.
    #[test]
    fn static_and_built_index_match_alike() {
        let (stat, built) = (Lexicon::builtin(), Lexicon::build_with(&[], true).unwrap());
        let dir = format!("{}/fixtures", env!("CARGO_MANIFEST_DIR"));
        let mut n = 0;
        for f in std::fs::read_dir(dir).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(p).unwrap();
            let t = crate::text::Text::new(&text);
            let toks = crate::tokenize::tokenize(t.as_str());
            let all = |lex: &Lexicon| {
                let mut v = Vec::new();
                lex.each_match(t.as_str(), t.lower(), &toks, |g| {
                    v.push((g.start, g.end, g.tok, g.entry.text.to_string()));
                });
                let found = lex.find_tokens(t.lower(), &toks);
                (
                    v,
                    found
                        .into_iter()
                        .map(|(s, e, g)| (s, e, g.text.to_string()))
                        .collect::<Vec<_>>(),
                )
            };
            let got = all(stat);
            assert_eq!(got, all(&built));
            n += got.0.len();
        }
        assert!(n > 100, "{n}");
    }

    /// `build.rs` made the tables from the files as `parse_entity_file`,
    /// the tokenizer and the row parser of this module read them.
    #[test]
    fn tables_match_the_gazetteer_files() {
        let mut want = Vec::new();
        for name in ["places.tsv", "orgs.tsv"] {
            want.extend(parse_entity_file(name, &gazetteer_file(name)).unwrap());
        }
        let lex = Lexicon::build(&[]).unwrap();
        assert_eq!(lex.entries().count(), want.len());
        for (k, want) in want.iter().enumerate() {
            assert_eq!(
                lex.entry_case(k as u32),
                case::of(&want.text),
                "{}",
                want.text
            );
        }
        for (got, want) in lex.entries().zip(&want) {
            assert_eq!(got.text, want.text);
            assert_eq!(got.etype, want.etype);
            assert_eq!(got.canonical, want.canonical.as_deref());
            assert_eq!(got.canonical_name().as_deref(), want.canonical.as_deref());
            assert!(got
                .canonical_name()
                .is_none_or(|c| matches!(c, Cow::Borrowed(_))));
            assert_eq!(got.tags, want.tags);
            assert_eq!(got.source, want.source);
        }
        let mut by_first = HashMap::default();
        let mut lower_first = HashMap::default();
        for (i, e) in want.iter().enumerate() {
            for text in std::iter::once(e.text.clone()).chain(region_variant(e)) {
                let w = token_words(&text);
                let word = |k: usize| Cow::Owned(w[k].clone());
                index_entry(&mut by_first, i as u32, w.len(), word);
                if !starts_upper(&e.text) {
                    index_entry(&mut lower_first, i as u32, w.len(), word);
                }
            }
        }
        sort_index(&mut by_first);
        sort_index(&mut lower_first);
        // The index `build.rs` made, and the one built at run time from its
        // input, are the index of the files.
        same_index(&lex.by_first, &by_first);
        same_index(&lex.lower_first, &lower_first);
        let built = Lexicon::build_with(&[], true).unwrap();
        assert!(matches!(&built.by_first, Firsts::Built(m) if *m == by_first));
        assert!(matches!(&built.lower_first, Firsts::Built(m) if *m == lower_first));
        assert_eq!(built.first_filter.0, lex.first_filter.0);
        assert_eq!(built.lower_filter.0, lex.lower_filter.0);
        assert_eq!(built.lower_initials, lex.lower_initials);
        // So are the entries by text and by canonical name.
        let Texts::Built {
            by_text,
            by_canonical,
        } = &built.texts
        else {
            panic!("built at run time")
        };
        assert!(matches!(lex.texts, Texts::Static));
        assert_eq!(BY_TEXT.keys.len(), by_text.len());
        assert_eq!(BY_CANONICAL.keys.len(), by_canonical.len());
        for e in &want {
            assert_eq!(lex.texts.entry(&e.text), built.texts.entry(&e.text));
            if let Some(c) = &e.canonical {
                assert_eq!(lex.texts.aliases(c), built.texts.aliases(c), "{c}");
            }
        }
        assert_eq!(lex.texts.entry("pas une entrée"), None);
        assert!(lex.texts.aliases("pas une entrée").is_empty());
        assert_eq!(built.text_filter.0, lex.text_filter.0);

        same_map(
            &FIRST_NAMES,
            |&amb| amb,
            word_list("firstnames.tsv", |c| {
                c.get(2).is_some_and(|a| *a == "1" || *a == "ambiguous")
            }),
        );
        same_map(&COMMON, |_| (), word_list("common_words.tsv", |_| ()));
        same_map(
            &HEADS,
            |&amb| amb,
            word_list("org_heads.tsv", |c| {
                c.get(1).is_some_and(|n| n.contains("ambiguous"))
            }),
        );
        same_map(&DEMONYMS, |&c| table_str(c).to_string(), {
            let mut want: HashMap<String, String> = HashMap::default();
            for (_, c) in rows(&gazetteer_file("demonyms.tsv")) {
                let country = c.get(1).copied().unwrap_or("");
                want.entry(c[0].to_lowercase())
                    .and_modify(|v| {
                        v.push('|');
                        v.push_str(country);
                    })
                    .or_insert_with(|| country.to_string());
            }
            want
        });
    }

    #[test]
    fn user_gazetteer_errors_name_file_and_line() {
        let e = parse_entity_file("mine.tsv", "# c\nOK\tORG\n\nbad\tTHING\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.to_string().starts_with("mine.tsv:4: unknown type"));
        let e = parse_entity_file("mine.tsv", "lonely\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = parse_entity_file("m.tsv", "a\tORG\tb\tc\td\n").unwrap_err();
        assert!(e.msg.contains("columns"));
    }

    #[test]
    fn currency_forms_match_in_any_case_and_longest_first() {
        let lex = Lexicon::builtin();
        let at = |ws: &[&'static str]| {
            let ws = ws.to_vec();
            lex.currency_at(move |k| ws.get(k).copied())
                .map(|(n, c)| (n, c.to_string()))
        };
        assert_eq!(at(&["dollars", "canadiens", "."]), Some((2, "CAD".into())));
        assert_eq!(at(&["DOLLARS", "Canadiens"]), Some((2, "CAD".into())));
        assert_eq!(at(&["Francs", "suisses"]), Some((2, "CHF".into())));
        assert_eq!(at(&["€"]), Some((1, "EUR".into())));
        // A first word that is not ASCII, or longer than the stack buffer.
        assert_eq!(
            at(&["ÉCUS", "de", "plus"]).map(|x| x.0),
            at(&["écus"]).map(|x| x.0)
        );
        assert_eq!(at(&["dollarsdollarsdollarsdollarsdollars"]), None);
        assert_eq!(at(&["accord"]), None);
        assert_eq!(at(&[]), None);
        // Greek capital sigma lowercases by position: compared as `str::to_lowercase` does.
        assert!(!super::lowercase_is("ΟΔΟΣ", "οδοσ"));
        assert!(super::lowercase_is("ΟΔΟΣ", "οδος"));
        assert!(super::lowercase_is("Canadiens", "canadiens"));
        assert!(!super::lowercase_is("Canadien", "canadiens"));
    }

    #[test]
    fn user_entries_are_matched() {
        let lex =
            Lexicon::build(&[("lists/u.tsv".into(), "Banque Zéphyr\tORG\t\t\n".into())]).unwrap();
        let text = "la Banque Zéphyr signe";
        let t = crate::text::Text::new(text);
        let toks = crate::tokenize::tokenize(t.as_str());
        let hits: Vec<_> = lex
            .find_tokens(t.lower(), &toks)
            .into_iter()
            .filter(|(_, _, e)| e.text == "Banque Zéphyr")
            .collect();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].2.source, "gazetteer:u.tsv");
    }

    /// The case rule of [`Lexicon::each_match`] as first written, on the entry text.
    fn case_ok(m: &str, e: &GazEntry<'_>) -> bool {
        let letters = e.text.chars().filter(|c| c.is_alphabetic()).count();
        let upper = e.text.chars().filter(|c| c.is_uppercase()).count();
        if letters >= 2 && upper == letters && !e.text.contains(' ') {
            return m == e.text;
        }
        let (Some(a), Some(b)) = (m.chars().next(), e.text.chars().next()) else {
            return false;
        };
        if b.is_uppercase() && !a.is_uppercase() {
            return false;
        }
        m.chars()
            .zip(e.text.chars())
            .all(|(x, y)| !y.is_uppercase() || x.is_uppercase())
    }

    /// `each_match` gives the matches of `find_tokens` that agree in case, in
    /// order, with the token `tok_at` finds.
    #[test]
    fn each_match_is_find_tokens_filtered_by_case() {
        let user = "ONU-Femmes\tORG\t\t\nla Caisse Zéphyr\tORG\t\t\nAfrique Zentrale\tPLACE\t\t\n\
                    inwi\tORG\t\t\n’Aïn Test\tPLACE\t\t\nBIZ\tORG\t\t\nÉtat Zed\tORG\t\t\n";
        let lex = Lexicon::build(&[("u.tsv".into(), user.into())]).unwrap();
        let mut texts = vec![
            "L’ONU, l’onu, ONU-Femmes et onu-femmes ; la Caisse Zéphyr, La Caisse zéphyr, \
             LA CAISSE ZÉPHYR. Afrique Zentrale, afrique zentrale, Afrique ZENTRALE. \
             inwi, Inwi, INWI ; ’Aïn Test, ’aïn test ; BIZ, Biz, biz ; état zed, État Zed, ÉTAT ZED. \
             Maroc-Portugal, maroc-portugal, Hydro-Québec, Rabat-Salé-Kénitra, @Maroc #Maroc \
             la France, La France, le Caire, Le Caire, Nations unies, nations Unies."
                .to_string(),
        ];
        let dir = format!("{}/fixtures", env!("CARGO_MANIFEST_DIR"));
        for f in std::fs::read_dir(dir).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(p).unwrap());
            }
        }
        let mut n = 0;
        for text in &texts {
            let t = crate::text::Text::new(text);
            let toks = crate::tokenize::tokenize(t.as_str());
            let want: Vec<_> = lex
                .find_tokens(t.lower(), &toks)
                .into_iter()
                .filter(|&(s, e, entry)| case_ok(&t.as_str()[s..e], &entry))
                .map(|(s, e, entry)| {
                    let tok = toks.partition_point(|t| (t.start as usize) < s);
                    (s, e, tok, entry.text, !entry.text.contains(' '))
                })
                .collect();
            let mut got = Vec::new();
            lex.each_match(t.as_str(), t.lower(), &toks, |g| {
                got.push((g.start, g.end, g.tok, g.entry.text, g.one_word));
            });
            assert_eq!(got, want);
            n += got.len();
        }
        assert!(n > 100, "{n}");
    }
}
