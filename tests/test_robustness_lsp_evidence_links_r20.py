"""A finding's evidence from a corpus a config names links to its file in the editor wherever
the server runs.

A config's ``corpus`` entries are kept relative to the process's current folder (as the
command line prints them), but the language server looked evidence files up relative to the
workspace root: when the editor started the server in a folder at another depth than the
root (its home, a parent of the workspace), no evidence file was found and each was left as
text in the message instead of a link to its line (robustness r20).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from narrlint.config import load_config
from narrlint.frontends import lsp
from narrlint.frontends.lsp import Linting, ServerOptions
from narrlint.frontends.lsp_positions import PositionMap
from narrlint.model import Evidence, Finding, Position, Severity


def _finding(source: str) -> Finding:
    return Finding(
        "a.md",
        Position(1, 1),
        Position(1, 2),
        "NL401",
        "stale-title",
        Severity.ERROR,
        "m",
        "x",
        evidence=(Evidence(source, 3, "entry"),),
        offset=0,
        end_offset=1,
    )


@pytest.mark.parametrize("server_in", ["news", "."], ids=["a sibling", "a parent"])
def test_config_corpus_evidence_is_linked_wherever_the_server_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server_in: str
) -> None:
    root = tmp_path / "papers" / "daily" / "desk"
    (root / "corp").mkdir(parents=True)
    ledger = root / "corp" / "ledger.yaml"
    ledger.write_text("version: 1\n", encoding="utf-8")
    (root / ".narrlint.yaml").write_text("corpus: [corp]\n", encoding="utf-8")
    (tmp_path / "news").mkdir()
    monkeypatch.chdir(tmp_path / server_in)
    (corpus,) = load_config(root / ".narrlint.yaml").corpus  # as the session keeps it
    state = Linting(server=None, options=ServerOptions())
    state.root = root
    lsp._severities()
    found = state.diagnostic(_finding(os.path.join(corpus, "ledger.yaml")), PositionMap("x\n"))
    assert found.message == "m"  # nothing left unresolved
    (related,) = found.related_information
    assert Path(unquote(urlparse(related.location.uri).path)) == ledger.resolve()
    assert related.location.range.start.line == 2


def test_evidence_that_names_no_file_stays_in_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state = Linting(server=None, options=ServerOptions())
    state.root = tmp_path
    lsp._severities()
    found = state.diagnostic(_finding("corp/gone.yaml"), PositionMap("x\n"))
    assert found.related_information is None
    assert found.message == 'm\nevidence: corp/gone.yaml:3 "entry"'
