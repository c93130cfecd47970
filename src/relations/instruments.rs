//! Step 1: instrument mentions (`protocole d’accord`, `neuf conventions`,
//! `le texte`), and which mention a trigger signs.

use super::*;

/// Instrument head nouns (singular and plural forms) → (kind, plural).
pub(super) const INSTRUMENT_NOUNS: &[(&str, (&str, bool))] = &[
    ("protocole", ("protocole", false)),
    ("protocoles", ("protocole", true)),
    ("convention", ("convention", false)),
    ("conventions", ("convention", true)),
    ("mémorandum", ("mémorandum", false)),
    ("mémorandums", ("mémorandum", true)),
    ("memorandum", ("mémorandum", false)),
    ("memorandums", ("mémorandum", true)),
    ("mémoranda", ("mémorandum", true)),
    ("accord", ("accord", false)),
    ("accords", ("accord", true)),
    ("déclaration", ("déclaration", false)),
    ("déclarations", ("déclaration", true)),
    ("arrangement", ("arrangement", false)),
    ("arrangements", ("arrangement", true)),
    ("contrat", ("contrat", false)),
    ("contrats", ("contrat", true)),
    ("entente", ("entente", false)),
    ("ententes", ("entente", true)),
    ("entente-cadre", ("entente-cadre", false)),
    ("ententes-cadres", ("entente-cadre", true)),
    ("convention-cadre", ("convention-cadre", false)),
    ("conventions-cadres", ("convention-cadre", true)),
    ("accord-cadre", ("accord-cadre", false)),
    ("accords-cadres", ("accord-cadre", true)),
    ("partenariat", ("partenariat", false)),
    ("partenariats", ("partenariat", true)),
    ("traité", ("traité", false)),
    ("traités", ("traité", true)),
    ("charte", ("charte", false)),
    ("chartes", ("charte", true)),
    ("avenant", ("avenant", false)),
    ("avenants", ("avenant", true)),
    ("pacte", ("pacte", false)),
    ("pactes", ("pacte", true)),
    ("mou", ("mémorandum", false)),
    ("mous", ("mémorandum", true)),
    ("plan", ("plan d'action", false)),
    ("plans", ("plan d'action", true)),
    ("programme", ("programme", false)),
    ("programmes", ("programme", true)),
    ("lettre", ("lettre d'intention", false)),
    ("lettres", ("lettre d'intention", true)),
    ("serment", ("serment", false)),
    ("serments", ("serment", true)),
    ("engagement", ("engagement", false)),
    ("engagements", ("engagement", true)),
    // A bank's credit line is signed like a loan (`une ligne de crédit de
    // 12 milliards FCFA a été signée avec …`).
    ("ligne", ("ligne de crédit", false)),
    ("lignes", ("ligne de crédit", true)),
    // A lease is signed like any contract (`un bail emphytéotique de 40 ans`).
    ("bail", ("bail", false)),
    ("baux", ("bail", true)),
];

/// Words after `de` that continue an instrument's name (`protocole d’accord`).
pub(super) static INSTRUMENT_COMPLEMENTS: crate::entities::WordSet =
    crate::entities::WordSet::new(&[
        "accord",
        "entente",
        "coopération",
        "cooperation",
        "partenariat",
        "financement",
        "prêt",
        "pret",
        "don",
        "intention",
        "intentions",
        "subvention",
        "crédit",
        "credit",
        "garantie",
        "rétrocession",
        "exécution",
        "execution",
        "jumelage",
        "siège",
        "siege",
        "action",
        "actions",
        "pêche",
        "défense",
        "sécurité",
        "extradition",
        "exemption",
        "transport",
        "fusion",
        "travail",
        "échanges",
        "transit",
        "amitié",
        "sponsoring",
        "parrainage",
        "mécénat",
        "commandite",
        "cession",
        "partage",
        "transfert",
        "maintenance",
        "bail",
        "location",
        "franchise",
        "distribution",
        "approvisionnement",
        "affermage",
        "exploitation",
        "sous-traitance",
        "investissement",
        "objectifs",
        "performance",
        "collaboration",
        "confidentialité",
        "assistance",
        "concession",
        "gestion",
        "association",
        "coproduction",
        "libre-échange",
        "échange",
        "échanges",
        "commerce",
        "paix",
        "cessez-le-feu",
        "understanding",
        "recherche",
        "travail",
        "service",
        "services",
        "licence",
        "fourniture",
        "vente",
        "achat",
        "prestation",
        "prestations",
    ]);

/// Adjectives that may follow an instrument noun.
pub(super) static INSTRUMENT_ADJ: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "cadre",
    "cadres",
    "tripartite",
    "quadripartite",
    "bipartite",
    "financière",
    "financier",
    "financières",
    "financiers",
    "intergouvernemental",
    "intergouvernementaux",
    "bilatéral",
    "bilatéraux",
    "bilatérale",
    "bilatérales",
    "commercial",
    "commerciaux",
    "commerciale",
    "professionnel",
    "professionnelle",
    "salarial",
    "spécifique",
    "spécifiques",
    "stratégique",
    "stratégiques",
    "global",
    "globale",
    "définitif",
    "définitive",
    "préliminaire",
    "sectoriel",
    "sectorielle",
    "multilatéral",
    "multilatérale",
    "technique",
    "techniques",
    "minière",
    "minier",
    "pétrolière",
    "pétrolier",
    "gazière",
    "fiscale",
    "douanière",
    "culturelle",
    "culturel",
    "militaire",
    "sanitaire",
    "scientifique",
    "universitaire",
    "économique",
    "énergétique",
    "décentralisée",
    "opérationnelle",
    "opérationnel",
    "triennale",
    "pluriannuelle",
    "pluriannuel",
    "syndiqué",
    "emphytéotique",
    "emphytéotiques",
]);

/// An instrument mention.
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: String,
    pub(super) count: Option<u64>,
    pub(super) plural: bool,
    /// Determiner `le/la/l’/ce/cette/ces`: may refer to an instrument already seen.
    pub(super) definite: bool,
    /// `projet d’accord`: not signed yet.
    pub(super) draft: bool,
    /// `les deux accords`, `ces trois conventions`: a counted group named before.
    pub(super) counted_back: bool,
}

impl Mention {
    /// A word at token `at` that stands for an instrument named before
    /// (`Elle a été signée`, `Cette signature`, `X était représentée par`).
    pub(super) fn anaphoric(at: usize) -> Mention {
        Mention {
            start: at,
            end: at + 1,
            kind: String::new(),
            count: None,
            plural: false,
            definite: true,
            draft: false,
            counted_back: false,
        }
    }
}

/// The kind of instrument a noun names and whether it is plural.
pub(super) fn instrument_head(l: &str) -> Option<(&'static str, bool)> {
    cue(l)?.instrument
}

/// `premiers`, `derniers`: a rank among the instruments listed before.
pub(super) const RANK_WORDS: &[&str] = &["premiers", "premières", "derniers", "dernières"];

/// Nouns that stand for an instrument named before (`le texte`).
pub(super) const ANAPHORIC_NOUNS: &[&str] = &[
    "texte",
    "textes",
    "document",
    "documents",
    "instrument",
    "instruments",
];

