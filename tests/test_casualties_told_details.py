"""NL201: more credited sentences that speak of the count just given (probed from the r17
blind classes, a credit in the next sentence): who all the people counted were ("Police said
the victims were members of the same family", "the deceased belonged to a local tribe"), the
event told by "was carried out" or a shell that "landed", and the journey of the vehicle the
count's sentence names ("Police said the van was travelling from the town to the city").
Some of them ("most of the victims were members …"), another vehicle, or no credit keep the
finding. Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


CASES = [
    (
        "{a} people were killed when gunmen opened fire on a house in Tank.",
        "Police said the victims were members of the same family.",
    ),
    (
        "{a} people were killed in a gun attack in Tank.",
        "According to police, the deceased belonged to a local tribe.",
    ),
    (
        "{a} policemen were martyred when militants stormed a post in Tank on Monday night.",
        "The attack was carried out with heavy weapons, the district police officer said.",
    ),
    (
        "{a} people were killed in a mortar attack in a village of Bajaur.",
        "Local officials said the shell landed on a house.",
    ),
    (
        "At least {a} people were killed when a passenger van hit a roadside bomb in Kurram.",
        "Police said the van was travelling from the district to the provincial capital.",
    ),
]


@pytest.mark.parametrize(("count", "credit"), CASES)
def test_a_credited_detail_of_the_count_sources_it(seed_corpus, figures, count, credit):
    text = f"{count.format(a=figures[1])} {credit}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # who did it: not the event
        "{a} policemen were martyred when militants stormed a post in Tank. The attack was "
        "carried out by foreign-backed elements, the minister alleged.",
        # some of them
        "{a} people were killed when gunmen opened fire on a house in Tank. Police said most "
        "of the victims were members of the same family.",
        # a vehicle the count's sentence does not name
        "At least {a} people were killed in a roadside blast in Kurram. Police said a second "
        "van was travelling behind.",
        # no credit
        "{a} people were killed when gunmen opened fire on a house in Tank. The victims were "
        "members of the same family.",
    ],
)
def test_some_of_them_another_vehicle_or_no_credit_keeps_the_finding(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires_on(fires(seed_corpus, text), figures[1]), text


CAUSES = [
    (
        "{a} diners were injured in a cylinder explosion at a restaurant in Murree.",
        "Rescue officials said the blast was caused by a gas leak.",
    ),
    (
        "{a} people were killed in a road accident on the motorway near Chakri.",
        "The motorway police said the car hit a stationary truck.",
    ),
]


@pytest.mark.parametrize(("count", "credit"), CAUSES)
def test_a_credited_cause_or_crash_sources_the_toll(seed_corpus, figures, count, credit):
    text = f"{count.format(a=figures[1])} {credit}"
    assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # a consequence, not the event
        "{a} diners were injured in a cylinder explosion at a restaurant in Murree. Rescue "
        "officials said the blast caused panic.",
        # a car that is not in the crash's sentence, no shared word
        "{a} people were killed in a landslide in the valley. Police said a car hit a truck.",
    ],
)
def test_a_consequence_or_another_crash_keeps_the_finding(seed_corpus, figures, text):
    text = text.format(a=figures[1])
    assert fires_on(fires(seed_corpus, text), figures[1]), text
