"""How real reporting gives deadlines (issue 11, item 3), which group and which setter: the
people a date is for (named by a document, an adverb, "for"), the place or capital that sets the
order, and attribution that is no purpose of the deadline. Paraphrased drafts with look-alikes,
against the seed ledger."""

import pytest

from .deadlines_support import claims, reported

# ---------------------------------------------------------------------------------------------
# Which group: the adverb of a group's modifier, read back past an aside


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has ordered Afghans living in the country irregularly to leave by December 1.",
        "Afghans it says are living in the country illegally must leave by December 1.",
        "Islamabad told Afghans that officials say are staying in Pakistan unlawfully to go by "
        "December 1 or face arrest.",
        "Every migrant residing irregularly in Pakistan has to leave by December 1, the "
        "ministry said.",
    ],
)
def test_people_living_in_the_country_irregularly(seed_corpus, text):
    """The undocumented's order is recorded for 1 November 2023."""
    assert [code for code, _, _ in reported(seed_corpus, text, "2023-10-25")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has ordered Afghans living in the country irregularly to leave by November 1.",
        "Afghans it says are living in the country illegally must leave by November 1.",
        # a registered refugee living here legally is not the undocumented
        "Afghans the government says are living in the country legally must renew by December 1.",
        "Refugees who arrived early, and who sold their homes quickly, left by December 1.",
    ],
)
def test_people_living_in_the_country_irregularly_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2023-10-25") == []


# ---------------------------------------------------------------------------------------------
# Attribution: "according to officials" is not a purpose of the deadline's own


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders were ordered to leave. Those who failed to go by March 20 face arrest, "
        "according to police officials.",
        "ACC holders were ordered to leave. The deadline is March 20, according to interior "
        "ministry officials.",
        "ACC holders were ordered out. Those still here after March 20 will be deported due to "
        "security concerns.",
    ],
)
def test_according_to_is_not_a_foreign_purpose(seed_corpus, text):
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-04-08")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders were ordered to leave. The deadline is March 31, according to officials.",
        "ACC holders were ordered to leave. The deadline to apply for visas is March 20, "
        "according to officials.",
    ],
)
def test_according_to_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-04-08") == []


# ---------------------------------------------------------------------------------------------
# Which place: a capital that sets an order is the government, not the city


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad has ordered ACC holders to leave the country by March 20.",
        "Islamabad announced that ACC holders must leave Pakistan by March 20.",
        "In early March Islamabad set March 20 as the deadline for ACC holders to go home.",
    ],
)
def test_a_capital_that_sets_an_order_is_the_government(seed_corpus, text):
    # "In early March" is read too, as a window of days (an event date, never compared)
    (claim,) = [c for c in claims(seed_corpus, text, "2025-03-10") if c.role == "deadline"]
    assert claim.place != "Islamabad and Rawalpindi"
    assert [p.id for p, _ in claim.candidates] == ["ifrp_phase2_acc"]
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-03-10")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "All Afghans without valid visas must leave Islamabad by March 31.",
        "Afghans without valid visas in Islamabad have until March 31 to relocate.",
        "Islamabad is home to thousands of Afghans without valid visas, who must go by March 31.",
    ],
)
def test_a_capital_that_sets_an_order_look_alikes(seed_corpus, text):
    """The city named as where the order applies keeps its own (disputed) deadline."""
    (claim,) = claims(seed_corpus, text, "2025-02-22")
    assert claim.place == "Islamabad and Rawalpindi"
    assert reported(seed_corpus, text, "2025-02-22") == []


# ---------------------------------------------------------------------------------------------
# Which place: a local order's place named in the sentence before


TWIN = "All Afghans must leave Rawalpindi and Islamabad by February 28, officials said."


@pytest.mark.parametrize(
    "second",
    [
        " ACC holders will be relocated to other cities by March 31.",
        " The documents say ACC holders must be shifted to other cities by March 31.",
        " ACC holders, however, have until March 31 to relocate.",
    ],
)
def test_a_local_orders_place_named_in_the_sentence_before(seed_corpus, second):
    """The ledger records both 28 February and 31 March for the twin cities' order (the
    sources disagree): the draft gives both for it."""
    found = reported(seed_corpus, TWIN + second, "2025-02-22")
    assert found == [("NL102", "warning", "March 31")]


@pytest.mark.parametrize(
    "second",
    [
        " ACC holders will be relocated to other cities by February 28.",
        # another paragraph, or a place of its own: not the twin cities' order
        "\n\nACC holders will be relocated to other cities by March 31.",
        " ACC holders in Quetta will be relocated to other cities by March 31.",
    ],
)
def test_a_local_orders_place_look_alikes(seed_corpus, second):
    assert reported(seed_corpus, TWIN + second, "2025-02-22") == []


# ---------------------------------------------------------------------------------------------
# Who sets the deadline: a possessive names the setter only when it owns an order, a deadline
# or an authority ("Iran's deadline"), not a thing of a place ("Punjab's border points").


@pytest.mark.parametrize(
    "opening",
    [
        "Repatriation began through Khyber Pakhtunkwa's border crossings",
        "Returns picked up at Chaman's border point",
        "The second phase started at Torkham's crossing",
    ],
)
def test_a_places_possessive_thing_is_not_the_deadlines_setter(seed_corpus, opening):
    wrong = (
        f"{opening} after the deadline given to ACC holders to leave Pakistan by April 14, 2025."
    )
    assert [code for code, _, _ in reported(seed_corpus, wrong, "2025-04-20")] == ["NL101"]
    right = wrong.replace("April 14", "March 31")
    assert reported(seed_corpus, right, "2025-04-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran's deadline for undocumented Afghans to leave expires on March 20.",
        "Germany's new deportation rules give undocumented Afghans until March 20 to leave.",
        "Turkey's interior ministry told Afghans without papers to leave by March 20.",
    ],
)
def test_a_possessive_that_owns_an_order_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-03-01") == []


# ---------------------------------------------------------------------------------------------
# Group resolution: the people a deadline noun is "for" are its group, whatever other groups
# the clause names in an adjunct ("In addition to …", "Besides …"); a "for" phrase naming two
# groups keeps both.


@pytest.mark.parametrize(
    "text",
    [
        "In addition to undocumented Afghans, the government has also set a March 31 deadline "
        "for registered refugees holding PoR cards to exit Pakistan.",
        "Besides illegal foreigners, officials announced a March 31 deadline for PoR card "
        "holders to leave.",
    ],
)
def test_the_group_a_deadline_is_for(seed_corpus, text):
    (claim,) = claims(seed_corpus, text, "2025-03-20")
    assert claim.groups == ("por",)


def test_the_group_a_deadline_is_for_look_alike(seed_corpus):
    text = (
        "Officials set a March 31 deadline for undocumented Afghans awaiting resettlement in a "
        "third country to leave."
    )
    (claim,) = claims(seed_corpus, text, "2025-03-20")
    assert claim.groups == ("third_country", "undocumented")
