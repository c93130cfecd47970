//! FIGURE: numbers in digits and in words, money, percentages and dates.
//!
//! Spans follow the guideline: a number takes its scale word (`1,5 million`)
//! and its sign (`-1 200 000`, `moins 5 %`) but not the counted noun; money
//! takes the currency, before or after (`150 millions d'euros`, `EUR 20`);
//! a date takes the weekday, day, month and year that stand together, and a
//! range gives one figure per end (`du 13 au 15 juillet`). Numbers inside
//! names (`Digital Morocco 2030`), identifiers (`loi n° 12`), times of day
//! (`à 11 heures`) and ordinals (`21e`, `vingt et unième`) are left out.
//!
//! [`propose`] reads the tokens; [`finish`] then works on the entities, where
//! neighbours are known: the first end of a range takes the scale and unit
//! of the second (`entre 15 et 25 millions $`), a bare amount the currency
//! of the sentence (`… 30 millions d'euros, … près de 500 millions`), and a
//! currency name several countries share the currency of the article's
//! country (`FCFA` in a Cameroonian article is XAF).
//!
//! Number words are read by a grammar (`figures/numbers.rs`), dates in
//! `figures/dates.rs`, units and currencies in `figures/money.rs`.

mod dates;
mod money;
mod numbers;

use super::{Candidate, Ctx, Entity, Figure, FigureKind, FigureValue, WordMap, WordSet};
use crate::lexicon::EntityType;
use crate::lexicon::{Keyed, WordBloom};
use crate::tokenize::{flag, TokKind};

// The rules (kept in this file: tests/rules.rs looks here for rule names).
/// A calendar date.
const R_DATE: &str = "figure:date";
/// A number written in digits (or shorthand: `100K`), with its unit.
const R_DIGITS: &str = "figure:digits";
/// A number written in words, with its unit.
const R_WORDS: &str = "figure:words";

static WEEKDAYS: WordSet = WordSet::new(&[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]);

/// Scale words after a number, and their multipliers.
static SCALES: WordMap<f64> = WordMap::new(&[
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("billion", 1e9),
    ("billions", 1e9),
    ("mille", 1e3),
    ("mds", 1e9),
    ("md", 1e9),
    ("mrd", 1e9),
    ("mrds", 1e9),
    ("mio", 1e6),
    ("mios", 1e6),
    ("m", 1e6),
    ("k", 1e3),
    // Québec writes billions `G$` (`2,4 G$`); a letter is a scale only before a currency.
    ("g", 1e9),
]);

/// Approximate counts (`une vingtaine`): the span is the noun alone.
const APPROX_PAIRS: &[(&str, u64)] = &[
    ("dizaine", 10),
    ("dizaines", 10),
    ("douzaine", 12),
    ("quinzaine", 15),
    ("vingtaine", 20),
    ("trentaine", 30),
    ("quarantaine", 40),
    ("cinquantaine", 50),
    ("soixantaine", 60),
    ("centaine", 100),
    ("centaines", 100),
    ("millier", 1000),
    ("milliers", 1000),
];
static APPROX: WordMap<u64> = WordMap::new(APPROX_PAIRS);

/// Words before an approximate count that make it a stretch of time, not a
/// count (`la première quinzaine d'avril`, `cette quinzaine`).
static PERIOD_BEFORE: WordSet = WordSet::new(&[
    "première",
    "premiere",
    "seconde",
    "dernière",
    "derniere",
    "prochaine",
    "cette",
    "chaque",
    "toute",
]);

/// Words before a number that make it an identifier, not a figure.
static IDENT_BEFORE: WordSet = WordSet::new(&[
    "n°", "no", "nº", "numéro", "article", "articles", "loi", "décret", "arrêté", "tél", "tel",
    "fax", "bp", "code", "page", "p", "alinéa", "chapitre", "lot", "route", "rn", "km",
]);

