"""Errors that narrlint reports to the user (exit code 2), each naming file and line."""

from __future__ import annotations

EMPTY_PATH = "an empty path names no file or folder (an unset shell variable?)"
"""Why ``""`` is refused wherever a path is given (a command-line argument, a path to lint):
``Path("")`` is ``Path(".")``, so an empty argument walked the current folder, read it as a
corpus or was named as ``.`` in its error."""


class NarrlintError(Exception):
    """An error in the user's input, config, corpus or ledger."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.path:
            return f"{self.path}: {self.message}"
        return self.message


class InputError(NarrlintError):
    """A draft that cannot be read or parsed."""


class ConfigError(NarrlintError):
    """An invalid configuration file or command-line option."""


class CorpusError(NarrlintError):
    """A malformed or missing corpus file, ledger or manifest."""
