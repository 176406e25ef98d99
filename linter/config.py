"""Configuration: ``.narrlint.yaml`` or ``[tool.narrlint]`` in ``pyproject.toml``.

Found by walking up from the current directory (the nearest file wins), or named with
``--config``. Every key is checked: an unknown key or a bad value is an error naming the key and
the file, raised before any linting. Command-line options override the file.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from narrlint.engine.budget import WALL_FACTOR
from narrlint.errors import ConfigError, InputError
from narrlint.input.frontmatter import parse_date
from narrlint.input.source import decode, read_bytes
from narrlint.input.yamlsource import LineDict, load_yaml
from narrlint.model import Severity
from narrlint.output.selection import is_known

CONFIG_NAMES = (".narrlint.yaml", ".narrlint.yml")
DEFAULT_RULE_TIMEOUT = 10.0
"""CPU seconds one rule may use on one draft of up to 100,000 characters of prose (a rule that
waits instead is stopped after ``budget.WALL_FACTOR`` times that on the clock): CPU time, so
that a loaded machine does not turn a rule into an ``NL000`` finding."""
MAX_RULE_TIMEOUT = 1_000_000.0
"""The largest ``rule-timeout`` (over eleven days, far beyond any wait; configs use 100000 to
mean "as long as it takes"): the budget is scaled by the draft's length (up to 671× for the
largest draft read), and an infinite or larger one cannot be set as a timer; 0 is the way to
say "no limit"."""

KEYS = {
    "select": "rule codes or prefixes to run (default: all)",
    "ignore": "rule codes or prefixes to skip",
    "severity": "mapping of rule code to error | warning | info",
    "corpus": "extra corpus paths (files or folders), relative to the config file",
    "seeds": "include the built-in seed corpus (default true)",
    "date": "default publication date of drafts without front matter date (YYYY-MM-DD)",
    "per-file-ignores": "mapping of glob pattern to rule codes ignored in matching files",
    "fail-on": "lowest severity that makes narrlint exit 1 (default warning)",
    "exclude": "glob patterns of paths not to lint when walking folders",
    "model": "name of an installed trained spaCy pipeline to use instead of the blank one",
    "help-url": "link to a rule's help page, with {code} for the rule code (default: the "
    "docs/rules/CODE.md page installed with narrlint, as a file:// link)",
    "rule-timeout": "CPU seconds one rule may use on one draft (per 100,000 characters of "
    "prose; default 10, 0 = no limit) before it is stopped and reported as NL000; a rule that "
    f"waits instead is stopped after {WALL_FACTOR:g} times that on the clock",
}


@dataclass
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    corpus: list[str] = field(default_factory=list)
    seeds: bool = True
    date: dt.date | None = None
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    exclude: list[str] = field(default_factory=list)
    model: str | None = None
    rule_timeout: float = DEFAULT_RULE_TIMEOUT
    help_url: str | None = None
    """``help-url``: a template such as ``https://example.org/narrlint/rules/{code}.md``."""
    report_unused_suppressions: bool = False
    """Set by ``--report-unused-suppressions`` (not a file key); travels with the config into
    worker processes."""
    path: str | None = None
    """The file this configuration was read from, if any."""
    lines: dict[str, int] = field(default_factory=dict)
    """Line of each key in that file (``select``, ``severity.NL401``,
    ``per-file-ignores.PATTERN``), for errors found after parsing (an unknown rule code)."""
    root: Path = field(default_factory=Path.cwd)
    """Directory that relative paths in the file are resolved against."""


def find_config(start: Path | None = None, *, broken: bool = False) -> Path | None:
    """The nearest ``.narrlint.yaml`` or ``pyproject.toml`` with ``[tool.narrlint]``.

    A ``pyproject.toml`` on the way that cannot be read or parsed is an error, not skipped:
    it may hold the ``[tool.narrlint]`` section, and linting on without it (or with a parent
    folder's config) would silently drop its ignores, severities, corpus and date. With
    ``broken``, that file is returned instead (:func:`load_config` then reports it), for a
    caller that says the error where the config applies (the language server's folders).
    """
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if _config_named(candidate):
                return candidate
        pyproject = folder / "pyproject.toml"
        if not _config_named(pyproject):
            continue
        try:
            if "narrlint" in _read_toml(pyproject).get("tool", {}):
                return pyproject
        except ConfigError:
            if not broken:
                raise
            return pyproject
    return None


def _config_named(path: Path) -> bool:
    """Whether a config file by that name is there: a regular file, or anything else but a
    folder (a pipe, a device, a broken symlink), which reading then reports: skipped, it
    silently dropped the user's ignores, severities and date for a parent folder's."""
    return path.is_file() or (os.path.lexists(path) and not path.is_dir())


