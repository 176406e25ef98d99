"""NL201 and round 8's hunt on fresh news: who is credited, and which number is the count.

Each class is tested with invented sentences (never a passage of the news sets): paraphrases
that must keep their judgment, and clean look-alikes that must keep the other one.
"""

import pytest

from .casualties_support import fires

# ---------------------------------------------------------------------------------------------
# A party claiming its own toll: "claims to have killed", "claimed its troops killed"


@pytest.mark.parametrize(
    "text",
    [
        "The army claims to have killed 40 militants near the border.",
        "The Taliban claimed to have killed 58 Pakistani soldiers in the overnight clashes.",
        "Islamabad claims to have eliminated 35 fighters since the operation began.",
        "The army claimed its troops killed 133 fighters in the clashes.",
        "Pakistan claimed its military eliminated 133 Taliban members and wounded hundreds.",
        "The rebels claimed their fighters shot dead 17 soldiers at the checkpoint.",
        "Kabul claimed its border forces neutralised 20 attackers overnight.",
    ],
)
def test_a_party_claiming_its_own_toll_is_credited(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # responsibility for an attack is no toll
        (
            "The group claims to have carried out the attack that killed 12 people.",
            "killed 12 people",
        ),
        # an event "claiming" victims names no source
        (
            "The flood claimed its first victims in the valley, where 14 people drowned.",
            "14 people drowned",
        ),
        (
            "The blast claimed their lives and injured 20 others.",
            "injured 20 others",
        ),
        (
            "The attack, which claimed its heaviest toll in the market, killed 25 people.",
            "killed 25 people",
        ),
    ],
)
def test_a_claim_of_no_toll_credits_nothing(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


# ---------------------------------------------------------------------------------------------
# Another noun's number beside a casualty word is not the count


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "At least 20 people were killed and 30 injured as two vehicles exploded near the gate.",
            "30 injured",
        ),
        (
            "Nine soldiers died and 14 wounded as three rockets hit the camp.",
            "14 wounded",
        ),
        (
            "Gunmen killed 11 passengers and injured 25 as two buses were stopped on the road.",
            "injured 25",
        ),
    ],
)
def test_a_clause_after_as_keeps_its_number_to_itself(seed_corpus, text, excerpt):
    found = fires(seed_corpus, text)
    assert excerpt in found
    assert not [f for f in found if " as " in f]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the entries came from two different hospitals, and the actual count "
        "of injured individuals stood at approximately 50.",
        "The clerk said three districts had sent lists, and the total number of dead was "
        "still unknown.",
        "Reports came in from four villages, and the toll of wounded people was rising.",
    ],
)
def test_the_noun_a_figure_counts_is_no_predicate_of_a_number_before_it(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The blast killed as many as 12 people in the market.", "killed as many as 12 people"),
        ("Gunmen wounded as many as 30 worshippers.", "wounded as many as 30 worshippers"),
    ],
)
def test_as_many_as_stays_a_hedge(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


# ---------------------------------------------------------------------------------------------
# A named source passing on the previous statement: "Police officials gave this information."


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled 12 bodies from the rubble. Police officials gave this information.",
        "Nine labourers were shot dead in Kech. Levies officials provided these details.",
        "Six soldiers were martyred in the raid. The ISPR shared this information on Sunday.",
        "Four pilgrims drowned in the river. Deputy Commissioner Asim Raza gave the details.",
        "Eleven people were injured in the blast. The district police officer released this "
        "information late on Monday.",
    ],
)
def test_a_named_source_passing_on_the_statement_covers_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # details of something else
        (
            "Rescuers pulled 12 bodies from the rubble. Police officials gave details of the "
            "compensation package.",
            "12 bodies",
        ),
        # no one named: a passive with no agent
        (
            "Rescuers pulled 12 bodies from the rubble. This information was given to reporters.",
            "12 bodies",
        ),
        # a thing, not a source
        (
            "Rescuers pulled 12 bodies from the rubble. The blast gave no warning.",
            "12 bodies",
        ),
    ],
)
def test_passing_on_something_else_covers_nothing(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


# ---------------------------------------------------------------------------------------------
# A part of the toll the sentence before credits


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to eight, the military said. The attack claimed the lives of two "
        "soldiers on board and left 53 people injured.",
        "Police said 14 people were killed in the blast. Three policemen lost their lives.",
        "At least 20 people died in the stampede, the district administration said. Six "
        "children were killed.",
        "Hospital officials said 30 people were wounded. Nine were injured critically.",
    ],
)
def test_a_smaller_count_after_a_credited_toll_is_its_part(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # added to the toll, not part of it
        (
            "Police said 14 people were killed in the blast. Two more people died in hospital.",
            "Two more people died",
        ),
        (
            "Police said 14 people were killed in the blast. Three policemen were also killed.",
            "Three policemen were also killed",
        ),
        # a time of its own
        (
            "Police said 14 people were killed in the blast. Last week, three people were "
            "killed in a similar attack.",
            "three people were killed",
        ),
        # a place of its own
        (
            "Police said 14 people were killed in the blast. Three people were killed in Kohat.",
            "Three people were killed",
        ),
        # a larger count is no part
        (
            "Police said 14 people were killed in the blast. Forty people were killed.",
            "Forty people were killed",
        ),
    ],
)
def test_a_count_added_or_elsewhere_is_no_part_of_the_toll(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


# ---------------------------------------------------------------------------------------------
# Reports of no one named as a subject: "Initial reports confirmed 45 deaths"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Initial reports confirmed 45 deaths in the attack on the market.", "45 deaths"),
        ("Reports said 17 people were killed in the blast.", "17 people were killed"),
        (
            "The bus plunged into a ravine, and preliminary reports suggested 26 passengers died.",
            "26 passengers died",
        ),
        ("Unconfirmed reports put the toll at 33.", "toll at 33"),
    ],
)
def test_reports_of_no_one_named_credit_nothing(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


@pytest.mark.parametrize(
    "text",
    [
        "Media reports said 17 people were killed in the blast.",
        "Initial reports from the district hospital confirmed 45 deaths.",
        "Official reports said 26 passengers died.",
        "The report said 12 soldiers were martyred in the clash.",
    ],
)
def test_reports_with_a_source_credit_their_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# Counts not read before round 8


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "The injured comprised 83 security forces personnel, 67 civilians and two militants.",
            "injured comprised 83 security forces",
        ),
        (
            "Pakistan targeted militant positions, killing over 200 fighters, while losing 23 "
            "soldiers.",
            "losing 23 soldiers",
        ),
        (
            "Troops stormed the compound and lost four commandos in the fighting.",
            "lost four commandos",
        ),
        (
            "The strike hit a residential compound, with one family losing 18 members.",
            "losing 18 members",
        ),
        ("The family lost 11 members in the landslide.", "lost 11 members"),
    ],
)
def test_the_injured_comprised_and_a_side_losing_its_people_are_counts(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


@pytest.mark.parametrize(
    "text",
    [
        "Losing 12 soldiers would be a blow to the unit's morale.",
        "The commander spoke of the risk of losing 20 troops in a frontal assault.",
        "The party lost 12 members to defections before the vote.",
        "The club is losing 30 members a year.",
        "The ruling coalition lost 14 seats in the election.",
    ],
)
def test_losing_that_counts_no_dead_stays_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# ", with many others injured": the others' predicate, not the count's before the comma


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "The ambush left a death toll of at least 45 to 50 people, with many others injured.",
            "death toll of at least 45",
        ),
        ("The raid killed 30 people, with dozens more wounded.", "killed 30 people"),
        ("Rescuers found 14 people, with several others hurt, in the rubble.", None),
    ],
)
def test_an_absolute_phrase_after_a_count_is_not_its_predicate(seed_corpus, text, excerpt):
    found = fires(seed_corpus, text)
    assert found == ([excerpt] if excerpt else [])


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Twelve people, with two children among them, were killed in the blast.",
            "Twelve people, with two children among them, were killed",
        ),
        (
            "Twelve people with gunshot wounds were killed.",
            "Twelve people with gunshot wounds were killed",
        ),
    ],
)
def test_a_closed_aside_with_with_keeps_the_count(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


# ---------------------------------------------------------------------------------------------
# A party accusing another of the killing gives the count


@pytest.mark.parametrize(
    "text",
    [
        "Kabul accused Pakistan of launching an airstrike in Paktika, killing nine children.",
        "The Taliban government accused Islamabad of bombing a village, killing 14 people.",
        "Police accused the gang of killing six guards during the robbery.",
        "Residents have been accused by officials of lynching two men.",
    ],
)
def test_an_accusation_gives_its_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # the accused, with no accuser named
        ("The group was accused of killing 14 villagers.", "killing 14 villagers"),
        # "the accused" is a noun
        (
            "The accused shot dead two guards of the district jail.",
            "shot dead two guards",
        ),
        # an accusation of no killing, then a toll of its own
        (
            "Islamabad accuses the Taliban of sheltering groups which have executed attacks. "
            "The Taliban deny these claims. October's clashes left over 70 people dead.",
            "left over 70 people dead",
        ),
        # an accusation of something else, then the toll
        (
            "The cleric was accused of blasphemy. A mob killed 12 people in the riot that "
            "followed.",
            "killed 12 people",
        ),
    ],
)
def test_an_accusation_without_accuser_or_of_another_thing_gives_nothing(
    seed_corpus, text, excerpt
):
    assert excerpt in fires(seed_corpus, text)


