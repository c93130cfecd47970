#!/usr/bin/env bash
# Regenerates the pictures of the graph:
#   fixtures/graph.svg             the bundled fixtures, agreements view (the README's
#                                  picture; tests/snapshots.rs checks it is today's graph)
#   docs/graph-agreements.png      with a corpus folder given (the README uses the
#   docs/graph-parties.png         development corpus, ../shared/corpus), both views
# Needs Graphviz (`dot`). Usage: scripts/graphs.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dot >/dev/null || { echo "graphs.sh: Graphviz 'dot' not found (apt-get install graphviz)" >&2; exit 1; }
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/paraphe"
"$bin" -q --format dot fixtures/ | dot -Tsvg > fixtures/graph.svg.tmp
mv fixtures/graph.svg.tmp fixtures/graph.svg
echo "fixtures/graph.svg: $(grep -c 'class="node"' fixtures/graph.svg) nodes"
if [ $# -gt 0 ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$bin" -q "$1" -o "$tmp/saved.jsonl"
    mkdir -p docs
    for view in agreements parties; do
        "$bin" graph --graph "$view" "$tmp/saved.jsonl" | dot -Tpng > "docs/graph-$view.png"
        echo "docs/graph-$view.png: $(file -b "docs/graph-$view.png" | cut -d, -f2)"
    done
fi
