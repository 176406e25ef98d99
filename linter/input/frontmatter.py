"""Front matter: read it, blank it out of the prose, keep line numbers exact.

YAML between ``---`` lines (Jekyll, most static site generators), TOML between ``+++``
lines and a JSON object opening on a line ``{`` of its own (Hugo). Any way the draft's date
is its publication date key (:data:`DATE_KEYS`: ``date``, or the keys site generators use for
the day a page goes out, ``publishDate``, ``pubDate``, ``published_at``…), spelt in any case
(``Date:``): a date narrlint cannot find is a draft judged as of today without a word."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from narrlint.errors import InputError
from narrlint.input.yamlsource import (
    MAX_DEPTH,
    editor_lines,
    first_duplicate,
    is_depth_error,
    too_deep_line,
    unacceptable_line,
)

_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
# A closing line starts after any line ending, a lone CR included (``^`` in MULTILINE mode
# knows only ``\n``, which left CR-only files with "front matter never closed").
_CLOSE = re.compile(r"(?<=[\r\n])(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)")
_TOML_OPEN = re.compile(r"\+\+\+[ \t]*(?:\r\n|\r|\n)")
_TOML_CLOSE = re.compile(r"(?<=[\r\n])\+\+\+[ \t]*(?:\r\n|\r|\n|\Z)")
_JSON_OPEN = re.compile(r"\{[ \t]*(?:\r\n|\r|\n)")
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class FrontMatter:
    data: dict = field(default_factory=dict)
    end: int = 0
    """Offset just past the closing delimiter; 0 when there is no front matter."""
    date: dt.date | None = None
    date_line: int | None = None


def split_front_matter(text: str, path: str) -> FrontMatter:
    """Parse a leading ``---`` YAML block. Errors name the file and the line in that file.

    Byte order marks left at the start of the text are passed over: the one a file is saved
    with is taken off when it is read, but a second one (a file converted twice) stays, and
    an editor may send its buffer to the language server with the mark. The front matter
    after them was not read, and the draft was judged as of today without a word
    (robustness r23)."""
    marks = len(text) - len(text.lstrip("\ufeff"))
    if marks:
        front = split_front_matter(text[marks:], path)
        if front.end:
            front.end += marks
        return front
    match = _OPEN.match(text)
    if not match:
        if _JSON_OPEN.match(text):
            return _json_front_matter(text, path)
        toml = _TOML_OPEN.match(text)
        return _toml_front_matter(text, path, toml.end()) if toml else FrontMatter()
    close = _CLOSE.search(text, match.end())
    if not close:
        raise InputError("front matter opened with '---' on line 1 is never closed", path, 1)
    body = editor_lines(text[match.end() : close.start()])
    key_lines: dict = {}
    try:
        data = _load(body, key_lines) if body.strip() else {}
    except _BadValue as exc:  # 0-based in the body, which starts on the file's second line
        raise InputError(
            f"front matter has an impossible value: {exc.problem}", path, exc.line + 2
        ) from None
    except ValueError as exc:  # from a constructor not guarded below: no line to name
        raise InputError(f"front matter has an impossible value: {exc}", path, 1) from None
    except _DuplicateKey as exc:
        # the body starts on the file's second line, after the opening '---'
        raise InputError(f"duplicate key {exc.key!r} in front matter", path, exc.line + 1) from None
    except (RecursionError, yaml.YAMLError) as exc:
        if is_depth_error(exc):  # the body starts on the file's second line
            raise InputError(
                "front matter is nested too deeply", path, too_deep_line(body) + 1
            ) from None
        mark = getattr(exc, "problem_mark", None)
        refused = unacceptable_line(exc, body)  # 1-based in the body, after the '---' line
        line = mark.line + 2 if mark is not None else refused + 1 if refused else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"front matter is not valid YAML: {problem}", path, line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a YAML mapping (key: value)", path, 2)
    return _dated(data, close.end(), key_lines, path)


DATE_KEYS = ("publishdate", "publish_date", "pubdate", "published_at", "published", "date")
"""Front matter keys (any case) that give the day the page is published, most specific first:
Hugo's ``publishDate`` (and its aliases ``pubdate``, ``published``), Astro's ``pubDate``,
Ghost's ``published_at``, then ``date``, which every generator reads and Hugo keeps as the day
the page is about when ``publishDate`` is also given. Before these were read, an Astro or Hugo
draft dated only by ``pubDate:``/``publishDate:`` was judged as of today without a word.
``published`` counts only when it holds a date: Jekyll's ``published: false`` is a switch."""


