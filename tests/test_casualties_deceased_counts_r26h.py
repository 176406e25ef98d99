"""NL201, round 26 casualties hunt (dev news-r26-hc-026, a coaster crash near Kahuta): "deceased"
right after a number counts the dead as "dead" does ("14 deceased persons have been identified
as …", "nine deceased passengers"), so a count of the deceased with no source is reported; a
credited one, "the deceased" with no number, and a back-reference to counted dead ("the
heirs of the 12 deceased labourers") stay silent.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "So far 11 deceased persons have been identified by their relatives at the morgue.",
        "Nine deceased passengers were later handed over to their families in Mansehra.",
    ],
)
def test_a_count_of_the_deceased_is_read(seed_corpus, text):
    assert len(fires(seed_corpus, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police said 11 deceased persons have been identified by their relatives so far.",
        "Nine deceased passengers were handed over to their families, a rescue spokesman said.",
        "The deceased was identified as a shopkeeper of the old city.",
        "Compensation will be paid to the families of the deceased, the minister said.",
        "The heirs of the 12 deceased labourers received cheques on Monday.",
    ],
)
def test_credited_or_uncounted_deceased_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []
