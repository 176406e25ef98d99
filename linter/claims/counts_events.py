"""A credited neighbour that tells the event of a count's sentence itself sources the count.

Part of the count claims reader (:mod:`.counts_coverage`). The policy (issue 11, "attribution
scope", decided in round 12): a credited sentence next to an uncredited count sources it when
it tells the same event itself, the blast, the attack, the clash (what happened, where, when,
to whom: "Seven people were martyred … in a suicide bomb explosion in Darul Uloom Haqqania.
According to police, the suicide attacker blew himself up in the hall of the Jamia Darul Ulum
Haqqania"), and does not when it tells only something else about it: who the attacker was,
who claimed it, the response, a condemnation, an investigation ("According to the minister,
one bomber was an Afghan national").

The neighbour tells the event when it has an event predicate (an attack, blast or shooting
verb, or an event noun with a verb of happening: "the blast occurred", "an exchange of fire
took place") and it is the count's event when it shares a word of the count's sentence that
is neither a source, a casualty, a side of a fight nor an event's kind ("checkpost",
"seminary", "unknown armed"), or refers back to the event or its attackers with a definite
article ("the blast", "the suicide attacker") the count's sentence names. Another incident
("also", "another", "earlier", a year or weekday of its own), a future or a possibility, or
an attack on people of the other side than the counted ("attacked security forces" after
"civilians were killed") is not the count's event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_armed import ARMED_CUES, armed_in_the_fight
from narrlint.claims.counts_attribution import MARKER_WORDS
from narrlint.claims.counts_credits import MAX_CREDIT
from narrlint.claims.counts_fightback import REPELLING_LEMMAS, RETURNED_FIRE, fights_back
from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count, word
from narrlint.claims.counts_operations import (
    conducted_operations,
    fell_in_a_forces_fight,
    names_an_operation,
)
from narrlint.claims.counts_referents import (
    OTHER_INCIDENT_WORDS,
    reports_their_attack,
    retells_a_vehicle_hit,
    retells_their_attack,
)
from narrlint.claims.counts_sequels import (
    CIVILIAN_WORDS,
    HAPPENING_NOUNS,
    MILITANT_SIDE,
    NOT_ACCOUNT_WORDS,
    SECURITY_SIDE,
)
from narrlint.claims.counts_sides import refers_to_the_sides
from narrlint.claims.counts_struck import ATTACKER_NOUNS, anchor_form, struck_in_an_event
from narrlint.claims.counts_words import (
    COUNTED_PEOPLE,
    INJURED_NOUNS,
    MAX_UNDER_MODIFIERS,
    OWN_VEHICLES,
    PREDICATES,
    SOURCE_NOUNS,
    STRIKING_WORDS,
    UNDER_ATTACK,
    VEHICLE_NOUNS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers, sentence_bounds
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    HYPHENS,
    NEGATIONS,
    PASSIVE_AUXILIARIES,
    REPORTING_LEMMAS,
    WEEKDAY_ORDER,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ATTACK_LEMMAS = frozenset(
    {"attack", "storm", "ambush", "assault", "target", "raid", "strike", "shoot", "snipe",
     "fire", "shell", "bomb", "detonate", "explode", "blow", "ram", "barge", "hurl", "lob",
     "gun", "open", "set", "throw", "trigger", "exchange", "aim"}
)  # fmt: skip
"""Lemmas of verbs that tell an attack, a blast or a shooting ("stormed the post", "blew
himself up", "barged into the house", "opened fire", "set off a bomb"); read as verbs only
(see :func:`_event_verb`)."""
ACCIDENT_LEMMAS = frozenset(
    {"plunge", "skid", "overturn", "capsize", "collapse", "collide", "crash", "topple", "veer",
     "tumble", "derail", "cave", "sink", "fall", "slip", "lose"}
)  # fmt: skip
"""Lemmas of verbs that tell an accident ("the bus plunged into a gorge", "the roof caved in",
"the boat capsized"): an account of an accident tells its event as an attack verb does; like
those, it sources a toll only when it shares a word with the count's sentence ("the bus")."""
EVENT_LEMMAS = frozenset(ATTACK_LEMMAS | ACCIDENT_LEMMAS)
EXCHANGED_FIRE = frozenset({"fire", "firing", "gunfire", "fires", "shots"})
"""What two sides exchange in a clash, one or two words after "exchanged" ("exchanged heavy
fire")."""
PARTICLES = {"open": frozenset({"fire"}), "set": frozenset({"off"}), "blow": frozenset({"up"}),
             "gun": frozenset({"down"}), "lose": frozenset({"control"}),
             "trigger": frozenset({"bomb", "device", "explosives", "explosion", "blast", "ied",
                                   "vest"}),
             "exchange": EXCHANGED_FIRE}  # fmt: skip
"""Verbs that tell an event only with their particle or object ("opened fire", "set off",
"blew himself up", "gunned down", "the driver lost control", "triggered the bomb", "both
sides exchanged heavy fire", "the tribes had been exchanging firing"; not
"triggered protests" nor "exchanged views")."""
HAPPENING_LEMMAS = frozenset(
    {"occur", "happen", "take", "erupt", "ensue", "continue", "break", "rip", "tear", "go",
     "hit", "strike", "rock", "last", "start", "begin", "bury", "sweep", "wash", "jolt",
     "shake", "inundate", "submerge", "flatten", "damage", "destroy", "shatter", "raze",
     "gut", "demolish", "carry", "land", "cause"}
)  # fmt: skip
"""Verbs of an event noun's happening ("the blast occurred", "an exchange of fire took place",
"the explosion ripped through", "a gun battle continued", "the landslide buried six houses",
"the floods swept away homes", "the blast damaged dozens of shops", "the attack was carried
out with heavy weapons", "the shell landed on a house")."""
AIM = "aim"
"""An attack "aimed at" its target tells it as "targeted" does, with the event noun as its
subject ("the attack was aimed at a CTD vehicle": r27 hunt, hc-007)."""
DRIVERS = frozenset({"driver"})
"""The driver of the vehicle the count's sentence names, which "the driver" refers back to."""
MAX_HAPPENING_GAP = 4
"""Tokens from an event noun to its verb of happening ("the blast, which …" stops earlier)."""
MAX_REFERENCE_GAP = 2
"""Modifiers between "the" and the event or attacker it refers back to ("the suicide
attacker")."""
NOT_ANCHORS = frozenset(
    SOURCE_NOUNS
    | SECURITY_SIDE
    | MILITANT_SIDE
    | HAPPENING_NOUNS
    | ATTACKER_NOUNS
    | COUNTED_PEOPLE
    | INJURED_NOUNS
    | WEEKDAYS
    | {"people", "persons", "person", "others", "security", "forces", "force", "personnel",
       "said", "told", "according", "also", "were", "have", "been", "this", "that", "with",
       "from", "their", "after", "before", "when", "while", "district", "province", "area",
       "city", "town", "morning", "night", "evening", "afternoon", "hours", "around", "least",
       "martyred", "killed", "injured", "wounded", "dead", "died", "lives", "lost", "toll",
       "death", "deaths", "attack", "attacked", "suicide", "terrorist", "militant"}
)  # fmt: skip
"""Words that name no particular event when both sentences have them: the source, the sides,
the casualties, the event's kind, times of day ("suicide" names a kind of attack)."""
ATTACKED_SECURITY = frozenset(SECURITY_SIDE | {"forces", "checkpoint", "convoy"})


def tells_their_event(following: Span, own: Span, count: Count, marker: Token) -> bool:
    """Does the credited sentence ``following`` tell the event of the count's sentence
    ``own`` itself (the policy above)? Also the narrower readings kept from earlier rounds:
    an attack on the people counted, the attack on what ``own`` names as attacked, a blast
    striking their vehicle."""
    return (
        reports_their_attack(following, count)
        or retells_their_attack(following, own)
        or retells_a_vehicle_hit(following, own)
        or tells_the_event(following, own, count, marker)
    )


def tells_the_event(following: Span, own: Span, count: Count, marker: Token) -> bool:
    """The general reading: an event predicate in what ``marker`` credits of ``following``,
    no other incident, time or side, and an anchor shared with ``own`` (see the module's
    docstring)."""
    lowers = doc_lowers(following.doc)
    words = lowers[following.start : following.end]
    said = lowers[_said_from(marker, following) : following.end]
    if not NOT_ACCOUNT_WORDS.isdisjoint(said) or not PAST_TIMES.isdisjoint(words):
        return False
    if _confirms_the_event(following, own, marker) or (
        _tells_its_kind(following, marker) and tells_an_event(own)
    ):
        return OTHER_INCIDENT_WORDS.isdisjoint(words) and not other_time(following, own)
    verbs = [i for i in _event_predicates(following) if marker_credits(marker, i)]
    verbs += [i for i in _named_under_attack(following, own) if marker_credits(marker, i)]
    verbs += [
        i
        for i, target in struck_in_an_event(following)
        if marker_credits(marker, i) and not target.isdisjoint(_anchors(own))
    ]
    if names_an_operation(own) or fell_in_a_forces_fight(own, count):  # "… conducted an IBO"
        verbs += [
            i
            for i, noun in conducted_operations(following)
            if marker_credits(marker, i) and word(following.doc, noun - 1) not in RESPONSE_MODIFIERS
        ]
    if _another_incident(following, verbs):
        return False
    if not verbs or other_time(following, own) or _other_side(following, verbs, count):
        return False
    return _shares_an_anchor(following, own) or _refers_to_the_event(following, own)


def _another_incident(following: Span, verbs: list[int]) -> bool:
    """A word of another incident or a further count ("also", "another", "earlier") in
    ``following``, unless it stands in a later clause of the account it tells, after its first
    event predicate and a comma ("a suicide bomber rammed a rickshaw into the checkpost, also
    targeting a military vehicle": one attack told on), or "also" right before a passive
    verb of what the event did ("shops were also damaged in the blast": more of what the same
    blast did, see :func:`_done_in_the_event`)."""
    lowers = doc_lowers(following.doc)
    first = verbs[0] if verbs else following.end
    comma = next((k for k in range(first, following.end) if lowers[k] == ","), following.end)
    done = {i - 1 for i in verbs if _done_in_the_event(following, i)}
    done |= {i - 1 for i in verbs if _the_event_also_did(lowers, i, following.start)}
    return any(
        lowers[k] in OTHER_INCIDENT_WORDS
        and not (lowers[k] == ALSO and (k > comma or k in done))
        and not _besides_a_deed(lowers, k, first)
        and not _closes_a_victims_list(lowers, k, comma)
        for k in range(following.start, following.end)
    )


REFERRING_ARTICLES = frozenset({"the", "this", "that"})
"""Determiners by which an event noun refers back to the event already told ("the blast")."""


def _the_event_also_did(lowers: list[str], i: int, start: int) -> bool:
    """ "Police told reporters explosives were planted on a motorcycle and added that the
    blast also damaged four vehicles" (r26-opened cc-020): "also" between the event referred
    back to ("the blast", "this explosion") and its verb at ``i`` tells more of what the same
    blast did, as "shops were also damaged in the blast" does; "another blast also damaged"
    or "a blast also hit" (not the one told) stays another incident."""
    k = i - 1
    return (
        k - 2 >= start
        and lowers[k] == ALSO
        and lowers[k - 1] in HAPPENING_NOUNS
        and lowers[k - 2] in REFERRING_ARTICLES
    )


BESIDES = "besides"
GERUND_END = "ing"


def _besides_a_deed(lowers: list[str], k: int, first: int) -> bool:
    """ "The ISPR said that an IBO was initiated to clear a hideout of terrorists linked with
    firing incidents besides planting of improvised explosive devices" (r22-opened cc-036):
    "besides" before a gerund, inside the account after its first event predicate and with no
    clause mark before it, joins what the targets had done to the noun it describes; it adds
    no incident ("Besides, two more soldiers were martyred" and "also" still do)."""
    return (
        lowers[k] == BESIDES
        and k > first
        and lowers[k - 1] not in (",", ";", ":")
        and k + 1 < len(lowers)
        and lowers[k + 1].endswith(GERUND_END)
    )


VICTIMS_GERUNDS = frozenset({"killing", "injuring", "wounding", "martyring"})
"""The participle by which an account goes on to name whom its attack hit (", killing driver
A, officer B and another man")."""
LIST_OTHERS = frozenset({"another", "other", "others"})
"""How a list of the people hit closes ("and another man", "and two others")."""


def _closes_a_victims_list(lowers: list[str], k: int, comma: int) -> bool:
    """ "Reports in local media said the attackers … opened fire on the police station, killing
    driver Naqeeb officer Adnan, and another man" (r24-opened cc-004): "another" (or "other",
    "others") closing the list of those a later clause's ", killing …" names, after "and" or a
    comma, is one more of the people the same attack hit, no other incident ("Another attack
    on a checkpost …", "also attacked another post, killing a guard" still are)."""
    if k <= comma or lowers[k] not in LIST_OTHERS or lowers[k - 1] not in ("and", ","):
        return False
    clause = lowers[comma + 1 : k]
    return bool(clause) and clause[0] in VICTIMS_GERUNDS and "and" not in clause[:-1]


ALSO = "also"
"""The one such word a later clause of the same account may have (", also targeting …")."""
MAX_NEGATION_GAP = 3
"""Words before a confirming verb that may deny it ("could not yet confirm")."""
CONFIRMING_LEMMAS = frozenset({"confirm", "verify"})
"""Verbs by which a source vouches for the event itself ("Interior Minister X confirmed the
incident", "Police confirmed the blast"): it tells the event as "the blast occurred" does;
condemning or investigating it does not."""


def _confirms_the_event(following: Span, own: Span, marker: Token) -> bool:
    """ "A suicide bomber killed 12 people outside the court. The minister confirmed the
    incident.": the credit's verb takes a definite reference to the event of a count's
    sentence that tells one (see :func:`_refers_to_the_event`) as its object; or, passive, as
    its subject ("The attack was confirmed by police")."""
    if _confirmed_passive(following, own) or _confirming_opener(following, own):
        return True
    if marker.lemma_.lower() not in CONFIRMING_LEMMAS or marker.i + 1 >= following.end:
        return False
    doc = following.doc
    if word(doc, marker.i + 1) not in ("the", "this") or not tells_an_event(own):
        return False
    before = {word(doc, marker.i - k) for k in range(1, MAX_NEGATION_GAP + 1)}
    if not before.isdisjoint(NEGATIONS | {"yet", "unable"}):
        return False  # "Police did not confirm (have yet to confirm) the incident"
    for k in range(marker.i + 2, min(following.end, marker.i + 3 + MAX_REFERENCE_GAP)):
        if word(doc, k) in HAPPENING_NOUNS:
            return True
        if not doc[k].is_alpha:
            return False
    return False


CONFIRMED_REPORTS = frozenset(
    {"report", "reports", "news", "toll", "deaths", "casualties", "fatalities", "figure",
     "figures"}
)  # fmt: skip
"""What an opening "Confirming the …," takes that is the count itself or its news, not the event
("Confirming the report, the DIG said …")."""


def _confirming_opener(following: Span, own: Span) -> bool:
    """ "… at least 10 people were killed and 26 others sustained injuries in an avalanche …
    // Confirming the report, Deputy Inspector General of Police … Tufail Mir said a control
    room has been set up" (round 25 hunt, hc-017): a credited sentence that opens with a
    participle of confirming whose object is a definite reference to the count's report or toll
    ("the report", "the news", "the deaths") or to the event of its sentence ("the incident",
    "the blast"), its phrase closed by a comma, vouches for the count as "The minister confirmed
    the incident" does. "Confirming the report of a ceasefire, …" (an object of its own) and a
    participle later in the sentence do not."""
    doc = following.doc
    lowers = doc_lowers(doc)
    first = following.start
    while first < following.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    if doc[first].lemma_.lower() not in CONFIRMING_LEMMAS or not lowers[first].endswith("ing"):
        return False
    if word(doc, first + 1) not in ("the", "this", "these"):
        return False
    for k in range(first + 2, min(following.end, first + 3 + MAX_REFERENCE_GAP)):
        noun = lowers[k]
        if noun in CONFIRMED_REPORTS or (noun in HAPPENING_NOUNS and tells_an_event(own)):
            return word(doc, k + 1) == ","
        if not doc[k].is_alpha:
            return False
    return False


CONFIRMED_AUXILIARIES = frozenset(PASSIVE_AUXILIARIES | {"has", "have", "had", "also"})
"""Before a passive confirming verb ("was confirmed", "has been confirmed", "was also
verified")."""


def _confirmed_passive(following: Span, own: Span) -> bool:
    """ "The attack was confirmed by police": a sentence whose subject is a definite reference
    to the event of the count's sentence, then a passive confirming verb with its agent."""
    doc = following.doc
    lowers = doc_lowers(doc)
    first = following.start
    while first < following.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    if word(doc, first) not in ("the", "this") or not tells_an_event(own):
        return False
    k, last = first + 1, min(following.end, first + 2 + MAX_REFERENCE_GAP)
    while k < last and lowers[k] not in HAPPENING_NOUNS:
        if not doc[k].is_alpha:
            return False
        k += 1
    if k >= following.end or lowers[k] not in HAPPENING_NOUNS:
        return False
    k += 1
    auxiliaries = k
    while k < following.end and lowers[k] in CONFIRMED_AUXILIARIES:
        k += 1
    return (
        k > auxiliaries
        and k + 1 < following.end
        and doc[k].lemma_.lower() in CONFIRMING_LEMMAS
        and lowers[k + 1] == "by"
    )


def _said_from(marker: Token, following: Span) -> int:
    """Where what ``following`` tells begins: after a participle of saying that follows a
    comma ("The DG condemned the attacks, saying troops fired on homes": the condemnation is
    the speaker's act, what he said is the account), else the sentence's start."""
    doc = marker.doc
    if (
        marker.lower_.endswith("ing")
        and marker.lemma_.lower() in REPORTING_LEMMAS
        and word(doc, marker.i - 1) == ","
    ):
        return marker.i + 1
    return following.start


PAST_TIMES = frozenset({"last", "previous", "prior", "ago"})
"""Words that place an attack told before the count's ("attacked the same seminary last
year", "two years ago")."""
ELSEWHERE_WORDS = frozenset(
    {"investigation", "investigating", "investigate", "investigated", "probe", "probing",
     "inquiry", "cordoned", "sealed", "rushed", "reached", "arrived", "identified"}
)  # fmt: skip
"""What a sentence tells about an event other than the event itself: an investigation, the
response ("cordoned off the area", "rescuers reached the site"), who someone was."""
CLAIMED_THINGS = frozenset(HAPPENING_NOUNS | {"responsibility"})
MAX_CLAIM_GAP = 4
"""Words from "claimed" to what it claims, itself included ("claimed responsibility for").
"""


def only_something_else(sentence: Span) -> bool:
    """Does the sentence tell only something else about an event (the policy above): who
    claimed it ("The TTP claimed responsibility", "claimed the blast"), an investigation, the
    response, who someone was, with no attack, blast or shooting told in it?"""
    lowers = doc_lowers(sentence.doc)
    words = lowers[sentence.start : sentence.end]
    claims = any(
        w.startswith("claim") and not CLAIMED_THINGS.isdisjoint(words[k + 1 : k + MAX_CLAIM_GAP])
        for k, w in enumerate(words)
    )
    return (claims or not ELSEWHERE_WORDS.isdisjoint(words)) and not _event_predicates(sentence)


@per_sentence
def _event_predicates(sentence: Span) -> tuple[int, ...]:
    """Where the sentence tells an attack, a blast or a shooting (a verb of
    :data:`EVENT_LEMMAS`, not a noun after an article) or an event noun's happening. Read once
    a sentence: each count of the sentence before asks."""
    lemmas = lemma_lowers(sentence.doc)
    if _PREDICATE_CUES.isdisjoint(lemmas[sentence.start : sentence.end]):
        return ()  # most sentences: no lemma that may tell an event (one scan in C)
    return tuple(
        i
        for i in range(sentence.start, sentence.end)
        if (
            (lemmas[i] in EVENT_LEMMAS and _event_verb(sentence, i))
            or (lemmas[i] in HAPPENING_LEMMAS and _happening(sentence, i))
            or (lemmas[i] in PLANTING_LEMMAS and _planting(sentence, i))
            or (lemmas[i] in USING_LEMMAS and _wielding(sentence, i))
            or (lemmas[i] in FIGHT_CUES and fights_back(sentence, i))
            or (lemmas[i] in ARMED_CUES and armed_in_the_fight(sentence, i))
        )
        and not _in_a_relative(sentence, i)
    )


@per_sentence
def _named_under_attack(following: Span, own: Span) -> tuple[int, ...]:
    """ "The police post came under attack late on Sunday" after "… martyred in an attack on
    a police post": where the thing the count's sentence names came under an attack (its noun
    right before "came"); "the convoy … came under fire" after "gunmen attacked passenger
    vehicles" names another thing (dev news-r2-cas-027 keeps its finding)."""
    doc = following.doc
    lowers = doc_lowers(doc)
    mine = set(lowers[own.start : own.end])
    found = []
    for i in range(following.start + 1, following.end - 2):
        if lowers[i] != "came" or lowers[i + 1] != "under":
            continue
        under = (word(doc, k) for k in range(i + 2, i + 3 + MAX_UNDER_MODIFIERS))
        if UNDER_ATTACK.isdisjoint(under):
            continue
        subject = lowers[i - 1]
        named = subject in mine and doc[i - 1].is_alpha and not doc[i - 1].is_stop
        theirs = _their_vehicle(lowers, i - 1, following.start)
        if named or (theirs and not VEHICLE_NOUNS.isdisjoint(mine)):
            found.append(i)
    return tuple(found)


def _their_vehicle(lowers: list[str], k: int, start: int) -> bool:
    """ "their mobile", "their vehicle" at ``k``: the people's own vehicle, which the vehicle
    the count's sentence names as attacked is (r24-opened cc-005: "… opened fire on a police
    patrol vehicle" // "… was on routine patrol with two constables when their mobile came
    under a sudden ambush"); "a second vehicle", "the convoy" (another noun) or "it" are not."""
    noun = lowers[k]
    owned = noun in VEHICLE_NOUNS or noun in OWN_VEHICLES
    return owned and k > start and lowers[k - 1] == "their"


FIGHT_CUES = frozenset(REPELLING_LEMMAS | RETURNED_FIRE)
"""Lemmas that may open the attacked side's fighting back (:mod:`.counts_fightback`)."""


PLANTING_LEMMAS = frozenset({"plant", "fit", "place", "attach", "rig", "hide", "conceal"})
"""Verbs that tell how the bomb of a blast was set ("the bomb was planted in a motorcycle",
"explosives fitted to the car"): with a weapon beside them, they tell the blast itself."""
MAX_WEAPON_GAP = 3
"""Words between a verb of planting and its weapon ("the explosives were planted", "planted
an improvised explosive device")."""


USING_LEMMAS = frozenset({"use", "wield", "employ"})
"""Verbs that tell an attack by the arms used in it ("the attackers used rocket launchers and
automatic weapons")."""
_PREDICATE_CUES = frozenset(
    EVENT_LEMMAS | HAPPENING_LEMMAS | PLANTING_LEMMAS | USING_LEMMAS | FIGHT_CUES | ARMED_CUES
)
"""Lemmas one of which every event predicate (:func:`_event_predicates`) stands on."""


def _wielding(sentence: Span, i: int) -> bool:
    """A past form of a verb of using with arms (:data:`ARMS`) a few words after it, in the
    same clause ("the attackers used rocket launchers", "militants employed drones")."""
    doc = sentence.doc
    if not doc[i].lower_.endswith("ed"):
        return False
    lowers = doc_lowers(doc)
    for k in range(i + 1, min(sentence.end, i + 2 + MAX_WEAPON_GAP)):
        if lowers[k] in ARMS:
            return True
        if lowers[k] in (",", ";", "which", "that", "who", "to"):
            return False
    return False


def _planting(sentence: Span, i: int) -> bool:
    """A past form of a verb of planting with a weapon (:data:`WEAPON_NOUNS`) a few words
    before it, as its subject, or after it, as its object, in the same clause."""
    doc = sentence.doc
    lower = doc[i].lower_
    if not (lower.endswith("ed") or lower in ("hid", "hidden")):
        return False
    lowers = doc_lowers(doc)
    before = range(max(sentence.start, i - MAX_WEAPON_GAP - 1), i)
    after = range(i + 1, min(sentence.end, i + 2 + MAX_WEAPON_GAP))
    for span in (reversed(before), after):
        for k in span:
            if lowers[k] in WEAPON_NOUNS:
                return True
            if lowers[k] in (",", ";", "which", "that", "who"):
                break
    return False


WHOLE_SENTENCE_MARKS = MARKER_WORDS - {"—", "–", "-"}
"""Credits that cover their whole sentence ("According to police, …", "as per the SHO"):
every attributing word of :mod:`.counts_attribution` but a dash."""


def marker_credits(marker: Token, i: int) -> bool:
    """Is the predicate at ``i`` in what ``marker`` credits (also for readers of a neighbour's
    clause outside this module, :mod:`.counts_circumstances`)? A reporting verb with words of
    its own after it ("sources say most of the victims were police officers") credits those
    words, not a clause before it ("The attack took place during Zuhr, sources say …"); one
    that closes its sentence ("…, said officials.") credits what came before."""
    if marker.lower_ in WHOLE_SENTENCE_MARKS or i > marker.i:
        return True
    doc = marker.doc
    end = sentence_bounds(doc, marker.i)[1]
    while end > marker.i + 1 and (doc[end - 1].lower_ in (".", "!") or doc[end - 1].is_space):
        end -= 1
    rest = [w for w in doc_lowers(doc)[marker.i + 1 : end] if w.strip()]
    inverted = word(doc, marker.i - 1) == "," and len(rest) <= MAX_CREDIT  # ", said officials."
    return not rest or rest[0] in (",", ";") or inverted or _credit_tail(doc, marker.i + 1, end)


CREDIT_OBJECT_WORDS = frozenset(
    {"in", "a", "an", "the", "statement", "reporters", "journalists", "media", "press",
     "conference", "release", "briefing", "by", "phone", "telephone", "to"}
)  # fmt: skip
"""Words between a reporting verb and the day it was said ("said in a statement on Sunday",
"told reporters on Monday")."""
MAX_CREDIT_OBJECT = 4
CREDIT_TAIL_WORDS = frozenset(
    CREDIT_OBJECT_WORDS | WEEKDAYS
    | {"on", "at", "via", "yesterday", "today", "tonight", "late", "later", "earlier",
       "condition", "of", "anonymity", "publication", "newspaper", "agency", "channel",
       "television", "radio", "outlet", "news", "daily", "local", "state", "broadcaster",
       "website"}
)  # fmt: skip
"""Words of what may follow a closing reporting verb and still close the report: to whom,
where, when, on what terms ("…, police told reporters on Sunday", "…, an official said on
condition of anonymity", "…, he was quoted as saying by the Dawn publication")."""
MAX_CREDIT_TAIL = 8


def _credit_tail(doc: Doc, start: int, end: int) -> bool:
    """Do the words from ``start`` to ``end`` (after a reporting verb, up to the sentence's
    closing stop) only tell to whom, where or when it was said, so that the verb closes the
    report of what came before it? A clause of its own ("…, police said the attackers fled",
    "…, police said in a statement that …") does not."""
    if end - start > MAX_CREDIT_TAIL:
        return False
    return all(
        doc[k].lower_ in CREDIT_TAIL_WORDS or doc[k].is_title or doc[k].is_upper
        for k in range(start, end)
        if not doc[k].is_space
    )


RELATIVE_OPENERS = frozenset({"who", "which", "whom", "whose"})
"""Words that open a relative clause: an attack told in it describes someone ("the suicide
bombers who have struck Pakistan"), it is not what the sentence tells."""


def _in_a_relative(sentence: Span, i: int) -> bool:
    lowers = doc_lowers(sentence.doc)
    for k in range(i - 1, sentence.start - 1, -1):
        if lowers[k] in RELATIVE_OPENERS:
            return not _relative_ended(lowers, k, i)
        if lowers[k] in (",", ";", ":", "that"):
            return False
    return False


FINITE_BE = frozenset({"was", "were", "is", "are"})
"""Finite forms of "be" that give a relative clause its own verb ("who were in old rivalry")."""
MAIN_AUXILIARIES = frozenset({"had", "has", "have", "was", "were"})
"""Finite auxiliaries that open the main predicate after a subject's relative clause."""


def _relative_ended(lowers: list[str], opener: int, i: int) -> bool:
    """ "Sources said that the tribes who were in old rivalry had been exchanging firing"
    (r24b hunt hd-001): a relative clause with a finite "be" of its own and a phrase after it
    ends where a second finite auxiliary opens the main predicate, so the verb after that
    auxiliary tells what the sentence tells ("the bombers who have struck the city" or "the
    men who had attacked the post" stay in their relative)."""
    be = next((k for k in range(opener + 1, i) if lowers[k] in FINITE_BE), None)
    if be is None:
        return False
    return any(
        lowers[k] in MAIN_AUXILIARIES and lowers[k - 1] != "to" and lowers[k - 1] not in FINITE_BE
        for k in range(be + 2, i)
    )


NOUN_BEFORE = frozenset(
    {"a", "an", "the", "this", "that", "its", "their", "his", "of", "suicide", "terrorist",
     "militant", "deadly", "bomb", "drone", "air", "missile", "recent", "latest",
     "another", "such", "to", "for"}
)  # fmt: skip
"""Words after which an attack word is a noun or an infinitive of purpose ("the attack", "a
suicide attack", "plans to attack"), not a verb telling what happened."""


def _event_verb(sentence: Span, i: int) -> bool:
    """An attack lemma used as a verb telling what was done: a past form or a participle
    ("stormed", "attacking"), with its particle where it needs one, not a noun ("an attack",
    "the firing") nor a reporting verb's sense ("the ISPR fired a statement" is no case)."""
    doc = sentence.doc
    lower = doc[i].lower_
    if not lower.endswith(("ed", "ing")) and lower not in IRREGULAR_PASTS:
        return False
    if word(doc, i - 1) in NOUN_BEFORE and not (
        word(doc, i - 1) in WEAPON_NOUNS and not lower.endswith("ing")
    ):
        return False  # "a bomb attack", "the drone strike"; not "the bomb exploded"
    lemma = doc[i].lemma_.lower()
    if lemma == AIM:  # "the attack was aimed at a CTD vehicle"; not "measures aimed at"
        passive = word(doc, i - 1) in ("was", "were") and word(doc, i - 2) in HAPPENING_NOUNS
        return passive and word(doc, i + 1) == "at"
    needs = PARTICLES.get(lemma)
    if needs is None:
        return lemma not in REPORTING_LEMMAS
    after = {word(doc, i + k) for k in (1, 2)}
    return bool(after & needs)


WEAPON_NOUNS = frozenset(
    {"bomb", "bombs", "drone", "missile", "rocket", "rockets", "shell", "shells", "mortar",
     "device", "ied", "ieds", "grenade", "projectile", "explosive", "explosives", "landmine"}
)  # fmt: skip
"""Weapons as the subject of a past attack verb or a verb of happening ("the bomb exploded",
"a drone struck the house", "the missile hit the vehicle", "the device went off"); before an
"-ing" form the first word of a noun ("a drone bombing")."""
ARMS = frozenset(
    WEAPON_NOUNS
    | {"weapons", "weapon", "launcher", "launchers", "grenades", "guns", "gun", "rifles",
       "rifle", "firearms", "artillery", "mortars", "drones", "missiles"}
)  # fmt: skip
"""Arms as the object of a verb of using: the attack told by its weapons."""
IRREGULAR_PASTS = frozenset(
    {"shot", "blew", "blown", "struck", "hit", "set", "shelled", "fell", "fallen", "sank",
     "threw", "thrown", "lost"}
)  # fmt: skip


def _happening(sentence: Span, i: int) -> bool:
    """An event noun a few words before a verb of happening ("the blast occurred", "an
    exchange of fire took place", "the explosion ripped through")."""
    doc = sentence.doc
    lower = doc[i].lower_
    if not (lower.endswith(("ed", "ing")) or lower in HAPPENING_PASTS):
        return False
    if doc[i].lemma_.lower() == "take" and word(doc, i + 1) != "place":
        return False
    if doc[i].lemma_.lower() in ("break", "carry") and word(doc, i + 1) != "out":
        return False
    lemma = doc[i].lemma_.lower()
    if word(doc, i + 2) == "by" and lemma == "carry":
        return False  # "the attack was carried out by …-backed elements": who, not the event
    if lemma == "cause" and word(doc, i + 1) != "by":
        return False  # "the blast was caused by a gas leak"; not "the attack caused panic"
    lowers = doc_lowers(doc)
    if lemma == "carry" and _carried_out_attack(lowers, i, sentence.start, sentence.end):
        return True  # "the militants carried out a 'coordinated' attack"
    if lemma in PASSIVE_IMPACT_LEMMAS and _done_in_the_event(sentence, i):
        return True  # "several vehicles were also damaged in the blast"
    for k in range(i - 1, max(sentence.start, i - 1 - MAX_HAPPENING_GAP), -1):
        if lowers[k] in HAPPENING_NOUNS or lowers[k] in WEAPON_NOUNS or _plural_event(lowers[k]):
            return word(doc, k - 1) not in RESPONSE_MODIFIERS
        if lowers[k] in VEHICLE_NOUNS and lemma in VEHICLE_IMPACTS:
            return True  # "the car hit a stationary truck": the crash itself
        if lowers[k] in (",", ";", "that", "which", "who"):
            return False
    return False


CARRIED_ATTACKS = frozenset({"attack", "attacks", "assault", "raid", "ambush", "bombing",
                             "shooting", "strike"})  # fmt: skip
"""Objects of an active "carried out" that tell the attack itself ("the militants carried out
a 'coordinated' attack"; not "carried out an operation", a force's, nor "carried out the
wishes of")."""
OTHER_ATTACK_WORDS = frozenset({"another", "second", "separate", "fresh", "new", "similar",
                                "several", "many", "multiple", "earlier", "previous"})  # fmt: skip
"""Words before the attack carried out that make it another one ("carried out another attack")."""
IDENTIFYING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "both"})
"""Determiners of an attack already known: "X carried out the attack" says who did it."""
MAX_CARRIER_GAP = 14
"""Tokens back from "carried" to the attackers that carried it out, past an aside ("the
militants, equipped with advanced weapons, including thermal weapon sights, carried out")."""
MAX_CARRIED_WORDS = 3
"""Words from "out" to the attack carried out, quotation marks and hyphens not counted
("carried out a ‘well-planned’ attack")."""
CARRIED_STOPS = frozenset({",", ";", ".", ":", "by"})


