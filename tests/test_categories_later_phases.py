"""NL301 on a numbered phase followed by phases of no number (GitHub issue 11, round 23:
false-alarm risk of real reporting). "Phase one will be followed by phases targeting ACC
holders and then PoR card holders": the groups named after an unnumbered phase word
("phases", "subsequent phases", "a later stage") are those phases' targets, not the numbered
phase's. A group named between the numbered phase and the unnumbered one is still that
phase's own.

The sentences are invented; the phases and groups are the ledger's.
"""

import pytest

from .test_categories_reading import found

DATE = "2023-11-10"


@pytest.mark.parametrize(
    "text",
    [
        "The first phase is to be followed by stages aimed at ACC holders and later PoR card "
        "holders.",
        "Phase one will give way to subsequent phases under which ACC holders will be repatriated.",
        "Officials said phase one would be followed by further phases targeting registered "
        "refugees.",
    ],
)
def test_groups_of_later_unnumbered_phases(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == []


@pytest.mark.parametrize(
    "text",
    [
        # the group between the numbered phase and the unnumbered one is that phase's own
        "The first phase, aimed at ACC holders, is to be followed by other phases.",
        "Phase one will target registered refugees and will be followed by further phases.",
        # no unnumbered phase word: the group after the phase is its own
        "Phase one will be followed by a drive targeting ACC holders.",
    ],
)
def test_groups_of_the_numbered_phase_still_judged(seed_corpus, text):
    assert found(seed_corpus, text, DATE) == ["NL301"]
