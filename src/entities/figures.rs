//! FIGURE: numbers in digits and in words, money, percentages and dates.
//!
//! Spans follow the guideline: a number takes its scale word (`1,5 million`)
//! but not the counted noun; money takes the currency (`150 millions d'euros`);
//! a date takes the weekday, day, month and year that stand together. Numbers
//! inside names (`Digital Morocco 2030`), identifiers (`loi n° 12`) and
//! ordinals are left out.

use super::{Candidate, Ctx, Figure, FigureKind, FigureValue, WordMap};
use crate::lexicon::EntityType;
use crate::tokenize::TokKind;

static MONTHS: WordMap<u32> = WordMap::new(&[
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
]);

static EN_MONTHS: WordMap<u32> = WordMap::new(&[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
]);

static WEEKDAYS: crate::entities::WordSet = crate::entities::WordSet::new(&[
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

/// Scale words and their multipliers.
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
    ("m", 1e6),
]);

/// Number words (French, Belgian and Swiss forms).
static UNITS: WordMap<u64> = WordMap::new(&[
    ("zéro", 0),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
    ("onze", 11),
    ("douze", 12),
    ("treize", 13),
    ("quatorze", 14),
    ("quinze", 15),
    ("seize", 16),
    ("vingt", 20),
    ("vingts", 20),
    ("trente", 30),
    ("quarante", 40),
    ("cinquante", 50),
    ("soixante", 60),
    ("septante", 70),
    ("huitante", 80),
    ("octante", 80),
    ("nonante", 90),
    ("cent", 100),
    ("cents", 100),
    ("mille", 1000),
]);

/// Approximate counts (`une vingtaine`): the span is the noun alone.
static APPROX: WordMap<u64> = WordMap::new(&[
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
]);

/// Words before a number that make it an identifier, not a figure.
static IDENT_BEFORE: crate::entities::WordSet = crate::entities::WordSet::new(&[
    "n°",
    "no",
    "nº",
    "numéro",
    "article",
    "articles",
    "loi",
    "décret",
    "arrêté",
    "tél",
    "tel",
    "fax",
    "bp",
    "code",
    "page",
    "p",
    "alinéa",
    "chapitre",
    "lot",
    "route",
    "rn",
    "km",
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

fn month(s: &str) -> Option<u32> {
    MONTHS.get(s)
}

fn en_month(s: &str) -> Option<u32> {
    EN_MONTHS.get(s)
}

fn scale(s: &str) -> Option<f64> {
    SCALES.get(s)
}

fn unit_word(s: &str) -> Option<u64> {
    UNITS.get(s)
}

/// Parses a digit token: `240 000`, `1.000`, `3,546`.
pub fn parse_digits(s: &str) -> Option<f64> {
    let mut buf = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '0'..='9' => buf.push(c),
            ',' => buf.push('.'),
            _ => {}
        }
    }
    buf.parse().ok()
}

/// Parses French number words (one token may hold several: `vingt-trois`,
/// `quatre-vingt-dix`). Returns None for anything that is not a number word.
pub fn parse_words<'w>(words: impl Iterator<Item = &'w str>) -> Option<u64> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    for w in words {
        for part in w.split('-') {
            if part == "et" {
                continue;
            }
            let v = unit_word(part)?;
            any = true;
            // A run of number words that overflows is not a number (`cent cent cent …`).
            match v {
                100 => current = current.max(1).checked_mul(100)?,
                1000 => {
                    total = total.checked_add(current.max(1).checked_mul(1000)?)?;
                    current = 0;
                }
                // `quatre-vingt`: 4 then 20 multiplies.
                20 if current % 100 == 4 && current >= 4 => current = current - 4 + 80,
                _ => current = current.checked_add(v)?,
            }
        }
    }
    if any {
        total.checked_add(current)
    } else {
        None
    }
}

fn year_of(ctx: &Ctx, i: usize) -> Option<u32> {
    if ctx.kind(i) != Some(TokKind::Number) {
        return None;
    }
    let s = ctx.t(i);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = s.parse().ok()?;
    (1800..=2100).contains(&y).then_some(y)
}

fn day_of(ctx: &Ctx, i: usize) -> Option<u32> {
    let s = ctx.l(i);
    let d = match ctx.kind(i)? {
        TokKind::Number if s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().ok()?
        }
        TokKind::Ordinal if s == "1er" || s == "1re" => 1,
        _ => return None,
    };
    (1..=31).contains(&d).then_some(d)
}

