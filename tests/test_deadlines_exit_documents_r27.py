"""A word of leaving before a document noun names a kind of document, not leaving (issue 11,
round 27, false-alarm risk): "ACC holders must obtain exit permits by <date>" sets a day to get
papers, which the order to leave the country does not record; "exit" there is a modifier of
"permits" as "exit visa" is, so the clause names no action of the order and a cut-off with only
the group is not judged as the day to leave. Leaving told as a verb ("must exit Pakistan by",
"obtain exit permits and leave the country by") is still judged.

The seed ledger: in March 2025 ACC holders had until 31 March 2025 to leave (IFRP phase 2).
"""

import pytest

from .deadlines_support import codes

WHEN = "2025-03-20"

DOCUMENT_KINDS = (
    "ACC holders must obtain exit permits by March 25.",
    "ACC holders were asked to get exit papers from NADRA offices by March 25.",
    "ACC holders were asked to report to NADRA centres by March 25 to obtain exit visas.",
)
LEAVING = (
    "ACC holders must exit Pakistan by March 25.",
    "ACC holders must obtain exit permits and leave the country by March 25.",
)


@pytest.mark.parametrize("text", DOCUMENT_KINDS)
def test_a_day_to_get_exit_documents_is_not_the_day_to_leave(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == []


@pytest.mark.parametrize("text", LEAVING)
def test_leaving_told_as_a_verb_is_still_judged(seed_corpus, text):
    assert codes(seed_corpus, text, WHEN) == ["NL101"]
