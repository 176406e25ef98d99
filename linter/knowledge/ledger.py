"""The fact ledger: typed, validated, and queryable by the rules.

The schema is documented in ``docs/ledger-schema.md``. Every entry keeps the line it came from,
so a finding can cite ``ledger.yaml:123`` and the entry's source, and every error names the file
and line of the offending entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from narrlint.errors import CorpusError
from narrlint.input.frontmatter import parse_date
from narrlint.input.yamlsource import LineDict, read_yaml_file
from narrlint.model import Evidence

QUALIFIERS = ("caretaker", "interim", "acting")


@dataclass(frozen=True, slots=True)
class Sourced:
    """Where an entry came from: the ledger line and the entry's own source."""

    path: str
    line: int
    source: str
    other_sources: tuple[str, ...] = ()
    confidence: str | None = None
    note: str | None = None

    def evidence(self, text: str) -> Evidence:
        return Evidence(self.path, self.line, f"{text} (source: {self.source})")


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    name: str
    country: str | None
    titles: tuple[str, ...]
    origin: Sourced | None


@dataclass(frozen=True, slots=True)
class Post:
    id: str
    person: str
    office: str
    title: str
    qualifier: str | None
    start: dt.date | None
    end: dt.date | None
    successor: str | None
    origin: Sourced

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    posts: tuple[Post, ...]
    origin: Sourced | None


@dataclass(frozen=True, slots=True)
class Government:
    id: str
    name: str
    country: str | None
    qualifier: str | None
    terms: tuple[str, ...]
    country_terms: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    successor: str | None
    origin: Sourced


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    name: str
    label: str
    refugee_status: bool | None
    documented: bool | None
    terms: tuple[str, ...]
    modifiers: tuple[str, ...]
    heads: tuple[str, ...]
    phase: int | None
    definition: str | None
    origin: Sourced


@dataclass(frozen=True, slots=True)
class DatedAlternative:
    date: dt.date
    note: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class Duration:
    days: int
    note: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class Deadline:
    id: str
    title: str
    date: dt.date | None
    equivalent_dates: tuple[DatedAlternative, ...]
    durations: tuple[Duration, ...]
    announced: dt.date | None
    targets: tuple[str, ...]
    phase: int | None
    subject_terms: tuple[str, ...]
    action_lemmas: tuple[str, ...]
    steps: tuple[dict, ...]
    origin: Sourced
    extra: dict = field(default_factory=dict)

    def accepted_dates(self) -> set[dt.date]:
        dates = {alt.date for alt in self.equivalent_dates}
        if self.date:
            dates.add(self.date)
        for step in self.steps:
            for key in ("extended_to", "expired"):
                value = step.get(key)
                if isinstance(value, dt.date):
                    dates.add(value)
        return dates


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    casualties: tuple[dict, ...]
    origin: Sourced


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    date: dt.date | None
    metric: str
    category: str | None
    value: float | None
    value_text: str | None
    low: float | None
    high: float | None
    by: str | None
    origin: Sourced


@dataclass(frozen=True, slots=True)
class NameVariant:
    variants: tuple[str, ...]
    standard: str
    kind: str | None
    case_sensitive: bool
    seen_in: str | None
    origin: Sourced


@dataclass(frozen=True, slots=True)
class Conflation:
    pattern: str
    issue: str
    origin: Sourced


