//! Minimised inputs that once broke an invariant, crashed or ran in
//! quadratic time (from fuzzing, `fuzz/`, and the hostile-input work). Each
//! test runs the library on the reproducer and checks the record invariants
//! of `common::check_record`.

mod common;

use paraphe::Extractor;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn ex() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::builtin)
}

fn ok(text: &str) {
    if let Err(e) = common::extract_and_check(ex(), text) {
        panic!(
            "{e}\ninput: {:?}",
            text.chars().take(300).collect::<String>()
        );
    }
}

fn ok_bytes(bytes: &[u8]) {
    match paraphe::input::decode(bytes) {
        Ok(d) => ok(&d.text),
        Err(e) => assert!(!e.is_empty()),
    }
}

/// Runs `f` and fails when it takes longer than `limit` (a debug build is slow:
/// limits are generous, they catch quadratic blow-ups, not constant factors).
fn within(limit: Duration, what: &str, f: impl FnOnce()) {
    let t = Instant::now();
    f();
    assert!(
        t.elapsed() < limit,
        "{what} took {:?} (limit {limit:?})",
        t.elapsed()
    );
}

/// `cent cent …`: French number words multiplied past `u64::MAX` in
/// `entities::figures::parse_words` (`current.max(1) * 100`), a panic with
/// overflow checks (debug builds, `cargo fuzz -a`) and a wrapped, wrong value
/// otherwise. Same with `mille` after a huge `current`.
#[test]
fn number_words_do_not_overflow() {
    ok(&"cent ".repeat(12));
    ok(&("cent ".repeat(9) + "mille"));
    ok(&"quatre-vingt-".repeat(40));
}

/// Long runs of number words, of days before a month and of numbers linked
/// like a range: each figure rule reads only a few words past where its
/// figure ends, so the runs stay linear.
#[test]
fn long_runs_of_numbers_stay_fast() {
    for piece in [
        "deux ",
        "vingt et un ",
        "cent mille ",
        "13 et ",
        "1er au ",
        "2015-",
        "un, ",
    ] {
        let s = piece.repeat(20_000) + "juillet 2024.";
        within(Duration::from_secs(60), piece, || ok(&s));
    }
}

/// A `.` followed by a long run of closing brackets made one unbounded
/// sentence (the closing run was taken whole).
#[test]
fn closing_run_after_a_dot_is_bounded() {
    let s = format!("Le Maroc a signé.{} Puis la BAD.", ")".repeat(5_000));
    let t = paraphe::text::Text::new(&s);
    let toks = paraphe::tokenize::tokenize(t.as_str());
    let sents = paraphe::sentence::split(t.as_str(), &toks);
    assert!(sents
        .iter()
        .all(|r| r.len() <= paraphe::sentence::MAX_SENTENCE_TOKENS));
    ok(&s);
}

/// Text without any sentence end: one sentence of the whole document, and
/// every rule that looks across its sentence went quadratic.
#[test]
fn no_punctuation_at_all_stays_fast() {
    let words = [
        "Banque",
        "Mondiale",
        "Maroc",
        "Agence",
        "Fonds",
        "PNUD",
        "le",
        "ministre",
        "de",
        "l’Économie",
        "a",
        "signé",
        "avec",
    ];
    let s: Vec<&str> = (0..6_000).map(|i| words[(i * 7) % words.len()]).collect();
    within(
        Duration::from_secs(60),
        "6,000 words without punctuation",
        || ok(&s.join(" ")),
    );
}

/// Relation spans (the agreement, then a date before it) stepped the byte to
/// code-point counter back to 0 each time: quadratic in the number of relations.
#[test]
fn many_relations_convert_offsets_in_linear_time() {
    let one = "Le 3 mars 2024, le Maroc et la Banque mondiale ont signé un accord de prêt de 5 millions d’euros. ";
    let s = one.repeat(400);
    within(Duration::from_secs(60), "400 signings", || ok(&s));
}

/// Inputs of the seed corpus and small oddities that exercise the decoder.
#[test]
fn decoder_oddities() {
    ok_bytes(b"");
    ok_bytes(b"\xef\xbb\xbf");
    ok_bytes(b"\xff\xfe");
    ok_bytes(b"\xfe\xff");
    ok_bytes(b"\xff\xfeA");
    ok_bytes(b"\xff\xfe\x00\xd8");
    ok_bytes(b"\xff\xfeA\x00\x00\x00");
    ok_bytes(b"Minist\xe8re \x81\x8d\x8f\x90\x9d");
    ok_bytes(b"\xef\xbb\xbf\xef\xbb\xbfLe Maroc");
    ok_bytes("\u{feff}\u{feff}l’\u{301}".as_bytes());
}

/// Combining marks with no base letter, lone apostrophes and elisions at the
/// end of the text, emoji sequences glued to names.
#[test]
fn odd_token_boundaries() {
    for s in [
        "\u{301}",
        "\u{301}Maroc",
        "l’",
        "d'\u{301}",
        "N’",
        "S.E.",
        "S.E",
        "M.\u{301}",
        "1er\u{301}",
        "240\u{a0}",
        "12\u{202f}500\u{202f}",
        "🇲🇦Maroc🤝🏽BAD",
        "@",
        "#",
        "@\u{301}",
        "https://",
        "www.",
        "pic.twitter.com/",
        "\r",
        "\r\n\r\n\r\n",
        "( ) « » “ ” … — –",
    ] {
        ok(s);
    }
}
