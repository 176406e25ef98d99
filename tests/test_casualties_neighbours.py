"""NL201 and the sentence after a count (round 7): when its source speaks of the count, and
when it gives another count; and attributions that name no one.

Each class is tested with invented sentences (never a passage of the news sets): paraphrases
that must keep their judgment, and clean look-alikes that must keep the other one.
"""

import pytest

from .casualties_support import fires

# ---------------------------------------------------------------------------------------------
# The next sentence's source tells how the people just counted died


@pytest.mark.parametrize(
    "text",
    [
        "Four labourers were killed in Kech on Monday. The deputy commissioner said the "
        "labourers had been shot dead at close range.",
        "Nine passengers died when the coach was attacked. According to the district police, "
        "the passengers lost their lives before help arrived.",
        "Two constables were martyred in Tank. A police spokesman said the two constables "
        "embraced martyrdom while guarding a vaccination team.",
        "Seven pilgrims were killed in the crash. Rescue officials said all the victims died "
        "on the spot.",
        "The bodies of five miners were recovered near Harnai. Levies officials said the "
        "bodies were found in an abandoned shaft.",
    ],
)
def test_a_source_telling_how_the_counted_people_died_covers_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # who they were is not how many
        (
            "Four labourers were killed in Kech. The deputy commissioner said the labourers "
            "were from Punjab.",
            "Four labourers were killed",
        ),
        # other people dying
        (
            "Four labourers were killed in Kech. Police said the attackers were killed in a "
            "raid the next day.",
            "Four labourers were killed",
        ),
        # what happened to them after, not their deaths
        (
            "Four labourers were killed in Kech. Police said the victims were taken to a "
            "hospital in Turbat.",
            "Four labourers were killed",
        ),
        # bodies found is no predicate of the living
        (
            "Four labourers were killed in Kech. Police said the labourers were found in a field.",
            "Four labourers were killed",
        ),
    ],
)
def test_a_neighbour_about_the_people_but_not_their_deaths_covers_nothing(
    seed_corpus, text, excerpt
):
    assert fires(seed_corpus, text) == [excerpt]


# ---------------------------------------------------------------------------------------------
# The next sentence opens a quotation whose speaker is named where it closes


def test_a_quotation_over_two_sentences_with_its_speaker_at_the_end_covers_the_count(
    seed_corpus,
):
    text = (
        "Five policemen were martyred in Lakki Marwat on Sunday. “Gunmen on a motorcycle "
        "opened fire on five policemen at a checkpoint. They died on the spot,” said the "
        "spokesman of the district police officer."
    )
    assert fires(seed_corpus, text) == []


def test_a_quotation_about_something_else_does_not_cover_the_count(seed_corpus):
    text = (
        "Five policemen were martyred in Lakki Marwat on Sunday. “We will hunt down the "
        "attackers. Our resolve is firm,” said the district police officer."
    )
    assert fires(seed_corpus, text) == ["Five policemen were martyred"]


# ---------------------------------------------------------------------------------------------
# A credit cut from its sentence by a stray full stop


@pytest.mark.parametrize(
    "text",
    [
        "The floods killed 214 people across the province. according to the provincial "
        "disaster management authority.",
        "Twelve people were killed in the blast. According to hospital officials.",
        "Attacks rose last year, leaving 310 people dead. according to a report by a "
        "research centre, an Islamabad-based institute.",
    ],
)
def test_a_credit_standing_alone_after_the_count_covers_it(seed_corpus, text):
    assert fires(seed_corpus, text) == []


def test_an_according_to_sentence_with_a_clause_of_its_own_covers_nothing(seed_corpus):
    # (until round 17 the clause was "the bomb was planted in a rickshaw": how the bomb was
    # set tells the blast itself, tests/test_casualties_told_events.py)
    text = (
        "Twelve people were killed in the blast. According to police, the bomb disposal squad "
        "reached the site an hour later."
    )
    assert fires(seed_corpus, text) == ["Twelve people were killed"]


