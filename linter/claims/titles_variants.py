"""A ledger title written with its place or body moved (for :mod:`narrlint.claims.titles`).

The ledger spells a post the way one outlet writes it ("inspector general of police
balochistan", "director general ispr"); reporting moves the name that makes the post one
office to the front ("Balochistan inspector general of police", "ISPR Director General") or
sets it after a preposition ("inspector general of police for Balochistan", "Director General
of ISPR"). :func:`title_variants` derives those word orders from the ledger's titles once per
ledger; :func:`variant_titles` finds them in a draft where the entity ruler found no title.
A variant that is itself a title of the ledger is left to the ledger; a word shared by the
titles of many offices ("minister", "chief", "afghan") is a post's head or an owner, not the
name that makes it one office, and is never moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress

from spacy.tokens import Doc, Span

from narrlint.claims.titles_names import SUBORDINATE
from narrlint.nlp.pipeline import TITLE
from narrlint.nlp.tokens import lowers

__all__ = ["MAX_SHARED", "title_variants", "variant_titles"]

LINKS = ("of", "for", "in")
"""Prepositions a post's place or body follows when it is written after the post ("Inspector
General of Police for Balochistan", "Director General of ISPR", "police chief in Sindh")."""

JOINING = frozenset({*LINKS, "to", "on", "the", "and", "&"})
"""Words that join a title's parts: a title is not split next to them ("ambassador to
france", "states and frontier regions minister")."""
POSSESSIVE = ("'s", "’s")
"""The possessive as the tokenizer splits it off ("Balochistan's" is two words)."""

MAX_SHARED = 5
"""Offices whose titles may share a word for it to be moved: a word in more ("minister",
"chief", "afghan") is the post's head or an owner."""

Variants = dict[str, tuple[tuple[tuple[str, ...], str], ...]]
"""First word -> (the variant's words, the ledger title it writes), longest first."""


def title_variants(titles: Iterable[tuple[str, str]]) -> Variants:
    """The word orders of the ledger's ``(office id, title)`` pairs that move the title's
    first or last word, when that word names the place or body of the post: one word of
    letters (a hyphen allowed) shared by the titles of at most :data:`MAX_SHARED` offices,
    not a word that makes a lesser post ("deputy")."""
    pairs = list(titles)
    offices_of: dict[str, set[str]] = {}
    for office, title in pairs:
        for word in title.split():
            offices_of.setdefault(word, set()).add(office)
    spelt = {title for _, title in pairs}
    found: dict[tuple[str, ...], dict[str, str]] = {}
    for office, title in pairs:
        words = title.split()
        if len(words) < 2:
            continue
        for variant in _moved(words, offices_of):
            if " ".join(variant) not in spelt:
                found.setdefault(variant, {}).setdefault(office, title)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for variant, sources in found.items():
        if len(sources) == 1:  # the titles of two offices read the same way: neither is meant
            (title,) = sources.values()
            by_first.setdefault(variant[0], []).append((variant, title))
    return {
        first: tuple(sorted(entries, key=lambda e: -len(e[0])))
        for first, entries in by_first.items()
    }


def _moved(words: list[str], offices_of: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The title ``words`` with its last word moved before it or after a preposition, or its
    first word moved after it ("balochistan police chief" -> "police chief of balochistan")."""
    out: list[tuple[str, ...]] = []
    last, first = words[-1], words[0]
    if _name_word(last, offices_of) and words[-2] not in JOINING:
        head = words[:-1]
        out.append((last, *head))
        out.extend((last, mark, *head) for mark in POSSESSIVE)
        out.extend((*head, link, last) for link in LINKS)
    if _name_word(first, offices_of) and len(words) >= 3 and words[1] not in JOINING:
        head = words[1:]
        out.append((*head, first))
        out.extend((*head, link, first) for link in LINKS)
    return out


def _name_word(word: str, offices_of: dict[str, set[str]]) -> bool:
    return (
        word.replace("-", "").isalpha()
        and word not in SUBORDINATE
        and word not in JOINING
        and len(offices_of.get(word, ())) <= MAX_SHARED
    )


def variant_titles(doc: Doc, variants: Variants, taken: list[Span]) -> list[Span]:
    """The variants of the ledger's titles written in ``doc`` outside the entities ``taken``,
    as ``TITLE`` spans whose id is the ledger title they write (the reader keys offices by
    it), longest first at each place."""
    words = lowers(doc)
    if not variants or variants.keys().isdisjoint(words):
        return []
    covered = set()
    for ent in taken:
        covered.update(range(ent.start, ent.end))
    spans: list[Span] = []
    n = len(words)
    after = 0  # where the last variant found ends: variants do not overlap
    for i in compress(range(n), map(variants.__contains__, words)):
        if i < after or i in covered:
            continue
        for variant, title in variants[words[i]]:
            end = i + len(variant)
            if end <= n and tuple(words[i:end]) == variant:
                if covered.isdisjoint(range(i, end)):
                    spans.append(Span(doc, i, end, label=TITLE, span_id=title))
                    after = end
                break
    return spans
