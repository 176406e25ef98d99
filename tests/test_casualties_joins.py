"""A count joined by "while" to an attributed count shares its source even when the first
count's clause has a subordinate clause of its own without a comma ("… were killed when a
bomber rammed the post, while 12 terrorists were also killed"), and "that one" after a
reporting verb is a count of one ("told reporters that one child was killed"), not a
determiner. Grids cross sources, orders and ledger figures with look-alikes that keep their
judgment (issue 11, keep-right rewrites of the round-6 probe)."""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


SOURCES = ["Officials said", "Police told reporters that", "According to officials,"]
FIRST = [
    "{a} security personnel were killed when a suicide bomber rammed a checkpoint",
    "{a} people died after a bomb exploded in the market",
    "{a} soldiers were martyred as militants stormed the post",
]
SECOND = [
    "while {b} terrorists were also killed by security forces",
    "while {b} others were injured",
    "whereas {b} attackers were killed in the exchange of fire",
]


@pytest.mark.parametrize(("source", "first", "second"), itertools.product(SOURCES, FIRST, SECOND))
def test_a_while_count_after_a_subordinate_clause_shares_the_source(
    seed_corpus, figures, source, first, second
):
    a, b = figures[1], figures[0]
    clause = f"{first.format(a=a)}, {second.format(b=b)}"
    assert fires(seed_corpus, f"{source} {clause}.") == []
    assert fires(seed_corpus, f"{clause[0].upper()}{clause[1:]}, officials said.") == []
    # without a source, both counts fire
    assert len(fires(seed_corpus, f"{clause[0].upper()}{clause[1:]}.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        # another incident after a comma: not the same report
        "Officials said {a} people were killed when a bomb exploded, a week after gunmen "
        "killed {b} others in the town.",
        "Police said the road was closed when the blast occurred, while {b} others were "
        "injured in a separate attack.",
        # a semicolon ends the report
        "Officials said {a} people were killed when a bomb exploded; {b} others died later.",
    ],
)
def test_another_clause_after_a_comma_still_needs_its_own_source(seed_corpus, figures, text):
    a, b = figures[1], figures[0]
    assert fires(seed_corpus, text.format(a=a, b=b)) != []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said that one soldier was martyred, while {b} others were injured.",
        "Police told reporters that one child was also killed, while {b} other civilians were "
        "injured in nearby houses.",
        "The report highlights that one policeman was killed and {b} others were wounded.",
    ],
)
def test_that_one_after_a_reporting_verb_is_an_attributed_count(seed_corpus, figures, text):
    assert fires(seed_corpus, text.format(b=figures[0])) == []


@pytest.mark.parametrize(
    "text",
    [
        # "that one" as a determiner, no source: the counts still fire
        "In that one attack, {b} people were killed.",
        "That one bombing killed {b} people.",
    ],
)
def test_that_one_as_a_determiner_is_no_count(seed_corpus, figures, text):
    found = fires(seed_corpus, text.format(b=figures[1]))
    assert len(found) == 1 and str(figures[1]) in found[0]


# --- Inverted credits and a document that reads out the count -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "{n} terrorists were killed in the operation, claimed the ISPR.",
        "{n} soldiers were killed in the clashes, claimed the Taliban.",
        "{n} people were killed in the blast, the ISPR statement read.",
        "{n} people were killed in the blast, the police statement read.",
    ],
)
def test_an_inverted_claim_or_a_statement_that_reads_credits_the_count(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


@pytest.mark.parametrize(
    "text",
    [
        # "claimed the lives of" is the count, not a source
        "The blast, claimed the lives of {n} people.",
        "The attack claimed the lives of {n} people.",
        # a statement that reads out something else, not at the count's clause
        "{n} people were killed in the blast. The statement read 12 names.",
    ],
)
def test_claimed_the_lives_and_other_readings_still_fire(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []


# --- More words for the dead ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpost, martyring {n} soldiers.",
        "Those killed included {n} soldiers.",
        "Those martyred included {n} policemen and a child.",
        "The army lost {n} soldiers in the clash.",
        "Pakistan lost at least {n} troops in the fighting.",
    ],
)
def test_more_words_for_the_dead_are_counts(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []
        assert fires(seed_corpus, f"{text.format(n=n)[:-1]}, the ISPR said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The party lost {n} members to defections.",
        "The PTI lost {n} seats in the assembly.",
        "Losing {n} soldiers in a day would be a blow.",
        "He lost {n} kg during the march.",
        "Those killed were all from Swat, and {n} families were displaced.",
    ],
)
def test_look_alikes_of_those_words_count_no_dead(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


@pytest.mark.parametrize(
    "text",
    [
        "{n} of them were killed on the spot.",
        "The death count rose to {n}.",
        "The casualty figure climbed to {n} on Monday.",
        "Deaths from the attack stand at {n}.",
        "Gunmen killed the driver and {n} passengers.",
        "The attack killed a policeman and {n} civilians.",
        "Troops sent {n} terrorists to hell.",
    ],
)
def test_further_shapes_of_a_count_are_read(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) != []
        assert fires(seed_corpus, f"{text.format(n=n)[:-1]}, police said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "{n} of them were arrested.",
        "Seven of the dead were children, and {n} families were displaced.",
        "The vote count rose to {n}.",
        "The official figure rose to {n} students enrolled.",
        "Police arrested a suspect and {n} accomplices.",
        "Troops sent {n} people to hospital.",
        "Casualties in the attack were heavy, and {n} houses were destroyed.",
    ],
)
def test_look_alikes_of_further_shapes_count_no_dead(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


# --- A headline's present tense -----------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "# Security forces kill {n} terrorists in North Waziristan",
        "# Gunmen storm post, kill {n} soldiers",
        "# Blast injures {n} in Quetta market",
        "# Troops neutralise {n} khwarij in Bajaur",
    ],
)
def test_a_headline_in_the_present_tense_is_a_count(seed_corpus, figures, headline):
    for n in figures:
        text = headline.format(n=n)
        assert fires(seed_corpus, text) != []
        assert fires(seed_corpus, f"{text}: ISPR") == []
        assert fires(seed_corpus, f"{text}, says ISPR") == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants vowed to kill {n} soldiers for every fighter lost.",
        "They will kill {n} hostages unless the demands are met.",
        "Troops did not kill {n} civilians, the army said, denying the report.",
        "He wants to wound {n} more before he is caught.",
    ],
)
def test_a_base_form_after_to_a_modal_or_a_negation_is_no_count(seed_corpus, figures, text):
    for n in figures:
        assert fires(seed_corpus, text.format(n=n)) == []


def test_a_headline_credit_covers_the_bodys_repeat(seed_corpus, figures):
    n = figures[1]
    text = (
        f"# Security forces kill {n} terrorists in North Waziristan: ISPR\n\n"
        f"Security forces killed {n} terrorists in North Waziristan on Tuesday."
    )
    assert fires(seed_corpus, text) == []