/// Finds instrument mentions, from the candidate nouns.
pub(super) fn mentions(ctx: &Ctx, ents: &[Entity], nouns: &[usize]) -> Vec<Mention> {
    let mut out = Vec::new();
    // The first token after the last mention: nouns inside it are part of it.
    let mut free = 0;
    for &i in nouns {
        if i < free {
            continue;
        }
        let l = ctx.l(i);
        // `Le texte a été signé par …`, `leur signature au bas du document`:
        // an anaphoric mention of the instrument.
        if ANAPHORIC_NOUNS.contains(&l) {
            // `deux documents` is a group of instruments; `les deux documents`
            // the group named before.
            if let Some(n) = number_before(ents, i) {
                let back = i > 1 && ctx.is(i - 2, &["les", "ces"]);
                out.push(Mention {
                    start: i,
                    end: i + 1,
                    kind: if back { String::new() } else { singular(l) },
                    count: Some(n),
                    plural: n > 1,
                    definite: false,
                    draft: false,
                    counted_back: back,
                });
                continue;
            }
        }
        // `les trois premiers instruments`, `les derniers textes`: some of
        // the instruments listed before, by rank.
        let ranked = i > 1
            && ctx.is(i - 1, RANK_WORDS)
            && (ctx.is(i - 2, &["les", "ces"])
                || i > 2 && ctx.is(i - 3, &["les", "ces"]) && number_before(ents, i - 1).is_some());
        if ANAPHORIC_NOUNS.contains(&l)
            && i > 0
            && (ctx.is(i - 1, &["le", "ce", "ces", "les", "cet", "du", "des"])
                || ctx.is_elision(i - 1, "l")
                || ranked)
        {
            out.push(Mention {
                start: i,
                end: i + 1,
                kind: String::new(),
                count: None,
                plural: l.ends_with('s'),
                definite: true,
                draft: false,
                counted_back: false,
            });
            continue;
        }
        let Some((kind, plural)) = instrument_head(l) else {
            continue;
        };
        // `un protocole de mise en œuvre de l’accord de partenariat entre A
        // et B`: the instrument the one before implements is its complement,
        // not another signing, and the list after it is the first one's.
        if let Some(prev) = out.last() {
            let mut k = i;
            if k > 0 && (ctx.is(k - 1, &["la"]) || ctx.is_elision(k - 1, "l")) {
                k -= 1;
            }
            let complement = k > 0
                && (ctx.is(k - 1, &["de", "du"]) || ctx.is_elision(k - 1, "d"))
                && prev.end + 6 >= k
                && (prev.end..k - 1).all(|x| ctx.kind(x) == Some(TokKind::Word) && !ctx.is_cap(x));
            if complement && !plural {
                // (With its own complements: `de partenariat` is no mention either.)
                let mut j = i + 1;
                while (ctx.is(j, &["de"]) || ctx.is_elision(j, "d")) && ctx.is_in(j + 1, &INSTRUMENT_COMPLEMENTS) {
                    j += 2;
                }
                free = j;
                continue;
            }
        }
        // `d’accord` (agree), `en accord avec`, `accord de principe` are not
        // instruments; `la signature d’accords de coopération` is.
        let with_complement = (ctx.is(i + 1, &["de", "d"]) || ctx.is_elision(i + 1, "d"))
            && ctx.is_in(i + 2, &INSTRUMENT_COMPLEMENTS);
        if kind == "accord"
            && i > 0
            && (ctx.is_elision(i - 1, "d") && !plural && !with_complement
                || ctx.is(i - 1, &["en", "commun"]))
        {
            continue;
        }
        // `plan`, `programme`, `lettre`, `déclaration` only with their complement.
        let needs_complement = matches!(
            kind,
            "ligne de crédit"
                | "plan d'action"
                | "programme"
                | "lettre d'intention"
                | "déclaration"
                | "serment"
                | "engagement"
        );
        let mut j = i + 1;
        // The kind as written: the noun, then its complements (`d'accord`,
        // `de financement`) and adjectives, one space apart.
        let mut kind_s = if plural { singular(l) } else { l.to_string() };
        let mut words = 1;
        loop {
            if j < ctx.len()
                && (ctx.is(j, &["de", "d"]) || ctx.is_elision(j, "d"))
                && ctx.is_in(j + 1, &INSTRUMENT_COMPLEMENTS)
            {
                kind_s.push_str(if ctx.is_elision(j, "d") {
                    " d'"
                } else {
                    " de "
                });
                kind_s.push_str(ctx.l(j + 1));
                words += 1;
                j += 2;
                continue;
            }
            if j < ctx.len() && ctx.is_in(j, &INSTRUMENT_ADJ) {
                kind_s.push(' ');
                kind_s.push_str(ctx.l(j));
                words += 1;
                j += 1;
                continue;
            }
            if ctx.t(j) == "-" && ctx.is(j + 1, &["cadre"]) {
                j += 2;
                continue;
            }
            break;
        }
        // `les avenants aux contrats de partage`, `un avenant au contrat de
        // 2015`: the instrument amends the one after it, and is the mention;
        // the noun after it is its complement, not a mention of its own.
        let skip_to = if ctx.is(j, &["au", "aux"]) && instrument_head(ctx.l(j + 1)).is_some() {
            j + 2
        } else {
            j
        };
        if needs_complement && words == 1 {
            continue;
        }
        // `programme d’exécution`, `programme de travail`, `programme de
        // coopération`, `programme d’échanges`: the ones that are signed;
        // not `programme de développement` or `programme d’investissement`.
        if kind == "programme"
            && !ctx.is(
                i + 2,
                &["exécution", "execution", "travail", "coopération", "cooperation", "échanges", "action"],
            )
        {
            continue;
        }
        // (`plans de travail annuels` are signed work plans.)
        if kind == "plan d'action" && !ctx.is(i + 2, &["travail"]) {
            kind_s = "plan d'action".to_string();
        }
        // (`ligne de crédit`, not `ligne de conduite` or `ligne de bus`.)
        if kind == "ligne de crédit" && !ctx.is(i + 2, &["crédit", "credit"]) {
            continue;
        }
        // Determiner and count before the noun.
        let mut k = i;
        let mut count = None;
        // `les deux premiers accords`: the rank word stands between the
        // count and the noun; the mention refers back to listed instruments.
        if k > 1 && ctx.is(k - 1, RANK_WORDS) {
            k -= 1;
        }
        if k > 0 && ctx.is_de(k - 1) && !ctx.is(k - 1, &["des", "du"]) {
            // `une vingtaine d’accords`, `trois conventions`
            k -= 1;
        }
        if k > 0 {
            count = number_before(ents, k);
        }
        let det = if count.is_some() {
            k.saturating_sub(2)
        } else {
            k.saturating_sub(1)
        };
        let definite = k > 0
            && (ctx.is(k - 1, &["le", "la", "les", "ce", "cet", "cette", "ces"])
                || ctx.is_elision(k - 1, "l"))
            && (count.is_none() || k < i);
        let draft =
            (det.saturating_sub(2)..i).any(|x| ctx.is(x, &["projet", "projets", "avant-projet"]));
        let counted_back = count.is_some() && ctx.is(det, &["les", "ces"]);
        out.push(Mention {
            start: i,
            end: j,
            kind: kind_s,
            count,
            plural: plural || count.is_some_and(|c| c > 1),
            definite,
            draft,
            counted_back,
        });
        free = skip_to;
    }
    out
}

