"""A total given after the counts it sums.

"Bugti said some 1.73 million Afghan nationals had no legal documents to stay, adding a total
of 4.4 million Afghan refugees living in Pakistan"; "More than 800,000 Afghans hold an ACC.
Another 1.3 million hold PoR cards. In total, Pakistan hosts 2.8 million Afghan refugees":
the counts before "a total of" / "in total" (in its sentence and the two before it) are parts
of the total's group, as after "Of these, ..." (:func:`narrlint.claims.groups_parts.
partitions`) but in the other order. Read as inclusions; NL301 weighs them against the
total's own number (a group's own size may be given after counts of others).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.groups_figures import FigureUse
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_parts import counted
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, sentences, where_lower

if TYPE_CHECKING:
    from spacy.tokens import Doc

TOTAL_OPENERS = (("a", "total", "of"), ("in", "total"))
TOTAL_WORDS = frozenset({"total"})
SUMMED_WORDS = frozenset(" ".join(words) for words in TOTAL_OPENERS)
"""The words :func:`totals` gives its parts (weighed, like elided parts, against the whole's
own number)."""
WHOLE_REACH = 8
"""Words from the opener to the total's number ("In total, Pakistan has hosted over ...")."""
SENTENCES_BACK = 2
PARTS_SLACK = 1.05
"""Parts summing to more than their total (with rounding) are not its parts."""


_TOTAL = frozenset({"total"})


def totals(doc: Doc, lex: Lexicon, analysis: Analysis) -> Iterator[tuple[Mention, object, str]]:
    """(wider, part, words): each count before a total that it sums; the part is the count's
    group mention, or its figure use when a predicate names the group ("1.73 million had no
    legal documents")."""
    lowers = doc_lowers(doc)
    if not where_lower(doc, _TOTAL):  # most docs: the doc's word index holds no "total"
        return
    for k in where_lower(doc, TOTAL_WORDS):
        opener = next(
            (w for w in TOTAL_OPENERS if tuple(lowers[k - 1 : k - 1 + len(w)]) == w), None
        )
        if opener is None or k == 0:
            continue
        whole = _whole_after(doc, analysis, k - 1 + len(opener))
        wider = counted(analysis, whole) if whole is not None else None
        if wider is None or wider.kind != "head":
            continue
        parts = _parts_before(doc, analysis, k - 1)
        if not parts or sum(u.value for u in parts) > whole.value * PARTS_SLACK:
            continue
        for use in parts:
            narrower = counted(analysis, use)
            if narrower is not None and narrower.start != wider.start:
                yield wider, narrower, " ".join(opener)
            elif narrower is None and use.how == "predicate":
                yield wider, use, " ".join(opener)


def _whole_after(doc: Doc, analysis: Analysis, j: int) -> FigureUse | None:
    end = min(sentence_at(doc, j).end, j + WHOLE_REACH)
    return next((u for u in analysis.figures if j <= u.number[0] < end), None)


def _parts_before(doc: Doc, analysis: Analysis, k: int) -> list[FigureUse]:
    """The group counts in the sentence of ``k`` before it and in the sentences before."""
    start = sentence_at(doc, k).start
    earlier = [s for s in sentences(doc) if s.end <= start]
    if earlier:
        start = earlier[-min(SENTENCES_BACK, len(earlier))].start
    return [
        u for u in analysis.figures
        if start <= u.number[0] < k and u.named and u.how != "exposure"
    ]  # fmt: skip
