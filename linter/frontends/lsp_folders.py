"""Which config governs a document of a multi-root workspace, and saying so when it is not
the one the document's own folder has.

The server holds one session, read from the config of its root (``rootUri``, else the first
workspace folder). A document of another workspace folder that has its own ``.narrlint.yaml``
was linted with the root's settings without a word: its folder's ``ignore``, ``severity``,
``per-file-ignores``, ``date`` and corpus did not apply, so the editor showed findings that
``narrlint`` run in that folder does not (or missed ones it reports). The server now tells the
user once per such config (robustness probe r18); a ``--config`` given to the server governs
every document and is never second-guessed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from narrlint.errors import NarrlintError


@dataclass
class FolderConfigs:
    """The configs of documents outside the root, each told about once."""

    root: Path
    used: Path | None
    """The config file the session reads, resolved (``None``: the defaults)."""
    fixed: bool = False
    """``--config`` was given: it governs every document."""
    told: set[Path] = field(default_factory=set)
    _found: dict[Path, Path | None] = field(default_factory=dict)

    def unread(self, path: str | None) -> Path | None:
        """The config ``narrlint`` run in the folder of the document at ``path`` (a file
        system path) would read, when this server does not read it and has not said so yet."""
        if self.fixed or not path or not os.path.isabs(path):
            return None
        folder = Path(path).resolve().parent
        if folder.is_relative_to(self.root):
            return None  # the root's documents: the root's config, as a run in the root reads
        config = self._config(folder)
        if config is None or config in self.told or config == self.used:
            return None
        self.told.add(config)
        return config

    def message(self, config: Path) -> str:
        used = self.used or "the default settings"
        return (
            f"narrlint: {config} is not read: this server lints every workspace folder with "
            f"{used} (the config of {self.root}); open {config.parent} as a workspace of its "
            "own, or run narrlint there, for its settings"
        )

    def _config(self, folder: Path) -> Path | None:
        from narrlint.config import find_config

        if folder not in self._found:
            try:
                found = find_config(folder)
            except NarrlintError:
                found = None  # a broken config elsewhere: linting this document says nothing
            self._found[folder] = found.resolve() if found is not None else None
        return self._found[folder]
