"""currencies.tsv: currency surface forms -> ISO 4217 code.
Sources: Debian iso-codes (iso_4217.json + fr/iso_4217.mo) names; Debian unicode-cldr-core
fr.xml currency display names (singular/plural) and symbols; hand-added journalistic forms
(build/curated/currencies_extra.tsv)."""
import gettext
import json
import re
import xml.etree.ElementTree as ET
from _util import clean, write_tsv, read_curated, deb_version

def main():
    forms = {}  # form -> (code, note)
    def add(form, code, note=""):
        form = clean(form)
        if not form or len(form) < 1:
            return
        if form in forms and forms[form][0] != code:
            # keep the first (curated forms are added first and win)
            return
        forms.setdefault(form, (code, note))

    for form, code, note in read_curated("currencies_extra.tsv", 3):
        add(form, code, note)
    t = gettext.translation("iso_4217", localedir="/usr/share/locale", languages=["fr"])
    iso = json.load(open("/usr/share/iso-codes/json/iso_4217.json", encoding="utf-8"))["4217"]
    codes = set()
    for c in iso:
        code = c["alpha_3"]
        codes.add(code)
        add(code, code)
        name = clean(t.gettext(c["name"]))
        if not re.search(r"\d|fonds|code|unité|transactions|métal|Or|Argent|Platine|Palladium", name):
            add(name, code)
            add(name[0].lower() + name[1:], code)
    tree = ET.parse("/usr/share/unicode/cldr/common/main/fr.xml")
    for cur in tree.findall(".//numbers/currencies/currency"):
        code = cur.get("type")
        if code not in codes:
            continue
        for dn in cur.findall("displayName"):
            if dn.text:
                add(dn.text, code)
        for sym in cur.findall("symbol"):
            s = clean(sym.text or "")
            if s and sym.get("alt") is None and s != code and not re.fullmatch(r"[A-Z]{1,2}", s):
                add(s, code, "symbol")
    rows = [(f, c) + ((n,) if n else ("",)) for f, (c, n) in forms.items()]
    hdr = [
        "currencies.tsv: currency surface forms -> ISO 4217 code.",
        f"Sources: Debian iso-codes {deb_version('iso-codes')} iso_4217 + French translations (LGPL-2.1+),",
        f"  Debian unicode-cldr-core {deb_version('unicode-cldr-core')} fr.xml currency names/plurals/symbols (Unicode licence),",
        "  hand-added journalistic forms (build/curated/currencies_extra.tsv).",
        "note: 'ambiguous' = form used for several currencies (dinar, dollar, franc CFA...), the code given is",
        "  the most likely in francophone African / Maghreb news; 'symbol' = CLDR symbol.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: form<TAB>code<TAB>note",
    ]
    write_tsv("currencies.tsv", hdr, rows, sort_key=lambda r: (r[1], r[0].casefold(), r[0]))

if __name__ == "__main__":
    main()
