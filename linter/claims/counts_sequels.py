"""A count that continues the attributed account of the sentence before: "According to the
ISPR, troops raided a hideout in Tank. During the operation, 12 khwarij were sent to hell",
"The ISPR said troops engaged the terrorists' location. Resultantly, 12 were killed".

Part of the count claims reader (:mod:`narrlint.claims.counts_coverage`). A military or
police account is told over several sentences, and a sentence that opens with a connective of
consequence ("as a result", "resultantly", "consequently") or with the operation or clash the
previous sentence reported ("during the operation", "in the ensuing exchange of fire") goes
on with the same source's account. A sentence with a time of its own ("earlier this month",
"last week") or another incident ("in a separate operation") does not, nor does one with no
such opening: "Police said the area was cordoned off. Twelve people were killed" keeps its
count unattributed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_tolls import PROJECTING_MODALS
from narrlint.claims.counts_words import COUNTED_PEOPLE
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_bounds
from narrlint.nlp.vocabulary import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CONSEQUENCES = frozenset(
    {("as", "a", "result"), ("resultantly",), ("consequently",), ("as", "a", "consequence"),
     ("in", "response"), ("in", "retaliation"), ("in", "retaliatory")}
)  # fmt: skip
"""Openers of a consequence of what the previous sentence reported ("In response, security
forces … killed 12 militants" after "Security sources said that terrorists carried out
multiple attacks"), alone or opening a longer phrase ("In response to the attack,", "In
retaliatory action by the escort,")."""
EVENT_PREPOSITIONS = frozenset({"during", "in", "after", "following", "amid", "throughout"})
EVENT_NOUNS = frozenset(
    {
        "operation", "operations", "exchange", "clash", "clashes", "encounter", "firefight",
        "gunfight", "raid", "raids", "fighting", "shootout", "gunbattle", "ibo", "ibos",
        "engagement", "offensive", "skirmish", "crossfire",
    }
)  # fmt: skip
"""Nouns of the fighting an account reports, which an opener refers back to."""
DISASTER_NOUNS = frozenset(
    {"earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock",
     "aftershocks", "flood", "floods", "flooding", "landslide", "landslides", "mudslide",
     "avalanche", "cloudburst", "storm", "cyclone", "rains", "downpours",
     "monsoon", "heatwave"}
)  # fmt: skip
"""Nouns of a natural disaster, the event of its toll as a blast is of an attack's ("the
monsoon rains have had a devastating impact")."""
HAPPENING_NOUNS = frozenset(
    EVENT_NOUNS
    | DISASTER_NOUNS
    | {"blast", "explosion", "attack", "bombing", "assault", "ambush", "shooting", "firing",
       "battle", "gunbattle", "incident", "fire", "strike", "massacre", "bomb", "accident",
       "collision", "mishap", "crash"}
)  # fmt: skip
"""Nouns of the event itself, as the subject of a verb of happening or a definite reference
back to the count's event ("the blast", "the incident"), or what a group claims ("claimed
several deadly assaults": responsibility, not a toll)."""
EVENT_DETERMINERS = frozenset({"the", "this", "that", "an", "a", "ensuing", "subsequent"})
OTHER_TIMES = frozenset(
    {"earlier", "later", "last", "previous", "separate", "another", "yesterday", "month",
     "week", "year", *WEEKDAYS}
)  # fmt: skip
"""Words that put the opener's event at another time or place than the account's."""
MAX_OPENER = 10
"""Tokens of an opener before its comma ("After an intense exchange of fire with the
terrorists,")."""


def continues_account(sentence: Span, count_start: int) -> bool:
    """Does the sentence open with a connective that continues the previous sentence's
    account, before the count ``count_start``?"""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    start = sentence.start
    while start < sentence.end and (doc[start].is_space or doc[start].is_quote):
        start += 1
    end = min(count_start, start + MAX_OPENER + 1)
    comma = next((i for i in range(start, end) if lowers[i] == ","), None)
    words = tuple(lowers[start:comma] if comma is not None else ())
    if not words or any(w in OTHER_TIMES for w in words):
        return False
    if any(words[: len(opener)] == opener for opener in CONSEQUENCES):
        return True
    return (
        words[0] in EVENT_PREPOSITIONS
        and len(words) > 1
        and words[1] in EVENT_DETERMINERS
        and any(w in EVENT_NOUNS for w in words[2:])
    )


ADDITIONS = frozenset(
    {("additionally",), ("in", "addition"), ("moreover",), ("furthermore",), ("besides",)}
)  # fmt: skip
"""Openers that add to what the previous sentence reported ("Additionally, two women were
killed …" after "The spokesman said three women and three children were killed …")."""


def adds_to_the_report(sentence: Span, count_start: int) -> bool:
    """Does the sentence open with an addition ("Additionally,", "In addition,") before the
    count ``count_start``, with nothing else in its opener? The caller has an attributed count
    of the same kind in the sentence before, which the addition goes on listing, and rules
    out a time, a new total and another incident of its own."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    start = sentence.start
    while start < sentence.end and (doc[start].is_space or doc[start].is_quote):
        start += 1
    comma = next((i for i in range(start, min(count_start, start + 3)) if lowers[i] == ","), None)
    return comma is not None and tuple(lowers[start:comma]) in ADDITIONS


INCIDENT_OPENERS = frozenset({"separately", "elsewhere"})
"""Openers of a sentence about another incident than the one before."""
OTHER_INCIDENT_WORDS = frozenset({"separate", "another", "other"})
REPORT_NOUNS = frozenset(
    {"statement", "statements", "briefing", "interview", "post", "tweet", "report", "message",
     "conference", "update", "announcement", "video", "development"}
)  # fmt: skip
"""What "in a separate …" may be other than an incident: another statement of the same one."""


def opens_another_incident(sentence: Span) -> bool:
    """ "Separately, at least two people were killed in a crash on the motorway, said
    sources", "In another attack, …", "Elsewhere, …": a sentence that opens with another
    incident is about that one; its source gives no count before it, however the numbers
    agree. "In a separate statement, police …" is another statement of the same incident."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    start = sentence.start
    while start < sentence.end and (doc[start].is_space or doc[start].is_quote):
        start += 1
    if start >= sentence.end:
        return False
    if lowers[start] in INCIDENT_OPENERS:
        return True
    end = min(sentence.end, start + MAX_OPENER + 1)
    comma = next((i for i in range(start, end) if lowers[i] == ","), None)
    words = lowers[start:comma] if comma is not None else []
    return (
        bool(words)
        and words[0] in EVENT_PREPOSITIONS
        and not OTHER_INCIDENT_WORDS.isdisjoint(words)
        and REPORT_NOUNS.isdisjoint(words)
    )


SECURITY_SIDE = frozenset(
    {
        "soldiers", "soldier", "troops", "personnel", "policemen", "policeman", "jawans",
        "officers", "cops", "servicemen", "commandos", "guards", "levies", "constables",
        "sepoys", "sons", "police", "army",
    }
)  # fmt: skip
"""Words of the forces' side of a fight ("two soldiers", "brave sons of the soil")."""
MILITANT_SIDE = frozenset(
    {
        "terrorists", "terrorist", "militants", "militant", "khwarij", "khawarij", "kharijis",
        "attackers", "insurgents", "fighters", "assailants", "gunmen", "bombers", "rebels",
    }
)  # fmt: skip
"""Words of the other side ("12 terrorists", "khwarij")."""


CIVILIAN_WORDS = frozenset(
    {"civilians", "civilian", "labourers", "laborers", "worshippers", "passengers", "students",
     "children", "women", "pilgrims", "shoppers", "workers", "villagers", "residents"}
)  # fmt: skip
"""People of neither side: an attack told on security forces is not the one that killed
them."""


def people_apart(count: Span, other: Span) -> bool:
    """Do two counts name people of different kinds (the forces, militants, civilians), each
    of one kind only ("seven troops" and "seven children")? The same number then counts other
    people: it repeats nothing."""
    mine, theirs = _kind_of_people(count), _kind_of_people(other)
    return mine is not None and theirs is not None and mine != theirs


def _kind_of_people(span: Span) -> str | None:
    words = set(doc_lowers(span.doc)[span.start : span.end])
    kinds = [
        kind
        for kind, names in (
            ("security", SECURITY_SIDE),
            ("militant", MILITANT_SIDE),
            ("civilian", CIVILIAN_WORDS),
        )
        if not names.isdisjoint(words)
    ]
    return kinds[0] if len(kinds) == 1 else None


def side_of(span: Span) -> str | None:
    """Which side of a fight a count's words name, if exactly one."""
    words = set(doc_lowers(span.doc)[span.start : span.end])
    security, militant = bool(words & SECURITY_SIDE), bool(words & MILITANT_SIDE)
    if security == militant:
        return None
    return "security" if security else "militant"


def other_side(count: Span, earlier: list[Span]) -> bool:
    """ "Troops killed 12 terrorists, the ISPR said. Two soldiers embraced martyrdom": a count
    of the other side of the same fight than an attributed count of the sentence before is
    the rest of that report, as it is with "while" in one sentence."""
    mine = side_of(count)
    return mine is not None and any(side_of(e) not in (None, mine) for e in earlier)


PEJORATIVES = frozenset(
    {"terrorists", "terrorist", "khwarij", "khawarij", "kharijis", "miscreants"}
)  # fmt: skip
"""The forces' words for the militants they kill, which no militant party uses of its own."""
MILITANT_PARTIES = frozenset(
    MILITANT_SIDE | {"group", "outfit", "organisation", "organization", "separatists", "faction"}
)  # fmt: skip
"""Words of a source that is a party of the militant side ("The group said …")."""
MAX_CREDIT_SUBJECT = 6
"""Words after "according to" that name its source."""


def in_the_enemys_words(count: Span, marker: Token) -> bool:
    """ "The group released a statement announcing it had killed six soldiers. … 27 terrorists
    have been neutralized by security forces.": a count of the militant side in the forces'
    words ("terrorists", "khwarij") is no part of a militant party's report (the source named
    by ``marker``'s subject, or after "according to"), however it is the other side of the
    same fight (dev news-r15-cc-050)."""
    lowers = doc_lowers(count.doc)
    if PEJORATIVES.isdisjoint(lowers[count.start : count.end]):
        return False
    start, end = sentence_bounds(marker.doc, marker.i)
    if marker.lower_ in ("according", "per", "citing"):
        end = min(end, marker.i + 2 + MAX_CREDIT_SUBJECT)
        source = lowers[marker.i + 1 : end]
    else:
        source = lowers[start : marker.i]
    return not MILITANT_PARTIES.isdisjoint(source)


INCREMENT_WORDS = frozenset(
    {"more", "other", "others", "another", "also", "additional", "further", "too", "besides"}
)
"""Words that add a count to a toll rather than break it down ("two more soldiers", "were also
killed")."""


def part_of_a_toll(count: Span, value: float, totals: list[float]) -> bool:
    """ "The death toll rose to eight, the military said. The attack claimed the lives of two
    soldiers …": a smaller count of the same kind right after an attributed toll of the same
    incident, with nothing that adds it ("two more", "also", "another"), is a part of that
    toll, as "The dead included two soldiers" is; the caller has ruled out a time, a place or
    an incident of its own."""
    return bool(totals) and value < max(totals) and not added_count(count)


def added_count(count: Span) -> bool:
    """Is the count one added to others ("two more soldiers", "had also killed two", "another
    12"): an increment word in it or in the two words before it?"""
    lowers = doc_lowers(count.doc)
    near = lowers[max(sentence_bounds(count.doc, count.start)[0], count.start - 2) : count.end]
    return not INCREMENT_WORDS.isdisjoint(near)


# ---------------------------------------------------------------------------------------------
# A sentence that goes on with an attributed account, read from structure

COPULAS = frozenset({"is", "are", "was", "were"})
COPULA_ADVERBS = frozenset({"not", "also", "still", "reportedly", "then", "now", "all"})
IRREGULAR_PARTICIPLES = frozenset(
    {
        "shot", "hit", "set", "put", "cut", "caught", "brought", "thrown", "found", "held",
        "sent", "struck", "built", "left", "lost", "made", "fought", "burnt", "led", "being",
    }
)  # fmt: skip
"""Past participles not ending in "-ed"/"-en" ("was shot", "were hit"): a passive event."""
NOT_ACCOUNT_WORDS = frozenset(
    PROJECTING_MODALS
    | {"must", "should"}
    | {"condemned", "condemns", "condemn", "mourned", "expressed", "vowed", "urged"}
)
"""What makes an attributed sentence something other than an account of what happened: a
future or a possibility ("said the government would compensate"), a statement about the
deaths ("condemned the attack", "expressed grief")."""
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})
MAX_PLACE_GAP = 3
"""Words between a place preposition and its proper noun ("in the restive Kurram")."""


