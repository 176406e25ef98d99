"""Date claims: the dates and windows a draft gives, in their role, and the deadline they name.

A *date claim* is a date ("November 1", "1 November 2023", "the end of November") or a window
("30-day", "one month") with its role in the sentence: a ``deadline`` ("leave by November 1",
"the November 1 deadline", "given 30 days to leave"), an ``extension`` (the new cut-off:
"extended to June 30"), ``enforcement_start`` ("face deportation from November 1"), the
``expiry`` of a document ("PoR cards valid until June 30"), an ``announcement`` ("announced on
October 3"), an ``event_date`` ("bombings on September 29", "October 4-5") or ``unknown``. Windows
are read only as cut-offs. Cues are found by :mod:`narrlint.claims.dates_cues`, values beyond the
pipeline's by :mod:`narrlint.claims.dates_values`; what a record accepts is
:mod:`narrlint.claims.dates_record`, the fixes' wording :mod:`narrlint.claims.dates_wording`.

A cut-off (deadline, extension, enforcement start, expiry) also carries the groups and the
place the clause names and the ledger deadlines it may name (``candidates``, best first): the
event is recognised from the ledger's own words (:mod:`narrlint.claims.dates_clues`), never
from fixed sentences, and from the sentences before when the clause refers back ("the
deadline", "they have until …"). ``resolve`` gives the one deadline the claim names when that
is certain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from narrlint.claims.base import Resolution
from narrlint.claims.dates_claim import CUT_OFF_ROLES, ROLES, DateClaim
from narrlint.claims.dates_clues import clues_of, leaves_the_country
from narrlint.claims.dates_country import country_of
from narrlint.claims.dates_cues import clause_values, clauses, uncued_role
from narrlint.claims.dates_cutoff import cut_off, only_by_time, window_of_period
from narrlint.claims.dates_left import LEFT_CUE, LEFT_MARGIN_DAYS, LEFT_WORDS, time_left
from narrlint.claims.dates_lexicon import Lexicon, Profile, lexicon_for
from narrlint.claims.dates_match import Candidate
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_purpose import (
    foreign_purpose_in,
    purpose_reaches,
    purpose_right_after,
)
from narrlint.claims.dates_record import accepts, link_in_force, same_value
from narrlint.claims.dates_since import SINCE, since_starts
from narrlint.claims.dates_stale import end_replaced
from narrlint.claims.dates_starts import START_CUE, campaign_starts
from narrlint.claims.dates_values import (
    added_spans,
    after_from,
    after_to,
    date_spans,
    holding,
    written_sentences,
    year_spans,
)
from narrlint.claims.dates_wording import rewritten_date, rewritten_window
from narrlint.claims.dates_words import STARTED_FORMS
from narrlint.nlp.quantities import DateValue
from narrlint.nlp.tokens import sentence_at, spans_of, where_lower
from narrlint.nlp.vocabulary import MONTH_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus

__all__ = [
    "CUT_OFF_ROLES",
    "LEFT_CUE",
    "MONTH_NAMES",
    "ROLES",
    "START_CUE",
    "Candidate",
    "Cue",
    "DateClaim",
    "Profile",
    "Value",
    "accepts",
    "end_replaced",
    "lexicon_for",
    "link_in_force",
    "read",
    "read_doc",
    "resolve",
    "rewritten_date",
    "rewritten_window",
    "same_value",
]

STARTED = frozenset(STARTED_FORMS | SINCE)
"""The verbs of a reported start, as the key of a per-doc index."""


# ---------------------------------------------------------------------------------------------
# Reading


def read(draft: Draft, corpus: Corpus) -> list[DateClaim]:
    """Every date claim of the draft, in the order of the text."""
    return read_doc(draft.doc, corpus, draft.date)


def read_doc(doc: Doc, corpus: Corpus, day: dt.date | None) -> list[DateClaim]:
    """Every date claim of a parsed text written on ``day`` (a draft, a corpus sentence)."""
    lexicon = lexicon_for(corpus, day)  # less the validity chains of another era
    found: list[DateClaim] = []
    sentences = written_sentences(doc)
    dates = date_spans(doc, day)
    durations = [*spans_of(doc, "durations"), *year_spans(doc), *added_spans(doc)]
    durations.sort(key=lambda s: s.start)
    # most sentences give no date nor window: only those that do are split and read
    for index in holding(sentences, {s.start for s in (*dates, *durations)}):
        sentence = sentences[index]
        for clause in clauses(sentence):
            clues = None
            olds: list[Value] = []  # "from <date>" values of the clause, for "… to <date>"
            period: tuple[Value, Value] | None = None  # "from August 4 to August 31"
            for span, value, cue in clause_values(clause, dates, durations, lexicon):
                if value.is_date and after_from(clause, span):
                    olds.append(value)
                elif value.is_date and olds and after_to(clause, span):
                    period = (olds[-1], value)
                if cue is None:
                    role = uncued_role(clause, span)
                    found.append(DateClaim(span, value, role, None, sentence, clause))
                    continue
                clues = clues or clues_of(clause, lexicon)
                where = (sentences, index, clause)
                lex = lexicon
                no_start = False  # a start of another country's order its record has no day for
                if lexicon.abroad and (abroad := country_of(where, lexicon, cue, clues)):
                    lex = lexicon.abroad[abroad]  # "Iran has extended …": Iran's orders only
                    # "required to leave Iran after <date>" is not a start of expulsions but
                    # the cut-off told by the day after it, judged by that country's record
                    no_start = (
                        cue.role == "enforcement_start"
                        and not lex.enforced
                        and not (cue.before_first_day and leaves_the_country(span, lex))
                    )
                    if no_start:
                        lex = lexicon  # a start its record has no day for: unknown, as before
                own = clues if lex is lexicon else clues_of(clause, lex)
                if own.foreign_purpose and not purpose_reaches(clause, span, lex):
                    own = replace(own, foreign_purpose=False)  # "to protest the decision
                    # that … will require a passport and visa from <date>"
                elif own.foreign_purpose:
                    before = clause.doc[clause.start : span.start]
                    own = replace(
                        own,
                        purpose_before=foreign_purpose_in(before, lex),
                        purpose_after=purpose_right_after(clause, span, lex),
                    )
                old = olds[-1] if olds and cue.role == "extension" else None
                claim = cut_off(span, value, cue, where, own, lex, day, old)
                if not value.is_date and period is not None and only_by_time(claim):
                    claim = window_of_period(claim, period, lex, day)
                if no_start and claim.candidates:
                    # "expelled from Iran after …": never judged by the ledger's own orders
                    why = f"the start is of {abroad}'s order, whose record has no day for it"
                    claim = replace(claim, candidates=(), authority=abroad, why_none=why)
                if lex is not lexicon and not claim.candidates and claim.authority is None:
                    # an order of that country's the ledger does not record: still that
                    # country's (NL102 compares its values), and the reason says whose
                    why = f"the deadline is set by {abroad}, whose record does not decide it"
                    why += f": {claim.why_none}" if claim.why_none else ""
                    claim = replace(claim, authority=abroad, why_none=why)
                found.append(claim)
    starts = list(_started(doc, sentences, lexicon, day))
    starts += _left(sentences, dates, durations, lexicon, day)
    if starts:  # "deportations began in November 2023": the time is the start, not an event
        taken = {i for c in starts for i in range(c.span.start, c.span.end)}
        found = [c for c in found if taken.isdisjoint(range(c.span.start, c.span.end))]
        found += starts
    return sorted(found, key=lambda c: (c.span.start, c.span.end))


def _left(
    sentences: list[Span],
    dates: list[Span],
    durations: list[Span],
    lexicon: Lexicon,
    day: dt.date | None,
) -> Iterator[DateClaim]:
    """Time left before a cut-off (:mod:`narrlint.claims.dates_left`) as the cut-off it puts
    at the text's date: "ten days remaining in the deadline" in a text of March 30 is April 9,
    read with the clause's clues like any deadline; a recorded cut-off within the margin is
    the one meant."""
    if day is None:
        return
    hits = where_lower(sentences[0].doc, LEFT_WORDS) if sentences else []
    for index in holding(sentences, set(hits)):  # most texts tell no time left
        sentence = sentences[index]
        for left in time_left(sentence, durations, dates, day):
            clause = next(c for c in clauses(sentence) if c.start <= left.span.start < c.end)
            cue = Cue(LEFT_CUE, True, role="deadline")
            where = (sentences, index, clause)
            clues = clues_of(clause, lexicon)
            exact = None
            for shift in sorted(range(-LEFT_MARGIN_DAYS, LEFT_MARGIN_DAYS + 1), key=abs):
                cut = left.cut_off + dt.timedelta(days=shift)
                value = Value(date=DateValue(cut.month, cut.day, cut.year))
                claim = cut_off(left.span, value, cue, where, clues, lexicon, day)
                exact = exact or claim
                if claim.accepted_by:
                    exact = claim  # a loose count of a recorded cut-off
                    break
            yield exact


def _started(
    doc: Doc, sentences: list[Span], lexicon: Lexicon, day: dt.date | None
) -> Iterator[DateClaim]:
    """The reported starts of enforcement (:mod:`narrlint.claims.dates_starts`) as claims: the
    event first, then every order the report may also mean (any that records the time keeps
    it silent)."""
    seen: set[int] = set()
    for i in where_lower(doc, STARTED):
        sentence = sentence_at(doc, i)
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        for start in (
            *campaign_starts(sentence, lexicon, day),
            *since_starts(sentence, lexicon, day),
        ):
            others = tuple((p, (0, 0, 0)) for p in start.others if p is not start.event)
            yield DateClaim(
                start.span,
                Value(date=start.date),
                "enforcement_start",
                Cue(START_CUE, True, role="enforcement_start"),
                sentence,
                sentence,
                candidates=((start.event, (1, 1, 1)), *others),
                day=day,
                year_only=start.year_only,
            )


# ---------------------------------------------------------------------------------------------
# The fact a claim rests on


def resolve(claim: DateClaim, draft: Draft, corpus: Corpus) -> Resolution:
    """The ledger deadline the claim names, or why none is certain."""
    if claim.role not in CUT_OFF_ROLES:
        role = claim.role.replace("_", " ")
        return Resolution(None, reason=f"not given as a cut-off ({role}): not compared")
    if not claim.candidates:
        return Resolution(None, reason=claim.why_none)
    profile = claim.event
    if profile is None:
        ids = ", ".join(p.id for p in (claim.accepted_by or [p for p, _ in claim.candidates]))
        return Resolution(None, reason=f"the sentence may name {ids}; none is certain")
    deadline = profile.deadline
    summary = deadline.title
    if deadline.date is not None:
        summary += f"; date {deadline.date.isoformat()}"
    if profile.durations:
        summary += "; windows " + ", ".join(f"{d} days" for d in profile.durations)
    if profile in claim.accepted_by:
        reason = "the value is one the ledger records for this deadline"
    else:
        reason = "the sentence names this deadline; the ledger records another value"
    return Resolution(
        f"deadlines/{deadline.id}",
        summary,
        deadline.origin.evidence(f"{deadline.id}: {summary}"),
        reason,
    )
