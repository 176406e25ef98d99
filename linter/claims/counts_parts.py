"""Counts that are parts of an attributed total: "<source> said 293 people were killed in 436
attacks over the year. In KP, 192 were killed, while 80 died in Balochistan", "Floods killed 344
people across Pakistan, the NDMA said. In Buner district, 157 died".

Part of the count claims reader (:mod:`narrlint.claims.counts_coverage`). A report of a total
over several incidents, a period or a wide area often goes on by place or by group without
repeating its source; those parts share it. A single incident's toll is no sum of other
incidents' counts, and parts that add up to more than the total are another report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from narrlint.claims.counts_attribution import TIME_OPENERS
from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count, number_value, word
from narrlint.claims.counts_referents import PART_OPENERS, within_bound
from narrlint.claims.counts_sequels import INCREMENT_WORDS, has_place_of_its_own
from narrlint.claims.counts_words import (
    CASUALTIES,
    INJURED,
    KILLED,
    REFERRING_NOUNS,
    RISE_LINKS,
    TOLL_HEADS,
    TOLL_LINKS,
)
from narrlint.nlp.quantities import month_of_text
from narrlint.nlp.tokens import lemma_lowers, sentence_bounds, spans_overlapping
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts
from narrlint.nlp.vocabulary import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span

if TYPE_CHECKING:
    from narrlint.claims.counts_coverage import Found, Sentences

OWN_TIME_WORDS = frozenset(TIME_OPENERS | {"earlier", "later", "meanwhile", "separately"})
"""Words that give a sentence a time of its own: its counts may be another incident's."""
TIME_UNITS = frozenset(
    {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
)
PERIOD_OPENERS = frozenset({"past", "previous"})
"""Before a unit of time, a period of the sentence's own ("in the past week", "over the
previous month")."""
RELATIVE_TIMES = frozenset({"after", "before", "ago"})
"""After a unit of time, a time counted from another event ("days after two soldiers were
martyred", "a week before", "two months ago")."""
AGGREGATE_WORDS = frozenset(
    {
        "incidents", "attacks", "operations", "clashes", "floods", "rains", "strikes",
        "blasts", "bombings", "raids", "fighting", "monsoon", "year", "years", "month",
        "months", "weeks", "since", "past", "across", "nationwide", "total", "combined",
    }
)  # fmt: skip
"""Words that make a toll an aggregate of several incidents or a period."""
AREA_WORDS = frozenset({"across", "nationwide", "countrywide", "throughout"})
"""Words that spread a total over an area its places may break down ("across Pakistan")."""
PLACES_WORDS = frozenset(
    {"villages", "towns", "cities", "districts", "provinces", "areas", "regions", "parts"}
)
"""Places named in the plural spread a total over them as an area does ("strikes on villages in
south Lebanon killed at least two medics": a town's medic is one of them)."""
MAX_PLACE_PARTS = 3
"""Sentences back from a place's count, through other places' counts, to their total."""
_TIME_CUES = frozenset(OWN_TIME_WORDS | RELATIVE_TIMES | TIME_UNITS)
"""A word of which every time :func:`_time_words` finds has (the word it tests first)."""

Attributed = Callable[[int], Sequence[tuple[Count, "Found"]]]
"""The attributed counts of a sentence, by index, each with its attribution."""


def kinds_match(a: str, b: str) -> bool:
    """A figure of casualties matches killed or injured; killed and injured do not match."""
    return a == b or CASUALTIES in (a, b)


def _figure_of_a_toll(count: Count) -> bool:
    """ "The total toll from these clashes now stands at 30 dead and over 70 injured": a
    count read as "<N> dead" that is the figure of a toll its sentence states before it (a
    toll word, then a link: "stands at", "rose to", "is"), as "the toll stands at 30" is."""
    lowers = doc_lowers(count.span.doc)
    before = lowers[sentence_bounds(count.span.doc, count.span.start)[0] : count.number.start]
    head = next((k for k, w in enumerate(before) if w in TOLL_HEADS), None)
    return head is not None and not TOLL_LINKS.isdisjoint(before[head + 1 :])


def repeats_a_figure(count: Count, pairs: frozenset[tuple[float, str]]) -> bool:
    """Is this count's value among the (value, kind) ``pairs`` of attributed counts for a
    matching kind? "30 others were injured, hospital sources confirmed. The toll stands at
    30 dead" repeats no figure: its 30 are the dead (r17 blind cc-022). Looked up, not
    scanned: a sentence may have hundreds of counts."""
    kinds = (KILLED, INJURED, CASUALTIES) if count.kind == CASUALTIES else (count.kind, CASUALTIES)
    return any((count.value, kind) in pairs for kind in kinds)


def is_update(count: Count) -> bool:
    """ "the toll rose to 60", "This brings the total casualties to 43 dead": a new total, not
    a part of an earlier one."""
    return any(t.lower_ in RISE_LINKS for t in count.span) or _moved_total(count)


MOVING_LEMMAS = frozenset({"bring", "take", "raise", "push", "lift", "put", "swell"})
"""Verbs that move a running total ("This brings the total casualties to 43 dead", "took the
death toll to 90")."""
TOTAL_NOUNS = frozenset({"total", "toll", "tally", "number", "count", "figure"})
MAX_TOTAL_REACH = 12
"""Words back from the count's number to the verb that moves the total ("brings the total
casualties in Kurram District to 43 dead and 177 injured")."""


def _moved_total(count: Count) -> bool:
    """ "Hospital sources have confirmed that the latest clashes … resulted in eight more
    fatalities and 11 injuries. This brings the total casualties in Kurram District to 43 dead
    and 177 injured." (r24-opened cc-019): a count after "to" that a verb of moving brings a
    total to (its clause, with no comma, back from the number) is a running total, a figure of
    its own, not the credited increment. ", bringing the toll to 101" after a toll in its own
    sentence is read as before (the participle's own rules)."""
    doc = count.span.doc
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    start = sentence_bounds(doc, count.number.start)[0]
    seen_to = seen_total = False
    for k in range(
        count.number.start - 1, max(start, count.number.start - MAX_TOTAL_REACH) - 1, -1
    ):
        if lowers[k] in (",", ";", ":"):
            return False
        if lowers[k] == "to":
            seen_to = True
        elif lowers[k] in TOTAL_NOUNS and seen_to:
            seen_total = True
        elif lemmas[k] in MOVING_LEMMAS and seen_total:
            return not lowers[k].endswith("ing")
    return False


def new_total(count: Count, earlier: Sequence[Count]) -> bool:
    """ "Pakistan confirmed 12 deaths, the BLA claims 90. The actual death toll is likely
    between 30 to 45.", "Police said 12 were killed. The toll stood at 15 by evening.": a toll
    stated with a figure of its own after attributed counts of the same kind is a new or a
    rival total, as a toll that rose is (:func:`is_update`), however it refers to "the death
    toll"; it needs its own source. Not a toll equal to one of them or to their sum ("12
    soldiers and 8 civilians … The death toll stands at 20") or that a round lower bound of
    theirs rounds down ("more than 50", then "53"), nor a part ("the toll among
    soldiers was four", "Among the dead were 73 security personnel")."""
    if count.form != "toll" and not _figure_of_a_toll(count):
        return False
    same = [c for c in earlier if kinds_match(c.kind, count.kind)]
    values = [c.value for c in same]
    if not values or count.value in values or count.value == sum(values):
        return False
    if any(within_bound(c, count.value) for c in same):
        return False  # "more than 50 were killed … The death toll stands at 53"
    lowers = doc_lowers(count.span.doc)
    return PART_OPENERS.isdisjoint(  # "the toll among soldiers", "the toll includes …"
        lowers[sentence_bounds(count.span.doc, count.span.start)[0] : count.number.start]
    )


@per_sentence
def has_own_time(sentence: Span) -> bool:
    """A date, a weekday, "last week", "earlier", "days after …", "since January": the
    sentence places its counts in time."""
    doc = sentence.doc
    if spans_overlapping(doc, "dates", sentence.start, sentence.end):
        return True
    return _time_words(sentence) or bool(_since_times(sentence))


def _time_words(sentence: Span, since: bool = True) -> bool:
    """Words of a time (with ``since`` false, not those that open a period: right after
    "since", or "in the past 24 hours")."""
    lowers = doc_lowers(sentence.doc)
    if _TIME_CUES.isdisjoint(lowers[sentence.start : sentence.end]):
        return False  # most sentences: no word of a time at all (one scan in C)
    periods = set() if since else _period_words(sentence)
    return any(
        (
            (lowers[i] in OWN_TIME_WORDS and not _sequence_then(lowers, i, sentence.start))
            or (lowers[i] in RELATIVE_TIMES and i > sentence.start and lowers[i - 1] in TIME_UNITS)
            or (lowers[i] in TIME_UNITS and i > sentence.start and lowers[i - 1] in PERIOD_OPENERS)
            or (lowers[i] in TIME_UNITS and _past_number(sentence, i))
        )
        and (since or i == sentence.start or lowers[i - 1] != "since")
        and i not in periods
        for i in range(sentence.start, sentence.end)
    )


THEN_TIMES = frozenset({"since", "until", "till", "by", "from", "before", "after"})
"""Before "then", words that make it a time ("since then", "by then"); alone, "then" tells
the next step of the same account ("Then, the bus hit an oil tanker", "the bus then hit a
tanker") or an office held at the time ("the then minister"): no time of its own."""


def _sequence_then(lowers: list[str], i: int, start: int) -> bool:
    """Is word ``i`` a "then" of sequence (r23 hunt, hc-045), not "since then"?"""
    return lowers[i] == "then" and (i == start or lowers[i - 1] not in THEN_TIMES)


def _past_number(sentence: Span, i: int) -> bool:
    """ "the past 24 hours", "the previous three days": a number of time units after "past"."""
    doc = sentence.doc
    return i - 2 >= sentence.start and doc[i - 1].like_num and word(doc, i - 2) in PERIOD_OPENERS


PERIOD_PREPOSITIONS = frozenset({"in", "over", "during", "within"})
LAST_WORDS = frozenset({"past", "last"})


def _period_words(sentence: Span) -> set[int]:
    """The words of "in the past 24 hours", "over the last three days": a period up to now."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    found: set[int] = set()
    for i in range(sentence.start + 2, sentence.end - 1):
        if lowers[i] not in LAST_WORDS or lowers[i - 1] != "the":
            continue
        if lowers[i - 2] not in PERIOD_PREPOSITIONS:
            continue
        k = i + 1
        while k < sentence.end and (doc[k].like_num or lowers[k] == "-"):
            k += 1
        if k < sentence.end and lowers[k] in TIME_UNITS:
            found.update(range(i, k + 1))
    return found


def _since_times(sentence: Span) -> list[int]:
    """Where a month, a weekday or a year follows "since" ("Since January, 300 policemen …",
    "since Sunday"): the start of a period, which a month alone gives no date span for."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    texts = doc_texts(doc)
    return [
        i
        for i in range(sentence.start + 1, sentence.end)
        if lowers[i - 1] == "since"
        and (
            month_of_text(texts[i]) is not None
            or lowers[i] in WEEKDAYS
            or (lowers[i].isdigit() and len(lowers[i]) == 4)
        )
    ]


def only_a_period(sentence: Span) -> bool:
    """ "Since 25 June, 86 people have lost their lives", "In the past 24 hours, 20 people
    died": the sentence's only time opens the period its toll covers ("since" before every
    date, no other time word), which places it at no other time than the account it goes on
    with."""
    doc = sentence.doc
    dates = spans_overlapping(doc, "dates", sentence.start, sentence.end)
    lowers = doc_lowers(doc)
    return (
        bool(dates or _since_times(sentence) or _period_words(sentence))
        and all(d.start > sentence.start and lowers[d.start - 1] == "since" for d in dates)
        and not _time_words(sentence, since=False)
    )


def _words(sentence: Span) -> list[str]:
    return doc_lowers(sentence.doc)[sentence.start : sentence.end]


def parts_of_a_total(
    sentences: Sentences, index: int, earlier: Sequence[tuple[Count, Found]]
) -> bool:
    """ "<source> said 293 people were killed in 436 attacks over the year. In KP, 192 were
    killed, while 80 died in Balochistan": two or more counts of one kind, each smaller than
    the attributed total of the sentence before and adding up to no more than it, with no
    time of their own, break that total down (by place, by group), as one report. The total
    must be an aggregate (over attacks, clashes, floods, a year, "since June", "across the
    province"): a single blast's toll is no sum of other incidents' counts."""
    counts = [c for c in sentences.counts_of(index) if not is_update(c)]
    elided = _elided_parts(sentences, index, counts)
    if len(counts) + len(elided) < 2 or sentences.separate(index):
        return False
    if has_own_time(sentences.items[index]):
        return False
    if AGGREGATE_WORDS.isdisjoint(_words(sentences.items[index - 1])):
        return False
    for kind in {c.kind for c in counts}:
        parts = [c.value for c in counts if c.kind == kind]
        parts += elided if len({c.kind for c in counts}) == 1 else []
        totals = [c.value for c, _ in earlier if kinds_match(c.kind, kind)]
        if len(parts) >= 2 and totals and sum(parts) <= max(totals):
            return True
    return False


ELIDED_OPENERS = frozenset({",", "and", "while", "whereas"})
"""Words before a bare figure that goes on a count's list with its noun and verb left out
("Eight people died in A, six in B and two in C")."""
ELIDED_PLACES = frozenset({"in", "at", "from"})


def _elided_parts(sentences: Sentences, index: int, counts: Sequence[Count]) -> list[float]:
    """ "Eight people died in Upper Kohistan, six in Swat and two in the Shangla district"
    (r26-opened ob-005): the bare figures after the sentence's one count, each after a comma,
    "and" or "while" and before a place ("six in Swat"), are parts of the same kind with
    their noun and verb left out. A figure with a noun of its own ("six houses in Swat") or
    with no place after it is no part."""
    if len(counts) != 1:
        return []
    doc = sentences.items[index].doc
    first = counts[0]
    found = []
    for number in sentences.numbers_of(index):
        if number.start <= first.span.end:
            continue
        if word(doc, number.start - 1) in ELIDED_OPENERS and word(doc, number.end) in ELIDED_PLACES:
            value = number_value(number)
            if value is not None:
                found.append(value)
    return found


def breaks_down(count: Count, parts: Sequence[Count], own: Span) -> bool:
    """ "The death toll from the floods has risen to 148. The weather wreaked havoc across
    several provinces. According to the police, 73 died in the valley, while 17 died in Koshi
    and 56 in Bagmati": attributed counts of the toll's kind, two or more, each smaller than
    an aggregate toll (floods, attacks, a period) and adding up to no more than it, are its
    breakdown by the same report, as "The dead included four children" is. A single
    incident's toll, a new toll among them or parts that exceed it are another report's."""
    if AGGREGATE_WORDS.isdisjoint(_words(own)):
        return False
    same = [c for c in parts if kinds_match(c.kind, count.kind)]
    if len(same) < 2 or any(is_update(c) for c in same):
        return False
    values = [c.value for c in same]
    return max(values) < count.value and sum(values) <= count.value


def _a_place_of_its_own(sentences: Sentences, index: int) -> bool:
    """A sentence that names a place of its own and no time or other incident of its own
    ("In Buner, …", or names it calls places: "Kavre and Dhading were the hardest-hit
    districts, with 39 deaths")."""
    sentence, before = sentences.items[index], sentences.items[index - 1] if index else None
    return (
        before is not None
        and not sentences.separate(index)
        and not has_own_time(sentence)
        and (has_place_of_its_own(sentence, before) or _names_places(sentence, before))
    )


def _names_places(sentence: Span, before: Span) -> bool:
    """A proper noun ``before`` does not have, in a sentence that calls its names places
    ("Kavre, Lalitpur and Dhading were the hardest-hit districts"); a capital opening the
    sentence counts only as the first name of a list."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if PLACES_WORDS.isdisjoint(lowers[sentence.start : sentence.end]):
        return False
    known = set(lowers[before.start : before.end])
    return any(
        t.is_title
        and t.is_alpha
        and not t.is_stop
        and t.lower_ not in known
        and (t.i > sentence.start or word(doc, t.i + 1) in LIST_JOINS)
        for t in sentence
    )


LIST_JOINS = frozenset({",", "and"})


def place_part(
    sentences: Sentences, index: int, count: Count, attributed: Attributed
) -> Found | None:
    """ "Floods killed 344 people across Pakistan, the NDMA said. In Buner district, 157 died.
    In Swat, 20 lives were lost.": a count of a place of its own, after an attributed total
    spread over an area ("across", "nationwide") or over places in the plural ("villages in
    …") of several incidents or a period, breaks that total down, and so does
    each place after it with no source of its own, while the
    places' counts of the same kind add up to no more than the total. The first place adds
    nothing to the total ("12 more died in Swat" is another toll), and none has a time or an
    incident of its own or revises a toll."""
    if is_update(count) or not _a_place_of_its_own(sentences, index):
        return None
    parts = count.value
    bridge: list[str] = []  # "The fatalities were reported from 22 districts."
    for back in range(index - 1, max(-1, index - 1 - MAX_PLACE_PARTS), -1):
        if not sentences.same_story(index, back):
            return None
        credited = [(c, f) for c, f in attributed(back) if kinds_match(c.kind, count.kind)]
        if credited:
            words = _words(sentences.items[back]) + bridge
            if back == index - 1:
                span = count.span
                first = sentence_bounds(span.doc, span.start)[0]
                near = doc_lowers(span.doc)[max(first, span.start - 2) : span.end]
                if not INCREMENT_WORDS.isdisjoint(near):
                    return None  # "In Swat, 12 more people died": added to the total
            aggregate = not AGGREGATE_WORDS.isdisjoint(words)
            spread = not (AREA_WORDS.isdisjoint(words) and PLACES_WORDS.isdisjoint(words))
            total = max(c.value for c, _ in credited)
            return credited[0][1] if aggregate and spread and parts <= total else None
        if not bridge and back == index - 1 and _spreads_the_toll(sentences, back):
            bridge = _words(sentences.items[back])
            continue
        same = [c for c in sentences.counts_of(back) if kinds_match(c.kind, count.kind)]
        if not same or sentences.markers_of(back) or not _a_place_of_its_own(sentences, back):
            return None
        parts += sum(c.value for c in same)
    return None


def _spreads_the_toll(sentences: Sentences, index: int) -> bool:
    """ "The fatalities have been reported from 22 districts": a sentence with no count and no
    source of its own that spreads the casualties before it over places in the plural, with
    no time, increment or other incident of its own, between a total and a place's part."""
    words = _words(sentences.items[index])
    return (
        not sentences.counts_of(index)
        and not sentences.markers_of(index)
        and not sentences.separate(index)
        and not has_own_time(sentences.items[index])
        and INCREMENT_WORDS.isdisjoint(words)
        and not PLACES_WORDS.isdisjoint(words)
        and not REFERRING_NOUNS.isdisjoint(words)  # "the fatalities", "the deaths"
    )


ORDINAL_OPENERS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "final"})
"""Ordinals that number one of a series ("The second operation occurred in …")."""
MAX_SERIES_REACH = 5
"""Sentences back from a numbered incident's count to the attributed total of its series."""


