//! Stage 3 and 4: rule and gazetteer matches, then entities.
//!
//! Each rule family lives in its own module and only proposes [`Candidate`]s
//! over the shared, read-only [`Ctx`]; [`resolve`] then picks a non-overlapping
//! set (an outer span beats what it contains, so `Crédit Agricole du Maroc`
//! beats the place inside it). A second pass adds mentions that depend on the
//! first ones (a surname alone after the full name, an acronym written in
//! mixed case).

pub mod figures;
pub mod gazetteer;
pub mod ministries;
pub mod orgs;
pub mod persons;
pub mod places;

use crate::lexicon::{EntityType, Keyed, Lexicon, TitleKind};
use crate::tokenize::{flag, TokKind, Token};
use std::cell::Cell;
use std::ops::Range;

/// A normalised figure value.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureValue {
    /// A number.
    Num(f64),
    /// An ISO 8601 date, as far as the text gives it (`2025-07-03`, `--07-03`, `2024-09`, `2030`).
    Date(String),
}

/// What a FIGURE is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// A count or quantity.
    Number,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A calendar date.
    Date,
}

impl FigureKind {
    /// The label used in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Number => "number",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Date => "date",
        }
    }
}

/// The value of a FIGURE entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Number, money, percent or date.
    pub kind: FigureKind,
    /// The normalised value.
    pub value: FigureValue,
    /// ISO 4217 currency code, for money.
    pub unit: Option<String>,
}

/// A proposed entity, before overlaps are resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The type.
    pub etype: EntityType,
    /// The rule or gazetteer that proposed it.
    pub rule: &'static str,
    /// Tie-breaker between spans of equal length: higher wins.
    pub prio: u8,
    /// For FIGURE.
    pub figure: Option<Figure>,
    /// The fullest name, when a gazetteer knows it.
    pub canonical: Option<std::borrow::Cow<'static, str>>,
}

impl Candidate {
    /// A candidate without figure or canonical name.
    pub fn new(start: usize, end: usize, etype: EntityType, rule: &'static str, prio: u8) -> Self {
        Candidate {
            start,
            end,
            etype,
            rule,
            prio,
            figure: None,
            canonical: None,
        }
    }
}

/// A candidate over tokens `a..b` (`b` exclusive).
pub(crate) fn tok_span(
    ctx: &Ctx,
    (a, b): (usize, usize),
    etype: EntityType,
    rule: &'static str,
    prio: u8,
) -> Candidate {
    Candidate::new(ctx.bstart(a), ctx.bend(b - 1), etype, rule, prio)
}

/// An entity of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Byte offset of the start in the normalised text.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// Index of the first token.
    pub tok_start: usize,
    /// Index one past the last token.
    pub tok_end: usize,
    /// The type.
    pub etype: EntityType,
    /// The rule or gazetteer that produced it.
    pub rule: &'static str,
    /// For FIGURE.
    pub figure: Option<Figure>,
    /// The fullest name a gazetteer knows for it.
    pub canonical: Option<std::borrow::Cow<'static, str>>,
}

/// The read-only view of a document that every rule works on.
pub struct Ctx<'a> {
    /// The normalised text.
    pub text: &'a str,
    /// Its lowercase shadow (same byte offsets).
    pub lower: &'a str,
    /// The tokens.
    pub toks: &'a [Token],
    /// Sentences as token ranges.
    pub sents: &'a [Range<usize>],
    /// For each token, the index of its sentence.
    pub sent_of: Vec<u32>,
    /// For each sentence, the index of its first word or number token.
    first_word: Vec<u32>,
    /// Each token's text, and its lowercase text with its Bloom hash, made
    /// once: the rules read them many times per token, often both, and test
    /// the lowercase text against many word lists.
    tok_strs: Vec<(&'a str, Keyed<'a>)>,
    /// Per-token answers of `persons::name_tok` (outside and inside a name),
    /// each computed on first demand (0: not yet) and kept: the name rules ask
    /// about the same tokens many times.
    pub(crate) name_cache: Vec<Cell<u8>>,
    /// Per-token title lengths (bit 7: civil; [`TITLE_UNKNOWN`]: not asked
    /// yet), each computed on first demand.
    title_cache: Vec<Cell<u8>>,
    /// The lexicon.
    pub lex: &'a Lexicon,
}