def tells_what_happened(sentence: Span) -> bool:
    """Is an attributed sentence an account of events (what was done, what happened), which a
    following sentence may go on with? "The ISPR reported that terrorists attempted to assault
    the check post", "PICSS reported a 34% increase in violence" are; "one of the bombers was
    an Afghan national, according to the minister" (who someone is: a copula before no
    participle), "the minister said the attack was cowardly", "officials said the families
    would be compensated" and "the prime minister condemned the attack" are not."""
    lowers = doc_lowers(sentence.doc)
    words = lowers[sentence.start : sentence.end]
    if not NOT_ACCOUNT_WORDS.isdisjoint(words):
        return False
    for k, lower in enumerate(words):
        if lower not in COPULAS:
            continue
        j = k + 1
        while j < len(words) and words[j] in COPULA_ADVERBS:
            j += 1
        following = words[j] if j < len(words) else ""
        after = words[j + 1] if j + 1 < len(words) else ""
        if _progressive(following, after):
            continue  # "the car was carrying fuel", "the bus was heading to Kabul"
        if not (following.endswith(("ed", "en")) or following in IRREGULAR_PARTICIPLES):
            return False  # "was an Afghan national", "was cowardly", "were under way"
    return True


STATE_INGS = frozenset(
    {"shocking", "devastating", "disturbing", "heartbreaking", "alarming", "worrying",
     "surprising", "concerning", "troubling", "appalling", "horrifying", "terrifying",
     "distressing", "saddening", "encouraging", "interesting", "amazing", "missing", "ongoing",
     "nothing", "something", "anything", "everything", "during", "according"}
)  # fmt: skip
"""Words in "-ing" after a copula that tell a state or an opinion ("the attack was shocking to
all", "six were missing in the rubble"), not an action under way."""


