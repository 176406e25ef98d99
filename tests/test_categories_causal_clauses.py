"""NL301 on a lack of papers given in a clause of cause whose subject "they" is the group of the
clause before (GitHub issue 11, round 24: dev r17-ti-029, "... the refugees staying in Pakistan
are illegal as they have not been registered"). "Police detained 40 Afghan refugees because
they had no documents" says of the refugees what "... for lacking documents" says. The group
referred to is the only one named before "they" in its sentence; two groups, or other people on
the way, leave it unknown, and papers affirmed deny nothing.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Officers held 25 Afghan refugees in Peshawar because they carried no valid documents.",
        "Dozens of Afghan refugees were sent to a holding centre, as they lacked legal papers.",
        "Thousands of Afghan refugees cannot open bank accounts since they have not been "
        "registered.",
        # papers to stay are the people's status, in a clause of cause or a back-reference
        "Officers held 25 Afghan refugees because they had no papers to stay in the country.",
        "Some 25 Afghan refugees were detained in Peshawar. These detained individuals lacked any "
        "legal documents to remain in Pakistan.",
    ],
)
def test_a_denial_in_a_clause_of_cause(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # papers affirmed, or the lack is the group's own
        "Officers released 25 Afghan refugees in Peshawar because they had valid documents.",
        "Officers held 25 undocumented Afghans in Peshawar because they had no valid documents.",
        # two groups before the pronoun, or other people named on the way
        "Officers held 25 Afghan refugees and 10 undocumented Afghans because they had no valid "
        "documents.",
        "Afghan refugees sheltered the migrants because they had no documents.",
        "Afghan refugees helped people in the camp because they had no documents.",
        # papers that lapsed, or papers for one purpose
        "Afghan refugees whose cards expired were detained because they had no valid documents.",
        "Afghan refugees were turned away because they had no documents to prove ownership.",
        # a clause of time, no papers denied
        "Afghan refugees were stopped as they crossed the checkpoint.",
    ],
)
def test_clean_clauses_of_cause(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