impl<'a> Ctx<'a> {
    /// Builds the context.
    pub fn new(
        text: &'a str,
        lower: &'a str,
        toks: &'a [Token],
        sents: &'a [Range<usize>],
        lex: &'a Lexicon,
    ) -> Self {
        let mut sent_of = vec![0u32; toks.len()];
        for (k, r) in sents.iter().enumerate() {
            for s in &mut sent_of[r.clone()] {
                *s = k as u32;
            }
        }
        let first_word = sents
            .iter()
            .map(|r| {
                (r.clone())
                    .find(|&k| matches!(toks[k].kind, TokKind::Word | TokKind::Number))
                    .unwrap_or(r.end) as u32
            })
            .collect();
        let tok_strs = toks
            .iter()
            .map(|t| (&text[t.range()], Keyed::new(&lower[t.range()])))
            .collect();
        Ctx {
            text,
            lower,
            toks,
            sents,
            sent_of,
            first_word,
            tok_strs,
            name_cache: vec![Cell::new(0); toks.len()],
            title_cache: vec![Cell::new(TITLE_UNKNOWN); toks.len()],
            lex,
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    /// Token `i`'s text.
    pub fn t(&self, i: usize) -> &'a str {
        self.tok_strs.get(i).map_or("", |s| s.0)
    }
    /// Token `i`'s lowercase text.
    pub fn l(&self, i: usize) -> &'a str {
        self.tok_strs.get(i).map_or("", |s| s.1.text)
    }
    /// Token `i`'s lowercase text with its Bloom hash, for the word lists and
    /// lexicon tables (`""` past the end).
    #[inline]
    pub fn w(&self, i: usize) -> Keyed<'a> {
        match self.tok_strs.get(i) {
            Some(s) => s.1,
            None => Keyed::new(""),
        }
    }
    /// Token `i`'s kind.
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    /// Whether token `i` has flag `f`.
    pub fn has(&self, i: usize, f: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(f))
    }
    /// Is token `i` a word starting with a capital?
    pub fn is_cap(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word) && self.has(i, flag::CAP)
    }
    /// Does token `i` start its sentence (quotes and dashes before it do not count)?
    pub fn sent_initial(&self, i: usize) -> bool {
        let Some(&s) = self.sent_of.get(i) else {
            return false;
        };
        self.first_word[s as usize] as usize >= i
    }
    /// The first word or number token of sentence `s`.
    pub fn first_word_of(&self, s: usize) -> usize {
        self.first_word.get(s).map_or(usize::MAX, |&w| w as usize)
    }
    /// Do tokens `i` and `j` belong to the same sentence?
    pub fn same_sent(&self, i: usize, j: usize) -> bool {
        i < self.len() && j < self.len() && self.sent_of[i] == self.sent_of[j]
    }
    /// Is token `i`'s lowercase text one of `ws`?
    pub fn is(&self, i: usize, ws: &[&str]) -> bool {
        let l = self.l(i);
        ws.contains(&l)
    }
    /// Is token `i`'s lowercase text in `set`?
    pub fn is_in(&self, i: usize, set: &WordSet) -> bool {
        i < self.len() && set.contains(self.w(i))
    }
    /// Is token `i` an elided article or preposition (`l’`, `d'`)?
    pub fn is_elision(&self, i: usize, base: &str) -> bool {
        self.has(i, flag::ELISION)
            && self.l(i).starts_with(base)
            && self.l(i).len() <= base.len() + 3
    }
    /// Is token `i` a French article (`le`, `la`, `les`, `l’`)?
    #[inline]
    pub fn is_article(&self, i: usize) -> bool {
        // A `match` compares with each constant inline; a list would call memcmp.
        matches!(self.l(i), "le" | "la" | "les") || self.is_elision(i, "l")
    }
    /// Is token `i` the preposition `de` in any form (`de`, `d’`, `du`, `des`)?
    #[inline]
    pub fn is_de(&self, i: usize) -> bool {
        matches!(self.l(i), "de" | "du" | "des") || self.is_elision(i, "d")
    }
    /// Byte start of token `i`.
    pub fn bstart(&self, i: usize) -> usize {
        self.toks[i].start as usize
    }
    /// Byte end of token `i`.
    pub fn bend(&self, i: usize) -> usize {
        self.toks[i].end as usize
    }
    /// Is token `i` a capitalised word that is a common word at the start of its sentence
    /// (`Les`, `Selon`, `Pour`)? Such a word is never part of a name.
    pub fn is_initial_common(&self, i: usize) -> bool {
        self.sent_initial(i)
            && self.lex.is_common(self.w(i))
            && self.lex.first_name(self.w(i)).is_none()
    }
    /// A function or civil title starting at token `i`: (tokens used, kind).
    /// Computed once per token: the rules ask about the same tokens many times.
    #[inline]
    pub fn title_at(&self, i: usize) -> Option<(usize, TitleKind)> {
        let cell = self.title_cache.get(i)?;
        let mut b = cell.get();
        if b == TITLE_UNKNOWN {
            b = self.fill_title(i, cell);
        }
        match b {
            0 => None,
            b if b & 128 != 0 => Some(((b & 127) as usize, TitleKind::Civil)),
            b => Some((b as usize, TitleKind::Function)),
        }
    }

    /// Computes and caches the title bytes of token `i` and of the tokens
    /// after it, up to [`FILL_AHEAD`]; returns token `i`'s. Out of line, so
    /// that the cached path of [`Ctx::title_at`] stays small enough to
    /// inline; ahead, because the rules ask about nearly every word in
    /// order, so one call per run of tokens costs less than one per token.
    #[inline(never)]
    fn fill_title(&self, i: usize, cell: &Cell<u8>) -> u8 {
        let end = (i + FILL_AHEAD).min(self.len());
        for (k, c) in self.title_cache[i..end].iter().enumerate() {
            if c.get() == TITLE_UNKNOWN {
                c.set(match self.compute_title_at(i + k) {
                    Some((n, TitleKind::Function)) => n.min(127) as u8,
                    Some((n, TitleKind::Civil)) => 128 | n.min(127) as u8,
                    None => 0,
                });
            }
        }
        cell.get()
    }

    fn compute_title_at(&self, i: usize) -> Option<(usize, TitleKind)> {
        if self.kind(i) != Some(TokKind::Word) || !self.lex.may_start_title(self.w(i)) {
            return None;
        }
        let (n, kind) = self.lex.title_at(|k| {
            let j = i + k;
            (j < self.len() && self.kind(j) == Some(TokKind::Word)).then(|| self.l(j))
        })?;
        // `M.`, `Dr.`, `MM.`: take the dot too.
        let mut used = n;
        if kind == TitleKind::Civil
            && self.t(i + n) == "."
            && self.toks[i + n].start == self.toks[i + n - 1].end
        {
            used += 1;
        }
        Some((used, kind))
    }
    /// The index of the first token whose start is at or after byte `b`.
    pub fn tok_at(&self, b: usize) -> usize {
        self.toks.partition_point(|t| (t.start as usize) < b)
    }
}

