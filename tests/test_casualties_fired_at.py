"""NL201: a credited sentence telling that attackers "fired at" (or "fired on") the people just
counted, named by the count's own noun, tells how they were hit, as "attacked the officials"
does (round 19 probe of round 18's class "short acronyms as shared words": with "two CTD
officials", the acronym was never the blocker, the verb was). Look-alikes keep the finding: a
place fired at ("a CTD office"), another attack ("earlier"), or no credit (the guards firing
back at the attackers is the attack fought off, which sources it: test_casualties_fightback).
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNT = "{n} CTD officials were martyred when gunmen opened fire on their car in Turbat."
CREDITS = [
    "According to police, gunmen on a motorcycle fired at the CTD officials near the bypass.",
    "Police said the attackers fired on the officials from a moving car near the bypass.",
]
LOOK_ALIKES = [
    "According to police, gunmen on a motorcycle fired at a CTD office near the bypass.",
    "According to police, gunmen had fired at the CTD officials earlier in the month.",
    "Gunmen on a motorcycle fired at the CTD officials near the bypass.",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credited_shot_at_the_counted_sources_it(seed_corpus, figures, credit):
    for n in figures:
        text = f"{COUNT.format(n=n)} {credit}"
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("other", LOOK_ALIKES)
def test_a_place_another_attack_or_no_credit_keep_the_finding(seed_corpus, figures, other):
    for n in figures:
        text = f"{COUNT.format(n=n)} {other}"
        assert fires_on(fires(seed_corpus, text), n), text
