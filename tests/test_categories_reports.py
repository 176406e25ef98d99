"""NL301's reports themselves (GitHub issue 11): one clash read twice on overlapping words is
one finding, and a message never sets a group against itself.

The sentences are invented; the groups are the ledger's.
"""

import pytest

from .conftest import lint_text
from .test_categories_reading import PHASE2

OVERLAPPING = (
    # a number put at risk under another group's noun, and the same noun's holding of the
    # order's target's cards: one error
    "The March 31 deadline for ACC holders may affect over 800,000 documented Afghan refugees "
    "holding Afghan Citizen Cards.",
    "The order for ACC holders to leave by March 31 puts 800,000 Afghan refugees holding ACCs "
    "at risk.",
    "The ACC holders' deadline affects some 800,000 documented refugees holding Afghan Citizen "
    "Cards.",
    "The deadline for ACC holders affects 800,000 Afghan refugees who hold Afghan Citizen Cards.",
)


def _nl301(corpus, text: str):
    return lint_text(corpus, text, date=PHASE2, codes=("NL301",))


@pytest.mark.parametrize("text", OVERLAPPING)
def test_one_clash_on_overlapping_words_is_one_finding(seed_corpus, text):
    assert len(_nl301(seed_corpus, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # two clashes in one sentence, on words apart, stay two
        "Undocumented Afghan refugees must leave, and ACC holders, who are registered "
        "refugees, must go too.",
        "Illegal refugees were held, and phase two targets PoR card holders.",
    ],
)
def test_clashes_on_separate_words_stay_apart(seed_corpus, text):
    assert len(_nl301(seed_corpus, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a whole counted with a part whose modifier names several groups, one of them the
        # whole's own: only the others are wrongly counted among it
        "Pakistan hosts 2.8 million Afghan refugees, including 2.1 million documented residents.",
        "Overall, 3 million Afghan refugees live in Pakistan, including 2.1 million documented "
        "Afghans.",
        "The country hosts 2.8 million Afghan refugees, among them 2.1 million legal residents.",
    ],
)
def test_a_message_never_sets_a_group_against_itself(seed_corpus, text):
    (finding,) = _nl301(seed_corpus, text)
    message = finding.message
    assert "ACC holders" in message
    assert message.count("registered refugees") == 1, message
    facts = finding.details.rsplit(": ", 1)[-1].rstrip(".")
    said, _, other = facts.partition(", while ")
    assert other and set(said.split("; ")).isdisjoint(other.split("; ")), finding.details
