"""A party's or a body's role written after "and" between a title and its holder's name (for
:mod:`narrlint.claims.titles`).

Reports join a post to a role in a party or a body that the ledger does not record, both
before one name: "prime minister and PTI founder Imran Khan", "Interior Minister and PML-N
chief X". The role's noun is often written in lower case after the body's name in capitals
("PTI founder", "PPP chairman"); :func:`role_closes_before` lets such a noun, right before
the name and right after a capitalised word, close what follows "and", so that the first title
is still read as the name's.
"""

from __future__ import annotations

__all__ = ["BODY_ROLE_NOUNS", "role_closes_before"]

BODY_ROLE_NOUNS = frozenset(
    {
        "founder",
        "co-founder",
        "chief",
        "chairman",
        "chairperson",
        "co-chairman",
        "leader",
        "head",
        "patron",
        "patron-in-chief",
        "president",
        "supremo",
    }
)
"""Nouns of a role in a party or a body, written after the body's name ("PTI founder")."""


def role_closes_before(written: list[str], words: list[str], k: int, first: int, name: int) -> bool:
    """Whether the word at ``k`` is such a role's noun standing right before the name (at
    ``name``) and right after a capitalised word of the body's name (after ``first``, the word
    after "and"): "… and PTI founder Imran Khan"; not "… and the founder …"."""
    return (
        k + 1 == name and k > first and words[k] in BODY_ROLE_NOUNS and written[k - 1][:1].isupper()
    )
