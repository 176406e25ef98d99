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
from dataclasses import dataclass, replace
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, ClassVar

from narrlint.claims.base import Claim, Resolution
from narrlint.claims.dates_clues import Clues, clues_of, leaves_the_country
from narrlint.claims.dates_context import (
    alternative,
    anaphoric,
    enforced_after_deadline,
    people_before,
)
from narrlint.claims.dates_cues import clause_values, clauses, uncued_role
from narrlint.claims.dates_figures import figure_groups
from narrlint.claims.dates_frames import tells_of_change, tells_of_new_order
from narrlint.claims.dates_generic import GENERIC, names_no_group, names_people_only
from narrlint.claims.dates_generic import in_force as orders_in_force
from narrlint.claims.dates_groups import noun_groups
from narrlint.claims.dates_left import LEFT_CUE, LEFT_MARGIN_DAYS, LEFT_WORDS, time_left
from narrlint.claims.dates_lexicon import Lexicon, Profile, lexicon_for
from narrlint.claims.dates_match import (
    Candidate,
    another_groups_deadline,
    covered_only,
    documents_valid,
    extended_from,
    named_candidates,
    recorded_elsewhere,
)
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_purpose import purpose_reaches
from narrlint.claims.dates_record import (
    LENGTH_MARGIN_DAYS,
    accepts,
    anchored_on,
    announcement_told,
    any_group_may,
    calendar_day,
    current_record,
    either_holds,
    evidence_rank,
    fronted_month,
    history_told,
    holds,
    lagging,
    later_order,
    link_in_force,
    newer_than_record,
    other_time,
    placed_in_text,
    same_value,
    strongest,
    told_passed,
    within_record,
)
from narrlint.claims.dates_since import SINCE, since_starts
from narrlint.claims.dates_stale import covers_all, drop_stale, main_part, set_now
from narrlint.claims.dates_starts import START_CUE, campaign_starts, start_accepted
from narrlint.claims.dates_values import (
    added_spans,
    after_from,
    after_to,
    context_sentences,
    date_spans,
    holding,
    paragraph_break,
    written_sentences,
    year_spans,
)
from narrlint.claims.dates_wording import rewritten_date, rewritten_window
from narrlint.claims.dates_words import CONTRASTED_PEOPLE, EXTENSION_LEMMAS, STARTED_FORMS
from narrlint.nlp.quantities import DateValue
from narrlint.nlp.tokens import lemma_lowers, sentence_at, spans_of, where_lower
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
    "lexicon_for",
    "link_in_force",
    "read",
    "read_doc",
    "resolve",
    "rewritten_date",
    "rewritten_window",
    "same_value",
]

ROLES = (
    "deadline", "extension", "announcement", "enforcement_start", "expiry", "event_date",
    "unknown",
)  # fmt: skip
CUT_OFF_ROLES = frozenset({"deadline", "extension", "enforcement_start", "expiry"})
"""Roles of a value that is a cut-off: only those are matched with the ledger's deadlines."""
STARTED = frozenset(STARTED_FORMS | SINCE)
"""The verbs of a reported start, as the key of a per-doc index."""


