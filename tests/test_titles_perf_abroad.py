"""Whether a story is set abroad (:func:`titles_others.abroad`) depends on a title's sentence
only, so it is worked out once per sentence, not once per title phrase: a long sentence (a
pasted table, a wire feed without full stops) with a title phrase every few words scanned its
whole window again for each (a 50,000-word sentence took 14 s of CPU). The work is counted
here, not timed: the windows computed stay one per sentence however many phrases it holds,
and the findings are those of the uncached reading, abroad and at home.

The fictional ledger (tests/titles_support.py): Sylvania's caretaker prime minister left on
2022-01-01; the names are invented, Nepal comes from the country data."""

import random

import pytest

from narrlint.claims import titles_others
from narrlint.knowledge.title_lexicon import title_lexicon

from . import titles_support
from .conftest import lint_text

sylvania = titles_support.sylvania

DAY = "2024-06-01"
ABROAD = "Nepal's president met the protesters on Friday."
HOME = "Sylvania's president met the protesters on Friday."
PHRASE = "Caretaker Prime Minister Dorn met the caretaker prime minister"


def _long(before: str, phrases: int) -> str:
    """``before``, then one sentence of ``phrases`` title phrases joined by "and"."""
    return f"{before} " + " and ".join([PHRASE] * phrases) + " on Monday."


def _counted(monkeypatch) -> dict[str, int]:
    """Count the calls of :func:`abroad` and of the window it computes."""
    calls = {"abroad": 0, "window": 0}
    asked, window = titles_others.abroad, titles_others._abroad_window

    def counted_abroad(*args):
        calls["abroad"] += 1
        return asked(*args)

    def counted_window(*args):
        calls["window"] += 1
        return window(*args)

    monkeypatch.setattr(titles_others, "abroad", counted_abroad)
    monkeypatch.setattr(titles_others, "_abroad_window", counted_window)
    return calls


def _findings(corpus, text):
    return [(f.code, f.offset, f.end_offset) for f in lint_text(corpus, text, date=DAY)]


@pytest.mark.parametrize("before", [ABROAD, HOME])
@pytest.mark.parametrize("phrases", [5, 40])
def test_one_window_per_sentence_however_many_phrases(sylvania, monkeypatch, before, phrases):
    calls = _counted(monkeypatch)
    _findings(sylvania, _long(before, phrases))
    assert calls["abroad"] >= phrases  # every phrase asks
    assert 1 <= calls["window"] <= 2  # once per sentence asking (two sentences here)


def _uncached(doc, start, lexicon):
    """The reading before the per-sentence answers: the window again for every phrase."""
    first, end = titles_others.sentence_bounds(doc, start)
    return titles_others._abroad_window(doc, first, end, lexicon)


@pytest.mark.parametrize("before", [ABROAD, HOME, "The protesters met on Friday."])
@pytest.mark.parametrize(
    "sentence",
    [
        "Caretaker Prime Minister Dorn will form a small cabinet.",
        "Dorn, the caretaker prime minister, will form a small cabinet.",
        "The caretaker prime minister will form a small cabinet.",
    ],
)
def test_findings_are_those_of_the_uncached_reading(sylvania, monkeypatch, before, sentence):
    for text in (f"{before} {sentence}", _long(before, 6), f"{_long(before, 3)} {sentence}"):
        cached = _findings(sylvania, text)
        with monkeypatch.context() as patch:
            patch.setattr(titles_others, "abroad", _uncached)
            assert _findings(sylvania, text) == cached, text


def test_a_surname_abroad_is_that_countrys_official_and_at_home_the_stale_title(sylvania):
    sentence = "Caretaker Prime Minister Dorn will form a small cabinet."
    assert _findings(sylvania, f"{ABROAD} {sentence}") == []
    assert [f[0] for f in _findings(sylvania, f"{HOME} {sentence}")] == ["NL401"]


def _every_run(words, forms):
    """The plain reading :func:`titles_others._named` stands for: every run of every length
    up to the longest form's, looked up, shortest first and each length in text order."""
    known, longest, _ = forms
    runs = (
        tuple(words[i : i + size])
        for size in range(1, longest + 1)
        for i in range(len(words) - size + 1)
    )
    return [run for run in runs if run in known]


def test_runs_looked_up_by_first_word_are_every_run_that_names_a_form(seed_corpus):
    """The forms are looked up only where a form's first word stands, with its lengths: the
    same forms, in the same order, as looking up every run."""
    lexicon = title_lexicon(seed_corpus)
    forms = titles_others._foreign_forms(titles_others._home(lexicon))
    known, longest, sizes = forms
    assert longest > 1 and any(len(n) > 1 for n in sizes.values())  # forms of several lengths
    pieces = sorted(known)
    rng = random.Random(18)
    filler = ["the", "minister", "said", "of", "and", "-", "republic", "new", "south"]
    named = 0
    for _ in range(400):
        words: list[str] = []
        for _ in range(rng.randint(0, 12)):
            form = rng.choice(pieces)
            cut = rng.randint(1, len(form))  # a form whole, or its first words only
            words += [*form[:cut], *rng.sample(filler, rng.randint(0, 2))]
        expected = _every_run(words, forms)
        assert titles_others._named(words, forms) == expected, words
        named += bool(expected)
    assert named > 100
