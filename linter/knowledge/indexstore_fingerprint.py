"""Which index a corpus has: its database's path, and the fingerprint that says it is current.

The database is named by the corpus itself (its roots, ``seeds``, ``model``); the fingerprint
names everything else that decides how an article is indexed (narrlint's and spaCy's versions,
the schema, the engine modules' source, the ledger files). Kept apart from the store so that
what invalidates an index is listed in one place.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from narrlint import __version__
from narrlint.errors import NarrlintError
from narrlint.input.source import read_bytes
from narrlint.knowledge.cachefiles import cache_dir
from narrlint.knowledge.corpus import SEEDS_DISPLAY, _discover, _Sources, seeds_root
from narrlint.knowledge.indexstore_format import INDEX_SCHEMA

ENGINE_MODULES = (
    "knowledge/corpus.py", "nlp/pipeline.py", "nlp/quantities.py", "nlp/tokens.py",
    "nlp/chunking.py", "text/prose.py", "text/prose_text.py", "text/prose_builder.py",
    "text/prose_runs.py", "text/prose_plain.py", "text/markdown_parser.py",
    "text/markdown_inline.py", "text/invisible.py", "text/mdx.py", "text/html_prose.py",
    "input/frontmatter.py", "text/positions.py", "input/source.py", "knowledge/ledger.py",
    "knowledge/ledger_model.py", "knowledge/ledger_parse.py", "knowledge/ledger_reader.py",
    "input/yamlsource.py",
    "input/discover.py",
    "nlp/vocabulary.py", "nlp/pipeline_data.py", "input/ignore.py",
)  # fmt: skip
"""Modules whose code decides what an article is indexed under, and how the ledger stored
beside the index (:mod:`narrlint.knowledge.ledgercache`) was parsed. The index's own code is
versioned by ``INDEX_SCHEMA``: bump it when the tables or
``narrlint.knowledge.index_build.parse_article`` change. Paths are relative to the ``narrlint``
package folder."""


# ---------------------------------------------------------------------------------------------
# What the corpus is made of


@dataclass
class CorpusFiles:
    """The corpus's files as discovered on this run, in the in-memory loader's order."""

    roots: list[str]
    seeds: bool
    model: str | None
    sources: _Sources

    @classmethod
    def discover(cls, paths: Iterable[str], seeds: bool, model: str | None) -> CorpusFiles:
        sources = _Sources()
        roots = []
        if seeds:
            _discover(seeds_root(), SEEDS_DISPLAY, sources)
            roots.append(os.path.realpath(seeds_root()))
        for raw in paths:
            _discover(Path(raw), str(raw), sources)
            roots.append(os.path.realpath(raw))
        return cls(roots, seeds, model, sources)

    @property
    def database(self) -> Path:
        """One database per corpus: its roots, seeds flag and model."""
        identity = json.dumps([self.roots, self.seeds, self.model])
        digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
        return cache_dir() / f"corpus-{digest}.sqlite3"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(ledger_files: list[tuple[str, str]], model: str | None) -> str:
    """Everything besides an article's own bytes that decides how it is indexed."""
    import spacy

    digest = hashlib.sha256()
    try:
        import spacy_lookups_data

        lookups = getattr(spacy_lookups_data, "__version__", "?")
    except ImportError:  # pragma: no cover - a declared dependency
        lookups = "-"
    parts = [__version__, str(INDEX_SCHEMA), spacy.__version__, lookups, model or ""]
    digest.update("\0".join(parts).encode())
    here = Path(__file__).resolve().parent.parent
    for name in ENGINE_MODULES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    for path, display in ledger_files:
        digest.update(display.encode() + b"\0")
        try:
            digest.update(_sha256(read_bytes(path)).encode())
        except NarrlintError:  # the ledger reader names the problem
            digest.update(b"unreadable")
    return digest.hexdigest()
