"""Asides inside a counted phrase: what the subject reader of :mod:`.counts_phrases` skips
between a number and its casualty verb ("nine militants — including a wanted commander —
were killed", "11 people including a party leader were injured", "13 labourers, who had been
working on a dam, were shot dead", "three Frontier Corps (FC) men")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_numbers import lemma_at, word
from narrlint.claims.counts_words import (
    AUXILIARIES,
    BREAKDOWN_OPENERS,
    CLAUSE_MARKS,
    PHRASE_FIRSTS,
    PREDICATES,
    SUBJECT_STOPS,
)
from narrlint.nlp.tokens import sentence_bounds
from narrlint.nlp.vocabulary import REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMMA = frozenset({","})
BARE = frozenset()
"""An aside with no comma before it ("11 people including a party leader were injured",
"12 people who were travelling to Quetta were killed") ends at the count's verb."""
ASIDE_VERBS = frozenset(AUXILIARIES | PREDICATES.keys() | PHRASE_FIRSTS) - {"all", "also", "so"}
"""Words that end an aside with no comma: the verb of the count it interrupts."""
PEOPLE_RELATIVES = {"who"}
BARE_OPENERS = {"including"}
"""Breakdown words that open an aside with no comma before them; "three cricketers among
eight people killed" puts the part first, and the total is the count."""
QUOTABLE_PREDICATES = frozenset(PREDICATES.keys() | PHRASE_FIRSTS)
"""Casualty words a writer may put in quotation marks (the source's own words)."""
ASIDE_DASHES = {"—", "–", "-"}
DASH_OPENERS = frozenset(ASIDE_DASHES | {"("})
ASIDE_OPENERS = frozenset(BREAKDOWN_OPENERS | PEOPLE_RELATIVES)
"""Words that can open an aside (a cheap first test before :func:`aside_closer`)."""
MAX_DASHED_ASIDE = 16
"""Tokens between the two dashes (or brackets) around an aside in a count's subject."""


def aside_closer(doc: Doc, i: int, start: int, definite: bool) -> frozenset[str] | None:
    """Does token ``i`` open an aside inside the counted phrase, and what closes it? After a
    comma, "including"/"among"/"who" run to the next comma; without one, to the count's verb.
    A relative clause after "the 12 people" describes a known group: no count of its own."""
    lower = word(doc, i)
    comma = word(doc, i - 1) == ","
    if lower in BREAKDOWN_OPENERS:
        if comma:
            return COMMA
        return BARE if lower in BARE_OPENERS else None  # "three cricketers among eight people"
    if lower in PEOPLE_RELATIVES and not definite and _opens_a_clause(doc, start):
        return COMMA if comma else BARE
    return None


def _opens_a_clause(doc: Doc, start: int) -> bool:
    """Is the counted phrase starting at ``start`` the subject of its clause (after the
    sentence start, a clause mark, "that" or a reporting verb)? "paid tribute to three
    policemen who were martyred" names victims already counted, it gives no count."""
    if start == sentence_bounds(doc, start)[0]:
        return True
    before = word(doc, start - 1)
    return (
        before in CLAUSE_MARKS
        or before == "that"
        or doc[start - 1].is_quote
        or lemma_at(doc, start - 1) in REPORTING_LEMMAS
    )


def dashed_aside_end(doc: Doc, i: int, end: int) -> int:
    """End (past the closing mark) of an aside set off by dashes or brackets inside a counted
    phrase ("nine militants — including a wanted commander — were killed"), or 0. A lone
    dash or an unclosed bracket opens no aside."""
    lower = word(doc, i)
    if lower == "-" and not (doc[i].whitespace_ and doc[i - 1].whitespace_):
        return 0  # a hyphen, not a dash
    if lower == "(":
        closers = {")"}
    elif lower in ASIDE_DASHES:
        closers = ASIDE_DASHES
    else:
        return 0
    for j in range(i + 2, min(end, i + MAX_DASHED_ASIDE)):
        inner = word(doc, j)
        if inner in closers:
            return j + 1
        if inner in (";", ":") or doc[j].is_quote or inner in ASIDE_STOPS:
            return 0
    return 0


