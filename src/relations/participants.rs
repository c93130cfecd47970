//! Step 3: the participants a trigger's sentence names: the subject of an
//! active verb, `entre X et Y`, `avec X`, the agent of a passive, sides,
//! roles and the bodies signatories represent.

use super::*;

/// Words that open the list of the other parties.
pub(super) const WITH: &[&str] = &["avec"];

/// Words after which the named people are witnesses, not signatories.
pub(super) const WITNESS: &[&[&str]] = &[
    &["en", "présence"],
    &["sous", "la", "présidence"],
    &["sous", "le", "haut", "patronage"],
    &["sous", "l’œil"],
    &["sous", "l'œil"],
    &["devant"],
    &["en", "marge"],
    &["lors", "de"],
    &["lors", "d’"],
    &["lors", "d'"],
    &["à", "l’occasion"],
    &["à", "l'occasion"],
    &["coprésidée"],
    &["présidée"],
    &["présidé"],
    &["coprésidé"],
    &["selon"],
];

/// `sous l’œil de`, `sous l’égide de`, `en présence de`…: what follows names witnesses.
// Always inlined (a plain `#[inline]` left it out of `build`): the loops ask
// about every token, and the quick reject below is all most tokens need.
#[inline(always)]
pub(super) fn is_witness(ctx: &Ctx, i: usize) -> bool {
    // Every witness phrase starts with one of these words.
    matches!(
        ctx.l(i),
        "en" | "sous"
            | "devant"
            | "lors"
            | "à"
            | "coprésidée"
            | "présidée"
            | "présidé"
            | "coprésidé"
            | "selon"
    ) && witness_phrase(ctx, i)
}

// Kept out of line: inlined, it would make `is_witness` too large to inline.
#[inline(never)]
pub(super) fn witness_phrase(ctx: &Ctx, i: usize) -> bool {
    WITNESS.iter().any(|w| starts_with(ctx, i, w))
        || ctx.is(i, &["sous"])
            && (ctx.is_article(i + 1)
                && ctx.is(
                    i + 2,
                    &[
                        "œil",
                        "oeil",
                        "regard",
                        "égide",
                        "présidence",
                        "patronage",
                        "auspices",
                    ],
                ))
}

/// Words that end a participant group (what follows says why, not who).
pub(super) static PURPOSE: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "pour",
    "afin",
    "visant",
    "portant",
    "relatif",
    "relative",
    "relatifs",
    "relatives",
    "qui",
    "que",
    "dont",
    "ce",
    "cette",
    "ces",
    "destiné",
    "destinée",
    "destinés",
    "destinées",
    "d’un",
    "d'un",
    "d’une",
    "d'une",
    "dans",
    "en",
    "sur",
    "concernant",
    "ayant",
    "lors",
]);

pub(super) fn participant_of(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    e: usize,
) -> Option<Participant> {
    let ent = &ents[e];
    if ent.etype == EntityType::Figure {
        return None;
    }
    let c = clusters.of_entity.get(e).copied().flatten();
    let (name, aliases, key) = match c.map(|c| &clusters.clusters[c]) {
        Some(cl) => (cl.name.clone(), cl.aliases.clone(), Some(&cl.key)),
        None => (ctx.text[ent.start..ent.end].to_string(), Vec::new(), None),
    };
    let expanded = (ent.etype == EntityType::Ministry)
        .then(|| ellipsis_to_ministry(&name))
        .flatten();
    let (name, key) = match (expanded, key) {
        (Some(full), _) => {
            let k = fold(&full);
            (full, k)
        }
        (None, Some(k)) => (name, k.clone()),
        (None, None) => {
            let k = fold(&name);
            (name, k)
        }
    };
    // `Bourgogne-Franche-Comté` and `Bourgogne Franche-Comté` are one party.
    let key = if key.contains('-') {
        key.replace('-', " ")
    } else {
        key
    };
    Some(Participant {
        entity: Some(e),
        cluster: c,
        etype: ent.etype,
        name,
        aliases,
        signatory: ent.etype == EntityType::Person,
        role: None,
        represents: None,
        implicit: false,
        key,
    })
}

/// Is the entity a possible party: persons, ministries, organisations, and
/// places that are countries (a city in `à Rabat` is where, not who).
pub(super) fn can_participate(ctx: &Ctx, ents: &[Entity], k: usize) -> bool {
    let e = &ents[k];
    match e.etype {
        EntityType::Figure => false,
        EntityType::Place => {
            // `Bignona (Sénégal)`, `la Sonatel (Sénégal)`: the country in
            // parentheses locates the name before it.
            if e.tok_start > 1
                && ctx.t(e.tok_start - 1) == "("
                && ent_ending_at(ents, e.tok_start - 1).is_some()
            {
                return false;
            }
            // `la région Bourgogne-Franche-Comté`, `la ville de Dakar`: the authority is a party.
            let mut p = e.tok_start;
            if p > 0 && ctx.is_de(p - 1) {
                p -= 1;
            }
            // (`le gouvernement du Québec`, `le gouvernement provincial du
            // Kasaï-Central`: the government is the province's.)
            let government = |k: usize| ctx.is(k, &["gouvernement", "gouvernements"]);
            if p > 0
                && (crate::entities::places::is_area_noun(ctx.l(p - 1))
                    || government(p - 1)
                    || p > 1
                        && ctx.is(p - 1, &["provincial", "régional", "fédéral", "local", "autonome"])
                        && government(p - 2))
            {
                return true;
            }
            // `la commune voisine de Réo`, `la ville jumelle de Loudun`, `la
            // petite ville vendéenne de Sainte-Hermine`.
            let mut q = p;
            while q > 1
                && p - q < 2
                && (ctx.is(q - 1, &["voisine", "voisin", "voisines", "voisins", "jumelle", "jumelles", "sœur", "rurale", "urbaine", "portuaire", "petite", "grande"])
                    || ctx.lex.demonym(ctx.l(q - 1)).is_some()
                    // (Demonyms of towns and regions no list holds: `vendéenne`, `marchoise`.)
                    || !ctx.is_cap(q - 1)
                        && ["enne", "onne", "ande", "ais", "aise", "ois", "oise", "aine"]
                            .iter()
                            .any(|e| ctx.l(q - 1).ends_with(e)))
            {
                q -= 1;
            }
            if q < p && q > 0 && crate::entities::places::is_area_noun(ctx.l(q - 1)) {
                return true;
            }
            // `le maire de Dakar`, `les maires de Dakar et de Lyon`: the town is a party.
            let mut q = p;
            let lim = p.saturating_sub(12);
            while q > lim
                && (ctx.is(q - 1, &["et", ",", "principal", "adjoint", "adjointe", "délégué", "déléguée"])
                    || ctx.is_de(q - 1)
                    || ctx.is_article(q - 1)
                    || ent_covering(ents, q - 1)
                        .is_some_and(|x| ents[x].etype == EntityType::Place))
            {
                q -= 1;
            }
            if q > 0
                && ctx.is(
                    q - 1,
                    &[
                        "maire",
                        "maires",
                        "mairesse",
                        "mairie",
                        "mairies",
                        "municipalité",
                        "bourgmestre",
                        "bourgmestres",
                        "syndic",
                        "syndique",
                        // `le maire de A et son homologue de B`
                        "homologue",
                    ],
                )
            {
                return true;
            }
            // `la République de Maurice`: a republic is a state.
            if e.rule == "place:republic" {
                return true;
            }
            // `entre Rabat et Tokyo`: two capitals side by side stand for
            // their countries.
            let capital = |x: &Entity| {
                x.etype == EntityType::Place
                    && ctx
                        .lex
                        .lookup(&ctx.text[x.start..x.end])
                        .is_some_and(|g| g.tags & tag::CAPITAL != 0)
            };
            if capital(e) {
                let s0 = e.tok_start;
                let after = ents.get(k + 1).filter(|n| n.tok_start == e.tok_end + 1 && ctx.is(e.tok_end, &["et"]));
                let before = k.checked_sub(1).map(|b| &ents[b]).filter(|b| b.tok_end + 1 == s0 && s0 > 0 && ctx.is(s0 - 1, &["et"]));
                if s0 > 0 && ctx.is(s0 - 1, &["entre"]) && after.is_some_and(capital)
                    || before.is_some_and(|b| capital(b) && b.tok_start > 0 && ctx.is(b.tok_start - 1, &["entre"]))
                {
                    return true;
                }
            }
            let t = &ctx.text[e.start..e.end];
            ctx.lex
                .lookup(t)
                .is_some_and(|g| g.tags & tag::COUNTRY != 0)
                || e.canonical
                    .as_deref()
                    .and_then(|c| ctx.lex.lookup(c))
                    .is_some_and(|g| g.tags & tag::COUNTRY != 0)
        }
        _ => true,
    }
}

/// `Le Québec et la France ont signé`, `La Wallonie, la FWB et la RDC ont
/// signé`: a place that is not a country is still a party when it opens the
/// subject, in a list of names that starts the clause `region` (`À Dakar,
/// …` or `Ce lundi, …` do not). Adds them to `out`, in text order.
fn subject_places(ctx: &Ctx, ents: &[Entity], region: Range<usize>, out: &mut Vec<usize>) {
    let mut i = region.start;
    // (Past a leading phrase without a name: `Du même souffle, Montréal et …`.)
    if let Some(c) = (region.start..region.end).find(|&k| ctx.t(k) == ",") {
        let lo = ents.partition_point(|e| e.tok_start < region.start);
        if ents.get(lo).is_none_or(|e| e.tok_start > c) && c - region.start <= 5 {
            i = c + 1;
        }
    }
    let mut walk = EntWalk::from(ents, i);
    let mut found = false;
    while i < region.end {
        if let Some(e) = walk.starting_at(i) {
            if ents[e].etype == EntityType::Place && !out.contains(&e) && governs(ctx, ents, e) {
                out.push(e);
                found = true;
            }
            i = ents[e].tok_end.max(i + 1);
            continue;
        }
        if !(ctx.is_article(i) || matches!(ctx.t(i), "," | "(" | ")") || ctx.is(i, &["et"])) {
            break;
        }
        i += 1;
    }
    if found {
        out.sort_unstable();
    }
}

/// A region or province with a government of its own (`Québec`, `Wallonie`,
/// `Bretagne`), not a capital that stands for its country (`Rabat et Madrid
/// signent`, which a country's record holds already) nor the first word of a
/// name the tagger did not know (`Lualaba Copper Resources`, `Rhône & Cie`).
fn governs(ctx: &Ctx, ents: &[Entity], e: usize) -> bool {
    let after = ents[e].tok_end;
    if ctx.t(after) == "&" || ctx.kind(after) == Some(TokKind::Word) && ctx.is_cap(after) {
        return false;
    }
    if ents[e].tok_start > 0 && ctx.t(ents[e].tok_start - 1) == "(" {
        return false;
    }
    let name = ents[e].canonical.as_deref().unwrap_or(&ctx.text[ents[e].start..ents[e].end]);
    // (A town that opens the subject signs as a town: `Montréal et Québec
    // ont signé une entente`.)
    ctx.lex
        .lookup(name)
        .is_some_and(|g| g.tags & (tag::REGION | tag::CITY) != 0 && g.tags & tag::CAPITAL == 0)
}