/// The number (a FIGURE of kind number) that ends right before token `k`.
pub(super) fn number_before(ents: &[Entity], k: usize) -> Option<u64> {
    let e = &ents[ent_ending_at(ents, k)?];
    match e.figure.as_ref()? {
        f if e.etype == EntityType::Figure && f.kind == FigureKind::Number => match f.value {
            crate::entities::FigureValue::Num(v) if v >= 1.0 => Some(v as u64),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn singular(w: &str) -> String {
    match w {
        "mémoranda" => "mémorandum".into(),
        "ententes-cadres" => "entente-cadre".into(),
        "conventions-cadres" => "convention-cadre".into(),
        "accords-cadres" => "accord-cadre".into(),
        _ => w.strip_suffix('s').unwrap_or(w).to_string(),
    }
}

pub(super) fn pick_mention<'m>(
    ms: &[&'m Mention],
    t: usize,
    voice: Voice,
    scope_end: usize,
) -> Option<&'m Mention> {
    let after = ms
        .iter()
        .filter(|m| m.start > t && m.start < scope_end)
        .min_by_key(|m| m.start - t);
    let before = ms.iter().filter(|m| m.end <= t).max_by_key(|m| m.end);
    match voice {
        // `la signature de trois conventions`, `X a signé un accord`
        Voice::Nominal | Voice::Active | Voice::Causative => after.or(before).copied(),
        // `un accord a été signé`, `Signés avec …, ces accords`
        Voice::Passive => before.or(after).copied(),
    }
}

/// The instrument mention `m` refers back to: the last one before it, in
/// sentence `sent` or the two before, that `fits`.
pub(super) fn antecedent<'m>(
    ctx: &Ctx,
    ms: &'m [Mention],
    m: &Mention,
    sent: usize,
    fits: impl Fn(&Mention) -> bool,
) -> Option<&'m Mention> {
    let from = ctx.sents[sent.saturating_sub(2)].start;
    ms[..ms.partition_point(|x| x.start < m.start)]
        .iter()
        .rev()
        .take_while(|x| x.start >= from)
        .find(|x| fits(x))
}