/// How many tokens a per-token cache fills at once, from the one asked about.
pub(crate) const FILL_AHEAD: usize = 32;

/// The title cache's mark for a token not asked about yet: a civil title of
/// no words, which no title is (were one, it would only be computed again).
const TITLE_UNKNOWN: u8 = 128;

/// Runs every rule family and resolves overlaps.
pub fn extract(ctx: &Ctx) -> Vec<Entity> {
    let mut cands = Vec::new();
    gazetteer::propose(ctx, &mut cands);
    places::propose(ctx, &mut cands);
    orgs::propose(ctx, &mut cands);
    ministries::propose(ctx, &mut cands);
    persons::propose(ctx, &mut cands);
    figures::propose(ctx, &mut cands);
    let first = resolve(ctx, cands);
    let mut more = Vec::new();
    persons::propose_aliases(ctx, &first, &mut more);
    orgs::propose_aliases(ctx, &first, &mut more);
    places::propose_aliases(ctx, &first, &mut more);
    let ents = if more.is_empty() {
        first
    } else {
        let mut all: Vec<Candidate> = first.into_iter().map(entity_to_candidate).collect();
        all.extend(more);
        resolve(ctx, all)
    };
    let mut ents = ministries::with_acronyms(ctx, ents);
    figures::finish(ctx, &mut ents);
    ents
}

