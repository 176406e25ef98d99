"""Shapes of a number's phrase the figure reader widens to (issue 11, fifth round): a count
after a copula, and adjectives of one group joined before its noun."""

from __future__ import annotations

from spacy.tokens import Doc

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_phrases import Analysis, Mention
from narrlint.claims.groups_words import ADJECTIVE_JOINERS, COUNT_ENDS
from narrlint.nlp.tokens import lowers as doc_lowers


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
