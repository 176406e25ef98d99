"""A title the ledger records, written for someone or somewhere else: another country's post
("Lebanon's caretaker Prime Minister", "the Iranian interior minister", "the UNHCR
representative in Lebanon"), a person the ledger does not know ("Deputy Interior Minister
X Y", "X Y, a spokesperson"), and a clock time ("at 4:00 PM"). None is the post the ledger
records on the date: the title is not resolved to its holder, and NL401 does not ask for
"former" (NL402 judges people the ledger knows, never an unknown name).

The fictional ledger (tests/titles_support.py): Karl Moser (surname alias "Moser") was
Sylvania's caretaker prime minister until 2022-01-01; Mara Quist is its interior minister.
Other countries' names come from the country data (Lebanon, Nepal, Turkey, Iran); the
people's names below are invented."""

import pytest

from narrlint.claims.titles import TitleClaim, resolve
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"  # after the caretaker government's end


def _titles(corpus, text, date=DAY):
    draft = Linter([], corpus, date=None).parse(
        SourceText(f"---\ndate: {date}\n---\n{text}\n"), "d.md"
    )
    return draft, [c for c in draft.claims.titles if isinstance(c, TitleClaim)]


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's caretaker Prime Minister says the talks will go on.",
        "Lebanon’s caretaker prime minister meets the envoy.",
        "The Lebanese caretaker prime minister says the talks will go on.",
        "Nepal's caretaker Prime Minister meets the envoy.",
        "The caretaker Prime Minister of Lebanon says the talks will go on.",
        "Turkey's caretaker prime minister meets the envoy.",
        "The Iranian caretaker prime minister meets the envoy.",
    ],
)
def test_another_countrys_title_is_not_the_ledgers_office(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania's caretaker Prime Minister says the talks will go on.",
        "The caretaker Prime Minister of Sylvania says the talks will go on.",
        "The caretaker Prime Minister says the talks will go on.",
        "Caretaker Prime Minister Karl Moser says the talks will go on.",
        "Caretaker Prime Minister Carl Moser says the talks will go on.",
        "Caretaker Prime Minister Karl Mozer says the talks will go on.",
        "Karl Mozer, the caretaker prime minister, says the talks will go on.",
    ],
)
def test_the_ledgers_own_country_or_holder_keeps_the_stale_title(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL401"], text


@pytest.mark.parametrize(
    "text",
    [
        "Caretaker Prime Minister Pavel Dorn says the talks will go on.",
        "caretaker prime minister Pavel Dorn meets the envoy.",
        "Pavel Dorn, the caretaker prime minister, says the talks will go on.",
        "Pavel Dorn, a caretaker prime minister, says the talks will go on.",
        "The talks, says caretaker Prime Minister Dr. Pavel Dorn, will go on.",
    ],
)
def test_a_title_given_to_a_name_the_ledger_does_not_know_is_not_its_holders(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Pavel Dorn said the border would stay open.",
        "Pavel Dorn, the interior minister, said the border would stay open.",
        "Pavel Dorn, an interior minister, said the border would stay open.",
    ],
)
def test_an_unknown_name_does_not_resolve_to_the_recorded_holder(sylvania, text):
    draft, claims = _titles(sylvania, text)
    (claim,) = claims
    assert claim.person is None and claim.holder is not None
    assert claim.holder.text == "Pavel Dorn"
    resolution = resolve(claim, draft, sylvania)
    assert resolution.fact is None and "does not know" in resolution.reason


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister said the border would stay open.",
        "Interior Minister Quist said the border would stay open.",
        "Interior Minister Office Staff said the border would stay open.",
        "On Monday, the interior minister said the border would stay open.",
        "Interior Minister Monday Morning",
    ],
)
def test_no_unknown_name_leaves_the_recorded_holder(sylvania, text):
    draft, claims = _titles(sylvania, text)
    (claim,) = claims
    assert claim.holder is None, text
    resolution = resolve(claim, draft, sylvania)
    assert resolution.fact == "people/mara_quist/quist_interior", text


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        ("Sylvania's Ambassador to Lebanon says the talks will go on.", ()),
        ("The Special Envoy for Nepal says the talks will go on.", ()),
        ("The Foreign Minister of Turkey says the talks will go on.", ()),
        ("Sylvania's Ambassador to Arcadia says the talks will go on.", ("amb_arcadia",)),
        ("The Special Envoy for Arcadia says the talks will go on.", ("envoy_sy",)),
        ("The Foreign Minister of Sylvania says the talks will go on.", ("fm_sy",)),
    ],
)
def test_a_place_or_owner_of_another_country_after_the_title(sylvania, text, offices):
    _, claims = _titles(sylvania, text)
    (claim,) = claims
    assert claim.offices == offices, text


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony will be held at 4:00 PM at the Governor House.",
        "He will address a press conference at 2.30 PM in Peshawar.",
        "The session resumes at 11 pm on Monday.",
        "Polling closes at 5 PM.",
    ],
)
def test_a_clock_time_is_no_title(seed_corpus, text):
    _, claims = _titles(seed_corpus, text, "2025-10-15")
    assert [c.title.text for c in claims if c.title.text.lower() == "pm"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "The PM will address the nation at 4:00 PM.",
        "At 4:00, PM Shehbaz Sharif will address the nation.",
        "The ceremony ended at 4 PM; the PM left soon after.",
    ],
)
def test_the_prime_minister_beside_a_clock_time_is_still_read(seed_corpus, text):
    _, claims = _titles(seed_corpus, text, "2025-10-15")
    assert [c.title.text for c in claims] == ["PM"], text


