"""The draft's words as the claims readers see them, for rules.

Rules compare claims with ledger facts; some also look at the words around a claim (a
possessive after a name, a holder noun after a group, a document's name). They take those
views and word lists from here, so that a rule depends on the claims layer and never on the
NLP stage behind it: ``lowers``/``texts`` are the per-document token views every reader
shares (computed once per doc), and the vocabulary lists are the one definition in
:mod:`narrlint.nlp.vocabulary`, re-exported, not copied.
"""

from __future__ import annotations

from narrlint.nlp.tokens import lowers, texts
from narrlint.nlp.vocabulary import HOLDER_NOUNS, IDENTITY_PAPERS, POSSESSIVE_CLITICS

__all__ = ["HOLDER_NOUNS", "IDENTITY_PAPERS", "POSSESSIVE_CLITICS", "lowers", "texts"]
