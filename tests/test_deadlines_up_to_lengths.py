"""An extension's length hedged by "up to" ("extended by up to six months") is its most: only a
recorded link longer than it contradicts it (``Value.at_most``; :func:`dates_cues._extended_by`
reads past the hedge). Drafts are paraphrases, dated in the era of the seed ledger's 2012-2018
PoR validity run, the day after its six-month link of June 2016 (30 June -> 31 December)."""

import pytest

from .deadlines_support import codes

WHEN = "2016-07-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government on Wednesday extended by up to three months the stay of registered "
         "Afghan refugees.", ["NL101"]),
        ("The government on Wednesday extended the stay of registered Afghan refugees by up to "
         "two months.", ["NL101"]),
        # at most six months, or a year: the six-month link fits
        ("The government on Wednesday extended by up to six months the stay of registered Afghan "
         "refugees.", []),
        ("The government on Wednesday extended the stay of registered Afghan refugees by up to a "
         "year.", []),
    ],
)  # fmt: skip
def test_a_length_up_to_is_the_most(seed_corpus, text, expected):
    assert codes(seed_corpus, text, WHEN) == expected
