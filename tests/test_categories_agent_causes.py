"""NL301 on a lack of papers given as the cause of what is done to a group, past the doer of a
passive verb (GitHub issue 11, round 24: dev r23-cc-014, "these Afghan refugees have been
arrested by <a force> for not having legal documents"). The doer ("by the local police",
"by the province's counter-terrorism department") is not who the cause is said of: the
passive's subject, the group, is. A doer that is no plain noun phrase (a verb of its own,
"by police searching for ...") keeps the search from going on, a cause that is no lack of the
people's own papers stays silent as before, and so does a group restricted by a "whose" clause
of lapsed papers ("refugees whose cards expired were detained for ...", as with its commas).

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Sixty Afghan refugees were detained by the city police for not having valid papers.",
        "Dozens of Afghan refugees were rounded up by Punjab's counter-terrorism department "
        "for lacking proper documentation.",
        "The refugees had been picked up by the provincial anti-narcotics force due to a lack "
        "of legal documents.",
    ],
)
def test_a_cause_past_a_passives_doer(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # the doer has a verb of its own: the cause may be of others
        "Dozens of Afghan refugees were rounded up by police searching for people without "
        "documents.",
        # the cause is no lack of the people's papers, or of another kind of paper
        "Afghan refugees were praised by officials for helping people without documents.",
        "Sixty Afghan refugees were detained by the city police for not carrying their PoR cards.",
        "Sixty Afghan refugees were detained by the city police for not having work permits.",
        # papers that lapsed: a "whose" clause restricts the group (as with its commas)
        "Afghan refugees whose cards expired were detained by the city police for lacking "
        "documents.",
        "Afghan refugees whose cards expired were detained for not having valid papers.",
        # a group whose lack it is
        "Sixty undocumented Afghans were detained by the city police for not having valid papers.",
    ],
)
def test_clean_causes_past_a_doer(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
