//! Step 4: parties the text leaves implicit: the article's host, and
//! counted subjects (`les deux institutions`) that stand for parties named before.

use super::*;

/// The article's host: who presides or organises (`sous la présidence de la
/// ministre de …`, `organisé par le ministère …`).
/// The parties an article implies for signings that name no one.
pub(super) struct Implied {
    /// The host of the event ([`find_host`]).
    pub(super) host: Option<Host>,
    /// A joint commission's two countries ([`session_parties`]).
    pub(super) session: Vec<Participant>,
}

pub(super) struct Host {
    pub(super) participant: Participant,
}

/// Words that can announce the host of an event.
pub(super) const HOST_WORDS: &[&str] = &[
    "présidé",
    "présidée",
    "préside",
    "organisé",
    "organise",
    "organisée",
    "organisés",
    "organisées",
    "abrité",
    "abrite",
    "accueilli",
    "accueille",
    "présidence",
];

/// The host, from the tokens that are [`HOST_WORDS`].
pub(super) fn find_host(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    hosts: &[usize],
) -> Option<Host> {
    for &i in hosts {
        // `Le ministère du Commerce a présidé la cérémonie`: the subject presides.
        if ctx.is(
            i,
            &[
                "présidé",
                "préside",
                "organisé",
                "organise",
                "abrité",
                "abrite",
                "accueilli",
                "accueille",
            ],
        ) && i > 0
            && ctx.is(i - 1, &["a", "avait"])
            || ctx.is(i, &["préside", "organise", "abrite", "accueille"])
        {
            let s = &ctx.sents[ctx.sent_of[i] as usize];
            let lo = ents.partition_point(|e| e.tok_start < s.start);
            let hi = ents.partition_point(|e| e.tok_start < i);
            if let Some(e) = (lo..hi).find(|&k| {
                ents[k].tok_end <= i
                    && matches!(ents[k].etype, EntityType::Ministry | EntityType::Org)
            }) {
                if let Some(mut p) = participant_of(ctx, ents, clusters, e) {
                    p.implicit = true;
                    return Some(Host { participant: p });
                }
            }
        }
        let presidency = ctx.is(i, &["présidence"])
            && i > 0
            && ctx.is(i - 1, &["la"])
            && ctx.is(i + 1, &["de", "du"])
            || ctx.is(i, &["présidence"]) && ctx.is_elision(i + 1, "d");
        // `organisée par`, and `une cérémonie présidée par le ministre de …`.
        let organised = ctx.is(
            i,
            &[
                "organisé", "organisée", "organisés", "organisées", "présidée", "présidé",
            ],
        ) && ctx.is(i + 1, &["par"]);
        if !presidency && !organised {
            continue;
        }
        let mut j = i + 1;
        if organised {
            j += 1;
        }
        // `de la ministre de …` / `du ministre de …`
        let mut k = j;
        while k < (j + 4).min(ctx.len()) && !ctx.is(k, &["ministre", "ministère"]) {
            k += 1;
        }
        if ctx.is(k, &["ministre"]) {
            let mut p = k + 1;
            while ctx.kind(p) == Some(TokKind::Word) && ctx.lex.demonym(ctx.l(p)).is_some() {
                p += 1;
            }
            if let Some(end) = portfolio(ctx, p) {
                let port = &ctx.text[ctx.bstart(p)..ctx.bend(end - 1)];
                let name = format!("ministère {port}");
                let key = fold(&name);
                let mut aliases = Vec::new();
                // Ministry handles and mentions of the same portfolio in the article.
                for c in &clusters.clusters {
                    if c.etype != EntityType::Ministry {
                        continue;
                    }
                    let same = c.key == key
                        || c.members.iter().any(|&m| {
                            ents[m].rule == "ministry:handle"
                                && handle_fits(&ctx.text[ents[m].start..ents[m].end], port)
                        });
                    if same {
                        aliases.push(c.name.clone());
                        aliases.extend(c.aliases.iter().cloned());
                    }
                }
                // Each alias folded once: to drop the host's own name, then to find its cluster.
                let (alias_keys, aliases): (Vec<String>, Vec<String>) = aliases
                    .into_iter()
                    .map(|a| (fold(&a), a))
                    .filter(|(k, _)| *k != key)
                    .unzip();
                return Some(Host {
                    participant: Participant {
                        entity: None,
                        cluster: clusters.clusters.iter().position(|c| {
                            c.etype == EntityType::Ministry
                                && (c.key == key || alias_keys.contains(&c.key))
                        }),
                        etype: EntityType::Ministry,
                        name,
                        aliases,
                        signatory: false,
                        role: None,
                        represents: None,
                        implicit: true,
                        key,
                    },
                });
            }
        }
        // `sous la présidence du ministre` with no portfolio: the article's ministry.
        if ctx.is(k, &["ministre"]) && !ctx.is_de(k + 1) {
            if let Some(e) = ents.iter().position(|e| e.etype == EntityType::Ministry) {
                if let Some(mut p) = participant_of(ctx, ents, clusters, e) {
                    p.implicit = true;
                    return Some(Host { participant: p });
                }
            }
        }
        // An entity right there: `organisé par le ministère chargé …`.
        let first = (j..=j + 2)
            .find_map(|x| ent_starting_at(ents, x))
            .filter(|&e| matches!(ents[e].etype, EntityType::Ministry | EntityType::Org));
        if let Some(e) = first {
            if let Some(mut p) = participant_of(ctx, ents, clusters, e) {
                p.implicit = true;
                return Some(Host { participant: p });
            }
        }
    }
    None
}

