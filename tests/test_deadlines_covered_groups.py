"""An order that also covers a group it does not target by name (``also_applies_to``).

The phase-2 order targeted ACC holders "and remaining illegal foreigners"; a report that names
only the undocumented ("the upcoming April 15 deadline for the expulsion of Afghan nationals
residing illegally") means it. The reader takes a clause naming only a covered group to mean the
order as a target would (``dates_match.covered``), from the day the cover starts to
``CURRENT_RECORD_DAYS`` after the order's last record; the group's own orders not over at the
text's date keep priority; the order is not "another group's deadline" for that group; and a
cut-off still ahead, given for the covered group after the order's record ended, is its own later
order's (never the covering order's "current record"). A fictional ledger keeps the dates apart
from the seed ledger's.
"""

from __future__ import annotations

import pytest

from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes, reported
from .test_deadlines import read_dates

LEDGER = """\
# A FICTIONAL ledger for tests only.
version: 1
categories:
  - id: licensed
    name: Licence holders
    terms: [licence holders, license holders, licensed traders]
    modifiers: [licensed]
    heads: [traders]
    source: https://example.invalid/licensed
  - id: unlicensed
    name: Unlicensed foreigners
    documented: false
    terms: [unlicensed foreigners, unlicensed traders, illegal foreigners]
    modifiers: [unlicensed, illegal]
    heads: [foreigners, traders]
    source: https://example.invalid/unlicensed
deadlines:
  - id: licence_order
    title: Licence holders (and remaining unlicensed foreigners) to leave
    announced: '2031-03-07'
    date: '2031-03-31'
    targets: [licensed]
    action_lemmas: [leave, expel]
    source: https://example.invalid/licence-order
    also_applies_to:
      - category: unlicensed
        from: '2031-03-10'
        source: https://example.invalid/licence-order-covers
  - id: unlicensed_order
    title: Unlicensed foreigners to leave
    announced: '2029-10-03'
    date: '2029-11-01'
    targets: [unlicensed]
    action_lemmas: [leave, expel]
    source: https://example.invalid/unlicensed-order
"""

FORMS = (
    "Unlicensed foreigners must leave the country by {date}.",
    "The government will not extend the {date} deadline for the expulsion of illegal foreigners.",
    "Illegal foreigners have until {date} to leave, officials said.",
    "The deadline for unlicensed traders to leave is {date}.",
)
RIGHT, WRONG = "March 31", "April 15"
DURING = ("2031-03-12", "2031-03-27", "2031-04-20")
"""Texts while the order ran and shortly after its cut-off."""


def corpus_of(tmp_path_factory, ledger: str):
    folder = tmp_path_factory.mktemp("covered")
    (folder / "ledger.yaml").write_text(ledger, encoding="utf-8")
    return load_corpus([str(folder)], seeds=False)


@pytest.fixture(scope="module")
def covering(tmp_path_factory):
    return corpus_of(tmp_path_factory, LEDGER)


@pytest.fixture(scope="module")
def own_order(tmp_path_factory):
    """The same ledger with an order of the covered group's own, in force from 20 March."""
    own = """\
  - id: unlicensed_2031
    title: Unlicensed foreigners to leave by 15 April
    announced: '2031-03-20'
    date: '2031-04-15'
    targets: [unlicensed]
    action_lemmas: [leave, expel]
    source: https://example.invalid/unlicensed-2031
"""
    return corpus_of(tmp_path_factory, LEDGER + own)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("when", DURING)
def test_a_covered_group_is_held_to_the_order(covering, form, when):
    assert codes(covering, form.format(date=WRONG), when) == ["NL101"]
    assert codes(covering, form.format(date=RIGHT), when) == []


@pytest.mark.parametrize("form", FORMS)
def test_the_cover_means_the_order(covering, form):
    ((claim, resolved),) = read_dates(covering, form.format(date=WRONG), "2031-03-27")
    assert claim.groups == ("unlicensed",)
    assert resolved.fact == "deadlines/licence_order"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("when", ("2031-03-08", "2031-08-20"))
def test_before_the_cover_or_months_after_the_order_it_says_nothing(covering, form, when):
    """Before the cover's ``from``; and 142 days after the order's last record (the group's
    later orders, which the ledger may record under another group)."""
    assert codes(covering, form.format(date=WRONG), when) == []


@pytest.mark.parametrize("form", FORMS)
def test_the_groups_own_order_keeps_priority(own_order, form):
    assert codes(own_order, form.format(date=WRONG), "2031-03-27") == []  # its own 15 April
    ((_, resolved),) = read_dates(own_order, form.format(date="May 20"), "2031-03-27")
    assert resolved.fact == "deadlines/unlicensed_2031"


def test_both_groups_named(covering):
    """Both groups named, the covered one with no order of its own in force: the order is the
    one meant (this held before the cover was read: a look-alike kept as it is)."""
    text = "Licence holders and unlicensed foreigners must leave the country by {date}."
    assert codes(covering, text.format(date=WRONG), "2031-03-27") == ["NL101"]
    assert codes(covering, text.format(date=RIGHT), "2031-03-27") == []


def test_a_later_cut_off_for_the_covered_group_is_its_own_later_order(covering):
    """Weeks after the order's last record, a cut-off still ahead for the covered group may be
    an order of its own the ledger lacks; for the targeted group it contradicts the record."""
    covered = "Illegal foreigners will be expelled after the May 30 deadline."
    targeted = "Licence holders will be expelled after the May 30 deadline."
    assert codes(covering, covered, "2031-04-11") == []
    assert codes(covering, targeted, "2031-04-11") == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for illegal foreigners was extended by one month.",
        "Unlicensed foreigners were granted a 30-day extension to leave.",
        "The deadline for unlicensed traders to leave was extended to May 30.",
    ],
)
def test_an_extension_for_a_covered_group_is_not_judged_by_the_order(covering, text):
    """The time one group of an order was given is not said to be every covered group's (at
    most a note that the ledger may lag behind a new date)."""
    assert [s for _, s, _ in reported(covering, text, "2031-03-27") if s != "info"] == []
