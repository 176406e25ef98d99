"""A list of titles each set before its own name ("Foreign Minister of Sylvania Tomas Reyes,
Prime Minister of the Republic of Borduria Jan Novak, and …"): the title after a comma is
the next name's, not an appositive of the name before, when that name has its own title
and the title's complement runs on to a name the ledger does not know. Look-alikes: a
complement closed by a country ("…, Prime Minister of Sylvania, met …") is the appositive.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
never its prime minister."""

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Taking part were Foreign Minister of the Republic of Sylvania Tomas Reyes, Prime "
        "Minister of the Republic of Borduria Jan Novak, and others.",
        "Present were Interior Minister of the Republic of Sylvania Mara Quist, President of "
        "the Republic of Borduria Jan Novak and others.",
        "Attending were Foreign Minister of the Republic of Sylvania Tomas Reyes, Prime "
        "Minister of the Syldavian Federation Pavel Orlov, and President of Ruritania Karel Bem.",
        "The talks drew President of the Republic of Sylvania Eva Lund, Prime Minister of the "
        "Kingdom of Borduria Jan Novak, and others.",
    ],
)
def test_the_next_pairs_title_is_not_the_names_appositive(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyes, Prime Minister of Sylvania, met the envoy.",
        "Earlier, Tomas Reyes, Prime Minister of the Kingdom of Sylvania, said talks went on.",
        "Tomas Reyes, Prime Minister of the Republic of Sylvania, met the envoy.",
    ],
)
def test_an_appositive_closed_by_a_country_is_the_names(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text
