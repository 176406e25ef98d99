"""NL302 and figures the ledger places in time by the day they describe (``as_of``) only,
and figures of one province or city.

UNHCR's "3.2 million Afghans in Pakistan" as of October 2024 comes from a page that prints no
date of its own: the day it describes is its time. It is no size of any group in a draft years
before it ("some 3.2 million Afghan refugees" in 2013 or 2016, a figure of its own time), as a
dated figure is not; from its time on it still names all Afghans. A province's count ("Afghans
residing in Punjab province", government documents of November 2023) is a part of the
country's people, never a population's size for a national number. The sentences are
invented; figures and dates are the ledger's.
"""

import pytest

from .test_categories_reading import found

THREE_POINT_TWO = (
    "Pakistan hosts some 3.2 million Afghan refugees, officials said.",
    "Pakistan is home to about 3.2 million registered Afghan refugees.",
    "About 3 million registered Afghan refugees live in Pakistan.",
)


@pytest.mark.parametrize("text", THREE_POINT_TWO)
@pytest.mark.parametrize("day", ["2013-05-10", "2016-05-10", "2019-02-01"])
def test_a_figure_placed_by_its_day_does_not_judge_older_drafts(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == []


@pytest.mark.parametrize("text", THREE_POINT_TWO[:2])
@pytest.mark.parametrize("day", ["2024-12-10", "2025-01-20"])
def test_from_its_day_it_still_names_all_afghans(seed_corpus, text, day):
    assert found(seed_corpus, text, day) == ["NL302"]


@pytest.mark.parametrize(
    "text",
    [
        "About 300,000 undocumented Afghans live in Quetta, the official said.",
        "Some 280,000 illegal Afghan nationals are living in Pakistan's cities, he added.",
        "Nearly 190,000 ACC holders reside in Karachi, officials said.",
        "He noted that some 300,000 illegal Afghans were living in the provincial capital.",
    ],
)
def test_a_provinces_count_is_no_population_size(seed_corpus, text):
    assert found(seed_corpus, text, "2023-11-20") == []