# ---------------------------------------------------------------------------------------------
# People described by an "-ing" phrase before their casualty word


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "In July 2021, nine engineers working on the World Bank-funded dam were killed in "
            "a suicide bombing.",
            "nine engineers working on the World Bank-funded dam were killed",
        ),
        (
            "Five pilgrims travelling in a hired van from Quetta to Karachi were killed.",
            "Five pilgrims travelling in a hired van from Quetta to Karachi were killed",
        ),
        (
            "Four children playing near the gate of the government primary school were injured.",
            "Four children playing near the gate of the government primary school were injured",
        ),
    ],
)
def test_people_described_by_an_ing_phrase_are_counted(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # the people described are the agents; the count is their object
        (
            "Twelve soldiers fighting in Kurram killed 20 militants.",
            "killed 20 militants",
        ),
    ],
)
def test_agents_described_by_an_ing_phrase_are_no_count(seed_corpus, text, excerpt):
    assert fires(seed_corpus, text) == [excerpt]


def test_people_doing_something_with_no_casualty_word_are_no_count(seed_corpus):
    assert fires(seed_corpus, "Three hundred people living near the dam were moved.") == []


# ---------------------------------------------------------------------------------------------
# "an additional <N>" is a count, as "another <N>" is (round 8, hunter-c 150)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "Follow-up operations neutralized an additional 30 militants.",
            "neutralized an additional 30 militants",
        ),
        (
            "Troops killed an additional 12 terrorists in the raid.",
            "killed an additional 12 terrorists",
        ),
        ("An additional 14 people were injured in the stampede.", "14 people were injured"),
        (
            "The floods claimed an additional nine lives overnight.",
            "claimed an additional nine lives",
        ),
    ],
)
def test_an_additional_number_is_a_count(seed_corpus, text, excerpt):
    assert any(excerpt in found for found in fires(seed_corpus, text))


