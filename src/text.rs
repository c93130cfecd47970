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
        let text = match nfc_quick(raw) {
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

/// The NFC quick check, asking the tables only about chars from U+0300 on.
///
/// Every char below U+0300 (ASCII, Latin-1, Latin Extended-A and -B) is NFC
/// and a starter, so it resets the check just as ASCII does: only the runs of
/// higher chars between them need looking at, and French text has few.
fn nfc_quick(s: &str) -> IsNormalized {
    // 0xCC is the first byte of U+0300; continuation bytes are below it.
    const FIRST_OF_U0300: u8 = 0xCC;
    let bytes = s.as_bytes();
    let mut result = IsNormalized::Yes;
    let mut i = 0;
    loop {
        i = skip_ascii(bytes, i);
        if i >= bytes.len() {
            break;
        }
        if bytes[i] < FIRST_OF_U0300 {
            i += 1;
            continue;
        }
        // A run of chars >= U+0300: their lead bytes and continuation bytes.
        let start = i;
        while i < bytes.len() && (bytes[i] >= FIRST_OF_U0300 || (0x80..0xC0).contains(&bytes[i])) {
            i += 1;
        }
        match is_nfc_quick(s[start..i].chars()) {
            IsNormalized::No => return IsNormalized::No,
            IsNormalized::Maybe => result = IsNormalized::Maybe,
            IsNormalized::Yes => {}
        }
    }
    result
}

/// The index of the first non-ASCII byte at or after `i` (or the length),
/// looking at eight bytes at a time: most of a French text is ASCII.
fn skip_ascii(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
        if w & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] < 0x80 {
        i += 1;
    }
    i
}

/// Lowercases char by char, keeping a char as it is where its lowercase form
/// would change the UTF-8 length (a handful of letters such as `İ` or `ẞ`).
/// Equal lengths are what let the shadow share offsets with the original.
fn lower_same_len(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    // Only non-ASCII chars are left; each is replaced in place, bytes for bytes.
    let bytes = s.as_bytes();
    let mut i = 0;
    loop {
        i = skip_ascii(bytes, i);
        if i >= bytes.len() {
            break;
        }
        // The common non-ASCII chars of French text are their own lowercase:
        // U+0080..=U+00BF (`«`, `»`, no-break space), U+00DF..=U+00FF (`é`,
        // `à`, `ç`) and U+2000..=U+203F (`’`, `–`, `…`).
        match (bytes[i], bytes.get(i + 1)) {
            (0xC2, _) | (0xC3, Some(0x9F..=0xBF)) => {
                i += 2;
                continue;
            }
            (0xE2, Some(0x80)) => {
                i += 3;
                continue;
            }
            _ => {}
        }
        let c = s[i..].chars().next().unwrap_or('\0');
        let n = c.len_utf8();
        let mut lc = c.to_lowercase();
        if let (Some(l), None) = (lc.next(), lc.next()) {
            if l != c && l.len_utf8() == n {
                out.replace_range(i..i + n, l.encode_utf8(&mut [0; 4]));
            }
        }
        i += n;
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
        let bytes = self.text.as_bytes();
        if b < self.byte {
            if b < self.byte - b {
                // Closer to the start of the text than to the previous offset.
                self.chars = char_starts(&bytes[..b]);
            } else {
                self.chars -= char_starts(&bytes[b..self.byte]);
            }
        } else {
            self.chars += char_starts(&bytes[self.byte..b]);
        }
        self.byte = b;
        self.chars
    }
}

/// Counts the bytes of `seg` that start a char (every byte that is not a
/// continuation byte `10xxxxxx`), eight bytes at a time.
fn char_starts(seg: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LANES: u64 = 0x00FF_00FF_00FF_00FF;
    let mut continuation = 0;
    // Each word adds 0 or 1 to each byte of `acc`: 255 words fit before a byte could overflow.
    for block in seg.chunks(8 * 255) {
        let mut chunks = block.chunks_exact(8);
        let mut acc = 0u64;
        for chunk in &mut chunks {
            let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            // Bit 7 set and bit 6 clear (the shift moves each byte's bit 6 onto
            // its bit 7), moved down to bit 0 of the byte.
            acc += ((w & !(w << 1)) >> 7) & ONES;
        }
        // The sum of the eight bytes: pairs in 16-bit lanes, then the lanes.
        let pairs = (acc & LANES) + ((acc >> 8) & LANES);
        continuation += (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
        continuation += chunks
            .remainder()
            .iter()
            .filter(|&&x| (x as i8) < -0x40)
            .count();
    }
    seg.len() - continuation
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
    let mut f = Folder {
        out: String::with_capacity(s.len()),
        space: false,
    };
    // Most names are ASCII or Latin: fold those without decomposing, and copy
    // the runs of ASCII chars that fold to themselves (up to case) whole.
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && !matches!(b, b'\t'..=b'\r' | b' ' | b'@' | b'#') {
            i += 1;
            continue;
        }
        f.run(&s[run..i]);
        let c = s[i..].chars().next().unwrap_or(' ');
        if (c as u32) >= 0x250 && !is_apostrophe(c) {
            return fold_decomposed(s);
        }
        f.char(c);
        i += c.len_utf8();
        run = i;
    }
    f.run(&s[run..]);
    // The runs were copied with their case; nothing else folds to an uppercase ASCII letter.
    f.out.make_ascii_lowercase();
    f.out
}

