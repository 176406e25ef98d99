"""A ledger title written with its place or body moved, made a possessive or set inside its
"of" phrase, with "the" after its preposition, with "of" for "for", with "UN" spelt out or
abbreviated, or with an envoy's owner after the head ("… of Pakistan to the UN") (for
:mod:`narrlint.claims.titles`).

The ledger spells a post the way one outlet writes it ("inspector general of police
balochistan", "director general ispr"); reporting moves the name that makes the post one
office to the front ("Balochistan inspector general of police", "ISPR Director General") or
sets it after a preposition ("inspector general of police for Balochistan", "Director General
of ISPR"). :func:`title_variants` derives those word orders from the ledger's titles once per
ledger; :func:`variant_titles` finds them in a draft where the entity ruler found no title.
A variant that is itself a title of the ledger is left to the ledger; a word shared by the
titles of many offices ("minister", "chief", "afghan") is a post's head or an owner, not the
name that makes it one office, and is never moved; nor is a head noun (a word before a
preposition in some title, "secretary for …", or ending the titles of two offices,
"spokesman").
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from narrlint.claims.titles_names import SUBORDINATE
from narrlint.nlp.pipeline_data import TITLE
from narrlint.nlp.tokens import lowers, new_span, where_lower
from narrlint.nlp.vocabulary import POSSESSIVE_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["MAX_SHARED", "title_variants", "variant_titles"]

LINKS = ("of", "for", "in")
"""Prepositions a post's place or body follows when it is written after the post ("Inspector
General of Police for Balochistan", "Director General of ISPR", "police chief in Sindh")."""

JOINING = frozenset({*LINKS, "to", "on", "the", "and", "&"})
"""Words that join a title's parts: a title is not split next to them ("ambassador to
france", "states and frontier regions minister")."""

MAX_SHARED = 5
"""Offices whose titles may share a word for it to be moved: a word in more ("minister",
"chief", "afghan") is the post's head or an owner."""

MAX_ACRONYM = 5
"""Letters of a word taken for a body's acronym ("ispr", "nadra") when it ends a title."""

Variants = dict[str, tuple[tuple[tuple[str, ...], str], ...]]
"""First word -> (the variant's words, the ledger title it writes), longest first."""


def title_variants(titles: Iterable[tuple[str, str]]) -> Variants:
    """The word orders of the ledger's ``(office id, title)`` pairs that move the title's
    first or last word, when that word names the place or body of the post: one word of
    letters (a hyphen allowed) shared by the titles of at most :data:`MAX_SHARED` offices,
    not a word that makes a lesser post ("deputy")."""
    pairs = list(titles)
    offices_of: dict[str, set[str]] = {}
    ending: dict[str, set[str]] = {}
    heads: set[str] = set()
    opening: set[str] = set()  # first words of titles of several words ("balochistan …")
    placed: set[str] = set()  # words after a preposition or ending a title ("… of sindh")
    for office, title in pairs:
        words = title.split()
        for word in words:
            offices_of.setdefault(word, set()).add(office)
        heads.update(w for w, after in pairwise(words) if after in JOINING)
        placed.update(w for before, w in pairwise(words) if before in LINKS)
        placed.add(words[-1])
        if len(words) > 1:
            opening.add(words[0])
        if len(words) < 2 or words[-2] not in JOINING:
            ending.setdefault(words[-1], set()).add(office)
    # a word ending the titles of two offices is their head ("minister"), unless titles also
    # open with it: a place or body written before or after the post ("punjab senior
    # minister", "senior minister punjab", "pml-n president punjab")
    heads.update(w for w, offices in ending.items() if len(offices) >= 2 and w not in opening)
    owners = {w for w in offices_of if _name_word(w, offices_of)}  # "unhcr('s) representative"
    names = owners - heads
    # a last word moves to the front where titles open with it or it is an acronym ("ispr");
    # a first word moves behind where titles end with it or set it after a preposition
    to_front = {w for w in names if w in opening or len(w) <= MAX_ACRONYM}
    to_back = names & placed
    spelt = {title for _, title in pairs}
    found: dict[tuple[str, ...], dict[str, str]] = {}
    for office, title in pairs:
        words = title.split()
        if len(words) < 2:
            continue
        for variant in (
            *_moved(words, to_front, to_back),
            *_articled(words),
            *_unlinked(words),
            *_relinked(words),
            *_possessed(words, owners),
            *_inserted(words, (opening | placed) - heads),
            *_respelt(words),
            *_owner_after(words),
        ):
            if " ".join(variant) not in spelt:
                found.setdefault(_tokens(variant), {}).setdefault(office, title)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for variant, sources in found.items():
        titles_of = set(sources.values())
        if len(titles_of) == 1:  # the titles of two offices read the same way: neither is
            # meant, unless it is one title the offices share (the person or place decides)
            (title,) = titles_of
            by_first.setdefault(variant[0], []).append((variant, title))
    return {
        first: tuple(sorted(entries, key=lambda e: -len(e[0])))
        for first, entries in by_first.items()
    }


