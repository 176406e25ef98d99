"""An extension told as proposed, sought, requested, recommended or agreed in talks, and not
decided, is no link of a validity chain: its length or new end is what someone asked for
(:mod:`narrlint.claims.dates_proposed`). The same value told as the government's decision is
still judged against the link in force. A validity chain's ``equivalent_dates`` (a last day the
sources give differently) is accepted for its links too.

A made-up world over the seed ledger: one run of a PoR validity chain in years the seed records
nothing for, its last link a one-month extension. Drafts are paraphrases."""

import pytest

from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes

TERMS = (
    "[por card validity, validity of por cards, proof of registration, proof of registration "
    "cards, por cards, por card, validity, stay of registered afghan refugees]"
)
WORLD = f"""version: 1
deadlines:
- id: made_up_validity_run
  title: Made-up PoR validity run
  date: null
  equivalent_dates:
  - {{date: '2007-01-30', note: 'the last day as some pages give it', source: https://example.org/alt}}
  targets: [por]
  subject_terms: {TERMS}
  action_lemmas: [extend, expire, lapse, renew]
  source: https://example.org/run
  steps:
  - {{expired: '2006-06-30', extended_to: '2006-12-31', announced: '2006-06-28',
      source: https://example.org/run/a}}
  - {{expired: '2006-12-31', extended_to: '2007-01-31', announced: '2006-12-20',
      source: https://example.org/run/b}}
  - {{expired: '2007-01-31', extended_to: '2007-03-31', announced: '2007-01-31',
      source: https://example.org/run/c}}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("proposed-extensions")
    (folder / "ledger.yaml").write_text(WORLD)
    return load_corpus([str(folder)])


PROPOSED = [
    "Although a twelve-month extension of the stay of registered Afghan refugees had been agreed "
    "between the two governments, relations soured soon after.",
    "A one-year extension of the refugees' stay was proposed by the ministry, but the cabinet has "
    "yet to take it up.",
    "The ministry sought a one-year extension of the PoR cards of registered Afghan refugees.",
    "The refugee agency recommended a one-year extension for registered Afghan refugees.",
    "A one-year extension for registered Afghan refugees was requested by the UN refugee agency.",
    "Officials agreed in principle on a one-year extension of the stay of registered Afghan "
    "refugees.",
    "The ministry sent a summary proposing a one-year extension of the stay of registered Afghan "
    "refugees.",
    "An extension of the PoR cards until December 31, 2007 was proposed by the ministry, officials "
    "said.",
]

DECIDED = [
    "A one-year extension of the refugees' stay was approved by the cabinet on Wednesday.",
    "The cabinet approved a one-year extension of the PoR cards of registered Afghan refugees.",
    "The cabinet approved the ministry's proposal of a one-year extension of the stay of "
    "registered Afghan refugees.",
    "The cabinet granted the one-year extension that the refugee agency had sought for registered "
    "Afghan refugees.",
    "The cabinet extended the PoR cards of registered Afghan refugees until December 31, 2007, "
    "as the refugee agency had requested.",
]


@pytest.mark.parametrize("text", PROPOSED)
def test_an_extension_asked_for_is_not_the_link(world, text):
    assert codes(world, text, "2006-12-23") == []


@pytest.mark.parametrize("text", DECIDED)
def test_the_same_extension_decided_is_judged(world, text):
    assert codes(world, text, "2006-12-23") == ["NL101"]


def test_a_proposal_told_beside_the_decision_is_not_judged(world):
    text = (
        "Although a one-year extension was agreed between the two governments, the cabinet "
        "granted registered Afghan refugees only a one-month extension."
    )
    assert codes(world, text, "2006-12-23") == []
    wrong = text.replace("only a one-month", "only a two-month")
    assert codes(world, wrong, "2006-12-23") == ["NL101"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the chain's equivalent date: some pages give the one-month link's last day a day early
        ("The previous one-month extension of registered Afghan refugees' stay came into effect "
         "from January 1 and expired on January 30.", []),
        ("The previous one-month extension of registered Afghan refugees' stay came into effect "
         "from January 1 and expired on January 31.", []),
        ("The previous one-month extension of registered Afghan refugees' stay came into effect "
         "from January 1 and expired on January 27.", ["NL101"]),
    ],
)  # fmt: skip
def test_a_chains_equivalent_date_is_accepted(world, text, expected):
    assert codes(world, text, "2007-02-01") == expected
