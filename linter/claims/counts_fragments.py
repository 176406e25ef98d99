"""A credit standing alone as a sentence after a count ("… were killed. According to
police.", '"… left 12 more injured". A local police officer said.'), split from it by a stray
full stop. Part of the count claims reader (:mod:`.counts_coverage`, which lets such a
sentence cover the count before it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_words import CREDIT_OPENERS
from narrlint.nlp.tokens import texts
from narrlint.nlp.vocabulary import NEGATIONS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_FRAGMENT_WORDS = 8
"""Words of a credit standing alone as a sentence ("According to the provincial health
department.", "A local Police Officer said.")."""
NOT_FRAGMENT_WORDS = frozenset({*NEGATIONS, "what", "whether", "if", "how", "why"})
"""Words by which a short sentence ending in "said" tells something of its own ("That is
what he said.", "Police never said.")."""


def credit_fragment(sentence: Span, marker: Token) -> bool:
    """ "… resulting in 951 deaths and 966 injuries. according to a report by PICSS, an
    Islamabad-based think tank.", "… were killed. According to police.": a sentence that is
    only the credit of the one before, split from it by a stray full stop. It opens with "according
    to" or "citing" ("per" opens none: "Per capita, …") and either starts in lower case (the
    sentence goes on) or is the credit alone, a few words without a comma; "According to police,
    the attackers fled" has a clause of its own. Or it is a speaker and a reporting verb that
    ends it with nothing reported ('"… left 12 more injured". A local police officer said.')."""
    doc = sentence.doc
    first = sentence.start
    while first < sentence.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    opener = marker.i == first and marker.lower_ in CREDIT_OPENERS and marker.lower_ != "per"
    if opener and doc[first].is_lower:
        return True
    if _too_long(texts(doc)[first : sentence.end]):
        return False  # most sentences after a count: judged with no Token built
    rest = _without_citing(
        [t for t in doc[first : sentence.end] if not (t.is_space or t.text in ".!")]
    )
    if not rest or len(rest) > MAX_FRAGMENT_WORDS or any(t.text == "," for t in rest):
        return False
    if opener:
        return True
    if marker.lower_ in CITING_WORDS and len(rest) > 1:  # "Az reports, citing Pakistani media."
        return _said_alone(rest, rest[-1])
    return _said_alone(rest, marker)


CITING_WORDS = frozenset({"citing", "quoting"})
MAX_CITED_WORDS = 6
"""Words of the source a credit cites after its verb (", citing local officials")."""
MAX_CREDIT_TOKENS = MAX_FRAGMENT_WORDS + 2 + MAX_CITED_WORDS
"""Most words a credit fragment has before :func:`_without_citing` drops what it cites (a
comma, the citing word and its source): past this many, a sentence is no fragment."""


def _too_long(words: list[str]) -> bool:
    """More words (as written) than a credit fragment can have, counted as the fragment's
    words are (no spaces, no "." or "!"): a Token per word cost more than the rest of the
    test."""
    if len(words) <= MAX_CREDIT_TOKENS:
        return False
    kept = sum(1 for word in words if not (word in ".!" or word.isspace()))
    return kept > MAX_CREDIT_TOKENS


def _without_citing(rest: list[Token]) -> list[Token]:
    """ "Geo News reported, citing local officials.": the source a credit cites, after a
    comma that closes it, is part of the credit; what is left is judged as the credit."""
    for k, token in enumerate(rest[:-1]):
        if token.text == "," and rest[k + 1].lower_ in CITING_WORDS:
            cited = rest[k + 2 :]
            if 0 < len(cited) <= MAX_CITED_WORDS and all(t.text != "," for t in cited):
                return rest[:k]
            break
    return rest


def _said_alone(rest: list[Token], marker: Token) -> bool:
    """ "A local Police Officer said.", "Police confirmed.": the reporting verb closes a short
    sentence after its speaker, so what it reports is the sentence before."""
    return (
        marker.i == rest[-1].i
        and len(rest) > 1
        and marker.lemma_.lower() in REPORTING_LEMMAS
        and all(t.lower_ not in NOT_FRAGMENT_WORDS and not t.is_quote for t in rest)
    )
