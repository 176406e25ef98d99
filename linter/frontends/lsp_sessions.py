"""How the language server builds a session: the command line's settings (``--config``,
``--corpus``, ``--no-seeds``, ``--no-cache``, ``--date``) laid over a config file, and which
folder of the workspace is its root."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from narrlint.engine.session import Session


@dataclass
class ServerOptions:
    config: Path | None = None
    corpus: list[str] = field(default_factory=list)
    no_seeds: bool = False
    no_cache: bool = False
    date: dt.date | None = None


def create_session(options: ServerOptions, path: Path | None) -> Session:
    """A session read from the config file ``path`` (``None``: the defaults) with the
    server's own options on top, as ``narrlint`` run with them would read it."""
    from narrlint.config import load_config
    from narrlint.engine.session import Session
    from narrlint.output.selection import asked_for
    from narrlint.output.suppressions import UNUSED

    config = load_config(path)
    if options.no_seeds:
        config.seeds = False
    config.corpus = [*config.corpus, *options.corpus]
    config.report_unused_suppressions = asked_for(UNUSED, config.select, config.ignore)
    return Session.create(config, date=options.date, cache=not options.no_cache)


def loaded(done: Any, what: str) -> tuple[Session | None, str | None, Exception | None]:
    """The outcome of a session load (``done``, a finished future): the session, or the
    message the editor shows and the error (``what``: "cannot start", "cannot read <file>").
    An error that is not narrlint's is a bug: said in the editor, not a dead server."""
    from narrlint.errors import NarrlintError

    try:
        return done.result(), None, None
    except NarrlintError as exc:
        return None, f"narrlint {what}: {exc}", exc
    except Exception as exc:
        return None, f"narrlint {what}: internal error: {exc!r}", exc


def workspace_root(workspace: Any) -> str | None:
    """The folder whose config the session reads: ``rootUri`` (or ``rootPath``), else the
    first of the ``workspaceFolders``. LSP deprecates ``rootUri`` for ``workspaceFolders``, and
    a client that sends only the folders (``rootUri: null``) had the server read the config of
    the folder it was started in, so the workspace's ``ignore`` and ``per-file-ignores`` did
    not apply and its paths were shown absolute (robustness probe r17)."""
    from pygls.uris import to_fs_path

    if workspace.root_path:
        return workspace.root_path
    for uri in workspace.folders:
        path = to_fs_path(uri)
        if path:
            return path
    return None


def help_links(session: Session) -> dict[str, str]:
    """Rule code → help page (``codeDescription.href``) as the session's config's
    ``help-url`` and its rules say: each folder's session has its own."""
    from narrlint.output.rule_pages import rule_infos

    infos = rule_infos(list(session.registry.rules.values()), session.config.help_url)
    return {info.code: info.help_uri for info in infos if info.help_uri}
