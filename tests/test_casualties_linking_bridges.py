"""NL201: a credit telling the count's event past a linking sentence that goes on telling that
event ("Nine people were killed when a bus plunged into a gorge. The bus was travelling from
the capital to a shrine. A magistrate told reporters the bus skidded off the road on a sharp
turn."): the bridge opens with a definite reference to what the count's sentence names ("The
bus", "The convoy"), so the credit is as near to the count as the bridge is (a class left
from round 16: credits past a linking sentence). A bridge about something else ("Traffic
accidents are common in the region"), a credit past it telling something else, and a bridge
across two paragraph breaks keep the finding.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


CASES = [
    (
        "{n} people were killed when a bus plunged into a gorge in the hills.",
        "The bus was travelling from the capital to a shrine in the north.",
        "A district magistrate told reporters the bus skidded off the road on a sharp turn.",
    ),
    (
        "{n} soldiers were martyred when a convoy was ambushed near the border post.",
        "The convoy was returning to the garrison after a patrol.",
        "According to officials, militants opened fire on the convoy from a hilltop.",
    ),
]


@pytest.mark.parametrize("case", range(len(CASES)))
@pytest.mark.parametrize("brk", [" ", "\n\n"])
def test_a_credit_past_a_bridge_going_on_with_the_event_covers_the_count(seed_corpus, n, case, brk):
    count, bridge, credit = CASES[case]
    text = f"{count.format(n=n)} {bridge}{brk}{credit}"
    assert not fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    ("bridge", "credit", "breaks"),
    [
        # the bridge is about something else
        ("Traffic accidents are common in the region.", CASES[0][2], (" ", " ")),
        # the credit past it tells something else
        (CASES[0][1], "A district magistrate said an inquiry had been ordered.", (" ", " ")),
        # two paragraph breaks
        (CASES[0][1], CASES[0][2], ("\n\n", "\n\n")),
    ],
)
def test_look_alikes_keep_the_finding(seed_corpus, n, bridge, credit, breaks):
    text = f"{CASES[0][0].format(n=n)}{breaks[0]}{bridge}{breaks[1]}{credit}"
    assert fires_on(fires(seed_corpus, text), n), text
