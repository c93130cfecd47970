//! ORG: acronym definitions (`Long Form (ACR)`, found by the Schwartz–Hearst
//! letter alignment), head-noun names (`Banque Centrale de Tunisie`, `Office
//! marocain de la propriété industrielle`), names after a lowercase
//! organisation noun (`le groupe PSA`, `l’entreprise "Deep Minds"`), English
//! names with a suffix (`Al Jazari Institute`), standalone acronyms, hashtags
//! and handles.

use super::{trim_connectors, Candidate, Ctx, Entity};
use crate::lexicon::{EntityType, Keyed};
use crate::text::fold;
use crate::tokenize::{flag, TokKind};
use std::borrow::Cow;
use std::ops::Range;

/// Adjectives that may follow an organisation head noun.
static INST_ADJ: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "national",
    "nationale",
    "nationaux",
    "nationales",
    "général",
    "générale",
    "généraux",
    "supérieur",
    "supérieure",
    "international",
    "internationale",
    "central",
    "centrale",
    "mondial",
    "mondiale",
    "régional",
    "régionale",
    "européen",
    "européenne",
    "africain",
    "africaine",
    "islamique",
    "intergouvernemental",
    "intergouvernementale",
    "mixte",
    "haut",
    "haute",
    "populaire",
    "commercial",
    "commerciale",
    "technologique",
    "technique",
    "public",
    "publique",
    "privé",
    "privée",
    "fédéral",
    "fédérale",
    "économique",
    "social",
    "sociale",
    "scientifique",
    "agricole",
    "industriel",
    "industrielle",
    "autonome",
    "arabe",
    "maghrébin",
    "maghrébine",
    "panafricain",
    "panafricaine",
    "polytechnique",
    "catholique",
    "libre",
    "royal",
    "royale",
    "militaire",
    "suprême",
    "constitutionnel",
    "constitutionnelle",
    "permanent",
    "permanente",
    "spécial",
    "spéciale",
    "municipal",
    "municipale",
    "provincial",
    "provinciale",
    "départemental",
    "départementale",
    "territorial",
    "territoriale",
    "interprofessionnel",
    "interprofessionnelle",
    "consultatif",
    "consultative",
    "exécutif",
    "exécutive",
    "syndical",
    "syndicale",
    "patronal",
    "patronale",
    "hospitalier",
    "hospitalière",
    "universitaire",
    "pédagogique",
    "financier",
    "financière",
    "bancaire",
    "minier",
    "minière",
    "pétrolier",
    "pétrolière",
    "électrique",
    "nucléaire",
    "sénégalais",
]);

/// Lowercase nouns after which a capitalised name is an organisation (the noun stays out).
static ORG_NOUNS: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "groupe",
    "société",
    "entreprise",
    "firme",
    "compagnie",
    "start-up",
    "startup",
    "banque",
    "institut",
    "opérateur",
    "constructeur",
    "initiative",
    "association",
    "ong",
    "fondation",
    "cabinet",
    "club",
    "équipe",
    "fonds",
    "agence",
    "organisation",
    "plateforme",
    "incubateur",
    "laboratoire",
    "holding",
    "corporation",
    "consortium",
    "assureur",
    "fabricant",
    "filiale",
    "structure",
    "organisme",
    "syndicat",
    "parti",
    "mouvement",
    "journal",
    "quotidien",
    "hebdomadaire",
    "chaîne",
    "radio",
    "média",
    "cimentier",
    "transporteur",
    "géant",
    "leader",
    "spécialiste",
    "multinationale",
    "pétrolier",
    "minier",
    "distributeur",
    "éditeur",
    "promoteur",
    "collectif",
    "réseau",
    "coopérative",
    "mutuelle",
    "fédération",
    "confédération",
]);

/// Is `w` (lowercase) a noun after which a capitalised name is an organisation?
pub fn is_org_noun<'w>(w: impl Into<Keyed<'w>>) -> bool {
    ORG_NOUNS.contains(w)
}

/// Is `w` (lowercase) an English word that ends an organisation name (`Group`, `Ltd`)?
pub fn is_en_suffix<'w>(w: impl Into<Keyed<'w>>) -> bool {
    EN_SUFFIX.contains(w)
}

/// Is `w` (lowercase) an adjective that may follow an organisation head noun?
pub fn is_inst_adj<'w>(w: impl Into<Keyed<'w>>) -> bool {
    INST_ADJ.contains(w)
}

/// Lowercase heads that start a name written all in lowercase (`université de Franche-Comté`).
static LOWER_HEADS: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "assemblée",
    "université",
    "école",
    "cégep",
    "collège",
    "lycée",
    "institut",
    "académie",
    "conservatoire",
    "hôpital",
    "centre",
    "office",
    "agence",
]);

/// English words that end an organisation name.
static EN_SUFFIX: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "institute",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "limited",
    "fund",
    "foundation",
    "bank",
    "group",
    "holding",
    "holdings",
    "company",
    "partners",
    "capital",
    "technologies",
    "labs",
    "university",
    "association",
    "agency",
    "council",
    "club",
    "fc",
    "ac",
    "sc",
    "sa",
    "sas",
    "sarl",
    "plc",
    "gmbh",
    "ag",
    "llc",
    "ventures",
    "airlines",
    "airways",
    "energy",
    "telecom",
    "industries",
    "motors",
    "systems",
    "solutions",
    "consulting",
    "services",
    "network",
    "alliance",
    "organization",
    "organisation",
    "authority",
    "commission",
    "initiative",
    "trust",
    "academy",
    "school",
    "college",
    // The sectors of the companies of mining and energy news (`Kivu Gold`,
    // `Lualaba Copper Resources`, `Ivanhoe Mines`).
    "resources",
    "mining",
    "mines",
    "minerals",
    "metals",
    "gold",
    "copper",
    "oil",
    "gas",
    "petroleum",
    "power",
    "cement",
    "steel",
    "logistics",
    "shipping",
    "exploration",
    "investments",
    "insurance",
    "energie",
    "énergie",
    "energia",
]);

/// All-capital words that are not organisations.
static ACRONYM_STOP: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "TIC", "TICS", "NTIC", "PME", "PMI", "TPE", "IA", "PIB", "TVA", "ODD", "OMD", "COVID", "VIH",
    "SIDA", "USD", "EUR", "FCFA", "CFA", "XOF", "XAF", "MAD", "DH", "DHS", "MDH", "MMDH", "HT",
    "TTC", "PDG", "DG", "DGA", "CEO", "CFO", "COO", "CTO", "RH", "BTP", "ONG", "NB", "OK", "TV",
    "GPS", "SMS", "PC", "IT", "IP", "ID", "MM", "AI", "PPP", "MW", "GW", "KW", "KWH", "MWH", "GWH",
    "PV", "CV", "QR", "UV", "RSE", "TNT", "ADN", "ARN", "NFT", "IOT", "API", "HTML", "PDF", "FAQ",
    "VIP", "SVP", "RSVP", "CD", "DVD", "USB", "TGV", "SUV", "BD", "JO", "AG", "CA", "RN", "AFP",
    "ETAT", "ÉTAT", "MM.", "SA", "SARL", "SAS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI",
    "XII", "XX", "XXI", "NDLR", "PS", "US", "UK", "EN", "LE", "LA", "LES", "DE", "DU", "DES", "ET",
    "UN", "UNE", "AU", "AUX", "PAR", "POUR", "SUR", "AVEC", "DANS", "QUI", "QUE", "THE", "OF",
    "AND", "TO", "IN", "ON", "FOR", "BY", "IS", "MRC", "U17", "U20", "U23", "G20", "G7", "G5",
    "COP", "HD", "CO2", "OGM", "TIR",
]);

fn is_word(ctx: &Ctx, i: usize) -> bool {
    ctx.kind(i) == Some(TokKind::Word)
}

/// A capitalised word that can be part of a name (not a sentence-initial
/// common word, not an all-capital word that is never a name such as `TIC`).
#[inline]
fn name_word(ctx: &Ctx, i: usize) -> bool {
    is_word(ctx, i)
        && (ctx.is_cap(i) || super::is_roman(ctx.t(i)))
        && !ctx.is_initial_common(i)
        && !ACRONYM_STOP.contains(ctx.t(i))
}

fn is_adj(ctx: &Ctx, i: usize) -> bool {
    if !is_word(ctx, i) || ctx.is_cap(i) {
        return false;
    }
    let w = ctx.w(i);
    let l = w.text;
    INST_ADJ.contains(w)
        || ctx.lex.demonym(w).is_some()
        || looks_like_adj(l)
        || l.contains('-')
            && l.split('-')
                .all(|p| ctx.lex.demonym(p).is_some() || p.ends_with('o'))
}

/// Adjective endings (`extérieure`, `chérifien`, `nationale`, `agricole`); verbs are excluded first.
pub(crate) fn looks_like_adj(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ique", "iques", "ale", "ales", "aux", "ienne", "iennes", "ien", "iens", "aise", "aises",
        "eure", "eures", "ère", "ères", "ière", "ières", "ive", "ives", "elle", "elles", "aire",
        "aires", "oire", "oires", "ole", "oles", "ain", "aine", "aines", "able", "ible", "nel",
        "rel",
    ];
    w.chars().count() > 4 && !super::looks_like_verb(w) && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// A lowercase content word that may stand inside a lowercase name.
fn content_word(ctx: &Ctx, i: usize) -> bool {
    is_word(ctx, i)
        && !ctx.is_cap(i)
        && !ctx.has(i, flag::ELISION)
        && !ctx.is_in(i, super::ministries_stop())
        && !ctx.is_de(i)
        && ctx.l(i) != "et"
        && !super::looks_like_verb(ctx.w(i))
        && ctx.t(i).chars().next().is_some_and(char::is_alphabetic)
}

/// Reads a `de`-group at `i` (`de`, `du`, `des`, `d’`, `de la`, `de l’`, `à` + capital):
/// returns the index of the word after it.
fn de_group(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.is(i, &["du", "des"]) || ctx.is_elision(i, "d") {
        return Some(i + 1);
    }
    if ctx.is(i, &["de"]) {
        if ctx.is(i + 1, &["la"]) || ctx.is_elision(i + 1, "l") {
            return Some(i + 2);
        }
        return Some(i + 1);
    }
    // `à` + a place says where the body is, not what it is (`la Banque … de
    // la CEDEAO à Lomé`); `Commissariat à l’Énergie` keeps its article.
    // Nor does `à` + another body (`lie l’Agence … à la Banque …`).
    let to = ctx.is(i, &["à", "au", "aux"]);
    let elsewhere =
        |k: usize| is_place(ctx, k) || ctx.lex.is_head(ctx.w(k)) || known_org(ctx, k, k + 1);
    if (to || ctx.is(i, &["pour", "sur"])) && ctx.is_cap(i + 1) && !(to && elsewhere(i + 1)) {
        return Some(i + 1);
    }
    // `Commissariat à l’Énergie atomique`, `Haut-Commissariat à la Réforme`
    let article = ctx.is(i + 1, &["la"]) || ctx.is_elision(i + 1, "l");
    if ctx.is(i, &["à"]) && article && ctx.is_cap(i + 2) && !elsewhere(i + 2) {
        return Some(i + 2);
    }
    None
}

/// Does a function title and `de` come right before token `i` (`le
/// président de la Banque …`, `directrice générale de l’Agence …`)?
fn after_title(ctx: &Ctx, i: usize) -> bool {
    let mut k = i;
    if k > 0 && ctx.is_article(k - 1) {
        k -= 1;
    }
    if k == 0 || !ctx.is_de(k - 1) {
        return false;
    }
    let de = k - 1;
    // (A title may take the `de` in: `directeur de l’Agence` is one.)
    (de.saturating_sub(4)..de).any(|t| {
        matches!(ctx.title_at(t), Some((n, crate::lexicon::TitleKind::Function)) if t + n >= de)
    })
}