/// The head noun of an instrument kind: `entente` for `entente de recherche`,
/// `accord` for `accord-cadre`.
pub(super) fn kind_head(kind: &str) -> &str {
    kind.split([' ', '-']).next().unwrap_or("")
}

/// Can a definite mention of kind `m` (`l’accord`, `la convention de prêt`)
/// refer to a record of kind `rec`: the same kind, or its head alone.
pub(super) fn refers_to(m: &str, rec: &str) -> bool {
    !m.is_empty() && (m == rec || !m.contains([' ', '-']) && kind_head(rec) == m)
}

/// A group of instruments listed one by one (`trois accords … Les trois
/// accords sont un protocole …, une convention … et un mémorandum …`).
#[derive(Debug, Clone)]
pub(super) struct Series {
    /// The group mention (index into the mentions), whose record the items replace.
    pub(super) group: usize,
    /// The listed mentions, in order.
    pub(super) items: Vec<usize>,
    /// Each item's topic words (see [`topic`]), from its description in the list.
    pub(super) topics: Vec<Vec<String>>,
}

/// Words that introduce the list of a group's instruments.
const LIST_INTRO: &[&str] = &[
    ":",
    "sont",
    "savoir",
    "dont",
    "notamment",
    "agit",
    "comprennent",
    "incluent",
    "soit",
    "concernent",
    "premier",
    "première",
];

/// Is mention `m` introduced by an indefinite article (`un accord`, `d’une convention`)?
fn indefinite(ctx: &Ctx, m: &Mention) -> bool {
    m.start > 0
        && m.count.is_none()
        && ctx.is(
            m.start - 1,
            &["un", "une", "d’un", "d'un", "d’une", "d'une"],
        )
}

