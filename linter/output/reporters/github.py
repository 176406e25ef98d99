"""GitHub Actions workflow commands (``--format github``): one annotation per finding.

``::error file=stories/a.md,line=6,col=15,endLine=6,endColumn=57,title=NL401 stale-title::…``
shows the finding on the pull request's diff. Info findings become ``notice``. Values are
escaped as the Actions runner expects (``@actions/core``): ``%``, ``\\r`` and ``\\n`` everywhere,
and ``:`` and ``,`` in properties too, so a message with a newline or a path with a comma cannot
end the command early or forge another one. Before that, every value passes through
:func:`narrlint.output.escape.escape`: the runner's log is a terminal, and an escape sequence
in a file name or message must not act there, and a file name that is not UTF-8 is shown
with its bytes escaped (the runner reads the log as UTF-8).
"""

from __future__ import annotations

import re
from typing import TextIO

from narrlint.model import FileError, Finding, Severity
from narrlint.output.escape import escape
from narrlint.output.reporters import statistics

_UNDECODED = re.compile("[\udc80-\udcff]")
"""How ``os.fsdecode`` (surrogateescape) keeps a byte that is not UTF-8."""

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    value = escape(value, keep="\r\n")  # the runner's own escapes for these two, below
    if _UNDECODED.search(value):
        # A byte of a file name that is not UTF-8 (Python keeps it as a lone surrogate): the
        # runner reads its log as UTF-8, so the byte is shown as ``\xe9`` instead of written.
        value = _UNDECODED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", value)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    head = f"::{name} {props}" if props else f"::{name}"
    return f"{head}::{escape_data(message)}"


def report(
    findings: list[Finding], errors: list[FileError], files: int, out: TextIO, options: dict
) -> None:
    for finding in findings:
        properties = {
            "file": finding.path,
            "line": finding.start.line,
            "col": finding.start.column,
            "endLine": finding.end.line,
            "endColumn": finding.end.column,
            "title": f"{finding.code} {finding.rule}",
        }
        out.write(command(COMMANDS[finding.severity], properties, _message(finding)) + "\n")
    for error in errors:
        properties: dict[str, object] = {"file": error.path}
        if error.line:
            properties["line"] = error.line
        properties["title"] = "narrlint could not lint this file"
        out.write(command("error", properties, error.message) + "\n")
    if options.get("statistics"):
        names = {f.code: f.rule for f in findings}
        for code, count in statistics(findings).items():
            out.write(f"{count:>5}  {escape(code):<7} {escape(names[code])}\n")
    if options.get("quiet"):
        return
    noun = "finding" if len(findings) == 1 else "findings"
    out.write(f"narrlint: {len(findings)} {noun} in {files} {'file' if files == 1 else 'files'}\n")


def _message(finding: Finding) -> str:
    """The message, then the evidence and the fix, one per line (the annotation shows them)."""
    lines = [finding.message]
    for evidence in finding.evidence:
        place = evidence.source if evidence.line is None else f"{evidence.source}:{evidence.line}"
        lines.append(f'evidence: {place} "{" ".join(evidence.text.split())}"')
    if finding.fix is not None:
        lines.append(f"fix: {finding.fix.description}")
    return "\n".join(lines)
