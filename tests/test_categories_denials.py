"""NL301 and NL302 on real reporting's sentences (GitHub issue 11, round 10).

Denials: a group's own papers denied by a negation ("refugees who are not registered",
"refugees have not been granted legal status"), an adverb of the undocumented before an
adjective of staying ("illegally resident Afghan refugees"), and the clean look-alikes: another
group's papers denied, a classing, a denial of illegality, an adjective that is part of a noun.

The sentences are invented; the figures and groups are the ledger's. Shared helpers live in
:mod:`tests.test_categories_reading`.
"""

import pytest

from .test_categories_reading import PHASE1, found

NEGATED_PAPERS = (
    "Officials said 300,000 Afghan refugees are not registered with the commissionerate.",
    "Afghan refugees who are not registered will be deported, the minister said.",
    "Many Afghan refugees in Karachi have not been granted legal status.",
    "Police said the refugees were not documented.",
    "Refugees who have not been given any legal documents face arrest.",
    "He said that the Afghan refugees are not yet registered in Sindh.",
    "The refugees, who were never formally registered, were detained in Quetta.",
)


@pytest.mark.parametrize("text", NEGATED_PAPERS)
def test_a_group_denied_its_own_papers(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # another group's papers, a whole group named after the negation, a classing
        "ACC holders are not registered, officials said.",
        "Undocumented Afghans are not registered anywhere.",
        "ACC holders are not registered refugees.",
        "Afghan refugees are not registered as voters.",
        # a denial of illegality, and an adjective that is part of another noun
        "Afghan refugees are not illegal, the court said.",
        "Afghan refugees are not legal experts.",
        "Afghan refugees who are not registered voters cannot vote.",
        # the papers themselves affirmed, or given
        "Afghan refugees are registered with the commissionerate.",
        "Refugees who have been granted legal status may stay.",
    ],
)
def test_clean_negations_of_papers(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of the undocumented before "resident", as before "residing"
        ("On the deportation of illegally resident Afghan refugees, police were told to wait.",
         ["NL301"]),
        ("Unlawfully resident Afghan refugees in Karachi were detained.", ["NL301"]),
        ("On the deportation of illegally resident Afghans, police were told to wait.", []),
        ("Unlawfully resident foreigners in Karachi were detained.", []),
        ("Legally resident Afghan refugees in Karachi may stay.", []),
    ],
)  # fmt: skip
def test_an_adverb_before_resident(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare head's relative clause with an adjective of the undocumented names the group
        # the number counts: another group's figure given to them is NL302's
        ("An estimated 1.3 million Afghan refugees who are unregistered have been told to "
         "leave.", ["NL301", "NL302"]),
        ("Some 1.4 million Afghan migrants who are undocumented must leave by November 1.",
         ["NL302"]),
        # their own size: the wording is NL301's only; a plain group, or papers affirmed
        ("Some 1.73 million Afghan refugees who are unregistered must leave.", ["NL301"]),
        ("Some 1.7 million Afghan migrants that are undocumented must leave.", []),
        ("Some 1.3 million Afghans who are registered may stay.", []),
    ],
)  # fmt: skip
def test_a_relative_adjective_names_the_counted_group(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the group counted after its comma, or a quantifier after "with", acted on
        # for a lack of papers: said of people the group's noun names
        ("The police detained 800 Afghan refugees in Islamabad, out of which 375 face "
         "deportation due to a lack of proper documentation.", ["NL301"]),
        ("The police detained 800 Afghan refugees, of whom 375 face deportation for not "
         "having valid papers.", ["NL301"]),
        ("The police detained 800 Afghan refugees, many of whom face deportation due to a "
         "lack of documents.", ["NL301"]),
        # past a part of a named place ("in the suburbs of Islamabad")
        ("Police held 300 Afghan refugees in the outskirts of Peshawar, of whom 120 face "
         "deportation due to the lack of valid documents.", ["NL301"]),
        ("Police held 300 Afghan refugees in the city of Karachi without valid documents.",
         ["NL301"]),
        ("Police detained Afghan refugees, with many facing deportation because of a lack of "
         "legal documentation.", ["NL301"]),
        # people of no group or of the undocumented, another cause, another group's papers
        ("The police detained 800 Afghans, out of which 375 face deportation due to a lack of "
         "documentation.", []),
        ("The police detained 800 undocumented Afghans, of whom 375 face deportation due to a "
         "lack of documents.", []),
        ("The police detained 800 Afghan refugees, out of which 375 were released due to a "
         "lack of evidence.", []),
        ("The police detained 800 ACC holders, of whom 375 face deportation due to expired "
         "cards.", []),
        ("Police detained Afghan refugees, with many released due to the end of the "
         "operation.", []),
    ],
)  # fmt: skip
def test_a_counted_part_acted_on_for_a_lack_of_papers(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crossing's papers (passport, visa) denied: residence papers holders lack them too
        ("The refugees had no valid travel documents.", []),
        ("Afghan refugees who did not have travel documents were turned back at Torkham.", []),
        ("The Afghan refugees were stopped at Chaman without proper travel documents.", []),
        ("Police said the refugees lacked travel documents.", []),
        # residence papers, or identity papers listed after travel papers, are still denied
        ("The refugees had no valid documents.", ["NL301"]),
        ("Afghan refugees who did not have legal documents were detained in Karachi.", ["NL301"]),
        ("Police said the refugees lacked travel or identity documents.", ["NL301"]),
    ],
)
def test_travel_papers_are_not_residence_papers(seed_corpus, text, expected):
    assert found(seed_corpus, text, PHASE1) == expected
