"""The JSON contract editors depend on (schema: ``narrlint/schema/findings.schema.json``)."""

from __future__ import annotations

from typing import TextIO

from narrlint import __version__
from narrlint.model import FileError, Finding
from narrlint.output.reporters import json_text, statistics

JSON_VERSION = 1


def document(findings: list[Finding], errors: list[FileError], files: int) -> dict:
    return {
        "version": JSON_VERSION,
        "narrlint": __version__,
        "files": files,
        "findings": [f.to_dict() for f in findings],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in errors],
    }


def report(
    findings: list[Finding], errors: list[FileError], files: int, out: TextIO, options: dict
) -> None:
    data = document(findings, errors, files)
    if options.get("statistics"):
        data["statistics"] = statistics(findings)
    out.write(json_text(data) + "\n")
