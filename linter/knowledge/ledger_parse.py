"""Reading ``ledger.yaml`` into the ledger model, section by section (keys, types and values
are read by ``ledger_reader``).

Every error names the file and line of the offending entry. The schema is documented in
``docs/ledger-schema.md`` and shipped as ``narrlint/schema/ledger.schema.json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from narrlint.errors import CorpusError
from narrlint.input.frontmatter import parse_date
from narrlint.input.yamlsource import read_yaml_file
from narrlint.knowledge.ledger_model import (
    ENDED_BY,
    EXTENSION_KINDS,
    HOLDERS,
    QUALIFIERS,
    TOLL_ROLES,
    Category,
    Conflation,
    CoveredGroup,
    DatedAlternative,
    Deadline,
    Duration,
    Event,
    Extension,
    Figure,
    Government,
    Ledger,
    NameVariant,
    Office,
    Person,
    Post,
    Rank,
    RankTerm,
    Sourced,
    Toll,
)
from narrlint.knowledge.ledger_reader import SOURCED, Reader, unsourced


def _office(r: Reader, node: Any, i: int) -> Office:
    where = f"offices[{i}]"
    keys = ("id", "name", "country", "titles", "abbreviations", "holders")
    r.mapping(node, where, (*keys, *SOURCED), ("id", "titles"))
    origin = r.origin(node, where) if node.get("source") else None
    return Office(
        id=r.required(node, "id", where),
        name=r.text(node, "name", where) or r.required(node, "id", where),
        country=r.text(node, "country", where),
        titles=r.texts(node, "titles", where, lower=True, words=True),
        origin=origin or Sourced(r.path, node.line, ""),
        abbreviations=_abbreviations(r, node, where),
        holders=r.choice(node, "holders", where, HOLDERS) or "single",
    )


def _abbreviations(r: Reader, node: Any, where: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in r.texts(node, "abbreviations", where, words=True))


def _rank(r: Reader, node: Any, i: int) -> Rank:
    where = f"ranks[{i}]"
    keys = ("id", "name", "titles", "abbreviations", "service", "order")
    r.mapping(node, where, (*keys, *SOURCED), ("id", "name"))
    return Rank(
        id=r.required(node, "id", where),
        name=r.required(node, "name", where),
        titles=r.texts(node, "titles", where, lower=True, words=True),
        abbreviations=_abbreviations(r, node, where),
        service=r.text(node, "service", where),
        order=r.integer(node, "order", where),
        origin=unsourced(r, node, where),
    )


def _aliases(r: Reader, node: Any, where: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``aliases``: text, or ``{name, surname, note}``; returns (all aliases, surname aliases)."""
    value = node.get("aliases")
    if value is None:
        return (), ()
    if not isinstance(value, list) or not any(isinstance(v, dict) for v in value):
        return r.texts(node, "aliases", where, lower=True, words=True), ()
    aliases, surnames = [], []
    for j, item in enumerate(value):
        if isinstance(item, dict):
            awhere = f"{where}.aliases[{j}]"
            r.mapping(item, awhere, ("name", "surname", "note"), ("name",))
            name = (r.text(item, "name", awhere) or "").strip().lower()
            r.usable(name, f"{awhere}.name", r.line_of(item, "name"))
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
            r.usable(aliases[-1], f"{where}.aliases[{j}]", r.line_of(node, "aliases"))
        else:
            raise CorpusError(
                f"{where}.aliases must be a list of text or {{name, surname}} entries",
                r.path,
                r.line_of(node, "aliases"),
            )
    return tuple(aliases), tuple(surnames)


def _rank_terms(r: Reader, node: Any, where: str, person_id: str) -> tuple[RankTerm, ...]:
    terms = []
    for j, item in enumerate(r.entries(node, "ranks", where)):
        rwhere = f"{where}.ranks[{j}]"
        keys = ("rank", "start", "end", "start_partial", "end_partial")
        r.mapping(item, rwhere, (*keys, *SOURCED), ("rank",))
        start, end = r.date(item, "start", rwhere), r.date(item, "end", rwhere)
        if start and end and end < start:
            raise r.error(f"{rwhere} ends ({end}) before it starts ({start})", item)
        terms.append(
            RankTerm(
                person_id,
                r.required(item, "rank", rwhere),
                start,
                end,
                r.origin(item, rwhere),
                start_partial=r.partial(item, "start", rwhere),
                end_partial=r.partial(item, "end", rwhere),
            )
        )
    return tuple(terms)


