"""Lint-style text, one finding per first line, the same in both output formats:

``path:line:col: CODE severity: message [rule-name]``

``--output-format full`` (the default) adds indented lines below it: the details, the evidence,
the fix and a link to the rule's help page; ``concise`` prints the first line only. The summary
line counts the findings by severity and says which severities do not fail the run, so a run
that exits 0 with findings explains itself; ``--quiet`` leaves it out.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import TextIO

from narrlint.model import FileError, Finding, Severity
from narrlint.output.escape import escape
from narrlint.output.reporters import help_links, statistics

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
OUTPUT_FORMATS = ("full", "concise")
_NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings")}


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def report(
    findings: list[Finding], errors: list[FileError], files: int, out: TextIO, options: dict
) -> None:
    colour = options["colour"] if "colour" in options else use_colour(out)
    full = options.get("output_format", "full") != "concise"
    links = help_links(options) if full else {}

    def paint(code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    for finding in findings:
        # Every text that comes from a file name, a draft or a plugin is escaped: a name
        # holding ESC or a newline cannot clear the screen or forge a finding line.
        where = f"{escape(finding.path)}:{finding.start.line}:{finding.start.column}:"
        level = _COLOURS[finding.severity]
        code = paint(level, escape(finding.code))
        severity = paint(level, f"{finding.severity.value}:")
        message, rule = escape(finding.message), escape(finding.rule)
        out.write(f"{paint('1', where)} {code} {severity} {message} [{rule}]\n")
        if not full:
            continue
        if finding.details:
            out.write(f"    {paint('2', 'details:')} {escape(' '.join(finding.details.split()))}\n")
        for evidence in finding.evidence:
            source = escape(evidence.source)
            place = source if evidence.line is None else f"{source}:{evidence.line}"
            text = escape(_one_line(evidence.text))
            out.write(f'    {paint("2", "evidence:")} {place} "{text}"\n')
        if finding.fix is not None and options.get("show_fixes", True):
            out.write(f"    {paint('32', 'fix:')} {escape(finding.fix.description)}\n")
        link = links.get(finding.code)
        if link:
            out.write(f"    {paint('2', 'help:')} {escape(_help(link, finding.code))}\n")
    quiet = options.get("quiet", False)
    if options.get("statistics") and (findings or not quiet):
        _statistics(findings, out)
    if not quiet:
        out.write(summary(findings, errors, files, options.get("fail_on", Severity.WARNING)) + "\n")


def summary(findings: list[Finding], errors: list[FileError], files: int, fail_on: Severity) -> str:
    """``3 findings in 2 files: 1 error, 2 info (info does not fail the run)``."""
    text = f"{_count(len(findings), 'finding', 'findings')} in {_count(files, 'file', 'files')}"
    counts = Counter(f.severity for f in findings)
    levels = [s for s in sorted(Severity, key=lambda s: -s.rank) if counts[s]]
    if levels:
        text += ": " + ", ".join(_severity_count(s, counts[s]) for s in levels)
        passing = [s for s in levels if s.rank < fail_on.rank]
        if passing:
            names = " and ".join(_NOUNS.get(s, ("info", "info"))[1] for s in passing)
            verb = "does" if passing == [Severity.INFO] else "do"
            why = "" if fail_on is Severity.WARNING else f": fail-on is {fail_on.value}"
            text += f" ({names} {verb} not fail the run{why})"
    if errors:
        text += f"; {_count(len(errors), 'file', 'files')} could not be linted"
    return text


def _severity_count(severity: Severity, count: int) -> str:
    one, many = _NOUNS.get(severity, ("info", "info"))
    return _count(count, one, many)


def _count(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _help(link: str, code: str) -> str:
    """What a reader is told to open: a web page as it is; for the page installed with narrlint,
    the command that prints it (``narrlint rule NL401``), so that a log or a pasted report never
    shows where narrlint is installed (a path the user did not give)."""
    return f"narrlint rule {code}" if link.startswith("file:") else link


def _statistics(findings: list[Finding], out: TextIO) -> None:
    """``--statistics``: one row per rule, after the findings."""
    names = {f.code: f.rule for f in findings}
    out.write(f"{'COUNT':>5}  {'CODE':<7} RULE\n")
    for code, count in statistics(findings).items():
        out.write(f"{count:>5}  {escape(code):<7} {escape(names[code])}\n")


def _one_line(text: str, limit: int = 200) -> str:
    """The evidence on one line, its quoted text cut at ``limit`` characters; a source address
    at its end is never cut (a reader must be able to open it)."""
    text = " ".join(text.split())
    body, marker, source = text.partition(" (source: ")
    if len(body) > limit:
        body = body[: limit - 1] + "…"
    return body + marker + source
