"""The language server's diagnostics: findings, drafts that could not be linted, broken
characters, and a session that could not start (:mod:`narrlint.frontends.lsp`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narrlint.frontends.lsp_positions import PositionMap
from narrlint.model import FileError, Finding, Severity
from narrlint.output.locations import evidence_path, file_uri

if TYPE_CHECKING:
    from lsprotocol import types

SOURCE = "narrlint"

SEVERITIES: dict[Severity, Any] = {}


def _severities() -> None:
    from lsprotocol import types

    SEVERITIES.update(
        {
            Severity.ERROR: types.DiagnosticSeverity.Error,
            Severity.WARNING: types.DiagnosticSeverity.Warning,
            Severity.INFO: types.DiagnosticSeverity.Information,
        }
    )


def diagnostic(
    finding: Finding, positions: PositionMap, root: Path, help: dict[str, str]
) -> types.Diagnostic:
    """A finding as an LSP diagnostic: evidence as related information pointing at the corpus
    or ledger file (left in the message when the file cannot be found)."""
    from lsprotocol import types

    related = []
    unresolved = []
    for evidence in finding.evidence:
        # a config's corpus is named relative to the server's current folder, as the command
        # line prints it (config.parse_config); relative to the root it was found only when
        # the two lay at the same depth
        target = evidence_path(evidence.source) or evidence_path(evidence.source, root)
        if target is None:
            place = (
                evidence.source if evidence.line is None else f"{evidence.source}:{evidence.line}"
            )
            unresolved.append(f'evidence: {place} "{evidence.text}"')
            continue
        line = (evidence.line or 1) - 1
        related.append(
            types.DiagnosticRelatedInformation(
                location=types.Location(
                    uri=file_uri(target),
                    range=types.Range(
                        start=types.Position(line=line, character=0),
                        end=types.Position(line=line + 1, character=0),
                    ),
                ),
                message=evidence.text,
            )
        )
    message = "\n".join([finding.message, *unresolved])
    link = help.get(finding.code)
    return types.Diagnostic(
        range=positions.range(finding.offset, finding.end_offset),
        severity=SEVERITIES[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=link) if link else None,
        source=SOURCE,
        message=message,
        related_information=related or None,
        data={
            "rule": finding.rule,
            "fix": finding.fix.description if finding.fix is not None else None,
        },
    )


def error_diagnostic(error: FileError) -> types.Diagnostic:
    """A draft that could not be linted, at the line the error names."""
    from lsprotocol import types

    line = max((error.line or 1) - 1, 0)
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=line, character=0),
            end=types.Position(line=line + 1, character=0),
        ),
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
        message=f"narrlint could not lint this draft: {error.message}",
    )


def unreadable_diagnostics(text: str, positions: PositionMap) -> list[types.Diagnostic]:
    """A warning on each character that is not text (a NUL, half of a character), which
    narrlint linted as U+FFFD (see :func:`narrlint.frontends.lsp_worker.readable`)."""
    from lsprotocol import types

    from narrlint.frontends.lsp_worker import unreadable

    diagnostics = []
    for offset in unreadable(text):
        char = text[offset]
        what = (
            "a NUL character (U+0000), which is not text: delete it"
            if char == "\x00"
            else f"half of a character whose other half is missing (U+{ord(char):04X}): "
            "delete it and retype what belongs here"
        )
        diagnostics.append(
            types.Diagnostic(
                range=positions.range(offset, offset + 1),
                severity=types.DiagnosticSeverity.Warning,
                source=SOURCE,
                message=f"An invisible broken character is here, {what}. narrlint read a "
                "placeholder (\ufffd) in its place and linted the rest.",
            )
        )
    return diagnostics


def failure_diagnostic(message: str, error: Exception) -> types.Diagnostic:
    """Why no draft is linted (the config, a ledger or the corpus is broken), on each open
    draft's first line: a message box is easily missed, and the drafts then looked clean. The
    broken file and line are related information, so "go to" opens them."""
    from lsprotocol import types

    related = None
    path, line = getattr(error, "path", None), getattr(error, "line", None)
    if path and os.path.exists(path):
        at = types.Position(line=max((line or 1) - 1, 0), character=0)
        location = types.Location(uri=file_uri(Path(path)), range=types.Range(start=at, end=at))
        related = [types.DiagnosticRelatedInformation(location=location, message=str(error))]
    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=1, character=0)
        ),
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
        message=f"{message} (no draft is linted: fix it and save the file to load it again)",
        related_information=related,
    )


def lost_diagnostic() -> types.Diagnostic:
    """A draft whose text the server no longer knows (the editor sent a change it could not
    read), on its first line: findings of the old text would point at the wrong words."""
    from lsprotocol import types

    return types.Diagnostic(
        range=types.Range(
            start=types.Position(line=0, character=0), end=types.Position(line=1, character=0)
        ),
        severity=types.DiagnosticSeverity.Warning,
        source=SOURCE,
        message="narrlint lost track of this draft's text: the editor sent a change it cannot "
        "read (see the server's log); close the draft and open it again to lint it",
    )
