"""YAML front matter: read it, blank it out of the prose, keep line numbers exact."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from narrlint.errors import InputError
from narrlint.input.yamlsource import first_duplicate

_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
# A closing line starts after any line ending, a lone CR included (``^`` in MULTILINE mode
# knows only ``\n``, which left CR-only files with "front matter never closed").
_CLOSE = re.compile(r"(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)")


@dataclass(slots=True)
class FrontMatter:
    data: dict = field(default_factory=dict)
    end: int = 0
    """Offset just past the closing delimiter; 0 when there is no front matter."""
    date: dt.date | None = None
    date_line: int | None = None


def split_front_matter(text: str, path: str) -> FrontMatter:
    """Parse a leading ``---`` YAML block. Errors name the file and the line in that file."""
    match = _OPEN.match(text)
    if not match:
        return FrontMatter()
    close = _CLOSE.search(text, match.end())
    if not close:
        raise InputError("front matter opened with '---' on line 1 is never closed", path, 1)
    body = text[match.end() : close.start()]
    try:
        data = _load(body) if body.strip() else {}
    except ValueError as exc:
        # PyYAML builds ``date: 2024-13-45`` with datetime.date and lets its ValueError out.
        line = _key_line(body, "date") + 1 if "date" in body else 1
        raise InputError(f"front matter has an impossible value: {exc}", path, line) from None
    except RecursionError:
        raise InputError("front matter is nested too deeply", path, 1) from None
    except _DuplicateKey as exc:
        # the body starts on the file's second line, after the opening '---'
        raise InputError(f"duplicate key {exc.key!r} in front matter", path, exc.line + 1) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"front matter is not valid YAML: {problem}", path, line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a YAML mapping (key: value)", path, 2)
    fm = FrontMatter(data=data, end=close.end())
    if "date" in data:
        fm.date_line = _key_line(body, "date") + 1
        fm.date = parse_date(data["date"], path, fm.date_line)
    return fm


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's safe loader when PyYAML has it (same tags, types and errors; five times faster,
    and front matter is read for every draft), else PyYAML's own; a key written twice in one
    mapping is refused (PyYAML keeps the last: ``date:`` twice dated the draft by the second
    without a word), as in the ledger, manifest and config."""


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int) -> None:
        super().__init__(key, line)
        self.key, self.line = key, line


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[dict]:
    """PyYAML's own mapping (a generator, so aliases may refer to it), after the check."""
    data: dict = {}
    yield data
    duplicate = first_duplicate(loader, node)
    if duplicate is not None:
        raise _DuplicateKey(*duplicate)
    data.update(loader.construct_mapping(node))


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_LOADER = _Loader
MAX_DEPTH = 100


def _load(body: str) -> object:
    """The YAML document in ``body``, refusing nesting deeper than ``MAX_DEPTH`` (PyYAML's own
    parser runs out of stack on it; libyaml's does not, but nothing that deep is metadata)."""
    data = yaml.load(body, Loader=_LOADER)
    pending, seen = [(data, 1)], set()
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list) and id(value) not in seen:
            seen.add(id(value))  # aliases share one object: a "billion laughs" is walked once
            if depth > MAX_DEPTH:
                raise RecursionError
            items = value.values() if isinstance(value, dict) else value
            pending.extend((item, depth + 1) for item in items)
    return data


def parse_date(value: object, path: str | None = None, line: int | None = None) -> dt.date:
    """Accept a YAML date, a datetime or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else _bad(value, path, line)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    return _bad(value, path, line)


def _bad(value: object, path: str | None, line: int | None) -> dt.date:
    raise InputError(f"date {value!r} is not a date (expected YYYY-MM-DD)", path, line)


def _key_line(body: str, key: str) -> int:
    # Only \n, \r\n and \r end lines, as in the line numbers of findings (str.splitlines
    # also splits at form feeds and U+2028, which would shift the line).
    for number, line in enumerate(re.split(r"\r\n|\r|\n", body), start=1):
        if re.match(rf"{re.escape(key)}\s*:", line):
            return number
    return 1
