"""paraphe on Spark: the same records as the command line, from a cluster.

Two entry points:

- ``paraphe.spark.extract(df, text_col="text", id_col="id")``: a DataFrame of
  records with typed columns (``RECORD_SCHEMA``), extracted inside each
  partition (``mapInArrow``) by one extractor per Python worker;
- ``python -m paraphe.spark INPUT... -o OUTDIR [--master local[2]]`` (or the
  same file given to ``spark-submit``): reads ``.txt`` folders or
  ``{"id", "text"}`` JSON Lines, writes ``OUTDIR/records/part-*.jsonl`` (the
  command line's lines, in input order) and ``OUTDIR/graph.json`` (the corpus
  graph, reduced from the records by the code of ``paraphe graph``).

A document that cannot be read, or that fails, becomes an error record
``{"doc": ..., "error": ...}``, as on the command line: the job never dies for
one document. Executors need ``paraphe`` installed (``pip install paraphe``
on every node, or a packed virtual environment shipped with ``--archives``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from typing import Any, Iterable, Iterator, Sequence

from . import _paraphe

# The schema of a record, written once. It follows the JSON record field for
# field, except FIGURE values: a number goes to `value` (DOUBLE), an ISO 8601
# date to `value_date` (STRING), so that each column has one type.
_SPAN = (
    "STRUCT<text: STRING, start: INT, `end`: INT, value: DOUBLE, value_date: STRING, "
    "unit: STRING, entity: STRING>"
)
_ENTITY = (
    "STRUCT<id: STRING, type: STRING, start: INT, `end`: INT, text: STRING, kind: STRING, "
    "value: DOUBLE, value_date: STRING, unit: STRING, canonical: STRING, rule: STRING, "
    "byte_start: BIGINT, byte_end: BIGINT>"
)
_PARTICIPANT = (
    "STRUCT<entity: STRING, text: STRING, aliases: ARRAY<STRING>, type: STRING, part: STRING, "
    "role: STRING, represents: STRING, implicit: BOOLEAN>"
)
_AGREEMENT = "STRUCT<text: STRING, start: INT, `end`: INT, kind: STRING, count: BIGINT>"
_RELATION = (
    f"STRUCT<type: STRING, agreement: {_AGREEMENT}, participants: ARRAY<{_PARTICIPANT}>, "
    f"date: {_SPAN}, place: {_SPAN}, amount: {_SPAN}, purpose: STRING, rule: STRING>"
)
RECORD_SCHEMA = (
    f"doc STRING, encoding STRING, error STRING, entities ARRAY<{_ENTITY}>, "
    f"relations ARRAY<{_RELATION}>"
)
"""The DataFrame schema of ``extract``'s records, as a Spark DDL string."""

# One extractor per Python worker process (Spark reuses its workers from
# task to task), per set of user gazetteers.
_EXTRACTORS: dict[Any, Any] = {}


def _extractor(gazetteers: Sequence[tuple[str, str]] = ()) -> Any:
    key = tuple(gazetteers)
    ex = _EXTRACTORS.get(key)
    if ex is None:
        ex = _paraphe.Extractor.from_contents(list(gazetteers))
        _EXTRACTORS[key] = ex
    return ex


def read_gazetteers(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """The user gazetteers as ``(name, contents)`` pairs, checked (raises
    ``paraphe.GazetteerError``): read once on the driver, shipped to the
    executors with the tasks."""
    paths = list(paths)
    _paraphe.Extractor([os.fspath(p) for p in paths])
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            out.append((os.fspath(p), f.read()))
    return out


def _split_value(d: dict[str, Any] | None) -> None:
    if not d:
        return
    v = d.get("value")
    if isinstance(v, str):
        d["value_date"] = d.pop("value")


def _typed(rec: dict[str, Any]) -> dict[str, Any]:
    """A record shaped for ``RECORD_SCHEMA`` (FIGURE values split by type)."""
    for e in rec.get("entities") or ():
        _split_value(e)
    for r in rec.get("relations") or ():
        for k in ("date", "place", "amount"):
            _split_value(r.get(k))
    return rec


def _error(doc: Any, e: BaseException) -> str:
    return _paraphe.error_line(
        "-" if doc is None else str(doc),
        f"internal error while extracting (please report): {type(e).__name__}: {e}",
    )


def _record(ex: Any, text: Any, doc: Any) -> dict[str, Any]:
    try:
        if text is None:
            return {"doc": "-" if doc is None else str(doc), "error": 'record has no string field "text"'}
        return _typed(ex.extract(text, doc))
    except Exception as e:  # a bad row is an error record, never a failed task
        return json.loads(_error(doc, e))


def _extract_batches(
    batches: Iterator[Any],
    text_col: str,
    id_col: str | None,
    gazetteers: Sequence[tuple[str, str]],
    arrow_schema: Any,
) -> Iterator[Any]:
    import pyarrow as pa

    ex = _extractor(gazetteers)
    for batch in batches:
        texts = batch.column(text_col).to_pylist()
        ids = batch.column(id_col).to_pylist() if id_col else [None] * len(texts)
        rows = [_record(ex, t, i) for t, i in zip(texts, ids)]
        yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)


