"""What NL401 and NL402 share: evidence, the phrase a fix rewrites, names without glosses."""

from __future__ import annotations

import re

from narrlint.api import Corpus, Draft, Edit, Evidence, Fix
from narrlint.claims.titles import TitleClaim


def corpus_evidence(corpus: Corpus, person_id: str, title: str, limit: int = 1) -> list[Evidence]:
    """Archive sentences naming the person with the title."""
    found = corpus.find(("person", person_id), ("title", title), limit=limit)
    return [s.evidence() for s in found]


def phrase(claim: TitleClaim) -> str:
    """The title phrase as it should follow "former": a leading qualifier in lower case."""
    text = claim.phrase.text
    if claim.phrase.start < claim.title.start:
        return text[:1].lower() + text[1:]
    return text


def former_fix(draft: Draft, claim: TitleClaim, description: str) -> Fix:
    """Insert "former" before the title phrase, lower-casing a leading qualifier
    ("Caretaker Prime Minister" → "former caretaker Prime Minister"); "Former" at a sentence
    start."""
    first_token = claim.phrase[0]
    start, _ = draft.offsets(first_token)
    first = draft.text[start]
    former = "Former " if first_token.is_sent_start else "former "
    if claim.phrase.start < claim.title.start:
        return Fix(description, (Edit(start, start + 1, former + first.lower()),))
    return Fix(description, (Edit(start, start, former),))


_GLOSS = re.compile(r"\([^()]*\)")


def short(text: str) -> str:
    """A ledger name or title without its parenthetical glosses, wherever they stand:
    "Caretaker (Federal) Interior Minister" -> "Caretaker Interior Minister"."""
    return " ".join(_GLOSS.sub(" ", text).split()) or text
