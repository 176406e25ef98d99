"""A list of attendees, each name with its title before it ("attended by Governor X, Federal
Minister Y, Speaker <place> assembly Z, …"): the title after "Y," opens the next item, whose
place or body runs on to a name the ledger need not know; it is not Y's appositive. Look-
alikes: an appositive whose words end with the post's own complement ("Y, Chief Minister of
the North Province, said") stays Y's.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
never a chief minister or prime minister."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was attended by Governor Ana Holt, Federal Minister Tomas Reyes, Chief "
        "Minister North assembly Karl Hamm, party leaders and others.",
        "Present were Senator Lena Dorn, Federal Minister Tomas Reyes, Prime Minister Arcadian "
        "council Jan Dvor and senior officials.",
        "Among the guests were Foreign Minister Tomas Reyes, Chief Minister North Assembly "
        "Karl Hamm, and the mayor.",
    ],
)
def test_the_next_items_title_is_not_the_names_appositive(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes, Chief Minister of the North Province, met the envoy.",
        "Earlier, Federal Minister Tomas Reyes, Chief Minister of the North, said talks went on.",
        "The meeting was attended by Governor Ana Holt, Federal Minister Tomas Reyes, Prime "
        "Minister of Sylvania, and others.",
    ],
)
def test_an_appositive_ending_with_its_complement_stays_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


@pytest.mark.parametrize(
    "text",
    [
        # a long guest list: the bare title after a titled name is the next (unnamed) guest
        "The reception was attended by Prime Minister Ilse Varga, Foreign Minister Tomas "
        "Reyes, Interior Minister, Speaker of the Assembly, federal ministers, governors, "
        "senators, service chiefs, and party leaders.",
        "Present were President Eva Lund, Foreign Minister Tomas Reyes, Interior Minister, "
        "Speaker of the Assembly, ministers, governors and envoys.",
    ],
)
def test_a_bare_title_opening_a_long_list_of_guests_is_not_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the same names with a clause after the appositive: Reyes's, and wrong
        "The guests were received by Foreign Minister Tomas Reyes, Interior Minister, who "
        "thanked ministers, governors, senators, service chiefs and envoys.",
        "Tomas Reyes, Chief Minister of the North Province, greeted ministers, governors, "
        "senators, service chiefs and party leaders.",
    ],
)
def test_an_appositive_before_a_clause_stays_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
