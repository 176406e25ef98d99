"""Which order a cut-off means when its clause names people but none of the ledger's groups.

Real reporting often gives a deadline to "Afghans", "Afghan nationals", "1.7 million Afghan
refugees" or "Afghan migrants": words for people in general, not a group the ledger keeps
apart. Such a clause means the order in force for the people of the story at the text's date.
When exactly one order of the ledger is in force then (announced by the text's date and not
long past), the clause is about it; when the value is recorded for any order or validity date
in force (another group's order, a card's expiry: the writer may mean that group), nothing can
be said against it; when several orders are in force and none records the value, the record
cannot tell which is meant. A clause that says no one's name for its people ("the government
had given them a deadline to leave the country by …", "The deadline to leave expired on …") is
read the same way (:func:`names_no_group`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from narrlint.claims.dates_clues import Clues, refers_back
from narrlint.claims.dates_lexicon import Lexicon, Profile
from narrlint.claims.dates_model import Cue, Value
from narrlint.claims.dates_purpose import foreign_purpose_in
from narrlint.claims.dates_record import (
    accepts,
    calendar_day,
    extension_length_fits,
    latest_link,
)
from narrlint.claims.dates_words import (
    ASIDE_RELATIVES,
    CAUSE_OPENERS,
    DAY_WORDS,
    DEADLINE_NOUN_ENDS,
    DEADLINE_VERBS,
    DEADLINE_WORDS,
    DEMONYM_ENDINGS,
    DOCUMENT_NOUNS,
    ENFORCEMENT_LEMMAS,
    EXTENSION_LEMMAS,
    FORCED_WORDS,
    GENERIC_ROLES,
    HISTORY_REACH_DAYS,
    IN_FORCE_DAYS,
    LOCATIVES,
    NOUN_RELATIVES,
    OPTION_WORDS,
    PROCESS_NOUNS,
    REMOVAL_ACTS,
    SETTING_ADVERBS,
    SLATED_FORMS,
    VOLUNTARY_WORDS,
    WAITING_LEMMAS,
    WINDOW_NOUNS,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lemma_lowers, sentence_at
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import REPORTING_LEMMAS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

GENERIC = (0, 0, 0)
"""The evidence score of an order named only by the time it is in force (weakest)."""

HASTE_LEMMAS = frozenset({"hurry", "rush", "scramble", "race"})
"""Verbs of haste before an order's act ("hurried to leave before the deadline"): they tell
how people acted, not who they are."""

PREDICATE_AUXILIARIES = frozenset({"are", "were", "is", "was", "have", "has", "had"})
"""Auxiliaries that open a second predicate of the same subject after ", or" / ", and"."""
COUNTED_SUBJECTS = frozenset({"many", "most", "some", "thousands", "hundreds", "tens", "dozens"})
"""Words that open a clause whose subject is people counted, not named ("Many hurried …")."""


def people_word(token: Token, people: frozenset[str]) -> bool:
    """ "Afghans", "migrants", "families": people, named without a ledger group's words."""
    lower = token.lower_
    demonym = token.is_title and token.is_alpha and lower.endswith(DEMONYM_ENDINGS)
    return lower in people or demonym


