"""People bound elsewhere, named by where they go: "Afghans who need to go to other
countries", "those to be relocated to Western countries", "bound for third countries". Their
cut-offs are their own (the hosts', the resettlement's), never the order in force for people
named in general.
"""

from __future__ import annotations

from narrlint.nlp.vocabulary import ONWARD_BOUND, ONWARD_PLACES

_FIRSTS = frozenset(first for first, _ in ONWARD_PLACES)


def onward_place(lowers: list[str]) -> str | None:
    """The onward place a clause names after "to" or "for" ("to other countries"), else None;
    a place people come from ("from other countries") or one in a list after a country
    ("Afghanistan and other countries") is not one."""
    if _FIRSTS.isdisjoint(lowers):
        return None  # one set test in C: most clauses name none
    for i in range(1, len(lowers) - 1):
        pair = (lowers[i], lowers[i + 1])
        if pair in ONWARD_PLACES and lowers[i - 1] in ONWARD_BOUND:
            return " ".join(pair)
    return None
