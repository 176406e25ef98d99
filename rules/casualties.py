"""Casualty attribution: NL201 ``unattributed-casualty-count``.

A death or injury toll is the most consequential number in a breaking story, and the one that
changes most as it is revised (34 → 52 → 60 within a day). A count must say who gave it.

The rule works in four steps, on spaCy tokens and sentences only (the pipeline has no tagger or
parser, so grammar is approximated with word classes and clause punctuation):

1. **Counts.** A number tied to a casualty word: "<N> (people…) were killed", "killed <N>
   soldiers", "the death toll rose to <N>", "left <N> dead", "claimed <N> lives", "<N>
   bodies". Numbers that are not counts (years, ages, money, units, "no one") and vague
   quantities ("dozens", which are not numbers at all) never qualify.
2. **Attribution in the sentence.** A reporting verb ("said", "told", "confirmed"…),
   "according to", "citing", "per" or "<participle> by <source>", in the count's clause: a
   "said" inside "…, which the minister said was cowardly" or "a week after X said…" reports
   something else.
3. **Quotations.** A count inside a quotation is attributed when the quotation's speaker is
   named where it opens or closes.
4. **Adjacent sentences,** judged, not assumed: the next sentence covers the count only when it
   is attributed *and* refers back to it (the same number, or "the toll", "the dead", "the
   victims"…) or gives the same source's figure for the incident ("Police said 40 others were
   injured"); an attributed sentence about something else does not. A sentence that repeats,
   breaks down ("The dead included four children") or complements the previous sentence's
   attributed count is covered by it; a revised total ("The toll later rose to 60") is not.
   A headline or bullet, and a later repetition, are covered by an attributed count of the
   same value in the same story (a manifest story when the draft is a corpus file).

Only language words live here (casualty words, reporting verbs, function words). Evidence comes
from the ledger's ``events[].casualties`` and from corpus sentences found through the index,
and only when it is about the same incident: the same figure, reported by the draft's date, in
an event or sentence that shares a content word with the count's context.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from narrlint.api import Rule, hookimpl
from narrlint.engine.draft import Draft
from narrlint.knowledge.corpus import Corpus, format_number
from narrlint.model import Evidence, Problem, Severity
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lowers as doc_lowers

# ---------------------------------------------------------------------------------------------
# Vocabulary: language words only, never topic or seed strings.

KILLED, INJURED, CASUALTIES = "killed", "injured", "casualties"

# Words after a number that make it a casualty count ("12 killed", "seven dead bodies").
PREDICATES = {
    "killed": KILLED, "dead": KILLED, "died": KILLED, "martyred": KILLED, "slain": KILLED,
    "perished": KILLED, "drowned": KILLED, "succumbed": KILLED, "bodies": KILLED,
    "deaths": KILLED, "fatalities": KILLED, "lives": KILLED, "death": KILLED,
    "injured": INJURED, "wounded": INJURED, "hurt": INJURED, "maimed": INJURED,
    "injuries": INJURED, "casualties": CASUALTIES,
}  # fmt: skip
# Verb forms that take the count as their object ("killed seven soldiers"). Base forms ("to
# kill 100") are threats or plans, not counts.
OBJECT_VERBS = {
    "killed": KILLED, "kills": KILLED, "killing": KILLED, "martyred": KILLED,
    "injured": INJURED, "injures": INJURED, "injuring": INJURED,
    "wounded": INJURED, "wounds": INJURED, "wounding": INJURED,
}  # fmt: skip
LIVES_VERBS = {"claimed", "claiming", "claims", "took", "taking", "takes", "cost", "costing"}
LEFT_VERBS = {"left", "leaving", "leaves"}
LOSS_WORDS = {"lost", "losing", "lose", "loses", "loss"}
# Nouns whose "of" phrase is a count ("the deaths of 12 miners", "the killing of 12").
DEATH_NOUNS = {"deaths", "death", "killing", "killings", "murder", "murders", "martyrdom"}
# Two-word verbs that take the count as object ("shot dead four polio workers").
PHRASAL_OBJECT_VERBS = {("shot", "dead"): KILLED, ("gunned", "down"): KILLED}
TO_DEATH_VERBS_EXCLUDED = {"sentenced", "sentence", "condemned", "put", "sentencing"}
# Nouns that announce a toll, and the links between them and the number.
TOLL_HEADS = {"toll", "tally"}
# "toll tax", "toll plaza": a road toll, not a death toll.
ROAD_TOLL_WORDS = {
    "tax", "plaza", "plazas", "booth", "booths", "road", "roads", "free", "gate", "collection",
    "fee", "fees", "charges", "bridge", "operator", "rates",
}  # fmt: skip
TOLL_SUBJECTS = {
    "casualties": CASUALTIES, "deaths": KILLED, "dead": KILLED, "fatalities": KILLED,
    "victims": CASUALTIES, "injured": INJURED, "wounded": INJURED, "killed": KILLED,
}  # fmt: skip
TOLL_LINKS = {
    "rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches", "stood",
    "stands", "jumped", "hit", "hits", "increased", "mounted", "soared", "crossed", "surpassed",
    "exceeded", "included", "include", "includes", "numbered", "number", "was", "is", "were",
    "are", "of", "at", "to", "totalled", "totaled", "touched", "passed", "topped",
}  # fmt: skip
RISE_LINKS = {
    "rose", "risen", "rises", "rising", "climbed", "climbs", "reached", "reaches", "jumped",
    "hit", "hits", "increased", "mounted", "soared", "crossed", "surpassed", "exceeded",
    "touched", "passed", "topped", "climbing", "jumping",
}  # fmt: skip
# Words that may stand between a number and its casualty word ("64 people, including
# children, were killed"); a verb-like word outside this list ends the subject.
AUXILIARIES = {
    "were", "was", "have", "has", "had", "been", "be", "are", "is", "being", "got", "get",
    "reportedly", "allegedly", "also", "later", "all", "feared", "believed", "confirmed",
    "reported", "said", "thought", "presumed", "since", "now", "so", "far", "already",
}  # fmt: skip
BE_FORMS = {"were", "was", "been", "be", "are", "is", "being", "got"}
SUBJECT_STOPS = {
    ";", ":", "—", "–", "(", ")", "that", "who", "which", "whom", "whose", "where", "after",
    "when", "while", "because", "before", "since", "until", "if", "but", "than", "told",
    "says", "say", "according", "per", "whereas", "although", "though",
}  # fmt: skip
BREAKDOWN_OPENERS = {"including", "among"}
MAX_BREAKDOWN = 10
"""Tokens an aside may take between a count and its verb ("Sixty people, among them a deputy
superintendent of police, lost their lives")."""
SUBJECT_FILLERS = {"including", "among", "them", "of", "and", ",", "in", "on", "at", "from"}
MAX_SUBJECT_GAP = 8
MAX_SUBJECT_WORDS = 5
HEDGES = {
    "at", "least", "more", "than", "over", "nearly", "almost", "some", "about", "around",
    "up", "to", "fewer", "as", "many", "another", "further", "roughly", "approximately",
    "upwards", "of", "only", "just", "estimated", "an", "no", "not", "less", "past", "above",
    "beyond", "close",
}  # fmt: skip
# Objects that make "killed <N> …" something other than people.
NOT_PEOPLE = {
    "birds", "bird", "jobs", "job", "percent", "per", "%", "cent", "hopes", "chances",
    "deals", "bills", "projects", "plans", "cattle", "goats", "sheep", "cows", "animals",
    "livestock", "dogs", "rupees", "dollars", "points", "goals", "runs", "wickets", "votes",
    "seats", "trees", "acres", "shares", "orders", "proposals", "applications", "batteries",
    "cells", "phones", "vehicles", "cars", "engines", "plants", "crops", "fish", "horses",
    "camels", "poultry", "chickens", "motions", "talks", "cases", "accounts", "businesses",
    "companies", "factories", "industries", "schemes", "laws", "ideas",
}  # fmt: skip
# "bodies" that are organisations ("government bodies", "two bodies, the NDMA and …").
ORGANISATION_MODIFIERS = {
    "government", "governmental", "regulatory", "international", "statutory", "advisory",
    "governing", "professional", "elected", "representative", "legislative", "administrative",
    "federal", "civic", "political", "student", "trade", "oversight", "global",
    "multilateral", "aid", "relief", "humanitarian", "donor", "sports", "judicial", "apex",
    "official", "public", "state", "religious", "business", "industry", "standards",
    "coordinating", "decision", "making", "autonomous", "constitutional", "parliamentary",
}  # fmt: skip
# "hurt" at an economic scale ("2 million traders were hurt by fuel prices") is no injury.
HURT_CEILING = 100_000
# Numbers that measure something else ("10 pm", "45-year-old", "5 times", "$3 billion").
UNITS_AFTER = {
    "percent", "per", "%", "cent", "pm", "am", "p.m.", "a.m.", "km", "kilometres",
    "kilometers", "miles", "mile", "metres", "meters", "kg", "tonnes", "tons", "hours",
    "hour", "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months",
    "month", "years", "year", "times", "o'clock", "degrees", "feet", "crore", "lakh",
    "rupees", "rupee", "dollars", "dollar", "euros", "afghanis", "pounds", "riyals",
}  # fmt: skip
UNITS_BEFORE = {
    "$", "rs", "rs.", "pkr", "usd", "£", "€", "₹", "no", "no.", "number", "section", "article",
    "clause", "chapter", "page", "flight", "route", "phase", "grade", "class", "aged", "age",
    "ages", "under", "room", "ward", "bed", "gate", "platform", "resolution",
}  # fmt: skip
ONE_EXCLUDED_BEFORE = {
    "no", "not", "any", "every", "each", "the", "this", "that", "which", "someone",
}  # fmt: skip
DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "whose"}
NEGATIONS = {"not", "n't", "never", "none", "no"}
# Words that start the object of an active verb ("militants killed a policeman").
OBJECT_STARTERS = {"a", "an", "the", "his", "her", "their", "its", "him", "them", "dozens",
                   "scores", "hundreds", "thousands", "several", "many"}  # fmt: skip

