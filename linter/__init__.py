"""narrlint: a rule-based narrative consistency linter for newsrooms.

The public API for plugin authors lives in :mod:`narrlint.api`; the hook specifications in
:mod:`narrlint.hookspecs`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("narrlint")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
