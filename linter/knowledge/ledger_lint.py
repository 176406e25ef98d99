"""``narrlint ledger check``: what loads but is probably wrong in a ledger, and the
cross-references that must resolve once all ledger files are merged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from narrlint.errors import CorpusError
from narrlint.knowledge.ledger_model import (
    FIGURE_PSEUDO_CATEGORIES,
    Ledger,
    Person,
    Post,
    RankTerm,
    Sourced,
    partial_bounds,
)


@dataclass(frozen=True, slots=True)
class LedgerWarning:
    path: str | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.path and self.line else (self.path or "")
        return f"{where}: {self.message}" if where else self.message


def lint_ledger(ledger: Ledger) -> list[LedgerWarning]:
    """Warnings about a loaded ledger: facts without a source, overlapping terms of a
    single-holder office, a person's rank terms that cover a common day, unknown ids, deadline
    extensions out of order, a group covered (``also_applies_to``) before its order was
    announced, an alias shared by several people, casualty counts that are not numbers. Sorted
    by file and line."""
    warnings: list[LedgerWarning] = []

    def warn(origin: Sourced | None, message: str, line: int | None = None) -> None:
        path = origin.path if origin else None
        warnings.append(LedgerWarning(path, line or (origin.line if origin else None), message))

    _lint_sources(ledger, warn)
    _lint_source_forms(ledger, warn)
    _lint_overlaps(ledger, warn)
    _lint_rank_terms(ledger, warn)
    _lint_ids(ledger, warn)
    _lint_chains(ledger, warn)
    _lint_aliases(ledger, warn)
    return sorted(warnings, key=lambda w: (w.path or "", w.line or 0, w.message))


def _lint_sources(ledger: Ledger, warn: Callable) -> None:
    for office in ledger.offices.values():
        if not (office.origin and office.origin.source):
            warn(office.origin, f"office {office.id!r} has no source")
    for rank in ledger.ranks.values():
        if not rank.origin.source:
            warn(rank.origin, f"rank {rank.id!r} has no source")
    for deadline in ledger.deadlines.values():
        for alt in deadline.equivalent_dates:
            if not alt.source:
                warn(
                    deadline.origin,
                    f"deadline {deadline.id!r}: equivalent date {alt.date} has no source",
                )
        for duration in deadline.durations:
            if not duration.source:
                warn(
                    deadline.origin,
                    f"deadline {deadline.id!r}: duration of {duration.days} days has no source",
                )
        for step in deadline.steps:
            if not step.get("source"):
                warn(
                    deadline.origin,
                    f"deadline {deadline.id!r}: step has no source",
                    step.get("line"),
                )
    for event in ledger.events.values():
        for toll, raw in zip(event.tolls, event.casualties, strict=True):
            if not toll.origin.source and not toll.by:
                warn(
                    toll.origin,
                    f"event {event.id!r}: casualty figure has neither 'by' nor 'source'",
                )
            for key in ("killed", "injured"):
                if raw.get(key) is not None and getattr(toll, key) is None:
                    warn(
                        toll.origin,
                        f"event {event.id!r}: casualties {key}: {raw[key]!r} is "
                        "not a number (put text in 'figure')",
                    )
            if raw.get("date") is not None and toll.date is None:
                warn(
                    toll.origin,
                    f"event {event.id!r}: casualties date: {raw['date']!r} is not a date",
                )


_LINK = re.compile(r"https?://[^\s/?#]+\S*")
_FILE_NAME = re.compile(r"[\w.-]+\.[A-Za-z0-9]{1,5}")
"""A corpus article named by its file (``003_1f7f4911e16c3a0e.txt``)."""


def _lint_source_forms(ledger: Ledger, warn: Callable) -> None:
    """A ``source`` or ``other_sources`` entry that is neither a link nor a corpus file name
    ("www.dawn.com/news/1", "Dawn, 2 May", "TODO", "https://"): it loads, the finding cites
    it as evidence, and no reader can follow it. Each value is named once per entry."""
    for origin, line, source in _sources(ledger):
        if not (_LINK.fullmatch(source) or _FILE_NAME.fullmatch(source)):
            warn(
                origin,
                f"source {source!r} is neither a link (https://...) nor a corpus file name",
                line,
            )


def _sources(ledger: Ledger) -> Iterator[tuple[Sourced | None, int | None, str]]:
    """Every source text in the ledger with the entry that cites it (and its own line, for
    a deadline step), found by walking the loaded model: one place, whatever kinds of fact
    the schema grows."""
    seen: set[int] = set()
    stack: list[tuple[object, Sourced | None]] = [(ledger, None)]
    while stack:
        node, origin = stack.pop()
        if id(node) in seen or isinstance(node, str | int | float | bool | dt.date | None):
            continue
        seen.add(id(node))
        if isinstance(node, Sourced):
            yield from ((node, None, s) for s in (node.source, *node.other_sources) if s)
            continue
        if isinstance(node, dict):
            if isinstance(node.get("source"), str) and node["source"]:
                yield origin, node.get("line"), node["source"]
            stack.extend((value, origin) for value in node.values())
        elif isinstance(node, list | tuple | set | frozenset):
            stack.extend((value, origin) for value in node)
        elif dataclasses.is_dataclass(node):
            inner = getattr(node, "origin", None)
            inner = inner if isinstance(inner, Sourced) else origin
            source = getattr(node, "source", None)
            if isinstance(source, str) and source:
                yield inner, None, source
            stack.extend((getattr(node, f.name), inner) for f in dataclasses.fields(node))


def _lint_overlaps(ledger: Ledger, warn: Callable) -> None:
    """Two people in a single-holder office at once. An unknown start counts as the post's
    end (nothing is known of it before then); an unknown end means still in office."""
    for office in ledger.offices.values():
        if office.holders != "single":
            continue
        posts = ledger.holders(office.id)
        for i, a in enumerate(posts):
            for b in posts[i + 1 :]:
                if a.person == b.person or a.additional_charge or b.additional_charge:
                    continue
                if _known_overlap(a, b):
                    warn(
                        b.origin,
                        f"office {office.id!r} has one holder at a time, but posts {a.id!r} "
                        f"({_period(a)}) and {b.id!r} ({_period(b)}) overlap "
                        "(set an 'end', or 'holders: many' on the office)",
                    )


def _lint_rank_terms(ledger: Ledger, warn: Callable) -> None:
    """One person's recorded ranks that cover a common day, counting a partial date at its
    widest as the rules do (:func:`term_covers`): on that day the rank held is ambiguous, and a
    promotion known only to the month ("end_partial: 2024-05" then "start_partial: 2024-05")
    leaves the whole month so. A promotion ends one term on the day the next starts."""
    for person in ledger.people.values():
        terms = list(person.ranks)
        for i, a in enumerate(terms):
            for b in terms[i + 1 :]:
                (a0, a1), (b0, b1) = _widest(a), _widest(b)
                if a0 < b1 and b0 < a1:
                    warn(
                        b.origin,
                        f"person {person.id!r}: ranks {a.rank!r} ({_rank_period(a)}) and "
                        f"{b.rank!r} ({_rank_period(b)}) both cover {max(a0, b0)}: give the day "
                        "of the promotion, the end of one term and the start of the next",
                    )


def _widest(term: RankTerm) -> tuple[dt.date, dt.date]:
    """First day a term covers and the day after its last, a partial date at its widest."""
    start = term.start or partial_bounds(term.start_partial)[0] or dt.date.min
    end = term.end
    if end is None and term.end_partial:
        end = partial_bounds(term.end_partial)[1] + dt.timedelta(days=1)
    return start, end or dt.date.max


def _rank_period(term: RankTerm) -> str:
    start = term.start or term.start_partial or "?"
    return f"{start} to {term.end or term.end_partial or 'open'}"


def _known_overlap(a: Post, b: Post) -> bool:
    def bounds(post: Post) -> tuple[dt.date, dt.date]:
        # A partial date counts at its latest start and earliest end: no overlap is invented.
        end = post.end or partial_bounds(post.end_partial)[0] or dt.date.max
        start = post.start or partial_bounds(post.start_partial)[1]
        return start or min(end, dt.date.max - dt.timedelta(days=1)), end

    (a0, a1), (b0, b1) = bounds(a), bounds(b)
    return a0 < b1 and b0 < a1


def _period(post: Post) -> str:
    start = post.start or post.start_partial or "?"
    return f"{start} to {post.end or post.end_partial or 'open'}"


def _lint_ids(ledger: Ledger, warn: Callable) -> None:
    posts = {p.id: p for p in ledger.posts()}
    for person in ledger.people.values():
        for post in person.posts:
            for other in post.concurrent_with:
                if other not in posts:
                    warn(
                        post.origin,
                        f"post {post.id!r}: concurrent_with names unknown post {other!r}",
                    )
                elif posts[other].person != post.person:
                    warn(
                        post.origin,
                        f"post {post.id!r}: concurrent_with names {other!r}, a "
                        "post of another person",
                    )
    known_categories = set(ledger.categories) | set(FIGURE_PSEUDO_CATEGORIES)
    for figure in ledger.figures:
        if figure.category and figure.category not in known_categories:
            warn(figure.origin, f"figure {figure.id!r} names unknown category {figure.category!r}")
        if figure.event and figure.event not in ledger.events:
            warn(figure.origin, f"figure {figure.id!r} names unknown event {figure.event!r}")


def _lint_chains(ledger: Ledger, warn: Callable) -> None:
    for deadline in ledger.deadlines.values():
        known = deadline.known_from()
        for covered in deadline.also_applies_to:
            if covered.start is not None and known is not None and covered.start < known:
                warn(
                    covered.origin,
                    f"deadline {deadline.id!r}: also_applies_to {covered.category!r} from "
                    f"{covered.start}, before the order was announced ({known})",
                )
        cutoff = deadline.first_cutoff()
        last_announced: dt.date | None = deadline.announced
        for link in deadline.chain():
            where = f"deadline {deadline.id!r}: extension"
            if link.announced is not None:
                if last_announced is not None and link.announced < last_announced:
                    warn(
                        link.origin,
                        f"{where} announced {link.announced} is listed after one "
                        f"announced {last_announced} (out of order)",
                    )
                last_announced = link.announced
            if link.previous is not None and cutoff is not None and link.previous != cutoff:
                warn(
                    link.origin,
                    f"{where} replaces {link.previous}, but the cut-off before it is {cutoff}",
                )
            base = link.previous or cutoff
            if link.kind == "extension" and link.date is not None:
                if base is not None and link.date <= base:
                    warn(
                        link.origin,
                        f"{where} to {link.date} does not move the cut-off {base} later",
                    )
                cutoff = link.date


def _lint_aliases(ledger: Ledger, warn: Callable) -> None:
    """A name or alias of several people, unless every one of them marks it as a surname
    (a surname counts only next to the person's title or full name, so it cannot capture)."""
    named: dict[str, list[Person]] = {}
    for person in ledger.people.values():
        forms = {person.name.split(" (")[0].strip().lower(), *person.aliases}
        for form in forms:
            named.setdefault(form, []).append(person)
    for form, people in sorted(named.items()):
        if len(people) > 1 and not all(form in p.surnames for p in people):
            ids = ", ".join(repr(p.id) for p in people)
            warn(
                people[-1].origin,
                f"alias {form!r} names several people ({ids}); mark a bare surname "
                "'{name: ..., surname: true}' for each of them, or drop it",
            )


def check_references(ledger: Ledger) -> None:
    """Cross-references must resolve once all ledger files are merged: rules trust them."""
    errors = reference_errors(ledger)
    if errors:
        raise errors[0]


def reference_errors(ledger: Ledger) -> list[CorpusError]:
    """Every cross-reference that does not resolve (offices, successors, ranks, categories)."""
    errors = []

    def error(message: str, origin: Sourced | None) -> None:
        errors.append(CorpusError(message, origin.path if origin else None, origin and origin.line))

    for person in ledger.people.values():
        for post in person.posts:
            if post.office not in ledger.offices:
                error(f"post {post.id!r} names unknown office {post.office!r}", post.origin)
            if post.successor and post.successor not in ledger.people:
                error(f"post {post.id!r} names unknown successor {post.successor!r}", post.origin)
            if post.rank and post.rank not in ledger.ranks:
                error(f"post {post.id!r} names unknown rank {post.rank!r}", post.origin)
        for term in person.ranks:
            if term.rank not in ledger.ranks:
                error(f"person {person.id!r} has unknown rank {term.rank!r}", term.origin)
    for deadline in ledger.deadlines.values():
        for target in deadline.targets:
            if target not in ledger.categories:
                error(
                    f"deadline {deadline.id!r} targets unknown category {target!r}",
                    deadline.origin,
                )
        for covered in deadline.also_applies_to:
            if covered.category not in ledger.categories:
                error(
                    f"deadline {deadline.id!r}: also_applies_to names unknown category "
                    f"{covered.category!r}",
                    covered.origin,
                )
    return errors
