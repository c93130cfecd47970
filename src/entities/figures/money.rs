//! Units: currencies after or before a number (`150 millions d'euros`,
//! `EUR 20`, `$10`), shorthand (`100K`, `1,2M`, `10K$`, `USD1,23`),
//! percentages (`%`, `pour cent`, `pourcents`); and the passes over the
//! resolved entities: ranges, bare amounts, and the currency of a name that
//! several countries share, taken from the country the article is about.

use super::{finish_number, glued, scale, Ctx, Num, R_DIGITS};
use crate::entities::{Candidate, Entity, FigureKind, FigureValue};
use crate::lexicon::{tag, EntityType};
use crate::tokenize::{flag, TokKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Currency right after token `i` (optionally after `de`/`d’`): (last token, ISO code).
pub(super) fn currency_after(ctx: &Ctx, i: usize) -> Option<(usize, String)> {
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
    Some((j + n - 1, code.to_string()))
}

/// Units that are a scale and a currency in one (`500 MDT`, `10 MMDH`):
/// the abbreviations of the Maghreb press, and `MUSD`, `MEUR`.
const SCALED_CURRENCIES: &[(&str, f64, &str)] = &[
    ("MDT", 1e6, "TND"),
    ("MDA", 1e6, "DZD"),
    ("MDH", 1e6, "MAD"),
    ("MDHS", 1e6, "MAD"),
    ("MDh", 1e6, "MAD"),
    ("MDhs", 1e6, "MAD"),
    ("MMDH", 1e9, "MAD"),
    ("MMDh", 1e9, "MAD"),
    ("MUSD", 1e6, "USD"),
    ("MEUR", 1e6, "EUR"),
];

/// A unit right after token `end` that is a scale and a currency in one:
/// (its token, the scale, ISO code).
pub(super) fn scaled_currency_after(ctx: &Ctx, end: usize) -> Option<(usize, f64, &'static str)> {
    let n = end + 1;
    if ctx.kind(n) != Some(TokKind::Word) || !ctx.t(n).starts_with('M') || !ctx.same_sent(end, n) {
        return None;
    }
    let t = ctx.t(n);
    let &(_, m, code) = SCALED_CURRENCIES.iter().find(|(f, ..)| *f == t)?;
    Some((n, m, code))
}

/// A currency symbol or ISO code right before the number at `first` (`$10`,
/// `€ 5`, `EUR 20`, `US$ 5`): (its first token, ISO code).
pub(super) fn currency_before(ctx: &Ctx, first: usize) -> Option<(usize, String)> {
    for k in [2, 1] {
        let Some(start) = first.checked_sub(k) else {
            continue;
        };
        if !ctx.same_sent(start, first) {
            continue;
        }
        let symbol = ctx.kind(start) == Some(TokKind::Symbol);
        let code = ctx.has(start, flag::ALLCAPS) && is_iso_code(ctx, start);
        if !symbol && !code {
            continue;
        }
        let get = |j: usize| (j < k).then(|| ctx.t(start + j));
        if let Some((n, c)) = ctx.lex.currency_at(get) {
            if n == k {
                return Some((start, c.to_string()));
            }
        }
    }
    None
}

/// Is token `i` a currency code in capitals that no French text uses as a
/// word or an acronym (`EUR`, `USD`, `CHF`, `FCFA`; not `TOP` or `ALL`)?
fn is_iso_code(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.t(i);
    (3..=4).contains(&t.len())
        && !ctx.lex.is_common(ctx.w(i))
        && !matches!(
            t,
            "TOP" | "ALL" | "PEN" | "CUP" | "BOB" | "MOP" | "SOS" | "TRY" | "GEL"
        )
        && ctx
            .lex
            .currency_at(|k| (k == 0).then_some(t))
            .is_some_and(|(_, c)| c == t || t.ends_with("CFA"))
}

/// Where a percentage written after token `end` ends: `%`, `pour cent`,
/// `pour-cent`, `pourcent(s)`, `pourcentage(s)`.
pub(super) fn percent_after(ctx: &Ctx, end: usize) -> Option<usize> {
    let n = end + 1;
    if !ctx.same_sent(end, n) {
        return None;
    }
    match ctx.l(n) {
        "%" => Some(n),
        "pour" if ctx.is(n + 1, &["cent", "cents"]) => Some(n + 1),
        "pourcent" | "pourcents" | "pour-cent" | "pour-cents" | "pourcentage" | "pourcentages" => {
            Some(n)
        }
        _ => None,
    }
}

/// Where a percentage written before the number at `first` starts:
/// `pourcentage de vingt`, `pourcent des trois cent cinq`.
pub(super) fn percent_before(ctx: &Ctx, first: usize) -> Option<usize> {
    let w = first.checked_sub(2)?;
    let named = ctx.is(w, &["pourcentage", "pourcentages", "pourcent"]);
    (named && ctx.is_de(first - 1) && ctx.same_sent(w, first)).then_some(w)
}

/// Cents after an amount whose currency ends at `cend` (`1 USD et 23
/// centimes`, `1 USD 23 cents`): the new end and value.
pub(super) fn cents_after(ctx: &Ctx, cend: usize, v: f64) -> (usize, f64) {
    let k = if ctx.is(cend + 1, &["et"]) {
        cend + 2
    } else {
        cend + 1
    };
    let s = ctx.t(k);
    let cents = ctx.kind(k) == Some(TokKind::Number) && s.len() <= 2 && ctx.same_sent(cend, k + 1);
    match s.parse::<u8>() {
        Ok(c) if cents && c < 100 && ctx.is(k + 1, &["centimes", "cents", "cts"]) => {
            (k + 1, v + f64::from(c) / 100.0)
        }
        _ => (cend, v),
    }
}

/// Shorthand at word token `i`: `100K`, `1,2M` (M with a decimal or a
/// currency: `3M` may be the company), `2Md`, `10K$`, or a code glued to
/// the amount (`USD1,23`, `EUR29,99`). Returns the next token to look at.
pub(super) fn shorthand_at(ctx: &Ctx, i: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let t = ctx.t(i);
    let digits = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.')
        .count();
    if digits > 0 {
        let (num, suffix) = t.split_at(digits);
        let m = match suffix {
            "k" | "K" => 1e3,
            "M" if num.contains(',') || currency_after(ctx, i).is_some() => 1e6,
            "M" if currency_before(ctx, i).is_some() => 1e6,
            "Md" | "Mds" | "Mrd" | "Mrds" => 1e9,
            _ => return None,
        };
        let v = super::parse_digits(num)? * m;
        let num = Num {
            first: i,
            last: i,
            v,
            rule: R_DIGITS,
        };
        finish_number(ctx, num, out);
        return Some(i + 1);
    }
    // `USD1,23`: three capitals, then the amount.
    let (code, amount) = t.split_at_checked(3)?;
    if !code.bytes().all(|b| b.is_ascii_uppercase()) || !amount.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (_, iso) = ctx.lex.currency_at(|k| (k == 0).then_some(code))?;
    if iso != code {
        return None;
    }
    let mut v: f64 = amount.parse().ok()?;
    let mut last = i;
    if ctx.t(i + 1) == ","
        && glued(ctx, i)
        && glued(ctx, i + 1)
        && ctx.kind(i + 2) == Some(TokKind::Number)
    {
        v = super::parse_digits(&format!("{amount},{}", ctx.t(i + 2)))?;
        last = i + 2;
    }
    out.push(super::fig(
        ctx,
        i,
        last,
        R_DIGITS,
        FigureKind::Money,
        FigureValue::Num(v),
        Some(code.to_string()),
    ));
    Some(last + 1)
}

/// The figure of an entity, when it is one.
fn figure(e: &Entity) -> Option<&crate::entities::Figure> {
    (e.etype == EntityType::Figure)
        .then_some(e.figure.as_ref())
        .flatten()
}

/// The multiplier of the scale word among the tokens of `e` (`25 millions
/// $` → 10^6), if it has one.
fn scale_in(ctx: &Ctx, e: &Entity) -> Option<f64> {
    (e.tok_start..e.tok_end)
        .filter(|&k| ctx.kind(k) == Some(TokKind::Word) && ctx.l(k).len() > 1)
        .find_map(|k| scale(ctx.l(k)))
}

/// The first end of a range takes the scale and unit of the second:
/// `entre 15 et 25 millions $` (15 000 000 $), `de 10 à 20 %`, `deux ou
/// trois milliards d'euros`, `10 - 20 euros`.
pub(super) fn ranges(ctx: &Ctx, ents: &mut [Entity]) {
    for k in 1..ents.len() {
        let (head, tail) = ents.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let (Some(fa), Some(fb)) = (figure(a), figure(b)) else {
            continue;
        };
        if fa.kind != FigureKind::Number
            || fb.kind == FigureKind::Date
            || b.tok_start != a.tok_end + 1
        {
            continue;
        }
        let link = a.tok_end;
        let linked = match ctx.l(link) {
            "et" => a.tok_start > 0 && ctx.is(a.tok_start - 1, &["entre"]),
            "à" | "ou" | "-" | "–" => true,
            _ => false,
        };
        let FigureValue::Num(x) = fa.value else {
            continue;
        };
        if !linked || scale_in(ctx, a).is_some() {
            continue;
        }
        let factor = scale_in(ctx, b).filter(|_| x.abs() < 1000.0).unwrap_or(1.0);
        if factor == 1.0 && fb.kind == FigureKind::Number {
            continue;
        }
        let (kind, unit) = (fb.kind, fb.unit.clone());
        if let Some(f) = a.figure.as_mut() {
            f.kind = kind;
            f.unit = unit;
            f.value = FigureValue::Num(x * factor);
        }
    }
}

/// Words after `N millions` that leave the amount without a noun of its own
/// (`près de 500 millions au total`, `contre 25 millions en 2022`).
const AFTER_BARE_AMOUNT: &[&str] = &[
    "au",
    "aux",
    "en",
    "pour",
    "contre",
    "par",
    "sur",
    "dont",
    "soit",
    "et",
    "ou",
    "à",
    "avec",
    "chacun",
    "chacune",
    "supplémentaires",
    "additionnels",
    "seulement",
    "environ",
    "cette",
    "ce",
];

/// An amount with a scale and no noun after it takes the currency of the
/// money figure before it in the sentence: `30 millions d'euros …, qui en
/// coûtera près de 500 millions au total`.
pub(super) fn bare_amounts(ctx: &Ctx, ents: &mut [Entity]) {
    let mut last_money: Option<(u32, String)> = None;
    for e in ents.iter_mut() {
        let Some(f) = figure(e) else {
            continue;
        };
        let sent = ctx.sent_of.get(e.tok_start).copied().unwrap_or(u32::MAX);
        match f.kind {
            FigureKind::Money => {
                if let Some(u) = &f.unit {
                    last_money = Some((sent, u.clone()));
                }
                continue;
            }
            FigureKind::Number => {}
            _ => continue,
        }
        let Some((s, unit)) = &last_money else {
            continue;
        };
        let last = e.tok_end - 1;
        let big = ctx.is(last, &["million", "millions", "milliard", "milliards"]);
        let next = e.tok_end;
        let bare = !ctx.same_sent(last, next)
            || matches!(ctx.kind(next), Some(TokKind::Punct))
            || ctx.is(next, AFTER_BARE_AMOUNT);
        if *s == sent && big && bare {
            let unit = unit.clone();
            if let Some(f) = e.figure.as_mut() {
                f.kind = FigureKind::Money;
                f.unit = Some(unit);
            }
        }
    }
}

/// The name that several countries' currencies share, of a currency form
/// (lowercase words): `dollars`, `$` → `dollar`; `FCFA`, `francs CFA` →
/// `franc cfa`; `francs` → `franc`. A form that says more (`dollars
/// canadiens`, `dinar tunisien`) has none.
fn shared_name(words: &[&str]) -> Option<&'static str> {
    let joined: String = words.concat();
    if matches!(
        joined.as_str(),
        "cfa" | "fcfa" | "f.cfa" | "francscfa" | "franccfa"
    ) {
        return Some("franc cfa");
    }
    let [w] = words else {
        return None;
    };
    Some(match *w {
        "$" | "dollar" | "dollars" => "dollar",
        "franc" | "francs" => "franc",
        "dinar" | "dinars" => "dinar",
        "dirham" | "dirhams" => "dirham",
        "livre" | "livres" => "livre",
        "roupie" | "roupies" => "roupie",
        "rial" | "rials" | "riyal" | "riyals" => "riyal",
        "shilling" | "shillings" => "shilling",
        "kwacha" => "kwacha",
        "peso" | "pesos" => "peso",
        "couronne" | "couronnes" => "couronne",
        _ => return None,
    })
}

