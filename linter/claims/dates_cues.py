"""Where a draft gives a deadline: dates and windows with the cue that makes them a cut-off.

A *value* is a date ("November 1", "1 November 2023", "the end of November") or a window ("30-day",
"one month"); its *cue* is why it is a cut-off: "until/by/before <date>" in an order to do
something, "<date> deadline", "deadline of <date>", "no later than", "expires on", "extended to",
"valid until", "face deportation from <date>", "N-day deadline", "given N days to …", "within N
days". A date without a cue is a date of something else (a meeting, an announcement). The
deadline noun a date hangs on is found by :mod:`narrlint.claims.dates_nouns`, the enforcement cue
("face deportation from <date>") by :mod:`narrlint.claims.dates_enforcement`; the value and cue
types live in :mod:`narrlint.claims.dates_model`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

from narrlint.claims.counts_quotes import SCARE_QUOTES
from narrlint.claims.dates_actions import departure_particle, verb_like
from narrlint.claims.dates_enforcement import enforcement_cue
from narrlint.claims.dates_frames import (
    added_time,
    deportation_held_off,
    for_people,
    only_people_moving,
    permitted_stay,
)
from narrlint.claims.dates_issued import issued_on
from narrlint.claims.dates_lead import (
    ending_noun,
    reach_back,
    restated_day,
    slated_for,
    start_set_for,
)
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_nouns import (
    complement_word,
    deadline_noun_ending_at,
    deadline_noun_starting_at,
    extended_documents_before,
    extended_noun_before,
    noun_after,
    noun_before,
)
from narrlint.claims.dates_proposed import proposed_change
from narrlint.claims.dates_relatives import restated_deadline
from narrlint.claims.dates_shifted import other_object_after
from narrlint.claims.dates_validity_ends import validity_end_cue
from narrlint.claims.dates_window_ends import window_end_extended, window_end_of_notice
from narrlint.claims.dates_words import (
    ALLOWANCE_NOUNS,
    ANNOUNCEMENT_LEMMAS,
    ASIDE_TOKENS,
    COMPLETION_LEMMAS,
    DATE_LEAD_INS,
    DEADLINE_PREDICATE_LEMMAS,
    DEPARTURE_PARTICLES,
    DETERMINERS,
    ENDING_LEMMAS,
    ENDING_SUBJECT_TOKENS,
    EVENT_PREPOSITIONS,
    EXPIRY_LEMMAS,
    EXTENDED_BY_REACH,
    EXTENSION_LEMMAS,
    EXTENSION_NOUNS,
    EXTENSION_PREPOSITIONS,
    FORECAST_LEMMAS,
    FRONTED_REACH,
    FURTHER_WORDS,
    GIVING_LEMMAS,
    IRREALIS_BEFORE,
    ISSUED_NOUNS,
    JOINING_WORDS,
    LEGAL_STATUS_WORDS,
    LONG_SUBJECT_TOKENS,
    LOSS_LEMMAS,
    LOST_STATUS_REACH,
    OBLIGATION_LEMMAS,
    OBLIGATION_MODALS,
    OBLIGATION_WORDS,
    PERFECT_AUXILIARIES,
    RENEWED_FORMS,
    REQUEST_LEMMAS,
    SPECULATION_LEMMAS,
    STARTING_LEMMAS,
    STRETCH_LEMMAS,
    SUBJECT_BREAKS,
    VALID_LEMMAS,
    WEAK_PREPOSITIONS,
    WINDOW_NOUNS,
    YEAR_WORDS,
    stay_noun_at,
)
from narrlint.nlp.quantities import DURATION_UNITS, DateValue
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    CLAUSE_BREAKS,
    NEGATIONS,
    NUMBER_HEDGES,
    RELATIVE_DETERMINERS,
    RELATIVES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

RELATIVE_OPENERS = RELATIVES | RELATIVE_DETERMINERS
"""Words that open a relative aside after a comma (", whose cards expired on June 30,")."""


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
        cue = _date_cue(clause, span, lexicon, date)
        if cue is not None and cue.role == "extension" and proposed_change(clause, span):
            cue = None  # "an extension to December was proposed": asked for, not decided
        yield span, Value(date=date), cue
    for span in _within(durations, clause):
        cue = _duration_cue(clause, span, lexicon)
        if cue is not None and cue.role == "extension" and proposed_change(clause, span):
            continue  # "a one-year extension was agreed between …", "sought a six-month …"
        if cue is not None:
            unit = span[-1].lower_
            count = span._.days / (DURATION_UNITS.get(unit) or YEAR_WORDS.get(unit, 1))
            at_most = cue.role == "extension" and _up_to(clause, span.start)
            yield span, Value(count=count, unit=unit, at_most=at_most), cue


def _within(spans: list[Span], clause: Span) -> Iterator[Span]:
    """Spans (sorted by start) inside the clause, found by bisection: drafts can be long."""
    index = bisect_left(spans, clause.start, key=lambda s: s.start)
    for span in spans[index:]:
        if span.start >= clause.end:
            break
        if span.end <= clause.end:
            yield span


class TokensAt(Sequence["Token"]):
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
    if issued_on(clause, span):
        return None  # "issued an ultimatum on Tuesday to …": the day the order was made
    day = restated_day(clause, span)
    if day is not None:  # "expire today, June 30": read as if the date stood for the day word
        restated = doc[day : span.end]
        restated._.date = date
        return _date_cue(clause, restated, lexicon, date)
    near = max(clause.start, span.start - 10)
    before = TokensAt(doc, range(span.start - 1, near - 1, -1))  # built only when read
    lowers = doc_lowers(doc)[near : span.start][::-1]
    enforcement = enforcement_cue(clause, span, before, lexicon)
    if enforcement is None and lowers[:1] == ["the"]:  # "will commence from the 30 April"
        enforcement = enforcement_cue(clause, span, before[1:], lexicon)
    if enforcement is not None:
        return enforcement
    if lowers[:1] == ["after"] or lowers[:1] == ["of"]:  # "no longer valid after", "validity
        ends = validity_end_cue(lowers, lemma_lowers(doc)[near : span.start][::-1])  # date of"
        if ends is not None:
            return ends
    slated = slated_for(clause, span, lowers)
    if slated is not None:  # "Initially slated for April 30, the deadline has now …"
        return Cue("deadline", True, slated)
    if start_set_for(clause, span):  # "has set November 15 for the start of the expulsions"
        return Cue("start", True, after_last_day=True, role="enforcement_start")
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
        # "the Oct. 3 ultimatum", "the ultimatum on 3 October": may be the day it was given
        given_on = lowers[:1] == ["on"] and noun.end == span.start - 1
        issued = (after or given_on) and noun[-1].lower_ in ISSUED_NOUNS
        role = "extension" if extended else "deadline"
        return Cue("deadline", True, noun, issued=issued, role=role)
    led = None  # the lead-in word last passed, nearest the date
    while lowers and lowers[0] in DATE_LEAD_INS and len(lowers) > 1:
        if lowers[0] == "end" and led != "of":
            break  # "the stay will end on June 30": the verb, not "expired at the end of March"
        led = lowers[0]
        before, lowers = before[1:], lowers[1:]  # "by midnight on Wednesday, November 1"
    if lowers[:1] == ["in"] and len(before) > 1 and _ends_in_month(before[1], date):
        before, lowers = before[1:], lowers[1:]  # "the cards expire in June 2017"
    if lowers[:3] == ["than", "later", "no"] or lowers[:3] == ["than", "late", "no"]:
        return Cue("no later than", True)
    if before and before[0].lemma_.lower() in EXPIRY_LEMMAS:
        return Cue("expires", True, after_last_day=True, role="expiry")
    if before and _status_lost(clause, before[0].i):
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
        if window_end_extended(clause, span):  # "an extension … for six months till <date>"
            return Cue("extended to", True, role="extension")
        if window_end_of_notice(clause, span):  # "a grace period of 25 days, from … to <date>"
            return Cue("until", True)
        if extended_documents_before(doc, before[0].i, clause, lexicon.document_starts):
            return Cue("extended to", True, role="extension")
        if not RENEWED_FORMS.isdisjoint(lowers[1:14]):  # "the cards were renewed until …"
            return Cue("extended to", True, role="extension")
        had = len(lowers) > 1 and lowers[1] in HAVING_FORMS  # "valid permits have until"
        if window & VALID_LEMMAS and not had:  # "valid till April 1": the last valid day or
            return Cue("valid until", True, after_last_day=True, role="expiry")  # the first
    if lowers[:1] == ["by"] and _extended_deadline_by(clause, span):
        return Cue("extended to", True, role="extension")  # "extended the deadline … by …"
    if lowers[:1] and lowers[0] in WEAK_PREPOSITIONS:
        if _opens(clause, before[0]) and _fronted_order(clause, span, lexicon):
            return Cue(lowers[0], False)  # "By March 20, ACC holders must leave …"
        if _sentence_start_time(clause, span, before):
            return None
        if lowers[0] in ("until", "till", "til") and (
            _given(clause, before[0].i, lexicon) or permitted_stay(clause, before[0].i)
        ):
            return Cue(lowers[0], True)
        if lowers[0] in ("until", "till", "til") and deportation_held_off(clause, before[0].i):
            return Cue("valid until", True, role="expiry")  # "barred the deportation … until"
        if _order_frame(clause, span, lexicon) or _completion_due(clause, span, lexicon):
            return Cue(lowers[0], False)
    return None


def _ends_in_month(verb: Token, date: DateValue) -> bool:
    """ "expire in June 2017", "the stay will end in December": a verb of expiring or ending
    right before "in <month>" (a month, with or without its year, never a day) gives the month
    a validity or a window ends in, read as "expired on" is."""
    return date.day is None and verb.lemma_.lower() in EXPIRY_LEMMAS | ENDING_LEMMAS


def _status_lost(clause: Span, noun: int) -> bool:
    """ "lost their legal status on <date>", "exhausted their legal residency status on
    <date>": a verb of losing or using up a legal status right before the date, the last day
    of a validity (not "lost their homes on …", "lost the refugee status case on …")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    if lowers[noun] != "status":
        return False
    first = max(clause.start, noun - LOST_STATUS_REACH)
    words = lowers[first:noun]
    if LEGAL_STATUS_WORDS.isdisjoint(words):
        return False
    return not LOSS_LEMMAS.isdisjoint(lemmas[first:noun]) and NEGATIONS.isdisjoint(words)


