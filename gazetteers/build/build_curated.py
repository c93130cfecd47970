"""titles.tsv and org_heads.tsv: hand-curated lists (no package exists), copied from
build/curated/ with normalisation (NFC, straight apostrophes), deduplication and sorting."""
from _util import write_tsv, read_curated

def main():
    rows = read_curated("titles.tsv", 2)
    for t, k in rows:
        assert k in ("function", "civil"), (t, k)
    write_tsv("titles.tsv", [
        "titles.tsv: functions/titles that precede or follow person names (kind=function) and civil titles",
        "  and honorifics (kind=civil). Hand-curated (no package exists): build/curated/titles.tsv.",
        "  Person spans exclude these (ANNOTATION.md). Licence: same as the project.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: title<TAB>kind",
    ], rows, sort_key=lambda r: (r[1], r[0].casefold(), r[0]))
    rows = read_curated("org_heads.tsv", 2)
    write_tsv("org_heads.tsv", [
        "org_heads.tsv: head nouns that start organisation names. Hand-curated (no package exists):",
        "  build/curated/org_heads.tsv. note: ambiguous (also a frequent common noun), gov, edu, health,",
        "  company, finance. Licence: same as the project.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: head<TAB>note",
    ], rows)

if __name__ == "__main__":
    main()