/// Words before a number that make it an identifier unless it is a year
/// (`la saison 2`, but `la saison 2016`).
static IDENT_UNLESS_YEAR: WordSet = WordSet::new(&[
    "version",
    "niveau",
    "classe",
    "catégorie",
    "saison",
    "épisode",
    "tome",
    "volume",
    "vol",
]);

/// Capitalised words that never start a name, wherever they stand
/// (`(Agence Ecofin) – En 2020`, `– Depuis 2015`).
static NOT_NAME_BEFORE: WordSet = WordSet::new(&[
    "en", "dès", "depuis", "après", "avant", "vers", "fin", "début", "mi", "entre", "pour", "sur",
    "dans", "de", "du", "des", "le", "la", "les", "au", "aux", "à", "et", "ou", "plus", "moins",
    "près", "environ", "quelque", "quelques", "soit", "contre", "avec", "par", "jusqu'en",
]);

fn scale(s: &str) -> Option<f64> {
    SCALES.get(s)
}

/// Parses a digit token: `240 000`, `1.000`, `3,546`, `8.5`, `6.700,54`.
/// A dot is a decimal point only where it cannot group thousands (`8.5`,
/// `2.75`, not `1.000`), and never next to a decimal comma.
pub fn parse_digits(s: &str) -> Option<f64> {
    let has_comma = s.contains(',');
    let mut dots = s.bytes().filter(|&b| b == b'.');
    let one_dot = dots.next().is_some() && dots.next().is_none();
    let decimal_dot = !has_comma
        && one_dot
        && s.rsplit('.')
            .next()
            .is_some_and(|f| f.len() != 3 && f.bytes().all(|b| b.is_ascii_digit()));
    // Digits and one decimal point, on the stack: this runs on every number.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for b in s.bytes() {
        let c = match b {
            b'0'..=b'9' => b,
            b',' => b'.',
            b'.' if decimal_dot => b'.',
            _ => continue,
        };
        *buf.get_mut(n)? = c;
        n += 1;
    }
    let digits = std::str::from_utf8(&buf[..n]).ok()?;
    digits.parse().ok().filter(|v: &f64| v.is_finite())
}

fn fig(
    ctx: &Ctx,
    first: usize,
    last: usize,
    rule: &'static str,
    kind: FigureKind,
    value: FigureValue,
    unit: Option<String>,
) -> Candidate {
    let mut c = Candidate::new(
        ctx.bstart(first),
        ctx.bend(last),
        EntityType::Figure,
        rule,
        50,
    );
    c.figure = Some(Figure { kind, value, unit });
    c
}

/// Are tokens `a` and `a + 1` written together, without a space?
fn glued(ctx: &Ctx, a: usize) -> bool {
    a + 1 < ctx.len() && ctx.toks[a].end == ctx.toks[a + 1].start
}

/// Is the number at `i` part of a name (`Digital Morocco 2030`, `Vision 2030`)
/// or an identifier (`loi n° 12`)?
fn in_name_or_ident(ctx: &Ctx, i: usize, year: bool) -> bool {
    if i == 0 {
        return false;
    }
    let p = i - 1;
    // `Tél. : +221 …`: the punctuation after the word does not hide it.
    let mut w = p;
    while w > 0 && w + 3 >= i && matches!(ctx.t(w), "." | ":" | "+") {
        w -= 1;
    }
    if ctx.is_in(w, &IDENT_BEFORE)
        || !year && ctx.is_in(p, &IDENT_UNLESS_YEAR)
        || ctx.t(p) == "°"
        || ctx.t(p) == "#"
    {
        return true;
    }
    // Glued to a word or symbol (`COVID-19` is one token already; `n°12`, `/12`).
    if glued(ctx, p) && matches!(ctx.kind(p), Some(TokKind::Word)) {
        return true;
    }
    if ctx.is_cap(p)
        && money::currency_before(ctx, i).is_none()
        && !unit_after(ctx, i)
        && !ctx.is_initial_common(p)
        && !ctx.is_in(p, &NOT_NAME_BEFORE)
        && dates::month(ctx.w(p)).is_none()
        && dates::en_month(ctx.w(p)).is_none()
    {
        // A capitalised word right before (in the same sentence): part of a name,
        // unless it is a place or a title word that cannot take a number.
        return ctx.same_sent(p, i) && !WEEKDAYS.contains(ctx.w(p));
    }
    false
}