@dataclass(slots=True)
class Ledger:
    """All facts of one or more ledger files, with lookups the rules need."""

    offices: dict[str, Office] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    governments: list[Government] = field(default_factory=list)
    categories: dict[str, Category] = field(default_factory=dict)
    deadlines: dict[str, Deadline] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    name_variants: list[NameVariant] = field(default_factory=list)
    conflations: list[Conflation] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def merge(self, other: Ledger) -> None:
        """Add another ledger's facts; an id defined twice is an error naming both places."""
        for name in ("offices", "people", "categories", "deadlines", "events"):
            mine: dict = getattr(self, name)
            for key, value in getattr(other, name).items():
                if key in mine:
                    first = mine[key].origin
                    where = f" (first defined at {first.path}:{first.line})" if first else ""
                    origin = value.origin
                    raise CorpusError(
                        f"{name} id {key!r} is defined twice{where}",
                        origin.path if origin else None,
                        origin.line if origin else None,
                    )
                mine[key] = value
        self.governments.extend(other.governments)
        self.figures.extend(other.figures)
        self.name_variants.extend(other.name_variants)
        self.conflations.extend(other.conflations)
        self.files.extend(other.files)

    def posts(self) -> Iterable[Post]:
        for person in self.people.values():
            yield from person.posts

    def figures_for(self, category: str) -> list[Figure]:
        return [f for f in self.figures if f.category == category and f.value is not None]


# ---------------------------------------------------------------------------------------------
# Parsing


class _Reader:
    """Reads one ledger file, checking keys and types against the schema."""

    def __init__(self, path: str) -> None:
        self.path = path

    def error(self, message: str, node: Any) -> CorpusError:
        return CorpusError(message, self.path, getattr(node, "line", None) or None)

    def mapping(self, node: Any, where: str, allowed: Iterable[str], required: Iterable[str]):
        if not isinstance(node, dict):
            raise self.error(f"{where} must be a mapping", node)
        allowed = set(allowed)
        for key in node:
            if key not in allowed:
                line = node.key_lines.get(key) if isinstance(node, LineDict) else None
                known = ", ".join(sorted(allowed))
                raise CorpusError(
                    f"unknown key {key!r} in {where} (known keys: {known})", self.path, line
                )
        for key in required:
            if node.get(key) in (None, ""):
                raise self.error(f"{where} is missing required key {key!r}", node)
        return node

    def line_of(self, node: Any, key: str) -> int | None:
        if isinstance(node, LineDict):
            return node.key_lines.get(key, node.line)
        return None

    def text(self, node: dict, key: str, where: str, default: str | None = None) -> str | None:
        value = node.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise CorpusError(f"{where}.{key} must be text", self.path, self.line_of(node, key))
        return str(value)

    def texts(self, node: dict, key: str, where: str, lower: bool = False) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise CorpusError(
                f"{where}.{key} must be a list of text", self.path, self.line_of(node, key)
            )
        return tuple(str(v).strip().lower() if lower else str(v) for v in value)

    def date(self, node: dict, key: str, where: str) -> dt.date | None:
        value = node.get(key)
        if value is None:
            return None
        try:
            return parse_date(value)
        except Exception:
            raise CorpusError(
                f"{where}.{key}: {value!r} is not a date (expected 'YYYY-MM-DD')",
                self.path,
                self.line_of(node, key),
            ) from None

    def number(self, node: dict, key: str, where: str) -> float | None:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            raise CorpusError(f"{where}.{key} must be a number", self.path, self.line_of(node, key))
        if isinstance(value, int | float):
            return float(value)
        raise CorpusError(
            f"{where}.{key}: {value!r} is not a number (put text in value_text)",
            self.path,
            self.line_of(node, key),
        )

    def boolean(self, node: dict, key: str, where: str) -> bool | None:
        value = node.get(key)
        if value is None or isinstance(value, bool):
            return value
        raise CorpusError(
            f"{where}.{key} must be true or false", self.path, self.line_of(node, key)
        )

    def integer(self, node: dict, key: str, where: str) -> int | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise CorpusError(
                f"{where}.{key} must be a whole number", self.path, self.line_of(node, key)
            )
        return value

    def origin(self, node: dict, where: str) -> Sourced:
        source = self.text(node, "source", where)
        if not source:
            raise self.error(f"{where} has no 'source': every fact must cite one", node)
        confidence = self.text(node, "confidence", where)
        if confidence is not None and confidence not in ("high", "medium", "low"):
            raise CorpusError(
                f"{where}.confidence must be high, medium or low, not {confidence!r}",
                self.path,
                self.line_of(node, "confidence"),
            )
        return Sourced(
            path=self.path,
            line=getattr(node, "line", 0),
            source=source,
            other_sources=self.texts(node, "other_sources", where),
            confidence=confidence,
            note=self.text(node, "note", where),
        )

    def entries(self, data: dict, section: str) -> list:
        value = data.get(section)
        if value is None:
            return []
        if not isinstance(value, list):
            raise CorpusError(f"{section} must be a list", self.path, self.line_of(data, section))
        return value


_SOURCED = ("source", "other_sources", "confidence", "note")


def _office(r: _Reader, node: Any, i: int) -> Office:
    where = f"offices[{i}]"
    r.mapping(node, where, ("id", "name", "country", "titles", *_SOURCED), ("id", "titles"))
    origin = r.origin(node, where) if node.get("source") else None
    return Office(
        id=str(node["id"]),
        name=r.text(node, "name", where) or str(node["id"]),
        country=r.text(node, "country", where),
        titles=r.texts(node, "titles", where, lower=True),
        origin=origin or Sourced(r.path, node.line, ""),
    )


def _person(r: _Reader, node: Any, i: int) -> Person:
    where = f"people[{i}]"
    r.mapping(node, where, ("id", "name", "aliases", "posts", *_SOURCED), ("id", "name"))
    person_id = str(node["id"])
    posts = []
    for j, post in enumerate(r.entries(node, "posts")):
        pwhere = f"{where}.posts[{j}]"
        r.mapping(
            post,
            pwhere,
            ("id", "office", "title", "qualifier", "start", "end", "successor", *_SOURCED),
            ("id", "office", "title"),
        )
        qualifier = r.text(post, "qualifier", pwhere)
        if qualifier is not None and qualifier.lower() not in QUALIFIERS:
            raise CorpusError(
                f"{pwhere}.qualifier must be one of {', '.join(QUALIFIERS)} or null",
                r.path,
                r.line_of(post, "qualifier"),
            )
        start, end = r.date(post, "start", pwhere), r.date(post, "end", pwhere)
        if start and end and end < start:
            raise r.error(f"{pwhere} ends ({end}) before it starts ({start})", post)
        posts.append(
            Post(
                id=str(post["id"]),
                person=person_id,
                office=str(post["office"]),
                title=str(post["title"]),
                qualifier=qualifier.lower() if qualifier else None,
                start=start,
                end=end,
                successor=r.text(post, "successor", pwhere),
                origin=r.origin(post, pwhere),
            )
        )
    return Person(
        id=person_id,
        name=str(node["name"]),
        aliases=r.texts(node, "aliases", where, lower=True),
        posts=tuple(posts),
        origin=r.origin(node, where) if node.get("source") else Sourced(r.path, node.line, ""),
    )


def _government(r: _Reader, node: Any, i: int) -> Government:
    where = f"governments[{i}]"
    keys = ("id", "name", "country", "qualifier", "terms", "country_terms", "start", "end")
    r.mapping(node, where, (*keys, "successor", *_SOURCED), ("id", "terms"))
    return Government(
        id=str(node["id"]),
        name=r.text(node, "name", where) or str(node["id"]),
        country=r.text(node, "country", where),
        qualifier=(r.text(node, "qualifier", where) or "").lower() or None,
        terms=r.texts(node, "terms", where, lower=True),
        country_terms=r.texts(node, "country_terms", where, lower=True),
        start=r.date(node, "start", where),
        end=r.date(node, "end", where),
        successor=r.text(node, "successor", where),
        origin=r.origin(node, where),
    )


