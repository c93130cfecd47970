#!/usr/bin/env bash
# Bulk throughput benchmark: builds a corpus of a few thousand article files
# from fixtures/ (and ../shared/corpus when present), then runs the release
# binary single-threaded and on all cores. Prints MB/s, articles/s, start-up
# time on one tiny file and peak RSS. Usage: benches/bulk.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}
cargo build --release --quiet
bin=target/release/paraphe
work=target/bench-bulk
rm -rf "$work"; mkdir -p "$work/corpus"
srcs=(fixtures/*.txt)
[ -d ../shared/corpus ] && srcs+=(../shared/corpus/*.txt)
i=0
while [ "$i" -lt "$n" ]; do
  for s in "${srcs[@]}"; do
    [ "$i" -ge "$n" ] && break
    # Vary each copy a little so no two files are identical.
    { printf 'Article %d.\n' "$i"; cat "$s"; } > "$work/corpus/a$(printf %05d "$i").txt"
    i=$((i + 1))
  done
done
bytes=$(cat "$work"/corpus/*.txt | wc -c)
mb=$(python3 -c "print($bytes/1e6)")
echo "corpus: $n articles, $(printf %.2f "$mb") MB"
measure() { # label, args...
  local label=$1; shift
  local best=999999 rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" "$@" > "$work/out.jsonl"
    read -r secs kb < "$work/time.txt"
    best=$(python3 -c "print(min($best, $secs))")
    rss=$kb
  done
  python3 -c "
b=$bytes; s=max($best, 0.001)
print(f'$label: {s:.3f} s, {b/1e6/s:.1f} MB/s, {$n/s:.0f} articles/s, peak RSS {$rss/1024:.1f} MB')"
}
measure "1 thread " -j 1 -q "$work/corpus"
measure "all cores" -q "$work/corpus"
printf 'Le Maroc et la Banque mondiale ont signé un accord.\n' > "$work/tiny.txt"
python3 - "$bin" "$work/tiny.txt" <<'PY'
import subprocess, sys, time
runs = []
for _ in range(20):
    t = time.perf_counter(); subprocess.run([sys.argv[1], sys.argv[2]], stdout=subprocess.DEVNULL, check=True); runs.append(time.perf_counter() - t)
runs.sort()
print(f"start-up on one tiny file: median {runs[len(runs)//2]*1000:.1f} ms")
PY