/// Finds the groups whose instruments the text lists: two or more mentions
/// with an indefinite article in one sentence, after a word of
/// [`LIST_INTRO`], and a plural group mention before them, in the same
/// sentence or the two before.
pub(super) fn series(ctx: &Ctx, ms: &[Mention]) -> Vec<Series> {
    let mut out = ordinal_series(ctx, ms);
    out.extend(bulleted_series(ctx, ms));
    let mut k = 0;
    while k < ms.len() {
        if !indefinite(ctx, &ms[k]) {
            k += 1;
            continue;
        }
        let sent = ctx.sent_of[ms[k].start] as usize;
        let mut items = vec![k];
        let mut j = k + 1;
        // Other mentions between items belong to an item's description
        // (`un plan d’actions de l’accord-cadre de 2011, une convention …`).
        while j < ms.len() && ctx.sent_of[ms[j].start] as usize == sent {
            if indefinite(ctx, &ms[j]) {
                items.push(j);
            }
            j += 1;
        }
        k = j;
        if items.len() < 2 {
            continue;
        }
        let first = ms[items[0]].start;
        let plural = |g: &Mention| g.plural && !g.draft && !g.kind.is_empty();
        // In the same sentence: `ont signé deux accords : un accord …`.
        let in_sent = (0..items[0]).rev().find(|&g| {
            ctx.sent_of[ms[g].start] as usize == sent
                && plural(&ms[g])
                && (ms[g].end..first).any(|x| ctx.is(x, LIST_INTRO))
        });
        // From the sentence before: `Les trois accords sont un …`, `Il s’agit d’un …`.
        let before = || {
            let s = &ctx.sents[sent];
            let intro = (s.start..first).any(|x| ctx.is(x, LIST_INTRO));
            let from = ctx.sents[sent.saturating_sub(2)].start;
            (0..items[0])
                .rev()
                .take_while(|&g| ms[g].start >= from)
                .find(|&g| ms[g].start < s.start && plural(&ms[g]) && !ms[g].definite)
                .filter(|_| intro)
        };
        let Some(mut group) = in_sent.or_else(before) else {
            continue;
        };
        // `Les trois accords sont …`: the group named before.
        let g = &ms[group];
        let det = g.start.saturating_sub(1 + usize::from(g.count.is_some()));
        if ctx.is(det, &["les", "ces"]) {
            let from = ctx.sents[sent.saturating_sub(2)].start;
            let head = kind_head(&g.kind);
            match (0..group)
                .rev()
                .take_while(|&a| ms[a].start >= from)
                .find(|&a| plural(&ms[a]) && kind_head(&ms[a].kind) == head)
            {
                Some(a) => group = a,
                None => continue,
            }
        }
        let sent_end = ctx.sents[sent].end;
        let topics = items
            .iter()
            .enumerate()
            .map(|(n, &it)| {
                let end = items.get(n + 1).map_or(sent_end, |&x| ms[x].start);
                topic(ctx, ms[it].start, end)
            })
            .collect();
        out.push(Series {
            group,
            items,
            topics,
        });
    }
    out
}

/// The content words of an instrument's description from token `from` to
/// `end` (`convention de coopération en matière de sécurité` → `convention`,
/// `coopération`, `matière`, `sécurité`), as their first five letters
/// (`énergies` and `énergie` meet), without the words every instrument shares.
pub(super) fn topic(ctx: &Ctx, from: usize, end: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for i in from..end.min(ctx.len()) {
        if ctx.kind(i) != Some(TokKind::Word) {
            continue;
        }
        // `Accord-cadre` and `accord cadres` meet on `cadre`.
        for l in ctx.l(i).split('-') {
            if l.chars().count() < 4
                || matches!(
                    l,
                    "accord"
                        | "accords"
                        | "dans"
                        | "domaine"
                        | "matière"
                        | "avec"
                        | "entre"
                        | "pour"
                        | "sont"
                        | "été"
                        | "cette"
                        | "ces"
                        | "deux"
                        | "trois"
                        | "quatre"
                        | "coopération"
                )
                || verb_form(l).is_some()
            {
                continue;
            }
            let stem: String = l.chars().take(5).collect();
            if !out.contains(&stem) {
                out.push(stem);
            }
        }
    }
    out
}

/// Ordinals that introduce one instrument of a group told one by one.
const ORDINALS: &[&str] = &[
    "premier",
    "première",
    "deuxième",
    "second",
    "seconde",
    "troisième",
    "quatrième",
    "cinquième",
];

/// Is mention `m` introduced by a definite article and an ordinal (`Le
/// premier accord de prêt`, `la deuxième convention`)?
fn ordinal(ctx: &Ctx, m: &Mention) -> bool {
    m.start > 1
        && ctx.is(m.start - 1, ORDINALS)
        && (ctx.is(m.start - 2, &["le", "la"]) || ctx.is_elision(m.start - 2, "l"))
}

