//! Gazetteer matches: every entry of the entity lists found in the text at
//! token boundaries (or at the hyphens inside a token: `Maroc-Portugal`),
//! with the case of proper names respected.

use super::{Candidate, Ctx};
use crate::lexicon::{tag, EntityType};
use crate::tokenize::TokKind;

/// Proposes a candidate for each gazetteer match.
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    ctx.lex.each_match(ctx.text, ctx.lower, ctx.toks, |g| {
        let (s, e, tok, entry) = (g.start, g.end, g.tok, g.entry);
        let m = &ctx.text[s..e];
        // A token that starts its sentence and is a common word (`Sale`, `Orange`)
        // is not taken from a one-word entry.
        let one_word = g.one_word;
        let at_start = ctx.toks.get(tok).is_some_and(|t| t.start as usize == s);
        if one_word
            && at_start
            && ctx.is_initial_common(tok)
            && entry.tags & (tag::CAPITAL | tag::COUNTRY) == 0
        {
            return;
        }
        // A part after a lowercase prefix and a hyphen (`indo-Pacifique`,
        // `euro-Méditerranée`) belongs to a compound adjective.
        if !at_start && ctx.text[..s].ends_with('-') {
            let t = ctx
                .toks
                .get(tok.wrapping_sub(1))
                .map_or("", |t| &ctx.text[t.range()]);
            if t.starts_with(char::is_lowercase) {
                return;
            }
        }
        let strong = entry.tags & (tag::CAPITAL | tag::COUNTRY) != 0;
        if entry.tags & tag::AMBIGUOUS != 0
            && (ctx.sent_initial(tok) && !strong || !m.starts_with(char::is_uppercase))
        {
            return;
        }
        // `SANTÉ : UN PROTOCOLE SIGNÉ`: in a line in capitals, an ambiguous
        // name that is also a common word is the word.
        let caps_word = |k: usize| {
            ctx.kind(k) == Some(TokKind::Word) && ctx.has(k, crate::tokenize::flag::ALLCAPS) && ctx.t(k).len() > 1
        };
        if entry.tags & tag::AMBIGUOUS != 0
            && caps_word(tok)
            && ctx.lex.is_common(ctx.w(tok))
            && (caps_word(tok + 1) || tok > 0 && caps_word(tok - 1))
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
        c.canonical = entry.canonical_name();
        out.push(c);
    });
}
