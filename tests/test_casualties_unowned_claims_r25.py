"""NL201, round 25's casualties hunt (r24-opened ob-040): a noun "claims that …" with no owner
("over claims that the security situation has improved", "amid claims that …") credits no one,
as "there were claims of" does not. A named party's claims ("The Taliban claims that …", "the
army's claims that …") still report their count.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bombing at a market killed 25 people on Friday, amid claims that the city "
        "had been secured.",
        "A blast at a shrine on Thursday killed more than 40 devotees, leaving a big question "
        "mark over claims that security in the province has improved.",
    ],
)
def test_an_unowned_claim_credits_nothing(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban claims that 25 soldiers were killed in the raid on the post.",
        "The army's claims that 25 militants were killed in the raid could not be verified.",
    ],
)
def test_a_named_partys_claims_report_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []
