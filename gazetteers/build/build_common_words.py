"""common_words.tsv: frequent French common words (lowercase), to reject capitalised common words
at sentence start. Source: PyPI wordfreq (French 'large' list, ranks) filtered by Debian hunspell-fr
(the lowercase form must be accepted by the fr_FR dictionary, which removes proper names, foreign
words and tokens); then words that are mostly proper names are removed (see README)."""
import os
from _util import OUT, common_words_raw, write_tsv, pkg_version, deb_version, read_curated


def keep_list():
    return {r[0] for r in read_curated("common_words_keep.txt", 1)}


def load_places():
    res = {}
    for line in open(os.path.join(OUT, "places.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        text, _, _, tags = line.rstrip("\n").split("\t")
        res[text] = set(tags.split(","))
    return res


def load_first():
    res = set()
    for line in open(os.path.join(OUT, "firstnames.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        if int(p[3]) <= 2:
            res.add(p[0])
    return res


def main():
    places, first = load_places(), load_first()
    keep = keep_list()
    rows, removed = [], []
    for rank, (w, _) in enumerate(common_words_raw(30000), 1):
        cap = w[0].upper() + w[1:]
        also = []
        if cap in places:
            also.append("place")
        if cap in first:
            also.append("firstname")
        if also and w not in keep:
            removed.append(w)
            continue
        rows.append((w, str(rank), ",".join(also)))
    hdr = [
        "common_words.tsv: frequent French common words, lowercase, with their frequency rank.",
        f"Source: PyPI wordfreq {pkg_version('wordfreq')} French 'large' list (data CC BY-SA 4.0: this file is",
        "  therefore CC BY-SA 4.0; credit: wordfreq by Robyn Speer et al.), keeping only words that Debian",
        f"  hunspell-fr {deb_version('hunspell-fr-classical')} (MPL-2.0, Dicollecte) accepts in lowercase; top 30,000 of those.",
        f"Removed ({len(removed)}): words whose capitalised form is in places.tsv or is a common/uncommon",
        "  (band 1-2) first name in firstnames.tsv (paris, maroc, jean, louis...), except the genuinely common",
        "  words of the hand-curated keep list build/curated/common_words_keep.txt (pierre, rose, réunion,",
        "  sucre, tours...), which stay and are flagged in 'also' (place, firstname).",
        "rank: 1 = most frequent (gaps are removed words).",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: word<TAB>rank<TAB>also",
    ]
    write_tsv("common_words.tsv", hdr, rows, sort_key=lambda r: (int(r[1]), r[0]))
    with open("/tmp/gaz/common_removed.txt", "w") as f:
        f.write("\n".join(removed) + "\n")


if __name__ == "__main__":
    main()
