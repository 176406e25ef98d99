"""A tally of deportations "since" a day: "Pakistan has deported 944 families since April 1",
"expelling 6,700 people since March 15", "Since April 1, 47,756 undocumented Afghans have been
deported". The day the deportations have run from is a reported start of enforcement, held to
its event's record as :mod:`narrlint.claims.dates_starts` holds "deportations began on …"
(within its tolerance of days, any national order that records it keeps it silent).

Only the campaign's own verbs in a form that reports them ("deported", "expelling"), not
returns, repatriations, arrests or detentions (people left, were sent home or were held from
many days that start nothing); not one place's operation ("from Khyber", "the Punjab
government"), another country's, a negated verb or a later round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_starts import (
    Start,
    after_record,
    day_at,
    start_events,
)
from narrlint.claims.dates_starts_what import foreign_agent
from narrlint.claims.dates_words import FRESH_WORDS
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

SINCE = frozenset({"since"})
"""The word before the day a tally runs from."""
TALLY_VERBS = frozenset({"deport", "expel"})
"""The campaign's verbs a tally since a day reports ("deported", "expelling")."""
TALLY_REACH = 14
"""Words between the verb and "since" either way ("has deported 944 Afghan families — totalling
around 6,700 individuals — since …")."""
NEGATION_REACH = 6
"""Words before the verb a negation may stand ("no ACC holder has been deported since …")."""
STATEMENT_BREAKS = frozenset({";", ":"})
"""Marks past which a verb belongs to another statement."""


def since_starts(sentence: Span, lexicon: Lexicon, day: dt.date | None) -> Iterator[Start]:
    """The days deportations are tallied from in one sentence (see the module's docstring)."""
    if day is None:
        return
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for k in range(sentence.start, sentence.end - 1):
        if lowers[k] not in SINCE:
            continue
        found = day_at(doc, k + 1, k + 1, day, SINCE)
        if found is None:
            continue
        span, date, _ = found
        verb = _tally_verb(sentence, k, span.end, lowers, lemmas)
        if verb is None or foreign_agent(doc, sentence.start, min(verb, k), lexicon):
            continue
        window = range(max(sentence.start, min(verb, k) - 3), min(sentence.end, span.end + 3))
        if any(lowers[j] in FRESH_WORDS for j in window):
            continue  # "a new wave of deportations since …"
        events = start_events(sentence, window, lexicon)
        if events is None:
            continue
        event, others = events
        if event.first_known is not None and day < event.first_known:
            continue
        if after_record(span, date, event):
            yield Start(span, date, False, _latest_begun(event, others, day), others)


def _latest_begun(event: Profile, others: tuple[Profile, ...], day: dt.date) -> Profile:
    """A tally runs up to the text's date: of the orders it may mean, the one whose
    enforcement began last by then is the one to name (the campaign's first order is not, for
    a tally of this spring's deportations)."""
    begun = [
        p
        for p in (event, *others)
        if p.deadline.enforcement_from is not None and p.deadline.enforcement_from <= day
    ]
    return max(begun, key=lambda p: p.deadline.enforcement_from, default=event)


def _tally_verb(
    sentence: Span, since: int, end: int, lowers: list[str], lemmas: list[str]
) -> int | None:
    """The campaign's verb, in a form that reports it, near "since" in its statement, and not
    negated."""
    first = max(sentence.start, since - TALLY_REACH)
    last = min(sentence.end, end + TALLY_REACH)
    for j in [*range(since - 1, first - 1, -1), *range(end, last)]:
        if lowers[j] in STATEMENT_BREAKS:
            if j < since:
                break
            return None
        if lemmas[j] in TALLY_VERBS and lowers[j] != lemmas[j]:
            if any(w in NEGATIONS for w in lowers[max(sentence.start, j - NEGATION_REACH) : j]):
                return None  # "have not been deported since …", "no ACC holder has been …"
            return j
    return None
