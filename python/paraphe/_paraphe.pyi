"""Type stubs of the compiled module (src/python.rs); see the package
``paraphe`` for the documented API."""

import os
from typing import Any, Iterable, Iterator, Mapping, Union, final

__version__: str

Text = Union[str, bytes]
Item = Union[Text, tuple[Text, Any], Mapping[str, Any]]

class GazetteerError(ValueError):
    """A user gazetteer is malformed; ``file`` and ``line`` say where (line 0:
    the whole file)."""

    file: str
    line: int

@final
class Pipe(Iterator[Any]):
    """The iterator ``pipe`` returns: records in input order."""

    def __iter__(self) -> "Pipe": ...
    def __next__(self) -> Any: ...

@final
class Extractor:
    """Finds entities and signings in French news articles.

    ``Extractor()`` has the embedded gazetteers; ``Extractor(gazetteers=[paths])``
    adds your own lists (TSV: text, TYPE, canonical, tags) and raises
    ``GazetteerError`` (with ``.file`` and ``.line``) for a malformed one,
    ``FileNotFoundError`` for a missing one. An extractor is immutable: share
    one between threads.
    """

    def __init__(self, gazetteers: Iterable[str | os.PathLike[str]] | None = None) -> None: ...
    @staticmethod
    def from_contents(lists: list[tuple[str, str]]) -> "Extractor":
        """An extractor from gazetteers given as ``(name, contents)`` pairs."""
    def extract(self, text: Text, id: Any = None) -> dict[str, Any]:
        """The record of one article, as a dict: the command line's line for
        the same text (``doc`` is ``id``, or ``"-"`` as for standard input).
        ``text`` is a ``str``, or ``bytes`` decoded as the command line decodes
        a file. An article that cannot be read gives ``{"doc": ..., "error": ...}``."""
    def extract_json(self, text: Text, id: Any = None) -> str:
        """As ``extract``, the record as the command line's JSON line (without
        its newline)."""
    def extract_file(self, path: str | os.PathLike[str], id: str | None = None) -> dict[str, Any]:
        """The record of a file, read and decoded as the command line reads it
        (``doc`` is the path as given, unless ``id`` is)."""
    def pipe(
        self, items: Iterable[Item], threads: int | None = None, as_json: bool = False
    ) -> Pipe:
        """Records for many articles, in input order, extracted on ``threads``
        Rust threads (default: all cores; 1: the calling thread) with the GIL
        released. Items are texts (``doc`` is their position, from ``"0"``),
        ``(text, id)`` pairs or ``{"id": ..., "text": ...}`` dicts. Streaming:
        at most 32 items per thread are read ahead of the record handed out.
        ``as_json=True`` gives the command line's JSON lines (without newlines)."""
    def process_file(
        self, path: str | os.PathLike[str], id: str | None = None
    ) -> tuple[str, bool, bool]:
        """For Spark: ``(record line, has signings, is an error record)`` of a file."""
    def process_bytes(self, data: bytes, id: str) -> tuple[str, bool, bool]:
        """For Spark: as ``process_file``, for a file's contents."""
    def process_jsonl(self, line: bytes, fallback_id: str) -> tuple[str, bool, bool] | None:
        """For Spark: as ``process_file``, for one line of JSON Lines input
        (None for a blank line)."""

@final
class CorpusGraph:
    """The corpus graph of signings, built from records exactly as
    ``paraphe graph`` builds it from saved JSON Lines."""

    def __init__(self) -> None: ...
    def add(self, record: Mapping[str, Any] | str) -> None:
        """Adds one record: a dict as ``extract`` gives, or its JSON line.
        Error records and records without signings add nothing."""
    def read_jsonl(self, path: str | os.PathLike[str]) -> None:
        """Adds every record of a JSON Lines file saved by paraphe; bad lines
        raise ``ValueError`` (``file:line: ...``) after the good ones are added."""
    def to_json(self) -> str:
        """The graph as JSON, as ``paraphe graph --format graph-json`` writes it."""
    def to_dot(self) -> str:
        """The graph as Graphviz DOT, as ``paraphe graph`` writes it."""
    def render(
        self,
        format: str = "graph-json",
        view: str = "agreements",
        focus: list[str] = ...,
        min_agreements: int = 0,
        types: list[str] = ...,
        max_nodes: int | None = None,
    ) -> str:
        """The graph as ``paraphe graph`` writes it with the same options:
        ``format`` ``dot``, ``graph-json`` or ``graphml``; ``view``
        ``agreements`` or ``parties``; ``focus`` names; ``min_agreements``;
        ``types`` (``ORG``, ...); ``max_nodes`` (default 300 for DOT, all
        otherwise; 0 for all). Raises ``ValueError`` for a focus that names
        nothing."""

def expand(paths: list[str | os.PathLike[str]], exts: list[str]) -> list[tuple[str, str | None]]:
    """The inputs named by files and folders, as the command line expands
    them: ``(doc, None)`` for a file, ``(doc, error)`` for a path that cannot
    be read."""

def error_line(id: str, error: str) -> str:
    """The error record ``{"doc": id, "error": error}`` as a JSON line
    (without its newline)."""
