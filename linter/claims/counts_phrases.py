"""Casualty counts in a sentence: "<N> were killed", "killed <N> soldiers", "the toll rose to <N>".

Part of the count claims reader (:mod:`narrlint.claims.counts`). Works on spaCy tokens only
(the pipeline has no tagger or parser, so grammar is approximated with word classes and clause
punctuation). A number counts people only when it is tied to a casualty word; numbers that are
not counts (years, ages, money, units, "no one") and vague quantities ("dozens", which are not
numbers at all) never qualify. Words that count the dead only in some uses ("eliminated",
"neutralised", "the loss of", "the bodies of") count them only when people are counted
(:data:`COUNTED_PEOPLE`).

The lists below are the casualty reader's own meanings; shared language (negations, weekdays,
reporting verbs) comes from :mod:`narrlint.nlp.vocabulary`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import NEGATIONS, PERSON_NOUNS, RELATIVES

# ---------------------------------------------------------------------------------------------
# Vocabulary of counts
KILLED, INJURED, CASUALTIES = "killed", "injured", "casualties"

# How reporting counts the dead of the other side: "nine militants were eliminated", "troops
# neutralised 14 attackers", "17 terrorists were sent to hell", "23 soldiers embraced
# martyrdom". These words count the dead only when people are counted ("eliminated three
# teams", "neutralised two drones" are no deaths): see COUNTED_PEOPLE.
EUPHEMISMS = {
    "eliminated": KILLED, "neutralised": KILLED, "neutralized": KILLED, "executed": KILLED,
    "slaughtered": KILLED, "butchered": KILLED,
}  # fmt: skip
"""Also "seven hostages were executed" (not "seven orders"), "slaughtered" (not goats)."""
EUPHEMISM_VERBS = {
    **EUPHEMISMS, "eliminating": KILLED, "neutralising": KILLED, "neutralizing": KILLED,
    "executing": KILLED, "slaughtering": KILLED,
}  # fmt: skip
PHRASE_PREDICATES = {
    ("embraced", "martyrdom"): KILLED, ("embrace", "martyrdom"): KILLED,
    ("embraces", "martyrdom"): KILLED, ("sent", "to", "hell"): KILLED,
    ("embraced", "shahadat"): KILLED, ("embrace", "shahadat"): KILLED,
    ("burnt", "alive"): KILLED, ("burned", "alive"): KILLED,
    ("breathed", "their", "last"): KILLED,
}  # fmt: skip
"""Predicates of more than one word, keyed by their words; the count ends at the last."""
PHRASE_FIRSTS = frozenset(words[0] for words in PHRASE_PREDICATES)
# "<N> sustained (serious) injuries", "suffered bullet wounds", "received burns".
INJURY_VERBS = {"sustained", "suffered", "received", "sustaining", "suffering", "receiving"}
INJURY_NOUNS = {"injuries": INJURED, "wounds": INJURED, "burns": INJURED, "injury": INJURED}
MAX_INJURY_ADJECTIVES = 2
# Words after a number that make it a casualty count ("12 killed", "seven dead bodies").
PREDICATES = {
    "killed": KILLED, "dead": KILLED, "died": KILLED, "martyred": KILLED, "slain": KILLED,
    "perished": KILLED, "drowned": KILLED, "succumbed": KILLED, "bodies": KILLED,
    "deaths": KILLED, "fatalities": KILLED, "lives": KILLED, "death": KILLED,
    "injured": INJURED, "wounded": INJURED, "hurt": INJURED, "maimed": INJURED,
    "injuries": INJURED, "casualties": CASUALTIES, "murdered": KILLED, "massacred": KILLED,
    "assassinated": KILLED, "beheaded": KILLED, "lynched": KILLED, **EUPHEMISMS,
}  # fmt: skip
# Verb forms that take the count as their object ("killed seven soldiers"). Base forms ("to
# kill 100") are threats or plans, not counts.
OBJECT_VERBS = {
    "killed": KILLED, "kills": KILLED, "killing": KILLED, "martyred": KILLED,
    "injured": INJURED, "injures": INJURED, "injuring": INJURED,
    "wounded": INJURED, "wounds": INJURED, "wounding": INJURED, "murdered": KILLED,
    "murdering": KILLED, "massacred": KILLED, "massacring": KILLED, "assassinated": KILLED,
    "beheaded": KILLED, "lynched": KILLED, **EUPHEMISM_VERBS,
}  # fmt: skip
LIVES_VERBS = {"claimed", "claiming", "claims", "took", "taking", "takes", "cost", "costing"}
LEFT_VERBS = {"left", "leaving", "leaves"}
LOSS_LEMMAS = {"lose", "loss"}
# "laid down their lives", "sacrificed their lives", "gave their lives".
GIVING_LIVES = {"lost", "laid", "sacrificed", "gave", "given", "lay", "sacrifice", "give"}
POSSESSIVES = {"their", "his", "her", "its"}
# "the loss of five nationals", "the bodies of 11 miners": nouns whose "of" phrase counts
# the dead when people are counted ("the loss of 300 jobs" does not).
LOSS_NOUNS = {"loss", "losses", "bodies"}
# Nouns whose "of" phrase is a count ("the deaths of 12 miners", "the killing of 12").
DEATH_NOUNS = {"deaths", "death", "killing", "killings", "murder", "murders", "martyrdom"}
# Two-word verbs that take the count as object ("shot dead four polio workers").
PHRASAL_OBJECT_VERBS = {("shot", "dead"): KILLED, ("gunned", "down"): KILLED}
# "sentenced to death", "put to death": a penalty, not a count of the dead.
TO_DEATH_EXCLUDED_LEMMAS = {"sentence", "condemn", "put"}
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
    "martyrs": KILLED,
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
BE_LEMMAS = {"be", "get"}
"""Auxiliaries of the passive ("were killed", "got hurt"), by lemma."""
SUBJECT_STOPS = {
    ";", ":", "—", "–", "(", ")", *RELATIVES, "whose", "after", "when", "while", "because",
    "before", "since", "until", "if", "but", "than", "told", "says", "say", "according", "per",
    "whereas", "although", "though",
}  # fmt: skip
"""Words that end the subject between a number and its casualty word."""
BREAKDOWN_OPENERS = {"including", "among"}
MAX_BREAKDOWN = 10
MAX_NAMED_BREAKDOWN = 30
"""Tokens an aside of names with their ranks may take ("including Lieutenant Colonel …")."""
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
    "month", "years", "year", "decades", "decade", "centuries", "times", "o'clock",
    "degrees", "feet", "crore", "lakh", "rupees", "rupee", "dollars", "dollar", "euros",
    "afghanis", "pounds", "riyals",
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
# Words that start the object of an active verb ("militants killed a policeman").
OBJECT_STARTERS = {"a", "an", "the", "his", "her", "their", "its", "him", "them", "dozens",
                   "scores", "hundreds", "thousands", "several", "many"}  # fmt: skip

# "<N> others", "<N> more": a count that adds to another one.
DEPENDENT_WORDS = {"others", "other", "more"}

# Back-references to a count in an adjacent sentence ("the toll", "the dead", "those killed").
REFERRING_NOUNS = {
    "toll", "tally", "dead", "deaths", "victims", "casualties", "fatalities", "injured",
    "wounded", "bodies", "figure", "figures", "count", "killings", "number", "numbers",
    "death", "martyrs", "injuries", "deceased",
}  # fmt: skip
REFERRING_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their"}
REFERRING_MODIFIERS = {
    "death", "casualty", "final", "official", "latest", "overall", "total", "revised",
    "new", "same", "initial", "provisional", "fatality",
}  # fmt: skip
THOSE_PARTICIPLES = {"killed", "injured", "wounded", "dead", "martyred", "who"}
# Back-references that name the people counted rather than their number ("the victims", "the
# dead", "those killed"): a sentence about who they were ("most of the victims were police
# officers") says nothing of the count; one that breaks the count down does ("the dead
# included children", "two of the victims", "among the dead").
PEOPLE_REFERENCES = {"dead", "victims", "injured", "wounded", "bodies", "martyrs", "deceased"}
BREAKDOWN_LINKS = {
    "included", "include", "includes", "including", "comprised", "comprise", "comprises",
    "numbered", "number", "numbering",
}  # fmt: skip

# Clause boundaries: a reporting verb reports only its own clause; a toll's number is in it.
CLAUSE_MARKS = {",", ";", ":", "—", "–", "(", ")"}


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


def sentences_of(doc: Doc) -> list[Span]:
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
    """Read from the lower-case words (no Token objects) until an abbreviation is in sight."""
    lowers = doc_lowers(sentence.doc)
    last = [i for i in range(max(sentence.start, sentence.end - 3), sentence.end)
            if lowers[i] not in ("(", "[")]  # fmt: skip
    return (
        len(last) >= 2
        and lowers[last[-1]] == "."
        and lowers[last[-2]] in TITLE_ABBREVIATIONS
        and sentence.doc[last[-2]].is_title
    )


def word(doc: Doc, i: int) -> str:
    """Lower-case text of token ``i``, or "" outside the doc (saves bounds checks)."""
    lowers = doc_lowers(doc)
    return lowers[i] if 0 <= i < len(lowers) else ""


def lemma_at(doc: Doc, i: int) -> str:
    """Lemma of token ``i``, or "" outside the doc."""
    return doc[i].lemma_.lower() if 0 <= i < len(doc) else ""


def _is_count_number(number: Span) -> bool:
    """A number that can count people: not a year, age, time, amount, unit or "no one"."""
    doc = number.doc
    text = number.text
    if len(number) == 1 and text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100:
        return False
    after, before = word(doc, number.end), word(doc, number.start - 1)
    if after in UNITS_AFTER or before in UNITS_BEFORE:
        return False
    if after == "-" and word(doc, number.end + 1) in UNITS_AFTER:
        return False  # "45-year-old", "30-day"
    if after == "of" and before in ("age", "aged"):
        return False
    if _is_age_apposition(number) or _is_age_range(number):
        return False
    if number.text.lower() == "one" and (
        before in ONE_EXCLUDED_BEFORE or after in ("of", "another", "by", "day", "after")
    ):
        return False
    return not (number._.value or 0) <= 0


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
        and (number._.value or 0) <= 110
    )


MULTIPLIERS = {"dozen": 12}
"""Words that multiply the number before them ("more than two dozen were injured")."""


def count_value(number: Span) -> float:
    """The number of people a count's number gives: "two dozen" is 24."""
    return number._.value * MULTIPLIERS.get(word(number.doc, number.end), 1)


