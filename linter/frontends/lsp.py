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
import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from narrlint import __version__
from narrlint.frontends import dataclass_code
from narrlint.frontends.lsp_actions import (
    FIX_ALL,
    Linted,
    code_actions,
    silence,
)
from narrlint.frontends.lsp_actions import workspace_edit as _workspace_edit  # noqa: F401
from narrlint.frontends.lsp_diagnostics import (
    _severities,
    diagnostic,
    error_diagnostic,
    failure_diagnostic,
    lost_diagnostic,
    unreadable_diagnostics,
)
from narrlint.frontends.lsp_folders import FolderConfigs, FolderSession
from narrlint.frontends.lsp_positions import PositionMap
from narrlint.frontends.lsp_sessions import (
    ServerOptions,
    create_session,
    help_links,
    loaded,
    workspace_root,
)
from narrlint.frontends.lsp_worker import Job, LintWorker, Outcome, lint_job
from narrlint.model import FileError, Finding

if TYPE_CHECKING:
    from lsprotocol import types

    from narrlint.engine.session import Session

DEBOUNCE_SECONDS = 0.3
"""Pause in typing before a changed document is linted again."""
_LANGUAGE_KINDS = {"mdx": "mdx", "plaintext": "text", "html": "html"}
"""Editors' language ids that say how a document is read (``markdown`` is decided with its
name); any other id goes by the document's name."""


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
        self.queued: dict[str, Job] = {}
        self.waiters: dict[str, list[asyncio.Future]] = {}
        self.worker: LintWorker | None = None
        self.lints = 0
        self.help: dict[str, str] = {}
        """Rule code → help page (``codeDescription.href``)."""
        self.stopped = False
        self.loading: asyncio.Future | None = None
        self.failed: Exception | None = None
        """Why the session could not load (shown on every open draft until a reload works)."""
        self.reload_wanted = False
        self.folders: FolderConfigs | None = None
        """The configs of other workspace folders and their sessions."""

    # -- session ---------------------------------------------------------------------------

    def start(self, root: str | None) -> None:
        """Load config, pipeline and corpus once (on ``initialized``), off the event loop: the
        server answers ``shutdown`` and ``exit`` at once even while a big corpus loads. The
        documents opened meanwhile are linted when the session is ready."""
        if root and os.path.isdir(root):
            self.root = Path(root)
        self.load()

    def load(self) -> None:
        loop = asyncio.get_running_loop()
        began = time.monotonic()
        self.loading = loop.run_in_executor(None, self.load_session)
        self.loading.add_done_callback(lambda done: self.started(done, began))

    def load_session(self) -> Session:
        from narrlint.config import find_config

        return create_session(self.options, self.options.config or find_config(self.root))

    def started(self, done: asyncio.Future, began: float) -> None:
        """On the event loop, once the session is loaded (or failed to)."""
        from lsprotocol import types

        if self.stopped or done.cancelled():
            return
        if self.reload_wanted:  # a file it reads was saved while it loaded: load again
            self.reload_wanted = False
            self.load()
            return
        session, self.failure, self.failed = loaded(done, "cannot start")
        self.stop_worker()  # forked from the session it replaces
        if self.failure is not None:
            self.session = None
            self.server.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=self.failure)
            )
            for document in list(self.server.workspace.text_documents.values()):
                self.publish(document.uri)
            return
        self.help = help_links(session)
        self.session = session
        used = Path(session.config.path).resolve() if session.config.path else None
        # the folders' sessions are read again too (a saved config may be one of theirs)
        self.folders = FolderConfigs(self.root.resolve(), used, self.options.config is not None)
        seconds = time.monotonic() - began
        self.log(f"narrlint {__version__}: pipeline and corpus loaded in {seconds:.1f} s")
        if session.corpus.warnings:  # the corpus loads, but some of it dates nothing
            self.server.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Warning,
                    message="narrlint: " + "; ".join(session.corpus.warnings),
                )
            )
        # pygls keys its documents by the percent-decoded URI; publish (and store the lint
        # under) the URIs the client sent, as did_open does, or a client that matches by the
        # exact string never shows them and code actions find no lint for them
        for document in list(self.server.workspace.text_documents.values()):
            for uri in self.spellings(document.uri):
                self.publish(uri)

    def reload_on_save(self, uri: str) -> bool:
        """Load the session again when a file it reads was saved: the config (a fixed config
        took effect only after restarting the editor), or while it cannot start, any YAML (the
        broken ledger or manifest). True when a reload began."""
        from narrlint.config import CONFIG_NAMES

        if self.loading is None or self.stopped:
            return False
        from pygls.uris import to_fs_path

        if not uri.startswith("file:"):
            return False
        path = Path(to_fs_path(uri) or "").resolve()
        named = self.options.config is not None and path == self.options.config.resolve()
        config = path.name in CONFIG_NAMES or path.name == "pyproject.toml" or named
        failed = self.failed is not None or (
            self.folders is not None and any(f.failed for f in self.folders.sessions.values())
        )
        if not (config or (failed and path.suffix in (".yaml", ".yml"))):
            return False
        if not self.loading.done():
            self.reload_wanted = True
        else:
            self.log(f"{path.name} saved: loading the configuration and corpus again")
            self.load()
        return True

    def folder_session(self, config: Path) -> FolderSession:
        """The session of another folder's config (:mod:`~narrlint.frontends.lsp_folders`),
        loading it off the event loop the first time a document of that folder is linted."""
        assert self.folders is not None
        other = self.folders.sessions.get(config)
        if other is None:
            other = self.folders.sessions[config] = FolderSession()
            loop = asyncio.get_running_loop()
            other.loading = loop.run_in_executor(None, create_session, self.options, config)
            folders = self.folders
            other.loading.add_done_callback(lambda done: self.folder_started(folders, config, done))
        return other

    def folder_started(self, folders: FolderConfigs, config: Path, done: asyncio.Future) -> None:
        """On the event loop, once a folder's session is loaded (or failed to): its documents
        are linted (or told why not); the lint process is forked again to hold it."""
        other = folders.sessions.get(config)
        if self.stopped or done.cancelled() or folders is not self.folders or other is None:
            return  # the main session was loaded again meanwhile: so are the folders'
        other.session, other.failure, other.failed = loaded(done, f"cannot read {config}")
        if other.session is not None:
            other.help = help_links(other.session)  # its own help-url (the root's was used)
            self.log(f"{config} read for the documents of {config.parent}")
        running = self.worker.job if self.worker is not None else None
        if other.session is not None:
            self.stop_worker()  # forked without this session
            if running is not None:  # killed with it: linted again
                self.publish(running.uri)
        for document in list(self.server.workspace.text_documents.values()):
            job = self.job(document.uri)
            if job is not None and job.config == config:
                for uri in self.spellings(document.uri):
                    self.publish(uri)

    def sessions(self) -> dict[Path | None, Session]:
        """Every loaded session by its config (``None``: the main session)."""
        found: dict[Path | None, Session] = {}
        if self.session is not None:
            found[None] = self.session
        if self.folders is not None:
            found.update((c, f.session) for c, f in self.folders.sessions.items() if f.session)
        return found

    def log(self, message: str) -> None:
        from lsprotocol import types

        self.server.window_log_message(
            types.LogMessageParams(type=types.MessageType.Log, message=message)
        )

    # -- linting ---------------------------------------------------------------------------
    #
    # Linting runs off the request thread: in a child process forked from the server (which
    # holds the session, so nothing is loaded again), fed one document at a time. The event
    # loop only sends the text and turns findings into diagnostics, so it answers every request
    # (``shutdown`` included) however long a lint takes, even one stuck in a C call that never
    # releases the GIL. A newer version of the document being linted wins: the child is killed
    # and a fresh one forked. Code actions are answered from the last lint of the document's
    # current version (waiting for it if it is under way), never by linting again.

    def display_path(self, document: Any) -> str:
        """The path findings and per-file-ignores see: relative to the workspace if inside."""
        path = document.path or document.filename or "untitled"
        if not os.path.isabs(path):
            return path
        # a URI may spell the path with '..' or through a link: the draft is still the
        # workspace's (its per-file-ignores match the name relative to the root)
        path = os.path.normpath(path)
        for draft, root in ((Path(path), self.root), (Path(path).resolve(), self.root.resolve())):
            with contextlib.suppress(ValueError):
                return draft.relative_to(root).as_posix()
        return path

    def kind(self, document: Any, path: str) -> str:
        """How the document is read: as the editor's language id says (an unsaved buffer has
        no name to go by), else as its name says (:func:`narrlint.input.discover.draft_kind`).
        A Markdown buffer whose file is ``.mdx`` is MDX: editors without an MDX mode call it
        Markdown."""
        from narrlint.input.discover import draft_kind

        named = draft_kind(path)
        language = (document.language_id or "").lower()
        if language == "markdown":
            return "mdx" if named == "mdx" else "markdown"
        return _LANGUAGE_KINDS.get(language, named)

    def job(self, uri: str) -> Job | None:
        """A snapshot of the document as it is now."""
        if not self.is_open(uri):
            return None
        document = self.server.workspace.get_text_document(uri)
        path = self.display_path(document)
        config = self.folders.governing(document.path) if self.folders is not None else None
        kind = self.kind(document, path)
        return Job(uri, document.version, document.source, path, kind, config)

    def publish(self, uri: str) -> None:
        """Lint the document as it is now (in the background) and publish its diagnostics;
        while the session cannot start, publish why, on the draft's first line."""
        from lsprotocol import types

        self.pending.pop(uri, None)
        if self.lost(uri):  # its last lint was of a text the editor no longer shows
            self.documents.pop(uri, None)
            self.server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[lost_diagnostic()])
            )
            return
        if self.session is None:
            if self.failed is not None and self.is_open(uri):
                self.server.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(
                        uri=uri, diagnostics=[failure_diagnostic(self.failure or "", self.failed)]
                    )
                )
            return
        job = self.job(uri)
        if job is None:
            return
        other = self.folder_session(job.config) if job.config is not None else None
        if other is not None and other.session is None:
            if other.failed is not None:  # its own folder's config is broken: say so there
                self.server.text_document_publish_diagnostics(
                    types.PublishDiagnosticsParams(
                        uri=uri, diagnostics=[failure_diagnostic(other.failure or "", other.failed)]
                    )
                )
            self.queued.pop(uri, None)  # an older job, queued for a session since dropped
            return  # linted once its folder's session is loaded
        self.queued[uri] = job
        running = self.worker.job if self.worker is not None else None
        if running is not None and running.uri == uri and running.version != job.version:
            self.stop_worker()  # a newer version wins: no point finishing the old one
        self.next_job()

    def next_job(self) -> None:
        if self.session is None or not self.queued:
            return
        if self.worker is not None and self.worker.job is not None:
            return
        uri = next(iter(self.queued))
        job = self.queued.pop(uri)
        if self.worker is None:
            self.worker = LintWorker.start(self.sessions())
            if self.worker is None:  # no fork on this platform: lint here, as before
                began = time.monotonic()
                outcome = lint_job(self.sessions()[job.config], job)
                self.finish(job, outcome, time.monotonic() - began)
                self.next_job()
                return
            asyncio.get_running_loop().add_reader(self.worker.results, self.on_result)
        self.worker.send(job)

    def on_result(self) -> None:
        """The child sent a result, or died (end of file on its pipe)."""
        worker = self.worker
        if worker is None:
            return
        job = worker.job
        try:
            outcome = worker.receive()
        except (EOFError, OSError):
            how = worker.how_it_ended()
            self.stop_worker()
            if job is not None:
                message = f"its lint process died ({how}); the draft was not linted"
                self.finish(job, ([], FileError(job.path, message), []))
            self.next_job()
            return
        worker.job = None
        if job is not None:
            self.finish(job, outcome, time.monotonic() - worker.started)
        self.next_job()

    def finish(self, job: Job, outcome: Outcome, seconds: float = 0.0) -> None:
        from lsprotocol import types

        findings, error, fix_all = outcome
        self.lints += 1
        self.log(
            f"linted {job.path} version {job.version}: {len(findings)} finding(s)"
            f"{' and an error' if error else ''} in {seconds:.2f} s"
        )
        positions = PositionMap(job.text, self.server.workspace.position_encoding)
        other = self.folders.sessions.get(job.config) if self.folders and job.config else None
        links = other.help if other is not None else self.help
        diagnostics = [self.diagnostic(f, positions, links) for f in findings]
        diagnostics[:0] = self.unreadable_diagnostics(job.text, positions)
        if error is not None:
            diagnostics.insert(0, self.error_diagnostic(error, positions))
        linted = Linted(
            job.version, job.text, findings, diagnostics, positions, job.kind, fix_all, job.path
        )
        if self.is_open(job.uri):
            self.documents[job.uri] = linted
            self.server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=job.uri, version=linted.version, diagnostics=linted.diagnostics
                )
            )
        for waiter in self.waiters.pop(job.uri, []):
            if not waiter.done():
                waiter.set_result(None)

    def is_open(self, uri: str) -> bool:
        """Open under this spelling of its URI, and its text known (:meth:`lost`)."""
        if unquote(uri) not in self.server.workspace.text_documents or self.lost(uri):
            return False
        return uri in self.spellings(uri)

    def spellings(self, uri: str) -> list[str]:
        """The URIs the client opened the document at ``uri`` under (pygls keeps one document
        for ``b.md`` and ``%62.md``; the client shows each: :mod:`.lsp_protocol`)."""
        opened = getattr(self.server.protocol, "opened", {}).get(unquote(uri))
        return list(opened) if opened else [uri]

    def lost(self, uri: str) -> bool:
        """A change the server could not read left its copy unlike the editor's."""
        return unquote(uri) in getattr(self.server.protocol, "lost", ())

    def stop_worker(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_reader(worker.results)
        worker.stop()

    def schedule(self, uri: str) -> None:
        """Lint after a pause in typing (each change restarts the wait)."""
        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(DEBOUNCE_SECONDS, self.publish, uri)

    def busy(self, uri: str) -> bool:
        """A lint of ``uri`` is waiting for typing to pause, queued or running."""
        running = self.worker.job if self.worker is not None else None
        return (
            uri in self.pending
            or uri in self.queued
            or (running is not None and running.uri == uri)
        )

    async def current(self, uri: str) -> Linted | None:
        """The last lint of the document's current version, waiting for it if it is under way;
        None when the document changed since and no lint of it is coming."""
        while True:
            if self.session is None or not self.is_open(uri):
                return None
            document = self.server.workspace.get_text_document(uri)
            linted = self.documents.get(uri)
            if linted is not None and linted.version == document.version:
                return linted
            if not self.busy(uri):
                return None
            waiter = asyncio.get_running_loop().create_future()
            self.waiters.setdefault(uri, []).append(waiter)
            await waiter

    def close(self, uri: str) -> None:
        from lsprotocol import types

        handle = self.pending.pop(uri, None)
        if handle is not None:
            handle.cancel()
        self.queued.pop(uri, None)
        self.documents.pop(uri, None)
        running = self.worker.job if self.worker is not None else None
        if running is not None and running.uri == uri:
            self.stop_worker()
            self.next_job()
        for waiter in self.waiters.pop(uri, []):
            if not waiter.done():
                waiter.set_result(None)
        self.server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    def stop(self) -> None:
        """On ``shutdown`` and ``exit``: no more linting, the child is killed at once (a
        session still loading is dropped when it is ready)."""
        self.stopped = True
        self.session = None
        for handle in self.pending.values():
            handle.cancel()
        self.pending.clear()
        self.queued.clear()
        self.stop_worker()
        for waiters in self.waiters.values():
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)
        self.waiters.clear()

    # -- diagnostics -----------------------------------------------------------------------

    def diagnostic(
        self, finding: Finding, positions: PositionMap, links: dict[str, str] | None = None
    ) -> types.Diagnostic:
        """``links``: the help pages of the session that linted it (else the main one's)."""
        return diagnostic(finding, positions, self.root, self.help if links is None else links)

    def error_diagnostic(self, error: FileError, positions: PositionMap) -> types.Diagnostic:
        return error_diagnostic(error)

    def unreadable_diagnostics(self, text: str, positions: PositionMap) -> list[types.Diagnostic]:
        return unreadable_diagnostics(text, positions)

    # -- code actions ----------------------------------------------------------------------

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        """From the last lint of the document's current version (:meth:`current`)."""
        linted = await self.current(params.text_document.uri)
        return [] if linted is None else code_actions(linted, params)

    def silence(self, finding: Finding, linted: Linted) -> Any:
        return silence(finding, linted)