def names_people_only(clause: Span, span: Span, clues: Clues, lexicon: Lexicon) -> bool:
    """The clause names the people of the ledger's orders in general (``lexicon.nationality``
    on its own or before a word for people) and nothing that says which order: no ledger
    group, subject term or phase, no other authority, no people bound elsewhere or waiting to
    be (visas, asylum, resettlement), no purpose of another deadline's."""
    if clues.categories or clues.subjects or clues.phases:
        return False
    if clues.other_authority or clues.onward:
        return False  # another's order, people bound elsewhere
    own = _phrase_of(clause, span)  # not ", stating that … asylum seekers …" after it
    if not WAITING_LEMMAS.isdisjoint(lemma_lowers(clause.doc)[own.start : own.end]):
        return False  # "Afghans awaiting US visas": people who may have orders of their own
    if _choice(clause, span):
        return False  # "Afghans wishing to leave could do so before …": a choice, no order
    if elsewhere(clause, lexicon):
        return False  # "Afghans in Iran": people in a place the ledger's orders do not name
    if clues.foreign_purpose and foreign_purpose_in(
        _purpose_phrase(clause, span, lexicon), lexicon
    ):
        return False  # "until March 25 to register for …": a deadline to do something else
    lowers = doc_lowers(clause.doc)
    for i in range(clause.start, clause.end):
        if lowers[i] in lexicon.nationality:  # "Afghans", "Afghan nationals", "Afghan migrants"
            nxt = lowers[i + 1] if i + 1 < clause.end else ""
            if lowers[i].endswith("s") or nxt in lexicon.people:
                return True
    return False  # "Pakistanis abroad", "Afghan pilgrims": not the people of the orders


def names_no_group(clause: Span, span: Span, clues: Clues, lexicon: Lexicon, cue: Cue) -> bool:
    """The clause gives an order's cut-off without saying whose ("the government had given
    them a deadline to leave the country by …", "to repatriate all illegal foreign residents
    before …", "We have given them a November 20 deadline", "The deadline to leave expired on
    …"): it names no ledger group, subject term or phase, and it is plainly an order to the
    orders' people (one of the orders' actions, or a deadline noun given to people referred
    to: "them"), who are referred to ("them", "those"), named by the words of the ledger's
    groups without a group ("illegal foreign residents", "immigrants"), or not named at all.
    Other people ("journalists", "pilgrims", "Iranians", "families") have orders of their own.
    Like people named in general, it means the order in force at the text's date; the same
    exclusions hold (another authority, people bound elsewhere or waiting, a place the ledger
    does not know, another purpose, a permission)."""
    if clues.categories or clues.subjects or clues.phases:
        return False
    if clues.other_authority or clues.onward:
        return False
    referring = clues.referring and _refers_before_relative(clause, span)
    if not (clues.actions & _order_actions(lexicon) or (referring and cue.noun)):
        return False  # "The deadline is December 1.", "Anyone found here after …": not said
    if _choice(clause, span):
        return False  # "those wishing to leave could do so before …": a permission
    if not (
        referring
        or _orders_people(clause, lexicon)
        or _no_one(clause, lexicon, _second_predicate(clause, span))
        or _people_before(clause, lexicon)
        or (
            _noun_of_an_order(cue, lexicon, clues.enforcement) and not names_people(clause, lexicon)
        )
    ):
        return False  # "Journalists were given until … to leave the hotel"
    lemmas = lemma_lowers(clause.doc)[clause.start : clause.end]
    if not WAITING_LEMMAS.isdisjoint(lemmas) or elsewhere(clause, lexicon):
        return False
    if clues.foreign_purpose and _last_purpose_foreign(clause, span, lexicon):
        return False
    return not _other_people(clause, lexicon)


def _refers_before_relative(clause: Span, span: Span) -> bool:
    """A word referring to people ("them", "those") before any relative clause after the date:
    "a deadline that could cost them millions" refers to no one the order is for."""
    lowers = doc_lowers(clause.doc)
    return refers_back(lowers[clause.start : _before_relative(clause, span)])


def _noun_of_an_order(cue: Cue, lexicon: Lexicon, enforced: bool) -> bool:
    """The deadline noun's own phrase names an order's act and nothing it is done to, and is
    an order's: the act is voluntary ("the deadline for voluntary departure") or the clause
    tells of its enforcement ("raids began after the deadline for repatriation ended");
    not "the deadline for departure of Hajj flights", "… for return of the loans", nor
    "Journalists left after the deadline for departure" (whose deadline, nothing says)."""
    noun = cue.noun
    if noun is None:
        return False
    doc, lowers = noun.doc, doc_lowers(noun.doc)
    end = min(len(doc), noun.end + 4)
    if noun.end >= end or lowers[noun.end] not in ("for", "to"):
        return False
    k = noun.end + 1
    while k < end and lowers[k] in VOLUNTARY_WORDS:
        k += 1  # "the deadline for voluntary departure"
    act = lexicon.actions.get(lemma_lowers(doc)[k]) if k < end else None
    if not (enforced or k > noun.end + 1 or act in REMOVAL_ACTS):
        return False  # "the deadline for repatriation passed": removal is an order's act
    if act not in _order_actions(lexicon):
        return False
    return k + 1 >= len(doc) or lowers[k + 1] not in ("of", "for")


