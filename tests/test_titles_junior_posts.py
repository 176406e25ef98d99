"""A junior minister's post rendered with a lesser-post word: "Deputy Foreign Minister X" for a
Minister of State for Foreign Affairs, "the deputy interior minister" for a Minister of State
for Interior. Reports write it so; the ledger's "Deputy … Minister" titles are the Taliban
administration's, which the person never held, and NL402 called the title never held (dev
news-r13-ti-009, a real passage right for its date).

Still judged: the lesser-post word with another portfolio than the person's junior post, and
the full title of the senior post ("Foreign Minister" for the junior minister)."""

import pytest

from .conftest import lint_text

# (date, the junior minister, a lesser-post rendering of the post)
JUNIOR = [
    ("2023-04-20", "Hina Rabbani Khar", "Deputy Foreign Minister"),
    ("2022-11-02", "Hina Rabbani Khar", "Deputy Foreign Minister"),
    ("2025-05-10", "Talal Chaudhry", "Deputy Interior Minister"),
]

FRAMES = [
    "{title} {name} told reporters in Islamabad that the talks would continue.",
    "{name}, the {lower}, said on Monday that the border would stay open.",
    "The envoy praised {title} {name}'s part in the regional meeting.",
]


def _codes(corpus, text, date):
    return [f.code for f in lint_text(corpus, text, date=date, codes=("NL401", "NL402"))]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("date", "name", "title"), JUNIOR)
def test_a_lesser_post_rendering_of_the_own_junior_post_is_not_judged(
    seed_corpus, frame, date, name, title
):
    text = frame.format(title=title, lower=title.lower(), name=name)
    assert _codes(seed_corpus, text, date) == [], text


STILL_WRONG = [
    # the lesser-post word with another portfolio than the junior post's
    ("2025-05-10", "Deputy Foreign Minister Talal Chaudhry told reporters the drive would go on."),
    # the senior post itself (one the junior minister never held; Hina Rabbani Khar's "Foreign
    # Minister" is a post she held in 2011-13, judged by NL401 once the ledger records it)
    ("2025-05-10", "Interior Minister Talal Chaudhry met the envoy in Kabul on Monday."),
]


@pytest.mark.parametrize(("date", "text"), STILL_WRONG)
def test_another_portfolio_or_the_senior_post_is_still_wrong(seed_corpus, date, text):
    assert _codes(seed_corpus, text, date) == ["NL402"], text
