"""Reading one ledger file's entries: keys, types, dates, numbers and sources, checked against
the schema, every error naming the file and line of the offending entry.

The section parsers of ``ledger_parse`` are built on this :class:`Reader`; it is apart so that
each module keeps to one job (and under the size limit).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from typing import Any

from narrlint.errors import CorpusError
from narrlint.input.frontmatter import parse_date
from narrlint.input.yamlsource import LineDict
from narrlint.knowledge.ledger_model import CONFIDENCES, Sourced


class Reader:
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
            if _blank(node.get(key)):
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

    def required(self, node: dict, key: str, where: str) -> str:
        """A key :meth:`mapping` requires, as text: a list or a mapping written there (a post's
        ``title: [X]`` copied from an office's ``titles``) is refused with its line, never
        taken as its Python form."""
        value = self.text(node, key, where)
        if value is None:
            raise self.error(f"{where} is missing required key {key!r}", node)
        return value

    def texts(
        self, node: dict, key: str, where: str, lower: bool = False, words: bool = False
    ) -> tuple[str, ...]:
        """A list of text; no item may be blank, and with ``words`` (titles, abbreviations,
        aliases: what the readers match in a draft) each must hold a letter or digit."""
        value = node.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise CorpusError(
                f"{where}.{key} must be a list of text", self.path, self.line_of(node, key)
            )
        items = tuple(str(v).strip().lower() if lower else str(v) for v in value)
        for j, item in enumerate(items):
            self.usable(item, f"{where}.{key}[{j}]", self.line_of(node, key), words)
        return items

    def usable(self, text: str, where: str, line: int | None, words: bool = True) -> None:
        """A blank item, or a title of punctuation only, matches nothing a reader writes (and an
        empty title breaks the title rules on every draft): refused before any linting."""
        if not text.strip():
            raise CorpusError(f"{where} is empty", self.path, line)
        if words and not any(c.isalnum() for c in text):
            raise CorpusError(f"{where}: {text!r} has no letters or digits", self.path, line)

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
            try:
                number = float(value)
            except OverflowError:  # an integer beyond any float
                number = math.inf
            if not 0 <= number < math.inf:  # also false for NaN
                raise CorpusError(
                    f"{where}.{key}: {value!r} is not a finite number of 0 or more",
                    self.path,
                    self.line_of(node, key),
                )
            return number
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

    def entries(self, data: dict, section: str, where: str | None = None) -> list:
        """A list of mappings (``where``: the entry holding it, for messages). An item that is
        not a mapping has no line of its own: its error names the line of the list's key."""
        name = f"{where}.{section}" if where else section
        value = data.get(section)
        if value is None:
            return []
        line = self.line_of(data, section)
        if not isinstance(value, list):
            raise CorpusError(f"{name} must be a list", self.path, line)
        for j, item in enumerate(value):
            if not isinstance(item, dict):
                raise CorpusError(f"{name}[{j}] must be a mapping", self.path, line)
        return value


SOURCED = ("source", "other_sources", "confidence", "note", "source_date")
_PARTIAL_DATE = re.compile(r"[0-9]{4}(-(0[1-9]|1[0-2]))?")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def unsourced(r: Reader, node: Any, where: str) -> Sourced:
    """The origin of an entry whose ``source`` is optional (``ledger check`` warns if absent)."""
    if node.get("source"):
        return r.origin(node, where)
    return Sourced(r.path, node.line, "", note=r.text(node, "note", where))