CONFIG_WATCH_ID = "narrlint-config-files"
"""The id of the server's file-watcher registration (one, for every config file it reads)."""


def config_globs(options: ServerOptions) -> list[str]:
    """The files whose change outside the editor must reload the session: every config file
    name the session looks for, in any folder, and the ``--config`` file when one is given."""
    from narrlint.config import CONFIG_NAMES

    globs = [f"**/{name}" for name in (*CONFIG_NAMES, "pyproject.toml")]
    if options.config is not None:
        globs.append(str(options.config.resolve()))
    return globs


def watch_configs(ls: Any, options: ServerOptions) -> None:
    """Ask the client to watch the config files (``client/registerCapability``), when it says it
    accepts such a registration: most clients send ``workspace/didChangeWatchedFiles`` only for
    the files a server registered, so without it a config changed by a checkout or another tool
    reached the server only through a save in the editor."""
    from lsprotocol import types

    workspace = getattr(ls.client_capabilities, "workspace", None)
    watched = getattr(workspace, "did_change_watched_files", None)
    if not getattr(watched, "dynamic_registration", False):
        return
    watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in config_globs(options)]
    registration = types.Registration(
        id=CONFIG_WATCH_ID,
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
    )
    ls.client_register_capability(types.RegistrationParams(registrations=[registration]))


