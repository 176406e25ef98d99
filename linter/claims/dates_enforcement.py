"""The enforcement cue of a date: "face deportation from October 1", "deportations will start
only after Dec. 1", "anyone remaining after November 15": the day an order starts to be enforced
names the same cut-off. Split from :mod:`narrlint.claims.dates_cues` (the other cues of a date),
which asks it first for every date with a preposition of starting before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from narrlint.claims.dates_frames import (
    barred_stay,
    negated,
    object_start,
    opens_a_period,
    planned,
)
from narrlint.claims.dates_groups import status_at
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_model import Cue
from narrlint.claims.dates_words import (
    ACT_BEFORE_OBJECT,
    ANNOUNCEMENT_LEMMAS,
    BARRED_PREPOSITIONS,
    COMPLEMENTIZERS,
    DOCUMENT_NOUNS,
    ENDING_LEMMAS,
    ENFORCEMENT_LEMMAS,
    ENFORCEMENT_PREPOSITIONS,
    FORECAST_LEMMAS,
    FORWARD_MARKERS,
    FRONTED_REACH,
    ISSUED_NOUNS,
    PARTICIPLE_PREPOSITIONS,
    REFERRING_PEOPLE,
    REMAINING_LEMMAS,
    SCOPE_VERBS,
    STARTING_LEMMAS,
    STAYING_PEOPLE,
    TO_PREPOSITIONS,
    WINDOW_NOUNS,
    stay_noun_at,
)
from narrlint.nlp.pipeline_data import CATEGORY
from narrlint.nlp.tokens import lemma_lowers
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    ARRIVAL_LEMMAS,
    NUMBER_HEDGES,
    RELATIVE_DETERMINERS,
    RELATIVES,
    REPORTING_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ASIDE_RELATIVES = (RELATIVES - {"that"}) | RELATIVE_DETERMINERS
"""Relatives that open an aside after a comma (", who …,", ", whose cards …,")."""
EFFECT_WORDS = frozenset({"effect", "effective"})
"""Words of an order taking effect ("with effect as of …", "effective as of …")."""
INFINITIVE_STOPS = frozenset({"be", "get", "go", "make", "take", "give", "do", "move", "put"})
"""Verbs spaCy counts as stop words that still open an infinitive ("to be deported from")."""


def enforcement_cue(
    clause: Span, span: Span, before: Sequence[Token], lexicon: Lexicon
) -> Cue | None:
    """ "face deportation from October 1", "deportations will start only after Dec. 1",
    "phase three begins on 1 December": the date an order starts to be enforced names the
    same cut-off (the recorded date, or the day after the last day to leave)."""
    if not before:
        return None
    preposition = before[0].lower_
    as_of = _as_of(before)
    if as_of:
        preposition = "from"  # "has started as of November 1": from that day on
    elif before[0].lemma_.lower() in STARTING_LEMMAS and before[0].lower_ != before[0].lemma_:
        preposition = "on"  # "phase three begins October 1"
    elif preposition not in ENFORCEMENT_PREPOSITIONS:
        return None
    if opens_a_period(clause, span):
        return None  # "from March 31 to June 30": a period
    if preposition == "on" == before[0].lower_ and len(before) > 1 and _dates_a_thing(before[1]):
        return None  # "followed bombings on September 29": the date of the bombings
    if (
        preposition == "on" == before[0].lower_
        and len(before) > 1
        and before[1].lower_ in ISSUED_NOUNS
    ):
        return None  # "the ultimatum on October 3, requiring … to leave": the day it was given
    if (
        before[0].lower_ == "on"
        and len(before) > 1
        and before[1].lemma_.lower() in ENDING_LEMMAS
        and WINDOW_NOUNS.isdisjoint(doc_lowers(clause.doc)[clause.start : before[1].i])
    ):
        return None  # "the process … started in February and will conclude on …": its end
        # (not "after the deadline … ended on", the end of the order's window)
    if (
        before[0].lower_ in ("on", "after")
        and len(before) > 1
        and preposition == before[0].lower_
        and _dates_an_act(before[1])
    ):
        return None  # "announced on October 4 it would expel …": the day of the announcement
    if len(before) > 1 and _arrived(before[1]):
        return None  # "Afghans who arrived after August 15, 2021 will be deported"
    if preposition == before[0].lower_ in BARRED_PREPOSITIONS and barred_stay(
        clause, before[0].i, span
    ):  # "will not be allowed to stay … after <date>": the negation bars the stay past it
        if preposition == "from":
            return Cue("from", True, after_last_day=True, role="enforcement_start")
        return Cue("after", True, before_first_day=True, role="enforcement_start")
    doc = clause.doc
    fronted = all(t.is_punct for t in doc[clause.start : before[0].i]) or _opens_a_that_clause(
        doc, clause.start, before[0].i
    )
    reach = FRONTED_REACH if fronted else 6  # "From March 20, ACC holders found … will be"
    if fronted and preposition == "on" == before[0].lower_ and _announced_then(clause, span, reach):
        return None  # "On 3 October, the government announced it would carry out deportations"
    cue = before[0].i
    # the window's positions: before the preposition (with it, when a verb of starting stands
    # for it), and after the date; read on the doc's word lists
    # the act may stand before a long phrase of the people it is done to ("expel over 1.3
    # million Afghan nationals holding Proof of Registration Cards (PoRs) after …")
    people = object_start(doc, cue, clause.start, lexicon)
    reach_back = 12 + _aside_before(doc, cue, clause.start)
    first = max(clause.start, min(cue - reach_back, people - ACT_BEFORE_OBJECT))
    all_lowers, all_lemmas = doc_lowers(doc), lemma_lowers(doc)
    after = range(span.end, min(clause.end, span.end + reach))
    aside = _relative_aside(all_lowers, after)
    # a verb of starting stands for the preposition ("phase three begins October 1"): it is
    # the act's own start; a participle used as one starts an order's act told beside it
    # ("will be repatriated starting October 1"), not talks ("talks on refugees starting …")
    participle = before[0].lower_ in PARTICIPLE_PREPOSITIONS
    own = preposition != before[0].lower_ and not participle
    window = [*range(first, cue + own), *(i for i in after if i not in aside)]
    if participle and any(all_lemmas[i] in lexicon.actions for i in window):
        window.append(cue)
    lowers = {all_lowers[i] for i in window}
    lemmas = {all_lemmas[i] for i in window} | lowers
    staying = (
        preposition in ("after", "past", "beyond")
        and lemmas & REMAINING_LEMMAS
        and (lemmas & STAYING_PEOPLE or any(doc[i].ent_type_ == CATEGORY for i in window))
    ) or (
        preposition in ("after", "past", "beyond") and _stay_before(all_lowers, first, cue)
    )  # "anyone remaining after …", "undocumented Afghans still here after …", "who remained"
    status = any(status_at(all_lowers, all_lemmas, i, lexicon) for i in window)
    if not (lemmas & ENFORCEMENT_LEMMAS or staying or status):
        return None  # not "after May 31 they will be treated as illegal aliens" either
    if negated(all_lowers, window, all_lemmas) or any(
        _forecasting(doc[i])
        for i in window
        if all_lemmas[i] in FORECAST_LEMMAS or all_lowers[i] in FORECAST_LEMMAS
    ):
        return None
    plan = preposition != "on" and planned(clause, window)  # "a crackdown on November 1"
    forward = lowers & FORWARD_MARKERS - {"to"} or any(
        all_lowers[i] == "to" and _infinitive(doc, i) for i in window
    )
    if not (forward or plan or _onward(before) or (as_of and _started_as_of(doc, window))):
        return None  # "deportations began on November 20": a report, not the order
    if preposition in ("after", "past", "beyond"):
        return Cue("after", True, before_first_day=True, role="enforcement_start")
    return Cue(preposition, True, after_last_day=True, role="enforcement_start")


def _stay_before(lowers: list[str], first: int, cue: int) -> bool:
    """ "policy regarding their stay in Islamabad beyond <date>": the stay as a noun (after a
    determiner, :data:`STAY_OWNERS`) before the preposition, with no verb's clause between
    (no comma): the leave to remain that ends at the date, as "remaining after" words it."""
    for k in range(cue - 1, first, -1):
        if lowers[k] in (",", ";"):
            return False
        if stay_noun_at(lowers, k):
            return True
    return False


def _infinitive(doc: Doc, i: int) -> bool:
    """ "to face deportation from", "to be expelled after": "to" opens a verb, as an order words
    what is to happen. Not a preposition: "according to officials", "deported to Afghanistan
    on Sunday", "sent back to their homeland on …" (a report of what happened)."""
    if i > 0 and doc[i - 1].lower_ in TO_PREPOSITIONS:
        return False
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.is_alpha and nxt.is_lower and (not nxt.is_stop or nxt.lower_ in INFINITIVE_STOPS)