def _progressive(form: str, after: str) -> bool:
    """ "was carrying fuel", "were travelling to Kabul" (r19 hunt: a credited quotation whose
    account is told in the progressive): an "-ing" verb after a copula, with an object or a
    preposition after it, tells what was being done; an opinion or a state (:data:`STATE_INGS`)
    does not."""
    return form.endswith("ing") and form not in STATE_INGS and after.isalpha()


@per_sentence
def has_place_of_its_own(sentence: Span, before: Span) -> bool:
    """Does the sentence name a place the sentence before does not ("… killing eight soldiers
    in the Bannu district", "In Kurram, …")? A proper noun after "in", "at", "near" or
    "from", within a few words, that ``before`` does not have: its counts may be another
    incident's, however they follow the account."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    if _places_the_event_before(lowers, sentence.start, sentence.end):
        return False
    known = set(lowers[before.start : before.end])
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in PLACE_PREPOSITIONS:
            continue
        for j in range(i + 1, min(sentence.end, i + MAX_PLACE_GAP + 2)):
            token = doc[j]
            if token.is_punct:
                break
            if token.is_title and token.is_alpha and lowers[j] not in known:
                return True
    return False


EVENT_PLACING_VERBS = frozenset({"occurred", "happened", "took"})
"""Verbs by which a sentence places an event ("The incident occurred in …", "took place")."""


def _places_the_event_before(lowers: list[str], start: int, end: int) -> bool:
    """ "The incident occurred in the Gondalabad area of Kurram district, where three boys
    and a girl sustained injuries": a sentence opening with a definite reference to the event
    before it, placing it, names that event's place, not one of its own."""
    if start + 2 >= end or lowers[start] not in ("the", "this"):
        return False
    noun = start + 1 if lowers[start + 1] in HAPPENING_NOUNS else start + 2
    return (
        noun + 1 < end
        and lowers[noun] in HAPPENING_NOUNS
        and lowers[noun + 1] in EVENT_PLACING_VERBS
        and (lowers[noun + 1] != "took" or lowers[min(end - 1, noun + 2)] == "place")
    )