def _date_keys(data: dict) -> list[str]:
    """The keys of ``data`` that give the publication date, all spellings of the most specific
    name the front matter uses (two spellings of it are the same key given twice)."""
    for name in DATE_KEYS:
        keys = [key for key in data if isinstance(key, str) and key.lower() == name]
        if name == "published":  # a switch in Jekyll: a date only when it looks like one
            keys = [key for key in keys if _looks_dated(data[key])]
        if keys:
            return keys
    return []


def _looks_dated(value: object) -> bool:
    return isinstance(value, dt.date) or (
        isinstance(value, str) and re.match(r"\s*\d{4}-", value) is not None
    )


def _dated(data: dict, end: int, key_lines: dict, path: str) -> FrontMatter:
    """Front matter ``data`` ending at ``end``, with its date. ``key_lines``: the 0-based line
    in the body of each top-level key."""
    fm = FrontMatter(data=data, end=end)
    keys = _date_keys(data)
    if len(keys) > 1:
        raise InputError(
            f"front matter gives the date twice ({keys[0]!r} and {keys[1]!r})",
            path,
            key_lines.get(keys[1], -1) + 2,
        )
    if keys:
        fm.date_line = key_lines.get(keys[0], 0) + 2  # the body starts on the second line
        fm.date = parse_date(data[keys[0]], path, fm.date_line)
    return fm


_TOML_ERROR_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")
_TOML_KEY = re.compile(r"[ \t]*(?:\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+))[ \t]*=")


def _toml_front_matter(text: str, path: str, start: int) -> FrontMatter:
    """Hugo's TOML front matter, between ``+++`` lines. Errors name the file and line."""
    close = _TOML_CLOSE.search(text, start)
    if not close:
        raise InputError("front matter opened with '+++' on line 1 is never closed", path, 1)
    # TOML knows only LF and CRLF; a CR-only draft's lines stay lines (and keep their count).
    body = text[start : close.start()].replace("\r\n", "\n").replace("\r", "\n")
    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_ERROR_LINE.search(message)
        line = int(found.group(1)) + 1 if found and found.group(1) else body.count("\n") + 2
        problem = message[: found.start()] if found else message
        raise InputError(f"front matter is not valid TOML: {problem}", path, line) from None
    except ValueError:  # an integer of more digits than Python converts (4,300)
        digits = re.search(r"[0-9_]{4300,}", body)
        line = body.count("\n", 0, digits.start()) + 2 if digits else 1
        problem = "an integer too long" if digits else "a value Python cannot hold"
        raise InputError(f"front matter has an impossible value: {problem}", path, line) from None
    except RecursionError:
        raise InputError("front matter is nested too deeply", path, 1) from None
    key_lines: dict = {}
    for number, line in enumerate(body.split("\n")):
        if line.lstrip().startswith("["):
            break  # a table: its keys are not the top level's
        key = _TOML_KEY.match(line)
        if key:
            key_lines.setdefault(next(g for g in key.groups() if g is not None), number)
    return _dated(data, close.end(), key_lines, path)


