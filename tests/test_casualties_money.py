"""NL201: a sum of money written with a currency's short form and its full stop ("Rs. 2
million in compensation for the families of those who died", "PKR. 500,000 for the injured")
is no count of people: the word before the number is the short form's full stop, not the
currency (r17 blind ob-010, a relief package; the sentence splitter now keeps such a sentence
whole, e2371b5). A count after a sentence that really ends with a currency's full name still
needs its source. Invented sentences only; the figures are the ledger's.
"""

import pytest

from narrlint.nlp.vocabulary import CURRENCY_ABBREVIATIONS

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


SUMS = [
    "The cabinet approved a relief package that includes Rs. {a} million in compensation for "
    "the families of those who died, and Rs. {b},000 for the injured.",
    "The province will pay PKR. {b},000 to each of the injured and Rs. {a} lakh to the heirs "
    "of the dead.",
    "Each family of the deceased gets Rs.{a} million, officials' critics noted.",
]


@pytest.mark.parametrize("sentence", SUMS)
def test_a_sum_after_a_currency_abbreviation_is_no_count(seed_corpus, figures, sentence):
    text = sentence.format(a=figures[0], b=figures[1])
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The relief fund paid out a thousand rupees. {a} people were killed in the floods.",
        "The fund holds Rs. 5 million. Floods killed {a} people in the valley.",
    ],
)
def test_a_count_after_a_sentence_about_money_still_needs_its_source(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires_on(fires(seed_corpus, text), figures[1]), text


def test_only_short_forms_are_read_past_their_stop():
    assert "rs" in CURRENCY_ABBREVIATIONS
    assert "dollars" not in CURRENCY_ABBREVIATIONS
