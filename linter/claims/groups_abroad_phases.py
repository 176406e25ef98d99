"""A deportation phase of another country's campaign.

"Iran's interior minister said a second phase of deportations would begin this week, aimed
at illegal foreigners": the phase is Iran's, not a phase of the ledger's plan, so the group
it is paired with is never that plan's wrong group. A phase is another country's when its
sentence names no word of the country where the ledger's groups live
(:attr:`~narrlint.claims.groups_lexicon.Lexicon.hosts`) and names another country or its
people before the phase, as a group is set abroad
(:func:`~narrlint.claims.groups_places.set_abroad`); or when its sentence names no country
at all and the sentence before is set in another country the same way ("Iran has deported
1.4 million people. He added that a second phase ... would begin"). Another country named
only after the phase ("..., the US embassy said") places no phase.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_places import _settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def phase_abroad(doc: Doc, lex: Lexicon, start: int) -> bool:
    """Is the phase word at ``start`` a phase of another country's campaign?"""
    if not lex.hosts:
        return False
    settings = _settings(doc, lex)
    at = bisect_right(settings.starts, start) - 1
    if at < 0 or settings.hosted(at):
        return False
    if settings.foreign(at):
        return settings.first_foreign(at) < start
    if at < 1 or settings.home(at) or settings.hosted(at - 1):
        return False
    return settings.foreign(at - 1)
