"""What the twenty-fifth round's ledger research added to the shipped ledger, pinned.

Earlier posts the ledger lacked for people it holds. Without them a title of those years was not
judged at all (NL402 says nothing of a day before a person's first post on record) and a later
draft that kept the old title was not told it is stale: Shehbaz Sharif was Chief Minister of
Punjab three times (1997-1999, 2008-2013 with a month of governor's rule in 2009, 2013-2018),
Ishaq Dar finance minister from 2013 to November 2017, Khawaja Asif defence minister (an
additional charge beside water and power) from November 2013 to July 2017, Ahsan Iqbal planning
minister from 2013 and interior minister from August 2017 to May 2018. Each entry is checked on
paraphrased sentences (never a dev passage's wording): the title on a day the post was held is
silent, a later day's bare title is stale (NL401, not NL402), "former" after the end is silent.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from narrlint.knowledge.ledger import load_ledger
from tests.evaluate import lint_items

ROOT = Path(__file__).resolve().parent.parent
SEED_LEDGER = ROOT / "seeds" / "ledger.yaml"
TITLE_CODES = {"NL401", "NL402"}


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(SEED_LEDGER, "seeds/ledger.yaml")


def _codes(text: str, day: str) -> set[str]:
    (result,) = lint_items([{"id": "r25", "text": text, "date": day}])
    return result.found


@pytest.mark.parametrize(
    ("day", "offices"),
    [
        (dt.date(1998, 5, 1), {"cm_punjab"}),
        (dt.date(2005, 5, 1), set()),  # exile: no post
        (dt.date(2008, 10, 1), {"cm_punjab"}),
        (dt.date(2009, 3, 10), set()),  # governor's rule, 25 February to 30 March 2009
        (dt.date(2011, 10, 1), {"cm_punjab"}),
        (dt.date(2013, 4, 20), set()),  # Najam Sethi's caretaker months
        (dt.date(2016, 10, 1), {"cm_punjab"}),
        (dt.date(2022, 10, 1), {"pm_pk", "pmln_president"}),
    ],
)
def test_shehbaz_sharif_posts_by_day(ledger, day, offices):
    assert {p.office for p in ledger.posts_on("shehbaz_sharif", day)} == offices


def test_shehbaz_chief_minister_while_in_office_is_silent():
    text = "Chief Minister Shehbaz Sharif opened a new hospital wing in Multan on Saturday."
    assert not TITLE_CODES & _codes(text, "2015-11-14")


def test_shehbaz_chief_minister_after_2018_is_stale_not_never_held():
    text = "Punjab Chief Minister Shehbaz Sharif chaired a meeting on the flood response."
    codes = _codes(text, "2020-08-20")
    assert "NL401" in codes
    assert "NL402" not in codes


def test_shehbaz_former_chief_minister_after_2018_is_silent():
    text = "Former Punjab chief minister Shehbaz Sharif chaired a meeting on the flood response."
    assert not TITLE_CODES & _codes(text, "2020-08-20")


@pytest.mark.parametrize(
    ("day", "holder"),
    [
        (dt.date(2015, 6, 5), "ishaq_dar"),
        (dt.date(2017, 9, 1), "ishaq_dar"),
        (dt.date(2018, 5, 1), "miftah_ismail"),
    ],
)
def test_finance_ministers_by_day(ledger, day, holder):
    assert [p.person for p in ledger.holders("finance_minister_pk", day)] == [holder]


def test_no_finance_minister_between_dars_removal_and_miftah(ledger):
    # the prime minister looked after the portfolio from 22 November 2017
    assert ledger.holders("finance_minister_pk", dt.date(2018, 1, 15)) == []


def test_dar_finance_minister_in_2015_is_silent():
    text = "Finance Minister Ishaq Dar told the Senate that the deficit would narrow."
    assert not TITLE_CODES & _codes(text, "2015-06-10")


def test_dar_finance_minister_in_2019_is_stale():
    text = "Finance Minister Ishaq Dar told the Senate that the deficit would narrow."
    codes = _codes(text, "2019-06-10")
    assert "NL401" in codes
    assert "NL402" not in codes


def test_asif_defence_minister_in_2016_is_silent():
    text = "Defence Minister Khawaja Asif said the armed forces were ready for any threat."
    assert not TITLE_CODES & _codes(text, "2016-09-22")


def test_asif_water_and_power_title_is_not_read_as_energy_minister():
    # no office for the old Water and Power ministry yet: the title must not be taken for
    # the energy ministry's "power minister"
    text = "Minister for Water and Power Khawaja Asif promised an end to load-shedding."
    assert not TITLE_CODES & _codes(text, "2015-04-02")


def test_asif_defence_post_is_an_additional_charge(ledger):
    (post,) = [p for p in ledger.posts_on("khawaja_asif", dt.date(2016, 1, 5))]
    assert post.office == "defence_minister_pk"
    assert post.additional_charge


@pytest.mark.parametrize(
    ("day", "offices"),
    [
        (dt.date(2015, 3, 1), {"planning_minister_pk"}),
        (dt.date(2017, 9, 1), {"interior_minister_pk"}),
        (dt.date(2018, 5, 10), {"interior_minister_pk", "planning_minister_pk"}),
        (dt.date(2018, 7, 1), set()),
    ],
)
def test_ahsan_iqbal_posts_by_day(ledger, day, offices):
    # the planning post of Abbasi's government is known to the year only (start_partial
    # '2017'): a day of 2017 may or may not count it, so only the dated posts are pinned
    held = {p.office for p in ledger.posts_on("ahsan_iqbal", day)}
    assert offices <= held
    if not offices:
        assert held == set()


def test_ahsan_iqbal_was_no_interior_minister_before_abbasis_cabinet(ledger):
    day = dt.date(2017, 7, 31)  # between Nawaz Sharif's fall and Abbasi's cabinet
    assert "interior_minister_pk" not in {p.office for p in ledger.posts_on("ahsan_iqbal", day)}


def test_ahsan_iqbal_interior_minister_in_2018_is_silent():
    text = "Interior Minister Ahsan Iqbal visited the injured policemen in Quetta."
    assert not TITLE_CODES & _codes(text, "2018-02-14")


def test_ahsan_iqbal_interior_minister_in_2016_is_wrong():
    # in 2016 he was the planning minister; the interior ministry came in August 2017
    text = "Interior Minister Ahsan Iqbal visited the injured policemen in Quetta."
    assert "NL402" in _codes(text, "2016-02-14")


def test_ahsan_iqbal_interior_minister_in_2019_is_stale():
    text = "Interior Minister Ahsan Iqbal visited the injured policemen in Quetta."
    codes = _codes(text, "2019-02-14")
    assert "NL401" in codes
    assert "NL402" not in codes


def test_readme_evidence_line_has_not_moved():
    lines = SEED_LEDGER.read_text(encoding="utf-8").splitlines()
    assert lines[1949].strip() == "- id: jilani_fm"
