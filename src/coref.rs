//! Stage 5: aliases and coreference within one article.
//!
//! Entities that name the same thing are grouped: the same name written
//! again, an acronym and its long form (`Programme des Nations unies pour le
//! développement (PNUD)`, or any long form whose initials the acronym spells),
//! names that a gazetteer gives one canonical form, a surname or first name
//! alone and the full name, a handle or hashtag and the name it spells
//! (`@PNUDMaroc`, `#PNUD`), and `celui de X` with `ministère de X`. Each
//! cluster carries its fullest name and the other names (its aliases).

use crate::entities::orgs::{fold_span, sh_long_form};
use crate::entities::{Ctx, Entity};
use crate::lexicon::EntityType;
use crate::text::fold;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// A group of entities that name the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The entity type.
    pub etype: EntityType,
    /// Indices into the document's entities.
    pub members: Vec<usize>,
    /// The fullest name.
    pub name: String,
    /// The other names, in order of first appearance (gazetteer names last).
    pub aliases: Vec<String>,
    /// The fullest name folded ([`fold`]): the key later stages compare names by.
    pub key: String,
}

/// All clusters of a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    /// The clusters, in order of first mention.
    pub clusters: Vec<Cluster>,
    /// For each entity, its cluster (None for FIGURE).
    pub of_entity: Vec<Option<usize>>,
}

impl Clusters {
    /// The cluster of entity `e`.
    pub fn get(&self, e: usize) -> Option<&Cluster> {
        self.of_entity
            .get(e)
            .copied()
            .flatten()
            .map(|c| &self.clusters[c])
    }
}

/// Union-find over indices; the smaller index stays the root, so groups are
/// ordered by their first member (first mention, first slot).
pub(crate) struct Uf(pub(crate) Vec<usize>);

impl Uf {
    /// `n` singletons.
    pub(crate) fn new(n: usize) -> Uf {
        Uf((0..n).collect())
    }
    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The earlier entity stays the root, so cluster order follows the text.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// A name fit to be a cluster's fullest name: not a handle (`Ministere_TNRA`)
/// nor an acronym.
pub(crate) fn is_plain_name(s: &str) -> bool {
    !s.contains('_') && !is_acronym(s)
}

/// At least two letters, no space, and more capitals than half the letters.
/// One pass over the bytes, with ASCII answered without decoding chars or
/// asking the Unicode tables: it runs on every entity and every cluster name.
pub(crate) fn is_acronym(s: &str) -> bool {
    let (mut letters, mut upper) = (0usize, 0usize);
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b == b' ' {
                return false;
            }
            letters += usize::from(b.is_ascii_alphabetic());
            upper += usize::from(b.is_ascii_uppercase());
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            letters += usize::from(c.is_alphabetic());
            upper += usize::from(c.is_uppercase());
            i += c.len_utf8();
        }
    }
    letters >= 2 && upper * 2 > letters
}

/// `celui de l’Éducation nationale` → `ministère de l’Éducation nationale`.
pub fn ellipsis_to_ministry(s: &str) -> Option<String> {
    let rest = s
        .strip_prefix("celui ")
        .or_else(|| s.strip_prefix("Celui "))?;
    Some(format!("ministère {rest}"))
}

/// Does [`ellipsis_to_ministry`] expand `s`? (Without building the expansion.)
fn is_ellipsis(s: &str) -> bool {
    s.starts_with("celui ") || s.starts_with("Celui ")
}

