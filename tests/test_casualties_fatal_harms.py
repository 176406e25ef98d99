"""NL201: a verb of harm made a killing by its adverb ("unidentified gunmen fatally shot six
labourers": r13 hunt 048) or a two-word killing verb ("mowed down") counts the dead as "killed"
does, active with its object or passive after its subject; "critically wounded" stays a
wounding (a count of the injured, which NL201 also reads), and the agents of an active killing
of several words ("Six gunmen gunned down two guards") are not the dead.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from narrlint.claims.counts_words import FATAL_HARMS, KILLED, PHRASAL_OBJECT_VERBS

from .casualties_support import fires, ledger_tolls

ACTIVE = [
    "Unidentified gunmen {verb} {t} labourers in the Kech district on Friday.",
    "Attackers {verb} {t} passengers near Quetta on Monday.",
    "Assailants on motorcycles {verb} {t} policemen at a checkpost in Bannu.",
]
PASSIVE = [
    "{t} labourers were {verb} in the Kech district on Friday.",
    "At least {t} passengers were {verb} near Quetta on Monday.",
    "{t} policemen {verb} at a checkpost in Bannu",
]
KILLING = ["fatally shot", "fatally stabbed", "mortally wounded", "fatally injured", "mowed down"]


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


@pytest.mark.parametrize(("template", "verb"), itertools.product(ACTIVE + PASSIVE, KILLING))
def test_an_uncredited_killing_by_an_adverbed_verb_is_a_toll(seed_corpus, figures, template, verb):
    text = template.format(t=figures[1], verb=verb)
    assert fires(seed_corpus, text), text


@pytest.mark.parametrize("verb", ["fatally shot", "mortally wounded", "fatally injured"])
def test_an_adverb_of_death_makes_the_harm_a_killing(verb):
    assert FATAL_HARMS[tuple(verb.split())] == KILLED
    assert PHRASAL_OBJECT_VERBS[tuple(verb.split())] == KILLED


@pytest.mark.parametrize("adverb", ["critically", "seriously", "badly"])
def test_other_adverbs_leave_a_wounding(adverb):
    assert (adverb, "wounded") not in PHRASAL_OBJECT_VERBS


@pytest.mark.parametrize(
    "text",
    [
        # the agents of an active killing are not its dead
        "Six gunmen fatally shot the guards at the gate in Quetta on Monday.",
        "Three attackers gunned down the driver near Turbat.",
        "Four men mowed down the crowd with a truck in Quetta.",
        "Two assailants fatally stabbed a shopkeeper in Peshawar, police said.",
        # credited: the source gives the toll
        "Gunmen fatally shot {t} labourers in the Kech district, police said.",
        "According to officials, {t} passengers were fatally stabbed near Quetta.",
        # no count: a single victim, a threat
        "A gunman fatally shot a shopkeeper in Peshawar.",
        "The group threatened to fatally shoot hostages.",
    ],
)
def test_silent_look_alikes(seed_corpus, figures, text):
    text = text.format(t=figures[1])
    assert fires(seed_corpus, text) == [], text
