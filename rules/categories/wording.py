"""How the categories rules word their messages: group labels, figures, the ledger's
conflation entries that name the groups, and a suggestion cased like the draft's words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from narrlint.api import Conflation, Figure, Ledger, long_date
from narrlint.claims.groups import Lexicon, format_value


def label(lex: Lexicon, category_ids: Iterable[str]) -> str:
    labels = [lex.categories[c].label for c in sorted(category_ids) if c in lex.categories]
    return " / ".join(labels) if labels else ", ".join(sorted(category_ids))


def short_label(lex: Lexicon, category_id: str) -> str:
    return lex.categories[category_id].label.split(" (")[0]


def figure_text(figure: Figure) -> str:
    when = long_date(figure.date) if figure.date else "undated"
    by = f"{figure.by}, " if figure.by else ""
    return f"{format_value(figure.value)} ({by}{when})"


MAX_MESSAGE = 120
"""A message is read in one glance: the action, then the reason, in about this many
characters; what does not fit goes in the details."""


def fit(*messages: str) -> str:
    """The first message that is read in one glance (else the shortest)."""
    for message in messages:
        if len(message) <= MAX_MESSAGE:
            return message
    return min(messages, key=len)


def short_labels(lex: Lexicon, category_ids: Iterable[str]) -> str:
    """ "registered refugees", "ACC holders and undocumented Afghans"."""
    labels = [short_label(lex, c) for c in sorted(category_ids) if c in lex.categories]
    return " and ".join(labels) if labels else ", ".join(sorted(category_ids))


def conflations(lex: Lexicon, ledger: Ledger, *groups: Iterable[str]) -> list[Conflation]:
    """Ledger conflation entries whose pattern names words of every one of ``groups``, once
    per ledger list and word lists (every finding of a pair of groups asks the same)."""
    entries = ledger.conflations
    key = (id(entries), len(entries), tuple(tuple(words) for words in groups))
    kept = _CONFLATIONS.get(key)
    if kept is None or kept[0] is not entries:
        found = [
            entry
            for entry in entries
            if all(
                any(_has_words(entry.pattern.lower(), w) for w in words if w) for words in key[2]
            )
        ]
        if len(_CONFLATIONS) > CONFLATIONS_LIMIT:
            _CONFLATIONS.clear()
        kept = _CONFLATIONS[key] = (entries, tuple(found))
    return list(kept[1])


_CONFLATIONS: dict[tuple, tuple[list[Conflation], tuple[Conflation, ...]]] = {}
"""Memo of :func:`conflations`: (ledger list id, its length, the word lists) → (that list,
the entries found); the list is kept to tell a new ledger's from one at a reused id."""
CONFLATIONS_LIMIT = 10_000
"""Past this many memo entries (a long-lived process), the memo starts afresh."""


@lru_cache(maxsize=65536)
def _has_words(text: str, words: str) -> bool:
    """Memoised: the same ledger patterns are searched for the same group words in every
    draft (a pure function of its two strings)."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


def group_words(lex: Lexicon, category_ids: Iterable[str]) -> list[str]:
    words: list[str] = []
    for cid in category_ids:
        category = lex.categories.get(cid)
        if category is not None:
            words.extend(category.terms)
            words.extend(category.modifiers)
            words.extend(category.heads)
    return words


def case_like(model: str, text: str) -> str:
    if model.isupper() and len(model) > 1:
        return text.upper()
    if model[:1].isupper():
        return text[:1].upper() + text[1:]
    return text
