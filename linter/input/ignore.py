"""Gitignore-style patterns: ``.narrlintignore`` files and the config ``exclude`` list.

Newsrooms keep drafts next to archives, templates and exports they do not want linted, and
they already know ``.gitignore``; the same syntax is accepted here:

* one pattern per line; blank lines and lines starting with ``#`` are ignored;
* ``*`` matches within one path component, ``?`` one character, ``[abc]`` a set, ``**`` any
  number of folders (``archive/**/old``);
* a pattern containing a ``/`` (other than at its end) is relative to the folder of the file
  that holds it (the config file's folder for ``exclude``); one without matches a name at
  any depth (``*.bak.md``, ``templates``);
* a trailing ``/`` matches folders only; a leading ``!`` re-includes what an earlier pattern
  excluded. The last matching pattern decides.

An excluded folder is not walked at all.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

IGNORE_FILE = ".narrlintignore"


@dataclass(frozen=True, slots=True)
class Pattern:
    text: str
    regex: re.Pattern[str]
    negated: bool
    folders_only: bool


@dataclass(slots=True)
class IgnoreRules:
    """The patterns of one file (or the config), relative to ``base`` (an absolute folder)."""

    base: str
    source: str
    patterns: list[Pattern] = field(default_factory=list)

    @classmethod
    def parse(cls, lines: Iterable[str], base: str, source: str) -> IgnoreRules:
        rules = cls(os.path.abspath(base), source)
        for line in lines:
            pattern = compile_pattern(line)
            if pattern is not None:
                rules.patterns.append(pattern)
        return rules

    def decide(self, path: str, is_folder: bool) -> bool | None:
        """``True``: excluded, ``False``: re-included by ``!``, ``None``: no pattern matched.

        ``path`` is absolute; paths outside ``base`` are matched by name patterns only.
        """
        relative = os.path.relpath(path, self.base)
        outside = relative == ".." or relative.startswith(("../", "..\\"))
        if outside:
            relative = os.path.basename(path)
        relative = relative.replace(os.sep, "/")
        verdict = None
        for pattern in self.patterns:
            if pattern.folders_only and not is_folder:
                continue
            if outside and "/" in pattern.text.rstrip("/"):
                continue
            if pattern.regex.fullmatch(relative):
                verdict = not pattern.negated
        return verdict


def compile_pattern(line: str) -> Pattern | None:
    """One ignore-file line as a :class:`Pattern` (``None`` for blanks and comments)."""
    text = line.rstrip("\r\n")
    if not text.endswith("\\ "):
        text = text.rstrip(" \t")
    if not text or text.startswith("#"):
        return None
    negated = text.startswith("!")
    if negated:
        text = text[1:]
    elif text.startswith("\\"):
        text = text[1:]  # "\#name" and "\!name" are literal names
    folders_only = text.endswith("/")
    body = text.rstrip("/")
    if not body:
        return None
    anchored = "/" in body
    body = body.lstrip("/")
    regex = _translate(body)
    if not anchored:
        regex = f"(?:.*/)?{regex}"
    return Pattern(text, re.compile(regex, re.DOTALL), negated, folders_only)


def _translate(glob: str) -> str:
    """A glob (``*``, ``?``, ``[...]``, ``**``) as a regular expression over ``/`` paths."""
    out: list[str] = []
    i, size = 0, len(glob)
    while i < size:
        char = glob[i]
        if char == "*":
            if glob.startswith("**", i):
                before_ok = i == 0 or glob[i - 1] == "/"
                after = i + 2
                if before_ok and after < size and glob[after] == "/":
                    out.append("(?:.*/)?")  # "**/": any number of folders, none included
                    i = after + 1
                    continue
                if before_ok and after == size:
                    out.append(".*")  # trailing "/**": everything inside
                    i = after
                    continue
                out.append("[^/]*")  # "a**b" is just "*"
                i = after
                continue
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "\\" and i + 1 < size:
            i += 1
            out.append(re.escape(glob[i]))
        elif char == "[":
            # as git reads a set: a "]" right after "[" or "[!" is a member, not the end
            first = i + 2 if glob.startswith(("[!", "[^"), i) else i + 1
            close = glob.find("]", first + 1)
            if close < 0:
                out.append(re.escape(char))
            else:
                out.append(_char_class(glob[i + 1 : close]))
                i = close
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _char_class(inner: str) -> str:
    """A glob set's inside (``abc``, ``!a-z``, ``]a``) as a regular-expression class; every
    member escaped, so no set can make an invalid expression. A reversed range (``z-a``)
    matches nothing, as in git."""
    negated = inner[:1] in ("!", "^")
    members = inner[1:] if negated else inner
    parts: list[str] = []
    j = 0
    while j < len(members):
        low = members[j]
        if j + 2 < len(members) and members[j + 1] == "-":
            high = members[j + 2]
            if low <= high:
                parts.append(f"{re.escape(low)}-{re.escape(high)}")
            j += 3
            continue
        parts.append(re.escape(low))
        j += 1
    body = "".join(parts)
    if negated:
        return f"[^/{body}]"
    return f"[{body}]" if body else "(?!)"


def decide(rules: Iterable[IgnoreRules], path: str, is_folder: bool) -> bool:
    """Whether ``path`` is excluded by a chain of rules, later rules overriding earlier."""
    verdict = False
    for entry in rules:
        decision = entry.decide(path, is_folder)
        if decision is not None:
            verdict = decision
    return verdict
