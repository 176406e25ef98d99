"""Shapes of a number's phrase the figure reader widens to (issue 11, fifth and sixth
rounds): a count after a copula, adjectives of one group joined before its noun, and a
group's documents before or after the number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_holdings import held_object, match_object
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_words import (
    ADJECTIVE_JOINERS,
    COUNT_ENDS,
    DOCUMENT_LINKS,
    FIGURE_HEDGES,
    HELD_FILLERS,
    HELD_PARTICIPLES,
    JOINED_PEOPLE,
    RAISING_VERBS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def past_raising(lowers: list[str], k: int) -> int:
    """The token past an opinion's "to be" at ``k`` ("(believed) to be living illegally"),
    where what is said of the people starts as after a copula; ``k`` when none."""
    if k < len(lowers) and lowers[k] in RAISING_VERBS and lowers[k + 1 : k + 3] == ["to", "be"]:
        return k + 3
    return k + 2 if lowers[k : k + 2] == ["to", "be"] else k


def ends_count(doc: Doc, lex: Lexicon, end: int) -> bool:
    """The number after a copula is the group's count only with nothing measured after it:
    the clause ends, or people, a relative or a place follow ("are 1.3 million who hold
    PoR cards", "are 1.3 million people"; not "were 5 km away", "are 40 percent")."""
    if end >= len(doc):
        return True
    word = doc[end]
    return word.is_punct or word.lower_ in COUNT_ENDS or word.lower_ in lex.people


def past_joined_adjectives(doc: Doc, analysis: Analysis, mention: Mention) -> Mention:
    """ "1.4 million unregistered or undocumented foreigners", "illegal and undocumented
    Afghans": adjectives of one group joined before its noun phrase name that phrase's
    people; adjectives of different groups are left as they are (not compared)."""
    lowers = doc_lowers(doc)
    while mention.kind == "adjective":
        k = mention.end
        while k < len(doc) and k < mention.end + 2 and lowers[k] in ADJECTIVE_JOINERS:
            k += 1
        following = analysis.by_start.get(k) if k > mention.end else None
        if following is None or following.categories != mention.categories:
            break
        mention = following
    return mention


def documents_before(
    doc: Doc, lex: Lexicon, start: int, end: int, head: bool = False
) -> Mention | None:
    """ "the Afghan Citizen Cards of 1.45 million people", "PoR cards of some 1.3 million
    Afghans", "an extension of PoR cards for 1.45 million Afghans", "the ACC, held by
    800,000 people": a group's documents of, for or held by a number of people count the
    group's holders; also before a bare head (``head``: "the ACCs of 1.5 million Afghan
    refugees" count ACC holders, whatever the head calls them)."""
    if end >= len(doc) or not (head or doc[end].lower_ in lex.people):
        return None
    lowers = doc_lowers(doc)
    of = start - 1
    while of > 0 and lowers[of] in FIGURE_HEDGES:
        of -= 1
    if of <= 0 or lowers[of] not in DOCUMENT_LINKS:
        return None
    held = lowers[of] == "by"
    if held:  # "held by", "(which is) held by", ", held by"
        if lowers[of - 1] not in HELD_PARTICIPLES:
            return None
        of -= 1
        while of > 0 and lowers[of - 1] in HELD_FILLERS:
            of -= 1
    found = _documents_ending(lowers, lex, of)
    if found is None and held and lowers[of - 1] == "and":
        # "ACCs – issued by Pakistan authorities and held by 800,000 people": past the
        # first participle of a joined pair, back to the mark after the documents
        for mark in range(of - 2, max(0, of - 2 - JOINED_REACH), -1):
            if lowers[mark] in APPOSITION_MARKS:
                found = _documents_ending(lowers, lex, mark)
                break
    return found


JOINED_REACH = 8
"""Words of a participial phrase joined before "and held by" ("issued by Pakistan ...")."""
APPOSITION_MARKS = frozenset({",", "–", "—", "-", "("})


def _documents_ending(lowers: list[str], lex: Lexicon, of: int) -> Mention | None:
    """The documents whose name ends at ``of`` (also "... (PoR) cards")."""
    ends = {of} | {of - d for d in (3, 4) if of > d and lowers[of - d] == "("}
    for words, category in lex.holdings:
        for name_end in ends:
            first = name_end - len(words)
            if first >= 0 and match_object(lowers, first, words) == name_end:
                return Mention(first, of, frozenset({category}), "holding")
    return None


def documents_after(doc: Doc, lex: Lexicon, end: int) -> tuple[int, frozenset[str]] | None:
    """ "0.8 million PoR cards", "800,000 ACCs were issued": a number of a group's documents
    counts its holders, one card each; (end, group) or None."""
    if end >= len(doc) or doc[end].lower_ not in lex.holding_firsts:
        return None
    held = held_object(doc, lex, doc_lowers(doc), end)
    return (held[0], frozenset({held[1]})) if held is not None else None


FRONTED_SIZES = frozenset({"numbering", "totalling", "totaling", "estimated", "put"})
"""Participles that open a sentence with a group's size before the group ("Numbering around
1.4 million, the undocumented Afghans ...", "Estimated at 800,000, ACC holders ...")."""


def fronted_group(doc: Doc, analysis: Analysis, start: int, end: int) -> Mention | None:
    """The group after a size fronted at the sentence's start, past a comma and "the"."""
    lowers = doc_lowers(doc)
    k = start - 1
    while k >= 0 and lowers[k] in FIGURE_HEDGES and lowers[k] not in FRONTED_SIZES:
        k -= 1  # "around", "at"
    if k < 0 or lowers[k] not in FRONTED_SIZES or not doc[k].is_sent_start:
        return None
    j = end
    if j >= len(doc) or lowers[j] != ",":
        return None
    j += 1 + (j + 1 < len(doc) and lowers[j + 1] in ("the", "these", "some"))
    mention = analysis.by_start.get(j)
    return mention if mention is not None and mention.kind != "adjective" else None


def coordinated(doc: Doc, lex: Lexicon, analysis: Analysis, end: int) -> bool:
    """ "four million Afghan migrants and refugees", "3.2 million Afghan refugees and other
    Afghan nationals", "... refugees having ACCs and those residing illegally": the number
    counts both groups."""
    n = len(doc)
    lowers = doc_lowers(doc)
    if end >= n or lowers[end] not in ("and", "or", "&", "/"):
        return False
    words = doc_texts(doc)  # ``Token.is_title``, ``is_alpha`` from the text: no Token built
    j = end + 1
    while j < n and j < end + 5:
        lower, word = lowers[j], words[j]
        if j in analysis.by_start or lower in lex.heads or lower in _JOINED_PERSONS:
            return True
        if lowers[j - 1] == "other" and word.istitle():
            return True  # "... and other Afghans": people of a wider name
        if not (word.isalpha() and (word.istitle() or lower in lex.nouns or lower == "other")):
            return False
        j += 1
    return False


_JOINED_PERSONS = PERSON_NOUNS | JOINED_PEOPLE
"""People nouns a number's group may be joined to ("... refugees and those ...")."""
