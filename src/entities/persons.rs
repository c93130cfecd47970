//! PERSON: names after civil titles (`M. Rahabi`, `MM. Sellal et Valls`),
//! names that start with a known first name, names in apposition to a
//! function (`le ministre de l’Économie, Nadia Alaoui` and `Nadia Alaoui,
//! ministre`), bylines, `gouvernement Akhannouch`; then, in a second pass, a
//! surname or first name alone after the full name appeared.

use super::{Candidate, Ctx, Entity};
use crate::lexicon::{EntityType, TitleKind};
use crate::tokenize::{flag, TokKind};

/// Particles that belong to names when a name follows them.
static PARTICLES: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "el", "al", "ben", "bin", "ould", "ag", "ibn", "abou", "abu", "bou", "de", "da", "dos", "das",
    "do", "van", "von", "der", "den", "le", "la", "di", "del", "della", "mac", "aït", "ait", "bel",
    "ba", "mohamed", "sidi", "moulay", "lalla",
]);

static MONTH_OR_DAY: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
]);

/// Words that end a name and start the next phrase in an apposition.
const AFTER_NAME: &[&str] = &[
    ",", ".", ";", ":", ")", "(", "»", "”", "\"", "—", "–", "!", "?",
];

fn is_word(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokKind::Word)
}

/// A capitalised token that can be part of a person's name.
pub fn name_tok(ctx: &Ctx, i: usize) -> bool {
    name_tok_inner(ctx, i, false)
}

/// As [`name_tok`]; `inside` is true after the first word of a name, where a
/// country name is a surname (`François Hollande`).
#[inline]
fn name_tok_inner(ctx: &Ctx, i: usize, inside: bool) -> bool {
    let Some(cell) = ctx.name_cache.get(i) else {
        return false;
    };
    let mut b = cell.get();
    if b == 0 {
        b = fill_name_bits(ctx, i, cell);
    }
    b & if inside { 2 } else { 1 } != 0
}

/// Computes and caches the name bits of token `i` and of the tokens after it,
/// up to [`super::FILL_AHEAD`] (see [`Ctx::title_at`] for why); returns token
/// `i`'s.
#[inline(never)]
fn fill_name_bits(ctx: &Ctx, i: usize, cell: &std::cell::Cell<u8>) -> u8 {
    let end = (i + super::FILL_AHEAD).min(ctx.len());
    for (k, c) in ctx.name_cache[i..end].iter().enumerate() {
        if c.get() == 0 {
            c.set(NAME_KNOWN | compute_name_bits(ctx, i + k));
        }
    }
    cell.get()
}

/// Marks a computed entry of `ctx.name_cache` (0 is "not computed yet").
const NAME_KNOWN: u8 = 4;

/// Bit 0: a name token anywhere; bit 1: a name token inside a name.
fn compute_name_bits(ctx: &Ctx, i: usize) -> u8 {
    if !compute_name_tok(ctx, i) {
        return 0;
    }
    let country_or_org = ctx.lex.lookup(ctx.t(i)).is_some_and(|e| {
        e.etype == EntityType::Org
            || e.etype == EntityType::Place && e.tags & crate::lexicon::tag::COUNTRY != 0
    });
    if country_or_org {
        2
    } else {
        3
    }
}