def _read_text(path: Path, display: str) -> str:
    """A config file's text; a file that cannot be read or decoded is a :class:`ConfigError`
    with its line. Read through the guarded reader: a FIFO or a device as the config
    (``--config``, or the ``.narrlint.yaml`` found walking up) blocked the run for ever."""
    if not os.path.lexists(path):
        raise ConfigError("config file not found", display)
    try:
        # decoded as drafts are: UTF-16, Latin-1 or NUL bytes get a plain message and a line
        return decode(read_bytes(str(path)), display).text
    except InputError as exc:
        raise ConfigError(f"cannot read config file: {exc.message}", display, exc.line) from None


def _read_toml(path: Path) -> dict[str, Any]:
    """The whole TOML document; any failure is a :class:`ConfigError` with file and line."""
    display = _display(path)
    text = _read_text(path, display)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", display, _toml_error_line(exc, text)) from None
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError("'tool' must be a table", display, _table_line(text, "tool"))
    section = tool.get("narrlint")
    if isinstance(section, dict):
        tool["narrlint"] = _toml_lines(text, section)
    elif "narrlint" in tool:  # ``narrlint = 5`` under [tool]: said "must be a mapping" at line 1
        raise ConfigError(
            f"'tool.narrlint' must be a table of settings ([tool.narrlint] and key = value "
            f"lines), not {_described(section)}",
            display,
            _narrlint_key_line(text),
        )
    return data


_NARRLINT_KEY = re.compile(r"""\s*(?:tool\s*\.\s*)?(?:narrlint|"narrlint"|'narrlint')\s*=""")


def _narrlint_key_line(text: str) -> int | None:
    """The line of a ``narrlint = …`` key (under ``[tool]``, or dotted ``tool.narrlint``)."""
    for number, line in enumerate(text.splitlines(), 1):
        if _NARRLINT_KEY.match(line):
            return number
    return _table_line(text, "tool")


_TOML_ERROR_AT = re.compile(r"\(at line (\d+), column \d+\)")


def _toml_error_line(exc: tomllib.TOMLDecodeError, text: str) -> int | None:
    """The line tomllib's message names ("… (at line 3, column 17)"; "at end of document":
    the last line), so the error reads ``pyproject.toml:3: …`` as every other config error
    does and editors and hooks can place it."""
    found = _TOML_ERROR_AT.search(str(exc))
    if found:
        return int(found.group(1))
    return (
        max(1, text.count("\n") + (not text.endswith("\n")))
        if "end of document" in str(exc)
        else None
    )


_TOML_TABLE = re.compile(r"\s*\[\[?\s*([^\[\]]+?)\s*\]")
_TOML_KEY = re.compile(r"""\s*("[^"\n]*"|'[^'\n]*'|[A-Za-z0-9_-]+)\s*=""")


