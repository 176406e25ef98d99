"""Hook specifications for narrlint plugins (pluggy project name ``narrlint``).

A plugin is a module or object registered under the ``narrlint`` entry point group in its
package metadata, for example in ``pyproject.toml``::

    [project.entry-points.narrlint]
    mynewsroom = "mynewsroom_narrlint.rules"

narrlint loads plugins only from installed entry points; configuration cannot name a module to
import. Every hook is optional.
"""

from __future__ import annotations

import pluggy

from narrlint.api import PROJECT

hookspec = pluggy.HookspecMarker(PROJECT)


@hookspec
def narrlint_rules() -> list:
    """Return the :class:`narrlint.api.Rule` instances this plugin contributes.

    Codes must be unique across all plugins; a clash is reported as an error naming both
    plugins. Built-in rules use the ``NL`` prefix; pick your own prefix for yours.
    """


@hookspec
def narrlint_corpus_paths() -> list:
    """Return extra corpus paths (files or folders) this plugin ships, e.g. a newsroom's own
    ledger packaged with its rules. They are loaded like ``--corpus`` paths."""