def _moved(words: list[str], to_front: set[str], to_back: set[str]) -> list[tuple[str, ...]]:
    """The title ``words`` with its last word moved before it or after a preposition (where
    it is one of ``to_front``), or its first word moved after it (one of ``to_back``:
    "balochistan police chief" -> "police chief of balochistan"); after a preposition, with
    "the" too ("Director General of the ISI")."""
    out: list[tuple[str, ...]] = []
    last, first = words[-1], words[0]
    if last in to_front and words[-2] not in JOINING:
        head = words[:-1]
        out.append((last, *head))
        out.extend((last, mark, *head) for mark in sorted(POSSESSIVE_CLITICS))
        out.extend((*head, link, last) for link in LINKS)
        out.extend((*head, link, "the", last) for link in LINKS)  # "… of the ISI"
    if first in to_back and len(words) >= 3 and words[1] not in JOINING:
        head = words[1:]
        out.append((*head, first))
        out.extend((*head, link, first) for link in LINKS)
        out.extend((*head, link, "the", first) for link in LINKS)
    return out


def _articled(words: list[str]) -> list[tuple[str, ...]]:
    """The title ``words`` with "the" after its first preposition before a body's name of
    several words: "director general of the inter-services public relations" for "director
    general of inter-services public relations" (not before one word: "minister of the
    interior" is the ledger's to spell)."""
    for k, (word, after) in enumerate(pairwise(words)):
        if word in LINKS and after != "the":
            if len(words) - k - 1 < 2:
                return []
            return [(*words[: k + 1], "the", *words[k + 1 :])]
    return []


def _unlinked(words: list[str]) -> list[tuple[str, ...]]:
    """The title ``words`` without the "of" after a head of two words or more: "inspector
    general police" for "inspector general of police", "director general ispr" for
    "director general of ispr" (not "minister interior": a head of one word)."""
    if words.count("of") != 1:
        return []
    k = words.index("of")
    if k < 2 or k == len(words) - 1 or any(w in JOINING for w in words[:k]):
        return []
    return [(*words[:k], *words[k + 1 :])]


def _possessed(words: list[str], names: set[str]) -> list[tuple[str, ...]]:
    """The title ``words`` with its first word, the body or place whose post it is, written
    as its possessive: "unhcr's representative" for "unhcr representative", "balochistan's
    inspector general of police" (the owner's "'s" between the two)."""
    first = words[0]
    if first not in names or words[1] in JOINING:
        return []
    return [(first, mark, *words[1:]) for mark in sorted(POSSESSIVE_CLITICS)]


def _inserted(words: list[str], names: set[str]) -> list[tuple[str, ...]]:
    """The title ``words`` with its place or body, its first or last word (one of ``names``:
    a word titles open with or set after a preposition, not a head; a province's name too,
    which many offices share and so is never moved about), set inside its "of" phrase before
    the one word there: "inspector general of kp police"
    for "kp inspector general of police" or "inspector general of police kp"."""
    if len(words) < 4:
        return []
    first, last = words[0], words[-1]
    if first in names and words[-2] == "of" and words[1] not in JOINING:
        return [(*words[1:-1], first, last)]
    if last in names and words[-3] == "of" and words[-2] not in JOINING:
        return [(*words[:-2], last, words[-2])]
    return []


