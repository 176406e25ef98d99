"""An extension's length whose object follows it is that object's (issue 11, round 20): "decided
to extend the stay of Afghan refugees until 2015 and also extended for ten years the quota of
provinces in federal services" gives the provinces' quota ten years, not the refugees (dev
news-r19-dm-022, a clean passage). When a determiner follows the length ("extended for ten
years the …"), the phrase it opens is what was extended: a length is the refugees' only when
that phrase names people, their documents, stay or a cut-off.

The seed ledger's PoR validity chain: the link announced on 25 July 2013 ran from 30 June 2013
to 31 December 2015 (914 days).
"""

import pytest

from .deadlines_support import codes

WHEN = "2013-07-25"

OTHER_OBJECTS = (
    "The cabinet decided to extend the stay of registered Afghan refugees until 2015 and also "
    "extended for five years the quota of provinces in federal jobs.",
    "The cabinet extended the PoR cards of registered Afghan refugees until 2015 and extended "
    "by three years the term of the commission on the border.",
)
OWN_OBJECTS = (
    "The cabinet on Thursday extended for five years the stay of registered Afghan refugees.",
    "The cabinet extended for five years the PoR cards of registered Afghan refugees.",
)


@pytest.mark.parametrize("text", OTHER_OBJECTS)
def test_a_length_of_another_object_is_no_claim(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", OWN_OBJECTS)
def test_a_length_of_the_stay_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
