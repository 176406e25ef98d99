"""What in a neighbouring sentence speaks of a count: a reference back to the people or the
toll just counted, and a rival figure that makes a neighbour's source someone else's.

Part of the count claims reader (:mod:`.counts_coverage`, which decides whether an attributed
neighbour covers a count). A neighbour covers a count only when it is about that count:

- **It refers back**: the same number, "the toll", "this figure", a breakdown of "the dead"
  ("the dead included children", "two of the victims"), a pronoun for the people counted as
  the subject or object of a casualty verb ("they died on the spot", "the blast killed
  them"), or a definite reference to them ("the victims", "these bodies", "the officials"
  for "two security officials") as the subject of a casualty predicate ("were shot dead",
  "lost their lives", "were found" for bodies). Who they were ("most of the victims were
  police officers") is not their count.
- **It gives no rival figure**: a neighbour whose source gives a different total of the
  same kind ("Local residents, however, said the toll had crossed 75"), or a count of
  several incidents ("27 terrorists were killed in various operations"), reports another
  count; its attribution is not the count's, however it refers to "the death toll".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count, number_value, word
from narrlint.claims.counts_sequels import EVENT_NOUNS, INCREMENT_WORDS, SECURITY_SIDE, other_side
from narrlint.claims.counts_words import (
    BREAKDOWN_LINKS,
    CLAUSE_MARKS,
    DEPENDENT_WORDS,
    GIVING_LIVES,
    INJURED,
    KILLED,
    OBJECT_VERBS,
    PEOPLE_REFERENCES,
    PHRASE_PREDICATES,
    PREDICATES,
    REFERRING_DETERMINERS,
    REFERRING_MODIFIERS,
    REFERRING_NOUNS,
    RISE_LINKS,
    STRIKING_WORDS,
    THOSE_PARTICIPLES,
    TOLL_HEADS,
    TOLL_SUBJECTS,
    UNDER_ATTACK,
    VEHICLE_MOVING,
    VEHICLE_NOUNS,
    VEHICLE_TARGETING,
    WEAPON_VEHICLE_MARKS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import HYPHENS, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# ---------------------------------------------------------------------------------------------
# 1. References back to a count


def refers_back(sentence: Span, numbers: Sequence[Span], value: float | None) -> bool:
    """The sentence repeats the number (``value``, when given) or points back at a toll: "the
    toll", "the dead", "those killed", "this figure". A casualty verb about a new subject ("the
    attackers were killed") does not."""
    if value is not None and any(number_value(n) == value for n in numbers):
        return True
    return _points_back(sentence)


