"""NL301 through a group's reduced relative clause (GitHub issue 11).

"The Afghan refugees sent back so far had no papers": a past participle of something done to
people ("deported", "arrested in the raid", "detained on Friday") right after a group restricts
it, as "who were deported" would; the sentence's own verb after the participle's few words
says what the group is. A participle with no verb after it is the sentence's own verb, and a
clause break on the way ends the phrase.

The sentences are invented; the groups and dates are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found

AFTER_POR_STAY = "2025-11-10"
"""After the registered refugees' own phase deadline: denying them papers is no conflation."""

REDUCED = (
    "Every Afghan refugee deported from Punjab this week had no documents to show.",
    "The Afghan refugees arrested in the Quetta raid had no valid papers.",
    "Afghan refugees detained by police on Sunday lacked proper documentation.",
    "The Afghan refugees expelled last month were undocumented.",
    "Afghan refugees rounded up were illegal immigrants, the officer said.",
    "All the registered refugees held at the camp did not have any documents.",
)
"""A denial of papers (or a group without them) said of refugees past a participle phrase."""


@pytest.mark.parametrize("text", REDUCED)
def test_a_denial_past_the_groups_participle_phrase(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the participle is the sentence's own verb: what follows says nothing of the group
        "The Afghan refugees deported 40 smugglers who had no documents.",
        "Afghan refugees returned home because they had no documents to show.",
        # a clause break or a mark ends the participle's phrase
        "The Afghan refugees deported, as officials had no records, were sent to Torkham.",
        "Afghan refugees detained while officials had no documents were freed.",
        # the group's own papers, or a group without papers to begin with
        "The Afghan refugees deported so far had PoR cards.",
        "The undocumented Afghans deported so far had no documents.",
        # a participle of no action on people
        "Afghan refugees interested in returning had no documents ready for the trip.",
    ],
)  # fmt: skip
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


def test_after_the_refugees_own_deadline_the_denial_is_no_conflation(seed_corpus):
    text = "The Afghan refugees deported so far had no documents."
    assert found(seed_corpus, text, AFTER_POR_STAY) == []
    assert found(seed_corpus, text, PHASE1) == ["NL301"]
