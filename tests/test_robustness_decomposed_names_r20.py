"""Robustness r20: a name written in decomposed Unicode (NFD) is its ledger person.

macOS exports and some CMS copies write "ö" as "o" followed by a combining diaeresis (NFD); the
ledger usually holds the composed form (NFC), or the other way round when the ledger was typed
on such a machine. Before: the entity ruler compared code points, so an NFD name was no person
and a stale title of a former holder was judged as a bare title ("the last one, Zoë Vögel, left
the post") instead of naming the person it was written next to. The look-up now matches both
forms of every ledger phrase; the draft's text and offsets are untouched.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from narrlint.knowledge.corpus import load_corpus
from narrlint.nlp.pipeline import spellings

from .conftest import RURITANIA, lint_text

NAME = "Zoë Vögel"
SENTENCE = "Interim Finance Minister {name} says the deficit is falling.\n"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def corpus_with(tmp_path: Path, name: str):
    """The Ruritania corpus with its interim finance minister renamed ``name`` (ledger and
    article alike)."""
    folder = tmp_path / "corpus"
    shutil.copytree(RURITANIA, folder)
    for file in ("ledger.yaml", "budget.txt"):
        path = folder / file
        path.write_text(path.read_text("utf-8").replace("Anna Vogel", name), "utf-8")
    return load_corpus([str(folder)], seeds=False)


def stale(corpus, name: str):
    found = lint_text(corpus, SENTENCE.format(name=name), date="2023-01-01", codes=("NL401",))
    assert [f.code for f in found] == ["NL401"]
    return found[0]


def marked(name: str, finding) -> str:
    """The draft's characters the finding points at."""
    return SENTENCE.format(name=name)[finding.offset : finding.end_offset]


@pytest.mark.parametrize("ledger_form", ["NFC", "NFD"])
def test_either_form_of_the_name_is_the_ledger_person(tmp_path, ledger_form):
    corpus = corpus_with(tmp_path, unicodedata.normalize(ledger_form, NAME))
    composed = stale(corpus, NAME)
    decomposed = stale(corpus, nfd(NAME))
    assert "left the post on 30 June 2021" in composed.message
    assert "the last one" not in composed.message
    assert decomposed.message == composed.message
    # The finding points at the characters of the draft as written (no offset moved).
    assert marked(nfd(NAME), decomposed) == nfd(marked(NAME, composed))
    assert NAME in marked(NAME, composed)


def test_the_decomposed_draft_is_sliced_at_its_own_offsets(tmp_path):
    corpus = corpus_with(tmp_path, NAME)
    text = nfd("Zoë said so. ") + SENTENCE.format(name=nfd(NAME))
    (finding,) = lint_text(corpus, text, date="2023-01-01", codes=("NL401",))
    assert text[finding.offset : finding.end_offset].startswith("Interim Finance Minister")


def test_a_name_differing_by_an_accent_stays_another_person(tmp_path):
    """'Vógel' is not 'Vogel': only the encoding of the same letters is forgiven."""
    corpus = corpus_with(tmp_path, "Anna Vogel")
    assert "left the post on 30 June 2021" in stale(corpus, "Anna Vogel").message
    for other in ("Anna Vógel", nfd("Anna Vógel")):
        assert "the last one, Anna Vogel" in stale(corpus, other).message


def test_spellings_are_the_composed_and_decomposed_forms():
    assert spellings("anna vogel") == ("anna vogel",)
    forms = spellings("zoë vögel")
    assert forms == ("zoë vögel", nfd("zoë vögel"))
    assert spellings(nfd("zoë")) == (nfd("zoë"), "zoë")


def test_ledger_show_finds_a_decomposed_query(tmp_path):
    """``narrlint ledger show`` with a name pasted decomposed finds the person (it said
    "nothing matches"); a query differing by an accent still finds nothing."""
    from narrlint.frontends.ledger_show import find

    for ledger_form in ("NFC", "NFD"):
        folder = tmp_path / ledger_form
        folder.mkdir()
        ledger = corpus_with(folder, unicodedata.normalize(ledger_form, NAME)).ledger
        for query in (NAME, nfd(NAME), nfd("zoë vö")):
            assert [item.id for item in find(ledger, query)] == ["anna_vogel"], query
        assert find(ledger, "Zoë Vógel") == []
