"""What the twenty-seventh round's ledger research added to the shipped ledger, pinned.

Earlier posts of people the ledger holds, which news of those years names them by: Sarfraz
Bugti, Balochistan's home minister in 2013-2018 (two tenures, before his caretaker interior
ministry and his chief-ministership); Pervez Khattak, chief minister of Khyber Pakhtunkhwa in
2013-2018 (before his defence ministry); Jam Kamal Khan, chief minister of Balochistan in
2018-2021 (before his commerce ministry); Murad Ali Shah's first term as chief minister of Sindh
(2016-2018) and Abdul Quddus Bizenjo's first as chief minister of Balochistan (January to June
2018). The title on a day the post was held is silent, a later day's bare title is stale
(NL401), "former" after the end is silent, and a record that now starts earlier lets NL402 tell
a later holder's title given before their time. Each entry is checked on paraphrased sentences
(never a dev passage's wording).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ledger_support import TITLE_CODES
from tests.ledger_support import codes as _codes


@pytest.mark.parametrize(
    ("person", "day", "office"),
    [
        ("sarfraz_bugti", dt.date(2015, 6, 1), "balochistan_home_minister"),
        ("sarfraz_bugti", dt.date(2018, 3, 1), "balochistan_home_minister"),
        ("pervez_khattak", dt.date(2016, 6, 1), "cm_kp"),
        ("jam_kamal_khan", dt.date(2020, 6, 1), "cm_balochistan"),
        ("murad_ali_shah", dt.date(2017, 6, 1), "cm_sindh"),
        ("abdul_quddus_bizenjo", dt.date(2018, 3, 1), "cm_balochistan"),
    ],
)
def test_the_earlier_post_is_on_record(ledger, person, day, office):
    assert {p.office for p in ledger.posts_on(person, day)} == {office}


def test_bugti_was_out_of_the_home_ministry_between_his_tenures(ledger):
    assert not ledger.posts_on("sarfraz_bugti", dt.date(2018, 1, 8))
    assert not ledger.posts_on("sarfraz_bugti", dt.date(2019, 6, 1))


@pytest.mark.parametrize(
    ("text", "held", "later"),
    [
        (
            "Provincial Home Minister Sarfraz Bugti told reporters the levies would be modernised.",
            "2016-05-10",
            "2020-05-10",
        ),
        (
            "Khyber Pakhtunkhwa Chief Minister Pervez Khattak said the province needs more funds.",
            "2015-09-20",
            "2019-09-20",
        ),
        (
            "Balochistan Chief Minister Jam Kamal Khan says the new roads will reach the border.",
            "2019-11-02",
            "2022-11-02",
        ),
    ],
)
def test_the_title_is_right_while_held_and_stale_after(text, held, later):
    assert not _codes(text, held) & TITLE_CODES, text
    assert "NL401" in _codes(text, later), text
    former = text[0].lower() + text[1:]
    assert not _codes(f"The former {former}", later) & TITLE_CODES


def test_a_later_chief_ministers_title_before_his_time_is_told():
    text = "KP Chief Minister Mahmood Khan said the refugee camps would stay open."
    assert "NL402" in _codes(text, "2016-04-12")
    assert not _codes(text, "2019-04-12") & TITLE_CODES


def test_murad_ali_shahs_title_in_his_first_term_is_silent():
    text = "Sindh Chief Minister Murad Ali Shah chaired a meeting on the census."
    assert not _codes(text, "2017-02-14") & TITLE_CODES


@pytest.mark.parametrize(
    ("day", "held"),
    [
        (dt.date(2022, 6, 1), True),
        (dt.date(2022, 7, 20), False),
        (dt.date(2023, 3, 1), True),
        (dt.date(2023, 9, 1), False),
    ],
)
def test_ayaz_sadiqs_economic_affairs_ministry_has_its_break(ledger, day, held):
    offices = {p.office for p in ledger.posts_on("ayaz_sadiq", day)}
    assert ("economic_affairs_minister_pk" in offices) is held


def test_ayaz_sadiqs_economic_affairs_title_is_silent_while_held_and_stale_after():
    text = "Economic Affairs Minister Ayaz Sadiq signed the loan agreement with the bank."
    assert not _codes(text, "2023-01-18") & TITLE_CODES
    assert "NL401" in _codes(text, "2024-06-18")
    assert not _codes(f"Former {text[0].lower()}{text[1:]}", "2024-06-18") & TITLE_CODES


@pytest.mark.parametrize(
    ("day", "offices"),
    [
        (dt.date(2014, 3, 1), {"adviser_foreign_affairs_pk", "nsa_pk"}),
        (dt.date(2016, 6, 21), {"adviser_foreign_affairs_pk"}),
        (dt.date(2018, 3, 1), set()),
    ],
)
def test_sartaj_aziz_advised_on_foreign_affairs_and_security(ledger, day, offices):
    assert {p.office for p in ledger.posts_on("sartaj_aziz", day)} == offices


def test_sartaj_aziz_adviser_title_is_silent_while_held_and_stale_after():
    text = "Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz met the envoy."
    assert not _codes(text, "2015-02-11") & TITLE_CODES
    assert "NL401" in _codes(text, "2019-02-11")
    later = "Former Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz met the envoy."
    assert not _codes(later, "2019-02-11") & TITLE_CODES