# Attribution: reporting verbs by lemma, restricted to word forms that are verbs.
REPORTING_LEMMAS = {
    "say", "tell", "confirm", "announce", "add", "report", "state", "estimate", "claim",
    "inform", "brief", "disclose", "note", "explain", "insist", "allege", "maintain",
    "acknowledge", "admit", "assert", "stress", "warn", "write", "tweet", "reiterate",
    "verify", "document", "record", "count", "register", "tally", "put", "show", "quote",
    "cite", "indicate", "suggest", "mention", "reveal", "declare",
}  # fmt: skip
# Bare forms that are more often nouns ("the state", "a report", "the count"); verbs only
# when "that" follows ("Reuters reports that…").
NOUN_FORMS = {
    "state", "states", "report", "reports", "count", "counts", "record", "records",
    "estimate", "estimates", "claim", "claims", "note", "notes", "tally", "register",
    "brief", "quote", "quotes", "document", "documents", "mention", "reveal", "declare",
    "maintain", "warn", "stress",
    "explain", "admit", "insist", "add", "write", "tweet", "verify", "cite", "inform",
    "stresses", "warns", "adds",
}  # fmt: skip
# Verbs that record a figure rather than tell it: attribution only with a named source.
RECORDING_LEMMAS = {"record", "count", "register", "tally", "document", "verify"}
SHOWING_LEMMAS = {"show", "indicate", "suggest"}
DATA_NOUNS = {"figures", "data", "records", "statistics", "report", "tally", "count", "numbers"}
SOURCE_NOUNS = {
    "police", "officials", "official", "spokesman", "spokesperson", "spokeswoman", "ministry",
    "department", "hospital", "authorities", "authority", "sources", "military", "army",
    "agency", "office", "government", "administration", "doctors", "rescuers", "statement",
    "mission", "commission", "committee", "media", "witnesses", "residents",
}  # fmt: skip
CLAIM_NON_REPORTS = {"responsibility", "credit", "the", "a", "an", "their", "his", "its",
                     "lives", "victory", "ownership", "her"}  # fmt: skip
# Participles that name their source with "by" ("figures released by the ministry").
SOURCE_PARTICIPLES = {
    "released", "given", "issued", "provided", "confirmed", "compiled", "announced",
    "published", "shared", "reported", "supplied", "cited", "quoted", "verified", "updated",
    "tallied", "collected", "gathered", "recorded", "stated", "estimated", "documented",
}  # fmt: skip
ORDER_OBJECTS = {"the", "a", "an", "reporters", "journalists", "media", "us", "me"}
PER_FOLLOWERS = {"cent", "capita", "day", "week", "month", "year", "hour", "person", "head"}

# Clause boundaries and subordinators: a reporting verb reports only its own clause.
CLAUSE_MARKS = {",", ";", ":", "—", "–", "(", ")"}
SUBORDINATORS = {
    "after", "before", "when", "while", "as", "since", "because", "although", "though",
    "whereas", "until", "unless", "if", "but", "once",
}  # fmt: skip
RELATIVES = {"which", "who", "whom", "that", "where"}
TIME_PREPOSITIONS = {"after", "before", "since", "until"}
TIME_WORDS = {"then", "last", "early", "late", "mid", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "yesterday", "today"}  # fmt: skip
"""After a time preposition, words that start a time, not a clause ("since last year")."""

# Back-references to a count in an adjacent sentence ("the toll", "the dead", "those killed").
REFERRING_NOUNS = {
    "toll", "tally", "dead", "deaths", "victims", "casualties", "fatalities", "injured",
    "wounded", "bodies", "figure", "figures", "count", "killings", "number", "numbers",
    "death", "martyrs", "injuries",
}  # fmt: skip
REFERRING_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}
REFERRING_MODIFIERS = {
    "death", "casualty", "final", "official", "latest", "overall", "total", "revised",
    "new", "same", "initial", "provisional", "fatality",
}  # fmt: skip
THOSE_PARTICIPLES = {"killed", "injured", "wounded", "dead", "martyred", "who"}