/// Are tokens `a..b` an entity of type `etype` the gazetteer knows?
fn known_as(ctx: &Ctx, a: usize, b: usize, etype: EntityType) -> bool {
    b > a
        && b <= ctx.len()
        && ctx
            .lex
            .lookup(&ctx.text[ctx.bstart(a)..ctx.bend(b - 1)])
            .is_some_and(|e| e.etype == etype)
}

/// Are tokens `a..b` an organisation the gazetteer knows (`Banque mondiale`)?
fn known_org(ctx: &Ctx, a: usize, b: usize) -> bool {
    known_as(ctx, a, b, EntityType::Org)
}

/// The capitalised name after a lowercase head at `i` (`université de
/// Lorraine`, `l’assemblée de la Polynésie française`: a place after `de
/// la`): its first token.
fn lower_head_name(ctx: &Ctx, i: usize) -> Option<usize> {
    if (ctx.is(i + 1, &["de", "du"]) || ctx.is_elision(i + 1, "d"))
        && ctx.is_cap(i + 2)
        && !ctx.is_elision(i + 2, "l")
    {
        return Some(i + 2);
    }
    let n = i + 3;
    let place = is_place(ctx, n) || known_place(ctx, n, n + 2);
    (ctx.is(i + 1, &["de"]) && ctx.is(i + 2, &["la"]) && place).then_some(n)
}

/// Are tokens `a..b` a place the gazetteer knows?
fn known_place(ctx: &Ctx, a: usize, b: usize) -> bool {
    known_as(ctx, a, b, EntityType::Place)
}

/// [`known_place`], and for a span in capitals (`UNION DES COMORES` in a
/// communiqué's heading) the same words as the gazetteer writes them: each
/// capitalised, the small words in lowercase.
fn known_place_any_case(ctx: &Ctx, a: usize, b: usize) -> bool {
    if known_place(ctx, a, b) {
        return true;
    }
    if !(a..b).all(|k| !is_word(ctx, k) || ctx.has(k, flag::ALLCAPS) || ctx.t(k).chars().count() <= 2) {
        return false;
    }
    let mut name = String::new();
    for k in a..b {
        if k > a && ctx.bstart(k) > ctx.bend(k - 1) {
            name.push(' ');
        }
        let l = ctx.l(k);
        if k > a && (is_small_word(ctx, k) || ctx.has(k, flag::ELISION)) {
            name.push_str(l);
        } else {
            let mut cs = l.chars();
            if let Some(c) = cs.next() {
                name.extend(c.to_uppercase());
                name.push_str(cs.as_str());
            }
        }
    }
    ctx.lex
        .lookup(&name)
        .is_some_and(|e| e.etype == EntityType::Place)
}

/// The prepositions [`de_group`] also takes that are no `de`.
const NOT_DE: &[&str] = &["à", "au", "aux", "pour", "sur"];

/// Is token `i` a place the gazetteer knows?
fn is_place(ctx: &Ctx, i: usize) -> bool {
    ctx.lex
        .lookup(ctx.t(i))
        .is_some_and(|e| e.etype == EntityType::Place)
}

/// A name starting with an organisation head noun at `i`; returns one past its end.
fn head_chain(ctx: &Ctx, i: usize, capital_head: bool) -> Option<usize> {
    let mut j = i + 1 + usize::from(two_word_head(ctx, i));
    let mut committed = (j > i + 1).then_some(j);
    let mut adj_after_head = false;
    // `Bureau`: a name only with a capital right after it (`Bureau International du Travail`).
    if ctx.lex.is_ambiguous_head(ctx.w(i)) && !name_word(ctx, j) {
        return None;
    }
    // After a capitalised word, a new lowercase run would start another phrase
    // (`Banque Africaine de Développement chargée du …`).
    let mut seen_cap = false;
    // A capitalised head in mid-sentence followed by `de` + lowercase words is a
    // name of its own (`la Corporation des services universitaires`).
    let mid = !ctx.sent_initial(i);
    while is_adj(ctx, j) && ctx.same_sent(i, j) {
        j += 1;
        adj_after_head = true;
        committed = Some(j);
    }
    let free_lower = adj_after_head && capital_head;
    // Bare lowercase words only inside a `de` complement (`de la propriété
    // industrielle`), not right after the head's adjectives (`Banque mondiale finance`).
    let mut in_de_np = false;
    // `le président de la Banque mondiale Ajay Banga`: after a title, a
    // person's name ends the body's.
    let titled = after_title(ctx, i);
    loop {
        if j >= ctx.len() || !ctx.same_sent(i, j) {
            break;
        }
        if titled
            && ctx.lex.first_name(ctx.w(j)).is_some()
            && super::persons::name_tok(ctx, j + 1)
            && (seen_cap || known_org(ctx, i, j))
        {
            break;
        }
        if name_word(ctx, j) && !ctx.has(j, flag::ELISION) {
            j += 1;
            seen_cap = true;
            // `Université de Yaoundé II`, `Fondation Mohammed VI`
            if super::is_roman(ctx.t(j)) && ctx.same_sent(i, j) {
                j += 1;
            }
            committed = Some(j);
            // Adjectives after a capitalised word (`Banque mondiale`), but not a
            // nationality after a full name (`Caisse des Dépôts italienne`);
            // after a head noun it is the name's (`Union européenne`).
            let after_head = ctx.lex.is_head(ctx.w(j - 1));
            while is_adj(ctx, j)
                && (after_head || ctx.lex.demonym(ctx.w(j)).is_none())
                && ctx.same_sent(i, j)
            {
                j += 1;
                committed = Some(j);
            }
            continue;
        }
        if let Some(n) = de_group(ctx, j) {
            if n > j && n < ctx.len() && ctx.same_sent(i, n) {
                if name_word(ctx, n) {
                    j = n;
                    in_de_np = false;
                    continue;
                }
                if content_word(ctx, n) && !seen_cap {
                    j = n;
                    in_de_np = true;
                    // `Corporation des services universitaires`: commit the lowercase words.
                    if mid && capital_head {
                        while content_word(ctx, j) && ctx.same_sent(i, j) {
                            j += 1;
                        }
                        committed = Some(j);
                    }
                    continue;
                }
            }
            break;
        }
        // `Chambre de commerce, d’industrie et de services`: complements
        // coordinated through a comma belong to the name.
        if ctx.t(j) == "," && j > i + 1 {
            if let Some(end) = comma_complements(ctx, i, j) {
                j = end;
                committed = Some(end);
                continue;
            }
            break;
        }
        if ctx.is(j, &["et"]) && j > i + 1 {
            let n = j + 1;
            // `le Conseil général et EDF`, `l’Union africaine et de la Ligue
            // arabe`: a second organisation, not a part of the first.
            if starts_other_org(ctx, n) {
                break;
            }
            if name_word(ctx, n)
                || de_group(ctx, n).is_some() && !ctx.is(n, NOT_DE)
                || content_word(ctx, n) && free_lower && in_de_np
                // `des pays producteurs et exportateurs de pétrole`
                || content_word(ctx, n) && in_de_np && capital_head && de_group(ctx, n + 1).is_some()
            {
                j = n;
                continue;
            }
            break;
        }
        if content_word(ctx, j) && capital_head && in_de_np && (!seen_cap || free_lower) {
            j += 1;
            if free_lower {
                committed = Some(j);
            }
            continue;
        }
        break;
    }
    let end = committed?;
    let end = trim_connectors(ctx, i, end);
    let end = diplomatic_seat(ctx, i, end);
    (end > i + 1).then_some(end)
}

/// Heads written in two words (`Croissant rouge`, `Croix rouge` for
/// `Croissant-Rouge`, `Croix-Rouge`): is one at `i`?
fn two_word_head(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, &["croissant", "croix"]) && ctx.is(i + 1, &["rouge"])
}

/// Bodies that represent one country in another (`l’Ambassade de France en
/// Guinée`, `la Mission des États-Unis en Libye`): the country where they sit
/// belongs to the name. Returns the new end of the name `i..end`.
fn diplomatic_seat(ctx: &Ctx, i: usize, end: usize) -> usize {
    if !ctx.is(
        i,
        &[
            "ambassade",
            "consulat",
            "mission",
            "délégation",
            "représentation",
        ],
    ) {
        return end;
    }
    let mut k = end;
    if !ctx.is(k, &["en", "au", "aux", "à"]) {
        return end;
    }
    k += 1;
    let country = |k: usize| {
        ctx.lex
            .lookup(ctx.t(k))
            .is_some_and(|e| e.etype == EntityType::Place)
    };
    if ctx.same_sent(i, k) && ctx.is_cap(k) && country(k) {
        k + 1
    } else {
        end
    }
}

/// Is the head-noun name `i..end` a head before a known acronym that spells
/// it (`l’Agence AFD`: the name is `AFD`, the head a description), or a
/// description after a possessive (`son Agence de développement`)?
fn redundant_head(ctx: &Ctx, i: usize, end: usize) -> bool {
    if i > 0
        && ctx.is(
            i - 1,
            &[
                "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
            ],
        )
    {
        return true;
    }
    end == i + 2
        && ctx.has(i + 1, flag::ALLCAPS)
        && ctx.lex.lookup(ctx.t(i + 1)).is_some_and(|e| {
            e.etype == EntityType::Org
                && e.canonical
                    .is_some_and(|c| fold(c).starts_with(&*fold_span(ctx, ctx.toks[i].range())))
        })
}

/// The governing bodies and units that every organisation has: (head, the
/// words after it, `d` standing for `d’`).
const ORGANS: &[(&str, &[&str])] = &[
    ("conseil", &["d", "administration"]),
    ("conseil", &["de", "surveillance"]),
    ("conseil", &["d", "orientation"]),
    ("conseil", &["de", "direction"]),
    ("conseil", &["de", "gestion"]),
    ("conseil", &["scientifique"]),
    ("comité", &["de", "direction"]),
    ("comité", &["exécutif"]),
    ("comité", &["de", "pilotage"]),
    ("comité", &["de", "gestion"]),
    ("direction", &["générale"]),
    ("assemblée", &["générale"]),
    ("bureau", &["exécutif"]),
];

/// Is the head-noun name `i..end` one of a body's organs (`Conseil
/// d’administration`, `Direction générale`), alone or followed by the body it
/// belongs to (`… de la BAD`, `… de la société Sitrac`)? Then it is no
/// organisation of its own; the body is one. (`Direction générale des
/// Impôts`, followed by no body, is one.)
fn organ_of_body(ctx: &Ctx, i: usize, end: usize) -> bool {
    let Some(&(_, words)) = ORGANS.iter().find(|(h, ws)| {
        *h == ctx.l(i)
            && ws.iter().enumerate().all(|(k, w)| {
                let j = i + 1 + k;
                if *w == "d" {
                    ctx.is_elision(j, "d")
                } else {
                    ctx.l(j) == *w
                }
            })
    }) else {
        return false;
    };
    let rest = i + 1 + words.len();
    if rest >= end {
        return true;
    }
    let Some(k) = de_group(ctx, rest) else {
        return false;
    };
    let w = ctx.w(k);
    ctx.has(k, flag::ALLCAPS)
        || ctx.is_cap(k) && ctx.lex.is_head(w)
        || !ctx.is_cap(k) && ORG_NOUNS.contains(w)
        || ctx
            .lex
            .lookup(ctx.t(k))
            .is_some_and(|e| e.etype == EntityType::Org)
}

