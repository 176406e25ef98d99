"""Which ledger deadlines a clause's own words name, and how strongly.

The event of a cut-off is recognised from the ledger's words (:func:`match`: a target group,
an action, a subject term, a phase), never from fixed sentences; an extension "from <old> to
<new>" names the chain extended from <old> (:func:`extended_from`); a city's order the clause
does not name may hold the value (:func:`recorded_elsewhere`); two named groups with orders of
their own leave the record undecided (:func:`another_groups_deadline`).
"""

from __future__ import annotations

import datetime as dt

from narrlint.claims.dates_clues import Clues
from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_record import (
    CURRENT_RECORD_DAYS,
    accepts,
    calendar_day,
    extension_length_fits,
    link_in_force,
    within_record,
)
from narrlint.claims.dates_words import EXTENSION_LEMMAS, IN_FORCE_DAYS, VALIDITY_CUES
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS

Candidate = tuple[Profile, tuple[int, ...]]
"""A ledger deadline the claim may name, with how strongly the clause names it."""
HISTORY_DAYS = 183
"""A deadline that ended more than about six months before a text is history there: a group
it alone targeted has no deadline in force of its own."""


def named_candidates(
    lexicon: Lexicon, clues: Clues, cue: Cue, day: dt.date | None = None
) -> list[Candidate]:
    if clues.other_authority or clues.onward:
        return []
    found = []
    for profile in lexicon.profiles:
        score = match(profile, clues, cue, day=day)
        if score is not None:
            found.append((profile, score))
    return _own_first(found, clues, day)


def covered(profile: Profile, groups: frozenset[str], day: dt.date | None) -> frozenset[str]:
    """The groups of ``groups`` the order also covered on ``day`` without targeting them by
    name (the ledger's ``also_applies_to``: the phase-2 order for ACC holders "and remaining
    illegal foreigners" from its announcement), up to :data:`CURRENT_RECORD_DAYS` after its
    last record: months later a report on that group ("the deadline for undocumented Afghan
    refugees expired on Sunday", of PoR holders whose cards lapsed) is of its later orders,
    which the ledger may record under another group."""
    if not profile.deadline.also_applies_to:
        return frozenset()
    last = profile.last_known
    if day is not None and last is not None and (day - last).days > CURRENT_RECORD_DAYS:
        return frozenset()
    return frozenset(g for g in groups if profile.deadline.also_covers(g, day) is not None)


def covered_only(profile: Profile, groups: frozenset[str], day: dt.date | None) -> bool:
    """The clause's groups name the order only through :func:`covered`."""
    return not profile.targets & groups and bool(covered(profile, groups, day))


def _own_first(found: list[Candidate], clues: Clues, day: dt.date | None) -> list[Candidate]:
    """An order that names a group only by covering it gives way to the group's own orders
    that the clause names and that are not over at the text's date: those were set for it."""
    groups = clues.categories
    own = {g for p, _ in found for g in p.targets & groups if not_over(p, day, clues)}
    if not own:
        return found
    return [
        (p, score)
        for p, score in found
        if p.targets & groups or not (covered(p, groups, day) and covered(p, groups, day) <= own)
    ]


def not_over(profile: Profile, day: dt.date | None, clues: Clues) -> bool:
    """The deadline applies where the clause is (nationally, or a place it names) and did not
    end long before the text's date."""
    deadline = profile.deadline
    if not (profile.national or deadline.place in clues.places):
        return False
    last = profile.last_known
    return day is None or last is None or day <= last + dt.timedelta(days=HISTORY_DAYS)


def extended_from(lexicon: Lexicon, old: Value, day: dt.date | None) -> list[Candidate]:
    """ "The extension on Wednesday from the end of this year to February 29": the one event
    whose chain was extended from ``old`` by an extension announced by the text's date (a link
    announced later is not yet in force: the same old cut-off may be extended twice)."""
    if day is None or old.date.day is None:
        return []
    previous = calendar_day(old.date, day)
    found = []
    for profile in lexicon.profiles:
        for link in profile.deadline.chain():
            known = link.announced or link.origin.source_date
            if link.previous == previous and known is not None and known <= day:
                found.append((profile, (0, 2, 1)))
                break
    return found if len(found) == 1 else []