/// Does a percent sign or a currency follow the number at `i`, after its
/// scale word if it has one (`4,5 millions $`)? Names do not take units.
fn unit_after(ctx: &Ctx, i: usize) -> bool {
    let end = if ctx.kind(i + 1) == Some(TokKind::Word) && scale(ctx.l(i + 1)).is_some() {
        i + 1
    } else {
        i
    };
    money::percent_after(ctx, end).is_some() || money::currency_after(ctx, end).is_some()
}

/// Is the number at `first..=last` a time of day (`à 11 heures`, `vers 21 h`,
/// `(20 h)`, `15 h 30`, `15:30`, `midi quinze`) or a day counted from a
/// weekday (`jeudi en huit`)? Then the last token of it. A count of hours
/// stays a number (`pendant 11 heures`, `deux heures de débat`).
fn time_of_day(ctx: &Ctx, first: usize, last: usize) -> Option<usize> {
    // `midi quinze`, `minuit moins cinq`; `jeudi en huit`, `lundi en quinze`
    // (a week or two from that day).
    let p = first.wrapping_sub(1);
    let after_hour = ctx.is(p, &["midi", "minuit"])
        || ctx.is(p, &["moins", "et"]) && ctx.is(p.wrapping_sub(1), &["midi", "minuit"]);
    let week_from = ctx.is(p, &["en"])
        && WEEKDAYS.contains(ctx.w(p.wrapping_sub(1)))
        && matches!(ctx.l(first), "huit" | "quinze" | "8" | "15");
    if after_hour || week_from {
        return Some(last);
    }
    let h = last + 1;
    let two_digits = |k: usize| ctx.kind(k) == Some(TokKind::Number) && ctx.t(k).len() == 2;
    if ctx.t(h) == ":" && glued(ctx, last) && glued(ctx, h) && two_digits(h + 1) {
        return Some(h + 1);
    }
    // A time of day has an hour of the day (`à 72 heures du scrutin` counts).
    let hour = ctx.t(last).parse::<u32>().map_or(true, |v| v <= 24);
    if !hour || !ctx.is(h, &["h", "heures", "heure"]) {
        return None;
    }
    let minutes = two_digits(h + 1);
    let before = first > 0
        && (ctx.is(
            first - 1,
            &[
                "à", "a", "vers", "dès", "avant", "après", "de", "entre", "jusqu'à",
            ],
        ) || ctx.t(first - 1) == "(");
    let after = ctx.is(
        h + 1,
        &[
            "du",
            "ce",
            "locales",
            "gmt",
            "tu",
            "utc",
            "précises",
            "pile",
        ],
    );
    if minutes {
        Some(h + 1)
    } else {
        (before || after).then_some(h)
    }
}

/// A number read at `first..=last`, before its scale and unit.
#[derive(Debug, Clone, Copy)]
struct Num {
    first: usize,
    last: usize,
    v: f64,
    rule: &'static str,
}