/// Groups the entities of a document.
pub fn cluster(ctx: &Ctx, ents: &[Entity]) -> Clusters {
    let n = ents.len();
    let mut uf = Uf::new(n);
    let texts: Vec<&str> = ents.iter().map(|e| &ctx.text[e.start..e.end]).collect();
    // Articles repeat their names: each (type, text) is folded once, its first
    // mention stands for the later ones, and a later one whose gazetteer name
    // is also the same shares its folded canonical name.
    // (type, text) → its first mention.
    let mut first_of: HashMap<(EntityType, &str), usize> =
        HashMap::with_capacity_and_hasher(n, Default::default());
    let mut first = vec![usize::MAX; n];
    // The folded texts and canonical names, by slot; figures have none.
    let mut forms: Vec<Cow<str>> = Vec::with_capacity(n);
    let mut acronym = vec![false; n];
    let mut form_of = vec![usize::MAX; n];
    let mut canon_of = vec![usize::MAX; n];
    for i in 0..n {
        let e = &ents[i];
        if e.etype == EntityType::Figure {
            continue;
        }
        let i0 = *first_of.entry((e.etype, texts[i])).or_insert(i);
        first[i] = i0;
        if i0 != i {
            form_of[i] = form_of[i0];
            acronym[i] = acronym[i0];
            if e.canonical == ents[i0].canonical {
                canon_of[i] = canon_of[i0];
                continue;
            }
        } else {
            form_of[i] = forms.len();
            forms.push(fold_span(ctx, e.start..e.end));
            acronym[i] = is_acronym(texts[i]);
        }
        let can = match e.etype {
            EntityType::Ministry => ellipsis_to_ministry(texts[i])
                .map(|m| fold(&m))
                .or_else(|| e.canonical.as_deref().map(fold)),
            _ => e.canonical.as_deref().map(fold),
        };
        if let Some(can) = can {
            canon_of[i] = forms.len();
            forms.push(Cow::Owned(can));
        }
    }
    let slot = |k: usize| forms.get(k).map(|f| f.as_ref());
    let folded: Vec<&str> = form_of.iter().map(|&k| slot(k).unwrap_or("")).collect();
    let canon: Vec<Option<&str>> = canon_of.iter().map(|&k| slot(k)).collect();

    // Same folded name, or same canonical name, same type.
    let mut by_key: HashMap<(EntityType, &str), usize> =
        HashMap::with_capacity_and_hasher(2 * n, Default::default());
    for i in 0..n {
        if ents[i].etype == EntityType::Figure {
            continue;
        }
        // A repeated text: its first mention already holds (or joined) the
        // folded key, so joining that mention is the same union.
        let folded_key = if first[i] == i {
            Some(folded[i])
        } else {
            uf.union(i, first[i]);
            None
        };
        for key in [folded_key, canon[i]].into_iter().flatten() {
            match by_key.get(&(ents[i].etype, key)) {
                Some(&j) => uf.union(i, j),
                None => {
                    by_key.insert((ents[i].etype, key), i);
                }
            }
        }
    }
    // The pairwise rules below run over distinct names, not over mentions, so
    // an article that repeats a name many times costs no more than once.
    let mut reps: Vec<usize> = by_key
        .iter()
        .filter(|((_, k), &i)| *k == folded[i])
        .map(|(_, &i)| i)
        .collect();
    reps.sort_unstable();
    for i in 0..n {
        let e = &ents[i];
        if e.etype == EntityType::Figure {
            continue;
        }
        // `Long Form (ACR)` and `(English Form -ACR)`: entities around a parenthesis.
        // Every rule here joins two entities of the same type.
        if let Some(j) = ents.get(i + 1).filter(|j| j.etype == e.etype) {
            let between = &ctx.text[e.end..j.start];
            let b = between.trim();
            // (After a comma or a dash, only an acronym the name spells:
            // `Kontinent, Hemla, AOGC` is a list.)
            if (b == "(" || b == "(-") && acronym[i + 1]
                || (b == "," || b == "-")
                    && acronym[i + 1]
                    && initials_fit(&ctx.text[j.start..j.end], &ctx.text[e.start..e.end])
            {
                uf.union(i, i + 1);
            }
            if b == "(" && (acronym[i] || e.etype == EntityType::Org) {
                uf.union(i, i + 1);
            }
            // `Caisse des Dépôts italienne “Cassa Depositi e Prestiti”`
            if e.etype == EntityType::Org && j.rule == "org:quoted-alias" {
                let quote = b.ends_with(['«', '“', '"']);
                let words = b
                    .trim_end_matches(['«', '“', '"'])
                    .split_whitespace()
                    .count();
                if quote && words <= 1 {
                    uf.union(i, i + 1);
                }
            }
        }
    }
    let mut ministries_sorted: Vec<usize> = reps
        .iter()
        .copied()
        .filter(|&j| ents[j].etype == EntityType::Ministry)
        .collect();
    ministries_sorted.sort_by(|&a, &b| folded[a].cmp(folded[b]).then(a.cmp(&b)));
    // Long forms by (type, first letter), with the initials of their words:
    // an acronym is only aligned with those whose initials contain its letters.
    // Only the buckets some acronym of the article looks in are built, and a
    // long form's words are folded once, not again for each acronym.
    let is_acronym_rep =
        |i: usize| matches!(ents[i].etype, EntityType::Org | EntityType::Ministry) && acronym[i];
    let wanted: Vec<(EntityType, char)> = reps
        .iter()
        .filter(|&&i| is_acronym_rep(i))
        .filter_map(|&i| Some((ents[i].etype, folded[i].chars().next()?)))
        .collect();
    // (type, first letter) → (entity, initials of its words).
    type LongForms = HashMap<(EntityType, char), Vec<(usize, Initials)>>;
    let mut long_forms: LongForms = HashMap::default();
    for &j in reps.iter().filter(|_| !wanted.is_empty()) {
        if matches!(ents[j].etype, EntityType::Org | EntityType::Ministry) && texts[j].contains(' ')
        {
            if let Some(c) = folded[j].chars().next() {
                if wanted.contains(&(ents[j].etype, c)) {
                    long_forms
                        .entry((ents[j].etype, c))
                        .or_default()
                        .push((j, Initials::of(texts[j])));
                }
            }
        }
    }
    for &i in &reps {
        let e = &ents[i];
        // An acronym and a long form whose initials it spells.
        if is_acronym_rep(i) {
            let letters: Vec<char> = folded[i].chars().filter(|c| c.is_alphanumeric()).collect();
            let first = folded[i].chars().next();
            for (j, inits) in first
                .and_then(|c| long_forms.get(&(e.etype, c)))
                .map_or(&[][..], Vec::as_slice)
            {
                let j = *j;
                // `inits.fits` is `initials_fit(texts[i], texts[j])` (the
                // letters in order among the initials, enough main words), from
                // the initials computed once; the costlier alignment comes last.
                // `Economic Development Board Madagascar (EDBM)` has an
                // acronym of its own: `EDB` names another body.
                let own = ents
                    .get(j + 1)
                    .filter(|n| acronym[j + 1] && ctx.text[ents[j].end..n.start].trim() == "(");
                let other_acronym = own.is_some_and(|_| folded[j + 1] != folded[i]);
                if j != i
                    && !other_acronym
                    && inits.fits(&letters)
                    && sh_long_form(texts[i], texts[j]) == Some(0)
                {
                    uf.union(i, j);
                }
            }
        }
        // `ministère de l’Économie` short for `ministère de l’Économie, des Finances et du Plan`.
        if e.etype == EntityType::Ministry {
            let from = ministries_sorted.partition_point(|&j| folded[j] < folded[i]);
            for &j in &ministries_sorted[from..] {
                if !folded[j].starts_with(folded[i]) {
                    break;
                }
                if j != i && folded[j].len() > folded[i].len() {
                    let rest = &folded[j][folded[i].len()..];
                    if rest.starts_with(',') || rest.starts_with(" et ") {
                        uf.union(i, j);
                    }
                }
            }
        }
    }
    // Handles and hashtags: `PNUDMaroc` is `PNUD Maroc`; it starts with `PNUD`.
    // Most articles have none: the tables are built only for those that do.
    let is_handle = |i: usize| {
        matches!(
            ents[i].rule,
            "org:handle" | "org:hashtag" | "ministry:handle"
        )
    };
    let any_handle = reps.iter().any(|&i| is_handle(i));
    let mut squeezed: HashMap<String, Vec<usize>> = HashMap::default();
    let mut acronyms: HashMap<String, Vec<usize>> = HashMap::default();
    for &j in reps.iter().filter(|_| any_handle) {
        if ents[j].etype == EntityType::Figure || ents[j].etype == EntityType::Place {
            continue;
        }
        let f = folded[j].replace([' ', '-', '\''], "");
        if acronym[j] && f.len() >= 2 {
            acronyms.entry(f.clone()).or_default().push(j);
        }
        squeezed.entry(f).or_default().push(j);
    }
    for &i in &reps {
        let e = &ents[i];
        if !is_handle(i) {
            continue;
        }
        let h = folded[i].replace('_', "");
        // The same letters exactly, else the longest acronym that starts the handle.
        let pick = |v: Option<&Vec<usize>>| v.and_then(|v| v.iter().copied().find(|&j| j != i));
        let exact = pick(squeezed.get(h.as_str()));
        let best = exact.or_else(|| {
            h.char_indices()
                .map(|(k, _)| k)
                .chain(std::iter::once(h.len()))
                .rev()
                .filter(|&k| k >= 2)
                .find_map(|k| pick(acronyms.get(&h[..k])))
        });
        if let Some(j) = best {
            uf.union(i, j);
        }
        // `Ministere_TNRA`: the letters after the prefix spell a ministry's portfolio.
        if e.etype == EntityType::Ministry {
            let suffix = texts[i].rsplit('_').next().unwrap_or("");
            for &j in &reps {
                if j != i
                    && ents[j].etype == EntityType::Ministry
                    && suffix.len() >= 2
                    && sh_long_form(suffix, texts[j]).is_some()
                    && initials_fit(suffix, portfolio_of(texts[j]))
                {
                    uf.union(i, j);
                }
            }
        }
    }
    // Persons: a one-word mention joins the full name it is the surname or first name of.
    // The first full name (in `reps` order) by its first and by its last word.
    let mut by_word: HashMap<&str, usize> = HashMap::default();
    for &j in &reps {
        if ents[j].etype == EntityType::Person && texts[j].contains(' ') {
            let t = texts[j];
            for w in [t.split(' ').next_back(), t.split(' ').next()]
                .into_iter()
                .flatten()
            {
                let e = by_word.entry(w).or_insert(j);
                *e = (*e).min(j);
            }
        }
    }
    for &i in &reps {
        if ents[i].etype != EntityType::Person || texts[i].contains(' ') {
            continue;
        }
        if let Some(&j) = by_word.get(texts[i]) {
            uf.union(i, j);
        }
    }

    // Build the clusters in order of first mention.
    // Root entity → its cluster (usize::MAX: none yet).
    let mut index: Vec<usize> = vec![usize::MAX; n];
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut of_entity = vec![None; n];
    for i in 0..n {
        if ents[i].etype == EntityType::Figure {
            continue;
        }
        let r = uf.find(i);
        if index[r] == usize::MAX {
            clusters.push(Cluster {
                etype: ents[i].etype,
                members: Vec::new(),
                name: String::new(),
                aliases: Vec::new(),
                key: String::new(),
            });
            index[r] = clusters.len() - 1;
        }
        let c = index[r];
        clusters[c].members.push(i);
        of_entity[i] = Some(c);
    }
    for c in &mut clusters {
        name_cluster(c, ents, &texts, &folded, &canon, ctx);
    }
    Clusters {
        clusters,
        of_entity,
    }
}