/// Shared currency names → (country, its currency of that name).
type SharedCurrencies = HashMap<&'static str, Vec<([u8; 2], &'static str)>>;

/// The countries that call their currency by a shared name, and that
/// currency (gazetteers/currency_countries.tsv).
fn shared_currencies() -> &'static SharedCurrencies {
    static M: OnceLock<SharedCurrencies> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = SharedCurrencies::new();
        let data = include_str!("../../../gazetteers/currency_countries.tsv");
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            if let (Some(name), Some(cc), Some(code)) = (cols.next(), cols.next(), cols.next()) {
                if let [a, b] = cc.as_bytes() {
                    m.entry(name).or_default().push(([*a, *b], code));
                }
            }
        }
        m
    })
}

/// Is `code` the currency of a name several countries share (`USD`, `XOF`,
/// `DZD`)?
fn is_shared_code(code: &str) -> bool {
    static CODES: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    CODES
        .get_or_init(|| {
            shared_currencies()
                .values()
                .flatten()
                .map(|&(_, c)| c)
                .collect()
        })
        .contains(code)
}

/// How much an article mentions each country (few countries: a list).
#[derive(Default)]
struct Scores(Vec<([u8; 2], u32)>);

impl Scores {
    fn add(&mut self, cc: [u8; 2], n: u32) {
        match self.0.iter_mut().find(|(c, _)| *c == cc) {
            Some((_, s)) => *s += n,
            None => self.0.push((cc, n)),
        }
    }
    fn get(&self, cc: [u8; 2]) -> Option<u32> {
        self.0.iter().find(|(c, _)| *c == cc).map(|&(_, s)| s)
    }
    fn top(&self) -> u32 {
        self.0.iter().map(|&(_, s)| s).max().unwrap_or(0)
    }
}

