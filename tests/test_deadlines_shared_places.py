"""A place word that names more than one local order (issue 11, round 7): "Islamabad" is a term
of the twin cities' relocation order and of the capital territory's NOC order alike. It names
both; the order in force at the text's date is the one meant. Values are read from the loaded
ledger (a ledger without two orders sharing a place word skips these tests)."""

import datetime as dt

import pytest

from .deadlines_support import assert_wrong_fires_right_silent, codes, month_day

ICT = "islamabad_noc_2024_12"
TWIN = "twin_cities_relocation"


@pytest.fixture
def orders(seed_corpus):
    found = seed_corpus.ledger.deadlines
    if ICT not in found or TWIN not in found:
        pytest.skip("the ledger has no two local orders sharing a place word")
    shared = {t.lower() for t in found[ICT].place_terms} & {
        t.lower() for t in found[TWIN].place_terms
    }
    if "islamabad" not in shared:
        pytest.skip("the two orders no longer share the word 'Islamabad'")
    return found[ICT], found[TWIN]


SHARED_PLACE_FORMS = (
    "Afghans without an NOC will have to leave Islamabad by {date}, the interior minister said.",
    "After {date}, Afghan nationals found in Islamabad without an NOC will be deported.",
    "Every Afghan living in Islamabad must obtain a no-objection certificate by {date}.",
)


def test_a_shared_place_word_names_the_order_in_force(seed_corpus, orders):
    ict, _ = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = ict.date + dt.timedelta(days=15)
    assert_wrong_fires_right_silent(seed_corpus, SHARED_PLACE_FORMS, ict.date, wrong, when)


def test_a_shared_place_word_look_alikes_stay_silent(seed_corpus, orders):
    ict, twin = orders
    when = (ict.announced + dt.timedelta(days=1)).isoformat()
    wrong = month_day(ict.date + dt.timedelta(days=15))
    for text in (
        f"Afghan nationals must leave Peshawar by {wrong}, the provincial government said.",
        f"The minister met traders in Islamabad on {wrong} to discuss the NOC rules.",
    ):
        assert codes(seed_corpus, text, when) == [], text
    later = (twin.date - dt.timedelta(days=3)).isoformat()  # the twin cities' order in force
    by = month_day(twin.date)
    text = f"All Afghans except those holding valid visas must leave Islamabad by {by}."
    assert codes(seed_corpus, text, later) == []
