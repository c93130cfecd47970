//! PLACE from context: a capitalised name that no gazetteer knows, after
//! `région de`, `ville de`, `wilaya de`, `province de`, `commune de` (and their
//! plurals, with coordination: `les régions de Kolda et Sédhiou`), or after `à`
//! when it stands alone (`à Sochaux`).

use super::{persons::name_tok, Candidate, Ctx, Entity};
use crate::lexicon::EntityType;

static AREA_NOUNS: crate::entities::WordSet = crate::entities::WordSet::new(AREA_WORDS);

const AREA_WORDS: &[&str] = &[
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
];

/// Is `w` (lowercase) a noun for an administrative area (`région`, `ville`)?
pub fn is_area_noun<'w>(w: impl Into<crate::lexicon::Keyed<'w>>) -> bool {
    let w = w.into();
    AREA_NOUNS.contains(w) || w.text == "mrc"
}

/// Proposes PLACE candidates from context.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for i in 0..ctx.len() {
        // (A rule added below must start at a word of `STARTS`, or come
        // before this test.)
        if !STARTS.may_contain(ctx.w(i)) {
            continue;
        }
        if ctx.is_in(i, &AREA_NOUNS) && !ctx.is_cap(i) {
            let mut j = i + 1;
            // `la mine d’or de X`, `le gisement de gaz de X`: what is mined, then where.
            if ctx.is_de(j) && ctx.is_de(j + 2) && ctx.lex.is_common(ctx.w(j + 1)) {
                j += 2;
            }
            // The name's own article (`du Lom`, `de la Kara`).
            let mut article = ctx.is(j, &["du"]);
            if ctx.is_de(j) {
                j += 1;
                // `la région de l’Est`, `la préfecture de la Kara`
                if ctx.is(j - 1, &["de"]) && (ctx.is(j, &["la"]) || ctx.is_elision(j, "l")) {
                    j += 1;
                    article = true;
                }
            }
            // `le département du Lom et Djerem`: one area (the noun is
            // singular, the name has its article) named by two words.
            let singular = !ctx.l(i).ends_with('s') || ctx.l(i) == "permis";
            if singular
                && article
                && single_name(ctx, j)
                && ctx.is(j + 1, &["et"])
                && single_name(ctx, j + 2)
            {
                out.push(super::tok_span(
                    ctx,
                    (j, j + 3),
                    EntityType::Place,
                    "place:area-noun",
                    30,
                ));
                continue;
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
        // (Each rule wants a first word of its own: one is tried at most.)
        let found = if ctx.is_cap(i) {
            let republic = republic(ctx, i).map(|e| (e, "place:republic"));
            let district = || district(ctx, i).map(|e| (e, "place:district"));
            let nation = || first_nation(ctx, i).map(|e| (e, "place:first-nation"));
            republic.or_else(district).or_else(nation)
        } else if ctx.is_in(i, &WATER) {
            water(ctx, i).map(|e| (e, "place:water"))
        } else {
            None
        };
        if let Some((end, rule)) = found {
            out.push(super::tok_span(ctx, (i, end), EntityType::Place, rule, 45));
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

/// `le District de Bamako`: a capital district and its city, as one place.
/// Returns one past its end.
fn district(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.t(i) != "District" || ctx.sent_initial(i) || !ctx.is(i + 1, &["de", "du"]) {
        return None;
    }
    let n = i + 2;
    let place = ctx
        .lex
        .lookup(ctx.t(n))
        .is_some_and(|e| e.etype == EntityType::Place);
    (place && ctx.same_sent(i, n) && !name_tok(ctx, n + 1)).then_some(n + 1)
}

/// `la rivière Romaine`, `le lac Saint-Jean`: a body of water that no list
/// holds, with its noun. (A known one is the list's: `le fleuve Sénégal`.)
/// Returns one past its end.
fn water(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is_cap(i) || !ctx.is_in(i, &WATER) {
        return None;
    }
    let n = i + 1;
    let known = ctx.lex.lookup(ctx.t(n)).is_some();
    (single_name(ctx, n) && !known).then_some(n + 1)
}

/// The nouns of bodies of water.
static WATER: crate::entities::WordSet = crate::entities::WordSet::new(WATER_WORDS);

const WATER_WORDS: &[&str] = &["rivière", "fleuve", "lac", "oued"];

/// Every lowercase word at which a rule of [`propose`] starts: an area noun,
/// a water noun, `à`, or the first word of a republic, a district or a First
/// Nation. The other words (nearly all) are passed over at once.
static STARTS: crate::entities::Prefilter = crate::entities::prefilter_of_lists(&[
    AREA_WORDS,
    WATER_WORDS,
    &["à", "république", "district", "première"],
]);

/// `la Première Nation de Pessamit`: a First Nation (a community and its
/// land, in Canadian usage), as one place. Returns one past its end.
fn first_nation(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.t(i) != "Première" || !ctx.is(i + 1, &["nation"]) || !ctx.is(i + 2, &["de", "des"]) {
        return None;
    }
    let n = i + 3;
    (single_name(ctx, n) && ctx.same_sent(i, n)).then_some(n + 1)
}

/// Second pass: a name that a place's context gave (`la commune de
/// Kelmatou`, `la rivière Romaine`, `la Première Nation de Pessamit`) is a
/// place wherever it stands again alone (`les habitants de Kelmatou`, `le
/// chantier de la Romaine`).
pub fn propose_aliases(ctx: &Ctx, ents: &[Entity], out: &mut Vec<Candidate>) {
    listed_with_places(ctx, ents, out);
    let from_context = |e: &&Entity| {
        e.etype == EntityType::Place
            && matches!(
                e.rule,
                "place:area-noun" | "place:water" | "place:first-nation"
            )
    };
    let names: Vec<&str> = ents
        .iter()
        .filter(from_context)
        .filter(|e| e.tok_end > e.tok_start)
        .map(|e| ctx.t(e.tok_end - 1))
        .collect();
    if names.is_empty() {
        return;
    }
    let covered = super::orgs::covered_tokens(ctx, ents);
    // (An organisation that only a weak rule saw, after a title, gives way.)
    let weak: Vec<usize> = ents
        .iter()
        .filter(|e| e.rule == "org:after-title" && e.tok_end == e.tok_start + 1)
        .map(|e| e.tok_start)
        .collect();
    for (i, &cov) in covered.iter().enumerate() {
        if cov && !weak.contains(&i) || !names.contains(&ctx.t(i)) || ctx.is_initial_common(i) {
            continue;
        }
        if ctx.is_cap(i) && !name_tok(ctx, i + 1) {
            // Over the weak organisation, above a first-pass entity's rank.
            let prio = if cov { 201 } else { 59 };
            let c = super::tok_span(ctx, (i, i + 1), EntityType::Place, "place:repeat", prio);
            out.push(c);
        }
    }
}

/// One capitalised name token that no other name token follows.
fn single_name(ctx: &Ctx, j: usize) -> bool {
    let next_name = name_tok(ctx, j + 1)
        && ctx.same_sent(j, j + 1)
        && !ctx.has(j + 1, crate::tokenize::flag::NEWLINE);
    name_tok(ctx, j) && !next_name && ctx.same_sent(j.saturating_sub(1), j)
}

fn first_name_free(ctx: &Ctx, j: usize) -> bool {
    ctx.lex.first_name(ctx.w(j)).is_none() && !ctx.lex.is_common(ctx.w(j))
}

/// `six villes, dont Musanze, Rubavu, Huye et Rusizi`, `les provinces du
/// Ouaddaï, du Sila et du Wadi Fira`: in a list of three names or more that
/// starts with a known place, the unknown names are places too, when two
/// of the list are known or a plural area noun introduces it; a list with
/// another kind of entity is no such list.
fn listed_with_places(ctx: &Ctx, ents: &[Entity], out: &mut Vec<Candidate>) {
    let place_at = |k: usize| {
        let e = ents.partition_point(|e| e.tok_start < k);
        ents.get(e).filter(|e| e.tok_start == k).map(|e| (e.etype, e.tok_end))
    };
    // Past `,` or `et`, then `de`, `du`, `d’` and an article.
    let item_start = |mut k: usize| {
        if ctx.is_de(k) {
            k += 1;
        }
        if ctx.is_article(k) {
            k += 1;
        }
        k
    };
    for e in ents {
        if e.etype != EntityType::Place || e.tok_start == 0 {
            continue;
        }
        let head = e.tok_start;
        // The list's head: not itself after `,` or `et` (or their `de`).
        let mut before = head - 1;
        if ctx.is_article(before) && before > 0 {
            before -= 1;
        }
        if ctx.is_de(before) && before > 0 {
            before -= 1;
        }
        if ctx.t(before) == "," || ctx.is(before, &["et"]) {
            continue;
        }
        let introduced = (head.saturating_sub(4)..head).any(|k| {
            ctx.is(k, &["dont", "villes", "communes", "localités", "provinces", "régions", "districts", "départements", "préfectures", "wilayas", "gouvernorats", "cercles"])
        });
        let mut known = 1;
        let mut unknown: Vec<(usize, usize)> = Vec::new();
        let mut j = e.tok_end;
        let mut items = 1;
        while (ctx.t(j) == "," || ctx.is(j, &["et"])) && ctx.same_sent(head, j + 1) {
            let k = item_start(j + 1);
            if let Some((t, end)) = place_at(k) {
                if t != EntityType::Place {
                    known = 0;
                    break;
                }
                known += 1;
                j = end;
            } else if name_tok(ctx, k) && first_name_free(ctx, k) && !ctx.is_initial_common(k) {
                let mut end = k + 1;
                if name_tok(ctx, end) && first_name_free(ctx, end) && place_at(end).is_none() {
                    end += 1;
                }
                unknown.push((k, end));
                j = end;
            } else {
                break;
            }
            items += 1;
        }
        if items >= 3 && known >= 1 && !unknown.is_empty() && (known >= 2 || introduced) {
            for &(a, b) in &unknown {
                out.push(super::tok_span(ctx, (a, b), EntityType::Place, "place:list", 45));
            }
        }
    }
}
