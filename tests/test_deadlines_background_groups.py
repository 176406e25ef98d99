"""People named in a background phrase ("amid the ongoing expulsion of illegal immigrants") are
not those whose stay an extension tells ("extended for a year the stay of Afghan refugees who
live in the country legally amid …"): the clause's length is judged against the registered
refugees' validity chain, not the undocumented people's order
(:func:`narrlint.claims.dates_clues._outside_background`). Drafts are paraphrases, dated the day
after the seed ledger's one-year extension of July 2024 (30 June 2024 -> 30 June 2025)."""

import pytest

from .deadlines_support import codes

WHEN = "2024-07-11"
TAIL = " amid a continuing crackdown on undocumented migrants."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government on Wednesday extended for six months the stay of Afghan refugees living "
         "in the country lawfully" + TAIL, ["NL101"]),
        ("The government on Wednesday extended for twelve months the stay of Afghan refugees "
         "living in the country lawfully" + TAIL, []),
        ("The government on Wednesday extended by three months the stay of registered Afghan "
         "refugees" + TAIL, ["NL101"]),
        ("The government on Wednesday extended by a year the stay of registered Afghan "
         "refugees" + TAIL, []),
    ],
)  # fmt: skip
def test_the_backdrops_people_are_not_whose_stay_is_extended(seed_corpus, text, expected):
    assert codes(seed_corpus, text, WHEN) == expected


def test_a_deadline_told_amid_a_crackdown_on_a_group_keeps_that_group(seed_corpus):
    """No stay noun: the background phrase is where the clause's group is named."""
    text = "Pakistan had set a November 1 deadline amid a crackdown on undocumented Afghans."
    assert codes(seed_corpus, text, "2023-10-20") == []
    wrong = text.replace("November 1", "November 20")
    assert codes(seed_corpus, wrong, "2023-10-20") == ["NL101"]
