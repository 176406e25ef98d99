"""The numbers of a casualty count: which numbers can count people at all (not years, ages,
money or units), their value, the hedge before them ("at least"), and the sentences of a draft
as the count reader splits them. :mod:`.counts_phrases` ties these numbers to casualty words."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from narrlint.claims.counts_documents import PRESENTING_LEMMAS
from narrlint.claims.counts_words import (
    AGE_RANGE_WORDS,
    AGE_WORDS,
    ARTICLE_FIGURES,
    COUNTED_PEOPLE,
    FAMILY_NOUNS,
    FIGURE_NOUNS,
    FORCE_PEOPLE,
    HEDGES,
    MAX_AGE_RANGE,
    MULTIPLIERS,
    NAME_ABBREVIATIONS,
    OBJECT_STOPS,
    OBJECT_VERBS,
    ONE_EXCLUDED_BEFORE,
    PEOPLE_HEADS,
    PREDICATES,
    UNITS_AFTER,
    UNITS_BEFORE,
)
from narrlint.nlp.quantities import number_values
from narrlint.nlp.tokens import lemma_lowers, sentence_bounds, spans_of, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentences as doc_sentences
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import CURRENCY_ABBREVIATIONS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count: the phrase a writer would point at, its number and what it counts."""

    span: Span
    number: Span
    value: float
    kind: str
    """``killed``, ``injured`` or ``casualties`` (either): what a source's figure must match."""
    form: str = "subject"
    """How the count is stated: ``subject`` ("<N> were killed", "<N> bodies"), ``object``
    ("killed <N>", "claimed <N> lives", "left <N> dead") or ``toll`` ("the toll rose to <N>")."""
    word: str = ""
    """The casualty word that makes the number a count ("killed", "bodies", "toll", "lives")."""


# ---------------------------------------------------------------------------------------------
# 1. Counts


def numbers_by_sentence(doc: Doc, starts: Sequence[int]) -> dict[int, list[Span]]:
    """Numbers of each sentence (keyed by its start), in one pass: linear on long drafts. The
    figures written with an article ("a dozen") join them, in text order."""
    result: dict[int, list[Span]] = {}
    spans: Sequence[Span] = spans_of(doc, "numbers")
    written = _article_figures(doc)
    if written:
        spans = sorted((*spans, *(doc[a:b] for a, b in written)), key=lambda s: s.start)
    if not spans or not starts:
        return result
    for span in spans:
        index = max(bisect_right(starts, span.start) - 1, 0)
        result.setdefault(starts[index], []).append(span)
    return result


_ARTICLE_FIGURES = "narrlint.claims.counts.article_figures"
DOZEN_WORD = "dozen"
DOZEN = frozenset({DOZEN_WORD})


def _article_figures(doc: Doc) -> dict[tuple[int, int], float]:
    """(start, end) → value of each figure written with an article ("a dozen", "half a dozen"),
    found once per doc."""
    cached = doc.user_data.get(_ARTICLE_FIGURES)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    lowers = doc_lowers(doc)
    figures: dict[tuple[int, int], float] = {}
    if DOZEN_WORD not in lowers:  # most drafts: one scan in C, no index list built
        doc.user_data[_ARTICLE_FIGURES] = (len(doc), figures)
        return figures
    for i in where_lower(doc, DOZEN):
        phrases = (
            (i + 1 - len(words), value)
            for words, value in ARTICLE_FIGURES.items()
            if i + 1 >= len(words) and tuple(lowers[i + 1 - len(words) : i + 1]) == words
        )
        found = min(phrases, default=None)  # the longest: "half a dozen", not "a dozen"
        if found is not None:
            figures[(found[0], i + 1)] = found[1]
    doc.user_data[_ARTICLE_FIGURES] = (len(doc), figures)
    return figures


def number_value(number: Span) -> float | None:
    """The value of a number the count reader reads: the number reader's ``_.value``, or a
    figure written with an article ("a dozen": 12)."""
    written = _article_figures(number.doc)
    if written:
        value = written.get((number.start, number.end))
        if value is not None:
            return value
    return number_values(number.doc).get((number.start, number.end))