def record_schema(spark: Any = None) -> Any:
    """``RECORD_SCHEMA`` as a ``StructType`` (parsed by the active session's JVM)."""
    from pyspark.sql.types import DataType

    del spark  # kept for callers that pass their session; the active one parses
    if hasattr(DataType, "fromDDL"):  # Spark 4
        return DataType.fromDDL(RECORD_SCHEMA)
    from pyspark.sql.types import _parse_datatype_string  # Spark 3.4 and 3.5

    return _parse_datatype_string(RECORD_SCHEMA)


def extract(
    df: Any,
    text_col: str = "text",
    id_col: str | None = "id",
    gazetteers: Iterable[str | os.PathLike[str]] = (),
) -> Any:
    """The records of the articles in ``df``, as a DataFrame of ``RECORD_SCHEMA``.

    ``text_col``: the articles (string, or binary decoded as the command line
    decodes a file); ``id_col``: their ids (``doc``; any type, as a string;
    ``None`` for none: ``doc`` is ``"-"``). ``gazetteers``: user lists, read
    on the driver. One row per input row, in partition order; a row whose
    text is null or cannot be read has only ``doc`` and ``error``.
    Needs ``pyarrow`` on the executors.
    """
    from pyspark.sql.pandas.types import to_arrow_schema

    for c in (text_col, id_col):
        if c is not None and c not in df.columns:
            raise ValueError(f"no column {c!r} in the DataFrame (columns: {df.columns})")
    gaz = read_gazetteers(gazetteers)
    schema = record_schema(df.sparkSession)
    arrow_schema = to_arrow_schema(schema)
    cols = [text_col] + ([id_col] if id_col else [])
    tc, ic = text_col, id_col

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        return _extract_batches(batches, tc, ic, gaz, arrow_schema)

    return df.select(*cols).mapInArrow(run, schema)


# ---- the batch job ----------------------------------------------------------

# Work items: ("file", doc, path to read), ("line", fallback doc, bytes),
# ("bytes", doc, contents), ("error", doc, message).


def _process(ex: Any, item: tuple[str, str, Any]) -> tuple[str, bool, bool] | None:
    kind, doc, x = item
    try:
        if kind == "file":
            return ex.process_file(x, doc)
        if kind == "line":
            return ex.process_jsonl(x, doc)  # None for a blank line
        if kind == "bytes":
            return ex.process_bytes(bytes(x), doc)
        return _paraphe.error_line(doc, x), False, True
    except Exception as e:  # a bad document is an error record, never a failed task
        return _error(doc, e), False, True


def _process_partition(
    items: Iterator[tuple[str, str, Any]], gazetteers: Sequence[tuple[str, str]]
) -> Iterator[tuple[str, bool, bool]]:
    ex = _extractor(gazetteers)
    for item in items:
        done = _process(ex, item)
        if done is not None:
            yield done


def _is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _hadoop_path(spark: Any, path: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), p


def _sources(spark: Any, inputs: Sequence[str], fmt: str, exts: Sequence[str]) -> list[Any]:
    """RDDs of work items, one per run of inputs, in input order."""
    sc = spark.sparkContext
    rdds: list[Any] = []
    local: list[str] = []

    def flush_local() -> None:
        if not local:
            return
        found = _paraphe.expand(list(local), list(exts) if fmt == "text" else ["jsonl"])
        local.clear()
        items = []
        for doc, err in found:
            if err is not None:
                items.append(("error", doc, err))
            elif fmt == "text":
                items.append(("file", doc, os.path.abspath(doc)))
            else:
                rdds.extend(_flush_items(sc, items))
                items = []
                rdds.append(_jsonl(spark, os.path.abspath(doc), doc))
        rdds.extend(_flush_items(sc, items))

    for path in inputs:
        if not _is_remote(path):
            local.append(path[len("file://"):] if path.startswith("file://") else path)
            continue
        flush_local()
        fs, p = _hadoop_path(spark, path)
        if not fs.exists(p):
            rdds.append(sc.parallelize([("error", path, "no such file or directory")], 1))
        elif fmt == "jsonl":
            rdds.append(_jsonl(spark, path, path))
        else:
            want = tuple("." + e.lstrip(".").lower() for e in exts)
            rdds.append(
                sc.binaryFiles(path)
                .filter(lambda kv: kv[0].lower().endswith(want))
                .map(lambda kv: ("bytes", kv[0], kv[1]))
            )
    flush_local()
    return rdds


def _flush_items(sc: Any, items: list[Any]) -> list[Any]:
    if not items:
        return []
    n = max(1, min(len(items), max(2 * sc.defaultParallelism, math.ceil(len(items) / 2000))))
    return [sc.parallelize(items, n)]


