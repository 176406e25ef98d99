"""The count claims reader on the shapes of real reporting (issue 11): which source covers a
count, and the words reporting uses for the dead.

Each class is tested with invented sentences (never a passage of the news sets) and with a
clean look-alike that must keep its judgment.
"""

import pytest

from .conftest import lint_text

CODES = ("NL201",)


def excerpts(corpus, text):
    return [f.excerpt for f in lint_text(corpus, text, date="2024-01-01", codes=CODES)]


def read(corpus, text):
    """The count claims of ``text``: (count text, value, attribution scope or None)."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    linter = Linter([], corpus, date=dt.date(2024, 1, 1))
    draft = linter.parse(SourceText(text), "draft.md")
    return [
        (c.text, c.value, c.attribution.scope if c.attribution else None)
        for c in draft.claims.counts
    ]


# --- Attribution scope: a neighbour's source covers the count only when it speaks of it ------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # who the victims were is not how many there were
        (
            "At least four people were killed and 30 injured when a bomb went off at a bus "
            "stand in Kohat. The bus was bound for Peshawar, and witnesses say most of the "
            "victims were labourers.",
            ["At least four people were killed", "30 injured"],
        ),
        (
            "Eleven miners died in the collapse. Officials said those killed were all from "
            "the same district.",
            ["Eleven miners died"],
        ),
        # a pronoun that stands for something else than the count
        (
            "The toll from the landslide has risen to 31. That was the worst disaster in the "
            "valley in a decade, officials said.",
            ["toll from the landslide has risen to 31"],
        ),
    ],
)
def test_a_neighbour_about_who_or_what_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a breakdown of the count: inclusion, a number of them, "among"
        "Eleven miners died in the collapse. Officials said those killed included two engineers.",
        "Eleven miners died in the collapse. Officials said two of the victims were engineers.",
        "Eleven miners died in the collapse. Officials said the dead included two engineers.",
        # a pronoun standing for the previous statement, with its source
        "The toll from the landslide has risen to 31. This was confirmed by the district "
        "administration.",
        "Nineteen people were killed in the crash. This is according to the motorway police.",
    ],
)
def test_a_neighbour_about_the_count_covers_it(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


# --- Attribution scope: the count's own sentence ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an increment or remainder joined by "as"/"while" to the attributed toll
        "Nineteen people have died, a rescue official said on Sunday, as three more died in "
        "hospital.",
        "Twelve people were killed, police said, while 20 others were injured.",
        # "as reported by" names the source; it opens no new clause
        "The toll stood at seven, with 15 injured, as reported by a local broadcaster.",
        # plural data nouns show a figure as well as singular ones
        "Initial reports suggested about 30 fatalities.",
        "The feud has claimed 52 lives since spring, health officials said, with water "
        "shortages reported in several villages.",
    ],
)
def test_a_source_in_the_sentence_covers_the_count(seed_corpus, text):
    assert excerpts(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an increment after "a week after" is another incident, not part of the report
        (
            "Police said 12 were killed, a week after gunmen killed 19 others in Bannu.",
            ["killed 19 others"],
        ),
        # "as" before a reporting verb still opens a clause of its own
        (
            "Seven people were killed as the minister announced the new policy.",
            ["Seven people were killed"],
        ),
        # a participle in a "with" phrase is what was reported, not who reported it
        (
            "The feud has claimed 52 lives since spring, with water shortages reported in "
            "several villages.",
            ["claimed 52 lives"],
        ),
        ("Initial signs suggested about 30 fatalities.", ["about 30 fatalities"]),
    ],
)
def test_a_source_for_something_else_in_the_sentence_does_not_cover(seed_corpus, text, found):
    assert excerpts(seed_corpus, text) == found


def test_an_increment_is_read_with_the_source_of_its_toll(seed_corpus):
    text = (
        "The death toll from the bombing at the crowded vegetable market in the town has risen "
        "to 44, a hospital spokesman said, as six more succumbed to their wounds."
    )
    assert [(v, scope) for _, v, scope in read(seed_corpus, text)] == [
        (44, "clause"),
        (6, "clause"),
    ]
