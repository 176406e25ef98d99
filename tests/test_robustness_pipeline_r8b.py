"""Robustness fix r8b: a ledger that names nobody leaks no spaCy warning.

A corpus whose only ledger was empty or unread built an entity ruler with no patterns, and
every draft printed spaCy's ``UserWarning: [W036] The component 'narrlint_entities' does not
have any patterns defined`` with its source line on stderr (and in the language server's
log). The empty ruler now matches nothing in silence; a ledger with people still names them.
"""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from narrlint.knowledge.ledger import Ledger
from narrlint.nlp.pipeline import build_pipeline

from .conftest import RURITANIA, run_cli

SENTENCES = [
    "Interim Finance Minister Anna Vogel says the deficit is falling.",
    "The mayor said 40 people were hurt.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_an_empty_ledger_parses_drafts_without_a_warning(text: str):
    nlp = build_pipeline(Ledger())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = nlp(text)
    assert not any(ent.label_ == "PERSON" for ent in doc.ents)


def test_a_ledger_with_people_still_names_them(ruritania):
    nlp = build_pipeline(ruritania.ledger)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = nlp(SENTENCES[0])
    assert "Anna Vogel" in [ent.text for ent in doc.ents]


def test_a_corpus_without_ledger_facts_prints_no_python_warning(tmp_path: Path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(RURITANIA / "budget.txt", corpus)
    (tmp_path / "a.md").write_text("---\ndate: 2023-01-01\n---\n" + SENTENCES[0] + "\n", "utf-8")
    run = run_cli("--no-seeds", "--no-cache", "--corpus", "c", "a.md", cwd=tmp_path)
    assert run.code == 0
    assert "W036" not in run.stderr and "Warning" not in run.stderr