def build_server(options: ServerOptions) -> Any:
    """The pygls server with narrlint's features registered."""
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    from narrlint.frontends.lsp_protocol import protocol_class, server_class

    _severities()
    server = server_class()(
        "narrlint",
        __version__,
        text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        protocol_cls=protocol_class(),
    )
    state = Linting(server, options)
    server.narrlint = state  # type: ignore[attr-defined]

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LanguageServer, *args: Any) -> None:
        state.stop()

    @server.feature(types.EXIT)
    def exit_(ls: LanguageServer, *args: Any) -> None:
        # pygls then closes its writer and calls sys.exit, which waits for its stdin reader
        # thread (blocked on a read) and so may never return: end the process here.
        state.stop()
        code = 0 if getattr(ls.protocol, "_shutdown", False) else 1
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(code)

    @server.feature(types.INITIALIZED)
    def initialized(ls: LanguageServer, params: types.InitializedParams) -> None:
        state.start(workspace_root(ls.workspace))
        watch_configs(ls, options)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        state.publish(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        for uri in state.spellings(params.text_document.uri):  # one text, each spelling shown
            state.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        if not state.reload_on_save(params.text_document.uri):
            for uri in state.spellings(params.text_document.uri):
                state.publish(uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(
        ls: LanguageServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        # A config changed, created or deleted outside the editor (a git checkout, another
        # tool): the client's file watcher says so, and no didSave ever comes (robustness r25).
        for change in params.changes:
            if state.reload_on_save(change.uri):
                return

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
    async def code_action(
        ls: LanguageServer, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        return await state.code_actions(params)

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
    if args.no_cache:
        dataclass_code.leave_cache_alone()
    options = ServerOptions(args.config, args.corpus, args.no_seeds, args.no_cache, args.date)
    server = build_server(options)
    from narrlint.frontends.lsp_protocol import log_to_stderr

    log_to_stderr()
    # stdout is the protocol channel: anything else printed must go to stderr.
    channel = sys.stdout.buffer
    sys.stdout = sys.stderr
    server.start_io(sys.stdin.buffer, channel)
    return 0
