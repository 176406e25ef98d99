"""NL201: where "separate" puts a joined count in another incident, and capitalised names that
look like statement verbs. Invented sentences only.

- A count joined by "while"/"as"/"and" to an attributed count shares its source unless its
  own clause (from the joining word on) is another incident: a "separate" that describes the
  first count ("40 people were killed in separate shootings across Balochistan, officials
  said, while 21 terrorists were eliminated": dev news-r9-cc-072) does not part them.
- "the Jaffar Express passenger train" is a name, not a statement verb ("expressed grief over
  the killing of"): a count after it is not a named speaker's statement (dev news-r9-cc-007).
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


FIRST = [
    "At least {a} people were killed in separate shootings and grenade attacks across "
    "Balochistan, officials said on Monday,",
    "Police said {a} civilians were killed in separate attacks in Kurram and Bajaur,",
    "{a} soldiers were martyred in separate incidents in North Waziristan, the ISPR said,",
    "According to the provincial health department, {a} people died in separate blasts,",
]
SECOND = [
    "while {b} terrorists were eliminated as security forces responded.",
    "while {b} others were injured.",
    "whereas {b} militants were killed in the exchange of fire.",
]


@pytest.mark.parametrize(("first", "second"), itertools.product(FIRST, SECOND))
def test_separate_describing_the_first_count_does_not_part_a_joined_count(
    seed_corpus, figures, first, second
):
    a, b = figures[1], figures[0]
    text = f"{first.format(a=a)} {second.format(b=b)}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "second",
    [
        "while in a separate attack {b} others were injured.",
        "while {b} others were injured in a separate attack in Kech.",
        "while {b} militants were killed separately in Khyber.",
        "while elsewhere {b} policemen were martyred.",
        "while, in a separate attack in Kech, {b} others were injured.",
    ],
)
@pytest.mark.parametrize("first", FIRST[:2])
def test_a_joined_count_in_a_separate_incident_still_needs_its_own_source(
    seed_corpus, figures, first, second
):
    a, b = figures[1], figures[0]
    text = f"{first.format(a=a)} {second.format(b=b)}"
    found = fires(seed_corpus, text)
    assert len(found) == 1 and str(b) in found[0], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Militants from the Baloch Liberation Army attacked the Jaffar Express passenger train "
        "near Gudalar, killing {a} passengers and {b} paramilitary soldiers.",
        "Gunmen fired on the Khyber Mail Express carriage near Nowshera, killing {a} people.",
        "A bomb hit the Green Line Express train at Bolan, killing {a} passengers.",
    ],
)
def test_a_capitalised_name_is_no_statement_verb(seed_corpus, figures, text):
    a, b = figures[1], figures[0]
    assert fires(seed_corpus, text.format(a=a, b=b)) != []


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister expressed grief over the killing of {a} passengers on the train.",
        "Interior Minister Mohsin Naqvi condemned the killing of {a} passengers.",
        "PM Condemns Killing Of {a} Passengers In Bolan",
    ],
)
def test_a_named_speakers_statement_still_credits_its_count(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(a=figures[1])) == []
