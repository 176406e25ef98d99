"""A ledger title whose first word is the body it belongs to, written as that body's
possessive: "UNARC's Representative, X" for "UNARC Representative". The title is read and
judged as the ledger's. Look-alikes: the holder of the day stays silent, and so does the
possessive of a body before a post the ledger does not hold ("UNARC's spokesperson, X").

A fictional ledger: Lena Moor was UNARC Representative in Sylvania until 2023-10, Ruth Vale
from then on."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: unarc_rep_sy, name: UNARC Representative in Sylvania, country: United Nations,
     titles: [unarc representative in sylvania, unarc representative]}
people:
  - id: lena_moor
    name: Lena Moor
    aliases: [lena moor]
    posts:
      - {id: moor_rep, office: unarc_rep_sy, title: UNARC Representative in Sylvania,
         start: '2019-01-01', end_partial: 2023-10, source: https://example.invalid/sy/moor}
  - id: ruth_vale
    name: Ruth Vale
    aliases: [ruth vale]
    posts:
      - {id: vale_rep, office: unarc_rep_sy, title: UNARC Representative in Sylvania,
         start_partial: 2023-10, end: null, source: https://example.invalid/sy/vale}
"""

DAY = "2025-03-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def found(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "“Returns must be voluntary,” said UNARC’s Representative, Lena Moor.",
        "UNARC's Representative Lena Moor told reporters that aid had been cut.",
    ],
)
def test_the_bodys_possessive_is_read_as_the_ledgers_title(ledger, text):
    assert found(ledger, text) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "“Returns must be voluntary,” said UNARC’s Representative, Ruth Vale.",
        "“Returns must be voluntary,” said UNARC’s spokesperson, Lena Moor.",
    ],
)
def test_the_holder_of_the_day_or_another_post_stays_silent(ledger, text):
    assert found(ledger, text) == [], text