/// Does a ministry handle (`Ministere_TNRA`) spell the portfolio's initials?
pub(super) fn handle_fits(handle: &str, portfolio: &str) -> bool {
    let suffix = handle.rsplit('_').next().unwrap_or("");
    if suffix.chars().count() < 2 || suffix == handle {
        return false;
    }
    let small = [
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "en",
    ];
    let inits: String = portfolio
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty() && !small.contains(&fold(w).as_str()))
        .filter_map(|w| fold(w).chars().next())
        .collect();
    let s = fold(suffix);
    inits == s || inits.starts_with(&s) && s.len() >= 3
}

/// Plural nouns that, after `les deux` (`trois`, `quatre`), stand for parties
/// named before, with the entity types they may stand for.
pub(super) const COUNTED_PARTIES: &[(&str, &[EntityType])] = &[
    ("pays", &[EntityType::Place]),
    ("états", &[EntityType::Place]),
    ("etats", &[EntityType::Place]),
    ("gouvernements", &[EntityType::Place, EntityType::Ministry]),
    (
        "parties",
        &[EntityType::Org, EntityType::Ministry, EntityType::Place],
    ),
    (
        "partenaires",
        &[EntityType::Org, EntityType::Ministry, EntityType::Place],
    ),
    (
        "signataires",
        &[EntityType::Org, EntityType::Ministry, EntityType::Place],
    ),
    ("institutions", &[EntityType::Org, EntityType::Ministry]),
    ("parties", &[EntityType::Org, EntityType::Ministry]),
    ("partenaires", &[EntityType::Org, EntityType::Ministry]),
    ("organisations", &[EntityType::Org]),
    ("organismes", &[EntityType::Org, EntityType::Ministry]),
    ("entités", &[EntityType::Org, EntityType::Ministry]),
    ("structures", &[EntityType::Org, EntityType::Ministry]),
    ("banques", &[EntityType::Org]),
    ("entreprises", &[EntityType::Org]),
    ("sociétés", &[EntityType::Org]),
    ("groupes", &[EntityType::Org]),
    ("agences", &[EntityType::Org]),
    ("établissements", &[EntityType::Org]),
    ("universités", &[EntityType::Org]),
    ("ministères", &[EntityType::Ministry]),
    ("ministres", &[EntityType::Person]),
    ("présidents", &[EntityType::Person]),
    ("dirigeants", &[EntityType::Person]),
    ("responsables", &[EntityType::Person]),
    ("maires", &[EntityType::Person]),
    ("hommes", &[EntityType::Person]),
    ("femmes", &[EntityType::Person]),
];