/// The checks shared by both bits of [`compute_name_bits`]. They have no side
/// effects, so they run cheapest first; the table lookups come last.
fn compute_name_tok(ctx: &Ctx, i: usize) -> bool {
    if !is_word(ctx, i) || !ctx.is_cap(i) || ctx.has(i, flag::ELISION) {
        return false;
    }
    let t = ctx.t(i);
    let mut chars = t.chars();
    // Fewer than two characters.
    if chars.next().is_none() || chars.next().is_none() {
        return false;
    }
    // Digits; dots: an abbreviation (`S.E.`), not a name (initials are
    // read apart, `D.` then `B.`).
    if t.bytes().any(|c| c.is_ascii_digit() || c == b'.') {
        return false;
    }
    let l = ctx.w(i);
    if MONTH_OR_DAY.contains(l) {
        return false;
    }
    // A common word at the start of a sentence (`Les`, `Selon`), unless it is a first name.
    if ctx.sent_initial(i) && ctx.lex.is_common(l) && ctx.lex.first_name(l).is_none() {
        return false;
    }
    // Honorifics that are also given names (`Cheikh Tidiane Diallo`) stay in a
    // name when another name follows.
    // Not in capitals: `SEM` (Son Excellence Monsieur) is a title, not `Sem`.
    if ctx.title_at(i).is_some()
        && !(ctx.lex.first_name(l).is_some() && ctx.is_cap(i + 1) && !ctx.has(i, flag::ALLCAPS))
    {
        return false;
    }
    if ctx.lex.is_head(l) {
        return false;
    }
    // A nationality is not a name (`le Premier ministre portugais`).
    ctx.lex.demonym(l).is_none()
}

fn t_len(ctx: &Ctx, i: usize) -> usize {
    ctx.t(i).chars().count()
}

/// After a particle, any capitalised word is a name (`Ould Cheikh`), but
/// not a function or a head noun (`M. Babaly BA Président Directeur Général`).
fn after_particle(ctx: &Ctx, i: usize) -> bool {
    name_tok(ctx, i)
        || ctx.is_cap(i)
            && t_len(ctx, i) > 1
            && !ctx.has(i, flag::ELISION)
            && ctx.kind(i) == Some(TokKind::Word)
            && function_title(ctx, i).is_none()
            && !ctx.lex.is_head(ctx.w(i))
}

/// Is token `i` a particle of a name? Not in capitals: `BA` in `Babaly BA`
/// is a surname written as surnames are in official lists.
fn is_particle(ctx: &Ctx, i: usize) -> bool {
    PARTICLES.contains(ctx.w(i)) && !ctx.has(i, flag::ALLCAPS)
}

/// Lowercase particles joined to the next part of a name by a hyphen
/// (`Lotfi al-Maghrebi`, `Ahmed ould-Daddah`).
static HYPHEN_PARTICLES: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "al", "el", "ad", "ed", "as", "es", "ash", "at", "az", "ar", "an", "ach", "ben", "bin", "ibn",
    "ould", "ag", "aït", "ait", "abou", "abu", "bou",
]);

/// Is token `i` a lowercase particle and a capitalised name joined by a
/// hyphen (`al-Maghrebi`)? Such a token goes on a name, never starts one.
fn hyphen_particle_name(ctx: &Ctx, i: usize) -> bool {
    if !is_word(ctx, i) || ctx.is_cap(i) || !ctx.has(i, flag::HYPHEN) {
        return false;
    }
    let t = ctx.t(i);
    t.split_once('-').is_some_and(|(p, rest)| {
        HYPHEN_PARTICLES.contains(p)
            && rest.chars().count() > 1
            && rest.starts_with(char::is_uppercase)
            && !rest.contains('-')
    })
}

fn is_initial(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.t(i);
    let mut c = t.chars();
    is_word(ctx, i)
        && c.next().is_some_and(char::is_uppercase)
        && c.next().is_none()
        && ctx.t(i + 1) == "."
        && ctx
            .toks
            .get(i + 1)
            .is_some_and(|d| d.start == ctx.toks[i].end)
}

