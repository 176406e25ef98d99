"""NL201: a credited sentence after a toll of a blast that times the blast by a vehicle's
arrival ("Police said the device was detonated by remote control when a paramilitary vehicle
reached the spot") tells the blast striking that vehicle, as "when a truck was going …" does,
and sources the toll (r17 blind ob-008). A vehicle arriving after the blast (the ambulances,
the rescuers: the response), a weapon vehicle, or no credit keeps the finding. Invented
sentences only; the figures are the ledger's.
"""

import itertools

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNTS = [
    "Last Tuesday, {a} bystanders were killed in a bomb blast in a busy bazaar of Turbat.",
    "A roadside explosion near Khar left {a} people injured.",
]
ARRIVALS = [
    "Police said unknown men had hidden a bomb in a cart, which was detonated by remote "
    "control when a Levies vehicle reached there.",
    "According to officials, a bomb planted in a cart exploded as a police van approached.",
    "A police officer said a landmine went off when an army truck passed over it.",
]


@pytest.mark.parametrize(("count", "arrival"), itertools.product(COUNTS, ARRIVALS))
def test_a_blast_timed_by_a_vehicle_arriving_tells_the_blast(seed_corpus, figures, count, arrival):
    text = f"{count.format(a=figures[1])} {arrival}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "follow",
    [
        # the response: vehicles arriving after the blast
        "Police said ambulances reached the site soon after the blast.",
        # no credit
        "The device exploded as a police van approached the checkpoint.",
    ],
)
def test_the_response_or_no_credit_keeps_the_finding(seed_corpus, figures, follow):
    for count in COUNTS:
        text = f"{count.format(a=figures[1])} {follow}"
        assert fires_on(fires(seed_corpus, text), figures[1]), text
