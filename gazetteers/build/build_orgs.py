"""orgs.tsv: organisations in the generic entity format.

Sources
  curated      build/curated/orgs*.txt, hand-curated where no package lists them (international,
               African and francophone bodies, development banks, media, sports clubs, companies
               of francophone Africa), with capitalisation variants of French institutional names.
  companies    PyPI pytickersymbols (stock-index constituents: CAC 40, CAC Mid 60, BEL 20, AEX,
               DAX, MDAX, Euro Stoxx 50, Switzerland 20, FTSE 100, IBEX 35, Dow Jones, S&P 100,
               Nasdaq 100, Nikkei 225), names with their legal suffix and without it.
  universities PyPI swot (university domain list): the names given for the francophone world's
               domains (.fr .be .ch .lu .ca .ma .dz .tn .sn .ci .cm ... ) and its neighbours'.
Names from packages that are a French common word, a first name, a frequent English word or a
place are tagged ambiguous (matched only capitalised, not at the start of a sentence); those of
three letters or fewer are left out.
"""
import glob
import html
import os
import re
import sys
from _util import OUT, clean, write_tsv, read_curated, CURATED, common_word_set, pkg_version

SMALL = {"de", "du", "des", "la", "le", "les", "et", "l", "d", "en", "pour", "sur", "au", "aux",
         "à", "dans", "contre", "of", "and", "the", "for"}


def heads():
    return {h for h, _ in read_curated("org_heads.tsv", 2)}


def title_variant(text: str) -> str:
    toks = re.split(r"([ \-'])", text)
    out = []
    for i, t in enumerate(toks):
        if t and t.strip(" -'") and (i == 0 or t.lower() not in SMALL) and t[0].islower():
            t = t[0].upper() + t[1:]
        out.append(t)
    return "".join(out)


STOCK_INDICES = ["CAC_40", "CAC Mid 60", "BEL 20", "AEX", "DAX", "MDAX", "EURO STOXX 50", "Switzerland 20",
                 "FTSE 100", "IBEX 35", "DOW JONES", "S&P 100", "NASDAQ 100", "NIKKEI 225"]
# Legal forms and group words dropped to get the name used in the press ("Thales Group" -> "Thales").
LEGAL = re.compile(r"(,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|"
                   r"S\.?A\.?|SA|SE|AG|N\.?V\.?|NV|SCA|S\.A\.F\.|S\.p\.A\.|SpA|ASA|AB|Oyj|KGaA|"
                   r"Group|Groupe|Holding|Holdings|\(.*\)))+$|-Gruppe$")
SWOT_TLDS = ["fr", "be", "ch", "lu", "mc", "ca", "ma", "dz", "tn", "sn", "ci", "cm", "ml", "bf", "ne", "tg", "bj",
             "gn", "ga", "cg", "cd", "mg", "mu", "ht", "lb", "mr", "td", "cf", "bi", "rw", "dj", "km", "re"]


def english_words(n: int = 20000) -> frozenset[str]:
    import wordfreq
    return frozenset(w for w in wordfreq.top_n_list("en", n) if w.isalpha())


def entity_texts(name: str) -> set[str]:
    out = set()
    path = os.path.join(OUT, name)
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#"):
                out.add(line.split("\t")[0])
    return out


def first_names() -> set[str]:
    return {t for t in entity_texts("firstnames.tsv")}


def stock_companies() -> list[tuple[str, list[str]]]:
    """(press name, [other forms]) of the companies of STOCK_INDICES."""
    from pytickersymbols import PyTickerSymbols
    s = PyTickerSymbols()
    out = {}
    for ix in STOCK_INDICES:
        for st in s.get_stocks_by_index(ix):
            full = clean(re.sub(r"\s*\([^)]*\)", "", st["name"]))
            short = clean(LEGAL.sub("", full)) or full
            if short.isupper() and len(short) > 4 and " " not in short:
                short_forms = [short, short.title()]  # 'ALTEN' -> also 'Alten'
            else:
                short_forms = [short]
            out.setdefault(short_forms[0], set()).update(short_forms[1:] + ([full] if full != short else []))
    return [(k, sorted(v)) for k, v in sorted(out.items())]