/// Words that may stand before a participant at the start of a group.
pub(super) fn skippable(ctx: &Ctx, i: usize) -> bool {
    let l = ctx.l(i);
    ctx.is_article(i)
        || ctx.is_de(i)
        || ctx.is(
            i,
            &[
                "et",
                "ainsi",
                "qu’",
                "qu'",
                "à",
                "au",
                "aux",
                "savoir",
                "plusieurs",
                "différents",
                "différentes",
                "ses",
                "leurs",
                "son",
                "sa",
                "leur",
                "partenaires",
                "partenaire",
                "notamment",
                "également",
                "aussi",
                "respectivement",
                "nouveau",
                "nouvelle",
                "ce",
                "cette",
                "ministères",
                "institutions",
                "entreprises",
                "organismes",
                "organisations",
                "acteurs",
                "établissements",
                "structures",
                "opérateurs",
                "banques",
                "sociétés",
                "universités",
                "pays",
                "collectivités",
                "bailleurs",
                "parties",
            ],
        )
        || ctx.is_cap(i)
        || ctx.title_at(i).is_some()
        || matches!(ctx.t(i), "«" | "“" | "\"" | "(" | "-" | "–" | "—")
        || ctx.kind(i) == Some(TokKind::Word)
            && !ctx.is_cap(i)
            && (crate::entities::orgs::is_org_noun(l)
                || ctx.lex.demonym(l).is_some()
                || crate::entities::orgs::is_inst_adj(l)
                || crate::entities::places::is_area_noun(l))
}

#[derive(PartialEq, Eq, Clone, Copy)]
pub(super) enum GroupState {
    /// Waiting for the entity that starts a group.
    Expect,
    /// Inside a group.
    In,
    /// Past a purpose clause: ignore until the next separator.
    Cut,
    /// At a comma after a purpose clause: a name right here is in apposition
    /// to a word of that clause (`sur la vente de sa filiale, la BIMR`); only
    /// `et`, `ainsi que` or a stronger separator starts a new group.
    AfterCut,
}

/// Splits a list region into groups of entity indices (`A, B et C`, `avec A ;
/// avec B`): a group starts with an entity (after articles and nouns such as
/// `l’initiative internationale «`); a purpose clause (`pour …`) is skipped;
/// a group that starts with anything else ends the list.
pub(super) fn groups_in(
    ctx: &Ctx,
    ents: &[Entity],
    region: Range<usize>,
    first_side: &[usize],
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut state = GroupState::Expect;
    let mut i = region.start;
    let mut walk = EntWalk::from(ents, i);
    // Where the last entity of the group ended.
    let mut last_end = region.start;
    while i < region.end {
        if is_witness(ctx, i) {
            break;
        }
        if let Some(e) = walk.starting_at(i) {
            let ent = &ents[e];
            // `l’ANFP du Bénin`: a complement of the name before it, not another
            // party; but `le gouvernement du Bénin et le gouvernement du Togo`
            // coordinates two.
            let complement = state == GroupState::In
                && i > 0
                && ctx.is_de(i - 1)
                && !(last_end..i).any(|x| ctx.is(x, &["et"]));
            last_end = ent.tok_end;
            if complement {
                i = ent.tok_end.max(i + 1);
                continue;
            }
            // A count is a determiner (`un pool de trois établissements
            // emmené par …`, `ses deux partenaires`), not the end of the list.
            let count = ent
                .figure
                .as_ref()
                .is_some_and(|f| f.kind == FigureKind::Number);
            if !count {
                if !matches!(state, GroupState::Cut | GroupState::AfterCut)
                    && can_participate(ctx, ents, e)
                {
                    if !first_side.contains(&e) {
                        cur.push(e);
                    }
                    state = GroupState::In;
                } else if state == GroupState::Expect {
                    state = GroupState::Cut;
                }
            }
            i = ent.tok_end.max(i + 1);
            continue;
        }
        // `avec le bailleur`, `avec la banque`: the body named before.
        if state == GroupState::Expect {
            if let Some(e) = described_body(ctx, ents, i).filter(|e| !first_side.contains(e) && !cur.contains(e)) {
                cur.push(e);
                state = GroupState::In;
                i += 2;
                continue;
            }
        }
        let t = ctx.t(i);
        // `la STEG, représentée par son PDG, A, …`: A signs for the STEG, in its group.
        if t == "," && state == GroupState::In && is_represented(ctx, i + 1) {
            i += 1;
            while i < region.end
                && ent_starting_at(ents, i).is_none_or(|e| ents[e].etype != EntityType::Person)
            {
                if matches!(ctx.t(i), ";" | ".") {
                    break;
                }
                i += 1;
            }
            continue;
        }
        if matches!(t, "," | ";" | ":") || ctx.is(i, WITH) {
            if !cur.is_empty() {
                groups.push(std::mem::take(&mut cur));
            }
            state = if t == "," && matches!(state, GroupState::Cut | GroupState::AfterCut) {
                GroupState::AfterCut
            } else {
                GroupState::Expect
            };
            i += 1;
            continue;
        }
        if state == GroupState::AfterCut && ctx.is(i, &["et", "ainsi"]) {
            state = GroupState::Expect;
        }
        // `X, filiale du groupe Y`: Y describes X, it is not another party.
        if ctx.is_in(i, &PURPOSE)
            || ctx.is(
                i,
                &[
                    "filiale",
                    "filiales",
                    "branche",
                    "maison-mère",
                    "actionnaire",
                ],
            )
        {
            state = GroupState::Cut;
        } else if state == GroupState::Expect && !skippable(ctx, i) && !groups.is_empty() {
            // After the first group, a group that does not start with a participant ends the list.
            break;
        }
        i += 1;
    }
    if !cur.is_empty() {
        groups.push(cur);
    }
    // `A, B et C`: the last group is split on its `et` when it holds several entities.
    if let Some(last) = groups.pop() {
        let mut parts: Vec<Vec<usize>> = Vec::new();
        let mut part = Vec::new();
        for (k, &e) in last.iter().enumerate() {
            if k > 0 {
                let prev = &ents[last[k - 1]];
                if (prev.tok_end..ents[e].tok_start).any(|x| ctx.is(x, &["et"])) {
                    parts.push(std::mem::take(&mut part));
                }
            }
            part.push(e);
        }
        parts.push(part);
        if groups.is_empty() || parts.len() == 2 {
            groups.extend(parts);
        } else {
            groups.push(parts.concat());
        }
    }
    groups
}

pub(super) fn starts_with(ctx: &Ctx, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| ctx.l(i + k) == *w)
}

/// The role of a person entity: the title phrase next to it (`le ministre de
/// l’Économie, A` or `A, directeur général de B`), and the body in that phrase.
pub(super) fn role_of(ctx: &Ctx, ents: &[Entity], e: usize) -> (Option<String>, Option<usize>) {
    let p = &ents[e];
    // After: `A, directeur général de la BAD pour le Cameroun,`
    let mut j = p.tok_end;
    let comma = ctx.t(j) == ",";
    if comma {
        j += 1;
        if ctx.is_article(j) {
            j += 1;
        }
    }
    // Also with no comma, when the title has its complement: `M. Ali Sani
    // Président de la BIDC`.
    if let Some((n, crate::lexicon::TitleKind::Function)) = ctx.title_at(j) {
        if comma || ctx.is_de(j + n) {
            let end = phrase_end(ctx, j + n);
            // `…, A, le recteur de l’UQAC, B, …`: in a list the title after A
            // introduces the next name.
            let mut x = end + 1;
            while ctx
                .title_at(x)
                .is_some_and(|(_, kind)| kind == crate::lexicon::TitleKind::Civil)
                || ctx.t(x) == "."
            {
                x += 1;
            }
            let next_name = ctx.t(end) == ","
                && ent_starting_at(ents, x).is_some_and(|q| ents[q].etype == EntityType::Person);
            if !(comma && next_name && titles_come_first(ctx, ents, e, 0)) {
                return role_span(ctx, ents, j, end, e);
            }
        }
    }
    // Before: `le directeur général de l’ASF, M. Anis Rahabi`
    let (k, span) = title_before(ctx, ents, e);
    if let Some((a, stop)) = span {
        return role_span(ctx, ents, a, stop, e);
    }
    // Right before with no comma: `le Premier ministre portugais Antonio
    // Costa`, `le vice-président du gouvernement calédonien Gilbert Tyuienon`.
    let lim = k.saturating_sub(8);
    let mut j = k;
    while j > lim {
        j -= 1;
        if !ctx.same_sent(j, k)
            || matches!(ctx.t(j), "," | ";" | "." | ":" | "(" | ")" | "«" | "»")
            || ent_starting_at(ents, j).is_some_and(|q| ents[q].etype == EntityType::Person)
            || verb_form(ctx.l(j)).is_some()
        {
            break;
        }
        if let Some((n, crate::lexicon::TitleKind::Function)) = ctx.title_at(j) {
            if j + n <= k {
                // A longer title may end here (`Premier ministre`, not `ministre`).
                let a = (j.saturating_sub(2)..j)
                    .find(|&b| {
                        matches!(ctx.title_at(b), Some((m, crate::lexicon::TitleKind::Function)) if b + m >= j + n)
                    })
                    .unwrap_or(j);
                return role_span(ctx, ents, a, k, e);
            }
        }
    }
    (None, None)
}

/// The title phrase before a person and the comma after it (`le directeur
/// général de l’ASF, M. Anis Rahabi`): where the name's honorifics start, and
/// the title's span when there is one.
fn title_before(ctx: &Ctx, ents: &[Entity], e: usize) -> (usize, Option<(usize, usize)>) {
    let p = &ents[e];
    let mut k = p.tok_start;
    loop {
        while k > 0
            && (ctx.t(k - 1) == "."
                || ctx
                    .title_at(k - 1)
                    .is_some_and(|(_, kind)| kind == crate::lexicon::TitleKind::Civil))
        {
            k -= 1;
        }
        // `le président de l’université, le professeur A`: an honorific
        // with its article, before the title that says whom A works for.
        if k > 2
            && ctx.is(
                k - 1,
                &["professeur", "professeure", "docteur", "docteure", "ingénieur", "ingénieure", "maître"],
            )
            && ctx.is_article(k - 2)
            && ctx.t(k - 3) == ","
        {
            k -= 2;
            continue;
        }
        // (The same with a civil title already passed: `, le Pr A`.)
        if k > 1 && k < p.tok_start && ctx.is_article(k - 1) && ctx.t(k - 2) == "," {
            k -= 1;
        }
        break;
    }
    if k > 0 && ctx.t(k - 1) == "," {
        let stop = k - 1;
        let mut s = stop;
        let lim = stop.saturating_sub(25);
        while s > lim && ctx.same_sent(s - 1, stop) {
            s -= 1;
            // (`général` in `Conseil général` is part of a name, not a title.)
            let in_name = ent_covering(ents, s)
                .is_some_and(|q| matches!(ents[q].etype, EntityType::Org | EntityType::Ministry));
            if let (Some((_, crate::lexicon::TitleKind::Function)), false) =
                (ctx.title_at(s), in_name)
            {
                if (s..stop).any(|x| {
                    ent_starting_at(ents, x).is_some_and(|q| ents[q].etype == EntityType::Person)
                }) {
                    break;
                }
                // A longer title may end here (`directeur général`, not `général`).
                let mut a = s;
                for back in 1..=2 {
                    if let Some((n, crate::lexicon::TitleKind::Function)) =
                        s.checked_sub(back).and_then(|b| ctx.title_at(b))
                    {
                        if n > back {
                            a = s - back;
                        }
                    }
                }
                return (k, Some((a, stop)));
            }
            if matches!(ctx.t(s), ";" | "(" | ")") || ctx.is(s, &["par", "entre", "avec"]) {
                break;
            }
        }
    }
    (k, None)
}

