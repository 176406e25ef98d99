"""NL201: a count whose people are described by what they were doing, with its object ("two
police officers guarding polio vaccinators going door-to-door in the north were shot dead")
(GitHub issue 11).

An "-ing" word right after the counted people's noun opens their phrase ("officers guarding
…", "workers building …"), however long it runs before the count's own verb; a toll told so,
with no source, is unattributed (news-r21-cc-028's class: a toll of an earlier attack after a
sentence about another blast). A verb of the people's own clause inside that phrase ("officers
guarding the site said …") ends the count's subject: the casualty verb after it is another
subject's.

Invented sentences (never a passage of the news sets).
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Three soldiers escorting a vaccination team through a remote valley in the north"
            " were killed on Tuesday.",
            "Three soldiers escorting",
        ),
        (
            "Nobody has claimed the bombing. Last week, four labourers repairing an irrigation"
            " channel near the border were shot dead.",
            "four labourers repairing",
        ),
        ("Five workers building a school in the district were injured.", "Five workers building"),
    ],
)
def test_a_toll_of_people_described_by_what_they_did_is_read(seed_corpus, text, excerpt):
    assert any(excerpt in found for found in fires(seed_corpus, text))


@pytest.mark.parametrize(
    "text",
    [
        # credited: the same shape with its source
        "Three soldiers escorting a vaccination team through a remote valley were killed, the"
        " army said.",
        # the people's own verb: the casualty verb after it is another subject's
        "Two guards manning the gate said the attackers were killed.",
        "Two guards manning the gate fired at the attackers, who were killed.",
        # no casualty at all
        "Four labourers repairing an irrigation channel near the border were arrested.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []


def test_a_compound_adjective_in_the_phrase_is_no_verb_of_its_own(seed_corpus):
    text = "Six engineers repairing a donor-funded power line were killed."
    assert any("Six engineers repairing" in found for found in fires(seed_corpus, text))