HEADLINE_KINDS = ("heading", "bullet", "list_item", "table")
OPENING_QUOTES = {"“", "«", "„"}
CLOSING_QUOTES = {"”", "»"}
STRAIGHT_QUOTES = {'"'}


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count: the phrase a writer would point at, its number and what it counts."""

    span: Span
    number: Span
    value: float
    kind: str
    """``killed``, ``injured`` or ``casualties`` (either): what a source's figure must match."""


# ---------------------------------------------------------------------------------------------
# 1. Counts


def _numbers_by_sentence(doc: Doc, starts: Sequence[int]) -> dict[int, list[Span]]:
    """Numbers of each sentence (keyed by its start), in one pass: linear on long drafts."""
    result: dict[int, list[Span]] = {}
    spans = doc.spans.get("numbers", [])
    if not len(spans) or not starts:
        return result
    for span in spans:
        index = max(bisect_right(starts, span.start) - 1, 0)
        result.setdefault(starts[index], []).append(span)
    return result


# Title abbreviations the tokenizer splits from their full stop ("Maj", "."), which makes the
# sentencizer end a sentence inside "…, Maj. Gen. Ahmed Sharif told reporters."
TITLE_ABBREVIATIONS = {
    "maj", "lt", "col", "brig", "capt", "sgt", "insp", "gen", "cpl", "pvt", "adm", "cdr",
    "supt", "dy", "asst", "dr", "mr", "mrs", "ms", "prof", "gov", "sen", "rep", "st", "jr",
    "hon", "sub", "hav", "nk", "cmdr", "lieut",
}  # fmt: skip


def _sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, with those split after a title abbreviation joined again."""
    result: list[Span] = []
    for sentence in doc.sents:
        if len(sentence) == 1 and sentence[0].is_space:
            continue
        if result and _ends_with_abbreviation(result[-1]) and result[-1].end == sentence.start:
            result[-1] = doc[result[-1].start : sentence.end]
        else:
            result.append(sentence)
    return result


def _ends_with_abbreviation(sentence: Span) -> bool:
    tokens = [t for t in sentence[-3:] if t.text not in ("(", "[")]
    return (
        len(tokens) >= 2
        and tokens[-1].text == "."
        and tokens[-2].lower_ in TITLE_ABBREVIATIONS
        and tokens[-2].is_title
    )


def _word(doc: Doc, i: int) -> str:
    """Lower-case text of token ``i``, or "" outside the doc (saves bounds checks)."""
    lowers = doc_lowers(doc)
    return lowers[i] if 0 <= i < len(lowers) else ""


def _is_count_number(number: Span) -> bool:
    """A number that can count people: not a year, age, time, amount, unit or "no one"."""
    doc = number.doc
    text = number.text
    if len(number) == 1 and text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
        return False
    after, before = _word(doc, number.end), _word(doc, number.start - 1)
    if after in UNITS_AFTER or before in UNITS_BEFORE:
        return False
    if after == "-" and _word(doc, number.end + 1) in UNITS_AFTER:
        return False  # "45-year-old", "30-day"
    if after == "of" and before in ("age", "aged"):
        return False
    if _is_age_apposition(number):
        return False
    if number.text.lower() == "one" and (
        before in ONE_EXCLUDED_BEFORE or after in ("of", "another", "by", "day", "after")
    ):
        return False
    return not (number._.value or 0) <= 0


def _is_age_apposition(number: Span) -> bool:
    """ "The victim, 23, was killed": a small number set off by commas after a noun."""
    doc = number.doc
    if _word(doc, number.start - 1) != "," or _word(doc, number.end) != ",":
        return False
    previous = doc[number.start - 2] if number.start >= 2 else None
    return (
        previous is not None
        and previous.is_alpha
        and previous.lower_ not in PREDICATES
        and previous.lower_ not in OBJECT_VERBS
        and len(number) == 1
        and (number._.value or 0) <= 110
    )


def _hedge_start(doc: Doc, start: int, floor: int) -> int:
    """Start of the count phrase including its hedge ("at least", "more than", "nearly")."""
    i = start
    while i > floor and start - i < 4 and doc[i - 1].lower_ in HEDGES:
        i -= 1
    # A lone "to", "of" or "at" belongs to the verb ("rose to 60"), not to a hedge ("up to").
    if i == start - 1 and doc[i].lower_ in ("to", "of", "at", "as"):
        i = start
    return i


def _counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """Casualty counts of a sentence, each number at most once."""
    candidates = [n for n in numbers if _is_count_number(n)]
    if not candidates:
        return
    used: set[int] = set()
    counts = []
    for count in (
        *_object_counts(sentence, candidates),
        *_toll_counts(sentence, candidates),
        *_subject_counts(sentence, candidates),
    ):
        if count.number.start not in used:
            used.add(count.number.start)
            counts.append(count)
    for count in counts:
        # "Twelve people, including two children, were killed": the children are part of
        # the twelve, a breakdown inside the larger count, not a count of their own.
        if not any(
            other is not count
            and other.span.start <= count.span.start
            and count.span.end <= other.span.end
            and other.number.start < count.number.start
            for other in counts
        ):
            yield count


def _subject_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "<N> (people, including children,) were killed", "<N> dead", "<N> bodies"."""
    doc = sentence.doc
    for number in numbers:
        predicate = _predicate_after(sentence, number)
        if predicate is None:
            continue
        start = _hedge_start(doc, number.start, sentence.start)
        kind = PREDICATES[predicate.lower_]
        yield Count(doc[start : predicate.i + 1], number, number._.value, kind)


def _predicate_after(sentence: Span, number: Span) -> Token | None:
    """The casualty word a number is the subject or modifier of, if any."""
    doc = sentence.doc
    words = 0
    previous_is_definite = _word(doc, number.start - 1) in DEFINITE
    if _none_of(doc, number.start):
        return None
    end = min(sentence.end, number.end + MAX_SUBJECT_GAP + 1)
    breakdown = 0  # tokens left in an "including …"/"among them …" aside
    for i in range(number.end, sentence.end):
        token = doc[i]
        lower = token.lower_
        if breakdown:
            breakdown -= 1
            if lower == ",":
                breakdown = 0
                end = min(sentence.end, i + 5)  # the predicate follows the aside
            elif token.is_quote or lower in SUBJECT_STOPS:
                return None
            continue
        if i >= end:
            return None
        if lower in BREAKDOWN_OPENERS and _word(doc, i - 1) == ",":
            breakdown = MAX_BREAKDOWN
            continue
        if lower in NOT_PEOPLE:
            return None  # "three bills died in committee"
        if lower in PREDICATES and _is_casualty_predicate(token, number):
            if previous_is_definite and i == number.end:
                return None  # "the two dead soldiers", "the 30 injured": a known group
            if lower == "death" and _word(doc, i - 1) != "to":
                return None
            if _is_active_verb(token):
                return None  # "Twelve militants killed three soldiers": the agents
            if (
                i > number.end
                and _word(doc, number.end) == "of"
                and _partitive_refers(doc, number.end, i)
            ):
                return None  # "seven of the dead were children": part of a known toll
            return token
        if token.like_num or token.is_quote or lower in SUBJECT_STOPS or lower in NEGATIONS:
            return None  # "12 people were not hurt": no casualties
        if lower in AUXILIARIES or lower in SUBJECT_FILLERS or lower in HEDGES:
            continue
        if lower.endswith("ed") and lower not in PREDICATES:
            return None  # another verb: "12 people were rescued and a guard was killed"
        if token.is_alpha:
            words += 1
            if words > MAX_SUBJECT_WORDS:
                return None
        elif not token.is_punct:
            return None
    return None