/// Does a second organisation start at `n`, right after `et` (`EDF`, `de la
/// Ligue arabe`, `la Banque mondiale`)? An acronym, a capitalised head noun
/// or a known organisation, behind an optional `de`-group or article.
fn starts_other_org(ctx: &Ctx, n: usize) -> bool {
    let k = match de_group(ctx, n) {
        Some(k) if !ctx.is(n, NOT_DE) => k,
        _ if ctx.is_article(n) => n + 1,
        _ => n,
    };
    if !ctx.same_sent(n, k) || !name_word(ctx, k) {
        return false;
    }
    // (An acronym by its capitals alone: `standalone_acronym` stays inlined in `propose`.)
    ctx.has(k, flag::ALLCAPS) && ctx.t(k).len() >= 2
        || ctx.lex.is_head(ctx.w(k)) && !ctx.lex.is_ambiguous_head(ctx.w(k))
        || ctx
            .lex
            .lookup(ctx.t(k))
            .is_some_and(|e| e.etype == EntityType::Org)
        // `Air Sénégal et Royal Air Maroc`: a known name of several words.
        || (k + 2..(k + 6).min(ctx.len()))
            .take_while(|&m| name_word(ctx, m - 1) && ctx.same_sent(k, m - 1))
            .any(|m| known_org(ctx, k, m))
}

/// `, d’industrie et de services` after `Chambre de commerce` at the comma
/// `c`: `de`-complements separated by commas and closed by `et` + one more;
/// returns one past the last. Without the closing `et` it is a list, not a name.
fn comma_complements(ctx: &Ctx, i: usize, c: usize) -> Option<usize> {
    let mut j = c;
    let mut closed = false;
    while ctx.t(j) == "," || ctx.is(j, &["et"]) && !closed {
        closed = ctx.is(j, &["et"]);
        let n = de_group(ctx, j + 1).filter(|_| !ctx.is(j + 1, NOT_DE))?;
        if !ctx.same_sent(i, n) || !(content_word(ctx, n) || name_word(ctx, n)) {
            return None;
        }
        j = n;
        while (content_word(ctx, j) || name_word(ctx, j)) && ctx.same_sent(i, j) {
            j += 1;
        }
        if closed {
            return Some(j);
        }
    }
    None
}

/// Schwartz–Hearst: the start (char index into `long`) of the long form that
/// `short` abbreviates, or None.
///
/// Both strings are walked from the end, char by char, without collecting
/// them: the alignment often stops well before the start of `long`.
pub fn sh_long_form(short: &str, long: &str) -> Option<usize> {
    if !short.chars().next().map(sh_base)?.is_alphanumeric() {
        return None;
    }
    // `cur` is the char at index `li` of `long` (None before its start);
    // `rest` yields the chars before it, last first.
    let mut rest = long.chars().rev().map(sh_base).peekable();
    let mut li = long.chars().count() as isize - 1;
    let mut cur = rest.next();
    for (b, c) in short.char_indices().rev() {
        let c = sh_base(c);
        if !c.is_alphanumeric() {
            continue;
        }
        // The first letter of `short` must start a word of `long`.
        let first = b == 0;
        loop {
            let x = cur?;
            if x == c && !(first && rest.peek().is_some_and(|p| p.is_alphanumeric())) {
                break;
            }
            cur = rest.next();
            li -= 1;
        }
        cur = rest.next();
        li -= 1;
    }
    // Back to the start of the word.
    let mut k = (li + 1) as usize;
    while cur.is_some_and(char::is_alphanumeric) {
        k -= 1;
        cur = rest.next();
    }
    Some(k)
}

/// A letter as [`sh_long_form`] compares it: without case or accents (`É` of
/// `École` spells `E`), one char per char.
fn sh_base(c: char) -> char {
    // ASCII first, without the call.
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if let Some(b) = crate::text::latin_base(c) {
        return b;
    }
    use unicode_normalization::UnicodeNormalization;
    let b = std::iter::once(c).nfd().next().unwrap_or(c);
    let mut lc = b.to_lowercase();
    match (lc.next(), lc.next()) {
        (Some(x), None) => x,
        _ => b,
    }
}

/// Is token `i` a plausible acronym inside parentheses (`CERIST`, `Cihn`, `UFC`)?
fn paren_acronym(ctx: &Ctx, i: usize) -> bool {
    if !is_word(ctx, i) {
        return false;
    }
    let t = ctx.t(i);
    let n = t.chars().count();
    let uppers = t.chars().filter(|c| c.is_uppercase()).count();
    // `(Ageroute)`, `(Sonelgaz)`: a word-like short name, when it is not a
    // common word or a place (`(Dakar)`); the long form before it must still
    // spell it.
    let short_name = || {
        !ctx.lex.is_common(ctx.w(i)) && ctx.lex.lookup(t).is_none_or(|g| g.etype == EntityType::Org)
    };
    (2..=12).contains(&n)
        && t.chars().next().is_some_and(char::is_uppercase)
        && (uppers >= 2 || n <= 5 || short_name())
        && !t.contains(' ')
}

/// Small words inside names in Malagasy (`sy`, `ny`), Arabic (`al`, `el`),
/// Portuguese, Spanish, Italian, Dutch and German (`do`, `y`, `di`, `van`).
const FOREIGN_CONNECTORS: &[&str] = &[
    "sy", "ny", "al", "el", "do", "dos", "da", "das", "y", "del", "di", "della", "van", "von",
    "der", "den",
];

/// Does the span `a..b` (tokens) look like an organisation name by itself?
fn org_like(ctx: &Ctx, a: usize, b: usize) -> bool {
    let first = ctx.l(a);
    // A lowercase plural is a common noun (`les universités de Liège (ULg)
    // et d’Aix-la-Chapelle`), not a name.
    let plural = !ctx.is_cap(a)
        && first.ends_with(['s', 'x'])
        && !LOWER_HEADS.contains(first)
        && first != "fonds";
    if (ctx.lex.is_head(first) || LOWER_HEADS.contains(first)) && !plural {
        return true;
    }
    // An all-capitalised chain (connectors and a legal form aside): `Major
    // League Soccer`, `Innovation et Développement`, `Kivu Copper SARL`;
    // connectors of the languages whose names French papers print as they
    // are (`Jiro sy Rano Malagasy`, `Dar al Hadith`, `Banco do Brasil`).
    (a..b).all(|k| {
        name_word(ctx, k)
            || k > a && LEGAL_FORMS.contains(ctx.w(k))
            || ctx.is(k, &["et", "de", "du", "des", "of", "and", "for", "&", "la"])
            || k > a && k + 1 < b && ctx.is(k, FOREIGN_CONNECTORS)
            || ctx.is_elision(k, "d")
            || ctx.is_elision(k, "l")
    }) && name_word(ctx, a)
        && !ctx.is_initial_common(a)
        && (b - a >= 2 || ctx.lex.is_head(ctx.w(b - 1)))
}

/// `Long Form (ACR)`, `(English Form -ACR)`, `(ACR)` after a name, `ACR (Long
/// Form)`. Returns the acronyms that the text defines as something other than
/// an organisation (`Nouveau modèle de développement (NMD)`, `Plan Sénégal
/// émergent (PSE 2019-2023)`).
fn acronym_definitions<'a>(ctx: &Ctx<'a>, out: &mut Vec<Candidate>) -> Vec<&'a str> {
    let mut not_orgs = Vec::new();
    // (The tokens `(`, found from the text's `(` bytes: a scan of every
    // token for a few parentheses cost more than the rest of the rule.)
    for b in memchr::memchr_iter(b'(', ctx.text.as_bytes()) {
        let p = ctx.tok_at(b);
        if p >= ctx.len() || ctx.bstart(p) != b || ctx.t(p) != "(" {
            continue;
        }
        // Find the closing parenthesis within a few tokens.
        let Some(close) = (p + 1..(p + 12).min(ctx.len())).find(|&k| ctx.t(k) == ")") else {
            continue;
        };
        let inner_start = p + 1;
        // `(PDES 2017-2021)`: an acronym and the years it covers.
        let years = (inner_start + 1..close)
            .all(|k| matches!(ctx.kind(k), Some(TokKind::Number)) || matches!(ctx.t(k), "-" | "–"));
        let acr = if years && close > inner_start + 1 {
            inner_start
        } else {
            close - 1
        };
        if acr <= p || !paren_acronym(ctx, acr) {
            reverse_definition(ctx, p, close, out);
            continue;
        }
        // `(AFG CEA)`: an acronym in two parts.
        let two = acr == inner_start + 1
            && ctx.has(inner_start, flag::ALLCAPS)
            && ctx.has(acr, flag::ALLCAPS)
            && ctx.bstart(acr) == ctx.bend(inner_start) + 1;
        let acr_start = if two { inner_start } else { acr };
        let short = &ctx.text[ctx.bstart(acr_start)..ctx.bend(acr)];
        // `(Algerian Startup Fund -ASF)`, `(Union africaine, UA)`
        if acr > inner_start + 1 && matches!(ctx.t(acr - 1), "-" | "," | "–" | ":" | ";") {
            let a = inner_start;
            let b = acr - 1;
            if let Some(start) = long_form_tokens(ctx, a, b, short) {
                if org_like(ctx, start, b) {
                    push_definition(ctx, out, (start, b), (acr, acr + 1));
                }
            }
            continue;
        }
        if acr_start != inner_start {
            continue;
        }
        // The long form ends right before the parenthesis.
        let b = p;
        let n = short.chars().filter(|c| c.is_alphanumeric()).count();
        let window = p.saturating_sub(short.chars().count() * 2 + 6);
        // (Not across another parenthesis: `… (TTA), de la Chambre … (CCIS-TTA)`.)
        let a = (window..p)
            .rev()
            .take_while(|&k| {
                ctx.same_sent(k, p.saturating_sub(1)) && !matches!(ctx.t(k), "(" | ")")
            })
            .last()
            .unwrap_or(p);
        if a >= b {
            continue;
        }
        // `(CGEM-TTA)`: the body's acronym and its branch's; the long form
        // spells the first.
        let first_part = short
            .split_once('-')
            .map(|(x, _)| x)
            .filter(|x| x.len() >= 2);
        let Some(mut start) = long_form_tokens(ctx, a, b, short)
            .or_else(|| first_part.and_then(|x| long_form_tokens(ctx, a, b, x)))
        else {
            // `la Société nationale d’électricité (Sonabel)`: a short name
            // that does not spell the organisation named right before it
            // (the long form was cut, or comes from another language) is
            // still its name.
            let named_before = (a..b).any(|x| {
                known_org(ctx, x, b)
                    || ctx.is_cap(x)
                        && ctx.lex.is_head(ctx.w(x))
                        && head_chain(ctx, x, true) == Some(b)
            });
            // `l’Agence nationale pour la valorisation des ressources en
            // hydrocarbures (ALNAFT)`: the parenthesis closes a name whose
            // complements (`pour la …`, `en …`) no chain reads alone.
            let long = (!named_before).then(|| loose_long_form(ctx, a, b)).flatten();
            let place_or_word = ctx.lex.is_common(ctx.w(acr))
                || ctx.lex.lookup(short).is_some();
            if (named_before || long.is_some()) && !place_or_word {
                if let Some(x) = long {
                    out.push(super::tok_span(ctx, (x, b), EntityType::Org, "org:acronym-definition", 70));
                }
                out.push(super::tok_span(ctx, (acr_start, acr + 1), EntityType::Org, "org:acronym", 70));
            }
            continue;
        };
        while start < b && (ctx.is_article(start) || ctx.is_de(start)) {
            start += 1;
        }
        if start >= b {
            continue;
        }
        // `Chambre de Commerce, d’industrie et de services (CCIS)`: the
        // alignment took both C from `Commerce`; the head noun before it
        // starts the name.
        let mut h = start;
        while h > a && (ctx.is_de(h - 1) || ctx.is_article(h - 1)) {
            h -= 1;
        }
        if h > a && ctx.is_cap(h - 1) && ctx.lex.is_head(ctx.w(h - 1)) && !org_like(ctx, start, b) {
            start = h - 1;
        }
        // Words as Schwartz–Hearst counts them (`l’Exportation` is one), less
        // the small words French puts between them (`Agence pour la promotion
        // et le développement du Nord`: four).
        let words = (start..b)
            .filter(|&k| is_word(ctx, k) && !ctx.has(k, flag::ELISION) && !is_small_word(ctx, k))
            .count();
        if words > (n + 5).min(n * 2) {
            continue;
        }
        let acronym = |etype, rule| super::tok_span(ctx, (acr_start, acr + 1), etype, rule, 70);
        if known_place(ctx, start, b) {
            // `Émirats arabes unis (EAU)`, `Tanger-Tétouan-Al Hoceima (TTA)`:
            // a place's short name.
            out.push(acronym(EntityType::Place, "place:acronym"));
            not_orgs.push(short);
        } else if org_like(ctx, start, b)
            // `l’ONG Solidarité pour l’enfance du Kasaï (SEKA)`: a descriptor
            // says the long form names a body.
            || start > 0
                && ctx.is_cap(start)
                && (is_org_noun(ctx.w(start - 1)) || ctx.l(start - 1) == "ong")
        {
            push_definition(ctx, out, (start, b), (acr_start, acr + 1));
        } else if !ctx.is_cap(start) && ctx.lex.is_head(ctx.w(start)) {
            // `les universités de Liège (ULg)`: a plural description, but the
            // acronym names the body.
            out.push(acronym(EntityType::Org, "org:acronym"));
        } else if words >= 2
            && ctx
                .lex
                .lookup(short)
                .is_none_or(|e| e.etype != EntityType::Org)
        {
            not_orgs.push(short);
        }
    }
    not_orgs
}