/// `… deux accords de prêt. Le premier accord de prêt … Il a été signé par
/// A. Le second accord de prêt … Il a été paraphé par B.`: a counted group
/// whose instruments are told one by one, each under an ordinal, in the
/// sentences after it; its items are the ordinal mentions of the same kind.
fn ordinal_series(ctx: &Ctx, ms: &[Mention]) -> Vec<Series> {
    let mut out = Vec::new();
    for (g, m) in ms.iter().enumerate() {
        if m.count.is_none_or(|c| c < 2) || m.draft || m.kind.is_empty() || m.counted_back {
            continue;
        }
        let sent = ctx.sent_of[m.start] as usize;
        let last = (sent + 8).min(ctx.sents.len() - 1);
        let head = kind_head(&m.kind);
        let items: Vec<usize> = (g + 1..ms.len())
            .take_while(|&x| (ctx.sent_of[ms[x].start] as usize) <= last)
            .filter(|&x| ordinal(ctx, &ms[x]) && kind_head(&ms[x].kind) == head)
            .collect();
        if items.len() < 2 || items.len() as u64 > m.count.unwrap_or(0) {
            continue;
        }
        let topics = items
            .iter()
            .map(|&it| {
                let s = &ctx.sents[ctx.sent_of[ms[it].start] as usize];
                topic(ctx, ms[it].start, s.end)
            })
            .collect();
        out.push(Series {
            group: g,
            items,
            topics,
        });
    }
    out
}

/// Does sentence `si` start with a bullet (`–`, `-`, `•`, `*`, `1.`)?
pub(super) fn bulleted(ctx: &Ctx, si: usize) -> bool {
    ctx.sents.get(si).is_some_and(|s| {
        s.end > s.start
            && (matches!(ctx.t(s.start), "–" | "-" | "—" | "•" | "*" | "·")
                // `1.`, `2)`
                || ctx.kind(s.start) == Some(TokKind::Number)
                    && ctx.t(s.start).len() <= 2
                    && matches!(ctx.t(s.start + 1), "." | ")"))
    })
}

/// `… cinq accords. Voici les textes signés : – un accord … ; – une
/// convention … ; – un mémorandum …`: a sentence that ends with `:` and the
/// bulleted lines after it, each opening with an instrument, list the
/// instruments of the plural group named in that sentence or the one before.
fn bulleted_series(ctx: &Ctx, ms: &[Mention]) -> Vec<Series> {
    let mut out = Vec::new();
    for (si, s) in ctx.sents.iter().enumerate() {
        if s.end == s.start || ctx.t(s.end - 1) != ":" || !bulleted(ctx, si + 1) {
            continue;
        }
        let mut items = Vec::new();
        let mut topics = Vec::new();
        let mut b = si + 1;
        while b < ctx.sents.len() && bulleted(ctx, b) {
            let line = &ctx.sents[b];
            // The instrument that opens the line (after the bullet and an article).
            if let Some(k) = ms
                .iter()
                .position(|m| m.start > line.start && m.start <= line.start + 3)
            {
                items.push(k);
                topics.push(topic(ctx, ms[k].start, line.end));
            }
            b += 1;
        }
        if items.len() < 2 {
            continue;
        }
        // The group: in the introducing sentence or the two before (`six
        // instruments juridiques … Les instruments signés sont les suivants :`).
        let from = ctx.sents[si.saturating_sub(2)].start;
        // `les instruments juridiques suivants ont été signés :`: a definite
        // plural that announces the list is its group too.
        let announces = |g: usize| {
            (ms[g].end..(ms[g].end + 3).min(s.end))
                .any(|k| ctx.is(k, &["suivants", "suivantes", "ci-après", "ci-dessous"]))
        };
        let group = (0..items[0])
            .rev()
            .take_while(|&g| ms[g].start >= from)
            .find(|&g| {
                ms[g].plural
                    && !ms[g].draft
                    && (!ms[g].kind.is_empty() && !ms[g].definite || ms[g].start >= s.start && announces(g))
            });
        if let Some(group) = group {
            out.push(Series {
                group,
                items,
                topics,
            });
        }
    }
    out
}