def _none_of(doc: Doc, start: int) -> bool:
    """ "none of the 40 passengers was hurt", "neither of two guards": nobody was."""
    i = start - 2 if _word(doc, start - 1) in DEFINITE else start - 1
    return _word(doc, i) == "of" and _word(doc, i - 1) in ("none", "neither")


def _is_casualty_predicate(token: Token, number: Span) -> bool:
    """Words that are casualty words only in some uses: "lives", "death", "hurt"."""
    doc = token.doc
    lower = token.lower_
    if lower == "lives":
        near = {_word(doc, number.start - 1), _word(doc, token.i - 1), _word(doc, token.i - 2)}
        after = {_word(doc, token.i + 1), _word(doc, token.i + 2)}
        return bool(near & (LIVES_VERBS | LOSS_WORDS)) or bool(after & LOSS_WORDS)
    if lower == "death":
        before = {_word(doc, i) for i in range(number.start - 2, token.i)}
        return _word(doc, token.i - 1) == "to" and not before & TO_DEATH_VERBS_EXCLUDED
    if lower == "bodies":
        return not _organisation_bodies(token)
    if lower == "hurt" and (number._.value or 0) >= HURT_CEILING:
        return False
    return _word(doc, token.i + 1) not in NOT_PEOPLE  # "dead batteries"


def _organisation_bodies(token: Token) -> bool:
    """ "government bodies", "bodies such as", "two bodies, the NDMA and …": organisations."""
    doc = token.doc
    if _word(doc, token.i - 1) in ORGANISATION_MODIFIERS:
        return True
    after = (_word(doc, token.i + 1), _word(doc, token.i + 2))
    if after[0] in ("such", "like") or after == ("including", "the"):
        return True
    named = token.i + 3 < len(doc) and (doc[token.i + 3].is_upper or doc[token.i + 3].is_title)
    return after == (",", "the") and named


def _is_active_verb(token: Token) -> bool:
    """A casualty verb with an object after it and no auxiliary before it."""
    doc = token.doc
    if token.lower_ not in OBJECT_VERBS or _word(doc, token.i - 1) in BE_FORMS:
        return False
    i = token.i + 1
    while i < len(doc) and doc[i].lower_ in HEDGES:
        i += 1
    if i >= len(doc):
        return False
    return doc[i].like_num or doc[i].lower_ in OBJECT_STARTERS


def _partitive_refers(doc: Doc, of_index: int, predicate: int) -> bool:
    """ "two of the injured", "seven of those killed": the casualty word is in the "of" part."""
    return _word(doc, of_index + 1) in DEFINITE | {"them"} and predicate <= of_index + 3


OBJECT_CUES = frozenset(
    {*OBJECT_VERBS, *(verb for _, verb in PHRASAL_OBJECT_VERBS), *DEATH_NOUNS, *LIVES_VERBS,
     *LEFT_VERBS}
)  # fmt: skip
"""Words that can open an object count: every other token is skipped at once."""


def _object_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "killed <N> soldiers", "claimed <N> lives", "left <N> dead"."""
    doc = sentence.doc
    by_start = {n.start: n for n in numbers}
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end):
        lower = lowers[i]
        if lower not in OBJECT_CUES:
            continue
        token = doc[i]
        phrasal = PHRASAL_OBJECT_VERBS.get((_word(doc, token.i - 1), lower))
        if lower in OBJECT_VERBS and _word(doc, token.i - 1) != "to":
            kind = OBJECT_VERBS[lower]
        elif phrasal is not None:
            kind = phrasal
        elif lower in DEATH_NOUNS and _word(doc, token.i + 1) == "of":
            kind = KILLED
        elif lower in LIVES_VERBS or lower in LEFT_VERBS:
            kind = None
        else:
            continue
        number = _number_after(sentence, token.i, by_start)
        if number is None:
            continue
        if kind is None:
            end, kind = _lives_or_left_end(number, lower)
            if end is None:
                continue
        else:
            end = _object_end(number)
            if any(w in NOT_PEOPLE for w in lowers[number.end : end + 1]):
                continue
        start = token.i - 1 if phrasal is not None else token.i
        yield Count(doc[start:end], number, number._.value, kind)


def _number_after(sentence: Span, verb: int, by_start: dict[int, Span]) -> Span | None:
    """The number right after a verb, hedges allowed ("killed at least 12")."""
    doc = sentence.doc
    for i in range(verb + 1, min(sentence.end, verb + 5)):
        if i in by_start:
            return by_start[i]
        if doc[i].lower_ not in HEDGES and not (i == verb + 1 and doc[i].lower_ == "of"):
            return None
    return None


def _lives_or_left_end(number: Span, verb: str) -> tuple[int | None, str]:
    """ "claimed <N> lives" and "left <N> (people) dead|injured": the casualty word's end."""
    doc = number.doc
    for i in range(number.end, min(number.end + 3, number.sent.end)):
        lower = doc[i].lower_
        if verb in LIVES_VERBS and lower == "lives":
            return i + 1, KILLED
        if verb in LEFT_VERBS and lower in PREDICATES and lower != "lives":
            return i + 1, PREDICATES[lower]
        if not doc[i].is_alpha:
            break
    return None, KILLED


# Words that end a counted noun phrase before its head ("killed 12 in", "killed 12 yesterday").
OBJECT_STOPS = {"at", "in", "on", "near", "from", "during", "after", "as", "when", "across",
                "and", "including", "among", "while", "of", "with", "inside", "outside",
                "yesterday", "today", "overnight", "tonight", "last", "this"}  # fmt: skip
PEOPLE_HEADS = {"people", "children", "personnel", "police", "staff", "youth", "crew",
                "militia", "folk", "person", "man", "woman", "child", "boy", "girl"}  # fmt: skip


def _object_end(number: Span) -> int:
    """End of the counted noun phrase after the number: through its head noun ("seven
    security personnel", "four polio workers"), else the number itself ("killed 12 in")."""
    doc = number.doc
    limit = min(number.sent.end, number.end + 4)
    for i in range(number.end, limit):
        token = doc[i]
        if not token.is_alpha or token.lower_ in OBJECT_STOPS:
            break
        if _is_head_noun(token):
            return i + 1
    return number.end