fn date(
    ctx: &Ctx,
    first: usize,
    last: usize,
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Candidate {
    let value = match (year, month, day) {
        (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, None) => format!("{y:04}"),
        _ => String::new(),
    };
    fig(
        ctx,
        first,
        last,
        "figure:date",
        FigureKind::Date,
        FigureValue::Date(value),
        None,
    )
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

/// Is the number at `i` part of a name (`Digital Morocco 2030`, `Vision 2030`)
/// or an identifier (`loi n° 12`)?
fn in_name_or_ident(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = i - 1;
    if ctx.is_in(p, &IDENT_BEFORE) || ctx.t(p) == "°" || ctx.t(p) == "#" {
        return true;
    }
    // Glued to a word or symbol (`COVID-19` is one token already; `n°12`, `/12`).
    if ctx.toks[p].end == ctx.toks[i].start && matches!(ctx.kind(p), Some(TokKind::Word)) {
        return true;
    }
    if ctx.is_cap(p)
        && !ctx.is_initial_common(p)
        && month(ctx.l(p)).is_none()
        && en_month(ctx.l(p)).is_none()
    {
        // A capitalised word right before (in the same sentence): part of a name,
        // unless it is a place or a title word that cannot take a number.
        return ctx.same_sent(p, i) && !WEEKDAYS.contains(ctx.l(p));
    }
    false
}

/// Currency right after token `i` (optionally after `de`/`d’`): (last token, ISO code).
fn currency_after(ctx: &Ctx, i: usize) -> Option<(usize, String)> {
    let mut j = i + 1;
    if ctx.is(j, &["de"]) || ctx.is_elision(j, "d") {
        j += 1;
    }
    if j >= ctx.len() || !ctx.same_sent(i, j) {
        return None;
    }
    let get = |k: usize| {
        let idx = j + k;
        (idx < ctx.len() && ctx.same_sent(i, idx)).then(|| ctx.t(idx))
    };
    let (n, code) = ctx.lex.currency_at(get)?;
    let code = code.to_string();
    Some((j + n - 1, code))
}

/// Reads `[scale] [currency | % | pour cent]` after a number whose value is `v`
/// and whose last token is `last`, and emits the figure.
fn finish_number(
    ctx: &Ctx,
    first: usize,
    last: usize,
    v: f64,
    out: &mut Vec<Candidate>,
    rule: &'static str,
) {
    let mut v = v;
    let mut end = last;
    let n = end + 1;
    if n < ctx.len() && ctx.same_sent(last, n) {
        let s = ctx.l(n);
        let ok = ctx.kind(n) == Some(TokKind::Word)
            && (s.len() > 1 || (s == "m" && currency_after(ctx, n).is_some()))
            && !(s == "mille" && rule == "figure:words");
        if ok {
            if let Some(m) = scale(s) {
                v *= m;
                end = n;
            }
        }
    }
    // `6,5%`, `dix pour cent`, `3 pourcent`: where the percentage ends, if it is one.
    let percent_end = if end + 1 < ctx.len() && ctx.t(end + 1) == "%" && ctx.same_sent(end, end + 1)
    {
        Some(end + 1)
    } else if ctx.is(end + 1, &["pour"]) && ctx.is(end + 2, &["cent", "cents"]) {
        Some(end + 2)
    } else if ctx.is(end + 1, &["pourcent"]) {
        Some(end + 1)
    } else {
        None
    };
    if let Some(pe) = percent_end {
        out.push(fig(
            ctx,
            first,
            pe,
            rule,
            FigureKind::Percent,
            FigureValue::Num(v),
            None,
        ));
        return;
    }
    if let Some((cend, code)) = currency_after(ctx, end) {
        out.push(fig(
            ctx,
            first,
            cend,
            rule,
            FigureKind::Money,
            FigureValue::Num(v),
            Some(code),
        ));
        return;
    }
    // A currency symbol just before: `$ 5 millions`, `€5`.
    if first > 0 && ctx.kind(first - 1) == Some(TokKind::Symbol) {
        if let Some((1, code)) = ctx.lex.currency_at(|k| (k == 0).then(|| ctx.t(first - 1))) {
            let code = code.to_string();
            out.push(fig(
                ctx,
                first - 1,
                end,
                rule,
                FigureKind::Money,
                FigureValue::Num(v),
                Some(code),
            ));
            return;
        }
    }
    out.push(fig(
        ctx,
        first,
        end,
        rule,
        FigureKind::Number,
        FigureValue::Num(v),
        None,
    ));
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
    // Day + month [+ year], with the weekday before it.
    if let Some(d) = day_of(ctx, i) {
        if let Some(m) = month(ctx.l(i + 1)).or_else(|| en_month(ctx.l(i + 1))) {
            let first = if i > 0 && WEEKDAYS.contains(ctx.l(i - 1)) {
                i - 1
            } else {
                i
            };
            let (y, last) = match year_of(ctx, i + 2) {
                Some(y) => (Some(y), i + 2),
                None => (None, i + 1),
            };
            out.push(date(ctx, first, last, y, Some(m), Some(d)));
            return last + 1;
        }
        // dd/mm/yyyy
        if ctx.t(i + 1) == "/" && ctx.t(i + 3) == "/" {
            if let (Some(m), Some(y)) = (day_of(ctx, i + 2), year_of(ctx, i + 4)) {
                if (1..=12).contains(&m) {
                    out.push(date(ctx, i, i + 4, Some(y), Some(m), Some(d)));
                    return i + 5;
                }
            }
        }
    }
    if ctx.kind(i) != Some(TokKind::Number) || in_name_or_ident(ctx, i) {
        return i + 1;
    }
    // A number glued to what follows is part of something else (`12h`, `3/4`).
    if ctx.t(i + 1) == "/" && ctx.toks[i + 1].start == ctx.toks[i].end {
        return i + 2;
    }
    if let Some(y) = year_of(ctx, i) {
        let next_is_unit = ctx.t(i + 1) == "%"
            || ctx.kind(i + 1) == Some(TokKind::Word)
                && (scale(ctx.l(i + 1)).is_some() && ctx.l(i + 1).len() > 1
                    || currency_after(ctx, i).is_some());
        if !next_is_unit {
            out.push(date(ctx, i, i, Some(y), None, None));
            return i + 1;
        }
    }
    let Some(v) = parse_digits(ctx.t(i)) else {
        return i + 1;
    };
    finish_number(ctx, i, i, v, out, "figure:digits");
    i + 1
}

/// Is `l` (or its first hyphenated part) a month, a number word or an
/// approximate count? One lookup that lets most words through at once.
fn may_start_figure(l: &str, hyphenated: bool) -> bool {
    static WORDS: std::sync::OnceLock<super::WordFilter> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        [&MONTHS, &EN_MONTHS]
            .iter()
            .flat_map(|m| m.keys())
            .chain(APPROX.keys())
            .chain(UNITS.keys())
            .collect()
    });
    // Only a word with a hyphen has a part before it (`vingt-cinq`).
    let first = if hyphenated {
        l.split('-').next().unwrap_or(l)
    } else {
        l
    };
    words.contains(first)
}

