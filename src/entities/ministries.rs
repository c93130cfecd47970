//! MINISTRY: `ministère [adj] de|chargé de <portfolio>` to the end of its
//! portfolio, with coordinated portfolios (`de l’Économie, de la Planification
//! et de l’Aménagement du Territoire`), `Secrétariat d’État chargé de …`, the
//! elliptical `celui de …` after `ministères`, and ministry handles
//! (`@Ministere_TNRA`).

use super::{Candidate, Ctx, Entity};
use crate::lexicon::EntityType;
use crate::tokenize::{flag, TokKind};

/// Lowercase words that end a portfolio: verbs, pronouns and prepositions
/// that start a new phrase.
pub(crate) static STOP: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "a",
    "ont",
    "est",
    "sont",
    "était",
    "été",
    "sera",
    "va",
    "qui",
    "que",
    "qu",
    "dont",
    "où",
    "le",
    "la",
    "les",
    "un",
    "une",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "pour",
    "par",
    "dans",
    "sur",
    "avec",
    "sans",
    "lors",
    "selon",
    "au",
    "aux",
    "en",
    "il",
    "elle",
    "ils",
    "elles",
    "ne",
    "se",
    "y",
    "vers",
    "entre",
    "afin",
    "après",
    "avant",
    "depuis",
    "pendant",
    "contre",
    "chez",
    "sous",
    "ainsi",
    "mais",
    "ou",
    "donc",
    "car",
    "aussi",
    "également",
    "hier",
    "aujourd’hui",
    "aujourd'hui",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "signé",
    "signée",
    "signés",
    "signées",
    "conclu",
    "représenté",
    "représentée",
    "via",
    "dès",
    "envers",
    "à",
]);

/// Nouns after `aux`/`au` that start a phrase of their own, not the object
/// of a portfolio (`le ministère des Finances aux côtés de la BAD`).
const NOT_OBJECTS: &[&str] = &[
    "côtés",
    "termes",
    "mains",
    "yeux",
    "cours",
    "moment",
    "titre",
    "profit",
    "sein",
    "nom",
    "niveau",
    "lendemain",
    "total",
    "fins",
    "prises",
    "dépens",
    "abords",
    "environs",
    "frais",
];

/// Heads that introduce a ministry. (`département` only with a capital.)
fn head_len(ctx: &Ctx, i: usize) -> Option<usize> {
    match ctx.l(i) {
        "ministère" | "ministere" | "ministères" => Some(1),
        // `Secrétariat d’État`, `le secrétariat d’État aux Migrations`.
        "secrétariat" | "secretariat"
            if ctx.is_elision(i + 1, "d") && matches!(ctx.l(i + 2), "état" | "etat") =>
        {
            Some(3)
        }
        "secrétariat" | "secretariat" if ctx.is_cap(i) => {
            if ctx.is(i + 1, &["aux", "au"]) && is_word(ctx, i + 2) {
                // `Secrétariat aux affaires autochtones` (Québec): a secretariat
                // that is a government department, named by its portfolio.
                Some(1)
            } else {
                None
            }
        }
        "département" | "departement"
            if ctx.is_cap(i)
                && ctx.is_elision(i + 1, "d")
                && matches!(ctx.l(i + 2), "état" | "etat") =>
        {
            Some(3)
        }
        // A Swiss federal department (`Département fédéral des finances`):
        // the adjective is read with the others after the head.
        "département" if ctx.is_cap(i) && ctx.is(i + 1, &["fédéral"]) => Some(1),
        _ => None,
    }
}

fn is_word(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokKind::Word)
}

/// A word that may stand inside a portfolio noun phrase.
fn np_word(ctx: &Ctx, i: usize) -> bool {
    if !is_word(ctx, i) || ctx.has(i, flag::ELISION) {
        return false;
    }
    ctx.is_cap(i) || !ctx.is_in(i, &STOP) && !ctx.is_de(i) && ctx.l(i) != "et"
}

/// The preposition group that opens a portfolio segment at `i`
/// (`de la`, `de l’`, `du`, `des`, `d’`, `de` + capital): returns the index
/// of the first content word.
fn opener(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is(i, &["du", "des"]) || ctx.is_elision(i, "d") {
        return np_word(ctx, i + 1).then_some(i + 1);
    }
    if ctx.is(i, &["de"]) {
        if ctx.is(i + 1, &["la"]) || ctx.is_elision(i + 1, "l") {
            return np_word(ctx, i + 2).then_some(i + 2);
        }
        // Without an article the portfolio must be capitalised (`de Tourisme` is rare,
        // `de forums nationaux` is not a ministry).
        return ctx.is_cap(i + 1).then_some(i + 1);
    }
    if ctx.is(i, &["à", "aux"]) && np_word(ctx, i + 1) && ctx.is_cap(i + 1) {
        return Some(i + 1);
    }
    // `Secrétariat aux affaires autochtones`
    if ctx.is(i, &["aux", "au"])
        && ctx.is(i.wrapping_sub(1), &["secrétariat"])
        && np_word(ctx, i + 1)
    {
        return Some(i + 1);
    }
    // `Secrétariat d’État à l’économie`, `… aux Migrations`: after `État`,
    // `à` opens the portfolio in either case.
    if ctx.is(i.wrapping_sub(1), &["état", "etat"]) && ctx.is_elision(i.wrapping_sub(2), "d") {
        if ctx.is(i, &["aux", "au"]) && np_word(ctx, i + 1) {
            return Some(i + 1);
        }
        if ctx.is(i, &["à"]) && (ctx.is(i + 1, &["la"]) || ctx.is_elision(i + 1, "l")) && np_word(ctx, i + 2) {
            return Some(i + 2);
        }
    }
    None
}

