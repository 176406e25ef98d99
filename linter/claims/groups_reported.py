"""A source's report inside a group's relative clause: "Afghan refugees that Pakistan says are
in the country illegally", "refugees who officials claim have no documents".

The report names who holds the view; what it says ("are in the country illegally") is said of
the group as a relative clause's own verb would say it, so the readers of predicates and of a
figure's restriction read on past the source and its verb. Only a short source (a name, an
authority noun, a pronoun) and a verb of reporting or holding a view count: anything else
("refugees who Pakistan wrongly calls illegal", "refugees that fled") is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import AUTHORITY_NOUNS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc

CLASSING_VIEWS = frozenset({"consider", "deem", "call", "label", "brand", "term", "regard",
                            "classify", "declare"})  # fmt: skip
"""Verbs by which a source classes the people with no verb of their own ("Afghans it deems
illegal", "refugees it considers undocumented")."""
VIEW_LEMMAS = frozenset(REPORTING_LEMMAS | CLASSING_VIEWS | {"believe", "estimate", "insist"})
"""Verbs by which a source says what the people are ("says", "claims", "considers")."""
SOURCE_WORDS = frozenset(AUTHORITY_NOUNS | {"the", "it", "they", "he", "she", "officials",
                                            "islamabad", "un", "unhcr", "its"})  # fmt: skip
"""Words of a short source besides capitalised names ("the government", "officials", "it")."""
SOURCE_REACH = 3


def past_reported(doc: Doc, k: int) -> int:
    """The token past "<source> says" at ``k`` (right after a relative pronoun), or ``k``."""
    n = len(doc)
    lowers, texts, lemmas = doc_lowers(doc), doc_texts(doc), lemma_lowers(doc)
    m = k
    while m < n and m < k + SOURCE_REACH and (lowers[m] in SOURCE_WORDS or texts[m].istitle()):
        if m > k and lemmas[m] in VIEW_LEMMAS:
            break
        m += 1
    if m == k or m >= n or lemmas[m] not in VIEW_LEMMAS or lowers[m].endswith("ing"):
        return k
    return m + 1


def classing_view(doc: Doc, k: int) -> int | None:
    """Where the class begins after a classing view at ``k`` ("deems | illegal", "regards |
    as | undocumented"), or None for any other verb."""
    if lemma_lowers(doc)[k] not in CLASSING_VIEWS:
        return None
    lowers, after = doc_lowers(doc), k + 1
    if lowers[after : after + 2] == ["to", "be"]:
        return after + 2  # "considers to be undocumented"
    return after + 1 if after < len(doc) and lowers[after] == "as" else after


AGENT_OPENERS = frozenset({"with", "by"})
AGENT_REACH = 4


def classed_as(doc: Doc, j: int, classing: frozenset[str] | set[str]) -> int | None:
    """The "as" after a classing participle at ``j``, right after it or past a short
    agent naming who classed them ("registered as", "registered with UNHCR as", "recognised
    by the government as"), or None."""
    lowers, texts, n = doc_lowers(doc), doc_texts(doc), len(doc)
    if j + 1 >= n or lowers[j] not in classing:
        return None
    if lowers[j + 1] == "as":
        return j + 1
    if lowers[j + 1] not in AGENT_OPENERS:
        return None
    for k in range(j + 2, min(n, j + 2 + AGENT_REACH)):
        if lowers[k] == "as":
            return k if k > j + 2 else None
        if not (texts[k].istitle() or texts[k].isupper() or lowers[k] in SOURCE_WORDS):
            return None
    return None