def _is_head_noun(token: Token) -> bool:
    """A plural or person noun that ends a counted phrase (no tagger: word shape decides)."""
    lower = token.lower_
    return (
        lower in PEOPLE_HEADS
        or lower.endswith("men")
        or (lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3)
    )


def _toll_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "the death toll rose to <N>", "casualties included <N> soldiers", "the number of dead
    has climbed to <N>", "put the toll at <N>"."""
    doc = sentence.doc
    by_start = {n.start: n for n in numbers}
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in TOLL_CUES:
            continue
        token = doc[i]
        kind = _toll_kind(token)
        if kind is None:
            continue
        number = _toll_number(sentence, token, by_start)
        if number is None:
            continue
        start = token.i - 1 if _word(doc, token.i - 1) in REFERRING_MODIFIERS else token.i
        yield Count(doc[start : _object_end(number)], number, number._.value, kind)


TOLL_CUES = frozenset({*TOLL_HEADS, "number", *TOLL_SUBJECTS})
"""The words :func:`_toll_kind` can accept: every other token is skipped at once."""


def _toll_kind(token: Token) -> str | None:
    """What a toll word counts, or None if the token does not announce a toll."""
    doc = token.doc
    lower = token.lower_
    if lower in TOLL_HEADS:
        if _word(doc, token.i + 1) in ROAD_TOLL_WORDS:
            return None
        before = _word(doc, token.i - 1)
        return (
            INJURED
            if before in ("injury", "injured")
            else (CASUALTIES if before == "casualty" else KILLED)
        )
    if lower == "number" and _word(doc, token.i + 1) == "of":
        following = _word(doc, token.i + 2)
        if following in ("those", "people"):
            following = _word(doc, token.i + 3)
        return PREDICATES.get(following) if following != "lives" else None
    if lower in TOLL_SUBJECTS and _word(doc, token.i + 1) in TOLL_LINKS - {"of", "at", "to"}:
        before = _word(doc, token.i - 1)
        starts = token.i == token.sent.start
        if not starts and before != "the" and before not in REFERRING_MODIFIERS:
            return None  # "three dead" is a count, not a toll noun; "the dead" is
        return TOLL_SUBJECTS[lower]
    return None


def _toll_number(sentence: Span, head: Token, by_start: dict[int, Span]) -> Span | None:
    """The number a toll word links to: after a link word ("rose to", "of", "at", "included")."""
    doc = sentence.doc
    linked = False
    i = head.i + 1
    while i < min(sentence.end, head.i + 12):
        lower = doc[i].lower_
        if i in by_start and linked:
            return by_start[i]
        if i in by_start:  # "the toll from the 12 blasts": not linked yet
            i = by_start[i].end
            continue
        if lower in CLAUSE_MARKS - {","} or lower in ("said", "told", "says") or doc[i].is_quote:
            return None
        if lower == "by" and linked:  # "rose by 5 to 45": skip the increment
            linked = False
        elif lower in TOLL_LINKS:
            linked = True
        elif linked and lower not in HEDGES and lower not in ("has", "had", "have", "now"):
            linked = lower in ("been",)
        i += 1
    return None


# ---------------------------------------------------------------------------------------------
# 2. Quotations


@dataclass(frozen=True, slots=True)
class _Quotes:
    """The quotations of a doc as token intervals ``[start, end)`` of their words (the marks
    themselves are outside), in order."""

    starts: list[int]
    ends: list[int]

    def region(self, i: int) -> int:
        """Index of the quotation token ``i`` is inside, or -1."""
        k = bisect_right(self.starts, i) - 1
        return k if k >= 0 and i < self.ends[k] else -1

    def bounds(self, region: int) -> tuple[int, int]:
        return self.starts[region], self.ends[region]


def _quotes(doc: Doc) -> _Quotes:
    """Find quotations from the quote marks and block ends only (linear, few Token objects).

    Curly quotes open and close; straight quotes toggle; a block end closes an open quotation
    (wire copy reopens quotes in every paragraph of a long quote).
    """
    starts: list[int] = []
    ends: list[int] = []
    opener = ""
    for i in _quote_mark_indices(doc):
        text = doc[i].text
        if "\n" in text:
            if opener:
                ends.append(i)
                opener = ""
        elif not opener and (
            text in OPENING_QUOTES
            or text in STRAIGHT_QUOTES
            or (text == "‘" and i + 1 < len(doc) and doc[i + 1].is_alpha)
        ):
            starts.append(i + 1)
            opener = text
        elif opener and (
            text in CLOSING_QUOTES
            or (text in STRAIGHT_QUOTES and opener in STRAIGHT_QUOTES)
            or (text == "’" and opener == "‘")
        ):
            ends.append(i)
            opener = ""
    if opener:
        ends.append(len(doc))
    return _Quotes(starts, ends)


QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | STRAIGHT_QUOTES | {"‘", "’"}


def _quote_mark_indices(doc: Doc) -> list[int]:
    """Indices of quote marks and of whitespace that ends a block, from the token strings."""
    orths = doc.to_array(ORTH)
    if not len(orths):
        return []
    unique, inverse = numpy.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    wanted = numpy.array(
        [strings[o] in QUOTE_MARKS or "\n" in strings[o] for o in unique.tolist()], dtype=bool
    )
    return numpy.flatnonzero(wanted[inverse.reshape(-1)]).tolist()


# ---------------------------------------------------------------------------------------------
# 3. Attribution


def _markers(sentence: Span) -> list[Token]:
    """Tokens that name a source for what the sentence (or its clause) says."""
    return [t for t in sentence if _is_marker(t, sentence)]


def _is_marker(token: Token, sentence: Span) -> bool:
    doc = token.doc
    lower = token.lower_
    nxt = _word(doc, token.i + 1)
    if lower == "according":
        return nxt == "to"
    if lower == "citing":
        return True
    if lower == "per":
        return nxt not in PER_FOLLOWERS and token.i + 1 < sentence.end
    if lower == "by":
        return _word(doc, token.i - 1) in SOURCE_PARTICIPLES
    if lower == "(":
        return _is_source_credit(token, sentence)
    lemma = token.lemma_.lower()
    if lemma not in REPORTING_LEMMAS:
        return False
    if lower in NOUN_FORMS and nxt != "that":
        return False
    if _is_passive_without_agent(token):
        return False  # "were reported killed", "12 deaths were confirmed"
    if lemma == "claim" and _word(doc, token.i - 1) in BE_FORMS:
        return False  # "the bombing was claimed by IS": responsibility, not a count
    if lemma == "tell":
        return not _is_order(token)
    if lemma == "claim":
        return nxt not in CLAIM_NON_REPORTS and not _claims_lives(token)
    if lemma == "add":
        return nxt in ("that", ",", ".", ";", ":", "") or doc[token.i + 1].is_quote
    if lemma == "put":
        return _puts_toll(token)
    if lemma in RECORDING_LEMMAS:
        return _has_named_source(sentence, token)
    if lemma in SHOWING_LEMMAS:
        return any(_word(doc, token.i - k) in DATA_NOUNS for k in (1, 2, 3))
    return True


