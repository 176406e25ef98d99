"""NL201: a count restated by a named source two or three sentences on (hunt r12 classes 1
and 2: one-sentence paragraphs, "A police official said …. He said …. He said that four
policemen … got martyred"). Invented sentences only.

The later sentence covers the lead count when it is credited and gives the same number of
the same kind (or names as many people as were counted), and every sentence between is of
the same story with no figure of its own. A middle sentence with a number, a later figure
of another kind or value, another incident, no credit, or a restatement four sentences on
leaves the lead count to the writer.
"""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


LEADS = [
    "{a} policemen were martyred when terrorists attacked a police station in Lakki Marwat.",
    "At least {a} soldiers were martyred when militants opened fire on a post in North Waziristan.",
    "A blast in a market in Quetta left at least {a} people dead.",
]
MIDDLES = [
    ["A police official said the attackers used rocket launchers and automatic weapons."],
    ["The military's media wing added that troops responded in a befitting manner."],
    [
        "Deputy Inspector General Muhammad Ali Khan said rescue operations were underway.",
        "He said the area had been cordoned off.",
    ],
    # a figure of things, not of people counted (a fresh page, r16: "two missiles each")
    ["The drones fired two missiles each at a vehicle and a compound."],
]
RESTATED = [
    "He said that {a} of them were killed in the attack.",
    "“We have received {a} bodies at the hospital,” said a doctor at the district hospital.",
    "The ISPR said {a} people lost their lives in the attack.",
]
BREAKS = ["\n\n", " "]


def _draft(lead: str, middles: list[str], later: str, brk: str, a: int) -> str:
    return brk.join([lead.format(a=a), *middles, later.format(a=a)])


@pytest.mark.parametrize(
    ("lead", "middles", "later", "brk"), itertools.product(LEADS, MIDDLES, RESTATED, BREAKS)
)
def test_a_later_restatement_by_a_named_source_credits_the_count(
    seed_corpus, figures, lead, middles, later, brk
):
    text = _draft(lead, middles, later, brk, figures[1])
    assert fires(seed_corpus, text) == [], text


def test_names_as_many_as_counted_restate_the_count(seed_corpus):
    text = (
        "Two civilians were killed when gunmen opened fire on a police post in Bannu.\n\n"
        "A police official said the attackers fled towards the mountains.\n\n"
        "He said that Sadiq, a vegetable vendor, and Maqsood, a medical technician, were "
        "killed by bullets."
    )
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    ("middles", "later"),
    [
        # a middle sentence with a figure of its own
        (["Police said 12 suspects were arrested after the attack."], RESTATED[0]),
        # (the middle is MIDDLES[1]: since round 17 MIDDLES[0], the attack told by its
        # weapons, sources the lead itself, tests/test_casualties_told_events.py)
        # the later figure is of another kind
        (MIDDLES[1], "He said that {a} people were injured in the attack."),
        # the later figure is another value
        (MIDDLES[1], "He said that {b} people were killed in the attack."),
        # another incident
        (MIDDLES[1], "Separately, police said {a} people were killed in a crash in Swat."),
        # no credit
        (MIDDLES[1], "{a} of them were killed in the attack."),
        # four sentences on
        (
            [
                *MIDDLES[2],
                "A police official said the attackers fled towards the mountains.",
            ],
            RESTATED[0],
        ),
    ],
)
@pytest.mark.parametrize("brk", BREAKS)
def test_look_alikes_leave_the_lead_count_unsourced(seed_corpus, figures, middles, later, brk):
    a, b = figures[1], figures[2]
    text = brk.join([LEADS[0].format(a=a), *middles, later.format(a=a, b=b)])
    assert any(str(a) in excerpt for excerpt in fires(seed_corpus, text)), text


def test_a_title_line_is_not_restated_by_a_later_quote(seed_corpus, figures):
    """A related story's headline line (no full stop) before an account of another event
    with the same figure keeps its own finding (bench draft 00011)."""
    a = figures[1]
    text = (
        f"Attack on paramilitary post in Bajaur kills {a} security personnel\n\n"
        "“Pakistan values its friendship with Afghanistan,” the minister was quoted as saying.\n\n"
        f"“We have recovered {a} dead bodies from the debris,” a police officer told reporters."
    )
    assert any(str(a) in excerpt for excerpt in fires(seed_corpus, text)), text