/// Whether the list around a person puts each title before its name (`la
/// vice-présidente de X, A, le recteur de Y, B`), so that a title after A is
/// B's; in `A, président de X, B, présidente de Y` it is A's. The list's first
/// name decides: a title before it that follows no earlier name.
fn titles_come_first(ctx: &Ctx, ents: &[Entity], e: usize, depth: usize) -> bool {
    let Some((a, _)) = title_before(ctx, ents, e).1 else {
        return false;
    };
    let mut b = a;
    if b > 0 && ctx.is_article(b - 1) {
        b -= 1;
    }
    if b == 0 || ctx.t(b - 1) != "," || depth > 8 {
        return true;
    }
    match ents[..e].iter().rposition(|q| q.tok_end == b - 1) {
        Some(q) if ents[q].etype == EntityType::Person => titles_come_first(ctx, ents, q, depth + 1),
        _ => true,
    }
}

pub(super) fn phrase_end(ctx: &Ctx, from: usize) -> usize {
    let mut j = from;
    while j < ctx.len() && ctx.same_sent(from.saturating_sub(1), j) {
        // `Président Directeur Général de (BMS)`, `directeur (intérim) de
        // la Sonatel`: a short parenthesis inside the title.
        if ctx.t(j) == "(" {
            if let Some(close) = (j + 1..(j + 7).min(ctx.len())).find(|&x| ctx.t(x) == ")") {
                j = close + 1;
                continue;
            }
        }
        if matches!(ctx.t(j), "," | ";" | "." | ")" | "(" | "»") || ctx.is(j, &["et", "a", "ont"]) {
            break;
        }
        j += 1;
    }
    j.min(ctx.len())
}

pub(super) fn role_span(
    ctx: &Ctx,
    ents: &[Entity],
    a: usize,
    b: usize,
    person: usize,
) -> (Option<String>, Option<usize>) {
    if b <= a {
        return (None, None);
    }
    let text = ctx.text[ctx.bstart(a)..ctx.bend(b - 1)].to_string();
    let lo = ents.partition_point(|e| e.tok_start < a);
    let hi = ents.partition_point(|e| e.tok_start < b);
    // A minister's title names a portfolio: `ministre des Affaires
    // maghrébines, de l’Union africaine et de la Ligue arabe` does not work
    // for the Union africaine.
    let a0 = if ctx.is_article(a) { a + 1 } else { a };
    let minister = is_minister_title(ctx.l(a0));
    let state_agent = ctx.is(a0, STATE_AGENTS);
    let body = ents[lo..hi]
        .iter()
        .enumerate()
        .map(|(k, q)| (k + lo, q))
        .find(|(k, q)| {
            let inside = *k != person && q.tok_start >= a && q.tok_end <= b;
            // A country the person works for (`ambassadeur de France`), not where (`au Mali`);
            // a prefect represents the State, not the place (`le préfet de la Guadeloupe`).
            let country_of = q.etype == EntityType::Place
                && !state_agent
                && q.tok_start > 0
                && (ctx.is_de(q.tok_start - 1) || ctx.is(q.tok_start - 1, &["pour"]))
                && can_participate(ctx, ents, *k);
            let body = match q.etype {
                EntityType::Ministry => true,
                EntityType::Org => !minister,
                _ => false,
            };
            inside && (body || country_of)
        })
        .map(|(k, _)| chain_end(ctx, ents, k))
        // `le chef de la Mission des Etats-Unis en Libye`, `l’ambassade de
        // France`: a diplomat signs for the sending country the article names.
        .map(|k| sending_country(ctx, ents, k).unwrap_or(k))
        // `le ministre nigérien des Mines`, `son homologue mauritanien`, `le
        // vice-président du gouvernement calédonien`: the country of the
        // adjective, when the article names it.
        .or_else(|| {
            (a..b).find_map(|j| {
                (ctx.kind(j) == Some(TokKind::Word) && !ctx.is_cap(j))
                    .then(|| country_named(ctx, ents, ctx.l(j)))
                    .flatten()
            })
        })
        // `le président du club`, `la directrice générale de la banque`: the
        // body of that kind named just before.
        .or_else(|| definite_body(ctx, ents, a, b));
    (Some(text), body)
}

/// The body a definite description in a title names (`de la banque`, `du
/// groupe`): the last organisation before token `a`, in its sentence or the
/// two before, whose name holds the noun (`Banque Cantonale de Genève` for
/// `la banque`).
pub(super) fn definite_body(ctx: &Ctx, ents: &[Entity], a: usize, b: usize) -> Option<usize> {
    let d = (a..b).find(|&j| {
        ctx.is_de(j) && !ctx.is_elision(j, "d") || ctx.is_elision(j, "d")
    })?;
    let mut n = d + 1;
    if ctx.is(d, &["de"]) && (ctx.is(n, &["la"]) || ctx.is_elision(n, "l")) {
        n += 1;
    } else if !ctx.is(d, &["du", "de"]) && !ctx.is_elision(d, "d") {
        return None;
    }
    if n >= b || ctx.kind(n) != Some(TokKind::Word) || ctx.is_cap(n) {
        return None;
    }
    let noun = ctx.l(n);
    // The bodies' own head nouns (`la banque`, `l’université`, `la commune`).
    if !crate::entities::orgs::is_org_noun(noun) && !ctx.lex.is_head(noun) {
        return None;
    }
    body_holding(ctx, ents, noun, a, 8)
}

/// Short forms of `club` in sports clubs' names (`Servette FC`, `AS Monaco`).
const CLUB_WORDS: &[&str] = &[
    "club", "fc", "ac", "as", "sc", "rc", "cf", "us", "olympique", "sporting", "racing", "stade",
];

/// The last organisation before token `a`, in its sentence or the `back`
/// before, whose name holds `noun` (`Banque Cantonale de Genève` for `la
/// banque`, `Servette FC` for `le club`).
fn body_holding(ctx: &Ctx, ents: &[Entity], noun: &str, a: usize, back: usize) -> Option<usize> {
    let from = ctx.sents[(ctx.sent_of[a] as usize).saturating_sub(back)].start;
    let lo = ents.partition_point(|e| e.tok_start < from);
    let hi = ents.partition_point(|e| e.tok_start < a);
    let noun = fold(noun);
    (lo..hi).rev().find(|&e| {
        (ents[e].etype == EntityType::Org || noun == "ministere" && ents[e].etype == EntityType::Ministry)
            && (fold(&ctx.text[ents[e].start..ents[e].end])
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| {
                    w == noun
                        || noun == "club" && CLUB_WORDS.contains(&w)
                        // `le bailleur`: a bank or a fund lends.
                        || matches!(noun.as_str(), "bailleur" | "preteur")
                            && matches!(w, "banque" | "bank" | "fonds" | "fund")
                })
                // `l’ONG ALIMA … l’ONG`: introduced with that noun.
                || ents[e].tok_start > 0 && ctx.l(ents[e].tok_start - 1) == noun)
    })
}

/// Nouns whose definite description stands for a body named just before
/// (`le club genevois et l’ASEC ont conclu …`).
static DESCRIBED_BODIES: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "club", "banque", "société", "groupe", "entreprise", "compagnie", "université", "institut",
    "fondation", "association", "agence", "opérateur", "firme", "fonds", "commune", "ville",
    "établissement", "office", "région", "département", "ong", "ministère", "conseil",
    "bailleur", "prêteur",
]);

/// A definite description at token `i` (`le club`, `la banque genevoise`)
/// that is not a name's start and has no complement of its own: the body
/// named before whose name holds its noun.
fn described_body(ctx: &Ctx, ents: &[Entity], i: usize) -> Option<usize> {
    if !(ctx.is(i, &["le", "la"]) || ctx.is_elision(i, "l")) {
        return None;
    }
    let n = i + 1;
    // (`la Région`, capitalised, is the short name of the body named before.)
    if ctx.kind(n) != Some(TokKind::Word) || !DESCRIBED_BODIES.contains(ctx.l(n)) {
        return None;
    }
    let mut j = n + 1;
    while j < n + 3
        && ctx.kind(j) == Some(TokKind::Word)
        && !ctx.is_cap(j)
        && (ctx.lex.demonym(ctx.l(j)).is_some() || crate::entities::orgs::looks_like_adj(ctx.l(j)))
    {
        j += 1;
    }
    if ctx.is_de(j) || ctx.is_cap(j) || ents.iter().any(|e| e.tok_start <= n && n < e.tok_end) {
        return None;
    }
    // A capitalised short name (`la Région`) may stand for a body named at
    // the top of the article; a lowercase description looks closer.
    let back = if ctx.is_cap(n) { usize::MAX } else { 8 };
    body_holding(ctx, ents, ctx.l(n), i, back)
}

/// The body the organisation `e` belongs to, when its name is followed by
/// `de` and another organisation's (`Conseil d’administration de la société
/// SCL`, `direction régionale de la BAD`): the last of such a chain.
pub(super) fn chain_end(ctx: &Ctx, ents: &[Entity], mut e: usize) -> usize {
    while ents[e].etype == EntityType::Org {
        // Past the acronym in parentheses: `l’Association internationale de
        // développement (IDA) du Groupe de la Banque mondiale`.
        let mut j = ents[e].tok_end;
        if ctx.t(j) == "(" {
            if let Some(a) = ent_starting_at(ents, j + 1).filter(|&a| ctx.t(ents[a].tok_end) == ")")
            {
                j = ents[a].tok_end + 1;
            }
        }
        let Some(next) = linked_by_de(ctx, ents, j) else {
            break;
        };
        if ents[next].etype != EntityType::Org {
            break;
        }
        e = next;
    }
    e
}

/// The entity that a `de` at token `j` introduces: `de`, then maybe an
/// article, a lowercase organisation noun (`de la société X`) or a `(`.
pub(super) fn linked_by_de(ctx: &Ctx, ents: &[Entity], j: usize) -> Option<usize> {
    if !ctx.is_de(j) {
        return None;
    }
    let mut k = j + 1;
    if ctx.is_article(k) {
        k += 1;
    }
    if ctx.kind(k) == Some(TokKind::Word)
        && !ctx.is_cap(k)
        && crate::entities::orgs::is_org_noun(ctx.l(k))
    {
        k += 1;
    }
    if ctx.t(k) == "(" {
        k += 1;
    }
    ent_starting_at(ents, k)
}

/// Does entity `e` complete the entity before it through `de` (`SCL
/// Energie du Sénégal`, `Conseil d’administration de la société SCL`)?
pub(super) fn completes_previous(ctx: &Ctx, ents: &[Entity], e: usize) -> bool {
    e > 0 && linked_by_de(ctx, ents, ents[e - 1].tok_end) == Some(e)
}

