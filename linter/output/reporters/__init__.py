"""Reporters turn findings into text for people or machines. They never judge findings.

Every reporter is ``report(findings, errors, files, out, options)``. ``options`` keys (all
optional): ``rules`` (:class:`RuleInfo` for every rule, for formats that describe the tool, like
SARIF), ``statistics`` (print counts per rule), ``root`` (the folder paths are relative to;
default: the current directory), ``show_fixes`` (text: print fix descriptions), ``colour``
(text: paint; default: when the stream is a terminal and ``NO_COLOR`` is unset),
``output_format`` (text: ``full``, the default, or ``concise``), ``quiet`` (text and github: no
summary line), ``fail_on`` (text: the lowest severity that fails the run, for the summary).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from json import dumps  # not "import json": the package's json reporter takes that name
from typing import Any, TextIO

from narrlint.model import FileError, Finding, Severity

Reporter = Callable[[list[Finding], list[FileError], int, TextIO, dict], None]


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_text(data: Any) -> str:
    """``data`` as indented JSON that is valid UTF-8 whatever it holds.

    A file name that is not UTF-8 (``caf\\xe9.md`` from an old archive) reaches Python as a
    lone surrogate (``\\udce9``); written as is, it became the raw byte again and the whole
    document invalid UTF-8, so a CI job's JSON parser refused every finding. It is written as
    the JSON escape ``\\udce9`` instead: the document stays valid, and Python's ``json`` reads
    the name back exactly (``os.fsencode`` gives the file's bytes). Surrogates occur only
    inside strings, so replacing them in the text is an escape inside a string."""
    text = dumps(data, ensure_ascii=False, indent=2)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a reporter may say about a rule (SARIF's rule descriptors)."""

    code: str
    name: str
    summary: str
    documentation: str
    severity: Severity
    help_uri: str | None = None
    """The rule's help page (:func:`narrlint.output.rule_pages.help_url`), if it has one."""


def help_links(options: dict) -> dict[str, str]:
    """Rule code → help page, from ``options["rules"]``."""
    return {info.code: info.help_uri for info in options.get("rules") or () if info.help_uri}


def statistics(findings: list[Finding]) -> dict[str, int]:
    """Findings per rule code, in code order."""
    counts = Counter(f.code for f in findings)
    return {code: counts[code] for code in sorted(counts)}


def get_reporter(name: str) -> Reporter:
    if name == "json":
        from narrlint.output.reporters.json import report
    elif name == "sarif":
        from narrlint.output.reporters.sarif import report
    elif name == "github":
        from narrlint.output.reporters.github import report
    else:
        from narrlint.output.reporters.text import report
    return report


FORMATS = ("text", "json", "sarif", "github")
