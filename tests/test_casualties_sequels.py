"""A count in a sentence that goes on with the attributed account of the sentence before
("According to the ISPR, troops raided a hideout. During the operation, 12 khwarij were sent
to hell"; "… Resultantly, 12 terrorists were killed") shares its source; a sentence with no
time of its own or about a separate operation does not (issue 11). A sentence with no opening
that goes on with the account is read from structure: tests/test_casualties_accounts.py."""

import itertools

import pytest

from .casualties_support import fires, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "According to the ISPR, security forces conducted an operation in Tank district.",
    "The ISPR said troops effectively engaged the terrorists' location in Bannu.",
    "In a statement, the military said that troops raided a hideout in North Waziristan.",
    "Police said the attackers opened fire on the checkpost in Lakki Marwat.",
]
OPENERS = [
    "During the operation,",
    "As a result,",
    "Resultantly,",
    "In the ensuing exchange of fire,",
    "After an intense exchange of fire,",
]
COUNTS = [
    "{n} terrorists were killed.",
    "{n} khwarij were sent to hell.",
    "troops killed {n} militants.",
    "{n} soldiers embraced martyrdom.",
]


@pytest.mark.parametrize(
    ("account", "opener", "count"), itertools.product(ACCOUNTS, OPENERS, COUNTS)
)
def test_a_sequel_of_an_attributed_account_shares_its_source(
    seed_corpus, figures, account, opener, count
):
    for n in figures:
        assert fires(seed_corpus, f"{account} {opener} {count.format(n=n)}") == []


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize(
    "opener",
    [
        "Earlier this month, during an operation in Bajaur,",
        "In a separate operation,",
        "Last week, in a raid in Khyber,",
        "On Monday,",
    ],
)
def test_no_sequel_opening_keeps_the_count_unattributed(seed_corpus, figures, opener, count):
    for n in figures:
        body = count.format(n=n)
        text = f"{ACCOUNTS[0]} {opener} {body}".replace("  ", " ")
        assert fires(seed_corpus, text) != []


@pytest.mark.parametrize("opener", OPENERS)
def test_a_sequel_of_an_unattributed_account_still_fires(seed_corpus, figures, opener):
    for n in figures:
        text = f"Security forces raided a hideout in Tank. {opener} {n} terrorists were killed."
        assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Security forces killed {a} terrorists in North Waziristan, the ISPR said.",
            "Two soldiers embraced martyrdom during the exchange of fire.",
        ),
        (
            "Police said two policemen were martyred in the attack on the checkpost.",
            "{a} attackers were also killed.",
        ),
        (
            "{a} khwarij were sent to hell in the operation, according to the military.",
            "Three soldiers were martyred.",
        ),
    ],
)
def test_the_other_side_of_the_same_fight_shares_the_report(seed_corpus, figures, first, second):
    a = figures[1]
    text = f"{first.format(a=a)} {second.format(a=a)}"
    assert fires(seed_corpus, text) == []
    # with a time or an incident of its own, or the same side again, it is a new count
    lowered = f"{second[0].lower()}{second[1:]}"
    for other in (f"Last week, {lowered}", f"In a separate attack, {lowered}"):
        assert fires(seed_corpus, f"{first.format(a=a)} {other.format(a=a)}") != []


def test_the_same_side_again_needs_its_own_source(seed_corpus, figures):
    text = (
        f"Security forces killed {figures[1]} terrorists in North Waziristan, the ISPR said. "
        f"Twenty terrorists were killed in Bannu."
    )
    assert fires(seed_corpus, text) != []
