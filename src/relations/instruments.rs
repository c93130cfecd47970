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
}

/// The kind of instrument a noun names and whether it is plural.
pub(super) fn instrument_head(l: &str) -> Option<(&'static str, bool)> {
    cue(l)?.instrument
}

/// Nouns that stand for an instrument named before (`le texte`).
pub(super) const ANAPHORIC_NOUNS: &[&str] = &["texte", "textes", "document", "documents"];

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
