"""Shared helpers for the Python tests: the command line to compare with,
the fixtures and the dev corpus.

Run from the repository root after `pip install .` (`.ci/run` does both):
`python -m pytest tests/python`. PARAPHE_BIN names the command line binary
(default: target/release/paraphe, else target/debug/paraphe).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


def cli_bin() -> str:
    env = os.environ.get("PARAPHE_BIN")
    if env:
        return env
    for profile in ("release", "debug"):
        p = ROOT / "target" / profile / "paraphe"
        if p.exists():
            return str(p)
    pytest.fail("no paraphe binary: cargo build first, or set PARAPHE_BIN")


def cli(*args: str, stdin: bytes | None = None, check: bool = True) -> str:
    """The command line's standard output, run from the repository root."""
    r = subprocess.run(
        [cli_bin(), "-q", *args] if args[:1] != ("graph",) else [cli_bin(), *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
    )
    if check and r.returncode not in (0, 1):
        raise AssertionError(f"paraphe {args}: exit {r.returncode}: {r.stderr.decode()}")
    return r.stdout.decode("utf-8")


def line_of(record: dict) -> str:
    """A record serialised as the command line writes it."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def articles(folder: Path) -> list[str]:
    """The .txt files of a folder, as paths relative to the root (the
    command line's `doc` when run from the root on that folder)."""
    return sorted(os.path.relpath(p, ROOT) for p in folder.glob("*.txt"))


@pytest.fixture(autouse=True)
def _at_root(monkeypatch):
    monkeypatch.chdir(ROOT)
