//! Stage 6: signing events: who signed what with whom.
//!
//! Rules over tokens and entities, one sentence at a time:
//!
//! 1. **Agreements**: instrument nouns (`protocole d’accord`, `convention de
//!    financement`, `mémorandum d’entente`, `accord de prêt`, `entente-cadre`…)
//!    with the number before them (`neuf protocoles`).
//! 2. **Triggers**: `signer` in its forms, `conclure`, `parapher`, `souscrire`,
//!    `sceller`, `signature de`, `faire signer`; planned, negated and
//!    hypothetical ones (`devrait signer`, `n’a pas signé`, `signera`, `sera
//!    marquée par la signature`) are dropped.
//! 3. **Participants**: the subject of an active verb (`X et Y ont signé`),
//!    `entre X et Y`, `avec X` (and `en compagnie de`, `impliquant`), the agent
//!    of a passive (`signé par le ministre …, A, et …, B`), enumerations split
//!    on `,`, `;`, `et` and `ainsi qu’avec`, `les gouvernements tunisien et
//!    italien`. Persons are signatories with their role and the body they
//!    represent; places are parties only when they are countries.
//! 4. **Implicit parties**: a passive without agent takes the article's host
//!    (`sous la présidence de la ministre de …`, `organisé par …`) or the
//!    parties of the group signing before it (`12 accords … Ainsi, un
//!    protocole … a été signé par …`).
//! 5. **One record per agreement**: when one side signs several instruments
//!    with several partners, each partner gets its own record; an anaphoric
//!    mention (`La convention a été signée par …`) adds to the record it
//!    refers to.

use crate::coref::{ellipsis_to_ministry, Clusters};
use crate::entities::{ministries::portfolio, Ctx, Entity, FigureKind};
use crate::lexicon::{tag, EntityType, WordBloom};
use crate::text::fold;
use crate::tokenize::TokKind;
use std::ops::Range;

/// A span of the text, maybe an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanRef {
    /// Byte start.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// The entity, when the span is one.
    pub entity: Option<usize>,
}

/// A party or signatory of a signing.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The entity mentioned, if any (a host party may be known only by a title).
    pub entity: Option<usize>,
    /// Its cluster.
    pub cluster: Option<usize>,
    /// Type.
    pub etype: EntityType,
    /// Fullest name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// A person who signed (rather than a party).
    pub signatory: bool,
    /// A signatory's function.
    pub role: Option<String>,
    /// The entity a signatory signs for.
    pub represents: Option<usize>,
    /// Left implicit by the text (the host).
    pub implicit: bool,
    /// The name folded ([`fold`]): participants are told apart by it.
    pub key: String,
}

/// One agreement signed.
#[derive(Debug, Clone, PartialEq)]
pub struct Signing {
    /// The instrument as written.
    pub agreement: SpanRef,
    /// Its normalised kind.
    pub kind: String,
    /// How many instruments the phrase stands for, when a number is given.
    pub count: Option<u64>,
    /// Parties and signatories.
    pub participants: Vec<Participant>,
    /// When.
    pub date: Option<SpanRef>,
    /// Where.
    pub place: Option<SpanRef>,
    /// How much.
    pub amount: Option<SpanRef>,
    /// What for (byte range).
    pub purpose: Option<Range<usize>>,
    /// The pattern that found it.
    pub rule: &'static str,
}

/// Instrument head nouns (singular and plural forms) → (kind, plural).
const INSTRUMENT_NOUNS: &[(&str, (&str, bool))] = &[
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
];

/// Words after `de` that continue an instrument's name (`protocole d’accord`).
static INSTRUMENT_COMPLEMENTS: crate::entities::WordSet = crate::entities::WordSet::new(&[
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
static INSTRUMENT_ADJ: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "cadre",
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
]);

/// Words that open the list of the other parties.
const WITH: &[&str] = &["avec"];