/// The start of a name that ends at the parenthesis `b` and starts with a
/// capitalised head noun after `a`, read through complements that
/// [`head_chain`] stops at: `pour` / `en` / `de` with an article and
/// lowercase words (`Agence nationale pour la valorisation des ressources
/// en hydrocarbures`), at most twelve tokens, no verb, no comma.
fn loose_long_form(ctx: &Ctx, a: usize, b: usize) -> Option<usize> {
    let x = (a.max(b.saturating_sub(12))..b)
        .find(|&x| ctx.is_cap(x) && ctx.lex.is_head(ctx.w(x)) && !ctx.lex.is_ambiguous_head(ctx.w(x)))?;
    let fits = (x + 1..b).all(|k| {
        ctx.is(k, &["pour", "en", "et", "la", "le", "les", "au", "aux"])
            || ctx.is_de(k)
            || ctx.is_elision(k, "l")
            || content_word(ctx, k)
            || name_word(ctx, k)
    });
    (fits && b > x + 2).then_some(x)
}

/// Small words inside a long form, which its acronym does not spell.
fn is_small_word(ctx: &Ctx, k: usize) -> bool {
    ctx.is_de(k)
        || ctx.is_article(k)
        || ctx.is(
            k,
            &[
                "et", "pour", "en", "à", "au", "aux", "sur", "of", "and", "the", "for",
            ],
        )
}

/// `AOGC (Africa oil gas corporation)`, `Proparco (Promotion et Participation
/// pour la Coopération économique)`: a name, then the long form it
/// abbreviates between the parentheses `p`..`close`, which starts with the
/// name's first letter, spells the rest, and names a body (a known
/// organisation, a name with a head noun or in capitals, or an English
/// company word at its end).
fn reverse_definition(ctx: &Ctx, p: usize, close: usize, out: &mut Vec<Candidate>) {
    let x = p.wrapping_sub(1);
    let (a, b) = (p + 1, close);
    if p == 0 || b < a + 2 || !is_word(ctx, x) || !ctx.same_sent(x, b) {
        return;
    }
    let short = ctx.t(x);
    let upper = short.chars().filter(|c| c.is_uppercase()).count();
    let known = known_org(ctx, x, x + 1);
    if !(upper >= 2 || known) || !(2..=12).contains(&short.chars().count()) {
        return;
    }
    if ACRONYM_STOP.contains(short) || !ctx.is_cap(a) {
        return;
    }
    // The letters may come from the first syllables (`PROmotion et
    // PARticipation pour la COopération`): spelled from some word on, and
    // the first word starts with the same letter.
    let same_initial = ctx.t(a).chars().next().map(sh_base) == short.chars().next().map(sh_base);
    if long_form_tokens(ctx, a, b, short).is_none() || !same_initial {
        return;
    }
    if known || org_like(ctx, a, b) || EN_SUFFIX.contains(ctx.w(b - 1)) {
        push_definition(ctx, out, (a, b), (x, x + 1));
    }
}

/// The long form and its acronym (token ranges), both ORG.
fn push_definition(ctx: &Ctx, out: &mut Vec<Candidate>, long: (usize, usize), acr: (usize, usize)) {
    let org = |span, rule| super::tok_span(ctx, span, EntityType::Org, rule, 70);
    out.push(org(long, "org:acronym-definition"));
    out.push(org(acr, "org:acronym"));
}

/// Runs Schwartz–Hearst over tokens `a..b`; returns the token where the long form starts.
fn long_form_tokens(ctx: &Ctx, a: usize, b: usize, short: &str) -> Option<usize> {
    let s = ctx.bstart(a);
    let long = &ctx.text[s..ctx.bend(b - 1)];
    let start_char = sh_long_form(short, long)?;
    let byte = s + long.char_indices().nth(start_char).map_or(0, |(x, _)| x);
    // The token that holds that byte.
    let t = ctx.toks.partition_point(|t| (t.end as usize) <= byte);
    (t < b).then_some(t)
}

/// Is `i` a standalone acronym that names an organisation? `title_line`
/// keeps the last sentence asked about and whether it is a title line in
/// capitals (the tokens come in order: each sentence is counted once).
fn standalone_acronym(ctx: &Ctx, i: usize, title_line: &mut Option<(u32, bool)>) -> bool {
    if !is_word(ctx, i) || !ctx.has(i, flag::ALLCAPS) {
        return false;
    }
    let t = ctx.t(i);
    let n = t.chars().count();
    if !(2..=12).contains(&n) || super::is_roman(t) || ACRONYM_STOP.contains(t) {
        return false;
    }
    if t.contains('.')
        || t.chars().filter(|c| c.is_alphabetic()).count() < 2
        || t.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if t.split('-').any(|p| ACRONYM_STOP.contains(p)) {
        return false;
    }
    // A plan or an event named with its year (`PDES 2017-2021`, `PACTE ESRI
    // 2030`, `CAN 2025`).
    let year = ctx.t(i + 1);
    if ctx.kind(i + 1) == Some(TokKind::Number)
        && year.len() >= 4
        && (year.starts_with("19") || year.starts_with("20"))
        && year[..4].bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    // A civil title in capitals (`SEM`, Son Excellence Monsieur).
    if matches!(ctx.title_at(i), Some((_, crate::lexicon::TitleKind::Civil))) {
        return false;
    }
    if ctx.lex.is_common(ctx.w(i)) && n >= 4 || ctx.lex.currency_at(|k| (k == 0).then_some(t)).is_some() {
        return false;
    }
    // A title line in capitals is not a string of acronyms.
    let si = ctx.sent_of[i];
    match *title_line {
        Some((s, line)) if s == si => !line,
        _ => {
            let s = &ctx.sents[si as usize];
            let caps = (s.clone()).filter(|&k| ctx.has(k, flag::ALLCAPS)).count();
            let words = (s.clone()).filter(|&k| is_word(ctx, k)).count();
            let line = caps >= 3 && caps * 2 > words;
            *title_line = Some((si, line));
            !line
        }
    }
}

/// Proposes ORG candidates.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let not_orgs = acronym_definitions(ctx, out);
    let mut title_line = None;
    for i in 0..ctx.len() {
        match ctx.kind(i) {
            Some(TokKind::Hashtag) => {
                let body = &ctx.t(i)[1..];
                if let Some(e) = ctx
                    .lex
                    .lookup(body)
                    .filter(|e| e.etype == EntityType::Place)
                {
                    let mut c = Candidate::new(
                        ctx.bstart(i) + 1,
                        ctx.bend(i),
                        EntityType::Place,
                        "place:hashtag",
                        40,
                    );
                    c.canonical = e.canonical_name();
                    out.push(c);
                    continue;
                }
                let known = ctx
                    .lex
                    .lookup(body)
                    .is_some_and(|e| e.etype == EntityType::Org);
                let acr = body.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                    && (2..=10).contains(&body.chars().count())
                    && !ACRONYM_STOP.contains(body);
                if known || acr {
                    out.push(Candidate::new(
                        ctx.bstart(i) + 1,
                        ctx.bend(i),
                        EntityType::Org,
                        "org:hashtag",
                        60,
                    ));
                }
                continue;
            }
            Some(TokKind::Handle) => {
                let body = &ctx.t(i)[1..];
                if known_acronym_prefix(ctx, body) {
                    out.push(Candidate::new(
                        ctx.bstart(i) + 1,
                        ctx.bend(i),
                        EntityType::Org,
                        "org:handle",
                        60,
                    ));
                }
                continue;
            }
            Some(TokKind::Word) => {}
            _ => continue,
        }
        let l = ctx.w(i);
        if ctx.is_cap(i) && (ctx.lex.is_head(l) || two_word_head(ctx, i)) {
            let kept = |&e: &usize| !organ_of_body(ctx, i, e) && !redundant_head(ctx, i, e);
            // (`Union des Comores`: a country's official name is the place's.)
            if let Some(end) = head_chain(ctx, i, true)
                .filter(kept)
                .filter(|&end| !known_place_any_case(ctx, i, end))
            {
                out.push(Candidate::new(
                    ctx.bstart(i),
                    ctx.bend(end - 1),
                    EntityType::Org,
                    "org:head-noun",
                    65,
                ));
            }
        } else if let Some(name) = (!ctx.is_cap(i) && LOWER_HEADS.contains(l))
            .then(|| lower_head_name(ctx, i))
            .flatten()
        {
            let mut end = name + 1;
            while name_word(ctx, end) && ctx.same_sent(i, end) {
                end += 1;
            }
            // `université de Yaoundé II`: the number of one of a city's universities.
            if super::is_roman(ctx.t(end)) && ctx.same_sent(i, end) {
                end += 1;
            }
            // `assemblée de la Polynésie française`: a place in two words.
            if is_word(ctx, end) && ctx.same_sent(i, end) && known_place(ctx, name, end + 1) {
                end += 1;
            }
            // `centre d’Études juridiques et judiciaires`: a field and its adjectives.
            if end == name + 1 {
                while ctx.same_sent(i, end + 1)
                    && (is_adj(ctx, end) || ctx.is(end, &["et"]) && is_adj(ctx, end + 1))
                {
                    end += 1 + usize::from(ctx.is(end, &["et"]));
                }
            }
            out.push(Candidate::new(
                ctx.bstart(i),
                ctx.bend(end - 1),
                EntityType::Org,
                "org:lower-head",
                62,
            ));
        }
        let after_noun = ((!ctx.is_cap(i) || l.text == "ong") && ORG_NOUNS.contains(l))
            .then(|| name_after_noun(ctx, i))
            .flatten();
        // (One after the other, not an array of all four answers built at
        // every word: nearly always none is found.)
        let mut push = |found: Option<(usize, usize)>, rule, prio| {
            if let Some(span) = found {
                out.push(super::tok_span(ctx, span, EntityType::Org, rule, prio));
            }
        };
        push(body_after_title(ctx, i), "org:after-title", 40);
        push(after_noun, "org:after-noun", 65);
        push(name_after_demonym(ctx, i), "org:after-demonym", 60);
        push(name_given(ctx, i), "org:named", 60);
        if ctx.is_cap(i) && EN_SUFFIX.contains(l) && i > 0 {
            let mut a = i;
            while a > 0 && name_word(ctx, a - 1) && ctx.same_sent(a - 1, i) {
                a -= 1;
            }
            if a < i {
                out.push(Candidate::new(
                    ctx.bstart(a),
                    ctx.bend(i),
                    EntityType::Org,
                    "org:english-suffix",
                    64,
                ));
            }
        }
        // `CAMINCO S.A`, `Kora (Maurice) Ltd`: a name, then its legal form.
        // (The next token's first letter first: this runs on every token.)
        // (Both are ASCII: the first byte tells, no char decoded.)
        let next_upper = ctx
            .t(i + 1)
            .as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_uppercase() || b == b'(');
        if (next_upper || LOWER_LEGAL_FORMS.contains(ctx.w(i + 1))) && name_word(ctx, i) {
            if let Some(end) = legal_form(ctx, i + 1) {
                let a = name_start(ctx, i);
                if !ctx.is_initial_common(a) || ctx.lex.is_head(ctx.w(a)) {
                    let c = super::tok_span(ctx, (a, end), EntityType::Org, "org:legal-form", 66);
                    out.push(c);
                }
            }
        }
        // (Each rule wants a first word of its own: one is tried at most.)
        let found = if ctx.is_cap(i) {
            let local = collectivity(ctx, i).map(|s| (s, "org:collectivity"));
            local.or_else(|| club(ctx, i).map(|s| (s, "org:club")))
        } else {
            lower_institution(ctx, i).map(|s| (s, "org:lower-institution"))
        };
        // (`les`, `Les`: either case.)
        let found = found.or_else(|| team(ctx, i).map(|s| (s, "org:team")));
        if let Some((span, rule)) = found {
            out.push(super::tok_span(ctx, span, EntityType::Org, rule, 63));
        }
        if standalone_acronym(ctx, i, &mut title_line) && !not_orgs.contains(&ctx.t(i)) {
            let known = ctx
                .lex
                .lookup(ctx.t(i))
                .is_some_and(|e| e.etype == EntityType::Org);
            let prio = if known { 58 } else { 35 };
            out.push(Candidate::new(
                ctx.bstart(i),
                ctx.bend(i),
                EntityType::Org,
                "org:acronym",
                prio,
            ));
        }
    }
}

