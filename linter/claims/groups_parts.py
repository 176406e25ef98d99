"""Numbers in lists: parts of a whole and lists paired "respectively".

* "Of these, 1.3 million hold PoR cards while 813,000 hold ACCs", "Among the legal refugees,
  800,000 possess an ACC": the groups a sentence counts after "of/among X" are parts of X
  (:func:`partitions`, read as inclusions by :mod:`narrlint.claims.groups`);
* "Afghans with PoR and ACC number 1.3 million and 800,000, respectively": each number is
  given for the group in its place of the list before it (:func:`respective`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from narrlint.claims.groups_clauses import sentence_clauses
from narrlint.claims.groups_figures import (
    FigureUse,
    figure_use,
    not_a_count,
    scaled,
)
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_phrases import Analysis, Mention, match_object
from narrlint.claims.groups_places import past_place
from narrlint.claims.groups_words import (
    FIGURE_HEDGES,
    PARTITION_OPENS,
    PARTITION_PRONOUNS,
    PARTITION_WORDS,
    SCALE_WORDS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, sentences, spans_within

COORDINATORS = frozenset({",", "and", "or", "&", "/"})
LIST_JOINERS = frozenset({",", "and", "or", "&"}) | FIGURE_HEDGES


def respective(doc: Doc, lex: Lexicon, analysis: Analysis) -> dict[int, frozenset[str]]:
    """Number start → its group in a list paired "respectively": "Afghans with PoR and ACC
    number 1.3 million and 800,000, respectively" (as many groups before the numbers, in
    the sentence, as numbers)."""
    found: dict[int, frozenset[str]] = {}
    lowers = doc_lowers(doc)
    for k, lower in enumerate(lowers):
        if lower != "respectively":
            continue
        sentence = sentence_at(doc, k)
        listed: list[Span] = []
        edge = k
        for span in reversed(spans_within(doc, "numbers", sentence.start, k)):
            between = lowers[span.end : edge]
            if not set(between) <= LIST_JOINERS | SCALE_WORDS.keys() | {"("}:
                break
            listed.insert(0, span)
            edge = span.start
        if len(listed) < 2:
            continue
        groups = _listed_groups(lex, lowers, analysis.within(sentence.start, listed[0].start))
        if groups is not None and len(groups) == len(listed):
            found.update((s.start, frozenset({g})) for s, g in zip(listed, groups, strict=True))
    return found


def _listed_groups(lex: Lexicon, lowers: list[str], mentions: list[Mention]) -> list[str] | None:
    """The groups these mentions name, in text order (None when an order cannot be read)."""
    groups: list[str] = []
    for index, mention in enumerate(mentions):
        # "PoR and ACC holders": a modifier joined to the next group shares its head
        shared = (
            index + 1 < len(mentions)
            and lowers[mention.end] in COORDINATORS
            and mentions[index + 1].start == mention.end + 1
        )
        if mention.kind != "adjective" or shared:
            ordered = _in_order(lex, lowers, mention)
            if ordered is None:
                return None
            groups += ordered
    return groups


def _in_order(lex: Lexicon, lowers: list[str], mention: Mention) -> list[str] | None:
    """A mention's groups in the order it names them ("with PoR and ACC": por, acc), or None
    when the order cannot be read."""
    if len(mention.categories) == 1:
        return list(mention.categories)
    order: list[str] = []
    for j in range(mention.start, mention.end):
        for words, category in lex.holdings:
            if category not in order and match_object(lowers, j, words) is not None:
                order.append(category)
                break
    return order if set(order) == mention.categories else None


def partitions(
    doc: Doc, lex: Lexicon, analysis: Analysis
) -> Iterator[tuple[Mention, Mention, str]]:
    """(wider, narrower): "Of these, 1.3 million hold PoR cards while 813,000 hold ACCs",
    "Among the legal refugees, 800,000 possess an ACC", "among the 1.7 million Afghan
    migrants ..., 50,000 possess PoR cards": the groups a sentence counts after "of/among X"
    (up to a semicolon or its end) are parts of X. "These" is the group the nearest number
    before counts, when that number is a group's figure."""
    lowers = doc_lowers(doc)
    by_number = {use.number[0]: use for use in analysis.figures}
    numbers = sorted(s.start for s in doc.spans.get("numbers", []))
    for sentence in sentences(doc):
        for k in range(sentence.start, sentence.end - 2):
            if lowers[k] not in PARTITION_WORDS:
                continue
            if k > sentence.start and lowers[k - 1] not in PARTITION_OPENS:
                continue
            opened = _partition_opener(doc, lex, analysis, lowers, k, by_number, numbers)
            if opened is None:
                continue
            wider, j = opened
            stop = next((m for m in range(j, sentence.end) if lowers[m] == ";"), sentence.end)
            clauses = sentence_clauses(sentence)
            for span in spans_within(doc, "numbers", j, stop):
                use = by_number.get(span.start)
                if use is None:  # a part's count need not be any ledger figure
                    value, end = scaled(doc, span)
                    if value is None or not_a_count(doc, span.start, end):
                        continue
                    use = figure_use(doc, lex, analysis, clauses, span.start, end, value)
                narrower = _counted(analysis, use) if use is not None else None
                if narrower is not None and narrower.start != wider.start:
                    yield wider, narrower, lowers[k]


def _partition_opener(doc, lex, analysis, lowers, k: int, by_number, numbers):
    """The wider group of a partition opening at ``k`` and where its counts begin."""
    j = k + 1
    if lowers[j] in PARTITION_PRONOUNS:
        before = [n for n in numbers if n < k and n >= sentence_at(doc, k).start - 60]
        use = by_number.get(before[-1]) if before else None
        wider = _counted(analysis, use) if use is not None else None
        j += 1 + (j + 1 < len(doc) and lowers[j + 1] == ",")
    else:
        steps = 0
        while j < len(doc) and j not in analysis.by_start and steps < 5:
            token = doc[j]
            if not (token.is_alpha and token.is_lower) and not token.like_num:
                return None  # "of the 1.7 million", "among the legal": words before a group
            j += 1
            steps += 1
        wider = analysis.by_start.get(j)
        if wider is None:
            return None
        j = past_place(doc, wider.end)
        if j >= len(doc) or lowers[j] != ",":
            return None
        j += 1
    if wider is None or wider.kind == "adjective":
        return None
    if not any(j <= n < j + 4 for n in numbers):
        return None  # the partition's counts follow at once ("Of these, some 1.3 million")
    return wider, j


def _counted(analysis: Analysis, use: FigureUse) -> Mention | None:
    """The group mention a figure counts ("1.3 million possess PoR cards": the holding)."""
    if use.how == "before":
        return analysis.by_start.get(use.span[0])
    for mention in analysis.within(use.number[1], use.span[1]):
        if mention.end == use.span[1] and use.named <= mention.categories:
            return mention
    return None
