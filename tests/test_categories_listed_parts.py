"""NL301: a group's own part named as one item of a whole's list ("over three million Afghan
refugees including about 1.4 million PoR card holders") leaves no rest without papers
(GitHub issue 11).

"Out of 3.7 million refugees, 1.3 million are registered" and "3.7 million refugees, only 1.3
million of whom are registered" count the registered part and so leave the rest, still
called refugees, without papers; "including" only names one part and says nothing of the
rest (the whole's figure, all Afghans' total, is NL302's alone). Settled by the round-16
dev-label audit's reading of news-r11-dw-045.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-12-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pakistan hosts over three million Afghan refugees including about 1.4 million PoR"
            " card holders.",
            ["NL302"],
        ),
        (
            "Pakistan hosts over three million Afghan refugees, including some 1.4 million"
            " registered refugees.",
            ["NL302"],
        ),
        # the partition and "of whom" still leave the rest without papers
        (
            "Out of over three million Afghan refugees in Pakistan, 1.4 million are registered.",
            ["NL301", "NL302"],
        ),
        (
            "Pakistan hosts over three million Afghan refugees, only 1.4 million of whom are"
            " registered.",
            ["NL301", "NL302"],
        ),
    ],
)
def test_a_listed_part_leaves_no_rest(seed_corpus, text, expected):
    assert found(seed_corpus, text, DAY) == expected
