"""The frame around a date's cue: whom a deadline noun is for, whether an enforcement word is
the order's plan or negated, whether the stay is permitted or added time, whether people (not
a deadline) move, whether a second date restates the first's order. Small tests on the doc's
shared word lists that :mod:`narrlint.claims.dates_cues` asks while it reads a cue."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING

from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    ADDED_BEFORE,
    ADDED_VERBS,
    ADDED_WORDS,
    ASIDE_BREAKS,
    BAR_LEMMAS,
    BAR_REACH,
    BARRED_ACTION_REACH,
    BARRED_STAY_REACH,
    BARRING_PERMISSIONS,
    CAMPAIGN_LEMMAS,
    CHANGED_STATE_WORDS,
    COMPLEMENTIZERS,
    CONDITION_OPENERS,
    DETERMINERS,
    ENFORCEMENT_LEMMAS,
    ENTRY_LEMMAS,
    ENTRY_PAPERS,
    ENTRY_PAPERS_REACH,
    EXTENDED_BY_REACH,
    EXTENSION_LEMMAS,
    FACED_REACH,
    FOR_PEOPLE_REACH,
    FORECAST_LEMMAS,
    FUTURE_AUXILIARIES,
    GIVING_LEMMAS,
    MOTION_PARTICLES,
    NAME_ASIDE_WORDS,
    NEGATION_REACH,
    OBJECT_REACH,
    OBJECT_WORDS,
    OWN_WORK_NOUNS,
    OWNER_WORDS,
    PEOPLE_QUANTITIES,
    PERMISSION_WORDS,
    PERMIT_LEMMAS,
    PERMIT_REACH,
    PLAN_LEMMAS,
    PLAN_REACH,
    PRESS_NOUNS,
    REFERRING_PEOPLE,
    REFUSAL_LEMMAS,
    REQUEST_LEMMAS,
    RESTATEMENT_REACH,
    SPEECH_WORDS,
    STARTING_LEMMAS,
    STAY_LEMMAS,
    STAY_REACH,
    TROUBLE_LEMMAS,
    VOLUNTARY_WORDS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers, spans_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import IDENTITY_PAPERS, NEGATIONS, NUMBER_HEDGES, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PEOPLE_QUANTIFIERS = NUMBER_HEDGES | PEOPLE_QUANTITIES
"""Words of how many before the people a deadline is for ("all", "some 1.4 million",
"thousands of", "more than")."""


def tells_of_change(sentence: Span) -> bool:
    """The sentence tells of a change of deadline ("extended to June 30"; not "would not be
    extended", "leave without delay", "move out of the twin cities"), so a date it gives may be
    a new cut-off."""
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(sentence.start, sentence.end):
        if lemmas[i] in EXTENSION_LEMMAS:
            if (i > sentence.start and lowers[i - 1] == "without") or moves_people(doc, i):
                continue  # "leave without delay", "move out of the twin cities"
            if not any(w in NEGATIONS for w in lowers[max(sentence.start, i - 3) : i]):
                return True
    return False


def tells_of_new_order(sentence: Span) -> bool:
    """The sentence tells of a change of deadline or of a fresh one ("a new deadline of …",
    "they now have until …"): its date may be an order the ledger has no record of yet."""
    lowers = doc_lowers(sentence.doc)
    fresh = any(
        lowers[i] in CHANGED_STATE_WORDS and not _own_work(lowers, i, sentence)
        for i in range(sentence.start, sentence.end)
    )
    return fresh or tells_of_change(sentence)


def _own_work(lowers: list[str], i: int, sentence: Span) -> bool:
    """The word of recency at ``i`` qualifies what an owner made or did ("dedicated their
    latest win to …", "in its latest report"), not an order: it tells of no fresh deadline."""
    return (
        i > sentence.start
        and i + 1 < sentence.end
        and lowers[i - 1] in OWNER_WORDS
        and lowers[i + 1] in OWN_WORK_NOUNS
    )


def moves_people(doc: Doc, i: int) -> bool:
    """ "move out of the twin cities", "moved to other cities": the verb moves people, not a
    deadline ("moved the deadline to", "moved to March 31")."""
    lowers = doc_lowers(doc)
    if i + 1 >= len(lowers) or lemma_lowers(doc)[i] != "move":
        return False
    nxt = lowers[i + 1]
    if nxt in MOTION_PARTICLES:
        return True
    after = doc[i + 2] if i + 2 < len(doc) else None
    return nxt == "to" and after is not None and not (after.like_num or month_of(after))


def only_people_moving(clause: Span, end: int, window: set[str]) -> bool:
    """The window's only verb of extending is "move", moving people ("must move to other
    cities until …")."""
    if window & EXTENSION_LEMMAS != {"move"}:
        return False
    doc = clause.doc
    lemmas = lemma_lowers(doc)
    moves = [i for i in range(max(clause.start, end - 15), end) if lemmas[i] == "move"]
    return bool(moves) and all(moves_people(doc, i) for i in moves)


def for_people(doc: Doc, at: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a deadline or window noun ending before ``at`` is one for people (or for no
    stated purpose): "the deadline for illegal foreigners", "the grace period for those …",
    "the deadline for repatriation" (an act a ledger order names), not "the window for public
    comment", "the deadline for applications"."""
    lowers = doc_lowers(doc)
    if at >= end or lowers[at] != "for":
        return True
    for k in range(at + 1, min(end, at + 1 + FOR_PEOPLE_REACH)):
        word = lowers[k]
        if word in lexicon.people or word in REFERRING_PEOPLE or _group_word(word, lexicon):
            return True
        if doc[k].is_title or doc[k].is_upper:
            return True  # "Afghans", "PoR": a name, not a purpose
        if word in lexicon.actions or doc[k].lemma_.lower() in lexicon.actions:
            return True  # "the deadline for repatriation", "for departure": the order's act
        if not (
            word in DETERMINERS
            or doc[k].like_num
            or word in PEOPLE_QUANTIFIERS
            or word in VOLUNTARY_WORDS  # "for their voluntary departure": the order's act
        ):
            return False  # "for thousands of undocumented Afghans" reads on to the people
    return False


def object_start(doc: Doc, end: int, floor: int, lexicon: Lexicon) -> int:
    """Where the people an act is done to begin, walking back from ``end`` (the token after
    them) over their phrase: group and people words, names, figures, "holding", "of", a
    bracketed short form ("expel over 1.3 million Afghan nationals holding Proof of
    Registration Cards (PoRs) after …"). ``end`` when the words before are no such phrase."""
    lowers = doc_lowers(doc)
    k = end
    while k - 1 >= floor and end - (k - 1) <= OBJECT_REACH:
        word, token = lowers[k - 1], doc[k - 1]
        people = word in lexicon.people or word in REFERRING_PEOPLE or _group_word(word, lexicon)
        if not (
            people
            or not (token.is_lower or token.is_punct)  # "Afghan", "PoRs", "ACC", "1.3"
            or token.like_num
            or word in OBJECT_WORDS
            or word in DETERMINERS
        ):
            break
        k -= 1
    return k


def _group_word(word: str, lexicon: Lexicon) -> bool:
    return word in lexicon.modifiers or word in lexicon.heads or word in lexicon.fillers


def opens_a_period(clause: Span, span: Span) -> bool:
    """ "from March 31 to June 30", "after March 31 until …": the date opens a period. Not
    "remaining after November 15 are to be expelled", where "to" opens the verb."""
    lowers = doc_lowers(clause.doc)
    if span.end >= clause.end:
        return False
    nxt = lowers[span.end]
    if nxt in ("until", "till", "through", "-", "–"):
        return True
    if nxt != "to":
        return False
    dates = spans_of(clause.doc, "dates")
    index = bisect_left(dates, span.end + 1, key=lambda s: s.start)
    return index < len(dates) and dates[index].start <= span.end + 3  # "to (the end of) June"


def negated(lowers: list[str], window: list[int], lemmas: list[str] | None = None) -> bool:
    """A negation in the window that negates the order ("will not be deported after", "no
    deportations after"); not one that states its condition ("those who do not leave",
    "if they do not leave … will be deported after"). With ``lemmas``, a "that" after a verb of
    reporting opens what was said ("adding that people would not be able to …"), no
    condition."""
    for i in window:
        if lowers[i] in NEGATIONS and not any(
            lowers[k] in CONDITION_OPENERS and not _reported_that(lowers, lemmas, k)
            for k in range(max(0, i - 3), i)
        ):
            return True
    return False


def _reported_that(lowers: list[str], lemmas: list[str] | None, k: int) -> bool:
    """ "said that", "adding that": the "that" at ``k`` opens a reported clause."""
    return (
        lemmas is not None and lowers[k] == "that" and k > 0 and lemmas[k - 1] in REPORTING_LEMMAS
    )


def planned(clause: Span, window: list[int]) -> bool:
    """An enforcement word of the clause (up to the window's end) that is itself the clause's
    plan: announced, warned of or threatened ("had announced a crackdown on … after", "warned
    of arrests after"), or in the future ("it would expel an estimated 1.7 million PoR card
    holders who remained … after"), read on the few words before it."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(clause.start, window[-1] + 1):
        if lemmas[i] not in ENFORCEMENT_LEMMAS or lemmas[i] in STARTING_LEMMAS:
            continue
        frame = range(max(clause.start, i - PLAN_REACH), i)
        if any(lemmas[k] in PLAN_LEMMAS or lowers[k] in FUTURE_AUXILIARIES for k in frame):
            return True
    return False


def permitted_stay(clause: Span, at: int) -> bool:
    """ "can now stay in Pakistan until …", "may remain in the country till …", "will be
    permitted to stay until …": a stay allowed up to the date, i.e. its cut-off. A verb of
    staying within a few words before the preposition (past a place: "in Pakistan"), with a
    word of permission right before it; not negated, requested, refused or forecast."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    first = max(clause.start, at - STAY_REACH)
    for i in range(at - 1, first - 1, -1):
        if lemmas[i] in STAY_LEMMAS:
            frame = lowers[max(clause.start, i - 3) : i]
            if not PERMISSION_WORDS.intersection(frame):
                return False
            words = clause_words(clause)  # "…, officials expect"
            return NEGATIONS.isdisjoint(lowers[clause.start : i]) and words.isdisjoint(
                REQUEST_LEMMAS | REFUSAL_LEMMAS | FORECAST_LEMMAS
            )
        if doc[i].is_punct:
            return False
    return False


def clause_words(clause: Span) -> set[str]:
    """The clause's lemmas, for the tests of a request, refusal or forecast: "press" before a
    word of a speech ("a press conference in Islamabad") is the news media, no pressing."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    words = set(lemmas[clause.start : clause.end])
    if "press" in words and all(
        lowers[k + 1] in SPEECH_WORDS | PRESS_NOUNS
        for k in range(clause.start, clause.end - 1)
        if lemmas[k] == "press"
    ):
        words.discard("press")
    return words


def deportation_held_off(clause: Span, at: int) -> bool:
    """ "barred the forced deportation of Afghan refugees holding PoR cards until …", "a stay on
    deportation till …", "will not be deported until …": a deportation held off up to the date
    (the preposition at ``at``), as a validity runs to it; not one asked for, refused or
    forecast ("urged Pakistan to halt deportations until …")."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    for i in range(at - 1, max(clause.start, at - BARRED_STAY_REACH) - 1, -1):
        if lowers[i] in (",", ";", ":"):
            return False
        barred = _action_barred(lowers, lemmas, i, clause.start)
        if not (barred or lemmas[i] in CAMPAIGN_LEMMAS or _trouble_faced(lemmas, i, clause.start)):
            continue
        frame = [k for k in range(i - 1, clause.start - 1, -1) if not doc[k].is_punct]
        # words, not quotes: "barred the ‘forced’ deportation"
        bar = any(lemmas[k] in BAR_LEMMAS or lowers[k] in NEGATIONS for k in frame[:BAR_REACH])
        if not (bar or barred):
            return False
        words = clause_words(clause)
        return words.isdisjoint(REQUEST_LEMMAS | REFUSAL_LEMMAS | FORECAST_LEMMAS)
    return False


def _action_barred(lowers: list[str], lemmas: list[str], i: int, start: int) -> bool:
    """ "stops all law enforcement agencies from executing any actions against …", "restrained
    the police from taking any action against …": the authorities barred from acting on the
    people, as a deportation barred is (a verb of barring, then "from", before the action)."""
    if lemmas[i] not in TROUBLE_LEMMAS:
        return False
    for k in range(i - 1, max(start, i - BARRED_ACTION_REACH) - 1, -1):
        if lowers[k] == "from":
            return any(
                lemmas[j] in BAR_LEMMAS for j in range(max(start, k - BARRED_ACTION_REACH), k)
            )
    return False


def _trouble_faced(lemmas: list[str], i: int, start: int) -> bool:
    """ "will not face any difficulty until …", "face no action till …": trouble faced is the
    enforcement held off, as "will not be deported until …" is."""
    if lemmas[i] not in TROUBLE_LEMMAS:
        return False
    faced = [k for k in range(max(start, i - FACED_REACH), i) if lemmas[k] == "face"]
    # ahead, as an assurance words it ("will not face"), not a report ("had faced no …")
    return bool(faced) and any(
        lemmas[k] in FUTURE_AUXILIARIES for k in range(max(start, faced[0] - 3), faced[0])
    )


def barred_stay(clause: Span, at: int, span: Span) -> bool:
    """ "will not be allowed to stay in Islamabad … after <date>", "from <date>, no Afghan
    nationals will be allowed to stay", "cannot remain … beyond <date>", "will need an NOC to stay
    beyond <date>": a stay forbidden, or bound to a permit, past the date (the preposition at
    ``at``) is its cut-off. The negation must negate a permission: it inverts the cut-off, while
    a negated act ("will not be deported after") cancels the order and one in a condition
    ("those who do not …") states whom it takes."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    fronted = all(doc[k].is_punct for k in range(clause.start, at))  # "After <date>, no …"
    # "he said that after <date>, no …": the time opens the reported clause, as it opens a
    # sentence; the stay follows it
    fronted = fronted or (at - 1 >= clause.start and lowers[at - 1] in COMPLEMENTIZERS)
    if lowers[at] == "from" or fronted:  # the stay follows the date
        floor, verbs = span.end, range(span.end, min(clause.end, span.end + BARRED_STAY_REACH))
    else:  # the reach counts no aside set off by commas ("…, a permission document, after")
        wide = _name_asides(doc, max(clause.start, at - 2 * BARRED_STAY_REACH), at)
        first = max(clause.start, at - BARRED_STAY_REACH - len(wide))
        floor, verbs = clause.start, range(at - 1, first - 1, -1)
    asides = _name_asides(doc, min(verbs, default=0), max(verbs, default=0) + 1)
    for i in verbs:
        if i in asides:
            continue  # "in the federal capital, Islamabad, beyond …": a name in apposition
        if lowers[i] in (",", ";") and i != span.end:
            return False
        staying = lemmas[i] in STAY_LEMMAS or _entry_without_papers(lowers, lemmas, i, clause.end)
        if not staying or i - 1 < floor:
            continue
        if "whether" in lowers[clause.start : i]:
            return False  # "did not say whether they may stay after …": a question
        words = clause_words(clause)
        if not words.isdisjoint(REQUEST_LEMMAS | REFUSAL_LEMMAS | FORECAST_LEMMAS):
            return False
        frame = range(max(floor, i - 3), i)
        allowed = [k for k in frame if lowers[k] in BARRING_PERMISSIONS]
        if allowed:
            # the reach counts no aside: "no person, resident of any other country, will be
            # able to enter …" negates the permission from the subject's determiner
            skipped = sum(1 for k in asides if k < allowed[0])
            first = max(floor, allowed[0] - NEGATION_REACH - skipped)
            return negated(lowers, list(range(first, i)), lemmas)
        if lowers[i - 1] != "to":
            return False
        for k in range(i - 2, max(floor, i - PERMIT_REACH) - 1, -1):
            if lemmas[k] in PERMIT_LEMMAS:  # "will need a permit to stay beyond"
                return k - 1 < floor or lowers[k - 1] not in NEGATIONS
        return False
    return False


def _entry_without_papers(lowers: list[str], lemmas: list[str], i: int, end: int) -> bool:
    """ "enter Pakistan without passport and visa": entry barred without papers is a stay barred
    (a requirement of papers from the date), not entry as such ("able to enter" alone may be a
    border's opening or closing)."""
    if lemmas[i] not in ENTRY_LEMMAS:
        return False
    for k in range(i + 1, min(end, i + 1 + ENTRY_PAPERS_REACH)):
        if lowers[k] == "without":
            papers = lowers[k + 1 : min(end, k + 4)]
            return not (ENTRY_PAPERS | IDENTITY_PAPERS).isdisjoint(papers)
    return False


def _name_asides(doc: Doc, start: int, end: int) -> set[int]:
    """The positions, commas included, of each name or noun in apposition set off by commas
    between ``start`` and ``end`` (", Islamabad,", ", Khyber Pakhtunkhwa,": a few capitalised
    words, nothing else; ", a government-issued permission document,": "a" or "an" and a few
    words, no verb of staying nor a negation)."""
    commas = [k for k in range(start, end) if doc[k].text == ","]
    found: set[int] = set()
    for first, last in pairwise(commas):
        words = doc[first + 1 : last]
        name = 0 < len(words) <= NAME_ASIDE_WORDS and all(t.is_title and t.is_alpha for t in words)
        plain = not any(
            t.lemma_.lower() in STAY_LEMMAS
            or t.lower_ in NEGATIONS | BARRING_PERMISSIONS | ASIDE_BREAKS
            for t in words
        )
        # ", a government-issued permission document,", ", resident of any other country,"
        opener = words[0].lower_ in ("a", "an") or (
            words[0].is_alpha and words[0].is_lower and not words[0].is_stop
        )
        noun = 1 < len(words) <= 2 * NAME_ASIDE_WORDS and opener and plain
        if name or noun:
            found.update(range(first, last + 1))
    return found


def added_time(clause: Span, span: Span) -> bool:
    """ "allowed to stay in Pakistan for three more months", "given another 90 days to stay":
    a window of added time (a word of addition in it or right before it) after a verb of
    staying or giving in its own clause, not negated, requested, considered or refused: an
    extension's length."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    added = not ADDED_WORDS.isdisjoint(lowers[span.start : span.end])
    added = added or (span.end < clause.end and lowers[span.end] == "more")  # "20 days more"
    at = span.start - 1
    while at > clause.start and lowers[at] in ("a", "an", *ADDED_BEFORE):
        added = added or lowers[at] in ADDED_BEFORE
        at -= 1
    if not added:
        return False
    first = max(clause.start, span.start - EXTENDED_BY_REACH)
    if ADDED_VERBS.isdisjoint(lemmas[first : span.start]):
        return False
    before = set(lemmas[clause.start : span.start])
    if not before.isdisjoint(REQUEST_LEMMAS) or not before.isdisjoint(REFUSAL_LEMMAS):
        return False  # "urged Pakistan to give them three more months", "refused to give …"
    return NEGATIONS.isdisjoint(lowers[clause.start : span.start])


def restates(earlier: Span, later: Span) -> bool:
    """Whether the later date stands in a participle clause that restates the earlier one's
    order right after it ("… to leave by February 28, giving them until March 31 to …",
    "…, allowing them until …"): the same cut-off told twice, not two stages of an order."""
    doc = earlier.doc
    if later.start <= earlier.end or later.start - earlier.end > RESTATEMENT_REACH:
        return False
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    between = range(earlier.end, later.start)
    if lowers[earlier.end] != "," or any(lowers[i] in (";", ".") for i in between):
        return False
    verb = earlier.end + 1
    return lowers[verb].endswith("ing") and lemmas[verb] in GIVING_LEMMAS
