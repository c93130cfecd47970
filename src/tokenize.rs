//! Stage 1: French tokens with byte offsets.
//!
//! One forward pass over the chars, no regex and no allocation per token. The
//! tokenizer knows what French news text needs: elisions (`l'`, `qu’`,
//! `jusqu'`), hyphenated names (`Rabat-Salé-Kénitra`), numbers with space,
//! no-break or thin-space thousands and decimal commas (`240 000`, `1,5`),
//! ordinals (`14ème`), dotted acronyms (`S.E.`), `@handles`, `#hashtags`, URLs,
//! and emoji kept whole as grapheme clusters.

use crate::text::{is_apostrophe, is_group_space};
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokKind {
    /// Letters (and digits inside, `G20`), hyphenated parts included; an
    /// elided article or pronoun keeps its apostrophe (`l’`).
    Word,
    /// Digits with thousands groups and a decimal comma.
    Number,
    /// A number with an ordinal suffix (`1er`, `14ème`, `2e`).
    Ordinal,
    /// One punctuation char.
    Punct,
    /// `%`, currency symbols and other symbols that carry meaning.
    Symbol,
    /// `@name`.
    Handle,
    /// `#name`.
    Hashtag,
    /// A URL or `pic.twitter.com/...`.
    Url,
    /// Anything else (emoji, pictographs): one grapheme cluster.
    Other,
}

/// Bit flags on a token.
pub mod flag {
    /// The first letter is uppercase.
    pub const CAP: u8 = 1;
    /// Two or more letters, all uppercase.
    pub const ALLCAPS: u8 = 2;
    /// A line break stands between the previous token and this one.
    pub const NEWLINE: u8 = 4;
    /// A blank line stands between the previous token and this one.
    pub const PARAGRAPH: u8 = 8;
    /// White space stands right before this token.
    pub const SPACE: u8 = 16;
    /// A word ending in an elision apostrophe (`l’`, `qu'`).
    pub const ELISION: u8 = 32;
    /// A word with a hyphen inside (`Rabat-Salé`).
    pub const HYPHEN: u8 = 64;
    /// A word with an apostrophe (`l’`, `N’Daw`), so lookups know to normalise it.
    pub const APOS: u8 = 128;
}

/// A token: a byte range of the text with its kind and flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
    /// What the token is.
    pub kind: TokKind,
    /// See [`flag`].
    pub flags: u8,
}

impl Token {
    /// The byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Whether `f` (one of [`flag`]) is set.
    pub fn has(&self, f: u8) -> bool {
        self.flags & f != 0
    }
    /// The token's text in `s`.
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.range()]
    }
}

/// Words that elide before a vowel: the apostrophe ends the token after them.
const ELIDING: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu",
];

const ORDINAL_SUFFIXES: &[&str] = &[
    "er", "re", "ère", "ere", "e", "è", "ème", "eme", "ième", "iè", "nd", "nde", "es", "èmes",
    "ièmes", "ers", "res", "ères",
];

/// What a byte is, for the main loop and the word scan (bits of [`BYTE_CLASS`]).
mod class {
    /// ASCII white space (`char::is_whitespace` on ASCII: `\t`..=`\r` and space).
    pub const SPACE: u8 = 1;
    /// ASCII lowercase letter.
    pub const LOWER: u8 = 2;
    /// ASCII uppercase letter.
    pub const UPPER: u8 = 4;
    /// ASCII digit.
    pub const DIGIT: u8 = 8;
    /// `h`, `w` or `p` in either case: a letter that may start a URL.
    pub const URL: u8 = 16;
    /// The lead byte of U+0100..=U+023F (`0xC4..=0xC8`): a Latin letter, two bytes.
    pub const LATIN: u8 = 32;
    /// The lead byte `0xC3` of U+00C0..=U+00FF: a Latin letter but for `×` and `÷`.
    pub const LATIN1: u8 = 64;
    /// ASCII letter.
    pub const ALPHA: u8 = LOWER | UPPER;
    /// ASCII letter or digit.
    pub const ALNUM: u8 = ALPHA | DIGIT;
}

