"""NL301 on a denial of papers put before its subject (GitHub issue 11, round 24: dev
r23-cc-042, "... Afghan refugees have crossed the border into Pakistan ... Without official
documentation they are shut out of schools and employment"). A sentence opened by "without
documents", "lacking papers" or "with no papers" says of its subject, a group named right
after it or a "they" referring back to one, what "refugees without documents" says. A
subject whose verb is one of what might be ("would", "can", "face") makes the opening a
condition: no denial of the papers the people hold.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found


@pytest.mark.parametrize(
    "text",
    [
        "Without legal documents, Afghan refugees in Karachi are turned away from hospitals.",
        "Lacking valid papers, many Afghan refugees work as day labourers.",
        "With no valid documents, the Afghan refugees were held at a police station.",
        "Pakistan hosts about 1.3 million Afghan refugees. Without proper documentation they "
        "live in constant fear of arrest.",
        "Some 1.3 million Afghan refugees live in Pakistan. But lacking legal papers, they "
        "were refused bank accounts.",
    ],
)
def test_a_denial_before_its_subject(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a condition: the subject's verb says what might be
        "Without valid documents, Afghan refugees would face arrest.",
        "Without valid documents, Afghan refugees face arrest.",
        "Pakistan hosts about 1.3 million Afghan refugees. Without valid papers they cannot "
        "open bank accounts.",
        # a group whose lack it is, or no papers at all
        "Without documents, undocumented Afghans live in fear of arrest.",
        "Without delay, Afghan refugees were moved to the camps.",
        "Pakistan hosts about 1.3 million Afghan refugees. Without their help, they could not "
        "rebuild.",
        # two groups before the pronoun: which one is meant is unknown
        "Pakistan hosts 1.3 million Afghan refugees and 800,000 undocumented Afghans. Without "
        "papers they live in fear.",
    ],
)
def test_clean_openings_before_a_group(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
