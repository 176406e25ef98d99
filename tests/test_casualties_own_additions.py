"""NL201: a count's sentence that goes on with the credited account before it may add people to
its own count with "another N" ("…, as well as another two who were on the motorcycle": dev
news-r18-cc-025, a round-18 blind false alarm); that "another" adds to the same incident, it
opens no other one ("the crash" names the accident as "the accident" does). Look-alikes keep
the finding: "another" before the count or opening another crash.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


ACCOUNTS = [
    "Police said the accident happened on a sharp bend of the highway and that a rickshaw "
    "was also involved.",
    # "crash" as a noun names the accident as "accident" does
    "Police said the crash happened on a sharp bend of the highway and that a rickshaw "
    "was also involved.",
]
ADDED = [
    "Most of the dead were on the coach, but {n} people in the van were also killed, as well "
    "as another two who were riding the rickshaw.",
    "Most of the dead were on the coach, while {n} people in the van also died and another "
    "three on the rickshaw.",
]
OTHER = [
    "Another {n} people in the van were also killed.",
    "Most of the dead were on the coach, but {n} people in the van were also killed in another "
    "crash on the bypass.",
]


@pytest.mark.parametrize("account", ACCOUNTS)
@pytest.mark.parametrize("count", ADDED)
def test_another_number_after_its_sentences_count_adds_to_it(seed_corpus, figures, count, account):
    for n in figures:
        assert fires(seed_corpus, f"{account} {count.format(n=n)}") == [], count


@pytest.mark.parametrize("account", ACCOUNTS)
@pytest.mark.parametrize("count", OTHER)
def test_another_before_the_count_or_another_crash_keeps_the_finding(
    seed_corpus, figures, count, account
):
    for n in figures:
        assert fires_on(fires(seed_corpus, f"{account} {count.format(n=n)}"), n), count
