"""paraphe on Spark in local mode: the same records and graph as the command line.

Needs pyspark and Java 17; skipped without them unless PARAPHE_REQUIRE_SPARK=1
(as in `.ci/run`), where a missing piece fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CORPUS, FIXTURES, ROOT, articles, cli

REQUIRED = os.environ.get("PARAPHE_REQUIRE_SPARK") == "1"

try:
    import pyspark  # noqa: F401

    HAVE_SPARK = shutil.which("java") is not None
except ImportError:
    HAVE_SPARK = False

if not HAVE_SPARK:
    if REQUIRED:
        raise RuntimeError("PARAPHE_REQUIRE_SPARK=1 but pyspark or java is missing")
    pytest.skip("pyspark or java is missing", allow_module_level=True)

import paraphe  # noqa: E402
import paraphe.spark as ps  # noqa: E402

# The executors' Python must be this one, with paraphe installed.
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)


def parts(outdir: Path) -> str:
    files = sorted((outdir / "records").glob("part-*.jsonl"))
    assert files, f"no part files in {outdir}/records"
    return "".join(f.read_text(encoding="utf-8") for f in files)


def test_batch_job_gives_the_cli_records_and_graph(tmp_path):
    """`python -m paraphe.spark ../shared/corpus -o out --master local[2]`."""
    folder = CORPUS if CORPUS.is_dir() else FIXTURES
    arg = os.path.relpath(folder, ROOT)
    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, "-m", "paraphe.spark", arg, "-o", str(out), "--master", "local[2]"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    expected = cli(arg)
    assert len(expected.splitlines()) == len(articles(folder))
    # The same lines, in the same order: the concatenated parts are the CLI's output.
    assert parts(out) == expected
    saved = tmp_path / "cli.jsonl"
    saved.write_text(expected, encoding="utf-8")
    graph = (out / "graph.json").read_text(encoding="utf-8")
    assert graph == cli("graph", "--format", "graph-json", str(saved))
    assert json.loads(graph)["nodes"]
    assert "records" in r.stderr and "0 errors" in r.stderr


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    s = (
        SparkSession.builder.master("local[2]")
        .appName("paraphe-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield s
    s.stop()


def test_bad_documents_become_error_records(spark, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Le Tchad et le Cameroun ont signé un accord de pêche.", encoding="utf-8")
    (docs / "b.txt").write_bytes(b"binary\x00data")
    (docs / "c.txt").write_bytes("Le ministère de l'Économie".encode("cp1252"))
    os.chmod(docs / "a.txt", 0o644)
    args = [str(docs), str(tmp_path / "missing")]
    counts = ps.run(spark, args, str(tmp_path / "out"))
    assert parts(tmp_path / "out") == cli(*args)
    assert counts == {"records": 4, "errors": 2, "with_signings": 1}

    jl = tmp_path / "in.jsonl"
    jl.write_bytes(
        b'{"id": "x", "text": "Le Mali et le Niger ont sign\xc3\xa9 une convention."}\n'
        b"\n"
        b'{"text": "Sans identifiant."}\n'
        b"{not json\n"
        b'{"id": 5}\n'
        b'{"id": "latin", "text": "\xe9t\xe9"}\n'
    )
    counts = ps.run(spark, [str(jl)], str(tmp_path / "out2"), fmt="jsonl")
    assert parts(tmp_path / "out2") == cli("--input", "jsonl", str(jl))
    assert counts["records"] == 5 and counts["errors"] == 3


def test_extract_dataframe_has_typed_columns(spark):
    from pyspark.sql import Row

    paths = articles(FIXTURES)
    rows = [Row(id=p, text=(ROOT / p).read_text(encoding="utf-8")) for p in paths]
    rows.append(Row(id="none", text=None))
    df = spark.createDataFrame(rows, "id STRING, text STRING").repartition(3)
    out = ps.extract(df)
    assert out.schema == ps.record_schema(spark)
    got = {r["doc"]: r.asDict(recursive=True) for r in out.collect()}
    assert got["none"]["error"] == 'record has no string field "text"'
    for line in cli("fixtures").splitlines():
        want = json.loads(line)
        have = got[want["doc"]]
        assert have["error"] is None
        assert len(have["entities"]) == len(want["entities"])
        for e, w in zip(have["entities"], want["entities"]):
            for k in ("id", "type", "start", "end", "text", "kind", "unit", "canonical"):
                assert e[k] == w.get(k), (k, e, w)
            v = w.get("value")
            if isinstance(v, str):
                assert e["value_date"] == v and e["value"] is None
            elif v is not None:
                assert e["value"] == pytest.approx(v)
        assert len(have["relations"]) == len(want["relations"])
        for r, w in zip(have["relations"], want["relations"]):
            assert r["agreement"]["kind"] == w["agreement"]["kind"]
            assert [p["text"] for p in r["participants"]] == [p["text"] for p in w["participants"]]
            assert [p["aliases"] for p in r["participants"]] == [p["aliases"] for p in w["participants"]]
    # typed: a query needs no JSON parsing
    from pyspark.sql import functions as F

    n = out.select(F.explode("entities").alias("e")).where(F.col("e.type") == "ORG").count()
    want_n = sum(
        1 for l in cli("fixtures").splitlines() for e in json.loads(l)["entities"] if e["type"] == "ORG"
    )
    assert n == want_n
