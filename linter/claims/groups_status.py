"""A status named by its group: "enjoy the status of registered refugees", "were granted the
status of refugees" says what "enjoy refugee status" says, with the group's own noun phrase
after "of"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_words import STATUS_NOUNS
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAMING_KINDS = frozenset({"term", "np", "head"})


def status_of(doc: Doc, analysis: Analysis, j: int) -> Mention | None:
    """The group of "(the) status of <group>" at ``j``, or None."""
    lowers = doc_lowers(doc)
    k = j + (j < len(doc) and lowers[j] == "the")
    if k + 1 >= len(doc) or lowers[k] not in STATUS_NOUNS or lowers[k + 1] != "of":
        return None
    mention = analysis.by_start.get(k + 2)
    if mention is None or mention.kind not in NAMING_KINDS or mention.fused:
        return None
    return mention
