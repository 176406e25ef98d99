"""A month's abbreviation glued to its day by the full stop ("a Nov.10 deadline", "beginning
Nov.15", issue 11, round 9): the tokenizer keeps "Nov.15" one word, so the date reader saw no
day after the month and the cut-off went unread. Likewise a day an editor put into a quote in
brackets ("till [31st] January 2024"). Grids cross shapes with the seed ledger's
national orders (values read from the loaded ledger, never written in a test)."""

import datetime as dt

import pytest
import spacy

from narrlint.nlp.quantities import DateValue, quantities_component

from .deadlines_support import codes

ORDERS = ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por")


def _dates(text):
    doc = quantities_component(spacy.blank("en")(text))
    return [(span.text, span._.date) for span in doc.spans["dates"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a Nov.10 deadline", [("Nov.10", DateValue(11, 10))]),
        ("beginning Oct.1, the police", [("Oct.1", DateValue(10, 1))]),
        ("until Sept.30, 2024.", [("Sept.30, 2024", DateValue(9, 30, 2024))]),
        ("by Dec.31 2023", [("Dec.31 2023", DateValue(12, 31, 2023))]),
        # a day an editor put into a quote in brackets
        ("till [31st] January 2024,", [("[31st] January 2024", DateValue(1, 31, 2024))]),
        ("until [15] March", [("[15] March", DateValue(3, 15))]),
    ],
)
def test_a_glued_month_and_day_is_one_date(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see No.15 and Art.15 of the law",  # abbreviations that are no month
        "Fig.3 shows the camps",
        "may.5 was written in lower case",  # the modal's case, never a month
        "Nov.45 is no day",
        "Nov.2023 budget",  # a year glued: not a day
        "see note [31] may apply",  # a bracketed reference before the modal
        "[45] January",  # no day
    ],
)
def test_other_glued_words_are_no_date(text):
    assert _dates(text) == []


SHAPES = (
    "Last week, the Pakistan government issued a {date} deadline, asking {group} to leave.",
    "The interior minister said that {group} must leave the country by {date}.",
    "Pakistan has given {group} until {date} to leave the country.",
)
GROUP = {
    "ifrp_phase1": "illegal immigrants",
    "ifrp_phase2_acc": "Afghan Citizen Card holders",
    "ifrp_phase3_por": "PoR card holders",
}


def _glued(value: dt.date) -> str:
    return f"{value:%b}.{value.day}"


def test_a_glued_cut_off_is_compared_grid(seed_corpus):
    wrong = []
    for order in ORDERS:
        deadline = seed_corpus.ledger.deadlines[order]
        when = (deadline.announced + dt.timedelta(days=5)).isoformat()
        bad = deadline.date + dt.timedelta(days=9)
        for shape in SHAPES:
            for value, expected in ((bad, ["NL101"]), (deadline.date, [])):
                text = shape.format(date=_glued(value), group=GROUP[order])
                if codes(seed_corpus, text, when) != expected:
                    wrong.append((order, text))
    assert wrong == []


LOOK_ALIKES = (
    # another country's order
    "Iran issued a {date} deadline, asking illegal immigrants to leave.",
    # a date of another kind
    "The minister met illegal immigrants' elders on {date} in Quetta.",
    # a glued abbreviation that is no month
    "Under Art.{day} of the Foreigners Act, illegal immigrants must leave the country.",
)


def test_glued_look_alikes_stay_silent(seed_corpus):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (deadline.announced + dt.timedelta(days=5)).isoformat()
    bad = deadline.date + dt.timedelta(days=9)
    loud = [
        text
        for shape in LOOK_ALIKES
        if codes(seed_corpus, text := shape.format(date=_glued(bad), day=bad.day), when)
    ]
    assert loud == []