AGE_WORDS = {"aged", "age", "ages"}
AGE_RANGE_WORDS = {"between", "and", "to", "from", "-", "–", ","}
MAX_AGE_RANGE = 4


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
    i = start
    while i > floor and start - i < 4 and doc[i - 1].lower_ in HEDGES:
        i -= 1
    # A lone "to", "of" or "at" belongs to the verb ("rose to 60"), not to a hedge ("up to").
    if i == start - 1 and doc[i].lower_ in ("to", "of", "at", "as"):
        i = start
    while i < start and doc[i].lower_ in ("to", "of"):
        i += 1  # "rose to at least 60": the hedge is "at least"
    return i


def counts_in(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
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
            and not _coordinated_count(other, count)
            for other in counts
        ):
            yield count


def _coordinated_count(outer: Count, inner: Count) -> bool:
    """ "five soldiers and 25 militants were killed": the second count shares the verb, it is
    no part of the first (unlike "twelve people, including two children and three women")."""
    doc = outer.span.doc
    start = hedge_start(doc, inner.number.start, outer.number.end)
    return word(doc, start - 1) == "and" and not any(
        doc[i].lower_ in BREAKDOWN_OPENERS or doc[i].lower_ in CLAUSE_MARKS
        for i in range(outer.number.end, start)
    )


