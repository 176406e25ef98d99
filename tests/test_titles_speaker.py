"""The bare title "Speaker" before a name is the National Assembly speaker's (the ledger's
na_speaker_pk gives it since round 14: "Speaker Ayaz Sadiq" alone, as APP writes it; dev
news-r13-ti-040, a former speaker's name put in its place, was missed): a former speaker so
named after the end of the tenure is stale, the speaker in office is not."""

import pytest

from .conftest import lint_text

CODES = ("NL401", "NL402")

CASES = [
    # (date, text, codes): a former speaker after the end, in the tenure, the speaker then
    (
        "2025-06-17",
        "The delegation praised the leadership of Speaker Raja Pervaiz Ashraf.",
        ["NL401"],
    ),
    ("2023-06-17", "The delegation praised the leadership of Speaker Raja Pervaiz Ashraf.", []),
    ("2025-06-17", "The delegation praised the leadership of Speaker Ayaz Sadiq.", []),
    ("2016-06-17", "Speaker Ayaz Sadiq adjourned the session on Monday.", []),
]


@pytest.mark.parametrize(("date", "text", "codes"), CASES)
def test_the_bare_speaker_title_is_the_national_assemblys(seed_corpus, date, text, codes):
    assert [f.code for f in lint_text(seed_corpus, text, date=date, codes=CODES)] == codes, text
