"""A body's name with its abbreviation in brackets before a title owns the title ("Pakistan
Muslim League Nawaz (PML-N) spokesperson X"): the walk back from the title goes on over the
bracketed short form to the name, which makes the title that body's post, not the ledger's
office that shares its words. Look-alikes: a bracket that is no abbreviation ("(held in
Arcadia)") stops the walk, and a country's name there leaves the office the country's.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
never its president."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania Green Party (SGP) president Tomas Reyes met the envoy.",
        "He met former interior minister and National Unity Movement (NUM) president Tomas Reyes.",
        "The Sylvanian People's Party (SPP-R) President Tomas Reyes said talks would go on.",
        "Reform League (RL) chairman and Farmers Union (FU) president Tomas Reyes spoke.",
    ],
)
def test_a_bodys_title_with_its_abbreviation_is_not_the_office(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Reyes met the envoy.",
        "After the talks (held in Arcadia) President Tomas Reyes said they would go on.",
        "After the talks (in Arcadia) President Tomas Reyes met the envoy.",
    ],
)
def test_a_bracket_that_is_no_abbreviation_leaves_the_office(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
