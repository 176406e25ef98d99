"""NL301 on a sentence of thousands of group phrases: linear work, every phrase reported.

The robustness engineer of round 23 found NL301 quadratic on one sentence with many group
phrases (12 s at 160,000 characters, past the rule's time budget, so an NL000): each claim
read its whole sentence again for the time it is set in, and each finding was compared with
every finding before it. No timing here: the tests count the work done.
"""

from __future__ import annotations

import narrlint.claims.groups_sentence_times as sentence_times
from narrlint.rules.categories.nl301 import _Reported

from .conftest import lint_text

PHRASES = 400


def test_each_sentence_is_read_once_for_its_time(seed_corpus, monkeypatch):
    reads = []
    real = sentence_times.phases_in

    def counted(doc, start, end):
        reads.append((start, end))
        return real(doc, start, end)

    monkeypatch.setattr(sentence_times, "phases_in", counted)
    text = ", ".join(["undocumented Afghan refugees"] * PHRASES) + " left."
    findings = lint_text(seed_corpus, text, date="2024-07-01", codes={"NL301"})
    assert len(findings) == PHRASES  # every phrase is still its own finding
    # each sentence read once (a run this long is cut for spaCy into a few sentences)
    assert len(reads) == len(set(reads)) <= 3


def test_a_reported_span_and_an_overlap_with_the_same_groups_are_held():
    seen = _Reported()
    refugees = frozenset({"por_holders", "undocumented"})
    cards = frozenset({"acc_holders", "por_holders"})
    seen.add((100, 130), refugees)
    seen.add((10, 40), cards)
    assert seen.holds((100, 130), cards)  # the same words, whatever the groups
    assert seen.holds((120, 160), refugees)  # overlapping, the same clash
    assert seen.holds((5, 11), cards)
    assert not seen.holds((120, 160), cards)  # overlapping, another clash
    assert not seen.holds((130, 140), refugees)  # touching is no overlap
    assert not seen.holds((41, 99), refugees)