/// Reads `[scale] [currency | % | pour cent]` after a number, and a sign or a
/// currency before it, and emits the figure.
fn finish_number(ctx: &Ctx, num: Num, out: &mut Vec<Candidate>) {
    let Num {
        mut first,
        last,
        mut v,
        rule,
    } = num;
    let mut end = last;
    let n = end + 1;
    if n < ctx.len() && ctx.same_sent(last, n) {
        let s = ctx.l(n);
        // `m` and `k` are scales only before a currency (`1,2 M€`, `100 k$`).
        let ok = ctx.kind(n) == Some(TokKind::Word)
            && (s.len() > 1 || money::currency_after(ctx, n).is_some())
            && !(s == "mille" && rule == R_WORDS);
        if ok {
            if let Some(m) = scale(s) {
                v *= m;
                end = n;
            }
        }
    }
    // `deux millions et demi`, `1 million et demi`.
    if let Some(m) = scale(ctx.l(end)).filter(|&m| m >= 1e3 && ctx.kind(end) == Some(TokKind::Word))
    {
        if ctx.is(end + 1, &["et"]) && ctx.is(end + 2, &["demi", "demie"]) {
            v += m / 2.0;
            end += 2;
        }
    }
    // The sign: `-1 200 000`, `moins 5 %`, `+5 %`.
    if let Some((s, negative)) = sign_before(ctx, first) {
        if negative {
            v = -v;
        }
        first = s;
    }
    let (first, last, kind, unit) = if let Some(pe) = money::percent_after(ctx, end) {
        (first, pe, FigureKind::Percent, None)
    } else if let Some(pb) = money::percent_before(ctx, first) {
        (pb, end, FigureKind::Percent, None)
    } else if let Some((cend, m, code)) = money::scaled_currency_after(ctx, end) {
        v *= m;
        (first, cend, FigureKind::Money, Some(code.to_string()))
    } else if let Some((cend, code)) = money::currency_after(ctx, end) {
        let (cend, cents) = money::cents_after(ctx, cend, v);
        v = cents;
        (first, cend, FigureKind::Money, Some(code))
    } else if let Some((cfirst, code)) = money::currency_before(ctx, first) {
        // A currency symbol or code just before: `$ 5 millions`, `€5`, `EUR 20`.
        (cfirst, end, FigureKind::Money, Some(code))
    } else {
        (first, end, FigureKind::Number, None)
    };
    out.push(fig(ctx, first, last, rule, kind, FigureValue::Num(v), unit));
}

/// The sign right before the number at `i`: its token, and whether it is a
/// minus. A minus or plus glued to the number (`-1 200 000`, `+5 %`; not a
/// bullet at the start of a line nor the dash of a range `10-20`), or
/// `moins` (not `au moins`, `plus ou moins`).
fn sign_before(ctx: &Ctx, i: usize) -> Option<(usize, bool)> {
    let p = i.checked_sub(1)?;
    if ctx.is(p, &["moins"]) {
        let comparative = p > 0 && ctx.is(p - 1, &["au", "ou", "pas", "du", "le", "la", "les"]);
        return (!comparative && ctx.same_sent(p, i)).then_some((p, true));
    }
    let negative = match ctx.t(p) {
        "-" | "−" | "–" => true,
        "+" => false,
        _ => return None,
    };
    if !glued(ctx, p) {
        return None;
    }
    let line_start = p == 0 || ctx.has(p, flag::NEWLINE);
    let bullet = line_start && p != 0;
    let after_number = p > 0
        && (glued(ctx, p - 1)
            || matches!(ctx.kind(p - 1), Some(TokKind::Number | TokKind::Ordinal)));
    (!bullet && !after_number).then_some((p, negative))
}

/// Proposes FIGURE candidates.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let n = ctx.len();
    let mut i = 0;
    while i < n {
        let next = match ctx.kind(i) {
            Some(TokKind::Number) | Some(TokKind::Ordinal) => digits_at(ctx, i, out),
            Some(TokKind::Word) => words_at(ctx, i, out),
            _ => i + 1,
        };
        i = next.max(i + 1);
    }
}