ADDING_WORDS = frozenset({"also", "too", "additionally"})
"""Words by which a count adds to another one ("157 persons were also wounded")."""
UNSPECIFIC_PEOPLE = frozenset(
    {"people", "persons", "person", "others", "individuals", "victims", "lives", "members"}
)
"""Words that count people without saying which: no group of their own to tell apart."""


MORE_OF_THE_SAME = frozenset({"more", "other", "additional", "further"})
"""Words right after a number that add to the same people ("two more soldiers")."""


def _groups(span: Span) -> set[str]:
    """The words naming which people a count counts ("soldiers", "civilians")."""
    return {w for w in doc_lowers(span.doc)[span.start : span.end] if w in COUNTED_PEOPLE}


def adds_another_group(count: Span, number_end: int, earlier: list[Span]) -> bool:
    """ "Five soldiers were martyred in the exchange of fire, the military's media wing said.
    As many as thirteen civilians were also martyred …": a count that adds ("also") people of
    a group its own ("civilians") that no attributed count before names ("soldiers") is more
    of the same report, not a rival or a revision of it. "Thirteen people were also killed"
    names no group, "Three more soldiers were also killed" the same one, and "In another
    attack, …" another incident."""
    lowers = doc_lowers(count.doc)
    if ADDING_WORDS.isdisjoint(lowers[number_end : min(len(lowers), count.end + 1)]):
        return False
    if (
        lowers[number_end] in MORE_OF_THE_SAME
        or "another" in lowers[sentence_bounds(count.doc, count.start)[0] : count.end]
    ):
        return False  # "three more soldiers", "in another attack"
    mine = _groups(count) - UNSPECIFIC_PEOPLE
    theirs = set().union(*(_groups(e) for e in earlier)) - UNSPECIFIC_PEOPLE
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)