def _subject_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "<N> (people, including children,) were killed", "<N> dead", "<N> bodies"."""
    doc = sentence.doc
    for number in numbers:
        found = _predicate_after(sentence, number)
        if found is None:
            continue
        first, predicate = found
        start = hedge_start(doc, number.start, sentence.start)
        cue = " ".join(t.lower_ for t in doc[first : predicate.i + 1])
        kind = (
            PREDICATES.get(cue)
            or PHRASE_KINDS.get(tuple(cue.split()))
            or INJURY_NOUNS[predicate.lower_]
        )
        span = doc[start : predicate.i + 1]
        yield Count(span, number, count_value(number), kind, "subject", cue)


def _predicate_after(sentence: Span, number: Span) -> tuple[int, Token] | None:
    """The casualty word a number is the subject or modifier of, if any: where its words
    start and its last token ("killed"; "embraced martyrdom"; "shot dead" after "and")."""
    doc = sentence.doc
    words = 0
    previous_is_definite = word(doc, number.start - 1) in DEFINITE
    if _none_of(doc, number.start):
        return None
    end = min(sentence.end, number.end + MAX_SUBJECT_GAP + 1)
    breakdown = 0  # tokens left in an "including …"/"among them …" aside
    modifier = 0  # tokens left in a participle's phrase ("terrorists involved in the attack")
    aside = 0  # where that aside started
    passive = False  # a passive auxiliary seen ("were forced off a bus and shot dead")
    skip = 0  # end of a bracketed acronym ("three Frontier Corps (FC) men")
    for i in range(number.end, sentence.end):
        if i < skip:
            continue
        token = doc[i]
        lower = token.lower_
        if breakdown:
            # A name with its rank is one item, however many words it takes.
            if not token.is_title or i - aside > MAX_NAMED_BREAKDOWN:
                breakdown -= 1
            if lower == ",":
                breakdown = 0
                end = min(sentence.end, i + 5)  # the predicate follows the aside
            elif token.is_quote or lower in SUBJECT_STOPS:
                return None
            continue
        if modifier:
            modifier -= 1
            if (
                token.is_alpha or token.like_num or lower in SUBJECT_FILLERS or lower == "-"
            ) and not (lower in AUXILIARIES or lower in PREDICATES or lower in PHRASE_FIRSTS):
                continue
            modifier, end = 0, min(sentence.end, i + MAX_SUBJECT_GAP)  # the verb follows
        if i >= end:
            return None
        if lower in BREAKDOWN_OPENERS and word(doc, i - 1) == ",":
            breakdown, aside = MAX_BREAKDOWN, i
            continue
        if lower == "(":
            skip = _acronym_end(doc, i, sentence.end)
            if skip:
                end = min(sentence.end, end + skip - i)
                continue
        if lower in NOT_PEOPLE:
            return None  # "three bills died in committee"
        if lower in PHRASE_FIRSTS:
            phrase = _phrase_at(doc, i, sentence.end)
            if phrase is not None:
                return i, phrase
        if lower in INJURY_VERBS:
            injuries = _injuries_at(doc, i, sentence.end)
            return (i, injuries) if injuries is not None else None
        if lower in PREDICATES and _is_casualty_predicate(token, number):
            dying = _dying_after(doc, i, sentence.end) if lower in INJURED_NOUNS else None
            if dying is not None:
                return dying, doc[dying]  # "two of the injured later succumbed": deaths
            if previous_is_definite and i == number.end:
                return None  # "the two dead soldiers", "the 30 injured": a known group
            if lower == "death" and word(doc, i - 1) != "to":
                return None
            if _is_active_verb(token):
                return None  # "Twelve militants killed three soldiers": the agents
            if (
                i > number.end
                and word(doc, number.end) == "of"
                and _partitive_refers(doc, number.end, i)
            ):
                return None  # "seven of the dead were children": part of a known toll
            if lower in EUPHEMISMS and not _counts_people(doc, number.end, i):
                return None  # "three teams were eliminated"
            return i, token
        if token.like_num and _joins_a_count(doc, number.end, i):
            # "five soldiers and 25 militants were killed": one verb, two counts, each with
            # the words of its own people
            words, end = 0, min(sentence.end, i + MAX_SUBJECT_GAP + 1)
            continue
        if token.like_num or token.is_quote or lower in SUBJECT_STOPS or lower in NEGATIONS:
            return None  # "12 people were not hurt": no casualties
        if lower in AUXILIARIES or lower in SUBJECT_FILLERS or lower in HEDGES:
            passive = passive or token.lemma_.lower() in BE_LEMMAS
            continue
        if lower.endswith("ed") and not passive and _is_participle_modifier(doc, i):
            if word(doc, i + 1) in MODIFIER_PREPOSITIONS or lower in AGE_WORDS:
                modifier = MAX_MODIFIER  # "33 terrorists involved in the attack … were killed"
            words += 1
            continue
        if lower.endswith("ed") and lower not in PREDICATES and lower not in GIVING_LIVES:
            # another verb: "12 people were rescued and a guard was killed"; unless the
            # same subject's next passive verb is a casualty verb ("were dragged from the
            # bus and shot dead")
            return _coordinated(doc, i + 1, sentence.end) if passive else None
        if token.is_alpha:
            words += 1
            if words > MAX_SUBJECT_WORDS:
                return None
        elif not token.is_punct:
            return None
    return None


INJURED_NOUNS = {"injured", "wounded", "hurt"}
DYING_VERBS = {"succumbed", "died", "perished"}
DYING_ADVERBS = {"later", "also", "subsequently", "eventually", "then", "have", "has", "had"}
MODIFIER_PREPOSITIONS = {"in", "on", "at", "from", "during", "near", "under", "inside", "with"}
MAX_MODIFIER = 10
"""Tokens a participle's phrase may take before the verb ("involved in the attack on …")."""


