"""NL201, round 23 (dev categories-casualties-r22-opened.yaml, cc-038, a miss): a participle of
saying right after the noun of a prepositional phrase ("targeted in a government crackdown
announced after the killings") describes that noun: no one announces, so the sentence credits
no count before it; a source noun before the verb ("During the meeting officials announced the
toll") or a source after "by" still report.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

COUNT = "Traders were rounded up across the city after last month's killing of over 40 worshippers."


@pytest.mark.parametrize(
    "after",
    [
        "The traders have been held in a security sweep announced soon after the killings.",
        "Many were detained under a curfew declared hours after the killings.",
    ],
)
def test_a_participle_describing_a_noun_credits_nothing(seed_corpus, after):
    assert fires(seed_corpus, f"{COUNT} {after}") != []


@pytest.mark.parametrize(
    "text",
    [
        "Forty worshippers were killed in the blast. During the meeting officials announced "
        "the toll.",
        "Forty worshippers were killed in the blast, according to figures released by the "
        "ministry.",
    ],
)
def test_a_source_before_the_verb_or_after_by_still_reports(seed_corpus, text):
    assert fires(seed_corpus, text) == []