/// `ministère de la Transition numérique` → `la Transition numérique`.
fn portfolio_of(s: &str) -> &str {
    match s
        .find(" de ")
        .or_else(|| s.find(" des "))
        .or_else(|| s.find(" du "))
    {
        Some(k) => &s[k + 1..],
        None => s,
    }
}

/// The acronym's letters are initials of the long form's words, in order
/// (any word may be skipped), with at least one letter for every one and a
/// half main words: small words (`de`, `à`, `pour`, …) do not count.
fn initials_fit(acr: &str, long: &str) -> bool {
    let letters: Vec<char> = fold(acr).chars().filter(|c| c.is_alphanumeric()).collect();
    Initials::of(long).fits(&letters)
}

/// The initials of a long form's words, folded, as [`initials_fit`] reads them.
struct Initials {
    /// The first letter of every word.
    all: Vec<char>,
    /// Is some word not a small word (`de`, `la`, `pour`, …)?
    has_main: bool,
    /// How many words that are not small words have a first letter.
    main: usize,
}

impl Initials {
    fn of(long: &str) -> Initials {
        // Folded forms: `à` is `a` here.
        const SMALL: [&str; 17] = [
            "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "sur", "a", "en", "of",
            "and", "the", "for",
        ];
        let mut ini = Initials {
            all: Vec::new(),
            has_main: false,
            main: 0,
        };
        for w in long
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == '-')
            .filter(|w| !w.is_empty())
        {
            // An ASCII word without `@` or `#` folds to its lowercase (the
            // split left no white space in it): most words need no folded copy.
            let (first, small) = if w.bytes().all(|b| b.is_ascii() && b != b'@' && b != b'#') {
                let first = w.as_bytes()[0].to_ascii_lowercase() as char;
                (Some(first), SMALL.iter().any(|s| s.eq_ignore_ascii_case(w)))
            } else {
                let f = fold(w);
                (f.chars().next(), SMALL.contains(&f.as_str()))
            };
            ini.has_main |= !small;
            if let Some(c) = first {
                ini.all.push(c);
                ini.main += usize::from(!small);
            }
        }
        ini
    }

    /// Are `letters` (an acronym's, folded) the initials of these words?
    fn fits(&self, letters: &[char]) -> bool {
        self.has_main
            && !letters.is_empty()
            && is_subsequence(letters, &self.all)
            && letters.len() * 3 >= self.main * 2
    }
}

