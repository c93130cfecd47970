"""Validate gazetteers/*.tsv: UTF-8, NFC, LF, column counts, TYPE values, no duplicates,
no leading/trailing spaces, straight apostrophes, total size."""
import os
import sys
import unicodedata

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = {  # file -> (ncols, entity?)
    "places.tsv": (4, True), "orgs.tsv": (4, True),
    "firstnames.tsv": (5, False), "demonyms.tsv": (2, False), "titles.tsv": (2, False),
    "org_heads.tsv": (2, False), "common_words.tsv": (3, False), "currencies.tsv": (3, False),
    "currency_countries.tsv": (3, False),
}
TYPES = {"PERSON", "ORG", "PLACE", "MINISTRY"}


def main():
    errors = 0
    total = 0
    for name, (ncols, entity) in SPEC.items():
        path = os.path.join(OUT, name)
        raw = open(path, "rb").read()
        total += len(raw)
        text = raw.decode("utf-8")
        def err(msg):
            nonlocal errors
            errors += 1
            if errors < 50:
                print(f"{name}: {msg}")
        if "\r" in text:
            err("CR line ending")
        seen = set()
        keys = {}
        n = 0
        first_data = True
        for ln, line in enumerate(text.split("\n"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            n += 1
            if unicodedata.normalize("NFC", line) != line:
                err(f"{ln}: not NFC")
            if "\u2019" in line:
                err(f"{ln}: curly apostrophe")
            cols = line.split("\t")
            if len(cols) != ncols:
                err(f"{ln}: {len(cols)} columns, want {ncols}: {line!r}")
                continue
            for c in cols:
                if c != c.strip() or "  " in c:
                    err(f"{ln}: stray space in {c!r}")
            if not cols[0]:
                err(f"{ln}: empty first column")
            if first_data and cols[0].lower() in ("text", "word", "name", "title", "head", "form"):
                err(f"{ln}: looks like a header line")
            first_data = False
            if line in seen:
                err(f"{ln}: duplicate line")
            seen.add(line)
            if entity:
                if cols[1] not in TYPES:
                    err(f"{ln}: bad TYPE {cols[1]}")
                if cols[2] == cols[0]:
                    err(f"{ln}: canonical equals text")
                k = (cols[0], cols[1], cols[2])
                if k in keys:
                    err(f"{ln}: duplicate text/TYPE/canonical")
                keys[k] = ln
        print(f"{name}: {n} entries, {len(raw)} bytes")
    print(f"total size: {total} bytes ({total / 1e6:.2f} MB)")
    if total > 6_000_000:
        print("total size over 6 MB")
        errors += 1
    print("OK" if not errors else f"{errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