def _carried_out_attack(lowers: list[str], i: int, start: int, end: int) -> bool:
    """ "carried out a (coordinated) attack" at ``i`` ("carried"): the attack told with its
    doers, the attackers, as the subject, as "the militants attacked the post" tells it; not
    another attack, nor "carrying out attacks" (what someone does, r8-cc-047), nor who did it
    ("the TTP carried out the attack": a group named, the attack identified by "the")."""
    if lowers[i] != "carried" or i + 1 >= end or lowers[i + 1] != "out":
        return False  # "in carrying out attacks": attacks in general, not one told
    if i + 2 < end and lowers[i + 2] in IDENTIFYING_DETERMINERS:
        return False  # "... carried out the attack": who did it
    if MILITANT_SIDE.isdisjoint(lowers[max(start, i - MAX_CARRIER_GAP) : i]):
        return False  # "the TTP carried out a suicide attack": a named doer
    words = 0
    for k in range(i + 2, end):
        lower = lowers[k]
        if lower in CARRIED_ATTACKS:
            return True
        if lower in OTHER_ATTACK_WORDS or lower in CARRIED_STOPS:
            return False
        if lower.isalpha():
            words += 1
            if words > MAX_CARRIED_WORDS:
                return False
    return False


def _plural_event(lower: str) -> bool:
    """ "attacks", "blasts", "bombings": the plural of an event noun (r23 hunt, hc-019: "at
    least 14 personnel lost their lives as rebels carried out coordinated attacks. The attacks
    began on Sunday night, according to a Dawn report"). Told as happening, or as a definite
    reference when the count's sentence names the same plural; not "clashes" of a fight,
    which :data:`HAPPENING_NOUNS` holds already."""
    return lower.endswith("s") and lower[:-1] in HAPPENING_NOUNS


