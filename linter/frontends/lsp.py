"""``narrlint lsp``: a language server over stdio, for editors (needs ``narrlint[lsp]``).

Drafts are linted as the writer types: diagnostics are published when a document is opened,
changed (after a short pause in typing) and saved. A diagnostic carries the severity, the code
(``NL401``), ``source`` ``narrlint``, the message, the rule name in ``data``, and the evidence
as ``relatedInformation`` pointing at the corpus or ledger file (the installed seed files for
the built-in corpus), so "go to" opens the published sentence. Code actions offer each fix as
a quick fix, a comment that silences the finding on its line, and "fix all" as a
``source.fixAll.narrlint`` action.

The spaCy pipeline and the corpus are loaded once per server, in a :class:`Session` configured
like the command line (config file found from the workspace root, ``--corpus``,
``--no-seeds``). Linting goes through ``Session.lint_source`` like every other front end, so
config, per-file-ignores and suppression comments apply in the editor too.

Positions: narrlint counts 1-based lines and characters (code points); LSP counts 0-based
lines and, unless the client negotiated otherwise, UTF-16 code units. An emoji before a finding
is one narrlint column and two UTF-16 units; :class:`PositionMap` does the conversion, for
UTF-16, UTF-8 and UTF-32 alike.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narrlint import __version__
from narrlint.input.source import SourceText
from narrlint.model import FileError, Finding, Severity
from narrlint.output.locations import evidence_path, file_uri
from narrlint.text.positions import LineIndex

if TYPE_CHECKING:
    from lsprotocol import types

    from narrlint.engine.session import Session

SOURCE = "narrlint"
DEBOUNCE_SECONDS = 0.3
"""Pause in typing before a changed document is linted again."""
FIX_ALL = "source.fixAll.narrlint"


def code_units(text: str, encoding: str) -> int:
    """Length of ``text`` in the LSP position encoding (``utf-16`` unless negotiated)."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-32":
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class PositionMap:
    """Character offsets in a document ↔ LSP positions (0-based line, code units)."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding
        self.lines = LineIndex(text)

    def position(self, offset: int) -> types.Position:
        from lsprotocol import types

        where = self.lines.position(offset)
        start = self.lines.line_start(where.line)
        units = code_units(self.text[start : start + where.column - 1], self.encoding)
        return types.Position(line=where.line - 1, character=units)

    def range(self, start: int, end: int) -> types.Range:
        from lsprotocol import types

        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position (clamped to its line)."""
        line = min(max(position.line + 1, 1), self.lines.line_count)
        start, end = self.lines.line_span(line, self.text)
        units = 0
        for index in range(start, end):
            if units >= position.character:
                return index
            units += code_units(self.text[index], self.encoding)
        return end


@dataclass
class Linted:
    """The last lint of one open document."""

    version: int | None
    text: str
    findings: list[Finding]
    diagnostics: list[Any]
    positions: PositionMap
    kind: str


@dataclass
class ServerOptions:
    config: Path | None = None
    corpus: list[str] = field(default_factory=list)
    no_seeds: bool = False
    no_cache: bool = False
    date: dt.date | None = None


class Linting:
    """The server's state: one session, the last lint per document, pending re-lints."""

    def __init__(self, server: Any, options: ServerOptions) -> None:
        self.server = server
        self.options = options
        self.session: Session | None = None
        self.failure: str | None = None
        self.root = Path.cwd()
        self.documents: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}

    # -- session ---------------------------------------------------------------------------

    def start(self, root: str | None) -> None:
        """Load config, pipeline and corpus once (on ``initialized``)."""
        from lsprotocol import types

        from narrlint.config import find_config, load_config
        from narrlint.engine.session import Session
        from narrlint.errors import NarrlintError

        if root and os.path.isdir(root):
            self.root = Path(root)
        began = time.monotonic()
        try:
            path = self.options.config or find_config(self.root)
            config = load_config(path)
            if self.options.no_seeds:
                config.seeds = False
            config.corpus = [*config.corpus, *self.options.corpus]
            self.session = Session.create(
                config, date=self.options.date, cache=not self.options.no_cache
            )
        except NarrlintError as exc:
            self.failure = f"narrlint cannot start: {exc}"
            self.server.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=self.failure)
            )
            return
        seconds = time.monotonic() - began
        self.log(f"narrlint {__version__}: pipeline and corpus loaded in {seconds:.1f} s")

    def log(self, message: str) -> None:
        from lsprotocol import types

        self.server.window_log_message(
            types.LogMessageParams(type=types.MessageType.Log, message=message)
        )

    # -- linting ---------------------------------------------------------------------------

    def display_path(self, document: Any) -> str:
        """The path findings and per-file-ignores see: relative to the workspace if inside."""
        path = document.path or document.filename or "untitled"
        if not os.path.isabs(path):
            return path
        try:
            return Path(path).relative_to(self.root).as_posix()
        except ValueError:
            return path

    def kind(self, document: Any, path: str) -> str:
        from narrlint.engine.draft import MARKDOWN_SUFFIXES

        language = (document.language_id or "").lower()
        if language == "markdown":
            return "markdown"
        if language == "plaintext":
            return "text"
        return "markdown" if path.lower().endswith(MARKDOWN_SUFFIXES) else "text"

    def lint(self, uri: str) -> Linted | None:
        if self.session is None:
            return None
        document = self.server.workspace.get_text_document(uri)
        text = document.source
        path = self.display_path(document)
        kind = self.kind(document, path)
        result = self.session.lint_source(SourceText(text), path, kind)
        positions = PositionMap(text, str(self.server.workspace.position_encoding or "utf-16"))
        findings = result.findings
        diagnostics = [self.diagnostic(f, positions) for f in findings]
        if result.error is not None:
            diagnostics.insert(0, self.error_diagnostic(result.error, positions))
        linted = Linted(document.version, text, findings, diagnostics, positions, kind)
        self.documents[uri] = linted
        return linted

    def publish(self, uri: str) -> None:
        from lsprotocol import types

        self.pending.pop(uri, None)
        linted = self.lint(uri)
        if linted is None:
            return
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, version=linted.version, diagnostics=linted.diagnostics
            )
        )

    def schedule(self, uri: str) -> None:
        """Lint after a pause in typing (each change restarts the wait)."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self.publish, uri)

    def current(self, uri: str) -> Linted | None:
        """The lint of the document as it is now (linting again if it changed)."""
        document = self.server.workspace.get_text_document(uri)
        linted = self.documents.get(uri)
        if linted is None or linted.version != document.version or linted.text != document.source:
            handle = self.pending.pop(uri, None)
            if handle is not None:
                handle.cancel()
            self.publish(uri)
            linted = self.documents.get(uri)
        return linted

    def close(self, uri: str) -> None:
        from lsprotocol import types

        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        self.documents.pop(uri, None)
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    # -- diagnostics -----------------------------------------------------------------------

    def diagnostic(self, finding: Finding, positions: PositionMap) -> types.Diagnostic:
        from lsprotocol import types

        related = []
        unresolved = []
        for evidence in finding.evidence:
            target = evidence_path(evidence.source, self.root)
            if target is None:
                place = (
                    evidence.source
                    if evidence.line is None
                    else f"{evidence.source}:{evidence.line}"
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
        return types.Diagnostic(
            range=positions.range(finding.offset, finding.end_offset),
            severity=SEVERITIES[finding.severity],
            code=finding.code,
            source=SOURCE,
            message=message,
            related_information=related or None,
            data={
                "rule": finding.rule,
                "fix": finding.fix.description if finding.fix is not None else None,
            },
        )

    def error_diagnostic(self, error: FileError, positions: PositionMap) -> types.Diagnostic:
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

    # -- code actions ----------------------------------------------------------------------

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        from lsprotocol import types

        from narrlint.output.fixes import choose_fixes

        uri = params.text_document.uri
        linted = self.current(uri)
        if linted is None:
            return []
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
                            edit=_workspace_edit(uri, linted, finding.fix.edits),
                        )
                    )
                silence = self.silence(finding, linted)
                if silence is not None:
                    actions.append(
                        types.CodeAction(
                            title=f"Silence {finding.code} on this line",
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=[diagnostic],
                            edit=_workspace_edit(uri, linted, [silence]),
                        )
                    )
        fix_all = not wanted or any(
            FIX_ALL.startswith(str(k)) or str(k) == "source.fixAll" for k in wanted
        )
        fixes = choose_fixes(linted.findings)
        if fix_all and fixes:
            actions.append(
                types.CodeAction(
                    title="Fix all narrlint problems",
                    kind=FIX_ALL,
                    edit=_workspace_edit(uri, linted, [e for fix in fixes for e in fix.edits]),
                )
            )
        return actions

    def silence(self, finding: Finding, linted: Linted) -> Any:
        """An edit that adds a suppression at the end of the finding's first line (before any
        trailing blanks, so a Markdown hard line break survives)."""
        from narrlint.engine.linter import INTERNAL_ERROR
        from narrlint.model import Edit
        from narrlint.output.suppressions import UNUSED

        if finding.code in (INTERNAL_ERROR, UNUSED):
            return None
        start, end = linted.positions.lines.line_span(finding.start.line, linted.text)
        content_end = start + len(linted.text[start:end].rstrip(" \t"))
        if linted.kind == "markdown":
            marker = f" <!-- narrlint-disable-line {finding.code} -->"
        else:
            marker = f"  narrlint: ignore[{finding.code}]"
        return Edit(content_end, content_end, marker)


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


def _intersects(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def _workspace_edit(uri: str, linted: Linted, edits: Sequence[Any]) -> types.WorkspaceEdit:
    from lsprotocol import types

    text_edits = [
        types.TextEdit(range=linted.positions.range(e.start, e.end), new_text=e.replacement)
        for e in sorted(edits, key=lambda e: (e.start, e.end))
    ]
    return types.WorkspaceEdit(changes={uri: text_edits})


def build_server(options: ServerOptions) -> Any:
    """The pygls server with narrlint's features registered."""
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    _severities()
    server = LanguageServer(
        "narrlint",
        __version__,
        text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
    )
    state = Linting(server, options)
    server.narrlint = state  # type: ignore[attr-defined]

    @server.feature(types.INITIALIZED)
    def initialized(ls: LanguageServer, params: types.InitializedParams) -> None:
        state.start(ls.workspace.root_path)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        state.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        state.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        state.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        state.close(params.text_document.uri)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL],
            resolve_provider=False,
        ),
    )
    def code_action(ls: LanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return state.code_actions(params)

    return server


def _date(value: str) -> dt.date:
    from narrlint.input.frontmatter import parse_date

    try:
        return parse_date(value)
    except Exception:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="narrlint lsp",
        description="Language server over stdio (needs the lsp extra: pip install "
        "'narrlint[lsp]').",
    )
    parser.add_argument("--stdio", action="store_true", help="accepted for editors; always stdio")
    parser.add_argument("--config", type=Path, metavar="FILE", help="config file")
    parser.add_argument("--corpus", action="append", default=[], metavar="PATH")
    parser.add_argument("--no-seeds", action="store_true")
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    args = parser.parse_args(list(argv))
    try:
        import pygls  # noqa: F401
    except ImportError:
        print(
            "narrlint: error: 'narrlint lsp' needs pygls: pip install 'narrlint[lsp]'",
            file=sys.stderr,
        )
        return 2
    options = ServerOptions(args.config, args.corpus, args.no_seeds, args.no_cache, args.date)
    server = build_server(options)
    # stdout is the protocol channel: anything else printed must go to stderr.
    channel = sys.stdout.buffer
    sys.stdout = sys.stderr
    server.start_io(sys.stdin.buffer, channel)
    return 0