fn known_acronym_prefix(ctx: &Ctx, body: &str) -> bool {
    let upper_prefix: String = body.chars().take_while(|c| c.is_uppercase()).collect();
    let n = upper_prefix.chars().count();
    (2..=n).rev().any(|k| {
        let p: String = upper_prefix.chars().take(k).collect();
        ctx.lex
            .lookup(&p)
            .is_some_and(|e| e.etype == EntityType::Org)
    })
}

/// Titles whose `de` complement is a place or a portfolio, not an employer
/// (`maire de Kpalimé`, `ministre d’État`).
static TITLE_NOT_EMPLOYER: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "ministre",
    "maire",
    "bourgmestre",
    "préfet",
    "préfète",
    "gouverneur",
    "gouverneure",
    "wali",
    "ambassadeur",
    "ambassadrice",
    "consul",
    "consule",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "secrétaire",
    "roi",
    "reine",
    "émir",
]);

/// The employer named right after a function title at `i` (`la fondatrice
/// de Kalanea`, `président et chef de la direction de Recyclo-Nord`): a
/// capitalised name, without an article, that is not a common word (`directeur
/// de Cabinet`). Known places and names win over it (low priority).
fn body_after_title(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if ctx.is_cap(i) || ctx.kind(i) != Some(TokKind::Word) {
        return None;
    }
    let (n, kind) = ctx.title_at(i)?;
    if kind != crate::lexicon::TitleKind::Function || TITLE_NOT_EMPLOYER.contains(ctx.w(i)) {
        return None;
    }
    // `directrice régionale de France Travail`, `directeur adjoint de …`.
    let mut de = i + n;
    while de < i + n + 2
        && ctx.is(
            de,
            &[
                "régional",
                "régionale",
                "national",
                "nationale",
                "adjoint",
                "adjointe",
                "délégué",
                "déléguée",
                "exécutif",
                "exécutive",
                "général",
                "générale",
            ],
        )
    {
        de += 1;
    }
    if !(ctx.is(de, &["de"]) || ctx.is_elision(de, "d")) {
        return None;
    }
    let a = de + 1;
    if !name_word(ctx, a) || !ctx.same_sent(i, a) || ctx.lex.is_common(ctx.w(a)) {
        return None;
    }
    let mut b = a;
    while name_word(ctx, b) && ctx.same_sent(a, b) && !ctx.has(b, flag::ELISION) {
        b += 1;
    }
    let b = trim_connectors(ctx, a, b);
    // (`son homologue de Vannes`: a known place is where, not whose.)
    if known_place(ctx, a, b) {
        return None;
    }
    Some((a, b))
}

/// The name after a lowercase organisation noun at `i` (`le groupe PSA`,
/// `l’entreprise "Deep Minds"`, `la start-up kényane Amini Corp`).
fn name_after_noun(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let mut j = i + 1;
    let descriptor_adj = |j: usize| {
        is_adj(ctx, j)
            || ctx.is(
                j,
                &["américain", "chinois", "privé", "public", "technologique"],
            )
    };
    while descriptor_adj(j) {
        j += 1;
    }
    // `le groupe de BTP Eiffage`, `l’entreprise de boissons italienne Campari`,
    // `le fabricant de matériaux de construction Lafarge`: what the body does,
    // in one or two lowercase words or a stop acronym, each after its `de`.
    let mut k = j;
    for _ in 0..2 {
        if !((ctx.is(k, &["de"]) || ctx.is_elision(k, "d"))
            && (content_word(ctx, k + 1) || ACRONYM_STOP.contains(ctx.t(k + 1))))
        {
            break;
        }
        k += 2;
        while descriptor_adj(k) {
            k += 1;
        }
        if name_word(ctx, k) {
            j = k;
            break;
        }
    }
    if !ctx.same_sent(i, j) {
        return None;
    }
    if matches!(ctx.t(j), "«" | "\"" | "“") {
        let a = j + 1;
        let close = (a..(a + 10).min(ctx.len())).find(|&k| matches!(ctx.t(k), "»" | "\"" | "”"))?;
        if close > a && name_word(ctx, a) {
            return Some((a, close));
        }
        return None;
    }
    if !name_word(ctx, j) || ctx.is_initial_common(j) {
        return None;
    }
    // `le groupe Afrique de l’Ouest`: a known place is not the body's name.
    if ctx
        .lex
        .lookup(ctx.t(j))
        .is_some_and(|e| e.etype == EntityType::Place)
        && !name_word(ctx, j + 1)
    {
        return None;
    }
    let a = j;
    let mut b = j;
    loop {
        if name_word(ctx, b) && ctx.same_sent(a, b) && !ctx.has(b, flag::ELISION) {
            b += 1;
            continue;
        }
        if ctx.is(b, &["et", "&"]) && name_word(ctx, b + 1) && ctx.same_sent(a, b + 1) {
            b += 1;
            continue;
        }
        break;
    }
    if let Some(e) = legal_form(ctx, b) {
        return Some((a, e));
    }
    Some((a, trim_connectors(ctx, a, b)))
}

/// `le norvégien Nordhav Petroleum`, `l’argovien Aarwerk Energie`: the
/// company named by its nationality or region written in lowercase, as the
/// business press does (a person's would be capitalised: `le Sénégalais
/// Sadio Mané`); not a first name.
fn name_after_demonym(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    // (A name must follow, in a capital: most words fail that first.)
    if i == 0
        || !ctx.is_cap(i + 1)
        || ctx.is_cap(i)
        || !(ctx.is(i - 1, &["le"]) || ctx.is_elision(i - 1, "l"))
    {
        return None;
    }
    let l = ctx.l(i);
    let regional = l.chars().count() > 5
        && ["ien", "ais", "ois", "and", "ain", "san"].iter().any(|e| l.ends_with(e));
    if !(regional || ctx.lex.demonym(l).is_some()) || !name_word(ctx, i + 1) {
        return None;
    }
    let a = i + 1;
    if ctx.lex.first_name(ctx.w(a)).is_some() || ctx.is_initial_common(a) {
        return None;
    }
    if ctx.lex.lookup(ctx.t(a)).is_some_and(|e| e.etype != EntityType::Org) {
        return None;
    }
    let mut b = a;
    while (name_word(ctx, b) && !ctx.has(b, flag::ELISION)
        || ctx.is(b, &["&"]) && name_word(ctx, b + 1))
        && ctx.same_sent(a, b)
    {
        b += 1;
    }
    if let Some(e) = legal_form(ctx, b) {
        return Some((a, e));
    }
    Some((a, trim_connectors(ctx, a, b)))
}

/// `La nouvelle entité, baptisée Helvetherm, …`, `une coentreprise
/// dénommée Kivu Lithium`: the name given to a body just described, at the
/// participle `i`.
fn name_given(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    // (Asked at every word: a `match` compares inline, a list calls memcmp.)
    if !matches!(
        ctx.l(i),
        "baptisée" | "baptisé" | "dénommée" | "dénommé" | "appelée" | "appelé" | "nommée"
    ) {
        return None;
    }
    let described = (i.saturating_sub(4)..i).any(|k| {
        ctx.is(
            k,
            &[
                "entité", "société", "structure", "entreprise", "compagnie", "filiale", "coentreprise",
                "holding", "banque", "agence", "fondation", "association", "plateforme",
            ],
        )
    });
    let a = i + 1;
    if !described || !name_word(ctx, a) || ctx.lex.first_name(ctx.w(a)).is_some() || ctx.is_initial_common(a) {
        return None;
    }
    let mut b = a;
    while name_word(ctx, b) && ctx.same_sent(a, b) && !ctx.has(b, flag::ELISION) {
        b += 1;
    }
    Some((a, trim_connectors(ctx, a, b)))
}

/// Legal forms that Québec writes in lowercase (`Hydro Mauricie inc.`,
/// `Lavigne et Fils ltée`).
static LOWER_LEGAL_FORMS: crate::entities::WordSet =
    crate::entities::WordSet::new(&["inc", "ltée", "limitée"]);

