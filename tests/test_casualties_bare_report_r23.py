"""NL201, round 23's casualties false-alarm hunt (dev categories-casualties-r22-opened.yaml,
cc-016): "According to report," with no article names no one, as "according to reports" does,
and so does not tell the event of a toll before it; "according to the report" (a document the
draft names) and "according to media reports" still credit.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires


@pytest.mark.parametrize(
    "text",
    [
        "According to report, 11 labourers were killed when the mine caved in.",
        "As per report, 11 labourers were killed when the mine caved in.",
        "Eleven labourers died on Monday when a coal mine caved in near Quetta. According to "
        "report, 30 miners were working in the shaft when it collapsed.",
    ],
)
def test_according_to_report_names_no_one(seed_corpus, text):
    assert fires(seed_corpus, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "According to the report, 11 labourers were killed when the mine caved in.",
        "According to media reports, 11 labourers were killed when the mine caved in.",
        "The mines department issued its report. According to the report, 11 labourers were "
        "killed when the mine caved in.",
    ],
)
def test_a_named_report_still_credits(seed_corpus, text):
    assert fires(seed_corpus, text) == []