pub(crate) fn entity_to_candidate(e: Entity) -> Candidate {
    Candidate {
        start: e.start,
        end: e.end,
        etype: e.etype,
        rule: e.rule,
        prio: 200,
        figure: e.figure,
        canonical: e.canonical,
    }
}

/// Picks non-overlapping candidates: longer spans first, then higher priority,
/// then earlier; returns them sorted by start.
pub fn resolve(ctx: &Ctx, mut cands: Vec<Candidate>) -> Vec<Entity> {
    cands.retain(|c| c.start < c.end && c.end <= ctx.text.len());
    // Longer spans first (in chars), then higher priority, then earlier, then
    // the order rules proposed them in. Sorting small keys, not candidates.
    use std::cmp::Reverse;
    type Key = (Reverse<u32>, Reverse<u8>, u32, EntityType, u32);
    let mut order: Vec<Key> = cands
        .iter()
        .enumerate()
        .map(|(k, c)| {
            (
                Reverse(ctx.text[c.start..c.end].chars().count() as u32),
                Reverse(c.prio),
                c.start as u32,
                c.etype,
                k as u32,
            )
        })
        .collect();
    order.sort_unstable();
    // A candidate is kept when none of its bytes is taken yet.
    let mut taken = ByteSet::new(ctx.text.len());
    let mut kept: Vec<(usize, u32)> = Vec::with_capacity(order.len());
    for (.., k) in order {
        let c = &cands[k as usize];
        if !taken.any_in(c.start, c.end) {
            taken.insert(c.start, c.end);
            kept.push((c.start, k));
        }
    }
    // Kept spans never overlap, so their starts differ: ordering by start
    // alone is ordering by (start, end). It also makes both token bounds
    // grow, so one forward walk over the tokens finds them all.
    kept.sort_unstable();
    // (Each candidate is kept once at most: its figure and name are taken
    // from it in place, not from a copy of all candidates.)
    let mut out = Vec::with_capacity(kept.len());
    let toks = ctx.toks;
    let mut tok_start = 0;
    for (_, k) in kept {
        let c = &mut cands[k as usize];
        // The first token starting at or after the span's start, then its end.
        while tok_start < toks.len() && (toks[tok_start].start as usize) < c.start {
            tok_start += 1;
        }
        let mut tok_end = tok_start;
        while tok_end < toks.len() && (toks[tok_end].start as usize) < c.end {
            tok_end += 1;
        }
        out.push(Entity {
            start: c.start,
            end: c.end,
            tok_start,
            tok_end,
            etype: c.etype,
            rule: c.rule,
            figure: c.figure.take(),
            canonical: c.canonical.take(),
        });
    }
    out
}

/// A set of byte offsets of a text, one bit each.
struct ByteSet(Vec<u64>);

impl ByteSet {
    fn new(len: usize) -> Self {
        ByteSet(vec![0; len / 64 + 1])
    }
    /// The words of `a..b` (non-empty, within the text), each with the mask
    /// of its bits in the range.
    fn words(a: usize, b: usize) -> impl Iterator<Item = (usize, u64)> {
        let (first, last) = (a / 64, (b - 1) / 64);
        (first..=last).map(move |w| {
            let lo = if w == first { a % 64 } else { 0 };
            let hi = if w == last { (b - 1) % 64 } else { 63 };
            (w, (u64::MAX >> (63 - hi)) & (u64::MAX << lo))
        })
    }
    /// Is any byte of `a..b` in the set?
    fn any_in(&self, a: usize, b: usize) -> bool {
        Self::words(a, b).any(|(w, m)| self.0[w] & m != 0)
    }
    /// Adds the bytes of `a..b`.
    fn insert(&mut self, a: usize, b: usize) {
        for (w, m) in Self::words(a, b) {
            self.0[w] |= m;
        }
    }
}

