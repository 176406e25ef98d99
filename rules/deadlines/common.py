"""What NL101 and NL102 share: the recorded deadline in words, and its evidence (the ledger
entry, the validity step in force, corpus sentences that state the recorded value)."""

from __future__ import annotations

import datetime as dt
import re

from narrlint.api import Corpus, CorpusSentence, Deadline, Draft, Evidence, long_date, reader_dates
from narrlint.claims import dates as dates_reader
from narrlint.claims.dates import Profile

BOUNDARY_DAYS = 3
"""Equivalent dates at most this far apart are one cut-off written two ways (the last day to
leave / the first day of enforcement): a fix to the recorded date is certain (NL101), and two
such dates in one draft do not conflict (NL102)."""
CORPUS_EVIDENCE = 2
"""Corpus sentences given as evidence."""
CANDIDATES = 200
"""Corpus sentences read (in corpus order) when looking for one that states a deadline."""


def quoted(draft: Draft, span) -> str:
    """The span's characters in the original file, whitespace collapsed."""
    return " ".join(draft.text[slice(*draft.offsets(span))].split())


MAX_MESSAGE = 120
"""A message is read in one glance: the action, then the reason, in about this many
characters; what does not fit goes in the details."""

MOVING = frozenset({"leave", "relocate", "move", "return", "depart", "register", "enter"})
"""Actions whose subject is the deadline's target group ("for ACC holders to leave"); others
("deport", "close", "extend") are not named in a message."""


def fit(*messages: str) -> str:
    """The first message that is read in one glance (else the last, the shortest)."""
    for message in messages:
        if len(message) <= MAX_MESSAGE:
            return message
    return min(messages, key=len)


def _group(deadline: Deadline, categories: dict) -> str | None:
    for target in deadline.targets:
        category = categories.get(target)
        if category is not None:
            return category.label.split(" (")[0]
    return None


def _clean(text: str) -> bool:
    """Words a newsroom uses: no programme code name, no id, no ISO date."""
    return not re.search(r"IFRP|phase \d|[A-Za-z0-9]_[A-Za-z0-9]|\d{4}-\d{2}", text, re.I)


def what(deadline: Deadline, categories: dict) -> list[str]:
    """What the deadline is for, as a reader says it, from the fullest to the shortest:
    "the deadline for Afghans without valid visas in Islamabad and Rawalpindi to leave",
    ... "the deadline for Afghans without valid visas", "the recorded deadline"."""
    title = short_title(deadline)
    if deadline.steps and _clean(title):  # a validity chain: "PoR card validity"
        return [f"the latest date on record for {title}", "the latest date on record"]
    group = _group(deadline, categories)
    verb = next((a for a in deadline.action_lemmas[:1] if a in MOVING), None)
    place = None if deadline.national else reader_dates(deadline.place or "")
    found = []
    if group is not None:
        to = f" to {verb}" if verb else ""
        if place:
            found.append(f"the deadline for {group} in {place}{to}")
            found.append(f"the deadline for {group} in {place}")
        found.append(f"the deadline for {group}{to}")
        found.append(f"the deadline for {group}")
    if _clean(title):
        found.append(f"the deadline for {title[:1].lower()}{title[1:]}" if title else "")
    found.append("the recorded deadline")
    return [f for f in dict.fromkeys(found) if f]


def short_title(deadline: Deadline) -> str:
    """ "IFRP phase 1 - all undocumented … to leave" → "IFRP phase 1"."""
    title = re.sub(r"\s*\([^)]*\)", "", deadline.title)
    return title.split(" - ")[0].split(", ")[0].strip()


def _steps_dates(deadline: Deadline) -> list[dt.date]:
    dates = []
    for step in deadline.steps:
        for key in ("expired", "extended_to"):
            value = step.get(key)
            if isinstance(value, dt.date) and value not in dates:
                dates.append(value)
    return sorted(dates)


def _current_step(deadline: Deadline, day: dt.date) -> dict | None:
    """The validity step in force on ``day``: the latest one announced (or expired) by then."""
    current = None
    for step in deadline.steps:
        known = step.get("announced") or step.get("expired")
        if isinstance(known, dt.date) and known <= day:
            current = step
    return current


def recorded(profile: Profile, day: dt.date, name: str | None = None) -> str:
    """The recorded deadline in words, for the details ("1 November 2023 (announced 3 October
    2023); also accepted: ..."), after ``name`` (what it is for) when given."""
    deadline = profile.deadline
    name = short_title(deadline) if name is None else name
    if deadline.date is not None:
        text = f"{long_date(deadline.date)} for {name}"
        if deadline.announced:
            text += f" (announced {long_date(deadline.announced)})"
        others = [
            long_date(a.date) + (f" ({reader_dates(_first_clause(a.note))})" if a.note else "")
            for a in deadline.equivalent_dates
            if a.date != deadline.date
        ]
        if others:
            text += "; also accepted: " + ", ".join(others)
        return text
    dates = ", ".join(long_date(d) for d in _steps_dates(deadline))
    text = f"these dates for {name}: {dates}"
    step = _current_step(deadline, day)
    if step is not None:
        latest = step.get("extended_to") or step.get("expired")
        text += f" (on {long_date(day)} the latest recorded date was {long_date(latest)})"
    return text


def _first_clause(note: str) -> str:
    return note.split(";")[0].strip()


