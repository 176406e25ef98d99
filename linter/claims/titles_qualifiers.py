"""The qualifiers written before a title (for :mod:`narrlint.claims.titles`): a walk back from
the title over country names, possessives and capitalised words, collecting ``caretaker``,
``interim``, ``acting`` (a temporary post), ``former`` and its kin (``ex``, ``then-``, "three-time"
…), and finding where the title phrase starts and the first word walked over (where the country
a title is written with stands)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_names import BRIDGE, LEVELS, PAST_MARKERS, TEMPORARY
from narrlint.claims.titles_owners import BODY_NOUNS, abbreviation_before
from narrlint.nlp.pipeline_data import GOVERNMENT, PERSON, TITLE
from narrlint.nlp.tokens import lowers, texts
from narrlint.nlp.vocabulary import POSSESSIVE_CLITICS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["qualifiers_before"]

_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}$")
"""An abbreviation in capitals with full stops ("U.S."), standing in a title like "US"."""

COUNTED_TENURES = frozenset({"time", "term"})
TENURE_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "multiple"})
"""A count of tenures before a title ("three-time prime minister", "one-time minister"): the
tenures are past."""

MAX_QUALIFIER_WALK = 6
"""Tokens walked back from a title looking for its qualifiers."""


def qualifiers_before(doc: Doc, index: int) -> tuple[tuple[str, ...], int, int]:
    """Walk back from a title over qualifiers, country names and possessives; return the
    qualifiers (text order), where the title phrase starts and the first token walked over
    (the country a title is written with stands there: "Afghan interim Prime Minister").

    The walk stops at another title or a person's name: in "caretaker Foreign Minister Jilani
    and caretaker Prime Minister …" (or with the name misspelt and "and" lost) the first
    "caretaker" and any "former" before it belong to the Foreign Minister, not to the Prime
    Minister; taking them would move the fix's insertion point to the other title.
    """
    found: list[str] = []
    start = reach = index
    words, written = lowers(doc), texts(doc)
    i = index - 1
    steps = 0
    possessor = False
    while i >= 0 and steps < MAX_QUALIFIER_WALK:
        # one Token per word walked, for its entity type only: a walk takes a few words, and
        # the whole doc's entity types (tokens.ents) cost more than the walks of a draft
        lower, text, kind = words[i], written[i], doc[i].ent_type_
        if kind in (TITLE, PERSON) or (text in SPACED_DASHES and _closes_lead(doc, words, i)):
            break
        opening = abbreviation_before(doc, i) if text == ")" else None
        if opening is not None:  # "Pakistan Muslim League Nawaz (PML-N) spokesperson"
            reach = opening
            i = opening - 1
            steps += 1
            continue
        if lower in POSSESSIVE_CLITICS and i > 0 and _body_possessor(doc, words, i - 1):
            possessor = True  # "the caretaker government's supreme leader": the body's word
        if lower in TEMPORARY:
            if not possessor:
                found.append(lower)
                start = i
        elif lower in PAST_MARKERS:
            found.append(PAST_MARKERS[lower])
            start = i
        elif (counted := _times_held(doc, words, i)) is not None:
            found.append("former")  # "three-time prime minister": tenures of the past
            start = reach = i = counted
        elif lower in LEVELS and i == start - 1:
            start = i  # "Federal Minister for …": the level is the post's ("former Federal …")
        elif not (
            lower in BRIDGE
            or kind
            # a capitalised word, but not "The" opening the sentence (Token.is_title/is_upper/
            # is_alpha are these str tests)
            or (text.istitle() and not (lower == "the" and sentence_bounds(doc, i)[0] == i))
            or (text.isupper() and text.isalpha() and len(text) <= 4)  # US, UN
            or _DOTTED_INITIALS.match(text)  # U.S., U.K.
        ):
            break
        reach = i
        i -= 1
        steps += 1
    return tuple(reversed(found)), start, reach


SPACED_DASHES = frozenset({"-", "–", "—"})
"""Dashes that, spaced on both sides, close a lead before the sentence proper: a dateline or
an outlet's name ("KABUL – ", "Valley News – Iran's Interior Minister X"). Unspaced, they join
a qualifier to its title ("ex-", "then-"), which the walk keeps going over."""


def _closes_lead(doc: Doc, words: list[str], i: int) -> bool:
    """Whether the dash at ``i`` (one of :data:`SPACED_DASHES`) has a space on both sides and
    no qualifier before it: so written it closes the story's lead (where it is filed from,
    which outlet tells it), and what stands before it is not the title's owner or country. A
    qualifier before it is the title's, the dash a slip of the keyboard ("the then – Interior
    Minister X", "former – Minister X")."""
    if i == 0 or not doc[i].whitespace_ or not doc[i - 1].whitespace_:
        return False
    before = words[i - 1]
    return before not in PAST_MARKERS and before not in TEMPORARY


def _body_possessor(doc: Doc, words: list[str], i: int) -> bool:
    """Whether the word at ``i``, before a possessive, is a body that owns the title after
    it ("the caretaker government's supreme leader", "the Interim Cabinet's …"): a temporary
    qualifier before it is the body's (a caretaker government), not the post's. Only the
    temporary qualifiers are left to it: a past marker read there still writes the post as
    past."""
    return words[i] in BODY_NOUNS or doc[i].ent_type_ == GOVERNMENT


def _times_held(doc: Doc, words: list[str], i: int) -> int | None:
    """Where "<number>-time"/"<number>-term" ending at ``i`` starts ("three-time prime
    minister", "two-term president"), or ``None`` (``words``: the doc's lower-case words)."""
    lower = words[i]
    if lower in COUNTED_TENURES and i >= 2 and words[i - 1] == "-":
        number = doc[i - 2]
        if number.lower_ in TENURE_COUNTS or number.is_digit:
            return i - 2
    head, _, tail = lower.rpartition("-")
    if tail in COUNTED_TENURES and head in TENURE_COUNTS:
        return i
    return None