/// `les deux institutions` in `region`: as many distinct possible parties of
/// the noun's types, the last named before it from token `back_to` on (its
/// sentence and the one before); none unless there are exactly enough.
pub(super) fn counted_parties(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    region: Range<usize>,
    back_to: usize,
) -> Vec<usize> {
    let Some((k, n, types)) = region.clone().find_map(|k| {
        if k + 2 >= region.end || !ctx.is(k, &["les", "ces"]) {
            return None;
        }
        let n = small_count(ctx.l(k + 1))?;
        let noun = ctx.l(k + 2);
        let &(_, types) = COUNTED_PARTIES.iter().find(|(w, _)| *w == noun)?;
        Some((k, n, types))
    }) else {
        return Vec::new();
    };
    let candidates = (0..ents.partition_point(|e| e.tok_start < k))
        .rev()
        .take_while(|&e| ents[e].tok_start >= back_to)
        .filter(|&e| {
            types.contains(&ents[e].etype)
                && can_participate(ctx, ents, e)
                && !noun_complement(ctx, ents, e)
                && !witnessed(ctx, ents, e)
        });
    exactly(clusters, candidates, n).unwrap_or_default()
}

/// `deux`, `trois`, `quatre`: the counts of parties a text gives in words.
pub(super) fn small_count(l: &str) -> Option<usize> {
    match l {
        "deux" => Some(2),
        "trois" => Some(3),
        "quatre" => Some(4),
        _ => None,
    }
}

/// The entities `candidates` (last named first), one per cluster, in text
/// order, when they are exactly `n`.
pub(super) fn exactly(
    clusters: &Clusters,
    candidates: impl Iterator<Item = usize>,
    n: usize,
) -> Option<Vec<usize>> {
    let mut seen: Vec<Option<usize>> = Vec::new();
    let mut picked = Vec::new();
    for e in candidates {
        let c = clusters.of_entity.get(e).copied().flatten();
        if c.is_some() && seen.contains(&c) {
            continue;
        }
        if picked.len() == n {
            return None;
        }
        seen.push(c);
        picked.push(e);
    }
    picked.reverse();
    (picked.len() == n).then_some(picked)
}

/// Is entity `e` the complement of a common noun (`le rachat de la BICIG`,
/// `les financements de la BDEAC`), which names what a sentence is about
/// rather than who acts?
pub(super) fn noun_complement(ctx: &Ctx, ents: &[Entity], e: usize) -> bool {
    // The acronym in parentheses of such a complement (`le rachat de la
    // Banque internationale … du Gabon (BICIG)`) is one too.
    if let Some(long) = in_parentheses_of(ctx, ents, e) {
        return noun_complement(ctx, ents, long);
    }
    let mut k = ents[e].tok_start;
    if k > 0 && ctx.is_article(k - 1) {
        k -= 1;
    }
    if k < 2 || !ctx.is_de(k - 1) {
        return false;
    }
    let w = k - 2;
    ctx.kind(w) == Some(TokKind::Word)
        && !ctx.is_cap(w)
        && ctx.title_at(w).is_none()
        && !crate::entities::orgs::is_org_noun(ctx.l(w))
        && !crate::entities::places::is_area_noun(ctx.l(w))
        && ctx.lex.is_common(ctx.l(w))
}

/// Is entity `e` named in a witness phrase of its sentence (`en présence du
/// ministre …`, `sous l’égide de …`), with no clause boundary between?
pub(super) fn witnessed(ctx: &Ctx, ents: &[Entity], e: usize) -> bool {
    let at = ents[e].tok_start;
    let start = ctx.sents[ctx.sent_of[at] as usize].start;
    (start..at)
        .rev()
        .take_while(|&k| !matches!(ctx.t(k), ";" | ":") && verb_form(ctx.l(k)).is_none())
        .any(|k| is_witness(ctx, k))
}