def _dying_after(doc: Doc, i: int, end: int) -> int | None:
    """ "<N> (of the) injured (persons) later succumbed": the injured are the people, the verb
    their death; the index of that verb, or None."""
    j = i + 2 if word(doc, i + 1) in COUNTED_PEOPLE else i + 1
    while j < end and doc[j].lower_ in DYING_ADVERBS:
        j += 1
    return j if j < end and doc[j].lower_ in DYING_VERBS else None


def _is_participle_modifier(doc: Doc, i: int) -> bool:
    """An "-ed" word that describes the counted people rather than saying what befell them: a
    compound ("Afghan-based", "India-backed"), a participle before the people it describes
    ("suspected militants", "banned TTP"), or one that opens a phrase ("terrorists involved
    in the attack")."""
    token = doc[i]
    if "-" in token.text or (word(doc, i - 1) == "-" and i >= 2 and not doc[i - 2].whitespace_):
        return True
    if token.lower_ == "aged":
        return True  # "seven men aged between 18 and 25"
    if token.lower_ in PREDICATES or token.lower_ in GIVING_LIVES:
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None:
        return False
    if following.lower_ in MODIFIER_PREPOSITIONS:
        return word(doc, i - 1) not in AUXILIARIES and not doc[i - 1].is_punct
    return (
        following.lower_ in COUNTED_PEOPLE
        or following.lower_.endswith("men")
        or following.is_upper
        or (following.is_title and i + 1 != following.sent.start)
    )