/// [`fold`] for names beyond Latin: decomposed, combining marks dropped.
fn fold_decomposed(s: &str) -> String {
    let mut f = Folder {
        out: String::with_capacity(s.len()),
        space: false,
    };
    s.nfd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
        .for_each(|c| f.char(c));
    f.out
}

/// The output of [`fold`] and whether a space is due before the next char.
struct Folder {
    out: String,
    space: bool,
}

impl Folder {
    /// Appends chars that fold to themselves up to ASCII case.
    fn run(&mut self, run: &str) {
        if run.is_empty() {
            return;
        }
        self.space_if_due();
        self.out.push_str(run);
    }

    fn char(&mut self, c: char) {
        if c.is_whitespace() {
            self.space = !self.out.is_empty();
            return;
        }
        if c == '@' || c == '#' {
            return;
        }
        self.space_if_due();
        if is_apostrophe(c) {
            self.out.push('\'');
        } else if let Some(b) = latin_base(c) {
            self.out.push(b);
        } else {
            self.out.extend(c.to_lowercase());
        }
    }

    fn space_if_due(&mut self) {
        if self.space {
            self.out.push(' ');
            self.space = false;
        }
    }
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
    fn chars_below_u0300_need_no_nfc_check() {
        for c in (0..0x300).filter_map(char::from_u32) {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0);
        }
        for s in [
            "e\u{301}\u{301}x",
            "a\u{316}\u{301}",
            "a\u{301}\u{316}",
            "’«»",
            "\u{340}",
            "x\u{2126}",
        ] {
            assert_eq!(nfc_quick(s), is_nfc_quick(s.chars()), "{s:?}");
        }
    }

    #[test]
    fn shadow_is_char_by_char_lowercase() {
        let all: String = (0x80..0x3000).filter_map(char::from_u32).collect();
        let s = "ÉTAT À Ça ΣΑΣ İ ẞ K Å ǅ Ωméga ’ «x»".to_string() + &all;
        let s = s.as_str();
        let expected: String = s
            .chars()
            .map(|c| {
                let l: Vec<char> = c.to_lowercase().collect();
                if l.len() == 1 && l[0].len_utf8() == c.len_utf8() {
                    l[0]
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(lower_same_len(s), expected);
    }

    #[test]
    fn char_starts_counts_code_points() {
        let s = "aé’🌍 Côte d’Ivoire, ÉTAT; \u{301}x";
        for a in 0..s.len() {
            for b in a..=s.len() {
                if s.is_char_boundary(a) && s.is_char_boundary(b) {
                    assert_eq!(char_starts(&s.as_bytes()[a..b]), s[a..b].chars().count());
                }
            }
        }
    }

    #[test]
    fn char_starts_counts_long_runs() {
        // Long enough for several blocks of 255 words, all continuation bytes or none.
        for s in [
            "é".repeat(3000),
            "’".repeat(2000),
            "a".repeat(5000),
            "aé’🌍".repeat(900),
        ] {
            for cut in [0, 1, 2040, 2041, 4079, 4080, s.len()] {
                let mut b = cut.min(s.len());
                while !s.is_char_boundary(b) {
                    b -= 1;
                }
                assert_eq!(char_starts(&s.as_bytes()[..b]), s[..b].chars().count());
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
        assert_eq!(fold("\t@Ab  #Cd\u{a0}\u{2019}E\x1f\x0b"), "ab cd 'e\x1f");
        assert_eq!(fold("ΑΘΉΝΑ Ça"), "αθηνα ca");
    }
}
