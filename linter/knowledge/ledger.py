"""The fact ledger: typed, validated, and queryable by the rules.

The schema is documented in ``docs/ledger-schema.md``. Every entry keeps the line it came from,
so a finding can cite ``ledger.yaml:123`` and the entry's source, and every error names the file
and line of the offending entry.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from narrlint.errors import CorpusError
from narrlint.input.frontmatter import parse_date
from narrlint.input.yamlsource import LineDict, read_yaml_file
from narrlint.model import Evidence

QUALIFIERS = ("caretaker", "interim", "acting")
CONFIDENCES = ("high", "medium", "low")
HOLDERS = ("single", "many")
"""``offices[].holders``: one holder at a time (the default), or several (a council's members)."""
ENDED_BY = (
    "resigned",
    "replaced",
    "removed",
    "promoted",
    "retired",
    "term_ended",
    "government_ended",
    "died",
    "post_abolished",
    "merged",
)
"""``posts[].ended_by``: how a post ended."""
EXTENSION_KINDS = ("extension", "no_extension")
"""``deadlines[].extensions[].kind``: a new cut-off, or a stated refusal to extend."""
TOLL_ROLES = (
    "police",
    "military",
    "hospital",
    "health department",
    "rescue",
    "local administration",
    "provincial government",
    "federal government",
    "foreign government",
    "militant claim",
    "taliban",
    "un",
    "ngo",
    "political party",
    "media",
    "other",
)
"""``events[].casualties[].role``: what kind of body gave a toll (a claim is not a count)."""
FIGURE_PSEUDO_CATEGORIES = ("total", "refugees_unhcr", "returns", "other")
"""``figures[].category`` values that are not ``categories[].id`` (see the seed ledger's header)."""
NATIONAL = "national"
"""``deadlines[].place`` of an order for the whole country (also the default)."""


@dataclass(frozen=True, slots=True)
class Sourced:
    """Where an entry came from: the ledger line and the entry's own source."""

    path: str
    line: int
    source: str
    other_sources: tuple[str, ...] = ()
    confidence: str | None = None
    note: str | None = None
    source_date: dt.date | None = None
    """Publication date of ``source`` (optional)."""

    def evidence(self, text: str) -> Evidence:
        return Evidence(self.path, self.line, f"{text} (source: {self.source})")


def normalise_title(text: str) -> str:
    """The comparison key of a title, rank or abbreviation, whatever its punctuation.

    Lower case (Unicode case folding, NFKC), full stops and hyphens/dashes become spaces,
    whitespace collapses: ``"Lt. Gen."``, ``"Lt Gen"``, ``"lt.gen."`` and ``"Lt-Gen"`` all give
    ``"lt gen"``; ``"Maj.-Gen."`` gives ``"maj gen"``; ``"Dr."`` gives ``"dr"``. A rule joins the
    draft's tokens with spaces and normalises the result, so it does not matter whether the
    tokenizer kept the full stop on the word (``Gen.``) or split it off (``Gen`` ``.``).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _TITLE_PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


_TITLE_PUNCTUATION = re.compile(r"[.\u2024\ufe52\uff0e\-\u2010-\u2015\u2212]")


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    name: str
    country: str | None
    titles: tuple[str, ...]
    origin: Sourced | None
    abbreviations: tuple[str, ...] = ()
    """Abbreviated titles as written (``"COAS"``, ``"Dy. PM"``); compare with
    :func:`normalise_title`."""
    holders: str = "single"
    """``single``: one holder at a time (``ledger check`` warns on overlapping terms); ``many``."""


@dataclass(frozen=True, slots=True)
class Rank:
    """A rank or honorific a person holds over time (``General``, ``Field Marshal``, ``Dr.``)."""

    id: str
    name: str
    titles: tuple[str, ...]
    """Lower-case phrases naming the rank in full (``lieutenant general``)."""
    abbreviations: tuple[str, ...]
    """As written (``"Lt. Gen."``, ``"Lt Gen"``); compare with :func:`normalise_title`."""
    service: str | None
    order: int | None
    """Seniority within ``service`` (higher is senior), optional."""
    origin: Sourced

    def forms(self) -> tuple[str, ...]:
        """Normalised keys of every way of writing the rank (name, titles, abbreviations)."""
        keys = (normalise_title(t) for t in (self.name, *self.titles, *self.abbreviations))
        return tuple(dict.fromkeys(k for k in keys if k))


@dataclass(frozen=True, slots=True)
class RankTerm:
    """A person's rank from ``start`` to ``end`` (a promotion ends one term and starts the next)."""

    person: str
    rank: str
    start: dt.date | None
    end: dt.date | None
    origin: Sourced
    start_partial: str | None = None
    """``'YYYY-MM'`` or ``'YYYY'`` when only the month or year is known (``start`` is then None)."""
    end_partial: str | None = None

    def held_on(self, day: dt.date) -> bool:
        return term_covers(self.start, self.end, self.start_partial, self.end_partial, day)


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
    rank: str | None = None
    """``ranks[].id`` held in this post, when the post itself says so (else see Person.ranks)."""
    additional_charge: bool = False
    """Held as an additional charge on top of another post."""
    concurrent_with: tuple[str, ...] = ()
    """Ids of posts of the same person held at the same time (the combined title is correct)."""
    ended_by: str | None = None
    start_partial: str | None = None
    """``'YYYY-MM'`` or ``'YYYY'`` when a source gives only the month or year (``start`` is then
    None, so no rule treats an invented day as known)."""
    end_partial: str | None = None

    def held_on(self, day: dt.date) -> bool:
        return term_covers(self.start, self.end, self.start_partial, self.end_partial, day)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    """Every alias, lower case, surname aliases included (what the entity ruler matches)."""
    posts: tuple[Post, ...]
    origin: Sourced | None
    surnames: tuple[str, ...] = ()
    """The aliases marked ``surname: true``: they name this person only next to one of the
    person's titles or ranks, or after the full name in the same draft."""
    ranks: tuple[RankTerm, ...] = ()
    """Successive ranks, in the ledger's order (see :meth:`Ledger.rank_succession`)."""

    def is_surname(self, alias: str) -> bool:
        return alias.strip().lower() in self.surnames


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
class Extension:
    """One link of a deadline chain: a new cut-off (or a refusal to extend), when and by whom."""

    date: dt.date | None
    """The new cut-off; ``None`` for ``no_extension`` or when no source gives the new date."""
    previous: dt.date | None
    """The cut-off it replaces (``None``: the one in force before it)."""
    announced: dt.date | None
    by: str | None
    kind: str
    origin: Sourced


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
    place: str | None = None
    """Where the order applies: ``None``/``national`` for the whole country, else a place name."""
    place_terms: tuple[str, ...] = ()
    """Lower-case phrases that name ``place`` in a draft (``islamabad``, ``twin cities``)."""
    by: str | None = None
    """Who issued the order."""
    enforcement_from: dt.date | None = None
    """First day of arrests/deportations, when the order names one."""
    extensions: tuple[Extension, ...] = ()

    def accepted_dates(self) -> set[dt.date]:
        dates = {alt.date for alt in self.equivalent_dates}
        if self.date:
            dates.add(self.date)
        for step in self.steps:
            for key in ("extended_to", "expired"):
                value = step.get(key)
                if isinstance(value, dt.date):
                    dates.add(value)
        for extension in self.extensions:
            if extension.date is not None:
                dates.add(extension.date)
        return dates

    @property
    def national(self) -> bool:
        return self.place is None or _place_key(self.place) == NATIONAL

    def chain(self) -> tuple[Extension, ...]:
        """The links of the chain in order: ``extensions``, and the legacy validity ``steps``
        (``expired`` -> ``previous``, ``extended_to`` -> ``date``; no ``extended_to``: a lapse)."""
        links = list(self.extensions)
        for step in self.steps:
            links.append(
                Extension(
                    date=step.get("extended_to"),
                    previous=step.get("expired"),
                    announced=step.get("announced"),
                    by=step.get("by"),
                    kind="extension" if step.get("extended_to") else "no_extension",
                    origin=Sourced(
                        self.origin.path,
                        step.get("line", self.origin.line),
                        str(step.get("source") or ""),
                        confidence=step.get("confidence"),
                        note=step.get("note"),
                    ),
                )
            )
        return tuple(links)

    def first_cutoff(self) -> dt.date | None:
        """The cut-off of the order itself (for a validity chain: the first expiry)."""
        if self.date is not None:
            return self.date
        for link in self.chain():
            if link.previous is not None:
                return link.previous
        return None

    def known_from(self) -> dt.date | None:
        """The first day the order was public: ``announced``, else its first link's."""
        if self.announced is not None:
            return self.announced
        days = [link.announced for link in self.chain() if link.announced is not None]
        return min(days) if days else None

    def state_on(self, day: dt.date) -> ChainState:
        """The chain as known on ``day``: the links announced by then and the cut-off in force.

        A link without an announcement date counts from the cut-off it replaces (it was decided
        by then at the latest)."""
        cutoff = self.first_cutoff()
        known, later = [], []
        for link in self.chain():
            when = link.announced or link.previous
            if when is not None and when > day:
                later.append(link)
                continue
            known.append(link)
            if link.kind == "extension" and link.date is not None:
                cutoff = link.date
        return ChainState(self, day, cutoff, tuple(known), tuple(later))


@dataclass(frozen=True, slots=True)
class ChainState:
    """A deadline chain on a given day (see :meth:`Ledger.deadline_chain_in_force`)."""

    deadline: Deadline
    day: dt.date
    cutoff: dt.date | None
    """The cut-off in force on ``day`` (after the extensions announced by then)."""
    known: tuple[Extension, ...]
    """Links announced on or before ``day``."""
    pending: tuple[Extension, ...]
    """Links announced after ``day`` (not yet known to a draft of that date)."""

    @property
    def enforcement_from(self) -> dt.date | None:
        return self.deadline.enforcement_from

    @property
    def passed(self) -> bool:
        return self.cutoff is not None and self.day >= self.cutoff


@dataclass(frozen=True, slots=True)
class Toll:
    """One casualty figure of an event as one source gave it (typed view of ``casualties``)."""

    event: str
    figure: str | None
    killed: float | None
    injured: float | None
    by: str | None
    role: str | None
    date: dt.date | None
    """When the figure was given."""
    origin: Sourced
    """``origin.source`` is the toll's own ``source`` (empty when only the event's is given)."""

    @property
    def claim(self) -> bool:
        """A belligerent's or militant group's claim, not a count."""
        return self.role in ("militant claim", "taliban")


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    casualties: tuple[dict, ...]
    origin: Sourced
    tolls: tuple[Toll, ...] = ()
    place: str | None = None
    perpetrator: str | None = None
    """Who carried it out or claimed it, as the sources say (text)."""
    kind: str | None = None
    """Free text: attack, air strike, border clash, talks, ..."""


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
    as_of: dt.date | None = None
    """The day the figure describes (``date``: when it was given), optional."""
    by_role: str | None = None
    """What kind of body ``by`` is (federal government, UN agency, ...), free text."""
    reported_by: str | None = None
    """The outlet that carried the figure, when not ``by`` itself."""
    event: str | None = None
    """``events[].id`` the figure belongs to, optional."""


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
    ranks: dict[str, Rank] = field(default_factory=dict)
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
        for name in ("offices", "ranks", "people", "categories", "deadlines", "events"):
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

    # -- people, posts and ranks ---------------------------------------------------------------

    def posts_on(self, person: str, day: dt.date) -> list[Post]:
        """The posts ``person`` held on ``day`` (several when posts are concurrent)."""
        found = self.people.get(person)
        return [p for p in found.posts if p.held_on(day)] if found else []

    def holders(self, office: str, day: dt.date | None = None) -> list[Post]:
        """Posts of ``office`` (held on ``day`` when given), by start date (unknown first)."""
        posts = [p for p in self.posts() if p.office == office]
        if day is not None:
            posts = [p for p in posts if p.held_on(day)]
        return sorted(posts, key=lambda p: (p.start or dt.date.min, p.end or dt.date.max))

    def rank_succession(self, person: str) -> list[RankTerm]:
        """The person's ranks in order: ``people[].ranks``, plus the ``rank`` of posts for
        periods those do not cover."""
        found = self.people.get(person)
        if found is None:
            return []
        terms = list(found.ranks)
        for post in found.posts:
            if post.rank and not any(
                t.rank == post.rank and _overlaps(t.start, t.end, post.start, post.end)
                for t in terms
            ):
                terms.append(
                    RankTerm(
                        person,
                        post.rank,
                        post.start,
                        post.end,
                        post.origin,
                        start_partial=post.start_partial,
                        end_partial=post.end_partial,
                    )
                )

        def order(term: RankTerm) -> tuple[dt.date, dt.date]:
            start = term.start or partial_bounds(term.start_partial)[0] or dt.date.min
            return start, term.end or partial_bounds(term.end_partial)[1] or dt.date.max

        return sorted(terms, key=order)

    def rank_on(self, person: str, day: dt.date) -> RankTerm | None:
        """The rank ``person`` held on ``day`` (the latest-starting one if terms overlap)."""
        held = [t for t in self.rank_succession(person) if t.held_on(day)]
        return held[-1] if held else None

    def rank_after(self, person: str, rank: str) -> RankTerm | None:
        """The rank that followed ``rank`` for ``person`` (a promotion), if recorded."""
        terms = self.rank_succession(person)
        for i, term in enumerate(terms):
            if term.rank == rank and i + 1 < len(terms):
                return terms[i + 1]
        return None

    def title_index(self) -> dict[str, list[tuple[str, str]]]:
        """Normalised title key (:func:`normalise_title`) -> ``[("office"|"rank", id), ...]``,
        over office titles and abbreviations and rank names, titles and abbreviations."""
        index: dict[str, list[tuple[str, str]]] = {}
        for office in self.offices.values():
            for text in (*office.titles, *office.abbreviations):
                key = normalise_title(text)
                if key and ("office", office.id) not in index.setdefault(key, []):
                    index[key].append(("office", office.id))
        for rank in self.ranks.values():
            for key in rank.forms():
                if ("rank", rank.id) not in index.setdefault(key, []):
                    index[key].append(("rank", rank.id))
        return index

    def people_named(self, text: str) -> list[tuple[str, str]]:
        """``[(person id, "id"|"name"|"alias"|"surname"), ...]`` for a name as written,
        compared case-insensitively. A ``surname`` match names the person only next to one of
        the person's titles or ranks, or after the full name in the same draft: the caller
        decides that from the draft."""
        wanted = " ".join(text.split()).casefold()
        found = []
        for person in self.people.values():
            if wanted == person.id.casefold():
                found.append((person.id, "id"))
            elif wanted in (person.name.casefold(), person.name.split(" (")[0].casefold()):
                found.append((person.id, "name"))
            elif wanted in person.surnames:
                found.append((person.id, "surname"))
            elif wanted in person.aliases:
                found.append((person.id, "alias"))
        return found

    # -- deadlines and events --------------------------------------------------------------------

    def deadline_chains(self, group: str, place: str | None = None) -> list[Deadline]:
        """Deadlines targeting ``group`` (a ``categories[].id``) at ``place`` (``None``: the
        whole country): the ones for that place (its ``place`` or one of its ``place_terms``),
        and the national ones, which apply there too."""
        key = _place_key(place) if place else NATIONAL
        return [
            d
            for d in self.deadlines.values()
            if group in d.targets
            and (
                d.national
                or _place_key(d.place or "") == key
                or key in (_place_key(t) for t in d.place_terms)
            )
        ]

    def deadline_chain_in_force(
        self, group: str, place: str | None, day: dt.date
    ) -> ChainState | None:
        """The chain in force for ``group`` at ``place`` on ``day``, with its cut-off as known
        that day: among the chains public by ``day`` (an order without any announcement date
        counts as public), a place's own order beats a national one, then the latest one."""
        best: tuple | None = None
        for deadline in self.deadline_chains(group, place):
            known = deadline.known_from()
            if known is not None and known > day:
                continue
            rank = (not deadline.national, known or dt.date.min)
            if best is None or rank > best[0]:
                best = (rank, deadline)
        return best[1].state_on(day) if best else None

    def tolls(self, event: str, role: str | None = None) -> list[Toll]:
        """Casualty figures of ``event`` (of one ``role`` when given), by date given."""
        found = self.events.get(event)
        if found is None:
            return []
        tolls = [t for t in found.tolls if role is None or t.role == role]
        return sorted(tolls, key=lambda t: t.date or dt.date.min)


def _place_key(place: str) -> str:
    return " ".join(place.replace("_", " ").split()).casefold()


def _overlaps(
    a_start: dt.date | None, a_end: dt.date | None, b_start: dt.date | None, b_end: dt.date | None
) -> bool:
    """Whether two half-open periods share a day (an unknown start or end is open)."""
    return (a_start is None or b_end is None or a_start < b_end) and (
        b_start is None or a_end is None or b_start < a_end
    )


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
        if confidence is not None and confidence not in CONFIDENCES:
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
            source_date=self.date(node, "source_date", where),
        )

    def partial(self, node: dict, key: str, where: str) -> str | None:
        """``{key}_partial``: a date known only to the month (``'YYYY-MM'``) or year
        (``'YYYY'``), given instead of ``key``."""
        name = f"{key}_partial"
        value = node.get(name)
        if value is None:
            return None
        text = str(value).strip()
        if isinstance(value, bool) or not _PARTIAL_DATE.fullmatch(text):
            raise CorpusError(
                f"{where}.{name}: {value!r} is not 'YYYY-MM' or 'YYYY' (a full date goes in {key})",
                self.path,
                self.line_of(node, name),
            )
        if node.get(key) is not None:
            raise CorpusError(
                f"{where}: give {key} or {name}, not both", self.path, self.line_of(node, name)
            )
        return text

    def choice(self, node: dict, key: str, where: str, choices: tuple[str, ...]) -> str | None:
        """An optional text that must be one of ``choices`` (compared in lower case)."""
        value = self.text(node, key, where)
        if value is None:
            return None
        if value.strip().lower() not in choices:
            raise CorpusError(
                f"{where}.{key} must be one of {', '.join(choices)}, not {value!r}",
                self.path,
                self.line_of(node, key),
            )
        return value.strip().lower()

    def entries(self, data: dict, section: str) -> list:
        value = data.get(section)
        if value is None:
            return []
        if not isinstance(value, list):
            raise CorpusError(f"{section} must be a list", self.path, self.line_of(data, section))
        return value


_SOURCED = ("source", "other_sources", "confidence", "note", "source_date")
_PARTIAL_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2]))?")


def _unsourced(r: _Reader, node: Any, where: str) -> Sourced:
    """The origin of an entry whose ``source`` is optional (``ledger check`` warns if absent)."""
    if node.get("source"):
        return r.origin(node, where)
    return Sourced(r.path, node.line, "", note=r.text(node, "note", where))


def _office(r: _Reader, node: Any, i: int) -> Office:
    where = f"offices[{i}]"
    keys = ("id", "name", "country", "titles", "abbreviations", "holders")
    r.mapping(node, where, (*keys, *_SOURCED), ("id", "titles"))
    origin = r.origin(node, where) if node.get("source") else None
    return Office(
        id=str(node["id"]),
        name=r.text(node, "name", where) or str(node["id"]),
        country=r.text(node, "country", where),
        titles=r.texts(node, "titles", where, lower=True),
        origin=origin or Sourced(r.path, node.line, ""),
        abbreviations=_abbreviations(r, node, where),
        holders=r.choice(node, "holders", where, HOLDERS) or "single",
    )


def _abbreviations(r: _Reader, node: Any, where: str) -> tuple[str, ...]:
    written = tuple(a.strip() for a in r.texts(node, "abbreviations", where))
    for text in written:
        if not normalise_title(text):
            raise CorpusError(
                f"{where}.abbreviations: {text!r} has no letters",
                r.path,
                r.line_of(node, "abbreviations"),
            )
    return written


