"""A title whose holder is the subject of a verb in the present perfect or a present verb of
reporting ("X has called for …", "X says that …") is that of the verb's time, now: a date or
"last month" told in a clause that verb governs (a that-clause, an infinitive, "for" and a verb
in "-ing", a relative clause) dates what that clause tells, not the title. Look-alikes keep
their frame: a verb in the past ("X met … last month"), a present perfect with its own time
and no clause between ("X has met … last month", wire copy's style), a time written before the
name or after the governed clause ("…, the ministry announced in May"), an infinitive or "-ing"
right after the verb (the subject's own act: "has apologised for saying in May …"), and a
title inside the governed clause.

The fictional ledger (tests/titles_support.py): Hugo Stahl, army chief, was General until
2025-05-20 and Field Marshal since."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-06-10"  # "last month" is May 2025, when Stahl was General until the 20th


@pytest.mark.parametrize(
    "text",
    [
        "Army chief General Hugo Stahl has praised the border guards for repelling an "
        "incursion last month.",
        "General Hugo Stahl has urged the cabinet to decorate the pilots who flew last month.",
        "General Hugo Stahl says that the academy opened its doors in May.",
        "Sylvania's army chief, Gen. Hugo Stahl, has asked parliament to approve the budget "
        "tabled last month.",
    ],
)
def test_a_time_in_a_clause_a_present_verb_governs_does_not_date_its_subjects_title(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "General Hugo Stahl met the border guards last month.",
        "General Hugo Stahl has met the border guards last month.",
        "Last month, General Hugo Stahl said that the academy would open.",
        "The ministry has said that General Hugo Stahl inspected the border guards last month.",
        "Field Marshal Hugo Stahl has praised the border guards for repelling an incursion "
        "last month.",
        "General Hugo Stahl has said that the academy would open, the ministry announced in May.",
        "General Hugo Stahl has been criticised for closing the academy last month.",
        "General Hugo Stahl has apologised for saying in May that the border was closed.",
        "General Hugo Stahl has been reported to have visited the border last month.",
        "General Hugo Stahl says that the border is calm, according to a statement issued last "
        "month.",
    ],
)
def test_a_time_of_the_titles_own_clause_keeps_its_frame(sylvania, text):
    assert found(sylvania, text, DAY) == [], text
