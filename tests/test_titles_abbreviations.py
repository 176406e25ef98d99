"""A body's name with its abbreviation in brackets before a title owns the title ("Pakistan
Muslim League Nawaz (PML-N) spokesperson X"): the walk back from the title goes on over the
bracketed short form to the name, which makes the title that body's post, not the ledger's
office that shares its words. Look-alikes: a bracket that is no abbreviation ("(held in
Arcadia)") stops the walk, and a country's name there leaves the office the country's.

The fictional ledger (tests/titles_support.py): Tomas Reyes is Sylvania's foreign minister,
never its president."""

import datetime as dt

import pytest

from . import titles_support
from .titles_support import found

sylvania = titles_support.sylvania

DAY = "2023-06-01"


@pytest.mark.parametrize(
    "text",
    [
        "Sylvania Green Party (SGP) president Tomas Reyes met the envoy.",
        "He met former interior minister and National Unity Movement (NUM) president Tomas Reyes.",
        "The Sylvanian People's Party (SPP-R) President Tomas Reyes said talks would go on.",
        "Reform League (RL) chairman and Farmers Union (FU) president Tomas Reyes spoke.",
    ],
)
def test_a_bodys_title_with_its_abbreviation_is_not_the_office(sylvania, text):
    assert found(sylvania, text, DAY) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Reyes met the envoy.",
        "After the talks (held in Arcadia) President Tomas Reyes said they would go on.",
        "After the talks (in Arcadia) President Tomas Reyes met the envoy.",
    ],
)
def test_a_bracket_that_is_no_abbreviation_leaves_the_office(sylvania, text):
    assert found(sylvania, text, DAY) == ["NL402"], text


# ---------------------------------------------------------------------------------------------
# An office's abbreviation is read before a holder's name when the ledger lists it among the
# office's titles ("COAS <name>", "CJP <name>"): the entity ruler reads `titles`, while
# `abbreviations` serve the comparison of forms (an ambiguous one, such as NSA, stays out of
# `titles`). Values come from the seed ledger, never written here.


def _abbreviated_cases(corpus):
    """(abbreviation, ended holder, post, current holder) for single-holder seed offices whose
    abbreviation is also one of their titles."""
    cases = []
    for office in corpus.ledger.offices.values():
        shared = [a for a in office.abbreviations if a.lower() in office.titles and a.isalpha()]
        if office.holders != "single" or not shared:
            continue
        posts = [
            (p, person)
            for person in corpus.ledger.people.values()
            for p in person.posts
            if p.office == office.id and not p.qualifier and not person.ranks
        ]
        ended = [(p, person) for p, person in posts if p.end]
        if not ended:
            continue
        post, person = max(ended, key=lambda pp: pp[0].end)
        later = [pp for pp in posts if pp[0].start and pp[0].start > post.end and not pp[0].end]
        cases.append((shared[0], person, post, later[0][1] if later else None))
    return cases


def test_an_abbreviated_title_before_a_former_holders_name_is_stale(seed_corpus):
    cases = _abbreviated_cases(seed_corpus)
    assert any(a == "CJP" for a, *_ in cases), cases  # the office this class was found on
    for abbreviation, person, post, current in cases:
        day = post.end + dt.timedelta(days=60)
        name = person.name.split(" (")[0]
        text = f"{abbreviation} {name} said the hearing would resume."
        assert "NL401" in found(seed_corpus, text, day.isoformat()), text
        if current is not None:  # the holder on that day, with the same abbreviation: silent
            text = f"{abbreviation} {current.name.split(' (')[0]} said the hearing would resume."
            assert found(seed_corpus, text, day.isoformat()) == [], text
