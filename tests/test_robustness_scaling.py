"""Readers that walked back (or forward) over a whole sentence or block for every claim were
quadratic in its length, so a large but plausible draft ran past the rule time budget and its
findings became NL000 (robustness probe D6). Each test counts the work done (calls or reads),
never the time, on a long run of one unit, and also checks the answers are still given."""

from __future__ import annotations

import pytest

from narrlint.claims import groups_phrases, groups_places, titles_model
from narrlint.claims.groups_lexicon import lexicon
from narrlint.engine import Linter
from narrlint.source import SourceText


def _doc(corpus, text: str):
    return Linter([], corpus).parse(SourceText(text), "draft.md").doc


def test_abroad_reads_each_word_a_few_times_not_once_per_number(seed_corpus, monkeypatch):
    """A sentence of 2,000 numbers: the nearest country before each number was found by
    walking back to the sentence start (2,000^2 / 2 word tests)."""
    doc = _doc(seed_corpus, " ".join(str(i) for i in range(2_000)) + "\n")
    lex = lexicon(seed_corpus)
    calls = [0]
    real = groups_places._maybe_foreign

    def counted(lower, lex):
        calls[0] += 1
        return real(lower, lex)

    monkeypatch.setattr(groups_places, "_maybe_foreign", counted)
    n = len(doc)
    assert n >= 2_000
    answers = [groups_places.abroad(doc, lex, i, i + 1) for i in range(n)]
    assert not any(answers)
    assert calls[0] <= 10 * n  # walking back for each number: ~2,000,000 tests


def test_abroad_still_places_a_number_after_a_foreign_country(seed_corpus):
    """The one-pass marks give the walk's answers: a foreign name set as a place before the
    number places it abroad; the ledger's country named nearer keeps it; "told ... that"
    after "in <name>" does not place it."""
    lex = lexicon(seed_corpus)
    cases = {
        "In Iran, 780,000 Afghans live without papers.": True,
        "Iran hosts 780,000 Afghans without papers.": True,
        "Unlike Iran, Pakistan hosts 780,000 Afghans.": False,
        "The consul in Karachi told TOLO that 780,000 Afghans left.": False,
    }
    for text, expected in cases.items():
        doc = _doc(seed_corpus, text + "\n")
        number = next(t.i for t in doc if t.text == "780,000")
        assert groups_places.abroad(doc, lex, number, number + 1) is expected, text


def test_in_quotation_reads_each_title_once_not_back_to_the_block_start(seed_corpus, monkeypatch):
    """A paragraph of 3,000 words with no quote mark: each claim walked back to the block
    start looking for one (3,000^2 / 2 reads)."""
    doc = _doc(seed_corpus, "Minister " * 3_000 + "\n")
    reads = [0]
    real = titles_model.lowers

    class Counted(list):
        def __getitem__(self, index):
            reads[0] += 1
            return super().__getitem__(index)

    monkeypatch.setattr(titles_model, "lowers", lambda d: Counted(real(d)))
    n = len(doc)
    assert n >= 3_000
    assert not any(titles_model.in_quotation(doc[i : i + 1]) for i in range(n))
    assert reads[0] <= 5 * n


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("He said “Minister Jilani will stay” on Monday.\n", "Jilani", True),
        ("He said “no” and Minister Jilani left.\n", "Jilani", False),
        ("“Stay,” he said.\n\nMinister Jilani left.\n", "Jilani", False),
        ("Minister Jilani left.\n", "Jilani", False),
    ],
)
def test_in_quotation_answers_stay(seed_corpus, text, word, expected):
    doc = _doc(seed_corpus, text)
    i = next(t.i for t in doc if t.text == word)
    assert titles_model.in_quotation(doc[i : i + 1]) is expected


def test_a_run_of_modifiers_is_read_a_bounded_number_of_times(seed_corpus):
    """'undocumented ' x 2,000: each modifier walked over every modifier after it."""
    doc = _doc(seed_corpus, "undocumented " * 2_000 + "refugees.\n")
    lex = lexicon(seed_corpus)
    reads = [0]

    class Counted(dict):
        def __getitem__(self, key):
            reads[0] += 1
            return super().__getitem__(key)

        def __contains__(self, key):
            reads[0] += 1
            return super().__contains__(key)

    modifiers = Counted(groups_phrases._modifier_starts(doc, lex))
    assert len(modifiers) >= 2_000
    entities = {}
    found = [groups_phrases._modified(doc, s, modifiers, entities, lex) for s in sorted(modifiers)]
    assert all(m is not None for m in found)
    assert reads[0] <= 30 * len(modifiers)  # every pair: ~4,000,000


