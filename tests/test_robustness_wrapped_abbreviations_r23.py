"""A wrapped ``.txt`` draft whose line ends in an abbreviation's full stop: the sentence goes on.

Robustness round 23 (differential testing: the labelled passages wrapped by ``textwrap`` at
widths 30 to 100 as ``.txt`` without blank lines, against the one-line draft). ``… must be gone
by Oct.`` / ``15, after which raids will begin.`` lost its NL101: a line closed by a full stop
was the end of its block, so the date was cut in two and its day read as a sentence of its
own. A month written short before a day, or a rank or honorific (``Lt.``, ``Gen.``, ``Dr.``)
before a capitalised name, closes no sentence: the line goes on in the next, even when that
line starts like a numbered item (``Dec.`` / ``1. The ministry …``). A full stop after any
other word still ends the block (a headline ending ``… for Dec.`` above a capitalised line).
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import plain_prose

from .conftest import lint_text

HEAD = "---\ndate: 2023-10-05\n---\n"
# Paraphrased: the phase-1 deadline was 1 November 2023; "Dec. 1" is the error.
SENTENCE = (
    "Foreigners without papers were told on Tuesday that they have until Dec. 1 to quit "
    "the country, after which police will detain them."
)


def _found(corpus, text: str) -> list[tuple[str, str]]:
    findings = lint_text(corpus, text, path="draft.txt")
    return sorted((f.code, " ".join(text[f.offset : f.end_offset].split())) for f in findings)


def test_a_date_cut_after_its_month_s_full_stop_keeps_its_finding(seed_corpus):
    expected = _found(seed_corpus, HEAD + SENTENCE + "\n")
    assert ("NL101", "Dec. 1") in expected
    cut = SENTENCE.index("Dec. ") + len("Dec.")
    for lead in ("", "Officials said:\n"):
        wrapped = HEAD + lead + SENTENCE[:cut] + "\n" + SENTENCE[cut + 1 :] + "\n"
        assert _found(seed_corpus, wrapped) == expected, wrapped
    # the day and the sentence's full stop open the next line, as a numbered item would
    ended = SENTENCE[: SENTENCE.index(" to quit")] + ". Police will detain them."
    assert ("NL101", "Dec. 1") in _found(seed_corpus, HEAD + ended + "\n")
    numbered = HEAD + ended.replace("Dec. 1. ", "Dec.\n1. ") + "\n"
    assert _found(seed_corpus, numbered) == _found(seed_corpus, HEAD + ended + "\n"), numbered


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # a month's abbreviation before a day, with or without an ordinal
        ("Officials said the drive begins on Nov.\n15, with raids in Karachi.\n", 1),
        ("The talks were set for Sept.\n3rd in Doha, officials said.\n", 1),
        # a rank or honorific before a name
        ("The briefing was given by Lt.\nGen. Rashid Khan, the corps commander.\n", 1),
        ("The report was signed by Dr.\nAmina Qureshi on behalf of the board.\n", 1),
        # a wire line that ends a sentence after any other word stays apart
        ("The ministry moved the deadline to Dec.\nThe cabinet met on Monday.\n", 2),
        ("Pakistan extends deadline again.\n15 people were arrested on Monday.\n", 2),
        # a full month name closes its sentence as before
        ("The plan was announced in May.\n15 people were detained later.\n", 2),
    ],
)
def test_an_abbreviation_s_full_stop_at_a_line_end_closes_no_sentence(text, blocks):
    assert len(plain_prose(text).blocks) == blocks
