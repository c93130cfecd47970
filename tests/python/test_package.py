"""The Python package against the command line, on the real articles."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

import paraphe
from conftest import CORPUS, FIXTURES, ROOT, articles, cli, line_of


def read(path: str) -> str:
    with open(ROOT / path, encoding="utf-8") as f:
        return f.read()


def test_extract_is_the_cli_line_on_every_fixture():
    paths = articles(FIXTURES)
    assert len(paths) == 9
    expected = cli("fixtures").splitlines()
    got = [line_of(paraphe.extract(read(p), id=p)) for p in paths]
    assert got == expected


def test_extract_without_id_is_standard_input():
    p = articles(FIXTURES)[0]
    rec = paraphe.extract(read(p))
    assert rec["doc"] == "-"
    assert line_of(rec) + "\n" == cli(stdin=(ROOT / p).read_bytes())


def test_extract_json_and_extract_file_are_the_cli_line():
    p = articles(FIXTURES)[1]
    expected = cli(p)
    assert paraphe.Extractor().extract_json(read(p), p) + "\n" == expected
    assert line_of(paraphe.extract_file(p)) + "\n" == expected


def test_pipe_is_the_cli_output_on_the_dev_corpus():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not there")
    paths = articles(CORPUS)
    assert len(paths) >= 40
    expected = cli("../shared/corpus").splitlines()
    # bytes: decoded as the command line decodes a file
    items = (((ROOT / p).read_bytes(), p) for p in paths)
    got = list(paraphe.pipe(items, threads=2, as_json=True))
    assert got == expected
    dicts = list(paraphe.pipe(((read(p), p) for p in paths), threads=2))
    assert [line_of(d) for d in dicts] == expected


def corpus_texts(n: int) -> list[str]:
    """n articles of uneven length (so that workers finish out of order)."""
    base = [read(p) for p in articles(FIXTURES)]
    out = []
    for i in range(n):
        t = base[i % len(base)]
        if i % 7 == 0:
            t = t * 4
        elif i % 3 == 0:
            t = t[: len(t) // 5]
        out.append(f"Article {i}.\n{t}")
    return out


@pytest.mark.parametrize("threads", [1, 2, 3, 8])
def test_pipe_keeps_input_order_whatever_the_threads(threads):
    texts = corpus_texts(120)
    one = list(paraphe.pipe(texts, threads=1, as_json=True))
    got = list(paraphe.pipe(texts, threads=threads, as_json=True))
    assert got == one
    assert [json.loads(l)["doc"] for l in got] == [str(i) for i in range(120)]
    assert got[5] == paraphe.Extractor().extract_json(texts[5], 5)


def test_pipe_takes_pairs_dicts_bytes_and_any_iterable():
    t = corpus_texts(3)
    items = [(t[0], "a"), {"id": 7, "text": t[1]}, {"doc": "c", "text": t[2].encode()}, t[0]]
    got = [r["doc"] for r in paraphe.pipe(iter(items), threads=2)]
    assert got == ["a", "7", "c", "3"]
    bad = list(paraphe.pipe([{"id": "x"}, {"id": "y", "text": None}]))
    assert bad == [
        {"doc": "x", "error": 'record has no string field "text"'},
        {"doc": "y", "error": 'record has no string field "text"'},
    ]


def test_pipe_streams_a_generator_with_memory_bounded():
    pulled = 0

    def gen():
        nonlocal pulled
        for i in range(1_000_000):
            pulled += 1
            yield f"Article {i}. Le Maroc et la Banque mondiale ont signé un accord de prêt."

    it = paraphe.pipe(gen(), threads=2)
    window = 32 * 2
    for k in range(1, 2001):
        rec = next(it)
        assert rec["doc"] == str(k - 1)
        # Never more than the window read ahead of what was handed out.
        assert pulled <= k + window
    assert pulled >= 2000
    del it  # stops the workers; the generator is never read to its end


def test_pipe_raises_what_the_input_raises_after_the_records_before_it():
    def gen():
        yield "Le Tchad et le Cameroun ont signé un accord."
        yield "Le Niger et la BOAD ont signé une convention."
        raise KeyError("boom")

    for threads in (1, 2):
        it = paraphe.pipe(gen(), threads=threads)
        assert next(it)["doc"] == "0"
        assert next(it)["doc"] == "1"
        with pytest.raises(KeyError):
            next(it)


def test_pipe_rejects_what_is_not_a_text():
    with pytest.raises(TypeError, match="pipe item 1"):
        list(paraphe.pipe(["Le Mali.", 42], threads=2))
    with pytest.raises(ValueError):
        paraphe.pipe([], threads=0)


def test_a_pipe_dropped_midway_does_not_hang():
    texts = corpus_texts(500)
    for _ in range(20):
        it = paraphe.pipe(texts, threads=2)
        next(it)
        del it
    assert len(list(paraphe.pipe(texts[:10], threads=2))) == 10


def test_extraction_releases_the_gil():
    big = "\n".join(corpus_texts(9)) * 30  # about 1 MB
    done = threading.Event()
    ticks = 0

    def work():
        paraphe.extract(big)
        done.set()

    th = threading.Thread(target=work)
    th.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0)
    th.join()
    # With the GIL held for the whole extraction this loop would barely run.
    assert ticks > 100


def test_bad_documents_are_error_records_as_on_the_cli(tmp_path):
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Le Mali\x00et le Niger")
    cli_line = cli(str(nul))
    assert '"error"' in cli_line
    assert line_of(paraphe.extract(nul.read_bytes(), id=str(nul))) + "\n" == cli_line
    rec = paraphe.extract("Le Mali \ud800 et le Niger", id="s")
    assert rec["doc"] == "s" and "Unicode" in rec["error"]
    cp1252 = "Le ministère de l'Économie a signé".encode("cp1252")
    rec = paraphe.extract(cp1252, id="w")
    assert rec["encoding"] == "windows-1252"
    f = tmp_path / "w.txt"
    f.write_bytes(cp1252)
    assert line_of(paraphe.extract(cp1252, id=str(f))) + "\n" == cli(str(f))
    with pytest.raises(TypeError):
        paraphe.extract(42)


GAZ = "# text\tTYPE\tcanonical\ttags\nSociété des mines de Kolondiéba\tORG\t\tcompany\nSOMIKO\tORG\tSociété des mines de Kolondiéba\tcompany\n"
GAZ_TEXT = "La SOMIKO et le ministère des Mines du Mali ont signé jeudi une convention d’exploitation."


def test_user_gazetteers_match_the_cli(tmp_path):
    g = tmp_path / "mines.tsv"
    g.write_text(GAZ, encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text(GAZ_TEXT, encoding="utf-8")
    ex = paraphe.Extractor(gazetteers=[g])
    rec = ex.extract(GAZ_TEXT, id=str(art))
    full = "Société des mines de Kolondiéba"
    assert any(e["text"] == "SOMIKO" and e.get("canonical") == full for e in rec["entities"])
    assert line_of(rec) + "\n" == cli("--gazetteer", str(g), str(art))
    assert not any(e.get("canonical") == full for e in paraphe.extract(GAZ_TEXT)["entities"])


def test_gazetteer_errors_name_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# ok\nBamako\tPLACE\nKayes\tVILLE\n", encoding="utf-8")
    with pytest.raises(paraphe.GazetteerError) as e:
        paraphe.Extractor(gazetteers=[bad])
    assert e.value.file == str(bad) and e.value.line == 3
    assert str(e.value).startswith(f"{bad}:3: ")
    assert isinstance(e.value, ValueError)
    latin = tmp_path / "latin.tsv"
    latin.write_bytes("Bamako\tPLACE\nSégou\tPLACE\n".encode("latin-1"))
    with pytest.raises(paraphe.GazetteerError) as e:
        paraphe.Extractor(gazetteers=[str(latin)])
    assert e.value.line == 2 and "UTF-8" in str(e.value)
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        paraphe.Extractor(gazetteers=[tmp_path / "nope.tsv"])


def test_the_graph_is_paraphe_graph(tmp_path):
    saved = tmp_path / "fixtures.jsonl"
    saved.write_text(cli("fixtures"), encoding="utf-8")
    expected = cli("graph", "--format", "graph-json", str(saved))
    recs = list(paraphe.pipe([(read(p), p) for p in articles(FIXTURES)]))
    assert paraphe.graph(recs).to_json() == expected
    g = paraphe.CorpusGraph()
    g.read_jsonl(saved)
    assert g.to_json() == expected
    assert g.to_dot() == cli("graph", str(saved))
    parties = cli("graph", "--graph", "parties", "--format", "graph-json", str(saved))
    assert g.render("graph-json", view="parties") == parties
    assert g.render("graphml") == cli("graph", "--format", "graphml", str(saved))
    with pytest.raises(ValueError):
        g.render(view="nope")
    with pytest.raises(ValueError):
        g.add("{not json")


def test_to_frames():
    pd = pytest.importorskip("pandas")
    recs = list(paraphe.pipe([(read(p), p) for p in articles(FIXTURES)]))
    recs.append({"doc": "bad", "error": "cannot read"})
    ents, rels = paraphe.to_frames(recs)
    assert isinstance(ents, pd.DataFrame) and isinstance(rels, pd.DataFrame)
    assert len(ents) == sum(len(r.get("entities", [])) for r in recs)
    n_parts = sum(len(x["participants"]) for r in recs for x in r.get("relations", []))
    assert len(rels) == n_parts > 0
    assert list(ents.columns[:6]) == ["doc", "id", "type", "start", "end", "text"]
    assert set(ents["type"]) <= {"PERSON", "MINISTRY", "ORG", "PLACE", "FIGURE"}
    by_doc = rels.groupby("doc")["relation"].nunique()
    assert by_doc.sum() == sum(len(r.get("relations", [])) for r in recs)
    assert "bad" not in set(ents["doc"])
    # JSON lines are accepted too, and give the same frames.
    e2, r2 = paraphe.to_frames(paraphe.pipe([(read(p), p) for p in articles(FIXTURES)], as_json=True))
    assert e2.equals(ents) and r2.equals(rels)
    empty_e, empty_r = paraphe.to_frames([])
    assert len(empty_e) == 0 and "doc" in empty_r.columns


def test_docstrings_and_stubs_are_there():
    for f in (paraphe.extract, paraphe.pipe, paraphe.to_frames, paraphe.Extractor.extract,
              paraphe.Extractor.pipe, paraphe.CorpusGraph.add):
        assert f.__doc__ and len(f.__doc__) > 40, f
    pkg = Path(paraphe.__file__).parent
    assert (pkg / "_paraphe.pyi").exists() and (pkg / "py.typed").exists()
    assert paraphe.__version__
