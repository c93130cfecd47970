#!/usr/bin/env bash
# Scale benchmark: does paraphe's time grow linearly with its input?
#
# Builds the release binary, generates inputs of 1, 10 and 100 MB under
# target/bench-scale/ from the fixture articles, runs `paraphe -j 1` on each
# and prints seconds, MB/s, peak RSS and the time ratio against linear
# scaling from the smallest size (start-up time, measured on an empty file,
# taken off first; runs under 20 MB are repeated and the best time kept).
# Two shapes:
#
#   corpus    JSON Lines, one record per article (1 to 4 fixture articles
#             each, numbered so that no two are identical): the usual load.
#   document  one .txt file of the whole size: a single very long document,
#             where anything quadratic in a document shows.
#
# Exits non-zero when a ratio exceeds 1.5 (1.5x slower than linear), when a
# run is killed for taking far longer than linear (3x the linear estimate,
# at least 60 s), or when the corpus run at the largest size peaks above
# 200 MB of RSS. A single document is held whole in memory (text, lowercase
# shadow, tokens, its whole output record), so its RSS is checked against 32 bytes per
# input byte instead.
#
# Usage: benches/scale.sh [SIZE_MB...]          (default: 1 10 100)
#        SHAPES="corpus" benches/scale.sh 1 10  (default SHAPES="corpus document")
#        DOC_SIZES="1 10 100" benches/scale.sh  (document sizes; default: the
#        sizes below 100 MB, since one 100 MB document needs about 2 GB and
#        its time is bound by memory rather than by the algorithms)
# Needs python3 and GNU time (/usr/bin/time; `apt-get install time`).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1 10 100)
shapes=${SHAPES:-corpus document}
ratio_max=1.5
corpus_rss_max_mb=200
doc_rss_bytes_per_byte=32

if [ ! -x /usr/bin/time ]; then
    echo "scale.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 2
fi
cargo build --release --quiet
bin=target/release/paraphe
work=target/bench-scale
mkdir -p "$work"

# gen SHAPE MB FILE: writes the input unless it is already there.
gen() {
    [ -s "$3" ] && return 0
    python3 - "$1" "$2" "$3" <<'EOF'
import glob, json, sys
shape, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
arts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("fixtures/*.txt"))]
target = int(mb * 1_000_000)
size, i = 0, 0
with open(path + ".tmp", "w", encoding="utf-8") as out:
    while size < target:
        if shape == "corpus":
            n = 1 + i % 4
            text = f"Article {i}.\n" + "\n\n".join(arts[(i + k) % len(arts)] for k in range(n))
            line = json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n"
        else:
            line = f"Article {i}.\n" + arts[i % len(arts)] + "\n\n"
        out.write(line)
        size += len(line.encode("utf-8"))
        i += 1
import os
os.replace(path + ".tmp", path)
EOF
}

# measure FILE SHAPE LIMIT_S: sets secs and rss_kb; returns 1 when killed at the limit.
measure() {
    local args=(-j 1 -q -o /dev/null)
    [ "$2" = corpus ] && args+=(--input jsonl)
    local log="$work/time.log"
    local rc=0
    /usr/bin/time -v -o "$log" timeout "$3" "$bin" "${args[@]}" "$1" || rc=$?
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' "$log")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    # timeout's 124 means killed; paraphe's own 1 (some input failed) is fine here.
    [ "$rc" -eq 124 ] && return 1
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        echo "scale.sh: paraphe exited with $rc on $1" >&2
        exit 2
    fi
    return 0
}

fail=0
: > "$work/empty.txt"
measure "$work/empty.txt" document 60
t0=$secs
printf 'start-up (empty input): %.3f s\n' "$t0"

for shape in $shapes; do
    echo
    echo "== $shape"
    printf '%8s %10s %9s %10s %12s\n' "MB" "seconds" "MB/s" "peak RSS" "vs linear"
    base=""
    base_mb=""
    shape_sizes=("${sizes[@]}")
    if [ "$shape" = document ]; then
        if [ -n "${DOC_SIZES:-}" ]; then
            read -r -a shape_sizes <<< "$DOC_SIZES"
        else
            shape_sizes=()
            for mb in "${sizes[@]}"; do
                python3 -c "import sys; sys.exit(0 if $mb < 100 else 1)" && shape_sizes+=("$mb")
            done
        fi
    fi
    for mb in "${shape_sizes[@]}"; do
        ext=txt
        [ "$shape" = corpus ] && ext=jsonl
        f="$work/$shape-${mb}MB.$ext"
        gen "$shape" "$mb" "$f"
        real_mb=$(python3 -c "import os; print(os.path.getsize('$f') / 1e6)")
        if [ -z "$base" ]; then
            limit=3600
        else
            limit=$(python3 -c "print(max(60, int(3 * $base * $real_mb / $base_mb + $t0 + 1)))")
        fi
        # Best of 3 below 20 MB (short runs are noisy), one run above.
        reps=1
        python3 -c "import sys; sys.exit(0 if $real_mb < 20 else 1)" && reps=3
        best=""
        best_rss=0
        killed=0
        for _ in $(seq "$reps"); do
            if ! measure "$f" "$shape" "$limit"; then
                killed=1
                break
            fi
            if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $secs < $best else 1)"; then
                best=$secs
            fi
            [ "$rss_kb" -gt "$best_rss" ] && best_rss=$rss_kb
        done
        if [ "$killed" -eq 1 ]; then
            printf '%8.1f %10s %9s %10s %12s\n' "$real_mb" ">$limit" "-" "-" "KILLED"
            echo "FAIL: $shape ${mb} MB took more than ${limit} s (3x linear)"
            fail=1
            break
        fi
        secs=$best
        rss_kb=$best_rss
        work_s=$(python3 -c "print(max($secs - $t0, 0.001))")
        rate=$(python3 -c "print($real_mb / max($secs, 0.001))")
        rss_mb=$(python3 -c "print($rss_kb / 1024)")
        if [ -z "$base" ]; then
            base=$work_s
            base_mb=$real_mb
            ratio=1
        else
            ratio=$(python3 -c "print(($work_s / $base) / ($real_mb / $base_mb))")
        fi
        printf '%8.1f %10.2f %9.2f %7.0f MB %11.2fx\n' "$real_mb" "$secs" "$rate" "$rss_mb" "$ratio"
        if python3 -c "import sys; sys.exit(0 if $ratio > $ratio_max else 1)"; then
            echo "FAIL: $shape ${mb} MB is ${ratio}x slower than linear (limit ${ratio_max}x)"
            fail=1
        fi
        if [ "$shape" = corpus ] && python3 -c "import sys; sys.exit(0 if $real_mb >= 100 and $rss_mb > $corpus_rss_max_mb else 1)"; then
            echo "FAIL: corpus of ${mb} MB peaks at ${rss_mb} MB RSS (limit ${corpus_rss_max_mb} MB)"
            fail=1
        fi
        if [ "$shape" = document ] && python3 -c "import sys; sys.exit(0 if $rss_kb * 1024 > $doc_rss_bytes_per_byte * $real_mb * 1e6 + 64e6 else 1)"; then
            echo "FAIL: one ${mb} MB document peaks at ${rss_mb} MB (limit ${doc_rss_bytes_per_byte} bytes per input byte + 64 MB)"
            fail=1
        fi
    done
done
exit "$fail"
