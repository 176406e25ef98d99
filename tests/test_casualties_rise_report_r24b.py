"""NL201, round 24's second casualties hunt (dev hunt-casualties-r24b.yaml): a toll that rises
"as" / "after" a named source reported the deaths that raised it ("the toll jumped to 44 as the
NDMA reported six more deaths") is that source's toll; a report of something else, or added
deaths no source reports, leaves the toll unattributed.

Invented sentences (no passage of the news sets): paraphrases and look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from floods in the province has jumped to 52 as the disaster authority "
        "reported eight more deaths in the past day.",
        "The toll from the quake rose to 31 after hospital officials confirmed four more deaths "
        "overnight.",
        "The toll rose to 31 as police reported that four more people had died.",
    ],
)
def test_a_rise_reported_by_a_source_is_its_toll(seed_corpus, text):
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from floods in the province has jumped to 52 as the disaster authority "
        "reported damage to 300 houses.",
        "The death toll has risen to 40 as police reported two more arrests in the case.",
        "The toll climbed to 18, as officials said the search for the missing would go on.",
        "The death toll from floods in the province has jumped to 52 as rescuers recovered eight "
        "more bodies.",
    ],
)
def test_a_rise_beside_another_report_stays_unattributed(seed_corpus, text):
    assert fires(seed_corpus, text) != []
