"""Shared fixtures: the seed corpus (loaded once per test session) and a CLI runner."""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from narrlint.engine.linter import Linter
from narrlint.engine.plugins import load_registry
from narrlint.input.source import SourceText
from narrlint.knowledge.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RURITANIA = FIXTURES / "ruritania"

# The persistent corpus index (narrlint.knowledge.index) of every test and CLI subprocess goes to a
# throw-away folder, never to the user's ~/.cache.
_CACHE = tempfile.mkdtemp(prefix="narrlint-test-cache-")
os.environ["NARRLINT_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load_corpus()


@pytest.fixture(scope="session")
def ledger():
    """The shipped seed ledger, loaded once (the ledger-entry tests read its records)."""
    from narrlint.knowledge.ledger import load_ledger
    from tests.ledger_support import SEED_LEDGER

    return load_ledger(SEED_LEDGER, "seeds/ledger.yaml")


@pytest.fixture(scope="session")
def ruritania() -> Corpus:
    return load_corpus([str(RURITANIA)], seeds=False)


def ledger_corpus(tmp_path_factory, ledger: str) -> Corpus:
    """A corpus holding only the ledger written in ``ledger`` (no seeds, no articles): the
    small made-up worlds that rule tests read, so that no test rests on the seed facts."""
    folder = tmp_path_factory.mktemp("ledger")
    (folder / "ledger.yaml").write_text(ledger)
    return load_corpus([str(folder)], seeds=False)


@pytest.fixture(scope="session")
def registry():
    return load_registry()


def lint_text(
    corpus: Corpus,
    text: str,
    *,
    date: str | None = None,
    codes: tuple[str, ...] = (),
    path: str = "draft.md",
):
    """Lint ``text`` with the installed rules (optionally only ``codes``)."""
    rules = [r for c, r in sorted(_registry().rules.items()) if not codes or c in codes]
    day = dt.date.fromisoformat(date) if date else None
    return Linter(rules, corpus, date=day).lint(SourceText(text), path).findings


@functools.lru_cache(maxsize=1)
def _registry():
    return load_registry()


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return json.loads(self.stdout)


def run_cli(
    *args: str, cwd: Path | str | None = None, stdin: str | None = None, env: dict | None = None
) -> Run:
    """Run ``python -m narrlint`` in a subprocess, as a user would."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "narrlint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


ARTICLE = """Interim Finance Minister Anna Vogel presented the budget on Monday.
The budget of 1.2 million crowns was approved on March 3, 2020.
Mayor Karl Brandt said the deadline for comments is April 1.
"""
"""One article of the small Ruritania archive the index tests build."""


@pytest.fixture
def archive(tmp_path) -> Path:
    """A small corpus of its own: the Ruritania ledger and manifest plus eight articles."""
    folder = tmp_path / "archive"
    shutil.copytree(RURITANIA, folder)
    for i in range(8):
        (folder / f"story-{i}.txt").write_text(ARTICLE.replace("Monday", f"day {i}"), "utf-8")
    return folder


def count_pipeline_calls(monkeypatch, nlp) -> list[str]:
    """The texts ``nlp`` is called on from now on: what a reader still parses at start-up
    instead of taking from the derived-values store."""
    calls: list[str] = []
    original = type(nlp).__call__

    def counting(self, text, *args, **kwargs):
        calls.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(type(nlp), "__call__", counting)
    return calls