def _jsonl(spark: Any, path: str, name: str) -> Any:
    """The lines of a JSON Lines file as work items, as bytes (Spark's text
    source keeps them as they are, where `textFile` would replace bytes that
    are not UTF-8); a record without an id is named ``file:line`` as on the
    command line."""
    from pyspark.sql import functions as F

    lines = spark.read.text(path).select(F.col("value").cast("binary")).rdd
    return lines.zipWithIndex().map(lambda li: ("line", f"{name}:{li[1] + 1}", bytes(li[0][0])))


def _write_text(spark: Any, path: str, text: str) -> None:
    fs, p = _hadoop_path(spark, path)
    out = fs.create(p, True)
    try:
        out.write(bytearray(text.encode("utf-8")))
    finally:
        out.close()


def _name_parts(spark: Any, folder: str) -> int:
    """Renames Spark's ``part-00000`` files to ``part-00000.jsonl``."""
    fs, p = _hadoop_path(spark, folder)
    jvm = spark.sparkContext._jvm
    n = 0
    for st in fs.listStatus(p):
        name = st.getPath().getName()
        if name.startswith("part-") and not name.endswith(".jsonl"):
            fs.rename(st.getPath(), jvm.org.apache.hadoop.fs.Path(p, name + ".jsonl"))
            n += 1
    return n


def run(
    spark: Any,
    inputs: Sequence[str],
    outdir: str,
    fmt: str = "text",
    exts: Sequence[str] = ("txt",),
    gazetteers: Sequence[tuple[str, str]] = (),
    overwrite: bool = False,
) -> dict[str, int]:
    """The batch job on an existing session: records and graph into
    ``outdir``; returns counts (``records``, ``errors``, ``with_signings``)."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    records_dir = outdir.rstrip("/") + "/records"
    fs, p = _hadoop_path(spark, records_dir)
    if fs.exists(p):
        if not overwrite:
            raise FileExistsError(f"{records_dir} exists (--overwrite replaces it)")
        fs.delete(p, True)
    rdds = _sources(spark, inputs, fmt, exts)
    items = sc.union(rdds) if len(rdds) > 1 else rdds[0] if rdds else sc.parallelize([], 1)
    gaz = list(gazetteers)
    done = items.mapPartitions(lambda it: _process_partition(it, gaz))
    done.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        done.map(lambda d: d[0]).saveAsTextFile(records_dir)
        _name_parts(spark, records_dir)
        graph = _paraphe.CorpusGraph()
        # Only the records with signings reach the driver, one partition at a time.
        for line in done.filter(lambda d: d[1]).map(lambda d: d[0]).toLocalIterator():
            graph.add(line)
        _write_text(spark, outdir.rstrip("/") + "/graph.json", graph.to_json())
        counts = done.map(lambda d: (1, int(d[2]), int(d[1]))).fold(
            (0, 0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1], a[2] + b[2])
        )
    finally:
        done.unpersist()
    return {"records": counts[0], "errors": counts[1], "with_signings": counts[2]}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m paraphe.spark",
        description="paraphe on Spark: records (OUTDIR/records/part-*.jsonl, the command "
        "line's lines in input order) and the corpus graph (OUTDIR/graph.json).",
        epilog="Exit codes: 0 when every document was read, 1 when some got an error "
        "record, 2 for usage errors.",
    )
    ap.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="files or folders (local, file://, hdfs://, s3a://, ...)")
    ap.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, or local[*])")
    ap.add_argument("--input", choices=["text", "jsonl"], default="text",
                    help='plain text articles, or JSON Lines {"id": ..., "text": ...}')
    ap.add_argument("--ext", default="txt",
                    help="extensions of the articles in folders, comma-separated (default: txt)")
    ap.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                    help="a user gazetteer (TSV), repeatable")
    ap.add_argument("--overwrite", action="store_true", help="replace OUTDIR/records")
    args = ap.parse_args(argv)

    try:
        gaz = read_gazetteers(args.gazetteer)
    except (OSError, ValueError) as e:
        print(f"paraphe: {e}", file=sys.stderr)
        return 2
    from pyspark.sql import SparkSession

    # Local executors run this Python (with paraphe) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("paraphe")
    if not sys.stderr.isatty():
        # Progress bars would fill a log with carriage returns.
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    t0 = time.perf_counter()
    try:
        counts = run(
            spark,
            args.inputs,
            args.output,
            fmt=args.input,
            exts=[e for e in args.ext.split(",") if e],
            gazetteers=gaz,
            overwrite=args.overwrite,
        )
    except FileExistsError as e:
        print(f"paraphe: {e}", file=sys.stderr)
        return 2
    finally:
        secs = time.perf_counter() - t0
    spark.stop()
    print(
        f"paraphe: {counts['records']} records ({counts['errors']} errors, "
        f"{counts['with_signings']} with signings) in {secs:.1f} s -> {args.output}",
        file=sys.stderr,
    )
    return 1 if counts["errors"] else 0


if __name__ == "__main__":
    # Run as `paraphe.spark`, not `__main__`, so that the executors import the
    # functions they are sent instead of unpickling copies.
    from paraphe.spark import main as _main

    sys.exit(_main())