def sentences_of(doc: Doc) -> list[Span]:
    """The doc's sentences, with those split after a title abbreviation joined again. The
    sentences are the per-doc ones every reader shares (:func:`narrlint.nlp.tokens.sentences`)
    and are tested on the per-doc lower-case words (no Token objects)."""
    lowers = doc_lowers(doc)
    bullets = where_lower(doc, BULLETS)  # most drafts: none, no sentence is cut
    if not bullets and not where_lower(doc, NAME_ABBREVIATIONS):  # most drafts: none joined
        return [
            s for s in doc_sentences(doc) if s.end - s.start != 1 or not lowers[s.start].isspace()
        ]
    result: list[Span] = []
    for whole in doc_sentences(doc):
        for sentence in _bullets_of(whole, bullets) if bullets else (whole,):
            start = sentence.start
            if sentence.end - start == 1 and lowers[start].isspace():
                continue
            if result and result[-1].end == start and _ends_with_abbreviation(result[-1], lowers):
                result[-1] = doc[result[-1].start : sentence.end]
            else:
                result.append(sentence)
    return result


BULLETS = frozenset({"•", "▪", "●", "◦", "■"})
"""Marks that open a bullet inside a line ("… so far; two children among them • PAF downs
two jets, says the minister"): each bullet is a sentence of its own, as on its own line."""


def _bullets_of(sentence: Span, bullets: list[int]) -> list[Span]:
    """The sentence cut before each bullet mark after its first word (``bullets``: where the
    doc's bullet marks are, in order)."""
    first = bisect_right(bullets, sentence.start)
    cuts = bullets[first : bisect_left(bullets, sentence.end, first)]
    if not cuts:
        return [sentence]
    doc = sentence.doc
    bounds = [sentence.start, *cuts, sentence.end]
    return [doc[a:b] for a, b in pairwise(bounds) if b > a]


def _ends_with_abbreviation(sentence: Span, lowers: list[str]) -> bool:
    """Read from the lower-case words (no Token objects) until an abbreviation is in sight."""
    tail = range(max(sentence.start, sentence.end - 3), sentence.end)
    if NAME_ABBREVIATIONS.isdisjoint(lowers[tail.start : tail.stop]):
        return False  # most sentences: no title abbreviation among the last words
    last = [i for i in tail if lowers[i] not in ("(", "[")]
    return (
        len(last) >= 2
        and lowers[last[-1]] == "."
        and lowers[last[-2]] in NAME_ABBREVIATIONS
        and sentence.doc[last[-2]].is_title
    )


def word(doc: Doc, i: int) -> str:
    """Lower-case text of token ``i``, or "" outside the doc (saves bounds checks)."""
    lowers = doc_lowers(doc)
    return lowers[i] if 0 <= i < len(lowers) else ""


def lemma_at(doc: Doc, i: int) -> str:
    """Lemma of token ``i``, or "" outside the doc."""
    lemmas = lemma_lowers(doc)
    return lemmas[i] if 0 <= i < len(lemmas) else ""


YEAR_SHAPED_BEFORE = frozenset({"than", "over", "nearly", "almost", "around", "about", "some",
                                "least", "approximately", "roughly", "killed", "killing",
                                "claimed", "claiming", "left"})  # fmt: skip
"""Words before a number written as a year can be ("more than 2000 lives") that make it a
count: a hedge of a count or a verb of killing; no year follows them and a count noun."""
YEAR_SHAPED_AFTER = frozenset({"lives", "people", "persons", "dead", "deaths", "bodies"})
"""People counted by a number written as a year can be ("killed 1950 people")."""


def is_count_number(number: Span) -> bool:
    """A number that can count people: not a year, age, time, amount, unit or "no one"."""
    doc = number.doc
    single = len(number) == 1
    text = doc_texts(doc)[number.start] if single else number.text  # no Token for one word
    after, before = word(doc, number.end), word(doc, number.start - 1)
    if single and text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
        # a year, unless a hedge or a verb of killing puts it before the people it counts
        # ("claimed more than 2000 lives", "killed 1950 people"): no year stands there
        return before in YEAR_SHAPED_BEFORE and after in YEAR_SHAPED_AFTER
    if after in UNITS_AFTER or before in UNITS_BEFORE:
        return False
    if before == "." and word(doc, number.start - 2) in CURRENCY_ABBREVIATIONS:
        return False  # "Rs. 2 million": the full stop of a currency's short form
    if after == "-" and word(doc, number.end + 1) in UNITS_AFTER:
        return False  # "45-year-old", "30-day"
    if after == "of" and before in ("age", "aged"):
        return False
    if _is_age_apposition(number) or _is_age_range(number):
        return False
    if text.lower() == "one" and (
        (before in ONE_EXCLUDED_BEFORE and not _reported_that(doc, number.start - 1))
        or after in ("of", "another", "by", "day", "after")
    ):
        return False
    return not (number_value(number) or 0) <= 0


THAT_VERB_LEMMAS = frozenset(REPORTING_LEMMAS | PRESENTING_LEMMAS | {"show", "indicate"})
"""Verbs whose "that" opens what they report ("said that one soldier was martyred")."""
HEARER_LEMMAS = frozenset({"tell", "inform", "brief", "assure"})


