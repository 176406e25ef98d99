"""A day of the month written in words before "of" is a date like its figures: "the
fifteenth of November", "the thirtieth of April", "the thirty-first of October" (the tens
before a hyphen belong to it: not the first of October). Before, only "first" was read, and
"thirty-first of October" was read as the 1st."""

import pytest

from .conftest import lint_text

DATE = "2023-10-10"
SENTENCES = [
    "Undocumented Afghans must leave Pakistan by the {day}, the government said.",
    "The caretaker government gave illegal foreigners until the {day} to leave the country.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize(
    ("day", "codes"),
    [
        ("fifteenth of November", ["NL101"]),
        ("twentieth of November", ["NL101"]),
        ("twenty-first of November", ["NL101"]),
        ("thirtieth of December", ["NL101"]),
        # the recorded day, written in words, stays silent
        ("first of November", []),
        ("thirty-first of October", []),
    ],
)
def test_a_day_in_words_is_compared_with_the_record(seed_corpus, sentence, day, codes):
    text = sentence.format(day=day)
    assert [f.code for f in lint_text(seed_corpus, text, date=DATE, codes=("NL101",))] == codes


@pytest.mark.parametrize(
    "text",
    [
        # no month after "of", or another country's order
        "The second of the two phases will start after the elections, officials said.",
        "Undocumented Afghans were told on the fifth of their visits to leave, a lawyer said.",
        "Iran told undocumented Afghans to leave Iran by the fifteenth of November.",
    ],
)
def test_ordinals_that_are_no_day_of_the_record_stay_silent(seed_corpus, text):
    assert lint_text(seed_corpus, text, date=DATE, codes=("NL101",)) == []


def test_the_fix_writes_the_recorded_day_in_the_same_form(seed_corpus):
    text = SENTENCES[0].format(day="twenty-first of November")
    (finding,) = lint_text(seed_corpus, text, date=DATE, codes=("NL101",))
    assert [e.replacement for e in finding.fix.edits] == ["first of November"]
    assert finding.excerpt == "twenty-first of November"