/// Handles a word at `i`: a month with its year, an English date, or number words.
fn words_at(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> usize {
    let l = ctx.l(i);
    if !may_start_figure(l, ctx.has(i, crate::tokenize::flag::HYPHEN)) {
        return i + 1;
    }
    if let Some(m) = month(l) {
        if let Some(y) = year_of(ctx, i + 1) {
            out.push(date(ctx, i, i + 1, Some(y), Some(m), None));
            return i + 2;
        }
        return i + 1;
    }
    if let Some(m) = en_month(l) {
        if ctx.is_cap(i) {
            // `July 3, 2025`, `July 3`, `July 2025`.
            if let Some(d) = day_of(ctx, i + 1) {
                if ctx.t(i + 2) == "," {
                    if let Some(y) = year_of(ctx, i + 3) {
                        out.push(date(ctx, i, i + 3, Some(y), Some(m), Some(d)));
                        return i + 4;
                    }
                }
                if let Some(y) = year_of(ctx, i + 2) {
                    out.push(date(ctx, i, i + 2, Some(y), Some(m), Some(d)));
                    return i + 3;
                }
                if l != "may" && l != "march" {
                    out.push(date(ctx, i, i + 1, None, Some(m), Some(d)));
                    return i + 2;
                }
            }
            if let Some(y) = year_of(ctx, i + 1) {
                out.push(date(ctx, i, i + 1, Some(y), Some(m), None));
                return i + 2;
            }
        }
        return i + 1;
    }
    if let Some(v) = APPROX.get(l) {
        let v = v as f64;
        finish_number(ctx, i, i, v, out, "figure:words");
        return i + 1;
    }
    // A run of number words: `vingt-trois`, `deux cent mille`, `trois millions`.
    let mut j = i;
    while j < ctx.len() && ctx.kind(j) == Some(TokKind::Word) && ctx.same_sent(i, j) {
        let w = ctx.l(j);
        let is_num = w.split('-').all(|p| p == "et" || unit_word(p).is_some())
            && w.split('-').any(|p| unit_word(p).is_some());
        // `vingt et un`, `soixante et onze`: `et` joins a ten and a unit, nothing else.
        let is_et = w == "et"
            && j > i
            && matches!(
                ctx.l(j - 1),
                "vingt" | "trente" | "quarante" | "cinquante" | "soixante"
            )
            && matches!(ctx.l(j + 1), "un" | "une" | "onze");
        if !(is_num || is_et) {
            break;
        }
        j += 1;
    }
    if j == i {
        return i + 1;
    }
    let words: Vec<&str> = (i..j).map(|k| ctx.l(k)).collect();
    // `un`, `une` alone are articles; `neuf` alone before punctuation is the adjective.
    if j == i + 1 && matches!(words[0], "un" | "une") {
        return i + 1;
    }
    if words.first().is_some_and(|w| *w == "un" || *w == "une")
        && !words.iter().skip(1).any(|w| *w == "mille")
    {
        return i + 1;
    }
    if j == i + 1
        && words[0] == "neuf"
        && (ctx.kind(i + 1) != Some(TokKind::Word)
            || i > 0 && ctx.is(i - 1, &["tout", "à", "flambant", "est", "sont", "était"]))
    {
        return i + 1;
    }
    // `cent` alone is the coin or `pour cent`.
    if j == i + 1 && matches!(words[0], "cent" | "cents") {
        return i + 1;
    }
    if i > 0 && ctx.is(i - 1, &["pour"]) && matches!(words[0], "cent" | "cents") {
        return i + 1;
    }
    let Some(v) = parse_words(words.iter().copied()) else {
        return i + 1;
    };
    finish_number(ctx, i, j - 1, v as f64, out, "figure:words");
    j
}
