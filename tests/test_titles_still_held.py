"""A title written as past ("former …", "ex-…") for a post the ledger holds open on the
draft's date is wrong (NL402), and the fix takes the word out. Not judged: a sentence placed
at another time, a report of the end, "then-", "outgoing", a post the person took up only
days before, a temporary title for one now in the post in their own right, and a quotation.

The fictional ledger (tests/titles_support.py): Ilse Varga is prime minister and Eva Lund
president since before 2023; Karl Moser was caretaker prime minister to 2022-01-01 and Rosa
Lind is chief minister of the North since 2024-02-26."""

import pytest

from . import titles_support
from .conftest import lint_text
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Former Prime Minister Ilse Varga said the talks would resume.",
        "The talks will resume, said former President Eva Lund.",
        "Ilse Varga, the former prime minister, said the talks would resume.",
        "The envoy met ex-President Eva Lund on Monday.",
        "The erstwhile prime minister Ilse Varga has said the talks will resume.",
    ],
)
def test_a_past_title_for_a_post_held_now_is_wrong(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


def test_the_fix_takes_the_word_of_the_past_out(sylvania):
    (finding,) = lint_text(
        sylvania, "Former Prime Minister Ilse Varga said so.", date=DAY, codes=("NL402",)
    )
    assert finding.message.startswith('Remove "Former"')
    (edit,) = finding.fix.edits
    assert (
        "Former Prime Minister Ilse Varga said so."[: edit.start]
        + edit.replacement
        + ("Former Prime Minister Ilse Varga said so."[edit.end :])
        == "Prime Minister Ilse Varga said so."
    )


@pytest.mark.parametrize(
    "text, day",
    [
        ("In 2021, former prime minister Ilse Varga led the opposition.", DAY),
        ("Former Prime Minister Karl Moser said the talks would resume.", DAY),
        ("Then-Prime Minister Ilse Varga said the talks would resume.", DAY),
        ("The outgoing Prime Minister Ilse Varga said the talks would resume.", DAY),
        ("Former Prime Minister Ilse Varga resigned on Monday.", DAY),
        ("Former caretaker Prime Minister Ilse Varga said the talks would resume.", DAY),
        ("Former Chief Minister Rosa Lind said the roads were open.", "2024-02-28"),
        ('"Former Prime Minister Ilse Varga is wrong," the senator said.', DAY),
    ],
)
def test_a_past_title_of_another_time_or_not_decided_stays_silent(sylvania, text, day):
    assert found(sylvania, text, day) == [], text
