"""NL301: refugees said to be in the country without a permit to stay (GitHub issue 11).

"Without a legal permit", "without a residence permit", "without legal permission" deny a
lawful stay as "without valid documents" does: said of the refugees (PoR card holders) before
their own deadline, the phrase gives them the undocumented group's status, and a number of them
is then the undocumented group's figure told under the refugees' name (NL301, not NL302). A
permit for something else ("a work permit"), a visa, a permit with no word of lawfulness, or
the undocumented named by their own noun, deny nothing of the refugees.

The sentences are invented; the figures and groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Officials said many Afghan refugees are living in Pakistan without a legal permit.",
         PHASE1, ["NL301"]),
        ("The minister said 1.73 million Afghan refugees are in Pakistan without a legal "
         "permit.", PHASE1, ["NL301"]),
        # read past an adverb of the stay's time and on past a comma after the permit
        ("The minister said 1.73 million Afghan refugees are currently in Pakistan without a "
         "legal permit, calling them a risk.", PHASE1, ["NL301"]),
        ("Officials said 1.73 million Afghan refugees are still in Pakistan without valid "
         "documents.", PHASE1, ["NL301"]),
        ("Police detained Afghan refugees who were staying in the city without residence "
         "permits.", PHASE1, ["NL301"]),
        ("Many Afghan refugees live in Pakistan without legal permission.", PHASE1, ["NL301"]),
        # look-alikes: another permit, a visa, a permit of no lawfulness, the right group
        ("Many Afghan refugees live in Pakistan without legal permission to stay.", PHASE1,
         ["NL301"]),
        ("Many Afghan refugees work in Pakistan without a work permit.", PHASE1, []),
        ("Many Afghan refugees run shops in Pakistan without a legal permit to trade.", PHASE1,
         []),
        ("Afghan refugees live in camps without legal permission for construction.", PHASE1,
         []),
        ("Many Afghan refugees travel to Iran without valid visas.", PHASE1, []),
        ("Afghan refugees may not hold rallies without a permit.", PHASE1, []),
        ("The minister said 1.73 million undocumented Afghans are in Pakistan without a legal "
         "permit.", PHASE1, []),
        ("Police said the Afghan refugees were living legally in the city.", PHASE1, []),
    ],
)  # fmt: skip
def test_refugees_without_a_permit_to_stay(seed_corpus, text, date, expected):
    assert found(seed_corpus, text, date) == expected