def _owner_after(words: list[str]) -> list[tuple[str, ...]]:
    """The title ``words`` of an envoy written with its owner's possessive first, the owner
    set after the head in an "of" phrase before the "to" of the place: "permanent
    representative of pakistan to the un" for "pakistan's permanent representative to the
    un"."""
    first = words[0]
    if not first.endswith("'s") or "to" not in words[2:]:
        return []
    at = words.index("to", 2)
    return [(*words[1:at], "of", first[:-2], *words[at:])]


SPELT_OUT = ("united", "nations")
"""The body whose acronym titles write as often as its name ("envoy to the UN", "… to the
United Nations")."""


def _respelt(words: list[str]) -> list[tuple[str, ...]]:
    """The title ``words`` with "UN" spelt out as :data:`SPELT_OUT`, or the name written as
    "UN": the ledger spells a title one way, reporting either ("Pakistan's envoy to the
    United Nations" for the ledger's "pakistan's envoy to the un")."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == "un":
            out.extend(SPELT_OUT)
        elif tuple(words[k : k + 2]) == SPELT_OUT:
            out.append("un")
            k += 1
        else:
            out.append(words[k])
        k += 1
    if out == words:
        return []
    if not any(w.endswith("'s") for w in out):
        return [tuple(out)]
    # "pakistan's envoy …": the tokenizer writes the owner and its clitic apart
    return [
        tuple(part for w in out for part in ((w[:-2], mark) if w.endswith("'s") else (w,)))
        for mark in sorted(POSSESSIVE_CLITICS)
    ]


RELINKED = {"of": "for", "for": "of"}
"""Prepositions reporting writes for one another between a post's head and its portfolio
("Secretary of Interior" for "Secretary for Interior", "Minister of Commerce" for "Minister
for Commerce")."""
PORTFOLIO_HEADS = frozenset({"minister", "secretary"})
"""Heads whose "of" or "for" opens a portfolio either way; after an envoy's head the two say
different things ("Special Representative for Afghanistan" is sent there, "… of Afghanistan"
is its own)."""


def _relinked(words: list[str]) -> list[tuple[str, ...]]:
    """The title ``words`` with its one "of" or "for" after a head of :data:`PORTFOLIO_HEADS`
    written as the other: "federal secretary of interior" for "federal secretary for
    interior". Not where both stand in it ("minister of state for …": which one to swap is
    the ledger's to spell)."""
    links = [k for k, w in enumerate(words) if w in RELINKED]
    if (
        len(links) != 1
        or links[0] in (0, len(words) - 1)
        or words[links[0] - 1] not in PORTFOLIO_HEADS
    ):
        return []
    k = links[0]
    return [(*words[:k], RELINKED[words[k]], *words[k + 1 :])]


def _tokens(words: tuple[str, ...]) -> tuple[str, ...]:
    """A variant's words as the tokenizer splits them: a hyphen between letters is a token of
    its own ("inter-services" is "inter", "-", "services")."""
    out: list[str] = []
    for word in words:
        parts = word.split("-")
        if len(parts) > 1 and all(part.isalpha() for part in parts):
            for k, part in enumerate(parts):
                out.extend((part,) if k == 0 else ("-", part))
        else:
            out.append(word)
    return tuple(out)


def _name_word(word: str, offices_of: dict[str, set[str]]) -> bool:
    """A word that may name a post's place or body: letters (a hyphen allowed), in the titles
    of at most :data:`MAX_SHARED` offices, not a word that makes a lesser post or joins."""
    return (
        word.replace("-", "").isalpha()
        and word not in SUBORDINATE
        and word not in JOINING
        and len(offices_of.get(word, ())) <= MAX_SHARED
    )


BEFORE_NAME = 14
AFTER_NAME = 10
"""Words before and after a person's name looked at for a title naming them ("Balochistan
Inspector General of Police (IGP) Lt. Gen. …", "…, the ISPR director general, …")."""


def variant_titles(
    doc: Doc,
    variants: Variants,
    taken: list[Span],
    people: list[Span],
    firsts: frozenset[str] | None = None,
) -> list[Span]:
    """The variants of the ledger's titles written in ``doc`` near the names ``people`` (in
    text order) outside the entities ``taken`` (a variant names the post of the name beside
    it, and only those are judged), as ``TITLE`` spans whose id is the ledger title they
    write (the reader keys offices by it), longest first at each place. ``firsts``: the
    variants' first words (``frozenset(variants)``, pass one built once: it keys the doc's
    word index, so a draft with none of them, nearly every one, is not walked)."""
    words = lowers(doc)
    n = len(words)
    hits = where_lower(doc, frozenset(variants) if firsts is None else firsts)
    if not hits or not people:
        return []
    windows: list[list[int]] = []  # the windows around the names, merged where they meet
    for ent in people:
        if windows and ent.start - BEFORE_NAME <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], min(ent.end + AFTER_NAME, n))
        else:
            windows.append([max(ent.start - BEFORE_NAME, 0), min(ent.end + AFTER_NAME, n)])
    starts: list[int] = []
    at, count = 0, len(windows)
    for i in hits:  # both in text order: one pass
        while at < count and windows[at][1] <= i:
            at += 1
        if at == count:
            break
        if windows[at][0] <= i:
            starts.append(i)
    if not starts:
        return []
    by_second = _by_second(variants)
    found: list[tuple[int, int, str]] = []
    after = 0  # where the last variant found ends: variants do not overlap
    for i in starts:
        if i < after:
            continue
        second = words[i + 1] if i + 1 < n else None
        table, single = by_second[words[i]]  # "minister": ~140 variants, a few per second word
        for variant, title in table.get(second, single):
            end = i + len(variant)
            if end <= n and tuple(words[i:end]) == variant:
                found.append((i, end, title))
                after = end
                break
    if not found:
        return []
    return [
        new_span(doc, i, end, label=TITLE, span_id=title)
        for i, end, title in found
        if not any(_blocks(ent, i, end) for ent in taken)
    ]


