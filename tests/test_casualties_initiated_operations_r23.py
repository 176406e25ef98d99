"""NL201, round 23 (dev categories-casualties-r22-opened.yaml, cc-036's class): an operation
"initiated" is conducted as one "launched" is, so a credited sentence telling that the operation
of the count's sentence was initiated tells its event; a search operation initiated after an
attack is a response, which tells nothing of the attack's toll.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "credit",
    [
        "According to the ISPR, the operation was initiated on the reported presence of "
        "militants near Awaran.",
        "The military's media wing said the IBO was initiated at dawn near Awaran.",
    ],
)
def test_an_initiated_operation_tells_the_counts_event(seed_corpus, credit):
    text = f"Troops killed five militants in an intelligence-based operation near Awaran. {credit}"
    assert fires(seed_corpus, text) == []


def test_a_search_operation_initiated_after_an_attack_tells_nothing(seed_corpus):
    text = (
        "Five soldiers were martyred in an attack on a post near Awaran. The ISPR said a "
        "search operation was initiated near Awaran."
    )
    assert fires(seed_corpus, text) != []
