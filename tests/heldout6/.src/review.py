import json,re,sys,pathlib
sys.path.insert(0,'/work/shared/eval'); import build_gold
for txt in sorted(pathlib.Path('/work/heldout6').glob('*.txt')):
    g=build_gold.build(txt); t=g['text']; cov=[False]*len(t)
    for e in g['entities']:
        for k in range(e['start'],e['end']): cov[k]=True
    miss=[]
    for m in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w’'-]*|\d[\d,.\u00a0\u202f ]*|\b(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille|million|milliard)\w*\b",t):
        if not any(cov[m.start():m.end()]): miss.append(m.group().strip())
    print(txt.stem, '|', ' · '.join(dict.fromkeys(miss)))
