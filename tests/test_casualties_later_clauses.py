"""NL201: "also" in a later clause of the account a credited sentence tells ("a bomber rammed
a rickshaw into the checkpost, also targeting an army vehicle") tells the same attack on; an
"also" on the told attack itself ("also attacked") is another attack.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

TOLL = "Six people, including three policemen, were martyred in a suicide attack at a checkpost."


@pytest.mark.parametrize(
    "credit",
    [
        "A senior police officer said a bomber rammed a rickshaw into the checkpost, also "
        "targeting an army vehicle.",
        "Police said the attacker blew himself up at the checkpost, also damaging a van.",
    ],
)
def test_also_in_a_later_clause_keeps_the_account(seed_corpus, credit):
    assert fires(seed_corpus, f"{TOLL} {credit}") == []


@pytest.mark.parametrize(
    "credit",
    [
        "Police said militants also attacked the checkpost.",
        "Police said another bomber rammed a car into the checkpost.",
        "Police said militants earlier attacked the checkpost, also firing at the guards.",
    ],
)
def test_another_attack_told_leaves_the_count_unsourced(seed_corpus, credit):
    assert "Six people" in " ".join(fires(seed_corpus, f"{TOLL} {credit}"))