/// Trims a token range so that it does not end in a connector (`de`, `et`, an article).
pub fn trim_connectors(ctx: &Ctx, start: usize, mut end: usize) -> usize {
    while end > start + 1 {
        let k = end - 1;
        if ctx.is_de(k)
            || ctx.is_article(k)
            || ctx.is(
                k,
                &[
                    "et", "à", "en", "pour", "sur", "of", "and", "the", "&", "e", "y", "-",
                ],
            )
            || ctx.kind(k) == Some(TokKind::Punct)
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// The quick reject in front of the fixed word lists: 2,048 bits (256
/// bytes) each, so that a list of 100 words lets few other words through to
/// its hash set (at 256 bits, one in four or five).
pub(crate) type Prefilter = crate::lexicon::WordBloom<32>;

const fn prefilter_of_words(words: &[&str]) -> Prefilter {
    prefilter_of_lists(&[words])
}

/// The prefilter of every word of `lists`: a quick reject for a rule that
/// wants a word of any of them.
pub(crate) const fn prefilter_of_lists(lists: &[&[&str]]) -> Prefilter {
    let mut f = Prefilter::empty();
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            f = f.with(lists[l][k]);
            k += 1;
        }
        l += 1;
    }
    f
}

const fn prefilter_of_pairs<V>(pairs: &[(&str, V)]) -> Prefilter {
    let mut f = Prefilter::empty();
    let mut k = 0;
    while k < pairs.len() {
        f = f.with(pairs[k].0);
        k += 1;
    }
    f
}

/// A fixed word list with constant-time lookup (built on first use), for the
/// lists that rules consult on every token.
pub struct WordSet {
    words: &'static [&'static str],
    filter: Prefilter,
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    /// A set over `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            filter: prefilter_of_words(words),
            set: std::sync::OnceLock::new(),
        }
    }
    /// Is `w` in the set?
    #[inline]
    pub fn contains<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        let w = w.into();
        self.filter.may_contain(w)
            && self
                .set
                .get_or_init(|| self.words.iter().copied().collect())
                .contains(w.text)
    }
}

/// A word set built at run time (from other tables), with the same prefilter
/// as [`WordSet`].
pub struct WordFilter {
    filter: Prefilter,
    set: rustc_hash::FxHashSet<&'static str>,
}

impl FromIterator<&'static str> for WordFilter {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> Self {
        let mut f = WordFilter {
            filter: Prefilter::empty(),
            set: Default::default(),
        };
        for w in words {
            f.filter.insert(w);
            f.set.insert(w);
        }
        f
    }
}

impl WordFilter {
    /// Is `w` in the set?
    pub fn contains<'w>(&self, w: impl Into<Keyed<'w>>) -> bool {
        let w = w.into();
        self.filter.may_contain(w) && self.set.contains(w.text)
    }
}

/// A fixed word → value table with constant-time lookup (built on first use).
pub struct WordMap<V: Copy + Send + Sync + 'static> {
    pairs: &'static [(&'static str, V)],
    filter: Prefilter,
    map: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, V>>,
}

