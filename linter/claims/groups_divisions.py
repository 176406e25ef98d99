"""A group divided into parts by a verb: "Afghan refugees in Pakistan can be categorised into
three groups: undocumented Afghans, ACC holders and PoR card holders", "the refugees are
made up of ...", "undocumented migrants include Afghan refugees". Every group the list after
the verb names is a part of the group before it (read as inclusions by
:mod:`narrlint.claims.groups`, judged like "X, including Y").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_places import past_place
from narrlint.claims.groups_words import CONTRAST_WORDS, FIGURE_HEDGES
from narrlint.nlp.quantities import ORDINALS
from narrlint.nlp.tokens import lemma_lowers, sentence_at, where_lemma
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc

DIVIDING = frozenset({"categorise", "categorize", "divide", "split", "classify", "break",
                      "fall", "sort", "separate", "group"})  # fmt: skip
"""Verbs that divide a whole "into" its parts."""
COMPRISING = {"comprise": (), "consist": ("of",), "make": ("up", "of"), "compose": ("of",),
              "include": ()}  # fmt: skip
"""Verbs whose object lists a whole's parts, and the words they take before it."""
VERBS = DIVIDING | frozenset(COMPRISING)
COMPRISING_PARTICIPLES = frozenset({"comprise", "consist", "compose"})
"""Verbs whose "-ing" form lists parts too ("..., comprising A and B")."""
BEFORE_VERB = frozenset({
    "can", "could", "may", "might", "will", "would", "be", "is", "are", "was", "were", "been",
    "being", "has", "have", "had", "primarily", "mainly", "broadly", "largely", "roughly",
    "generally", "further", "now", "currently", "also", "essentially", "mostly", "chiefly",
    "down", "up",
})  # fmt: skip
"""Words between a whole (past its place) and its dividing verb."""
PART_NOUNS = frozenset({"groups", "categories", "types", "kinds", "classes", "segments",
                        "sections", "parts", "sets", "main", "broad", "distinct",
                        "major"})  # fmt: skip
"""Words that announce a list of parts ("into three main groups:")."""
LIST_REACH = 60
"""How far a list of parts (and the whole before its verb) is read, in tokens."""
LIST_STOPS = frozenset({";", ".", "?", "!", "but"})
"""Marks that end a list of parts; so do negations and contrasts ("... but not Y")."""


def divisions(doc: Doc, analysis: Analysis) -> Iterator[tuple[Mention, Mention, str]]:
    """(wider, narrower, verb): each group in the list after a dividing verb is a part of
    the group that verb divides."""
    if not analysis.mentions:
        return
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    for k in where_lemma(doc, VERBS):
        lemma = lemmas[k]
        if lowers[k].endswith("ing") and lemma not in COMPRISING_PARTICIPLES:
            continue  # "X, including Y": the inclusion reader's; "X dividing ..." no whole
        start = _list_start(lowers, lemma, k)
        if start is None:
            continue
        wider = _whole_before(doc, analysis, lowers, k)
        if wider is None:
            continue
        end = min(sentence_at(doc, k).end, start + LIST_REACH)
        stop = next(
            (j for j in range(start, end) if lowers[j] in LIST_STOPS
             or lowers[j] in NEGATIONS or lowers[j] in CONTRAST_WORDS),
            end,
        )  # fmt: skip
        for part in analysis.within(start, stop):
            if part.kind != "adjective" and part.start != wider.start:
                yield wider, part, lowers[k]


def _list_start(lowers: list[str], lemma: str, k: int) -> int | None:
    """Where the list of parts begins after the verb at ``k``, or None when the verb is not
    followed by the words that open its list ("divided into", "made up of")."""
    j = k + 1
    if lemma in DIVIDING:
        while j < len(lowers) and j <= k + 2 and lowers[j] in BEFORE_VERB:
            j += 1  # "broken down into", "divided broadly into"
        if j >= len(lowers) or lowers[j] not in ("into", "between"):
            return None
        j += 1
        while j < len(lowers) and (
            lowers[j] in PART_NOUNS or lowers[j] in ORDINALS or lowers[j].isdigit()
        ):
            j += 1
    else:
        words = COMPRISING[lemma]
        while (
            j < len(lowers)
            and j <= k + 2
            and lowers[j] in BEFORE_VERB
            and tuple(lowers[j : j + len(words)]) != words
        ):
            j += 1  # "consist mainly of", "comprise mostly"
        if tuple(lowers[j : j + len(words)]) != words:
            return None
        j += len(words)
    if j < len(lowers) and lowers[j] in (":", "—", "–", "-"):
        j += 1
    return j


def _whole_before(doc: Doc, analysis: Analysis, lowers: list[str], k: int) -> Mention | None:
    """The group the verb at ``k`` divides: the last group before it in its sentence, past
    its place and with only modals, forms of "be" and adverbs between ("Afghan refugees in
    Pakistan can primarily be categorised")."""
    first = max(sentence_at(doc, k).start, k - LIST_REACH)
    before = analysis.within(first, k)
    if not before:
        return None
    wider = before[-1]
    if wider.kind == "adjective":
        return None
    j = _past_size(doc, lowers, past_place(doc, wider.end), k)
    if j > k:
        return None
    # "3 million Afghan refugees, comprising ...", "..., made up of ...": a participle set
    # off by a comma describes the noun before it, wherever that noun stands; a finite
    # verb divides its subject ("the plan to deport undocumented Afghans includes ...")
    between = [lowers[i] for i in range(j, k)]
    participle = between[:1] == [","] and (lowers[k].endswith(("ing", "ed")) or lowers[k] == "made")
    if participle:
        between = between[1:]
    elif not _subject_opens(doc, lowers, wider.start, first):
        return None
    if all(w in BEFORE_VERB for w in between):
        return wider
    return None