def _joins_a_count(doc: Doc, start: int, i: int) -> bool:
    """Is the number at ``i`` a second count "and"-joined to the subject ("… and (at least) 25
    militants"), with no clause mark since ``start``, not a time or a unit ("and 10 am")?"""
    before = hedge_start(doc, i, start)
    return (
        word(doc, before - 1) == "and"
        and word(doc, i + 1) not in UNITS_AFTER
        and not any(doc[k].lower_ in CLAUSE_MARKS for k in range(start, before))
    )


def _acronym_end(doc: Doc, i: int, end: int) -> int:
    """End of a bracketed acronym at ``i`` ("(FC)", "(CTD)") inside a counted phrase, or 0."""
    close = next((j for j in range(i + 1, min(end, i + 4)) if doc[j].text == ")"), None)
    if close is None or close == i + 1:
        return 0
    return close + 1 if all(t.is_upper and t.is_alpha for t in doc[i + 1 : close]) else 0


def _phrase_at(doc: Doc, i: int, end: int) -> Token | None:
    """The last token of a predicate of several words starting at ``i`` ("embraced
    martyrdom", "sent to hell"), or None."""
    for words in PHRASE_PREDICATES:
        last = i + len(words)
        if last <= end and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return doc[last - 1]
    return None


def _injuries_at(doc: Doc, verb: int, end: int) -> Token | None:
    """ "sustained (serious) injuries", "suffered bullet wounds": the injury noun after the
    verb, a few adjectives allowed; "received medals" is no injury."""
    for i in range(verb + 1, min(end, verb + MAX_INJURY_ADJECTIVES + 2)):
        if doc[i].lower_ in INJURY_NOUNS:
            return doc[i]
        if not (doc[i].is_alpha and doc[i].is_lower):
            return None
    return None


def _counts_people(doc: Doc, start: int, end: int) -> bool:
    """Do the words between a number and its predicate name people ("nine militants", "three
    FC men")? Words that count only people need them."""
    return any(
        t.lower_ in COUNTED_PEOPLE or (t.lower_.endswith("men") and t.is_alpha)
        for t in doc[start:end]
    )


COORDINATED_VERBS = {"killed", "martyred", "slain", "injured", "wounded", "maimed"}
COORDINATED_PHRASES = {("shot", "dead"): KILLED, ("gunned", "down"): KILLED}
PHRASE_KINDS = {**PHRASE_PREDICATES, **COORDINATED_PHRASES}
MAX_COORDINATED = 12