def _what_ends(clause: Span, verb: int, lexicon: Lexicon) -> str | None:
    """What "ended on <date>" ends, from the words just before the verb: a document's
    ``validity``, a ``window`` ("grace period", "deadline"), or None (talks, a visit, a
    window for something else: "the window for public comment … closes on")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(verb - 1, max(clause.start, verb - ENDING_SUBJECT_TOKENS) - 1, -1):
        if lemmas[i] in VALID_LEMMAS:
            return "validity"
        if i > clause.start and stay_noun_at(lowers, i):
            return "validity"  # "the stay of PoR card holders ended on …"
        if lowers[i] in WINDOW_NOUNS:
            return "window" if for_people(doc, i + 1, verb, lexicon) else None
        if lowers[i] in JOINING_WORDS or (lowers[i] not in ("(", ")") and doc[i].is_punct):
            return None  # "… and the talks ended on": not the subject of the verb
    return _long_subject(clause, verb, lexicon)


def _long_subject(clause: Span, verb: int, lexicon: Lexicon) -> str | None:
    """ "The deadline set by the government for the deportation of Afghan immigrants who were
    residing illegally in the country has ended today": a window noun that opens the stretch
    before the verb (after the last mark or joining word) is its subject, however long the
    phrases after it, when they tell for whom it was set."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    first = verb
    while first > clause.start and first > verb - LONG_SUBJECT_TOKENS:
        k = first - 1
        if lowers[k] in JOINING_WORDS or (lowers[k] not in ("(", ")") and doc[k].is_punct):
            break
        first = k
    else:
        if first > clause.start:
            return None  # longer still: no subject found
    if first < verb and lowers[first] in DETERMINERS:
        first += 1
    if first >= verb or lowers[first] not in WINDOW_NOUNS:
        return None
    return "window" if for_people(doc, first + 1, verb, lexicon) else None


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
        comma = token.i - 1  # "the deadline … is approaching, which is December 31"
        if copula and token.lower_ == "which" and doc_lowers(clause.doc)[comma] == ",":
            return restated_deadline(clause, comma, lexicon)
        if copula and (token.is_punct or token.lower_ in SUBJECT_BREAKS):
            return None  # "… said the deadline had passed and the next meeting is …"
        noun = deadline_noun_ending_at(clause.doc, token.i, clause)
        if noun is not None:
            if not for_people(clause.doc, noun.end, before[verb].i, lexicon):
                return None  # "the deadline for public comment … is"
            return Cue("deadline", True, noun)
    return None


