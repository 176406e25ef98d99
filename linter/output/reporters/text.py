"""Lint-style text: ``path:line:col: CODE message [rule-name]`` plus evidence lines."""

from __future__ import annotations

import os
from typing import TextIO

from narrlint.model import FileError, Finding, Severity
from narrlint.output.escape import escape
from narrlint.output.reporters import statistics

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def report(
    findings: list[Finding], errors: list[FileError], files: int, out: TextIO, options: dict
) -> None:
    colour = use_colour(out)

    def paint(code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    for finding in findings:
        # Every text that comes from a file name, a draft or a plugin is escaped: a name
        # holding ESC or a newline cannot clear the screen or forge a finding line.
        where = f"{escape(finding.path)}:{finding.start.line}:{finding.start.column}:"
        code = paint(_COLOURS[finding.severity], escape(finding.code))
        message, rule = escape(finding.message), escape(finding.rule)
        out.write(f"{paint('1', where)} {code} {message} [{rule}]\n")
        if finding.details:
            out.write(f"    {paint('2', 'details:')} {escape(' '.join(finding.details.split()))}\n")
        for evidence in finding.evidence:
            source = escape(evidence.source)
            place = source if evidence.line is None else f"{source}:{evidence.line}"
            text = escape(_one_line(evidence.text))
            out.write(f'    {paint("2", "evidence:")} {place} "{text}"\n')
        if finding.fix is not None and options.get("show_fixes", True):
            out.write(f"    {paint('32', 'fix:')} {escape(finding.fix.description)}\n")
    if options.get("statistics"):
        _statistics(findings, out)
    noun = "finding" if len(findings) == 1 else "findings"
    fnoun = "file" if files == 1 else "files"
    summary = f"{len(findings)} {noun} in {files} {fnoun}"
    if errors:
        summary += f"; {len(errors)} {'file' if len(errors) == 1 else 'files'} could not be linted"
    out.write(summary + "\n")


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