def _is_source_credit(bracket: Token, sentence: Span) -> bool:
    """ "… were martyred (ISPR)." : a name in brackets closing the sentence, not an acronym
    being defined ("Inter-Services Public Relations (ISPR)")."""
    doc = bracket.doc
    close = next((t.i for t in doc[bracket.i + 1 : min(sentence.end, bracket.i + 5)]
                  if t.text == ")"), None)  # fmt: skip
    if close is None or close == bracket.i + 1:
        return False
    rest = [t for t in doc[close + 1 : sentence.end] if not t.is_space]
    inside = doc[bracket.i + 1 : close]
    before = doc[bracket.i - 1] if bracket.i > sentence.start else None
    return (
        all(t.text in (".", "!") for t in rest)
        and all(t.is_title or t.is_upper or t.text in ("-", "&") for t in inside)
        and before is not None
        and not (before.is_title or before.is_upper)
    )


def _is_passive_without_agent(token: Token) -> bool:
    doc = token.doc
    return _word(doc, token.i - 1) in BE_FORMS and _word(doc, token.i + 1) != "by"


def _is_order(token: Token) -> bool:
    """ "told migrants to leave" is an order, not a source."""
    doc = token.doc
    for i in range(token.i + 1, min(len(doc), token.i + 7)):
        t = doc[i]
        if t.lower_ == "that" or t.is_punct or t.is_quote:
            return False
        if (
            t.lower_ == "to"
            and i + 1 < len(doc)
            and doc[i + 1].is_lower
            and doc[i + 1].lower_ not in ORDER_OBJECTS
        ):
            return True
    return False


def _claims_lives(token: Token) -> bool:
    doc = token.doc
    return any(_word(doc, token.i + k) == "lives" for k in (2, 3, 4))


def _puts_toll(token: Token) -> bool:
    doc = token.doc
    window = {_word(doc, token.i + k) for k in range(1, 6)}
    return bool(window & (TOLL_HEADS | {"number", "figure", "casualties", "deaths"}))


def _has_named_source(sentence: Span, verb: Token) -> bool:
    """ "The UN mission recorded…", "police registered…": a source before the verb."""
    doc = sentence.doc
    if _word(doc, verb.i + 1) == "by":
        return True
    for i in range(max(sentence.start, verb.i - 5), verb.i):
        token = doc[i]
        if token.lower_ in SOURCE_NOUNS or (token.is_title and i != sentence.start):
            return True
        if token.is_upper and len(token) > 1:
            return True
    return False


def _marker_covers(marker: Token, count: Count) -> bool:
    """Does a reporting word report this count, or a clause beside it?"""
    doc = marker.doc
    if marker.i >= count.span.end:
        return not _blocked_before(doc, count.span.end, marker.i)
    return not _blocked_after(doc, marker.i + 1, count.span.start)


def _blocked_before(doc: Doc, start: int, marker: int) -> bool:
    """Count first, marker later: blocked when the marker sits in a subordinate clause
    ("…, which the minister said was cowardly"; "…, a week after Kakar said…")."""
    clause_start = start
    for i in range(start, marker):
        if doc[i].lower_ == ";":
            return True
        if doc[i].lower_ in CLAUSE_MARKS:
            clause_start = i + 1
    for i in range(clause_start, marker):
        lower = doc[i].lower_
        if _subordinates(doc, i):
            return True
        if lower in RELATIVES and (i == clause_start or clause_start == start):
            return True
    return False


def _blocked_after(doc: Doc, start: int, count_start: int) -> bool:
    """Marker first, count later: blocked when the count starts another clause ("Police said
    the road was closed, but the blast had killed 19")."""
    return any(doc[i].lower_ == ";" or _subordinates(doc, i) for i in range(start, count_start))