/// The country a diplomatic body (`Ambassade de France`, `Mission des
/// Etats-Unis en Libye`, `Délégation de l’Union européenne`) belongs to, as
/// the article names it elsewhere.
pub(super) fn sending_country(ctx: &Ctx, ents: &[Entity], k: usize) -> Option<usize> {
    let q = &ents[k];
    if q.etype != EntityType::Org
        || !ctx.is(
            q.tok_start,
            &["ambassade", "mission", "consulat", "délégation", "représentation", "haut-commissariat"],
        )
    {
        return None;
    }
    let de = (q.tok_start + 1..q.tok_end).find(|&j| ctx.is_de(j))?;
    let mut from = de + 1;
    if ctx.is_article(from) {
        from += 1;
    }
    // The longest run of words after `de` that the gazetteer knows as a country.
    let name = (from + 1..=q.tok_end.min(from + 5)).rev().find_map(|end| {
        let t = &ctx.text[ctx.bstart(from)..ctx.bend(end - 1)];
        ctx.lex
            .lookup(t)
            .filter(|g| g.etype == EntityType::Place && g.tags & tag::COUNTRY != 0)
            .map(|g| fold(g.canonical.unwrap_or(t)))
    })?;
    ents.iter().position(|e| {
        e.etype == EntityType::Place
            && (fold(&ctx.text[e.start..e.end]) == name
                || e.canonical.as_deref().is_some_and(|c| fold(c) == name))
    })
}

/// Titles of members of a government, whose complement is a portfolio.
pub(super) fn is_minister_title(w: &str) -> bool {
    matches!(
        w,
        "ministre" | "ministres" | "vice-ministre" | "secrétaire" | "garde" | "commissaire"
    )
}

/// The entity by which the article names the country of nationality
/// adjective `w` (`nigérien` → the first mention of `Niger`); of the
/// countries one adjective may mean (`congolais`), the one the article names.
pub(super) fn country_named(ctx: &Ctx, ents: &[Entity], w: &str) -> Option<usize> {
    let countries = ctx.lex.demonym_countries(w)?;
    PLACES.with(|cell| {
        let mut cache = cell.borrow_mut();
        // One index per document (each call of `relations::extract` is a new
        // one), built on the first question: a long document asks about many
        // adjectives.
        let id = DOCUMENT.with(|d| d.get());
        if cache.0 != id {
            let mut by_name: rustc_hash::FxHashMap<String, usize> = Default::default();
            for (k, e) in ents
                .iter()
                .enumerate()
                .filter(|(_, e)| e.etype == EntityType::Place)
            {
                by_name.entry(fold(&ctx.text[e.start..e.end])).or_insert(k);
                if let Some(n) = e.canonical.as_deref() {
                    by_name.entry(fold(n)).or_insert(k);
                }
            }
            *cache = (id, by_name);
        }
        countries
            .split('|')
            .find_map(|c| cache.1.get(&fold(c)).copied())
    })
}

thread_local! {
    /// The place entities of the document being read, by folded name and
    /// canonical name (first mention), for [`country_named`].
    static PLACES: std::cell::RefCell<(u64, rustc_hash::FxHashMap<String, usize>)> =
        std::cell::RefCell::new((0, Default::default()));
    /// A number for the document being read on this thread (see [`new_document`]).
    static DOCUMENT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Marks the start of a new document on this thread: the per-document
/// indexes are built again on first use.
pub(super) fn new_document() {
    DOCUMENT.with(|d| d.set(d.get().wrapping_add(1)));
}

/// The latest person before token `before` whose role starts with `title`
/// (`le ministre` → `le ministre des Affaires économiques, Sidi Ould Cheikh`).
pub(super) fn titled_person_before(
    ctx: &Ctx,
    ents: &[Entity],
    title: &str,
    before: usize,
) -> Option<usize> {
    let end = ents.partition_point(|e| e.tok_end <= before);
    (end.saturating_sub(200)..end).rev().find(|&e| {
        ents[e].etype == EntityType::Person
            && role_of(ctx, ents, e).0.is_some_and(|r| {
                let r = r.to_lowercase();
                r.split_whitespace().next() == Some(title)
            })
    })
}

/// `les deux ministres` at token `x`: the persons named before token
/// `before` whose function starts with that title (`Mohamed Saïd, ministre
/// des Affaires étrangères`), when the article names exactly that many.
fn counted_titled(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    x: usize,
    before: usize,
) -> Option<Vec<usize>> {
    if !ctx.is(x, &["les", "des", "ces"]) {
        return None;
    }
    let n = small_count(ctx.l(x + 1))?;
    let title = match ctx.l(x + 2) {
        "ministres" => "ministre",
        "présidents" => "président",
        "maires" => "maire",
        "ambassadeurs" => "ambassadeur",
        "gouverneurs" => "gouverneur",
        "recteurs" => "recteur",
        "directeurs" => "directeur",
        _ => return None,
    };
    let end = ents.partition_point(|e| e.tok_end <= before);
    let titled = (end.saturating_sub(200)..end).rev().filter(|&e| {
        ents[e].etype == EntityType::Person
            && role_of(ctx, ents, e)
                .0
                .is_some_and(|r| r.to_lowercase().split_whitespace().next() == Some(title))
    });
    exactly(clusters, titled, n)
}

/// `les gouvernements tunisien et italien`, `le gouvernement malien`: the
/// countries, from the `gouvernement` tokens of the document (`governments`).
pub(super) fn government_parties(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    governments: &[usize],
    region: Range<usize>,
) -> Vec<Participant> {
    let mut out = Vec::new();
    let lo = governments.partition_point(|&i| i < region.start);
    let hi = governments.partition_point(|&i| i < region.end);
    for &i in &governments[lo..hi.max(lo)] {
        let mut j = i + 1;
        while j < region.end {
            if let Some(country) = ctx.lex.demonym(ctx.l(j)) {
                let adj = ctx.t(j);
                // `gouvernements tunisiens`, but `gouvernement congolais`.
                let one = singular(adj);
                let adj = if ctx.lex.demonym(&one.to_lowercase()).is_some() {
                    one.as_str()
                } else {
                    adj
                };
                let alias = format!("gouvernement {adj}");
                // The country as the article names it, with its other names.
                let named = country_named(ctx, ents, ctx.l(j))
                    .and_then(|e| participant_of(ctx, ents, clusters, e));
                out.push(match named {
                    Some(mut p) => {
                        p.aliases.push(alias);
                        p
                    }
                    None => Participant {
                        entity: None,
                        cluster: None,
                        etype: EntityType::Place,
                        key: fold(country),
                        name: country.to_string(),
                        aliases: vec![alias],
                        signatory: false,
                        role: None,
                        represents: None,
                        implicit: false,
                    },
                });
                j += 1;
            } else if ctx.is(j, &["et"]) || ctx.t(j) == "," {
                j += 1;
            } else {
                break;
            }
        }
    }
    out
}

/// The entities of a region that can be participants (no list splitting),
/// up to a witness phrase or a clause of purpose (`en vue de`, `afin de`, `qui`).
pub(super) fn entities_in(ctx: &Ctx, ents: &[Entity], region: Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = region.start;
    let mut walk = EntWalk::from(ents, i);
    while i < region.end {
        if is_witness(ctx, i)
            || ctx.is(
                i,
                &[
                    "afin",
                    "visant",
                    "qui",
                    "dont",
                    "destiné",
                    "destinée",
                    "destinés",
                    "destinées",
                    "consacré",
                    "consacrée",
                ],
            )
            || starts_with(ctx, i, &["en", "vue"])
            || starts_with(ctx, i, &["dans", "le", "cadre"])
            || clause_participle(ctx, i)
        {
            break;
        }
        if let Some(e) = walk.starting_at(i) {
            // `l’Economic Development Board (EDB) de Maurice`: the country
            // says whose body it is; it is not another party.
            let of_org = ents[e].etype == EntityType::Place
                && e > 0
                && ents[e - 1].etype == EntityType::Org
                && {
                    let mut j = ents[e - 1].tok_end;
                    if ctx.t(j) == ")" {
                        j += 1;
                    }
                    linked_by_de(ctx, ents, j) == Some(e)
                };
            // `le préfet de la Guadeloupe`: the prefect signs for the State,
            // the place is where he serves.
            let prefect_of = ents[e].etype == EntityType::Place && {
                let mut k = ents[e].tok_start;
                if k > 0 && ctx.is_article(k - 1) {
                    k -= 1;
                }
                k > 1
                    && ctx.is_de(k - 1)
                    && ctx.is(k - 2, STATE_AGENTS)
            };
            if can_participate(ctx, ents, e) && !of_org && !prefect_of && !appositive_complement(ctx, ents, e) {
                out.push(e);
            }
            i = ents[e].tok_end.max(i + 1);
            continue;
        }
        if let Some(e) = described_body(ctx, ents, i).filter(|e| !out.contains(e)) {
            out.push(e);
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

pub(super) fn dedupe(ps: &mut Vec<Participant>) {
    if ps.len() <= 32 {
        // The usual few participants: comparing with those kept costs less
        // than building two hash sets.
        let mut kept = 0;
        for k in 0..ps.len() {
            let p = &ps[k];
            let seen = ps[..kept]
                .iter()
                .any(|q| p.cluster.is_some() && q.cluster == p.cluster || q.key == p.key);
            if !seen {
                // (Not with itself: a participant is large, a swap copies it thrice.)
                if kept != k {
                    ps.swap(kept, k);
                }
                kept += 1;
            }
        }
        ps.truncate(kept);
        return;
    }
    // Decided first over borrowed keys, then applied: no key is copied.
    let keep: Vec<bool> = {
        let mut clusters: rustc_hash::FxHashSet<usize> = Default::default();
        let mut names: rustc_hash::FxHashSet<&str> = Default::default();
        ps.iter()
            .map(|p| {
                if p.cluster.is_some_and(|c| clusters.contains(&c))
                    || names.contains(p.key.as_str())
                {
                    return false;
                }
                if let Some(c) = p.cluster {
                    clusters.insert(c);
                }
                names.insert(p.key.as_str());
                true
            })
            .collect()
    };
    let mut keep = keep.into_iter();
    ps.retain(|_| keep.next().unwrap_or(true));
}

pub(super) fn to_participants(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    idx: &[usize],
) -> Vec<Participant> {
    let mut out = Vec::new();
    for &e in idx {
        let Some(mut p) = participant_of(ctx, ents, clusters, e) else {
            continue;
        };
        if p.signatory {
            let (role, rep) = role_of(ctx, ents, e);
            p.role = role;
            p.represents = rep;
            out.push(p);
            // The body a signatory represents is a party too.
            if let Some(r) = rep {
                if let Some(q) = participant_of(ctx, ents, clusters, r) {
                    out.push(q);
                }
            }
        } else {
            out.push(p);
        }
    }
    dedupe(&mut out);
    out
}

/// The entity that starts at token `i` (entities are sorted and do not overlap).
pub(super) fn ent_starting_at(ents: &[Entity], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.tok_start < i);
    (k < ents.len() && ents[k].tok_start == i).then_some(k)
}

/// [`ent_starting_at`] along a walk over increasing token positions: each
/// question moves a cursor forward instead of searching the whole list.
pub(super) struct EntWalk<'e> {
    pub(super) ents: &'e [Entity],
    /// The first entity that does not start before the last position asked.
    pub(super) k: usize,
}

impl<'e> EntWalk<'e> {
    /// A walk from token `i` on.
    fn from(ents: &'e [Entity], i: usize) -> Self {
        EntWalk {
            ents,
            k: ents.partition_point(|e| e.tok_start < i),
        }
    }

    /// The entity that starts at token `i` (no smaller than the last `i` asked).
    fn starting_at(&mut self, i: usize) -> Option<usize> {
        while self.k < self.ents.len() && self.ents[self.k].tok_start < i {
            self.k += 1;
        }
        (self.k < self.ents.len() && self.ents[self.k].tok_start == i).then_some(self.k)
    }
}

/// The entity that ends just before token `i`.
pub(super) fn ent_ending_at(ents: &[Entity], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.tok_end < i);
    (k < ents.len() && ents[k].tok_end == i).then_some(k)
}

/// The entity whose tokens include `i`.
pub(super) fn ent_covering(ents: &[Entity], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.tok_start <= i);
    (k > 0 && ents[k - 1].tok_end > i).then(|| k - 1)
}

