//! Gazetteer matches: every entry of the entity lists found in the text at
//! token boundaries (or at the hyphens inside a token: `Maroc-Portugal`),
//! with the case of proper names respected.

use super::{Candidate, Ctx};
use crate::lexicon::{tag, EntityType, GazEntry};
use crate::tokenize::TokKind;

/// Does the matched text agree in case with the entry? Acronyms must match
/// exactly; otherwise the first letter must be a capital where the entry's is,
/// and a lowercase entry must not match a capitalised word in mid-sentence.
fn case_ok(m: &str, e: &GazEntry) -> bool {
    // Most entries have a space: no need to count their letters.
    if !e.text.contains(' ') {
        let (mut letters, mut upper) = (0, 0);
        for c in e.text.chars() {
            letters += usize::from(c.is_alphabetic());
            upper += usize::from(c.is_uppercase());
        }
        if letters >= 2 && upper == letters {
            return m == e.text;
        }
    }
    let (Some(a), Some(b)) = (m.chars().next(), e.text.chars().next()) else {
        return false;
    };
    if b.is_uppercase() && !a.is_uppercase() {
        return false;
    }
    // Every capital of the entry must be there (`La Réunion` is not `La réunion`);
    // extra capitals in the text are fine (`Afrique Centrale` for `Afrique centrale`).
    m.chars()
        .zip(e.text.chars())
        .all(|(x, y)| !y.is_uppercase() || x.is_uppercase())
}

/// Proposes a candidate for each gazetteer match.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    ctx.lex.each_match(ctx.text, ctx.lower, ctx.toks, |g| {
        let (s, e, tok, entry) = (g.start, g.end, g.tok, g.entry);
        let m = &ctx.text[s..e];
        if !case_ok(m, entry) {
            return;
        }
        // A token that starts its sentence and is a common word (`Sale`, `Orange`)
        // is not taken from a one-word entry.
        let one_word = !entry.text.contains(' ');
        let at_start = ctx.toks.get(tok).is_some_and(|t| t.start as usize == s);
        if one_word
            && at_start
            && ctx.is_initial_common(tok)
            && entry.tags & (tag::CAPITAL | tag::COUNTRY) == 0
        {
            return;
        }
        let strong = entry.tags & (tag::CAPITAL | tag::COUNTRY) != 0;
        if entry.tags & tag::AMBIGUOUS != 0
            && (ctx.sent_initial(tok) && !strong || !m.starts_with(char::is_uppercase))
        {
            return;
        }
        // Handles and hashtags are matched by their own rules.
        if matches!(
            ctx.kind(tok),
            Some(TokKind::Handle | TokKind::Hashtag | TokKind::Url)
        ) && ctx.bstart(tok) < s + 1
        {
            return;
        }
        let prio = match entry.etype {
            EntityType::Org => 68,
            EntityType::Place => 40,
            _ => 55,
        };
        let mut c = Candidate::new(s, e, entry.etype, entry.source, prio);
        c.canonical = entry.canonical.clone();
        out.push(c);
    });
}
