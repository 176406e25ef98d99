"""A window's noun in quotation marks (round 14): "an additional one-month “grace period”" is
read as the unquoted noun would be (a window to leave, not the length of a validity's
extension), and a quoted "extension" or "window" is judged as the bare one is."""

import pytest

from .deadlines_support import codes

QUOTES = (('"', '"'), ("“", "”"), ("'", "'"))


def _quoted(text: str, opening: str, closing: str) -> str:
    return text.replace("[", opening).replace("]", closing)


@pytest.mark.parametrize(("opening", "closing"), QUOTES)
@pytest.mark.parametrize(
    "text",
    [
        "Aid groups have been advocating for an extension of PoR card validity and praised the "
        "decision to grant a further one-month [grace period].",
        "Pakistan gave PoR card holders a one-month [grace period] to leave the country.",
    ],
)
def test_a_quoted_grace_period_is_a_window_not_a_validity(seed_corpus, text, opening, closing):
    assert codes(seed_corpus, _quoted(text, opening, closing), "2025-08-06") == []


@pytest.mark.parametrize(("opening", "closing"), QUOTES)
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ACC holders were granted a 30-day [extension] to leave the country.", "2025-04-03"),
        ("Illegal immigrants have a 60-day [window] to leave Pakistan.", "2023-10-20"),
    ],
)
def test_a_quoted_noun_is_judged_as_the_bare_one(seed_corpus, text, date, opening, closing):
    bare = codes(seed_corpus, _quoted(text, "", ""), date)
    assert bare == ["NL101"]
    assert codes(seed_corpus, _quoted(text, opening, closing), date) == bare