/// The start of the company name that ends at token `i`, before its legal
/// form: capitalised words, with `& Cie`, `et Fils` and `de` between them
/// (`Banque Privée Rhône & Cie`, `Lémanique Gestion de Fortune`).
fn name_start(ctx: &Ctx, i: usize) -> usize {
    let mut a = i;
    loop {
        if a > 0 && name_word(ctx, a - 1) && ctx.same_sent(a - 1, i) {
            a -= 1;
            continue;
        }
        // A head noun that starts the sentence (`Banque Privée Rhône & Cie SA
        // et …`): a common word there, but the name's.
        if a > 0 && ctx.sent_initial(a - 1) && ctx.is_cap(a - 1) && ctx.lex.is_head(ctx.w(a - 1)) {
            return a - 1;
        }
        let partners = ctx.is(a, &["cie", "fils", "associés", "co"]);
        let joined = ctx.is(a.wrapping_sub(1), &["&", "et"]) && partners
            || ctx.is(a.wrapping_sub(1), &["de", "du", "des"]) && !ctx.is_initial_common(a);
        if a > 1 && joined && name_word(ctx, a - 2) && ctx.same_sent(a - 2, i) {
            a -= 2;
            continue;
        }
        return a;
    }
}

/// Legal forms written after a company's name, lowercase and without dots.
static LEGAL_FORMS: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "sa", "sas", "sasu", "sarl", "sa.", "ltd", "limited", "inc", "llc", "plc", "gmbh", "ag", "nv",
    "bv", "spa", "srl", "corp", "sca", "scs", "suarl", "eurl", "gie",
]);

/// A legal form starting at token `j` (`S.A`, `SA`, `Ltd`, `(Maurice) Ltd`,
/// `S.A.R.L.`): returns one past its end. Its tokens touch (no space inside
/// `S.A`); a final dot is taken when the sentence goes on after it.
fn legal_form(ctx: &Ctx, j: usize) -> Option<usize> {
    let mut a = j;
    // `Kora (Maurice) Ltd`: the country of the branch between parentheses.
    let place = |k: usize| {
        ctx.lex
            .lookup(ctx.t(k))
            .is_some_and(|e| e.etype == EntityType::Place)
    };
    if ctx.t(a) == "(" && place(a + 1) && ctx.t(a + 2) == ")" {
        a += 3;
    }
    if !is_word(ctx, a) || !ctx.same_sent(j, a) || ctx.toks[a].start == ctx.bend(a - 1) as u32 {
        return None;
    }
    // `Xinda Engineering Co., Ltd`: the company word and its form.
    if ctx.t(a) == "Co" {
        let mut k = a + 1;
        if ctx.t(k) == "." {
            k += 1;
        }
        if ctx.t(k) == "," {
            k += 1;
        }
        return legal_form(ctx, k).filter(|_| ctx.same_sent(a, k));
    }
    if LOWER_LEGAL_FORMS.contains(ctx.w(a)) {
        let mut k = a + 1;
        if ctx.t(k) == "." && ctx.toks[k].start == ctx.toks[a].end && ctx.same_sent(a, k + 1) {
            k += 1;
        }
        return Some(k);
    }
    if !ctx.t(a).starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // One token (`Ltd`, `SARL`), or `S` then dots and letters (`S.A`, `S.A.R.L.`).
    if ctx.l(a) != "s" {
        let one = LEGAL_FORMS.contains(ctx.l(a).trim_end_matches('.'));
        let mut k = a + 1;
        if one && ctx.t(k) == "." && ctx.toks[k].start == ctx.toks[a].end && ctx.same_sent(a, k + 1)
        {
            k += 1;
        }
        return one.then_some(k);
    }
    // The form's letters, lowercase and without dots, in a small buffer: this
    // runs after every capitalised word.
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut k = a;
    while k < ctx.len() && k < a + 8 && (k == a || ctx.toks[k].start == ctx.toks[k - 1].end) {
        let t = ctx.l(k);
        if t != "." && !(is_word(ctx, k) && t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.'))
        {
            break;
        }
        for b in t.bytes().filter(|&b| b != b'.') {
            if n == buf.len() {
                return None;
            }
            buf[n] = b;
            n += 1;
        }
        k += 1;
    }
    let form = std::str::from_utf8(&buf[..n]).ok()?;
    // Back off a dot that ends the sentence.
    while k > a + 1 && ctx.t(k - 1) == "." && !ctx.same_sent(k - 1, k) {
        k -= 1;
    }
    LEGAL_FORMS.contains(form).then_some(k)
}

/// Lowercase heads of full institution names (`le centre national de la
/// formation continue`, `l’office national algérien de …`).
static LOWER_INST_HEADS: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "agence",
    "office",
    "centre",
    "institut",
    "laboratoire",
    "observatoire",
    "conseil",
    "commission",
    "communauté",
    "caisse",
    "fonds",
    "école",
    "université",
    "établissement",
    "autorité",
    "comité",
    "chambre",
    "fédération",
    "confédération",
    "assemblée",
    "organisation",
    "haut-commissariat",
    "régie",
]);

/// Adjectives that make a lowercase head an institution's name rather than a
/// common noun (`centre national`, `office algérien`, `commission mixte`).
fn identity_adj(ctx: &Ctx, j: usize) -> bool {
    is_word(ctx, j)
        && !ctx.is_cap(j)
        && (ctx.is(
            j,
            &[
                "national",
                "nationale",
                "régional",
                "régionale",
                "central",
                "centrale",
                "supérieur",
                "supérieure",
                "international",
                "internationale",
                "fédéral",
                "fédérale",
                "interministériel",
                "interministérielle",
                "intergouvernemental",
                "intergouvernementale",
                "mixte",
                "universitaire",
                "départemental",
                "départementale",
                "foncière",
                "foncier",
            ],
        ) || ctx.lex.demonym(ctx.w(j)).is_some()
            || ctx.l(j).contains('-')
                && ctx
                    .l(j)
                    .split('-')
                    .all(|p| ctx.lex.demonym(p).is_some() || p.ends_with('o')))
}

/// A full institution name written in lowercase at head `i` (`le centre
/// national de la formation continue et de la promotion professionnelle`,
/// `la grande commission mixte algéro-mauritanienne`, `la commission de
/// suivi tuniso-algérienne`, `la communauté d’agglomération de Vichy`):
/// after an article, a head, an identity adjective (or `de suivi`,
/// `d’agglomération`, `de bande`), then adjectives and `de`-complements,
/// coordinated by `et de`. Three words at least. Returns (start, end).
fn lower_institution(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if ctx.is_cap(i) || !LOWER_INST_HEADS.contains(ctx.w(i)) || i == 0 {
        return None;
    }
    // `la grande commission mixte`, `la haute autorité`
    let start = if ctx.is(i - 1, &["grande", "haute", "grand", "haut"]) {
        i - 1
    } else {
        i
    };
    let before = start.checked_sub(1)?;
    if !(ctx.is_article(before) || ctx.is(before, &["du", "au", "aux"])) {
        return None;
    }
    let mut j = i + 1;
    let special = ctx.is(j, &["de", "d'", "d’"]) || ctx.is_elision(j, "d");
    if special && ctx.is(j + 1, &["suivi", "agglomération", "bande", "communes"]) {
        j += 2;
    } else if identity_adj(ctx, j) {
        j += 1;
    } else {
        return None;
    }
    let mut end = j;
    loop {
        while (identity_adj(ctx, j) || is_adj(ctx, j)) && ctx.same_sent(i, j) {
            j += 1;
            end = j;
        }
        let k = if ctx.is(j, &["et"]) { j + 1 } else { j };
        let Some(n) = de_group(ctx, k).filter(|_| !ctx.is(k, NOT_DE)) else {
            break;
        };
        if !ctx.same_sent(i, n) {
            break;
        }
        if content_word(ctx, n) && ctx.lex.demonym(ctx.w(n)).is_none() {
            j = n;
            while content_word(ctx, j) && ctx.same_sent(i, j) {
                j += 1;
            }
            // `de recherches en éducation`
            if ctx.is(j, &["en"]) && content_word(ctx, j + 1) && ctx.same_sent(i, j + 1) {
                j += 2;
            }
            end = j;
            continue;
        }
        // A place or name closes a short one (`communauté d’agglomération de
        // Vichy`, `institut universitaire de technologie de Nice`), not a long
        // one that has said what it is (`… de recherches en éducation de Tunis`).
        if name_word(ctx, n) && k == j && j - start <= 5 {
            let mut b = n;
            while name_word(ctx, b) && ctx.same_sent(n, b) {
                b += 1;
            }
            end = b;
        }
        break;
    }
    // Three words besides connectors; and not a description set beside a
    // name (`Enabel, l’agence belge de développement`).
    let words = (start..end)
        .filter(|&k| is_word(ctx, k) && !ctx.is_de(k) && !ctx.is_article(k))
        .count();
    let apposition = before > 0 && ctx.t(before - 1) == "," && ctx.is_article(before);
    (words >= 3 && !apposition).then_some((start, end))
}

/// A local authority as a body, written with a capital after an article:
/// `la Région Bretagne`, `la Région Île-de-France`, `le Département des
/// Alpes-Maritimes`, `le Département de La Réunion`, `la Ville de Fès`, `la
/// Commune de Dakar` (the council, where `la région de Dakar` is a place).
/// `Région` takes its name directly, the others a `de`; `Département` a known place.
/// Returns (start, end).
fn collectivity(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let region = ctx.t(i) == "Région";
    let local = matches!(ctx.t(i), "Département" | "Ville" | "Commune");
    if !(region || local) || i == 0 || ctx.sent_initial(i) {
        return None;
    }
    // (Or in a list: `…, Région Sud, le Département …`.)
    if !(ctx.is_article(i - 1) || ctx.is(i - 1, &["du", "au"]) || ctx.t(i - 1) == ",") {
        return None;
    }
    let a = if region { i + 1 } else { de_group(ctx, i + 1)? };
    if ctx.is(i + 1, NOT_DE) {
        return None;
    }
    let mut b = a;
    while b < a + 4 && name_word(ctx, b) && ctx.same_sent(i, b) && !ctx.has(b, flag::ELISION) {
        b += 1;
    }
    if b == a {
        return None;
    }
    let name = &ctx.text[ctx.bstart(a)..ctx.bend(b - 1)];
    let place = ctx
        .lex
        .lookup(name)
        .is_some_and(|e| e.etype == EntityType::Place);
    // (`Département d’État` is a ministry: that one needs a known place.)
    (place || ctx.t(i) != "Département").then_some((i, b))
}

/// The abbreviations that start sports clubs' names (`FC Nantes`, `AS Vita
/// Club`, `TP Mazembe`, `JS Kabylie`, `CS Sfaxien`).
static CLUB_PREFIXES: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "FC", "AS", "AC", "RC", "SC", "US", "ES", "JS", "CS", "CF", "TP", "ASC", "SM", "AJ", "OGC",
    "ASEC", "USM", "CR", "MC", "SO", "AFC", "ASO",
]);

/// A sports club: a club abbreviation and its name (`le TP Mazembe`, `l’AS
/// Vita Club`), or `Olympique` and its city (`l’Olympique de Marseille`,
/// `l’Olympique lyonnais`). Returns (start, end).
fn club(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let t = ctx.t(i);
    if t == "Olympique" && !ctx.sent_initial(i) {
        let n = i + 1;
        if (ctx.is(n, &["de"]) || ctx.is_elision(n, "d")) && name_word(ctx, n + 1) {
            return Some((i, n + 2));
        }
        // A city's adjective (`lyonnais`, `marseillais`, `béjaois`).
        let l = ctx.l(n);
        let city_adj = ["ais", "ois", "ain", "ien", "in"]
            .iter()
            .any(|e| l.ends_with(e));
        let adj = !ctx.is_cap(n)
            && is_word(ctx, n)
            && (ctx.lex.demonym(l).is_some() || city_adj && !super::looks_like_verb(l));
        return adj.then_some((i, n + 1));
    }
    if !CLUB_PREFIXES.contains(t) || !name_word(ctx, i + 1) || !ctx.same_sent(i, i + 1) {
        return None;
    }
    let mut b = i + 1;
    while b < i + 4
        && name_word(ctx, b)
        && ctx.same_sent(i, b)
        && !ctx.has(b, flag::ELISION)
        && !(ctx.lex.first_name(ctx.w(b)).is_some() && super::persons::name_tok(ctx, b + 1))
    {
        b += 1;
    }
    // A common word is no club's name (`AS Pour …` in a heading).
    (b > i + 1 && !is_common_word(ctx, i + 1)).then_some((i, b))
}

