"""A surname alias right after the title of another person's office (for
:mod:`narrlint.claims.titles`): "President Shehbaz" when the ledger has someone else as the
country's president that day.

A surname alias (``surname: true``) names its person only next to the person's own title or
rank (:class:`.titles_naming.Naming`): a bare surname may be a namesake's. But where the title
names one office of the person's country that one person holds at a time, and the ledger
records its holder on the draft's date, someone else who is not called by that surname, the
title is wrong whoever bears the surname: the person the ledger gives it to is named, and the
title judged as theirs. Not for a word of the holder's own names ("President Asif" may be
Asif Ali Zardari by his given name), a surname several of the ledger's people share, another
country's office (the person's posts are all in one country, the office's), an office several
hold at once, or a date the ledger records no holder for.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from narrlint.claims.titles_model import entity_id

if TYPE_CHECKING:
    from spacy.tokens import Span

    from narrlint.claims.titles_naming import Naming
    from narrlint.knowledge.ledger import Person
    from narrlint.knowledge.title_lexicon import TitleLexicon

__all__ = ["beside_another_holder"]


def beside_another_holder(
    lexicon: TitleLexicon, naming: Naming, ent: Span, offices: tuple[str, ...], day: dt.date
) -> bool:
    """Whether the surname alias ``ent``, found right after a title of ``offices``, names the
    ledger's person though the title is not theirs (see the module)."""
    ledger = naming.ledger
    person = ledger.people.get(entity_id(ent))
    if person is None or not offices or not naming.surname(person, ent):
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].is_alpha:
        return False  # "Ambassador Munir Akram": the surname is part of another name
    alias = " ".join(ent.text.split()).lower()
    if sum(1 for p in ledger.people.values() if p.is_surname(alias)) != 1:
        return False  # a surname several share: which one is named is not known
    known = ledger.offices
    countries = {o.country for o in (known.get(p.office) for p in person.posts) if o is not None}
    if len(countries) != 1:
        return False
    meant = [known.get(o) for o in offices]
    meant = [o for o in meant if o is not None and o.country in countries]
    if len(meant) != 1 or meant[0].holders != "single":
        return False  # another country's office, a kind of post, or one several hold
    if any(p.office == meant[0].id for p in person.posts):
        return False  # the person's own office: read as such by the naming rule
    held = [(h, p) for h, p in lexicon.posts.get(meant[0].id, ()) if p.held_on(day)]
    return bool(held) and all(
        holder.id != person.id and not _called(holder, alias) for holder, _ in held
    )


def _called(holder: Person, alias: str) -> bool:
    """Whether ``alias`` is a word of one of the holder's recorded names: "President Asif"
    may be the president Asif Ali Zardari by his given name, whoever else is "Asif"."""
    words = alias.split()
    for name in (holder.name.lower(), *holder.aliases):
        written = name.replace("-", " ").split()
        if any(written[i : i + len(words)] == words for i in range(len(written))):
            return True
    return False
