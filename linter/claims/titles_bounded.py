"""A title written with the bounds of its tenure right after it (for :mod:`narrlint.claims.titles`).

Biographies set a past post off with its time: "Sarfraz Bugti, caretaker interior minister until
December, …", "X, the foreign minister from 2018 to 2022, …", "X, interior minister between
August and December 2023, …", "X, caretaker interior minister (2023-24), …", "X (caretaker
PM, 2023-24)", "… until his resignation", "X, caretaker interior minister when the drive
began, …" (a clause in the past with a subject of its own). A tenure given an end (or a span
of years) is told as past, as "former" tells it: the title is the one of that time, not a
claim about the draft's date. "since August" gives no end and is not read here (the post is
claimed as held now).

Only what follows the title directly counts: "Interior Minister X said the drive would go on
until March" bounds the drive, not the tenure (a verb stands between).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narrlint.claims.dates_words import PERIOD_ENDS
from narrlint.claims.titles_tense import past_form
from narrlint.nlp.quantities import MONTHS
from narrlint.nlp.tokens import lowers, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["bounded_after", "years_in_brackets"]

UNTIL = frozenset({"until", "till", "untill", "til"})
"""Words that give a tenure its end when they follow the title ("… minister until December")."""
FROM = frozenset({"from"})
"""Words that open a range, closed by a word of :data:`~narrlint.claims.dates_words.PERIOD_ENDS`
("from August to December 2023")."""
BETWEEN = frozenset({"between"})
MAX_RANGE = 8
"""Words from "from"/"between" to the end of the range's second time."""
_YEARISH = re.compile(r"^(?:19|20)\d\d(?:[-–/](?:\d\d|(?:19|20)\d\d))?$")
"""A year or a span of years as one token ("2023", "2018-22", "2023–2024")."""
BRACKET_WORDS = frozenset({"-", "–", "to", ",", "and", "present"})
"""Words besides years and months inside brackets giving a tenure ("(2018 to 2022)")."""
MAX_BRACKET = 8


def _timeish(lower: str) -> bool:
    """A year, a span of years, a month or a day of the month."""
    return bool(_YEARISH.match(lower)) or lower in MONTHS or (lower.isdigit() and len(lower) <= 2)


def bounded_after(doc: Doc, end: int) -> bool:
    """Whether the words from ``end`` (right after a title) bound its tenure: "until …",
    "from <time> to <time>", "between <time> and <time>", years in brackets, or "when" and a
    clause in the past."""
    words = lowers(doc)
    if end >= len(doc):
        return False
    first = words[end]
    if first in UNTIL:
        return end + 1 < len(doc) and words[end + 1] not in {",", "."}
    if first in FROM or first in BETWEEN:
        closers = PERIOD_ENDS if first in FROM else frozenset({"and", "-", "–"})
        window = words[end + 1 : min(end + 1 + MAX_RANGE, len(doc))]
        if not window or not _timeish(window[0]):
            return False
        return any(w in closers for w in window[1:]) and any(_timeish(w) for w in window[2:])
    if first in WHEN:
        return _past_clause_after(doc, end)
    return years_in_brackets(doc, end) or _years_closing(doc, end)


WHEN = frozenset({"when"})
"""A word that, right after a title, opens a clause giving the time the title was held ("X,
caretaker interior minister when the drive began, …")."""
CLAUSE_SUBJECTS = frozenset(
    {"the", "a", "an", "he", "she", "they", "it", "his", "her", "its", "their", "this", "these"}
)
"""Words that open the subject of such a clause (a verb right after "when" is the holder's own
act: "X, interior minister, when asked, said …")."""
MAX_WHEN = 6
"""Words from "when" to the clause's verb."""


def _past_clause_after(doc: Doc, when: int) -> bool:
    """Whether the "when" at ``when`` opens a clause with a subject of its own and a verb in
    the past ("when the drive began", "when Pakistan launched …", "when he announced …"),
    before any comma: the title is bounded to that past time."""
    words, written = lowers(doc), texts(doc)
    start = when + 1
    if start >= len(doc) or not (words[start] in CLAUSE_SUBJECTS or written[start].istitle()):
        return False
    for k in range(start + 1, min(start + MAX_WHEN, len(doc))):
        if words[k] in (",", ".", ";", "(", ")"):
            return False
        if words[k] in ("was", "were", "had") or past_form(doc, k):
            return True
    return False


def _years_closing(doc: Doc, end: int) -> bool:
    """Whether a title at ``end`` stands inside brackets that close on the years of its tenure
    ("X (caretaker PM, 2023-24)", "X (interior minister 2019–2021)"): an opening bracket
    within :data:`MAX_BRACKET` words before the title with no closing one between, then,
    after an optional comma, only years, months and :data:`BRACKET_WORDS` up to ")"."""
    words = lowers(doc)
    opened = next(
        (k for k in range(end - 1, max(end - 1 - MAX_BRACKET, -1), -1) if words[k] in ("(", ")")),
        None,
    )
    if opened is None or words[opened] != "(":
        return False
    inside: list[str] = []
    for k in range(end, min(end + 1 + MAX_BRACKET, len(doc))):
        if words[k] == ")":
            return any(_YEARISH.match(w) for w in inside) and all(
                _timeish(w) or w in BRACKET_WORDS for w in inside
            )
        inside.append(words[k])
    return False


def years_in_brackets(doc: Doc, end: int) -> bool:
    """Whether brackets opening at ``end`` hold only a year, a span of years or months
    ("(2023)", "(2018-2022)", "(August-December 2023)"): the tenure's time."""
    words = lowers(doc)
    if end >= len(doc) or words[end] != "(":
        return False
    inside: list[str] = []
    for k in range(end + 1, min(end + 2 + MAX_BRACKET, len(doc))):
        if words[k] == ")":
            return any(_YEARISH.match(w) for w in inside) and all(
                _timeish(w) or w in BRACKET_WORDS for w in inside
            )
        inside.append(words[k])
    return False