impl<V: Copy + Send + Sync + 'static> WordMap<V> {
    /// A map over `pairs` (the first pair wins for a repeated word).
    pub const fn new(pairs: &'static [(&'static str, V)]) -> Self {
        WordMap {
            pairs,
            filter: prefilter_of_pairs(pairs),
            map: std::sync::OnceLock::new(),
        }
    }
    /// The words of the table.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.pairs.iter().map(|&(k, _)| k)
    }

    /// The value of `w`.
    pub fn get<'w>(&self, w: impl Into<Keyed<'w>>) -> Option<V> {
        let w = w.into();
        if !self.filter.may_contain(w) {
            return None;
        }
        let w = w.text;
        self.map
            .get_or_init(|| {
                let mut m = rustc_hash::FxHashMap::default();
                for &(k, v) in self.pairs {
                    m.entry(k).or_insert(v);
                }
                m
            })
            .get(w)
            .copied()
    }
}

/// Frequent third-person verbs of news French, which end a lowercase name
/// (`la Banque mondiale finance …`, `l’Office … publie …`).
static VERBS: WordSet = WordSet::new(&[
    "publie",
    "finance",
    "lance",
    "annonce",
    "signe",
    "organise",
    "ouvre",
    "accueille",
    "recrute",
    "présente",
    "dénonce",
    "appelle",
    "réunit",
    "prévoit",
    "compte",
    "emploie",
    "investit",
    "soutient",
    "accompagne",
    "propose",
    "confirme",
    "regrette",
    "souhaite",
    "exige",
    "rejette",
    "salue",
    "estime",
    "affirme",
    "indique",
    "précise",
    "explique",
    "déclare",
    "dispose",
    "détient",
    "gère",
    "mène",
    "vise",
    "entend",
    "reste",
    "devient",
    "demeure",
    "dirige",
    "représente",
    "assure",
    "offre",
    "octroie",
    "accorde",
    "obtient",
    "reçoit",
    "perd",
    "gagne",
    "enregistre",
    "affiche",
    "atteint",
    "prend",
    "met",
    "fait",
    "dit",
    "va",
    "doit",
    "peut",
    "veut",
    "tient",
    "vient",
    "rejoint",
    "quitte",
    "inaugure",
    "célèbre",
    "participe",
    "contribue",
    "intervient",
    "poursuit",
    "renforce",
    "étend",
    "élargit",
    "développe",
    "circule",
    "tient",
    "fournit",
    "livre",
    "construit",
    "produit",
    "vend",
    "achète",
    "rachète",
    "cède",
    "emprunte",
    "prête",
    "verse",
    "alloue",
    "mobilise",
    "débloque",
    "approuve",
    "adopte",
    "valide",
    "autorise",
    "suspend",
    "reprend",
    "lève",
    "relève",
    "baisse",
    "augmente",
    "réduit",
    "maintient",
    "table",
    "mise",
    "parie",
    "travaille",
    "collabore",
    "coopère",
    "négocie",
    "conclut",
    "paraphe",
    "scelle",
    "ratifie",
    "examine",
    "étudie",
    "évalue",
    "forme",
    "crée",
    // The verbs of official communiqués (`Le Ministère … informe l’opinion`).
    "informe",
    "invite",
    "rappelle",
    "porte",
    "félicite",
    "remercie",
    "condamne",
    "réaffirme",
    "exprime",
    "communique",
    "sollicite",
    "déplore",
    "encourage",
    "prie",
    "avise",
]);

/// Does `w` (lowercase) look like a conjugated verb rather than part of a name?
pub fn looks_like_verb<'w>(w: impl Into<Keyed<'w>>) -> bool {
    let w = w.into();
    let in_list = VERBS.contains(w);
    let w = w.text;
    in_list
        || w.chars().count() > 4
            && (w.ends_with("ent") && !w.ends_with("ment")
                || w.ends_with("ont")
                || w.ends_with("aient")
                || w.ends_with("ait")
                || w.chars().count() > 5
                    && (w.ends_with("era") || w.ends_with("eront") || w.ends_with("erait")))
}

/// Lowercase words that end a name or a portfolio.
pub fn ministries_stop() -> &'static WordSet {
    &ministries::STOP
}

/// Roman numerals used after names (`Mohammed VI`, `Jean-Paul II`).
pub fn is_roman(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 5
        && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && !matches!(s, "IVI" | "VV" | "IIII")
}

#[cfg(test)]
mod tests;