@dataclass(frozen=True, eq=False)
class DateClaim(Claim):
    """A date or window the draft gives, in its role; ``span`` is the date or window itself."""

    kind: ClassVar[str] = "date"
    value: Value
    """The date (``value.date``, a :class:`DateValue`) or the window (``count`` ``unit``)."""
    role: str
    """One of :data:`ROLES`."""
    cue: Cue | None
    """Why the value is a cut-off ("until", "deadline", "expires" …); None for other dates."""
    sentence: Span
    clause: Span
    """The part of the sentence the value was read in (split at ";", "but", "while" …)."""
    groups: tuple[str, ...] = ()
    """Ledger categories the clause names (ids), for a cut-off."""
    place: str | None = None
    """Where the cut-off applies: a place of the ledger's deadlines the clause names ("the twin
    cities"), else a country of its governments ("Pakistan"), else the authority the ledger does
    not know that sets the deadline ("Iran")."""
    candidates: tuple[Candidate, ...] = ()
    """Ledger deadlines the claim may name, best first (empty when none, or not a cut-off)."""
    why_none: str = ""
    """Why no ledger deadline is a candidate, in plain words (when ``candidates`` is empty)."""
    placed: dt.date | None = None
    """The calendar day a date without its year means in the text (the latest such day by
    the text's date for a past ending, "expired on March 31"; else the nearest): a chain of
    validity dates is judged by it, not by month and day alone."""
    day: dt.date | None = None
    """The text's date."""
    period: tuple[dt.date, dt.date] | None = None
    """For a window given with its own first and last day ("25 days, from August 4 to August
    31"): those days, which the window must span."""
    newer: tuple[Profile, ...] = ()
    """The events the claim names whose record ends before the text's date and this value
    (best first): the text reports something later than the ledger knows (when
    ``candidates`` is empty)."""
    year_only: bool = False
    """A reported start given as a year ("began last year", "in 2024"): compared by year."""

    @property
    def is_date(self) -> bool:
        return self.value.is_date

    @property
    def best(self) -> Profile:
        return self.candidates[0][0]

    @property
    def clear_best(self) -> bool:
        """The best candidate is better than every other one (not merely nearer in time)."""
        if len(self.candidates) == 1:
            return True
        named = bool(self.groups)
        return evidence_rank(self.candidates[0], named) > evidence_rank(self.candidates[1], named)

    @cached_property
    def accepted_by(self) -> tuple[Profile, ...]:
        """Candidates whose record accepts the value (the same cut-off, in any recorded form).
        A window is judged only by deadlines that record windows, or, for an extension's
        length, by a chain's link in force at the text's date (never by an order's first
        window); when none does, or for an extension's length when the order the clause
        names best does not, nothing can be said and every candidate accepts it."""
        profiles = [p for p, _ in self.candidates]
        if self.cue is not None and self.cue.word == START_CUE:  # "deportations began in …"
            date = self.value.date
            return tuple(p for p in profiles if start_accepted(p, date, self.year_only))
        if not self.value.is_date:
            if self.period is not None:  # judged by the days it says it spans
                low, high = self.value.day_range()
                days = (self.period[1] - self.period[0]).days
                # counted from the announcement, the first full day, with or without the
                # last: "a 25-day grace period from August 4 to August 31" is the official's
                # own count of that period, not another window
                spans = low - LENGTH_MARGIN_DAYS <= days + 1 and days <= high + LENGTH_MARGIN_DAYS
                return tuple(profiles) if spans else ()
            lengths = {p.id: self.link_length(p) for p in profiles}
            # an extension's length is not the first window: "extended for a year" is judged
            # by a chain's link only, never by the order's "30 days to leave"
            first = self.role != "extension"
            judges = [p for p in profiles if (first and p.durations) or lengths[p.id]]
            if not judges or (not first and profiles[0] not in judges):
                return tuple(profiles)  # the order the clause names best cannot judge it
            return tuple(
                p
                for p in judges
                if (
                    _covers(self, lengths[p.id])
                    if lengths[p.id]
                    else accepts(p, self.value, self.cue)
                )
            )
        return tuple(p for p in profiles if accepts(p, self.value, self.cue, self.placed))

    def link_length(self, profile: Profile) -> int | None:
        """For "a six-month extension" of a chain: the days its link in force at the text's
        date added (None when the claim is not an extension's length or there is no link)."""
        if self.role != "extension" or self.is_date or self.day is None:
            return None
        link = link_in_force(profile, self.day)
        return (link[1] - link[0]).days if link is not None else None

    @property
    def event(self) -> Profile | None:
        """The one deadline this claim is about, when that is certain."""
        if len(self.accepted_by) == 1:
            return self.accepted_by[0]
        if self.accepted_by and self.best in self.accepted_by and self.clear_best:
            return self.best  # several record the value; the clause names this one best
        if not self.accepted_by and self.candidates and self.clear_best:
            return self.best
        return None

    @property
    def events(self) -> tuple[Profile, ...]:
        """The events the claim may be about: the certain one, else every event accepting it."""
        if self.event is not None:
            return (self.event,)
        return self.accepted_by

    @cached_property
    def tells_of_change(self) -> bool:
        """The sentence tells of a change of deadline ("extended to June 30"; not "would not
        be extended"), so it gives two dates on purpose."""
        return tells_of_change(self.sentence)

    def details(self) -> dict[str, Any]:
        date = self.value.date
        return {
            "role": self.role,
            "date": (
                (str(date.year) if self.year_only else _iso(date)) if date is not None else None
            ),
            "end_date": _iso(date, date.end_day) if date and date.end_day else None,
            "days": list(self.value.day_range()) if not self.is_date else None,
            "cue": self.cue.word if self.cue is not None else None,
            "groups": list(self.groups),
            "place": self.place,
            "events": [p.id for p, _ in self.candidates],
        }