/// The country whose government the article reports on: the one country
/// that `gouvernement <adjective>` or `ministre <adjective>` names in the
/// article (`le gouvernement congolais`, `le ministre togolais de
/// l’Économie`), as the article names it; none when there are several.
pub(super) fn home_government(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    governments: &[usize],
) -> Option<Participant> {
    // The country (folded), its name, and the entity naming it if the article does.
    let mut found: Option<(String, &str, Option<usize>)> = None;
    let others =
        (0..ctx.len()).filter(|&i| ctx.is(i, &["ministre", "ministres", "état", "république"]));
    for i in governments.iter().copied().chain(others) {
        if ctx.kind(i + 1) != Some(TokKind::Word) {
            continue;
        }
        let w = ctx.l(i + 1);
        let Some(country) = ctx.lex.demonym(w) else {
            continue;
        };
        let named = country_named(ctx, ents, w);
        let key = fold(country);
        match &mut found {
            Some((k, _, e)) if *k == key => {
                if e.is_none() {
                    *e = named;
                }
            }
            Some((_, _, Some(f))) => {
                // Another country, unless the article names it as the same place.
                if !named.is_some_and(|e| same_place(ctx, ents, clusters, *f, e)) {
                    return None;
                }
            }
            Some(_) => return None,
            None => found = Some((key, country, named)),
        }
    }
    // A side the article never names is left out (ANNOTATION.md).
    let (_, _, named) = found?;
    participant_of(ctx, ents, clusters, named?)
}

/// Do two place entities name the same place (same cluster or same text)?
fn same_place(ctx: &Ctx, ents: &[Entity], clusters: &Clusters, a: usize, b: usize) -> bool {
    let c = |e: usize| clusters.of_entity.get(e).copied().flatten();
    c(a).is_some() && c(a) == c(b)
        || ctx.text[ents[a].start..ents[a].end] == ctx.text[ents[b].start..ents[b].end]
}

/// A minister who signs with no body or country of their own (`le ministre
/// des Hydrocarbures, A`) signs for the article's home government: its
/// country is a party, unless a ministry or that country already is one.
pub(super) fn add_home_country(out: &mut [Signing], home: &Participant) {
    for r in out.iter_mut() {
        // `le ministère de l’Énergie … porte à la connaissance … que le
        // Gouvernement du Burkina Faso a signé`: the article's own ministry and
        // its country on one side are one participant, when no other country
        // or ministry is in the record.
        let ministries: Vec<usize> = (0..r.participants.len())
            .filter(|&k| !r.participants[k].signatory && r.participants[k].etype == EntityType::Ministry)
            .collect();
        let countries: Vec<usize> = (0..r.participants.len())
            .filter(|&k| !r.participants[k].signatory && r.participants[k].etype == EntityType::Place)
            .collect();
        if ministries.len() == 1 && countries.len() == 1 && same(&r.participants[countries[0]], home) {
            let q = r.participants.remove(countries[0]);
            let m = if countries[0] < ministries[0] { ministries[0] - 1 } else { ministries[0] };
            let p = &mut r.participants[m];
            p.aliases.push(q.name);
            p.aliases.extend(q.aliases);
        }
    }
    for r in out {
        let minister = r.participants.iter().any(|p| {
            p.signatory
                && p.represents.is_none()
                && p.role
                    .as_deref()
                    .and_then(|t| {
                        t.split_whitespace()
                            .find(|w| !matches!(*w, "le" | "la" | "Le" | "La"))
                    })
                    .is_some_and(|w| w.eq_ignore_ascii_case("ministre"))
        });
        let has_side = r
            .participants
            .iter()
            .any(|p| !p.signatory && (p.etype == EntityType::Ministry || same(p, home)));
        if minister && !has_side {
            r.participants.push(home.clone());
        }
    }
}