/// Reads a name chain from `i`: returns (end, number of name tokens).
pub fn chain(ctx: &Ctx, i: usize) -> (usize, usize) {
    let mut j = i;
    let mut n = 0;
    let mut prev_particle = false;
    while j < ctx.len() && ctx.same_sent(i, j) {
        if j > i && ctx.has(j, flag::NEWLINE) {
            break;
        }
        // After a particle any capitalised word is a name (`Ould Cheikh`).
        if prev_particle && after_particle(ctx, j) {
            prev_particle = is_particle(ctx, j);
            j += 1;
            n += 1;
            continue;
        }
        prev_particle = false;
        if n > 0
            && is_initial(ctx, j)
            && (name_tok(ctx, j + 2)
                || is_initial(ctx, j + 2)
                || ctx.is(j + 2, &["de", "le", "la"]))
        {
            j += 2;
            continue;
        }
        if name_tok_inner(ctx, j, n > 0 && !ctx.has(j, flag::ALLCAPS)) {
            prev_particle = is_particle(ctx, j);
            j += 1;
            n += 1;
            continue;
        }
        if n > 0 && hyphen_particle_name(ctx, j) {
            j += 1;
            n += 1;
            continue;
        }
        let l = ctx.w(j);
        if n > 0 && super::is_roman(ctx.t(j)) && !ctx.is_cap(j + 1) {
            j += 1;
            break;
        }
        let particle = PARTICLES.contains(l) && is_word(ctx, j) && !ctx.has(j, flag::ALLCAPS);
        if particle && n > 0 && after_particle(ctx, j + 1) && ctx.same_sent(j, j + 1) {
            // A lowercase `de` before a place is a preposition (`Amadou Bâ de Dakar`).
            let lower = !ctx.is_cap(j);
            if lower && ctx.lex.lookup(ctx.t(j + 1)).is_some() {
                break;
            }
            prev_particle = true;
            j += 1;
            continue;
        }
        if particle && n == 0 && ctx.is_cap(j) && after_particle(ctx, j + 1) && !ctx.sent_initial(j)
        {
            prev_particle = true;
            j += 1;
            continue;
        }
        break;
    }
    (j, n)
}

fn push(out: &mut Vec<Candidate>, ctx: &Ctx, a: usize, b: usize, rule: &'static str, prio: u8) {
    if b > a {
        let b = married_name_end(ctx, nickname_end(ctx, super::trim_connectors(ctx, a, b)));
        out.push(Candidate::new(
            ctx.bstart(a),
            ctx.bend(b - 1),
            EntityType::Person,
            rule,
            prio,
        ));
    }
}

/// `Aminata Zongo/Kaboré`: in Burkina Faso and its neighbours a woman's
/// married name follows her maiden name after a slash, with no space; it
/// belongs to the name.
fn married_name_end(ctx: &Ctx, b: usize) -> usize {
    let glued = |k: usize| ctx.bend(k) == ctx.bstart(k + 1);
    if b > 0
        && ctx.t(b) == "/"
        && glued(b - 1)
        && glued(b)
        && ctx.same_sent(b, b + 1)
        && ctx.is_cap(b + 1)
        && name_tok(ctx, b + 1)
        && ctx.lex.lookup(ctx.t(b + 1)).is_none()
    {
        b + 2
    } else {
        b
    }
}

/// `Boukary Sidibé dit Kolon`: a nickname after `dit`, `dite` or `alias` and
/// the name ending at `b` belongs to the name; returns the new end. Not a
/// place, an organisation or a common word (`Moussa Diallo dit Bamako prête`
/// is a verb and its object).
fn nickname_end(ctx: &Ctx, b: usize) -> usize {
    if !ctx.is(b, &["dit", "dite", "alias"]) || ctx.is_cap(b) || !ctx.same_sent(b, b + 1) {
        return b;
    }
    let (e, k) = chain(ctx, b + 1);
    let known = (b + 1..e).any(|j| {
        ctx.lex.lookup(ctx.t(j)).is_some() || ctx.lex.is_common(ctx.w(j)) || !name_tok(ctx, j)
    });
    if (1..=2).contains(&k) && !known && !ctx.is_cap(e) {
        e
    } else {
        b
    }
}

/// Is token `i`, or the part of it before a hyphen (`Jean-Baptiste`), a first name?
fn first_name_of(ctx: &Ctx, i: usize) -> Option<bool> {
    let w = ctx.w(i);
    let l = w.text;
    ctx.lex
        .first_name(w)
        .or_else(|| {
            let hyphen = l.bytes().position(|b| b == b'-')?;
            ctx.lex.first_name(&l[..hyphen])
        })
        .or_else(|| {
            // `Sèna`, `Aïssata`: the list spells many African names without
            // accents (`Sena`); a name with accents may be found without them.
            // (A common word is none either: asked before the copy is made.)
            if l.is_ascii() || l.contains('-') || ctx.lex.is_common(w) {
                return None;
            }
            let bare: String = l
                .chars()
                .map(|c| crate::text::latin_base(c).unwrap_or(c))
                .collect();
            (bare != l).then(|| ctx.lex.first_name(&bare))?
        })
}

/// Title at `i`, also for the first part of a hyphenated token (`présidente-directrice`).
/// Asked about every word, so the common cases are inlined.
#[inline(always)]
fn function_title(ctx: &Ctx, i: usize) -> Option<usize> {
    if let Some((n, TitleKind::Function)) = ctx.title_at(i) {
        return Some(n);
    }
    // Only a word with a hyphen inside can have a title before it; other
    // tokens (punctuation, numbers, handles) may hold one too.
    if ctx.kind(i) == Some(TokKind::Word) && !ctx.has(i, flag::HYPHEN) {
        return None;
    }
    title_before_hyphen(ctx, i)
}

/// A function title that is the part of token `i` before its first hyphen: 1 token.
fn title_before_hyphen(ctx: &Ctx, i: usize) -> Option<usize> {
    let l = ctx.l(i);
    if let Some((first, _)) = l.split_once('-') {
        if ctx
            .lex
            .title_at(|k| (k == 0).then_some(first))
            .is_some_and(|(_, k)| k == TitleKind::Function)
        {
            return Some(1);
        }
    }
    None
}

/// Proposes PERSON candidates.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let n = ctx.len();
    let mut i = 0;
    while i < n {
        if !is_word(ctx, i) {
            i += 1;
            continue;
        }
        // Civil titles: `M. Rahabi`, `Mme Diallo`, `MM. Sellal et Valls`.
        // (`la SEM Patrimoine`: after an article, capitals are a company's acronym.)
        let acronym = ctx.has(i, flag::ALLCAPS) && i > 0 && ctx.is_article(i - 1);
        if let (Some((used, TitleKind::Civil)), false) = (ctx.title_at(i), acronym) {
            let a = i + used;
            let (b, k) = chain(ctx, a);
            if k > 0 && ctx.is_cap(a) {
                push(out, ctx, a, b, "person:civil-title", 85);
                let mut j = b;
                while (ctx.is(j, &["et"]) || ctx.t(j) == ",") && name_tok(ctx, j + 1) {
                    let (b2, k2) = chain(ctx, j + 1);
                    if k2 == 0 {
                        break;
                    }
                    push(out, ctx, j + 1, b2, "person:civil-title", 85);
                    j = b2;
                }
                i = b.max(i + 1);
                continue;
            }
        }
        // Whether `i` is a name token and the name chain from it (read at
        // most once), for the rules below.
        let name_here = name_tok(ctx, i);
        let mut chain_here = None;
        // A known first name followed by more name tokens.
        if name_here {
            if let Some(amb) = first_name_of(ctx, i) {
                let (b, k) = *chain_here.get_or_insert_with(|| chain(ctx, i));
                // (`UN DON DE 45 MILLIONS`: in a line in capitals, a first
                // name that is also a word is the word.)
                let word_not_name = amb
                    && (ctx.sent_initial(i) || ctx.has(i, flag::ALLCAPS) && ctx.has(i + 1, flag::ALLCAPS));
                if k >= 2 && !word_not_name && !company_like(ctx, i, b) {
                    push(
                        out,
                        ctx,
                        i,
                        b,
                        "person:first-name",
                        if amb { 55 } else { 75 },
                    );
                }
            }
        }
        // Apposition after a function: `le ministre de l’Économie, Nadia Alaoui`.
        if let Some(used) = function_title(ctx, i) {
            apposition_after(ctx, i, i + used, out);
        }
        // `gouvernement Akhannouch`
        if ctx.is(i, &["gouvernement"])
            && name_tok(ctx, i + 1)
            && !name_tok(ctx, i + 2)
            && ctx.lex.lookup(ctx.t(i + 1)).is_none()
        {
            push(out, ctx, i + 1, i + 2, "person:government-of", 60);
        }
        // `Nadia Alaoui, ministre de …`: a name before a comma and a function.
        if name_here && (i == 0 || !name_tok(ctx, i - 1)) {
            let (b, k) = *chain_here.get_or_insert_with(|| chain(ctx, i));
            if k >= 2 && ctx.t(b) == "," {
                let mut t = b + 1;
                if ctx.is_article(t) {
                    t += 1;
                }
                if function_title(ctx, t).is_some() && !company_like(ctx, i, b) {
                    push(out, ctx, i, b, "person:apposition", 70);
                }
            }
        }
        i += 1;
    }
    bylines(ctx, out);
}

/// After a function title ending at `from`, finds the person it introduces.
fn apposition_after(ctx: &Ctx, title: usize, from: usize, out: &mut Vec<Candidate>) {
    let mut j = from;
    let limit = (from + 30).min(ctx.len());
    let mut after_comma_or_title = true;
    while j < limit && ctx.same_sent(title, j) {
        let t = ctx.t(j);
        if after_comma_or_title && name_tok(ctx, j) {
            let (b, k) = chain(ctx, j);
            let ends = b >= ctx.len()
                || !ctx.same_sent(j, b)
                || AFTER_NAME.contains(&ctx.t(b))
                || ctx.is(b, &["et", "a", "ont", "qui", "est", "sera", "avait"])
                || !ctx.is_cap(b) && is_word(ctx, b);
            if k >= 2 && ends && !company_like(ctx, j, b) {
                push(out, ctx, j, b, "person:function-apposition", 72);
                return;
            }
            // `le président Tebboune`, `du Président Michel`: one name right
            // after the title (or its nationality) is a surname.
            if k == 1
                && ends
                && surname_alone(ctx, j)
                && (from..j).all(|x| ctx.lex.demonym(ctx.w(x)).is_some())
            {
                push(out, ctx, j, b, "person:title-surname", 50);
                return;
            }
        }
        if t == "," {
            after_comma_or_title = true;
            j += 1;
            continue;
        }
        if matches!(t, ";" | "." | ":" | "(" | ")" | "«" | "»")
            || ctx.is(
                j,
                &["a", "ont", "est", "qui", "avec", "pour", "lors", "selon"],
            )
        {
            return;
        }
        if function_title(ctx, j).is_some() && j > from {
            return;
        }
        // A nationality adjective right after the title keeps the door open
        // (`le Premier ministre portugais Antonio Costa`).
        let demonym = is_word(ctx, j) && !ctx.is_cap(j) && ctx.lex.demonym(ctx.w(j)).is_some();
        let prev_is_de = ctx.is_de(j.saturating_sub(1)) || ctx.is_article(j.saturating_sub(1));
        after_comma_or_title = demonym && after_comma_or_title
            || is_word(ctx, j)
                && !ctx.is_cap(j)
                && !ctx.is_de(j)
                && !ctx.is_article(j)
                && !prev_is_de
                && !ctx.is(
                    j,
                    &[
                        "et",
                        "de",
                        "chargé",
                        "chargée",
                        "délégué",
                        "déléguée",
                        "auprès",
                    ],
                );
        j += 1;
    }
}

/// Is the name `a..b` a company's rather than a person's: it ends in a
/// country's own name (`Petro Congo`, `Orange Mali`: a firm and its branch;
/// `François Hollande` keeps `Hollande`, an alias) or holds a word that ends
/// company names (`Sahel Agro Industries`, `Kofi Holding`)?
fn company_like(ctx: &Ctx, a: usize, b: usize) -> bool {
    let country = ctx
        .lex
        .lookup(ctx.t(b - 1))
        .is_some_and(|e| e.tags & crate::lexicon::tag::COUNTRY != 0 && e.canonical.is_none());
    // A known place as a whole (`Sidi Bouzid`, `Ben Guerir`) is no one's name.
    let place = b > a + 1
        && ctx
            .lex
            .lookup(&ctx.text[ctx.bstart(a)..ctx.bend(b - 1)])
            .is_some_and(|e| e.etype == EntityType::Place);
    country || place || (a + 1..b).any(|k| super::orgs::is_en_suffix(ctx.w(k)))
}

/// A capitalised word that can stand alone for a person after a title: not
/// a place, an organisation, a common word or an acronym (`le directeur
/// Afrique`, `le ministre Délégué`, `le président BCEAO`).
fn surname_alone(ctx: &Ctx, j: usize) -> bool {
    !ctx.has(j, flag::ALLCAPS)
        && ctx.lex.lookup(ctx.t(j)).is_none()
        && !ctx.lex.is_common(ctx.w(j))
        && !ctx.sent_initial(j)
}

/// Bylines: a line that is only a name (`Samira Njoya`), or `Par`/`Édité par` + name.
fn bylines(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for s in ctx.sents {
        let a = s.start;
        if a > 0 && !ctx.has(a, flag::NEWLINE) {
            continue;
        }
        let mut i = a;
        // `Par`, `Edité par`, `Propos recueillis par`
        if let Some(p) = (a..(a + 4).min(s.end)).find(|&k| ctx.is(k, &["par"])) {
            if (a..p).all(|k| is_word(ctx, k)) {
                i = p + 1;
            }
        }
        if i >= s.end {
            continue;
        }
        let (b, k) = chain(ctx, i);
        if !(2..=5).contains(&k) {
            continue;
        }
        // Nothing after the name but a date, a dash or punctuation.
        let rest_ok = (b..s.end).all(|k| {
            !is_word(ctx, k) || ctx.is_in(k, &MONTH_OR_DAY) || ctx.kind(k) == Some(TokKind::Number)
        });
        // (An initial is no word: `D.` is not the elided `d’`.)
        let common = (i..b).any(|k| {
            ctx.is_cap(k)
                && !is_initial(ctx, k)
                && ctx.lex.is_common(ctx.w(k))
                && first_name_of(ctx, k).is_none()
        });
        if rest_ok && !common {
            push(out, ctx, i, b, "person:byline", 60);
        }
    }
}

/// `la tripartite Tshisekedi-Kagame-Lourenço`: surnames of the article joined
/// by hyphens, each a mention of its person (two of them known at least, and
/// every part capitalised).
fn hyphen_lists(
    ctx: &Ctx,
    covered: &[bool],
    surnames: &rustc_hash::FxHashSet<&str>,
    out: &mut Vec<Candidate>,
) {
    if surnames.len() < 2 {
        return;
    }
    for (i, &cov) in covered.iter().enumerate() {
        if cov || !ctx.has(i, flag::HYPHEN) || !ctx.is_cap(i) {
            continue;
        }
        let t = ctx.t(i);
        let parts = || t.split('-');
        let known = parts().filter(|p| surnames.contains(p)).count();
        if known < 2 || !parts().all(|p| p.starts_with(char::is_uppercase)) {
            continue;
        }
        let mut at = ctx.bstart(i);
        for p in parts() {
            if surnames.contains(p) {
                let c = Candidate::new(
                    at,
                    at + p.len(),
                    EntityType::Person,
                    "person:hyphen-list",
                    58,
                );
                out.push(c);
            }
            at += p.len() + 1;
        }
    }
}