/// Verbs that say whom an instrument binds.
pub(super) const BINDING: &[&str] = &[
    "liant",
    "lie",
    "lient",
    "associe",
    "associant",
    "associent",
    "unissant",
    "unit",
    "engageant",
    "engage",
];

/// `un accord-cadre liant l’Université de Liège à la société Hydrolis`: the
/// entities before `à` and after it are the two sides.
pub(super) fn binding_draft(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    binds: &[usize],
    m: &Mention,
    next: usize,
    si: usize,
) -> Option<Draft> {
    if m.draft || m.kind.is_empty() {
        return None;
    }
    let v = *binds
        .get(binds.partition_point(|&k| k < m.end))
        .filter(|&&k| k < next)?;
    let end = region_end(ctx, v + 1, next);
    let to = (v + 1..end)
        .find(|&k| ctx.is(k, &["à", "au", "aux"]) && ent_covering(ents, k).is_none())?;
    let a = entities_in(ctx, ents, v + 1..to);
    let b = entities_in(ctx, ents, to + 1..end);
    if a.is_empty() || b.is_empty() {
        return None;
    }
    Some(Draft {
        mention: m.clone(),
        rule: "signed:binding",
        sent: si,
        trigger: v,
        first: to_participants(ctx, ents, clusters, &a),
        groups: vec![to_participants(ctx, ents, clusters, &b)],
        signatories: Vec::new(),
        implicit: false,
        alternatives: Vec::new(),
        pronoun_subject: false,
        singular_subject: false,
        signers_subject: false,
    })
}

/// Verbs of saying before `que` (`a rappelé que`, `indique que`).
const REPORTING: &[&str] = &[
    "rappelé", "rappelle", "indiqué", "indique", "annoncé", "annonce", "précisé", "précise",
    "souligné", "souligne", "expliqué", "explique", "déclaré", "déclare", "affirmé", "affirme",
    "ajouté", "ajoute", "noté", "note", "confirmé", "confirme", "estimé", "estime", "relevé",
    "signalé", "signale", "rapporté", "rapporte", "appris", "assuré", "assure", "révélé", "révèle",
    // The participles that report in a clause of their own (`…, a prévenu
    // l’élue, rappelant que la Région avait signé …`).
    "rappelant", "indiquant", "précisant", "soulignant", "expliquant", "notant", "ajoutant",
    "annonçant", "affirmant", "estimant", "relevant", "assurant",
];