def names_people(clause: Span, lexicon: Lexicon) -> bool:
    """Any word for people in the clause (the orders' or others'): then who the deadline is
    for is the people test's to judge, not the deadline noun's."""
    if _other_people(clause, lexicon):
        return True
    return any(people_word(clause.doc[i], lexicon.people) for i in range(clause.start, clause.end))


def _choice(clause: Span, span: Span) -> bool:
    """A word of a choice left to people in the clause, not counting a relative clause after
    the date that tells what the order does: set off by a comma ("set November 15 for the start
    of the expulsions, which could leave 1.7 million Afghans vulnerable") or hanging on the
    deadline noun ("before a <date> deadline that could force a million to leave")."""
    lowers = doc_lowers(clause.doc)
    return not OPTION_WORDS.isdisjoint(lowers[clause.start : _before_relative(clause, span)])


def _before_relative(clause: Span, span: Span) -> int:
    """Where a relative clause after the date begins (set off by a comma, or hanging on the
    deadline noun); the clause's end when none does. What it says is the order's doing ("a
    deadline that could cost them …"), not who the order is for or what it leaves to them."""
    lowers = doc_lowers(clause.doc)
    for k in range(span.end, clause.end):
        aside = lowers[k - 1] == "," and lowers[k] in ASIDE_RELATIVES
        if aside or (lowers[k - 1] in DEADLINE_NOUN_ENDS and lowers[k] in NOUN_RELATIVES):
            return k
    return clause.end


def _orders_people(clause: Span, lexicon: Lexicon) -> bool:
    """Words the ledger's groups name their people with, without a group: a head of the
    groups' terms for people ("immigrants", "foreigners", "aliens"), or a word for people
    after a modifier of theirs ("illegal foreign residents", "undocumented nationals")."""
    lowers = doc_lowers(clause.doc)
    heads = lexicon.heads.keys() & lexicon.people - DOCUMENT_NOUNS
    for i in range(clause.start, clause.end):
        word = lowers[i]
        if word in heads:
            return True
        if word in lexicon.people and any(
            lowers[k] in lexicon.modifiers for k in range(max(clause.start, i - 3), i)
        ):
            return True
    return False


def _people_before(clause: Span, lexicon: Lexicon) -> bool:
    """The orders' people named in the sentence's clause before this one, and no other people
    there ("The immigrants will be provided with meals …, but after the November 15 deadline,
    the government will not compromise on … expulsion")."""
    sentence = sentence_at(clause.doc, clause.start)
    if clause.start <= sentence.start:
        return False
    before = clause.doc[sentence.start : clause.start]
    return _orders_people(before, lexicon) and not _other_people(before, lexicon)


def _second_predicate(clause: Span, span: Span) -> int:
    """Where a second predicate of the same subject starts after the value, with no subject of
    its own (", or are lying low to avoid …", ", and have since …"): it tells more of what the
    same people did, not whom the order is for. Only after a subject of people counted with
    no noun ("Many hurried to leave …", "Thousands rushed …"): after another subject ("The
    deadline … is December 1, and has been set for …") the predicate may say whose it is. The
    clause's end when there is none."""
    lowers = doc_lowers(clause.doc)
    if lowers[reported_start(clause)] not in COUNTED_SUBJECTS:
        return clause.end
    for k in range(span.end, clause.end - 2):
        if (
            lowers[k] == ","
            and lowers[k + 1] in ("or", "and")
            and lowers[k + 2] in PREDICATE_AUXILIARIES
        ):
            return k
    return clause.end


