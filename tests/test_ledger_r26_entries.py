"""What the twenty-sixth round's ledger research added to the shipped ledger, pinned.

Earlier posts of people the ledger holds: Khurram Dastgir Khan, energy minister in 2022-2023;
Ali Amin Gandapur, minister for Kashmir affairs and Gilgit-Baltistan in 2018-2022 (before his
chief-ministership): the title on a day the post was held is silent, a later day's bare title is
stale (NL401), "former" after the end is silent. Istanbul's orders of 2019 and 2023 for Syrians,
as Turkey's deadlines (asked by the deadlines tuner): a wrong cut-off in a clause naming Istanbul
and Turkey is NL101, the recorded one is silent, and neither answers for Pakistan's own clauses.
The registered (PoR) population of 2013, "over 1.6 million registered Afghan refugees" (UNHCR,
2 July 2013): without a PoR figure before 2018, a figure of that size given for the undocumented
in 2013-2014 was not told it is the registered refugees' count (NL302 has nothing to set
against it). Each entry is checked on paraphrased sentences (never a dev passage's wording).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ledger_support import codes as _codes


def test_por_population_of_2013_is_on_record(ledger):
    figure = next(f for f in ledger.figures if f.id == "por_unhcr_2013_07")
    assert figure.category == "por"
    assert figure.value == 1_600_000
    assert figure.date == dt.date(2013, 7, 2)


@pytest.mark.parametrize("day", ["2013-09-15", "2014-03-01"])
def test_the_registered_count_given_for_the_undocumented_is_told(day):
    text = "Officials said about 1.6 million undocumented Afghans were living in the country."
    assert "NL302" in _codes(text, day)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said about 1.6 million registered Afghan refugees were living in the country.",
        "The country hosts some 1.6 million PoR card holders, officials said.",
    ],
)
def test_the_registered_count_given_for_its_own_group_is_silent(text):
    assert "NL302" not in _codes(text, "2013-09-15")


def test_khurram_dastgir_energy_ministry_is_on_record(ledger):
    posts = {p.office for p in ledger.posts_on("khurram_dastgir_khan", dt.date(2022, 12, 1))}
    assert posts == {"energy_minister_pk"}
    assert not ledger.posts_on("khurram_dastgir_khan", dt.date(2023, 9, 1))


def test_khurram_dastgir_energy_title_by_day():
    text = "Energy Minister Khurram Dastgir Khan chaired a meeting on the circular debt."
    assert not _codes(text, "2022-11-10") & {"NL401", "NL402"}
    assert "NL401" in _codes(text, "2024-05-01")
    assert not _codes(f"Former {text}", "2024-05-01") & {"NL401", "NL402"}


SYRIANS = "Unregistered Syrians in Istanbul must leave the city by {day}, Turkey's minister said."


@pytest.mark.parametrize(
    ("text", "day", "found"),
    [
        (SYRIANS.format(day="September 15"), "2019-08-28", True),
        (SYRIANS.format(day="October 30"), "2019-08-28", False),
        (SYRIANS.format(day="October 24"), "2023-08-10", True),
        (SYRIANS.format(day="September 24"), "2023-08-10", False),
    ],
)
def test_istanbul_orders_are_deadlines_of_turkey(text, day, found):
    assert ("NL101" in _codes(text, day)) is found


def test_istanbul_orders_do_not_answer_for_pakistans_own(ledger):
    """Turkey's orders never answer for a clause of the ledger's own country."""
    orders = [d for d in ledger.deadlines.values() if d.id.startswith("istanbul_")]
    assert len(orders) == 2 and all(d.country == "Turkey" for d in orders)
    text = "Unregistered Afghans in Islamabad must leave the city by October 30, officials said."
    assert "NL101" not in _codes(text, "2019-08-28")


def test_gandapur_kashmir_affairs_ministry_is_on_record(ledger):
    posts = {p.office for p in ledger.posts_on("ali_amin_gandapur", dt.date(2020, 6, 1))}
    assert posts == {"kashmir_affairs_minister_pk"}
    assert {p.office for p in ledger.posts_on("ali_amin_gandapur", dt.date(2024, 6, 1))} == {
        "cm_kp"
    }


def test_gandapur_kashmir_affairs_title_by_day():
    text = "Kashmir Affairs Minister Ali Amin Gandapur spoke at a rally in Skardu."
    assert not _codes(text, "2020-06-01") & {"NL401", "NL402"}
    assert "NL401" in _codes(text, "2024-06-01")
    assert not _codes(f"Former {text}", "2024-06-01") & {"NL401", "NL402"}
