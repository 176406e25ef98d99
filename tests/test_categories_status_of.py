"""NL301 and NL302: a status named by its group ("enjoy the status of registered refugees")
(GitHub issue 11).

"880,000 Afghans enjoy the status of registered refugees" says what "enjoy refugee status"
says, with the group's own noun after "of": the number counts that group (NL302) and a group
given the status of another is said to be it (NL301).

The sentences are invented; the groups and figures are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An estimated 880,000 Afghans enjoy the status of registered refugees.", ["NL302"]),
        ("ACC holders enjoy the status of refugees, the official said.", ["NL301"]),
        ("ACC holders were granted the status of registered refugees.", ["NL301"]),
        # clean: the group's own size and status, a status of no group, a negated status
        ("An estimated 1.3 million Afghans enjoy the status of registered refugees.", []),
        ("PoR card holders enjoy the status of refugees.", []),
        ("ACC holders enjoy the status of temporary residents.", []),
        ("ACC holders do not enjoy the status of refugees.", []),
    ],
)
def test_a_status_named_by_its_group(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of the status's standing before it: still the group's status
        ("Approximately 1.7 million Afghans have formal refugee status, a UN report said.",
         ["NL302"]),
        ("ACC holders have official refugee status, the official said.", ["NL301"]),
        ("Some 880,000 Afghans were granted full refugee status.", ["NL302"]),
        # clean: the group's own size and status, a negated status, another status
        ("Approximately 1.3 million Afghans have formal refugee status, a UN report said.", []),
        ("PoR card holders have official refugee status.", []),
        ("ACC holders do not have formal refugee status.", []),
        ("Approximately 1.7 million Afghans have no formal status at all.", []),
    ],
)  # fmt: skip
def test_a_status_after_a_word_of_its_standing(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected
