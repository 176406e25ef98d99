"""A list of attendees whose titles are written in lower case ("attended by Sylvania governor
X, federal minister Y, Chief Minister <place> assembly Z"): "Y" is still an item of the list
with its own title, so the title after "Y," opens the next item (its place or body running on
to a name of its own) and is not Y's appositive. Look-alikes: a clause before the name ("…,
officials said Y, Chief Minister of the North Province, …") keeps the appositive Y's, as does
an appositive ending with its complement.

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
        "The meeting was attended by governor Ana Holt, federal minister Tomas Reyes, Chief "
        "Minister North assembly Karl Hamm, party leaders and others.",
        "Present were senator Lena Dorn, foreign minister Tomas Reyes, Prime Minister Arcadian "
        "council Jan Dvor and senior officials.",
    ],
)
def test_a_lower_case_titled_item_keeps_the_next_items_title(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "At the meeting, officials welcomed Tomas Reyes, Chief Minister of the North Province, "
        "and others.",
        "The meeting was attended by governor Ana Holt, federal minister Tomas Reyes, Prime "
        "Minister of Sylvania, and others.",
    ],
)
def test_an_appositive_after_a_clause_or_with_its_complement_stays_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
