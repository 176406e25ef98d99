"""NL301 and NL302 through a source's report inside a group's relative clause (GitHub issue 11).

"Afghan refugees that Pakistan says are in the country illegally", also with no relative
pronoun ("1.7 million Afghan refugees it says are living illegally", "the Afghan refugees it
deems illegal"): what the report says of the people is said of the group as the relative
clause's own verb would say it, both for
NL301 (the refugees given the undocumented's lack) and for NL302 (the group a number counts
is read from the restriction). A source longer than a few words or a verb that is no report
("refugees who Pakistan wrongly calls illegal", "refugees that Pakistan hosts") is left as is.

The sentences are invented; the groups and figures are the ledger's.
"""

import pytest

from .test_categories_reading import PHASE1, found

REPORTED = (
    "Afghan refugees that Pakistan says are in the country illegally must leave.",
    "Afghan refugees who officials claim have no valid documents were detained.",
    "Police rounded up Afghan refugees whom the government considers to be undocumented.",
    "Afghan refugees who the interior ministry said were living illegally face arrest.",
)


@pytest.mark.parametrize("text", REPORTED)
def test_a_reported_denial_in_the_groups_relative(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


def test_a_reported_restriction_names_the_counted_group(seed_corpus):
    # 1.5 million is the registered refugees' size, given to people said to stay illegally
    text = (
        "Nearly 1.5 million Afghan refugees that Pakistan says are in the country illegally "
        "were told to leave by November 1."
    )
    assert found(seed_corpus, text, PHASE1) == ["NL301", "NL302"]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan refugees that Pakistan says are registered may stay.",
        "Afghan refugees who officials say must leave were moved to camps.",
        "Afghan refugees that Pakistan hosts are in the country legally.",
        "Undocumented Afghans that Pakistan says are in the country illegally must leave.",
        "Afghan refugees that Pakistan says are in the country legally may stay.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []


CONTACT = (
    "Pakistan told 1.7 million Afghan refugees it says are living illegally to leave.",
    "Islamabad has expelled nearly 800,000 Afghan refugees it deems illegal.",
    "Pakistan will not stop deporting the Afghan refugees it says are undocumented.",
    "Police detained Afghan refugees they claimed had no valid documents.",
    "The drive targets Afghan refugees the government regards as illegal immigrants.",
)
"""A report with no relative pronoun (a contact clause), and a classing view with no verb."""


@pytest.mark.parametrize("text", CONTACT)
def test_a_reported_denial_with_no_relative_pronoun(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == ["NL301"]


@pytest.mark.parametrize(
    "text",
    [
        # a comma sets the report apart: it says nothing of the group
        "Pakistan deported Afghan refugees, it says, to protect the border.",
        "UNHCR urged Pakistan to protect Afghan refugees it says face persecution at home.",
        "Pakistan announced plans to deport Afghan migrants it said were in the country illegally.",
        "Pakistan hosts Afghan refugees it deems registered.",
        "Islamabad has expelled nearly 800,000 Afghans it deems illegal.",
    ],
)
def test_contact_clause_look_alikes_stay_silent(seed_corpus, text):
    assert found(seed_corpus, text, PHASE1) == []
