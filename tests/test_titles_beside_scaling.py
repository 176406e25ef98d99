"""The reading of a title beside a report of its end (claims/titles_beside.ends_beside) looks
only at the person's mentions in the sentences before and after, and asks once per sentence
whether it may tell an end: a draft that names one official hundreds of times in one sentence
(a transcript, an export) took minutes and ran out of its budget (NL000) when every pair of
title and mention scanned the sentence (robustness request, round 14). Counted, not timed."""

import pytest

import narrlint.claims.titles_beside as beside

from .conftest import lint_text

CODES = ("NL401", "NL402", "NL403")
TITLE = "Caretaker Foreign Minister Jalil Abbas Jilani"


def _calls(corpus, monkeypatch, text):
    count = 0
    real = beside.may_end_tenure

    def counted(*args):
        nonlocal count
        count += 1
        return real(*args)

    monkeypatch.setattr(beside, "may_end_tenure", counted)
    findings = lint_text(corpus, text, date="2024-07-01", codes=CODES)
    return count, findings


@pytest.mark.parametrize("n", [50, 100])
def test_one_sentence_naming_the_title_many_times_asks_each_sentence_once(
    seed_corpus, monkeypatch, n
):
    text = "The talks went on. " + " and ".join([TITLE] * n) + " said so. He stepped down."
    count, findings = _calls(seed_corpus, monkeypatch, text)
    assert count <= 2, count  # the sentence before and the one after, once each
    assert all(f.code != "NL000" for f in findings)


def test_a_report_beside_still_excuses_the_title(seed_corpus):
    text = f"{TITLE} met the envoy on Monday. Jalil Abbas Jilani stepped down on Tuesday."
    assert lint_text(seed_corpus, text, date="2024-07-01", codes=("NL401",)) == []
