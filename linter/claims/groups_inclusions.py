"""One group named as part of another: "X, including Y", "X such as Y", "Y and other X",
"X, mostly Y", for the group claims reader.

Split from :mod:`narrlint.claims.groups`. The wider group is a group mention, read past its
place and its own predicate ("foreigners living illegally in Pakistan, including ACC
holders"), or people named only by the papers they lack ("all Afghan nationals residing
illegally in the country, including ACC holders": :func:`groups_lacking.lacking_wholes`),
whose claim is made only when something is named as part of them.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import phrase_at
from narrlint.claims.groups_lacking import lacking_wholes
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, GroupClaim, Inclusion, Mention, span_of
from narrlint.claims.groups_phrases import inflected_verb
from narrlint.claims.groups_places import past_place
from narrlint.claims.groups_times import later_status
from narrlint.claims.groups_words import (
    CONTRAST_PHRASES,
    CONTRAST_WORDS,
    COPULAS,
    FOCUS_ADVERBS,
    FOCUS_PHRASES,
    PART_QUANTIFIERS,
    PERCENT,
    PREDICATE_FILLERS,
    VERB_AFTER,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at
from narrlint.nlp.vocabulary import (
    CLAUSE_BREAKS,
    NEGATIONS,
    NUMBER_HEDGES,
    PERSON_NOUNS,
    RELATIVES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

PART_OPENS = (",", "(", "—", "–", "-")
"""Marks after a wider group that open what it is mostly made of ("X, mostly Y", "X (mostly
Y)", "X — mostly Y —", "X - largely Y -": a hyphen typed as a dash)."""
_MOST_OF = tuple(
    (mark, *part, "of", *rest)
    for mark in PART_OPENS
    for part in PART_QUANTIFIERS
    for rest in (("them",), ("whom", "are"), ("whom", "were"))
)
INCLUDED_BY_RELATIVE = tuple(
    (*mark, relative, verb)
    for mark in ((), (",",))
    for relative in ("which", "that")
    for verb in ("includes", "include", "included")
)
"""A relative clause of inclusion after a wider group ("X, which includes Y", "X that include
Y"): the people it names are some of X, as after "including"."""
INCLUDING = (
    ("including",), (",", "including"), ("such", "as"), (",", "such", "as"),
    *INCLUDED_BY_RELATIVE,
    *((mark, *words) for mark in PART_OPENS for words in (("among", "them"), ("among", "whom"))),
    *((mark, adverb) for mark in PART_OPENS for adverb in FOCUS_ADVERBS),
    *_MOST_OF,
    *FOCUS_PHRASES, *((",", *words) for words in FOCUS_PHRASES),
)  # fmt: skip
"""Words between a wider group and a narrower one it names ("X, including Y", "X, among them
Y", "X, mostly Y", "X (mainly Y)", "X, especially Y", "X, most of whom are Y", "X, the bulk
of them Y", "X with a particular focus on Y", "X, which includes Y"): the narrower people are
(some of) the wider."""
_INCLUDING_FIRST = frozenset(words[0] for words in INCLUDING)
_INCLUDING_BY_START: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
for _words in INCLUDING:  # looked up by their first two words, in INCLUDING's order
    _INCLUDING_BY_START[_words[:2]] = (*_INCLUDING_BY_START.get(_words[:2], ()), _words)
OTHER_LINKS = frozenset({"and", "or", "with", "like", "as", "&"})
"""Words that join a group to "other X" ("Y and other X", "Y, like other X", "Y along with
other X")."""
OTHER_FILLERS = frozenset({",", "well", "along", "together", "all", "many", "the", "several",
                           "some", "thousands", "of", "millions", "hundreds"})  # fmt: skip


def _and_other(between: tuple[str, ...]) -> bool:
    """Words between a narrower group and the wider one: "Y and other X", "Y, like other X",
    "Y as well as other X", "Y, along with all other X" (a link word, fillers, "other")."""
    if len(between) < 2 or len(between) > 6 or between[-1] != "other":
        return False
    rest = between[:-1]
    return any(w in OTHER_LINKS for w in rest) and all(
        w in OTHER_LINKS or w in OTHER_FILLERS for w in rest
    )


ClaimMaker = Callable[[Mention], GroupClaim]
"""Makes the claim of a mention (the group reader's own ``_group_claim``)."""


