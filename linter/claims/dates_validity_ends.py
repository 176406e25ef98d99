"""A document's last valid day told without "until": "will no longer be valid after <date>",
"not valid after <date>", "with a validity date of <date>", "an expiry date of <date>". Each
says what "valid until <date>" says, so it gets that cue (an expiry the validity chain judges).
"Valid after <date>" without a negation is a start, and is left alone.
"""

from __future__ import annotations

from narrlint.claims.dates_model import Cue
from narrlint.claims.dates_words import EXPIRY_LEMMAS, VALID_LEMMAS
from narrlint.nlp.vocabulary import NEGATIONS

VALIDITY_END_REACH = 4
"""Words from "valid" back to the negation that makes its "after" a last day ("will no longer
be valid after", "will not be valid after")."""
DATE_NOUNS = {"date", "day"}
ENDING_VALIDITY = {"valid", "validity", *EXPIRY_LEMMAS}
"""Words before "date of" that make it the last valid day ("validity date", "expiry date")."""


def validity_end_cue(lowers: list[str], lemmas: list[str]) -> Cue | None:
    """The cue of a date told as a document's last valid day, or None. ``lowers`` and
    ``lemmas``: the clause's words before the date, nearest first."""
    if lowers[:1] == ["after"] and lemmas[1:2] and lemmas[1] in VALID_LEMMAS:
        if not NEGATIONS.isdisjoint(lowers[2 : 2 + VALIDITY_END_REACH]):
            return Cue("valid until", True, after_last_day=True, role="expiry")
        return None  # "will be valid after …": the first valid day
    ending = (
        lowers[1:2] and lowers[1] in DATE_NOUNS and lemmas[2:3] and lemmas[2] in ENDING_VALIDITY
    )
    if lowers[:1] == ["of"] and ending:  # "a validity date of …", "the expiry date of …"
        return Cue("valid until", True, after_last_day=True, role="expiry")
    return None