/// Handles a digit token at `i`; returns the next token to look at.
fn digits_at(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> usize {
    if let Some(next) = dates::at(ctx, i, out) {
        return next;
    }
    if ctx.kind(i) != Some(TokKind::Number) {
        return i + 1;
    }
    let year = dates::year_of(ctx, i);
    if in_name_or_ident(ctx, i, year.is_some()) {
        // The numbers glued to it or following it belong to the name or the
        // identifier too (`PDES 2017-2021`, `n°2024-123`, `+221 33 123 45 67`).
        let mut k = i;
        loop {
            let glued_next = matches!(ctx.t(k + 1), "-" | "/" | ".")
                && glued(ctx, k)
                && glued(ctx, k + 1)
                && ctx.kind(k + 2) == Some(TokKind::Number);
            if glued_next {
                k += 2;
            } else if ctx.kind(k + 1) == Some(TokKind::Number) && ctx.same_sent(k, k + 1) {
                k += 1;
            } else {
                return k + 1;
            }
        }
    }
    // A number glued to what follows is part of something else (`12h`, `3/4`),
    // unless two years make a range (`2015/2016`, `2015/16`).
    if ctx.t(i + 1) == "/" && glued(ctx, i) {
        if year.is_some() && glued(ctx, i + 1) && dates::next_year(ctx, i + 2).is_some() {
            out.push(dates::date(ctx, i, i, year, None, None));
            return i + 1;
        }
        return i + 2;
    }
    // The second year of `2024-25`, `2015/16`.
    if let Some(y) = dates::short_second_year(ctx, i) {
        out.push(dates::date(ctx, i, i, Some(y), None, None));
        return i + 1;
    }
    if let Some(end) = time_of_day(ctx, i, i) {
        return end + 1;
    }
    // The second number of a fraction or a ratio (`2/3`, `24/7`).
    let fraction = i >= 2 && ctx.t(i - 1) == "/" && glued(ctx, i - 2) && glued(ctx, i - 1);
    if fraction && !(year.is_some() && dates::year_of(ctx, i - 2).is_some()) {
        return i + 1;
    }
    if let Some(y) = year {
        let next_is_unit = ctx.t(i + 1) == "%"
            || ctx.kind(i + 1) == Some(TokKind::Word)
                && (scale(ctx.l(i + 1)).is_some() && ctx.l(i + 1).len() > 1
                    || money::currency_after(ctx, i).is_some()
                    || money::percent_after(ctx, i).is_some());
        if !next_is_unit && money::currency_before(ctx, i).is_none() {
            out.push(dates::date(ctx, i, i, Some(y), None, None));
            return i + 1;
        }
    }
    let Some(v) = parse_digits(ctx.t(i)) else {
        return i + 1;
    };
    if dates::lone_day(ctx, i, i, v) {
        return i + 1;
    }
    let num = Num {
        first: i,
        last: i,
        v,
        rule: R_DIGITS,
    };
    finish_number(ctx, num, out);
    i + 1
}

/// The filter of the words that may start a figure: months, number words,
/// approximate counts, `premier` (one bit each of 1024: it turns away
/// nearly every other word without hashing it).
const STARTS: WordBloom<16> = {
    let mut f = WordBloom::empty();
    f = with_keys(f, dates::MONTH_PAIRS);
    f = with_keys(f, dates::EN_MONTH_PAIRS);
    f = with_keys(f, APPROX_PAIRS);
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        f = f.with(NUMBER_WORDS[k]);
        k += 1;
    }
    f.with("premier")
};

/// `f` with the words of `pairs` added.
const fn with_keys<V>(mut f: WordBloom<16>, pairs: &[(&str, V)]) -> WordBloom<16> {
    let mut k = 0;
    while k < pairs.len() {
        f = f.with(pairs[k].0);
        k += 1;
    }
    f
}

/// Is `l` (or its first hyphenated part) a month, a number word, `premier`
/// or an approximate count? This runs on every word of the text.
fn may_start_figure(l: Keyed, hyphenated: bool) -> bool {
    // Only a word with a hyphen has a part before it (`vingt-cinq`).
    let first = if hyphenated {
        Keyed::new(l.text.split('-').next().unwrap_or(l.text))
    } else {
        l
    };
    STARTS.may_contain(first)
        && (numbers::starts_number(first.text)
            || dates::month(first).is_some()
            || dates::en_month(first).is_some()
            || APPROX.get(first).is_some()
            || first.text == "premier")
}

/// Every word that can start a number in words.
const NUMBER_WORDS: &[&str] = &[
    "zéro",
    "zero",
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "septante",
    "huitante",
    "octante",
    "nonante",
    "cent",
    "cents",
    "mille",
    "mil",
];

