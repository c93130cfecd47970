//! Dates: `jeudi 3 juillet 2025`, `le premier mars`, `septembre 2024`,
//! `July 3, 2025`; numeric dates (`17/02/2014`, `20/02/14`, `le 2/3`,
//! `2013-03-01`); ranges and lists of days before one month (`du 13 au 15
//! juillet`, `les 13 et 14 décembre 2017`, `entre le 13 et le quinze
//! juillet`), one date per day. A weekday alone, a month without its year
//! and relative dates (`demain`, `lundi prochain`) are not tagged.

use super::{fig, glued, numbers, Ctx, FigureKind, FigureValue, WordMap, R_DATE, WEEKDAYS};
use crate::entities::Candidate;
use crate::tokenize::TokKind;

/// French month names.
pub(super) const MONTH_PAIRS: &[(&str, u32)] = &[
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
];
static MONTHS: WordMap<u32> = WordMap::new(MONTH_PAIRS);

/// Abbreviated months, taken only right after a day (`5 juil.`, `20 sept.
/// 2014`): `sept` alone is seven, `mar` and `jui` mean nothing else there.
static MONTH_ABBREVIATIONS: WordMap<u32> = WordMap::new(&[
    ("janv", 1),
    ("jan", 1),
    ("févr", 2),
    ("fév", 2),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("jui", 7),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("déc", 12),
    ("dec", 12),
]);

/// English month names.
pub(super) const EN_MONTH_PAIRS: &[(&str, u32)] = &[
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
];
static EN_MONTHS: WordMap<u32> = WordMap::new(EN_MONTH_PAIRS);

/// The month of a French month name.
pub(super) fn month<'w>(s: impl Into<crate::lexicon::Keyed<'w>>) -> Option<u32> {
    MONTHS.get(s)
}

/// The month of an English month name.
pub(super) fn en_month<'w>(s: impl Into<crate::lexicon::Keyed<'w>>) -> Option<u32> {
    EN_MONTHS.get(s)
}

