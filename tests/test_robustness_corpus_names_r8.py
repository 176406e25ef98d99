"""Robustness probe r8: a corpus folder says so when it leaves out a file named like a ledger.

A folder given with ``--corpus`` (or ``corpus:`` in the config) reads ``ledger.yaml`` and
``*.ledger.yaml``. A newsroom's ``newsroom-ledger.yaml`` or ``ledger-2024.yaml`` was skipped
without a word: its facts were gone and every draft linted clean against them. Each such file
is now a corpus warning (stderr, and the editor's message) naming it, through the corpus index
and without it; other YAML files in an archive (a CMS's metadata) stay silent.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from narrlint.knowledge.corpus import load_corpus

from .conftest import RURITANIA, run_cli

MISNAMED = ["newsroom-ledger.yaml", "ledger-2024.yaml", "ledgers.yml", "Ledger_Archive.YAML"]
SILENT = ["extra.ledger.yaml", "story-1.yaml", "config.yml", "metadata.yaml"]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(RURITANIA, folder)
    (folder / "desk").mkdir()
    for name in MISNAMED + SILENT:
        (folder / "desk" / name).write_text("version: 1\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("cache", [False, True])
def test_each_file_named_like_a_ledger_is_warned_of(archive: Path, monkeypatch, cache) -> None:
    monkeypatch.chdir(archive.parent)
    corpus = load_corpus(["archive"], seeds=False, cache=cache)
    warned = sorted(w.split(":")[0] for w in corpus.warnings if "named like a ledger" in w)
    assert warned == sorted(f"archive/desk/{name}" for name in MISNAMED)
    assert corpus.ledger.people  # the real ledger.yaml is read as before


def test_the_cli_warns_and_lints_on(archive: Path) -> None:
    draft = archive.parent / "a.md"
    draft.write_text("---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel.\n", "utf-8")
    run = run_cli("--no-seeds", "--corpus", "archive", "-j", "1", "a.md", cwd=archive.parent)
    assert run.code == 1 and "a.md:4:1: NL401" in run.stdout
    line = (
        "narrlint: warning: archive/desk/ledger-2024.yaml: named like a ledger but not read: "
        "a corpus folder reads ledger.yaml and NAME.ledger.yaml"
    )
    assert line in run.stderr
    assert "story-1.yaml" not in run.stderr