/// How much the article is about each country: one point per mention of a
/// place of the gazetteers (a country, or a city or region by its `cc=`
/// tag) and per nationality adjective (`sénégalais`), and one more for the
/// first place of the text (the dateline: `Dakar, 12 mai (APS) –`).
fn country_scores(ctx: &Ctx, ents: &[Entity]) -> Scores {
    let mut scores = Scores::default();
    let cc_of = |name: &str| ctx.lex.lookup(name).and_then(|e| tag::country_code(e.tags));
    let mut first = true;
    for e in ents.iter().filter(|e| e.etype == EntityType::Place) {
        let text = &ctx.text[e.start..e.end];
        let cc = cc_of(text).or_else(|| e.canonical.as_deref().and_then(cc_of));
        if let Some(cc) = cc {
            scores.add(cc, if first { 2 } else { 1 });
            first = false;
        }
    }
    for k in 0..ctx.len() {
        // Nationality adjectives take five bytes or more (`belge`, `thaï`).
        if ctx.kind(k) != Some(TokKind::Word) || ctx.l(k).len() < 5 {
            continue;
        }
        if let Some(cc) = ctx.lex.demonym(ctx.w(k)).and_then(cc_of) {
            scores.add(cc, 1);
        }
    }
    scores
}

/// The currency form inside a money entity, as lowercase words.
fn currency_form<'a>(ctx: &Ctx<'a>, e: &Entity) -> Option<Vec<&'a str>> {
    (e.tok_start..e.tok_end).find_map(|k| {
        let unit = matches!(ctx.kind(k), Some(TokKind::Word | TokKind::Symbol));
        if !unit || ctx.is_de(k) || scale(ctx.l(k)).is_some() {
            return None;
        }
        let get = |j: usize| (k + j < e.tok_end).then(|| ctx.t(k + j));
        let (n, _) = ctx.lex.currency_at(get)?;
        Some((k..k + n).map(|j| ctx.l(j)).collect())
    })
}