# A past post glossed with its acronym written with a hyphen ("(DG-MI)"), then the rank and
# name set off by a comma: "former" is the rank's too (Hugo Stahl was Sylvania's director
# general of military intelligence until 2022-11-28, General until 2025-05-20).
LATER = "2025-10-01"


@pytest.mark.parametrize(
    "text",
    [
        "Former MI chief (DG-MI), General Hugo Stahl, says this.",
        "The former MI chief (DG–MI), General Hugo Stahl, says this.",
        "Former Director General of Military Intelligence (DG-MI), General Hugo Stahl, says this.",
        "Former MI chief (DG MI), General Hugo Stahl, says this.",
    ],
)
def test_a_rank_after_a_past_post_glossed_with_a_hyphen_is_of_that_past(sylvania, text):
    assert found(sylvania, text, LATER) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "MI chief (DG-MI), General Hugo Stahl, says this.",
        "General Hugo Stahl, the army chief, says this.",
    ],
)
def test_a_rank_after_a_post_not_marked_past_is_the_drafts_day(sylvania, text):
    assert "NL401" in found(sylvania, text, LATER), text


# A ledger title written without the "of" after its head of two words ("Inspector General
# Police" for "inspector general of police"): Hugo Stahl left military intelligence on
# 2022-11-28.
@pytest.mark.parametrize(
    "text",
    [
        "Director General Military Intelligence Hugo Stahl says this.",
        "The meeting was attended by Director General Military Intelligence Hugo Stahl, "
        "and others.",
        "Hugo Stahl, Director General Military Intelligence, says this.",
    ],
)
def test_a_title_written_without_its_of_is_the_ledgers(sylvania, text):
    assert found(sylvania, text, LATER) == ["NL401"], text
    assert found(sylvania, text, "2021-06-01") == [], text


def test_a_head_of_one_word_keeps_its_of(sylvania):
    """'Chief Army Staff' is no variant of 'chief of army staff': Tomas Reyes (the foreign
    minister) is not judged as its holder."""
    assert found(sylvania, "Chief Army Staff Tomas Reyes says this.", LATER) == []
    assert found(sylvania, "Chief of Army Staff Tomas Reyes says this.", LATER) == ["NL402"]


def test_the_world_minus_the_ledgers_own_is_one_derivation(seed_corpus):
    """``world_of`` splits the country data by a ledger's countries once for every reader:
    the own countries' forms leave the foreign ones (names compared in lower case), a form two
    countries share keeps the first, and its default split gives the tokenizer's words."""
    from narrlint.nlp.countries import COUNTRIES, form_words, world_of

    world = world_of({"pakistan", "Afghanistan"})
    assert world.own[("pakistani",)] == "Pakistan" and world.own[("afghan",)] == "Afghanistan"
    assert ("pakistan",) not in world.foreign and ("afghanistan",) not in world.foreign
    assert world.foreign[("lebanon",)] == "Lebanon" and world.foreign[("iranian",)] == "Iran"
    assert set(world.own).isdisjoint(world.foreign)
    assert world_of(()).foreign[("indian",)] == next(
        c for c, forms in COUNTRIES.items() if "Indian" in forms
    )
    nlp = seed_corpus.nlp
    for forms in COUNTRIES.values():
        for form in forms:
            tokens = tuple(t.lower_ for t in nlp.make_doc(form) if not t.is_space)
            assert form_words(form) == tokens, form