def _category(r: _Reader, node: Any, i: int) -> Category:
    where = f"categories[{i}]"
    keys = ("id", "name", "label", "refugee_status", "documented", "terms", "modifiers", "heads")
    r.mapping(node, where, (*keys, "phase", "definition", "items", *_SOURCED), ("id", "name"))
    name = str(node["name"])
    return Category(
        id=str(node["id"]),
        name=name,
        label=r.text(node, "label", where) or name,
        refugee_status=r.boolean(node, "refugee_status", where),
        documented=r.boolean(node, "documented", where),
        terms=r.texts(node, "terms", where, lower=True),
        modifiers=r.texts(node, "modifiers", where, lower=True),
        heads=r.texts(node, "heads", where, lower=True),
        phase=r.integer(node, "phase", where),
        definition=r.text(node, "definition", where),
        origin=r.origin(node, where),
    )


def _deadline(r: _Reader, node: Any, i: int) -> Deadline:
    where = f"deadlines[{i}]"
    keys = ("id", "title", "date", "equivalent_dates", "durations", "announced", "targets")
    more = ("phase", "subject_terms", "action_lemmas", "steps", "enforcement_from")
    r.mapping(node, where, (*keys, *more, *_SOURCED), ("id", "title"))
    alternatives = []
    for j, alt in enumerate(r.entries(node, "equivalent_dates")):
        awhere = f"{where}.equivalent_dates[{j}]"
        r.mapping(alt, awhere, ("date", "note", "source"), ("date",))
        alternatives.append(
            DatedAlternative(
                r.date(alt, "date", awhere),
                r.text(alt, "note", awhere),
                r.text(alt, "source", awhere),
            )
        )
    durations = []
    for j, item in enumerate(r.entries(node, "durations")):
        dwhere = f"{where}.durations[{j}]"
        r.mapping(item, dwhere, ("days", "note", "source"), ("days",))
        durations.append(
            Duration(
                r.integer(item, "days", dwhere),
                r.text(item, "note", dwhere),
                r.text(item, "source", dwhere),
            )
        )
    steps = []
    for j, step in enumerate(r.entries(node, "steps")):
        swhere = f"{where}.steps[{j}]"
        r.mapping(step, swhere, ("expired", "extended_to", "announced", "by", *_SOURCED), ())
        parsed = dict(step)
        for key in ("expired", "extended_to", "announced"):
            parsed[key] = r.date(step, key, swhere)
        parsed["line"] = step.line
        steps.append(parsed)
    extra = {}
    if node.get("enforcement_from") is not None:
        extra["enforcement_from"] = r.date(node, "enforcement_from", where)
    return Deadline(
        id=str(node["id"]),
        title=str(node["title"]),
        date=r.date(node, "date", where),
        equivalent_dates=tuple(alternatives),
        durations=tuple(durations),
        announced=r.date(node, "announced", where),
        targets=r.texts(node, "targets", where),
        phase=r.integer(node, "phase", where),
        subject_terms=r.texts(node, "subject_terms", where, lower=True),
        action_lemmas=r.texts(node, "action_lemmas", where, lower=True),
        steps=tuple(steps),
        origin=r.origin(node, where),
        extra=extra,
    )


def _event(r: _Reader, node: Any, i: int) -> Event:
    where = f"events[{i}]"
    keys = ("id", "title", "date", "start", "end", "casualties")
    r.mapping(node, where, (*keys, *_SOURCED), ("id", "title"))
    casualties = []
    for j, item in enumerate(r.entries(node, "casualties")):
        r.mapping(
            item, f"{where}.casualties[{j}]", ("figure", "killed", "injured", "by", "date"), ()
        )
        casualties.append(dict(item))
    return Event(
        id=str(node["id"]),
        title=str(node["title"]),
        date=r.date(node, "date", where),
        start=r.date(node, "start", where),
        end=r.date(node, "end", where),
        casualties=tuple(casualties),
        origin=r.origin(node, where),
    )