def _iso(date: DateValue, day: int | None = None) -> str:
    """ISO 8601, truncated where the draft gives no year or day: "2023-11-01", "--11-01",
    "2023-11", "--11"."""
    day = day if day is not None else date.day
    year = f"{date.year:04d}" if date.year is not None else "-"
    return f"{year}-{date.month:02d}" + (f"-{day:02d}" if day is not None else "")


# ---------------------------------------------------------------------------------------------
# Reading


def read(draft: Draft, corpus: Corpus) -> list[DateClaim]:
    """Every date claim of the draft, in the order of the text."""
    return read_doc(draft.doc, corpus, draft.date)


def read_doc(doc: Doc, corpus: Corpus, day: dt.date | None) -> list[DateClaim]:
    """Every date claim of a parsed text written on ``day`` (a draft, a corpus sentence)."""
    lexicon = lexicon_for(corpus)
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
                own = clues
                if clues.foreign_purpose and not purpose_reaches(clause, span, lexicon):
                    own = replace(clues, foreign_purpose=False)  # "to protest the decision
                    # that … will require a passport and visa from <date>"
                where = (sentences, index, clause)
                old = olds[-1] if olds and cue.role == "extension" else None
                claim = _cut_off(span, value, cue, where, own, lexicon, day, old)
                if not value.is_date and period is not None and _only_by_time(claim):
                    claim = _window_of_period(claim, period, lexicon, day)
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
                claim = _cut_off(left.span, value, cue, where, clues, lexicon, day)
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


def _only_by_time(claim: DateClaim) -> bool:
    """No candidate, or only orders named by the time they are in force: a window's own first
    and last day say better which order it is."""
    return all(score == GENERIC for _, score in claim.candidates)


def _window_of_period(
    claim: DateClaim, period: tuple[Value, Value], lexicon: Lexicon, day: dt.date | None
) -> DateClaim:
    """ "a grace period of 25 days, from August 4 to August 31": a window given with its own
    first and last day names the event the ledger records as announced on the first with a
    cut-off on the last; the window is then judged by that period's length."""
    if day is None or period[0].date.day is None or period[1].date.day is None:
        return claim
    first, last = (calendar_day(v.date, day) for v in period)
    if first is None or last is None or last <= first:
        return claim
    found = [p for p in lexicon.profiles if p.deadline.announced == first and last in p.accepted]
    if len(found) != 1:
        return claim
    return replace(claim, candidates=((found[0], (0, 2, 1)),), why_none="", period=(first, last))


