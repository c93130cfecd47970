#!/usr/bin/env bash
# Runs every fuzz target for SECONDS seconds each (default 300), one after the
# other, with the seeds in fuzz/seeds/<target> and the growing corpus in
# fuzz/corpus/<target> (not committed). Needs a nightly toolchain and
# cargo-fuzz (`cargo install cargo-fuzz`). Crashes land in fuzz/artifacts/<target>.
# Optimised, but with debug assertions and overflow checks on (`-O -a`).
#
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(extract_str extract_bytes jsonl_record graph_reader)
fi
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    echo "== $t: ${secs}s"
    # -timeout: an input that takes more than 10 s is reported (super-linear work);
    # -max_len: long enough for several sentences, short enough to stay fast;
    # -fork=1 with -ignore_*: keep fuzzing after a crash, saving each one.
    cargo +nightly fuzz run -O -a "$t" "corpus/$t" "seeds/$t" -- \
        -dict=dict/french.dict -max_total_time="$secs" -timeout=10 -max_len=4096 -rss_limit_mb=2048 \
        -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -print_final_stats=1 ||
        echo "== $t: fuzzer exited with $?"
done
ls -l artifacts/*/ 2>/dev/null || echo "no artifacts"
