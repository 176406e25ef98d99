"""A baseline for an existing archive: record today's findings, then report only new ones.

An archive of published stories has findings nobody will fix today; a baseline lets a newsroom
adopt narrlint and still fail CI on the *next* stale title. ``--write-baseline FILE`` records
every finding; ``--baseline FILE`` hides the recorded ones.

A finding is recorded by file, code, the quoted text (``excerpt``) and a short hash of the
words around it, never by line or column, so editing a story above a finding, re-wrapping a
paragraph or moving it does not make old findings new. Matching is by count: a story that had
one "Caretaker Foreign Minister Jalil Abbas Jilani" finding and now has two shows one. A
finding whose surroundings changed still matches a recorded finding with the same file, code
and text that is left over, so touching a sentence does not resurrect its finding either.

Paths are stored relative to the baseline file's folder, so the baseline works from any
working directory and on any machine. ``NL000`` internal errors are never recorded or hidden.
The file is JSON, sorted, one finding per entry (with its message, for reviewers), and written
atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from narrlint import __version__
from narrlint.engine.linter import INTERNAL_ERROR
from narrlint.errors import ConfigError, InputError
from narrlint.model import Finding

BASELINE_VERSION = 1
CONTEXT_CHARS = 40
"""Words (in characters, whitespace collapsed) on each side of a finding that make its
context."""


@dataclass(frozen=True, slots=True)
class Entry:
    path: str
    code: str
    excerpt: str
    context: str

    @property
    def loose(self) -> tuple[str, str, str]:
        return (self.path, self.code, self.excerpt)


def context_hash(text: str, start: int, end: int) -> str:
    """A short hash of the words around ``text[start:end]``, blind to whitespace changes."""
    before = " ".join(text[max(0, start - 8 * CONTEXT_CHARS) : start].split())[-CONTEXT_CHARS:]
    after = " ".join(text[end : end + 8 * CONTEXT_CHARS].split())[:CONTEXT_CHARS]
    return hashlib.sha256(f"{before}\x00{after}".encode()).hexdigest()[:12]


def portable_path(path: str, folder: Path) -> str:
    """``path`` relative to the baseline's folder, with ``/``."""
    if path == "-":
        return path
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(folder))
    return Path(relative).as_posix()


def entry(finding: Finding, texts: Mapping[str, str], folder: Path) -> Entry:
    text = texts.get(finding.path, "")
    context = context_hash(text, finding.offset, finding.end_offset) if text else ""
    return Entry(portable_path(finding.path, folder), finding.code, finding.excerpt, context)


def write_baseline(file: Path, findings: list[Finding], texts: Mapping[str, str]) -> int:
    """Record ``findings`` (``texts``: each linted file's text, by path); how many."""
    folder = file.resolve().parent
    counts: Counter[Entry] = Counter()
    messages: dict[Entry, str] = {}
    for finding in findings:
        if finding.code == INTERNAL_ERROR:
            continue
        key = entry(finding, texts, folder)
        counts[key] += 1
        messages.setdefault(key, finding.message)
    rows = [
        {
            "path": key.path,
            "code": key.code,
            "excerpt": key.excerpt,
            "context": key.context,
            "count": counts[key],
            "message": messages[key],
        }
        for key in sorted(counts, key=lambda k: (k.path, k.code, k.excerpt, k.context))
    ]
    document = {"narrlint_baseline": BASELINE_VERSION, "narrlint": __version__, "findings": rows}
    from narrlint.output.fixes import write_atomic
    from narrlint.output.reporters import json_text

    data = json_text(document) + "\n"  # a file name that is not UTF-8 stays valid JSON

    write_atomic(str(file), data.encode("utf-8"))
    return sum(counts.values())


