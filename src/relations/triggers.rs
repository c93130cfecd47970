//! Step 2: the cue words of a document, and the signing verbs and nouns
//! that report a signing done (planned, negated and hypothetical ones are dropped).

use super::*;

/// Forms of the signing verbs (and their noun) with what each form says.
pub(super) const VERB_FORMS: &[(&str, VerbForm)] = &[
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
    ("concluait", VerbForm::Finite),
    ("concluaient", VerbForm::Finite),
    ("paraphait", VerbForm::Finite),
    ("paraphaient", VerbForm::Finite),
    ("scellait", VerbForm::Finite),
    ("scellaient", VerbForm::Finite),
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
    // Gerunds (`Les deux parties se sont engagées en signant un protocole`).
    ("signant", VerbForm::Finite),
    ("paraphant", VerbForm::Finite),
    ("concluant", VerbForm::Finite),
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
pub(super) fn verb_form(w: &str) -> Option<VerbForm> {
    cue(w)?.verb
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum VerbForm {
    Participle,
    Finite,
    Infinitive,
    Future,
    Noun,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Voice {
    /// `X a signé`, `X signe`, `X a procédé à la signature`: the subject is a party.
    Active,
    /// `a été signé`, `signé entre`, `Signés avec`: no subject party.
    Passive,
    /// `la signature de … entre …`
    Nominal,
    /// `X a fait signer … à Y`
    Causative,
}

/// The tokens the rules start from, found in one pass over the document:
/// instrument nouns, signing verbs and host words are rare, and one probe of
/// [`CueWords::filter`] per token passes over the others.
pub(super) struct Cues {
    /// Instrument heads and anaphoric nouns (where [`mentions`] looks).
    pub(super) nouns: Vec<usize>,
    /// Words that are forms of a signing verb (where triggers are).
    pub(super) verbs: Vec<usize>,
    /// Words of [`HOST_WORDS`].
    pub(super) hosts: Vec<usize>,
    /// Words of [`BINDING`].
    pub(super) binds: Vec<usize>,
    /// `gouvernement`, `gouvernements`.
    pub(super) governments: Vec<usize>,
}

/// Nouns that announce the countries whose governments are parties.
pub(super) const GOVERNMENT: &[&str] = &["gouvernement", "gouvernements"];

/// What a cue word is.
#[derive(Clone, Copy, Default)]
pub(super) struct Cue {
    /// Bits: [`NOUN`], [`HOST`], [`BIND`], [`GOVERNS`].
    pub(super) kinds: u8,
    /// As an instrument noun (of [`INSTRUMENT_NOUNS`]): its kind, and whether it is plural.
    pub(super) instrument: Option<(&'static str, bool)>,
    /// As a form of a signing verb (of [`VERB_FORMS`]).
    pub(super) verb: Option<VerbForm>,
}

/// An instrument noun or an anaphoric one.
pub(super) const NOUN: u8 = 1;
/// A word of [`HOST_WORDS`].
pub(super) const HOST: u8 = 2;
/// A word of [`BINDING`].
pub(super) const BIND: u8 = 4;
/// A word of [`GOVERNMENT`].
pub(super) const GOVERNS: u8 = 8;

/// Every cue word: [`INSTRUMENT_NOUNS`], [`ANAPHORIC_NOUNS`], [`VERB_FORMS`],
/// [`HOST_WORDS`], [`BINDING`] and [`GOVERNMENT`].
pub(super) struct CueWords {
    /// Passes every cue word (and few others): one probe per token.
    pub(super) filter: WordBloom<32>,
    /// What each word is: one lookup for a word that passes.
    pub(super) cues: rustc_hash::FxHashMap<&'static str, Cue>,
}

pub(super) fn cue_words() -> &'static CueWords {
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
    fn get<'w>(&self, w: impl Into<crate::lexicon::Keyed<'w>>) -> Option<&Cue> {
        let w = w.into();
        // No cue is shorter than `mou`: `de`, `la`, `l'`, punctuation go by first.
        if w.text.len() < 3 || !self.filter.may_contain(w) {
            return None;
        }
        self.cues.get(w.text)
    }
}

/// What `w` is as a cue, if anything.
pub(super) fn cue(w: &str) -> Option<&'static Cue> {
    cue_words().get(w)
}

impl Cues {
    pub(super) fn of(ctx: &Ctx) -> Cues {
        let mut cues = Cues {
            nouns: Vec::new(),
            verbs: Vec::new(),
            hosts: Vec::new(),
            binds: Vec::new(),
            governments: Vec::new(),
        };
        let words = cue_words();
        for i in 0..ctx.len() {
            let Some(&Cue { kinds, verb, .. }) = words.get(ctx.w(i)) else {
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

/// Words before a signing noun that make it a condition or a prospect, not
/// an event (`a conditionné la signature de`, `en prévision de la signature`).
const HELD_BACK_BEFORE: &[&str] = &[
    "conditionné",
    "conditionne",
    "conditionnent",
    "conditionnait",
    "subordonné",
    "subordonne",
    "subordonnent",
    "prévision",
    "attente",
    "perspective",
    "préalable",
    "préalables",
    "report",
    "reporter",
    "refus",
    "refusé",
    "refuse",
    "refusent",
    "rejeté",
    "retarder",
    "bloquer",
    "bloque",
    "empêché",
    "empêcher",
    // A government's leave to sign is not the signing (`le Conseil des
    // ministres a autorisé la signature de la convention`).
    "autorisé",
    "autorise",
    "autorisant",
    "autoriser",
    "approuvé",
    "approuve",
    "approuvant",
];

/// Participles that, as the predicate of a signing noun, say it did not take
/// place (`la signature … a été reportée`, `est ajournée`).
const HELD_BACK_PREDICATES: &[&str] = &[
    "reportée",
    "reporté",
    "reportées",
    "reportés",
    "ajournée",
    "ajourné",
    "annulée",
    "annulé",
    "repoussée",
    "repoussé",
    "suspendue",
    "suspendu",
    "différée",
    "différé",
    "retardée",
    "retardé",
    "compromise",
    "bloquée",
    "gelée",
    "renvoyée",
];

/// Is the signing noun at `i` the subject of a predicate of
/// [`HELD_BACK_PREDICATES`], before the sentence's next clause boundary
/// (`;`, `:`) or signing verb? An auxiliary (`a été`, `est`, `sont`) stands
/// within the three words before the participle.
fn held_back_after(ctx: &Ctx, i: usize) -> bool {
    let mut k = i + 1;
    while k < ctx.len() && ctx.same_sent(i, k) && !matches!(ctx.t(k), ";" | ":") {
        if k > i + 1 && verb_form(ctx.l(k)).is_some() {
            return false;
        }
        if ctx.is(k, HELD_BACK_PREDICATES)
            && (k.saturating_sub(3)..k).any(|x| ctx.is(x, &["été", "est", "sont", "fut"]))
        {
            return true;
        }
        // A relative clause is not the noun's predicate (`la signature, qui
        // n’était pas prévue, …` still happened).
        if ctx.is(k, &["qui", "que", "qu’", "qu'", "dont"]) {
            return false;
        }
        // `sa signature n’est pas à l’ordre du jour`, `n’a toujours pas eu lieu`.
        if ctx.is(k, &["n’", "n'", "ne"])
            && (k + 1..(k + 4).min(ctx.len())).any(|x| ctx.is(x, &["pas", "jamais", "plus", "point"]))
        {
            return true;
        }
        k += 1;
    }
    false
}

/// A signing verb or noun, with its voice; None when planned, negated or hypothetical.
pub(super) fn trigger_at(ctx: &Ctx, i: usize) -> Option<Voice> {
    let l = ctx.l(i);
    let form = verb_form(l)?;
    // (Only the trigger's own sentence: `… a approuvé l’accord. La
    // signature a eu lieu hier` is a signing.)
    let sent_start = ctx.sents[ctx.sent_of[i] as usize].start;
    let before = |n: usize| {
        (i.saturating_sub(n).max(sent_start)..i)
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
                    || HELD_BACK_BEFORE.contains(w)
            }) {
                return None;
            }
            // `la signature de l’accord, attendue dimanche, a été reportée`:
            // the signing is the subject of a predicate that says it did not happen.
            if held_back_after(ctx, i) {
                return None;
            }
            // `a procédé à la signature de`, also across `, mardi à Ouagadougou,`,
            // and `ont apposé leur signature au bas du document`: active.
            let proceeded = (i.saturating_sub(30)..i)
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
                            "officialisé",
                            "officialisent",
                            "officialise",
                            "finalisé",
                            "effectué",
                            "concrétisé",
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
            // A gerund only after `en`, in a clause told in the past (`se
            // sont engagées … en signant`, not `s’engagent à … en signant`):
            // its subject is the clause's.
            if ctx.l(i).ends_with("ant") {
                let past = before(10)
                    .iter()
                    .any(|w| matches!(*w, "ont" | "a" | "sont" | "est" | "avait" | "avaient" | "été"));
                return (i > 0 && ctx.is(i - 1, &["en"]) && past).then_some(Voice::Active);
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
                "a" | "ont"
                    | "avait"
                    | "avaient"
                    | "aura"
                    | "avons"
                    | "avez"
                    | "eut"
                    | "avoir"
                    | "ayant"
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
                        // Adverbial words only: `a annoncé un accord signé
                        // avec` has its own participle and an object between.
                        (k + 1..i).all(|x| {
                            let l = ctx.l(x);
                            ctx.kind(x) == Some(TokKind::Word)
                                && !ctx.is_cap(x)
                                && !ctx.is(
                                    x,
                                    &[
                                        "été", "être", "et", "qui", "que", "un", "une", "des",
                                        "le", "la", "les",
                                    ],
                                )
                                && !ctx.is_elision(x, "l")
                                && !l.ends_with('é')
                                && !l.ends_with("ée")
                                && !l.ends_with("és")
                                && instrument_head(l).is_none()
                                && verb_form(l).is_none()
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
