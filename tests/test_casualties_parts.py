"""NL201: counts that are parts of an attributed total share its source (round 8, hunter-c).

A total spread over an area ("across the province", "nationwide") goes on by place without
repeating its source; each place's count is a part of it while the places add up to no more
than the total. Invented sentences only (never a passage of the news sets): paraphrases that
must stay silent, and look-alikes that must keep their finding.
"""

import pytest

from .casualties_support import fires

# ---------------------------------------------------------------------------------------------
# A breakdown by place after a credited total


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed 120 people across the province over the past week, the PDMA said. "
        "In Swat district, 40 people died.",
        "Heavy rains have claimed 86 lives across the country since Sunday, according to the "
        "NDMA. In Chitral, landslides buried a village and killed 23 people.",
        "Overnight strikes killed at least 11 people across the region, officials said. In "
        "Kharkiv, five deaths were confirmed. Additionally, four people died in Odesa.",
        "The disaster authority said 300 people had died in the monsoon rains nationwide. In "
        "the Dir district, 45 lives were lost to flash floods.",
        "The PDMA reported that the deceased include 150 men and 20 children across the "
        "province. In the Swat district, rescuers evacuated 900 people, though 18 lives were "
        "lost.",
    ],
)
def test_a_place_after_a_credited_total_over_an_area_is_its_part(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strikes on villages in south Lebanon killed at least {n} medics on Saturday, "
        "the health ministry said. A strike in the town of Kfartebnit killed one medic.",
        "Drone attacks on towns in the north killed {n} civilians, the ministry said. In "
        "Kharkiv, one person was killed.",
        "Clashes in several districts of Kurram killed {n} people, police said. In Parachinar, "
        "two people died.",
        "Floods in the northern areas killed {n} people, the NDMA said. In Gilgit, two died.",
    ],
)
def test_a_place_after_a_credited_total_over_places_is_its_part(seed_corpus, text):
    """Hunt r9 draft 082: places named in the plural spread the total as "across" does."""
    for n in (5, 12, 40):
        assert fires(seed_corpus, text.format(n=n)) == [], text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one village: a single place's toll, no area to break down
        (
            "A strike on a village near Tyre killed 12 people, the ministry said. In "
            "Kfartebnit, two medics were killed.",
            ["two medics were killed"],
        ),
        # places in the plural, but the place's count is larger than the total
        (
            "Strikes on villages in the south killed five people, the ministry said. In "
            "Kfartebnit, nine people were killed.",
            ["nine people were killed"],
        ),
        # places in the plural, but a time of its own
        (
            "Strikes on villages in the south killed 12 people, the ministry said. In "
            "Kfartebnit, two people were killed on Monday.",
            ["two people were killed"],
        ),
        # places in the plural, but added to the total
        (
            "Strikes on villages in the south killed 12 people, the ministry said. In "
            "Kfartebnit, two more people were killed.",
            ["two more people were killed"],
        ),
    ],
)
def test_a_place_that_is_no_part_of_a_total_over_places(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a single incident's toll is no sum of other places' counts
        (
            "A bomb killed 12 people in Quetta, police said. In Bannu, three soldiers were killed.",
            ["three soldiers were killed"],
        ),
        # a total with no area its places could break down
        (
            "Floods killed 120 people in the past week, the PDMA said. In Swat, 40 people died.",
            ["40 people died"],
        ),
        # the places add up to more than the total
        (
            "Floods killed 50 people across the province, the PDMA said. In Swat, 30 people "
            "died. In Dir, 25 people died.",
            ["25 people died"],
        ),
        # added to the total, larger than it, or a time or incident of its own
        (
            "Floods killed 50 people across the province, the PDMA said. In Swat, 12 more "
            "people died.",
            ["12 more people died"],
        ),
        (
            "Floods killed 50 people across the province, the PDMA said. In Swat, 80 people died.",
            ["80 people died"],
        ),
        (
            "Floods killed 50 people across the province, the PDMA said. In Swat, 12 people "
            "died on Monday.",
            ["12 people died"],
        ),
        (
            "Floods killed 50 people across the province, the PDMA said. Separately, 12 people "
            "died in a road accident in Dir.",
            ["12 people died"],
        ),
    ],
)
def test_a_place_that_is_no_part_of_the_total_needs_its_own_source(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Swat bore the brunt of the floods, with 40 fatalities. The PDMA said the dead include "
        "120 men and 15 children across the province.",
        "Swat bore the brunt of the floods, with 40 fatalities. The PDMA reported that the "
        "deceased include 120 men and 15 children.",
    ],
)
def test_a_breakdown_after_a_count_is_no_rival_figure(seed_corpus, text):
    """ "the dead include 120 men" gives a part of a total, not a larger rival one."""
    assert fires(seed_corpus, text) == []


