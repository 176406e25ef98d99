"""NL102 ``deadline-conflict``: one draft gives two different deadlines for the same event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from narrlint.api import Corpus, Draft, Evidence, Problem, Rule, Severity
from narrlint.claims.dates import DateClaim, Profile, same_value
from narrlint.claims.dates_frames import restates, tells_of_new_order
from narrlint.claims.dates_words import ROUND_WORDS
from narrlint.claims.words import lowers as doc_lowers
from narrlint.rules.deadlines.common import (
    BOUNDARY_DAYS,
    corpus_evidence,
    fit,
    ledger_evidence,
    quoted,
    recorded,
    recorded_window,
    subject_of,
    what,
)


class DeadlineConflict(Rule):
    code = "NL102"
    name = "deadline-conflict"
    summary = "One draft gives two different deadlines for the same event"
    severity = Severity.WARNING
    documentation = """
        The draft gives one deadline for an event in one place and another deadline for the
        same event elsewhere, and the ledger cannot say which is right: it records both (the
        sources disagree: "February 28" and "March 31" for the same order), or no value for
        the event at all. Reported at the second mention, pointing at the first. When the
        ledger records one of the two values, the other is the wrong one: NL101 reports it
        there, and no NL102 is reported at either mention (whichever comes first). Forms the
        ledger treats as the same cut-off (1 November / 31 October, "30-day" / "one-month") do
        not conflict, nor does a draft that tells of an extension ("extended from March 31 to
        June 30"), nor a chain of validity dates, nor a later sentence that sets the first
        value beside the other ("ACC holders must leave by March 31, but those with UNHCR
        registration can remain until June 30": two groups' dates). An order set by an
        authority the ledger does not record ("Iran had given a three-month ultimatum …", then
        "… asked to leave the country in six months") has no value on record, so two windows of
        the same role the draft gives it in different sentences conflict, unless they name
        different groups or either sentence tells of a change or of one round among several
        ("its second deadline", "later", "a new deadline"); two dates of such an order are not
        compared (they are as often two of its rounds).

        The ledger records both 28 February and 31 March for the order to leave the twin
        cities, so it cannot say which of these is right:

        Bad (draft dated 2025-02-20):
            All Afghans must leave the twin cities of Islamabad and Rawalpindi by February 28.
            …
            Those living in the twin cities must relocate before the March 31 deadline.

        Good:
            All Afghans must leave the twin cities of Islamabad and Rawalpindi by February 28.
            …
            Those living in the twin cities must relocate before the February 28 deadline.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        claims = [c for c in draft.claims.dates if _comparable(c)]
        # Earlier claims by event, the first of each kind only: what ``_conflict`` reads of an
        # earlier claim is its events and ``_conflict_kind``, so the first of a kind stands
        # for all later ones and a long draft is not compared pair by pair.
        earlier_by_event: dict[int, dict[tuple, DateClaim]] = {}
        for later in claims:
            if later.event is not None:
                for earlier in earlier_by_event.get(id(later.event), {}).values():
                    if _conflict(earlier, later) and not _set_beside(later, earlier, claims):
                        yield _problem(draft, corpus, earlier, later)
                        break
            for event in later.events:
                earlier_by_event.setdefault(id(event), {}).setdefault(_conflict_kind(later), later)
        yield from _unrecorded_conflicts(draft, draft.claims.dates)


def _problem(draft: Draft, corpus: Corpus, earlier: DateClaim, later: DateClaim) -> Problem:
    profile = later.event
    day = draft.date_for(later.span)
    start, _ = draft.offsets(earlier.span)
    line = draft.lines.position(start).line
    first, second = quoted(draft, earlier.span), quoted(draft, later.span)
    same = earlier.sentence == later.sentence
    where = "earlier in the same sentence" if same else f"on line {line}"
    kind = "deadline" if later.is_date else "window"
    names = what(profile.deadline, corpus.ledger.categories)
    subject = subject_of(names)
    if later.is_date:
        written = recorded(profile, day, subject)
    else:
        written = recorded_window(profile, subject)
    message = fit(
        f'Check the {kind}: "{second}" here and "{first}" {where} cannot both be right',
        f'Check the {kind}: "{second}" here, "{first}" {where}',
    )
    details = (
        f"This draft gives two different {kind}s for {subject}, and the record cannot say "
        f"which is right: it gives {written}."
    )
    if profile.deadline.origin.source:
        details += f" Source: {profile.deadline.origin.source}"
    evidence = [Evidence(draft.path, line, earlier.sentence.text.strip())]
    evidence += ledger_evidence(profile, day)
    evidence += corpus_evidence(corpus, profile, later.is_date)
    return draft.problem(later.span, message, evidence, details=details)


def _unrecorded_conflicts(draft: Draft, claims: Iterable[DateClaim]) -> Iterator[Problem]:
    """An order of an authority the ledger does not know ("Iran had given a three-month
    ultimatum …" and, sentences later, "… asked to leave the country in six months"): the
    record holds no value for it, so two windows the draft gives it in different sentences,
    for the same people (or none named), cannot both be right. Not when either sentence tells
    of a change or a round ("extended to six months", "its second deadline")."""
    first: dict[str, list[DateClaim]] = {}
    for later in claims:
        if later.authority is None or later.candidates or later.cue is None:
            continue
        earlier = first.setdefault(later.authority.lower(), [])
        found = next((e for e in earlier if _unrecorded_conflict(e, later)), None)
        if found is not None:
            yield _unrecorded_problem(draft, found, later)
            continue
        earlier.append(later)


def _unrecorded_conflict(earlier: DateClaim, later: DateClaim) -> bool:
    if earlier.sentence.start == later.sentence.start or earlier.is_date or later.is_date:
        return False  # two dates of such an order are as often two of its rounds
    if earlier.role != later.role:
        return False  # a validity's end beside a deadline to leave: two things
    if earlier.groups and later.groups and set(earlier.groups).isdisjoint(later.groups):
        return False  # two groups' own deadlines
    if any(_another_round(c.sentence) for c in (earlier, later)):
        return False  # "extended to six months", "its second deadline", "a new deadline"
    return not same_value(earlier.value, later.value)


def _another_round(sentence) -> bool:
    """The sentence tells of a change or of one round among several."""
    lowers = doc_lowers(sentence.doc)[sentence.start : sentence.end]
    return tells_of_new_order(sentence) or not ROUND_WORDS.isdisjoint(lowers)


def _unrecorded_problem(draft: Draft, earlier: DateClaim, later: DateClaim) -> Problem:
    start, _ = draft.offsets(earlier.span)
    line = draft.lines.position(start).line
    first, second = quoted(draft, earlier.span), quoted(draft, later.span)
    kind = "deadline" if later.is_date else "window"
    message = fit(
        f'Check the {kind}: "{second}" here and "{first}" on line {line} cannot both be right',
        f'Check the {kind}: "{second}" here, "{first}" on line {line}',
    )
    details = (
        f"This draft gives two different {kind}s for one order set by {later.authority}, "
        "which the ledger does not record: it cannot say which is right."
    )
    evidence = [Evidence(draft.path, line, earlier.sentence.text.strip())]
    return draft.problem(later.span, message, evidence, details=details)


def _comparable(claim: DateClaim) -> bool:
    events = claim.events
    if not events or any(p.deadline.steps for p in events):
        return False  # no event, or a validity chain with many dates
    return not claim.tells_of_change


def _set_beside(later: DateClaim, earlier: DateClaim, claims: list[DateClaim]) -> bool:
    """The later claim's own sentence also gives the earlier value for the event: it sets the
    two side by side on purpose ("ACC holders must leave by March 31, but those with UNHCR
    registration can remain until June 30": two groups' dates), so neither conflicts with the
    earlier mention."""
    if earlier.sentence.start == later.sentence.start:
        return False  # one sentence's two values: :func:`_undecided` judges them
    return any(
        other is not later
        and other.sentence.start == later.sentence.start
        and later.event in other.events
        and same_value(other.value, earlier.value)
        for other in claims
    )


def _conflict_kind(claim: DateClaim) -> tuple:
    """Everything :func:`_conflict` reads of a claim besides its events."""
    cue = claim.cue
    return (claim.value, bool(claim.accepted_by), cue.after_last_day, cue.before_first_day)


def _conflict(earlier: DateClaim, later: DateClaim) -> bool:
    if later.event is None or later.event not in earlier.events:
        return False
    if earlier.is_date != later.is_date:
        return False
    if same_value(earlier.value, later.value) or _same_cut_off(earlier, later):
        return False
    event = later.event
    if not (event in earlier.accepted_by and event in later.accepted_by):
        return False  # the record decides: NL101 reports the value it does not hold
    return _undecided(event, earlier, later)


def _undecided(event: Profile, a: DateClaim, b: DateClaim) -> bool:
    """The record accepts both values yet they are not one cut-off written two ways: it holds
    no value to judge by, or disputed ones ("February 28" and "March 31" from two sources).
    Two values in one sentence are set side by side on purpose (two stages of one order, or
    the two versions the sources give), so only mentions in different sentences conflict,
    unless the second restates the first's order (", giving them until …")."""
    if a.sentence.start == b.sentence.start and not restates(a.span, b.span):
        return False
    if not a.is_date:
        return not event.durations  # a recorded window would have rejected one of them
    days = [_recorded_day(event, c) for c in (a, b)]
    if None in days:
        return not event.accepted
    return abs((days[0] - days[1]).days) > BOUNDARY_DAYS


def _recorded_day(event: Profile, claim: DateClaim) -> dt.date | None:
    """The recorded date the claim's value is (the nearest, for a shifted form)."""
    date = claim.value.date
    if date.day is None:
        return None
    for day in sorted(event.accepted):
        if (day.month, day.day) == (date.month, date.day) and date.year in (None, day.year):
            return day
    for day in sorted(event.accepted):  # "expired on April 1", "deported after October 31"
        for delta in (-1, 1):
            near = day + dt.timedelta(days=delta)
            if (near.month, near.day) == (date.month, date.day):
                return day
    return None


def _same_cut_off(a: DateClaim, b: DateClaim) -> bool:
    """ "must go by November 30 … deportations start on December 1": the last day to leave and
    the first day of enforcement are one cut-off written two ways."""
    if not (a.is_date and b.is_date):
        return False
    x, y = a.value.date, b.value.date
    if x.day is None or y.day is None:
        return False
    year = x.year or y.year or 2024  # a leap year: "February 29" is a date
    try:
        first = dt.date(x.year or year, x.month, x.day)
        second = dt.date(y.year or year, y.month, y.day)
    except ValueError:
        return False
    shifted = any(c.cue.after_last_day or c.cue.before_first_day for c in (a, b))
    return shifted and abs((second - first).days) == 1