PASSIVE_IMPACT_LEMMAS = frozenset(
    {"damage", "destroy", "shatter", "raze", "gut", "demolish", "flatten", "bury"}
)  # fmt: skip
"""Verbs of what an event did to things, told in the passive with the event after them
("several vehicles were also damaged in the blast", "houses were also destroyed by the
floods")."""
PASSIVE_IMPACT_LINKS = frozenset({"in", "by"})
PASSIVE_IMPACT_ARTICLES = frozenset({"the", "a", "an", "this", "that"})


def _done_in_the_event(sentence: Span, i: int) -> bool:
    """ "Several vehicles, shops and motorcycles were also damaged in the blast, a private news
    channel reported" (r22 hunt, hc-069): a passive verb of :data:`PASSIVE_IMPACT_LEMMAS`
    after "were also" (or "was also"), with "in" or "by" and an event noun right after it,
    tells more of what the count's event did beside the casualties, as "the blast damaged
    several vehicles" does. Without "also" the passive stays unread ("the school bus was
    destroyed in the blast, according to the ISPR" after the toll: dev news-r4-cas-025 keeps
    its finding); "were also damaged in Kabul" or "in another blast" tells no event of it."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    k = i - 1
    if k - 1 < sentence.start or lowers[k] != "also" or lowers[k - 1] not in ("was", "were"):
        return False
    j = i + 1
    if j >= sentence.end or lowers[j] not in PASSIVE_IMPACT_LINKS:
        return False
    j += 1
    if j < sentence.end and lowers[j] in PASSIVE_IMPACT_ARTICLES:
        j += 1
    if j < sentence.end and lowers[j] in RESPONSE_MODIFIERS:
        return False
    return j < sentence.end and lowers[j] in HAPPENING_NOUNS


VEHICLE_IMPACTS = frozenset({"hit", "strike"})
"""Verbs of a vehicle striking something, which tell a crash ("the car hit a stationary truck",
"the bus struck a wall"; "rammed" is an attack verb of its own)."""
RESPONSE_MODIFIERS = frozenset(
    {"search", "rescue", "relief", "clearance", "combing", "sanitisation", "sanitization",
     "cordon", "security", "follow-up"}
)  # fmt: skip
"""Words that make an operation the response to the event ("the search operation
continued"), not the event itself."""
HAPPENING_PASTS = frozenset(
    {"took", "broke", "tore", "went", "hit", "struck", "began", "swept", "shook"}
)  # fmt: skip


@per_sentence
def other_time(following: Span, own: Span) -> bool:
    """A weekday or a year in ``following`` other than the one ``own`` gives: another day's
    event ("on Monday" then "on Sunday"; a time ``own`` does not give may be its own). Asked
    for each count of ``own``, answered once a pair of sentences (it reads both whole)."""
    doc = following.doc
    lowers = doc_lowers(doc)
    mine = {w for w in lowers[own.start : own.end] if _is_time(w)}
    if not mine:
        return _month_then_weekday(following, own)
    theirs = {
        lowers[k]
        for k in range(following.start, following.end)
        if _is_time(lowers[k])
        and not _when_said(doc, k, following.start)
        and not _the_night_before(lowers, k, mine)
    }
    return any(w not in mine and any(_same_kind(w, m) for m in mine) for w in theirs)


NIGHT = "night"


def _the_night_before(lowers: list[str], k: int, mine: set[str]) -> bool:
    """ "Three people were killed in a fire at a factory … Thursday. According to rescue
    officials, the fire broke out … Wednesday night" (dev r25-hd-065): the night before the
    count's weekday is when its event began, overnight, not another day's event ("on
    Wednesday" alone, or "Tuesday night", still is)."""
    if lowers[k] not in WEEKDAYS or k + 1 >= len(lowers) or lowers[k + 1] != NIGHT:
        return False
    after = WEEKDAY_ORDER[(WEEKDAY_ORDER.index(lowers[k]) + 1) % len(WEEKDAY_ORDER)]
    return after in mine


PERIOD_OPENERS = frozenset({"in", "late", "early", "mid", "last", "since", "during"})
"""Words right before a month that make it the period of the event ("in late August", "last
March"), not a date's month ("on August 26")."""


def _month_then_weekday(following: Span, own: Span) -> bool:
    """ "The airport attack in late August … killed 13 U.S. service members and some 170
    Afghan civilians … // A hospital in Kabul said in a tweet that it took in four wounded in
    Sunday's blast" (r23 hunt hc-029): the count's sentence dates its event by a month, with no
    weekday, and the credited sentence tells a weekday's event (not the day it was said): a
    weekday names a day of the draft's week, another event than one of a month past."""
    doc = following.doc
    lowers = doc_lowers(doc)
    period = any(
        month_of(doc[k]) is not None and lowers[k - 1] in PERIOD_OPENERS
        for k in range(own.start + 1, own.end)
    )
    if not period:
        return False
    return any(
        lowers[k] in WEEKDAYS and not _when_said(doc, k, following.start)
        for k in range(following.start, following.end)
    )


def _when_said(doc: Doc, k: int, start: int) -> bool:
    """ "A police official said on Sunday that the attackers …", "told Reuters on Monday": the
    weekday at ``k`` is the day the source spoke, not a day of the event told."""
    lowers = doc_lowers(doc)
    lemmas = lemma_lowers(doc)
    if k - 2 < start or lowers[k - 1] != "on":
        return False
    for j in range(k - 2, max(start, k - 3 - MAX_CREDIT_OBJECT) - 1, -1):
        if lemmas[j] in REPORTING_LEMMAS:
            return True
        if not (lowers[j] in CREDIT_OBJECT_WORDS or doc[j].is_title):
            return False
    return False


def _is_time(w: str) -> bool:
    return w in WEEKDAYS or (w.isdigit() and len(w) == 4 and w[:2] in ("19", "20"))


def _same_kind(a: str, b: str) -> bool:
    """Two weekdays or two years."""
    return (a in WEEKDAYS) == (b in WEEKDAYS)


def _other_side(following: Span, verbs: list[int], count: Count) -> bool:
    """ "…civilians were killed in the blast. Police said militants attacked security forces
    nearby": the attack told falls on people of the other side than those counted."""
    doc = following.doc
    lowers = doc_lowers(doc)
    counted = set(lowers[count.span.start : count.span.end])
    civilian = not CIVILIAN_WORDS.isdisjoint(counted)
    security = not SECURITY_SIDE.isdisjoint(counted)
    for i in verbs:
        for k in range(i + 1, min(following.end, i + 5)):
            w = lowers[k]
            if (civilian and w in ATTACKED_SECURITY) or (security and w in CIVILIAN_WORDS):
                return True
    return False


@per_sentence
def _anchors(sentence: Span) -> frozenset[str]:
    """The sentence's words that may name its event in particular (see :data:`NOT_ANCHORS`),
    in a singular form (read once a sentence: each count of the sentence before asks)."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    found = set()
    for i in range(sentence.start, sentence.end):
        w = lowers[i]
        short = len(w) < 4 and w not in VEHICLE_NOUNS  # "the bus", "a van" do name it
        if not w.isalpha() or short or w in NOT_ANCHORS or doc[i].is_stop:
            continue
        if w in PREDICATES or doc[i].lemma_.lower() in REPORTING_LEMMAS:
            continue
        found.add(anchor_form(w))
    return frozenset(found)


def _shares_an_anchor(following: Span, own: Span) -> bool:
    return not _anchors(following).isdisjoint(_anchors(own))


def tells_an_event(own: Span) -> bool:
    """Does the count's sentence tell an event (an event noun, a blast or shooting word, an
    attacker, or an attack verb) that a later sentence may refer back to?"""
    mine = set(doc_lowers(own.doc)[own.start : own.end])
    return not (HAPPENING_NOUNS | STRIKING_WORDS | ATTACKER_NOUNS).isdisjoint(mine) or bool(
        _event_predicates(own)
    )


def _refers_to_the_event(following: Span, own: Span) -> bool:
    """ "the blast", "the attack", "the suicide attacker", "the terrorists": a definite
    reference to an event or its attackers, when the count's sentence tells an event (an
    event noun, a blast or shooting word, or an attack verb)."""
    doc = following.doc
    lowers = doc_lowers(doc)
    if not tells_an_event(own):
        return False
    if refers_to_the_sides(following, own):
        return True  # "Both sides used heavy weapons" after "… martyred in a clash"
    mine = set(lowers[own.start : own.end])
    if not VEHICLE_NOUNS.isdisjoint(mine) and any(
        _their_vehicle(lowers, k, following.start) for k in range(following.start, following.end)
    ):
        return True  # "their mobile came under …" after "… fire on a police patrol vehicle"
    for i in range(following.start, following.end):
        if lowers[i] not in ("the", "this"):
            continue
        k, gap = i + 1, 0
        while k < following.end and gap <= MAX_REFERENCE_GAP:
            if lowers[k] in HAPPENING_NOUNS or lowers[k] in ATTACKER_NOUNS:
                return True
            if _plural_event(lowers[k]) and lowers[k] in mine:
                return True  # "the attacks" after "… as rebels carried out coordinated attacks"
            if lowers[k] in WEAPON_NOUNS:  # "the explosive material", "the device"
                return True
            if lowers[k] in DRIVERS and not VEHICLE_NOUNS.isdisjoint(mine):
                return True  # "the driver lost control" after "a coach plunged into a ravine"
            if not doc[k].is_quote:  # 'the "fire raid"': a quoted name of the event
                if not doc[k].is_alpha:
                    break
                gap += 1
            k += 1
    return False


KIND_MODIFIERS = frozenset(
    WEAPON_NOUNS
    | {"suicide", "roadside", "targeted", "remote", "controlled", "gas", "cylinder", "car",
       "vehicle", "borne", "planted", "improvised", "explosive", "bike", "motorcycle"}
)  # fmt: skip
"""Words that tell what kind of blast or attack it was ("a suicide attack", "a remote-controlled
bomb blast", "a gas cylinder explosion"); not a judgment ("a cowardly attack", "a
terrorist attack", which condemns or labels it)."""
KIND_COPULAS = frozenset({"was", "is", "had"})
MAX_KIND_MODIFIERS = 4
KIND_NOUNS = frozenset(HAPPENING_NOUNS - {"incident", "fire", "strike", "battle"})
"""Event nouns that say what the event was ("it was a suicide bombing")."""


def _tells_its_kind(following: Span, marker: Token) -> bool:
    """ "Local media reported it was a suicide attack" (r26-opened ob-041), "Police said the
    explosion was a remote-controlled bomb blast": what the credit reports is what kind of
    blast or attack the event of the sentence before was, with "it" or the event noun
    referred back to ("the blast") as the subject: it tells the count's event itself. A
    judgment ("it was a cowardly attack"), a denial ("it was not a suicide attack") or a
    guess ("it could have been a suicide attack") tells nothing of it."""
    doc = following.doc
    lowers = doc_lowers(doc)
    k = marker.i + 1
    if word(doc, k) == "that":
        k += 1
    if marker.lower_ in WHOLE_SENTENCE_MARKS:  # "According to police, it was …"
        k = next((j + 1 for j in range(marker.i, following.end) if lowers[j] == ","), 0)
    if not k or k >= following.end:
        return False
    if lowers[k] == "it":
        k += 1
    elif lowers[k] in REFERRING_ARTICLES and word(doc, k + 1) in HAPPENING_NOUNS:
        k += 2
    else:
        return False
    if word(doc, k) not in KIND_COPULAS or (word(doc, k) == "had" and word(doc, k + 1) != "been"):
        return False
    k += 2 if word(doc, k) == "had" else 1
    if word(doc, k) not in ("a", "an"):
        return False
    for j in range(k + 1, min(following.end, k + 2 + MAX_KIND_MODIFIERS)):
        if lowers[j] in KIND_NOUNS:
            return True
        if lowers[j] not in KIND_MODIFIERS and lowers[j] not in HYPHENS:
            return False
    return False