def _subordinates(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a subordinate clause? Not "as" in an idiom, nor a preposition
    before a time ("since August 2021", "after October 3", "until then")."""
    lower = doc[i].lower_
    if lower not in SUBORDINATORS or _as_idiom(doc, i):
        return False
    if lower in TIME_PREPOSITIONS and i + 1 < len(doc):
        after = doc[i + 1]
        if after.like_num or month_of(after) or after.lower_ in TIME_WORDS:
            return False
    return True


def _as_idiom(doc: Doc, i: int) -> bool:
    """ "as many as", "as well as", "such as", "as per": "as" that is no subordinator."""
    if doc[i].lower_ != "as":
        return False
    return _word(doc, i + 1) in ("many", "much", "well", "per", "high", "part", "saying") or _word(
        doc, i - 1
    ) in ("such", "well", "many", "much")


# ---------------------------------------------------------------------------------------------
# 4. Coverage of one count: its sentence, its quotation, its neighbours


@dataclass
class _Sentences:
    """A draft's sentences with what coverage needs: numbers, quotations, markers, story."""

    items: list[Span]
    starts: list[int]
    numbers: dict[int, list[Span]]
    quotes: _Quotes
    stories: list[int]
    _markers: dict[int, list[Token]]
    _counts: dict[int, list[Count]]

    @classmethod
    def of(cls, doc: Doc, story_of: Callable[[Span], int]) -> _Sentences:
        items = _sentences(doc)
        starts = [s.start for s in items]
        return cls(
            items,
            starts,
            _numbers_by_sentence(doc, starts),
            _quotes(doc),
            [story_of(s) for s in items],
            {},
            {},
        )

    def index_of(self, token: int) -> int:
        """Index of the sentence holding token ``token`` (-1 before the first)."""
        return bisect_right(self.starts, token) - 1

    def numbers_of(self, index: int) -> list[Span]:
        return self.numbers.get(self.items[index].start, [])

    def markers_of(self, index: int) -> list[Token]:
        if index not in self._markers:
            self._markers[index] = _markers(self.items[index])
        return self._markers[index]

    def counts_of(self, index: int) -> list[Count]:
        if index not in self._counts:
            self._counts[index] = list(_counts(self.items[index], self.numbers_of(index)))
        return self._counts[index]

    def same_story(self, a: int, b: int) -> bool:
        return 0 <= b < len(self.items) and self.stories[a] == self.stories[b]


def _covered_in_sentence(sentences: _Sentences, index: int, count: Count) -> bool:
    """Attribution in the count's own clause, or the speaker of the quotation it is in."""
    quotes = sentences.quotes
    region = quotes.region(count.number.start)
    for marker in sentences.markers_of(index):
        if quotes.region(marker.i) == region and _marker_covers(marker, count):
            return True
    return region >= 0 and _quote_has_speaker(sentences, region)


def _quote_has_speaker(sentences: _Sentences, region: int) -> bool:
    """A reporting word outside the quotation, in a sentence where the quotation starts or
    closes: '"We recovered seven bodies," the officer told reporters.', 'He said: "…"'.

    The sentence of the quotation's first word, not of its opening mark: the sentencizer
    leaves an opening mark at the end of the previous sentence ('closed. “'), whose "said"
    is no speaker of the quotation."""
    first, end = sentences.quotes.bounds(region)
    touched = {sentences.index_of(first), sentences.index_of(end)}
    return any(
        0 <= index < len(sentences.items) and _has_outside_marker(sentences, index)
        for index in touched
    )


def _covered_by_neighbour(sentences: _Sentences, index: int, count: Count) -> bool:
    """An adjacent attributed sentence about the same count (judged, not assumed).

    The next sentence covers the count when it is attributed and refers back to it ("The
    military confirmed the toll") or gives the same source's figure for the same incident
    ("Police said 40 others were injured"). The previous sentence covers it when it gives an
    attributed count this one repeats, breaks down ("The dead included four children") or
    complements ("…, police said. Thirty were injured."); a new total of the same kind ("The
    toll later rose to 60") needs its own source.
    """
    after = index + 1
    if (
        sentences.same_story(index, after)
        and _has_outside_marker(sentences, after)
        and (_refers_back(sentences, after, count.value) or _sibling_counts(sentences, after))
    ):
        return True
    before = index - 1
    if not sentences.same_story(index, before) or not _has_outside_marker(sentences, before):
        return False
    earlier = _sibling_counts(sentences, before)
    if not earlier:
        return False
    if any(c.value == count.value for c in earlier):
        return True
    if all(not _kinds_match(c.kind, count.kind) for c in earlier):
        return True
    return not _is_update(count) and _refers_back(sentences, index, None)


def _sibling_counts(sentences: _Sentences, index: int) -> list[Count]:
    """Attributed counts of a sentence that speaks of the same incident (not "a separate
    attack", "elsewhere")."""
    sentence = sentences.items[index]
    if any(t.lower_ in ("separate", "separately", "elsewhere", "earlier") for t in sentence):
        return []
    return [c for c in sentences.counts_of(index) if _covered_in_sentence(sentences, index, c)]


def _is_update(count: Count) -> bool:
    """ "the toll rose to 60": a new total, not a part of an earlier one."""
    return any(t.lower_ in RISE_LINKS for t in count.span)


def _has_outside_marker(sentences: _Sentences, index: int) -> bool:
    return any(sentences.quotes.region(m.i) < 0 for m in sentences.markers_of(index))


def _refers_back(sentences: _Sentences, index: int, value: float | None) -> bool:
    """The sentence repeats the number or points back at a toll: "the toll", "the dead",
    "those killed", "this figure". A casualty verb about a new subject ("the attackers were
    killed") does not."""
    sentence = sentences.items[index]
    doc = sentence.doc
    if value is not None and any(n._.value == value for n in sentences.numbers_of(index)):
        return True
    for i in range(sentence.start, sentence.end):
        lower = doc[i].lower_
        if lower in REFERRING_DETERMINERS:
            j = i + 1
            while j < sentence.end and j - i <= 2 and doc[j].lower_ in REFERRING_MODIFIERS:
                j += 1
            noun = _word(doc, j)
            if lower == "those" and noun in THOSE_PARTICIPLES:
                return True
            if noun in REFERRING_NOUNS and _is_casualty_reference(doc, j):
                return True
    return False


def _is_casualty_reference(doc: Doc, i: int) -> bool:
    """ "the number" and "the figure(s)" refer to a toll unless they count something else."""
    lower = doc[i].lower_
    if lower in ("number", "numbers", "figure", "figures") and _word(doc, i + 1) == "of":
        return _word(doc, i + 2) in PREDICATES or _word(doc, i + 2) in TOLL_SUBJECTS
    if lower == "death":
        return _word(doc, i + 1) in TOLL_HEADS
    return True


# ---------------------------------------------------------------------------------------------
# 5. Evidence


@dataclass(frozen=True, slots=True)
class _Source:
    """An attributed figure the ledger or corpus has, with the words that name its incident."""

    date: dt.date | None
    value: float
    kind: str
    evidence: Evidence
    words: frozenset[str]


# Words every casualty story shares: they cannot tell one incident from another.
GENERIC_LEMMAS = {
    "kill", "dead", "die", "death", "injure", "wound", "hurt", "martyr", "body", "toll",
    "casualty", "fatality", "life", "people", "person", "man", "woman", "child", "least",
    "say", "tell", "official", "police", "report", "confirm", "total", "number", "figure",
    "include", "leave", "claim", "victim", "day", "week", "month", "year", "today", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "combine", "more",
}  # fmt: skip


def _content_words(tokens: Iterable[Token]) -> frozenset[str]:
    """Lemmas that can name an incident: places, targets, weapons ("mastung", "checkpoint")."""
    return frozenset(
        t.lemma_.lower()
        for t in tokens
        if t.is_alpha and not t.is_stop and len(t) > 2 and t.lemma_.lower() not in GENERIC_LEMMAS
    )


def _kinds_match(a: str, b: str) -> bool:
    return a == b or CASUALTIES in (a, b)


def _sources(corpus: Corpus) -> list[_Source]:
    """Attributed casualty figures in the ledger (``events[].casualties``), read once."""

    def build() -> list[_Source]:
        result = []
        for event in corpus.ledger.events.values():
            for item in event.casualties:
                day = _as_date(item.get("date"))
                text = (
                    f"{event.title}: {item.get('figure')} (by {item.get('by')}, {item.get('date')})"
                )
                words = _content_words(corpus.nlp(event.title))
                for value, kind in _ledger_figures(corpus, item):
                    result.append(_Source(day, value, kind, event.origin.evidence(text), words))
        return result

    return corpus.memo(("NL201", "ledger-sources"), build)


def _ledger_figures(corpus: Corpus, item: dict) -> set[tuple[float, str]]:
    """(value, kind) pairs of a ledger casualty entry: its fields, else its figure's words."""
    figures = {
        (float(item[kind]), kind)
        for kind in (KILLED, INJURED)
        if isinstance(item.get(kind), int | float)
    }
    if figures or not item.get("figure"):
        return figures
    sentences = _Sentences.of(corpus.nlp(str(item["figure"])), lambda s: 0)
    for index in range(len(sentences.items)):
        figures.update((c.value, c.kind) for c in sentences.counts_of(index))
    return figures


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


CORPUS_LEMMAS = {
    KILLED: ("kill", "dead", "die", "martyr", "body", "toll", "death"),
    INJURED: ("injure", "wound", "hurt"),
    CASUALTIES: ("casualty",),
}


def _corpus_sources(corpus: Corpus, value: float, kind: str) -> list[_Source]:
    """Corpus sentences that give this figure with attribution, found through the index."""

    def build() -> list[_Source]:
        key = format_number(value)
        found = []
        seen: set[int] = set()
        for lemma in CORPUS_LEMMAS[kind]:
            for sentence in corpus.find(("number", key), ("lemma", lemma), limit=20):
                if sentence.id in seen:
                    continue
                seen.add(sentence.id)
                doc = corpus.doc(sentence)
                if _attributed_figure(doc, value, kind):
                    evidence = sentence.evidence()
                    found.append(_Source(sentence.date, value, kind, evidence, _content_words(doc)))
        return found

    return corpus.memo(("NL201", "corpus-sources", value, kind), build)


def _attributed_figure(doc: Doc, value: float, kind: str) -> bool:
    """A count of ``value`` in a corpus sentence that the sentence itself attributes."""
    sentences = _Sentences.of(doc, lambda s: 0)
    for index in range(len(sentences.items)):
        for count in sentences.counts_of(index):
            if (
                count.value == value
                and _kinds_match(count.kind, kind)
                and _covered_in_sentence(sentences, index, count)
            ):
                return True
    return False


def _evidence(
    corpus: Corpus, count: Count, day: dt.date, context: frozenset[str]
) -> list[Evidence]:
    """Where the ledger or corpus has this incident's figure from a named source, reported by
    ``day``. The same number alone is no proof of the same incident ("five killed" happens
    every week): the source must also share a word with the count's context (``context``:
    the place, the target, the weapon…)."""
    candidates = [
        *(s for s in _sources(corpus) if s.value == count.value),
        *_corpus_sources(corpus, count.value, count.kind),
    ]
    chosen = [
        s.evidence
        for s in candidates
        if _kinds_match(s.kind, count.kind)
        and (s.date is None or s.date <= day)
        and s.words & context
    ]
    return list(dict.fromkeys(chosen))[:3]


def _context(sentences: _Sentences, index: int) -> frozenset[str]:
    """Incident words around a count: its sentence and its neighbours in the same story."""
    around = [i for i in (index - 1, index, index + 1) if sentences.same_story(index, i)]
    return frozenset().union(*(_content_words(sentences.items[i]) for i in around))


# ---------------------------------------------------------------------------------------------
# The rule


class UnattributedCasualtyCount(Rule):
    code = "NL201"
    name = "unattributed-casualty-count"
    summary = "Casualty count stated without saying who gave it"
    severity = Severity.WARNING
    documentation = """
        A number of people killed, injured or wounded (or bodies, a death toll, "martyred",
        casualties, lives lost) is stated without saying who gave it. Tolls change as they are
        revised; the reader must know whose count it is.

        Attribution counts when it is in the count's own clause ("police said", "according to
        hospital officials", "told Reuters", "said in a statement", "figures released by the
        ministry"), in a quotation whose speaker is named, or in an adjacent sentence that
        refers back to the same count ("The military confirmed the toll", "Police said the
        dead included children"). An adjacent attribution about something else does not cover
        the count, nor does a "said" in another clause ("…, which the minister said was
        cowardly"), and a revised toll needs its own source. A headline or bullet that repeats
        a count attributed in the body of the same story is covered by it. Vague quantities
        ("dozens", "scores") and numbers that are not casualties (refugees, bombings, money,
        ages, dates) are never findings.

        Evidence: the ledger's casualty figures and attributed corpus sentences with the same
        figure for the same incident, reported by the draft's date; otherwise the message says
        that no attributed source was found.

        Bad:
            At least 64 people were killed in last week's bombings. One of the bombers was an
            Afghan national, according to the interior minister.

        Good:
            At least 64 people were killed in last week's bombings, officials said.
            "We have recovered seven bodies," a police officer told reporters.
            The death toll rose to 60. The provincial health department confirmed the figure.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        sentences = _Sentences.of(draft.doc, _story_finder(draft, corpus))
        found: list[tuple[int, Count, bool]] = []
        for index in range(len(sentences.items)):
            if not sentences.numbers_of(index):
                continue
            for count in sentences.counts_of(index):
                covered = _covered_in_sentence(sentences, index, count) or _covered_by_neighbour(
                    sentences, index, count
                )
                found.append((index, count, covered))
        attributed = _attributed_by_story(sentences, found)
        for index, count, covered in found:
            if covered or _repeats_attributed(draft, sentences, attributed, index, count):
                continue
            yield self._problem(draft, corpus, count, _context(sentences, index))

    def _problem(
        self, draft: Draft, corpus: Corpus, count: Count, context: frozenset[str]
    ) -> Problem:
        evidence = _evidence(corpus, count, draft.date_for(count.span), context)
        message = (
            f'casualty count "{_phrase(count.span)}" has no attribution; say who gave it '
            f"(police, officials, the health ministry…)"
        )
        if evidence:
            message += "; attributed reports of this figure are cited below"
        else:
            message += "; no attributed source for this figure was found in the corpus or ledger"
        return draft.problem(count.span, message, evidence)


def _story_finder(draft: Draft, corpus: Corpus) -> Callable[[Span], int]:
    """Story of a sentence: a manifest story when the draft is a corpus file, else 0."""
    ranges = draft.story_dates or (corpus.stories_of(draft.path) if draft.path != "-" else ())
    firsts = sorted(first for first, _, _ in ranges)
    if len(firsts) < 2:
        return lambda sentence: 0

    def story_of(sentence: Span) -> int:
        line = draft.lines.position(draft.offsets(sentence)[0]).line
        return bisect_right(firsts, line)

    return story_of


Attributed = dict[tuple[int, float], dict[str, int]]


def _attributed_by_story(sentences: _Sentences, found: list[tuple[int, Count, bool]]) -> Attributed:
    """First covered count of each (story, value) and kind: its sentence index. A repeat is
    then found by value, not by scanning the draft (linear on long drafts)."""
    result: Attributed = {}
    for index, count, covered in found:
        if covered:
            kinds = result.setdefault((sentences.stories[index], count.value), {})
            kinds.setdefault(count.kind, index)
    return result


def _repeats_attributed(
    draft: Draft,
    sentences: _Sentences,
    attributed: Attributed,
    index: int,
    count: Count,
) -> bool:
    """A headline or bullet repeating an attributed count of its story (anywhere in it), or
    a later sentence repeating one given earlier."""
    block = draft.block_of(count.span)
    headline = block is not None and block.kind in HEADLINE_KINDS
    return any(
        _kinds_match(kind, count.kind) and (headline or first < index)
        for kind, first in attributed.get((sentences.stories[index], count.value), {}).items()
    )


def _phrase(span: Span) -> str:
    """The count as a writer reads it, with a parenthetical cut: "at least 64 people … were
    killed"."""
    tokens = list(span)
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if len(commas) >= 2:
        head = "".join(t.text_with_ws for t in tokens[: commas[0]]).strip()
        tail = "".join(t.text_with_ws for t in tokens[commas[-1] + 1 :]).strip()
        return f"{head} … {tail}"
    return " ".join(span.text.split())


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [UnattributedCasualtyCount()]
