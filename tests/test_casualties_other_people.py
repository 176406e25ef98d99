"""NL201: a credited sentence after a count that gives the same number, or counts of its own,
for people of another kind (civilians after soldiers) at a place of its own speaks of another
incident: it does not source the count (hunt r16: a strike's toll of women and children, told
by a militant source, after an uncredited toll of troops killed inside the country).

Invented sentences (never a passage of the news sets): the shape must be reported, and its
look-alikes (the same people, no place of its own) must stay credited.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        (
            "This came after nine soldiers were killed inside the country on Sunday. However, "
            'a local elder told AFP, "a house was hit where nine children have been killed" in '
            "the Dand district of Kandahar.",
            "nine soldiers were killed",
        ),
        (
            "Five policemen were killed in the ambush. A hospital official in Spin Boldak said "
            "five civilians had been killed by shelling.",
            "Five policemen were killed",
        ),
    ],
)
def test_other_peoples_credited_count_elsewhere_is_no_source(seed_corpus, text, excerpt):
    assert any(excerpt in found for found in fires(seed_corpus, text))


@pytest.mark.parametrize(
    "text",
    [
        # the same people: the credited sentence repeats the count
        "Five policemen were killed in the ambush. An official in Lakki Marwat said five "
        "policemen were killed when gunmen fired on their van.",
        # other people, no place of its own: the rest of the same report
        "Five policemen were killed in the ambush. Officials said two civilians were killed "
        "as well.",
    ],
)
def test_the_same_report_still_credits_the_count(seed_corpus, text):
    assert fires(seed_corpus, text) == []
