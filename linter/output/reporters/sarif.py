"""SARIF 2.1.0 for GitHub code scanning and other CI dashboards (``--format sarif``).

One run, tool ``narrlint`` with a rule descriptor per rule (its summary, documentation and
default level), one result per finding. Artifact URIs are relative to the repository root
(``options["root"]``, default the current directory) with ``uriBaseId`` ``%SRCROOT%``, which is
what code scanning resolves against the checkout. Columns are Unicode code points, as in every
narrlint format, and the run says so (``columnKind``). Evidence becomes ``relatedLocations``;
evidence from the built-in corpus points into the installed ``narrlint.seeds`` package
(``uriBaseId`` ``NARRLINTSEEDS``). Files that could not be linted become tool execution
notifications and make ``executionSuccessful`` false.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from narrlint import __version__
from narrlint.model import Evidence, FileError, Finding, Position, Severity
from narrlint.output.locations import SEEDS_PREFIX, file_uri, relative_uri, seeds_folder
from narrlint.output.reporters import RuleInfo, json_text, statistics

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
SEEDS_BASE = "NARRLINTSEEDS"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://pypi.org/project/narrlint/"


def report(
    findings: list[Finding], errors: list[FileError], files: int, out: TextIO, options: dict
) -> None:
    out.write(json_text(document(findings, errors, options)) + "\n")


def document(findings: list[Finding], errors: list[FileError], options: dict) -> dict:
    root = Path(options.get("root") or Path.cwd())
    rules = _descriptors(findings, options.get("rules") or [])
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "narrlint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": _information_uri(),
                "rules": rules,
            }
        },
        "invocations": [_invocation(errors, root)],
        "originalUriBaseIds": {SEEDS_BASE: {"uri": file_uri(seeds_folder()) + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.code], root) for f in findings],
    }
    if options.get("statistics"):
        run["properties"] = {"statistics": statistics(findings)}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _information_uri() -> str:
    """The project's home page from the installed metadata, else its PyPI page."""
    try:
        meta = metadata.metadata("narrlint")
    except metadata.PackageNotFoundError:
        return INFORMATION_URI
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation") and url.strip():
            return url.strip()
    return meta.get("Home-page") or INFORMATION_URI


def _descriptors(findings: list[Finding], infos: list[RuleInfo]) -> list[dict]:
    """A descriptor for every known rule, plus any code a finding has that was not passed in."""
    known = {info.code: info for info in infos}
    for finding in findings:
        if finding.code not in known:
            known[finding.code] = RuleInfo(
                finding.code, finding.rule, finding.rule, "", finding.severity
            )
    return [_descriptor(known[code]) for code in sorted(known)]


def _descriptor(info: RuleInfo) -> dict:
    documentation = _dedent(info.documentation).strip() or info.summary
    descriptor = _described(info, documentation)
    if info.help_uri:
        descriptor["helpUri"] = info.help_uri
    return descriptor


def _described(info: RuleInfo, documentation: str) -> dict:
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": _first_paragraph(documentation)},
        "help": {
            "text": documentation,
            "markdown": f"**{info.code} {info.name}**: {info.summary}\n\n{documentation}",
        },
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"tags": ["narrative-consistency"]},
    }


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text)


def _first_paragraph(text: str) -> str:
    return text.split("\n\n", 1)[0].strip()


def _result(finding: Finding, rule_index: int, root: Path) -> dict:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(finding.path, root),
                    "region": _region(finding.start, finding.end),
                }
            }
        ],
    }
    related = [_related(i, evidence, root) for i, evidence in enumerate(finding.evidence, start=1)]
    if related:
        result["relatedLocations"] = related
    if finding.fix is not None and finding.fix_positions:
        result["fixes"] = [
            {
                "description": {"text": finding.fix.description},
                "artifactChanges": [
                    {
                        "artifactLocation": _artifact(finding.path, root),
                        "replacements": [
                            {
                                "deletedRegion": _region(start, end),
                                "insertedContent": {"text": text},
                            }
                            for start, end, text in finding.fix_positions
                        ],
                    }
                ],
            }
        ]
    return result


def _artifact(path: str, root: Path) -> dict:
    relative = relative_uri(path, root)
    if relative is not None:
        return {"uri": relative, "uriBaseId": SRCROOT}
    if path == "-":
        return {"uri": "stdin"}
    return {"uri": file_uri(path)}


def _evidence_artifact(source: str, root: Path) -> dict:
    if source.startswith(SEEDS_PREFIX):
        return {"uri": quote(source[len(SEEDS_PREFIX) :]), "uriBaseId": SEEDS_BASE}
    return _artifact(source, root)


def _region(start: Position, end: Position) -> dict:
    """SARIF regions are 1-based with an exclusive end column, like narrlint's positions."""
    return {
        "startLine": start.line,
        "startColumn": start.column,
        "endLine": end.line,
        "endColumn": end.column,
    }


def _related(index: int, evidence: Evidence, root: Path) -> dict:
    physical: dict[str, Any] = {"artifactLocation": _evidence_artifact(evidence.source, root)}
    if evidence.line is not None:
        physical["region"] = {"startLine": evidence.line}
    return {"id": index, "physicalLocation": physical, "message": {"text": evidence.text}}


def _invocation(errors: list[FileError], root: Path) -> dict:
    notifications = []
    for error in errors:
        notification: dict[str, Any] = {"level": "error", "message": {"text": error.message}}
        location: dict[str, Any] = {"artifactLocation": _artifact(error.path, root)}
        if error.line:
            location["region"] = {"startLine": error.line}
        notification["locations"] = [{"physicalLocation": location}]
        notifications.append(notification)
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