/// Handles a word at `i`: a date, shorthand (`100K`, `USD1,23`), an
/// approximate count or number words.
fn words_at(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> usize {
    let w = ctx.w(i);
    let l = w.text;
    let b = l.as_bytes();
    // `100K`, `1,2M`, `10K$`; `USD1,23`, `EUR29,99`.
    if b.first().is_some_and(u8::is_ascii_digit) || b.last().is_some_and(u8::is_ascii_digit) {
        return money::shorthand_at(ctx, i, out).unwrap_or(i + 1);
    }
    if !may_start_figure(w, ctx.has(i, flag::HYPHEN)) {
        return i + 1;
    }
    // `un`, `une` are articles but before a scale, a decimal, a range or a
    // percentage (`un million`, `un ou deux`, `un pour cent`).
    if matches!(l, "un" | "une")
        && !matches!(
            ctx.l(i + 1),
            "million"
                | "millions"
                | "milliard"
                | "milliards"
                | "virgule"
                | "ou"
                | "à"
                | ","
                | "pour"
                | "%"
                | "pourcent"
                | "pourcents"
                | "pour-cent"
        )
    {
        return i + 1;
    }
    if let Some(m) = dates::month(w) {
        return dates::month_year(ctx, i, m, out).unwrap_or(i + 1);
    }
    if let Some(m) = dates::en_month(w) {
        return dates::english(ctx, i, m, out).unwrap_or(i + 1);
    }
    if let Some(next) = dates::at(ctx, i, out) {
        return next;
    }
    if l == "premier" {
        return i + 1;
    }
    if let Some(v) = APPROX.get(w) {
        if !is_period(ctx, i) {
            let num = Num {
                first: i,
                last: i,
                v: v as f64,
                rule: R_WORDS,
            };
            finish_number(ctx, num, out);
        }
        return i + 1;
    }
    number_words_at(ctx, i, out)
}

/// Is the approximate count at `i` a stretch of time or an event (`la
/// première quinzaine d'avril`, `la quinzaine du commerce équitable`), not a
/// count (`une quinzaine de pays`)?
fn is_period(ctx: &Ctx, i: usize) -> bool {
    let before = i > 0
        && (ctx.is_in(i - 1, &PERIOD_BEFORE)
            || ctx.is(i - 1, &["la"])
            || numbers::is_ordinal_word(ctx.l(i - 1)));
    let of_month = (ctx.is_de(i + 1) || ctx.is(i + 1, &["de"]))
        && (dates::month(ctx.w(i + 2)).is_some() || ctx.is(i + 2, &["mois", "l'année"]));
    before || of_month
}

/// A run of number words at `i` (`vingt-trois`, `deux cent mille`, `un
/// million`, `douze virgule quatre-vingt-dix-neuf`), read by the grammar.
fn number_words_at(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> usize {
    // The words of the run: number words of one sentence, and `et` (which
    // the grammar checks). Read lazily: the grammar stops within a few words
    // of where a number ends, however long the run.
    let run = |from: usize| {
        (from..ctx.len())
            .take_while(move |&k| {
                ctx.kind(k) == Some(TokKind::Word)
                    && ctx.same_sent(i, k)
                    && (ctx.l(k) == "et" && k > from || numbers::starts_number(ctx.l(k)))
            })
            .map(|k| ctx.l(k))
    };
    let Some((n, mut v)) = numbers::longest(run(i)) else {
        return i + 1;
    };
    let mut last = i + n - 1;
    // The number inside an ordinal (`vingt et unième`, `quatre-vingt dix-septième`).
    let ord = if ctx.is(last + 1, &["et"]) {
        last + 2
    } else {
        last + 1
    };
    if numbers::is_ordinal_word(ctx.l(ord)) && ctx.same_sent(last, ord) {
        return ord + 1;
    }
    // An amount written out with a comma after its millions or billions
    // (`un milliard, six cent soixante deux millions …`).
    if let (Some(s), ",") = (big_scale(ctx.l(last)), ctx.t(last + 1)) {
        let start = last + 2;
        if let Some((m, w)) = numbers::longest(run(start)) {
            if w < s && w >= 100 && !numbers::is_ordinal_word(ctx.l(start + m)) {
                v += w;
                last = start + m - 1;
            }
        }
    }
    // Decimals in words: `douze virgule quatre-vingt-dix-neuf`, `zéro virgule cinq`.
    let mut num = Num {
        first: i,
        last,
        v: v as f64,
        rule: R_WORDS,
    };
    let mut decimal = false;
    if ctx.is(last + 1, &["virgule"]) {
        let words = (last + 2..ctx.len())
            .take_while(|&k| ctx.kind(k) == Some(TokKind::Word) && ctx.same_sent(i, k))
            .map(|k| ctx.l(k));
        if let Some((m, digits)) = numbers::fraction(words) {
            if let Ok(x) = format!("{v}.{digits}").parse::<f64>() {
                num.v = x;
                num.last = last + 1 + m;
                decimal = true;
            }
        }
    }
    if !decimal && !words_are_a_number(ctx, i, last, v) {
        return last + 1;
    }
    if let Some(end) = time_of_day(ctx, i, num.last) {
        return end + 1;
    }
    if dates::lone_day(ctx, i, num.last, num.v) {
        return num.last + 1;
    }
    finish_number(ctx, num, out);
    num.last + 1
}

/// The value of `million(s)`, `milliard(s)`.
fn big_scale(w: &str) -> Option<u64> {
    match w {
        "million" | "millions" => Some(1_000_000),
        "milliard" | "milliards" => Some(1_000_000_000),
        _ => None,
    }
}

/// Are the number words at `i..=last` (value `v`, no decimals) a number
/// here? `un`, `une` are articles (unless a range or a percentage follows:
/// `un ou deux pays`, `un pour cent`), `neuf` may be the adjective (`un
/// logement neuf`), `cent` alone the coin.
fn words_are_a_number(ctx: &Ctx, i: usize, last: usize, v: u64) -> bool {
    let one_word = i == last;
    let w = ctx.l(i);
    let unit = || money::percent_after(ctx, i).is_some() || money::currency_after(ctx, i).is_some();
    if v == 1 && one_word {
        // `un ou deux pays`, `de un à trois ans`, `un, deux, trois`.
        let range = ctx.is(i + 1, &["ou", "à", ","])
            && (ctx.kind(i + 2) == Some(TokKind::Number) || numbers::starts_number(ctx.l(i + 2)));
        return range || money::percent_after(ctx, i).is_some();
    }
    // `zéro` counts something (`zéro mort`) or is a unit's, not a verdict (`c'est zéro !`).
    if v == 0 && one_word {
        return ctx.kind(i + 1) == Some(TokKind::Word) && ctx.same_sent(i, i + 1) || unit();
    }
    if one_word
        && w == "neuf"
        && (ctx.kind(i + 1) != Some(TokKind::Word)
            || i > 0 && ctx.is(i - 1, &["tout", "à", "flambant", "est", "sont", "était"]))
    {
        return false;
    }
    if one_word && matches!(w, "cent" | "cents") {
        let pour = i > 0 && ctx.is(i - 1, &["pour"]);
        return unit() && !pour;
    }
    true
}

/// Works on the entities once they are resolved: ranges, bare amounts and
/// the currency of the article's country (see the module documentation).
pub fn finish(ctx: &Ctx, ents: &mut [Entity]) {
    // Currencies first: the other two copy them.
    money::localise(ctx, ents);
    money::ranges(ctx, ents);
    money::bare_amounts(ctx, ents);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_dots_and_commas() {
        assert_eq!(parse_digits("240 000"), Some(240000.0));
        assert_eq!(parse_digits("1.000"), Some(1000.0));
        assert_eq!(parse_digits("1.200.000"), Some(1200000.0));
        assert_eq!(parse_digits("3,546"), Some(3.546));
        assert_eq!(parse_digits("8.5"), Some(8.5));
        assert_eq!(parse_digits("6.700,54"), Some(6700.54));
        assert_eq!(parse_digits("4,800"), Some(4.8));
    }
}
