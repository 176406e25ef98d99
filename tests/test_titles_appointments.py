"""An appointment of someone the ledger does not know to a temporary post ("decided to appoint
X as the caretaker prime minister", r10 hunt 038: Nepal's interim prime minister) reports the
post being taken up by that person: not the ledger's last caretaker, so no stale title.

The fictional ledger (tests/titles_support.py): Sylvania's caretaker prime minister (Karl
Moser) left on 2022-01-01, the North's caretaker chief minister (Nina Falk) on 2024-02-26;
the draft's date is after both. The appointees' names are invented.

Also a surname alone with a title in a story set abroad (the sentences before name another
country and none of the ledger's): that country's official, as "Caretaker Prime Minister X Y"
is someone the ledger does not know."""

import pytest

from narrlint.claims.titles import TitleClaim
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2024-06-01"

FRAMES = (
    "The president decided to appoint {name} as the {title}.",
    "The assembly will name {name} as its {title} on Monday.",
    "Leaders say they will designate {name} as the new {title}.",
    "The council is set to nominate {name} as {title}.",
    "The alliance welcomes the appointment of {name} as {title}.",
)
NAMES = ("Dorn", "Pavel Dorn", "Dr. Selma Iker")
TITLES = ("caretaker prime minister", "Caretaker Prime Minister", "caretaker chief minister")


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("title", TITLES)
def test_an_unknown_appointee_takes_up_the_post(sylvania, frame, name, title):
    text = frame.format(name=name, title=title)
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize("name", NAMES)
def test_the_appointee_is_the_titles_holder(sylvania, name):
    text = FRAMES[0].format(name=name, title=TITLES[0])
    draft = Linter([], sylvania, date=None).parse(
        SourceText(f"---\ndate: {DAY}\n---\n{text}\n"), "d.md"
    )
    (claim,) = [
        c for c in draft.claims.titles if isinstance(c, TitleClaim) and c.phrase.text == TITLES[0]
    ]
    assert claim.holder is not None and claim.holder.text == name


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(
    "frame",
    [
        "The {title} will form a small cabinet.",  # no appointment at all
        "The president wants Dorn as the {title}.",  # no appointing word
        "Dorn says as the {title} he will hold elections.",  # "as" after a verb of saying
        "The {title} will appoint Pavel Dorn as adviser.",  # the title appoints
        "The cabinet will appoint Monday as the day the {title} leaves.",  # a day, no name
    ],
)
def test_look_alikes_keep_the_stale_title(sylvania, frame, title):
    text = frame.format(title=title)
    assert found(sylvania, text, DAY) == ["NL401"], text


# A story set abroad: a surname alone after or before the title is that country's official.

ABROAD = (
    "Nepal's president met the protesters on Friday.",
    "Protests shook Lebanon for a week. Officials met overnight.",
    "The Turkish parliament was dissolved on Monday.",
)
SURNAME_TITLES = (
    "Caretaker Prime Minister Dorn will form a small cabinet.",
    "Dorn, the caretaker prime minister, will form a small cabinet.",
    "The cabinet, says caretaker Chief Minister Iker, will be small.",
)


@pytest.mark.parametrize("before", ABROAD)
@pytest.mark.parametrize("sentence", SURNAME_TITLES)
def test_a_surname_in_a_story_set_abroad_is_that_countrys_official(sylvania, before, sentence):
    text = f"{before} {sentence}"
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "before",
    [
        "Sylvania's president met the protesters on Friday.",  # the ledger's own country
        "Nepal's president met Sylvania's envoy on Friday.",  # both: the ledger's may be meant
        "Protests shook Lebanon. Officials met. Then talks began.",  # Lebanon three back
        "The protesters met on Friday.",  # no country at all
    ],
)
@pytest.mark.parametrize("sentence", SURNAME_TITLES)
def test_a_surname_at_home_or_without_a_country_keeps_the_stale_title(sylvania, before, sentence):
    text = f"{before} {sentence}"
    assert found(sylvania, text, DAY) == ["NL401"], text


@pytest.mark.parametrize(
    "sentence",
    [
        "The caretaker prime minister will form a small cabinet.",  # no name: the ledger's
        "Caretaker Prime Minister Moser will form a small cabinet.",  # the recorded holder
        "Caretaker Prime Minister Says Cabinet Will Be Small",  # a headline's verb, no name
    ],
)
def test_abroad_without_an_unknown_surname_keeps_the_stale_title(sylvania, sentence):
    text = f"{ABROAD[0]} {sentence}"
    assert found(sylvania, text, DAY) == ["NL401"], text
