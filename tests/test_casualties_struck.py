"""NL201: a credited sentence after an uncredited count that tells people struck "in an attack
on <the same target>" tells the count's event by a source and sources it (dev
news-r18-cc-041, a round-18 blind false alarm; before a count with a time and place of its
own, as here, it is another account, which the count does not go on with). Look-alikes keep
the finding: the attack is on another target, it is another incident ("earlier", "also"), no
one is credited, or the militants are the people struck.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNT = (
    "On Tuesday night a constable was martyred and {n} other policemen were injured as gunmen "
    "stormed the Kotla police post on the edge of the town."
)
CREDITED = [
    "According to a police spokesman, a constable named Ali and a passer-by were martyred in "
    "a militant attack on the Kotla police post near the bazaar.",
    "A constable was martyred in the night attack on Kotla police post, the district police "
    "officer said.",
    "Police officials said a constable lost his life and a passer-by was martyred in an "
    "assault at the Kotla post.",
]
UNSOURCED = [
    # another target
    "According to a police spokesman, a constable was martyred in a militant attack on a "
    "bank in the city.",
    # another incident
    "According to a police spokesman, a constable was also martyred in an earlier attack on "
    "the Kotla police post.",
    # no one credited
    "A constable named Ali was martyred in a militant attack on the Kotla police post near the "
    "bazaar.",
    # the militants struck
    "According to a police spokesman, a gunman was killed in the attack on the Kotla police "
    "post near the bazaar.",
]


@pytest.mark.parametrize("credit", CREDITED)
def test_a_credited_account_of_people_struck_in_the_same_attack_sources_it(
    seed_corpus, figures, credit
):
    for n in figures:
        assert fires(seed_corpus, f"{COUNT.format(n=n)} {credit}") == [], credit


@pytest.mark.parametrize("other", UNSOURCED)
def test_another_target_incident_side_or_no_credit_keeps_the_finding(seed_corpus, figures, other):
    for n in figures:
        assert fires_on(fires(seed_corpus, f"{COUNT.format(n=n)} {other}"), n), other