def _reported_that(doc: Doc, i: int) -> bool:
    """Is the "that" at ``i`` the conjunction after a reporting verb ("said that one",
    "told reporters that one"), not a determiner ("that one attack")?"""
    if word(doc, i) != "that":
        return False
    return lemma_at(doc, i - 1) in THAT_VERB_LEMMAS or lemma_at(doc, i - 2) in HEARER_LEMMAS


def _is_age_apposition(number: Span) -> bool:
    """ "The victim, 23, was killed": a small number set off by commas after a noun."""
    doc = number.doc
    if word(doc, number.start - 1) != "," or word(doc, number.end) != ",":
        return False
    previous = doc[number.start - 2] if number.start >= 2 else None
    return (
        previous is not None
        and previous.is_alpha
        and previous.lower_ not in PREDICATES
        and previous.lower_ not in OBJECT_VERBS
        and len(number) == 1
        and (number_value(number) or 0) <= 110
    )


def count_value(number: Span) -> float:
    """The number of people a count's number gives: "two dozen" is 24."""
    return number_value(number) * MULTIPLIERS.get(word(number.doc, number.end), 1)


def _is_age_range(number: Span) -> bool:
    """ "aged between 18 and 25", "ages 18 to 25": every number of the range is an age."""
    lowers = doc_lowers(number.doc)
    for i in range(number.start - 1, max(-1, number.start - 1 - MAX_AGE_RANGE), -1):
        if lowers[i] in AGE_WORDS:
            return True
        if lowers[i] not in AGE_RANGE_WORDS and not lowers[i].isdigit():
            return False
    return False


def hedge_start(doc: Doc, start: int, floor: int) -> int:
    """Start of the count phrase including its hedge ("at least", "more than", "nearly")."""
    lowers = doc_lowers(doc)
    i = start
    while i > floor and start - i < 4 and lowers[i - 1] in HEDGES:
        i -= 1
    # A lone "to", "of" or "at" belongs to the verb ("rose to 60"), not to a hedge ("up to").
    if i == start - 1 and lowers[i] in ("to", "of", "at", "as"):
        i = start
    while i < start and lowers[i] in ("to", "of"):
        i += 1  # "rose to at least 60": the hedge is "at least"
    if i < start - 1 and lowers[i] == "as" and lowers[i + 1] not in AS_HEDGES:
        i += 1  # "as at least 10 people were killed": "as" opens the clause
    return i


AS_HEDGES = {"many", "much", "few", "high", "low", "little"}
"""Words after an "as" that hedges ("as many as 12"); any other "as" is a conjunction."""


def counted_phrase_end(number: Span) -> int:
    """End of the counted noun phrase after the number: through its head noun ("seven
    security personnel", "four polio workers"), else the number itself ("killed 12 in")."""
    doc = number.doc
    limit = min(sentence_bounds(doc, number.end - 1)[1], number.end + 4)
    words, lowers = doc_texts(doc), doc_lowers(doc)
    for i in range(number.end, limit):
        if not words[i].isalpha() or lowers[i] in OBJECT_STOPS:  # a token's is_alpha
            break
        if is_head_noun(lowers[i]):
            return i + 1
    return number.end


def is_head_noun(lower: str) -> bool:
    """Is a token (its lower-case text) a plural or person noun that ends a counted phrase?
    No tagger: word shape decides."""
    return (
        lower in PEOPLE_HEADS
        or lower in COUNTED_PEOPLE
        or lower.endswith("men")
        or (lower.endswith("s") and not lower.endswith(("ss", "ous")) and len(lower) > 3)
    )  # "-ous" is an adjective: "the loss of six precious lives"


def is_as_hedge(lowers: list[str], i: int) -> bool:
    """ "as" at ``i`` is one of the two of "as many as"."""
    return lowers[i + 1] in AS_HEDGES or lowers[i - 1] in AS_HEDGES


def counted_by_a_figure(doc: Doc, i: int) -> bool:
    """The casualty word at ``i`` names what a figure noun counts ("the (actual) count of
    injured (people)", "the number of dead"): that noun has the count, not a number before
    it ("from two hospitals, and the count of injured stood at 50")."""
    return word(doc, i - 1) == "of" and word(doc, i - 2) in FIGURE_NOUNS


def loses_its_people(lowers: list[str], verb: int, start: int, end: int) -> bool:
    """ "lost 12 soldiers" (a force's people), "one family losing 18 members" (a family's)."""
    counted = lowers[start:end]
    return bool(FORCE_PEOPLE.intersection(counted)) or (
        lowers[verb - 1] in FAMILY_NOUNS and "members" in counted
    )