def recorded_window(profile: Profile, name: str | None = None) -> str:
    """ "a window of 30 days ("30-day deadline", "one-month deadline") or 28 days (…)"."""
    parts = []
    for days in sorted(profile.durations, reverse=True):
        notes = [
            reader_dates(d.note) for d in profile.deadline.durations if d.days == days and d.note
        ]
        parts.append(f"{days} days" + (f" ({', '.join(notes)})" if notes else ""))
    name = short_title(profile.deadline) if name is None else name
    return f"a window of {' or '.join(parts)} for {name}"


def windows(profile: Profile) -> str:
    """ "30 or 28 days"."""
    days = sorted(profile.durations, reverse=True)
    return " or ".join(str(d) for d in days) + " days" if days else "no window"


def subject_of(names: list[str]) -> str:
    """ "the deadline for ACC holders to leave" → "ACC holders to leave"."""
    name = names[0]
    for prefix in ("the latest date on record for ", "the deadline for ", "the "):
        name = name.removeprefix(prefix)
    return name


def cut_offs(profile: Profile) -> list[dt.date]:
    """The recorded cut-offs a writer chooses between: the date, and the equivalent dates that
    are not the same cut-off written another way (the sources disagree)."""
    deadline = profile.deadline
    if deadline.date is None:
        return []
    days = [deadline.date]
    for alt in deadline.equivalent_dates:
        if abs((alt.date - deadline.date).days) > BOUNDARY_DAYS and alt.date not in days:
            days.append(alt.date)
    return sorted(days)


def extended_to(profile: Profile, day: dt.date) -> dt.date | None:
    """The new cut-off of the event's latest extension known on ``day`` (announced, or first
    reported, by then); None when the record has none."""
    latest, when = None, None
    for link in profile.deadline.extensions:
        known = link.announced or link.origin.source_date
        if link.date is None or known is None or known > day:
            continue
        if when is None or known >= when:
            latest, when = link.date, known
    return latest


def latest_on(profile: Profile, day: dt.date) -> dt.date | None:
    """For a validity chain: the latest recorded date known on ``day``."""
    step = _current_step(profile.deadline, day)
    if step is None:
        return None
    return step.get("extended_to") or step.get("expired")


def ledger_evidence(profile: Profile, day: dt.date) -> list[Evidence]:
    deadline = profile.deadline
    summary = f"{deadline.id}: {deadline.title}"
    if deadline.date is not None:
        summary += f"; date {deadline.date.isoformat()}"
    if profile.durations:
        summary += "; windows " + ", ".join(f"{d} days" for d in profile.durations)
    evidence = [deadline.origin.evidence(summary)]
    step = _current_step(deadline, day)
    if step is not None and step.get("source"):
        text = (
            f"{deadline.id} step: expired {step.get('expired')}, extended to "
            f"{step.get('extended_to')} (source: {step['source']})"
        )
        evidence.append(Evidence(deadline.origin.path, step.get("line"), text))
    return evidence


def corpus_evidence(corpus: Corpus, profile: Profile, is_date: bool) -> list[Evidence]:
    """Up to two corpus sentences that state the recorded date (or window)."""
    dates, windows = corpus.memo(
        ("deadlines.corpus", profile.id), lambda: _corpus_statements(corpus, profile)
    )
    preferred = dates if is_date else windows + dates
    seen, result = set(), []
    for sentence in preferred:
        if sentence.id not in seen:
            seen.add(sentence.id)
            result.append(sentence.evidence())
    return result[:CORPUS_EVIDENCE]


def _corpus_statements(
    corpus: Corpus, profile: Profile
) -> tuple[list[CorpusSentence], list[CorpusSentence]]:
    """Corpus sentences that state this deadline's recorded date or window (found through the
    index, then read with the same mention analysis as drafts)."""
    keys = [("lemma", a) for a in profile.actions] + [("category", t) for t in profile.targets]
    keys.append(("lemma", "deadline"))
    candidates: dict[int, CorpusSentence] = {}
    for day in sorted(profile.accepted):
        stamp = ("date", f"{day.month:02d}-{day.day:02d}")
        for key in keys:
            for sentence in corpus.find(stamp, key, limit=CANDIDATES):
                candidates.setdefault(sentence.id, sentence)
    if profile.durations:
        for unit in ("day", "month", "week"):
            for key in keys:
                for sentence in corpus.find(("lemma", unit), key, limit=CANDIDATES):
                    candidates.setdefault(sentence.id, sentence)
    dates, windows = [], []
    # The first CANDIDATES of the union are among the first CANDIDATES of each find.
    for sentence in sorted(candidates.values(), key=lambda s: s.id)[:CANDIDATES]:
        claims = dates_reader.read_doc(corpus.doc(sentence), corpus, sentence.date)
        # in reading order: clause by clause, a clause's dates before its windows
        for claim in sorted(claims, key=lambda c: (c.clause.start, not c.is_date, c.span.start)):
            if profile not in claim.accepted_by or not _plausible_year(profile, sentence):
                continue
            (dates if claim.is_date else windows).append(sentence)
            break
    return dates, windows


def _plausible_year(profile: Profile, sentence: CorpusSentence) -> bool:
    """A year-less "September 1" in a 2023 story is not the 2025 deadline."""
    if sentence.date is None or not profile.accepted:
        return True
    return any(abs((sentence.date - d).days) <= 400 for d in profile.accepted)
