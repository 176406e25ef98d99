"""NL201: a credited sentence after a count that tells what the people counted were doing
when hit ("Police said the men had been escorting a vaccination team") or that more deaths are
feared speaks of those very people, so it sources the count (round 14's hunt, F1); the same
words with no credit, of other people, of some of them or of their condition do not. After a
count of "people", which names no one, a definite noun of people other than the attackers
("the labourers", "the men") names them (found probing, round 17), and "had gone (gathered)
to …" tells what they were doing.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

TOLL = "Three policemen were killed on Tuesday when a bomb hit their van near the market."


@pytest.mark.parametrize(
    "credit",
    [
        "Police said the men had been escorting a vaccination team.",
        "The police stated that the personnel were going to guard polio workers.",
        "An official said the policemen were on their way to the district court.",
        "Police said the officers were deployed for security of a rally.",
        "Police said more deaths were feared.",
        "More casualties were expected, police warned.",
    ],
)
def test_a_credited_account_of_the_counted_people_sources_the_count(seed_corpus, credit):
    assert fires(seed_corpus, f"{TOLL} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        # no credit
        "The men had been escorting a vaccination team.",
        # other people
        "Police said the attackers were hiding in a nearby field.",
        # some of them, or their condition
        "Police said most of the men were returning from leave.",
        "Police said the men were being treated at a hospital.",
        # another incident
        "Police said another blast hit a bus stand in the city.",
    ],
)
def test_other_follow_ups_leave_the_count_unsourced(seed_corpus, credit):
    assert "Three policemen were killed" in fires(seed_corpus, f"{TOLL} {credit}")


PEOPLE = "Twelve people were killed when gunmen attacked a road project in the valley."


@pytest.mark.parametrize(
    "credit",
    [
        # a count of "people" names no one: a definite noun of people names them
        "Police said the labourers were working on a new bridge for the district.",
        "The police said the men were travelling home from a wedding in a car.",
        # what they had gone or gathered to do
        "According to the police, the victims had gone to the market to buy groceries.",
    ],
)
def test_a_count_of_people_is_named_by_who_they_were_doing_what(seed_corpus, credit):
    assert fires(seed_corpus, f"{PEOPLE} {credit}") == [], credit


@pytest.mark.parametrize(
    "credit",
    [
        # the attackers, not the counted
        "Police said the gunmen were wearing masks and uniforms.",
        "Police said the suspects were hiding in a nearby field.",
        # a count of other people than "people": the labourers are not policemen
        None,
    ],
)
def test_other_people_still_leave_a_count_of_people_unsourced(seed_corpus, credit):
    if credit is None:
        text = f"{TOLL} Police said the labourers were working on the road nearby."
        assert "Three policemen were killed" in fires(seed_corpus, text), text
    else:
        assert "Twelve people were killed" in fires(seed_corpus, f"{PEOPLE} {credit}"), credit
