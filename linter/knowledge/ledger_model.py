"""The fact ledger's data model: typed entries and the queries the rules ask of them.

Parsing lives in ``ledger_parse`` and the ``narrlint ledger check`` warnings in ``ledger_lint``;
``narrlint.knowledge.ledger`` is the one import path for all three. Every entry keeps the line
it came from (``Sourced``), so a finding can cite ``ledger.yaml:123`` and the entry's source.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from narrlint.errors import CorpusError
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
class CoveredGroup:
    """A group an order also covers without targeting it by name (``also_applies_to``): the
    dates reader may take a clause naming only that group to mean the order; NL301/NL302, which
    read ``targets`` as the groups a phase is for, never see it."""

    category: str
    """A ``categories[].id``, never one of the order's ``targets``."""
    start: dt.date | None
    """First day the order covered the group (YAML ``from``); ``None``: from its announcement."""
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
    also_applies_to: tuple[CoveredGroup, ...] = ()
    country: str | None = None
    """The country whose order it is: ``None`` for the ledger's own (the default); another
    country's order ("Iran") is judged only for a clause that names or implies that country."""
    country_terms: tuple[str, ...] = ()
    """Lower-case phrases that tie a clause to ``country`` (``iran``, ``iranian``, ``tehran``)."""

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

    def also_covers(self, group: str, day: dt.date | None = None) -> CoveredGroup | None:
        """The ``also_applies_to`` entry of ``group``, if the order covered it on ``day`` (from
        its ``start``, else the order's announcement; any day when ``day`` is None)."""
        for covered in self.also_applies_to:
            since = covered.start or self.known_from()
            if covered.category == group and (day is None or since is None or since <= day):
                return covered
        return None

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

    @property
    def bound(self) -> str | None:
        """``"above"`` for a figure given with a lower bound only ("more than 2 million":
        ``low`` without ``high``), ``"below"`` for an upper bound only ("up to 500,000"),
        else ``None``: a bound says how large a group is at least or at most, not its size."""
        if (self.low is None) == (self.high is None):
            return None
        return "above" if self.low is not None else "below"


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

    def deadline_chains(
        self, group: str, place: str | None = None, country: str | None = None
    ) -> list[Deadline]:
        """Deadlines targeting ``group`` (a ``categories[].id``) at ``place`` (``None``: the
        whole country): the ones for that place (its ``place`` or one of its ``place_terms``),
        and the national ones, which apply there too. Only the orders of ``country`` (``None``:
        the ledger's own; another country's orders never answer for it, nor its for them)."""
        key = _place_key(place) if place else NATIONAL
        wanted = _place_key(country) if country else None
        return [
            d
            for d in self.deadlines.values()
            if group in d.targets
            and (_place_key(d.country) if d.country else None) == wanted
            and (
                d.national
                or _place_key(d.place or "") == key
                or key in (_place_key(t) for t in d.place_terms)
            )
        ]

    def deadline_chain_in_force(
        self, group: str, place: str | None, day: dt.date, country: str | None = None
    ) -> ChainState | None:
        """The chain in force for ``group`` at ``place`` on ``day``, with its cut-off as known
        that day: among the chains public by ``day`` (an order without any announcement date
        counts as public), a place's own order beats a national one, then the latest one.
        Only ``country``'s orders (``None``: the ledger's own), as in :meth:`deadline_chains`."""
        best: tuple | None = None
        for deadline in self.deadline_chains(group, place, country):
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