def _opens_a_that_clause(doc: Doc, start: int, cue: int) -> bool:
    """ "made it clear that from April 1, the process of deporting … will begin": the date
    opens the clause "that" introduces, so its verb may stand as far off as a sentence's
    fronted date's does."""
    return cue > start and doc[cue - 1].lower_ in COMPLEMENTIZERS


ASIDE_LENGTH = 16
"""The longest aside set off by commas that the reach back to an order's act steps over."""


def _aside_before(doc: Doc, cue: int, start: int) -> int:
    """The length of an aside between commas just before the preposition ("cracking down on
    undocumented immigrants, including nearly 2 million Afghan nationals, starting Dec 1"):
    the reach back to the act steps over it. 0 when there is none."""
    if cue - 1 <= start or doc[cue - 1].lower_ != ",":
        return 0
    for j in range(cue - 2, max(start, cue - ASIDE_LENGTH) - 1, -1):
        if doc[j].lower_ == ",":
            return cue - j
    return 0


def _relative_aside(lowers: list[str], after: range) -> range:
    """The relative clause between commas after the date ("after <date>, Afghans, who were not
    allowed to stay in Islamabad, moved …"): its words tell of the people, not of the order
    the date starts, so they do not make the clause an order. Empty when there is none."""
    for k in after:
        if lowers[k] == "," and k + 1 < after.stop and lowers[k + 1] in ASIDE_RELATIVES:
            end = next((j for j in range(k + 2, after.stop) if lowers[j] == ","), after.stop)
            return range(k, end + 1)
    return range(0)


