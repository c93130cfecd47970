"""paraphe: who signed what with whom, in French news articles.

Entities (PERSON, MINISTRY, ORG, PLACE, FIGURE) and signing relations, found
by the same compiled extractor as the ``paraphe`` command line. A record is
the command line's JSON line for the same text, as a dict::

    import paraphe
    rec = paraphe.extract("Le Maroc et la Banque mondiale ont signé jeudi un accord de prêt.")
    for r in rec["relations"]:
        print(r["agreement"]["kind"], [p["text"] for p in r["participants"]])

    for rec in paraphe.pipe(texts):          # many texts, on all cores, in input order
        ...
    entities, relations = paraphe.to_frames(paraphe.pipe(texts))   # pandas

``paraphe.spark`` runs it on Spark (``python -m paraphe.spark --help``).
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterable, Iterator, Mapping, Union

from ._paraphe import CorpusGraph, Extractor, GazetteerError, Pipe, __version__

__all__ = [
    "CorpusGraph",
    "Extractor",
    "GazetteerError",
    "Pipe",
    "__version__",
    "extract",
    "extract_file",
    "graph",
    "pipe",
    "to_frames",
]

Record = dict  # one JSON record, as in the command line's output
Text = Union[str, bytes]
Item = Union[Text, "tuple[Text, Any]", Mapping[str, Any]]

_builtin: Extractor | None = None


def _extractor() -> Extractor:
    global _builtin
    if _builtin is None:
        _builtin = Extractor()
    return _builtin


def extract(text: Text, id: Any = None) -> dict[str, Any]:
    """The record of one article with the embedded gazetteers.

    Same keys, offsets and order as one line of the command line's output
    (``json.dumps(rec, ensure_ascii=False, separators=(",", ":"))`` gives the
    line). ``doc`` is ``id``, or ``"-"`` as for standard input. ``text`` is a
    ``str`` (offsets count its code points after NFC normalisation), or
    ``bytes`` decoded as the command line decodes a file. An article that
    cannot be read gives ``{"doc": ..., "error": ...}``.
    """
    return _extractor().extract(text, id)


def extract_file(path: str | os.PathLike[str], id: str | None = None) -> dict[str, Any]:
    """The record of a file, read and decoded as the command line reads it
    (``doc`` is the path as given, unless ``id`` is)."""
    return _extractor().extract_file(path, id)


def pipe(
    items: Iterable[Item], threads: int | None = None, as_json: bool = False
) -> Iterator[Any]:
    """Records for many articles, in input order, with the embedded gazetteers.

    ``items``: texts (``doc`` is each one's position, ``"0"``, ``"1"``, ...),
    ``(text, id)`` pairs, or ``{"id": ..., "text": ...}`` dicts, from any
    iterable, a generator included. Extraction runs on ``threads`` Rust
    threads (default: all cores; 1: on the calling thread) with the GIL
    released; at most 32 items per thread are read ahead of the record handed
    out, so memory stays bounded on an endless generator. ``as_json=True``
    yields the command line's JSON lines (without newlines) instead of dicts.
    An exception raised by ``items`` is raised after the records before it.
    """
    return _extractor().pipe(items, threads=threads, as_json=as_json)


def graph(records: Iterable[Union[Mapping[str, Any], str]]) -> CorpusGraph:
    """The corpus graph of signings of ``records`` (dicts or JSON lines), as
    ``paraphe graph`` builds it: ``.to_json()``, ``.to_dot()``."""
    g = CorpusGraph()
    for r in records:
        g.add(r)
    return g


ENTITY_COLUMNS = [
    "doc", "id", "type", "start", "end", "text", "kind", "value", "unit",
    "canonical", "rule", "byte_start", "byte_end",
]
RELATION_COLUMNS = [
    "doc", "relation", "agreement", "kind", "agreement_start", "agreement_end",
    "count", "date", "date_text", "place", "amount", "amount_unit", "amount_text",
    "purpose", "rule", "entity", "text", "aliases", "type", "part", "role",
    "represents", "implicit",
]


def _rows(records: Iterable[Union[Mapping[str, Any], str]]):
    ents: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for rec in records:
        if isinstance(rec, (str, bytes)):
            rec = json.loads(rec)
        if "error" in rec:
            continue
        doc = rec.get("doc")
        by_id = {}
        for e in rec.get("entities", ()):
            row = {"doc": doc}
            row.update(e)
            ents.append(row)
            by_id[e.get("id")] = e
        for k, r in enumerate(rec.get("relations", ())):
            agr = r.get("agreement") or {}
            date = r.get("date") or {}
            place = r.get("place") or {}
            amount = r.get("amount") or {}
            unit = amount.get("unit")
            if unit is None and amount.get("entity") in by_id:
                unit = by_id[amount["entity"]].get("unit")
            base = {
                "doc": doc,
                "relation": k,
                "agreement": agr.get("text"),
                "kind": agr.get("kind"),
                "agreement_start": agr.get("start"),
                "agreement_end": agr.get("end"),
                "count": agr.get("count"),
                "date": date.get("value"),
                "date_text": date.get("text"),
                "place": place.get("text"),
                "amount": amount.get("value"),
                "amount_unit": unit,
                "amount_text": amount.get("text"),
                "purpose": r.get("purpose"),
                "rule": r.get("rule"),
            }
            for p in r.get("participants", ()):
                row = dict(base)
                row.update(
                    entity=p.get("entity"),
                    text=p.get("text"),
                    aliases=p.get("aliases", []),
                    type=p.get("type"),
                    part=p.get("part"),
                    role=p.get("role"),
                    represents=p.get("represents"),
                    implicit=bool(p.get("implicit", False)),
                )
                parts.append(row)
    return ents, parts


def _columns(rows: list[dict[str, Any]], first: list[str]) -> list[str]:
    cols = list(first)
    seen = set(cols)
    for row in rows:
        for key in row:
            if key not in seen:
                seen.add(key)
                cols.append(key)
    return cols


def to_frames(records: Iterable[Union[Mapping[str, Any], str]]):
    """Two pandas DataFrames from records (dicts or JSON lines, e.g. from
    ``pipe``), ready for ``groupby``:

    - entities: one row per entity, with its ``doc`` and every field of the
      record's entity (``id``, ``type``, ``start``, ``end``, ``text``, ``kind``,
      ``value``, ``unit``, ``canonical``, ...);
    - relations: one row per participant of a signing: ``doc``, ``relation``
      (its index in the article), the agreement (``agreement``, ``kind``,
      ``count``, ``date``, ``place``, ``amount``, ``amount_unit``, ``purpose``)
      and the participant (``entity``, ``text``, ``aliases``, ``type``,
      ``part``, ``role``, ``represents``, ``implicit``).

    Error records are left out. Needs pandas (``pip install pandas``).
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("paraphe.to_frames needs pandas: pip install pandas") from e
    ents, parts = _rows(records)
    entities = pd.DataFrame(ents, columns=_columns(ents, ENTITY_COLUMNS))
    relations = pd.DataFrame(parts, columns=_columns(parts, RELATION_COLUMNS))
    return entities, relations