/// The [`class`] bits of every byte value.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b'\t'..=b'\r' | b' ' => class::SPACE,
            b'a'..=b'z' => class::LOWER,
            b'A'..=b'Z' => class::UPPER,
            b'0'..=b'9' => class::DIGIT,
            0xC3 => class::LATIN1,
            0xC4..=0xC8 => class::LATIN,
            _ => 0,
        };
        if matches!(c, b'h' | b'w' | b'p' | b'H' | b'W' | b'P') {
            t[b] |= class::URL;
        }
        b += 1;
    }
    t
};

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 4);
    let mut i = 0usize;
    let mut pending: u8 = 0;
    let mut newlines = 0u32;
    while let Some(&b) = bytes.get(i) {
        let cls = BYTE_CLASS[usize::from(b)];
        let c = if b < 0x80 {
            if cls & class::SPACE != 0 {
                pending |= flag::SPACE;
                if b == b'\n' {
                    newlines += 1;
                    pending |= flag::NEWLINE;
                    if newlines >= 2 {
                        pending |= flag::PARAGRAPH;
                    }
                }
                i += 1;
                continue;
            }
            b as char
        } else {
            let c = char_at(bytes, i);
            if c.is_whitespace() {
                pending |= flag::SPACE;
                i += c.len_utf8();
                continue;
            }
            c
        };
        newlines = 0;
        // Most tokens are words that start with an ASCII letter: straight to the word scan.
        let url = if cls & class::URL != 0 {
            scan_url(text, i)
        } else {
            None
        };
        let (end, kind, extra) = match url {
            Some(end) => (end, TokKind::Url, 0),
            None if cls & class::ALPHA != 0 => scan_word(text, i),
            None => scan_token(text, bytes, i, c),
        };
        debug_assert!(end > i);
        let mut flags = pending | extra;
        if cls & class::LOWER == 0
            && matches!(kind, TokKind::Word | TokKind::Handle | TokKind::Hashtag)
        {
            flags |= case_flags(text, i, end);
        }
        toks.push(Token {
            start: i as u32,
            end: end as u32,
            kind,
            flags,
        });
        pending = 0;
        i = end;
    }
    toks
}

fn next_char(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\0')
}

/// The char that starts at byte `i` of valid UTF-8 (`i` a char boundary),
/// decoded from the bytes without slicing the `str`.
fn char_at(bytes: &[u8], i: usize) -> char {
    let b = bytes[i];
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0) & 0x3F);
    let u = match b {
        0..=0x7F => return b as char,
        0xC0..=0xDF => (u32::from(b & 0x1F) << 6) | cont(1),
        0xE0..=0xEF => (u32::from(b & 0x0F) << 12) | (cont(1) << 6) | cont(2),
        _ => (u32::from(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
    };
    char::from_u32(u).unwrap_or('\0')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The accented letters of French and its neighbours are all in Latin-1 and
    // Latin Extended-A/B; they skip the Unicode table lookups.
    if is_latin_letter(c) {
        return true;
    }
    // Neither do the rest of Latin-1 (`«`, `»`, `°`, the no-break space) and
    // the General Punctuation block (`’`, `–`, `—`, `…`, `“`, `”`).
    if (c as u32) < 0xC0 {
        return matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾');
    }
    if matches!(c, '\u{2000}'..='\u{206F}') {
        return false;
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// A letter of U+00C0..=U+024F (all of it but `×` and `÷`).
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{24F}') && c != '×' && c != '÷'
}

/// `char::is_alphabetic`, with the Latin letters answered without a lookup.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if is_latin_letter(c) {
        return true;
    }
    if (c as u32) < 0xC0 {
        return matches!(c, 'ª' | 'µ' | 'º');
    }
    if matches!(c, '\u{2000}'..='\u{206F}') {
        return false;
    }
    c.is_alphabetic()
}

/// The case flags of the token `start..end`, whose first byte is not an ASCII
/// lowercase letter.
fn case_flags(text: &str, start: usize, end: usize) -> u8 {
    // ASCII tokens (`Diallo`, `PNUD`, `@ONU`) byte by byte.
    let bytes = &text.as_bytes()[start..end];
    if bytes.is_ascii() {
        let mut body = bytes;
        while let [b'@' | b'#', rest @ ..] = body {
            body = rest;
        }
        let mut f = 0;
        if body.first().is_some_and(u8::is_ascii_uppercase) {
            f |= flag::CAP;
        }
        let mut letters = 0;
        for &b in body {
            if b.is_ascii_lowercase() {
                return f;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        if letters >= 2 {
            f |= flag::ALLCAPS;
        }
        return f;
    }
    case_flags_str(&text[start..end])
}

fn case_flags_str(s: &str) -> u8 {
    // Most words start with a lowercase ASCII letter: neither flag.
    if s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return 0;
    }
    let body = s.trim_start_matches(['@', '#']);
    let mut f = 0;
    if body.chars().next().is_some_and(char::is_uppercase) {
        f |= flag::CAP;
    }
    let mut letters = 0;
    let mut all_upper = true;
    for c in body.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if !c.is_uppercase() {
                all_upper = false;
                break;
            }
        }
    }
    if letters >= 2 && all_upper {
        f |= flag::ALLCAPS;
    }
    f
}

