"""Shared helpers for the gazetteer build scripts (Python 3.11, stdlib + wordfreq)."""
from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # gazetteers/
CURATED = os.path.join(HERE, "curated")
CACHE = os.environ.get("GAZ_CACHE", "/tmp/gaz/cache")

_APOS = {"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00b4": "'", "`": "'"}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def clean(s: str) -> str:
    """NFC, straight apostrophes, no invisible chars, single spaces, stripped."""
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    for k, v in _APOS.items():
        s = s.replace(k, v)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    s = re.sub(r" {2,}", " ", s).strip()
    return s


def fold(s: str) -> str:
    """Lowercase and strip accents (for comparisons only)."""
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def write_tsv(name: str, header: list[str], rows, sort_key=None) -> int:
    """Write gazetteers/<name>: '#' header comments, then TAB rows, sorted, deduplicated."""
    seen = set()
    out = []
    for r in rows:
        r = tuple(clean(str(c)) for c in r)
        if r in seen:
            continue
        seen.add(r)
        out.append(r)
    out.sort(key=sort_key or (lambda r: tuple(x.casefold() for x in r) + r))
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(("# " + h).rstrip() + "\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(f"wrote {path}: {len(out)} entries")
    return len(out)


def read_curated(name: str, ncols: int):
    """Read a curated TAB file from build/curated (comments '#', blank lines skipped)."""
    rows = []
    with open(os.path.join(CURATED, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) > ncols:
                raise SystemExit(f"{name}:{ln}: too many columns: {line!r}")
            parts += [""] * (ncols - len(parts))
            rows.append([clean(p) for p in parts])
    return rows


def hunspell_accepts(words: list[str]) -> set[str]:
    """Return the subset of words that Debian hunspell-fr (fr_FR) accepts as written."""
    words = sorted(set(w for w in words if w and "\n" not in w))
    p = subprocess.run(["hunspell", "-d", "fr_FR", "-l", "-i", "utf-8"],
                       input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
    rejected = set(p.stdout.split("\n"))
    return set(w for w in words if w not in rejected)


WORD_RE = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ]+(?:['-][a-zàâäçéèêëîïôöùûüÿœæ]+)*'?$")


@lru_cache(maxsize=None)
def common_words_raw(n: int = 30000) -> tuple[tuple[str, int], ...]:
    """The n most frequent French words of wordfreq ('fr', large list) that
    hunspell-fr accepts in lowercase. Returns ((word, rank_in_wordfreq), ...)."""
    import wordfreq
    cand = []
    for i, w in enumerate(wordfreq.top_n_list("fr", 120000, wordlist="large"), 1):
        w = clean(w)
        if WORD_RE.match(w):
            cand.append((w, i))
    ok = hunspell_accepts([w for w, _ in cand])
    res = [(w, i) for w, i in cand if w in ok][:n]
    return tuple(res)


def common_word_set(n: int = 30000) -> frozenset[str]:
    return frozenset(w for w, _ in common_words_raw(n))


def pkg_version(dist: str) -> str:
    from importlib.metadata import version
    try:
        return version(dist)
    except Exception:
        return "?"


def deb_version(pkg: str) -> str:
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                              capture_output=True, text=True).stdout.strip() or "?"
    except Exception:
        return "?"


def common_rank(n: int = 30000) -> dict[str, int]:
    """word -> position (1 = most frequent) in the filtered common-word list."""
    return {w: i for i, (w, _) in enumerate(common_words_raw(n), 1)}


FREQUENT_RANK = 10000  # words ranked above this are "frequent" common words