/// A sports team named by a nickname and its city after `les` (`les Sharks
/// de Halifax`, `des Alouettes de Montréal`): a capitalised plural that is no
/// word, place or demonym, `de`, and a known place. Returns (start, end).
fn team(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !ctx.is(i, &["les", "des", "aux"]) || !name_word(ctx, i + 1) {
        return None;
    }
    let n = i + 1;
    let t = ctx.t(n);
    if !t.ends_with('s')
        || ctx.has(n, flag::ALLCAPS)
        || is_common_word(ctx, n)
        || ctx.lex.demonym(ctx.w(n)).is_some()
        || ctx.lex.lookup(t).is_some()
    {
        return None;
    }
    let p = n + 1;
    if !(ctx.is(p, &["de"]) || ctx.is_elision(p, "d")) || !ctx.same_sent(n, p + 1) {
        return None;
    }
    let place = ctx
        .lex
        .lookup(ctx.t(p + 1))
        .is_some_and(|e| e.etype == EntityType::Place);
    place.then_some((n, p + 2))
}

/// Second pass: mentions that depend on first-pass entities.
// Not inlined: it runs once per article, and inlined into `entities::extract`
// it made that function's hot loops compile worse (callgrind, 600 articles:
// some 4 M instructions more). The effect depends on the whole build.
#[inline(never)]
pub fn propose_aliases(ctx: &Ctx, ents: &[Entity], out: &mut Vec<Candidate>) {
    let covered = covered_tokens(ctx, ents);
    repeated_names(
        ctx,
        ents,
        &covered,
        (EntityType::Org, "org:repeat", 1, 57),
        out,
    );
    short_mentions(ctx, ents, &covered, out);
    listed_with_orgs(ctx, ents, &covered, out);
    caps_repeats(ctx, ents, &covered, out);
    first_word_mentions(ctx, ents, &covered, out);
    // Acronyms known in this document, folded (`CTIC` → `ctic` also finds `Ctic`).
    let acronyms: rustc_hash::FxHashSet<Cow<str>> = ents
        .iter()
        .filter(|e| {
            e.etype == EntityType::Org
                && e.tok_end == e.tok_start + 1
                && ctx.has(e.tok_start, flag::ALLCAPS)
        })
        .map(|e| fold_span(ctx, e.start..e.end))
        .collect();
    // `Hydro` for `Hydro-Québec`: the first part of a hyphenated name.
    let heads: rustc_hash::FxHashSet<&str> = ents
        .iter()
        .filter(|e| e.etype == EntityType::Org && e.tok_end == e.tok_start + 1)
        .filter_map(|e| ctx.text[e.start..e.end].split_once('-').map(|(a, _)| a))
        .filter(|a| a.chars().count() >= 4 && !ctx.lex.is_common(&a.to_lowercase()))
        .collect();
    for (i, &cov) in covered.iter().enumerate() {
        if cov || !is_word(ctx, i) {
            continue;
        }
        let t = ctx.t(i);
        // (`Un protocole` after a dateline is the article, not `UN`.)
        if ctx.is_cap(i)
            && !ctx.is_initial_common(i)
            && (ctx.has(i, flag::ALLCAPS) || !ctx.lex.is_common(ctx.w(i)))
            && (!acronyms.is_empty() && acronyms.contains(&*fold_span(ctx, ctx.toks[i].range()))
                || heads.contains(&t))
        {
            out.push(Candidate::new(
                ctx.bstart(i),
                ctx.bend(i),
                EntityType::Org,
                "org:acronym-alias",
                60,
            ));
        }
    }
    for (k, e) in ents.iter().enumerate() {
        if e.etype != EntityType::Org {
            continue;
        }
        // `PNUD Maroc`, `CTIC Dakar`: an acronym followed by its country or
        // city; `Orange Mali`, `Moov Africa Côte d’Ivoire`: a name followed by
        // a country, the branch in that country.
        let acronym = e.tok_end == e.tok_start + 1 && ctx.has(e.tok_start, flag::ALLCAPS);
        if let Some(n) = ents.get(k + 1) {
            if n.etype == EntityType::Place
                && n.tok_start == e.tok_end
                && ctx.text[e.end..n.start] == *" "
                && !(ctx.is_cap(n.tok_end)
                    && ctx.same_sent(n.tok_start, n.tok_end)
                    && !ctx.has(n.tok_end, flag::NEWLINE))
            {
                let place = &ctx.text[n.start..n.end];
                let country = ctx
                    .lex
                    .lookup(place)
                    .is_some_and(|g| g.tags & crate::lexicon::tag::COUNTRY != 0);
                let rule = if acronym && n.tok_end == n.tok_start + 1 {
                    Some("org:acronym-place")
                } else {
                    country.then_some("org:country-branch")
                };
                if let Some(rule) = rule {
                    out.push(Candidate::new(e.start, n.end, EntityType::Org, rule, 70));
                }
            }
        }
        // `Caisse des Dépôts italienne “Cassa Depositi e Prestiti”`
        let mut j = e.tok_end;
        if is_adj(ctx, j) {
            j += 1;
        }
        if matches!(ctx.t(j), "«" | "\"" | "“") && ctx.same_sent(e.tok_start, j) {
            let a = j + 1;
            if let Some(close) =
                (a..(a + 10).min(ctx.len())).find(|&k| matches!(ctx.t(k), "»" | "\"" | "”"))
            {
                if close > a + 1 && name_word(ctx, a) && !covered[a] {
                    out.push(Candidate::new(
                        ctx.bstart(a),
                        ctx.bend(close - 1),
                        EntityType::Org,
                        "org:quoted-alias",
                        60,
                    ));
                }
            }
        }
    }
}

