"""narrlint: a rule-based narrative consistency linter for newsrooms.

The public API for plugin authors lives in :mod:`narrlint.api`. The engine is split by stage,
in the order data flows: ``input`` → ``text`` → ``nlp`` → ``claims`` → ``engine`` (rules run
there, against ``knowledge``) → ``output``; ``frontends`` are the command line and the language
server. See docs/engine.md.
"""

# isort: off
from narrlint.frontends import startup  # first: Ctrl-C while narrlint loads

if startup.AS_THE_PROGRAM:  # before any data class is made (narrlint's, spaCy's)
    from narrlint.frontends import dataclass_code

    dataclass_code.install()
# isort: on
from importlib.metadata import PackageNotFoundError, version

from narrlint import _aliases

try:
    __version__ = version("narrlint")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

_aliases.install()

__all__ = ["__version__"]