def recorded_elsewhere(
    lexicon: Lexicon,
    clues: Clues,
    cue: Cue,
    value: Value,
    day: dt.date | None,
    placed: dt.date | None = None,
) -> Profile | None:
    """A deadline of one place the clause does not name that the clause would otherwise name,
    in force at the text's date, whose record holds the value: "those seeking resettlement
    must leave by the end of March" may be the twin cities' order for them, so the national
    one cannot be said to be contradicted (not when the date's own phrase is to leave the
    country: see :func:`leaves_the_country`). A local order whose record ended more than
    :data:`IN_FORCE_DAYS` before the text's date is no longer the one a clause naming no place
    may mean ("set a March 31 deadline for PoR holders" in August), unless the named groups'
    own national record holds the value in the year it is ``placed`` in (their cards' expiry:
    the writer may tell that history)."""
    validity = cue.word in VALIDITY_CUES and clues.validity
    own = None
    for profile in lexicon.profiles:
        if profile.national or profile.deadline.place in clues.places:
            continue
        if _over_before(profile, day):
            if own is None:
                own = _held_by_own(lexicon, clues, cue, value, placed)
            if not own:
                continue
        if validity and not profile.deadline.steps:
            continue  # cards that expired are not a local order to leave
        if match(profile, clues, cue, anywhere=True, day=day) is None:
            continue
        acting = clues.actions - EXTENSION_LEMMAS  # "extended by two days" names no act
        if acting and profile.actions and not acting & profile.actions:
            continue  # "the deadline for the return of refugees": not a move out of a city
        if cue.role == "extension" and extension_length_fits(profile, value, day):
            return profile  # "extended by two days": one province's extension
        if not value.is_date and cue.role == "extension":
            continue  # an order's first window is no extension's length ("by up to three months")
        recorded = profile.accepted if value.is_date else profile.durations
        if recorded and within_record(profile, day, value) and accepts(profile, value, cue):
            return profile
    return None


def _held_by_own(
    lexicon: Lexicon, clues: Clues, cue: Cue, value: Value, placed: dt.date | None
) -> bool:
    """A national record of a group the clause names holds the value."""
    return any(
        p.national and p.targets & clues.categories and accepts(p, value, cue, placed)
        for p in lexicon.profiles
    )


def _over_before(profile: Profile, day: dt.date | None) -> bool:
    """The order's record ended more than :data:`IN_FORCE_DAYS` before ``day``."""
    last = profile.last_known
    return day is not None and last is not None and day > last + dt.timedelta(IN_FORCE_DAYS)


def another_groups_deadline(
    lexicon: Lexicon, clues: Clues, found: list[Candidate], day: dt.date | None
) -> bool:
    """The clause names two groups that each have deadlines of their own ("undocumented Afghans
    awaiting resettlement in a third country") and the events in force are all another named
    group's: the date may be the other group's deadline, so the record cannot decide. A group
    whose every deadline ended long before the text's date ("illegal foreigners and ACC
    holders" in 2025, the undocumented's order being of 2023) has none in force: the other
    group's order is the one meant."""
    if len(clues.categories) < 2 or not found:
        return False  # fewer than two groups named: not two with deadlines of their own
    with_deadlines = {
        g
        for g in clues.categories
        if any(g in p.targets and not_over(p, day, clues) for p in lexicon.profiles)
    }
    if len(with_deadlines) < 2 or not found:
        return False
    targeted = {g for p, _ in found for g in p.targets | covered(p, clues.categories, day)}
    return not with_deadlines <= targeted


