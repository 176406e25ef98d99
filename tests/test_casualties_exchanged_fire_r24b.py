"""NL201, round 24's second casualties hunt (dev hunt-casualties-r24b.yaml): a credited
sentence saying that the sides "exchanged fire" (or "had been exchanging firing") tells the
clash of the count's sentence itself, as "both sides used heavy weapons" does, so it sources the
clash's toll, also after a relative clause of the subject with a verb of its own ("the clans who
were at odds over land had been exchanging fire"); "exchanged" with another object ("views",
"gifts"), an exchange of another time ("last year") or one told inside a relative clause tells
no clash.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires

LEAD = "Seven men were killed in a gunfight between two feuding clans in the village on Friday. "


@pytest.mark.parametrize(
    "follow",
    [
        "Police said both sides exchanged heavy fire.",
        "Local sources said that the two clans had been exchanging firing.",
        "Police said the clans who were at odds over land had been exchanging fire.",
        "A police official said the rivals exchanged fire for several hours.",
    ],
)
def test_a_credited_exchange_of_fire_tells_the_clash(seed_corpus, follow):
    assert fires(seed_corpus, LEAD + follow) == []


@pytest.mark.parametrize(
    "follow",
    [
        "Police said both sides exchanged views at a jirga.",
        "Police said the two clans exchanged gifts.",
        "Police said the two clans had exchanged fire last year.",
        "Police said the clans, who had exchanged fire before, were at odds over land.",
        "Both sides exchanged heavy fire.",
    ],
)
def test_an_exchange_of_something_else_or_uncredited_sources_nothing(seed_corpus, follow):
    assert fires(seed_corpus, LEAD + follow) != []