def _table_line(text: str, name: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        header = _TOML_TABLE.match(line)
        if header and _toml_path(header.group(1))[:1] == [name]:
            return number
    return None


_TOML_PATH_PART = re.compile(r"\s*(?:\"([^\"]*)\"|'([^']*)'|([^.\s\"']+))\s*(?:\.|\Z)")


def _toml_path(header: str) -> list[str]:
    """The keys of a table header, a quoted one whole: ``per-file-ignores."b/*.md"``."""
    return [
        next(g for g in part.groups() if g is not None) for part in _TOML_PATH_PART.finditer(header)
    ]


def _toml_lines(text: str, section: dict[str, Any]) -> LineDict:
    """``[tool.narrlint]`` as a :class:`LineDict` whose keys know their lines, so that a bad
    value in ``pyproject.toml`` is reported at its line as in YAML. tomllib keeps no
    positions: the lines are found by reading the table headers and ``key =`` lines (a key
    not found this way is reported at its table's line, or without one)."""
    top = _line_dict(section)
    table: LineDict | None = None
    for number, line in enumerate(text.splitlines(), 1):
        header = _TOML_TABLE.match(line)
        if header:
            parts = _toml_path(header.group(1))
            table = None
            if parts == ["tool", "narrlint"]:
                table, top.line = top, number
            elif parts[:2] == ["tool", "narrlint"]:
                # [tool.narrlint.severity], and deeper: [tool.narrlint.severity.NL401]
                nested: Any = top
                for part in parts[2:]:
                    if not isinstance(nested, LineDict) or part not in nested:
                        nested = None
                        break
                    nested.key_lines.setdefault(part, number)
                    nested = nested[part]
                table = nested if isinstance(nested, LineDict) else None
            continue
        key = _TOML_KEY.match(line)
        if key and table is not None:
            table.key_lines.setdefault(key.group(1).strip("\"'"), number)
    return top


def _line_dict(value: dict[str, Any]) -> LineDict:
    result = LineDict(
        (key, _line_dict(item) if isinstance(item, dict) else item) for key, item in value.items()
    )
    result.line, result.key_lines, result.item_lines = 0, {}, {}
    return result


def load_config(path: Path | None) -> Config:
    """Read and validate a config file (``None``: defaults)."""
    if path is None:
        return Config()
    display = _display(path)
    if path.suffix == ".toml":  # pyproject.toml, or any TOML file given with --config
        tool = _read_toml(path).get("tool", {})
        if "narrlint" not in tool:  # only --config names one: found ones have the table
            raise ConfigError(
                "no [tool.narrlint] table: this file holds no narrlint settings (add the "
                "table, or name a .narrlint.yaml)",
                display,
            )
        data = tool["narrlint"]
    else:
        text = _read_text(path, display)
        try:
            data = load_yaml(text, display)
        except Exception as exc:
            raise ConfigError(
                getattr(exc, "message", str(exc)), display, getattr(exc, "line", None)
            ) from None
        if data is None:
            data = {}
    return parse_config(data, display, path.parent)


def _display(path: Path) -> str:
    """How messages name the config file: relative to the current folder, so that a file
    found by walking up does not print the checkout's absolute path."""
    if not path.is_absolute():
        return str(path)
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


def parse_config(data: Any, display: str, root: Path) -> Config:
    if not isinstance(data, dict):
        raise ConfigError("configuration must be a mapping of keys to values", display, 1)
    config = Config(path=display, root=root)

    def where(key: str, item: int | None = None) -> int | None:
        """The line of ``key`` (``top.inner`` for a nested one), or of its list item."""
        top, _, inner = key.partition(".")
        if not isinstance(data, LineDict):
            return None
        owner, name = data, top
        nested = data.get(top)
        if inner and isinstance(nested, LineDict) and inner in nested.key_lines:
            owner, name = nested, inner
        items = getattr(owner, "item_lines", {}).get(name, ())
        if item is not None and item < len(items):
            return items[item]
        return owner.key_lines.get(name)

    def fail(key: str, message: str, item: int | None = None) -> ConfigError:
        return ConfigError(f"{key}: {message}", display, where(key, item))

    def text_list(key: str, value: Any, what: str) -> list[str]:
        """``value`` as a list of strings (a string: comma-separated), or the error that
        names the item at fault, what it is and its line."""
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            raise fail(key, f"must be a list of {what}, not {_described(value)}")
        for number, item in enumerate(value):
            if not isinstance(item, str):
                quote = "" if isinstance(item, list | dict) else " (in quotes, to keep it text)"
                message = f"item {number + 1} is {_described(item)}, not text: give {what}"
                raise fail(key, message + quote, number)
        return [item.strip() for item in value]

    def remember(key: str, name: str | None = None) -> None:
        line = where(key)
        if line:
            config.lines[name or key] = line

    for key, value in data.items():
        remember(str(key))
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise ConfigError(f"unknown key {key!r} (known keys: {known})", display, where(key))
        if key in ("select", "ignore", "exclude", "corpus"):
            items = text_list(key, value, _ITEMS[key])
            if "" in items and key != "exclude":  # a blank code prefixes every code
                raise fail(key, f"holds an empty entry ({_EMPTY[key]})")
            if key in ("select", "ignore"):
                items = [code.upper() for code in items]
            if key == "corpus":
                for item in items:
                    if not (root / item).exists():
                        raise fail(key, f"{item!r} does not exist (relative to the config file)")
                items = [os.path.relpath(root / item) for item in items]
            setattr(config, key, items)
        elif key == "severity":
            if not isinstance(value, dict):
                raise fail(key, "must be a mapping of rule code to error | warning | info")
            for code, level in value.items():
                if not str(code).strip():
                    raise fail(key, f"holds an empty rule code ({_EMPTY[key]})")
                remember(f"severity.{code}", f"severity.{str(code).upper()}")
                try:
                    config.severity[str(code).upper()] = Severity.parse(level)
                except ValueError as exc:
                    raise fail(f"severity.{code}", str(exc)) from None
        elif key == "seeds":
            if not isinstance(value, bool):
                raise fail(key, "must be true or false")
            config.seeds = value
        elif key == "date":
            try:
                config.date = parse_date(value)
            except Exception:
                raise fail(key, f"{value!r} is not a date (expected YYYY-MM-DD)") from None
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise fail(key, "must be a mapping of glob pattern to a list of rule codes")
            for pattern, codes in value.items():
                remember(f"per-file-ignores.{pattern}")
                items = text_list(f"per-file-ignores.{pattern}", codes, _ITEMS[key])
                if "" in items or not str(pattern).strip():
                    raise fail(
                        f"per-file-ignores.{pattern}", f"holds an empty entry ({_EMPTY[key]})"
                    )
                config.per_file_ignores[str(pattern)] = [c.upper() for c in items]
        elif key == "fail-on":
            try:
                config.fail_on = Severity.parse(value)
            except ValueError as exc:
                raise fail(key, str(exc)) from None
        elif key == "model":
            if not isinstance(value, str) or not value:
                raise fail(key, "must be the name of an installed spaCy pipeline")
            if not is_pipeline_package(value):
                raise fail(
                    key,
                    f"spaCy pipeline {value!r} is not installed: 'model' names an installed "
                    "pipeline package such as en_core_web_sm (install it, or remove 'model' "
                    "to use the built-in blank pipeline)",
                )
            config.model = value
        elif key == "help-url":
            if not isinstance(value, str) or "{code}" not in value:
                raise fail(key, "must be a link with {code} where the rule code goes")
            if not re.match(r"(https?|file)://", value):
                raise fail(key, "must start with https://, http:// or file://")
            config.help_url = value
        elif key == "rule-timeout":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise fail(key, "must be a number of seconds (0 = no limit)")
            if not 0 <= value <= MAX_RULE_TIMEOUT:  # also false for NaN
                raise fail(
                    key,
                    f"must be a number of seconds from 0 (no limit) to {MAX_RULE_TIMEOUT:g}, "
                    f"not {value!r}",
                )
            config.rule_timeout = float(value)
    return config


_EMPTY = {
    "select": "a blank code would select every rule: give codes or prefixes such as NL4",
    "ignore": "a blank code would ignore every rule: give codes or prefixes such as NL201",
    "severity": "a blank code would re-grade every rule: give codes such as NL401",
    "per-file-ignores": "a blank pattern or code would silence every rule: give a glob "
    "and codes such as 'wire/*.md': [NL201]",
    "corpus": "a blank path would read the config's own folder, drafts included, as published "
    "articles: give a folder or file, or '.' for that folder",
}
"""Why a blank entry (``ignore: [""]``, a template rendered empty) is an error, by key."""


_ITEMS = {
    "select": "rule codes or prefixes such as NL4 or NL201",
    "ignore": "rule codes or prefixes such as NL4 or NL201",
    "per-file-ignores": "rule codes or prefixes such as NL201",
    "exclude": "glob patterns such as 'drafts/old/*'",
    "corpus": "paths of corpus files or folders",
}
"""What the items of each list key are, for its error."""


def _described(value: Any) -> str:
    """A value of the wrong type as a reader of the config file would name it."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value!r}"
    return f"a {type(value).__name__}"


def check_codes(config: Config, known: list[str], source: str | None = None) -> None:
    """Every code or prefix in select/ignore/severity/per-file-ignores must match a rule."""
    where = source or config.path

    def matches(code: str) -> bool:
        return is_known(code, known)

    for key, codes in (
        ("select", config.select),
        ("ignore", config.ignore),
        ("severity", list(config.severity)),
        *((f"per-file-ignores.{p}", c) for p, c in config.per_file_ignores.items()),
    ):
        for code in codes:
            if not matches(code):
                line = None
                if source is None:  # the file's own keys, not a command-line option
                    line = config.lines.get(f"{key}.{code}") or config.lines.get(key)
                raise ConfigError(
                    f"{key}: unknown rule code {code!r} (run 'narrlint rules' for the list)",
                    where,
                    line,
                )


def is_pipeline_package(name: str) -> bool:
    """Whether ``name`` is an installed spaCy pipeline package.

    ``spacy.load(name)`` imports the package called ``name``, and a config file in a
    repository under review must not make narrlint import whatever module it names
    (``antigravity`` opens a browser) or load a folder of the repository's choosing: only an
    installed distribution whose package ships a spaCy ``meta.json`` is accepted, checked from
    the package metadata, without importing anything.
    """
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        return False
    try:
        files = importlib.metadata.distribution(name).files or ()
    except importlib.metadata.PackageNotFoundError:
        return False
    return any(str(path).replace("\\", "/") == f"{name}/meta.json" for path in files)