def _rank(r: _Reader, node: Any, i: int) -> Rank:
    where = f"ranks[{i}]"
    keys = ("id", "name", "titles", "abbreviations", "service", "order")
    r.mapping(node, where, (*keys, *_SOURCED), ("id", "name"))
    return Rank(
        id=str(node["id"]),
        name=str(node["name"]),
        titles=r.texts(node, "titles", where, lower=True),
        abbreviations=_abbreviations(r, node, where),
        service=r.text(node, "service", where),
        order=r.integer(node, "order", where),
        origin=_unsourced(r, node, where),
    )


def _aliases(r: _Reader, node: Any, where: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``aliases``: text, or ``{name, surname, note}``; returns (all aliases, surname aliases)."""
    value = node.get("aliases")
    if value is None:
        return (), ()
    if not isinstance(value, list) or not any(isinstance(v, dict) for v in value):
        return r.texts(node, "aliases", where, lower=True), ()
    aliases, surnames = [], []
    for j, item in enumerate(value):
        if isinstance(item, dict):
            awhere = f"{where}.aliases[{j}]"
            r.mapping(item, awhere, ("name", "surname", "note"), ("name",))
            name = (r.text(item, "name", awhere) or "").strip().lower()
            aliases.append(name)
            if r.boolean(item, "surname", awhere):
                if " " in name:
                    raise CorpusError(
                        f"{awhere}: a surname alias is one word, not {name!r}",
                        r.path,
                        r.line_of(item, "surname"),
                    )
                surnames.append(name)
        elif isinstance(item, str | int) and not isinstance(item, bool):
            aliases.append(str(item).strip().lower())
        else:
            raise CorpusError(
                f"{where}.aliases must be a list of text or {{name, surname}} entries",
                r.path,
                r.line_of(node, "aliases"),
            )
    return tuple(aliases), tuple(surnames)


def _rank_terms(r: _Reader, node: Any, where: str, person_id: str) -> tuple[RankTerm, ...]:
    terms = []
    for j, item in enumerate(r.entries(node, "ranks")):
        rwhere = f"{where}.ranks[{j}]"
        keys = ("rank", "start", "end", "start_partial", "end_partial")
        r.mapping(item, rwhere, (*keys, *_SOURCED), ("rank",))
        start, end = r.date(item, "start", rwhere), r.date(item, "end", rwhere)
        if start and end and end < start:
            raise r.error(f"{rwhere} ends ({end}) before it starts ({start})", item)
        terms.append(
            RankTerm(
                person_id,
                str(item["rank"]),
                start,
                end,
                r.origin(item, rwhere),
                start_partial=r.partial(item, "start", rwhere),
                end_partial=r.partial(item, "end", rwhere),
            )
        )
    return tuple(terms)


def _person(r: _Reader, node: Any, i: int) -> Person:
    where = f"people[{i}]"
    r.mapping(node, where, ("id", "name", "aliases", "posts", "ranks", *_SOURCED), ("id", "name"))
    person_id = str(node["id"])
    aliases, surnames = _aliases(r, node, where)
    posts = []
    for j, post in enumerate(r.entries(node, "posts")):
        pwhere = f"{where}.posts[{j}]"
        keys = ("id", "office", "title", "qualifier", "start", "end", "successor")
        more = ("rank", "additional_charge", "concurrent_with", "ended_by")
        more += ("start_partial", "end_partial")
        r.mapping(post, pwhere, (*keys, *more, *_SOURCED), ("id", "office", "title"))
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
                rank=r.text(post, "rank", pwhere),
                additional_charge=bool(r.boolean(post, "additional_charge", pwhere)),
                concurrent_with=r.texts(post, "concurrent_with", pwhere),
                ended_by=r.choice(post, "ended_by", pwhere, ENDED_BY),
                start_partial=r.partial(post, "start", pwhere),
                end_partial=r.partial(post, "end", pwhere),
            )
        )
    return Person(
        id=person_id,
        name=str(node["name"]),
        aliases=aliases,
        posts=tuple(posts),
        origin=r.origin(node, where) if node.get("source") else Sourced(r.path, node.line, ""),
        surnames=surnames,
        ranks=_rank_terms(r, node, where, person_id),
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
    more += ("place", "place_terms", "by", "extensions")
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
    extensions = []
    for j, item in enumerate(r.entries(node, "extensions")):
        ewhere = f"{where}.extensions[{j}]"
        keys = ("date", "previous", "announced", "by", "kind")
        r.mapping(item, ewhere, (*keys, *_SOURCED), ())
        kind = r.choice(item, "kind", ewhere, EXTENSION_KINDS) or "extension"
        extensions.append(
            Extension(
                date=r.date(item, "date", ewhere),
                previous=r.date(item, "previous", ewhere),
                announced=r.date(item, "announced", ewhere),
                by=r.text(item, "by", ewhere),
                kind=kind,
                origin=r.origin(item, ewhere),
            )
        )
        if kind == "no_extension" and item.get("date") is not None:
            raise CorpusError(
                f"{ewhere}: a no_extension has no new 'date'", r.path, r.line_of(item, "date")
            )
    extra = {}
    enforcement = r.date(node, "enforcement_from", where)
    if node.get("enforcement_from") is not None:
        extra["enforcement_from"] = enforcement
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
        place=r.text(node, "place", where),
        place_terms=r.texts(node, "place_terms", where, lower=True),
        by=r.text(node, "by", where),
        enforcement_from=enforcement,
        extensions=tuple(extensions),
    )


_TOLL_KEYS = ("figure", "killed", "injured", "by", "date")


def _event(r: _Reader, node: Any, i: int) -> Event:
    where = f"events[{i}]"
    keys = ("id", "title", "date", "start", "end", "casualties", "place", "perpetrator", "kind")
    r.mapping(node, where, (*keys, *_SOURCED), ("id", "title"))
    event_id = str(node["id"])
    origin = r.origin(node, where)
    casualties, tolls = [], []
    for j, item in enumerate(r.entries(node, "casualties")):
        cwhere = f"{where}.casualties[{j}]"
        r.mapping(item, cwhere, (*_TOLL_KEYS, "role", *_SOURCED), ())
        casualties.append(dict(item))
        tolls.append(
            Toll(
                event=event_id,
                figure=r.text(item, "figure", cwhere),
                killed=_lenient_number(item.get("killed")),
                injured=_lenient_number(item.get("injured")),
                by=r.text(item, "by", cwhere),
                role=r.choice(item, "role", cwhere, TOLL_ROLES),
                date=_lenient_date(item.get("date")),
                origin=_unsourced(r, item, cwhere),
            )
        )
    return Event(
        id=event_id,
        title=str(node["title"]),
        date=r.date(node, "date", where),
        start=r.date(node, "start", where),
        end=r.date(node, "end", where),
        casualties=tuple(casualties),
        origin=origin,
        tolls=tuple(tolls),
        place=r.text(node, "place", where),
        perpetrator=r.text(node, "perpetrator", where),
        kind=r.text(node, "kind", where),
    )


def _lenient_number(value: Any) -> float | None:
    """``killed``/``injured`` were never checked: a non-number is kept in the raw entry, left
    out of the typed toll, and reported by ``narrlint ledger check``."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _lenient_date(value: Any) -> dt.date | None:
    try:
        return parse_date(value) if value is not None else None
    except Exception:
        return None


def _figure(r: _Reader, node: Any, i: int) -> Figure:
    where = f"figures[{i}]"
    keys = ("id", "date", "metric", "category", "value", "value_text", "low", "high", "by")
    more = ("as_of", "by_role", "reported_by", "event")
    r.mapping(node, where, (*keys, *more, *_SOURCED), ("id", "metric"))
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
        as_of=r.date(node, "as_of", where),
        by_role=r.text(node, "by_role", where),
        reported_by=r.text(node, "reported_by", where),
        event=r.text(node, "event", where),
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
    "ranks": _rank,
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
    return errors


# ---------------------------------------------------------------------------------------------
# Linting (``narrlint ledger check``): what loads but is probably wrong


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
    extensions out of order, an alias shared by several people, casualty counts that are not
    numbers. Sorted by file and line."""
    warnings: list[LedgerWarning] = []

    def warn(origin: Sourced | None, message: str, line: int | None = None) -> None:
        path = origin.path if origin else None
        warnings.append(LedgerWarning(path, line or (origin.line if origin else None), message))

    _lint_sources(ledger, warn)
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


def term_covers(
    start: dt.date | None,
    end: dt.date | None,
    start_partial: str | None,
    end_partial: str | None,
    day: dt.date,
) -> bool:
    """Whether a term (``end`` exclusive) covers ``day``. A date known only to the month or
    year counts at its widest: the term runs from the first day of its first month to the last
    day of its last, so no rule calls a title stale or wrong on a day the record cannot decide.
    No start and no end mean open."""
    first = start or partial_bounds(start_partial)[0]
    if end is None and end_partial:
        end = partial_bounds(end_partial)[1] + dt.timedelta(days=1)
    return (first is None or first <= day) and (end is None or day < end)


def partial_bounds(text: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a partial date (``'2024-05'``, ``'2024'``); ``(None, None)``."""
    if not text:
        return None, None
    year, _, month = text.partition("-")
    if not month:
        return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
    first = dt.date(int(year), int(month), 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


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


def load_ledger(path: str, display: str) -> Ledger:
    return parse_ledger(read_yaml_file(path, display), display)
