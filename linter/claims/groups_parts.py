"""Numbers in lists: parts of a whole and lists paired "respectively".

* "Of these, 1.3 million hold PoR cards while 813,000 hold ACCs", "Among the legal refugees,
  800,000 possess an ACC": the groups a sentence counts after "of/among X" are parts of X
  (:func:`partitions`, read as inclusions by :mod:`narrlint.claims.groups`);
* "Afghans with PoR and ACC number 1.3 million and 800,000, respectively": each number is
  given for the group in its place of the list before it (:func:`respective`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import sentence_clauses
from narrlint.claims.groups_figures import (
    FigureUse,
    figure_use,
    not_a_count,
    scaled,
)
from narrlint.claims.groups_gate import gate
from narrlint.claims.groups_holdings import match_object
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_places import past_place, past_stay
from narrlint.claims.groups_sentence_times import YEARS
from narrlint.claims.groups_words import (
    BACK_DETERMINERS,
    FIGURE_HEDGES,
    PARTITION_OPENS,
    PARTITION_PRONOUNS,
    PARTITION_WORDS,
    SCALE_WORDS,
    WHOLE_NOUNS,
    YEAR_SETTERS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at, sentences, spans_of, spans_within, where_lower
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

COORDINATORS = frozenset({",", "and", "or", "&", "/"})
LIST_JOINERS = frozenset({",", "and", "or", "&"}) | FIGURE_HEDGES


_RESPECTIVELY = frozenset({"respectively"})


def respective(doc: Doc, lex: Lexicon, analysis: Analysis) -> dict[int, frozenset[str]]:
    """Number start → its group in a list paired "respectively": "Afghans with PoR and ACC
    number 1.3 million and 800,000, respectively" (as many groups before the numbers, in
    the sentence, as numbers)."""
    found: dict[int, frozenset[str]] = {}
    lowers = doc_lowers(doc)
    for k in where_lower(doc, _RESPECTIVELY):  # most docs have none: the doc's word index
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
) -> Iterator[tuple[Mention, Mention | FigureUse, str]]:
    """(wider, narrower): "Of these, 1.3 million hold PoR cards while 813,000 hold ACCs",
    "Among the legal refugees, 800,000 possess an ACC", "among the 1.7 million Afghan
    migrants ..., 50,000 possess PoR cards": the groups a sentence counts after "of/among X"
    (up to a semicolon or its end, and a count opening the next sentence while the parts
    stay within X's own number) are parts of X: a group mention, or the count itself when a
    predicate names its group. "These" is the group the nearest number before counts, when
    that number is a group's figure."""
    lowers = doc_lowers(doc)
    by_number = {use.number[0]: use for use in analysis.figures}
    numbers = sorted(s.start for s in spans_of(doc, "numbers"))
    # only "of"/"among" that open a sentence or follow a comma, colon, "that"... can open parts
    sentence_starts: set[int] | None = None
    for k in where_lower(doc, PARTITION_WORDS):
        first = k - 1 if k > 0 and lowers[k - 1] == "out" else k  # "Out of 3.7 million ..."
        if first > 0 and lowers[first - 1] not in PARTITION_OPENS:
            if sentence_starts is None:
                sentence_starts = {s.start for s in sentences(doc)}
            if first not in sentence_starts:
                continue
        sentence = sentence_at(doc, k)
        if k >= sentence.end - 2:
            continue
        opened = _partition_opener(doc, lex, analysis, lowers, k, by_number, numbers)
        if opened is None:
            continue
        wider, j = opened
        stop = next((m for m in range(j, sentence.end) if lowers[m] == ";"), sentence.end)
        uses = list(_counts(doc, lex, analysis, by_number, j, stop))
        # "Of these, 1.4 million hold PoR cards and 800,000 ACCs. 600,000 migrants have no
        # documents.": a count opening the next sentence goes on with the parts
        following = _next_opening_count(doc, lex, analysis, by_number, sentence.end)
        if following is not None and _within_whole(analysis, wider, [*uses, following]):
            uses.append(following)
        for use in uses:
            narrower = counted(analysis, use)
            if narrower is not None and narrower.start != wider.start:
                yield wider, narrower, lowers[k]
            elif narrower is None and use.how == "predicate":
                yield wider, use, lowers[k]  # "600,000 migrants do not have ...": its claim


def _counts(doc, lex, analysis, by_number, start: int, stop: int) -> Iterator[FigureUse]:
    """The group counts of ``doc[start:stop]`` (a part's count need not be a ledger figure)."""
    clauses = None
    for span in spans_within(doc, "numbers", start, stop):
        use = by_number.get(span.start)
        if use is None:
            value, end = scaled(doc, span)
            if value is None or not_a_count(doc, span.start, end):
                continue
            clauses = clauses or sentence_clauses(sentence_at(doc, span.start))
            use = figure_use(doc, lex, analysis, clauses, span.start, end, value)
        if use is not None:
            yield use


def _next_opening_count(doc, lex, analysis, by_number, end: int) -> FigureUse | None:
    """The count that opens the sentence starting at ``end`` ("600,000 migrants do not have
    ..."), not one that adds people ("Another 600,000 ...", "600,000 more ...")."""
    if end >= len(doc):
        return None
    lowers = doc_lowers(doc)
    k = _past_hedges(lowers, end)
    span = next((s for s in spans_of(doc, "numbers") if s.start == k), None)
    if span is None:
        return None
    use = next(_counts(doc, lex, analysis, by_number, k, span.end), None)
    if use is None or use.how == "exposure" or lowers[use.number[1]] in MORE_WORDS:
        return None
    return use


def _within_whole(analysis: Analysis, wider: Mention, parts: list[FigureUse]) -> bool:
    """Parts of a group with a number of its own stay within it together."""
    whole = next((u.value for u in analysis.figures if u.span[0] == wider.start), None)
    whole = whole or next((u.value for u in analysis.figures if u.span[1] == wider.end), None)
    return whole is not None and sum(u.value for u in parts) <= whole * 1.05


def trailing_parts(
    doc: Doc, lex: Lexicon, analysis: Analysis
) -> Iterator[tuple[Mention, FigureUse, str]]:
    """(wider, part's count, words): parts counted after a group, past a comma: "2.1 million
    Afghan refugees, with 1.3 million holding PoR cards and 800,000 holding ACCs", "...
    refugees, with 1.73 million who have no legal documents", "... refugees, of whom 400,000
    have no documents", "... refugees, 800,000 of whom hold ACCs". After "with", a count is a
    part only when it has no noun of its own (a holding, a restriction: "with 880,000 ACC
    holders" may be another group beside the first); "of whom" says so of any count. The
    parts go on while counts are joined by "and", commas or "while"."""
    lowers = doc_lowers(doc)
    by_number: dict[int, FigureUse] | None = None
    starts: dict[int, Span] | None = None  # built only for a group followed by a comma
    for index, wider in enumerate(analysis.mentions):
        if wider.kind == "adjective" or _coordinated_last(lowers, analysis.mentions, index):
            continue
        at = past_stay(doc, wider.end)  # "... refugees are residing in Pakistan, with ..."
        if at + 2 >= len(doc):
            continue
        if lowers[at] in UNMARKED_OPENERS:
            at -= 1  # "... refugees including one million unregistered": no comma needed
        elif lowers[at] not in PART_MARKS:
            continue
        if starts is None or by_number is None:
            starts = {s.start: s for s in spans_of(doc, "numbers")}
            by_number = {use.number[0]: use for use in analysis.figures}
        opened = _part_opener(lowers, at + 1, starts)
        if opened is None:
            continue
        k, words, bare = opened
        sentence_end = sentence_at(doc, k).end
        clauses = None
        parts: list[FigureUse] = []
        while k in starts:
            span = starts[k]
            use = by_number.get(k)
            if use is None:
                value, end = scaled(doc, span)
                if value is None or not_a_count(doc, k, end):
                    break
                clauses = clauses or sentence_clauses(sentence_at(doc, k))
                use = figure_use(doc, lex, analysis, clauses, k, end, value)
            if use is None or use.how == "exposure" or lowers[use.number[1]] in MORE_WORDS:
                break  # "880,000 more holding ACCs": people beside the group
            if bare and not (
                _bare(doc, lex, use.number[1]) and _noun_less(analysis, use, counted(analysis, use))
            ):
                break
            parts.append(use)
            k = _next_part(lowers, use.span[1], sentence_end, starts)
        # after "with", one count of the list with a noun of its own ("with 880,000 holding
        # ACCs and 1.7 million undocumented Afghans") makes it a list of groups beside the
        # first, not of its parts; parts that outnumber the whole are none of its parts
        if (bare and k in starts) or _outnumbered(analysis, wider, parts):
            continue
        for use in parts:
            yield wider, use, words


MORE_WORDS = frozenset({"more", "others", "other", "additional", "extra"})
"""Words after a count that add people beside a group rather than count its part."""


def _bare(doc: Doc, lex: Lexicon, end: int) -> bool:
    """A count with no noun for its people ("1.3 million holding PoR cards", "500,000 of them
    living ..."), not "880,000 Afghans holding ACCs" or "880,000 people who ..." (people
    named anew, who may be beside the first group)."""
    lowers = doc_lowers(doc)
    j = end
    if tuple(lowers[j : j + 2]) in (("of", "them"), ("of", "whom")):
        j += 2
    if j >= len(doc):
        return False
    word = doc_texts(doc)[j]
    lower = lowers[j]
    return not (
        lower in PERSON_NOUNS or lower in lex.people or lower in lex.heads or word.istitle()
    )


def _outnumbered(analysis: Analysis, wider: Mention, parts: list[FigureUse]) -> bool:
    """Do the counts exceed the number the group itself is given ("1.3 million registered
    refugees, with 1.7 million living without documents": not a part of them)?"""
    whole = next((u.value for u in analysis.figures if u.span[1] == wider.end), None)
    return whole is not None and sum(u.value for u in parts) > whole * 1.05


def _coordinated_last(lowers: list[str], mentions: list[Mention], index: int) -> bool:
    """The last group of a list ("Afghan migrants and refugees, with 1.7 million lacking
    documents"): the parts that follow are the whole list's, any of its groups'."""
    if index == 0:
        return False
    before, mention = mentions[index - 1], mentions[index]
    if not 0 < mention.start - before.end <= 2:
        return False
    between = lowers[before.end : mention.start]
    return bool(between) and set(between) <= COORDINATORS


PART_OPENERS = (("with",), ("including",), ("of", "whom"), ("among", "whom"), ("of", "which"))
UNMARKED_OPENERS = frozenset({"including"})
"""A part opener that needs no mark before it (its counts must still be noun-less)."""
PART_MARKS = frozenset({",", "—", "–", "-"})
"""Marks after a group before its parts ("... refugees - 1.7 million of them undocumented")."""
NOUNLESS_OPENERS = frozenset({("with",), ("including",)})
"""Openers after which a count is a part only without a noun of its own ("including 1.7
million who are undocumented"; "including 1.7 million undocumented Afghans" names a group
that the inclusion reader reads)."""
"""Words after a group and a comma that open its parts ("..., with 1.3 million holding PoR
cards"); a count followed by "of whom" ("..., 800,000 of whom hold ACCs") does too."""
PART_JOINERS = frozenset({",", "and", "while", "whereas", "whilst"})
PART_HEDGES = frozenset({"some", "about", "around", "approximately", "roughly", "nearly",
                         "almost", "over", "more", "than", "at", "least", "an", "estimated",
                         "just", "under", "close", "to", "up", "only"})  # fmt: skip
"""Words between a part's opener and its count; "another", "a further" add people instead."""


def _part_opener(lowers: list[str], j: int, starts) -> tuple[int, str, bool] | None:
    """(count start, opening words, whether the count must be noun-less) at ``j``."""
    for words in PART_OPENERS:
        if tuple(lowers[j : j + len(words)]) == words:
            k = _past_hedges(lowers, j + len(words))
            return (k, " ".join(words), words in NOUNLESS_OPENERS) if k in starts else None
    k = _past_hedges(lowers, j)
    span = starts.get(k)
    if span is not None and tuple(lowers[span.end : span.end + 2]) in (
        ("of", "whom"), ("of", "them"), ("of", "which"),
    ):  # fmt: skip
        return k, "of whom", False
    return None


def _past_hedges(lowers: list[str], k: int) -> int:
    stop = min(len(lowers), k + 3)
    while k < stop and lowers[k] in PART_HEDGES:
        k += 1
    return k


def _next_part(lowers: list[str], end: int, stop: int, starts) -> int:
    """Where the next count of the list starts, or -1: after joiners and hedges only."""
    k = end
    while k < stop and k < end + 3 and lowers[k] in PART_JOINERS:
        k += 1
    k = _past_hedges(lowers, k)
    return k if k > end and k in starts else -1


def _noun_less(analysis: Analysis, use: FigureUse, part: Mention | None) -> bool:
    """A count whose people are named by no noun of a group: "1.3 million holding PoR
    cards", "1.73 million who have no legal documents", "500,000 of them living ..."."""
    if part is not None:
        return part.kind in ("holding", "adjective")  # "who are undocumented"
    within = analysis.within(use.number[1], use.span[1])
    # "1.73 million who are undocumented", "one million unregistered"
    return use.how in ("predicate", "phrase") and all(m.kind == "adjective" for m in within)


def _partition_opener(doc, lex, analysis, lowers, k: int, by_number, numbers):
    """The wider group of a partition opening at ``k`` and where its counts begin."""
    j = k + 1
    back = _back_reference(lowers, j) or _repeated_whole(doc, lowers, j, k, by_number, numbers)
    if back:
        before = [n for n in numbers if n < k and n >= sentence_at(doc, k).start - 60]
        use = by_number.get(before[-1]) if before else None
        wider = counted(analysis, use) if use is not None else None
        j += back + (j + back < len(doc) and lowers[j + back] == ",")
    else:
        steps = 0
        while j < len(doc) and j not in analysis.by_start and steps < 6:
            token = doc[j]
            # "of the 1.7 million", "among the legal", "among Pakistan's 3 million"
            if not (
                (token.is_alpha and token.is_lower)
                or token.like_num
                or lowers[j] in lex.countries
                or lowers[j] in ("'s", "’s")
            ):
                return None
            j += 1
            steps += 1
        wider = analysis.by_start.get(j)
        if wider is None:
            return None
        j = past_place(doc, wider.end)
        # "Among X, 800,000 hold ACCs"; "Among X are 800,000 ACC holders"
        if j >= len(doc) or lowers[j] not in (",", "are", "were", "is", "was"):
            return None
        j += 1
    if wider is None or wider.kind == "adjective":
        return None
    if not any(j <= n < j + 4 for n in numbers):
        return None  # the partition's counts follow at once ("Of these, some 1.3 million")
    return wider, j


def _repeated_whole(doc, lowers: list[str], j: int, k: int, by_number, numbers) -> int:
    """How many words at ``j`` repeat, before a comma, the number of the group figure counted
    just before ("2.5 million Afghan refugees live in Pakistan. Out of 2.5 million, ..."): a
    whole referred back to by its number, as "these" does; 0 for none."""
    at = j + (j < len(lowers) and lowers[j] == "the")  # "Of the 2.5 million, ..."
    before = [m for m in numbers if m < k and m >= sentence_at(doc, k).start - 60]
    use = by_number.get(before[-1]) if before else None
    span = next((s for s in spans_within(doc, "numbers", at, at + 4) if s.start == at), None)
    if use is None or span is None:
        return 0
    value, end = scaled(doc, span)
    if value is None or value != use.value or end >= len(doc) or lowers[end] != ",":
        return 0
    return end - j


def _back_reference(lowers: list[str], j: int) -> int:
    """How many words at ``j`` refer back to the whole counted just before: a pronoun
    ("these", "them") or a determiner and a noun of a whole ("this population", "this
    number", "the total"); 0 for none."""
    if lowers[j] in PARTITION_PRONOUNS:
        return 1
    if j + 1 < len(lowers) and lowers[j] in BACK_DETERMINERS and lowers[j + 1] in WHOLE_NOUNS:
        return 2
    return 0


def counted(analysis: Analysis, use: FigureUse) -> Mention | None:
    """The group mention a figure counts ("1.3 million possess PoR cards": the holding)."""
    if use.how == "before":
        return analysis.by_start.get(use.span[0])
    for mention in analysis.within(use.number[1], use.span[1]):
        if mention.end == use.span[1] and use.named <= mention.categories:
            return mention
    return None


ELIDED_OPENERS = frozenset({"and", "while", "whereas", "but"})
"""Words after a group's count and a comma before a count of its people that names no one
anew ("4.4 million Afghan refugees, and 1.7 million are living illegally")."""
ELIDED_WORDS = frozenset({*ELIDED_OPENERS, ";", "."})
"""The words :func:`elided_parts` gives its parts: weaker than "of whom" or "with", since the
count's people are elided (the rule weighs them against the whole's own number)."""


def elided_parts(
    doc: Doc, lex: Lexicon, analysis: Analysis
) -> Iterator[tuple[Mention, FigureUse, str]]:
    """(wider, part's count, words): counts right after a group given a number of its own
    that count parts of it: people left unnamed ("1.7 million are living illegally", "some
    800,000 hold ACCs") in the next clause (", and", ", while", ";") or opening the next
    sentence; any count after a colon ("3 million Afghan refugees: 1.3 million with PoR
    cards, 800,000 with ACCs"); and the parts "of whom", "with" ... open after a number that
    follows its group ("Afghan refugees number 3 million, of whom 800,000 hold ACCs"). The
    parts go on while joined by "and", commas or "while", and stay within the whole."""
    if not analysis.figures:
        return
    lowers = doc_lowers(doc)
    starts: dict[int, Span] | None = None  # built for the first whole a mark follows
    keys: list[int] = []
    by_number: dict[int, FigureUse] = {}
    n = len(doc)
    for whole in analysis.figures:
        if whole.how == "exposure":
            continue
        wider = counted(analysis, whole)
        # a whole is named by a noun: "1.3 million hold PoR cards, while 800,000 have ACCs"
        # lists groups side by side
        if wider is None or wider.kind in ("adjective", "holding"):
            continue
        # "... refugees were residing in Pakistan. 1.7 million of these ..."
        at = past_stay(doc, max(whole.span[1], wider.end))
        # "3 million Afghan refugees, including 1.6 million registered. One million ...":
        # the next sentence goes on with the parts "including" began
        included = at < n and _included_after(lowers, at)
        if included:
            at = _full_stop(doc, at)
        if at >= n or lowers[at] not in WHOLE_MARKS:
            continue
        if starts is None:
            starts = {s.start: s for s in spans_of(doc, "numbers")}
            keys = _count_starts(doc, starts)
            by_number = {use.number[0]: use for use in analysis.figures}
        opened = _whole_opener(doc, lowers, whole, at, starts, keys, included)
        if opened is None:
            continue
        k, words, unnamed = opened
        parts: list[FigureUse] = []
        stop = sentence_at(doc, k).end
        while k in starts:
            use = next(_counts(doc, lex, analysis, by_number, k, starts[k].end), None)
            if (
                use is None
                or use.how == "exposure"
                or lowers[use.number[1]] in MORE_WORDS
                or (unnamed and not (_bare(doc, lex, use.number[1]) and _unnamed(analysis, use)))
            ):
                break
            parts.append(use)
            k = _next_part(lowers, use.span[1], stop, starts)
        if parts and sum(u.value for u in parts) <= whole.value * 1.05:
            for use in parts:
                yield wider, use, words


def _count_starts(doc: Doc, starts: dict[int, Span]) -> list[int]:
    """The starts of the doc's numbers that may count people, in order: a year after a
    preposition ("By 2023, about 4 million Afghan refugees ...") counts no one."""
    return sorted(k for k in starts if not _year_at(doc, starts[k]))


def _year_at(doc: Doc, span: Span) -> bool:
    """A bare year a time word sets, followed by a mark or a hedge ("By 2023, about ...",
    "in 2023 some ..."), not a count ("among 2000 refugees")."""
    # a one-word number's text from the doc's word list (``span.text`` builds its Tokens)
    text = doc_texts(doc)[span.start] if span.end - span.start == 1 else span.text
    lowers = doc_lowers(doc)
    if span.start == 0 or len(text) != 4 or not text.isdigit():
        return False
    if not YEARS[0] <= int(text) <= YEARS[1] or lowers[span.start - 1] not in YEAR_SETTERS:
        return False
    after = lowers[span.end] if span.end < len(doc) else "."
    return not after.isalpha() or after in FIGURE_HEDGES


def _counts_between(keys: list[int], start: int, end: int) -> int:
    """How many numbers start in ``[start, end)`` (``keys``: their starts, in order)."""
    return bisect_left(keys, end) - bisect_left(keys, start)


WHOLE_MARKS = frozenset({",", ";", ".", ":", "—", "–"})
"""Marks after a whole's group that may open its parts (read by :func:`_whole_opener`)."""
WHOLE_OPENING_ADVERBS = frozenset({"besides", "moreover"})
"""Adverbs set off by a comma that may open the sentence going on with a whole's parts
after "including" ("..., including 1.6 million registered. Besides, one million ...")."""
WHOLE_SUBORDINATORS = frozenset({"while", "whereas", "and", "but"})
"""Words that may open the sentence after a whole before its first part ("While 1.3 million
hold PoR cards, ...")."""


def _included_after(lowers: list[str], at: int) -> bool:
    """ "including" (after a comma or not) at ``at``, right after a whole's group."""
    k = at + (lowers[at] == "," and at + 1 < len(lowers))
    return lowers[k] == "including"


def _full_stop(doc: Doc, at: int) -> int:
    """The full stop ending the sentence of ``at`` when another sentence follows it, else
    the doc's length (no mark)."""
    sentence = sentence_at(doc, at)
    last = sentence.end - 1
    if sentence.end < len(doc) and doc_lowers(doc)[last] == ".":
        return last
    return len(doc)


def _whole_opener(
    doc, lowers, whole: FigureUse, at: int, starts, keys: list[int], included: bool = False
) -> tuple[int, str, bool] | None:
    """(first count, words, whether the counts must leave their people unnamed) after a
    whole's group at ``at``, or None. ``included``: the whole's sentence lists parts of it
    after "including" before its full stop at ``at``; the next sentence's unnamed counts go
    on with them when the whole is its sentence's first count."""
    if at + 2 >= len(doc):
        return None
    if included:
        sentence = sentence_at(doc, at)
        if lowers[at] != "." or _counts_between(keys, sentence.start, whole.number[0]):
            return None
        k = at + 1
        if lowers[k] in WHOLE_OPENING_ADVERBS and k + 1 < len(doc) and lowers[k + 1] == ",":
            k += 2  # "Besides, one million are unregistered"
        k = _past_hedges(lowers, k)
        return (k, ".", True) if k in starts else None
    if lowers[at] == "," and lowers[at + 1] in ELIDED_OPENERS:
        words, k, unnamed = lowers[at + 1], at + 2, True
    elif lowers[at] == ";":
        words, k, unnamed = ";", at + 1, True
    elif lowers[at] == "." and sentence_at(doc, at + 1).start == at + 1:
        # the next sentence's unnamed people are the whole's only when it is the one count
        # of its sentence ("3 million Afghans, including 2 million refugees. 800,000 ...")
        sentence = sentence_at(doc, at)
        if _counts_between(keys, sentence.start, at) > 1:
            return None
        words, k, unnamed = ".", at + 1, True
        k += lowers[k] in WHOLE_SUBORDINATORS
    elif lowers[at] in (":", "—", "–"):
        words, k, unnamed = ":", at + 1, False
    elif lowers[at] == "," and whole.how == "before":
        return _part_opener(lowers, at + 1, starts)  # "X number 3 million, of whom ..."
    else:
        return None
    k = _past_hedges(lowers, k)
    return (k, words, unnamed) if k in starts else None


def _unnamed(analysis: Analysis, use: FigureUse) -> bool:
    """A count whose predicate names its group by an adjective or documents only ("are
    undocumented", "hold ACCs", "are living illegally"), not by a noun."""
    return _noun_less(analysis, use, counted(analysis, use))


ADDED_OPENERS = (("another",), ("an", "additional"), ("a", "further"), ("additional",))
"""Words before a count that add more people of the noun named just before ("33,681 refugees
possess PoR cards, while another 6,100 hold ACCs": 6,100 more refugees)."""
ADDED_JOINERS = frozenset({",", "and", "while", "whereas", "whilst", "but"})


def added_counts(
    doc: Doc, lex: Lexicon, analysis: Analysis
) -> Iterator[tuple[Mention, Mention | FigureUse, str]]:
    """(wider, narrower, "another"): a count under a group's noun said to hold papers,
    followed in its sentence by a count that "another" / "an additional" / "a further" adds,
    with no noun of its own and a predicate that names a group or denies papers ("33,681
    refugees in Lower Dir possess PoR cards, while another 6,100 hold ACCs", "..., and an
    additional 6,100 lack documents"): the added people are more of the first noun's, so
    the group the predicate names is counted among them. A count with a noun of its own
    ("another 6,100 Afghans hold ACCs") or another group named between leaves them apart."""
    lowers = doc_lowers(doc)
    if not any(words[0] in lowers for words in ADDED_OPENERS):  # most docs: one scan in C
        return
    starts = {s.start: s for s in spans_of(doc, "numbers")}
    by_number = {use.number[0]: use for use in analysis.figures}
    live = gate(doc, lex, analysis)
    for span in list(starts.values()):
        if not live.near(span.start, before=0, after=2):
            continue  # the first count's noun (a mention) opens right after it
        _, end = scaled(doc, span)
        noun = analysis.by_start.get(end)
        if noun is None or noun.kind in ("adjective", "holding"):
            continue
        j = _added_count(doc, analysis, lowers, noun.end, starts)
        if j is None or not _bare(doc, lex, scaled(doc, starts[j])[1]):
            continue
        use = next(_counts(doc, lex, analysis, by_number, j, starts[j].end), None)
        if use is None or use.how == "exposure":
            continue
        part = counted(analysis, use)
        if part is not None and part.kind in ("holding", "adjective"):
            yield noun, part, "another"
        elif part is None and use.how == "predicate":
            yield noun, use, "another"  # "another 6,100 lack documents": its figure claim


def _added_count(doc: Doc, analysis: Analysis, lowers: list[str], start: int, starts) -> int | None:
    """Where the first count added by "another" ... after ``start`` begins, in the sentence,
    past the papers the first count's people hold and before any other group is named or a
    semicolon; else None. Without papers of its own the first count is a whole the added
    people stand beside ("4.4 million Afghan refugees in the country, and another 1.73
    million are living illegally")."""
    held = False
    for k in range(start, sentence_at(doc, start - 1).end):
        mention = analysis.by_start.get(k)
        if lowers[k] == ";" or (mention is not None and mention.kind != "holding"):
            return None  # another group named between: the added people may be its own
        held = held or mention is not None
        opener = next((w for w in ADDED_OPENERS if tuple(lowers[k : k + len(w)]) == w), None)
        if opener is not None and lowers[k - 1] in ADDED_JOINERS:
            j = _past_hedges(lowers, k + len(opener))
            return j if held and j in starts else None
    return None