def _no_one(clause: Span, lexicon: Lexicon, end: int | None = None) -> bool:
    """The clause names no one: every word is a function word, a name the ledger knows, a
    number or month, a deadline noun, an order's action, an act of enforcing it or a verb of
    a deadline or of its extension ("The deadline to leave expired on March 20", "Deadline to
    leave Pakistan ends March 20", "The arrests and deportations were postponed until April
    10"). A frame that reports the clause ("The agency had reported that …") names its
    source, not the people of the order: only what it reports is read. Words of when and why
    name no one either: a day ("today", "Monday"), the order's first setting ("initially
    scheduled to begin on"), a cause without people ("due to the Eid holidays"). Only the
    words before ``end`` are read (a second predicate of the same subject after it)."""
    doc = clause.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    first = reported_start(clause)
    cause = False  # inside "due to the Eid holidays": a cause, unless it names people
    for i in range(first, clause.end if end is None else end):
        token = doc[i]
        if i + 1 < clause.end and (lowers[i], lowers[i + 1]) in CAUSE_OPENERS:
            cause = True
        elif token.is_punct and lowers[i] not in ("-", "'", "’"):
            cause = False  # a mark ends it, not the hyphen of "Eid al-Fitr"
        if cause and not people_word(token, lexicon.people):
            continue
        if not token.is_alpha or token.is_stop or month_of(token) is not None:
            continue
        word, lemma = lowers[i], lemmas[i]
        if word in WEEKDAYS or word in DAY_WORDS:
            continue  # "ends today (Monday)": a day, not people
        if lemma in HASTE_LEMMAS:
            continue  # "Many hurried to leave before …": how they left, not who
        if word in SETTING_ADVERBS or word in SLATED_FORMS:
            continue  # "initially scheduled to begin on …": the order's first setting
        if word in lexicon.known or lemma in lexicon.actions or lemma in DEADLINE_VERBS:
            continue
        if lemma in EXTENSION_LEMMAS or lemma in ENFORCEMENT_LEMMAS:
            continue
        if word in WINDOW_NOUNS or word in DEADLINE_WORDS:
            continue
        if word in VOLUNTARY_WORDS or word in FORCED_WORDS or word in PROCESS_NOUNS:
            continue  # "the repatriation process", "the deadline for voluntary repatriation"
        return False
    return True


def _other_people(clause: Span, lexicon: Lexicon) -> bool:
    """The clause names a people ("Iranians", "Tajiks", "Uzbek nationals", "Afghan pilgrims"):
    the ledger's nationality (people in general are :func:`names_people_only`'s to judge, and
    "Afghan pilgrims" are not them), or a capitalised word the ledger does not know that is a
    people's name in the plural (not the last word of a name: "The Associated Press") or
    stands before a word for people."""
    lowers = doc_lowers(clause.doc)
    for i in range(clause.start, clause.end):
        token, lower = clause.doc[i], lowers[i]
        if lower in lexicon.nationality:
            if _hyphen_modifier(clause, i) or _one_of_them(clause, i, lexicon):
                continue  # "Afghan-run shops", "the Afghan skipper": a thing or one person
            return True  # "Afghan pilgrims": people named, not in general (names_people_only)
        if not (token.is_title and token.is_alpha) or month_of(token) is not None:
            continue
        if token.is_stop:
            continue  # "While individuals who …", "Those people": a function word, no name
        if lower.endswith(DEMONYM_ENDINGS):
            return True  # "Pakistanis abroad", "Iranians"
        if lower in lexicon.known:
            continue
        nxt = lowers[i + 1] if i + 1 < clause.end else ""
        if nxt in lexicon.people:
            return True
        prior = clause.doc[i - 1] if i > clause.start else None
        if prior is not None and lower.endswith("s") and not _name_part(prior):
            return True  # not the end of a name: "The Associated Press"
    return False