def _person(r: Reader, node: Any, i: int) -> Person:
    where = f"people[{i}]"
    r.mapping(node, where, ("id", "name", "aliases", "posts", "ranks", *SOURCED), ("id", "name"))
    person_id = r.required(node, "id", where)
    aliases, surnames = _aliases(r, node, where)
    posts = []
    for j, post in enumerate(r.entries(node, "posts", where)):
        pwhere = f"{where}.posts[{j}]"
        keys = ("id", "office", "title", "qualifier", "start", "end", "successor")
        more = ("rank", "additional_charge", "concurrent_with", "ended_by")
        more += ("start_partial", "end_partial")
        r.mapping(post, pwhere, (*keys, *more, *SOURCED), ("id", "office", "title"))
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
                id=r.required(post, "id", pwhere),
                person=person_id,
                office=r.required(post, "office", pwhere),
                title=r.required(post, "title", pwhere),
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
        name=r.required(node, "name", where),
        aliases=aliases,
        posts=tuple(posts),
        origin=r.origin(node, where) if node.get("source") else Sourced(r.path, node.line, ""),
        surnames=surnames,
        ranks=_rank_terms(r, node, where, person_id),
    )


def _government(r: Reader, node: Any, i: int) -> Government:
    where = f"governments[{i}]"
    keys = ("id", "name", "country", "qualifier", "terms", "country_terms", "start", "end")
    r.mapping(node, where, (*keys, "successor", *SOURCED), ("id", "terms"))
    return Government(
        id=r.required(node, "id", where),
        name=r.text(node, "name", where) or r.required(node, "id", where),
        country=r.text(node, "country", where),
        qualifier=(r.text(node, "qualifier", where) or "").lower() or None,
        terms=r.texts(node, "terms", where, lower=True),
        country_terms=r.texts(node, "country_terms", where, lower=True),
        start=r.date(node, "start", where),
        end=r.date(node, "end", where),
        successor=r.text(node, "successor", where),
        origin=r.origin(node, where),
    )


def _category(r: Reader, node: Any, i: int) -> Category:
    where = f"categories[{i}]"
    keys = ("id", "name", "label", "refugee_status", "documented", "terms", "modifiers", "heads")
    r.mapping(node, where, (*keys, "phase", "definition", "items", *SOURCED), ("id", "name"))
    name = r.required(node, "name", where)
    return Category(
        id=r.required(node, "id", where),
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


def _deadline(r: Reader, node: Any, i: int) -> Deadline:
    where = f"deadlines[{i}]"
    keys = ("id", "title", "date", "equivalent_dates", "durations", "announced", "targets")
    more = ("phase", "subject_terms", "action_lemmas", "steps", "enforcement_from")
    more += ("place", "place_terms", "by", "extensions", "also_applies_to")
    more += ("country", "country_terms")
    r.mapping(node, where, (*keys, *more, *SOURCED), ("id", "title"))
    country = r.text(node, "country", where)
    country_terms = r.texts(node, "country_terms", where, lower=True)
    if country_terms and not country:
        raise CorpusError(
            f"{where}: 'country_terms' without 'country' (whose order is it?)",
            r.path,
            r.line_of(node, "country_terms"),
        )
    targets = r.texts(node, "targets", where)
    alternatives = []
    for j, alt in enumerate(r.entries(node, "equivalent_dates", where)):
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
    for j, item in enumerate(r.entries(node, "durations", where)):
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
    for j, step in enumerate(r.entries(node, "steps", where)):
        swhere = f"{where}.steps[{j}]"
        r.mapping(step, swhere, ("expired", "extended_to", "announced", "by", *SOURCED), ())
        parsed = dict(step)
        for key in ("expired", "extended_to", "announced"):
            parsed[key] = r.date(step, key, swhere)
        parsed["line"] = step.line
        steps.append(parsed)
    extensions = []
    for j, item in enumerate(r.entries(node, "extensions", where)):
        ewhere = f"{where}.extensions[{j}]"
        keys = ("date", "previous", "announced", "by", "kind")
        r.mapping(item, ewhere, (*keys, *SOURCED), ())
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
        id=r.required(node, "id", where),
        title=r.required(node, "title", where),
        date=r.date(node, "date", where),
        equivalent_dates=tuple(alternatives),
        durations=tuple(durations),
        announced=r.date(node, "announced", where),
        targets=targets,
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
        also_applies_to=_covered(r, node, where, targets),
        country=country,
        country_terms=country_terms,
    )


