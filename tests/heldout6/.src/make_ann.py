#!/usr/bin/env python3
"""Build /work/heldout6/NAME.txt and NAME.ann.json from inline-marked articles.

Markup in the article sources (see articles.py):
    ⟦surface|P⟧ PERSON, ⟦surface|M⟧ MINISTRY, ⟦surface|O⟧ ORG, ⟦surface|L⟧ PLACE,
    ⟦surface|n:9⟧ number, ⟦surface|p:10⟧ percent, ⟦surface|d:2025-07-03⟧ date,
    ⟦surface|m:150000000:EUR⟧ money.
    "~" stands for U+00A0 (no-break space), "¤" for U+202F (narrow no-break space).

The intended spans come from the markup itself.  The .ann.json layout is the corpus
one (entities listed by text, with "occurrences" wherever build_gold.py's whole-word,
longest-first matching would otherwise tag more than was marked); each entry also
carries "spans" ([start, end] pairs) for reference.  The script then runs
build_gold.build() on every article and checks that it gives exactly the marked spans,
that every entity text equals text[start:end], and that every agreement is found.
"""
import json
import pathlib
import re
import sys
import unicodedata

sys.path.insert(0, "/work/shared/eval")
import build_gold  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from articles import ARTICLES  # noqa: E402

OUT = pathlib.Path("/work/heldout6")
MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")
TYPES = {"P": "PERSON", "M": "MINISTRY", "O": "ORG", "L": "PLACE"}


def num(s):
    v = float(s)
    return int(v) if v == int(v) and "." not in s else v


def parse(src):
    src = src.replace("~", "\u00a0").replace("¤", "\u202f")
    src = unicodedata.normalize("NFC", src.strip("\n")) + "\n"
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(src):
        out.append(src[last:m.start()])
        pos += len(src[last:m.start()])
        surface, code = m.group(1), m.group(2)
        if code in TYPES:
            spec = {"type": TYPES[code]}
        else:
            kind, _, rest = code.partition(":")
            if kind == "n":
                spec = {"type": "FIGURE", "kind": "number", "value": num(rest)}
            elif kind == "p":
                spec = {"type": "FIGURE", "kind": "percent", "value": num(rest)}
            elif kind == "d":
                spec = {"type": "FIGURE", "kind": "date", "value": rest}
            elif kind == "m":
                v, unit = rest.split(":")
                spec = {"type": "FIGURE", "kind": "money", "value": num(v), "unit": unit}
            else:
                sys.exit(f"bad code {code!r}")
        spans.append((pos, pos + len(surface), surface, spec))
        out.append(surface)
        pos += len(surface)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, "unclosed markup"
    for s, e, surf, _ in spans:
        assert text[s:e] == surf
    return text, spans


def make_entities(text, spans, name):
    groups = {}
    order = []
    for s, e, surf, spec in spans:
        key = (surf, json.dumps(spec, sort_keys=True))
        if key not in groups:
            groups[key] = {"text": surf, **spec, "_spans": []}
            order.append(key)
        groups[key]["_spans"].append((s, e))
    entries = [groups[k] for k in order]
    # simulate build_gold: longest first (stable), whole-word, free matches
    taken = [False] * len(text)
    for ent in sorted(entries, key=lambda x: -len(x["text"])):
        free = [(s, e) for s, e in build_gold.whole_word_matches(text, ent["text"])
                if not any(taken[s:e])]
        want = sorted(ent["_spans"])
        missing = [sp for sp in want if sp not in free]
        if missing:
            sys.exit(f"{name}: {ent['text']!r} marked at {missing} but not free/whole-word there")
        if want != free:
            ent["occurrences"] = [free.index(sp) for sp in want]
            skipped = [sp for sp in free if sp not in want]
            for s, e in skipped:
                print(f"  [{name}] left untagged as {ent['type']}: {text[max(0, s-30):e+30]!r}")
        for s, e in want:
            for k in range(s, e):
                taken[k] = True
    result = []
    for ent in entries:
        d = {k: v for k, v in ent.items() if not k.startswith("_")}
        d["spans"] = [list(sp) for sp in sorted(ent["_spans"])]
        result.append(d)
    return result


def main():
    for art in ARTICLES:
        name = art["name"]
        text, spans = parse(art["text"])
        words = len(re.findall(r"\w+(?:[’'-]\w+)*", text))
        ents = make_entities(text, spans, name)
        ann = {"source": f"heldout6 (original article written blind; fictional people, deals and figures): {art['outlet']}",
               "entities": ents, "signings": art["signings"]}
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        (OUT / f"{name}.ann.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        # verify with the official builder
        gold = build_gold.build(OUT / f"{name}.txt")
        got = sorted((e["start"], e["end"], e["type"]) for e in gold["entities"])
        want = sorted((s, e, sp["type"]) for s, e, _, sp in spans)
        if got != want:
            sys.exit(f"{name}: build_gold spans differ: {set(got) ^ set(want)}")
        for e in gold["entities"]:
            assert gold["text"][e["start"]:e["end"]] == e["text"]
        # every participant name should be a string; agreement found
        for sg in art["signings"]:
            for p in sg["participants"]:
                assert isinstance(p, list) and all(isinstance(x, str) and x for x in p), (name, p)
        print(f"{name}: {words} words, {len(gold['entities'])} entities, {len(gold['signings'])} signings")


if __name__ == "__main__":
    main()


def check_names():
    import unicodedata as u
    def f(x):
        return u.normalize("NFC", x.replace("’", "'")).lower()
    for art in ARTICLES:
        text, _ = parse(art["text"])
        for sg in art["signings"]:
            assert f(sg["agreement"]) in f(text), (art["name"], sg["agreement"])
            for p in sg["participants"]:
                for n in p:
                    if f(n) not in f(text):
                        print(f"  [{art['name']}] participant name not in text: {n!r}")
            for k in ("date", "place"):
                if k in sg and f(sg[k]) not in f(text):
                    print(f"  [{art['name']}] {k} not in text: {sg[k]!r}")


check_names()
