"""A rank set off by commas as one item of a chain of titles before a name ("Director General
(DG), Inter-Services Public Relations (ISPR), Major General, Ahmed …", a style of several
Pakistani wires) is the name's rank, as it is without the comma; not a rank ending a phrase
of its own before a comma ("promoted to the rank of General, Stahl said").

The fictional ledger (tests/titles_support.py): Hugo Stahl, army chief, was General until
2025-05-20 and Field Marshal since."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2025-10-14"


@pytest.mark.parametrize(
    "text",
    [
        "Chief of Army Staff (COAS), General, Hugo Stahl said the border was calm.",
        "RAWALPINDI: Army Chief, General, Hugo Stahl on Monday said the border was calm.",
        "General, Hugo Stahl, the army chief, says the border is calm.",
        "QUETTA (APP - 14th Oct, 2025) Chief of Army Staff (COAS), Gen., Hugo Stahl said the "
        "border was calm.",
        "The army chief — General, Hugo Stahl — said the border was calm.",
    ],
)
def test_a_rank_set_off_by_commas_before_a_name_is_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "Chief of Army Staff (COAS), Field Marshal, Hugo Stahl said the border was calm.",
        "In May 2024, the army chief, General, Hugo Stahl, visited the border.",
        "He was promoted to the rank of General, Hugo Stahl said on Monday.",
        "He thanked the Attorney General, Hugo Stahl said on Monday.",
        "Chief of Army Staff (COAS), General, Hugo Stahl was promoted to Field Marshal on 20 "
        "May 2025.",
    ],
)
def test_a_rank_before_a_comma_that_is_not_the_names_stays_silent(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "KESTRA – General, Chief of Army Staff and Director General of Military Intelligence, "
        "Hugo Stahl met the national hockey team at the academy.",
        "General, Chief of Army Staff, Johann Hugo Stahl opened the new academy on Monday.",
        "KESTRA: Gen., Chief of Army Staff & Chairman Joint Chiefs of Staff Committee, Hugo "
        "Stahl met the national hockey team.",
    ],
)
def test_a_rank_opening_a_chain_of_titles_set_off_before_a_name_is_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "KESTRA – Field Marshal, Chief of Army Staff and Director General of Military "
            "Intelligence, Hugo Stahl met the national hockey team at the academy.",
            DAY,
        ),
        (
            "KESTRA – General, Chief of Army Staff and Director General of Military "
            "Intelligence, Hugo Stahl met the national hockey team at the academy.",
            "2024-06-01",
        ),
        ("In May 2024, General, Chief of Army Staff, Hugo Stahl visited the border.", DAY),
        ("He thanked the General, the Chief of Army Staff and Hugo Stahl for coming.", DAY),
        (
            "The team met the Attorney General, Chief of Army Staff and Defence Minister, "
            "Hugo Stahl said.",
            DAY,
        ),
    ],
)
def test_a_chain_right_for_the_date_or_not_opened_by_the_names_rank_stays_silent(
    sylvania, text, day
):
    assert found(sylvania, text, day) == [], text