fn scan_token(text: &str, bytes: &[u8], i: usize, c: char) -> (usize, TokKind, u8) {
    if let Some(end) = scan_url(text, i) {
        return (end, TokKind::Url, 0);
    }
    if c == '@' || c == '#' {
        let mut j = i + 1;
        for ch in text[j..].chars() {
            if ch.is_alphanumeric() || ch == '_' {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        if j > i + 1 && text[i + 1..j].chars().any(char::is_alphabetic) {
            let kind = if c == '@' {
                TokKind::Handle
            } else {
                TokKind::Hashtag
            };
            return (j, kind, 0);
        }
        return (i + 1, TokKind::Punct, 0);
    }
    if c.is_ascii_digit() {
        return scan_number(text, bytes, i);
    }
    if is_word_char(c) {
        return scan_word(text, i);
    }
    if matches!(c, '%' | '€' | '$' | '£' | '¥' | '°' | '§' | '&' | '+' | '=') {
        return (i + c.len_utf8(), TokKind::Symbol, 0);
    }
    if c.is_ascii_punctuation() || is_unicode_punct(c) {
        return (i + c.len_utf8(), TokKind::Punct, 0);
    }
    // Emoji and other symbols: keep a whole grapheme cluster (skin tones, ZWJ sequences).
    let g = text[i..]
        .graphemes(true)
        .next()
        .map_or(c.len_utf8(), str::len);
    (i + g.max(c.len_utf8()), TokKind::Other, 0)
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '«' | '»'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‹'
            | '›'
            | '–'
            | '—'
            | '…'
            | '·'
            | '•'
            | '‐'
            | '‑'
            | '−'
            | '¿'
            | '¡'
    )
}

fn scan_url(text: &str, i: usize) -> Option<usize> {
    // Every prefix below starts with `h`, `w` or `p`.
    if !matches!(text.as_bytes()[i] | 0x20, b'h' | b'w' | b'p') {
        return None;
    }
    let rest = &text[i..];
    let starts = ["https://", "http://", "www.", "pic.twitter.com/"];
    let lower_ok = starts.iter().any(|p| {
        rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    });
    if !lower_ok {
        return None;
    }
    let mut end = i;
    for ch in rest.chars() {
        if ch.is_whitespace() || matches!(ch, '«' | '»' | '"' | '<' | '>' | '“' | '”') {
            break;
        }
        end += ch.len_utf8();
    }
    // Trailing sentence punctuation belongs to the sentence, not the URL.
    while end > i {
        let last = text[..end].chars().next_back().unwrap_or(' ');
        if matches!(
            last,
            '.' | ',' | ';' | ':' | ')' | '!' | '?' | '…' | '\'' | '’'
        ) {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    (end > i).then_some(end)
}

fn count_digits(bytes: &[u8], mut j: usize) -> usize {
    let s = j;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        j += 1;
    }
    j - s
}

fn scan_number(text: &str, bytes: &[u8], i: usize) -> (usize, TokKind, u8) {
    let first = count_digits(bytes, i);
    let mut j = i + first;
    let grouped = first <= 3;
    let mut decimal = false;
    loop {
        if j >= bytes.len() {
            break;
        }
        let c = next_char(text, j);
        let after = j + c.len_utf8();
        if c == ',' && !decimal && after < bytes.len() && bytes[after].is_ascii_digit() {
            decimal = true;
            j = after + count_digits(bytes, after);
            continue;
        }
        if (c == '.' || is_group_space(c)) && grouped && !decimal {
            let n = count_digits(bytes, after);
            if n == 3 {
                j = after + 3;
                continue;
            }
        }
        if c == '.' && !decimal && j == i + first {
            if let Some(end) = decimal_point(bytes, i, after) {
                decimal = true;
                j = end;
                continue;
            }
        }
        break;
    }
    // A letter right after the digits: an ordinal suffix, or an alphanumeric word (`5G`, `19h30`).
    if j < bytes.len() {
        let c = next_char(text, j);
        if c.is_alphabetic() {
            let mut k = j;
            for ch in text[j..].chars() {
                if is_word_char(ch) {
                    k += ch.len_utf8();
                } else {
                    break;
                }
            }
            let suffix = &text[j..k];
            if !decimal && ORDINAL_SUFFIXES.contains(&suffix) {
                return (k, TokKind::Ordinal, 0);
            }
            let (end, _, _) = scan_word(text, i);
            return (end.max(k), TokKind::Word, 0);
        }
    }
    (j, TokKind::Number, 0)
}

/// After the first digits of the number at `i` and a dot (`after` is the
/// byte after it): the end of its fraction, if the dot is a decimal point
/// (`8.5 millions`): its digits cannot be a group of thousands, and no other
/// dotted part stands before or after (`17.02.2014`, `1.2.3`). Out of line:
/// few numbers have a dot.
#[inline(never)]
fn decimal_point(bytes: &[u8], i: usize, after: usize) -> Option<usize> {
    let n = count_digits(bytes, after);
    let more = bytes.get(after + n) == Some(&b'.')
        && bytes.get(after + n + 1).is_some_and(u8::is_ascii_digit);
    let dotted_before = i >= 2 && bytes[i - 1] == b'.' && bytes[i - 2].is_ascii_digit();
    (n > 0 && n != 3 && !more && !dotted_before).then_some(after + n)
}

/// The end of the run of word chars from `j`.
fn skip_word_chars(text: &str, mut j: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(j) {
        let cls = BYTE_CLASS[usize::from(b)];
        if cls & class::ALNUM != 0 {
            j += 1;
        } else if cls & class::LATIN != 0 {
            j += 2;
        } else if cls & class::LATIN1 != 0 && !matches!(bytes.get(j + 1), Some(0x97 | 0xB7)) {
            // U+00C0..=U+00FF but `×` (C3 97) and `÷` (C3 B7).
            j += 2;
        } else if b < 0x80 {
            break;
        } else {
            let ch = char_at(bytes, j);
            if is_word_char(ch) {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
    }
    j
}

fn scan_word(text: &str, i: usize) -> (usize, TokKind, u8) {
    let mut j = i;
    let mut hyphenated = false;
    let mut apos = false;
    let bytes = text.as_bytes();
    loop {
        j = skip_word_chars(text, j);
        let Some(&b) = bytes.get(j) else { break };
        // Only a hyphen, an apostrophe or a dot can carry the word on: `-`, `'`
        // and `.` in ASCII, else U+2011, U+2018, U+2019 (lead byte E2) and U+02BC (CA).
        if !matches!(b, b'-' | b'\'' | b'.' | 0xE2 | 0xCA) {
            break;
        }
        let c = char_at(bytes, j);
        if !matches!(c, '-' | '\u{2011}' | '.') && !is_apostrophe(c) {
            break;
        }
        let after = j + c.len_utf8();
        let next = if after < text.len() {
            char_at(bytes, after)
        } else {
            '\0'
        };
        if matches!(c, '-' | '\u{2011}') && is_word_char(next) {
            hyphenated = true;
            j = after;
            continue;
        }
        if is_apostrophe(c) && is_letter(next) {
            let word = &text[i..j];
            if !hyphenated && is_eliding(word) {
                // `N’Daw`, `O’Neil`: a capital after the apostrophe makes a name, not an elision.
                let name_like = (word == "N" || word == "O") && next.is_uppercase();
                if !name_like {
                    return (after, TokKind::Word, flag::ELISION | flag::APOS);
                }
            }
            apos = true;
            j = after;
            continue;
        }
        // Dotted acronyms: `S.E.`, `U.S.A.` (single letters, each followed by a dot).
        if c == '.' && j - i == char_at(bytes, i).len_utf8() && is_letter(next) {
            if let Some(end) = scan_dotted(text, i) {
                return (end, TokKind::Word, 0);
            }
        }
        break;
    }
    let mut f = 0;
    if hyphenated {
        f |= flag::HYPHEN;
    }
    if apos {
        f |= flag::APOS;
    }
    (j, TokKind::Word, f)
}

fn is_eliding(word: &str) -> bool {
    word.len() <= 7 && ELIDING.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// `S.E.`, `U.S.A.`: at least two single letters each followed by a dot.
fn scan_dotted(text: &str, i: usize) -> Option<usize> {
    let mut j = i;
    let mut n = 0;
    let mut chars = text[i..].chars().peekable();
    while let Some(ch) = chars.next() {
        if !ch.is_alphabetic() || !ch.is_uppercase() {
            break;
        }
        if chars.peek() != Some(&'.') {
            break;
        }
        chars.next();
        j += ch.len_utf8() + 1;
        n += 1;
        // The next letter must not start a longer word (`A.Bernard`).
        if let Some(&nx) = chars.peek() {
            let mut look = text[j..].chars();
            look.next();
            if nx.is_alphabetic() && look.next().is_some_and(|x| x.is_alphabetic()) {
                break;
            }
        }
    }
    (n >= 2).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn elisions_split_after_apostrophe() {
        assert_eq!(
            toks("l’Agence d'Alger jusqu’à lorsqu'il"),
            vec!["l’", "Agence", "d'", "Alger", "jusqu’", "à", "lorsqu'", "il"]
        );
    }

    #[test]
    fn names_with_apostrophes_stay_whole() {
        assert_eq!(
            toks("Bah N’Daw aujourd’hui"),
            vec!["Bah", "N’Daw", "aujourd’hui"]
        );
    }

    #[test]
    fn hyphenated_names_and_places() {
        assert_eq!(
            toks("Jean-Michel à Rabat-Salé-Kénitra, COVID-19"),
            vec!["Jean-Michel", "à", "Rabat-Salé-Kénitra", ",", "COVID-19"]
        );
    }

    #[test]
    fn numbers_with_groups_and_decimals() {
        let s =
            "240 000 emplois, 1,5 million, 20.000 start-up, 12\u{202f}500 F, en 2024 100 jeunes";
        assert_eq!(
            toks(s),
            vec![
                "240 000",
                "emplois",
                ",",
                "1,5",
                "million",
                ",",
                "20.000",
                "start-up",
                ",",
                "12\u{202f}500",
                "F",
                ",",
                "en",
                "2024",
                "100",
                "jeunes"
            ]
        );
    }

    #[test]
    fn decimal_points_but_not_dotted_dates() {
        assert_eq!(
            toks("8.5 millions, 2.75 %, 1.000 emplois, 17.02.2014, 1.2.3"),
            vec![
                "8.5", "millions", ",", "2.75", "%", ",", "1.000", "emplois", ",", "17", ".", "02",
                ".", "2014", ",", "1", ".", "2", ".", "3"
            ]
        );
    }

    #[test]
    fn ordinals_percent_and_currency() {
        let t = tokenize("le 1er juin, 14ème session, 6,5% et 10 €");
        let kinds: Vec<TokKind> = t.iter().map(|t| t.kind).collect();
        // le 1er juin , 14ème session , 6,5 % et 10 €
        assert_eq!(kinds[1], TokKind::Ordinal);
        assert_eq!(kinds[4], TokKind::Ordinal);
        assert_eq!(kinds[7], TokKind::Number);
        assert_eq!(kinds[8], TokKind::Symbol);
        assert_eq!(kinds[11], TokKind::Symbol);
    }

    #[test]
    fn abbreviations_dotted_acronyms_handles_urls() {
        let s = "S.E. M. Diallo (@Ministere_TNRA) #PNUD pic.twitter.com/MJNWZ https://x.org/a.";
        assert_eq!(
            toks(s),
            vec![
                "S.E.",
                "M",
                ".",
                "Diallo",
                "(",
                "@Ministere_TNRA",
                ")",
                "#PNUD",
                "pic.twitter.com/MJNWZ",
                "https://x.org/a",
                "."
            ]
        );
    }

    #[test]
    fn emoji_are_whole_clusters_and_flags_are_set() {
        let s = "Signé 🤝🏽\n\nLe PNUD";
        let t = tokenize(s);
        assert_eq!(t[1].text(s), "🤝🏽");
        assert!(t[2].has(flag::PARAGRAPH) && t[2].has(flag::CAP));
        assert!(t[3].has(flag::ALLCAPS));
    }

    #[test]
    fn fast_char_classes_agree_with_unicode() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let word = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            assert_eq!(is_word_char(c), word, "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// The tokenizer before its byte-class fast paths, as the reference.
    mod reference {
        use super::super::*;

        pub fn tokenize(text: &str) -> Vec<Token> {
            let bytes = text.as_bytes();
            let mut toks = Vec::new();
            let mut i = 0usize;
            let mut pending: u8 = 0;
            let mut newlines = 0u32;
            while i < text.len() {
                let c = next_char(text, i);
                if c.is_whitespace() {
                    pending |= flag::SPACE;
                    if c == '\n' {
                        newlines += 1;
                        pending |= flag::NEWLINE;
                        if newlines >= 2 {
                            pending |= flag::PARAGRAPH;
                        }
                    }
                    i += c.len_utf8();
                    continue;
                }
                newlines = 0;
                let word = scan_url(text, i).is_none()
                    && c != '@'
                    && c != '#'
                    && !c.is_ascii_digit()
                    && (c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c));
                let (end, kind, extra) = if word {
                    scan_word(text, i)
                } else {
                    super::super::scan_token(text, bytes, i, c)
                };
                let mut flags = pending | extra;
                if matches!(kind, TokKind::Word | TokKind::Handle | TokKind::Hashtag) {
                    flags |= case_flags_str(&text[i..end]);
                }
                toks.push(Token {
                    start: i as u32,
                    end: end as u32,
                    kind,
                    flags,
                });
                pending = 0;
                i = end;
            }
            toks
        }

        fn is_word_char(c: char) -> bool {
            c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
        }

        fn scan_word(text: &str, i: usize) -> (usize, TokKind, u8) {
            let mut j = i;
            let mut hyphenated = false;
            let mut apos = false;
            loop {
                for ch in text[j..].chars() {
                    if is_word_char(ch) {
                        j += ch.len_utf8();
                    } else {
                        break;
                    }
                }
                if j >= text.len() {
                    break;
                }
                let c = next_char(text, j);
                let after = j + c.len_utf8();
                let next = if after < text.len() {
                    next_char(text, after)
                } else {
                    '\0'
                };
                if matches!(c, '-' | '\u{2011}') && is_word_char(next) {
                    hyphenated = true;
                    j = after;
                    continue;
                }
                if is_apostrophe(c) && next.is_alphabetic() {
                    let word = &text[i..j];
                    if !hyphenated && is_eliding(word) {
                        let name_like = (word == "N" || word == "O") && next.is_uppercase();
                        if !name_like {
                            return (after, TokKind::Word, flag::ELISION | flag::APOS);
                        }
                    }
                    apos = true;
                    j = after;
                    continue;
                }
                if c == '.' && j - i == next_char(text, i).len_utf8() && next.is_alphabetic() {
                    if let Some(end) = scan_dotted(text, i) {
                        return (end, TokKind::Word, 0);
                    }
                }
                break;
            }
            let mut f = 0;
            if hyphenated {
                f |= flag::HYPHEN;
            }
            if apos {
                f |= flag::APOS;
            }
            (j, TokKind::Word, f)
        }
    }

    #[test]
    fn fast_paths_agree_with_the_reference() {
        const PIECES: &[&str] = &[
            "a", "Z", "é", "É", "’", "'", "-", "‑", ".", " ", "\n", "\u{a0}", "1", "2", ",", "@",
            "#", "http://", "www.", "l", "qu", "N", "O", "×", "÷", "ʼ", "‘", "🌍", "«", "»", "_",
            "ǅ", "\u{301}", "ș", "ɏ", "ɐ", "ª", "²", "S.", "E.", "ß", "İ", "—", "\u{2011}", "Ω",
            "\u{202f}", "\t", "\r\n", "er", "ème", "x", "Q", "%", "€", "\u{7f}", "\u{85}",
        ];
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut texts: Vec<String> = std::fs::read_dir(fixtures)
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 24) {
                let r = seed.rotate_left(k as u32 * 5) ^ k.wrapping_mul(0x2545_F491_4F6C_DD1D);
                s.push_str(PIECES[(r % PIECES.len() as u64) as usize]);
            }
            texts.push(s);
        }
        for s in &texts {
            assert_eq!(tokenize(s), reference::tokenize(s), "{s:?}");
        }
    }

    #[test]
    fn char_at_decodes_as_chars_does() {
        let s = "aé’🌍ʼ\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}";
        for (i, c) in s.char_indices() {
            assert_eq!(char_at(s.as_bytes(), i), c);
        }
    }

    #[test]
    fn offsets_are_exact_on_shifted_input() {
        let s = "é🌍 l’État, 3,5 %";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.start as usize) && s.is_char_boundary(t.end as usize));
        }
    }
}