def match(
    profile: Profile,
    clues: Clues,
    cue: Cue,
    anywhere: bool = False,
    day: dt.date | None = None,
) -> tuple[int, ...] | None:
    """How strongly the clause names this deadline's event; None when it does not.

    Two clues are needed (a target group and an action, a subject term and a phase …); a
    deadline noun with only the target group is enough unless another purpose is named
    ("a deadline for registered refugees to apply for …"). A deadline the ledger records for
    one place (not national) is named only where that place is ("in the twin cities"), unless
    ``anywhere``. A group the order covers on ``day`` without targeting it (:func:`covered`)
    names it as a target does, except in an extension: the time one group of an order was
    given ("the ACC holders' Eid extension") is not said to be every covered group's.
    """
    if clues.purpose_after and cue.role == "deadline":
        return None  # "until <date> to finalise the lists": another step's day
    deadline = profile.deadline
    if not (anywhere or profile.national or deadline.place in clues.places):
        return None  # a deadline for one city is not named by a clause that names none
    cover = cue.role != "extension" and covered(profile, clues.categories, day)
    target = bool(clues.categories & profile.targets or cover)
    other_phase = profile.phase is not None and clues.phases and profile.phase not in clues.phases
    if other_phase and not target:
        return None  # "phase two" is not phase one (unless the group says otherwise)
    named_phase = profile.phase is not None and profile.phase in clues.phases
    other_groups = clues.categories and profile.targets and not target
    if other_groups and profile.id not in clues.subjects and not named_phase:
        return None  # the clause names other groups only (a phase would say which event)
    subject = profile.id in clues.subjects
    phase = profile.phase is not None and profile.phase in clues.phases
    action = bool(clues.actions & profile.actions)
    if profile.deadline.steps:
        if cue.word == "ended":
            return None  # "the grace period that ended on": a window to leave, not a validity
        if cue.word in VALIDITY_CUES:
            action = True  # "valid until", "expired on": the wording of a validity chain
        elif clues.renewal and cue.role == "deadline":
            return None  # "renew their cards by …": a renewal drive's last day, no expiry
        elif clues.purpose_before and cue.role == "deadline":
            return None  # "holders of cards that expired … to collect new ones before the
            # deadline of …": an administrative step's last day, not the cards' expiry
        elif not (action or clues.validity or cue.role == "extension"):
            return None  # "PoR holders face the November 1 deadline": not the cards' validity
    if not (target or subject or phase):
        return None
    evidence = target + subject + phase + action
    if evidence < 2 and not (cue.strong and not clues.foreign_purpose):
        return None
    return (int(phase), int(target) + int(subject), int(action))


def documents_valid(
    lexicon: Lexicon,
    clues: Clues,
    cue: Cue,
    value: Value,
    day: dt.date | None,
    placed: dt.date | None,
) -> list[Candidate]:
    """ "The government has set a March 31 deadline for PoR card holders to exit Pakistan",
    written while no order of the ledger named that group and its cards were valid past the
    date: the group's record then is its documents' validity (the chain's link in force at
    the text's date), which a cut-off to leave before its end contradicts. Only for one named
    group, a cut-off to leave (not the cards' own wording, which names the chain itself), a
    date from the text's date to the end of the validity in force (a later one may be a new
    order the ledger has no record of yet)."""
    if day is None or not value.is_date or cue.role != "deadline" or len(clues.categories) != 1:
        return []
    if clues.validity or clues.actions.isdisjoint(DEPARTURE_LEMMAS):
        return []  # a cut-off to leave the country, not to renew, register or move within it
        # ("directed the registered refugees to relocate to another camp before June 11")
    when = placed or calendar_day(value.date, day)
    if when is None or when < day:
        return []
    found = []
    for profile in lexicon.profiles:
        if not (profile.deadline.steps and profile.targets & clues.categories):
            continue
        link = link_in_force(profile, day)
        if link is not None and link[0] <= day and when < link[1]:
            found.append((profile, (0, 1, 0)))
    return found if len(found) == 1 else []
