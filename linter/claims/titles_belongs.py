"""Titles written inside a phrase about someone else (for :mod:`.titles_names` and
:mod:`.titles_appositives`): the name set off beside such a title is not its holder.

- a title inside a **kin phrase**: "the brother of the PM, X, said", "X, the prime minister's
  son, said": X is the brother or the son; the title is the relative's;
- a title that closes an **"as" phrase about a name before it**: "Following the nomination
  of Y as the country's caretaker prime minister, X, the outgoing premier, left …": the title
  is Y's, and X opens the main clause;
- a title that closes a **fronted phrase opened by a preposition or a participle**, the
  sentence's first word capitalised only because it opens it: "Like the prime minister, X
  condemned …", "Welcoming the Afghan foreign minister, X said …": X is the subject of the
  main clause, not the title's appositive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import sentence_bounds
from narrlint.nlp.pipeline_data import PERSON
from narrlint.nlp.tokens import lemma_lowers, lowers, texts
from narrlint.nlp.vocabulary import (
    CLAUSE_BREAKS,
    KIN_NOUNS,
    OBJECT_DETERMINERS,
    POSSESSIVE_CLITICS,
    PREPOSITIONS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["complement_of_named", "fronted_head", "in_kin_phrase", "owns_next"]

IN_LAW = ("-", "in", "-", "law")
"""The tokens of "-in-law" after a kin noun ("son-in-law" is "son", "-", "in", "-", "law")."""


def _kin_ends(words: list[str], k: int) -> bool:
    """Whether a kin noun ends at token ``k`` ("brother", "son-in-law")."""
    if k < 0:
        return False
    if words[k] in KIN_NOUNS:
        return True
    return k >= 4 and tuple(words[k - 3 : k + 1]) == IN_LAW and words[k - 4] in KIN_NOUNS


def in_kin_phrase(doc: Doc, reach: int, title_start: int) -> bool:
    """Whether the title phrase from ``reach`` (its qualifiers and "the" included) is the
    complement of a kin noun: "brother of the PM", "the son-in-law of the president". The
    title is that relative's, so a name set off after it ("…, X, said") is the kin's, not the
    title's holder. A name written right after the title ("son of Prime Minister X") is the
    title's and is read before this."""
    words = lowers(doc)
    link = reach - 1
    if reach < title_start and words[reach] == "of":
        link = reach  # the qualifiers' walk may take in "of the"
    return link >= 1 and words[link] == "of" and _kin_ends(words, link - 1)


def owns_next(doc: Doc, title: Span) -> bool:
    """Whether the title is written as the owner of the noun after it: "X, the prime
    minister's brother, said", "X, the president's spokesman": the appositive is that noun,
    not the title."""
    return title.end < len(doc) and lowers(doc)[title.end] in POSSESSIVE_CLITICS


AS_WALK = frozenset({"the", "a", "an", "its", "their", "his", "her", "new", "first"})
"""Words between "as" and a title's qualifiers ("as the new …", "as its first …")."""
MAX_AS_WALK = 5
"""Tokens walked back from a title's qualifiers to "as" ("as the country's …")."""
MAX_NAME_TO_AS = 6
"""Tokens between a name and the "as" of its post ("X from the province as …")."""
PHRASE_BREAKS = frozenset({",", "(", ")", "—", "–", *CLAUSE_BREAKS})
"""Marks that end the phrase a name and its "as" stand in."""


def complement_of_named(ents: list[Span], index: int, start: int) -> bool:
    """Whether the title ``ents[index]`` (its qualifiers from ``start``) closes an "as"
    phrase about a name written before it in the same phrase: "the nomination of Y from the
    north as the country's caretaker prime minister, X, …", "With Y sworn in as prime
    minister, X said …". The title is Y's post; the name after the comma is not its holder.
    "As prime minister, X said …" (no name before "as") is not such a phrase: there the
    title is X's."""
    doc = ents[index].doc
    words, written = lowers(doc), texts(doc)
    first = sentence_bounds(doc, start)[0]
    j = start - 1
    while j > first and start - j <= MAX_AS_WALK:
        word = words[j]
        if word in AS_WALK or word in POSSESSIVE_CLITICS or written[j].istitle():
            j -= 1
        elif words[j + 1] in POSSESSIVE_CLITICS and word.isalpha():
            j -= 1  # "the country's", "the province's": the post's owner
        else:
            break
    if j <= first or words[j] != "as" or words[j - 2 : j] == ["as", "well"]:
        return False  # "X as well as the interior minister, Y, …": a list, Y the minister's
    for e in reversed(ents[:index]):
        if e.end > j:
            continue
        if e.start < first or j - e.end > MAX_NAME_TO_AS:
            return False
        if e.label_ != PERSON:
            continue
        return not any(words[k] in PHRASE_BREAKS for k in range(e.end, j))
    return False


def fronted_head(doc: Doc, start: int) -> bool:
    """Whether the word at ``start``, where a title's phrase was walked back to (a capitalised
    word is taken in as a possible owner: "Pakistan's", "Afghan"), is the head of a phrase
    fronted before the sentence's subject: a preposition ("Like the prime minister, …") or a
    participle the lemmatizer takes back to its verb, with its object after it ("Welcoming the
    Afghan foreign minister, …", "Representing the president, …"; not a qualifier or modifier
    of the title, "Acting Foreign Minister, X", "Visiting Afghan Foreign Minister, X", nor a
    place name in "-ing" such as "Beijing"). The title then does not open its sentence, and a
    name after the comma is the main clause's subject unless it is set off as an appositive."""
    if start >= len(doc) or doc[start].ent_type_:
        return False
    word = lowers(doc)[start]
    if word in PREPOSITIONS:
        return True
    return (
        word.endswith("ing")
        and lemma_lowers(doc)[start] != word
        and start + 1 < len(doc)
        and lowers(doc)[start + 1] in OBJECT_DETERMINERS  # "Acting Foreign Minister, X": a
    )  # qualifier; "Visiting Afghan Foreign Minister, X": the visitor's own title
