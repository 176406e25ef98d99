"""The engine's own codes as rules: NL000 ``internal-error`` (:mod:`.nl000`) and NL001
``unused-suppression`` (:mod:`.nl001`).

The engine reports these itself (a rule that fails, a suppression that silenced nothing); as
rules of a plugin they are named, selected, ignored, re-graded, documented and described in
SARIF exactly like every other code. Their ``check`` finds nothing in a draft. The plugin is
registered by :mod:`narrlint.engine.plugins` under the name ``narrlint``, whatever the
installed entry points are, so the codes exist even when every other plugin fails to load.
"""

from __future__ import annotations

from narrlint.api import Rule, hookimpl

from .nl000 import InternalError
from .nl001 import UnusedSuppression

__all__ = ["InternalError", "UnusedSuppression", "narrlint_rules"]


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [InternalError(), UnusedSuppression()]