/// Nouns of a meeting that a signing may close.
const MEETING_NOUNS: &[&str] = &[
    "entrevue",
    "entretien",
    "entretiens",
    "rencontre",
    "audience",
    "réunion",
    "séance",
    "tête-à-tête",
];

/// Words by which an earlier sentence reports that meeting.
const MEETING_WORDS: &[&str] = &[
    "reçu",
    "reçue",
    "accueilli",
    "accueillie",
    "rencontré",
    "rencontrée",
    "entretenu",
    "entretenue",
    "entretien",
    "audience",
    "rencontre",
    "entrevue",
    "réunis",
    "réunies",
];

/// `L’entrevue a été suivie par la signature de deux conventions`: a meeting
/// closed by a signing that names no one; the people who met (named in the
/// sentence that reports the meeting, its own or one of the eight before)
/// signed. The signing noun is at `t` in sentence `si`.
pub(super) fn meeting_signatories(ctx: &Ctx, ents: &[Entity], t: usize, si: usize) -> Vec<usize> {
    let s = &ctx.sents[si];
    let closes = (s.start..t).any(|k| ctx.is(k, MEETING_NOUNS))
        && (s.start..t).any(|k| {
            ctx.l(k).starts_with("suivi")
                || ctx.l(k).starts_with("sanctionné")
                || ctx.l(k).starts_with("couronné")
                || ctx.l(k).starts_with("ponctué")
                || ctx.l(k).starts_with("clôturé")
                || ctx.is(k, &["débouché", "abouti"])
        });
    if !closes {
        return Vec::new();
    }
    for back in 0..=8 {
        let Some(sj) = si.checked_sub(back) else {
            break;
        };
        let r = ctx.sents[sj].clone();
        if !r.clone().any(|k| ctx.is(k, MEETING_WORDS)) {
            continue;
        }
        let lo = ents.partition_point(|e| e.tok_start < r.start);
        let hi = ents.partition_point(|e| e.tok_start < r.end);
        let persons: Vec<usize> = (lo..hi)
            .filter(|&e| ents[e].etype == EntityType::Person && !witnessed(ctx, ents, e))
            .collect();
        if persons.len() >= 2 {
            return persons;
        }
    }
    Vec::new()
}

/// `les travaux de la commission mixte de coopération entre l’Union des
/// Comores et la République de Maurice`: the two countries of a joint
/// commission, who sign what its session signs when a sentence names no
/// one (`À l’issue de la session, les accords suivants ont été signés :`).
pub(super) fn session_parties(ctx: &Ctx, ents: &[Entity], clusters: &Clusters) -> Vec<Participant> {
    for k in 0..ctx.len() {
        // (The first byte first: this runs at every token of the article.)
        let l = ctx.l(k);
        if !l.starts_with('c') || !l.starts_with("commission") && !l.starts_with("comité") {
            continue;
        }
        let s = &ctx.sents[ctx.sent_of[k] as usize];
        let end = (k + 12).min(s.end);
        if !(k + 1..(k + 4).min(end)).any(|j| ctx.is(j, &["mixte", "mixtes", "paritaire"])) {
            continue;
        }
        let Some(between) = (k + 2..end).find(|&j| ctx.is(j, &["entre"])) else {
            continue;
        };
        let country_at = |mut j: usize| {
            while ctx.is_article(j) {
                j += 1;
            }
            ent_starting_at(ents, j).filter(|&e| {
                ents[e].etype == EntityType::Place && can_participate(ctx, ents, e)
            })
        };
        let Some(a) = country_at(between + 1) else {
            continue;
        };
        if !ctx.is(ents[a].tok_end, &["et"]) {
            continue;
        }
        let Some(b) = country_at(ents[a].tok_end + 1) else {
            continue;
        };
        let parties: Vec<Participant> = [a, b]
            .iter()
            .filter_map(|&e| participant_of(ctx, ents, clusters, e))
            .map(|mut p| {
                p.implicit = true;
                p
            })
            .collect();
        if parties.len() == 2 && parties[0].key != parties[1].key {
            return parties;
        }
    }
    Vec::new()
}
