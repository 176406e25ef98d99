"""``dates_cues._requested_change`` tests the clause's lemmas for a word of asking and one of
extension before it builds any Token (round 14, dates reading cost): a clause lacking either
is no request; one with both is read as before, a capitalised word (a name) not counting as
the verb of asking."""

import pytest

from narrlint.claims.dates_cues import _requested_change, clauses
from narrlint.claims.dates_values import date_spans
from narrlint.nlp.tokens import sentences


def _requested(corpus, text: str) -> bool:
    doc = corpus.nlp(text)
    (span,) = date_spans(doc)
    (sentence,) = sentences(doc)
    clause = next(c for c in clauses(sentence) if c.start <= span.start < c.end)
    return _requested_change(clause, span)


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("Aid groups urged Pakistan to extend the deadline to December 31.", True),
        ("Lawmakers asked the government to postpone the deportations until December 31.", True),
        ("Pakistan extended the deadline to December 31.", False),  # no asking
        ("Officials asked families to leave the country by December 31.", False),  # no change
        ("The Appeal Court extended the deadline to December 31.", False),  # a name
    ],
)
def test_a_requested_change_needs_asking_and_extension(seed_corpus, text, requested):
    assert _requested(seed_corpus, text) is requested