@dataclass
class Baseline:
    file: Path
    counts: Counter[Entry]

    @property
    def folder(self) -> Path:
        return self.file.resolve().parent

    @classmethod
    def load(cls, file: Path) -> Baseline:
        """Read a baseline; anything that is not one is a :class:`ConfigError` naming the file
        and, where the JSON has one, the line (a hand-edited or merged baseline must never
        stop the run with an internal error, nor hide findings it does not record)."""
        display = str(file)
        from narrlint.input.source import decode, read_bytes

        if not file.exists():
            raise ConfigError("baseline file not found (create it with --write-baseline)", display)
        try:
            # decoded as drafts are: a BOM an editor added is dropped; UTF-16 or Latin-1 get a
            # plain message and a line. A FIFO: an error, no hang.
            text = decode(read_bytes(str(file)), display).text
            data = json.loads(text)
        except InputError as exc:
            raise ConfigError(
                f"baseline cannot be read: {exc.message}", display, exc.line
            ) from None
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"baseline is not a narrlint baseline: {exc.msg} (column {exc.colno})",
                display,
                exc.lineno,
            ) from None
        if not isinstance(data, dict) or data.get("narrlint_baseline") != BASELINE_VERSION:
            raise ConfigError(
                f"baseline needs 'narrlint_baseline: {BASELINE_VERSION}' (write it again "
                "with --write-baseline)",
                display,
            )
        rows = data.get("findings")
        if rows is None:
            rows = []
        if not isinstance(rows, list):
            line, _ = _entry_lines(text)
            raise ConfigError(
                f"baseline 'findings' must be a list of entries, not {type(rows).__name__}",
                display,
                line,
            )
        counts: Counter[Entry] = Counter()
        for number, row in enumerate(rows, 1):
            problem = _entry_problem(row)
            if problem is not None:
                lines = _entry_lines(text)[1]
                raise ConfigError(
                    f"baseline entry {number} {problem} (write it again with --write-baseline)",
                    display,
                    lines[number - 1] if number <= len(lines) else None,
                )
            key = Entry(row["path"], row["code"], row["excerpt"], row.get("context", ""))
            counts[key] += row.get("count", 1)
        return cls(file, counts)

    def new_findings(self, findings: list[Finding], texts: Mapping[str, str]) -> list[Finding]:
        """The findings the baseline does not account for, in their original order: first
        exact matches (file, code, text, context), then the same file, code and text with a
        recorded context that is left over."""
        left: dict[tuple[str, str, str], Counter[str]] = {}
        for key, count in self.counts.items():
            left.setdefault(key.loose, Counter())[key.context] += count
        keys = [entry(f, texts, self.folder) for f in findings]
        matched = [False] * len(findings)
        for i, (finding, key) in enumerate(zip(findings, keys, strict=True)):
            contexts = left.get(key.loose)
            if finding.code != INTERNAL_ERROR and contexts and contexts[key.context] > 0:
                contexts[key.context] -= 1
                matched[i] = True
        for i, (finding, key) in enumerate(zip(findings, keys, strict=True)):
            contexts = left.get(key.loose)
            if matched[i] or finding.code == INTERNAL_ERROR or not contexts:
                continue
            spare = next((c for c, n in contexts.items() if n > 0), None)
            if spare is not None:
                contexts[spare] -= 1
                matched[i] = True
        return [f for f, hit in zip(findings, matched, strict=True) if not hit]


def _entry_problem(row: object) -> str | None:
    """What is wrong with one baseline entry, if anything."""
    if not isinstance(row, dict):
        return f"is {type(row).__name__}, not an object with path, code and excerpt"
    for key in ("path", "code", "excerpt"):
        if not isinstance(row.get(key), str):
            return f"lacks path, code or excerpt: {key!r} must be text"
    if not isinstance(row.get("context", ""), str):
        return "has a 'context' that is not text"
    count = row.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        return f"has count {count!r}: it must be a whole number of at least 1"
    return None


_BLANK = re.compile(r"[ \t\n\r]*")


def _entry_lines(text: str) -> tuple[int | None, list[int]]:
    """The line of the top-level ``findings`` key and of each of its entries. JSON keeps no
    positions: the document (known to be valid) is walked value by value with ``raw_decode``;
    a later ``findings`` key wins, as in ``json.loads``."""
    decoder = json.JSONDecoder()
    findings_line: int | None = None
    entries: list[int] = []

    def skip(at: int) -> int:
        match = _BLANK.match(text, at)
        return match.end() if match else at

    def line(at: int) -> int:
        return text.count("\n", 0, at) + 1

    at = skip(0)
    if text[at : at + 1] != "{":
        return None, []
    at = skip(at + 1)
    while at < len(text) and text[at] != "}":
        key, at = decoder.raw_decode(text, at)
        at = skip(skip(at) + 1)  # the colon
        if key == "findings":
            findings_line, entries = line(at), []
        if key == "findings" and text[at : at + 1] == "[":
            at = skip(at + 1)
            while at < len(text) and text[at] != "]":
                entries.append(line(at))
                _, at = decoder.raw_decode(text, at)
                at = skip(at)
                if text[at : at + 1] == ",":
                    at = skip(at + 1)
            at += 1
        else:
            _, at = decoder.raw_decode(text, at)
        at = skip(at)
        if text[at : at + 1] == ",":
            at = skip(at + 1)
    return findings_line, entries
