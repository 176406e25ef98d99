"""The groups reader's sentence gate (:mod:`narrlint.claims.groups_gate`) skips only work
whose result is nothing: every draft here is read with the gate and without it, and the group
claims must be the same, field for field.

The drafts are invented; each sets the evidence of a group where a gated walk must still
reach it (the sentence before, the sentence after, a few words on) among sentences that name
no group at all, which the gate must find dead.
"""

import pytest

from narrlint.claims import groups_gate

from .test_categories_reading import PHASE1, read_claims

FILLER = "The weather in the capital stayed mild on Monday. Traders reported brisk sales."

DRAFTS = [
    # a figure named in its own sentence, among sentences of no group
    f"{FILLER} Some 1.3 million registered refugees hold PoR cards. {FILLER}",
    # an order in the sentence before gives the target of the number ("The move affects")
    f"{FILLER} The government ordered all undocumented foreigners to leave by November 1. "
    f"The move affects 1.7 million people. {FILLER}",
    # a sentence-opening "They" refers back to the group of the sentence before
    f"{FILLER} Police deported 183 registered Afghan refugees from the city. They had no "
    f"valid documents. {FILLER}",
    # "these individuals" in the next sentence
    f"{FILLER} Officials rounded up 400 Afghan refugees last week. These detained individuals "
    f"lacked any legal documentation. {FILLER}",
    # people named only by the papers they lack, as a whole with a part
    f"{FILLER} All Afghan nationals residing illegally in the country, including PoR card "
    f"holders, were told to leave. {FILLER}",
    # a count that "another" adds to the noun before it
    f"{FILLER} About 33,000 refugees in the district hold PoR cards, while another 6,100 "
    f"hold ACCs. {FILLER}",
    # the number closes its sentence: the group opens the next one
    f"{FILLER}\n\n# Nearly 1.4 million\n\nundocumented Afghans were asked to leave. {FILLER}",
]


def _claims(corpus, text: str) -> list[tuple]:
    found = []
    for claim in read_claims(corpus, text, PHASE1):
        extra = tuple(
            getattr(claim, name, None) for name in ("how", "own", "words", "whole", "by_plan")
        )
        found.append((type(claim).__name__, claim.span.start, claim.span.end, claim.details(),
                      extra))  # fmt: skip
    return found


@pytest.mark.parametrize("text", DRAFTS)
def test_the_gate_changes_no_claim(seed_corpus, monkeypatch, text):
    gated = _claims(seed_corpus, text)
    monkeypatch.setattr(groups_gate, "ENABLED", False)
    assert _claims(seed_corpus, text) == gated
    assert gated  # every draft names a group: the comparison is not of two empty lists


def test_sentences_with_no_group_are_dead(seed_corpus):
    from narrlint.claims.groups import _analyse
    from narrlint.claims.groups_lexicon import lexicon

    text = DRAFTS[0]
    claims = read_claims(seed_corpus, text, PHASE1)
    doc = claims[0].span.doc
    gate = groups_gate.gate(doc, lexicon(seed_corpus), _analyse(doc, lexicon(seed_corpus)))
    assert gate.live == [False, False, True, False, False]
    first, before = gate.starts[0], gate.starts[1]
    assert not gate.near(first) and gate.near(before)  # the sentence before the live one
    assert not gate.near(before, before=0, after=0)
    reach = gate.evidence[0] - before  # the first evidence: "registered"
    assert gate.ahead(before, reach) and not gate.ahead(before, reach - 1)
