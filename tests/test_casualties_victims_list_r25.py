"""NL201, round 25's casualties hunt (r24-opened cc-004): a credited account that goes on
", killing A, B and another man" names whom the count's attack hit; the "another" that closes
that list adds no incident. "also … another post" or a later ", and attacked another post"
still tells another attack.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "Three guards were shot dead in an attack on a bank in the old city. Police said the "
        "gunmen opened fire on the bank, killing a cashier, a guard and another man.",
        "Three police officers lost their lives in a militant ambush on a checkpost near the "
        "river. Local media reports said the attackers, who were heavily armed, opened fire "
        "on the checkpost, killing a driver, a constable, and another man.",
    ],
)
def test_another_closing_the_list_of_the_hit_adds_no_incident(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two policemen were martyred in an attack on a checkpost near the bypass. Officials "
        "said the militants also stormed another checkpost, killing a constable.",
        "Two policemen were martyred in an attack on a checkpost near the bypass. Officials "
        "said the militants stormed the checkpost, killing a constable, and attacked another "
        "post.",
    ],
)
def test_another_attack_still_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []
