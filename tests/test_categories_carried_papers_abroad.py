"""NL301's false-alarm risks of real reporting (GitHub issue 11, round 24): papers not carried,
and people abroad referred back to.

"Arrested for not carrying documents" says where the people's papers were, not that they
have none (as "refugees not carrying their PoR cards" already did): no denial of status, in a
cause, a participle or a relative. A group referred back to by "they" (opening the next
sentence, after "because", or after an opening "Without papers") whose people are in another
country ("Turkish police detained Afghan refugees. They had no documents.") is judged as in
its own sentence: not the ledger's groups. Not holding papers, and the ledger's own country,
still deny them.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Dozens of Afghan refugees were held for not carrying documents.", []),
        ("Afghan refugees not carrying identity documents were taken to a police station.", []),
        ("Afghan refugees who were not carrying valid papers were fined.", []),
        # not holding them, or not having them: a denial
        ("Afghan refugees who were not holding valid papers were fined.", ["NL301"]),
        ("Dozens of Afghan refugees were held for not having documents.", ["NL301"]),
    ],
)
def test_papers_not_carried(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Greek coastguards intercepted 60 Afghan refugees. They had no documents.", []),
        ("Greek coastguards intercepted 60 Afghan refugees because they had no documents.", []),
        ("Without papers, Afghan refugees in Turkey live in fear of the police.", []),
        # the ledger's own country: judged
        ("Sindh police intercepted 60 Afghan refugees. They had no documents.", ["NL301"]),
        ("Without papers, Afghan refugees in Karachi live in fear of the police.", ["NL301"]),
    ],
)
def test_people_abroad_referred_back_to(seed_corpus, text, codes):
    assert found(seed_corpus, text, PHASE1) == codes
