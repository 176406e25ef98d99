"""Phases of the deportation plan read from a clause: phases named together by one phase
word and paired with a list of groups in turn ("the second and third phases would see the
repatriation of ACC holders and PoR card holders"), and the words that may describe a
phase's action ("the second phase of forced deportations of ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import GroupClaim, Mention
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
        run = _run(lowers, [m for m in mentions if at < m.start < stop])
        if len(run) != len(numbers):
            # "PoR card holders and ACC holders will go in the third and second phases"
            begin = max((a for a in shared if a < at), default=-1)
            before = [m for m in mentions if begin < m.start and m.end <= at]
            run = _run(lowers, before[::-1])[::-1]
        if len(run) == len(numbers):
            paired.update(((at, n), m) for n, m in zip(numbers, run, strict=True))
    return paired


def _run(lowers: list[str], mentions: list[Mention]) -> list[Mention]:
    """The first mentions of ``mentions`` (in the order given) joined by "and" or commas."""
    run: list[Mention] = []
    for mention in mentions:
        if run:
            lo, hi = sorted((run[-1], mention), key=lambda m: m.start)
            between = set(lowers[lo.end : hi.start])
            if not (between and between <= _LIST_JOINERS and between & {"and", ","}):
                break
        run.append(mention)
    return run


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
        and (token.is_lower or token.is_title)  # "Forced Deportations" in a headline
        and lower not in lex.known
        and not token.is_stop
        and lower not in lex.heads
        and lower not in lex.people
        and lower not in lex.nouns
    )


PASSIVE_FILLERS = frozenset({"will", "would", "could", "may", "might", "must", "shall", "be",
                             "being", "been", "is", "are", "was", "were", "to", "set", "due",
                             "now", "also", "all", "first", "then", "soon",
                             "gradually"})  # fmt: skip
"""Words between a group and the action done to it ("Afghan refugees will now be deported")."""


def acted_on(doc: Doc, lex: Lexicon, mentions: list[Mention]) -> set[int]:
    """Starts of bare head nouns of a status ("refugees") that are the subject of a movement
    done to them ("Afghan refugees will be deported in the second phase"): the object of
    that action in the passive, as in "the second phase of deporting Afghan refugees"."""
    lowers = doc_lowers(doc)
    found: set[int] = set()
    for mention in mentions:
        # a head that asserts a status ("refugees"), not a loose word ("migrants")
        if mention.kind != "head" or not all(
            lex.categories[c].refugee_status for c in mention.categories if c in lex.categories
        ):
            continue
        k = mention.end
        while k < len(doc) and k < mention.end + 4 and lowers[k] in PASSIVE_FILLERS:
            k += 1
        if k == mention.end or k >= len(doc) or "be" not in _lemmas(doc, mention.end, k):
            continue
        token = doc[k]
        lemma = token.lemma_.lower()
        if lemma in lex.flow_actions and token.lower_ != lemma and token.lower_.endswith("ed"):
            found.add(mention.start)
    return found


def _lemmas(doc: Doc, start: int, end: int) -> set[str]:
    return {doc[k].lemma_.lower() for k in range(start, end)}