# ---------------------------------------------------------------------------------------------
# A rival figure in the next sentence is another source's count


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "The toll from the Quetta blast rose to 40. Hospital officials, however, said 52 "
            "people had died.",
            "toll from the Quetta blast rose to 40",
        ),
        (
            "At least 18 people were killed in the market blast. Local elders said the death "
            "toll had crossed 30.",
            "At least 18 people were killed",
        ),
        (
            "Six soldiers were martyred in the raid on Tuesday. The ISPR said 20 terrorists "
            "were killed in several operations across the district this week.",
            "Six soldiers were martyred",
        ),
    ],
)
def test_a_neighbour_giving_a_rival_figure_does_not_cover_the_count(seed_corpus, text, excerpt):
    assert fires(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        # another kind: the same source's figure for the incident
        "At least 18 people were killed in the market blast. Police said 40 others were injured.",
        # the other side of the same fight
        "Six soldiers were martyred in the raid. The ISPR said 20 terrorists were killed in "
        "the exchange of fire.",
        # a part of the count
        "At least 18 people were killed in the market blast. Police said four of the dead "
        "were children.",
        # the same figure
        "At least 18 people were killed in the market blast. Police confirmed that 18 people "
        "had died.",
        # an increment is no total: the new toll has its own source
        "Two more students succumbed to their injuries. The deaths raised the toll to nine, "
        "officials said.",
    ],
)
def test_a_neighbour_with_a_part_an_increment_or_the_other_side_still_covers(seed_corpus, text):
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# Attributions that name no one


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Twelve people were killed in the blast in Kharan, according to initial reports.",
            "Twelve people were killed",
        ),
        (
            "According to unconfirmed reports, 30 people died in the stampede.",
            "30 people died",
        ),
        (
            "Nine soldiers were martyred in the ambush, according to reports.",
            "Nine soldiers were martyred",
        ),
    ],
)
def test_reports_of_no_one_named_attribute_nothing(seed_corpus, text, excerpt):
    assert fires(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in the blast in Kharan, according to media reports.",
        "Twelve people were killed in the blast in Kharan, according to initial reports by "
        "Geo News.",
        "Twelve people were killed in the blast in Kharan, according to official reports.",
        "Twelve people were killed in the blast in Kharan, according to a police report.",
    ],
)
def test_reports_of_a_named_kind_of_source_attribute(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("An attack claimed by the TTP killed nine soldiers in Kurram.", "killed nine soldiers"),
        (
            "The bombing, claimed by the Baloch Liberation Army, killed 11 passengers.",
            "killed 11 passengers",
        ),
        (
            "Fourteen worshippers died in a blast claimed by the Islamic State group.",
            "Fourteen worshippers died",
        ),
    ],
)
def test_an_attack_claimed_by_a_group_is_responsibility_not_a_source(seed_corpus, text, excerpt):
    assert fires(seed_corpus, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Nine soldiers were killed in the attack, a figure claimed by the Taliban.",
        "Nine soldiers were killed in the attack, the Taliban claimed.",
    ],
)
def test_a_count_claimed_by_a_party_is_attributed(seed_corpus, text):
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# Plural tolls


def test_plural_death_tolls_are_read(seed_corpus):
    text = "October was the deadliest month, with death tolls rising to 240 across the country."
    assert fires(seed_corpus, text) == ["death tolls rising to 240"]


def test_attributed_plural_death_tolls_stay_silent(seed_corpus):
    text = "Death tolls rose to 240 across the country in October, the think tank said."
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# A next sentence that opens with another incident lends no source (round 8, hunter-c 184)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "At least two passengers died in a collision near the toll plaza. Separately, at "
            "least two people were killed in a crash on the motorway, police said.",
            ["At least two passengers died"],
        ),
        (
            "Three labourers died when a wall collapsed. Elsewhere, three people drowned in the "
            "river, rescue officials said.",
            ["Three labourers died"],
        ),
        (
            "Four people were killed in the market blast. In another attack, four soldiers were "
            "killed at a checkpost, the military said.",
            ["Four people were killed"],
        ),
    ],
)
def test_a_sentence_about_another_incident_lends_no_source(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # another statement of the same incident still refers back to the count
        "Two passengers died in a collision near the toll plaza. In a separate statement, "
        "police confirmed the death toll.",
        "Two passengers died in a collision near the toll plaza. Police said the two were "
        "killed instantly.",
    ],
)
def test_another_statement_of_the_same_incident_still_covers(seed_corpus, text):
    assert fires(seed_corpus, text) == []
