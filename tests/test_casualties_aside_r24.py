"""NL201, round 24's casualties hunt (dev hunt-casualties-r24.yaml): a credited sentence that
tells what the people counted were doing when hit still does so with an aside after their noun
("The victims, identified as constables A and B, were on security duty …, said the DPO"; "The
labourers, all from the same district, were working on …"); an aside does not turn the
attackers, or a condition, into what the counted were doing.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Three labourers were shot dead at a construction site in the valley. The labourers, "
        "all from the same district, were working on a water tank, a police official said.",
        "Two guards were killed when gunmen stormed a bank branch in the town. The victims, "
        "named by relatives as Akram and Nadeem, were on duty at the gate, the station house "
        "officer said.",
    ],
)
def test_an_aside_after_their_noun_keeps_what_they_were_doing(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three labourers were shot dead at a construction site in the valley. The gunmen, who "
        "wore masks, were riding motorcycles, a police official said.",
        "Three labourers were shot dead at a construction site in the valley. The injured, "
        "all from the same district, were receiving treatment, a police official said.",
    ],
)
def test_an_aside_does_not_make_others_or_a_condition_a_duty(seed_corpus, text):
    assert fires(seed_corpus, text) != []
