"""A ministry's title written with the rest of its portfolio (for :mod:`narrlint.claims.titles`).

Ministries are named by a list of portfolios, and reporting writes the whole list where the
ledger spells the first item ("Federal Minister for Planning, Development and Special
Initiatives Ahsan Iqbal", "X, Minister for Information, Broadcasting, National History and
Literary Heritage, said"): the entity ruler then finds "Minister for Planning" followed by
", Development and Special Initiatives", which reads like a list of other people and cuts the
title off from its holder's name. :func:`with_portfolios` gives such a title the rest of its
list, so that the name before or after it is read as the holder's.

Only a title whose ledger form ends in a complement ("minister for planning", "secretary of
commerce") is extended, and only over a list that ends with "and"/"&" and an item, each item
a few capitalised words outside every entity, followed by a name, punctuation or an honorific
("Prof."): "Minister for Interior and Prime Minister X" (a title after "and"), "Minister for
Planning, Sindh and Punjab officials" (a lower-case word after the list), "… as the Chief of
Army Staff and Lt General X as …" (a rank as the item: the next name's) and ", and" right
after the title ("X, Minister of Interior, and Y, Minister of Commerce, met …": a list of people
with their titles; a serial comma closes a list of at least two items) are not extended.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from narrlint.claims.titles_model import entity_id
from narrlint.knowledge.ledger import normalise_title
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.tokens import lowers, new_span, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["with_portfolios"]

COMPLEMENT_LINKS = frozenset({"for", "of"})
"""Words that open the complement a portfolio list continues ("minister for planning")."""
LIST_ENDS = frozenset({"and", "&"})
ITEM_GLUE = frozenset({"-"})
"""What joins the words of one item besides spaces ("Inter-faith Harmony"; "Law and Justice" is
two items). Not "of": "Commerce and Industry of Afghanistan" sets the country that owns the
post after the list, and the title must end before it for the country to be read."""
MAX_ITEM = 4
"""Words of one portfolio ("National History", "Overseas Pakistanis", "Special Initiatives")."""
MAX_ITEMS = 5
FOLLOWERS = frozenset({",", ".", ";", ":", ")", "(", "—", "–"})
"""Punctuation a title with its portfolios may be followed by (an appositive's end, a gloss)."""
MAX_HONORIFIC = 5
"""Letters of an abbreviated honorific before a name ("Prof.", "Engr.", "Dr.")."""


def with_portfolios(
    doc: Doc, ents: list[Span], labels: list[str], ranks: Mapping[str, object]
) -> list[Span]:
    """``ents`` (with their ``labels``, in text order) with each title that the rest of its
    portfolio list follows extended over that list (its ledger id kept). ``ranks``: the
    ledger's rank titles (normalised), which no portfolio is."""
    out = list(ents)
    for k, (ent, label) in enumerate(zip(ents, labels, strict=True)):
        if label != TITLE:
            continue
        key = entity_id(ent) or ent.text.lower()
        words = key.split()
        if not any(w in COMPLEMENT_LINKS for w in words[1:-1]):
            continue
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        end = _list_end(doc, ent.end, limit, ranks)
        if end is not None and _followed_well(doc, end, ents, k):
            out[k] = new_span(doc, ent.start, end, label=TITLE, span_id=key)
    return out


def _list_end(doc: Doc, start: int, limit: int, ranks: Mapping[str, object]) -> int | None:
    """Where a list of portfolios that starts at ``start`` (on "," or "and") ends, before
    ``limit`` (the next entity), or ``None`` where none starts there (or an item is a rank,
    "and Lt General": the rank of the name after it)."""
    written, lower = texts(doc), lowers(doc)
    i, items = start, 0
    while i < limit and items < MAX_ITEMS:
        last = lower[i] in LIST_ENDS
        if written[i] == "," and i + 1 < limit and lower[i + 1] in LIST_ENDS:
            if not items:
                return None  # ", and" right after the title: the next person of a list
            i, last = i + 1, True  # the serial comma: ", and"
        elif written[i] != "," and not last:
            return None
        end = _item_end(doc, i + 1, limit)
        if end is None or normalise_title(" ".join(written[i + 1 : end])) in ranks:
            return None
        items += 1
        if last:
            return end
        i = end
    return None


def _item_end(doc: Doc, start: int, limit: int) -> int | None:
    """Where the portfolio starting at ``start`` ends: capitalised words (with
    :data:`ITEM_GLUE` between them) outside every entity, before ``limit``; ``None`` where no
    such word starts there or the item runs into an entity's words."""
    written, lower = texts(doc), lowers(doc)
    i = start
    while i < limit and i - start < MAX_ITEM:
        text = written[i]
        if doc[i].ent_type_:
            return None  # "… and Foreign Minister X": a title, not a portfolio
        if _honorific(text):
            break
        capital = text[:1].isupper() and text.replace("-", "").isalpha()
        inner = i > start and lower[i] in ITEM_GLUE and i + 1 < len(doc)
        hyphened = i > start and written[i - 1] == "-" and text.isalpha()
        if not (capital or inner or hyphened):
            break
        i += 1
    if i == start or lower[i - 1] in ITEM_GLUE:
        return None
    if i - start >= MAX_ITEM and i < limit and written[i][:1].isupper():
        return None  # longer than a portfolio: a name or a clause, not part of the title
    return i


def _honorific(text: str) -> bool:
    """An abbreviated honorific written with its full stop ("Prof.", "Dr.")."""
    return text.endswith(".") and 2 < len(text) <= MAX_HONORIFIC and text[:1].isupper()


def _followed_well(doc: Doc, end: int, ents: list[Span], k: int) -> bool:
    """Whether what follows a title's portfolio list ending at ``end`` lets it be the title:
    the next entity (a name), punctuation, an honorific, or the end of the text."""
    if end >= len(doc):
        return True
    after = texts(doc)[end]
    following = ents[k + 1] if k + 1 < len(ents) else None
    if following is not None and following.start == end:
        return following.label_ == PERSON
    return after in FOLLOWERS or _honorific(after)
