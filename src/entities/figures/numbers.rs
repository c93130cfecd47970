//! French cardinal numbers in words, read by a grammar rather than summed.
//!
//! A number is a list of *atoms* (the words, and the parts of hyphenated
//! words: `quatre-vingt-dix` is `quatre`, `vingt`, `dix`) that the grammar
//! below reads whole:
//!
//! ```text
//! number    := group (scale group?)* | "zéro"       each scale smaller than the last
//! group     := below_1e6                            (before `million`, `milliard`)
//! below_1e6 := [n999≥2] ("mille" | "mil") [n999] | n999
//! n999      := [2..9 | 11..19] "cent" [n99] | n99
//! n99       := 1..9 | "dix" [7..9] | 11..16 | tens ["et" un | 2..9]
//!            | "soixante" ("dix" [7..9] | 11..16 | "et" "onze")
//!            | "quatre" "vingt" [1..9 | "dix" [7..9] | 11..16] | "quatre" "vingts"
//! ```
//!
//! Belgian and Swiss `septante`, `huitante` / `octante`, `nonante` are tens.
//! A run of words is cut where the grammar stops (`vingt un` is 20 then 1,
//! `deux-cent-mille quatorze-mille` is two numbers), the arithmetic is
//! checked (no run can overflow), and a run followed by an ordinal
//! (`vingt et unième`, `quatre-vingt dix-septième`) is not a number at all.

/// One word (or hyphenated part) of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Atom {
    /// `zéro`.
    Zero,
    /// `un`..`neuf`.
    Unit(u8),
    /// `dix`.
    Dix,
    /// `onze`..`seize`.
    Teen(u8),
    /// `vingt`..`soixante`, `septante`, `huitante`, `octante`, `nonante`.
    Tens(u8),
    /// `vingts` (only in `quatre-vingts`).
    Vingts,
    /// `cent`, `cents`.
    Cent,
    /// `mille`.
    Mille,
    /// `mil` (`mil neuf cent vingt`; alone it is millet).
    Mil,
    /// `million(s)`: 10^6, `milliard(s)`: 10^9.
    Scale(u64),
    /// `et` (`vingt et un`).
    Et,
}

/// The atom of one word or hyphenated part (lowercase).
pub(super) fn atom(w: &str) -> Option<Atom> {
    use Atom::*;
    Some(match w {
        "zéro" | "zero" => Zero,
        "un" | "une" => Unit(1),
        "deux" => Unit(2),
        "trois" => Unit(3),
        "quatre" => Unit(4),
        "cinq" => Unit(5),
        "six" => Unit(6),
        "sept" => Unit(7),
        "huit" => Unit(8),
        "neuf" => Unit(9),
        "dix" => Dix,
        "onze" => Teen(11),
        "douze" => Teen(12),
        "treize" => Teen(13),
        "quatorze" => Teen(14),
        "quinze" => Teen(15),
        "seize" => Teen(16),
        "vingt" => Tens(20),
        "vingts" => Vingts,
        "trente" => Tens(30),
        "quarante" => Tens(40),
        "cinquante" => Tens(50),
        "soixante" => Tens(60),
        "septante" => Tens(70),
        "huitante" | "octante" => Tens(80),
        "nonante" => Tens(90),
        "cent" | "cents" => Cent,
        "mille" => Mille,
        "mil" => Mil,
        "million" | "millions" => Scale(1_000_000),
        "milliard" | "milliards" => Scale(1_000_000_000),
        "et" => Et,
        _ => return None,
    })
}

/// Does the token start like a number word (its first hyphenated part)?
pub(super) fn starts_number(word: &str) -> bool {
    atom(word.split('-').next().unwrap_or(word)).is_some_and(|a| a != Atom::Et)
}

/// A reader over atoms; every method moves `p` only past what it reads.
struct Reader<'a> {
    a: &'a [Atom],
    p: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<Atom> {
        self.a.get(self.p).copied()
    }
    fn peek2(&self) -> Option<Atom> {
        self.a.get(self.p + 1).copied()
    }
    fn eat(&mut self, want: Atom) -> bool {
        let ok = self.peek() == Some(want);
        self.p += usize::from(ok);
        ok
    }
    /// `dix` [7..9]: 10, 17, 18, 19.
    fn dix(&mut self) -> u64 {
        match self.peek() {
            Some(Atom::Unit(u @ 7..=9)) => {
                self.p += 1;
                10 + u64::from(u)
            }
            _ => 10,
        }
    }
    /// 1..99.
    fn n99(&mut self) -> Option<u64> {
        use Atom::*;
        let v = match self.peek()? {
            Unit(4) if matches!(self.peek2(), Some(Tens(20) | Vingts)) => {
                self.p += 1;
                if self.eat(Vingts) {
                    return Some(80);
                }
                self.p += 1;
                match self.peek() {
                    Some(Unit(u)) => {
                        self.p += 1;
                        80 + u64::from(u)
                    }
                    Some(Dix) => {
                        self.p += 1;
                        80 + self.dix()
                    }
                    Some(Teen(t)) => {
                        self.p += 1;
                        80 + u64::from(t)
                    }
                    _ => 80,
                }
            }
            Unit(u) => {
                self.p += 1;
                u64::from(u)
            }
            Dix => {
                self.p += 1;
                self.dix()
            }
            Teen(t) => {
                self.p += 1;
                u64::from(t)
            }
            Tens(t) => {
                self.p += 1;
                let t = u64::from(t);
                match (self.peek(), self.peek2()) {
                    (Some(Et), Some(Unit(1))) => {
                        self.p += 2;
                        t + 1
                    }
                    (Some(Et), Some(Teen(11))) if t == 60 => {
                        self.p += 2;
                        71
                    }
                    (Some(Unit(u @ 2..=9)), _) => {
                        self.p += 1;
                        t + u64::from(u)
                    }
                    (Some(Dix), _) if t == 60 => {
                        self.p += 1;
                        60 + self.dix()
                    }
                    (Some(Teen(x)), _) if t == 60 => {
                        self.p += 1;
                        60 + u64::from(x)
                    }
                    _ => t,
                }
            }
            _ => return None,
        };
        Some(v)
    }
    /// 1..999 (and the hundreds of a year: `dix-neuf cent` is 1900).
    fn n999(&mut self) -> Option<u64> {
        if self.eat(Atom::Cent) {
            return Some(100 + self.n99().unwrap_or(0));
        }
        let save = self.p;
        let v = self.n99()?;
        if self.peek() == Some(Atom::Cent) && (2..=19).contains(&v) && v != 10 {
            self.p += 1;
            return Some(v * 100 + self.n99().unwrap_or(0));
        }
        debug_assert!(self.p > save);
        Some(v)
    }
    /// 1..999 999.
    fn below_1e6(&mut self) -> Option<u64> {
        if matches!(self.peek(), Some(Atom::Mille | Atom::Mil)) {
            let mil = self.peek() == Some(Atom::Mil);
            self.p += 1;
            let rest = self.n999();
            // `mil` alone is millet, not a thousand.
            if mil && rest.is_none() {
                return None;
            }
            return Some(1000 + rest.unwrap_or(0));
        }
        let v = self.n999()?;
        if v >= 2 && matches!(self.peek(), Some(Atom::Mille | Atom::Mil)) {
            self.p += 1;
            return Some(v * 1000 + self.n999().unwrap_or(0));
        }
        Some(v)
    }
}

/// The value of `atoms` read whole as one number, or None.
pub(super) fn value(atoms: &[Atom]) -> Option<u64> {
    if atoms == [Atom::Zero] {
        return Some(0);
    }
    let mut r = Reader { a: atoms, p: 0 };
    let mut total: u64 = 0;
    let mut above = u64::MAX;
    loop {
        let g = r.below_1e6()?;
        match r.peek() {
            Some(Atom::Scale(s)) => {
                r.p += 1;
                let v = g.checked_mul(s)?;
                if v >= above {
                    return None;
                }
                total = total.checked_add(v)?;
                above = s;
                if r.p == atoms.len() {
                    return Some(total);
                }
            }
            _ => {
                if g >= above || r.p != atoms.len() {
                    return None;
                }
                return total.checked_add(g);
            }
        }
    }
}

/// Is `w` (lowercase) an ordinal or a fraction in words (`unième`,
/// `vingt-cinquième`, `centièmes`)? Its last hyphenated part ends in `-ième`.
pub(super) fn is_ordinal_word(w: &str) -> bool {
    // Most words end otherwise: two bytes turn them away.
    if !(w.ends_with("me") || w.ends_with("es")) {
        return false;
    }
    let last = w.rsplit('-').next().unwrap_or(w);
    ["ième", "ièmes", "ieme", "iemes"]
        .iter()
        .any(|s| last.len() > s.len() && last.ends_with(s))
}

/// The most atoms a run of number words is read over; the longest French
/// number this side of 10^15 has fewer.
const MAX_ATOMS: usize = 64;

/// The longest run of tokens from the first of `words` that reads as one
/// number: (tokens used, value). Tries every prefix while at most one
/// token in a row fails (`vingt` `et` `un`: `vingt et` alone is no number).
pub(super) fn longest<'w>(words: impl Iterator<Item = &'w str>) -> Option<(usize, u64)> {
    // On the stack: this runs on every number word of the text.
    let mut buf = [Atom::Et; MAX_ATOMS];
    let mut n = 0;
    let mut best = None;
    let mut misses = 0;
    for (k, w) in words.enumerate() {
        let start = n;
        for part in w.split('-') {
            match (atom(part), buf.get_mut(n)) {
                (Some(a), Some(slot)) => {
                    *slot = a;
                    n += 1;
                }
                _ => {
                    n = start;
                    break;
                }
            }
        }
        if n == start {
            break;
        }
        match value(&buf[..n]) {
            Some(v) => {
                best = Some((k + 1, v));
                misses = 0;
            }
            None => {
                misses += 1;
                if misses > 1 {
                    break;
                }
            }
        }
    }
    best
}

