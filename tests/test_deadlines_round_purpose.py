"""A round of the campaign named by its purpose ("launched the second phase to repatriate …",
"the first phase to deport …") is what began, as "the second phase of the Illegal Foreigners
Repatriation Plan" is (:func:`narrlint.claims.dates_starts_what._round_to_remove`): its time is
held to the phase's recorded enforcement start. Not a voluntary round, nor a round of another
purpose. Drafts are paraphrases, dated after the seed ledger's phase 2 (ACC holders: cut-off
31 March 2025, deportations from 1 April 2025)."""

import pytest

from .deadlines_support import codes

WHEN = "2025-04-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government launched the second phase to repatriate Afghan Citizen Card holders on "
         "March 1 after their deadline to leave ended.", ["NL101"]),
        ("The government launched the second phase to repatriate Afghan Citizen Card holders on "
         "April 1 after their deadline to leave ended.", []),
        ("The health department launched the second phase to vaccinate Afghan children on "
         "March 1.", []),
        ("The refugee agency launched the second phase to voluntarily repatriate Afghan refugees "
         "on March 1.", []),
    ],
)  # fmt: skip
def test_a_round_named_by_its_purpose(seed_corpus, text, expected):
    assert codes(seed_corpus, text, WHEN) == expected