/// Reads a portfolio starting with an opener at `i`; returns one past its last token.
pub fn portfolio(ctx: &Ctx, i: usize) -> Option<usize> {
    let mut j = opener(ctx, i)?;
    let mut end;
    loop {
        // The noun phrase: content words, `à l’étranger`, `avec le parlement` after `relations`.
        while j < ctx.len() && ctx.same_sent(i, j) {
            if np_word(ctx, j) {
                // A verb after the portfolio ends it (`le ministère de l’Économie scellent …`).
                if !ctx.is_cap(j) && super::looks_like_verb(ctx.w(j)) {
                    break;
                }
                j += 1;
                continue;
            }
            // `de la Promotion de la Femme`, `de la Modernisation de l’administration`:
            // a complement inside the portfolio, unless it names a place (`du Sénégal`).
            if let Some(n) = opener(ctx, j) {
                // (A country's formal name too: `de la République démocratique du Congo`.)
                let place = ctx
                    .lex
                    .lookup(ctx.t(n))
                    .is_some_and(|e| e.etype == EntityType::Place)
                    || ctx.is_cap(n)
                        && ctx.is(n, &["république", "royaume", "principauté", "sultanat"]);
                // `les ministères de la Justice des deux pays`: whose, not what.
                let whose = ctx.is(
                    n,
                    &[
                        "deux", "trois", "quatre", "pays", "parties", "états", "etats",
                    ],
                );
                if !place && !whose && !ctx.is(j, &["à", "aux"]) {
                    j = n;
                    continue;
                }
            }
            // `de l’Enseignement supérieur et universitaire`: two adjectives.
            let adj = |w: &str| super::orgs::is_inst_adj(w) || super::orgs::looks_like_adj(w);
            if ctx.is(j, &["et"])
                && !ctx.is_cap(j - 1)
                && adj(ctx.l(j - 1))
                && np_word(ctx, j + 1)
                && !ctx.is_cap(j + 1)
                && adj(ctx.l(j + 1))
                && ctx.same_sent(j, j + 1)
            {
                j += 2;
                continue;
            }
            // `de l’Accès universel aux soins`: what the access is to.
            if ctx.is(j, &["aux", "au"])
                && np_word(ctx, j + 1)
                && !ctx.is_cap(j + 1)
                && !ctx.is(j + 1, NOT_OBJECTS)
                && ctx.same_sent(j, j + 1)
            {
                j += 2;
                continue;
            }
            // `des Eaux et Forêts`: a capitalised common noun after `et`.
            if ctx.is(j, &["et"])
                && ctx.is_cap(j + 1)
                && ctx.lex.is_common(ctx.w(j + 1))
                && ctx.same_sent(j, j + 1)
                && !ctx.is_cap(j + 2)
            {
                j += 2;
                continue;
            }
            if ctx.is(j, &["à"])
                && (ctx.is_elision(j + 1, "l") && np_word(ctx, j + 2) && !ctx.is_cap(j + 2))
            {
                j += 3;
                continue;
            }
            if ctx.is(j, &["avec"])
                && ctx.is(j - 1, &["relations"])
                && ctx.is_article(j + 1)
                && np_word(ctx, j + 2)
            {
                j += 3;
                continue;
            }
            break;
        }
        end = j;
        // Coordination: `et de la …`, `, de l’…`, `et du …`, `et des …`.
        let mut k = j;
        if ctx.t(k) == "," {
            k += 1;
            // `des Enseignements secondaire, technique et de la Formation
            // professionnelle`: adjectives coordinated before the next `et de`.
            let mut a = k;
            while a < k + 3 && np_word(ctx, a) && !ctx.is_cap(a) && ctx.same_sent(i, a) {
                a += 1;
            }
            if a > k && ctx.is(a, &["et"]) && opener(ctx, a + 1).is_some() {
                k = a;
            }
        }
        if ctx.is(k, &["et"]) {
            k += 1;
        }
        if k > j && ctx.same_sent(i, k) {
            // (`… et de l’ambassadeur de Chine`: a person, not a portfolio.)
            let person = |n: usize| ctx.title_at(n).is_some();
            if let Some(n) = opener(ctx, k).filter(|&n| !person(n)) {
                if n < ctx.len() && !ctx.is(k, &["à", "aux"]) {
                    j = n;
                    continue;
                }
            }
        }
        break;
    }
    (end > i + 1).then_some(end)
}

/// Proposes MINISTRY candidates.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let mut saw_ministeres: Option<u32> = None;
    for i in 0..ctx.len() {
        match ctx.kind(i) {
            Some(TokKind::Handle) => {
                let h = &ctx.t(i)[1..];
                let hl = h.to_lowercase();
                if hl.starts_with("ministere")
                    || hl.starts_with("ministère")
                    || hl.starts_with("ministry")
                    || hl.starts_with("min_")
                {
                    out.push(Candidate::new(
                        ctx.bstart(i) + 1,
                        ctx.bend(i),
                        EntityType::Ministry,
                        "ministry:handle",
                        90,
                    ));
                }
                continue;
            }
            Some(TokKind::Word) => {}
            _ => continue,
        }
        if ctx.l(i) == "ministères" {
            saw_ministeres = Some(ctx.sent_of[i]);
        }
        if let Some(h) = head_len(ctx, i) {
            let mut j = i + h;
            // `ministère malien de`, `ministère délégué auprès …`, `ministère chargé des`
            while j < ctx.len()
                && is_word(ctx, j)
                && !ctx.is_cap(j)
                && (ctx.lex.demonym(ctx.w(j)).is_some()
                    || ctx.is(j, &["délégué", "fédéral", "fédéraux", "public"]))
            {
                j += 1;
            }
            if ctx.is(j, &["chargé", "chargée"]) {
                j += 1;
            }
            if let Some(end) = portfolio(ctx, j) {
                out.push(Candidate::new(
                    ctx.bstart(i),
                    ctx.bend(end - 1),
                    EntityType::Ministry,
                    "ministry:portfolio",
                    90,
                ));
            }
            continue;
        }
        // `plusieurs ministères : celui de l’Éducation nationale ; celui de …`
        if ctx.is(i, &["celui"]) && saw_ministeres == Some(ctx.sent_of[i]) {
            if let Some(end) = portfolio(ctx, i + 1) {
                out.push(Candidate::new(
                    ctx.bstart(i),
                    ctx.bend(end - 1),
                    EntityType::Ministry,
                    "ministry:ellipsis",
                    90,
                ));
            }
        }
    }
}