_Candidates = tuple[tuple[tuple[str, ...], str], ...]
_BySecond = dict[str, tuple[dict[str, _Candidates], _Candidates]]
_BY_SECOND: list[tuple[Variants, _BySecond]] = []
"""The last :data:`Variants` indexed by :func:`_by_second` (one lexicon per corpus; the dict
itself is kept, so its id is never another's)."""


def _by_second(variants: Variants) -> _BySecond:
    """``variants`` keyed by first word, then by second word: the variants a place may start
    (those of one word, and those whose second word is the one written there), in their order
    (longest first), and those of one word alone for any other second word. Built once per
    lexicon, so each place a first word stands tries a few variants, not all of its ~140."""
    if _BY_SECOND and _BY_SECOND[0][0] is variants:
        return _BY_SECOND[0][1]
    index: _BySecond = {}
    for first, entries in variants.items():
        seconds = dict.fromkeys(v[1] for v, _ in entries if len(v) > 1)
        index[first] = (
            {s: tuple(e for e in entries if len(e[0]) == 1 or e[0][1] == s) for s in seconds},
            tuple(e for e in entries if len(e[0]) == 1),
        )
    _BY_SECOND[:] = [(variants, index)]
    return index


def _blocks(ent: Span, start: int, end: int) -> bool:
    """Does entity ``ent`` keep a variant at ``[start, end)`` from being read? Any entity
    overlapping it does, but a shorter ledger title inside it, which the variant replaces
    ("Senior Minister" in "Senior Minister for Punjab": the ledger spells both)."""
    if ent.end <= start or ent.start >= end:
        return False
    return not (ent.label_ == TITLE and start <= ent.start and ent.end <= end)