/// A currency name several countries share takes the currency of the
/// country the article is about (ANNOTATION.md): of the countries that use
/// that name, the one the article mentions most, if it is mentioned at
/// least half as much as the article's main country; otherwise the code the
/// currency list gives. `francs CFA (BEAC)` says which itself.
pub(super) fn localise(ctx: &Ctx, ents: &mut [Entity]) {
    let mut scores = None;
    for k in 0..ents.len() {
        let e = &ents[k];
        // Only a code that a shared name can give needs a closer look (not `EUR`).
        let shared = figure(e).is_some_and(|f| {
            f.kind == FigureKind::Money && f.unit.as_deref().is_some_and(is_shared_code)
        });
        if !shared {
            continue;
        }
        let Some(name) = currency_form(ctx, e).and_then(|w| shared_name(&w)) else {
            continue;
        };
        let after = e.tok_end;
        let said = if ctx.t(after) == "(" {
            match ctx.l(after + 1) {
                "beac" | "cemac" => Some("XAF"),
                "bceao" | "uemoa" => Some("XOF"),
                _ => None,
            }
        } else {
            None
        };
        let code = match said {
            Some(c) => Some(c),
            None => {
                let scores = scores.get_or_insert_with(|| country_scores(ctx, ents));
                let top = scores.top();
                let given = figure(e).and_then(|f| f.unit.as_deref());
                // On a tie, the code the currency list gives.
                shared_currencies()
                    .get(name)
                    .into_iter()
                    .flatten()
                    .filter_map(|&(cc, code)| Some((scores.get(cc)?, code)))
                    .filter(|&(s, _)| 2 * s >= top)
                    .max_by_key(|&(s, code)| (s, Some(code) == given))
                    .map(|(_, code)| code)
            }
        };
        if let (Some(code), Some(f)) = (code, ents[k].figure.as_mut()) {
            f.unit = Some(code.to_string());
        }
    }
}