/// The digits of a fractional part read in words after `virgule`: zeros,
/// then a number below 1000 (`zéro cinq` is `05`, `deux cent trente six`
/// is `236`): (tokens used, digits).
pub(super) fn fraction<'w>(words: impl Iterator<Item = &'w str>) -> Option<(usize, String)> {
    // The scale after a decimal is the whole number's (`deux virgule cinq millions`).
    let words: Vec<&str> = words
        .take(12)
        .take_while(|w| !matches!(atom(w), Some(Atom::Scale(_) | Atom::Mille)))
        .collect();
    let zeros = words
        .iter()
        .take_while(|w| matches!(**w, "zéro" | "zero"))
        .count();
    let rest = words[zeros..].iter().copied();
    match longest(rest) {
        Some((n, v)) if v < 1000 && v > 0 => Some((zeros + n, format!("{}{v}", "0".repeat(zeros)))),
        _ if zeros > 0 => Some((zeros, "0".repeat(zeros))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<u64> {
        let atoms: Option<Vec<Atom>> = s.split([' ', '-']).map(atom).collect();
        value(&atoms?)
    }

    #[test]
    fn the_grammar_reads_french_numbers() {
        for (s, v) in [
            ("zéro", 0),
            ("un", 1),
            ("dix-sept", 17),
            ("vingt et un", 21),
            ("vingt-et-une", 21),
            ("soixante et onze", 71),
            ("soixante-dix-huit", 78),
            ("soixante treize", 73),
            ("quatre-vingts", 80),
            ("quatre vingt un", 81),
            ("quatre-vingt-dix-neuf", 99),
            ("quatre-vingt-douze", 92),
            ("septante-huit", 78),
            ("huitante et un", 81),
            ("octante-huit", 88),
            ("nonante-cinq", 95),
            ("cent", 100),
            ("cent un", 101),
            ("deux cents", 200),
            ("cent dix-huit", 118),
            ("mille", 1000),
            ("mil neuf cent vingt", 1920),
            ("dix-neuf cent soixante-treize", 1973),
            ("quatre mille vingt", 4020),
            ("soixante quinze mille", 75000),
            ("cent un mille", 101_000),
            ("deux-cent-mille", 200_000),
            ("un million", 1_000_000),
            ("un million deux cent mille", 1_200_000),
            ("un milliard vingt-cinq millions", 1_025_000_000),
            (
                "cinquante et un million cinq cent soixante-dix-huit mille trois cent deux",
                51_578_302,
            ),
            (
                "cinquante trois mille millions deux cent quarante-trois mille sept cent vingt-quatre",
                53_000_243_724,
            ),
        ] {
            assert_eq!(read(s), Some(v), "{s}");
        }
    }

    #[test]
    fn the_grammar_rejects_what_is_not_one_number() {
        for s in [
            "vingt un",
            "quarante douze",
            "dix deux",
            "mille mille deux cent",
            "soixante quinze cent",
            "mille un cent",
            "un mille",
            "soixante et",
            "cinq zéro",
            "mil",
            "million",
            "deux millions trois millions",
            "un million deux milliards",
            "deux cent mille quatorze mille",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn runs_stop_where_the_grammar_does() {
        let run = |s: &str| longest(s.split(' '));
        assert_eq!(run("vingt et un pays"), Some((3, 21)));
        assert_eq!(run("vingt un"), Some((1, 20)));
        assert_eq!(run("deux-cent-mille quatorze-mille"), Some((1, 200_000)));
        assert_eq!(run("quatre vingt quinze"), Some((3, 95)));
        assert_eq!(run("mil tonnes"), None);
        assert_eq!(run(&"cent ".repeat(40)), Some((1, 100)));
        assert_eq!(run(&"quatre-vingt-".repeat(40)), None);
    }

    #[test]
    fn ordinals_and_fractions() {
        assert!(is_ordinal_word("unième"));
        assert!(is_ordinal_word("dix-septième"));
        assert!(is_ordinal_word("centièmes"));
        assert!(!is_ordinal_word("premier"));
        assert!(!is_ordinal_word("ième"));
        assert_eq!(
            fraction("zéro cinq".split(' ')),
            Some((2, "05".to_string()))
        );
        assert_eq!(
            fraction("deux cent trente six".split(' ')),
            Some((4, "236".to_string()))
        );
        assert_eq!(fraction("pommes".split(' ')), None);
    }
}
