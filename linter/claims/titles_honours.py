"""Honours written after a name, before the title set off after it: "Field Marshal Syed Asim
Munir, NI (M), HJ, COAS & CDF, visited …", "General X, HI(M), SBt, Chief of General Staff, …".

Military and state press releases give an officer's decorations as short abbreviations between
commas, each perhaps with its class in brackets ("NI (M)": Nishan-e-Imtiaz, Military); the
title after them is the name's own, as if they were not written."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narrlint.nlp.tokens import texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

_HONOUR = re.compile(r"[A-Z]{2}[A-Za-z]{0,2}$")
"""One honour's abbreviation: two to four letters, the first two capitals ("NI", "HJ", "SBt",
"OBE")."""
_HONOUR_CLASS = re.compile(r"[A-Z]{2}[A-Za-z]{0,2}\([A-Z]$")
"""An honour with its class in brackets written close, as the tokenizer splits it: "HI(M",
then ")"."""
MAX_HONOURS = 5
"""Honours one name carries in a row."""


def _honour(doc: Doc, written: list[str], i: int, end: int) -> int:
    """Where the honour abbreviation at ``i`` ends (with its class in brackets: "NI (M)",
    "HI(M)"), or ``i`` where none stands there; outside the ledger's entities (a title such
    as "COAS" is not an honour)."""
    word = written[i]
    if doc[i].ent_type_:
        return i
    if _HONOUR_CLASS.match(word):
        return i + 2 if i + 1 < end and written[i + 1] == ")" else i
    if not _HONOUR.match(word):
        return i
    j = i + 1
    if j + 2 < end and written[j] == "(" and written[j + 2] == ")":
        inner = written[j + 1]
        if len(inner) == 1 and inner.isupper():
            j += 3
    return j


def honours_after(doc: Doc, start: int, end: int) -> int:
    """Tokens of the honours that open the words from ``start`` (just after a name) to
    ``end``, each with the comma before it: 0 where none does. What is left opens with the
    comma that sets the title off ("…, NI (M), HJ, DG ISI": 8 tokens, then ", DG ISI")."""
    written = texts(doc)
    i, honours = start, 0
    while i < end and written[i] == "," and honours < MAX_HONOURS:
        after = _honour(doc, written, i + 1, end) if i + 1 < end else i + 1
        if after == i + 1 or after >= end or written[after] != ",":
            break
        i, honours = after, honours + 1
    return i - start