def _coordinated(doc: Doc, start: int, end: int) -> tuple[int, Token] | None:
    """ "<N> were forced off a bus near the town and shot dead": the first "and" of the
    clause joins a second passive verb to the same subject; a casualty verb right after it
    makes the number a count. "and a guard was killed" has a subject of its own."""
    for i in range(start, min(end, start + MAX_COORDINATED)):
        lower = doc[i].lower_
        if lower in CLAUSE_MARKS or lower in SUBJECT_STOPS or doc[i].is_quote:
            return None
        if lower != "and":
            continue
        j = i + 1
        while j < end and doc[j].lower_ in ("then", "later", "were", "was", "been"):
            j += 1
        following = word(doc, j)
        if following in COORDINATED_VERBS:
            return j, doc[j]
        if (following, word(doc, j + 1)) in COORDINATED_PHRASES:
            return j, doc[j + 1]
        return None
    return None


def _none_of(doc: Doc, start: int) -> bool:
    """ "none of the 40 passengers was hurt", "neither of two guards": nobody was."""
    i = start - 2 if word(doc, start - 1) in DEFINITE else start - 1
    return word(doc, i) == "of" and word(doc, i - 1) in ("none", "neither")


def _is_casualty_predicate(token: Token, number: Span) -> bool:
    """Words that are casualty words only in some uses: "lives", "death", "hurt"."""
    doc = token.doc
    lower = token.lower_
    if lower == "lives":
        near = {word(doc, number.start - 1), word(doc, token.i - 1), word(doc, token.i - 2)}
        if near & LIVES_VERBS:
            return True
        around = (number.start - 1, token.i - 1, token.i - 2, token.i + 1, token.i + 2)
        if any(lemma_at(doc, i) in LOSS_LEMMAS for i in around):
            return True
        # "laid down their lives", "sacrificed their lives", "the loss of six lives"
        giver = token.i - 3 if word(doc, token.i - 2) == "down" else token.i - 2
        return (word(doc, token.i - 1) in POSSESSIVES and word(doc, giver) in GIVING_LIVES) or (
            word(doc, number.start - 1) == "of" and lemma_at(doc, number.start - 2) in LOSS_LEMMAS
        )
    if lower == "death":
        before = {lemma_at(doc, i) for i in range(number.start - 2, token.i)}
        return word(doc, token.i - 1) == "to" and not before & TO_DEATH_EXCLUDED_LEMMAS
    if lower == "bodies":
        return not _organisation_bodies(token)
    if lower == "hurt" and (number._.value or 0) >= HURT_CEILING:
        return False
    return word(doc, token.i + 1) not in NOT_PEOPLE  # "dead batteries"


def _organisation_bodies(token: Token) -> bool:
    """ "government bodies", "bodies such as", "two bodies, the NDMA and …": organisations."""
    doc = token.doc
    if word(doc, token.i - 1) in ORGANISATION_MODIFIERS:
        return True
    after = (word(doc, token.i + 1), word(doc, token.i + 2))
    if after[0] in ("such", "like") or after == ("including", "the"):
        return True
    named = token.i + 3 < len(doc) and (doc[token.i + 3].is_upper or doc[token.i + 3].is_title)
    return after == (",", "the") and named


def _is_active_verb(token: Token) -> bool:
    """A casualty verb with an object after it and no auxiliary before it."""
    doc = token.doc
    if token.lower_ not in OBJECT_VERBS or lemma_at(doc, token.i - 1) in BE_LEMMAS:
        return False
    i = token.i + 1
    while i < len(doc) and doc[i].lower_ in HEDGES:
        i += 1
    if i >= len(doc):
        return False
    return doc[i].like_num or doc[i].lower_ in OBJECT_STARTERS


def _partitive_refers(doc: Doc, of_index: int, predicate: int) -> bool:
    """ "two of the injured", "seven of those killed": the casualty word is in the "of" part."""
    return word(doc, of_index + 1) in DEFINITE | {"them"} and predicate <= of_index + 3