def ordinal_part(
    sentences: Sentences, index: int, count: Count, attributed: Attributed
) -> Found | None:
    """ "A series of security operations across Khyber Pakhtunkhwa have led to the death of 15
    terrorists, as stated by the military's media wing. … The second operation occurred in
    North Waziristan, where an intense firefight led to the deaths of five terrorists": a
    sentence that opens with an ordinal of an incident noun whose plural the attributed total
    a few sentences before counts over tells one of its incidents, and its count, no larger
    than the total and with no time, increment or source of its own, is a part of it."""
    sentence = sentences.items[index]
    words = _words(sentence)
    start = 1 if words[:1] in (["the"], ["in"], ["during"]) else 0
    start += 1 if words[start : start + 1] == ["the"] else 0
    if len(words) < start + 2 or words[start] not in ORDINAL_OPENERS:
        return None
    noun = words[start + 1]
    plurals = {noun + "s", noun + "es"}
    if is_update(count) or sentences.separate(index) or has_own_time(sentence):
        return None
    near = doc_lowers(sentence.doc)[max(sentence.start, count.span.start - 2) : count.span.end]
    if not INCREMENT_WORDS.isdisjoint(near) or sentences.markers_of(index):
        return None
    for back in range(index - 1, max(-1, index - 1 - MAX_SERIES_REACH), -1):
        if not sentences.same_story(index, back):
            return None
        credited = [(c, f) for c, f in attributed(back) if kinds_match(c.kind, count.kind)]
        if not credited:
            continue  # "The first operation took place in …": the series goes on
        series = not plurals.isdisjoint(_words(sentences.items[back]))
        return (
            credited[0][1] if series and count.value <= max(c.value for c, _ in credited) else None
        )
    return None