fn is_subsequence(a: &[char], b: &[char]) -> bool {
    let mut it = b.iter();
    a.iter().all(|c| it.any(|x| x == c))
}

/// A cluster's candidate names and their folded forms (the keys they are
/// told apart by). A cluster has a few distinct names, so a linear search
/// finds a key faster than hashing would.
/// The keys stay borrowed where they can: only the chosen one is copied.
#[derive(Default)]
struct Names<'k> {
    names: Vec<String>,
    keys: Vec<Cow<'k, str>>,
}

impl<'k> Names<'k> {
    fn has(&self, key: &str) -> bool {
        self.keys.iter().any(|k| k == key)
    }

    /// Adds `s` unless it is empty or a name with the same key was taken.
    fn push(&mut self, s: &str, key: Cow<'k, str>) {
        self.push_written(s, key, false);
    }

    /// [`Names::push`] for a name the article writes: a spelling in
    /// capitals it wrote before (`SÉNÉGAL`, from a dateline) gives way to the
    /// same name in lowercase letters.
    fn push_written(&mut self, s: &str, key: Cow<'k, str>, written: bool) {
        if s.is_empty() {
            return;
        }
        match self.keys.iter().position(|k| *k == key) {
            Some(at) => {
                let shouting = |n: &str| !n.chars().any(char::is_lowercase);
                if written && shouting(&self.names[at]) && !shouting(s) {
                    self.names[at] = s.to_string();
                }
            }
            None => {
                self.keys.push(key);
                self.names.push(s.to_string());
            }
        }
    }
}