def _given(clause: Span, at: int, lexicon: Lexicon) -> bool:
    """ "gave illegal immigrants until …", "have until …": a time allowed, i.e. a deadline."""
    doc = clause.doc
    if at - 1 >= clause.start and doc[at - 1].lower_ in HAVING_FORMS:
        return True
    for i in range(at - 1, max(clause.start, at - 8) - 1, -1):
        token = doc[i]
        if token.lemma_.lower() in GIVING_LEMMAS:
            return True
        if not (
            complement_word(token, lexicon)
            or token.lower_ in DETERMINERS | {","}
            or token.lower_ in ALLOWANCE_NOUNS  # "given time until", "a chance until"
            or token.like_num  # "gave nearly 1.7 million Afghans until …": how many
            or token.lower_ in NUMBER_HEDGES
        ):
            return False
    return False


def _requested_change(clause: Span, span: Span) -> bool:
    """ "UNHCR urged Pakistan to extend the deadline to December 31": a requested date. A
    capitalised word inside the clause is a name, not a verb of asking ("The Associated
    Press reported that deportations were postponed until …")."""
    doc = clause.doc
    window = lemma_lowers(doc)[clause.start : span.start]
    if REQUEST_LEMMAS.isdisjoint(window) or EXTENSION_LEMMAS.isdisjoint(window):
        return False  # a set test each, no Token: most clauses ask for no change
    lemmas = {
        lemma
        for i, lemma in enumerate(window, clause.start)
        if i == clause.start or not doc[i].is_title
    }
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
        if lemmas[i] in GIVING_LEMMAS and _given_to_act(lowers, lemmas, i, clause, lexicon):
            return True  # "Until October 31, individuals were given the option to leave"
    return False


