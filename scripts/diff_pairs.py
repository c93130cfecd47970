#!/usr/bin/env python3
"""Lists signing pair differences per article: diff_pairs.py GOLD PRED (uses score.py's folding)."""
import importlib.util, json, pathlib, sys
spec = importlib.util.spec_from_file_location("score", str(pathlib.Path(__file__).resolve().parents[2] / "shared/eval/score.py"))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1]) if l.strip()}
pred = {pathlib.Path(json.loads(l)["doc"]).stem: json.loads(l) for l in open(sys.argv[2]) if l.strip()}
show = lambda s: "/".join(sorted(s))[:60]
for gid, g in gold.items():
    gp = score.pairs_of(g.get("signings", []), gold=True)
    pp = score.pairs_of(pred.get(gid, {}).get("relations", []), gold=False)
    miss = [q for q in gp if not any(score.same_pair(q, p) for p in pp)]
    extra = [p for p in pp if not any(score.same_pair(p, q) for q in gp)]
    if miss or extra:
        print(f"## {gid}  gold={len(gp)} pred={len(pp)}")
    for a, b, w in miss:
        print(f"  MISS {show(a)}  <->  {show(b)}")
    for a, b, w in extra:
        print(f"  XTRA {show(a)}  <->  {show(b)}")
