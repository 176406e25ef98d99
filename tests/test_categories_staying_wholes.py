"""NL301: a whole counted as refugees whose clause says where they stay with an auxiliary
("... Afghan refugees were residing in Pakistan. Some 1.7 million of these were
undocumented") still has its parts counted in the next sentence (GitHub issue 11).

"Live in the country" was already read past; "were residing", "are living", "have been
staying" (a verb of staying after its auxiliary) say the same, so the count that follows
still divides the refugees, and the part without papers is called refugees. A whole of no
refugee status, or a part that keeps the refugees' own status, stays silent.

A bare year that sets the time ("By 2023, ...") is no second count in the whole's sentence:
the next sentence's unnamed count still goes on with the whole.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DAY = "2024-07-11"

STAYING = (
    "About three million Afghan refugees were residing in Pakistan. An estimated 900,000 of"
    " these were undocumented.",
    "Some three million Afghan refugees are living in the country. Roughly 900,000 of these"
    " are undocumented.",
    "About three million Afghan refugees have been staying in Pakistan. Some 900,000 of"
    " these have no documents.",
    "By 2023, about three million Afghan refugees were residing in Pakistan, and 900,000"
    " were undocumented.",
    "By 2023, about three million Afghan refugees were residing in Pakistan. An estimated"
    " 900,000 of these were undocumented.",
    "In 2024 some three million Afghan refugees lived in the country. About 900,000 of these"
    " had no documents.",
)


@pytest.mark.parametrize("text", STAYING)
def test_parts_after_a_stay_with_its_auxiliary(seed_corpus, text):
    assert "NL301" in found(seed_corpus, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "About three million Afghans were residing in Pakistan. An estimated 900,000 of these"
        " were undocumented.",
        "About three million Afghan nationals are living in the country. Roughly 900,000 of"
        " these are undocumented.",
        "About 1.45 million Afghan refugees were residing in Pakistan. Some 1.3 million of"
        " these were registered.",
        "Afghan refugees were residing in Pakistan. Many undocumented Afghans also live there.",
        "By 2023, about three million Afghans were residing in Pakistan. An estimated 900,000"
        " of these were undocumented.",
        "Among 2000 Afghan refugees and 3 million Afghans in Pakistan, 900,000 were undocumented.",
    ],
)
def test_clean_look_alikes_stay_silent(seed_corpus, text):
    assert "NL301" not in found(seed_corpus, text, DAY)