/// Acronyms the article gives its ministries: `ministère de la Cybersécurité
/// et du Numérique (MCN)`. An acronym that names a ministry is a MINISTRY
/// (ANNOTATION.md), not the ORG an acronym is by itself; a country's
/// (`(RDC)`) is not one.
fn acronyms_of<'a>(ctx: &Ctx<'a>, ents: &[Entity]) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    for e in ents.iter().filter(|e| e.etype == EntityType::Ministry) {
        let p = e.tok_end;
        if p + 2 >= ctx.len() || ctx.t(p) != "(" || ctx.t(p + 2) != ")" {
            continue;
        }
        let t = ctx.t(p + 1);
        let n = t.chars().count();
        let caps = t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && t.chars().filter(|c| c.is_uppercase()).count() >= 2;
        let place = ctx
            .lex
            .lookup(t)
            .is_some_and(|g| g.etype == EntityType::Place);
        if (2..=12).contains(&n) && caps && !place && !out.contains(&t) {
            out.push(t);
        }
    }
    // `Le ministre de l’Économie, de la Planification … (Minepat)`: the
    // acronym after a minister's portfolio names the ministry, in capitals
    // or written as a word (`Minepat`, `Mintp`, as Cameroon's press does).
    for p in 1..ctx.len().saturating_sub(2) {
        if ctx.t(p) != "(" || ctx.t(p + 2) != ")" {
            continue;
        }
        let t = ctx.t(p + 1);
        let n = t.chars().count();
        let word_like = t.starts_with("Min") && n >= 4 && t[3..].chars().all(char::is_lowercase);
        let caps = t.chars().all(|c| c.is_uppercase()) && n >= 3;
        if !(word_like || caps) || out.contains(&t) {
            continue;
        }
        let title = (p.saturating_sub(14)..p).find(|&k| ctx.is(k, &["ministre", "ministres"]));
        if title.is_some_and(|k| portfolio(ctx, k + 1) == Some(p)) {
            out.push(t);
        }
    }
    out
}

/// Every mention of an acronym the article gives a ministry becomes a
/// MINISTRY: an organisation rule's ORG is retyped; a mention no rule took
/// (`MINESUP`) is added.
pub fn with_acronyms(ctx: &Ctx, mut ents: Vec<Entity>) -> Vec<Entity> {
    let acrs = acronyms_of(ctx, &ents);
    if acrs.is_empty() {
        return ents;
    }
    for e in &mut ents {
        if e.etype == EntityType::Org
            && e.tok_end == e.tok_start + 1
            && acrs.contains(&ctx.t(e.tok_start))
        {
            e.etype = EntityType::Ministry;
            e.rule = "ministry:acronym";
            e.canonical = None;
        }
    }
    let free = |i: usize| {
        let k = ents.partition_point(|e| e.tok_end <= i);
        k == ents.len() || ents[k].tok_start > i
    };
    let extra: Vec<Candidate> = (0..ctx.len())
        .filter(|&i| acrs.contains(&ctx.t(i)) && free(i))
        .map(|i| {
            Candidate::new(
                ctx.bstart(i),
                ctx.bend(i),
                EntityType::Ministry,
                "ministry:acronym",
                90,
            )
        })
        .collect();
    if extra.is_empty() {
        return ents;
    }
    let mut all: Vec<Candidate> = ents.into_iter().map(super::entity_to_candidate).collect();
    all.extend(extra);
    super::resolve(ctx, all)
}