/// A capitalised function or head noun (`Président`, `Directeur`, `Banque`):
/// never a name alone.
fn not_a_name(ctx: &Ctx, i: usize) -> bool {
    function_title(ctx, i).is_some() || ctx.lex.is_head(ctx.w(i))
}

/// Second pass: surnames and first names standing alone after the full name,
/// and names coordinated with a person (`respectivement Bah N’Daw et Moctar Ouane`).
pub fn propose_aliases(ctx: &Ctx, ents: &[Entity], out: &mut Vec<Candidate>) {
    let covered = super::orgs::covered_tokens(ctx, ents);
    // (Fx hash sets: they are only asked what they hold, at every capitalised word.)
    let mut surnames: rustc_hash::FxHashSet<&str> = Default::default();
    // Every word of the full names (`Ndzana` of `Jean-Pierre Ndzana Ebogo`).
    let mut parts: rustc_hash::FxHashSet<&str> = Default::default();
    let mut firsts: Vec<(&str, usize)> = Vec::new();
    for e in ents.iter().filter(|e| e.etype == EntityType::Person) {
        let names: Vec<usize> = (e.tok_start..e.tok_end)
            .filter(|&k| is_word(ctx, k) && ctx.is_cap(k) && ctx.t(k).chars().count() > 1)
            .collect();
        if names.len() < 2 {
            continue;
        }
        let last = *names.last().unwrap_or(&e.tok_start);
        if !not_a_name(ctx, last) {
            surnames.insert(ctx.t(last));
        }
        parts.extend(names.iter().map(|&k| ctx.t(k)));
        let first = ctx.t(names[0]);
        if first_name_of(ctx, names[0]).is_some() {
            match firsts.iter_mut().find(|(f, _)| *f == first) {
                Some(x) => x.1 += 1,
                None => firsts.push((first, 1)),
            }
        }
    }
    for i in 0..ctx.len() {
        if covered[i] || !is_word(ctx, i) || !ctx.is_cap(i) {
            continue;
        }
        let t = ctx.t(i);
        let is_surname = surnames.contains(&t);
        let is_first = firsts.iter().any(|&(f, n)| f == t && n == 1) && !name_tok(ctx, i + 1);
        // (The lexicon is asked only about a word that could be a mention.)
        if !(is_surname || is_first) || ctx.is_initial_common(i) || not_a_name(ctx, i) {
            continue;
        }
        if !(i + 1 < ctx.len() && covered[i + 1] && ctx.toks[i + 1].start == ctx.toks[i].end) {
            // `Ndzana Ebogo` for `Jean-Pierre Ndzana Ebogo`: the words of the
            // full name before the surname go with it.
            let mut a = i;
            while is_surname
                && a > 0
                && !covered[a - 1]
                && ctx.is_cap(a - 1)
                && parts.contains(ctx.t(a - 1))
                && ctx.same_sent(a - 1, i)
            {
                a -= 1;
            }
            let c = super::tok_span(ctx, (a, i + 1), EntityType::Person, "person:alias", 58);
            out.push(c);
        }
    }
    hyphen_lists(ctx, &covered, &surnames, out);
    let repeat = (EntityType::Person, "person:repeat", 2, 59);
    super::orgs::repeated_names(ctx, ents, &covered, repeat, out);
    // Coordination with a person.
    for e in ents.iter().filter(|e| e.etype == EntityType::Person) {
        let j = e.tok_end;
        if ctx.is(j, &["et"]) && !covered.get(j + 1).copied().unwrap_or(true) {
            let (b, k) = chain(ctx, j + 1);
            if k >= 2 && (b >= ctx.len() || !is_word(ctx, b) || !ctx.is_cap(b)) {
                push(out, ctx, j + 1, b, "person:coordination", 55);
            }
        }
    }
}