def _json_front_matter(text: str, path: str) -> FrontMatter:
    """Hugo's JSON front matter: an object whose ``{`` is the first line of the file. Before,
    its lines were prose and its date was passed over (the draft judged as of today without
    a word). Errors name the file and line."""
    line_starts = [0] + [m.end() for m in _LINE_END.finditer(text)]

    def line_of(offset: int) -> int:
        return bisect_right(line_starts, offset)

    def pairs(items: list[tuple[str, object]]) -> dict:
        data: dict = {}
        for key, value in items:
            if key in data:
                raise _DuplicateKey(key, 0)
            data[key] = value
        return data

    try:
        data, end = json.JSONDecoder(object_pairs_hook=pairs).raw_decode(text)
    except _DuplicateKey as exc:
        keys = list(re.finditer(rf'"{re.escape(str(exc.key))}"\s*:', text))
        line = line_of(keys[1].start()) if len(keys) > 1 else 1
        raise InputError(f"duplicate key {exc.key!r} in front matter", path, line) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"front matter is not valid JSON: {exc.msg}", path, exc.lineno) from None
    except RecursionError:
        raise InputError("front matter is nested too deeply", path, 1) from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise InputError(f"front matter has an impossible value: {exc}", path, 1) from None
    rest = _LINE_END.search(text, end)
    tail = text[end : rest.start() if rest else len(text)]
    if tail.strip():
        raise InputError("front matter's closing '}' must end its line", path, line_of(end))
    key_lines: dict = {}  # 0-based from the file's second line, as _dated counts
    for key in data:
        found = re.search(rf'"{re.escape(key)}"\s*:', text[:end])
        if found:
            key_lines[key] = line_of(found.start()) - 2
    return _dated(data, rest.end() if rest else len(text), key_lines, path)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's safe loader when PyYAML has it (same tags, types and errors; five times faster,
    and front matter is read for every draft), else PyYAML's own; a key written twice in one
    mapping is refused (PyYAML keeps the last: ``date:`` twice dated the draft by the second
    without a word), as in the ledger, manifest and config."""


class _DuplicateKey(Exception):
    def __init__(self, key: object, line: int) -> None:
        super().__init__(key, line)
        self.key, self.line = key, line


class _BadValue(Exception):
    """A value Python cannot build, at its own line of the body (0-based)."""

    def __init__(self, problem: str, line: int) -> None:
        super().__init__(problem, line)
        self.problem, self.line = problem, line


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[dict]:
    """PyYAML's own mapping (a generator, so aliases may refer to it), after the check; the
    line of each plain key is kept (by the mapping's identity) to name the line of ``date:``."""
    data: dict = {}
    yield data
    duplicate = first_duplicate(loader, node)
    if duplicate is not None:
        raise _DuplicateKey(*duplicate)
    data.update(loader.construct_mapping(node))
    loader.key_lines[id(data)] = {
        key.value: key.start_mark.line for key, _ in node.value if isinstance(key, yaml.ScalarNode)
    }


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """PyYAML builds ``updated: 2023-02-30`` with ``datetime.date`` and lets its ValueError out
    without a line (it was blamed on the ``date:`` line): name the value's own line."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise _BadValue(
            f"{node.value!r} is not a valid date ({exc})", node.start_mark.line
        ) from None


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """An integer of more digits than Python converts (4,300), at its own line."""
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        digits = sum(c.isdigit() for c in node.value)
        raise _BadValue(
            f"an integer of {digits} digits is too long", node.start_mark.line
        ) from None


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LOADER = _Loader


def _load(body: str, key_lines: dict | None = None) -> object:
    """The YAML document in ``body``, refusing nesting deeper than ``MAX_DEPTH`` (PyYAML's own
    parser runs out of stack on it; libyaml's does not, but nothing that deep is metadata).
    ``key_lines`` receives the 0-based line of each key of the top mapping."""
    loader = _LOADER(body)
    loader.key_lines = {}
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    if key_lines is not None and isinstance(data, dict):
        key_lines.update(loader.key_lines.get(id(data), {}))
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