/// Words after which the named people are witnesses, not signatories.
const WITNESS: &[&[&str]] = &[
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
fn is_witness(ctx: &Ctx, i: usize) -> bool {
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
fn witness_phrase(ctx: &Ctx, i: usize) -> bool {
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
static PURPOSE: crate::entities::WordSet = crate::entities::WordSet::new(&[
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

/// Forms of the signing verbs (and their noun) with what each form says.
const VERB_FORMS: &[(&str, VerbForm)] = &[
    ("signé", VerbForm::Participle),
    ("signée", VerbForm::Participle),
    ("signés", VerbForm::Participle),
    ("signées", VerbForm::Participle),
    ("conclu", VerbForm::Participle),
    ("conclue", VerbForm::Participle),
    ("conclus", VerbForm::Participle),
    ("conclues", VerbForm::Participle),
    ("paraphé", VerbForm::Participle),
    ("paraphée", VerbForm::Participle),
    ("paraphés", VerbForm::Participle),
    ("paraphées", VerbForm::Participle),
    ("souscrit", VerbForm::Participle),
    ("souscrite", VerbForm::Participle),
    ("souscrits", VerbForm::Participle),
    ("souscrites", VerbForm::Participle),
    ("scellé", VerbForm::Participle),
    ("scellée", VerbForm::Participle),
    ("scellés", VerbForm::Participle),
    ("scellées", VerbForm::Participle),
    ("signe", VerbForm::Finite),
    ("signent", VerbForm::Finite),
    ("signa", VerbForm::Finite),
    ("signèrent", VerbForm::Finite),
    ("signait", VerbForm::Finite),
    ("signaient", VerbForm::Finite),
    ("conclut", VerbForm::Finite),
    ("concluent", VerbForm::Finite),
    ("conclurent", VerbForm::Finite),
    ("paraphe", VerbForm::Finite),
    ("paraphent", VerbForm::Finite),
    ("paraphèrent", VerbForm::Finite),
    ("scelle", VerbForm::Finite),
    ("scellent", VerbForm::Finite),
    ("souscrivent", VerbForm::Finite),
    ("souscrivit", VerbForm::Finite),
    ("signons", VerbForm::Finite),
    ("signer", VerbForm::Infinitive),
    ("conclure", VerbForm::Infinitive),
    ("parapher", VerbForm::Infinitive),
    ("souscrire", VerbForm::Infinitive),
    ("sceller", VerbForm::Infinitive),
    ("signera", VerbForm::Future),
    ("signeront", VerbForm::Future),
    ("signerait", VerbForm::Future),
    ("signeraient", VerbForm::Future),
    ("conclura", VerbForm::Future),
    ("concluront", VerbForm::Future),
    ("conclurait", VerbForm::Future),
    ("concluraient", VerbForm::Future),
    ("paraphera", VerbForm::Future),
    ("parapheront", VerbForm::Future),
    ("signerons", VerbForm::Future),
    ("signerai", VerbForm::Future),
    ("signature", VerbForm::Noun),
    ("signatures", VerbForm::Noun),
];

/// The form of a signing verb, if `w` is one.
fn verb_form(w: &str) -> Option<VerbForm> {
    cue(w)?.verb
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbForm {
    Participle,
    Finite,
    Infinitive,
    Future,
    Noun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    /// `X a signé`, `X signe`, `X a procédé à la signature`: the subject is a party.
    Active,
    /// `a été signé`, `signé entre`, `Signés avec`: no subject party.
    Passive,
    /// `la signature de … entre …`
    Nominal,
    /// `X a fait signer … à Y`
    Causative,
}

/// An instrument mention.
#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    end: usize,
    kind: String,
    count: Option<u64>,
    plural: bool,
    /// Determiner `le/la/l’/ce/cette/ces`: may refer to an instrument already seen.
    definite: bool,
    /// `projet d’accord`: not signed yet.
    draft: bool,
}

/// The kind of instrument a noun names and whether it is plural.
fn instrument_head(l: &str) -> Option<(&'static str, bool)> {
    cue(l)?.instrument
}

/// Nouns that stand for an instrument named before (`le texte`).
const ANAPHORIC_NOUNS: &[&str] = &["texte", "textes", "document", "documents"];

/// The tokens the rules start from, found in one pass over the document:
/// instrument nouns, signing verbs and host words are rare, and one probe of
/// [`CueWords::filter`] per token passes over the others.
struct Cues {
    /// Instrument heads and anaphoric nouns (where [`mentions`] looks).
    nouns: Vec<usize>,
    /// Words that are forms of a signing verb (where triggers are).
    verbs: Vec<usize>,
    /// Words of [`HOST_WORDS`].
    hosts: Vec<usize>,
    /// Words of [`BINDING`].
    binds: Vec<usize>,
    /// `gouvernement`, `gouvernements`.
    governments: Vec<usize>,
}

/// Nouns that announce the countries whose governments are parties.
const GOVERNMENT: &[&str] = &["gouvernement", "gouvernements"];

/// What a cue word is.
#[derive(Clone, Copy, Default)]
struct Cue {
    /// Bits: [`NOUN`], [`HOST`], [`BIND`], [`GOVERNS`].
    kinds: u8,
    /// As an instrument noun (of [`INSTRUMENT_NOUNS`]): its kind, and whether it is plural.
    instrument: Option<(&'static str, bool)>,
    /// As a form of a signing verb (of [`VERB_FORMS`]).
    verb: Option<VerbForm>,
}

/// An instrument noun or an anaphoric one.
const NOUN: u8 = 1;
/// A word of [`HOST_WORDS`].
const HOST: u8 = 2;
/// A word of [`BINDING`].
const BIND: u8 = 4;
/// A word of [`GOVERNMENT`].
const GOVERNS: u8 = 8;

/// Every cue word: [`INSTRUMENT_NOUNS`], [`ANAPHORIC_NOUNS`], [`VERB_FORMS`],
/// [`HOST_WORDS`], [`BINDING`] and [`GOVERNMENT`].
struct CueWords {
    /// Passes every cue word (and few others): one probe per token.
    filter: WordBloom<32>,
    /// What each word is: one lookup for a word that passes.
    cues: rustc_hash::FxHashMap<&'static str, Cue>,
}

fn cue_words() -> &'static CueWords {
    static WORDS: std::sync::OnceLock<CueWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut c = CueWords {
            filter: WordBloom::empty(),
            cues: rustc_hash::FxHashMap::with_capacity_and_hasher(160, Default::default()),
        };
        let mut add = |w: &'static str, f: &dyn Fn(&mut Cue)| {
            // `Cues::of` passes over the shorter tokens.
            debug_assert!(w.len() >= 3, "cue word {w:?} is too short");
            c.filter.insert(w);
            f(c.cues.entry(w).or_default());
        };
        for &(w, head) in INSTRUMENT_NOUNS {
            add(w, &|c| {
                c.kinds |= NOUN;
                // The first entry of a word wins.
                c.instrument = c.instrument.or(Some(head));
            });
        }
        for &w in ANAPHORIC_NOUNS {
            add(w, &|c| c.kinds |= NOUN);
        }
        for &(w, form) in VERB_FORMS {
            add(w, &|c| c.verb = Some(form));
        }
        for &w in HOST_WORDS {
            add(w, &|c| c.kinds |= HOST);
        }
        for &w in BINDING {
            add(w, &|c| c.kinds |= BIND);
        }
        for &w in GOVERNMENT {
            add(w, &|c| c.kinds |= GOVERNS);
        }
        c
    })
}

impl CueWords {
    /// What `w` is as a cue, if anything.
    #[inline]
    fn get(&self, w: &str) -> Option<&Cue> {
        // No cue is shorter than `mou`: `de`, `la`, `l'`, punctuation go by first.
        if w.len() < 3 || !self.filter.may_contain(w) {
            return None;
        }
        self.cues.get(w)
    }
}

/// What `w` is as a cue, if anything.
fn cue(w: &str) -> Option<&'static Cue> {
    cue_words().get(w)
}

impl Cues {
    fn of(ctx: &Ctx) -> Cues {
        let mut cues = Cues {
            nouns: Vec::new(),
            verbs: Vec::new(),
            hosts: Vec::new(),
            binds: Vec::new(),
            governments: Vec::new(),
        };
        let words = cue_words();
        for i in 0..ctx.len() {
            let Some(&Cue { kinds, verb, .. }) = words.get(ctx.l(i)) else {
                continue;
            };
            if kinds & NOUN != 0 {
                cues.nouns.push(i);
            }
            if verb.is_some() && ctx.kind(i) == Some(TokKind::Word) {
                cues.verbs.push(i);
            }
            if kinds & HOST != 0 {
                cues.hosts.push(i);
            }
            if kinds & BIND != 0 {
                cues.binds.push(i);
            }
            if kinds & GOVERNS != 0 {
                cues.governments.push(i);
            }
        }
        cues
    }
}

/// Finds instrument mentions, from the candidate nouns.
fn mentions(ctx: &Ctx, ents: &[Entity], nouns: &[usize]) -> Vec<Mention> {
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
        if ANAPHORIC_NOUNS.contains(&l)
            && i > 0
            && (ctx.is(i - 1, &["le", "ce", "ces", "les", "cet", "du", "des"])
                || ctx.is_elision(i - 1, "l"))
        {
            out.push(Mention {
                start: i,
                end: i + 1,
                kind: String::new(),
                count: None,
                plural: l.ends_with('s'),
                definite: true,
                draft: false,
            });
            continue;
        }
        let Some((kind, plural)) = instrument_head(l) else {
            continue;
        };
        // `d’accord` (agree), `en accord avec`, `accord de principe` are not instruments.
        if kind == "accord"
            && i > 0
            && (ctx.is_elision(i - 1, "d") || ctx.is(i - 1, &["en", "commun"]))
        {
            continue;
        }
        // `plan`, `programme`, `lettre`, `déclaration` only with their complement.
        let needs_complement = matches!(
            kind,
            "plan d'action" | "programme" | "lettre d'intention" | "déclaration"
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
        if needs_complement && words == 1 {
            continue;
        }
        if kind == "programme" && !(kind_s.contains("exécution") || kind_s.contains("execution")) {
            continue;
        }
        if kind == "plan d'action" {
            kind_s = "plan d'action".to_string();
        }
        // Determiner and count before the noun.
        let mut k = i;
        let mut count = None;
        if k > 0 && ctx.is_de(k - 1) && !ctx.is(k - 1, &["des", "du"]) {
            // `une vingtaine d’accords`, `trois conventions`
            k -= 1;
        }
        if k > 0 {
            if let Some(e) = ent_ending_at(ents, k)
                .map(|x| &ents[x])
                .filter(|e| e.etype == EntityType::Figure)
            {
                if let Some(f) = &e.figure {
                    if f.kind == FigureKind::Number {
                        if let crate::entities::FigureValue::Num(v) = f.value {
                            count = Some(v as u64);
                        }
                    }
                }
            }
        }
        let det = if count.is_some() {
            k.saturating_sub(2)
        } else {
            k.saturating_sub(1)
        };
        let definite = k > 0
            && (ctx.is(k - 1, &["le", "la", "les", "ce", "cet", "cette", "ces"])
                || ctx.is_elision(k - 1, "l"))
            && count.is_none();
        let draft =
            (det.saturating_sub(2)..i).any(|x| ctx.is(x, &["projet", "projets", "avant-projet"]));
        out.push(Mention {
            start: i,
            end: j,
            kind: kind_s,
            count,
            plural: plural || count.is_some_and(|c| c > 1),
            definite,
            draft,
        });
        free = j;
    }
    out
}

fn singular(w: &str) -> String {
    match w {
        "mémoranda" => "mémorandum".into(),
        "ententes-cadres" => "entente-cadre".into(),
        "conventions-cadres" => "convention-cadre".into(),
        "accords-cadres" => "accord-cadre".into(),
        _ => w.strip_suffix('s').unwrap_or(w).to_string(),
    }
}

/// A signing verb or noun, with its voice; None when planned, negated or hypothetical.
fn trigger_at(ctx: &Ctx, i: usize) -> Option<Voice> {
    let l = ctx.l(i);
    let form = verb_form(l)?;
    let before = |n: usize| {
        (i.saturating_sub(n)..i)
            .map(|k| ctx.l(k))
            .collect::<Vec<_>>()
    };
    let b4 = before(4);
    let negated = b4
        .iter()
        .any(|w| matches!(*w, "pas" | "jamais" | "point" | "guère"))
        || ctx.is(i + 1, &["pas", "jamais"])
        || b4.iter().any(|w| *w == "n’" || *w == "n'" || *w == "ne")
            && (i..(i + 3).min(ctx.len())).any(|k| ctx.is(k, &["pas", "jamais", "plus", "point"]));
    if negated {
        return None;
    }
    const MODAL: &[&str] = &[
        "devrait",
        "devraient",
        "doit",
        "doivent",
        "va",
        "vont",
        "pourrait",
        "pourraient",
        "sera",
        "seront",
        "serait",
        "seraient",
        "compte",
        "comptent",
        "prévoit",
        "prévoient",
        "envisage",
        "envisagent",
        "souhaite",
        "souhaitent",
        "veut",
        "veulent",
        "entend",
        "entendent",
        "apprête",
        "apprêtent",
        "devra",
        "devront",
        "permettra",
        "permettront",
        "aura",
        "auront",
        "prévue",
        "prévu",
        "prévues",
        "prévus",
        "projette",
        "pourra",
        "pourront",
        "négocier",
        "avant",
        "future",
        "prochaine",
        "attendue",
        "attendu",
    ];
    match form {
        VerbForm::Future => None,
        VerbForm::Noun => {
            let b = before(5);
            if b.iter().any(|w| {
                MODAL.contains(w)
                    || matches!(
                        *w,
                        "vue" | "projet" | "préparation" | "prépare" | "préparer"
                    )
            }) {
                return None;
            }
            // `a procédé à la signature de`, also across `, mardi à Ouagadougou,`,
            // and `ont apposé leur signature au bas du document`: active.
            let proceeded = (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&k| {
                    ctx.same_sent(k, i) && !matches!(ctx.t(k), ";" | ":" | "." | "(" | ")")
                })
                .any(|k| {
                    ctx.is(
                        k,
                        &[
                            "procédé",
                            "procède",
                            "procèdent",
                            "procédaient",
                            "apposé",
                            "apposée",
                            "apposés",
                            "apposent",
                            "appose",
                        ],
                    )
                });
            if proceeded {
                return Some(Voice::Active);
            }
            Some(Voice::Nominal)
        }
        VerbForm::Infinitive => {
            // Only `vient de signer`, `a fait signer` count as done.
            if b4.iter().any(|w| MODAL.contains(w)) {
                return None;
            }
            let p1 = if i > 0 { ctx.l(i - 1) } else { "" };
            let p2 = if i > 1 { ctx.l(i - 2) } else { "" };
            if p1 == "fait" && !MODAL.contains(&p2) {
                return Some(Voice::Causative);
            }
            if p1 == "de" && matches!(p2, "vient" | "viennent" | "venons" | "venait" | "venaient") {
                return Some(Voice::Active);
            }
            None
        }
        VerbForm::Finite => {
            if b4.iter().any(|w| MODAL.contains(w))
                || ctx.is(i.saturating_sub(1), &["si", "s’il", "s'il"])
            {
                return None;
            }
            // `un signe fort`, `le scelle`: after a determiner it is a noun.
            if i > 0
                && (ctx.is(
                    i - 1,
                    &[
                        "un", "le", "ce", "du", "des", "les", "ces", "son", "sa", "en", "de", "au",
                        "aux", "bon", "fort", "seul",
                    ],
                ) || ctx.is_elision(i - 1, "l"))
            {
                return None;
            }
            Some(Voice::Active)
        }
        VerbForm::Participle => {
            let b3 = before(3);
            if b3
                .iter()
                .any(|w| MODAL.contains(w) || matches!(*w, "être" | "sont-ils"))
            {
                return None;
            }
            let p1 = if i > 0 { ctx.l(i - 1) } else { "" };
            let passive_aux = matches!(
                p1,
                "été" | "est" | "sont" | "fut" | "furent" | "était" | "étaient"
            ) || b3.contains(&"été");
            let active_aux = matches!(
                p1,
                "a" | "ont" | "avait" | "avaient" | "aura" | "avons" | "avez" | "eut"
            ) || (i > 1
                && matches!(ctx.l(i - 2), "a" | "ont" | "avait" | "avaient")
                && ctx.kind(i - 1) == Some(TokKind::Word)
                && ctx.l(i - 1).ends_with("ment"))
                || (i > 1
                    && matches!(ctx.l(i - 2), "a" | "ont")
                    && matches!(
                        p1,
                        "aussi" | "également" | "déjà" | "enfin" | "hier" | "ainsi"
                    ));
            // `X ont pour leur part signé`: the auxiliary a few adverbial words before.
            let active_aux = active_aux
                || (i.saturating_sub(5)..i)
                    .rev()
                    .find(|&k| ctx.is(k, &["a", "ont", "avait", "avaient"]))
                    .is_some_and(|k| {
                        (k + 1..i).all(|x| {
                            ctx.kind(x) == Some(TokKind::Word)
                                && !ctx.is_cap(x)
                                && !ctx.is(x, &["été", "être", "et", "qui", "que"])
                                && verb_form(ctx.l(x)).is_none()
                        })
                    });
            // `X a, pour sa part, conclu`: the auxiliary before a parenthetical.
            let active_aux = active_aux || {
                let mut k = i;
                let mut ok = false;
                if k > 0 && ctx.t(k - 1) == "," {
                    k -= 1;
                    let lim = k.saturating_sub(8);
                    while k > lim {
                        k -= 1;
                        if ctx.t(k) == "," {
                            ok = k > 0 && ctx.is(k - 1, &["a", "ont"]);
                            break;
                        }
                    }
                }
                ok
            };
            if passive_aux {
                Some(Voice::Passive)
            } else if active_aux {
                Some(Voice::Active)
            } else {
                Some(Voice::Passive)
            }
        }
    }
}

/// The article's host: who presides or organises (`sous la présidence de la
/// ministre de …`, `organisé par le ministère …`).
struct Host {
    participant: Participant,
}

/// Words that can announce the host of an event.
const HOST_WORDS: &[&str] = &[
    "présidé",
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
fn find_host(ctx: &Ctx, ents: &[Entity], clusters: &Clusters, hosts: &[usize]) -> Option<Host> {
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
        let organised = ctx.is(i, &["organisé", "organisée", "organisés", "organisées"])
            && ctx.is(i + 1, &["par"]);
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
fn handle_fits(handle: &str, portfolio: &str) -> bool {
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

fn participant_of(
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
fn can_participate(ctx: &Ctx, ents: &[Entity], k: usize) -> bool {
    let e = &ents[k];
    match e.etype {
        EntityType::Figure => false,
        EntityType::Place => {
            // `la région Bourgogne-Franche-Comté`, `la ville de Dakar`: the authority is a party.
            let mut p = e.tok_start;
            if p > 0 && ctx.is_de(p - 1) {
                p -= 1;
            }
            if p > 0 && crate::entities::places::is_area_noun(ctx.l(p - 1)) {
                return true;
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

/// Words that may stand before a participant at the start of a group.
fn skippable(ctx: &Ctx, i: usize) -> bool {
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
enum GroupState {
    /// Waiting for the entity that starts a group.
    Expect,
    /// Inside a group.
    In,
    /// Past a purpose clause: ignore until the next separator.
    Cut,
}

/// Splits a list region into groups of entity indices (`A, B et C`, `avec A ;
/// avec B`): a group starts with an entity (after articles and nouns such as
/// `l’initiative internationale «`); a purpose clause (`pour …`) is skipped;
/// a group that starts with anything else ends the list.
fn groups_in(
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
            if state != GroupState::Cut && can_participate(ctx, ents, e) {
                if !first_side.contains(&e) {
                    cur.push(e);
                }
                state = GroupState::In;
            } else if state == GroupState::Expect {
                state = GroupState::Cut;
            }
            i = ent.tok_end.max(i + 1);
            continue;
        }
        let t = ctx.t(i);
        if matches!(t, "," | ";" | ":") || ctx.is(i, WITH) {
            if !cur.is_empty() {
                groups.push(std::mem::take(&mut cur));
            }
            state = GroupState::Expect;
            i += 1;
            continue;
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

fn starts_with(ctx: &Ctx, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| ctx.l(i + k) == *w)
}

/// The role of a person entity: the title phrase next to it (`le ministre de
/// l’Économie, A` or `A, directeur général de B`), and the body in that phrase.
fn role_of(ctx: &Ctx, ents: &[Entity], e: usize) -> (Option<String>, Option<usize>) {
    let p = &ents[e];
    // After: `A, directeur général de la BAD pour le Cameroun,`
    let mut j = p.tok_end;
    if ctx.t(j) == "," {
        j += 1;
        if ctx.is_article(j) {
            j += 1;
        }
        if let Some((n, crate::lexicon::TitleKind::Function)) = ctx.title_at(j) {
            let end = phrase_end(ctx, j + n);
            return role_span(ctx, ents, j, end, e);
        }
    }
    // Before: `le directeur général de l’ASF, M. Anis Rahabi`
    let mut k = p.tok_start;
    while k > 0
        && (ctx.t(k - 1) == "."
            || ctx
                .title_at(k - 1)
                .is_some_and(|(_, kind)| kind == crate::lexicon::TitleKind::Civil))
    {
        k -= 1;
    }
    if k > 0 && ctx.t(k - 1) == "," {
        let stop = k - 1;
        let mut s = stop;
        let lim = stop.saturating_sub(25);
        while s > lim && ctx.same_sent(s - 1, stop) {
            s -= 1;
            if let Some((_, crate::lexicon::TitleKind::Function)) = ctx.title_at(s) {
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
                return role_span(ctx, ents, a, stop, e);
            }
            if matches!(ctx.t(s), ";" | "(" | ")") || ctx.is(s, &["par", "entre", "avec"]) {
                break;
            }
        }
    }
    // Right before with no comma: `le Premier ministre portugais Antonio Costa`
    (None, None)
}

fn phrase_end(ctx: &Ctx, from: usize) -> usize {
    let mut j = from;
    while j < ctx.len()
        && ctx.same_sent(from.saturating_sub(1), j)
        && !matches!(ctx.t(j), "," | ";" | "." | ")" | "(" | "»")
        && !ctx.is(j, &["et", "a", "ont"])
    {
        j += 1;
    }
    j
}

fn role_span(
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
    let body = ents[lo..hi]
        .iter()
        .enumerate()
        .map(|(k, q)| (k + lo, q))
        .find(|(k, q)| {
            let inside = *k != person && q.tok_start >= a && q.tok_end <= b;
            // A country the person works for (`ambassadeur de France`), not where (`au Mali`).
            let country_of = q.etype == EntityType::Place
                && q.tok_start > 0
                && (ctx.is_de(q.tok_start - 1) || ctx.is(q.tok_start - 1, &["pour"]))
                && can_participate(ctx, ents, *k);
            inside && (matches!(q.etype, EntityType::Org | EntityType::Ministry) || country_of)
        })
        .map(|(k, _)| k);
    (Some(text), body)
}

/// The latest person before token `before` whose role starts with `title`
/// (`le ministre` → `le ministre des Affaires économiques, Sidi Ould Cheikh`).
fn titled_person_before(ctx: &Ctx, ents: &[Entity], title: &str, before: usize) -> Option<usize> {
    let end = ents.partition_point(|e| e.tok_end <= before);
    (end.saturating_sub(200)..end).rev().find(|&e| {
        ents[e].etype == EntityType::Person
            && role_of(ctx, ents, e).0.is_some_and(|r| {
                let r = r.to_lowercase();
                r.split_whitespace().next() == Some(title)
            })
    })
}

/// `les gouvernements tunisien et italien`, `le gouvernement malien`: the
/// countries, from the `gouvernement` tokens of the document (`governments`).
fn government_parties(ctx: &Ctx, governments: &[usize], region: Range<usize>) -> Vec<Participant> {
    let mut out = Vec::new();
    let lo = governments.partition_point(|&i| i < region.start);
    let hi = governments.partition_point(|&i| i < region.end);
    for &i in &governments[lo..hi.max(lo)] {
        let mut j = i + 1;
        while j < region.end {
            if let Some(country) = ctx.lex.demonym(ctx.l(j)) {
                let adj = ctx.t(j);
                out.push(Participant {
                    entity: None,
                    cluster: None,
                    etype: EntityType::Place,
                    key: fold(country),
                    name: country.to_string(),
                    aliases: vec![format!("gouvernement {}", singular(adj))],
                    signatory: false,
                    role: None,
                    represents: None,
                    implicit: false,
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
fn entities_in(ctx: &Ctx, ents: &[Entity], region: Range<usize>) -> Vec<usize> {
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
        {
            break;
        }
        if let Some(e) = walk.starting_at(i) {
            if can_participate(ctx, ents, e) {
                out.push(e);
            }
            i = ents[e].tok_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

struct Draft {
    mention: Mention,
    rule: &'static str,
    sent: usize,
    trigger: usize,
    first: Vec<Participant>,
    groups: Vec<Vec<Participant>>,
    signatories: Vec<Participant>,
    implicit: bool,
}

fn dedupe(ps: &mut Vec<Participant>) {
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
                ps.swap(kept, k);
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

fn to_participants(
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
fn ent_starting_at(ents: &[Entity], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.tok_start < i);
    (k < ents.len() && ents[k].tok_start == i).then_some(k)
}

/// [`ent_starting_at`] along a walk over increasing token positions: each
/// question moves a cursor forward instead of searching the whole list.
struct EntWalk<'e> {
    ents: &'e [Entity],
    /// The first entity that does not start before the last position asked.
    k: usize,
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
fn ent_ending_at(ents: &[Entity], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.tok_end < i);
    (k < ents.len() && ents[k].tok_end == i).then_some(k)
}

/// The entity whose tokens include `i`.
fn ent_covering(ents: &[Entity], i: usize) -> Option<usize> {
    let k = ents.partition_point(|e| e.tok_start <= i);
    (k > 0 && ents[k - 1].tok_end > i).then(|| k - 1)
}

/// Finds the signings of a document.
pub fn extract(ctx: &Ctx, ents: &[Entity], clusters: &Clusters) -> Vec<Signing> {
    let cues = Cues::of(ctx);
    let ms = mentions(ctx, ents, &cues.nouns);
    let host = find_host(ctx, ents, clusters, &cues.hosts);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut any_trigger = false;
    for (si, s) in ctx.sents.iter().enumerate() {
        let verbs = {
            let lo = cues.verbs.partition_point(|&i| i < s.start);
            let hi = cues.verbs.partition_point(|&i| i < s.end);
            &cues.verbs[lo..hi]
        };
        let triggers: Vec<(usize, Voice)> = verbs
            .iter()
            .filter_map(|&i| trigger_at(ctx, i).map(|v| (i, v)))
            .collect();
        let lo = ms.partition_point(|m| m.start < s.start);
        let hi = ms.partition_point(|m| m.start < s.end);
        let sent_ms: Vec<&Mention> = ms[lo..hi].iter().collect();
        any_trigger |= !triggers.is_empty();
        // `un accord-cadre liant X à Y`, `la convention lie X à Y`.
        for (k, m) in sent_ms.iter().enumerate() {
            let next = sent_ms.get(k + 1).map_or(s.end, |x| x.start);
            if let Some(d) = binding_draft(ctx, ents, clusters, &cues.binds, m, next, si) {
                drafts.push(d);
            }
        }
        if triggers.is_empty() {
            // `des partenariats avec plusieurs ministères : celui de …` after a signing.
            if !drafts.is_empty() {
                for m in &sent_ms {
                    if ctx.is(m.end, WITH) && !m.draft {
                        let d = build(
                            ctx,
                            ents,
                            clusters,
                            &cues.governments,
                            (*m).clone(),
                            m.end - 1,
                            Voice::Passive,
                            si,
                            s.clone(),
                            m.end,
                            "signed:instrument-with",
                        );
                        drafts.push(d);
                    }
                }
            }
            continue;
        }
        let mut used: Vec<usize> = Vec::new();
        for (ti, &(t, voice)) in triggers.iter().enumerate() {
            // This trigger's scope ends at the next trigger, or at the next
            // trigger's own instrument when that one stands before it and is not
            // this trigger's (`a signé … une convention, en application de
            // l’accord signé entre …`).
            let scope_end = triggers.get(ti + 1).map_or(s.end, |&(n, nv)| {
                let first_after = sent_ms
                    .iter()
                    .filter(|m| m.start > t && m.start < n)
                    .map(|m| m.start)
                    .min();
                let own_of_next = sent_ms
                    .iter()
                    .filter(|m| m.start > t && m.end <= n)
                    .map(|m| m.start)
                    .max();
                match (nv, first_after, own_of_next) {
                    (Voice::Passive, Some(f), Some(o)) if f != o => o,
                    _ => n,
                }
            });
            let m = pick_mention(&sent_ms, t, voice, scope_end);
            let m = match m {
                Some(m) if m.draft => continue,
                Some(m) => m.clone(),
                None => {
                    // `Elle a été signée par …`: a pronoun for the instrument just named.
                    let pronoun = ctx.is(
                        ctx.first_word_of(si),
                        &[
                            "elle",
                            "il",
                            "elles",
                            "ils",
                            "celle-ci",
                            "celui-ci",
                            "celles-ci",
                            "ceux-ci",
                        ],
                    );
                    if voice == Voice::Passive && pronoun {
                        Mention {
                            start: t,
                            end: t + 1,
                            kind: String::new(),
                            count: None,
                            plural: false,
                            definite: true,
                            draft: false,
                        }
                    } else if voice != Voice::Active {
                        continue;
                    } else {
                        // No instrument named: the verb stands for it (`ont signé jeudi`).
                        Mention {
                            start: t,
                            end: t + 1,
                            kind: "accord".into(),
                            count: None,
                            plural: false,
                            definite: false,
                            draft: false,
                        }
                    }
                }
            };
            used.push(m.start);
            // Lists of parties belong to the nearest instrument before them: stop
            // at the next instrument that is not this trigger's own.
            let list_end = sent_ms
                .iter()
                .filter(|x| x.start > t.max(m.end.saturating_sub(1)) && x.start != m.start)
                .map(|x| x.start)
                .min()
                .map_or(scope_end, |x| x.min(scope_end));
            let rule = match voice {
                Voice::Active => "signed:active",
                Voice::Passive => "signed:passive",
                Voice::Nominal => "signed:nominal",
                Voice::Causative => "signed:causative",
            };
            let mut d = build(
                ctx,
                ents,
                clusters,
                &cues.governments,
                m,
                t,
                voice,
                si,
                s.start..list_end,
                t + 1,
                rule,
            );
            d.trigger = t;
            drafts.push(d);
        }
        // Instruments listed after an active signing, each with its own partner:
        // `le ministre a signé deux textes : un accord de don avec l’UE ; et une
        // convention avec l’AFD`.
        for (k, m) in sent_ms.iter().enumerate() {
            if used.contains(&m.start) || m.draft || m.kind.is_empty() {
                continue;
            }
            // The last active signing verb before it, else the last signing verb.
            let active = triggers
                .iter()
                .rev()
                .find(|&&(t, v)| t < m.start && v == Voice::Active);
            let Some(&(t, tv)) =
                active.or_else(|| triggers.iter().rev().find(|&&(t, _)| t < m.start))
            else {
                continue;
            };
            let next = sent_ms.get(k + 1).map_or(s.end, |x| x.start);
            // After a passive (`Deux accords ont été conclus : une convention entre X et Y, …`)
            // only an `entre` list names both sides.
            let words: &[&str] = if tv == Voice::Active {
                &["avec", "entre"]
            } else {
                &["entre"]
            };
            let has_list = (m.end..next).any(|x| ctx.is(x, words));
            if has_list {
                let mut d = build(
                    ctx,
                    ents,
                    clusters,
                    &cues.governments,
                    (*m).clone(),
                    t,
                    if tv == Voice::Active {
                        Voice::Active
                    } else {
                        Voice::Nominal
                    },
                    si,
                    s.start..next,
                    m.end,
                    "signed:listed",
                );
                d.trigger = t;
                drafts.push(d);
            }
        }
    }
    // `liant X à Y` describes an instrument; it is a signing only in an
    // article that reports one.
    if !any_trigger {
        drafts.retain(|d| d.rule != "signed:binding");
    }
    finish(ctx, ents, clusters, &ms, drafts, host)
}

/// Verbs that say whom an instrument binds.
const BINDING: &[&str] = &[
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
fn binding_draft(
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
    })
}

fn pick_mention<'m>(
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

#[allow(clippy::too_many_arguments)]
fn build(
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
    if matches!(voice, Voice::Active | Voice::Causative) {
        let mut a = s.start;
        for k in (s.start..t).rev() {
            if matches!(ctx.t(k), ";" | ":" | "–" | "—") {
                a = k + 1;
                break;
            }
        }
        let clause_end = if m.start < t && m.start >= a {
            m.start
        } else {
            t
        };
        first_idx = entities_in(ctx, ents, a..clause_end);
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
    }
    // `entre X et Y`
    let mut groups_idx: Vec<Vec<usize>> = Vec::new();
    let mut signatory_idx: Vec<usize> = Vec::new();
    // `signée … pour le compte d’Investissement Québec`, `au nom de la BAD`: a party.
    for k in list_from.min(s.end)..s.end {
        let on_behalf = if starts_with(ctx, k, &["pour", "le", "compte"]) {
            Some(k + 3)
        } else if starts_with(ctx, k, &["au", "nom"]) {
            Some(k + 2)
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
    }
    let mut k = list_from.min(s.end);
    while k < s.end {
        if k >= m.start && k < m.end {
            k = m.end;
            continue;
        }
        if ctx.is(k, &["entre"]) {
            let end = region_end(ctx, k + 1, s.end);
            let idx = entities_in(ctx, ents, k + 1..end);
            let (persons, bodies): (Vec<usize>, Vec<usize>) = idx
                .into_iter()
                .partition(|&e| ents[e].etype == EntityType::Person);
            signatory_idx.extend(persons);
            first_idx.extend(bodies);
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
            let g = groups_in(ctx, ents, k..end, &first_idx);
            for grp in g {
                let (persons, bodies): (Vec<usize>, Vec<usize>) = grp
                    .into_iter()
                    .partition(|&e| ents[e].etype == EntityType::Person);
                if !bodies.is_empty() {
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
            signatory_idx.extend(
                entities_in(ctx, ents, k + 1..end)
                    .into_iter()
                    .filter(|&e| ents[e].etype == EntityType::Person),
            );
            k = end;
            continue;
        }
        k += 1;
    }
    // `entre` right after the instrument when the verb comes later (`L’accord … entre X et Y a été signé`).
    if first_idx.is_empty() && m.end < t && ctx.is(m.end, &["entre"]) {
        let end = region_end(ctx, m.end + 1, t);
        let idx = entities_in(ctx, ents, m.end + 1..end);
        let (persons, bodies): (Vec<usize>, Vec<usize>) = idx
            .into_iter()
            .partition(|&e| ents[e].etype == EntityType::Person);
        signatory_idx.extend(persons);
        first_idx.extend(bodies);
    }
    let mut first = to_participants(ctx, ents, clusters, &first_idx);
    first.extend(government_parties(ctx, governments, s.clone()));
    let groups: Vec<Vec<Participant>> = groups_idx
        .iter()
        .map(|g| to_participants(ctx, ents, clusters, g))
        .filter(|g| !g.is_empty())
        .collect();
    let signatories = to_participants(ctx, ents, clusters, &signatory_idx);
    let implicit = first.iter().all(|p| p.signatory) && voice != Voice::Active;
    Draft {
        mention: m,
        rule,
        sent: si,
        trigger: t,
        first,
        groups,
        signatories,
        implicit,
    }
}

/// Plural nouns that, after `les deux` (`trois`, `quatre`), stand for parties
/// named before, with the entity types they may stand for.
const COUNTED_PARTIES: &[(&str, &[EntityType])] = &[
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
];

/// `les deux institutions` in `region`: as many distinct possible parties of
/// the noun's types, the last named before it from token `back_to` on (its
/// sentence and the one before); none unless there are exactly enough.
fn counted_parties(
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
        let n = match ctx.l(k + 1) {
            "deux" => 2,
            "trois" => 3,
            "quatre" => 4,
            _ => return None,
        };
        let noun = ctx.l(k + 2);
        let &(_, types) = COUNTED_PARTIES.iter().find(|(w, _)| *w == noun)?;
        Some((k, n, types))
    }) else {
        return Vec::new();
    };
    let mut picked: Vec<usize> = Vec::new();
    let mut seen: Vec<Option<usize>> = Vec::new();
    for e in (0..ents.partition_point(|e| e.tok_start < k)).rev() {
        if ents[e].tok_start < back_to || picked.len() > n {
            break;
        }
        if !types.contains(&ents[e].etype) || !can_participate(ctx, ents, e) {
            continue;
        }
        let c = clusters.of_entity.get(e).copied().flatten();
        if c.is_some() && seen.contains(&c) {
            continue;
        }
        seen.push(c);
        picked.push(e);
    }
    if picked.len() != n {
        return Vec::new();
    }
    picked.reverse();
    picked
}

/// Is `par` at `k` the agent of the signing verb at `t` (not of `présidée par`)?
fn agent_par(ctx: &Ctx, t: usize, k: usize) -> bool {
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
                || matches!(l, "lors" | "présidé" | "organisé" | "qui"))
    })
}

/// Where a participant list ends: a witness phrase, a closing punctuation of
/// the sentence, or the scope's end.
fn region_end(ctx: &Ctx, from: usize, end: usize) -> usize {
    let mut j = from;
    while j < end {
        if is_witness(ctx, j) || ctx.is(j, &["a", "ont"]) && j > from + 1 {
            return j;
        }
        j += 1;
    }
    end
}

fn finish(
    ctx: &Ctx,
    ents: &[Entity],
    clusters: &Clusters,
    ms: &[Mention],
    drafts: Vec<Draft>,
    host: Option<Host>,
) -> Vec<Signing> {
    let mut out: Vec<Signing> = Vec::new();
    // Parties of the last group signing, for later sub-agreements that name none.
    let mut context: Vec<Participant> = Vec::new();
    // The record made for each instrument mention (by its first token).
    let mut by_mention: rustc_hash::FxHashMap<usize, usize> = Default::default();
    // The latest record each cluster takes part in (records only grow in number,
    // so the latest is the largest index): anaphoric mentions look up here.
    let mut latest: rustc_hash::FxHashMap<usize, usize> = Default::default();
    // Signings that named too few parties for a record, by instrument mention,
    // with the parties they did name.
    let mut unmade: rustc_hash::FxHashMap<usize, (Draft, Vec<Participant>)> = Default::default();
    let note = |latest: &mut rustc_hash::FxHashMap<usize, usize>, rec: &Signing, k: usize| {
        for p in &rec.participants {
            if let Some(c) = p.cluster {
                latest.insert(c, k);
            }
        }
    };
    for mut d in drafts {
        // A second trigger on the same instrument (`un accord … avec l’UE,
        // paraphé par son ambassadeur, X`) adds to the record already made.
        if let Some(&r) = by_mention.get(&d.mention.start) {
            absorb(ctx, ents, clusters, &mut out[r], &mut d);
            note(&mut latest, &out[r], r);
            continue;
        }
        let explicit_parties = !d.first.is_empty() || !d.groups.is_empty();
        // `Un accord de prêt a été signé entre X et Y. … L’accord a été signé
        // au nom de X par A et pour le compte de Y par B`: the same instrument
        // told again, with its signatories; it names no party the record lacks.
        if d.mention.definite && !d.mention.plural && explicit_parties {
            let told_again = (0..out.len()).rev().find(|&r| {
                refers_to(&d.mention.kind, &out[r].kind)
                    && d.first.iter().chain(d.groups.iter().flatten()).all(|p| {
                        p.cluster.is_some()
                            && out[r].participants.iter().any(|q| q.cluster == p.cluster)
                    })
            });
            if let Some(r) = told_again {
                absorb(ctx, ents, clusters, &mut out[r], &mut d);
                note(&mut latest, &out[r], r);
                continue;
            }
        }
        // `Le document a été signé par …`: the instrument named before, when there is one.
        if d.mention.kind.is_empty() && !out.is_empty() {
            let target = best_target(&latest, clusters, &d.signatories).unwrap_or(out.len() - 1);
            absorb(ctx, ents, clusters, &mut out[target], &mut d);
            note(&mut latest, &out[target], target);
            continue;
        }
        // `… par la signature d’un mémorandum d’entente. Le texte a été signé
        // par …` with no record yet: the text is the instrument named last
        // before it, in its sentence or the two before.
        if d.mention.kind.is_empty() {
            if let Some(a) = antecedent(ctx, ms, &d.mention, d.sent, |x| !x.kind.is_empty()) {
                d.mention = Mention {
                    definite: true,
                    draft: false,
                    ..a.clone()
                };
            }
        }
        if d.mention.kind.is_empty() && explicit_parties {
            d.mention.kind = "accord".into();
        }
        // `X et Y ont conclu une entente … L’entente a été paraphée par A et B`,
        // where the first sentence named too few parties for a record: the
        // signatories complete that instrument's parties, not an older record's.
        if d.mention.definite && !explicit_parties && !d.signatories.is_empty() {
            let head = kind_head(&d.mention.kind);
            let earlier = (!head.is_empty())
                .then(|| antecedent(ctx, ms, &d.mention, d.sent, |x| kind_head(&x.kind) == head))
                .flatten();
            if let Some((prev, mut ps)) = earlier.and_then(|a| unmade.remove(&a.start)) {
                ps.append(&mut d.signatories);
                add_represented(ctx, ents, clusters, &mut ps);
                if ps.len() >= 2 {
                    by_mention.insert(prev.mention.start, out.len());
                    let rec = make(ctx, ents, &prev, ps, None);
                    note(&mut latest, &rec, out.len());
                    out.push(rec);
                }
                continue;
            }
        }
        // An anaphoric mention with signatories only adds them to the record it refers to.
        if d.mention.definite && !explicit_parties && !d.signatories.is_empty() && !out.is_empty() {
            let target = best_target(&latest, clusters, &d.signatories).unwrap_or(out.len() - 1);
            absorb(ctx, ents, clusters, &mut out[target], &mut d);
            note(&mut latest, &out[target], target);
            continue;
        }
        if d.first.is_empty() && (d.implicit || d.rule == "signed:active") {
            if let Some(h) = &host {
                d.first.push(h.participant.clone());
            } else if !context.is_empty() {
                d.first = context.clone();
                for p in &mut d.first {
                    p.implicit = true;
                }
            }
        }
        let separate = d.mention.plural && d.groups.len() > 1;
        // Each record with the token window its own details come from (a
        // partner's amount stands between it and the next partner).
        let mut records: Vec<(Vec<Participant>, Option<Range<usize>>)> = Vec::new();
        if separate {
            let starts: Vec<usize> = d
                .groups
                .iter()
                .map(|g| {
                    g.iter()
                        .filter_map(|p| p.entity)
                        .map(|e| ents[e].tok_start)
                        .min()
                        .unwrap_or(usize::MAX)
                })
                .collect();
            for (k, g) in d.groups.iter().enumerate() {
                let mut ps = d.first.clone();
                ps.extend(g.iter().cloned());
                let next = starts.get(k + 1).copied().unwrap_or(usize::MAX);
                let window = (starts[k] != usize::MAX).then(|| starts[k]..next);
                records.push((ps, window));
            }
        } else {
            let mut ps = d.first.clone();
            for g in &d.groups {
                ps.extend(g.iter().cloned());
            }
            records.push((ps, None));
        }
        // The group signing gives the context for later ones.
        if d.mention.plural && !d.first.is_empty() && d.rule != "signed:instrument-with" {
            context = d.first.iter().filter(|p| !p.signatory).cloned().collect();
        }
        let single = records.len() == 1;
        let mut too_few = None;
        for (mut ps, window) in records {
            ps.extend(d.signatories.iter().cloned());
            // The bodies signatories represent are parties.
            add_represented(ctx, ents, clusters, &mut ps);
            if ps.len() < 2 {
                too_few = Some(ps).filter(|ps| single && !ps.is_empty());
                continue;
            }
            by_mention.entry(d.mention.start).or_insert(out.len());
            let rec = make(ctx, ents, &d, ps, window);
            note(&mut latest, &rec, out.len());
            out.push(rec);
        }
        // Kept in case a later sentence names the rest (`L’entente a été paraphée par …`).
        if let Some(ps) = too_few {
            if !d.mention.kind.is_empty() && !by_mention.contains_key(&d.mention.start) {
                unmade.insert(d.mention.start, (d, ps));
            }
        }
    }
    out
}

/// The instrument mention `m` refers back to: the last one before it, in
/// sentence `sent` or the two before, that `fits`.
fn antecedent<'m>(
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
fn kind_head(kind: &str) -> &str {
    kind.split([' ', '-']).next().unwrap_or("")
}

/// Can a definite mention of kind `m` (`l’accord`, `la convention de prêt`)
/// refer to a record of kind `rec`: the same kind, or its head alone.
fn refers_to(m: &str, rec: &str) -> bool {
    !m.is_empty() && (m == rec || !m.contains([' ', '-']) && kind_head(rec) == m)
}

/// Adds the bodies the signatories among `ps` represent, once each.
fn add_represented(ctx: &Ctx, ents: &[Entity], clusters: &Clusters, ps: &mut Vec<Participant>) {
    let reps: Vec<usize> = ps.iter().filter_map(|p| p.represents).collect();
    for r in reps {
        if let Some(q) = participant_of(ctx, ents, clusters, r) {
            ps.push(q);
        }
    }
    dedupe(ps);
}

/// Adds a draft's parties and signatories (with the bodies they represent) to
/// a record made earlier: a second trigger on the same instrument, or an
/// anaphoric mention (`La convention a été signée par …`).
fn absorb(ctx: &Ctx, ents: &[Entity], clusters: &Clusters, rec: &mut Signing, d: &mut Draft) {
    let extra: Vec<Participant> = d
        .first
        .drain(..)
        .chain(d.groups.drain(..).flatten())
        .chain(d.signatories.drain(..))
        .collect();
    for p in extra {
        if let Some(rep) = p.represents {
            if let Some(q) = participant_of(ctx, ents, clusters, rep) {
                rec.participants.push(q);
            }
        }
        rec.participants.push(p);
    }
    dedupe(&mut rec.participants);
}

/// The record a signatory-only mention refers to: the latest one that has a
/// body the signatories represent.
fn best_target(
    latest: &rustc_hash::FxHashMap<usize, usize>,
    clusters: &Clusters,
    signatories: &[Participant],
) -> Option<usize> {
    signatories
        .iter()
        .filter_map(|s| s.represents)
        .filter_map(|e| clusters.of_entity.get(e).copied().flatten())
        .filter_map(|c| latest.get(&c).copied())
        .max()
}

fn make(
    ctx: &Ctx,
    ents: &[Entity],
    d: &Draft,
    participants: Vec<Participant>,
    window: Option<Range<usize>>,
) -> Signing {
    let s = &ctx.sents[d.sent];
    let m = &d.mention;
    let in_sent = |e: &Entity| e.tok_start >= s.start && e.tok_end <= s.end;
    // Only the sentence's entities: a long article must not cost entities × records.
    let lo = ents.partition_point(|e| e.tok_start < s.start);
    let hi = ents.partition_point(|e| e.tok_start < s.end);
    let sent_ents = || {
        ents[lo..hi]
            .iter()
            .enumerate()
            .map(move |(k, e)| (k + lo, e))
    };
    let near = |e: &Entity| (e.tok_start as isize - d.trigger as isize).unsigned_abs();
    let date = sent_ents()
        .filter(|(_, e)| {
            in_sent(e)
                && e.figure
                    .as_ref()
                    .is_some_and(|f| f.kind == FigureKind::Date)
        })
        .min_by_key(|(_, e)| near(e))
        .map(|(k, e)| SpanRef {
            start: e.start,
            end: e.end,
            entity: Some(k),
        })
        .or_else(|| {
            (s.clone())
                .filter(|&i| {
                    ctx.is(
                        i,
                        &[
                            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                            "dimanche", "hier",
                        ],
                    )
                })
                .min_by_key(|&i| (i as isize - d.trigger as isize).unsigned_abs())
                .map(|i| SpanRef {
                    start: ctx.bstart(i),
                    end: ctx.bend(i),
                    entity: None,
                })
        });
    let place = sent_ents()
        .filter(|(k, e)| {
            in_sent(e)
                && e.etype == EntityType::Place
                && e.tok_start > 0
                && ctx.is(e.tok_start - 1, &["à", "au", "en"])
                && !participants.iter().any(|p| p.entity == Some(*k))
        })
        .min_by_key(|(_, e)| near(e))
        .map(|(k, e)| SpanRef {
            start: e.start,
            end: e.end,
            entity: Some(k),
        });
    let amount = sent_ents()
        .filter(|(_, e)| {
            in_sent(e)
                && window.as_ref().is_none_or(|w| w.contains(&e.tok_start))
                && e.figure
                    .as_ref()
                    .is_some_and(|f| f.kind == FigureKind::Money)
        })
        .min_by_key(|(_, e)| (e.tok_start as isize - m.end as isize).unsigned_abs())
        .map(|(k, e)| SpanRef {
            start: e.start,
            end: e.end,
            entity: Some(k),
        });
    let purpose = purpose_of(ctx, ents, m.end.max(d.trigger + 1), s.end);
    Signing {
        agreement: SpanRef {
            start: ctx.bstart(m.start),
            end: ctx.bend(m.end - 1),
            entity: None,
        },
        kind: m.kind.clone(),
        count: m.count,
        participants,
        date,
        place,
        amount,
        purpose,
        rule: d.rule,
    }
}

/// `pour promouvoir …`, `portant sur …`, `relatif à …`, `visant à …`: up to the next punctuation.
fn purpose_of(ctx: &Ctx, ents: &[Entity], from: usize, end: usize) -> Option<Range<usize>> {
    let mut i = from;
    // The number of entities that start at or before `i` (`ent_covering`
    // without a search per token).
    let mut started = ents.partition_point(|e| e.tok_start <= i);
    while i < end {
        while started < ents.len() && ents[started].tok_start <= i {
            started += 1;
        }
        // `pour` inside a name (`Fonds arabe pour le développement`) is not a purpose.
        if let Some(e) = started
            .checked_sub(1)
            .map(|x| &ents[x])
            .filter(|e| e.tok_end > i)
        {
            i = e.tok_end;
            continue;
        }
        let start = if ctx.is(
            i,
            &["pour", "visant", "portant", "relatif", "relative", "afin"],
        ) || starts_with(ctx, i, &["en", "vue"])
        {
            Some(i)
        } else {
            None
        };
        if let Some(a) = start {
            let mut j = a + 1;
            while j < end && !matches!(ctx.t(j), "," | ";" | "." | ")" | "(" | "»" | "«" | ":") {
                j += 1;
            }
            if j > a + 1 {
                return Some(ctx.bstart(a)..ctx.bend(j - 1));
            }
        }
        i += 1;
    }
    None
}