fn name_cluster<'k>(
    c: &mut Cluster,
    ents: &[Entity],
    texts: &[&str],
    folded: &[&'k str],
    canon: &[Option<&'k str>],
    ctx: &Ctx,
) {
    // Most clusters are one mention with no gazetteer name: nothing to choose.
    if let [m] = c.members[..] {
        let expands = c.etype == EntityType::Ministry && is_ellipsis(texts[m]);
        if ents[m].canonical.is_none() && !expands {
            c.name = texts[m].to_string();
            c.key = folded[m].to_string();
            return;
        }
    }
    // A mention's folded form was computed once for the whole article, so it
    // is borrowed, not folded again.
    let mut names = Names::default();
    for &m in &c.members {
        // A name repeated in the article is pushed once: the folded forms of
        // the mentions seen so far are all among the keys.
        if names.has(folded[m]) {
            // (Only to prefer this spelling to one in capitals.)
            names.push_written(texts[m], Cow::Borrowed(folded[m]), true);
            continue;
        }
        if c.etype == EntityType::Ministry {
            if let Some(full) = ellipsis_to_ministry(texts[m]) {
                // `canon` holds the folded expansion of a `celui de …` ministry.
                let key = canon[m].map_or_else(|| Cow::Owned(fold(&full)), Cow::Borrowed);
                names.push(&full, key);
            }
        }
        names.push_written(texts[m], Cow::Borrowed(folded[m]), true);
    }
    let mut seen_canon: Vec<&str> = Vec::new();
    let mut alias_only: Vec<usize> = Vec::new();
    // An acronym the article spells out means what the article says:
    // `Banque islamique de développement (BID)` is not the gazetteer's BID,
    // the Banque interaméricaine. Its canonical name counts only when it is
    // one the written names have too.
    let spelled_out = |can: &str| {
        let k = fold(can);
        c.members.iter().any(|&w| {
            is_plain_name(texts[w]) && (folded[w] == k || canon[w].is_some_and(|x| x == k))
        })
    };
    let has_long_form = c.members.iter().any(|&w| is_plain_name(texts[w]));
    for &m in &c.members {
        if let Some(can) = &ents[m].canonical {
            if seen_canon.contains(&can.as_ref()) {
                continue;
            }
            if has_long_form && is_acronym(texts[m]) && !spelled_out(can) {
                continue;
            }
            seen_canon.push(can);
            // `canon` holds the folded canonical name, except for ministries
            // (where it may be the folded `celui de …` expansion).
            let key = match (canon[m], ents[m].etype) {
                (Some(k), t) if t != EntityType::Ministry => Cow::Borrowed(k),
                _ => Cow::Owned(fold(can)),
            };
            names.push(can, key);
            // Other names the gazetteer gives the same entity (`UNDP` for
            // `PNUD`): aliases only, never the name (`Perenco Cameroun` is
            // not the name of `Perenco` in an article about the Congo).
            let before = names.names.len();
            for e in ctx.lex.aliases_of(can).take(8) {
                names.push(e.text, Cow::Owned(fold(e.text)));
            }
            alias_only.extend(before..names.names.len());
        }
    }
    let Names {
        mut names,
        mut keys,
    } = names;
    // The fullest name: the longest that is not a handle, hashtag or acronym.
    let best = names
        .iter()
        .enumerate()
        .max_by_key(|(k, s)| {
            (
                !alias_only.contains(k),
                is_plain_name(s),
                s.chars().count(),
                // `Marche-en-Famenne` rather than the dateline's `MARCHE-EN-FAMENNE`.
                s.chars().any(char::is_lowercase),
                std::cmp::Reverse(*k),
            )
        })
        .map_or(0, |(k, _)| k);
    c.name = names.remove(best);
    c.key = keys.swap_remove(best).into_owned();
    c.aliases = names;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_fit_the_initials_of_main_words() {
        assert!(initials_fit("BAD", "Banque africaine de développement"));
        assert!(initials_fit(
            "O.N.E.E.",
            "Office national de l'électricité et de l'eau"
        ));
        // Letters out of order, or a letter no word starts with.
        assert!(!initials_fit("ABD", "Banque africaine de développement"));
        assert!(!initials_fit("BAX", "Banque africaine de développement"));
        // Too few letters for the main words: one per word and a half at most.
        assert!(!initials_fit(
            "BD",
            "Banque africaine pour le développement durable"
        ));
        // Only small words: nothing to stand for.
        assert!(!initials_fit("DL", "de la"));
    }

    #[test]
    fn a_with_accent_is_a_small_word() {
        // Four main words, `à` not among them: three letters are enough.
        assert!(initials_fit(
            "API",
            "Agence de promotion à l'investissement extérieur"
        ));
    }

    #[test]
    fn a_gazetteer_alias_is_never_the_name() {
        // orgs.tsv lists `Perenco Cameroun` under the canonical `Perenco`.
        let ex = crate::Extractor::builtin();
        let doc = ex.extract("Perenco a signé lundi un avenant avec le Congo.");
        let c = doc
            .clusters
            .clusters
            .iter()
            .find(|c| c.etype == EntityType::Org)
            .expect("an organisation");
        assert_eq!(c.name, "Perenco", "{c:?}");
    }

    #[test]
    fn an_acronym_does_not_join_a_long_form_that_has_its_own() {
        let ex = crate::Extractor::builtin();
        let text = "L’Office national du tourisme (ONT) et l’Office national du tourisme tunisien (ONTT) ont signé un accord. L’ONT et l’ONTT coopèrent depuis 2010.";
        let doc = ex.extract(text);
        let of = |name: &str| {
            doc.clusters
                .clusters
                .iter()
                .position(|c| c.name == name || c.aliases.iter().any(|a| a == name))
        };
        assert!(
            of("ONT").is_some() && of("ONTT").is_some(),
            "{:?}",
            doc.clusters.clusters
        );
        assert_ne!(of("ONT"), of("ONTT"), "{:?}", doc.clusters.clusters);
        assert_eq!(of("ONT"), of("Office national du tourisme"));
    }

    #[test]
    fn a_spelled_out_acronym_means_what_the_article_says() {
        // The gazetteer's BID is the Banque interaméricaine de développement.
        let ex = crate::Extractor::builtin();
        let text = "La Banque islamique de développement (BID) a signé un accord avec le Niger. La BID financera des routes.";
        let doc = ex.extract(text);
        let c = doc
            .clusters
            .clusters
            .iter()
            .find(|c| c.aliases.iter().any(|a| a == "BID"))
            .expect("a cluster with BID");
        assert_eq!(c.name, "Banque islamique de développement");
        assert!(
            !c.aliases.iter().any(|a| a.contains("interaméricaine")),
            "{:?}",
            c.aliases
        );
        // Alone, BID keeps the gazetteer's name.
        let doc = ex.extract("La BID a signé un accord avec le Pérou.");
        assert!(
            doc.clusters
                .clusters
                .iter()
                .any(|c| c.name == "Banque interaméricaine de développement"),
            "{:?}",
            doc.clusters.clusters
        );
    }

    #[test]
    fn a_short_mention_is_one_entity_with_its_long_name() {
        let ex = crate::Extractor::builtin();
        let text = "L’Uni et l’Institut Tropique signent.\nLe recteur de l’Université de Genève et \
                    celui de l’Université de Lomé ont signé. Selon lui, l’Université renforce ses liens.";
        let doc = ex.extract(text);
        let lome = doc
            .clusters
            .clusters
            .iter()
            .find(|c| c.name == "Université de Lomé")
            .expect("a cluster for the Université de Lomé");
        // The short mention after the second university is the second's.
        assert_eq!(lome.aliases, ["Université"], "{:?}", doc.clusters.clusters);
        let geneve = doc
            .clusters
            .clusters
            .iter()
            .find(|c| c.name == "Université de Genève");
        let uni = |c: &&Cluster| c.aliases.iter().any(|a| a == "Uni");
        assert!(
            geneve.is_some_and(|c| uni(&c)),
            "{:?}",
            doc.clusters.clusters
        );
    }
}
