"""A count in a sentence that goes on with the attributed account before it, with no link
word: "The ISPR reported that terrorists tried to storm the check post. Security forces
responded, killing eight terrorists. Sixteen soldiers lost their lives." shares the ISPR's
source (read from structure: no source, time, place or other incident of its own). An
attribution about something else (who the bombers were, an opinion, a promise, a
condemnation) and a sentence that adds a time, a place, another incident or a new toll of its
own keep the count unattributed (hunt r7, class A)."""

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "The ISPR reported that militants tried to storm a check post in the Makeen area.",
    "According to police, gunmen opened fire on a passenger van near Kohat.",
    "A think tank reported a sharp rise in militant violence in the province.",
    "The military said terrorists had attacked a post in Mir Ali before dawn.",
    "Police told reporters that a bomber rammed his car into the gate of the station.",
]
SEQUELS = [
    "Troops repulsed the assault, killing {n} terrorists in the process.",
    "{N} people were killed and dozens were wounded.",
    "There were several attacks, resulting in {n} deaths.",
    "Despite the response, {n} soldiers lost their lives during the encounter.",
]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("account", ACCOUNTS)
@pytest.mark.parametrize("sequel", SEQUELS)
def test_a_sentence_going_on_with_the_account_shares_its_source(
    seed_corpus, figures, account, sequel
):
    for n in figures:
        text = f"{account} {_cap(sequel.format(n=n, N=n))}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("account", ACCOUNTS[:3])
def test_through_a_sentence_that_goes_on_too(seed_corpus, figures, account):
    middle = "Security forces responded swiftly and surrounded the area."
    for n in figures:
        text = f"{account} {middle} {n} soldiers embraced martyrdom in the exchange."
        assert fires(seed_corpus, text) == [], text


ABOUT_SOMETHING_ELSE = [
    "One of the attackers was an Afghan national, according to the interior minister.",
    "The minister said the attack was cowardly.",
    "Officials said the families of the victims would be compensated.",
    "In a statement, the prime minister condemned the attack.",
    "Police said an investigation was under way.",
]


@pytest.mark.parametrize("before", ABOUT_SOMETHING_ELSE)
def test_an_attribution_about_something_else_does_not_cover(seed_corpus, figures, before):
    for n in figures:
        assert fires(seed_corpus, f"{before} {n} people were killed in the blast.") != []


OWN_OF_ITS_OWN = [
    "On Monday, {n} soldiers were martyred in the exchange.",  # a time
    "Separately, {n} soldiers were martyred.",  # another incident
    "In another attack, {n} soldiers were martyred.",
    "{N} soldiers were martyred in an ambush in Bannu.",  # a place the account does not name
    "The death toll rose to {n}.",  # a new total
    "It was the assault that claimed the lives of {n} soldiers.",  # an incident recalled
    "\u201c{N} soldiers died,\u201d a banner read.",  # a quotation's own speaker
]


@pytest.mark.parametrize("sequel", OWN_OF_ITS_OWN)
def test_a_sentence_with_something_of_its_own_keeps_its_count(seed_corpus, figures, sequel):
    for n in figures:
        text = f"{ACCOUNTS[0]} {_cap(sequel.format(n=n, N=n))}"
        assert fires(seed_corpus, text) != [], text


def test_the_account_reaches_only_a_few_sentences(seed_corpus, figures):
    middle = " ".join(["Troops surrounded the area."] * 4)
    for n in figures:
        assert fires(seed_corpus, f"{ACCOUNTS[0]} {middle} {n} soldiers were martyred.") != []


def test_an_unattributed_account_covers_nothing(seed_corpus, figures):
    for n in figures:
        text = f"Militants tried to storm a check post. Troops killed {n} terrorists."
        assert fires(seed_corpus, text) != []


def test_a_new_paragraph_is_no_sequel(seed_corpus, figures):
    for n in figures:
        text = f"{ACCOUNTS[0]}\n\n{n} soldiers were martyred in the exchange."
        assert fires(seed_corpus, text) != []