def _covered(
    r: Reader, node: Any, where: str, targets: tuple[str, ...]
) -> tuple[CoveredGroup, ...]:
    """``also_applies_to``: groups the order also covers without targeting them, each sourced;
    a target or a group listed twice is an error (the readers would count it twice)."""
    found: dict[str, CoveredGroup] = {}
    for j, item in enumerate(r.entries(node, "also_applies_to", where)):
        cwhere = f"{where}.also_applies_to[{j}]"
        r.mapping(item, cwhere, ("category", "from", *SOURCED), ("category",))
        group = (r.text(item, "category", cwhere) or "").strip()
        if group in targets or group in found:
            why = "is one of the order's targets" if group in targets else "is listed twice"
            raise CorpusError(
                f"{cwhere}.category {group!r} {why}", r.path, r.line_of(item, "category")
            )
        found[group] = CoveredGroup(group, r.date(item, "from", cwhere), r.origin(item, cwhere))
    return tuple(found.values())


_TOLL_KEYS = ("figure", "killed", "injured", "by", "date")


def _event(r: Reader, node: Any, i: int) -> Event:
    where = f"events[{i}]"
    keys = ("id", "title", "date", "start", "end", "casualties", "place", "perpetrator", "kind")
    r.mapping(node, where, (*keys, *SOURCED), ("id", "title"))
    event_id = r.required(node, "id", where)
    origin = r.origin(node, where)
    casualties, tolls = [], []
    for j, item in enumerate(r.entries(node, "casualties", where)):
        cwhere = f"{where}.casualties[{j}]"
        r.mapping(item, cwhere, (*_TOLL_KEYS, "role", *SOURCED), ())
        casualties.append(dict(item))
        tolls.append(
            Toll(
                event=event_id,
                figure=r.text(item, "figure", cwhere),
                killed=_count(r, item, "killed", cwhere),
                injured=_count(r, item, "injured", cwhere),
                by=r.text(item, "by", cwhere),
                role=r.choice(item, "role", cwhere, TOLL_ROLES),
                date=_lenient_date(item.get("date")),
                origin=unsourced(r, item, cwhere),
            )
        )
    return Event(
        id=event_id,
        title=r.required(node, "title", where),
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


def _count(r: Reader, node: Any, key: str, where: str) -> float | None:
    """``killed``/``injured``: a number must be a whole count of people (NaN, infinity, -5 or
    34.5 are errors); text ("dozens") is kept in the raw entry, left out of the typed toll,
    and reported by ``narrlint ledger check``."""
    value = node.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    number = r.number(node, key, where)
    if number is not None and not number.is_integer():
        line = r.line_of(node, key)
        raise CorpusError(f"{where}.{key}: {value!r} is not a whole number", r.path, line)
    return number


def _lenient_date(value: Any) -> dt.date | None:
    try:
        return parse_date(value) if value is not None else None
    except Exception:
        return None


def _figure(r: Reader, node: Any, i: int) -> Figure:
    where = f"figures[{i}]"
    keys = ("id", "date", "metric", "category", "value", "value_text", "low", "high", "by")
    more = ("as_of", "by_role", "reported_by", "event")
    r.mapping(node, where, (*keys, *more, *SOURCED), ("id", "metric"))
    return Figure(
        id=r.required(node, "id", where),
        date=r.date(node, "date", where),
        metric=r.required(node, "metric", where),
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


def _variant(r: Reader, node: Any, i: int) -> NameVariant:
    where = f"name_variants[{i}]"
    keys = ("variants", "standard", "kind", "case_sensitive", "seen_in")
    r.mapping(node, where, (*keys, *SOURCED), ("variants", "standard"))
    return NameVariant(
        variants=r.texts(node, "variants", where),
        standard=r.required(node, "standard", where),
        kind=r.text(node, "kind", where),
        case_sensitive=bool(r.boolean(node, "case_sensitive", where)),
        seen_in=r.text(node, "seen_in", where),
        origin=r.origin(node, where),
    )


def _conflation(r: Reader, node: Any, i: int) -> Conflation:
    where = f"conflations[{i}]"
    r.mapping(node, where, ("pattern", "issue", *SOURCED), ("pattern", "issue"))
    return Conflation(
        r.required(node, "pattern", where), r.required(node, "issue", where), r.origin(node, where)
    )


_SECTIONS: dict[str, Callable[[Reader, Any, int], Any]] = {
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
    r = Reader(display)
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


def load_ledger(path: str, display: str) -> Ledger:
    """Read and validate one ledger file. A structure nested deeper than Python's recursion
    limit, or an integer longer than Python converts, is a ledger error, not a traceback."""
    try:
        data = read_yaml_file(path, display)
    except RecursionError:
        raise CorpusError("the ledger is nested too deeply", display) from None
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        reason = str(exc).split(";")[0]
        message = f"the ledger holds a value that cannot be read: {reason}"
        raise CorpusError(message, display) from None
    return parse_ledger(data, display)