OBJECT_CUES = frozenset(
    {*OBJECT_VERBS, *(verb for _, verb in PHRASAL_OBJECT_VERBS), *DEATH_NOUNS, *LIVES_VERBS,
     *LEFT_VERBS, *LOSS_NOUNS, "lives"}
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
        phrasal = PHRASAL_OBJECT_VERBS.get((word(doc, token.i - 1), lower))
        if lower in OBJECT_VERBS and word(doc, token.i - 1) != "to":
            kind = OBJECT_VERBS[lower]
        elif phrasal is not None:
            kind = phrasal
        elif (lower in DEATH_NOUNS or lower in LOSS_NOUNS) and word(doc, token.i + 1) == "of":
            if lower == "bodies" and _organisation_bodies(token):
                continue
            kind = KILLED
        elif lower == "lives" and _lives_of(doc, token.i):
            kind = KILLED
        elif lower in LIVES_VERBS or lower in LEFT_VERBS:
            kind = None
        else:
            continue
        number = _number_after(sentence, token.i, by_start)
        others = number is None and kind is not None
        if others:
            number = _others_after(sentence, token.i, by_start)
        if number is None:
            continue
        cue = f"{word(doc, i - 1)} {lower}" if phrasal is not None else lower
        if kind is None:
            end, kind = _lives_or_left_end(number, lower)
            if end is None:
                continue
            cue = lowers[end - 1]
        else:
            end = number.end + 1 if others else _object_end(number)
            if any(w in NOT_PEOPLE for w in lowers[number.end : end + 1]):
                continue
            if (
                lower in EUPHEMISM_VERBS or lower in LOSS_NOUNS or lower == "lives"
            ) and not _counts_people(doc, number.end, end):
                continue  # "eliminated five hideouts", "the loss of 300 jobs"
        start = token.i - 1 if phrasal is not None else token.i
        if lower == "lives":  # "claimed (the) lives of 17 people"
            start = token.i - 2 if word(doc, token.i - 1) == "the" else token.i - 1
        yield Count(doc[start:end], number, count_value(number), kind, "object", cue)


MAX_NAMED_OBJECT = 16
"""Lower-case words a named victim's description may take before "and <N> others" (names,
ranks and punctuation are free up to MAX_NAMED_TOKENS)."""
MAX_NAMED_TOKENS = 48
OTHERS_JOINS = {"and", "with", "plus"}
NAMED_OBJECT_STOPS = frozenset(SUBJECT_STOPS - {"(", ")"} | OBJECT_CUES | {"."})


def _others_after(sentence: Span, verb: int, by_start: dict[int, Span]) -> Span | None:
    """ "killing Maulana X, a senior leader of the party, along with four others": the
    number of a named victim's companions, the count the sentence gives."""
    doc = sentence.doc
    if lemma_at(doc, verb - 1) in BE_LEMMAS or word(doc, verb - 1) in AUXILIARIES:
        return None  # "were killed and 30 others injured": the others have their own verb
    if word(doc, verb + 1) in OTHERS_JOINS or not doc[verb + 1 : verb + 2].text.strip():
        return None  # no named victim before the others
    budget = MAX_NAMED_OBJECT
    for i in range(verb + 1, min(sentence.end, verb + MAX_NAMED_TOKENS)):
        if doc[i].is_alpha and doc[i].is_lower:
            budget -= 1
            if budget < 0:
                return None
        if i in by_start:
            number = by_start[i]
            joined = word(doc, hedge_start(doc, i, verb + 1) - 1) in OTHERS_JOINS
            after = word(doc, number.end + 1)
            own_verb = after in PREDICATES or after in AUXILIARIES
            if joined and word(doc, number.end) in DEPENDENT_WORDS and not own_verb:
                return number
            return None
        if doc[i].lower_ in NAMED_OBJECT_STOPS or doc[i].is_quote:
            return None
    return None


def _lives_of(doc: Doc, i: int) -> bool:
    """ "claimed (the) lives of 17 people", "cost the lives of": not "improved the lives of"."""
    verb = i - 2 if word(doc, i - 1) == "the" else i - 1
    return word(doc, i + 1) == "of" and (
        word(doc, verb) in LIVES_VERBS or lemma_at(doc, verb) in LOSS_LEMMAS
    )


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
COUNTED_PEOPLE = frozenset({
    *PEOPLE_HEADS, *PERSON_NOUNS, "lives", "soldiers", "troops", "officers", "officials",
    "civilians", "militants", "terrorists", "insurgents", "fighters", "attackers", "assailants",
    "rebels", "bombers", "passengers", "pilgrims", "worshippers", "students", "pupils",
    "teachers", "labourers", "laborers", "miners", "villagers", "members", "guards", "cadets",
    "commandos", "recruits", "drivers", "doctors", "nurses", "journalists", "volunteers",
    "tourists", "engineers", "employees", "victims", "suspects", "prisoners", "inmates",
    "shooters", "gunmen", "policemen", "servicemen", "tribesmen", "boys", "girls", "infants",
    "babies", "others", "persons", "individuals", "adults", "elders", "sons", "daughters",
    "khwarij", "khawarij", "kharijis",  # ISPR's word for TTP fighters ("11 khwarij")
    "hostages", "captives", "detainees", "migrants", "refugees", "protesters", "demonstrators",
    "cops", "jawans", "bystanders", "passersby", "shoppers", "devotees", "mourners",
    "worshipers",
})  # fmt: skip
"""Nouns of the people a count counts, for the words that count the dead only when people
are counted ("the loss of five lives", "eliminated nine militants"); "-men" words also count."""


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
        or lower in COUNTED_PEOPLE
        or lower.endswith("men")
        or (lower.endswith("s") and not lower.endswith(("ss", "ous")) and len(lower) > 3)
    )  # "-ous" is an adjective: "the loss of six precious lives"


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
        start = token.i - 1 if word(doc, token.i - 1) in REFERRING_MODIFIERS else token.i
        span = doc[start : _object_end(number)]
        yield Count(span, number, count_value(number), kind, "toll", lowers[i])