def _as_of(before: Sequence[Token]) -> bool:
    """ "as of November 1": the day from which a state holds."""
    return len(before) > 1 and before[0].lower_ == "of" and before[1].lower_ == "as"


def _started_as_of(doc: Doc, window: Sequence[int]) -> bool:
    """ "a process to arrest … has started as of November 1", "the order takes effect as of
    …": a verb of starting or taking effect beside "as of" sets the day from which the order
    runs, as "starting from" does. Not a tally at a day ("1.47 million sent back as of
    October 16", "as of April 1, 886,242 have left"): a number in the window makes one."""
    lemmas = lemma_lowers(doc)
    if any(doc[i].like_num for i in window):
        return False
    return any(lemmas[i] in STARTING_LEMMAS or lemmas[i] in EFFECT_WORDS for i in window)


def _onward(before: Sequence[Token]) -> bool:
    """ "repatriation starting from November 1", "deportations beginning from …": a present
    participle of starting before "from" sets the day from which an act runs on, as an order
    words it (a report of what began is a past form: "began on November 20"); not the start
    of an arrival ("Afghans who arrived starting from …")."""
    return (
        len(before) > 1
        and before[0].lower_ == "from"
        and before[1].lower_.endswith("ing")
        and before[1].lemma_.lower() in STARTING_LEMMAS
        and not (len(before) > 2 and _arrived(before[2]))
    )


def _announced_then(clause: Span, span: Span, reach: int) -> bool:
    """A fronted "On <date>," whose clause makes or reports an order before any enforcement
    word ("On 3 October, Pakistan's caretaker government announced it would carry out mass
    deportations"): the day of the announcement, not of the enforcement ("On November 15,
    authorities will start deporting …, the minister announced" is)."""
    lemmas = lemma_lowers(clause.doc)
    for i in range(span.end, min(clause.end, span.end + reach)):
        if lemmas[i] in ENFORCEMENT_LEMMAS:
            return False
        if lemmas[i] in ANNOUNCEMENT_LEMMAS or lemmas[i] in REPORTING_LEMMAS:
            return True
    return False


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
    if lemma == "estimate" and _estimates_a_figure(token):
        return False  # "estimated that some 300,000 holders would have to leave after …":
    # the estimate is of how many, not of whether the order is enforced
    return not (lemma == "aim" and nxt is not None and nxt.lower_ == "at")


ESTIMATED_FIGURE_REACH = 4
"""Words from "estimate(d) that" to the figure it estimates ("that some 300,000", "that up to
half a million")."""


def _estimates_a_figure(token: Token) -> bool:
    """ "estimated that 300,000 visa holders would …", "estimates that some 1.4 million …": a
    verb of estimating whose "that" clause opens on a figure (hedges between) estimates a
    count of people, not the order it tells of."""
    doc = token.doc
    k = token.i + 1
    if k >= len(doc) or doc[k].lower_ != "that":
        return False
    for i in range(k + 1, min(len(doc), k + 1 + ESTIMATED_FIGURE_REACH)):
        if doc[i].like_num:
            return True
        if doc[i].lower_ not in NUMBER_HEDGES:
            return False
    return False


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