/// A year in four digits (1800..=2100) at token `i`.
pub(super) fn year_of(ctx: &Ctx, i: usize) -> Option<u32> {
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

/// The year at token `i` after a year and a glued `-` or `/`: four digits,
/// or two that make the next year (`2015/16`, `2024-25`).
pub(super) fn next_year(ctx: &Ctx, i: usize) -> Option<u32> {
    year_of(ctx, i).or_else(|| short_second_year(ctx, i))
}

/// The year of the two digits at token `i` that end a range of two years
/// (`2024-25`: 2025).
pub(super) fn short_second_year(ctx: &Ctx, i: usize) -> Option<u32> {
    let first = year_of(ctx, i.checked_sub(2)?)?;
    let linked = matches!(ctx.t(i - 1), "-" | "/") && glued(ctx, i - 2) && glued(ctx, i - 1);
    let y = first - first % 100 + small(ctx, i)?;
    (linked && ctx.t(i).len() == 2 && y == first + 1).then_some(y)
}

/// A plain number of at most two digits at token `i`.
fn small(ctx: &Ctx, i: usize) -> Option<u32> {
    let s = ctx.t(i);
    if ctx.kind(i) != Some(TokKind::Number) || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    s.parse().ok()
}

/// The number of days of month `m` (29 for February: the year may not be given).
fn days_in(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The date figure of tokens `first..=last`.
pub(super) fn date(
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
        R_DATE,
        FigureKind::Date,
        FigureValue::Date(value),
        None,
    )
}

/// A day at token `i`: (day, last token). Digits 1..31, `1er`, `premier`,
/// number words (`quinze`, `trente et un`; not `un`, an article); with
/// `ordinal`, also a day written as an ordinal (`du 13e au 15 juillet`).
fn day_at(ctx: &Ctx, i: usize, ordinal: bool) -> Option<(u32, usize)> {
    let s = ctx.l(i);
    let (d, last) = match ctx.kind(i)? {
        TokKind::Number => (small(ctx, i)?, i),
        TokKind::Ordinal if matches!(s, "1er" | "1re" | "1ère") => (1, i),
        TokKind::Ordinal if ordinal => {
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            (s[..digits].parse().ok()?, i)
        }
        TokKind::Word if s == "premier" => (1, i),
        TokKind::Word if numbers::starts_number(s) && !matches!(s, "un" | "une") => {
            let words = (i..ctx.len().min(i + 4)).map(|k| ctx.l(k));
            let (n, v) = numbers::longest(words)?;
            (u32::try_from(v).ok()?, i + n - 1)
        }
        _ => return None,
    };
    (1..=31).contains(&d).then_some((d, last))
}

/// A month at token `i`: (month, last token). Abbreviations (`juil.`,
/// `sept.`) only with `abbreviated` (right after a day), and `sept` then only
/// with its dot or a year after it.
fn month_at(ctx: &Ctx, i: usize, abbreviated: bool) -> Option<(u32, usize)> {
    let s = ctx.l(i);
    if let Some(m) = month(s) {
        return Some((m, i));
    }
    if !abbreviated || ctx.kind(i) != Some(TokKind::Word) {
        return None;
    }
    let m = MONTH_ABBREVIATIONS.get(s)?;
    let dot = ctx.t(i + 1) == "." && glued(ctx, i);
    if s == "sept" && !dot && year_of(ctx, i + 1).is_none() {
        return None;
    }
    Some((m, if dot { i + 1 } else { i }))
}

/// One day of a date: its first token (a weekday before it included), last
/// token and value.
#[derive(Debug, Clone, Copy)]
struct Day {
    first: usize,
    last: usize,
    day: u32,
}

/// The first token of the day at `i`, with the weekday before it.
fn with_weekday(ctx: &Ctx, i: usize) -> usize {
    if i > 0 && WEEKDAYS.contains(ctx.w(i - 1)) && ctx.same_sent(i - 1, i) {
        i - 1
    } else {
        i
    }
}

/// After the day that ends at `last`: the link to the next day of a range or
/// list (`au`, `à`, `et`, `-`, `,`, `jusqu'au`, with `le` and a weekday
/// after it): the token where that day starts.
fn next_day_start(ctx: &Ctx, last: usize) -> Option<usize> {
    let mut k = last + 1;
    match ctx.l(k) {
        "au" | "à" | "et" | "-" | "–" | "," => k += 1,
        "jusqu'" | "jusqu’" if ctx.is(k + 1, &["au"]) => k += 2,
        _ => return None,
    }
    if ctx.is(k, &["le"]) {
        k += 1;
    }
    if WEEKDAYS.contains(ctx.w(k)) {
        k += 1;
    }
    ctx.same_sent(last, k).then_some(k)
}

/// The year after a month ending at `mlast`: (year, last token). Two
/// digits are a year only where nothing follows them (`31 octobre 74.`,
/// not `le 3 juillet 14 h`).
fn year_after(ctx: &Ctx, mlast: usize) -> (Option<u32>, usize) {
    let k = mlast + 1;
    if let Some(y) = year_of(ctx, k) {
        return (Some(y), k);
    }
    let ends = !ctx.same_sent(k, k + 1) || ctx.kind(k + 1) == Some(TokKind::Punct);
    match small(ctx, k) {
        Some(y) if ctx.t(k).len() == 2 && ends && ctx.same_sent(mlast, k) => {
            (Some(two_digit_year(y)), k)
        }
        _ => (None, mlast),
    }
}

/// A year written in two digits: 00-49 are the 2000s, 50-99 the 1900s.
fn two_digit_year(y: u32) -> u32 {
    if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}

/// Is the number at `first..=last` (value `v`) a day standing without its
/// month (`le 16`, `jeudi 15 à 8 h`, `du 13 au 18`)? It is then neither a
/// date nor a count.
pub(super) fn lone_day(ctx: &Ctx, first: usize, last: usize, v: f64) -> bool {
    let announced = first > 0
        && (ctx.is(first - 1, &["le", "du", "au"]) || WEEKDAYS.contains(ctx.w(first - 1)));
    let n = last + 1;
    let alone = !ctx.same_sent(last, n)
        || ctx.kind(n) == Some(TokKind::Punct)
        || ctx.is(
            n,
            &[
                "à", "au", "et", "vers", "dès", "ou", "prochain", "dernier", "courant",
            ],
        );
    announced && alone && v.fract() == 0.0 && (1.0..=31.0).contains(&v)
}

/// Numeric dates written with spaces: `20 02 2014`, `24 12 14`, and `17
/// 02`, `31 10`, `le 17 2` without a year (where the month is padded, the
/// day cannot be a month, or `le` announces it).
fn spaced(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    if glued(ctx, i) || !ctx.same_sent(i, i + 1) {
        return None;
    }
    let (d, m) = (small(ctx, i)?, small(ctx, i + 1)?);
    if !(1..=12).contains(&m) || !(1..=days_in(m)).contains(&d) {
        return None;
    }
    let third = ctx.same_sent(i, i + 2) && !glued(ctx, i + 1);
    let fourth_number = ctx.kind(i + 3) == Some(TokKind::Number);
    if third && !fourth_number {
        let y = match (year_of(ctx, i + 2), small(ctx, i + 2)) {
            (Some(y), _) => Some(y),
            (None, Some(y)) if ctx.t(i + 2).len() == 2 => Some(two_digit_year(y)),
            _ => None,
        };
        if let Some(y) = y {
            out.push(date(
                ctx,
                with_weekday(ctx, i),
                i + 2,
                Some(y),
                Some(m),
                Some(d),
            ));
            return Some(i + 3);
        }
    }
    if ctx.kind(i + 2) == Some(TokKind::Number) {
        return None;
    }
    let announced =
        i > 0 && (ctx.is(i - 1, &["le", "du", "au"]) || WEEKDAYS.contains(ctx.w(i - 1)));
    if d > 12 || ctx.t(i + 1).starts_with('0') || announced {
        out.push(date(
            ctx,
            with_weekday(ctx, i),
            i + 1,
            None,
            Some(m),
            Some(d),
        ));
        return Some(i + 2);
    }
    None
}

/// `septembre 2024`: a month with its year, at token `i` (month `m`).
pub(super) fn month_year(ctx: &Ctx, i: usize, m: u32, out: &mut Vec<Candidate>) -> Option<usize> {
    let y = year_of(ctx, i + 1)?;
    out.push(date(ctx, i, i + 1, Some(y), Some(m), None));
    Some(i + 2)
}

/// A date that starts with a day (or several, for a range) at token `i`, or
/// a numeric date: emits them and returns the token after; None when no
/// date starts here.
pub(super) fn at(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    if ctx.kind(i) == Some(TokKind::Number) {
        if let Some(next) = numeric(ctx, i, out).or_else(|| spaced(ctx, i, out)) {
            return Some(next);
        }
    }
    let (d, last) = day_at(ctx, i, true)?;
    let first = with_weekday(ctx, i);
    if let Some((m, mlast)) = month_at(ctx, last + 1, true) {
        if d <= days_in(m) {
            let (y, end) = year_after(ctx, mlast);
            out.push(date(ctx, first, end, y, Some(m), Some(d)));
            return Some(end + 1);
        }
        return None;
    }
    // A range or list of days before one month: `du 13 au 15 juillet`.
    let mut start = next_day_start(ctx, last)?;
    let mut days = vec![Day {
        first,
        last,
        day: d,
    }];
    while days.len() < 8 {
        let (d, last) = day_at(ctx, start, true)?;
        days.push(Day {
            first: with_weekday(ctx, start),
            last,
            day: d,
        });
        if let Some((m, mlast)) = month_at(ctx, last + 1, true) {
            if days.iter().any(|x| x.day > days_in(m)) {
                return None;
            }
            let (y, end) = year_after(ctx, mlast);
            let (tail, head) = days.split_last()?;
            for x in head {
                out.push(date(ctx, x.first, x.last, y, Some(m), Some(x.day)));
            }
            out.push(date(ctx, tail.first, end, y, Some(m), Some(tail.day)));
            return Some(end + 1);
        }
        start = next_day_start(ctx, last)?;
    }
    None
}

/// `July 3, 2025`, `July 3`, `July 2025` (capitalised), at token `i` (month `m`).
pub(super) fn english(ctx: &Ctx, i: usize, m: u32, out: &mut Vec<Candidate>) -> Option<usize> {
    if !ctx.is_cap(i) {
        return None;
    }
    if let Some((d, _)) =
        day_at(ctx, i + 1, false).filter(|_| ctx.kind(i + 1) != Some(TokKind::Word))
    {
        if ctx.t(i + 2) == "," {
            if let Some(y) = year_of(ctx, i + 3) {
                out.push(date(ctx, i, i + 3, Some(y), Some(m), Some(d)));
                return Some(i + 4);
            }
        }
        if let Some(y) = year_of(ctx, i + 2) {
            out.push(date(ctx, i, i + 2, Some(y), Some(m), Some(d)));
            return Some(i + 3);
        }
        if !matches!(ctx.l(i), "may" | "march") {
            out.push(date(ctx, i, i + 1, None, Some(m), Some(d)));
            return Some(i + 2);
        }
    }
    let y = year_of(ctx, i + 1)?;
    out.push(date(ctx, i, i + 1, Some(y), Some(m), None));
    Some(i + 2)
}

/// Numeric dates at token `i` (a number): `2013-03-01`, `17/02/2014`,
/// `20/02/14`, `17.02.2014`, and `17/02`, `le 2/3` without a year.
fn numeric(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let sep = ctx.t(i + 1);
    if !matches!(sep, "/" | "-" | ".") || !glued(ctx, i) || !glued(ctx, i + 1) {
        return None;
    }
    let b = small(ctx, i + 2)?;
    let third = ctx.t(i + 3) == sep && glued(ctx, i + 2) && glued(ctx, i + 3);
    // ISO: year-month-day.
    if let Some(y) = year_of(ctx, i) {
        let d = small(ctx, i + 4).filter(|_| sep == "-" && third)?;
        if (1..=12).contains(&b) && (1..=days_in(b)).contains(&d) {
            out.push(date(ctx, i, i + 4, Some(y), Some(b), Some(d)));
            return Some(i + 5);
        }
        return None;
    }
    let (d, m) = (small(ctx, i)?, b);
    if !(1..=12).contains(&m) || !(1..=days_in(m)).contains(&d) {
        return None;
    }
    if third {
        // `20/02/14`, `31/10/74`.
        let y = match (year_of(ctx, i + 4), small(ctx, i + 4)) {
            (Some(y), _) => y,
            (None, Some(y)) if sep == "/" && ctx.t(i + 4).len() == 2 => two_digit_year(y),
            _ => return None,
        };
        out.push(date(ctx, i, i + 4, Some(y), Some(m), Some(d)));
        return Some(i + 5);
    }
    // Day/month alone: a date after `le`, `du`, `au` or a weekday, or where
    // it cannot be a fraction (`17/02`, not `2/3 des voix` nor `24/7`).
    if sep != "/" || ctx.kind(i + 3) == Some(TokKind::Number) || ctx.t(i + 3) == "/" {
        return None;
    }
    let announced = i > 0
        && (ctx.is(i - 1, &["le", "du", "au", "depuis", "dès"]) || WEEKDAYS.contains(ctx.w(i - 1)));
    let padded = ctx.t(i + 2).starts_with('0') || ctx.t(i).starts_with('0');
    let of = ctx.is_de(i + 3);
    let idiom = d == 24 && m == 7;
    if announced || (d > m || padded) && !of && !idiom {
        let first = with_weekday(ctx, i);
        out.push(date(ctx, first, i + 2, None, Some(m), Some(d)));
        return Some(i + 3);
    }
    None
}
