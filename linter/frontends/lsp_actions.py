"""The language server's code actions: each finding's fix as a quick fix, a comment that
silences it on its line, and "fix all" (``source.fixAll.narrlint``), all answered from the last
lint of a document (:class:`Linted`), never by linting again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from narrlint.frontends.lsp_positions import PositionMap
from narrlint.input.discover import MARKUP_KINDS
from narrlint.model import Finding

if TYPE_CHECKING:
    from lsprotocol import types

FIX_ALL = "source.fixAll.narrlint"


@dataclass
class Linted:
    """The last lint of one open document."""

    version: int | None
    text: str
    findings: list[Finding]
    diagnostics: list[Any]
    positions: PositionMap
    kind: str
    fix_all: list[Any] = field(default_factory=list)
    """The edits of "fix all" (chosen when the draft was linted)."""
    path: str = ""
    """The path findings name (decides which comment syntax a silencing edit may use)."""


def code_actions(linted: Linted, params: types.CodeActionParams) -> list[types.CodeAction]:
    """The actions ``params`` asks for (its kinds and range) on the lint ``linted``."""
    from lsprotocol import types

    uri = params.text_document.uri
    wanted = params.context.only
    actions: list[types.CodeAction] = []
    quick = not wanted or any(str(k).startswith("quickfix") for k in wanted)
    if quick:
        for finding, diagnostic in zip(linted.findings, linted.diagnostics, strict=False):
            if not _intersects(diagnostic.range, params.range):
                continue
            if finding.fix is not None:
                actions.append(
                    types.CodeAction(
                        title=f"{finding.fix.description} ({finding.code})",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        is_preferred=True,
                        edit=workspace_edit(uri, linted, finding.fix.edits),
                    )
                )
            silenced = silence(finding, linted)
            if silenced is not None:
                actions.append(
                    types.CodeAction(
                        title=f"Silence {finding.code} on this line",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic],
                        edit=workspace_edit(uri, linted, [silenced]),
                    )
                )
    fix_all = not wanted or any(
        FIX_ALL.startswith(str(k)) or str(k) == "source.fixAll" for k in wanted
    )
    if fix_all and linted.fix_all:
        actions.append(
            types.CodeAction(
                title="Fix all narrlint problems",
                kind=FIX_ALL,
                edit=workspace_edit(uri, linted, linted.fix_all),
            )
        )
    return actions


def silence(finding: Finding, linted: Linted) -> Any:
    """An edit that silences the finding on its first line
    (:func:`narrlint.output.suppressions.silencing_edit`); in MDX, which has no HTML
    comments (one breaks its build), an MDX comment ``{/* narrlint-disable-line … */}``."""
    from narrlint.engine.linter import INTERNAL_ERROR
    from narrlint.output.suppressions import UNUSED, silencing_edit

    if finding.code in (INTERNAL_ERROR, UNUSED):
        return None
    start, end = linted.positions.lines.line_span(finding.start.line, linted.text)
    markdown = linted.kind in MARKUP_KINDS
    return silencing_edit(linted.text, start, end, finding.code, markdown, linted.kind == "mdx")


def _intersects(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def workspace_edit(uri: str, linted: Linted, edits: Sequence[Any]) -> types.WorkspaceEdit:
    from lsprotocol import types

    from narrlint.output.fixes import markup_safe

    # Only the words change, as with --fix: the markup inside a fix's span stays.
    edits = markup_safe(linted.text, edits, linted.kind)
    text_edits = [
        types.TextEdit(range=linted.positions.range(e.start, e.end), new_text=e.replacement)
        for e in sorted(edits, key=lambda e: (e.start, e.end))
    ]
    return types.WorkspaceEdit(changes={uri: text_edits})
