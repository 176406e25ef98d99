"""NL201: a credited next sentence that refers back to the vehicle of the count's sentence as
the subject of a verb of carrying ("The bus was carrying migrants deported from Iran, the BBC
reported": dev news-r16-cc-023) tells who was in it, the people counted, as a source telling
what they were doing when hit does. A vehicle the count's sentence does not name, an
indefinite one ("a second bus"), a vehicle doing something else, and an uncredited sentence
keep the finding.
Invented sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


COUNTS = [
    "A passenger bus crash on the highway near Kalat killed at least {n} people.",
    "At least {n} people drowned when an overloaded boat capsized in the river.",
    "{n} pilgrims lost their lives when their van plunged into a ravine.",
]
CARRIED = [
    "The {v} was carrying labourers returning home for Eid, the provincial government said.",
    "According to rescue officials, the {v} had been transporting wedding guests.",
    "The ill-fated {v} was ferrying families to the shrine, police told reporters.",
]
VEHICLES = ["bus", "boat", "van"]


@pytest.mark.parametrize(("count", "carried"), itertools.product(range(3), range(3)))
def test_a_source_telling_who_the_vehicle_carried_covers_the_count(seed_corpus, n, count, carried):
    text = f"{COUNTS[count].format(n=n)} {CARRIED[carried].format(v=VEHICLES[count])}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("count", "other"),
    [
        # a vehicle the count's sentence does not name
        (0, "The truck was carrying fuel to Quetta, the provincial government said."),
        # an indefinite vehicle: another one
        (0, "A second bus was carrying labourers home, the provincial government said."),
        # the vehicle does something else
        (1, "The boat had been seized by the coast guard last year, officials said."),
        # no credit
        (2, "The van was carrying pilgrims to the shrine."),
    ],
)
def test_look_alikes_keep_the_finding(seed_corpus, n, count, other):
    text = f"{COUNTS[count].format(n=n)} {other}"
    assert fires(seed_corpus, text) != [], text
