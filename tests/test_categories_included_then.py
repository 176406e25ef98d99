"""NL301 on the parts of a whole going on past its sentence (GitHub issue 11, round 23, dev
r18-cc-033): "Pakistan hosts three million Afghan refugees, including 1.6 million registered.
Besides, one million are unregistered." The whole's sentence lists its parts after
"including"; the next sentence's count with no noun of its own (after an opening "Besides,"
or "Moreover," too) is one more part, so the rest, called refugees, are said to be
unregistered, as "..., and one million are unregistered" already read. The whole must be its
sentence's first count, the parts must fit in it, and a count naming its own people, or
adding people ("another"), is no part.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DATE = "2017-03-01"


@pytest.mark.parametrize(
    "text",
    [
        "The country is home to nearly 3 million Afghan refugees, including 1.3 million "
        "registered. About 1.2 million are unregistered.",
        "Some 2.5 million Afghan refugees live in Pakistan including 1.4 million registered "
        "ones. Besides, 800,000 are undocumented.",
        "Pakistan hosts some 2.7 million Afghan refugees, including 1.5 million registered "
        "with the UN agency. Moreover, one million have no documents.",
    ],
)
def test_the_next_sentence_goes_on_with_the_parts(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a whole with no status of its own
        "The country is home to nearly 3 million Afghans, including 1.3 million registered "
        "refugees. About 1.2 million are unregistered.",
        # a count naming its own people, or adding people to the whole
        "The country is home to nearly 3 million Afghan refugees, including 1.3 million "
        "registered. About 1.2 million undocumented Afghans also live there.",
        "Pakistan hosts 1.3 million registered refugees, including 600,000 children. Another "
        "800,000 hold ACCs.",
        # parts that do not fit in the whole
        "The country is home to nearly 3 million Afghan refugees, including 1.3 million "
        "registered. Some 4 million are unregistered.",
    ],
)
def test_no_part_of_the_whole(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == []
