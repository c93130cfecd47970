"""orgs.tsv: hand-curated organisations (no package exists), expanded from build/curated/orgs.txt
to the generic entity format, with capitalisation variants of French institutional names."""
import re
from _util import clean, write_tsv, read_curated, CURATED
import os

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


def main():
    hs = heads()
    rows = []
    seen_text = {}
    with open(os.path.join(CURATED, "orgs.txt"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
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
    hdr = [
        "orgs.tsv: organisations (ORG): international, regional, African, Maghreb, francophone bodies, central",
        "  banks, development agencies, companies, banks, telecoms, universities, news agencies.",
        "Generic entity format (also accepted by `paraphe --gazetteer FILE`).",
        "Hand-curated (no package exists): build/curated/orgs.txt, expanded by build/build_orgs.py",
        "  (aliases -> canonical French long form; title-case variants of French institutional names).",
        "  tags: intl, african, bank, company, agency, university, media, telecom, ngo, gov, business, union;",
        "  'ambiguous' = acronym/name that is also a common word or names several bodies (PAM, CE, APS, BNA...).",
        "Licence: same as the project.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: text<TAB>TYPE<TAB>canonical<TAB>tags",
    ]
    write_tsv("orgs.tsv", hdr, rows)


if __name__ == "__main__":
    main()
