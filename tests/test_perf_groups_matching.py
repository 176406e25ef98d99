"""The categories rules ask which ledger figures a number stands for once per number, not once
per figure and claim (:func:`narrlint.claims.groups_lexicon.matching_figures`), and find the
ledger's conflation entries for a pair of groups once (:func:`rules.categories.wording
.conflations`): the answers must be those of the figure-by-figure reading they replace.

The drafts are invented: a number of one group's size given under another group's noun (NL302
reports it, NL301 asks the same question of its owner), and its clean look-alike.
"""

import datetime as dt

import pytest

from narrlint.claims import groups_lexicon
from narrlint.claims.groups import FigureClaim, lexicon
from narrlint.claims.groups_lexicon import figure_matches, matching_figures
from narrlint.rules.categories import common, wording

from .conftest import lint_text
from .test_categories_reading import PHASE1, read_claims

VALUES = [1_300_000, 1_400_000, 1_700_000, 800_000, 880_000, 2_100_000, 600_000, 3.7e6, 1234]
HEDGES = [None, "about", "above", "below"]


@pytest.mark.parametrize("hedge", HEDGES)
def test_matching_figures_are_those_figure_matches_accepts(seed_corpus, hedge):
    lex = lexicon(seed_corpus)
    figures = [f for group in (*lex.figures.values(), lex.stocks) for f in group]
    assert figures
    for value in VALUES:
        expected = {id(f) for f in figures if figure_matches(value, hedge, f)}
        assert matching_figures(lex, value, hedge) == expected
        assert matching_figures(lex, value, hedge) == expected  # the memo's answer
    assert any(matching_figures(lex, v, hedge) for v in VALUES)  # not all empty


def _figure_claims(corpus, text: str) -> list[FigureClaim]:
    return [c for c in read_claims(corpus, text, PHASE1) if isinstance(c, FigureClaim)]


WRONG = "Some 1.3 million undocumented Afghans were told to leave the country by November."
CLEAN = "Some 1.3 million registered refugees hold PoR cards, officials in Islamabad said."


def test_a_second_mismatch_of_a_number_tests_no_ledger_figure_again(seed_corpus, monkeypatch):
    """The question asked again (NL301 asks NL302's) reads the memo: before, every ledger
    figure was tested per call."""
    lex = lexicon(seed_corpus)
    day = dt.date.fromisoformat(PHASE1)
    (claim,) = _figure_claims(seed_corpus, WRONG)
    first = common.mismatch(lex, claim, day)
    calls = []

    def counted(*args):
        calls.append(args)
        return figure_matches(*args)

    monkeypatch.setattr(common, "figure_matches", counted)
    monkeypatch.setattr(groups_lexicon, "figure_matches", counted)
    again = common.mismatch(lex, claim, day)
    assert again == first
    assert first is not None  # 1.3 million is the registered refugees' size, not theirs
    assert len(calls) <= len(lex.joint.get(claim.categories, ()))  # joint sums only


def test_the_findings_of_a_wrong_figure_and_its_clean_look_alike(seed_corpus):
    wrong = lint_text(seed_corpus, WRONG, date=PHASE1, codes=("NL302",))
    assert [f.code for f in wrong] == ["NL302"]
    assert not lint_text(seed_corpus, CLEAN, date=PHASE1, codes=("NL301", "NL302"))


def test_conflations_memo_answers_as_the_scan(seed_corpus):
    lex = lexicon(seed_corpus)
    ledger = seed_corpus.ledger
    assert ledger.conflations
    words = sorted({w for c in lex.categories.values() for w in (*c.terms, *c.modifiers)})
    for groups in ([words[:3]], [words[:5], words[5:9]], [["registered"], ["undocumented"]]):
        expected = [
            e
            for e in ledger.conflations
            if all(any(wording._has_words(e.pattern.lower(), w) for w in ws if w) for ws in groups)
        ]
        found = wording.conflations(lex, ledger, *groups)
        assert found == expected
        found.append(None)  # a caller's list is its own
        assert wording.conflations(lex, ledger, *groups) == expected
    assert any(wording.conflations(lex, ledger, [w]) for w in words)  # not all empty


def test_rounded_figures_are_those_rounds_to_accepts(seed_corpus):
    lex = lexicon(seed_corpus)
    figures = [f for group in lex.figures.values() for f in group]
    for value in (*VALUES, 2_000_000, 1_000_000, 900_000):
        expected = {id(f) for f in figures if common.rounds_to(value, f)}
        assert common._rounded_figures(lex, value) == expected
        assert common._rounded_figures(lex, value) == expected  # the memo's answer
    assert common._rounded_figures(lex, 2_000_000)  # some figure rounds to two million


@pytest.mark.parametrize("hedge", HEDGES)
def test_own_figure_answers_as_the_figure_by_figure_reading(seed_corpus, hedge):
    from types import SimpleNamespace

    lex = lexicon(seed_corpus)
    days = [None, dt.date(2016, 6, 1), dt.date(2023, 10, 20), dt.date(2025, 3, 20)]
    answers = set()
    for value in (*VALUES, 2_000_000):
        claim = SimpleNamespace(value=value, hedge=hedge)
        for groups in [[c] for c in lex.categories] + [sorted(lex.documented), []]:
            for day in days:
                expected = any(
                    (figure_matches(value, hedge, f) or common.rounds_to(value, f))
                    and not common._replaced(f, lex.figures.get(c, ()), day)
                    for c in groups
                    for f in lex.figures.get(c, ())
                )
                assert common.own_figure(lex, claim, groups, day) == expected
                answers.add(expected)
    assert answers == {True, False}