def _past_size(doc: Doc, lowers: list[str], j: int, k: int) -> int:
    """Past the whole's size set off after it (", estimated at 3 million,", "of 1.3
    million"): the verb still divides the group."""
    if j < k and lowers[j] == ",":
        close = next((i for i in range(j + 1, min(k, j + 9)) if lowers[i] == ","), None)
        if close is not None and any(doc[i].like_num for i in range(j, close)):
            return close + 1
    if j < k and lowers[j] == "of":
        i = j + 1
        while i < k and (doc[i].like_num or lowers[i] in FIGURE_HEDGES):
            i += 1
        return i if i > j + 1 else j
    return j


AMONG_FILLERS = frozenset({"the", "these", "those", "many", "some", "several", "thousands",
                           "hundreds", "dozens", "of", "them", "also", "even", "a", "few",
                           "number", "large", "there"})  # fmt: skip
"""Words between "among X are" and the group named as its part ("many", "thousands of")."""


def among_parts(doc: Doc, analysis: Analysis) -> Iterator[tuple[Mention, Mention, str]]:
    """(wider, narrower, "among"): "Among the illegal immigrants were many Afghan refugees",
    "Among those detained, there were registered refugees": the group named after the verb
    is one of the group "among" names."""
    lowers = doc_lowers(doc)
    for k in where_lemma(doc, AMONG):
        among_them = _among_after(doc, analysis, lowers, k)
        if among_them is not None:
            yield among_them
            continue
        if k > 0 and lowers[k - 1] not in (",", ";", ":") and sentence_at(doc, k).start != k:
            continue
        j = k + 1
        while j < len(doc) and lowers[j] in ("the", "these", "those", "all"):
            j += 1
        wider = analysis.by_start.get(j)
        if wider is None or wider.kind == "adjective":
            continue
        j = past_place(doc, wider.end)
        j += j < len(doc) and lowers[j] == ","
        if j + 1 >= len(doc) or lowers[j] not in ("are", "were", "is", "was", "there"):
            continue
        j += 1 + (lowers[j] == "there")
        while j < len(doc) and (lowers[j] in AMONG_FILLERS or doc[j].like_num):
            j += 1
        part = analysis.by_start.get(j)
        if part is not None and part.kind != "adjective" and part.start != wider.start:
            yield wider, part, "among"


AMONG = frozenset({"among", "amongst"})


SUBJECT_OPENERS = frozenset({",", ";", ":", "(", "—", "–", "-", "“", '"', "‘", "'", "that",
                             "and", "but", "while", "whereas"})  # fmt: skip
"""Words after which a group may open the subject of a dividing verb."""
SUBJECT_VERBS = REPORTING_LEMMAS | {"estimate", "believe", "show", "indicate", "suggest"}
"""Verbs after which a group may open the subject of what they report ("officials estimate the
refugees include …")."""
SUBJECT_DETERMINERS = frozenset({"the", "these", "those", "all", "many", "most", "some",
                                 "'s", "’s", "about", "around", "nearly", "over"})  # fmt: skip


def _subject_opens(doc: Doc, lowers: list[str], start: int, first: int) -> bool:
    """Does the group at ``start`` open its clause's subject ("Afghan refugees include ...",
    "Officials say the refugees include ...") rather than stand in another noun's phrase
    ("the plan to deport undocumented Afghans includes ...": the plan includes them)?"""
    k = start - 1
    while k >= first and (
        lowers[k] in SUBJECT_DETERMINERS
        or doc[k].like_num
        or (doc[k].is_title and (k > first or lowers[k + 1] in ("'s", "’s")))
    ):
        k -= 1
    if k < first:
        return True
    return lowers[k] in SUBJECT_OPENERS or doc[k].lemma_.lower() in SUBJECT_VERBS


def _among_after(doc: Doc, analysis: Analysis, lowers: list[str], k: int):
    """(wider, narrower, "among") for "Y are (also) among (the) X" ("ACC holders are among
    the Afghan refugees facing deportation"): Y is named as one of X."""
    j = k + 1
    while j < len(doc) and lowers[j] in ("the", "these", "those", "all"):
        j += 1
    wider = analysis.by_start.get(j)
    i = k - 1
    while i >= 0 and lowers[i] in BEFORE_VERB and lowers[i] not in COPULA_FORMS:
        i -= 1  # "are also among", "were now among"
    if wider is None or wider.kind == "adjective" or i < 1 or lowers[i] not in COPULA_FORMS:
        return None
    part = next((m for m in analysis.within(sentence_at(doc, k).start, i) if m.end == i), None)
    if part is None or part.kind == "adjective" or part.start == wider.start:
        return None
    return wider, part, "among"


COPULA_FORMS = frozenset({"are", "were", "is", "was", "be", "been"})