/// A name found once as an organisation is one wherever it appears again,
/// written the same way (`la société Hydrolis` … `d’Hydrolis`, a headline);
/// so is a person's full name (`Uhuru Kenyatta`, found after a title, is one
/// where no title introduces it). `kind` is the type, the rule, the fewest
/// tokens a name must have to repeat and the candidates' priority.
pub(crate) fn repeated_names(
    ctx: &Ctx,
    ents: &[Entity],
    covered: &[bool],
    (etype, rule, min_toks, prio): (EntityType, &'static str, usize, u8),
    out: &mut Vec<Candidate>,
) {
    // First token → the organisation names of the article that start with it,
    // as token ranges (told apart by their tokens' text).
    let mut names: rustc_hash::FxHashMap<&str, Vec<Range<usize>>> = Default::default();
    // Their first tokens' lowercase text, to turn away the other capitalised
    // words before hashing them (the shadow is lowercase char by char: the
    // same text has the same lowercase).
    let mut firsts = crate::lexicon::WordBloom::<4>::empty();
    let same_words = |a: &Range<usize>, b: &Range<usize>| {
        a.len() == b.len() && a.clone().zip(b.clone()).all(|(x, y)| ctx.t(x) == ctx.t(y))
    };
    for e in ents.iter().filter(|e| e.etype == etype) {
        let toks = e.tok_start..e.tok_end;
        // Only names that start with a capital and are not common words alone.
        if toks.len() < min_toks.max(1) {
            continue;
        }
        let first = ctx.t(e.tok_start);
        if !first.starts_with(char::is_uppercase)
            || toks.len() == 1 && is_common_word(ctx, e.tok_start)
        {
            continue;
        }
        firsts.insert(ctx.l(e.tok_start));
        let v = names.entry(first).or_default();
        if !v.iter().any(|r| same_words(r, &toks)) {
            v.push(toks);
        }
    }
    if names.is_empty() {
        return;
    }
    // (`is_cap` from the token read in order: this runs at every token.)
    for (i, t) in ctx.toks.iter().enumerate() {
        if !t.has(flag::CAP) || t.kind != TokKind::Word || !firsts.may_contain(ctx.w(i)) {
            continue;
        }
        let Some(cands) = names.get(ctx.t(i)) else {
            continue;
        };
        // A one-word name repeats only where no entity is; a longer one also
        // over shorter entities inside it (`France` in a second `France
        // Travail`, `AFG` and `CEA` in `AFG CEA`), which it then replaces.
        let best = cands
            .iter()
            .filter(|&seq| {
                i + seq.len() <= ctx.len()
                    && seq.clone().enumerate().all(|(k, w)| {
                        ctx.t(i + k) == ctx.t(w) && (seq.len() > 1 || !covered[i + k])
                    })
                    && inside_only(ents, i, i + seq.len())
            })
            .map(ExactSizeIterator::len)
            .max();
        // (Not where the name already is: nothing would change.)
        let k = ents.partition_point(|e| e.tok_start < i);
        let there = |n: usize| {
            ents[k..]
                .iter()
                .take_while(|e| e.tok_start == i)
                .any(|e| e.etype == etype && e.tok_end == i + n)
        };
        if let Some(n) = best.filter(|&n| !there(n)) {
            out.push(super::tok_span(ctx, (i, i + n), etype, rule, prio));
        }
    }
}

/// Do the entities that overlap tokens `a..b` all lie inside them?
fn inside_only(ents: &[Entity], a: usize, b: usize) -> bool {
    let k = ents.partition_point(|e| e.tok_end <= a);
    ents[k..]
        .iter()
        .take_while(|e| e.tok_start < b)
        .all(|e| e.tok_start >= a && e.tok_end <= b)
}

/// `l’Agence`, `la Région`, `l’Université` standing alone after the long
/// name (`l’Université du Luxembourg`) came first: the capitalised head noun
/// of an organisation found earlier, after an article, with no name after it.
fn short_mentions(ctx: &Ctx, ents: &[Entity], covered: &[bool], out: &mut Vec<Candidate>) {
    // The organisations a short mention may stand for: (head, entity).
    let mut heads: Vec<(&str, &Entity)> = Vec::new();
    for e in ents.iter().filter(|e| e.etype == EntityType::Org) {
        let h = e.tok_start;
        // Only where the head's complement names the body (`Université du
        // Luxembourg`), not its adjective (`Banque ouest-africaine de …`, whose
        // short form is its acronym).
        let named = de_group(ctx, h + 1).is_some_and(|n| n < e.tok_end && name_word(ctx, n));
        if named && ctx.is_cap(h) && ctx.lex.is_head(ctx.w(h)) {
            heads.push((ctx.t(h), e));
        }
    }
    if heads.is_empty() {
        return;
    }
    for (i, &cov) in covered.iter().enumerate() {
        if cov || !ctx.is_cap(i) || i == 0 || ctx.sent_initial(i) {
            continue;
        }
        // The last such organisation before it: the one it is short for; or
        // its head cut short, before or after (`l’Uni` for `l’Université du
        // Luxembourg`, also in a headline).
        let t = ctx.t(i);
        let cut = |h: &str| t.len() >= 3 && h.len() > t.len() + 2 && h.starts_with(t);
        let before = heads
            .iter()
            .rev()
            .find(|&&(h, e)| (h == t || cut(h)) && e.tok_start < i);
        let after = || heads.iter().find(|&&(h, e)| cut(h) && e.tok_start > i);
        let Some(&(h, long)) = before.or_else(after) else {
            continue;
        };
        let after_article = ctx.is_article(i - 1) || ctx.is(i - 1, &["du", "au", "aux"]);
        let name_follows = name_word(ctx, i + 1)
            || de_group(ctx, i + 1).is_some_and(|n| name_word(ctx, n) || content_word(ctx, n))
            || is_adj(ctx, i + 1);
        if after_article && !name_follows && !ctx.lex.is_ambiguous_head(ctx.w(i)) {
            let prio = if h == t { 56 } else { 60 };
            let mut c =
                super::tok_span(ctx, (i, i + 1), EntityType::Org, "org:short-mention", prio);
            // Its fullest name, so that coreference makes it one entity with it.
            c.canonical = Some(match &long.canonical {
                Some(n) => n.clone(),
                None => Cow::Owned(ctx.text[long.start..long.end].to_string()),
            });
            out.push(c);
        }
    }
}

/// One item of a list at token `k` (after an optional article): an entity
/// (its index) or an unknown capitalised name, which may end in a known place
/// (`Dessange Paris`). Returns (end, entity, start of the name).
fn list_item(
    ctx: &Ctx,
    ents: &[Entity],
    covered: &[bool],
    k: usize,
) -> Option<(usize, Option<usize>, usize)> {
    let k = if ctx.is_article(k) { k + 1 } else { k };
    if k >= ctx.len() {
        return None;
    }
    if covered[k] {
        let e = ents.partition_point(|e| e.tok_end <= k);
        let ent = ents.get(e).filter(|x| x.tok_start == k)?;
        return Some((ent.tok_end, Some(e), k));
    }
    let mut b = k;
    while b < ctx.len() && !covered[b] && name_word(ctx, b) && !ctx.is_initial_common(b) {
        b += 1;
    }
    if b == k {
        return None;
    }
    // `Dessange Paris`: a place right after the name belongs to it.
    let e = ents.partition_point(|e| e.tok_end <= b);
    if let Some(p) = ents
        .get(e)
        .filter(|x| x.tok_start == b && x.etype == EntityType::Place)
    {
        if ctx.toks[b].start == ctx.toks[b - 1].end + 1 {
            return Some((p.tok_end, None, k));
        }
    }
    Some((b, None, k))
}

/// `les partenaires sont ActivLife, Air France, Chopard, Kering et Nestlé`:
/// in a list of three names or more, two of them organisations and none
/// another kind of entity, the unknown names are organisations too.
fn listed_with_orgs(ctx: &Ctx, ents: &[Entity], covered: &[bool], out: &mut Vec<Candidate>) {
    // Only sentences with two organisations or more can hold such a list.
    let mut orgs_in = vec![0u8; ctx.sents.len()];
    for e in ents.iter().filter(|e| e.etype == EntityType::Org) {
        let s = ctx.sent_of.get(e.tok_start).map(|&s| s as usize);
        if let Some(n) = s.and_then(|s| orgs_in.get_mut(s)) {
            *n = n.saturating_add(1);
        }
    }
    // (One list reused: most names start no list, one item and no more.)
    let mut items = Vec::new();
    let mut i = 0;
    while i < ctx.len() {
        let s = ctx.sent_of[i] as usize;
        if orgs_in.get(s).is_none_or(|&n| n < 2) {
            i = ctx.sents.get(s).map_or(i + 1, |r| r.end.max(i + 1));
            continue;
        }
        if !(ctx.is_cap(i) || ctx.is_article(i)) {
            i += 1;
            continue;
        }
        let Some(first) = list_item(ctx, ents, covered, i) else {
            i += 1;
            continue;
        };
        items.clear();
        items.push(first);
        let mut j = first.0;
        loop {
            // `AOGC (Africa oil gas corporation)`: a parenthesis after an item.
            if ctx.t(j) == "(" {
                match (j + 1..(j + 8).min(ctx.len())).find(|&k| ctx.t(k) == ")") {
                    Some(c) => j = c + 1,
                    None => break,
                }
            }
            if !(ctx.t(j) == "," || ctx.is(j, &["et"])) || !ctx.same_sent(i, j + 1) {
                break;
            }
            let Some(item) = list_item(ctx, ents, covered, j + 1) else {
                break;
            };
            items.push(item);
            j = item.0;
        }
        let orgs = items
            .iter()
            .filter(|it| it.1.is_some_and(|e| ents[e].etype == EntityType::Org))
            .count();
        let others = items
            .iter()
            .filter(|it| it.1.is_some_and(|e| ents[e].etype != EntityType::Org))
            .count();
        if items.len() >= 3 && orgs >= 2 && others == 0 {
            for &(end, ent, start) in &items {
                if ent.is_none() {
                    let c = super::tok_span(ctx, (start, end), EntityType::Org, "org:list", 59);
                    out.push(c);
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Is token `i`'s lowercase form (`str::to_lowercase`) a common word? An
/// ASCII token's is its lowercase shadow, which needs no copy.
fn is_common_word(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.t(i);
    if t.is_ascii() {
        ctx.lex.is_common(ctx.w(i))
    } else {
        ctx.lex.is_common(&t.to_lowercase())
    }
}

/// [`fold`] of the text at byte range `r`. Plain ASCII (printable chars but
/// `@` and `#`, single spaces between words) folds to its lowercase, which the
/// lowercase shadow already holds: most names need no folded copy.
// It belongs with `fold` in text.rs; it lives here for the time being.
pub(crate) fn fold_span<'a>(ctx: &Ctx<'a>, r: Range<usize>) -> Cow<'a, str> {
    let s = &ctx.text[r.clone()];
    if folds_to_lowercase(s) {
        Cow::Borrowed(&ctx.lower[r])
    } else {
        Cow::Owned(fold(s))
    }
}

/// Does [`fold`] leave `s` as it is, up to ASCII case?
fn folds_to_lowercase(s: &str) -> bool {
    // A leading space is dropped by `fold`, as are doubled and trailing ones.
    let mut after_space = true;
    for &b in s.as_bytes() {
        if b == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if b.is_ascii_graphic() && b != b'@' && b != b'#' {
            after_space = false;
        } else {
            return false;
        }
    }
    !after_space || s.is_empty()
}

/// Which tokens an entity covers.
pub fn covered_tokens(ctx: &Ctx, ents: &[Entity]) -> Vec<bool> {
    let mut covered = vec![false; ctx.len()];
    for e in ents {
        for c in &mut covered[e.tok_start..e.tok_end.min(ctx.len())] {
            *c = true;
        }
    }
    covered
}

/// `Aarwerk` for `Aarwerk Energie`, `Verdemare` for `Verdemare Energia`:
/// the first word of a company's name whose other words say what kind of
/// company it is (a sector word or a legal form), as a later mention.
fn first_word_mentions(ctx: &Ctx, ents: &[Entity], covered: &[bool], out: &mut Vec<Candidate>) {
    let mut firsts: Vec<&str> = Vec::new();
    for e in ents.iter().filter(|e| e.etype == EntityType::Org && e.tok_end >= e.tok_start + 2) {
        let f = e.tok_start;
        let rest_generic = (f + 1..e.tok_end).all(|k| EN_SUFFIX.contains(ctx.w(k)) || LEGAL_FORMS.contains(ctx.w(k)));
        if rest_generic
            && name_word(ctx, f)
            && ctx.t(f).chars().count() >= 4
            && !is_common_word(ctx, f)
            && ctx.lex.lookup(ctx.t(f)).is_none()
            && ctx.lex.first_name(ctx.w(f)).is_none()
        {
            firsts.push(ctx.t(f));
        }
    }
    if firsts.is_empty() {
        return;
    }
    for (i, &cov) in covered.iter().enumerate() {
        if !cov && ctx.is_cap(i) && firsts.contains(&ctx.t(i)) && !name_word(ctx, i + 1) {
            out.push(super::tok_span(ctx, (i, i + 1), EntityType::Org, "org:repeat", 56));
        }
    }
}

/// `SONATRACH ET L’ITALIEN VERDEMARE ENERGIA SIGNENT …`: a headline in
/// capitals repeats names that the article writes in mixed case; each such
/// run of capitals is the organisation or place the article names so.
fn caps_repeats(ctx: &Ctx, ents: &[Entity], covered: &[bool], out: &mut Vec<Candidate>) {
    // The words in capitals, where a repeat may start: few or none in most
    // articles, so most have nothing more to do here. (Covered ones too: a
    // name of several words may take over a shorter entity.)
    // (The token's flag first, read in order: this runs at every token.)
    let starts: Vec<usize> = (ctx.toks.iter().enumerate())
        .filter(|&(_, t)| t.has(flag::ALLCAPS) && t.kind == TokKind::Word)
        .map(|(i, _)| i)
        .collect();
    if starts.is_empty() {
        return;
    }
    // First token in capitals → the names (their tokens in capitals) and type.
    // (Only names whose first word is one of those: no other is looked up.)
    let mut names: rustc_hash::FxHashMap<String, Vec<(Vec<String>, EntityType)>> = Default::default();
    for e in ents {
        if !matches!(e.etype, EntityType::Org | EntityType::Place)
            || e.tok_start >= e.tok_end
            || !ctx.text[e.start..e.end].chars().any(char::is_lowercase)
        {
            continue;
        }
        let first = ctx.t(e.tok_start);
        if !starts
            .iter()
            .any(|&i| ctx.t(i).chars().eq(first.chars().flat_map(char::to_uppercase)))
        {
            continue;
        }
        let toks: Vec<String> = (e.tok_start..e.tok_end).map(|k| ctx.t(k).to_uppercase()).collect();
        // (A short word alone in capitals is too often something else.)
        if toks.is_empty() || toks.len() == 1 && toks[0].chars().count() < 4 {
            continue;
        }
        let v = names.entry(toks[0].clone()).or_default();
        if !v.iter().any(|(t, _)| *t == toks) {
            v.push((toks, e.etype));
        }
    }
    if names.is_empty() {
        return;
    }
    for i in starts {
        let cov = covered[i];
        let Some(cands) = names.get(ctx.t(i)) else {
            continue;
        };
        // A name of several words also over shorter entities inside it
        // (`HAÏTI EAU PROPRE` over the place `HAÏTI`); one word only where
        // nothing is.
        let best = cands
            .iter()
            .filter(|(seq, _)| {
                let b = i + seq.len();
                b <= ctx.len()
                    && seq.iter().enumerate().all(|(k, w)| ctx.t(i + k) == w)
                    && ctx.same_sent(i, b - 1)
                    && if seq.len() == 1 { !cov } else { inside_only(ents, i, b) }
            })
            .max_by_key(|(seq, _)| seq.len());
        if let Some((seq, etype)) = best {
            let rule = if *etype == EntityType::Org { "org:repeat" } else { "place:repeat" };
            out.push(super::tok_span(ctx, (i, i + seq.len()), *etype, rule, 57));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        /// The shortcut of `fold_span` is exact: what it lets through, `fold` only lowercases.
        #[test]
        fn plain_ascii_folds_to_lowercase(s in "[ -~\t\n\u{b}\u{c}\r\u{1f}\u{a0}é’]{0,12}") {
            if folds_to_lowercase(&s) {
                prop_assert_eq!(fold(&s), s.to_ascii_lowercase());
            }
        }
    }

    #[test]
    fn plain_ascii_examples() {
        assert!(folds_to_lowercase("PNUD Maroc"));
        assert!(folds_to_lowercase(""));
        for s in [
            " PNUD",
            "PNUD ",
            "A  B",
            "@PNUD",
            "#PNUD",
            "A\tB",
            "Sénégal",
        ] {
            assert!(!folds_to_lowercase(s), "{s:?}");
        }
    }
}