def _hyphen_modifier(clause: Span, i: int) -> bool:
    """The word at ``i`` is joined by a hyphen to the next ("Afghan-run", "Afghan-owned")."""
    doc = clause.doc
    return (
        i + 2 < clause.end
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
    )


def _one_of_them(clause: Span, i: int, lexicon: Lexicon) -> bool:
    """The nationality word at ``i`` qualifies one person or one body, a singular noun in lower
    case that is not a word for people ("the Afghan skipper", "an Afghan official", "the Afghan
    embassy"): it names no people, as "Afghan pilgrims", "Afghan men" or "Afghan families" do."""
    if i + 1 >= clause.end:
        return False
    token = clause.doc[i + 1]
    lower = token.lower_
    return (
        token.is_alpha
        and token.is_lower
        and not lower.endswith("s")
        and lower not in lexicon.people
        and lower not in lexicon.nationality
    )


def _name_part(token: Token) -> bool:
    """A capitalised content word: the word after it continues a name."""
    return token.is_title and token.is_alpha and not token.is_stop


def reported_start(clause: Span) -> int:
    """Where what a reporting frame reports begins ("The Associated Press had reported that
    …", "A statement issued in Geneva said that …": after its "that"); the clause's start when
    no frame reports it. The frame names the source and where it spoke, not the order."""
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    for i in range(clause.start + 1, clause.end):
        if lowers[i] == "that" and not REPORTING_LEMMAS.isdisjoint(lemmas[clause.start : i]):
            return i + 1
    return clause.start


def elsewhere(clause: Span, lexicon: Lexicon) -> bool:
    """The clause puts people in a place the ledger does not know ("in Iran", "from Turkey",
    "in Karachi"): another country's order, or a city's the ledger does not record. Not the
    place of a frame that reports it ("a statement issued in Geneva said that …"), as a
    dateline's city is not the order's place, unless the frame names people ("Afghans in Iran
    were told that …")."""
    lowers = doc_lowers(clause.doc)
    first = reported_start(clause)
    if any(people_word(clause.doc[k], lexicon.people) for k in range(clause.start, first)):
        first = clause.start  # "Afghans in Iran were told that …": where the people are
    for i in range(first + 1, clause.end):
        if lowers[i - 1] not in LOCATIVES:
            continue
        token = clause.doc[i]
        word = lowers[i]
        if not (token.is_title and token.is_alpha) or word in lexicon.known:
            continue
        if month_of(token) is None and word not in WEEKDAYS:
            return True
    return False