def test_joined_modifiers_are_still_read_on_their_head(seed_corpus):
    """Two modifiers joined by 'and' are both read on the head after them."""
    lex = lexicon(seed_corpus)
    doc = _doc(seed_corpus, "Documented and undocumented Afghan refugees must leave.\n")
    _, mentions = groups_phrases.mentions_of(doc, lex)
    heads = {doc[m.start : m.end].text for m in mentions}
    assert any(h.endswith("refugees") for h in heads), heads


def test_an_announcement_day_is_sought_in_the_clause_not_the_whole_document(
    seed_corpus, monkeypatch
):
    """A paragraph of 300 deadlines: each cut-off looked at every date of the document for
    the day its order was announced (300^2 date reads; 400 KB ran past the time budget,
    robustness probe r7). Only the dates of its own clause are read now."""
    from narrlint.claims import dates_record

    from .conftest import lint_text

    sentence = (
        "In a meeting on October 3, the apex committee gave undocumented foreigners until "
        "December 1 to leave. "
    )
    visited = [0]
    real = dates_record.spans_within

    def counted(doc, key, start, end):
        found = real(doc, key, start, end)
        visited[0] += len(found)
        return found

    # The first lint of a session reads a few more dates once (the corpus's own lookups):
    # warm it first, so that the count is the same whichever test ran before this one.
    lint_text(seed_corpus, "---\ndate: 2024-01-01\n---\n" + sentence + "\n", codes=["NL101"])
    monkeypatch.setattr(dates_record, "spans_within", counted)
    text = "---\ndate: 2024-01-01\n---\n" + sentence * 300 + "\n"
    findings = lint_text(seed_corpus, text, codes=["NL101"])
    assert len([f for f in findings if f.code == "NL101"]) == 300
    assert 300 <= visited[0] <= 3 * 300  # each reads its own "October 3"


def test_a_sentence_asks_only_its_own_dates_whether_it_has_a_time(seed_corpus, monkeypatch):
    """Whether a sentence places its counts in time was asked of every date of the document
    for every sentence (O(sentences x dates): a 1 MB export took 24 s, 10 MB did not finish,
    robustness probe r14). Each sentence now reads only the dates that overlap it."""
    from narrlint.claims import counts_parts

    from .conftest import lint_text

    paragraph = (
        "Police said 12 people were killed in the blast on March 3. In the city, 7 were killed "
        "and 5 died in the villages. "
    )
    visited = []
    real = counts_parts.spans_overlapping

    def counted(doc, key, start, end):
        found = real(doc, key, start, end)
        visited.append(len(found))
        return found

    monkeypatch.setattr(counts_parts, "spans_overlapping", counted)
    for size in (100, 200):
        visited.clear()
        lint_text(
            seed_corpus, "---\ndate: 2024-01-01\n---\n" + paragraph * size + "\n", codes=["NL201"]
        )
        assert len(visited) >= size  # asked through the bisection, sentence by sentence
        assert sum(visited) <= 2 * size  # its own date at most, never the document's


class _CountingDates(list):
    """A list that counts how many of its items were read."""

    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        for k in range(len(self)):
            yield self[k]


def test_time_left_reads_only_its_own_sentences_dates(seed_corpus):
    """Each countdown sentence ("only a week is left …") looked through every date of the
    document for one of its own (O(sentences x dates) on a long draft, robustness probe r14);
    it now finds its own dates by bisection."""
    import datetime as dt

    from narrlint.claims.dates_left import time_left
    from narrlint.claims.dates_values import date_spans
    from narrlint.nlp.tokens import sentences, spans_of

    sentence = "On October 20, officials said only a week is left for foreigners to leave. "
    reads = []
    for size in (100, 200):
        doc = seed_corpus.nlp(sentence * size)
        day = dt.date(2023, 10, 25)
        dates = _CountingDates(date_spans(doc, day))
        _CountingDates.reads = 0
        for each in sentences(doc):
            list(time_left(each, list(spans_of(doc, "durations")), dates, day))
        reads.append(_CountingDates.reads)
    assert reads[0] >= 100  # each sentence asked about its own date
    assert reads[1] <= 2.5 * reads[0]  # linear: twice the sentences, about twice the reads
