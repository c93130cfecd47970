#!/usr/bin/env python3
"""Lists entity differences between gold and paraphe output: diff_entities.py GOLD PRED."""
import json, pathlib, sys
gold = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1]) if l.strip()}
pred = {}
for l in open(sys.argv[2]):
    if l.strip():
        p = json.loads(l)
        pred[pathlib.Path(p["doc"]).stem] = p
for gid, g in gold.items():
    text = g["text"]
    gs = {(e["start"], e["end"], e["type"]) for e in g["entities"]}
    ps = {(e["start"], e["end"], e["type"]): e.get("rule", "") for e in pred.get(gid, {}).get("entities", [])}
    miss = sorted(gs - set(ps))
    extra = sorted(set(ps) - gs)
    if miss or extra:
        print("##", gid)
    for s, e, t in miss:
        print(f"  MISS {t:8} {text[s:e]!r}  …{text[max(0,s-30):s]!r}")
    for s, e, t in extra:
        print(f"  XTRA {t:8} {text[s:e]!r} [{ps[(s,e,t)]}] …{text[max(0,s-30):s]!r}")
