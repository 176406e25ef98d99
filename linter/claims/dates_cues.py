"""Where a draft gives a deadline: dates and windows with the cue that makes them a cut-off.

A *value* is a date ("November 1", "1 November 2023", "the end of November") or a window ("30-day",
"one month"); its *cue* is why it is a cut-off: "until/by/before <date>" in an order to do
something, "<date> deadline", "deadline of <date>", "no later than", "expires on", "extended to",
"valid until", "face deportation from <date>", "N-day deadline", "given N days to …", "within N
days". A date without a cue is a date of something else (a meeting, an announcement). The
deadline noun a date hangs on is found by :mod:`narrlint.claims.dates_nouns`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from spacy.tokens import Doc, Span, Token

from narrlint.claims.dates_clues import departure_particle, verb_like
from narrlint.claims.dates_frames import (
    added_time,
    for_people,
    negated,
    object_start,
    only_people_moving,
    opens_a_period,
    permitted_stay,
    planned,
)
from narrlint.claims.dates_lead import ending_noun, reach_back, restated_day, slated_for
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_nouns import (
    complement_word,
    deadline_noun_ending_at,
    deadline_noun_starting_at,
    extended_noun_before,
    noun_after,
    noun_before,
)
from narrlint.claims.dates_words import (
    ACT_BEFORE_OBJECT,
    ALLOWANCE_NOUNS,
    ANNOUNCEMENT_LEMMAS,
    ASIDE_TOKENS,
    DATE_LEAD_INS,
    DEADLINE_PREDICATE_LEMMAS,
    DEPARTURE_PARTICLES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    ENDING_LEMMAS,
    ENDING_SUBJECT_TOKENS,
    ENFORCEMENT_LEMMAS,
    ENFORCEMENT_PREPOSITIONS,
    EVENT_PREPOSITIONS,
    EXPIRY_LEMMAS,
    EXTENDED_BY_REACH,
    EXTENSION_LEMMAS,
    EXTENSION_NOUNS,
    EXTENSION_PREPOSITIONS,
    FORECAST_LEMMAS,
    FORWARD_MARKERS,
    FRONTED_REACH,
    FURTHER_WORDS,
    GIVING_LEMMAS,
    IRREALIS_BEFORE,
    ISSUED_NOUNS,
    JOINING_WORDS,
    MONTH_DAYS,
    OBLIGATION_LEMMAS,
    OBLIGATION_MODALS,
    OBLIGATION_WORDS,
    PERFECT_AUXILIARIES,
    REFERRING_PEOPLE,
    REMAINING_LEMMAS,
    RENEWED_FORMS,
    REQUEST_LEMMAS,
    SCOPE_VERBS,
    STARTING_LEMMAS,
    STAY_OWNERS,
    STAYING_PEOPLE,
    SUBJECT_BREAKS,
    VALID_LEMMAS,
    WEAK_PREPOSITIONS,
    WINDOW_NOUNS,
    YEAR_DAYS,
    YEAR_WORDS,
)
from narrlint.nlp.pipeline import CATEGORY
from narrlint.nlp.quantities import DURATION_UNITS, DateValue
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    ARRIVAL_LEMMAS,
    CLAUSE_BREAKS,
    NEGATIONS,
    RELATIVE_DETERMINERS,
    RELATIVES,
    REPORTING_LEMMAS,
)

RELATIVE_OPENERS = RELATIVES | RELATIVE_DETERMINERS
"""Words that open a relative aside after a comma (", whose cards expired on June 30,")."""


@dataclass(frozen=True, slots=True)
class Value:
    """A deadline as the draft writes it: a date, or a window in days/weeks/months."""

    date: DateValue | None = None
    count: float | None = None
    unit: str | None = None

    @property
    def is_date(self) -> bool:
        return self.date is not None

    def day_range(self) -> tuple[int, int]:
        """Days a window may mean: "one month" is 28 to 31 days, a year 365 or 366."""
        if self.unit in ("month", "months"):
            return round(self.count * MONTH_DAYS[0]), round(self.count * MONTH_DAYS[1])
        if self.unit in YEAR_WORDS:
            return round(self.count * YEAR_DAYS[0]), round(self.count * YEAR_DAYS[1])
        days = round(self.count * DURATION_UNITS.get(self.unit or "day", 1))
        return days, days


@dataclass(frozen=True, slots=True)
class Cue:
    word: str
    strong: bool
    """A cue that names a cut-off by itself ("deadline", "expires", "valid until")."""
    noun: Span | None = None
    """The deadline noun the value hangs on, when there is one."""
    after_last_day: bool = False
    """ "expired on April 1": the day after the last valid day names the same cut-off."""
    before_first_day: bool = False
    """ "deported after October 31": the day before enforcement names the same cut-off."""
    issued: bool = False
    """ "Pakistan's Oct. 3 ultimatum": a date before a noun of the act of giving a deadline may
    name the day it was given as well as its cut-off."""
    role: str = "deadline"
    """What the value is in the order: ``deadline`` (leave/renew by), ``extension`` (the new
    cut-off), ``enforcement_start`` ("arrests from"), ``expiry`` (of a document)."""


def clauses(sentence: Span) -> Iterator[Span]:
    """Split at ";" and contrastive conjunctions: each part may speak of its own event."""
    start = sentence.start
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if CLAUSE_BREAKS.isdisjoint(lowers[start + 1 : sentence.end]):
        yield doc[start : sentence.end]  # one set test in C: most sentences are one clause
        return
    for i in range(start + 1, sentence.end):
        if lowers[i] in CLAUSE_BREAKS:
            yield doc[start:i]
            start = i
    if start < sentence.end:
        yield doc[start : sentence.end]


def clause_values(
    clause: Span, dates: list[Span], durations: list[Span], lexicon: Lexicon
) -> Iterator[tuple[Span, Value, Cue | None]]:
    """The clause's dates (each with its cue, or None when it is not a cut-off) and its windows
    that are cut-offs (a window without a cue is not a date claim: "three days of talks")."""
    for span in _within(dates, clause):
        date = span._.date  # read once: each ``span._`` builds a new accessor
        yield span, Value(date=date), _date_cue(clause, span, lexicon, date)
    for span in _within(durations, clause):
        cue = _duration_cue(clause, span, lexicon)
        if cue is not None:
            unit = span[-1].lower_
            count = span._.days / (DURATION_UNITS.get(unit) or YEAR_WORDS.get(unit, 1))
            yield span, Value(count=count, unit=unit), cue


def _within(spans: list[Span], clause: Span) -> Iterator[Span]:
    """Spans (sorted by start) inside the clause, found by bisection: drafts can be long."""
    index = bisect_left(spans, clause.start, key=lambda s: s.start)
    for span in spans[index:]:
        if span.start >= clause.end:
            break
        if span.end <= clause.end:
            yield span


class TokensAt(Sequence[Token]):
    """The tokens at a range of positions (nearest first, for the words before a date), each
    built only when read: most dates are decided on their first word or two, and a ``Token``
    costs more than the test made of it."""

    __slots__ = ("doc", "positions")

    def __init__(self, doc: Doc, positions: range) -> None:
        self.doc = doc
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, k: int) -> Token: ...
    @overload
    def __getitem__(self, k: slice) -> TokensAt: ...
    def __getitem__(self, k: int | slice) -> Token | TokensAt:
        if isinstance(k, slice):
            return TokensAt(self.doc, self.positions[k])
        return self.doc[self.positions[k]]


def _date_cue(clause: Span, span: Span, lexicon: Lexicon, date: DateValue) -> Cue | None:
    """Why this date is a deadline (``date``: the span's own), or None when it is just a date
    (a meeting, a visit)."""
    doc = span.doc
    if date.end_day is not None:
        return None  # "October 4-5", "Dec. 5 to 15": a period, not a cut-off
    day = restated_day(clause, span)
    if day is not None:  # "expire today, June 30": read as if the date stood for the day word
        restated = doc[day : span.end]
        restated._.date = date
        return _date_cue(clause, restated, lexicon, date)
    near = max(clause.start, span.start - 10)
    before = TokensAt(doc, range(span.start - 1, near - 1, -1))  # built only when read
    lowers = doc_lowers(doc)[near : span.start][::-1]
    enforcement = _enforcement_cue(clause, span, before, lexicon)
    if enforcement is None and lowers[:1] == ["the"]:  # "will commence from the 30 April"
        enforcement = _enforcement_cue(clause, span, before[1:], lexicon)
    if enforcement is not None:
        return enforcement
    slated = slated_for(clause, span, lowers)
    if slated is not None:  # "Initially slated for April 30, the deadline has now …"
        return Cue("deadline", True, slated)
    ending = ending_noun(clause, span, lowers)
    if ending == "expiry":  # "the expiry of PoR cards on May 1"
        return Cue("expires", True, after_last_day=True, role="expiry")
    if ending == "window":  # "the end of the grace period on August 31"
        return Cue("ended", True, after_last_day=True)
    # the tests _deadline_predicate opens with, on the word lists: most dates fail them
    first = span.start - 1
    if first >= clause.start and (
        lemma_lowers(doc)[first] == "be"  # "the deadline for … is November 15"
        or (
            first - 1 >= clause.start
            and lowers[0] in ("on", "for", "at")
            and lemma_lowers(doc)[first - 1] in DEADLINE_PREDICATE_LEMMAS
        )
    ):
        far = TokensAt(doc, range(first, max(clause.start, span.start - 18) - 1, -1))
        predicate = _deadline_predicate(clause, span, far, lexicon)
        if predicate is not None:
            return predicate
    if lowers[:1] == ["from"] or lowers[:2] == ["the", "from"]:
        return None
    if _requested_change(clause, span):
        return None
    noun = noun_before(doc, span, clause, lexicon)
    after = noun is None
    noun = noun or noun_after(doc, span, clause, lexicon)
    if noun is not None:
        extended = (
            bool(lowers) and lowers[0] in EXTENSION_PREPOSITIONS and _extended(clause, span, noun)
        )
        issued = after and noun[-1].lower_ in ISSUED_NOUNS
        role = "extension" if extended else "deadline"
        return Cue("deadline", True, noun, issued=issued, role=role)
    while lowers and lowers[0] in DATE_LEAD_INS and len(lowers) > 1:
        before, lowers = before[1:], lowers[1:]  # "by midnight on Wednesday, November 1"
    if lowers[:3] == ["than", "later", "no"] or lowers[:3] == ["than", "late", "no"]:
        return Cue("no later than", True)
    if before and before[0].lemma_.lower() in EXPIRY_LEMMAS:
        return Cue("expires", True, after_last_day=True, role="expiry")
    if before and before[0].lemma_.lower() in ENDING_LEMMAS:
        ending = _what_ends(clause, before[0].i, lexicon)
        if ending == "validity":  # "the validity of PoR cards ended on June 30"
            return Cue("expires", True, after_last_day=True, role="expiry")
        if ending == "window":  # "the grace period that ended on August 31"
            return Cue("ended", True, after_last_day=True)
    if lowers[:1] and lowers[0] in EXTENSION_PREPOSITIONS:
        window = _lemmas_before(clause, span.start, 14)
        if (
            window & EXTENSION_LEMMAS and not only_people_moving(clause, span.start, window)
        ) or extended_noun_before(doc, before[0].i, clause):
            return Cue("extended to", True, role="extension")
        if not RENEWED_FORMS.isdisjoint(lowers[1:14]):  # "the cards were renewed until …"
            return Cue("extended to", True, role="extension")
        if window & VALID_LEMMAS:
            return Cue("valid until", True, role="expiry")
    if lowers[:1] and lowers[0] in WEAK_PREPOSITIONS:
        if _opens(clause, before[0]) and _fronted_order(clause, span, lexicon):
            return Cue(lowers[0], False)  # "By March 20, ACC holders must leave …"
        if _sentence_start_time(clause, span, before):
            return None
        if lowers[0] in ("until", "till", "til") and (
            _given(clause, before[0].i, lexicon) or permitted_stay(clause, before[0].i)
        ):
            return Cue(lowers[0], True)
        if _order_frame(clause, span, lexicon):
            return Cue(lowers[0], False)
    return None


def _what_ends(clause: Span, verb: int, lexicon: Lexicon) -> str | None:
    """What "ended on <date>" ends, from the words just before the verb: a document's
    ``validity``, a ``window`` ("grace period", "deadline"), or None (talks, a visit, a
    window for something else: "the window for public comment … closes on")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(verb - 1, max(clause.start, verb - ENDING_SUBJECT_TOKENS) - 1, -1):
        if lemmas[i] in VALID_LEMMAS:
            return "validity"
        if lowers[i] == "stay" and i > clause.start and lowers[i - 1] in STAY_OWNERS:
            return "validity"  # "the stay of PoR card holders ended on …"
        if lowers[i] in WINDOW_NOUNS:
            return "window" if for_people(doc, i + 1, verb, lexicon) else None
        if lowers[i] in JOINING_WORDS or (lowers[i] not in ("(", ")") and doc[i].is_punct):
            return None  # "… and the talks ended on": not the subject of the verb
    return None


def _lemmas_before(clause: Span, end: int, size: int) -> set[str]:
    """Lower-case lemmas of the ``size`` tokens before ``end`` (the date; ``end - 1`` is its
    preposition). When a relative aside ends right before the preposition, the window is the
    preposition and the ``size`` tokens before the aside: in "extending the stay of refugees,
    whose cards expired on June 30, until February 29" the extension governs "until"."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    start = end - 1  # the preposition
    if start - 1 > clause.start and lowers[start - 1] == ",":
        for k in range(start - 2, max(clause.start, start - 1 - ASIDE_TOKENS), -1):
            if lowers[k] == "," and lowers[k + 1] in RELATIVE_OPENERS:
                return {*lemmas[max(clause.start, k - size) : k], lemmas[start]}
            if lowers[k] in RELATIVE_OPENERS and lowers[k - 1] not in (",", "that"):
                # "extended the cards that expired on April 1, to September 30": the
                # relative clause ends at the comma; the extension governs the preposition
                reach = size + 6  # a name with its abbreviation: "Cards (PoRs)"
                found = {*lemmas[max(clause.start, k - reach) : k], lemmas[start]}
                if found & EXTENSION_LEMMAS:
                    return found
    return set(lemmas[reach_back(clause, end, size) : end])


def _deadline_predicate(
    clause: Span, span: Span, before: Sequence[Token], lexicon: Lexicon
) -> Cue | None:
    """ "Islamabad's deadline for migrants without papers falls on November 30": the date
    completes a clause whose subject is a deadline noun."""
    copula = bool(before) and before[0].lemma_.lower() == "be"  # "the deadline … is <date>"
    if not copula and (len(before) < 2 or before[0].lower_ not in ("on", "for", "at")):
        return None
    verb = 0 if copula else 1
    if before[verb].lemma_.lower() not in DEADLINE_PREDICATE_LEMMAS:
        return None
    if before[verb].lower_ == "set" and before[0].lower_ == "on":
        return None  # "the deadline set on October 3": when it was announced
    for token in before[verb + 1 :]:
        if copula and (token.is_punct or token.lower_ in SUBJECT_BREAKS):
            return None  # "… said the deadline had passed and the next meeting is …"
        noun = deadline_noun_ending_at(clause.doc, token.i, clause)
        if noun is not None:
            if not for_people(clause.doc, noun.end, before[verb].i, lexicon):
                return None  # "the deadline for public comment … is"
            return Cue("deadline", True, noun)
    return None


def _enforcement_cue(
    clause: Span, span: Span, before: Sequence[Token], lexicon: Lexicon
) -> Cue | None:
    """ "face deportation from October 1", "deportations will start only after Dec. 1",
    "phase three begins on 1 December": the date an order starts to be enforced names the
    same cut-off (the recorded date, or the day after the last day to leave)."""
    if not before:
        return None
    preposition = before[0].lower_
    if before[0].lemma_.lower() in STARTING_LEMMAS and before[0].lower_ != before[0].lemma_:
        preposition = "on"  # "phase three begins October 1"
    elif preposition not in ENFORCEMENT_PREPOSITIONS:
        return None
    if opens_a_period(clause, span):
        return None  # "from March 31 to June 30": a period
    if preposition == "on" == before[0].lower_ and len(before) > 1 and _dates_a_thing(before[1]):
        return None  # "followed bombings on September 29": the date of the bombings
    if (
        before[0].lower_ in ("on", "after")
        and len(before) > 1
        and preposition == before[0].lower_
        and _dates_an_act(before[1])
    ):
        return None  # "announced on October 4 it would expel …": the day of the announcement
    if len(before) > 1 and _arrived(before[1]):
        return None  # "Afghans who arrived after August 15, 2021 will be deported"
    doc = clause.doc
    fronted = all(t.is_punct for t in doc[clause.start : before[0].i])
    reach = FRONTED_REACH if fronted else 6  # "From March 20, ACC holders found … will be"
    cue = before[0].i
    # the window's positions: before the preposition (with it, when a verb of starting stands
    # for it), and after the date; read on the doc's word lists
    # the act may stand before a long phrase of the people it is done to ("expel over 1.3
    # million Afghan nationals holding Proof of Registration Cards (PoRs) after …")
    people = object_start(doc, cue, clause.start, lexicon)
    first = max(clause.start, min(cue - 12, people - ACT_BEFORE_OBJECT))
    window = [
        *range(first, cue + (preposition != before[0].lower_)),
        *range(span.end, min(clause.end, span.end + reach)),
    ]
    all_lowers, all_lemmas = doc_lowers(doc), lemma_lowers(doc)
    lowers = {all_lowers[i] for i in window}
    lemmas = {all_lemmas[i] for i in window} | lowers
    staying = (
        preposition in ("after", "past", "beyond")
        and lemmas & REMAINING_LEMMAS
        and (lemmas & STAYING_PEOPLE or any(doc[i].ent_type_ == CATEGORY for i in window))
    )  # "anyone remaining after …", "undocumented Afghans still here after …", "who remained"
    if not (lemmas & ENFORCEMENT_LEMMAS or staying):
        return None
    if negated(all_lowers, window) or any(
        _forecasting(doc[i])
        for i in window
        if all_lemmas[i] in FORECAST_LEMMAS or all_lowers[i] in FORECAST_LEMMAS
    ):
        return None
    plan = preposition != "on" and planned(clause, window)  # "a crackdown on November 1"
    if not (lowers & FORWARD_MARKERS or plan):
        return None  # "deportations began on November 20": a report, not the order
    if preposition in ("after", "past", "beyond"):
        return Cue("after", True, before_first_day=True, role="enforcement_start")
    return Cue(preposition, True, after_last_day=True, role="enforcement_start")


def _forecasting(token: Token) -> bool:
    """ "expected to begin", "plans to start": a forecast. Not whom an order covers: "the
    phase, which targets PoR holders", "aimed at undocumented Afghans"."""
    lemma = token.lemma_.lower()
    if lemma not in FORECAST_LEMMAS and token.lower_ not in FORECAST_LEMMAS:
        return False
    if lemma in SCOPE_VERBS or token.lower_ in SCOPE_VERBS:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if lemma == "estimate" and nxt is not None and nxt.like_num:
        return False  # "an estimated 1.7 million migrants": a figure's hedge
    return not (lemma == "aim" and nxt is not None and nxt.lower_ == "at")


def _dates_a_thing(word: Token) -> bool:
    """ "bombings on September 29", "talks on Monday": "on <date>" after a plural noun that is
    neither an enforcement word nor the people an order names dates that noun, not the order
    ("deportations on", "begin on", "undocumented Afghans on" stay enforcement)."""
    lower, lemma = word.lower_, word.lemma_.lower()
    if not (word.is_alpha and word.is_lower and lower.endswith("s") and lemma != lower):
        return False
    if word.ent_type_ or lower in REFERRING_PEOPLE | FORWARD_MARKERS | DOCUMENT_NOUNS:
        return False
    return not {lower, lemma} & (ENFORCEMENT_LEMMAS | REMAINING_LEMMAS | STARTING_LEMMAS)


def _dates_an_act(word: Token) -> bool:
    """ "announced on", "said on", "notified on": "on <date>" right after a verb of making or
    reporting an order dates the announcement, whatever the order says will happen."""
    lemma = word.lemma_.lower()
    return lemma in ANNOUNCEMENT_LEMMAS | REPORTING_LEMMAS and lemma not in ENFORCEMENT_LEMMAS


def _arrived(word: Token) -> bool:
    """ "arrived after", "came before", "fled since": a verb of people arriving, in a past form,
    dates the arrival."""
    lemma = word.lemma_.lower()
    return lemma in ARRIVAL_LEMMAS and word.lower_ != lemma


def _given(clause: Span, at: int, lexicon: Lexicon) -> bool:
    """ "gave illegal immigrants until …", "have until …": a time allowed, i.e. a deadline."""
    doc = clause.doc
    if at - 1 >= clause.start and doc[at - 1].lower_ in ("have", "has", "had"):
        return True
    for i in range(at - 1, max(clause.start, at - 8) - 1, -1):
        token = doc[i]
        if token.lemma_.lower() in GIVING_LEMMAS:
            return True
        if not (
            complement_word(token, lexicon)
            or token.lower_ in DETERMINERS | {","}
            or token.lower_ in ALLOWANCE_NOUNS  # "given time until", "a chance until"
        ):
            return False
    return False


def _requested_change(clause: Span, span: Span) -> bool:
    """ "UNHCR urged Pakistan to extend the deadline to December 31": a requested date."""
    lemmas = set(lemma_lowers(clause.doc)[clause.start : span.start])
    return bool(lemmas & REQUEST_LEMMAS and lemmas & EXTENSION_LEMMAS)


def _sentence_start_time(clause: Span, span: Span, before: Sequence[Token]) -> bool:
    """ "By December 15, 400,000 had left": a point in time that opens the sentence."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return _opens(clause, before[0]) and (after is None or after.text == ",")


def _opens(clause: Span, cue: Token) -> bool:
    """The preposition opens the clause (after punctuation only)."""
    opens = cue.i == clause.start or (cue.i - 1 >= clause.start and cue.is_sent_start)
    return opens or all(t.is_punct for t in clause.doc[clause.start : cue.i])


def _fronted_order(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """ "By March 20, ACC holders must leave the country", "Before March 20, they had to go":
    a fronted time followed by an obligation to act ("must", "had to", "are to", "should" and
    an action of the ledger's orders), not a count at that time ("By December 15, 400,000 had
    left")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(span.end + 1, min(clause.end - 1, span.end + FRONTED_REACH)):
        if lowers[i] in OBLIGATION_MODALS and lemmas[i + 1] in lexicon.actions:
            return True  # "must leave" (not "had left", "were leaving")
        obliged = lowers[i] in OBLIGATION_WORDS and lowers[i + 1] == "to"
        if obliged and i + 2 < clause.end and lemmas[i + 2] in lexicon.actions:
            return True  # "had to leave", "are to go"
    return False


def _order_frame(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """Is "until/by/before <date>" a cut-off? Only in an order or a deadline: "told to leave by",
    "gave them until … to leave", "must leave by" — not "had left by", "left by", "expected to
    leave by" (a count or a forecast at a date)."""
    action = _nearest_action(clause, span, lexicon)
    if action is not None:
        doc = clause.doc
        window = [doc[i] for i in range(max(clause.start, action.i - 4), action.i)]
        if any(_forecast(t) for t in window):
            return False
        began = len(window) >= 2 and window[-2].lemma_.lower() in STARTING_LEMMAS
        if began and window[-1].lower_ == "to":
            return False  # "families began to leave before …": what happened
        if window and window[-1].lower_ in PERFECT_AUXILIARIES:
            return False
        if window and window[-1].lower_ in IRREALIS_BEFORE:
            return True
        if (
            len(window) >= 2
            and window[-1].lower_ in ("be", "been")
            and (window[-2].lower_ in IRREALIS_BEFORE)
        ):
            return True  # "must be gone by", "should be out by"
        adverb = len(window) >= 2 and window[-1].lower_.endswith("ly")
        if adverb and window[-2].lower_ in IRREALIS_BEFORE:
            return True
        if action.lower_ != action.lemma_.lower():
            # "left by October 30": what happened, not what was ordered ("wants them gone by")
            return _wanted_done(clause, action)
    doc = clause.doc
    if any(deadline_noun_starting_at(doc, i, clause) for i in range(clause.start, clause.end)):
        return True
    if action is None:
        return False
    clause_lemmas = set(lemma_lowers(doc)[clause.start : clause.end])
    return bool(clause_lemmas & OBLIGATION_LEMMAS - {"have", "set"})


def _wanted_done(clause: Span, action: Token) -> bool:
    """ "Pakistan wants all undocumented Afghans gone by …": want + object + participle."""
    doc = clause.doc
    for i in range(action.i - 1, max(clause.start, action.i - 8) - 1, -1):
        token = doc[i]
        if token.lemma_.lower() in ("want", "need") and i + 1 < action.i:
            return doc[i + 1].lower_ != "to"
    return False


def _nearest_action(clause: Span, span: Span, lexicon: Lexicon) -> Token | None:
    """The action verb the cut-off belongs to: before the cue ("leave the country by"), or
    just after the date ("until December 1 to leave")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(span.end + 1, min(span.end + 4, clause.end)):
        linked = lowers[i - 1] == "to" or lowers[i - 1].endswith("ly")
        if not linked:
            break
        lemma = lemmas[i]
        if lexicon.actions.get(lemma) == lemma and verb_like(doc[i]):
            return doc[i]
    for i in range(span.start - 1, max(clause.start, span.start - 12) - 1, -1):
        lemma = lemmas[i]
        if lexicon.actions.get(lemma) == lemma and verb_like(doc[i]):
            return doc[i]
        if lowers[i] in DEPARTURE_PARTICLES and departure_particle(doc[i], lexicon):
            return doc[i]
    return None


def _forecast(token: Token) -> bool:
    """ "expected to leave", "plans to leave", "want to leave": a forecast or a wish. An
    authority that wants *someone* out ("wants illegal immigrants to leave by …") orders it."""
    lemma = token.lemma_.lower()
    if lemma not in FORECAST_LEMMAS:
        return False
    if lemma in OBLIGATION_LEMMAS:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return nxt is None or nxt.lower_ in {"to", *DEPARTURE_PARTICLES}  # a wish: "want out"
    return True


def _duration_cue(clause: Span, span: Span, lexicon: Lexicon) -> Cue | None:
    """ "30-day deadline", "deadline of 30 days", "given 30 days to leave", "within 30 days"."""
    doc = span.doc
    all_lowers, all_lemmas = doc_lowers(doc), lemma_lowers(doc)
    after = list(range(span.end, min(span.end + 3, clause.end)))  # positions, nearest first
    after_lowers = all_lowers[span.end : min(span.end + 3, clause.end)]
    skip = 0
    if after_lowers[:1] in (["'"], ["’"], ["'s"], ["’s"]):
        after_lowers, skip = after_lowers[1:], 1
    if after_lowers and after_lowers[0] in WINDOW_NOUNS:
        # the noun lets a bare "the 60-day window" refer back to an order named earlier
        noun = after[skip]
        return Cue("deadline", True, doc[noun : noun + 1])
    if after_lowers and after_lowers[0] in EXTENSION_NOUNS:  # "a six-month extension"
        noun = after[skip]
        return Cue("extension", True, doc[noun : noun + 1], role="extension")
    if _extended_by(clause, span) or added_time(clause, span):  # "extended … by 10 days"
        return Cue("extended by", True, role="extension")
    before = list(range(span.start - 1, max(clause.start, span.start - 6) - 1, -1))
    lowers = [all_lowers[i] for i in before]
    named = [w for w in lowers[1:3] if not all(c in "\"'“”‘’" for c in w)]  # “grace period” of
    if lowers[:1] == ["of"] and named and named[0] in WINDOW_NOUNS:
        return Cue("deadline", True)
    to_action = (
        len(after) >= 2
        and all_lowers[after[0]] == "to"
        and lexicon.actions.get(all_lemmas[after[1]]) == all_lemmas[after[1]]
    )
    giving = {all_lemmas[i] for i in before} & {"give", "grant", "allow", "have", "get"}
    if to_action and giving:
        return Cue("given", True)
    ends = not after or doc[after[0]].is_punct or all_lowers[after[0]] in ("to", "or", "and")
    bare = lowers[:1] not in (["within"], ["in"], ["for"], ["by"], ["over"], ["last"])
    if ends and bare and before and _given(clause, span.start, lexicon):
        return Cue("given", True)  # "gave undocumented migrants 60 days"
    if lowers[:1] in (["within"], ["in"]):
        action = _nearest_action(clause, span, lexicon)
        if action is not None and action.i < span.start and _order_frame(clause, span, lexicon):
            return Cue("within", False)
    return None


def _extended_by(clause: Span, span: Span) -> bool:
    """ "extended the deadline by 10 days", "pushed back by a week", "extended their stay for
    another six months": the length of an extension, after "by" or "for" and a verb of
    extending (for "for", right before it), not negated, not requested."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    at = span.start - 1
    while at > clause.start and lowers[at] in FURTHER_WORDS:
        at -= 1  # "for another", "by a further"
    if at < clause.start or lowers[at] not in ("by", "for"):
        return False
    first = max(clause.start, at - EXTENDED_BY_REACH)
    if lowers[at] == "for":  # only within its own clause: not "… was extended, some were
        for k in range(at - 1, first - 1, -1):  # detained for two months"
            if doc[k].is_punct:
                first = k + 1
                break
    lemmas = lemma_lowers(doc)[first:at]
    if not set(lemmas) & EXTENSION_LEMMAS or _requested_change(clause, span):
        return False
    return NEGATIONS.isdisjoint(lowers[clause.start : span.start])


def _extended(clause: Span, span: Span, noun: Span | None = None) -> bool:
    """ "extended the deadline to December 31", "extended the deadline for … holding Proof of
    Registration (PoR) cards until September 1": the new cut-off of an extension (the verb
    before the date, or right before its deadline noun)."""
    lemmas = _lemmas_before(clause, span.start, 14)
    if noun is not None and noun.start < span.start:
        lemmas |= _lemmas_before(clause, noun.start + 1, 4)
    if not lemmas & EXTENSION_LEMMAS:
        return False
    return NEGATIONS.isdisjoint(doc_lowers(clause.doc)[clause.start : span.start])


def uncued_role(clause: Span, span: Span) -> str:
    """What a date that is not a cut-off is: the day an order was made ("announced on October
    3", "the 7 March notification") is an ``announcement``; a period ("October 4-5") or a date
    of something that happened ("on September 29") is an ``event_date``; else ``unknown``."""
    doc = clause.doc
    all_lemmas, all_lowers = lemma_lowers(doc), doc_lowers(doc)
    first = max(clause.start, span.start - 4)
    before = all_lowers[first : span.start]
    after = all_lemmas[span.end : min(clause.end, span.end + 3)]  # "In October, Pakistan announced"
    lemmas = {*all_lemmas[first : span.start], *after}
    if lemmas & ANNOUNCEMENT_LEMMAS:
        return "announcement"
    if len(before) >= 2 and before[-1] == "on" and before[-2] == "set":
        return "announcement"  # "the deadline set on October 3"
    if span._.date.end_day is not None:
        return "event_date"
    if len(before) and before[-1] in EVENT_PREPOSITIONS:
        return "event_date"
    return "unknown"
