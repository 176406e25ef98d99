"""What ``narrlint ledger show QUERY`` prints: the entries a query names and, for each, its
timeline (a person's posts and ranks, an office's or a rank's holders, a group's deadline chains,
a deadline's chain, an event's tolls) with dates and sources. Kept apart from the command's
argument handling in :mod:`narrlint.frontends.ledger_cli`."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from narrlint.knowledge.ledger import (
    Category,
    Deadline,
    Event,
    Ledger,
    Office,
    Person,
    Post,
    Rank,
    RankTerm,
    Sourced,
    normalise_title,
)

INDENT = " " * 8


Item = Person | Office | Rank | Category | Deadline | Event


def _folded(text: str) -> str:
    """``text`` compared without case and in composed Unicode (NFC): a name pasted from a
    macOS file name or some CMS copies is decomposed ("o" and a combining diaeresis)."""
    return unicodedata.normalize("NFC", text.casefold())


def find(ledger: Ledger, query: str) -> list[Item]:
    """Entries matching ``query``: exact matches on ids, names, aliases, titles and
    abbreviations (case-insensitive, punctuation of abbreviations ignored); if there are
    none, entries whose name or title contains the query."""
    wanted = _folded(" ".join(query.split()))
    key = normalise_title(query)
    exact: list[Item] = []
    partial: list[Item] = []

    def consider(item: Item, names: Iterable[str], keys: Iterable[str], text: str) -> None:
        if wanted in {_folded(n) for n in names} or key in set(keys):
            exact.append(item)
        elif wanted and wanted in _folded(text):
            partial.append(item)

    for person in ledger.people.values():
        names = (person.id, person.name, person.name.split(" (")[0], *person.aliases)
        consider(person, names, (), person.name)
    for office in ledger.offices.values():
        keys = (normalise_title(t) for t in (*office.titles, *office.abbreviations))
        consider(office, (office.id, office.name), keys, office.name)
    for rank in ledger.ranks.values():
        consider(rank, (rank.id,), rank.forms(), rank.name)
    for category in ledger.categories.values():
        names = (category.id, category.name, category.label, *category.terms)
        consider(category, names, (), category.name)
    for deadline in ledger.deadlines.values():
        names = (deadline.id, deadline.title, *deadline.subject_terms)
        consider(deadline, names, (), deadline.title)
    for event in ledger.events.values():
        consider(event, (event.id, event.title), (), event.title)
    return exact or partial


def describe(ledger: Ledger, item: Item, day: dt.date | None = None) -> list[str]:
    if isinstance(item, Person):
        return describe_person(ledger, item, day)
    if isinstance(item, Office):
        return describe_office(ledger, item, day)
    if isinstance(item, Rank):
        return describe_rank(ledger, item)
    if isinstance(item, Category):
        return describe_category(ledger, item, day)
    if isinstance(item, Deadline):
        return describe_deadline(ledger, item, day)
    return describe_event(item)


def _where(origin: Sourced | None) -> str:
    return f"{origin.path}:{origin.line}" if origin and origin.line else ""


def _sources(origin: Sourced | None, indent: str) -> list[str]:
    if origin is None:
        return []
    lines = []
    extra = f" (source date {origin.source_date})" if origin.source_date else ""
    confidence = f"; confidence {origin.confidence}" if origin.confidence else ""
    where = _where(origin)
    lines.append(
        f"{indent}source: {origin.source or '(none)'}{extra}{confidence}"
        + (f"  [{where}]" if where else "")
    )
    for other in origin.other_sources:
        lines.append(f"{indent}  also: {other}")
    if origin.note:
        lines.append(f"{indent}note: {' '.join(origin.note.split())}")
    return lines


def _span(start: dt.date | str | None, end: dt.date | str | None) -> str:
    return f"{start or '?'!s:>10} to {end or 'open'!s:<10}"


def _dates(item: Post | RankTerm) -> str:
    return _span(item.start or item.start_partial, item.end or item.end_partial)


def describe_person(ledger: Ledger, person: Person, day: dt.date | None) -> list[str]:
    lines = [f"Person: {person.name} ({person.id})  [{_where(person.origin)}]"]
    if person.aliases:
        aliases = [f"{a} (surname)" if a in person.surnames else a for a in person.aliases]
        lines.append(f"  aliases: {', '.join(aliases)}")
    if person.origin and person.origin.source:
        lines.append(f"  source: {person.origin.source}")
    entries: list[tuple[dt.date, int, list[str]]] = []
    for term in ledger.rank_succession(person.id):
        entries.append((term.start or dt.date.min, 0, _rank_term_lines(ledger, term)))
    for post in person.posts:
        entries.append((post.start or dt.date.min, 1, _post_lines(ledger, post)))
    lines.append("  timeline:" if entries else "  timeline: (no posts or ranks recorded)")
    for _, _, block in sorted(entries, key=lambda e: (e[0], e[1])):
        lines.extend(block)
    if day is not None:
        rank = ledger.rank_on(person.id, day)
        posts = ledger.posts_on(person.id, day)
        held = [rank_name(ledger, rank.rank)] if rank else []
        held += [_post_title(p) for p in posts]
        lines.append(f"  on {day}: {'; '.join(held) if held else 'no recorded post or rank'}")
    return lines


def rank_name(ledger: Ledger, rank_id: str) -> str:
    rank = ledger.ranks.get(rank_id)
    return rank.name if rank else rank_id


def _rank_term_lines(ledger: Ledger, term: RankTerm) -> list[str]:
    rank = ledger.ranks.get(term.rank)
    abbreviations = f" ({', '.join(rank.abbreviations)})" if rank and rank.abbreviations else ""
    lines = [f"    {_dates(term)}  rank  {rank_name(ledger, term.rank)}{abbreviations}"]
    following = ledger.rank_after(term.person, term.rank)
    if following is not None and term.end is not None:
        lines.append(f"{INDENT}promoted to {rank_name(ledger, following.rank)}")
    lines.extend(_sources(term.origin, INDENT))
    return lines


def _post_title(post: Post) -> str:
    marks = []
    if post.qualifier:
        marks.append(post.qualifier)
    if post.additional_charge:
        marks.append("additional charge")
    return post.title + (f" [{', '.join(marks)}]" if marks else "")


def _post_lines(ledger: Ledger, post: Post) -> list[str]:
    office = ledger.offices.get(post.office)
    lines = [
        f"    {_dates(post)}  post  {_post_title(post)}"
        f"  ({office.name if office else post.office}; {post.id})"
    ]
    indent = INDENT
    if post.rank:
        lines.append(f"{indent}rank in this post: {rank_name(ledger, post.rank)}")
    if post.concurrent_with:
        lines.append(f"{indent}concurrent with: {', '.join(post.concurrent_with)}")
    if post.ended_by:
        lines.append(f"{indent}ended: {post.ended_by.replace('_', ' ')}")
    if post.successor:
        successor = ledger.people.get(post.successor)
        lines.append(f"{indent}successor: {successor.name if successor else post.successor}")
    lines.extend(_sources(post.origin, indent))
    return lines


def describe_office(ledger: Ledger, office: Office, day: dt.date | None) -> list[str]:
    country = f", {office.country}" if office.country else ""
    lines = [f"Office: {office.name} ({office.id}{country})  [{_where(office.origin)}]"]
    lines.append(f"  titles: {', '.join(office.titles)}")
    if office.abbreviations:
        lines.append(f"  abbreviations: {', '.join(office.abbreviations)}")
    if office.origin and office.origin.source:
        lines.append(f"  source: {office.origin.source}")
    holders = ledger.holders(office.id)
    many = "several at a time" if office.holders == "many" else "one at a time"
    lines.append(f"  holders ({many}):" if holders else "  holders: none recorded")
    for post in holders:
        person = ledger.people.get(post.person)
        lines.append(
            f"    {_dates(post)}  {person.name if person else post.person}  - {_post_title(post)}"
        )
        lines.extend(_sources(post.origin, INDENT))
    if day is not None:
        now = [ledger.people[p.person].name for p in ledger.holders(office.id, day)]
        lines.append(f"  on {day}: {', '.join(now) if now else 'no recorded holder'}")
    return lines


def describe_rank(ledger: Ledger, rank: Rank) -> list[str]:
    service = f", {rank.service}" if rank.service else ""
    lines = [f"Rank: {rank.name} ({rank.id}{service})  [{_where(rank.origin)}]"]
    if rank.titles:
        lines.append(f"  titles: {', '.join(rank.titles)}")
    if rank.abbreviations:
        lines.append(f"  abbreviations: {', '.join(rank.abbreviations)}")
    terms = [
        t for p in ledger.people.values() for t in ledger.rank_succession(p.id) if t.rank == rank.id
    ]
    lines.append("  held by:" if terms else "  held by: nobody recorded")
    for term in sorted(terms, key=lambda t: t.start or dt.date.min):
        lines.append(f"    {_dates(term)}  {ledger.people[term.person].name}")
        lines.extend(_sources(term.origin, INDENT))
    return lines


def describe_category(ledger: Ledger, category: Category, day: dt.date | None) -> list[str]:
    lines = [f"Group: {category.name} ({category.id})  [{_where(category.origin)}]"]
    if category.terms:
        lines.append(f"  terms: {', '.join(category.terms)}")
    if category.definition:
        lines.append(f"  definition: {' '.join(category.definition.split())}")
    chains = [d for d in ledger.deadlines.values() if category.id in d.targets]
    lines.append("  deadlines:" if chains else "  deadlines: none recorded")
    for deadline in chains:
        cutoff = deadline.first_cutoff()
        line = f"    {deadline.id}: {deadline.place or 'national'}, cut-off {cutoff or '?'}"
        if day is not None:
            line += f"; on {day}: {_on_day(deadline, day)}"
        lines.append(line)
    if day is not None:
        state = ledger.deadline_chain_in_force(category.id, None, day)
        in_force = f"{state.deadline.id}, cut-off {state.cutoff or '?'}" if state else "none"
        lines.append(f"  in force nationally on {day}: {in_force}")
    lines.extend(_sources(category.origin, "  "))
    return lines


def describe_deadline(ledger: Ledger, deadline: Deadline, day: dt.date | None) -> list[str]:
    lines = [f"Deadline: {deadline.title} ({deadline.id})  [{_where(deadline.origin)}]"]
    groups = [
        f"{t} ({ledger.categories[t].label})" if t in ledger.categories else t
        for t in deadline.targets
    ]
    place = deadline.place or "national"
    if deadline.place_terms:
        place += f" ({', '.join(deadline.place_terms)})"
    lines.append(f"  applies to: {', '.join(groups) or '(no group)'}; place: {place}")
    order = f"  order: announced {deadline.announced or '?'}"
    if deadline.by:
        order += f" by {deadline.by}"
    lines.append(order + f"; cut-off {deadline.first_cutoff() or '?'}")
    for alt in deadline.equivalent_dates:
        lines.append(f"    same cut-off written as {alt.date}: {alt.note or ''}".rstrip())
    for duration in deadline.durations:
        lines.append(f"    as a window: {duration.days} days ({duration.note or ''})")
    chain = deadline.chain()
    if chain:
        lines.append("  chain:")
    for link in chain:
        if link.kind == "no_extension":
            head = f"{link.previous or '?'}: no extension"
        else:
            head = f"{link.previous or '?'} -> {link.date or '? (date not given)'}"
        by = f" by {link.by}" if link.by else ""
        lines.append(f"    {head}  (announced {link.announced or '?'}{by})")
        lines.extend(_sources(link.origin, " " * 6))
    if deadline.enforcement_from:
        lines.append(f"  enforcement from: {deadline.enforcement_from}")
    lines.extend(_sources(deadline.origin, "  "))
    if day is not None:
        lines.append(f"  on {day}: {_on_day(deadline, day)}")
    return lines


def _on_day(deadline: Deadline, day: dt.date) -> str:
    known = deadline.known_from()
    if known is not None and known > day:
        return f"not yet announced (announced {known})"
    state = deadline.state_on(day)
    return (
        f"cut-off {state.cutoff or '?'} ({'passed' if state.passed else 'not yet passed'}; "
        f"{len(state.pending)} later link(s) not yet announced)"
    )


def describe_event(event: Event) -> list[str]:
    when = event.date or (f"{event.start} to {event.end}" if event.start else "?")
    lines = [f"Event: {event.title} ({event.id}), {when}  [{_where(event.origin)}]"]
    if event.place:
        lines.append(f"  place: {event.place}")
    if event.perpetrator:
        lines.append(f"  perpetrator: {event.perpetrator}")
    if event.tolls:
        lines.append("  tolls, as each source gave them:")
    for toll in sorted(event.tolls, key=lambda t: t.date or dt.date.min):
        counts = []
        if toll.killed is not None:
            counts.append(f"{toll.killed:g} killed")
        if toll.injured is not None:
            counts.append(f"{toll.injured:g} injured")
        text = ", ".join(counts) or (toll.figure or "?")
        role = f" [{toll.role}]" if toll.role else ""
        lines.append(f"    {toll.date or '?'}  {text}  by {toll.by or '?'}{role}")
        if toll.figure and counts and toll.figure.strip() != text:
            lines.append(f"      as given: {toll.figure}")
        if toll.origin.source:
            lines.append(f"      source: {toll.origin.source}")
    lines.extend(_sources(event.origin, "  "))
    return lines


# ---------------------------------------------------------------------------------------------
# new / schema
