"""How far a reporting word reaches: whether a marker found by :mod:`.counts_attribution`
reports a given count of its sentence (its own clause, what it says, a closing credit), or
something else (a clause of its own after the count, a relative clause, a subordinate
clause). Used by :mod:`.counts_coverage`."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile
from typing import TYPE_CHECKING

from narrlint.claims.counts_attribution import (
    ARTICLES,
    MARKER_LEMMAS,
    MARKER_WORDS,
    MAX_PREPOSITION_NOUN,
    NOUN_RELATIVES,
    SOURCE_PARTICIPLES,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_OPENERS,
    TIME_PREPOSITIONS,
)
from narrlint.claims.counts_numbers import Count, word
from narrlint.claims.counts_sequels import HAPPENING_NOUNS
from narrlint.claims.counts_words import (
    CLAUSE_MARKS,
    CREDIT_OPENERS,
    DEATH_NOUNS,
    OBJECT_VERBS,
    PREDICATES,
    REFERRING_DETERMINERS,
    REFERRING_MODIFIERS,
    REFERRING_NOUNS,
    SOURCE_NOUNS,
    TOLL_HEADS,
)
from narrlint.nlp.quantities import month_of, year_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import OBJECT_DETERMINERS, RELATIVES, REPORTING_LEMMAS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def marker_covers(marker: Token, count: Count) -> bool:
    """Does a reporting word report this count, or a clause beside it?"""
    doc = marker.doc
    if marker.i >= count.span.end:
        if _reports_the_rise(doc, count, marker):
            return True  # "the toll jumped to 44 as the NDMA reported six more deaths"
        if _reports_something_else(doc, count.span.end, marker):
            return False
        if _fronted_background(doc, count, marker):
            return False
        return not _blocked_before(doc, count.span.end, marker.i)
    if _closes_its_relative(doc, marker.i, count.span.start):
        return False
    if _announces_something_else(doc, marker, count.span.start):
        return False
    if count.form == "toll" and _tolls_on_something_else(doc, marker.i, count.span.start):
        return False
    framed = _fronted_frame(marker)
    if not _blocked_after(doc, marker.i + 1, count.span.start, framed):
        return True
    return _details_a_told_toll(doc, marker, count.span.start, framed)


FRONTED_CAUSES = frozenset({"following", "after"})
"""Prepositions that open a sentence's fronted phrase of what came before its main clause
("Following the killings of 11 miners, the prime minister said …")."""
MAX_FRONTED_SUBJECT = 8
"""Words from the comma closing the fronted phrase to the reporting verb ("then-prime
minister Imran Khan said")."""


def _fronted_background(doc: Doc, count: Count, marker: Token) -> bool:
    """ "In January last year, following the killings of 11 Hazara coal miners in Mach,
    Balochistan, then-prime minister Imran Khan said he would not be 'blackmailed into
    visiting' …" (r23-opened ob-018): a count inside a phrase that opens the sentence (or
    follows an opening time adjunct) with "following" or "after", closed by a comma before the
    subject of a saying verb that goes on with an object of its own ("said he would …", "said
    that …"), is the writer's background to what was said, not what the speaker reported. A
    closing credit ("…, police said.", "…, officials said on Monday") still reports it."""
    lowers = doc_lowers(doc)
    start = count.span.start
    opener = next(
        (k for k in range(start - 1, max(-1, start - 1 - MAX_FRAME), -1)
         if lowers[k] in FRONTED_CAUSES or lowers[k] in CLAUSE_MARKS or doc[k].is_sent_start),
        None,
    )  # fmt: skip
    if opener is None or lowers[opener] not in FRONTED_CAUSES:
        return False
    if not (doc[opener].is_sent_start or word(doc, opener - 1) == ","):
        return False
    comma = next((k for k in range(marker.i - 1, count.span.end - 1, -1) if lowers[k] == ","), None)
    if comma is None or marker.i - comma > MAX_FRONTED_SUBJECT:
        return False
    if any(lowers[k] in CLAUSE_MARKS for k in range(comma + 1, marker.i)):
        return False
    following = word(doc, marker.i + 1)
    return bool(following) and following not in CLOSING_FOLLOWERS and not doc[marker.i + 1].is_quote


RISE_JOINERS = frozenset({"as", "after", "when"})
"""Joiners of a toll's rise to the report of the deaths that raised it ("the toll rose to 44 as
the NDMA reported six more deaths", "… after hospital officials confirmed four more deaths")."""
MAX_RISE_SOURCE = 6
"""Words from the joiner to the reporting verb ("as the provincial disaster authority reported")."""
MAX_RISE_OBJECT = 7
"""Words from the reporting verb (or its "that") to the casualty word of the added deaths."""
ADDED_KIND_WORDS = {
    "killed": frozenset({*DEATH_NOUNS, "died", "dead", "killed", "fatalities", "lives", "bodies"}),
    "injured": frozenset({"injured", "wounded", "injuries", "hurt"}),
}
"""Casualty words of the added count, by the kind of the toll it raises."""


def _reports_the_rise(doc: Doc, count: Count, marker: Token) -> bool:
    """ "The death toll … has jumped to 44 as the NDMA reported six more deaths" (r24b hunt
    hd-068): a toll that rises, joined by "as" / "after" / "when" to a named source reporting
    the added deaths ("<N> more …", "<N> additional …", "that <N> more people had died"), is
    that source's toll. A report of something else ("as the authority reported damage to 300
    houses") or deaths no source reports ("as rescuers recovered eight more bodies") is not."""
    if count.form != "toll" or marker.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    lowers = doc_lowers(doc)
    j = count.span.end
    if j < len(doc) and lowers[j] == ",":
        j += 1
    if j >= marker.i or lowers[j] not in RISE_JOINERS or marker.i - j > MAX_RISE_SOURCE:
        return False
    between = range(j + 1, marker.i)
    if any(lowers[k] in CLAUSE_MARKS or doc[k].like_num for k in between):
        return False
    if not any(lowers[k] in SOURCE_NOUNS or doc[k].is_upper or doc[k].is_title for k in between):
        return False  # a source names the report: "the NDMA", "hospital officials"
    i = marker.i + 1
    if i < len(doc) and lowers[i] == "that":
        i += 1
    words = ADDED_KIND_WORDS.get(count.kind, frozenset().union(*ADDED_KIND_WORDS.values()))
    end = min(len(doc), i + MAX_RISE_OBJECT)
    for k in range(i, end):
        if lowers[k] in CLAUSE_MARKS:
            return False
        if doc[k].like_num and k + 1 < end and lowers[k + 1] in RISE_INCREMENTS:
            return any(lowers[m] in words for m in range(k + 2, end))
    return False


RISE_INCREMENTS = frozenset({"more", "additional", "further", "new", "other"})
"""Words that make a reported count the deaths added to a toll ("six more deaths")."""


MAX_TOLD_TOLL = 12
"""Words of a reported that-clause up to its ", as" ("the PDMA said that Swat has recorded the
highest death toll, as …")."""


def _details_a_told_toll(doc: Doc, marker: Token, count_start: int, framed: bool) -> bool:
    """ "In its report the PDMA said that Swat has recorded the highest death toll, as six
    children and one woman died …" (r22-opened cc-046): the ", as" clause gives the figures of
    the toll the reported that-clause names, so the report reaches them; "Police said that the
    road was closed, as 12 people died" (no toll in what was said) opens a clause of its own."""
    if word(doc, marker.i + 1) != "that":
        return False
    lowers = doc_lowers(doc)
    end = min(count_start, marker.i + 2 + MAX_TOLD_TOLL)
    told = False
    for k in range(marker.i + 2, end):
        lower = lowers[k]
        told = told or lower in TOLL_HEADS or lower in DEATH_NOUNS
        if lower == "as" and lowers[k - 1] == ",":
            return (
                told
                and not _blocked_after(doc, marker.i + 1, k - 1, framed)
                and not _blocked_after(doc, k + 1, count_start, framed)
            )
    return False


CAUSE_PREPOSITIONS = frozenset(
    {"following", "after", "amid", "over", "protest", "wake", "response", "retaliation",
     "reaction", "because", "due"}
)  # fmt: skip
"""Prepositions (and the nouns of prepositional phrases: "in protest of", "in the wake of",
"in response to", "because of") of the cause of what a verb's own object tells ("announced
its withdrawal following an attack that …", "… in protest of an airstrike that …")."""
MAX_OBJECT = 4
"""Words of a reporting verb's own object before its head noun ("its withdrawal")."""


def _announces_something_else(doc: Doc, marker: Token, count_start: int) -> bool:
    """ "The board announced its withdrawal from the series, following an attack that killed
    eight", "Police confirmed the arrest of two men after the blast that killed 12": a
    reporting verb (not one of saying) whose object is a noun phrase of its own (not the
    toll, not a clause) reports that object; a count told in a relative clause of the
    object's cause ("following an attack that …") is the writer's background."""
    if marker.lemma_.lower() in SAYING_LEMMAS or marker.lower_ in MARKER_WORDS:
        return False
    lowers = doc_lowers(doc)
    if word(doc, marker.i + 1) not in OBJECT_DETERMINERS:
        return False
    head = next(
        (k for k in range(marker.i + 2, marker.i + 2 + MAX_OBJECT) if not doc[k].is_stop), None
    )
    if head is None or lowers[head] in REFERRING_NOUNS_AFTER or lowers[head] in CASUALTY_WORDS:
        return False
    cause = next((k for k in range(head + 1, count_start) if lowers[k] in CAUSE_PREPOSITIONS), 0)
    return bool(cause) and any(lowers[k] in NOUN_RELATIVES for k in range(cause + 2, count_start))


FRAME_STOPS = {";", ":", "—", "–"}
MAX_FRAME = 16
"""Tokens from such a word to the comma that closes its credit ("According to a senior
police official in Peshawar,")."""


def _fronted_frame(marker: Token) -> bool:
    """ "According to the police, one person was killed …, but three more succumbed": a credit
    that opens the sentence, closed by a comma before any clause, frames the whole sentence,
    its "but" clause too (unlike "Police said the road was closed, but the blast killed 19",
    where "but" leaves what was said)."""
    if marker.lower_ not in CREDIT_OPENERS or not marker.is_sent_start:
        return False
    doc = marker.doc
    for k in range(marker.i + 1, min(len(doc), marker.i + 1 + MAX_FRAME)):
        lower = doc[k].lower_
        if lower == ",":
            return k > marker.i + 1
        if lower in FRAME_STOPS or lower in FINITE_WORDS or doc[k].lemma_ in MARKER_LEMMAS:
            return False
    return False


TOLL_MOVING_PARTICIPLES = {"bringing", "raising", "taking", "pushing", "lifting", "putting"}
"""Participles after a comma that move a toll (", bringing the death toll to 101")."""
TOLL_DETERMINERS = {"the", "its", "their", "this"}
CASUALTY_WORDS = frozenset({*PREDICATES, *OBJECT_VERBS, *DEATH_NOUNS, "toll", "tally"})
"""Words by which a reported clause tells of deaths or injuries ("two more died", "the
injured succumbed", "bodies were recovered")."""


def _tolls_on_something_else(doc: Doc, marker: int, count_start: int) -> bool:
    """ "The police announced that significant arrests had been made in relation to the blast,
    bringing the death toll … to 101": a toll moved by a participle after a comma follows from
    what the reported clause tells; when that clause tells of no death or injury (arrests, a
    visit), the source reported that, and the toll is the writer's. "Police said two more of
    the injured died, bringing the toll to 101" reports the deaths that moved it."""
    lowers = doc_lowers(doc)
    i = count_start - 1
    while i > marker and lowers[i] in TOLL_DETERMINERS:
        i -= 1
    if lowers[i] not in TOLL_MOVING_PARTICIPLES or word(doc, i - 1) != ",":
        return False
    return CASUALTY_WORDS.isdisjoint(lowers[marker + 1 : i - 1])


VERB_FILLERS = {"also", "later", "earlier", "further", "had", "has", "have", "then"}
"""Words between a reporting verb's subject and the verb ("police later said")."""
CLOSING_FOLLOWERS = frozenset(
    {
        "", ".", ",", ";", ":", "!", "?", "on", "in", "at", "to", "during", "late", "later",
        "earlier", "yesterday", "today", "tonight", "this", "last", "while", "as", "after",
        "when", "via", "through", "from", "by", "of", "without", "according", "with",
        "afterwards", "separately", "again", "too", "also", "(", "—", "–", "-", "here",
        *WEEKDAYS,
    }
)  # fmt: skip
"""What may follow a reporting verb that closes the report before it ("…, police said on
Monday", "…, officials said in a statement", "…, Dunya News reported here on Sunday"): an end,
a time, a place, an adjunct, never an object."""
QUANTIFIERS = {"most", "all", "some", "many", "several", "none", "each", "both", "of", "among"}
MAX_HEARER = 5
"""Tokens a hearer may take after "told" ("told The Express Tribune")."""


def _reports_something_else(doc: Doc, count_end: int, marker: Token) -> bool:
    """Count first, then a reporting verb with a subject of its own and an object of its own:
    "Twelve people were killed, and police said they had arrested two suspects", "…, the
    minister announced compensation". A verb that closes the report ("…, police said on
    Monday", "…, he told reporters"), one inverted after its report ("…, said police"), or
    whose object is the count itself ("…, officials confirmed the toll", "police said most of
    the victims…") reports the count."""
    lower = marker.lower_
    if lower in MARKER_WORDS:
        return False  # "according to", "by", credits: no object of their own
    lowers = doc_lowers(doc)
    j = marker.i - 1
    while j >= count_end and lowers[j] in VERB_FILLERS:
        j -= 1
    if j < count_end or lowers[j] in CLAUSE_MARKS or lowers[j] == "and" or doc[j].is_quote:
        return False  # inverted: "…, said police", "…, and said"
    coordinated = any(lowers[k] in COORDINATORS for k in range(count_end, marker.i))
    if not coordinated and marker.lemma_.lower() in SAYING_LEMMAS:
        return False  # "…, police said the attackers fled": a comma splice may still report it
    if not coordinated and _takes_a_that_clause(lowers, marker):
        return False  # "…, he noted (stressed) that …" reaches as far as "…, he said that …"
    i = marker.i + 1
    if i < len(doc) and coordinated and lowers[i] in CLOSING_FOLLOWERS:
        i = _after_adjunct_that(lowers, i)  # "…, and police said in a statement that …"
    if i >= len(doc) or lowers[i] in CLOSING_FOLLOWERS or doc[i].is_quote:
        return False
    if lowers[i].endswith("ing") and lowers[i] != "nothing":
        return False  # "…, police said, adding…", "…, officials said citing…"
    if marker.lemma_.lower() in NAMING_LEMMAS and _names_its_source(doc, i):
        return False  # "…, AFP quoted police sources.": the object is the count's source
    if marker.lemma_.lower() == "tell":
        return "that" in lowers[i : i + MAX_HEARER]  # "told reporters" is a hearer
    if lowers[i] in PRONOUN_OBJECTS:  # "confirmed it (on Monday)", not "said it would …"
        return i + 1 < len(lowers) and lowers[i + 1] not in CLOSING_FOLLOWERS
    while i < len(doc) and (
        lowers[i] in QUANTIFIERS
        or lowers[i] in REFERRING_DETERMINERS
        or lowers[i] in REFERRING_MODIFIERS
    ):
        i += 1
    return i >= len(doc) or lowers[i] not in REFERRING_NOUNS_AFTER


NAMING_LEMMAS = {"quote", "cite"}
"""Verbs whose object may be the source itself ("…, AFP quoted police sources", "…, Reuters
quoted officials as saying")."""
MAX_NAMED_SOURCE = 4
"""Words of the source a quoting verb names ("a senior police official")."""
SOURCE_MODIFIERS = {"a", "an", "the", "local", "senior", "unnamed", "security", "hospital"}


def _names_its_source(doc: Doc, i: int) -> bool:
    """A source as a quoting verb's whole object, closing the report: "police sources", "a
    senior official", "the ISPR", "Interior Minister Mohsin Naqvi", "officials as saying" (a
    source noun, an acronym or a name, with nothing after it but an end, a time or "as
    saying"); "quoted the minister's speech on the budget" names something else."""
    lowers = doc_lowers(doc)
    named = False
    for k in range(i, min(len(doc), i + MAX_NAMED_SOURCE + 1)):
        token = doc[k]
        if (
            lowers[k] in SOURCE_NOUNS
            or token.lemma_.lower() in SOURCE_NOUNS
            or (token.is_alpha and (token.is_title or (token.is_upper and len(token) > 1)))
        ):
            named = True
            continue
        if lowers[k] in SOURCE_MODIFIERS and not named:
            continue
        if not named:
            return False
        if lowers[k] == "as" and word(doc, k + 1) == "saying":
            k += 2
        return k >= len(doc) or lowers[k] in CLOSING_FOLLOWERS
    return False


COORDINATORS = {"and", "but", "while", "whereas"}
"""A new clause with its own subject after the count: "…, and police said they had …"."""
SAYING_LEMMAS = {"say", "tell", "add", "state", "write", "tweet"}
"""Verbs of saying: after a count with no "and" between, they may report it whatever follows
("…, police said the attackers fled"); other reporting verbs with an object of their own
report that object ("…, the minister announced compensation")."""
PRONOUN_OBJECTS = {"it", "this", "so"}
"""A pronoun for the count as the verb's object, when nothing but an adjunct follows it."""
MAX_ADJUNCT = 8
"""Tokens of an adjunct between a reporting verb and its "that" ("said in a statement on
Monday that")."""


def _after_adjunct_that(lowers: list[str], i: int) -> int:
    """Index after the "that" that follows an adjunct of the verb ("in a statement that"), or
    ``i`` when the adjunct closes the report (a comma, a full stop, no "that")."""
    for k in range(i, min(len(lowers), i + MAX_ADJUNCT)):
        if lowers[k] == "that":
            return k + 1
        if lowers[k] in (",", ".", ";", "!", "?"):
            return i
    return i


def _takes_a_that_clause(lowers: list[str], marker: Token) -> bool:
    """A verb of saying (:data:`REPORTING_LEMMAS`) whose object is a that-clause, right after
    it or after an adjunct ("noted in his speech that"): what it says is a clause, as after
    "said", not an object of its own ("stressed the need for unity" is one)."""
    if marker.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    after = _after_adjunct_that(lowers, marker.i + 1)
    return after > marker.i + 1 and lowers[after - 1] == "that"


REFERRING_NOUNS_AFTER = frozenset(REFERRING_NOUNS | {"deaths", "people", "killed"})
"""The object of a reporting verb that is the count ("confirmed the toll", "confirmed it")."""


MAX_RELATIVE_REACH = 8
"""Tokens from the ", who"/", which" opening a relative clause back to its reporting verb."""


def _closes_its_relative(doc: Doc, marker: int, count_start: int) -> bool:
    """ "The minister, who said the country would not bow, visited the site of the blast that
    killed 12": a reporting verb in a relative clause set off by commas reports that clause
    only; a count after the comma that closes it belongs to the main clause."""
    lowers = doc_lowers(doc)
    opening = None
    for i in range(marker - 1, max(-1, marker - MAX_RELATIVE_REACH), -1):
        if lowers[i] in CLAUSE_MARKS:
            break
        if lowers[i] in SPEAKER_RELATIVES and i > 0 and lowers[i - 1] == ",":
            opening = i
            break
    if opening is None:
        return False
    nested = False  # inside an aside of what was said (", which targeted a convoy,")
    for i in range(marker + 1, count_start):
        if lowers[i] != ",":
            continue
        if nested:
            nested = False
        elif word(doc, i + 1) in NESTED_OPENERS:
            nested = True
        else:
            return True
    return False


NESTED_OPENERS = frozenset(RELATIVES | {"including", "among", "a", "an", "the"})
"""Words after a comma that open an aside inside the reported clause, not the main clause."""


SPEAKER_RELATIVES = {"who", "which"}


def _blocked_before(doc: Doc, start: int, marker: int) -> bool:
    """Count first, marker later: blocked when the marker sits in a subordinate clause
    ("…, which the minister said was cowardly"; "…, a week after Kakar said…")."""
    lowers = doc_lowers(doc)
    clause_start = start
    for i in range(start, marker):
        if lowers[i] == ";":
            return True
        if lowers[i] in CLAUSE_MARKS:
            clause_start = i + 1
    for i in range(clause_start, marker):
        lower = lowers[i]
        if _retells_its_event(doc, start, i, marker):
            return False  # "… in a roadside explosion, which the police said occurred when …"
        if subordinates(doc, i):
            return True
        if lower in RELATIVES and (i == clause_start or clause_start == start):
            return True
    return False


RETOLD_HAPPENINGS = frozenset({"occurred", "happened", "took", "erupted", "ripped", "tore"})
"""What a relative clause's source says its event noun did when it tells the event itself
("which the police said occurred when a convoy was passing by"), not an opinion of it
("which the minister said was cowardly")."""
RETOLD_CAUSES = frozenset({"triggered", "caused", "detonated", "planted"})
"""Passives by which a relative clause's source tells how its event was done ("which police
said was triggered by a remote-controlled device"); not who did it ("was carried out by …")."""
MAX_RELATIVE_SOURCE = 4
"""Words from "which" to its reporting verb ("which the district police said")."""
OTHER_TIMES = frozenset(CAUSE_PREPOSITIONS | {"before", "since", "than", "earlier", "last"})
"""Words before the event noun that make it another event than the count's ("days after a gun
attack on a post, which …")."""
MAX_EVENT_PLACE = 4
"""Words of a place between the event noun and the comma ("explosion in Noshki district,")."""


def _retells_its_event(doc: Doc, start: int, i: int, marker: int) -> bool:
    """ "Two pedestrians were injured in a roadside explosion in Noshki, which the police
    said occurred when a convoy was passing by" (r17 blind ob-005): a relative "which" right
    after an event noun and its comma, whose source says the event happened (a verb of
    :data:`RETOLD_HAPPENINGS` right after the reporting verb), tells the count's event itself,
    as a credited next sentence telling it does; the count's sentence is that source's
    account. The event noun must stand in the count's own clause: "… days after a gun attack
    on a post, which police said occurred at night" tells the earlier attack."""
    lowers = doc_lowers(doc)
    if lowers[i] != "which" or word(doc, i - 1) != "," or not 0 < marker - i <= MAX_RELATIVE_SOURCE:
        return False
    between = lowers[start:i]
    if any(subordinates(doc, k) for k in range(start, i)) or not OTHER_TIMES.isdisjoint(between):
        return False
    nouns = (word(doc, k) for k in range(i - 2, i - 3 - MAX_EVENT_PLACE, -1))
    if not any(w in HAPPENING_NOUNS for w in takewhile(str.isalpha, nouns)):
        return False
    after = word(doc, marker + 1)
    if after in ("was", "had"):  # "which police said was triggered by a remote device"
        k = marker + 3 if word(doc, marker + 2) == "been" else marker + 2
        return word(doc, k) in RETOLD_CAUSES
    return after in RETOLD_HAPPENINGS and (after != "took" or word(doc, marker + 2) == "place")


def _blocked_after(doc: Doc, start: int, count_start: int, framed: bool = False) -> bool:
    """Marker first, count later: blocked when the count starts another clause ("Police said
    the road was closed, but the blast had killed 19"; "…, a week after gunmen killed 19").
    A subordinate clause with no comma before it is part of what was said ("Police said the
    blast occurred when a bomb exploded, killing 12"), and so is a relative "when" of a time
    in it ("Officials said it was the deadliest attack since 2014, when militants killed 147").
    A ``framed`` sentence (a fronted "According to …,") keeps its credit past "but".

    What blocks does not depend on the count, only on where it stands: the first blocking
    word after ``start`` is sought once a marker (:class:`_Walk`), each word read once
    however many counts follow (a sentence of hundreds of counts read the marker's words
    again for each).
    """
    walks = doc.user_data.get(_WALKS)
    if walks is None or walks[0] != len(doc):
        walks = doc.user_data[_WALKS] = (len(doc), {})
    walk = walks[1].get((start, framed))
    if walk is None:
        walk = walks[1][(start, framed)] = _Walk(start)
    if walk.blocked < 0 and walk.next < count_start:
        _walk_on(doc, walk, count_start, framed)
    return 0 <= walk.blocked < count_start


_WALKS = "narrlint.claims.counts_reach.walks"


@dataclass
class _Walk:
    """How far the words after a marker have been read: the next word to read, whether a
    clause mark has been passed, and the first word that blocks (-1 while none)."""

    next: int
    comma: bool = False
    blocked: int = -1


def _walk_on(doc: Doc, walk: _Walk, end: int, framed: bool) -> None:
    """Read words ``walk.next`` … ``end - 1`` until one blocks (see :func:`_blocked_after`)."""
    lowers = doc_lowers(doc)
    comma = walk.comma
    for i in range(walk.next, end):
        lower = lowers[i]
        if lower == "but" and framed:
            continue
        if lower == ";" or (lower == "but" and subordinates(doc, i)):
            walk.blocked = i
            break
        comma = comma or lower in CLAUSE_MARKS
        if comma and subordinates(doc, i) and not _time_relative(doc, i):
            walk.blocked = i
            break
    walk.comma = comma
    walk.next = max(walk.next, end)


def subordinates(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a subordinate clause? Not "as" in an idiom, nor a preposition
    before a time ("since August 2021", "after October 3", "until then")."""
    lower = doc[i].lower_
    if lower not in SUBORDINATORS or _as_idiom(doc, i):
        return False
    if lower in TIME_PREPOSITIONS and i + 1 < len(doc):
        after = doc[i + 1]
        if after.like_num or month_of(after) or after.lower_ in TIME_OPENERS:
            return False
        if after.lower_ in ARTICLES and _governs_a_noun(doc, i + 2):
            return False
        if _phrase_before_comma(doc, i + 1):
            return False
    return True


MAX_TIME_NOUN = 6
"""Words after a year up to the noun it dates ("the 2014 Army Public School Peshawar
tragedy")."""


def _time_relative(doc: Doc, i: int) -> bool:
    """ ", when" after a time ("since December 2014, when militants killed 147 …", "the 2014
    Army Public School Peshawar tragedy, when 147 … were martyred", "on Monday, when …") is a
    relative adverb of that time, as ", where" is of a place: it describes a word of the
    clause before it, so a report that clause is in reaches it. After no time ("police said
    the road was closed, when …") it opens a clause of its own; a count before it is never
    reported by a verb inside it ("12 were killed in 2014, when the minister said …")."""
    if doc[i].lower_ != "when" or word(doc, i - 1) != ",":
        return False
    for j in range(i - 2, max(-1, i - 3 - MAX_TIME_NOUN), -1):
        token = doc[j]
        if year_of(token) is not None or month_of(token) is not None:
            return True
        if j == i - 2 and token.lower_ in WEEKDAYS:
            return True
        if not token.is_alpha or token.lower_ in FINITE_WORDS or token.lower_.endswith("ed"):
            return False
    return False


MAX_PREPOSITION_PHRASE = 8
FINITE_WORDS = {"was", "were", "is", "are", "had", "has", "have", "been", "did", "does", "do"}


def _phrase_before_comma(doc: Doc, start: int) -> bool:
    """ "after an intense exchange of fire, seven were killed": a preposition's noun phrase,
    closed by a comma with no verb in it, opens no clause ("after the blast killed 19," does:
    it has a verb)."""
    lowers = doc_lowers(doc)
    for j in range(start, min(len(lowers), start + MAX_PREPOSITION_PHRASE)):
        lower = lowers[j]
        if lower == ",":
            return j > start
        if lower in FINITE_WORDS or lower.endswith("ed") or lower in CLAUSE_MARKS:
            return False
        if not doc[j].is_alpha and not doc[j].like_num and lower not in ("-", "'s", "’s"):
            return False
    return False


def _governs_a_noun(doc: Doc, i: int) -> bool:
    """After "since the"/"after a": a time ("the start of Ramadan") or a noun with its own
    relative clause ("a bombing that killed 30"), not a clause ("the blast killed 19")."""
    if word(doc, i) in TIME_NOUNS and word(doc, i + 1) == "of":
        return True
    for j in range(i, min(len(doc), i + MAX_PREPOSITION_NOUN + 1)):
        lower = doc[j].lower_
        if lower in NOUN_RELATIVES:
            return j > i
        if not doc[j].is_alpha or lower.endswith("ed") or doc[j].lemma_ in MARKER_LEMMAS:
            return False
    return False


def _as_idiom(doc: Doc, i: int) -> bool:
    """ "as many as", "as well as", "such as", "as per", "as reported by": "as" that is no
    subordinator."""
    if doc[i].lower_ != "as":
        return False
    after = word(doc, i + 1)
    return (
        after in ("many", "much", "well", "per", "high", "part", "saying")
        or after in SOURCE_PARTICIPLES
        or word(doc, i - 1) in ("such", "well", "many", "much")
    )