def _cut_off(
    span: Span,
    value: Value,
    cue: Cue,
    where: tuple[list[Span], int, Span],
    clues: Clues,
    lexicon: Lexicon,
    day: dt.date | None,
    old: Value | None = None,
) -> DateClaim:
    """A cut-off with the ledger deadlines it may name: an extension "from <old> to <value>"
    names the event whose chain was extended from ``old`` by the text's date; else the
    clause's own clues, else (when the clause refers back) the start of the sentence and the
    sentences before."""
    sentences, index, clause = where
    sentence = sentences[index]
    several = cue.noun is not None and len(clues.categories) > 1  # only then can it narrow
    own = noun_groups(cue.noun, clause, lexicon) if several else frozenset()
    clues = replace(clues, categories=own) if own and own < clues.categories else clues
    candidates = extended_from(lexicon, old, day) if old is not None else []
    candidates = candidates or named_candidates(lexicon, clues, cue, day)
    context = False
    earlier: list[Span] = []
    if not candidates and anaphoric(cue, clues, lexicon.people, clause):
        earlier = [
            sentence.doc[sentence.start : clause.start],
            *context_sentences(sentences, index),
        ]
        if any(t.lower_ in CONTRASTED_PEOPLE for t in clause):
            earlier = earlier[1:]  # "PoR holders can stay, while others must leave by …"
        candidates, context = _from_context(earlier, lexicon, day, value, cue), True
    if not candidates:
        clues, candidates = _place_before(sentences, index, clues, lexicon, cue)
    placed = placed_in_text(span, value, cue, day)
    generic = not candidates and (
        names_people_only(clause, span, clues, lexicon)
        or names_no_group(clause, span, clues, lexicon, cue)
    )
    if generic:  # "Afghans must leave by …": the order in force for them at the text's date
        candidates = orders_in_force(lexicon, clues, cue, value, day, placed)
    elif not candidates and context and (before := people_before(earlier, lexicon, cue)):
        # "… the deadline for deporting Afghan refugees. The deadline initially set for …"
        generic = True
        candidates = orders_in_force(lexicon, before, cue, value, day, placed)
    elif (
        not candidates
        and context
        and enforced_after_deadline(
            sentence.doc[sentence.start : span.start], clues, cue, clause, lexicon
        )
    ):  # "The deadline … was ending, so action would be launched from …"
        generic = True
        candidates = orders_in_force(lexicon, clues, cue, value, day, placed)
    why = ""
    if candidates and alternative(span):
        candidates = []  # "for six months or one year": one of the lengths considered
        why = "the text gives it as one of alternatives: the record cannot say which is meant"
    elif clues.other_authority:
        why = f"the deadline is set by {clues.other_authority}, which the ledger does not record"
    elif clues.onward:
        why = (
            f'the deadline is for people bound elsewhere ("{clues.onward}"), a group the '
            "ledger's deadlines do not name"
        )
    elif not candidates:
        why = "no ledger deadline matches the groups, actions or terms named here"
        if context:
            why += " or in the sentences before"
        if generic:
            why += ", and the people it names are not one group with one order in force then"
    in_scope = [c for c in candidates if within_record(c[0], day, value)]
    if candidates and not in_scope:
        ids = ", ".join(sorted(p.id for p, _ in candidates))
        why = f"the ledger's record of {ids} starts after this text's date or this value"
    if not in_scope and not clues.other_authority and not clues.onward:
        valid = documents_valid(lexicon, clues, cue, value, day, placed)
        if valid:  # "a March 31 deadline for PoR holders to exit" while their cards were valid
            in_scope, why = valid, ""
    passed = told_passed(span)  # "since the <date> deadline expired": not one still ahead
    # "extended to", "a new deadline", "announced on Monday": maybe a later order
    fresh = tells_of_new_order(sentence) or other_time(sentence, span)
    in_force = [
        c
        for c in in_scope
        if passed
        or not newer_than_record(c[0], day, value, cue, placed)
        or (
            not fresh
            and current_record(c[0], lexicon, day)  # "set a deadline of 1 December"
            and not covered_only(c[0], clues.categories, day)  # its own later order, maybe
        )
    ]
    anchor = None
    if cue.role == "deadline" and EXTENSION_LEMMAS.isdisjoint(
        lemma_lowers(clause.doc)[clause.start : clause.end]
    ):
        anchor = anchored_on(clause, span, day, [p for p, _ in in_scope])
    if anchor is not None:
        # "in a meeting on October 3 … gave a deadline until …": the order announced that
        # day, and the value its history, whichever other orders share the group
        in_force = [c for c in in_scope if c[0] in anchor[1]]
    elif len(in_force) < len(in_scope) and (
        told := announcement_told(clause, span, day) or fronted_month(clause, span, day)
    ):
        # "announced in early October that …", "In October, the government asked …": the
        # history of the order on record
        in_force = [
            c for c in in_scope if not newer_than_record(c[0], day, value, cue, placed, told)
        ]
    elif len(in_force) < len(in_scope) and history_told(clause, span, day):
        # "Earlier, …", "had set April 30 as the deadline": its history, unless still ahead
        # months after the record ended
        in_force = [c for c in in_scope if not later_order(c[0], day, value, placed)]
    newer: tuple[Profile, ...] = ()
    if in_scope and not in_force:
        ids = ", ".join(sorted(p.id for p, _ in in_scope))
        why = (
            f"the ledger's record of {ids} ends before this text's date and this value: a "
            "later deadline (a new extension, another phase) the ledger has no record of yet"
        )
        newer = lagging(strongest(in_scope, day, bool(clues.categories)), lexicon, day)
    held = [p for p, _ in in_force if holds(p, value, cue, day, placed)]
    if (in_force or newer) and not held:
        local = recorded_elsewhere(lexicon, clues, cue, value, day, placed)
        if local is not None and not leaves_the_country(span, lexicon):
            where_ = local.deadline.place
            why = (
                f"the ledger records this value for {where_} ({local.id}), a place the clause "
                "does not name: the record cannot say which order is meant"
            )
            in_force, newer = [], ()
    in_scope = in_force
    if another_groups_deadline(lexicon, clues, in_scope, day) and any_group_may(
        lexicon, clues.categories, value, cue, day, placed
    ):
        why = "it names several groups with deadlines of their own; the record cannot tell whose"
        in_scope = []
    elif in_scope and (others := figure_groups(clause, clues.categories, lexicon)):
        alt = [p for p in lexicon.profiles if p.targets & others]  # any order of theirs
        if any(either_holds(p, value, cue, day, placed) for p in alt):
            why = "the group's figure is another group's, whose record holds this value"
            in_scope = []
    if in_scope and value.is_date and value.date.year is None and set_now(clause, span):
        held_by = [p for p, _ in in_scope if holds(p, value, cue, day, placed)]
        in_scope = drop_stale(in_scope, held_by, day)  # "has set a November 1 deadline"
    if in_scope:
        in_scope = strongest(in_scope, day, bool(clues.categories))
    return DateClaim(
        span,
        value,
        cue.role,
        cue,
        sentence,
        clause,
        groups=tuple(sorted(clues.categories)),
        place=clues.places[0] if clues.places else clues.other_authority,
        candidates=tuple(in_scope),
        why_none=why,
        placed=placed,
        day=day,
        newer=newer,
    )