MAX_TOLL_GAP = 24
"""Tokens from a toll word to its number: room for the incident it names ("the death toll
from Thursday's attack on a supply convoy travelling to the town has now reached 10")."""
ANCHORED_LINKS = {"of"}
"""Links that tie the toll to its number only right after the toll word or a link verb ("a toll
of 35", "the number of dead of"); in "the toll from the attack on a convoy of 35 vehicles" the
"of" belongs to the convoy."""
LINK_FILLERS = {"has", "had", "have", "now", "been", "already", "further", "also", "reportedly"}
TOLL_CUES = frozenset({*TOLL_HEADS, "number", *TOLL_SUBJECTS})
"""The words :func:`_toll_kind` can accept: every other token is skipped at once."""


def _toll_kind(token: Token) -> str | None:
    """What a toll word counts, or None if the token does not announce a toll."""
    doc = token.doc
    lower = token.lower_
    if lower in TOLL_HEADS:
        if word(doc, token.i + 1) in ROAD_TOLL_WORDS:
            return None
        before = word(doc, token.i - 1)
        return (
            INJURED
            if before in ("injury", "injured")
            else (CASUALTIES if before == "casualty" else KILLED)
        )
    if lower == "number" and word(doc, token.i + 1) == "of":
        following = word(doc, token.i + 2)
        if following in ("those", "people"):
            following = word(doc, token.i + 3)
        if following == "lives":
            return None
        return PREDICATES.get(following) or TOLL_SUBJECTS.get(following)  # "of victims"
    if lower in TOLL_SUBJECTS and word(doc, token.i + 1) in TOLL_LINKS - {"of", "at", "to"}:
        before = word(doc, token.i - 1)
        starts = token.i == token.sent.start
        if not starts and before != "the" and before not in REFERRING_MODIFIERS:
            return None  # "three dead" is a count, not a toll noun; "the dead" is
        return TOLL_SUBJECTS[lower]
    return None


def _toll_number(sentence: Span, head: Token, by_start: dict[int, Span]) -> Span | None:
    """The number a toll word links to: after a link word ("rose to", "of", "at", "included")."""
    doc = sentence.doc
    linked = False
    anchored = True  # right after the toll word or a link verb
    i = head.i + 1
    while i < min(sentence.end, head.i + MAX_TOLL_GAP):
        lower = doc[i].lower_
        if i in by_start and linked:
            return by_start[i]
        if i in by_start:  # "the toll from the 12 blasts": not linked yet
            anchored = False
            i = by_start[i].end
            continue
        if lower in CLAUSE_MARKS - {","} or lower in ("said", "told", "says") or doc[i].is_quote:
            return None
        if lower == "by" and linked:  # "rose by 5 to 45": skip the increment
            linked = False
        elif lower in ANCHORED_LINKS:
            linked = anchored
        elif lower in TOLL_LINKS:
            linked = anchored = True
        elif lower == ",":
            anchored = True  # "the toll from the blast, now at 45"
        elif not (lower in HEDGES or lower in LINK_FILLERS or lower.endswith("ly")):
            linked = anchored = False
        i += 1
    return None