# ---------------------------------------------------------------------------------------------
# An exact figure inside a credited lower bound


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to over 50. The health ministry confirmed that 53 people had died.",
        "More than 2,200 people were killed in the earthquake. A government spokesman confirmed "
        "the death toll had risen to 2,205.",
        "At least 40 people died in the floods. Officials said the toll stood at 43.",
        "Over 100 people were killed in the blast. Police said 104 bodies had been recovered.",
    ],
)
def test_an_exact_figure_a_lower_bound_rounds_down_is_the_same_toll(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bound that is no rounding, or a figure beyond its rounding
        (
            "At least 63 people were killed in the attack. Residents, however, said the toll "
            "had crossed 75.",
            ["At least 63 people were killed"],
        ),
        (
            "More than 100 people were killed in the blast. Residents said 150 people had died.",
            ["More than 100 people were killed"],
        ),
        (
            "More than 2,200 people were killed in the earthquake. Officials said the toll had "
            "risen to 2,350.",
            ["More than 2,200 people were killed"],
        ),
        # an upper bound is no floor
        (
            "Nearly 50 people died in the floods. Officials said 53 people had died.",
            ["Nearly 50 people died"],
        ),
    ],
)
def test_a_figure_beyond_a_rounded_bound_is_a_rival(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


# --- a toll with a figure of its own after attributed counts: a new or rival total (round 9,
# dev news-r8-cc-062) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "While Kabul has officially confirmed 14 deaths, the group claims that at least 80 "
            "fighters have been killed. Given the scale of the fighting, the actual death toll "
            "is likely between 25 to 40.",
            ["death toll is likely between 25 to 40"],
        ),
        (
            "Police said 12 people were killed in the blast. The toll stood at 15 by evening.",
            ["toll stood at 15"],
        ),
        (
            "Rescue officials said nine labourers died in the collapse. Given the number still "
            "missing, the real death toll is likely 20.",
            ["death toll is likely 20"],
        ),
        (
            "Police said 12 people were killed and 20 injured in the blast. The toll of injured "
            "stood at 25.",
            ["toll of injured stood at 25"],
        ),
        (
            "Police said more than 50 people were killed in the blast. The death toll stands at "
            "75.",
            ["death toll stands at 75"],
        ),
    ],
)
def test_a_toll_of_its_own_after_attributed_counts_needs_a_source(seed_corpus, text, found):
    assert fires(seed_corpus, text) == found


@pytest.mark.parametrize(
    "text",
    [
        # the same toll, or the sum of the counts before it
        "Police said 12 people were killed in the blast. The death toll is 12.",
        "Officials said 12 soldiers and 8 civilians were killed in the attack. The death toll "
        "stands at 20.",
        # an exact figure that the round lower bound before it rounds down
        "Police said more than 50 people were killed in the blast. The death toll stands at 53.",
        # a part of the toll, not a total
        "The ISPR said 12 terrorists were killed in the operation. The death toll among "
        "soldiers was four.",
        "Police said 40 people were killed in the blast. The death toll includes five children.",
        "The think tank's report documented 120 attacks in May, resulting in 210 fatalities. "
        "Among the dead were 64 soldiers and 51 civilians.",
        # a count that is no toll stays a part of the attributed one
        "The death toll rose to eight, the military said. The attack claimed the lives of two "
        "soldiers.",
    ],
)
def test_a_toll_that_repeats_sums_or_breaks_down_the_count_before_shares_its_source(
    seed_corpus, text
):
    assert fires(seed_corpus, text) == []