def _given_to_act(
    lowers: Sequence[str], lemmas: Sequence[str], giving: int, clause: Span, lexicon: Lexicon
) -> bool:
    """A verb of giving followed, within a few words, by "to" and an action of the ledger's
    orders ("given the option to leave", "granted time to go"): a time allowed to act."""
    end = min(clause.end - 1, giving + GIVEN_TO_ACT_REACH)
    return any(
        lowers[k] == "to" and lemmas[k + 1] in lexicon.actions for k in range(giving + 1, end)
    )


ASIDE_CLOSERS = frozenset({"—", "–", ")"})
"""Marks that close an aside between a verb's subject and the verb ("Afghans—an estimated 4
million—leave"): the words before them are not the verb's own."""


def _order_frame(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """Is "until/by/before <date>" a cut-off? Only in an order or a deadline: "told to leave by",
    "gave them until … to leave", "must leave by" — not "had left by", "left by", "expected to
    leave by" (a count or a forecast at a date)."""
    action = _nearest_action(clause, span, lexicon)
    if action is not None:
        doc = clause.doc
        window = [doc[i] for i in range(max(clause.start, action.i - 4), action.i)]
        closed = [k for k, t in enumerate(window) if t.text in ASIDE_CLOSERS]
        if closed:  # "demanding all Afghans—an estimated 4 million—leave by …": the aside's
            window = window[closed[-1] + 1 :]  # words ("estimated") are not the verb's
        if any(_forecast(t) for t in window) or _foreseen(clause, action.i):
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
        if _forced_into(clause, action):
            return True  # "force them into leaving the country by …", as "force them to leave"
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


COMPLETION_REACH = 12
"""Words from a cut-off's preposition back to the verb of completing the process it ends."""
ACTION_NOUN_REACH = 8
"""Words before a verb of completing where its subject, the process, may stand ("the
repatriation of unregistered Afghans … must be completed by …")."""


def _completion_due(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """ "determined to complete the repatriation process by June 30", "the deportation of
    illegal immigrants must be completed by November 15": a process of the ledger's orders (an
    action's noun: "repatriation", "deportation") to be completed by a date is a cut-off, as
    "to leave by" is. Not one told as done ("was completed by March", "had completed … by"),
    nor foreseen ("expected to complete … by")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    start = max(clause.start, span.start - 1 - COMPLETION_REACH)
    verb = next(
        (i for i in range(span.start - 2, start - 1, -1) if lemmas[i] in COMPLETION_LEMMAS), None
    )
    if verb is None or not verb_like(doc[verb]):
        return False
    before = range(max(clause.start, verb - ACTION_NOUN_REACH), verb)
    nouns = [
        i
        for i in (*range(verb + 1, span.start - 1), *before)
        if lexicon.actions.get(lemmas[i], lemmas[i]) != lemmas[i]
    ]
    if not nouns:
        return False  # "complete the registration by …": not an order's process
    k = verb - 1
    if k >= clause.start and lowers[k] in ("be", "been"):
        k -= 1  # "must be completed by"
    if k < clause.start or lowers[k] in PERFECT_AUXILIARIES or lowers[k] not in IRREALIS_BEFORE:
        return False  # "was completed by", "had completed … by", "completed by"
    if lowers[k] == "to":  # "expected to complete", not "determined to complete"
        return not any(lemmas[i] in SPECULATION_LEMMAS for i in range(max(clause.start, k - 3), k))
    return True


HAVING_FORMS = frozenset({"have", "has", "had"})
"""'have until <date>': a time allowed, whatever stands before ("valid permits have until")."""
GIVEN_TO_ACT_REACH = 5
"""Words from a verb of giving to the "to" of the act it allows ("given the option to leave")."""
FORCED_INTO_REACH = 6
"""Words from "into" back to the verb that forces people into an act."""


def _forced_into(clause: Span, action: Token) -> bool:
    """ "force them into leaving", "compel registered families into returning": a verb of
    making people act, then "into" and the act's gerund, is the order "force them to leave"
    words (the people between may be a phrase of a few words)."""
    doc = clause.doc
    if action.i - 1 <= clause.start or doc[action.i - 1].lower_ != "into":
        return False
    start = max(clause.start, action.i - 1 - FORCED_INTO_REACH)
    return any(t.lemma_.lower() in OBLIGATION_LEMMAS for t in doc[start : action.i - 1])


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
    just after the date ("until December 1 to leave", also past a comma: "until December 1,
    to voluntarily depart")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    comma = span.end + 1 < clause.end and lowers[span.end] == "," and lowers[span.end + 1] == "to"
    first = span.end + 2 if comma else span.end + 1
    for i in range(first, min(first + 3, clause.end)):
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


FORESEEN_REACH = 12
"""Words from a verb of foreseeing to the action it foresees ("expect that many Afghans will
leave")."""
MODALS_BEFORE = frozenset({"will", "would", "could", "may", "might"})
"""Modals before a foreseen action ("… will leave by …")."""


def _foreseen(clause: Span, action: int) -> bool:
    """The action is what someone foresees, in a clause of its own: "Officials expect that many
    Afghans will leave by …", "predicted most would leave by …" (a forecast, not an order). Not
    an adjective of a figure ("an estimated 1.7 million"), and only the verbs of foreseeing (a
    wish may be an order: "wants them to leave by …")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    if action <= clause.start or lowers[action - 1] not in MODALS_BEFORE:
        return False
    for j in range(action - 2, max(clause.start, action - FORESEEN_REACH) - 1, -1):
        if lemmas[j] in SPECULATION_LEMMAS:
            return j == clause.start or lowers[j - 1] not in DETERMINERS
    return False


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
    if after_lowers[:1] and (after_lowers[0] in ("'s", "’s") or after_lowers[0] in SCARE_QUOTES):
        # "the 30 days' window"; a quoted noun: an additional one-month “grace period”
        after_lowers, skip = after_lowers[1:], 1
    if after_lowers and after_lowers[0] in WINDOW_NOUNS:
        # the noun lets a bare "the 60-day window" refer back to an order named earlier
        noun = after[skip]
        return Cue("deadline", True, doc[noun : noun + 1])
    if after_lowers and after_lowers[0] in EXTENSION_NOUNS:  # "a six-month extension"
        noun = after[skip]
        return Cue("extension", True, doc[noun : noun + 1], role="extension")
    if _extended_by(clause, span) or added_time(clause, span):  # "extended … by 10 days"
        if other_object_after(clause, span, lexicon):
            return None  # "extended for ten years the quota of …": another thing's length
        return Cue("extended by", True, role="extension")
    before = list(range(span.start - 1, max(clause.start, span.start - 6) - 1, -1))
    lowers = [all_lowers[i] for i in before]
    named = [w for w in lowers[1:3] if not all(c in "\"'“”‘’" for c in w)]  # “grace period” of
    if lowers[:1] == ["of"] and named and named[0] in WINDOW_NOUNS:
        return Cue("deadline", True)
    if lowers[:1] == ["of"] and named and named[0] in EXTENSION_NOUNS:  # "an extension of
        noun = before[lowers.index(named[0], 1)]  # three months": as "a three-month extension"
        return Cue("extension", True, doc[noun : noun + 1], role="extension")
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
    if _up_to(clause, span.start):
        at -= 2  # "extended by up to six months": at most that long
    extended = False  # "to remain for an extended three months": the window is an extension
    while at > clause.start and (lowers[at] in FURTHER_WORDS or lowers[at] == "extended"):
        extended = extended or lowers[at] == "extended"
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
    granted = extended and not set(lemmas).isdisjoint(GIVING_LEMMAS | {"permit"})
    stretched = not STRETCH_LEMMAS.isdisjoint(lemmas) and any(
        stay_noun_at(lowers, k) for k in range(max(first, 1), at)
    )  # "the stay of Afghan refugees had been stretched for three months"
    if not (granted or stretched or set(lemmas) & EXTENSION_LEMMAS) or _requested_change(
        clause, span
    ):
        return False  # "for an extended three months" only as time given: "permitted … to
        # remain for an extended three months", not "remained in the camp for …"
    return NEGATIONS.isdisjoint(lowers[clause.start : span.start])


def _up_to(clause: Span, at: int) -> bool:
    """ "up to" right before ``at``: a window's most ("extended by up to six months")."""
    return at - 2 >= clause.start and doc_lowers(clause.doc)[at - 2 : at] == ["up", "to"]


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


EXTENDED_NOUN_REACH = 3
"""Words before a deadline noun a verb of extension governs it from ("has extended the")."""


def _extended_deadline_by(clause: Span, span: Span) -> bool:
    """ "has extended the deadline for Afghan refugees to go back by March 31": a day after "by"
    with a deadline noun before it (no comma between) that a verb of extension governs from
    right before that noun ("extended the deadline", "an extension of the deadline") is the
    extended deadline's new day, as after "to". Not a refusal ("decided not to extend the
    deadline … by …"), nor a deadline noun no extension governs ("set a deadline for … to
    leave by …")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(span.start - 2, max(clause.start, span.start - 16) - 1, -1):
        if lowers[i] == ",":
            return False
        noun = deadline_noun_ending_at(doc, i, clause)
        if noun is None:
            continue
        first = max(clause.start, noun.start - EXTENDED_NOUN_REACH)
        if EXTENSION_LEMMAS.isdisjoint(lemmas[first : noun.start]):
            return False
        return NEGATIONS.isdisjoint(lowers[clause.start : span.start])
    return False


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
    if lemmas & ANNOUNCEMENT_LEMMAS or issued_on(clause, span):
        return "announcement"
    if len(before) >= 2 and before[-1] == "on" and before[-2] == "set":
        return "announcement"  # "the deadline set on October 3"
    if span._.date.end_day is not None:
        return "event_date"
    if len(before) and before[-1] in EVENT_PREPOSITIONS:
        return "event_date"
    return "unknown"
