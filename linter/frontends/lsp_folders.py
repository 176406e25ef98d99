"""Which config governs a document of a multi-root workspace, and the sessions read from the
configs of folders other than the root.

The server's main session reads the config of its root (``rootUri``, else the first workspace
folder). A document of another folder that has its own ``.narrlint.yaml`` was linted with the
root's settings: its folder's ``ignore``, ``severity``, ``per-file-ignores``, ``date`` and
corpus did not apply, so the editor showed findings that ``narrlint`` run in that folder does
not (or missed ones it reports); round 18 only said so. Such a document is now linted with a
session of its own folder's config, loaded the first time one of its documents is opened, as
``narrlint`` run there would read it (robustness r20). The same holds under the root: a
document's config is the nearest one above it, so a ``.narrlint.yaml`` or ``pyproject.toml``
of a subfolder (a project inside the workspace) governs that subfolder's documents, as
``narrlint`` run there reads it (robustness r22; the root's config was used for them). A
``--config`` given to the server governs every document and is never second-guessed.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narrlint.engine.session import Session


@dataclass
class FolderSession:
    """The session of one folder's config: loading, loaded, or why it could not load."""

    loading: asyncio.Future | None = None
    session: Session | None = None
    failure: str | None = None
    failed: Exception | None = None
    help: dict[str, str] = field(default_factory=dict)
    """Rule code → help page, from this session's config."""


@dataclass
class FolderConfigs:
    """The configs of documents outside the root, and their sessions."""

    root: Path
    used: Path | None
    """The config file the main session reads, resolved (``None``: the defaults)."""
    fixed: bool = False
    """``--config`` was given: it governs every document."""
    sessions: dict[Path, FolderSession] = field(default_factory=dict)
    _found: dict[Path, Path | None] = field(default_factory=dict)

    def governing(self, path: str | None) -> Path | None:
        """The config ``narrlint`` run in the folder of the document at ``path`` (a file
        system path) reads, when it is not the main session's (``None``: the main session
        governs the document)."""
        if self.fixed or not path or not os.path.isabs(path):
            return None
        # The nearest config above the document, inside the root too: a project in a
        # subfolder of the workspace (a monorepo, several desks opened as one folder) has its
        # own; a subfolder without one finds the root's on the way up (robustness r22).
        config = self._config(Path(path).resolve().parent)
        return None if config is None or config == self.used else config

    def _config(self, folder: Path) -> Path | None:
        from narrlint.config import find_config

        if folder not in self._found:
            # a pyproject.toml that cannot be read governs its folder as a broken
            # .narrlint.yaml does: its session fails and says why on the folder's drafts
            # (it fell back to the root's config without a word)
            found = find_config(folder, broken=True)
            self._found[folder] = found.resolve() if found is not None else None
        return self._found[folder]