PARTICIPLES = frozenset(w for w in PREDICATES if w.endswith("ed")) | {"slain", "hurt"}
"""Casualty participles that end an aside whose closing comma was left out ("over 60 people,
including cops martyred when …": the writer dropped the comma before the count's verb)."""


def unclosed_aside(doc: Doc, i: int, end: int) -> bool:
    """Does the casualty participle at ``i``, inside an aside opened by a comma, end that aside
    because its closing comma never comes? Only where no comma follows in the sentence: "12
    people, including two children killed in the blast, were buried" closes its aside, and
    its participle is the children's."""
    return word(doc, i) in PARTICIPLES and not any(doc[j].text == "," for j in range(i + 1, end))


ASIDE_STOPS = frozenset(PREDICATES.keys()) - {"dead", "injured", "wounded"}
"""A casualty verb inside the dashes is the count's own ("12 people — all civilians — died" is
fine; "12 people — police said — died" is read by the attribution reader)."""


def acronym_end(doc: Doc, i: int, end: int) -> int:
    """End of a bracketed acronym at ``i`` ("(FC)", "(CTD)") inside a counted phrase, or 0."""
    close = next((j for j in range(i + 1, min(end, i + 6)) if doc[j].text == ")"), None)
    if close is None or close == i + 1:
        return 0
    inside = doc[i + 1 : close]
    acronym = all((t.is_upper and t.is_alpha) or t.text == "-" for t in inside)  # "(JUI-F)"
    return close + 1 if acronym and inside[0].is_alpha else 0


PARTITIVE_PRONOUNS = {"them", "whom"}


def is_partitive_aside(doc: Doc, i: int) -> bool:
    """ "Five civilians, two of them children, were killed": a number after a comma with "of
    them"/"of whom" describes part of the count; it runs to the next comma."""
    return (
        word(doc, i - 1) == ","
        and word(doc, i + 1) == "of"
        and word(doc, i + 2) in PARTITIVE_PRONOUNS
    )


MAX_COMMA_ASIDE = 8
"""Words of a description set off by commas inside a counted phrase (", mostly women and
children,")."""
COMMA_ASIDE_STOPS = frozenset({";", ":", "—", "–", "(", ")", *SUBJECT_STOPS, *PREDICATES})


def comma_aside_end(doc: Doc, i: int, end: int) -> int:
    """End (past the closing comma) of a description set off by commas between the counted
    people and their verb ("46 people, mostly women and children, had been killed"; "nine
    soldiers, all from Punjab, embraced martyrdom"), or 0: the closing comma must come within
    a few words, with the count's verb right after it."""
    for j in range(i + 1, min(end, i + MAX_COMMA_ASIDE + 2)):
        inner = word(doc, j)
        if inner == ",":
            after = word(doc, j + 1)
            verb = after in ASIDE_VERBS and after not in ("all", "also", "so", "since", "said")
            return j + 1 if j > i + 1 and verb else 0
        if inner in COMMA_ASIDE_STOPS or doc[j].is_quote:
            return 0
    return 0


MAX_LISTED = 8
"""Tokens from a comma inside an aside to the "and" that closes its list."""
LIST_JOINS = frozenset({"and", "or"})


def list_goes_on(doc: Doc, i: int, end: int) -> bool:
    """Is the comma at ``i``, inside a breakdown aside, one of its list's commas ("12 people,
    including women, children and a Frontier Corps man, were killed")? It is when "and" or
    "or" follows before the next comma with no verb between: the aside closes at that later
    comma. "…, including women, were killed and …" has its verb first."""
    joined = False
    j, last = i + 1, min(end, i + 1 + MAX_LISTED)
    while j < last:
        lower = word(doc, j)
        if lower == ",":
            return joined
        if lower == "(" and acronym_end(doc, j, end):
            last = min(end, last + acronym_end(doc, j, end) - j)  # "a Frontier Corps (FC) man"
            j = acronym_end(doc, j, end)
            continue
        if lower in LIST_JOINS:
            joined = True
        elif lower in AUXILIARIES or lower in PREDICATES or lower in SUBJECT_STOPS:
            return False
        j += 1
    return False