@per_sentence
def _points_back(sentence: Span) -> bool:
    """The sentence's words that point back at a toll (:func:`refers_back` without the
    number), read once a sentence: each count of the sentence before asks."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end):
        lower = lowers[i]
        if lower in PRONOUN_PEOPLE and (
            _pronoun_of_the_dead(lowers, i, sentence) or _pronoun_breakdown(doc, i)
        ):
            return True
        if lower in REFERRING_DETERMINERS:
            j = i + 1
            while j < sentence.end and j - i <= 2 and doc[j].lower_ in REFERRING_MODIFIERS:
                j += 1
            if word(doc, j) in EVENT_MODIFIERS and word(doc, j + 1) in PEOPLE_REFERENCES:
                j += 1  # "the firing victims", "the blast victims"
            noun = word(doc, j)
            people = (lower == "those" and noun in THOSE_PARTICIPLES) or noun in PEOPLE_REFERENCES
            if people:
                if _breaks_down(doc, i, j + 1):
                    return True
            elif (
                noun in REFERRING_NOUNS
                and _is_casualty_reference(doc, j)
                and not _responds_to(doc, i)
            ):
                return True
    return False


EVENT_MODIFIERS = frozenset(
    {"firing", "shooting", "blast", "bombing", "explosion", "attack", "accident", "crash",
     "flood", "quake", "earthquake"}
)  # fmt: skip
"""An event's noun before the people counted ("the firing victims", "the blast victims"):
they are still the people counted, whose breakdown or whole (:func:`_breaks_down`) speaks of
the count."""


RESPONSE_LEMMAS = frozenset(
    {"avenge", "revenge", "mourn", "condemn", "deplore", "lament", "regret", "denounce",
     "protest", "honour", "honor", "grieve"}
)  # fmt: skip
"""Verbs of a response to deaths ("would avenge the deaths", "condemned the killings"): a vow
or a condemnation speaks of them, not of their number."""
RESPONSE_NOUNS = frozenset(
    {"condolence", "condolences", "grief", "sorrow", "anger", "outrage", "justice", "sympathy",
     "sympathies", "compensation", "revenge", "vengeance"}
)  # fmt: skip
"""Nouns of a response before "over"/"for"/"at" the deaths ("grief over the deaths",
"justice for the victims")."""


def _responds_to(doc: Doc, determiner: int) -> bool:
    """Is the reference starting at ``determiner`` the object of a response (a vow, a
    condemnation, mourning: "the country would avenge the deaths", "condolences over the
    deaths")? Such a sentence says nothing of how many died."""
    before = doc[determiner - 1] if determiner > 0 else None
    if before is None:
        return False
    if before.lemma_.lower() in RESPONSE_LEMMAS:
        return True
    return (
        before.lower_ in ("over", "for", "at")
        and determiner > 1
        and doc[determiner - 2].lower_ in RESPONSE_NOUNS
    )


PRONOUN_PEOPLE = {"they", "them"}
INTRANSITIVE_DEATHS = {"died", "perished", "succumbed", "drowned"}
PASSIVE_CASUALTIES = {"killed", "martyred", "slain", "injured", "wounded", "hurt", "dead"}
PRONOUN_AUXILIARIES = {"were", "had", "have", "been", "all", "later", "both", "reportedly"}
MAX_PRONOUN_GAP = 3


def _pronoun_of_the_dead(lowers: list[str], i: int, sentence: Span) -> bool:
    """ "Police said the blast killed them instantly", "they died on the spot", "they were
    martyred", "before shooting them dead": a casualty verb whose subject or object is a
    pronoun for the people counted; not "they killed 20 militants" (the agents) nor "they
    were investigating"."""
    if lowers[i] == "them":
        if i + 1 < sentence.end and lowers[i + 1] == "dead":
            return True  # "before shooting them dead", "left them dead"
        return any(lowers[j] in OBJECT_VERBS for j in range(max(sentence.start, i - 3), i))
    j = i + 1
    while j < sentence.end and j - i <= MAX_PRONOUN_GAP and lowers[j] in PRONOUN_AUXILIARIES:
        j += 1
    if j >= sentence.end:
        return False
    return lowers[j] in INTRANSITIVE_DEATHS or (lowers[j] in PASSIVE_CASUALTIES and j > i + 1)


BREAKDOWN_ADVERBS = frozenset({"also", "reportedly", "mostly", "mainly", "largely", "both"})
"""Between the people counted and their breakdown ("the victims also included …")."""


def _breaks_down(doc: Doc, start: int, end: int) -> bool:
    """A reference to the people counted (``doc[start:end]``: "the dead", "those killed") that
    speaks of the count: a breakdown of it ("the dead included children", "two of the
    victims", "among the dead", "the victims also included", who all of them were), not who
    some were ("most of the victims were police")."""
    while word(doc, end) in BREAKDOWN_ADVERBS:
        end += 1
    before, after = word(doc, start - 1), word(doc, end)
    if before == "among" or after in BREAKDOWN_LINKS or after in RISE_LINKS:
        return True
    if _all_of_them(doc, start, end):
        return True
    return before == "of" and _a_part_of(doc, start - 1)


def _a_part_of(doc: Doc, of: int) -> bool:
    """ "two of the victims", "three of them", or "Of the dead, three …" opening its
    sentence: a number of the people counted, or all of them (not "most of them", "Of the
    dead, most …")."""
    if of >= 1 and doc[of - 1].like_num:
        return True
    if not doc[of].is_sent_start:
        return False
    comma = next(
        (k for k in range(of + 1, min(len(doc), of + MAX_OF_PHRASE)) if word(doc, k) == ","), 0
    )
    return bool(comma) and (doc[comma + 1].like_num or word(doc, comma + 1) in WHOLE_WORDS)


MAX_OF_PHRASE = 5
"""Tokens of "Of the dead," up to its comma."""
WHOLE_WORDS = frozenset({"all", "both"})


def _pronoun_breakdown(doc: Doc, i: int) -> bool:
    """ "Among them were three children", "They included two women", "three of them were
    children", "Of them, three …", "all of them were labourers": a pronoun for the people
    counted, broken down or told whole (not "most of them were police")."""
    end = i + 1
    while word(doc, end) in BREAKDOWN_ADVERBS:
        end += 1
    before = word(doc, i - 1)
    if before == "among" or (doc[i].lower_ == "they" and word(doc, end) in BREAKDOWN_LINKS):
        return True
    return _all_of_them(doc, i, end) or (before == "of" and _a_part_of(doc, i - 1))


WHOLE_SET_VERBS = frozenset({"were", "are"})


def _all_of_them(doc: Doc, start: int, end: int) -> bool:
    """ "all of the victims were people who had gathered to collect their salaries", "the dead
    were all soldiers": who every one of the people counted was tells of the whole count (as
    naming them all does); "most of the victims were police" tells of some."""
    before = word(doc, start - 1)
    whole = before == "all" or (before == "of" and word(doc, start - 2) == "all")
    after = word(doc, end)
    if after in BELONGING_VERBS and before not in ("of", "among"):
        return True  # "the victims belonged to the same family"
    told = word(doc, end + 1)
    whole = whole or told == "all" or (told in MEMBERSHIP_NOUNS and before not in ("of", "among"))
    return after in WHOLE_SET_VERBS and whole


MEMBERSHIP_NOUNS = frozenset(
    {"members", "relatives", "residents", "natives", "brothers", "sisters", "siblings", "cousins",
     "kinsmen"}
)  # fmt: skip
"""What the people counted all were, told of them as one ("Police said the victims were
members of the same family", "the deceased were residents of the village"): who all of them
were, as "the dead were all …" is; "most of the victims were members …" tells of some."""
BELONGING_VERBS = frozenset({"belonged", "hailed"})
"""Verbs telling where all of the people counted came from ("the victims belonged to …")."""


def _is_casualty_reference(doc: Doc, i: int) -> bool:
    """ "the number" and "the figure(s)" refer to a toll unless they count something else."""
    lower = doc[i].lower_
    if lower in ("number", "numbers", "figure", "figures") and word(doc, i + 1) == "of":
        return word(doc, i + 2) in PREDICATES or word(doc, i + 2) in TOLL_SUBJECTS
    if lower == "death":
        return word(doc, i + 1) in TOLL_HEADS
    return True


# ---------------------------------------------------------------------------------------------
# 2. The people counted, as the subject of a casualty predicate

MAX_REFERENCE_MODIFIERS = 3
"""Words between a determiner and the noun of the people counted ("the two security
officials", "the six bodies")."""
MAX_PREDICATE_REACH = 14
"""Tokens from the people's noun to its casualty predicate ("all the victims were pulled out
from trucks and passenger buses and then shot dead")."""
PREDICATE_STOPS = frozenset(
    CLAUSE_MARKS
    | RELATIVES
    | {"after", "before", "when", "because", "since", "until", "if", "but", "although", "said"}
    | {"not", "never", "no", "while", "whereas", "where"}
)
"""Words that end the people's clause (or deny its predicate): a predicate beyond them is not
theirs ("the victims were taken to a hospital where two died" is not "the victims died")."""
LIVES_PHRASES = frozenset(
    {(verb, owner, "lives") for verb in GIVING_LIVES for owner in ("their", "his", "her")}
    | {words for words, kind in PHRASE_PREDICATES.items() if kind == KILLED}
    | {("shot", "dead")}
)
"""Predicates of more than one word: "lost their lives", "embraced martyrdom", "shot dead"."""
BODY_PREDICATES = frozenset(
    {"found", "recovered", "retrieved", "discovered", "exhumed", "fished", "pulled", "dumped"}
)
"""What happens to bodies in a count of bodies ("these bodies were found in the fields")."""
NOT_OWN_NOUNS = frozenset(REFERRING_DETERMINERS | {"and", "of", "were", "was", "have", "had"})


def reports_their_deaths(sentence: Span, count: Count) -> bool:
    """ "SSP … said that all the victims were … shot dead", "According to local sources, the
    officials lost their lives …", "… said these bodies were found in the fields": a definite
    reference to the people counted (a word for the dead, or the count's own noun: "the
    officials" for "two security officials") as the subject of a casualty predicate in its
    clause. A source that tells how the people just counted died speaks of the count; "most
    of the victims were police officers" (who they were) and "the attackers were killed"
    (other people) do not."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    nouns = PEOPLE_REFERENCES | _own_nouns(count)
    for i in range(sentence.start, sentence.end - 2):
        if lowers[i] not in REFERRING_DETERMINERS:
            continue
        j = i + 1
        words = 0  # a hyphen joins two words into one modifier ("the bullet-riddled bodies")
        while j < sentence.end and words < MAX_REFERENCE_MODIFIERS and lowers[j] not in nouns:
            joined = lowers[j] in HYPHENS and doc[j - 1].is_alpha and word(doc, j + 1).isalpha()
            if not (doc[j].is_alpha or doc[j].like_num or joined):
                break
            words += not joined
            j += 1
        if (
            j < sentence.end
            and lowers[j] in nouns
            and _dies(lowers, j + 1, sentence.end, lowers[j])
        ):
            return True
    return False


ATTACK_VERBS = frozenset({"attacked", "targeted", "stormed", "ambushed", "assaulted", "fired"})
"""Verbs telling how people were hit: their object names whom the attack struck ("fired at
the officials": a shot's object is its target)."""
ATTACKED_PEOPLE = frozenset((SECURITY_SIDE - {"police", "army", "sons"}) | {"forces", "officials"})
"""People an attack's object names ("security forces"); "police" and "army" also name places
("attacked the Chaudhwan Police Station": the station, not the people counted)."""
OTHER_INCIDENT_WORDS = frozenset(INCREMENT_WORDS | {"separately", "earlier", "later"})
"""Words that make an attack another one than the count's ("also attacked", "earlier")."""


def reports_their_attack(sentence: Span, count: Count) -> bool:
    """ "At least three security personnel were martyred … According to police officials,
    terrorists attacked security forces billeted at the school": the count's own noun
    ("security") as the object of an attack verb, a few words on, naming people ("forces",
    "soldiers"; not "the Police Station"), tells how the people just counted were hit;
    with "also", "another" or "earlier" it is another attack, and a count
    with no noun of its own ("12 were injured") names no one to attack."""
    own = _own_nouns(count)
    doc = sentence.doc
    lowers = doc_lowers(doc)
    words = lowers[sentence.start : sentence.end]
    if not own or not OTHER_INCIDENT_WORDS.isdisjoint(words):
        return False
    for i in range(sentence.start, sentence.end):
        if lowers[i] not in ATTACK_VERBS:
            continue
        for j in range(i + 1, min(sentence.end, i + 2 + MAX_REFERENCE_MODIFIERS)):
            head = lowers[j + 1] if j + 1 < sentence.end else ""
            if lowers[j] in own and (head in ATTACKED_PEOPLE or lowers[j] in ATTACKED_PEOPLE):
                return True
            if not doc[j].is_alpha:
                break
    return False


ATTACKED_FORMS = frozenset({"attacked", "targeted", "ambushed", "struck", "hit", "shelled"})
BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being"})
MAX_TARGET_REACH = 6
"""Words before "came under attack" (or "was attacked") that may name what was attacked
("two vehicles being escorted by police came under attack")."""


def retells_their_attack(sentence: Span, own: Span) -> bool:
    """ "Four persons died and six others sustained injuries when two vehicles being escorted
    by police came under attack … Police sources said the vehicles were on way … when it
    came under attack": a source that tells again the attack of the count's sentence on what
    it names as attacked ("the vehicles", attacked again in its sentence) tells how the people
    counted were hit. Another attack ("also", "another", "earlier") does not, nor how an
    attacker struck a place ("According to police, the suicide attacker blew himself up in
    the hall": dev news-cas-098 keeps its finding)."""
    lowers = doc_lowers(sentence.doc)
    if not OTHER_INCIDENT_WORDS.isdisjoint(lowers[sentence.start : sentence.end]):
        return False
    targets = _attacked_targets(own, _attack_predicates(own))
    return (
        bool(targets)
        and bool(_attack_predicates(sentence))
        and any(
            word(sentence.doc, i - 1) in REFERRING_DETERMINERS and lowers[i] in targets
            for i in range(sentence.start + 1, sentence.end)
        )
    )


MAX_TARGET_WORDS = 3
"""Words from a targeting word to the vehicle it targets ("into a military convoy")."""


def retells_a_vehicle_hit(sentence: Span, own: Span) -> bool:
    """ "Three people were killed … when a roadside bomb hit their vehicle. // Officials …
    said that a truck was going … when the bomb … was detonated by remote control", "A
    suicide bombing … has killed 13 soldiers. The attacker drove an explosive-laden vehicle
    into a military convoy …, a local government official said": a source that tells the
    blast or shooting of the count's sentence striking a vehicle (the target of "into", "hit",
    "fire on", or one "going" when it struck) tells how the people in it were hit (r11 hunt
    020, dev news-r9-cc-008). A vehicle that is the weapon ("an explosive-laden car", "a car
    bomb") or not the target ("the attackers fled in a car"), an attack on a place ("blew
    himself up in the hall", "attacked the police station") and another attack ("also",
    "earlier") do not."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    words = lowers[sentence.start : sentence.end]
    if not OTHER_INCIDENT_WORDS.isdisjoint(words) or STRIKING_WORDS.isdisjoint(words):
        return False
    if STRIKING_WORDS.isdisjoint(lowers[own.start : own.end]):
        return False
    return any(
        lowers[i] in VEHICLE_NOUNS and _targeted_vehicle(sentence, i)
        for i in range(sentence.start, sentence.end)
    )


def _targeted_vehicle(sentence: Span, i: int) -> bool:
    """Is the vehicle at ``i`` what was struck, not the weapon or a getaway car?"""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    before = range(max(sentence.start, i - MAX_TARGET_WORDS), i)
    if any(lowers[k].endswith(WEAPON_VEHICLE_MARKS) for k in before) or word(doc, i + 1) in (
        "bomb",
        "bombs",
    ):
        return False  # "an explosive-laden vehicle", "a car bomb"
    if any(lowers[k] in VEHICLE_TARGETING for k in before):
        return True
    after = i + 2 if word(doc, i + 1) in BE_FORMS else i + 1
    if word(doc, after) in VEHICLE_ARRIVING:
        return _when_before(sentence, i)
    return word(doc, after) in VEHICLE_MOVING or word(doc, after) in ATTACKED_FORMS


VEHICLE_ARRIVING = frozenset({"reached", "approached", "neared", "arrived", "passed"})
"""Verbs after a vehicle that time the blast by its arrival ("… detonated by remote control
when a Frontier Corps vehicle reached there", r17 blind ob-008): its passengers were hit. Only
after "when" or "as": "ambulances reached the site" is the response."""
MAX_WHEN_REACH = 5
"""Words from "when" to the arriving vehicle ("when a Frontier Corps vehicle")."""


def _when_before(sentence: Span, i: int) -> bool:
    lowers = doc_lowers(sentence.doc)
    for k in range(i - 1, max(sentence.start, i - 1 - MAX_WHEN_REACH), -1):
        if lowers[k] in ("when", "as"):
            return True
        if lowers[k] in (",", ";"):
            return False
    return False


def _attack_predicates(sentence: Span) -> list[int]:
    """Where each "came under attack/fire" or "was/were attacked (targeted, ambushed…)" of
    the sentence starts."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    starts = []
    for i in range(sentence.start + 1, sentence.end):
        under = lowers[i] == "under" and word(doc, i + 1) in UNDER_ATTACK
        if (under and lowers[i - 1] in COMING) or (
            lowers[i] in ATTACKED_FORMS and lowers[i - 1] in BE_FORMS
        ):
            starts.append(i - 1)
    return starts


COMING = frozenset({"came", "come", "comes", "coming"})


def _attacked_targets(sentence: Span, predicates: list[int]) -> frozenset[str]:
    """The words before each attack predicate that may name what was attacked (words of more
    than two letters, neither function words nor participles): "vehicles" in "two vehicles
    being escorted by police came under attack", "bus" in "their bus came under fire"."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    found: set[str] = set()
    for start in predicates:
        for k in range(max(sentence.start, start - MAX_TARGET_REACH), start):
            w = lowers[k]
            if w.isalpha() and len(w) > 2 and not w.endswith(("ed", "ing")) and not doc[k].is_stop:
                found.add(w)
    return frozenset(found - NOT_TARGETS)


NOT_TARGETS = frozenset(
    {"when", "which", "where", "while", "after", "their", "they", "them", "this", "that",
     "these", "those", "with", "from", "into", "near", "area", "areas"}
)  # fmt: skip
"""Words before an attack predicate that name no attacked thing."""


CARED_FOR = {"injured": INJURED, "wounded": INJURED, "dead": KILLED, "bodies": KILLED,
             "deceased": KILLED}  # fmt: skip
"""The people counted, by the kind of their count, as the subject of a transfer."""
TRANSFER_VERBS = frozenset(
    {"rushed", "shifted", "taken", "moved", "transferred", "evacuated", "brought", "sent",
     "carried", "transported", "airlifted", "ferried", "admitted", "referred", "handed"}
)  # fmt: skip
DESTINATIONS = frozenset(
    {"hospital", "families", "family", "heirs", "relatives", "mortuary", "morgue"}
)  # fmt: skip
"""Where the people counted were taken: a hospital, or (the dead) their families and the
morgue ("the bodies were handed over to the families after autopsy")."""
"""How a source tells that the people just counted were carried to a hospital ("The injured
were rushed to the hospital, the DPO said", "the bodies were shifted to the DHQ hospital",
"the injured had been transported to a hospital")."""
MAX_TRANSFER_REACH = 4
ACTIVE_TRANSFERS = frozenset(TRANSFER_VERBS - {"taken"} | {"took"})
"""The same transfer told actively, the people as its object ("residents took the injured to
the hospital, sources said")."""


def reports_their_transfer(sentence: Span, count: Count) -> bool:
    """ "In the gunfight, three policemen also sustained injuries. The injured were rushed to
    the hospital, the DPO said.": a definite reference to the people counted (the injured for
    an injury count, the dead or the bodies for a death toll) carried to a hospital, in a
    credited next sentence, speaks of those very people; "the injured" after a death toll, or
    "the injured were in stable condition" (who they are), do not."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end - 3):
        if lowers[i] not in REFERRING_DETERMINERS:
            continue
        noun = lowers[i + 1]  # "the injured (persons)", "the bodies"
        if noun not in CARED_FOR or CARED_FOR[noun] != count.kind:
            continue
        if i > sentence.start and lowers[i - 1] in ACTIVE_TRANSFERS:
            return _taken_to(lowers[i + 2 : sentence.end], noun)  # "residents took the injured to"
        for k in range(i + 2, min(sentence.end - 1, i + 2 + MAX_TRANSFER_REACH)):
            if lowers[k] in TRANSFER_VERBS:
                return _taken_to(lowers[k + 1 : sentence.end], noun)
            if lowers[k] in PREDICATE_STOPS:
                break
    return False


def _taken_to(words: list[str], noun: str) -> bool:
    """Do ``words`` name a hospital, or for the dead their families or a morgue, as where the
    people were taken?"""
    places = DESTINATIONS if CARED_FOR[noun] == KILLED else {"hospital"}
    return not places.isdisjoint(words)


def tells_who_they_all_were(sentence: Span, count: Count) -> bool:
    """ "Police sources said that the terrorists belonged to the banned TTP" after "12
    terrorists were killed": a definite reference to the people counted by the count's own noun
    ("the terrorists"), told whole (:func:`_all_of_them`: "belonged to", "were all", "were
    members of"), speaks of the count as "the victims belonged to …" does (r23 hunt, hc-060);
    "the attackers belonged to …" after a count of guards names other people, and "most of
    the guards …" tells of some."""
    own = _own_nouns(count)
    if not own:
        return False
    doc = sentence.doc
    lowers = doc_lowers(doc)
    return any(
        lowers[i] in REFERRING_DETERMINERS and lowers[i + 1] in own and _all_of_them(doc, i, i + 2)
        for i in range(sentence.start, sentence.end - 1)
    )


def _own_nouns(count: Count) -> frozenset[str]:
    """The words of the count's phrase after its number that may name the people counted
    ("security", "officials" in "two security officials were martyred"); its casualty words
    and function words do not."""
    lowers = doc_lowers(count.span.doc)
    return frozenset(
        w
        for w in lowers[count.number.end : count.span.end]
        if w.isalpha() and len(w) > 3 and w not in PREDICATES and w not in NOT_OWN_NOUNS
    )


def _dies(lowers: list[str], start: int, end: int, noun: str) -> bool:
    """A casualty predicate of the people's noun in its clause, from ``start``: a death verb
    ("died"), a passive casualty after an auxiliary ("were martyred", "were … shot dead"), a
    phrase ("lost their lives"), or for bodies their finding ("were found")."""
    for k in range(start, min(end, start + MAX_PREDICATE_REACH)):
        lower = lowers[k]
        if lower in PREDICATE_STOPS:
            return False
        if lower in INTRANSITIVE_DEATHS or (lower in PASSIVE_CASUALTIES and k > start):
            return True
        if noun == "bodies" and lower in BODY_PREDICATES and k > start:
            return True
        if tuple(lowers[k : k + 2]) in LIVES_PHRASES or tuple(lowers[k : k + 3]) in LIVES_PHRASES:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# 3. Rival figures

PART_OPENERS = frozenset({"including", "among", "included", "includes", "include"})
"""Words before a number that make it a part of a count ("including four children")."""
MAX_PART_GAP = 3
PLURAL_EVENTS = frozenset(w for w in EVENT_NOUNS if w.endswith("s"))
"""Several fights ("various operations", "raids", "clashes"): a count over them is no count of
one incident."""


def rivals(count: Count, theirs: Sequence[Count], sentence: Span, own: Span) -> bool:
    """Does the neighbour ``sentence`` give a rival figure to ``count`` (of sentence ``own``):
    a larger count of the same kind ("Local residents, however, said the toll had crossed
    75" after "the toll has risen to 63") that neither adds to another ("40 others", "12
    more") nor counts the other side of the same fight ("Two soldiers were martyred. The ISPR
    said 12 terrorists were killed"), or any other figure of the same kind over several
    fights ("27 terrorists were killed in various operations") when the count's sentence
    names one? A smaller figure may be a part of the count ("five of them were sent to hell
    in Qila Abdullah"), and an increment ("two more students succumbed") is no total."""
    if _adds_or_parts(count):
        return False
    several = _names_several_fights(sentence) and not _names_several_fights(own)
    for other in theirs:
        if other.kind != count.kind or other.value == count.value or _adds_or_parts(other):
            continue
        if several:
            return True
        if (
            other.value > count.value
            and not other_side(other.span, [count.span])
            and not within_bound(count, other.value)
            and not _corrected_to(other, theirs, count)
        ):
            return True
    return False


CORRECTION_WORDS = frozenset({"but", "later", "however", "clarified", "corrected", "revised"})
"""Words by which a source takes back a figure it gave for a later one ("had earlier said
that 93 people had been killed but later he clarified that the death count was 63")."""


def _corrected_to(other: Count, theirs: Sequence[Count], count: Count) -> bool:
    """ "… as 63 people died in a powerful blast. The health minister had earlier said that 93
    people had killed but later he clarified that the death count was 63" (r26-opened mx-010):
    a larger figure the neighbour's source takes back, with a word of correction, for a later
    figure of the same kind equal to the count's, is no rival; its last word is the count's
    own. "Police said 63 were killed, but residents put the toll at 93" keeps the rival (the
    later figure is not the count's)."""
    lowers = doc_lowers(count.span.doc)
    return any(
        later.kind == count.kind
        and later.value == count.value
        and later.number.start > other.number.end
        and not CORRECTION_WORDS.isdisjoint(lowers[other.number.end : later.number.start])
        for later in theirs
    )


LOWER_BOUNDS = frozenset(
    {("more", "than"), ("at", "least"), ("upwards", "of"), ("no", "fewer", "than"),
     ("no", "less", "than"), ("over",), ("above",), ("exceeding",), ("surpassing",)}
)  # fmt: skip
"""Hedges that make a count a lower bound ("more than 2,200")."""
BOUND_MARGIN = 0.1
"""How far above a rounded lower bound its exact figure may lie, as a share of the bound."""


def within_bound(count: Count, value: float) -> bool:
    """ "the toll rose to more than 2,200" and "the spokesperson confirmed the toll had risen
    to 2,205": an exact figure that a round lower bound rounds down (above the bound, below
    its next round step and within a tenth of it) is the same toll, not a rival one; "at
    least 63" and "crossed 75", "more than 100" and "150" are two figures."""
    doc = count.number.doc
    start = count.number.start
    bounded = any(
        tuple(doc_lowers(doc)[max(0, start - len(words)) : start]) == words
        for words in LOWER_BOUNDS
    )
    bound = int(count.value)
    if not bounded or bound != count.value or bound < 10 or bound % 10:
        return False
    unit = 10
    while bound % (unit * 10) == 0 and unit * 10 <= bound:
        unit *= 10
    return bound < value < bound + unit and value - bound <= bound * BOUND_MARGIN


def _adds_or_parts(count: Count) -> bool:
    doc = count.number.doc
    lowers = doc_lowers(doc)
    after = word(doc, count.number.end)
    if after in DEPENDENT_WORDS or after == "of" or word(doc, count.number.start - 1) == "another":
        return True
    start = max(0, count.number.start - MAX_PART_GAP)
    return any(w in PART_OPENERS for w in lowers[start : count.number.start])


def _names_several_fights(sentence: Span) -> bool:
    return not PLURAL_EVENTS.isdisjoint(doc_lowers(sentence.doc)[sentence.start : sentence.end])