def _place_before(
    sentences: list[Span], index: int, clues: Clues, lexicon: Lexicon, cue: Cue
) -> tuple[Clues, list[Candidate]]:
    """ "… the deadline for removal of Afghans from the capital and Rawalpindi. ACC holders
    will be shifted to other cities by March 31": a clause naming no place of a local order
    that nothing else names, right after a sentence of the same paragraph that names such
    places, may be about their orders (the clues with the places, and their orders: the time
    in force then tells which)."""
    local = lexicon.local_places
    if index == 0 or any(p in local for p in clues.places):
        return clues, []
    previous, sentence = sentences[index - 1], sentences[index]
    if paragraph_break(sentence.doc, previous.end, sentence.start):
        return clues, []
    named = [p for p in clues_of(previous, lexicon).places if p in local]
    if not named:
        return clues, []
    inherited = replace(clues, places=(*named, *clues.places))
    found = [c for c in named_candidates(lexicon, inherited, cue) if c[0].deadline.place in named]
    return (inherited, found) if found else (clues, [])


# ---------------------------------------------------------------------------------------------
# Which deadline a claim is about


def _from_context(
    earlier: list[Span], lexicon: Lexicon, day: dt.date | None, value: Value, cue: Cue
) -> list:
    """The event of the nearest earlier text that names exactly one (the start of the same
    sentence, then up to two sentences back), among those on record at the text's date. A
    document's expiry ("Their cards expired on …") is of the named group's documents: only a
    validity chain of that group can be meant."""
    for span in earlier:
        if not len(span):
            continue
        clues = clues_of(main_part(span), lexicon)
        if cue.role == "expiry":
            chains = named_candidates(lexicon, replace(clues, validity=True), cue, day)
            found = [c for c in chains if c[0].deadline.steps]
        else:
            found = named_candidates(lexicon, clues, Cue("context", True), day)
        found = [c for c in found if within_record(c[0], day, value)] or found
        if found:  # a sentence naming no group means the order for everyone there
            rank = partial(evidence_rank, named=bool(clues.categories))
            ranked = sorted(found, key=rank, reverse=True)
            if len(ranked) == 1 or rank(ranked[0]) > rank(ranked[1]):
                return ranked[:1]
            whole = [c for c in ranked if covers_all(c[0], clues.categories, day)]
            return whole if len(whole) == 1 else []  # the one order for all groups named
    return []


def _covers(claim: DateClaim, days: int | None) -> bool:
    """The window the claim gives may be ``days`` long ("six months" for 184 days); a month's
    rounding either way is the same length written in months."""
    if days is None:
        return True
    low, high = claim.value.day_range()
    return low - LENGTH_MARGIN_DAYS <= days <= high + LENGTH_MARGIN_DAYS


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