@pytest.mark.parametrize(
    "text",
    [
        "The government deployed an additional 500 policemen to the area.",
        "An additional 20 ambulances were sent to the hospital.",
    ],
)
def test_an_additional_number_of_no_casualties_is_no_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []


# --- "this number has since risen to …": a figure that refers back to a casualty count is a
# toll (round 9; the r8 hunts' hunter-b 063) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Initial reports confirmed 30 deaths, but this number has since risen to around 40 "
            "as rescue work continues.",
            ["30 deaths", "number has since risen to around 40"],
        ),
        (
            "Police said 30 people died, but this number has since climbed to 42.",
            ["number has since climbed to 42"],
        ),
        (
            "Officials said 45 people were injured. That number later rose to 60.",
            ["number later rose to 60"],
        ),
        (
            "Rescue officials said 18 bodies were recovered. The number has now reached 25.",
            ["number has now reached 25"],
        ),
    ],
)
def test_a_number_referring_back_to_a_count_is_a_toll(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # credited in its own clause
        "Police said 30 people died, but officials said this number has since risen to 40.",
        # the number before it counts no casualties, or nothing comes before it
        "Police said 200 houses were destroyed. The number has since risen to 300.",
        "The number has since risen to 300.",
        "Police said 30 people died in the floods and 200 houses were destroyed. This number "
        "has since risen to 300.",
        # a number of something else
        "Police said 30 people died. The number of houses destroyed has since risen to 50.",
        # no changing total
        "Police said 30 people died. This number is disputed by residents.",
    ],
)
def test_look_alikes_of_a_number_referring_back_stay_silent(seed_corpus, text):
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# A claimed clause whose verb is a past attack verb ("claimed Pakistan struck …, killing"):
# the claim tells the event and reports its toll (round 15 blind, a spokesman's claim)


@pytest.mark.parametrize(
    "text",
    [
        "A Taliban spokesman on Tuesday claimed Pakistani jets bombed two villages in Kunar, "
        "killing nine civilians.",
        "The provincial spokesman claimed the army struck a house near the border, killing "
        "five people.",
        "The group's spokesman claimed drones attacked a wedding party, killing 14 guests.",
        "The Taliban claimed the army killed 12 civilians in the raid.",
    ],
)
def test_a_claimed_attack_told_by_its_verb_credits_its_toll(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # a claim of attacks named as nouns is responsibility, no toll
        ("The TTP claimed several bombings, killing nine civilians.", "killing nine civilians"),
        ("The militants claimed the strikes, killing five people.", "killing five people"),
        ("The TTP claimed the bombing that killed 12 soldiers.", "killed 12 soldiers"),
        ("The group claimed the deadly attack, which killed 12 soldiers.", "killed 12 soldiers"),
    ],
)
def test_claimed_attacks_named_as_nouns_still_credit_nothing(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)
