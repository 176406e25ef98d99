"""A title set off between two names (for :mod:`narrlint.claims.titles`).

Press releases list the people met as pairs of a title and the name after it, set off by
commas: "met Minister for Kashmir Affairs, Eng. X, Pakistan's Special Representative for
Afghanistan, Ambassador Y as well as …". The second title then stands right after the first
name, set off like an appositive of it ("X, the minister, said"), but it is the next name's.
The words alone do not tell the two apart; the record does: :func:`holder_set_after` gives
the title to the name after it where the ledger records that person, and not the one before,
in one of the title's offices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_model import entity_id
from narrlint.claims.titles_names import honorifics_between
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.tokens import texts

if TYPE_CHECKING:
    from spacy.tokens import Span

    from narrlint.knowledge.ledger import Ledger

__all__ = ["holder_set_after"]


def _name_set_after(ents: list[Span], index: int) -> Span | None:
    """The name that follows the title ``ents[index]`` after a comma, right after it or after
    a courtesy title and any honorifics ("…, Y", "…, Ambassador Y", "…, Ambassador Dr Y"), or
    ``None``."""
    title = ents[index]
    if index + 1 >= len(ents) or title.end >= len(title.doc) or texts(title.doc)[title.end] != ",":
        return None
    following = ents[index + 1]
    if following.start != title.end + 1:
        return None
    if following.label_ == PERSON:
        return following
    if following.label_ == TITLE and index + 2 < len(ents):
        name = ents[index + 2]
        doc = title.doc
        if name.label_ == PERSON and (
            name.start == following.end
            or honorifics_between(doc, texts(doc), following.end, name.start)
        ):
            return name  # "…, Ambassador Y", "…, Ambassador Dr Y"
    return None


def _holds(ledger: Ledger, person: Span, offices: tuple[str, ...]) -> bool:
    """Whether the ledger records ``person`` in one of ``offices`` (at any time)."""
    found = ledger.people.get(entity_id(person))
    return found is not None and any(p.office in offices for p in found.posts)


def holder_set_after(
    ents: list[Span], index: int, before: Span, offices: tuple[str, ...], ledger: Ledger
) -> Span | None:
    """The name after the title ``ents[index]`` (set off by a comma), where that title was
    read as an appositive of the name ``before`` and the ledger records the name after in one
    of the title's ``offices`` and ``before`` in none: "X, Pakistan's Special Representative
    for Afghanistan, Ambassador Y" with Y the special representative on record. ``None``
    otherwise (the appositive reading stands)."""
    if not offices or texts(before.doc)[before.end : before.end + 1] != [","]:
        return None
    after = _name_set_after(ents, index)
    if after is None or not _holds(ledger, after, offices) or _holds(ledger, before, offices):
        return None
    return after
