"""What the twenty-fourth round's ledger research added to the shipped ledger, pinned.

Posts the ledger lacked for people it holds: without them NL402 said "X was never <title>" of a
title X had held in another year (Hina Rabbani Khar was Pakistan's foreign minister from
19 July 2011 to 16 March 2013, and minister of state for foreign affairs before that, from
11 February 2011), where the right finding is a stale title (NL401) or none. Each entry is
checked on paraphrased sentences (never a dev passage's wording): the title on a day she held
it is silent, a later day's bare title is stale, and "former" is right after the post ended.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ledger_support import SEED_LEDGER
from tests.ledger_support import codes as _codes


@pytest.mark.parametrize(
    ("day", "offices"),
    [
        (dt.date(2011, 4, 1), {"mos_foreign_affairs_pk"}),
        (dt.date(2012, 9, 1), {"foreign_minister_pk"}),
        (dt.date(2013, 3, 15), {"foreign_minister_pk"}),
        (dt.date(2013, 3, 18), set()),  # the assembly's term ended on the 16th: ministers left
        (dt.date(2022, 11, 1), {"mos_foreign_affairs_pk"}),
    ],
)
def test_khar_posts_by_day(ledger, day, offices):
    assert {p.office for p in ledger.posts_on("hina_rabbani_khar", day)} == offices


def test_khar_was_pakistans_foreign_minister_between_its_holders(ledger):
    holders = [p.person for p in ledger.holders("foreign_minister_pk", dt.date(2012, 1, 10))]
    assert holders == ["hina_rabbani_khar"]


def test_khar_foreign_minister_while_in_office_is_silent():
    text = "Pakistan's foreign minister, Hina Rabbani Khar, flew to Brussels for talks with the EU."
    assert not {"NL401", "NL402"} & _codes(text, "2012-10-03")


def test_khar_foreign_minister_years_later_is_stale_not_never_held():
    text = "Hina Rabbani Khar, the foreign minister, told a seminar in Lahore that trade must grow."
    codes = _codes(text, "2016-02-10")
    assert "NL401" in codes
    assert "NL402" not in codes


def test_khar_former_foreign_minister_after_2013_is_silent():
    text = "Former foreign minister Hina Rabbani Khar told a Lahore seminar that trade must rise."
    assert not {"NL401", "NL402"} & _codes(text, "2016-02-10")


def test_khar_foreign_minister_before_her_oath_is_wrong():
    # in the spring of 2011 she was minister of state; the full post came on 19 July
    text = "Foreign Minister Hina Rabbani Khar received the Chinese envoy at the Foreign Office."
    assert "NL402" in _codes(text, "2011-04-20")


@pytest.mark.parametrize(
    ("day", "codes"),
    [("2023-05-02", set()), ("2025-05-02", {"NL402"})],
)
def test_former_us_president_trump_in_his_second_term(day, codes):
    # both tenures are on record (2017-01-20 to 2021-01-20, and from 2025-01-20)
    text = "Former US President Donald Trump spoke to reporters in Florida about tariffs."
    assert {"NL401", "NL402"} & _codes(text, day) == codes


def test_acc_applications_of_2018_are_the_acc_groups_first_size(ledger):
    (figure,) = [f for f in ledger.figures if f.id == "acc_applications_iom_2018_05"]
    assert figure.category == "acc"
    assert figure.value == 878604
    assert figure.date == dt.date(2018, 5, 24)


@pytest.mark.parametrize(
    ("text", "day", "codes"),
    [
        # the ACC group's size given to refugees with PoR cards, two years on
        (
            "Some 880,000 registered Afghan refugees will be issued new cards, officials said.",
            "2020-02-12",
            {"NL302"},
        ),
        # the same size given to the card holders themselves
        (
            "Some 880,000 Afghan Citizen Card holders will be issued new cards, officials said.",
            "2020-02-12",
            set(),
        ),
        # before the documentation began the figure describes no one yet
        (
            "Some 880,000 registered Afghan refugees will be issued new cards, officials said.",
            "2016-02-12",
            set(),
        ),
    ],
)
def test_acc_size_of_2018_against_drafts(text, day, codes):
    assert {"NL302"} & _codes(text, day) == codes


@pytest.mark.parametrize(
    ("text", "day", "codes"),
    [
        # both of Rubio's posts at once, after he took the second
        (
            "Secretary of State and National Security Adviser Marco Rubio met the envoy.",
            "2025-07-09",
            set(),
        ),
        # before 1 May 2025 the second title is not yet his
        (
            "Secretary of State and National Security Adviser Marco Rubio met the envoy.",
            "2025-03-09",
            {"NL402"},
        ),
        # the shared title still goes to Pakistan's adviser by name
        (
            "National Security Adviser Asim Malik received the envoy in Rawalpindi.",
            "2025-07-09",
            set(),
        ),
    ],
)
def test_rubio_interim_national_security_adviser(text, day, codes):
    assert {"NL401", "NL402"} & _codes(text, day) == codes


def test_readme_evidence_line_still_jilani():
    lines = SEED_LEDGER.read_text(encoding="utf-8").splitlines()
    assert lines[1949] == "  - id: jilani_fm"


@pytest.mark.parametrize(
    ("day", "codes"),
    [("2015-04-02", set()), ("2018-04-02", {"NL401"})],
)
def test_raheel_sharif_army_chief_2013_to_2016(ledger, day, codes):
    assert [p.person for p in ledger.holders("coas_pk", dt.date(2015, 4, 2))] == ["raheel_sharif"]
    text = "Chief of Army Staff Gen Raheel Sharif inspected the border posts near Chaman."
    assert {"NL401", "NL402"} & _codes(text, day) == codes


def test_iran_returns_of_2024_belong_to_no_pakistani_group(ledger):
    (figure,) = [f for f in ledger.figures if f.id == "iran_returns_2024"]
    assert figure.category is None  # a figure of Iran, no group of Pakistan's
    assert figure.value == 1200000
    assert figure.date is None  # the page prints its month only


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # the army chief named by his given name after his rank, before his promotion
        ("Field Marshal Asim told the gathering in Rawalpindi that peace was vital.", {"NL402"}),
        # another Asim keeps his own name
        ("General Asim Saleem Bajwa told the gathering in Rawalpindi that peace was vital.", set()),
        # the spelling 'Muneer' is still the army chief
        (
            "Army chief General Asim Muneer told the gathering in Rawalpindi that peace was vital.",
            set(),
        ),
    ],
)
def test_asim_alone_after_his_rank_is_the_army_chief(text, codes):
    assert {"NL401", "NL402"} & _codes(text, "2023-05-07") == codes
