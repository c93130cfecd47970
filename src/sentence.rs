//! Stage 2: sentences, as ranges of token indices.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or
//! brackets that follow) when the next token can start a sentence, and at every
//! line break that does not merely wrap a sentence. A dot after a French
//! abbreviation (`M.`, `Mme.`, `Dr.`, `av.`) or after an initial (`D. B.`) does
//! not end one.

use crate::tokenize::{flag, TokKind, Token};
use std::ops::Range;

const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "av", "apr", "cf",
    "etc", "p", "pp", "vol", "art", "n", "no", "nº", "env", "min", "max", "dir", "éd", "ed", "réf",
    "tél", "tel", "fig", "hab", "gén", "col", "cdt", "lt", "sgt", "mgr", "jr", "sr", "inc", "corp",
    "ltd", "co", "vs", "bd", "ms", "prof", "dre", "cie", "ir", "hon",
];

/// The longest sentence, in tokens. Real sentences stay far below it (the
/// longest in the fixtures has about 120 tokens); text without punctuation (a
/// megabyte on one line, a list of 50,000 names) is cut into pieces of at most
/// this many tokens, so that rules that look across a sentence stay linear in
/// the length of the document.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Where to cut a sentence `start..i` that reached [`MAX_SENTENCE_TOKENS`]:
/// after the last `;`, `,` or `:` in its final quarter, else at `i`.
fn forced_cut(text: &str, toks: &[Token], start: usize, i: usize) -> usize {
    let lo = i - (i - start) / 4;
    (lo..i)
        .rev()
        .find(|&k| k > start && matches!(toks[k].text(text), ";" | "," | ":"))
        .map_or(i, |k| k + 1)
}

/// Splits tokens into sentences; every token belongs to exactly one range,
/// and no range is longer than [`MAX_SENTENCE_TOKENS`].
pub fn split(text: &str, toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < toks.len() {
        if i - start >= MAX_SENTENCE_TOKENS {
            let cut = forced_cut(text, toks, start, i);
            out.push(start..cut);
            start = cut;
        }
        let t = &toks[i];
        if i > start && t.has(flag::NEWLINE) && starts_line_sentence(text, toks, i) {
            out.push(start..i);
            start = i;
        }
        if is_terminal(text, toks, i) {
            let mut end = i + 1;
            while end < toks.len()
                && end - start < MAX_SENTENCE_TOKENS
                && is_closing(toks[end].text(text))
                && !toks[end].has(flag::NEWLINE)
            {
                end += 1;
            }
            if end >= toks.len() || can_start(text, &toks[end]) {
                out.push(start..end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// A line break ends the sentence unless the new line merely continues it
/// (starts lowercase after a line that did not end in punctuation).
fn starts_line_sentence(text: &str, toks: &[Token], i: usize) -> bool {
    if toks[i].has(flag::PARAGRAPH) {
        return true;
    }
    let first = toks[i].text(text).chars().next().unwrap_or(' ');
    let prev = toks[i - 1];
    let prev_is_word = matches!(prev.kind, TokKind::Word | TokKind::Number);
    !(first.is_lowercase() && prev_is_word)
}

fn is_terminal(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    if t.kind != TokKind::Punct {
        return false;
    }
    match t.text(text) {
        "!" | "?" | "…" => true,
        "." => {
            if i == 0 {
                return true;
            }
            let prev = toks[i - 1];
            // `1. un accord …` at the start of a line numbers a list item.
            if prev.end == t.start
                && prev.kind == TokKind::Number
                && prev.text(text).len() <= 2
                && text[..prev.start as usize]
                    .trim_end_matches([' ', '\t'])
                    .ends_with(['\n', '\r'])
            {
                return false;
            }
            if prev.end != t.start || prev.kind != TokKind::Word {
                return true;
            }
            let w = prev.text(text);
            let mut chars = w.chars();
            let single = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            if single {
                return false;
            }
            // Most words before a dot are ASCII: compare without lowercasing a copy.
            // (None is longer than five bytes: most words before a dot end a
            // sentence at once.)
            if w.is_ascii() {
                return w.len() > 5 || !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
            }
            let lw = w.to_lowercase();
            !ABBREVIATIONS.contains(&lw.as_str())
        }
        _ => false,
    }
}

fn is_closing(s: &str) -> bool {
    matches!(s, "»" | "”" | "\"" | ")" | "]" | "’" | "'" | "›")
}

fn can_start(text: &str, t: &Token) -> bool {
    let c = t.text(text).chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '«' | '“' | '"' | '(' | '—' | '–' | '-' | '@' | '#' | '¿' | '¡'
        )
        || t.has(flag::NEWLINE)
        || !c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    #[test]
    fn no_abbreviation_is_longer_than_five_bytes() {
        // `is_terminal` passes over the longer words before a dot.
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 5));
    }

    fn sents(s: &str) -> Vec<String> {
        let t = tokenize(s);
        split(s, &t)
            .into_iter()
            .map(|r| s[t[r.start].start as usize..t[r.end - 1].end as usize].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sents("M. Diallo a signé. Édité par Awa D. B. de Sousa. Fin."),
            vec![
                "M. Diallo a signé.",
                "Édité par Awa D. B. de Sousa.",
                "Fin."
            ]
        );
    }

    #[test]
    fn closing_guillemets_stay_with_their_sentence() {
        assert_eq!(
            sents("Il a dit : « C’est fait. » Puis il est parti."),
            vec!["Il a dit : « C’est fait. »", "Puis il est parti."]
        );
    }

    #[test]
    fn lines_are_sentences_unless_wrapped() {
        assert_eq!(
            sents("Titre sans point\nLe texte commence\nsur deux lignes."),
            vec!["Titre sans point", "Le texte commence\nsur deux lignes."]
        );
    }

    #[test]
    fn endless_sentences_are_cut() {
        let s = "mot ".repeat(350) + "fin, " + &"mot ".repeat(2000);
        let t = tokenize(&s);
        let r = split(&s, &t);
        assert!(r
            .iter()
            .all(|r| r.len() <= MAX_SENTENCE_TOKENS && !r.is_empty()));
        assert_eq!(r.first().map(|r| r.start), Some(0));
        assert_eq!(r.last().map(|r| r.end), Some(t.len()));
        assert!(r.windows(2).all(|w| w[0].end == w[1].start));
        // A cut prefers the comma.
        assert!(r.iter().any(|r| t[r.end - 1].text(&s) == ","));
    }

    #[test]
    fn lowercase_after_dot_does_not_split() {
        assert_eq!(sents("le 3 juil. dernier"), vec!["le 3 juil. dernier"]);
    }
}
