"""NL201: a count of the other side of the same fight shares the source of the credited count
before it ("…, the ISPR said. Two soldiers embraced martyrdom"), but not when the source is a
militant party and the count calls its people by the forces' words ("The group released a
statement announcing it had killed six soldiers. … 27 terrorists have been neutralized by
security forces": dev news-r15-cc-050): no party calls its own fighters terrorists, so the
count is the forces' report, which the draft does not credit.
Invented sentences only; the figures are the ledger's.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def n(seed_corpus) -> int:
    return ledger_tolls(seed_corpus)[1]


@pytest.mark.parametrize(
    ("claim", "count"),
    [
        (
            "The group released a statement announcing that it had seized the post, and "
            "reported the deaths of six soldiers.",
            "In a major development, {n} terrorists have been neutralized by security forces.",
        ),
        (
            "According to the separatist outfit, six soldiers were killed in the ambush.",
            "{n} terrorists were sent to hell in the exchange of fire.",
        ),
        (
            "The militants said they had killed six policemen at the post.",
            "{n} khwarij were eliminated by the troops.",
        ),
    ],
)
def test_a_militant_partys_claim_does_not_source_the_forces_count(seed_corpus, n, claim, count):
    text = f"{claim} {count.format(n=n)}"
    assert fires_on(fires(seed_corpus, text), n), text


@pytest.mark.parametrize(
    ("claim", "count"),
    [
        # the forces' own report
        (
            "The ISPR said six soldiers were martyred in the attack.",
            "{n} terrorists were neutralized by security forces.",
        ),
        (
            "According to police, six policemen were martyred at the post.",
            "{n} terrorists were killed in the exchange of fire.",
        ),
        # the party's own words for its people
        (
            "The group said in a statement that its fighters had killed six soldiers.",
            "{n} of its fighters were killed in the clash.",
        ),
    ],
)
def test_the_other_side_still_shares_a_report_in_its_own_words(seed_corpus, n, claim, count):
    text = f"{claim} {count.format(n=n)}"
    assert not fires_on(fires(seed_corpus, text), n), text
