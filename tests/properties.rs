//! Property tests: whatever the text, every record keeps its promises.
//!
//! For arbitrary strings and for generated French-like text (names, numbers
//! with spaces, apostrophes `’` and `'`, guillemets, emoji, Arabic script,
//! combining accents, `\r\n`), the JSON record of `paraphe::output` must have
//! entity offsets in bounds and on char boundaries, code-point offsets that
//! slice the NFC text to the entity's text, entities sorted and
//! non-overlapping, and relations that refer only to entities of the record
//! (see `common::check_record`). Extraction must also be deterministic.
//!
//! The case counts are modest so that the file runs in a few seconds in a
//! debug build; `PROPTEST_CASES=5000 cargo test --release --test properties`
//! searches harder.

mod common;

use paraphe::Extractor;
use proptest::prelude::*;
use std::sync::OnceLock;

/// `PROPTEST_CASES` when set, else `n`.
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::builtin)
}

/// Words, names and symbols of French news text, and a few that are not.
const VOCAB: &[&str] = &[
    "le",
    "la",
    "les",
    "l’",
    "l'",
    "d’",
    "d'",
    "de",
    "du",
    "des",
    "et",
    "à",
    "au",
    "a",
    "ont",
    "été",
    "signé",
    "signée",
    "signés",
    "signent",
    "signature",
    "signera",
    "n’a",
    "pas",
    "accord",
    "accords",
    "protocole",
    "d’accord",
    "convention",
    "conventions",
    "de financement",
    "de prêt",
    "mémorandum",
    "d’entente",
    "déclaration",
    "d’intention",
    "avec",
    "entre",
    "par",
    "pour",
    "le ministre",
    "la ministre",
    "ministère",
    "ministères",
    "celui",
    "de l’Économie",
    "des Finances",
    "chargé",
    "M.",
    "Mme",
    "MM.",
    "S.E.",
    "Dr",
    "directeur général",
    "Banque",
    "mondiale",
    "Banque mondiale",
    "Banque africaine de développement",
    "Agence",
    "française",
    "AFD",
    "(AFD)",
    "BAD",
    "PNUD",
    "UNICEF",
    "BOAD",
    "FAO",
    "Maroc",
    "Sénégal",
    "Côte d’Ivoire",
    "Québec",
    "Dakar",
    "Rabat",
    "Rabat-Salé-Kénitra",
    "marocain",
    "ivoirienne",
    "Ahmed",
    "Diallo",
    "Fatou",
    "Sow",
    "Ould",
    "Cheikh",
    "N’Daw",
    "N'Diaye",
    "Ben",
    "El",
    "Van den",
    "KOUASSI",
    "MENSAH",
    "Jean-Baptiste",
    "D.",
    "B.",
    "Mohammed VI",
    "jeudi",
    "lundi",
    "1er",
    "14ème",
    "février",
    "juillet",
    "2024",
    "2024-2026",
    "March 14, 2024",
    "240 000",
    "240\u{a0}000",
    "12\u{202f}500",
    "1,5",
    "20.000",
    "millions",
    "milliards",
    "d’euros",
    "dollars",
    "F CFA",
    "FCFA",
    "DH",
    "$",
    "€",
    "%",
    "pour cent",
    "quatre-vingt-dix",
    "vingt-trois",
    "cent",
    "mille",
    "dix",
    "neuf",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "…",
    "—",
    "–",
    "-",
    ":",
    ";",
    ",",
    ".",
    "!",
    "?",
    "’",
    "'",
    "🤝🏽",
    "🇲🇦",
    "👨‍👩‍👧",
    "وقّع",
    "المغرب",
    "البنك الدولي",
    "e\u{301}",
    "Mine\u{301}ral",
    "E\u{301}tat",
    "ẞ",
    "İstanbul",
    "@PNUD_Maroc",
    "@Ministere_TNRA",
    "#UNICEF",
    "#Maroc",
    "https://x.org/a.",
    "pic.twitter.com/MJNWZ",
    "sous",
    "présidence",
    "en présence de",
    "organisé",
    "Ainsi",
    "Selon",
    "Les",
    "projet",
    "devrait",
    "\u{feff}",
    "\u{200b}",
    "\t",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "\u{a0}", "\u{202f}", "\n", "\r\n", "\n\n", "\r\n\r\n", ", ", ". ", " ; ",
    "", "-",
];

/// French-like text: words of the vocabulary joined by spaces, line breaks and punctuation.
fn french() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(VOCAB),
            prop::sample::select(SEPARATORS),
        ),
        0..120,
    )
    .prop_map(|ws| {
        let mut s = String::new();
        for (w, sep) in ws {
            s.push_str(w);
            s.push_str(sep);
        }
        s
    })
}

/// French-like text with arbitrary chars spliced in.
fn french_noisy() -> impl Strategy<Value = String> {
    (
        french(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<char>()), 0..8),
    )
        .prop_map(|(s, noise)| {
            let mut chars: Vec<char> = s.chars().collect();
            for (at, c) in noise {
                let k = if chars.is_empty() {
                    0
                } else {
                    at.index(chars.len() + 1)
                };
                chars.insert(k.min(chars.len()), c);
            }
            chars.into_iter().collect()
        })
}

fn check(s: &str) -> Result<(), TestCaseError> {
    common::extract_and_check(ex(), s)
        .map_err(|e| TestCaseError::fail(format!("{e}\ninput: {s:?}")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_the_invariants(s in any::<String>()) {
        check(&s)?;
    }

    #[test]
    fn french_like_text_keeps_the_invariants(s in french()) {
        check(&s)?;
    }

    #[test]
    fn noisy_french_keeps_the_invariants(s in french_noisy()) {
        check(&s)?;
    }

    #[test]
    fn extraction_is_deterministic(s in french()) {
        let a = paraphe::output::to_json_line("d", None, &ex().extract(&s));
        let b = paraphe::output::to_json_line("d", None, &ex().extract(&s));
        prop_assert_eq!(a, b);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(48), ..ProptestConfig::default() })]

    /// Long texts, so that sentence cuts and enumerations are exercised too.
    #[test]
    fn long_french_like_text_keeps_the_invariants(parts in prop::collection::vec(french(), 1..8)) {
        check(&parts.concat())?;
    }
}

/// A few fixed inputs that once looked risky.
#[test]
fn edge_cases_keep_the_invariants() {
    let cases = [
        "",
        " ",
        "\r\n",
        "\u{feff}",
        "e\u{301}",
        "\u{301}\u{301}\u{301}",
        "l’",
        "'",
        "(((((",
        "M.",
        "Le Maroc et la Banque mondiale ont signé jeudi un accord de prêt de 50 millions d’euros.",
        "🤝🏽🤝🏽 Signé ‍",
        "Le Mine\u{301}ral signe\u{301} avec la BAD\r\n\r\nBAD (Banque africaine de développement)",
        "cent cent cent cent cent",
    ];
    for c in cases {
        common::extract_and_check(ex(), c).unwrap_or_else(|e| panic!("{e}\ninput: {c:?}"));
    }
}