#[allow(clippy::too_many_arguments)]
pub(super) fn build(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    governments: &[usize],
    m: Mention,
    t: usize,
    voice: Voice,
    si: usize,
    scope: Range<usize>,
    list_from: usize,
    rule: &'static str,
) -> Draft {
    let s = scope.clone();
    // The subject of an active verb: entities before it in its clause.
    let mut first_idx: Vec<usize> = Vec::new();
    let mut pronoun_subject = false;
    let mut singular_subject = false;
    let mut signers_subject = false;
    let mut earlier_idx: Vec<usize> = Vec::new();
    let mut subject_signatories: Vec<usize> = Vec::new();
    if matches!(voice, Voice::Active | Voice::Causative) {
        let mut a = s.start;
        for k in (s.start..t).rev() {
            if matches!(ctx.t(k), ";" | ":" | "–" | "—" | "-") {
                a = k + 1;
                break;
            }
        }
        let clause_end = if m.start < t && m.start >= a {
            m.start
        } else {
            t
        };
        // `Après Total et Chevron, six autres compagnies ont conclu avec le
        // gouvernement …`: those named after `Après` signed before, each on
        // its own with the same partner; the subject is the others.
        let first_word = (a..clause_end).find(|&k| ctx.kind(k) == Some(TokKind::Word));
        if let Some(f) = first_word.filter(|&f| ctx.is(f, &["après"])) {
            if let Some(comma) = (f + 1..clause_end).find(|&k| ctx.t(k) == ",") {
                earlier_idx = entities_in(ctx, ents, f + 1..comma);
                a = comma + 1;
            }
        }
        // `En marge de la cérémonie, le ministre … a signé`, `Lors de la
        // visite, …`: a circumstance before the subject, up to its comma.
        if let Some(f) = (a..clause_end).find(|&k| ctx.kind(k) == Some(TokKind::Word)) {
            if is_witness(ctx, f) && !ctx.is(f, &["devant"]) {
                if let Some(comma) = (f + 1..clause_end).find(|&k| ctx.t(k) == ",") {
                    a = comma + 1;
                    // `En présence du Premier ministre, Ousmane Sonko, la …`:
                    // the witness's name in apposition belongs to the phrase.
                    let mut b = a;
                    while b < clause_end && ctx.title_at(b).is_some_and(|(_, k)| k == crate::lexicon::TitleKind::Civil) {
                        b += 1;
                    }
                    if let Some(p) = ent_starting_at(ents, b).filter(|&p| ents[p].etype == EntityType::Person) {
                        if ctx.t(ents[p].tok_end) == "," && ents[p].tok_end < clause_end {
                            a = ents[p].tok_end + 1;
                        }
                    }
                }
            }
        }
        // `M. Sawadogo a rappelé que l’office avait signé …`: the speaker
        // reports; the subject is in the clause after `que`.
        if let Some(q) = (a + 1..clause_end)
            .rev()
            .find(|&k| ctx.is(k, &["que", "qu’", "qu'"]) && ctx.is(k - 1, REPORTING))
        {
            a = q + 1;
        }
        // `C’est à la préfecture de Basse-Terre que le préfet … ont signé`:
        // a cleft puts where before the subject.
        if ctx.is(a, &["c’est", "c'est"]) || ctx.is(a, &["c’", "c'"]) && ctx.is(a + 1, &["est"]) {
            if let Some(q) = (a + 1..clause_end).find(|&k| ctx.is(k, &["que", "qu’", "qu'"])) {
                if ctx.is(a + 1, &["à", "au", "en", "dans"]) || ctx.is(a + 2, &["à", "au", "en", "dans"]) {
                    a = q + 1;
                }
            }
        }
        // `Il a été procédé, dans la salle du ministère des Mines, à la
        // signature …`: impersonal, no subject.
        let impersonal = (a..clause_end).any(|k| ctx.is(k, &["été"]) && ctx.is(k + 1, &["procédé"]));
        first_idx = if impersonal {
            Vec::new()
        } else {
            let mut v = entities_in(ctx, ents, a..clause_end);
            subject_places(ctx, ents, a..clause_end, &mut v);
            v
        };
        // `Les dirigeants de A, B et C ont signé des contrats avec Y`: each
        // body under the plural title signs its own instrument with Y.
        let heads = first_word
            .filter(|&f| f >= a)
            .or_else(|| (a..clause_end).find(|&k| ctx.kind(k) == Some(TokKind::Word)))
            .is_some_and(|f| plural_heads_at(ctx, f));
        if heads && (m.plural || m.count.is_some_and(|c| c > 1)) && earlier_idx.is_empty() {
            earlier_idx = std::mem::take(&mut first_idx);
        }
        // `Elle a aussi signé`, and `le groupe concluait …`, `la banque a
        // signé …` (a definite noun for the body just named).
        let pronoun_at = (a..clause_end).find(|&k| {
                ctx.is(k, &["il", "elle", "ils", "elles"])
                    || ctx.is_article(k)
                        && !ctx.is(k, &["les"])
                        && ctx.is(
                            k + 1,
                            &[
                                "groupe",
                                "société",
                                "banque",
                                "entreprise",
                                "compagnie",
                                "institution",
                                "opérateur",
                                "firme",
                                "agence",
                                "fonds",
                                "club",
                                "université",
                                "commune",
                                "ville",
                                "établissement",
                            ],
                        )
                        && !ctx.is_cap(k + 1)
            });
        // `Marche n’en est pas à son coup d’essai. La commune avait signé …`:
        // a town named in the sentence before, and only one; `Kigali
        // diversifie ses bailleurs : en 2022, le pays avait conclu …`: the
        // one country named there or earlier in its own sentence.
        let place_noun = (a..clause_end).find(|&k| {
            ctx.is(k, &["la", "le"])
                && ctx.is(k + 1, &["commune", "ville", "municipalité", "pays", "province", "région"])
                && !ctx.is_cap(k + 1)
        });
        // `La province avait déjà signé …`: the one province (or region) the
        // article names most, anywhere before.
        let region_noun = place_noun.filter(|&k| ctx.is(k + 1, &["province", "région"]));
        if let Some(k) = region_noun.filter(|_| first_idx.is_empty() && !impersonal) {
            let hi = ents.partition_point(|e| e.tok_start < k);
            let mut best: Option<(usize, usize)> = None;
            let mut tie = false;
            for (e, ent) in ents[..hi].iter().enumerate() {
                let region = ent.etype == EntityType::Place
                    && ctx
                        .lex
                        .lookup(&ctx.text[ent.start..ent.end])
                        .is_some_and(|g| g.tags & tag::REGION != 0 && g.tags & tag::COUNTRY == 0);
                let Some(c) = clusters.of_entity.get(e).copied().flatten().filter(|_| region) else {
                    continue;
                };
                let n = clusters.clusters[c].members.len();
                match best {
                    Some((_, be)) if clusters.of_entity[be] == Some(c) => {}
                    Some((bn, _)) if n == bn => tie = true,
                    Some((bn, _)) if n < bn => {}
                    _ => {
                        best = Some((n, e));
                        tie = false;
                    }
                }
            }
            if let Some((_, e)) = best.filter(|_| !tie) {
                first_idx.push(e);
            }
        }
        if let Some(k) = place_noun.filter(|_| region_noun.is_none() && first_idx.is_empty() && !impersonal && si > 0) {
            let country = ctx.is(k + 1, &["pays"]);
            let prev = &ctx.sents[si - 1];
            let lo = ents.partition_point(|e| e.tok_start < prev.start);
            let hi = ents.partition_point(|e| e.tok_start < if country { k } else { prev.end });
            let places: Vec<usize> = (lo..hi)
                .filter(|&e| {
                    ents[e].etype == EntityType::Place
                        && ctx
                            .lex
                            .lookup(&ctx.text[ents[e].start..ents[e].end])
                            .is_none_or(|g| (g.tags & tag::COUNTRY != 0) == country)
                        && (!country || can_participate(ctx, ents, e))
                })
                .collect();
            let one = places.windows(2).all(|w| {
                clusters.of_entity.get(w[0]).copied().flatten().is_some()
                    && clusters.of_entity.get(w[0]) == clusters.of_entity.get(w[1])
            });
            if !places.is_empty() && one {
                first_idx.push(places[0]);
            }
        }
        pronoun_subject = first_idx.is_empty() && !impersonal && pronoun_at.is_some();
        // `il`, `elle`, `l’établissement`: one body, not every one of the subject before.
        singular_subject = pronoun_subject && pronoun_at.is_some_and(|k| !ctx.is(k, &["ils", "elles"]));
        // `Dans la foulée, les élus ont signé une convention`: the people who
        // signed just before, and their sides.
        signers_subject = first_idx.is_empty()
            && (a..clause_end).any(|k| {
                ctx.is(k, &["élus", "signataires"])
                    && k > a
                    && ctx.is(k - 1, &["les", "ces", "deux"])
            });
        // `le ministre a signé …`: the person last introduced with that title.
        if first_idx.is_empty() {
            if let Some(k) = (a..clause_end).find(|&k| {
                matches!(
                    ctx.title_at(k),
                    Some((_, crate::lexicon::TitleKind::Function))
                )
            }) {
                if let Some(p) = titled_person_before(ctx, ents, ctx.l(k), s.start) {
                    first_idx.push(p);
                }
            }
        }
        // `Les deux institutions ont procédé à la signature …`: the bodies named before.
        if first_idx.is_empty() {
            let back_to = ctx.sents[si.saturating_sub(1)].start;
            first_idx = counted_parties(ctx, ents, clusters, a..clause_end, back_to);
        }
        // `Les ministres de la Santé du Niger et du Bénin ont signé`: the
        // ministers the article names elsewhere for those countries signed.
        subject_signatories =
            plural_title_signatories(ctx, ents, clusters, a..clause_end, &first_idx);
    }
    // `X a annoncé un accord signé avec Y`: the participle right after the
    // instrument, with no auxiliary, describes it; the clause's subject is a party.
    if voice == Voice::Passive && m.end == t && m.start > s.start {
        let mut a = s.start;
        for k in (s.start..m.start).rev() {
            if matches!(ctx.t(k), ";" | ":" | "–" | "—" | "-") {
                a = k + 1;
                break;
            }
        }
        let aux = (t.saturating_sub(3)..t).any(|x| ctx.is(x, &["été", "est", "sont", "fut"]));
        // Only `signé avec Y`, which names one side; and not inside the
        // clause of another signing (`X a signé …, en application de
        // l’accord signé avec Y`).
        let with = (t + 1..(t + 4).min(s.end)).any(|x| ctx.is(x, WITH));
        let other = (a..m.start).any(|x| verb_form(ctx.l(x)).is_some());
        if !aux && with && !other {
            first_idx = entities_in(ctx, ents, a..m.start)
                .into_iter()
                .filter(|&e| {
                    let b = ents[e].tok_start;
                    let prep = b > 0
                        && (ctx.is(
                            b - 1,
                            &[
                                "à", "au", "aux", "en", "pour", "par", "avec", "sur", "dans",
                                "selon", "chez",
                            ],
                        ) || ctx.is_de(b - 1)
                            || ctx.is_article(b - 1) && b > 1 && ctx.is_de(b - 2));
                    !prep && ents[e].etype != EntityType::Place
                })
                .collect();
        }
    }
    // `entre X et Y`
    let mut groups_idx: Vec<Vec<usize>> = Vec::new();
    let mut signatory_idx: Vec<usize> = Vec::new();
    // Each `entre` list's bodies.
    let mut between: Vec<Vec<usize>> = Vec::new();
    // The agent's persons and the bodies of unnamed signatories, in order,
    // and where `d’une part` ends its first side.
    let mut agent: Vec<usize> = Vec::new();
    let mut agent_split: Option<usize> = None;
    // `signée … pour le compte d’Investissement Québec`, `au nom de la BAD`: a party.
    for k in list_from.min(s.end)..s.end {
        let on_behalf = if starts_with(ctx, k, &["pour", "le", "compte"]) {
            Some(k + 3)
        } else if starts_with(ctx, k, &["au", "nom"]) {
            Some(k + 2)
        } else if ctx.is(k, &["pour"]) && k + 2 < s.end {
            // `paraphé pour l’ONG ALIMA par son chef de mission`: `pour` a
            // body, then `par` its signatory.
            let mut n = k + 1;
            if ctx.is_article(n) {
                n += 1;
            }
            if ctx.kind(n) == Some(TokKind::Word)
                && (!ctx.is_cap(n) || ctx.l(n) == "ong")
                && crate::entities::orgs::is_org_noun(ctx.l(n))
            {
                n += 1;
            }
            ent_starting_at(ents, n)
                .filter(|&e| matches!(ents[e].etype, EntityType::Org | EntityType::Ministry))
                .filter(|&e| {
                    // (Past its long form in parentheses: `ALIMA (Alliance …) par`.)
                    let mut j = ents[e].tok_end;
                    if ctx.t(j) == "(" {
                        j = (j..(j + 12).min(s.end)).find(|&x| ctx.t(x) == ")").map_or(j, |x| x + 1);
                    }
                    ctx.is(j, &["par"])
                })
                .map(|e| ents[e].tok_start)
        } else {
            None
        };
        if let Some(n) = on_behalf {
            let n = if ctx.is_de(n) { n + 1 } else { n };
            let n = if ctx.is_article(n) { n + 1 } else { n };
            // `au nom de l’État de Côte d’Ivoire`, `du gouvernement du Niger`: the country.
            let n = if ctx.is(n, &["état", "gouvernement", "république"]) && ctx.is_de(n + 1) {
                n + 2
            } else {
                n
            };
            if let Some(e) = ent_starting_at(ents, n) {
                if can_participate(ctx, ents, e) && ents[e].etype != EntityType::Person {
                    first_idx.push(e);
                }
            }
        }
        if let Some(e) = side_at(ctx, ents, k) {
            // `pour la partie tunisienne, par le gouverneur de la BCT, A`:
            // the side is the body of the signatory who signs for it.
            let own_body = (k + 1..s.end)
                .take_while(|&x| ctx.t(x) != ";" && side_at(ctx, ents, x).is_none())
                .filter_map(|x| ent_starting_at(ents, x))
                .find(|&p| ents[p].etype == EntityType::Person)
                .is_some_and(|p| role_of(ctx, ents, p).1.is_some());
            if !own_body {
                first_idx.push(e);
            }
        }
    }
    let mut k = list_from.min(s.end);
    while k < s.end {
        if k >= m.start && k < m.end {
            k = m.end;
            continue;
        }
        // `…, et entretient des liens avec …`: another predicate of the
        // subject; its lists are not this signing's.
        if k > t && coordinated_predicate(ctx, k) {
            break;
        }
        // `visant à renforcer la coopération entre les deux pays`: the list
        // says whose cooperation, not who signed.
        if ctx.is(k, &["entre"]) && k > 0 && k != m.end && ctx.is(k - 1, RELATION_NOUNS) {
            k = region_end(ctx, k + 1, s.end);
            continue;
        }
        if ctx.is(k, &["entre"]) {
            let end = region_end(ctx, k + 1, s.end);
            let mut idx = entities_in(ctx, ents, k + 1..end);
            // `L’accord de prêt entre les deux structures a été signé`.
            if idx.is_empty() {
                let back_to = ctx.sents[si.saturating_sub(1)].start;
                idx = counted_parties(ctx, ents, clusters, k + 1..end, back_to);
            }
            let (persons, bodies): (Vec<usize>, Vec<usize>) = idx
                .into_iter()
                .partition(|&e| ents[e].etype == EntityType::Person);
            // `entre le ministre, A, et les dirigeants de B, C et D`: each
            // body after the plural title signs its own instrument.
            if agent.is_empty() {
                if let Some(x) = (k + 1..end).find(|&x| plural_heads(ctx, x)) {
                    agent = persons.iter().chain(&bodies).copied().collect();
                    agent.sort_unstable();
                    agent_split = Some(x);
                }
            }
            signatory_idx.extend(persons);
            between.push(bodies);
            k = end;
            continue;
        }
        if voice == Voice::Causative && ctx.is(k, &["à", "au", "aux"]) {
            // `a fait signer un contrat au milieu de terrain Ismaël Koné`
            let end = region_end(ctx, k + 1, s.end);
            let persons: Vec<usize> = entities_in(ctx, ents, k + 1..end)
                .into_iter()
                .filter(|&e| ents[e].etype == EntityType::Person)
                .collect();
            if !persons.is_empty() {
                groups_idx.push(persons);
                k = end;
                continue;
            }
        }
        if ctx.is(k, WITH)
            || starts_with(ctx, k, &["en", "compagnie", "de"])
            || ctx.is(k, &["impliquant"])
        {
            let from = if starts_with(ctx, k, &["en", "compagnie", "de"]) {
                k + 3
            } else {
                k + 1
            };
            let end = region_end(ctx, from, s.end);
            let g = groups_in(ctx, ents, from..end, &first_idx);
            let several = g.len() > 1;
            for grp in g {
                let (persons, bodies): (Vec<usize>, Vec<usize>) = grp
                    .into_iter()
                    .partition(|&e| ents[e].etype == EntityType::Person);
                if !bodies.is_empty() && several {
                    // `avec : – la STEG, représentée par son PDG, A ; – le GCT,
                    // …`: each partner with the person who signs for it.
                    groups_idx.push(bodies.into_iter().chain(persons).collect());
                } else if !bodies.is_empty() {
                    groups_idx.push(bodies);
                    signatory_idx.extend(persons);
                } else {
                    // A person partner (`au milieu de terrain Ismaël Koné`, `en compagnie de ses partenaires, A, de B`).
                    groups_idx.push(persons);
                }
            }
            k = end;
            continue;
        }
        if ctx.is(k, &["par"]) && agent_par(ctx, t, k) {
            let end = region_end(ctx, k + 1, s.end);
            // `paraphée par la mairesse et par le recteur …, A`: a title with
            // no name is the person the article introduced with it.
            for x in k + 1..end {
                if ctx.is_article(x) && ctx.is(x - 1, &["par", "et"]) {
                    if let Some((n, crate::lexicon::TitleKind::Function)) = ctx.title_at(x + 1) {
                        let after = x + 1 + n;
                        let bare = after >= end || ctx.is(after, &["et", "par"]);
                        if bare {
                            if let Some(p) = titled_person_before(ctx, ents, ctx.l(x + 1), s.start)
                            {
                                signatory_idx.push(p);
                                agent.push(p);
                            }
                        }
                    }
                }
            }
            // `signés par les deux ministres`: the people the article
            // introduced with that title, when there are just as many.
            for x in k + 1..end.saturating_sub(2) {
                if let Some(ps) = counted_titled(ctx, ents, clusters, x, s.start) {
                    signatory_idx.extend(&ps);
                    agent.extend(ps);
                }
            }
            // `signé en 2016 par la Gécamines avec …`: the agent is a body.
            let direct = ent_starting_at(ents, if ctx.is_article(k + 1) { k + 2 } else { k + 1 });
            // The body just taken as signing itself: `par la Sonatel et
            // l’Université Gaston Berger` names two.
            let mut body_before = false;
            for e in entities_in(ctx, ents, k + 1..end) {
                let coordinated = {
                    let mut j = ents[e].tok_start;
                    if j > 0 && ctx.is_article(j - 1) {
                        j -= 1;
                    }
                    // (`…, et par l’Université Gaston Berger`: a `par` of its own.)
                    j > 0
                        && (body_before && (ctx.is(j - 1, &["et"]) || ctx.t(j - 1) == ",")
                            || ctx.is(j - 1, &["par"]))
                };
                body_before = false;
                if ents[e].etype == EntityType::Person {
                    signatory_idx.push(e);
                    agent.push(e);
                } else if (matches!(ents[e].etype, EntityType::Org | EntityType::Ministry)
                    || ents[e].etype == EntityType::Place && can_participate(ctx, ents, e))
                    && (direct == Some(e) || coordinated || ctx.is(ents[e].tok_end, &["par"]))
                {
                    // `… par la Gécamines`, and `et Société Générale
                    // Cameroun par son directeur, A`: a body that signs.
                    first_idx.push(e);
                    body_before = true;
                } else if agent_body(ctx, ents, e) {
                    // `par les présidents de la Chambre de commerce et du
                    // Conseil régional`: the bodies of signatories left unnamed.
                    agent.push(e);
                }
            }
            if agent_split.is_none() {
                agent_split = (k + 1..end).find(|&x| part_marker(ctx, x) == Some(true));
            }
            k = end;
            continue;
        }
        k += 1;
    }
    // `entre A et B, et entre A et C`: one record per pair; one `entre` list
    // is one side's parties like the subject's.
    let mut alternatives_idx: Vec<Vec<usize>> = Vec::new();
    if between.len() >= 2 && between.iter().all(|b| b.len() >= 2) {
        alternatives_idx = between;
    } else {
        first_idx.extend(between.into_iter().flatten());
    }
    // `entre` right after the instrument when the verb comes later (`L’accord … entre X et Y a été signé`).
    if first_idx.is_empty() && m.end < t && ctx.is(m.end, &["entre"]) {
        let end = region_end(ctx, m.end + 1, t);
        let mut idx = entities_in(ctx, ents, m.end + 1..end);
        if idx.is_empty() {
            let back_to = ctx.sents[si.saturating_sub(1)].start;
            idx = counted_parties(ctx, ents, clusters, m.end + 1..end, back_to);
        }
        let (persons, bodies): (Vec<usize>, Vec<usize>) = idx
            .into_iter()
            .partition(|&e| ents[e].etype == EntityType::Person);
        signatory_idx.extend(persons);
        first_idx.extend(bodies);
    }
    // `– un accord de prêt de 112 milliards avec la BAD, signé pour …`: in a
    // listed line, the partner named after the instrument, before its verb.
    if voice == Voice::Passive && first_idx.is_empty() && m.end < t && bulleted(ctx, si) {
        if let Some(w) = (m.end..t).find(|&x| ctx.is(x, &["avec", "entre"])) {
            let end = (w + 1..t).find(|&x| ctx.t(x) == ",").unwrap_or(t);
            first_idx.extend(
                entities_in(ctx, ents, w + 1..end)
                    .into_iter()
                    .filter(|&e| ents[e].etype != EntityType::Person),
            );
        }
    }
    if voice == Voice::Nominal
        && first_idx.is_empty()
        && groups_idx.is_empty()
        && signatory_idx.is_empty()
        && alternatives_idx.is_empty()
    {
        signatory_idx = meeting_signatories(ctx, ents, t, si);
    }
    let mut first = to_participants(ctx, ents, clusters, &first_idx);
    first.extend(government_parties(
        ctx,
        ents,
        clusters,
        governments,
        s.clone(),
    ));
    let groups: Vec<Vec<Participant>> = groups_idx
        .iter()
        .map(|g| to_participants(ctx, ents, clusters, g))
        .filter(|g| !g.is_empty())
        .collect();
    signatory_idx.extend(subject_signatories);
    let mut signatories = to_participants(ctx, ents, clusters, &signatory_idx);
    let implicit = first.iter().all(|p| p.signatory) && voice != Voice::Active;
    let mut alternatives: Vec<Vec<Participant>> = alternatives_idx
        .iter()
        .map(|g| to_participants(ctx, ents, clusters, g))
        .collect();
    // Each earlier signer with the partners (`Après A et B, … ont conclu avec Y`).
    let partners: Vec<Participant> = first
        .iter()
        .filter(|p| !p.signatory)
        .chain(groups.iter().flatten())
        .cloned()
        .collect();
    if !earlier_idx.is_empty() && !partners.is_empty() {
        alternatives.extend(earlier_idx.iter().map(|&e| {
            let mut alt = to_participants(ctx, ents, clusters, &[e]);
            alt.extend(partners.iter().cloned());
            alt
        }));
    }
    // The agent names several bodies for several instruments: one record per
    // partner (`par A, d’une part, et les présidents de B et de C, d’autre
    // part, ces conventions …`; `ces deux accords ont été signés par le
    // président de A, la directrice de B et le directeur de C`).
    if alternatives.is_empty() && (m.plural || m.count.is_some_and(|c| c > 1)) {
        if let Some(split) = per_partner(ctx, ents, clusters, &agent, agent_split, m.count) {
            // What the split does not place stays common to every record.
            signatories.retain(|p| !split.placed.iter().any(|q| same(p, q)));
            first.retain(|p| !split.placed.iter().any(|q| same(p, q)));
            first.extend(split.common);
            alternatives = split.partners;
        }
    }
    Draft {
        mention: m,
        rule,
        sent: si,
        trigger: t,
        first,
        groups,
        signatories,
        implicit,
        alternatives,
        pronoun_subject,
        singular_subject,
        signers_subject,
    }
}

