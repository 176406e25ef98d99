"""A process of the ledger's orders to be completed by a date: "determined to complete the
deportation of … by <date>", "the expulsion of … must be completed by <date>". The process is
an action's noun (deportation, expulsion, repatriation), so the date is the order's cut-off as
"to leave by <date>" is, and the infinitive "to complete" is the order's own purpose, not
another one. Told as done ("was completed by"), foreseen ("expected to complete … by") or of
another process ("complete their registration by"), the date is no cut-off.

The fictional ledger of :mod:`tests.test_deadlines_country`: Arland's order for undocumented
migrants to leave by 15 August 2032.
"""

from __future__ import annotations

import pytest

from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes
from .test_deadlines_country import BEFORE, LEDGER


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("completion")
    (folder / "ledger.yaml").write_text(LEDGER, encoding="utf-8")
    return load_corpus([str(folder)], seeds=False)


DUE = (
    "The interior ministry is determined to complete the deportation of undocumented "
    "migrants by {date}.",
    "The expulsion of illegal migrants must be completed by {date}, the ministry said.",
    "The government plans to finish the deportation of undocumented foreigners before {date}.",
)


@pytest.mark.parametrize("form", DUE)
def test_a_process_to_be_completed_by_a_date_is_held_to_the_order(corpus, form):
    assert codes(corpus, form.format(date="August 15"), BEFORE) == []
    assert codes(corpus, form.format(date="September 30"), BEFORE) == ["NL101"]


NOT_DUE = (
    "The deportation of undocumented migrants was completed by {date}, officials said.",
    "Officials expect to complete the deportation of undocumented migrants by {date}.",
    "Undocumented migrants must complete their registration by {date}.",
    "The ministry had completed the expulsion of illegal migrants by {date}.",
)


@pytest.mark.parametrize("form", NOT_DUE)
def test_a_process_told_done_foreseen_or_of_another_kind_is_no_cut_off(corpus, form):
    assert codes(corpus, form.format(date="September 30"), BEFORE) == []
