"""NL201, round 23's casualties false-alarm hunt (dev hunt-casualties-r23.yaml): "…, the
spokesman specified." closes a count's sentence as a named source's credit, as "said" does;
"specify" otherwise presents content only with "that" or a document as its subject, so "the plan
specified the route" or a specifying sentence with no source credits nothing.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Four men and three children died when the van overturned, the district officer specified.",
        "Seven pilgrims were injured in the stampede, Hamid specified.",
        "Two guards were killed at the gate, the police spokesman specified.",
    ],
)
def test_a_named_source_specifying_closes_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Four men and three children died when the van overturned. The order specified the route.",
        "Four men and three children died when the van overturned, which the plan specified.",
        "Seven pilgrims were injured in the stampede, as specified.",
    ],
)
def test_specifying_with_no_source_or_another_object_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
