//! PLACE from context: a capitalised name that no gazetteer knows, after
//! `région de`, `ville de`, `wilaya de`, `province de`, `commune de` (and their
//! plurals, with coordination: `les régions de Kolda et Sédhiou`), or after `à`
//! when it stands alone (`à Sochaux`).

use super::{persons::name_tok, Candidate, Ctx};
use crate::lexicon::EntityType;

static AREA_NOUNS: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "région",
    "régions",
    "ville",
    "villes",
    "wilaya",
    "wilayas",
    "province",
    "provinces",
    "commune",
    "communes",
    "département",
    "départements",
    "préfecture",
    "préfectures",
    "municipalité",
    "localité",
    "localités",
    "cercle",
    "district",
    "gouvernorat",
    "canton",
    "arrondissement",
    "village",
    "quartier",
    "capitale",
    "gisement",
    "gisements",
    "bloc",
    "mine",
    "mines",
    "permis",
]);

/// Is `w` (lowercase) a noun for an administrative area (`région`, `ville`)?
pub fn is_area_noun(w: &str) -> bool {
    AREA_NOUNS.contains(w) || w == "mrc"
}

/// Proposes PLACE candidates from context.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for i in 0..ctx.len() {
        if ctx.is_in(i, &AREA_NOUNS) && !ctx.is_cap(i) {
            let mut j = i + 1;
            // `la mine d’or de X`, `le gisement de gaz de X`: what is mined, then where.
            if ctx.is_de(j) && ctx.is_de(j + 2) && ctx.lex.is_common(ctx.l(j + 1)) {
                j += 2;
            }
            if ctx.is_de(j) {
                j += 1;
                // `la région de l’Est`, `la préfecture de la Kara`
                if ctx.is(j - 1, &["de"]) && (ctx.is(j, &["la"]) || ctx.is_elision(j, "l")) {
                    j += 1;
                }
            }
            while j < ctx.len() && single_name(ctx, j) {
                out.push(Candidate::new(
                    ctx.bstart(j),
                    ctx.bend(j),
                    EntityType::Place,
                    "place:area-noun",
                    30,
                ));
                if ctx.is(j + 1, &["et"]) || ctx.t(j + 1) == "," {
                    j += 2;
                } else {
                    break;
                }
            }
        }
        if let Some(end) = republic(ctx, i) {
            let c = super::tok_span(ctx, (i, end), EntityType::Place, "place:republic", 45);
            out.push(c);
        }
        if ctx.is(i, &["à"])
            && single_name(ctx, i + 1)
            && !ctx.is_cap(i + 2)
            && first_name_free(ctx, i + 1)
        {
            out.push(Candidate::new(
                ctx.bstart(i + 1),
                ctx.bend(i + 1),
                EntityType::Place,
                "place:after-a",
                25,
            ));
        }
    }
}

/// `République fédérale du Nigeria`, `République de Guinée`: `République`,
/// adjectives, `de` and a known country, as one place. Returns one past its end.
fn republic(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.t(i) != "République" {
        return None;
    }
    let mut j = i + 1;
    while j < i + 4
        && ctx.kind(j) == Some(crate::tokenize::TokKind::Word)
        && !ctx.is_cap(j)
        && !ctx.is_de(j)
    {
        j += 1;
    }
    if !ctx.is_de(j) {
        return None;
    }
    let mut n = j + 1;
    if ctx.is(n, &["la"]) || ctx.is_elision(n, "l") {
        n += 1;
    }
    let country = ctx.lex.lookup(ctx.t(n)).is_some_and(|e| {
        e.etype == EntityType::Place && e.tags & crate::lexicon::tag::COUNTRY != 0
    });
    (country && ctx.same_sent(i, n)).then_some(n + 1)
}

/// One capitalised name token that no other name token follows.
fn single_name(ctx: &Ctx, j: usize) -> bool {
    name_tok(ctx, j) && !name_tok(ctx, j + 1) && ctx.same_sent(j.saturating_sub(1), j)
}

fn first_name_free(ctx: &Ctx, j: usize) -> bool {
    ctx.lex.first_name(ctx.l(j)).is_none() && !ctx.lex.is_common(ctx.l(j))
}