def read_inclusions(
    doc: Doc, lex: Lexicon, analysis: Analysis, claims: dict[int, GroupClaim], make: ClaimMaker
) -> None:
    """ "X, including Y and those holding Z", "X such as Y", "Y and other X": one group named
    as part of another. "Y and other X" joins consecutive mentions; after "including" or
    "such as" every group named in the list that follows is part of X (the list ends at the
    sentence's end, a bracket or dash, or a comma that opens no further item). X is read
    past its place and its own predicate; people named only by the papers they lack may be
    X too, their claim made (with ``make``) when a group is named as part of them."""
    lowers = doc_lowers(doc)
    mentions = analysis.mentions
    for index, first in enumerate(mentions[:-1]):
        second = mentions[index + 1]
        between = tuple(lowers[first.end : second.start])
        if _and_other(between):
            include(doc, claims, second, first, " ".join(between))
            continue
        if first.kind == "adjective":
            continue
        parts = list(_parts_after(doc, analysis, first.end, index + 1))
        end = _own_end(claims, first)
        if not parts and end != first.end:
            parts = list(_parts_after(doc, analysis, end, index + 1))
        others = _past_others(doc, analysis, end) if not parts else end
        if others != end:  # "illegal Afghans and other foreigners in Quetta, most of whom ..."
            parts = list(_parts_after(doc, analysis, others, index + 1))
        for part, words in parts:
            include(doc, claims, first, part, words)
    for whole in lacking_wholes(doc, lex, analysis):
        after = bisect_left([m.start for m in mentions], whole.end)
        parts = list(_parts_after(doc, analysis, whole.end, after))
        if parts:
            claims.setdefault(whole.start, make(whole))
        for part, words in parts:
            include(doc, claims, whole, part, words)


OTHERS_REACH = 3
"""Words of the people after "and other" ("and other foreign individuals")."""


def _past_others(doc: Doc, analysis: Analysis, end: int) -> int:
    """Past "and other foreign nationals" after a group ("illegal Afghan nationals and other
    foreign individuals, the majority of whom are ..."): people of no group of their own
    joined as more of the same kind, so what follows them is said of the whole; ``end``
    when none follows."""
    lowers, n = doc_lowers(doc), len(doc)
    k = end
    while k < n and k < end + 4 and lowers[k] != "other":
        if not (lowers[k] in OTHER_LINKS or lowers[k] in OTHER_FILLERS) or k in analysis.by_start:
            return end
        k += 1
    if k == end or k >= n or lowers[k] != "other" or not _and_other(tuple(lowers[end : k + 1])):
        return end
    j = k + 1
    while j < n and j < k + 1 + OTHERS_REACH and doc[j].is_alpha and j not in analysis.by_start:
        if lowers[j] in PERSON_NOUNS:
            return past_place(doc, j + 1)
        j += 1
    return end


def _own_end(claims: dict[int, GroupClaim], mention: Mention) -> int:
    """The end of the group's own words: past a predicate right after it ("foreigners living
    illegally in Pakistan, including ..."), else the mention's end."""
    claim = claims.get(mention.start)
    said = claim.predicate if claim is not None else None
    if said is not None and said.span.start == mention.end and not said.properties:
        return said.span.end
    return mention.end


def _parts_after(doc: Doc, analysis: Analysis, end: int, following: int):
    """(part, opening words): the groups from mention number ``following`` on (those after
    the wider group) that an opener at ``end`` names as part of the wider group."""
    lowers = doc_lowers(doc)
    at = end
    if at >= len(lowers):
        return
    if lowers[at] not in _INCLUDING_FIRST:
        at = past_place(doc, at)  # "Afghan refugees in Pakistan, including ..."
        if at == end or at >= len(lowers) or lowers[at] not in _INCLUDING_FIRST:
            return
    candidates = _INCLUDING_BY_START.get(tuple(lowers[at : at + 2]), ())
    if not candidates:
        candidates = _INCLUDING_BY_START.get((lowers[at],), ())
    opened = next((w for w in candidates if tuple(lowers[at : at + len(w)]) == w), None)
    share = _share_of(doc, lowers, at) if opened is None else None
    opened = opened or share
    if opened is None:
        return
    words = " ".join(opened)
    if opened in _MOST_OF or share is not None:
        # "refugees, most of whom are undocumented": the part's own adjective
        said = analysis.by_start.get(_past_fillers(lowers, at + len(opened)))
        if said is not None and said.kind == "adjective":
            # not a status of another time ("... were undocumented when they arrived")
            if not later_status(doc, said.start, said.end):
                yield said, words
            return
    stop = _list_end(doc, lowers, analysis, at + len(opened))
    for other in itertools.islice(analysis.mentions, following, None):
        if other.start >= stop:
            break
        if other.kind != "adjective":
            yield other, words