def _figure(r: _Reader, node: Any, i: int) -> Figure:
    where = f"figures[{i}]"
    keys = ("id", "date", "metric", "category", "value", "value_text", "low", "high", "by")
    r.mapping(node, where, (*keys, *_SOURCED), ("id", "metric"))
    return Figure(
        id=str(node["id"]),
        date=r.date(node, "date", where),
        metric=str(node["metric"]),
        category=r.text(node, "category", where),
        value=r.number(node, "value", where),
        value_text=r.text(node, "value_text", where),
        low=r.number(node, "low", where),
        high=r.number(node, "high", where),
        by=r.text(node, "by", where),
        origin=r.origin(node, where),
    )


def _variant(r: _Reader, node: Any, i: int) -> NameVariant:
    where = f"name_variants[{i}]"
    keys = ("variants", "standard", "kind", "case_sensitive", "seen_in")
    r.mapping(node, where, (*keys, *_SOURCED), ("variants", "standard"))
    return NameVariant(
        variants=r.texts(node, "variants", where),
        standard=str(node["standard"]),
        kind=r.text(node, "kind", where),
        case_sensitive=bool(r.boolean(node, "case_sensitive", where)),
        seen_in=r.text(node, "seen_in", where),
        origin=r.origin(node, where),
    )


def _conflation(r: _Reader, node: Any, i: int) -> Conflation:
    where = f"conflations[{i}]"
    r.mapping(node, where, ("pattern", "issue", *_SOURCED), ("pattern", "issue"))
    return Conflation(str(node["pattern"]), str(node["issue"]), r.origin(node, where))


_SECTIONS: dict[str, Callable[[_Reader, Any, int], Any]] = {
    "offices": _office,
    "people": _person,
    "governments": _government,
    "categories": _category,
    "deadlines": _deadline,
    "events": _event,
    "figures": _figure,
    "name_variants": _variant,
    "conflations": _conflation,
}


def parse_ledger(data: Any, display: str) -> Ledger:
    """Build a :class:`Ledger` from loaded YAML, validating every entry."""
    r = _Reader(display)
    if not isinstance(data, dict):
        raise CorpusError("a ledger must be a YAML mapping with 'version: 1'", display, 1)
    r.mapping(data, "the ledger", ("version", "meta", *_SECTIONS), ("version",))
    if data.get("version") != 1:
        raise CorpusError(
            f"unsupported ledger version {data.get('version')!r} (expected 1)",
            display,
            r.line_of(data, "version"),
        )
    ledger = Ledger(files=[display])
    seen: dict[tuple[str, str], int] = {}
    for section, parse in _SECTIONS.items():
        for i, node in enumerate(r.entries(data, section)):
            item = parse(r, node, i)
            key_id = getattr(item, "id", None)
            if key_id is not None:
                if (section, key_id) in seen:
                    raise CorpusError(
                        f"{section} id {key_id!r} is defined twice (first on line "
                        f"{seen[(section, key_id)]})",
                        display,
                        node.line,
                    )
                seen[(section, key_id)] = node.line
            _store(ledger, section, item)
    return ledger


def _store(ledger: Ledger, section: str, item: Any) -> None:
    target = getattr(ledger, section)
    if isinstance(target, dict):
        target[item.id] = item
    else:
        target.append(item)


def check_references(ledger: Ledger) -> None:
    """Cross-references must resolve once all ledger files are merged: rules trust them."""
    for post in ledger.posts():
        if post.office not in ledger.offices:
            raise CorpusError(
                f"post {post.id!r} names unknown office {post.office!r}",
                post.origin.path,
                post.origin.line,
            )
        if post.successor and post.successor not in ledger.people:
            raise CorpusError(
                f"post {post.id!r} names unknown successor {post.successor!r}",
                post.origin.path,
                post.origin.line,
            )
    for deadline in ledger.deadlines.values():
        for target in deadline.targets:
            if target not in ledger.categories:
                raise CorpusError(
                    f"deadline {deadline.id!r} targets unknown category {target!r}",
                    deadline.origin.path,
                    deadline.origin.line,
                )


def load_ledger(path: str, display: str) -> Ledger:
    return parse_ledger(read_yaml_file(path, display), display)
