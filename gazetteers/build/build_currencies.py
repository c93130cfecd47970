"""currencies.tsv: currency surface forms -> ISO 4217 code.
Sources: Debian iso-codes (iso_4217.json + fr/iso_4217.mo) names; Debian unicode-cldr-core
fr.xml currency display names (singular/plural) and symbols; hand-added journalistic forms
(build/curated/currencies_extra.tsv).

currency_countries.tsv: for each currency name several countries share (dollar, franc,
franc CFA, dinar, livre, ...), each country's current currency of that name, from CLDR
supplementalData.xml (currency by territory) and fr.xml (French names)."""
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

def shared_names():
    """(name, country, code): the current currency of each territory (CLDR), under the first
    word of its French name (`dollar canadien` -> dollar; `franc CFA (BEAC)` -> franc cfa and
    franc), kept for the names that several codes share."""
    fr = ET.parse("/usr/share/unicode/cldr/common/main/fr.xml")
    names = {}
    for cur in fr.findall(".//numbers/currencies/currency"):
        for dn in cur.findall("displayName"):
            if dn.get("count") is None and dn.text:
                names[cur.get("type")] = clean(dn.text)
    sup = ET.parse("/usr/share/unicode/cldr/common/supplemental/supplementalData.xml")
    rows = set()
    for region in sup.findall(".//currencyData/region"):
        cc = region.get("iso3166")
        if not re.fullmatch(r"[A-Z]{2}", cc):
            continue
        current = [c for c in region.findall("currency")
                   if c.get("to") is None and c.get("tender") != "false"]
        if not current:
            continue
        code = current[0].get("iso4217")
        name = names.get(code, "")
        if not name:
            continue
        words = name.split()
        fams = [words[0].lower()]
        if len(words) > 1 and words[1] == "CFA":
            fams.insert(0, "franc cfa")
        for fam in fams:
            rows.add((fam, cc, code))
    codes = {}
    for fam, _, code in rows:
        codes.setdefault(fam, set()).add(code)
    return sorted(r for r in rows if len(codes[r[0]]) > 1)


if __name__ == "__main__":
    main()
    hdr = [
        "currency_countries.tsv: currency names that several countries share, and each country's",
        "  current currency of that name (the name is the first word of the currency's French name).",
        f"Source: Debian unicode-cldr-core {deb_version('unicode-cldr-core')} supplementalData.xml",
        "  (currency by territory) and fr.xml (names), Unicode licence.",
        "Used by paraphe for `dollars`, `FCFA`, `dinars`... in an article about one of these countries.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: name<TAB>country (ISO 3166-1)<TAB>currency (ISO 4217)",
    ]
    write_tsv("currency_countries.tsv", hdr, shared_names())
