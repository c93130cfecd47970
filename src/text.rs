//! Stage 0: the text carrier.
//!
//! Every later stage works on byte offsets into one normalised `String`; this
//! module owns that string, a same-length lowercase shadow of it (so that rules
//! can compare lowercase token text without allocating), and the mapping from
//! byte offsets to the Unicode code-point offsets that the output contract uses.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A document's text, NFC-normalised, with a lowercase shadow of equal byte length.
#[derive(Debug, Clone)]
pub struct Text {
    text: String,
    lower: String,
}

impl Text {
    /// Normalises `raw` to NFC (line ends are kept as they are: `\r\n` stays two code points).
    pub fn new(raw: &str) -> Text {
        let text = match is_nfc_quick(raw.chars()) {
            IsNormalized::Yes => raw.to_string(),
            _ => raw.nfc().collect(),
        };
        let lower = lower_same_len(&text);
        Text { text, lower }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The lowercase shadow: same byte length as [`Text::as_str`], so any byte
    /// range of one is a valid range of the other.
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// Byte length.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True for an empty text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Lowercases char by char, keeping a char as it is where its lowercase form
/// would change the UTF-8 length (a handful of letters such as `İ` or `ẞ`).
/// Equal lengths are what let the shadow share offsets with the original.
fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lc = c.to_lowercase();
        match (lc.next(), lc.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Converts byte offsets to code-point offsets, walking from the previous offset.
///
/// Entities come out of the pipeline sorted by start, so each conversion only
/// walks the bytes between the previous offset and this one: linear overall.
/// Relation spans that come after them (an agreement, then its date a few
/// words before it) step back by the distance only, never from the start.
pub struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    /// A counter at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `b` (which must be a char boundary).
    /// The cost is the distance from the previous offset, in either direction.
    pub fn at(&mut self, b: usize) -> usize {
        // Count the bytes that start a char (every byte that is not a continuation byte).
        let starts = |seg: &[u8]| seg.iter().filter(|&&x| (x as i8) >= -0x40).count();
        let bytes = self.text.as_bytes();
        if b < self.byte {
            if b < self.byte - b {
                // Closer to the start of the text than to the previous offset.
                self.chars = starts(&bytes[..b]);
            } else {
                self.chars -= starts(&bytes[b..self.byte]);
            }
        } else {
            self.chars += starts(&bytes[self.byte..b]);
        }
        self.byte = b;
        self.chars
    }
}

/// Characters that French typography uses as apostrophes.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}')
}

/// Spaces that may separate groups of thousands: space, no-break, narrow no-break, thin.
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// Folds a name for comparisons: lowercase, accents removed, apostrophes made
/// straight, `@`/`#` dropped, white space collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut emit = |c: char| {
        if c.is_whitespace() {
            space = !out.is_empty();
            return;
        }
        if c == '@' || c == '#' {
            return;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if is_apostrophe(c) {
            out.push('\'');
        } else if let Some(b) = latin_base(c) {
            out.push(b);
        } else {
            out.extend(c.to_lowercase());
        }
    };
    // Most names are ASCII or Latin: fold those without decomposing.
    if s.chars().all(|c| (c as u32) < 0x250 || is_apostrophe(c)) {
        s.chars().for_each(&mut emit);
    } else {
        s.nfd()
            .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
            .for_each(&mut emit);
    }
    out
}

/// Compares two words ignoring case, accents and the apostrophe style,
/// without allocating (`d’état` equals `d'Etat`).
pub fn loose_eq(a: &str, b: &str) -> bool {
    let norm = |c: char| -> char {
        if is_apostrophe(c) {
            return '\'';
        }
        latin_base(c).unwrap_or(c)
    };
    let mut x = a.chars().map(norm);
    let mut y = b.chars().map(norm);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
}

/// The lowercase base letter of an accented Latin-1 / Latin Extended-A letter.
pub fn latin_base(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    let b = match c.to_lowercase().next()? {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' => 'i',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => 'g',
        'ď' => 'd',
        'ĺ' | 'ļ' | 'ľ' => 'l',
        'ŕ' | 'ř' => 'r',
        'ţ' | 'ť' => 't',
        _ => return None,
    };
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_and_shadow_share_offsets() {
        // "é" written decomposed must come out as one code point.
        let t = Text::new("Le Mine\u{301}ral İstanbul ẞ");
        assert_eq!(t.as_str(), "Le Minéral İstanbul ẞ");
        assert_eq!(t.lower().len(), t.as_str().len());
        assert!(t.lower().starts_with("le minéral"));
    }

    #[test]
    fn char_counter_counts_code_points() {
        let s = "Côte d’Ivoire 🌍 Sénégal";
        let mut c = CharCounter::new(s);
        let b = s.find("Sénégal").unwrap();
        assert_eq!(c.at(b), s[..b].chars().count());
        assert_eq!(c.at(s.len()), s.chars().count());
        assert_eq!(c.at(0), 0);
        // Back and forth, near and far.
        for &x in &[b, s.len(), 3, b, 1, s.len(), b - 1, 0] {
            if s.is_char_boundary(x) {
                assert_eq!(c.at(x), s[..x].chars().count(), "at {x}");
            }
        }
    }

    #[test]
    fn fold_removes_accents_and_case() {
        assert_eq!(
            fold("  Ministère de l’Économie "),
            "ministere de l'economie"
        );
        assert_eq!(fold("#PNUD"), "pnud");
        // The fast path and the decomposing path agree.
        assert_eq!(fold("Ça ÉTÉ Ñandú ŁÓDŹ"), "ca ete nandu łodz");
        assert_eq!(fold("Sénégal’s ǅ"), "senegal's ǆ");
    }
}