/// The party a side marker at token `k` names: `côté malien`, `du côté
/// de la Réunion`, `pour la partie béninoise`, `de la partie tunisienne`
/// (a nationality adjective gives the country as the article names it).
pub(super) fn side_at(ctx: &Ctx, ents: &[Entity], k: usize) -> Option<usize> {
    let marker = ctx.is(k, &["côté"]) || ctx.is(k, &["partie"]) && k > 0 && ctx.is_article(k - 1);
    if !marker {
        return None;
    }
    let after = k + 1;
    if ctx.kind(after) == Some(TokKind::Word) && !ctx.is_cap(after) {
        if let Some(e) = country_named(ctx, ents, ctx.l(after)) {
            return Some(e);
        }
    }
    // `du côté de la Réunion`
    let mut n = after;
    if ctx.is_de(n) {
        n += 1;
        if ctx.is_article(n) {
            n += 1;
        }
        let e = ent_starting_at(ents, n)?;
        return (can_participate(ctx, ents, e) && ents[e].etype != EntityType::Person).then_some(e);
    }
    None
}

/// Nouns of a relation whose `entre` list names the related, not the
/// signatories of an instrument (`la coopération entre le Maroc et la France`).
pub(super) const RELATION_NOUNS: &[&str] = &[
    "coopération",
    "relations",
    "liens",
    "échanges",
    "dialogue",
    "frontière",
    "conflit",
    "différend",
    "négociations",
    "discussions",
    "consensus",
    "rapprochement",
    "amitié",
    "tensions",
    "rencontre",
    "réunion",
];

/// `et les dirigeants de`, `et les représentants de`: at token `x`, the
/// start of a list of bodies each represented by its own head.
pub(super) fn plural_heads(ctx: &Ctx, x: usize) -> bool {
    ctx.is(x, &["et"]) && plural_heads_at(ctx, x + 1)
}

/// `les dirigeants de`, `leurs représentants de` at token `x`.
pub(super) fn plural_heads_at(ctx: &Ctx, x: usize) -> bool {
    ctx.is(x, &["les", "leurs"])
        && ctx.is(
            x + 1,
            &[
                "dirigeants",
                "représentants",
                "présidents",
                "directeurs",
                "responsables",
                "patrons",
                "pdg",
                "dg",
            ],
        )
        && ctx.is_de(x + 2)
}

/// Plural titles that, as a subject (`Les ministres de la Santé du Niger et
/// du Bénin`), stand for people of the parties named after them.
const PLURAL_TITLES: &[(&str, &str)] = &[
    ("ministres", "ministre"),
    ("présidents", "président"),
    ("maires", "maire"),
    ("gouverneurs", "gouverneur"),
    ("ambassadeurs", "ambassadeur"),
    ("directeurs", "directeur"),
];

/// The people a plural title in the subject `region` stands for: those the
/// article names with that title (or as `homologue`) for one of the
/// parties `parties`, one per party.
pub(super) fn plural_title_signatories(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    region: Range<usize>,
    parties: &[usize],
) -> Vec<usize> {
    let Some(title) = region.clone().find_map(|k| {
        PLURAL_TITLES
            .iter()
            .find(|(p, _)| ctx.is(k, &[p]))
            .map(|&(_, s)| s)
    }) else {
        return Vec::new();
    };
    if parties.len() < 2 {
        return Vec::new();
    }
    let cluster = |e: usize| clusters.of_entity.get(e).copied().flatten();
    let party_clusters: Vec<Option<usize>> = parties.iter().map(|&e| cluster(e)).collect();
    let mut out: Vec<usize> = Vec::new();
    let mut served: Vec<Option<usize>> = Vec::new();
    for (e, ent) in ents.iter().enumerate() {
        if ent.etype != EntityType::Person || region.contains(&ent.tok_start) {
            continue;
        }
        let (role, body) = role_of(ctx, ents, e);
        // `Son homologue burkinabè, A, ministre de la Santé`: the title after
        // the name says what, the one before whose.
        let body = body.or_else(|| {
            let (_, span) = title_before(ctx, ents, e);
            span.and_then(|(a, stop)| role_span(ctx, ents, a, stop, e).1)
        });
        let (Some(role), Some(body)) = (role, body) else {
            continue;
        };
        let head = role
            .split_whitespace()
            .find(|w| !matches!(*w, "le" | "la" | "Le" | "La" | "son" | "sa" | "Son" | "Sa"))
            .unwrap_or("")
            .to_lowercase();
        let c = cluster(body);
        if (head == title || head == "homologue")
            && c.is_some()
            && party_clusters.contains(&c)
            && !served.contains(&c)
        {
            served.push(c);
            out.push(e);
        }
    }
    out
}

/// `représenté(e)(s) par`, `représentée ici par` at token `k`.
pub(super) fn is_represented(ctx: &Ctx, k: usize) -> bool {
    ctx.is(
        k,
        &["représenté", "représentée", "représentés", "représentées"],
    ) && (ctx.is(k + 1, &["par"]) || ctx.is(k + 2, &["par"]))
}

/// A present participle after a comma that opens a clause about the
/// signing, not more parties (`…, marquant ainsi une étape …`, `…, permettant
/// de …`).
pub(super) fn clause_participle(ctx: &Ctx, i: usize) -> bool {
    let l = ctx.l(i);
    i > 0
        && ctx.t(i - 1) == ","
        && ctx.kind(i) == Some(TokKind::Word)
        && !ctx.is_cap(i)
        && (l.len() >= 7
            && l.ends_with("ant")
            && !matches!(l, "pendant" | "cependant" | "maintenant" | "notamment")
            // `…, garanti à hauteur de 70 % par le FEI`: who guarantees or
            // funds the instrument does not sign it.
            || GUARANTOR_PARTICIPLES.contains(&l))
}