def _share_of(doc: Doc, lowers: list[str], at: int) -> tuple[str, ...] | None:
    """The words of a share of the wider group at ``at`` (", 92 percent of them were",
    " (60% of whom are"): a mark, a number, a percent word, "of them"/"of whom" and an
    optional copula; the people named next are part of the wider group, as after "most of
    them". None when no share opens there."""
    n = len(lowers)
    if lowers[at] not in PART_OPENS or at + 4 >= n or not doc[at + 1].like_num:
        return None
    k = at + 2
    if lowers[k] not in PERCENT:
        return None
    k += 2 if lowers[k] == "per" and lowers[k + 1] == "cent" else 1
    if k + 1 >= n or lowers[k] != "of" or lowers[k + 1] not in ("them", "whom"):
        return None
    k += 2
    if k < n and lowers[k] in COPULAS:
        k += 1
    return tuple(lowers[at:k])


def _past_fillers(lowers: list[str], k: int) -> int:
    """Past adverbs before a part's adjective ("most of whom are now undocumented")."""
    while k < len(lowers) and lowers[k] in PREDICATE_FILLERS:
        k += 1
    return k


LIST_ENDS = frozenset({";", ":", "(", ")", "—", "–", ".", "?", "!"})
LIST_BREAKS = CLAUSE_BREAKS | NEGATIONS | CONTRAST_WORDS
LIST_ITEMS = frozenset({"those", "some", "many", "even"})
"""Words after a comma that go on with a list ("including A, those holding ACCs"); a comma
before "and" ends it ("X, including Y, and Z may stay": Z is no item)."""


ITEM_SHARES = tuple((*words, "of") for words in PART_QUANTIFIERS)
SHARE_NOUNS = frozenset({"number", "share", "proportion", "portion", "majority", "minority",
                         "part", "section"})  # fmt: skip
"""Words of a share before an item of the list ("including a significant number of
undocumented migrants", "which includes a sizeable share of ...", "many of the ACC
holders"): the item's own words."""


def _share_end(doc: Doc, lowers: list[str], k: int) -> int:
    """The end of the words of a share opening an item at ``k`` (:data:`ITEM_SHARES`, or an
    article, at most one word describing it and a noun of :data:`SHARE_NOUNS` before "of"),
    else ``k``."""
    for words in ITEM_SHARES:
        if words[0] == lowers[k] and tuple(lowers[k : k + len(words)]) == words:
            return k + len(words)
    if lowers[k] not in ("a", "the"):
        return k
    for noun in (k + 1, k + 2):
        if noun + 1 >= len(lowers) or (noun == k + 2 and not doc[k + 1].is_alpha):
            break
        if lowers[noun] in SHARE_NOUNS and lowers[noun + 1] == "of":
            return noun + 2
    return k


def _list_end(doc: Doc, lowers: list[str], analysis: Analysis, start: int) -> int:
    """Where the list after "including" ends: a stop mark, a contrast ("but not"), a comma
    that opens no further item, or a verb of the sentence ("... including X were detained
    and Y questioned"; verbs of a relative clause in an item, "those who were registered",
    belong to the item). The words of a share opening an item ("a large number of") are
    the item's."""
    limit = min(sentence_at(doc, start - 1).end, start + 30)
    relative = False
    share_end = start
    for k in range(start, limit):
        lower = lowers[k]
        if k < share_end:
            continue
        if k == start or lowers[k - 1] in ("and", "or", ","):
            share_end = _share_end(doc, lowers, k)
            if share_end > k:
                continue
        if lower in LIST_ENDS or lower in LIST_BREAKS or phrase_at(lowers, k, CONTRAST_PHRASES):
            return k
        if lower in RELATIVES:
            relative = True
        elif lower in ("and", "or", ","):
            relative = False
        elif (
            not relative
            and (lower in VERB_AFTER or (inflected_verb(doc[k]) and not doc[k].is_stop))
            and (k not in analysis.by_start)
            and not _hedging(doc, lowers, k)
        ):
            return k
        if (
            lower == ","
            and k + 1 < limit
            and lowers[k + 1] not in LIST_ITEMS
            and k + 1 not in analysis.by_start
        ):
            return k
    return limit


def _hedging(doc: Doc, lowers: list[str], k: int) -> bool:
    """A hedge of the number after it ("including roughly 800,000 ACC holders", "an
    estimated 1.3 million ..."): an item's own words, no verb of the sentence."""
    return lowers[k] in NUMBER_HEDGES and k + 1 < len(doc) and doc[k + 1].like_num


def include(doc: Doc, claims: dict[int, GroupClaim], wider, narrower, words: str) -> None:
    """Record that ``narrower`` is named as part of ``wider`` on both their claims."""
    inclusion = Inclusion(
        span_of(doc, wider.start, wider.end), span_of(doc, narrower.start, narrower.end), words
    )
    for mention in (wider, narrower):
        claim = claims[mention.start]
        object.__setattr__(claim, "inclusions", (*claim.inclusions, inclusion))
