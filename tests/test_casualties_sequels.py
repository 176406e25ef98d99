"""A count in a sentence that goes on with the attributed account of the sentence before
("According to the ISPR, troops raided a hideout. During the operation, 12 khwarij were sent
to hell"; "… Resultantly, 12 terrorists were killed") shares its source; a sentence with no
such opening, with a time of its own or about a separate operation does not (issue 11)."""

import itertools

import pytest

from .conftest import lint_text

CODES = ("NL201",)


def fires(corpus, text):
    return [f.excerpt for f in lint_text(corpus, text, date="2026-06-01", codes=CODES)]


@pytest.fixture(scope="module")
def figures(seed_corpus):
    values = sorted(
        {
            int(item["killed"])
            for event in seed_corpus.ledger.events.values()
            for item in event.casualties
            if isinstance(item.get("killed"), int) and item["killed"] > 1
        }
    )
    return [values[0], values[len(values) // 2], values[-1]]


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
        "",  # no opening: the count is the draft's own
        "Earlier this month, during an operation in Bajaur,",
        "In a separate operation,",
        "Last week, in a raid in Khyber,",
        "On Monday,",
    ],
)
def test_no_sequel_opening_keeps_the_count_unattributed(seed_corpus, figures, opener, count):
    for n in figures:
        body = count.format(n=n)
        body = body[0].upper() + body[1:] if not opener else body
        text = f"{ACCOUNTS[0]} {opener} {body}".replace("  ", " ")
        assert fires(seed_corpus, text) != []


@pytest.mark.parametrize("opener", OPENERS)
def test_a_sequel_of_an_unattributed_account_still_fires(seed_corpus, figures, opener):
    for n in figures:
        text = f"Security forces raided a hideout in Tank. {opener} {n} terrorists were killed."
        assert fires(seed_corpus, text) != []