/// Past participles after a comma that name a third party of an
/// instrument, not a signatory.
const GUARANTOR_PARTICIPLES: &[&str] = &[
    "garanti", "garantie", "garantis", "garanties", "financé", "financée", "financés",
    "financées", "cofinancé", "cofinancée", "cofinancés", "cofinancées", "accordé", "accordée",
    "octroyé", "octroyée",
];

/// Is entity `e` the complement of a noun in an apposition (`le FAD, guichet
/// concessionnel du Groupe de la BAD, et l’ONAS`): it describes the name
/// before it and is no party?
pub(super) fn appositive_complement(ctx: &Ctx, ents: &[Entity], e: usize) -> bool {
    // The acronym in parentheses of such a complement (`… du Groupe de la
    // Banque africaine de développement (BAD)`) is one too.
    if let Some(long) = in_parentheses_of(ctx, ents, e) {
        return appositive_complement(ctx, ents, long);
    }
    let mut k = ents[e].tok_start;
    // `filiale du groupe australien Karratha`: the name's own lowercase
    // noun and nationality come between `de` and it.
    let mut n = 0;
    while n < 2
        && k > 1
        && ctx.kind(k - 1) == Some(TokKind::Word)
        && !ctx.is_cap(k - 1)
        && (ctx.lex.demonym(ctx.l(k - 1)).is_some() || crate::entities::orgs::is_org_noun(ctx.l(k - 1)))
    {
        k -= 1;
        n += 1;
    }
    if k > 0 && ctx.is_article(k - 1) {
        k -= 1;
    }
    if k < 3 || !ctx.is_de(k - 1) {
        return false;
    }
    // Back from `de` over the noun and its adjectives (`guichet
    // concessionnel`), with no determiner, to the comma that opens the
    // apposition.
    let mut j = k - 1;
    let mut words = 0;
    while j > 0 && words < 5 {
        j -= 1;
        if ctx.t(j) == "," {
            return words > 0;
        }
        // (`guichet de financement concessionnel du Groupe`: a `de` inside
        // the noun phrase, between two plain words.)
        let inner_de = ctx.is(j, &["de", "d’", "d'"]) && words > 0 && j > 0 && ctx.kind(j - 1) == Some(TokKind::Word) && !ctx.is_cap(j - 1);
        let plain = ctx.kind(j) == Some(TokKind::Word)
            && !ctx.is_cap(j)
            && !ctx.is_article(j)
            && (!ctx.is_de(j) || inner_de)
            && ctx.title_at(j).is_none()
            && !ctx.is(
                j,
                &[
                    "et", "ou", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette",
                    "ces",
                ],
            );
        if !plain {
            return false;
        }
        words += 1;
    }
    false
}

/// Titles of the State's representatives in a place (`le préfet de la
/// Guadeloupe`): they sign for the State, not for the place.
const STATE_AGENTS: &[&str] = &["préfet", "préfète", "haut-commissaire", "sous-préfet", "sous-préfète"];

/// `Long Form (ACR)`: the entity right before the parenthesis that entity
/// `e` opens, when `e` is its acronym (or other short name).
pub(super) fn in_parentheses_of(ctx: &Ctx, ents: &[Entity], e: usize) -> Option<usize> {
    let s = ents[e].tok_start;
    (e > 0 && s > 0 && ctx.t(s - 1) == "(" && ents[e - 1].tok_end + 1 == s).then(|| e - 1)
}

/// Do two participants stand for the same thing?
pub(super) fn same(p: &Participant, q: &Participant) -> bool {
    p.cluster.is_some() && p.cluster == q.cluster || p.key == q.key
}

/// `d’une part` (true) or `d’autre part` (false) starting at token `k`.
pub(super) fn part_marker(ctx: &Ctx, k: usize) -> Option<bool> {
    if !(ctx.is_elision(k, "d") && ctx.is(k + 2, &["part"])) {
        return None;
    }
    match ctx.l(k + 1) {
        "une" => Some(true),
        "autre" => Some(false),
        _ => None,
    }
}

/// Is the body `e`, named in the agent of a signing, the body of a
/// signatory (`par le directeur général de l’APDN`, `les présidents de la
/// Chambre … et du Conseil …`), not a place where or a word of a name?
pub(super) fn agent_body(ctx: &Ctx, ents: &[Entity], e: usize) -> bool {
    let q = &ents[e];
    // After a title's `de` (`président de la BIDC`, `directeur général de
    // (BMS)`, `président du conseil de la société SCL`).
    let after_de =
        (q.tok_start.saturating_sub(4)..q.tok_start).any(|j| linked_by_de(ctx, ents, j) == Some(e));
    // In a chain the last body counts (`Conseil d’administration de la
    // société SCL` is SCL's), and a country completes the body before it
    // (`SCL Energie du Sénégal`).
    let sub_body = q.etype == EntityType::Org && chain_end(ctx, ents, e) != e;
    match q.etype {
        EntityType::Org | EntityType::Ministry => after_de && !sub_body,
        EntityType::Place => {
            after_de && can_participate(ctx, ents, e) && !completes_previous(ctx, ents, e)
        }
        _ => false,
    }
}

/// The records an agent list makes when it names one partner per instrument.
pub(super) struct PerPartner {
    /// Parties and signatories common to every record.
    pub(super) common: Vec<Participant>,
    /// Each partner's body with its signatories.
    pub(super) partners: Vec<Vec<Participant>>,
    /// Everything placed in `common` or `partners`.
    pub(super) placed: Vec<Participant>,
}

/// Splits the agent list `agent` (persons and bodies, in text order) into a
/// common side and one partner per record: after `d’une part` (token
/// `split`) the partners are the bodies of the second side; else, for `n`
/// instruments, the agent must name exactly `n + 1` bodies, and the first is
/// common. None when the list does not split that way.
pub(super) fn per_partner(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    agent: &[usize],
    split: Option<usize>,
    count: Option<u64>,
) -> Option<PerPartner> {
    // Each unit: its participants (a person with the body they represent, or a body).
    let units: Vec<(usize, Vec<Participant>)> = agent
        .iter()
        .map(|&e| {
            (
                ents[e].tok_start,
                to_participants(ctx, ents, clusters, &[e]),
            )
        })
        .filter(|(_, ps)| !ps.is_empty())
        .collect();
    let body_of =
        |ps: &[Participant]| -> Option<Participant> { ps.iter().find(|p| !p.signatory).cloned() };
    // Units grouped by body, in order of first appearance.
    let mut sides: Vec<(Participant, Vec<Participant>, usize)> = Vec::new();
    let mut loose: Vec<Participant> = Vec::new();
    for (at, ps) in &units {
        match body_of(ps) {
            Some(b) => match sides.iter_mut().find(|(q, _, _)| same(q, &b)) {
                Some((_, members, _)) => members.extend(ps.iter().filter(|p| p.signatory).cloned()),
                None => sides.push((b, ps.iter().filter(|p| p.signatory).cloned().collect(), *at)),
            },
            None => loose.extend(ps.iter().cloned()),
        }
    }
    let (first_side, rest): (Vec<_>, Vec<_>) = match split {
        Some(x) => sides.into_iter().partition(|(_, _, at)| *at < x),
        None => {
            let n = count? as usize;
            if n < 2 || sides.len() != n + 1 {
                return None;
            }
            let mut it = sides.into_iter();
            let first: Vec<_> = it.next().into_iter().collect();
            (first, it.collect())
        }
    };
    let loose_first = loose.iter().any(|p| {
        p.entity
            .is_some_and(|e| ents[e].tok_start < split.unwrap_or(0))
    });
    if first_side.is_empty() && !loose_first || rest.len() < 2 {
        return None;
    }
    let mut common: Vec<Participant> = Vec::new();
    for (b, members, _) in first_side {
        common.push(b);
        common.extend(members);
    }
    // A person of the first side with no body of their own (`le maire, A,
    // d’une part`) is common too; one after the split is not placed.
    common.extend(
        loose
            .iter()
            .filter(|p| {
                p.entity
                    .is_some_and(|e| ents[e].tok_start < split.unwrap_or(0))
            })
            .cloned(),
    );
    let partners: Vec<Vec<Participant>> = rest
        .into_iter()
        .map(|(b, mut members, _)| {
            members.insert(0, b);
            members
        })
        .collect();
    let placed = common
        .iter()
        .chain(partners.iter().flatten())
        .cloned()
        .collect();
    Some(PerPartner {
        common,
        partners,
        placed,
    })
}

/// Is `par` at `k` the agent of the signing verb at `t` (not of `présidée par`)?
pub(super) fn agent_par(ctx: &Ctx, t: usize, k: usize) -> bool {
    if k <= t {
        return false;
    }
    !(t + 1..k).any(|x| {
        let l = ctx.l(x);
        let own = matches!(
            l,
            "effectuée"
                | "effectué"
                | "effectuées"
                | "effectués"
                | "intervenue"
                | "faite"
                | "réalisée"
                | "paraphée"
                | "signée"
                | "signés"
                | "signées"
        );
        ctx.kind(x) == Some(TokKind::Word)
            && !ctx.is_cap(x)
            && !own
            && (l.ends_with("ée")
                || l.ends_with("és")
                || l.ends_with("ées")
                || matches!(
                        l,
                        "lors"
                            | "présidé"
                            | "organisé"
                            | "qui"
                            | "selon"
                            | "publié"
                            | "rapporté"
                            | "cité"
                            | "annoncé"
                            | "présenté"
                            | "financé"
                            | "cofinancé"
                            | "accompagné"
                            | "appuyé"
                            | "soutenu"
                            | "approuvé"
                            | "adopté"
                            | "validé"
                            | "initié"
                            | "piloté"
                            | "porté"
                            | "lancé"
                            | "réalisé"
                            | "construit"
                            | "détenu"
                            | "contrôlé"
                            | "ratifié"
                            | "autorisé"
                            | "promulgué"
                            | "examiné"
                            | "garanti"
                    ))
    })
}

/// Where a participant list ends: a witness phrase, a closing punctuation of
/// the sentence, or the scope's end.
/// `et entretient …`, `et a signé …` at token `j`: `et` then a conjugated
/// verb, which opens another predicate of the subject.
fn coordinated_predicate(ctx: &Ctx, j: usize) -> bool {
    ctx.is(j, &["et"])
        && ctx.kind(j + 1) == Some(TokKind::Word)
        && !ctx.is_cap(j + 1)
        && crate::entities::looks_like_verb(ctx.w(j + 1))
}

pub(super) fn region_end(ctx: &Ctx, from: usize, end: usize) -> usize {
    let mut j = from;
    while j < end {
        // `entre A et B, et entre A et C`: the next `entre` opens another list.
        // (`ONT`, an acronym, is not the auxiliary `ont`.)
        if is_witness(ctx, j)
            || ctx.is(j, &["a", "ont", "entre", "avec", "respectivement"])
                && j > from + 1
                && !ctx.is_cap(j)
            || coordinated_predicate(ctx, j)
        {
            return j;
        }
        j += 1;
    }
    end
}
