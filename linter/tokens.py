"""Token attributes as plain Python lists, computed once per doc.

Rules walk tokens by index many times per sentence; every ``doc[i]`` builds a new spaCy
``Token`` object, which is most of what such loops cost. ``lowers(doc)[i]`` is
``doc[i].lower_`` without that cost: read as one array of string hashes, mapped to strings
through a table shared by all docs. The lists live in ``doc.user_data`` so every rule shares
them, and they are dropped with the doc.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

_LOWERS = "narrlint.tokens.lowers"
_STRINGS: dict[int, str] = {}
"""Hash → string. spaCy's hashes are the same in every vocab, so one table serves all docs;
it grows with the vocabulary, as the vocab's own string store does."""


def lowers(doc: Doc) -> list[str]:
    """``[token.lower_ for token in doc]``, computed once per doc."""
    cached = doc.user_data.get(_LOWERS)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_LOWERS] = _strings(doc, doc.to_array(LOWER).tolist())
    return cached


def _strings(doc: Doc, hashes: list[int]) -> list[str]:
    table, store = _STRINGS, doc.vocab.strings
    out = []
    for key in hashes:
        text = table.get(key)
        if text is None:
            text = table[key] = store[key]
        out.append(text)
    return out