def swot_universities() -> list[str]:
    base = os.path.join(sys.prefix, "swot_lib", "lib", "domains")
    names = set()
    for tld in SWOT_TLDS:
        for path in glob.glob(os.path.join(base, tld, "**", "*.txt"), recursive=True):
            for line in open(path, encoding="utf-8", errors="replace"):
                n = clean(re.sub(r"\s*\([^)]*\)", "", html.unescape(line)))
                # Skip joined entries ('KU LeuvenHogeschool'), bare domains and lowercase names.
                if (not n or re.search(r"[a-zé][A-Z]", n.replace("Mc", "")) or "." in n or "@" in n
                        or not n[0].isupper() or len(n.split()) < 2 or len(n) > 90):
                    continue
                names.add(n)
    return sorted(names)


def package_rows(taken: set[str]) -> list[tuple[str, str, str, str]]:
    common = common_word_set()
    english = english_words()
    firsts = first_names()
    places = entity_texts("places.tsv")

    def risky(t: str) -> bool:
        low = t.lower()
        return (" " not in t and (low in common or t in firsts or low in english)) or t in places

    rows = []
    for short, others in stock_companies():
        for t in [short] + others:
            # Three letters or fewer (`SSE`, `NN`, `IMI`): too many other bodies share them.
            if t in taken or len(t) <= 3:
                continue
            taken.add(t)
            tags = "company,ambiguous" if risky(t) else "company"
            rows.append((t, "ORG", "" if t == short else short, tags))
    for n in swot_universities():
        if n in taken:
            continue
        taken.add(n)
        rows.append((n, "ORG", "", "university,ambiguous" if risky(n) else "university"))
    return rows


def main():
    hs = heads()
    rows = []
    seen_text = {}
    lines = []
    for path in sorted(glob.glob(os.path.join(CURATED, "orgs*.txt"))):
        with open(path, encoding="utf-8") as f:
            lines += [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    for ln in lines:
        parts = (ln.split("\t") + ["", ""])[:3]
        canon, aliases, tags = [clean(p) for p in parts]
        tags = [t for t in tags.split(",") if t]
        if canon.endswith("!"):
            canon = canon[:-1]
            tags.append("ambiguous")
        entries = [(canon, "", tags)]
        for a in [clean(x) for x in aliases.split(";") if clean(x)]:
            amb = a.endswith("!")
            a = a.rstrip("!").strip()
            if a.startswith("l'"):
                continue
            entries.append((a, canon, tags + (["ambiguous"] if amb else [])))
        extra = []
        for text, can, tg in entries:
            first = text.split(" ")[0]
            if " " in text and (first in hs or text.split(" ")[0] in ("Organisation", "Programme")):
                v = title_variant(text)
                if v != text:
                    extra.append((v, can or canon, tg))
        for text, can, tg in entries + extra:
            if len(text) < 2:
                continue
            tg = ",".join(dict.fromkeys(tg))
            key = text
            if key in seen_text and seen_text[key] != (can or text):
                # same surface form for two organisations (e.g. APS, BNA): keep both rows, tag ambiguous
                tg = ",".join(dict.fromkeys(tg.split(",") + ["ambiguous"]))
                rows = [(r[0], r[1], r[2], ",".join(dict.fromkeys(r[3].split(",") + ["ambiguous"])) if r[0] == key else r[3]) for r in rows]
            seen_text.setdefault(key, can or text)
            rows.append((text, "ORG", can, tg))
    rows += package_rows(set(seen_text))
    hdr = [
        "orgs.tsv: organisations (ORG): international, regional, African, Maghreb, francophone bodies, central",
        "  banks, development agencies, companies, banks, telecoms, universities, news agencies.",
        "Generic entity format (also accepted by `paraphe --gazetteer FILE`).",
        "Hand-curated where no package exists: build/curated/orgs*.txt, expanded by build/build_orgs.py",
        "  (aliases -> canonical French long form; title-case variants of French institutional names).",
        f"Companies: PyPI pytickersymbols {pkg_version('pytickersymbols')} (MIT), stock-index constituents.",
        f"Universities: PyPI swot {pkg_version('swot')} (MIT), names of francophone university domains.",
        "  tags: intl, african, bank, company, agency, university, media, telecom, ngo, gov, business, union;",
        "  'ambiguous' = acronym/name that is also a common word or names several bodies (PAM, CE, APS, BNA...).",
        "Licence: same as the project (curated rows); MIT (package-derived rows).",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: text<TAB>TYPE<TAB>canonical<TAB>tags",
    ]
    write_tsv("orgs.tsv", hdr, rows)


if __name__ == "__main__":
    main()
