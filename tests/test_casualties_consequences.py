"""NL201: a consequence opener may run on past its first words ("In response to the ambush,",
"In retaliatory action by the escort,"): the count after it goes on with the credited account
before it, as after "In response," (a fresh page, r16: a health officer's credited toll of a
convoy attack, then the escort's return fire killing attackers).

Invented sentences (never a passage of the news sets).
"""

import pytest

from .casualties_support import fires

ACCOUNT = "The district health officer said the deceased included one more guard and two drivers."


@pytest.mark.parametrize(
    "opener",
    [
        "In retaliatory action by the guards escorting the convoy,",
        "In response to the ambush,",
        "In retaliation,",
    ],
)
def test_a_longer_consequence_opener_goes_on_with_the_account(seed_corpus, opener):
    text = f"{ACCOUNT} {opener} four attackers were killed."
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "opener",
    [
        "In a separate attack on Friday,",
        "Elsewhere in the district,",
    ],
)
def test_other_openers_do_not(seed_corpus, opener):
    text = f"{ACCOUNT} {opener} four attackers were killed."
    assert any("four attackers" in f for f in fires(seed_corpus, text))