def _last_purpose_foreign(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """The infinitive nearest before the value is another purpose than the orders' ("a
    deadline to register by …"); one earlier in the clause frames the sentence ("It is
    pertinent to mention here that … a deadline to leave the country by …")."""
    doc, lowers = clause.doc, doc_lowers(clause.doc)
    for i in range(span.start - 2, clause.start - 1, -1):
        if lowers[i] in ("to", "for") and doc[i + 1].is_alpha and not doc[i + 1].is_stop:
            return foreign_purpose_in(doc[max(clause.start, i - 1) : i + 2], lexicon)
    return False


def _phrase_of(clause: Span, span: Span) -> Span:
    """The clause up to the first comma after the value: the deadline's own phrase, without
    a participle or clause set off after it (", ramping up a campaign to send …")."""
    lowers = doc_lowers(clause.doc)
    for i in range(span.end, clause.end):
        if lowers[i] == ",":
            return clause.doc[clause.start : i]
    return clause


def _purpose_phrase(clause: Span, span: Span, lexicon: Lexicon) -> Span:
    """The deadline's own phrase (:func:`_phrase_of`) up to the first infinitive of an order's
    action ("the deadline for Afghans to leave"): a purpose after it is another phrase's ("…
    to leave in a measure meant to protect the country"), not the deadline's."""
    phrase = _phrase_of(clause, span)
    lowers, lemmas = doc_lowers(clause.doc), lemma_lowers(clause.doc)
    actions = _order_actions(lexicon)
    for i in range(phrase.start, phrase.end - 1):
        if lowers[i] == "to" and lexicon.actions.get(lemmas[i + 1]) in actions:
            return clause.doc[phrase.start : i + 2]
    return phrase


def in_force(
    lexicon: Lexicon,
    clues: Clues,
    cue: Cue,
    value: Value,
    day: dt.date | None,
    placed: dt.date | None,
    clause: Span | None = None,
) -> list[tuple[Profile, tuple[int, ...]]]:
    """The orders a clause naming people in general (or no one) may mean (see the module's
    docstring): those in force at ``day`` that record the value, else the one order in force
    (among several, the one whose time holds the value), else none. An extension given just
    after a validity chain's link was announced is that link's. A window ("given two months to
    leave") is judged only by an order that records windows: when an order in force records
    none, nothing can be said of it. A date before an order was made is judged by it only when
    it is not an older order's history (:func:`_history`). With ``clause`` given, a date when
    no order is in force may be the one validity's in force (:func:`_sole_validity`)."""
    if day is None or cue.role not in GENERIC_ROLES | {"expiry"}:
        return []
    when = (placed or calendar_day(value.date, day)) if value.is_date else None
    if cue.role == "expiry":  # a document's expiry: only the one validity in force says whose
        return _sole_validity(lexicon, clues, value, day, when, clause)
    acting = clues.actions & _order_actions(lexicon)  # "extended", "renew" name no order
    if not acting and clues.actions - EXTENSION_LEMMAS:
        return []  # "two months to renew their cards": the documents', not an order to leave
    orders: list[Profile] = []
    accepting: list[Profile] = []
    for profile in lexicon.profiles:
        deadline = profile.deadline
        if not profile.targets:
            continue
        if not (profile.national or deadline.place in clues.places):
            if acting and not acting & profile.actions:
                continue  # "deporting": not the twin cities' order to move out
            if _in_force_on(profile, day, when) and _records(profile, value, cue, day, placed):
                accepting.append(profile)  # "extended to April 2": one province's extension
            continue
        if deadline.steps:
            if value.is_date and accepts(profile, value, cue, placed):
                accepting.append(profile)  # "by June 30": the refugees' cards' date
            elif _link_just_made(profile, value, cue, day) or _stay_extended(
                profile, clues, cue, day
            ):
                orders.append(profile)  # "the decision to extend … for six months"
                if extension_length_fits(profile, value, day):
                    accepting.append(profile)
            continue
        if acting and not acting & profile.actions and cue.role != "enforcement_start":
            continue  # "to register by …" is not an order to leave; deportation after a
            # cut-off is how any order bites ("after <date>, those found … will be deported")
        history = when is not None and when < (_known_from(profile) or when)
        if history and _history(lexicon, profile, when, acting, clues):
            continue  # a date of an older order's time is that order's history
        if not _in_force_on(profile, day, None if history else when):
            continue
        orders.append(profile)
        if _records(profile, value, cue, day, placed) or (
            not value.is_date and not profile.durations and cue.role != "extension"
        ):
            accepting.append(profile)  # a window no order in force records: nothing to say
    if accepting:
        return [(p, GENERIC) for p in accepting]
    if not orders and value.is_date and cue.role != "enforcement_start":
        return _sole_validity(lexicon, clues, value, day, when, clause)
    if len(orders) > 1 and when is not None:  # the one whose time holds the value
        several = orders
        orders = [p for p in orders if _distance(p, when) == 0]
        if len(orders) > 1:  # several, none recording it: wrong whichever is meant
            return [(p, GENERIC) for p in orders]
        if not orders and _one_cut_off(several):  # they agree: judged as one order is
            return [(p, GENERIC) for p in several]
    return [(orders[0], GENERIC)] if len(orders) == 1 else []


def _sole_validity(
    lexicon: Lexicon,
    clues: Clues,
    value: Value,
    day: dt.date,
    when: dt.date | None,
    clause: Span | None,
) -> list[tuple[Profile, tuple[int, ...]]]:
    """A date for people in general when no order to leave is in force ("the framework under
    which Afghan refugees reside expired on …", "the last date to send Afghan refugees back
    was …" in a year of card extensions only): the one national chain of document validity
    whose record covers the text's date is the stay meant (the writer's people are its
    holders). None when no chain, or several, cover it; none for a date before its record
    (another, older stay's), nor when any order to leave is in force then (checked by the
    caller) or a date is given for people bound elsewhere. The clause must call its people by
    a word only the chain's holders are called by ("refugees", not "Afghans": the unregistered
    are Afghans too), or tell of their stay with validity wording ("Afghans are leaving as the
    extension of their stay ends in …"); not a start of enforcement, which no validity sets."""
    if not value.is_date or when is None or clause is None:
        return []  # a length long after a link may tell a later extension the ledger lacks
    if clues.onward or clues.other_authority:
        return []
    orders = (p for p in lexicon.profiles if p.targets and not p.deadline.steps)
    if any(
        _in_force_on(p, day, None) for p in orders if p.national or p.deadline.place in clues.places
    ):
        return []  # an order to leave is in force: the people may be its
    chains = [
        p
        for p in lexicon.profiles
        if p.deadline.steps and p.targets and p.national and _chain_covers(p, day, when)
    ]
    if len(chains) != 1:
        return []
    # "the extension of their stay ends …": a stay that is extended is a leave to remain, which
    # only the chain's documents give, whatever word the clause calls its people by
    if not (_holders_named(clause, lexicon, chains[0]) or (clues.stay and clues.validity)):
        return []
    return [(chains[0], GENERIC)]


def _holders_named(clause: Span, lexicon: Lexicon, chain: Profile) -> bool:
    """A word in the clause that the ledger gives only the chain's holders ("refugees"); not
    one capitalised inside a name ("the High Commission for Refugees")."""
    targets = set(chain.targets)
    doc, lowers = clause.doc, doc_lowers(clause.doc)
    for i in range(clause.start, clause.end):
        if lowers[i] not in lexicon.heads or not lexicon.heads[lowers[i]] <= targets:
            continue
        if not (doc[i].is_title and i > clause.start and not doc[i].is_sent_start):
            return True
    return False


def _chain_covers(profile: Profile, day: dt.date, when: dt.date | None) -> bool:
    """The chain's record runs over the text's date (from its first link's announcement to
    :data:`IN_FORCE_DAYS` past its last end) and the date falls after the first end it
    extended: not a chain of earlier or later years, nor a date of an older stay."""
    links = [link for link in profile.deadline.chain() if link.date is not None]
    starts = [link.announced or link.date for link in links]
    ends = [link.previous or link.date for link in links]
    last = profile.last_known
    if not links or last is None:
        return False
    covered = min(starts) <= day <= last + dt.timedelta(days=IN_FORCE_DAYS)
    return covered and (when is None or when >= min(ends))


def _one_cut_off(orders: list[Profile]) -> bool:
    """Several orders in force that record one and the same cut-off (a province's restatement
    of the national order): whichever the clause means, the record is that day."""
    dates = {p.deadline.date for p in orders}
    return len(dates) == 1 and None not in dates


def _records(
    profile: Profile, value: Value, cue: Cue, day: dt.date, placed: dt.date | None
) -> bool:
    """The order's record holds the value: a date in any recorded form, a window it records,
    or the length of its extension in force ("extended by ten days")."""
    if value.is_date:
        return accepts(profile, value, cue, placed)
    if cue.role == "extension" and extension_length_fits(profile, value, day):
        return True
    return bool(profile.durations) and accepts(profile, value, cue)


def _order_actions(lexicon: Lexicon) -> frozenset[str]:
    """What the ledger's orders (not its validity chains) tell people to do."""
    return frozenset(a for p in lexicon.profiles if not p.deadline.steps for a in p.actions)


def _link_just_made(profile: Profile, value: Value, cue: Cue, day: dt.date) -> bool:
    """An extension's length or new cut-off, in a text written within :data:`IN_FORCE_DAYS`
    of the announcement of a chain's latest link: that link is the extension meant."""
    if cue.role != "extension":
        return False
    link = latest_link(profile, day)
    return link is not None and (day - link[2]).days <= IN_FORCE_DAYS


def _stay_extended(profile: Profile, clues: Clues, cue: Cue, day: dt.date) -> bool:
    """ "extended the stay of Afghan refugees for a year": the length of an extension of
    people's stay is that of the documents' validity, the chain's link in force at ``day``."""
    return cue.role == "extension" and clues.stay and latest_link(profile, day) is not None


def _distance(profile: Profile, when: dt.date) -> int:
    """Days from ``when`` to the order's time (from when it was known to its last recorded
    date); 0 within it."""
    first, last = _known_from(profile), profile.last_known
    if first is None or last is None:
        return 1 << 30
    if when < first:
        return (first - when).days
    return max(0, (when - last).days)


def _history(
    lexicon: Lexicon, profile: Profile, when: dt.date, acting: frozenset[str], clues: Clues
) -> bool:
    """A date before ``profile`` was known tells an older order's history ("Pakistan had given
    Afghans until October 31 to leave" in a 2025 story), unless it falls within
    :data:`IN_FORCE_DAYS` before this order was known (a garbled date of this order) and no
    older order the clause may mean is nearer it, or no such older order exists at all (one
    over more than :data:`HISTORY_REACH_DAYS` before the date has no history then: an order of
    2021 does not make "by September 1" in a story of November 2023 history)."""
    first = _known_from(profile)
    if first is None:
        return False
    if _older_nearer(lexicon, profile, when, acting, clues):
        return True
    older = any(
        (known := _known_from(o)) is not None
        and known < first
        and (o.last_known is None or (when - o.last_known).days <= HISTORY_REACH_DAYS)
        for o in _orders_meant(lexicon, profile, acting, clues)
    )
    return older and (first - when).days > IN_FORCE_DAYS


def _orders_meant(
    lexicon: Lexicon, profile: Profile, acting: frozenset[str], clues: Clues
) -> Iterator[Profile]:
    """The other orders a clause may mean: national or of a place it names, for its act."""
    for other in lexicon.profiles:
        if other is profile or not other.targets or other.deadline.steps:
            continue
        if not (other.national or other.deadline.place in clues.places):
            continue
        if acting and not acting & other.actions:
            continue
        yield other


def _older_nearer(
    lexicon: Lexicon, profile: Profile, when: dt.date, acting: frozenset[str], clues: Clues
) -> bool:
    """A date before ``profile`` was known is nearer the time of an order known earlier (one
    the clause may mean: national or of a place it names, for the act it names): it tells that
    order's history. When no such order is nearer, the date is judged against this one."""
    first = _known_from(profile)
    if first is None:
        return False
    mine = _distance(profile, when)
    for other in _orders_meant(lexicon, profile, acting, clues):
        known = _known_from(other)
        if known is not None and known < first and _distance(other, when) <= mine:
            return True
    return False


def _in_force_on(profile: Profile, day: dt.date, when: dt.date | None) -> bool:
    """Known by the text's date and not over more than :data:`IN_FORCE_DAYS` before it; the
    value falls after the order was known (a date of an older order is its history, not a
    wrong date of this one)."""
    first, last = _known_from(profile), profile.last_known
    if first is None or last is None or first > day:
        return False
    if day > last + dt.timedelta(days=IN_FORCE_DAYS):
        return False
    return when is None or when >= first


def _known_from(profile: Profile) -> dt.date | None:
    """When the order was known: its announcement or first report; for an order the ledger
    knows only by its cut-offs, up to :data:`IN_FORCE_DAYS` before the first of them (it was
    given some time before it bit)."""
    deadline = profile.deadline
    known = [d for d in (deadline.announced, deadline.origin.source_date) if d is not None]
    if known:
        return min(known)
    if not profile.accepted:
        return profile.first_known
    return min(profile.accepted) - dt.timedelta(days=IN_FORCE_DAYS)
