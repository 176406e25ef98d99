"""Phases of the deportation plan read from a clause: phases named together by one phase
word and paired with a list of groups in turn ("the second and third phases would see the
repatriation of ACC holders and PoR card holders"), and the words that may describe a
phase's action ("the second phase of forced deportations of ...")."""

from __future__ import annotations

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import GroupClaim
from narrlint.claims.groups_phrases import Mention


def respective_phases(
    lowers: list[str], phases: list[tuple[int, int]], mentions: list[Mention], end: int
) -> dict[tuple[int, int], Mention]:
    """ "the second and third phases would see the repatriation of ACC holders and PoR card
    holders": phases named together by one phase word, paired in order with the list of
    as many groups joined by "and" or commas that follows them (up to the next phase)."""
    paired: dict[tuple[int, int], Mention] = {}
    shared: dict[int, list[int]] = {}
    for at, number in phases:
        shared.setdefault(at, []).append(number)
    for at, numbers in shared.items():
        if len(numbers) < 2:
            continue
        stop = min((a for a in shared if a > at), default=end)
        run: list[Mention] = []
        for mention in (m for m in mentions if at < m.start < stop):
            between = set(lowers[run[-1].end : mention.start]) if run else set()
            if run and not (between and between <= _LIST_JOINERS and between & {"and", ","}):
                break
            run.append(mention)
        if len(run) == len(numbers):
            paired.update(((at, n), m) for n, m in zip(numbers, run, strict=True))
    return paired


def shared_with_own(lex: Lexicon, phases, at: int, groups: tuple[GroupClaim, ...]) -> bool:
    """Phases named by one phase word ("phases two and three") with groups not paired to
    each in turn, one of which is a target of one of those phases: which group goes with
    which phase cannot be read."""
    numbers = {n for a, n in phases if a == at}
    if len(numbers) < 2:
        return False
    return any(lex.category_phase.get(c) in numbers for g in groups for c in g.categories)


_LIST_JOINERS = frozenset({",", "and", "or", "&", "the", "then"})


def describes(token, lex: Lexicon) -> bool:
    """A lower-case word that may describe an action ("forced", "mass"), not a group's."""
    lower = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and not token.is_stop
        and lower not in lex.heads
        and lower not in lex.people
        and lower not in lex.nouns
    )
