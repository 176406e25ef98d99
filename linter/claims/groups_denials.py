"""Denials of documents said of a group ("... without documents", "who have no papers",
"detained for residing without valid documents", "living illegally") and the assertion of
any documents ("holding valid documents", "living legally"), for the predicate reader.

Split from :mod:`narrlint.claims.groups_predicates` (which reads what a sentence says a group
is and asks here whether it denies the group papers); :class:`Predicate` is what both return.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narrlint.claims.groups_holdings import held_object
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_phrases import CATEGORY_ATTRIBUTES, is_documented
from narrlint.claims.groups_places import names_abroad, past_aside, past_place
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    COPULAS,
    CROSSING_QUALIFIERS,
    DENYING_WORDS,
    DO_FORMS,
    ENTRY_VERBS,
    HOLDING_VERBS,
    LEGAL_QUALIFIERS,
    LEGALLY,
    OWNING_VERBS,
    PERMIT_LINKS,
    PERMITS,
    PLACE_PREPOSITIONS,
    STAY_PARTICIPLES,
    STAY_PERMIT_QUALIFIERS,
    STAY_PERMITS,
    SUBJECT_RELATIVES,
)
from narrlint.nlp.tokens import lemma_lowers, sentence_at, where_lower
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    IDENTITY_PAPERS,
    LACKING_WORDS,
    NEGATIONS,
    PAPER_QUALIFIERS,
    RELATIVE_DETERMINERS,
    RELATIVES,
    REPORTING_LEMMAS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Predicate:
    """What a sentence says a group is: another group, or a lack of documents."""

    end: int
    negative: tuple[str, ...]
    """Groups whose lacks the predicate attributes to the subject ("undocumented")."""
    positive: tuple[str, ...]
    """Groups whose properties the predicate attributes to the subject ("refugees"). A
    predicate that names a whole group ("illegal immigrants", "ACC holders") gives both its
    lacks and its properties."""
    words: str
    attributes: tuple[str, ...] = CATEGORY_ATTRIBUTES
    """The attributes the predicate speaks about: a predicate adjective or "without
    documents" speaks only of documents, not of refugee status."""
    start: int | None = None
    """Where the predicate's own words begin when they do not follow the group at once (a
    restriction put after the verb: "those refugees were declared illegal who ..."); None:
    right after the group."""


CAUSE_OPENERS = (("due", "to"), ("because", "of"), ("owing", "to"), ("for",))
"""Words opening the cause a group is acted on for ("detained for residing without valid
documents", "face deportation due to a lack of documentation")."""
_CAUSE_FIRSTS = frozenset(words[0] for words in CAUSE_OPENERS)
LACK_NOUNS = frozenset({"lack", "absence"})
CAUSE_DETERMINERS = frozenset({"the", "a", "an", "their", "its"})
HAVING_NONE = frozenset({("not", "having"), ("having", "no")})
CAUSE_REACH = 7
"""Words between a group (past its place) and the opener of its cause: a short verb phrase
("were detained", "face deportation", "have been rounded up and imprisoned")."""
CAUSE_JOINERS = frozenset({"or", "and"})
JOINED_CAUSE_REACH = 6
"""Words of a first cause before the one joined to it ("for overstaying their visas or
lacking documentation")."""


def caused_denial(doc: Doc, lex: Lexicon, analysis: Analysis, end: int) -> Predicate | None:
    """A lack of documents given as the cause of what is done to the group ending at
    ``end``, within a few words of it: "apprehended 1,700 Afghan refugees in Karachi for
    residing without valid documents", "refugees were detained due to a lack of proper
    documentation", "... face deportation for not having valid papers". A mark, a negation,
    a relative pronoun or another group on the way ends the search ("refugees, whose cards
    expired, ...", "refugees were not held for ..."); a subject's relative right after the
    group says it of them ("refugees who were jailed for lacking documents"), and a passive's
    doer is read past ("were arrested by the local police for not having papers")."""
    if not lex.undocumented:
        return None
    lowers = doc_lowers(doc)
    start = past_aside(doc, analysis, past_place(doc, end))  # ", including children,"
    stop = min(len(doc), sentence_at(doc, end - 1).end, start + CAUSE_REACH + 1)
    last = min(len(doc), sentence_at(doc, end - 1).end, stop + AGENT_REACH)
    firsts = where_lower(doc, _CAUSE_FIRSTS)
    at = bisect_left(firsts, start)
    if at == len(firsts) or firsts[at] >= last:
        return None  # no cause opens within reach: the walk below could only end in None
    k = start
    reported = False  # past "said that they": only what was done to them may follow
    while k < stop:
        lower = lowers[k]
        if lower == "by" and k > start and lowers[k - 1].endswith(("ed", "en", "up")):
            agent = _agent_end(doc, analysis, lowers, k + 1, last)
            if agent is not None:  # "arrested by the local police for ...": the passive's doer
                stop = min(last, stop + agent - k)
                k = agent
                continue
        if lower in _CAUSE_FIRSTS:
            opener = next((w for w in CAUSE_OPENERS if tuple(lowers[k : k + len(w)]) == w), None)
            if opener is not None:
                return _cause_denial(doc, lex, analysis, k + len(opener))
        if k == start and lower in SUBJECT_RELATIVES:
            k += 1
            continue
        if lower == "that" and _says_of_themselves(doc, lowers, k, start):
            stop = min(last, stop + 2)  # "they said that they were fined for ...": no relative
            k += 2
            reported = True
            continue
        if lower in NEGATIONS or lower in RELATIVES or doc[k].is_punct:
            return None
        if reported and not _done_to_them(lower):
            return None  # "said that they had helped people arrested for ...": others
        if lower in RELATIVE_DETERMINERS:
            return None  # "refugees whose cards expired were held for ...": lapsed papers
        if k in analysis.by_start or lowers[k] in CAUSE_DETERMINERS:
            return None  # another group, or other people the cause may be of ("helped the ...")
        k += 1
    return None


SELF_PRONOUNS = frozenset({"they", "we"})
"""Subjects of what a group says of itself ("Afghan refugees said that they were fined")."""


def _says_of_themselves(doc: Doc, lowers: list[str], k: int, start: int) -> bool:
    """Is "that" at ``k`` the conjunction after the group's own verb of saying, opening what
    it says of itself ("refugees said that they have been fined for not having documents")?
    Only "they"/"we" after it: "said that police fined migrants" speaks of others."""
    return (
        start < k
        and k + 1 < len(lowers)
        and lowers[k + 1] in SELF_PRONOUNS
        and lemma_lowers(doc)[k - 1] in REPORTING_LEMMAS
    )


DONE_TO_WORDS = frozenset({"have", "has", "had", "been", "were", "was", "are", "is", "be",
                           "being", "would", "could", "will", "might", "may", "face", "faced",
                           "facing", "risk", "often", "also", "even", "all", "arrest",
                           "deportation", "detention", "eviction", "expulsion"})  # fmt: skip
"""Words of a verb phrase saying what was done to the speakers ("they have been fined",
"they face arrest"), besides passive participles and adverbs in "-ly"."""


def _done_to_them(lower: str) -> bool:
    """Can ``lower`` stand in "(they said that) they have been fined / face arrest"?"""
    return lower in DONE_TO_WORDS or lower.endswith(("ed", "en", "ly"))


AGENT_REACH = 7
"""Words of a passive's doer between its "by" and the cause ("by Pakistan anti-terrorism
forces", "by the local police")."""
AGENT_DETERMINERS = frozenset({"the", "a", "an"})
AGENT_JOINS = frozenset({"-", "–", "'s", "’s"})


def _agent_end(doc: Doc, analysis: Analysis, lowers: list[str], k: int, last: int) -> int | None:
    """Where the doer of a passive verb ends when a cause opens right after it ("were arrested
    by Pakistan anti-terrorism forces for not having ..."): the people the cause is said of
    are still the passive's subject, the group, not the doer. A doer of nouns only: a group of
    the ledger, a mark, a negation, a relative or a verb of its own ("by police searching
    for ...") is none."""
    first = k
    if k < last and lowers[k] in AGENT_DETERMINERS:
        k += 1
    while k < last and k < first + AGENT_REACH:
        lower = lowers[k]
        if lower in _CAUSE_FIRSTS:
            opener = any(tuple(lowers[k : k + len(w)]) == w for w in CAUSE_OPENERS)
            return k if opener and k > first else None
        if k in analysis.by_start or lower in NEGATIONS or lower in RELATIVES:
            return None
        if (doc[k].is_punct and lower not in AGENT_JOINS) or lower.endswith("ing"):
            return None
        k += 1
    return None


def _cause_denial(doc: Doc, lex: Lexicon, analysis: Analysis, j: int) -> Predicate | None:
    """The denial of documents a cause opens at ``j``, or the one joined to a first cause
    ("for overstaying their visas or lacking documentation")."""
    found = _one_cause(doc, lex, analysis, j)
    lowers = doc_lowers(doc)
    for k in range(j + 1, min(len(doc), j + JOINED_CAUSE_REACH + 1)):
        if found is not None or doc[k].is_punct or k in analysis.by_start:
            break
        if lowers[k] in CAUSE_JOINERS:
            return _one_cause(doc, lex, analysis, k + 1)
    return found


def _one_cause(doc: Doc, lex: Lexicon, analysis: Analysis, j: int) -> Predicate | None:
    """The denial of documents one cause opens at ``j`` ("(for) residing without valid
    documents", "(due to) the lack of legal documentation", "(for) not having papers")."""
    lowers, n = doc_lowers(doc), len(doc)
    k = j
    if k < n and lowers[k] in CAUSE_DETERMINERS:
        k += 1
    lacked = tuple(lowers[k : k + 2])
    lack_of = len(lacked) == 2 and lacked[0] in LACK_NOUNS and lacked[1] == "of"
    if not (lack_of or lacked in HAVING_NONE):
        return document_denial(doc, lex, analysis, j)
    papers = _papers_end(lowers, k + 2)
    if papers is None:
        return None
    return Predicate(papers, lex.undocumented, (), doc[j:papers].text.lower(), ("documented",))


def _papers_end(lowers: list[str], k: int) -> int | None:
    """The end of "(valid, legal ...) documents" at ``k``: qualifiers, then identity papers
    ("valid residence permits" too), also papers of any kind ("any form of documentation")."""
    n, steps, staying = len(lowers), 0, False
    k = any_papers(lowers, k) or k  # "lacked any form of legal documentation"
    if k < n and lowers[k] in ("a", "an"):
        k += 1  # "without a legal permit"
    while k < n and steps < 4:
        if lowers[k] in CROSSING_QUALIFIERS and k + 1 < n and lowers[k + 1] in IDENTITY_PAPERS:
            return None  # "no valid travel documents": a crossing's papers, not residence
        if staying and lowers[k] in STAY_PERMITS:
            return _stay_permit_end(lowers, k + 1)  # "without a legal permit, ..."
        if lowers[k] in PERMITS and k + 2 < n and lowers[k + 1] in PERMIT_LINKS:
            k += 2  # "visas or", "any visa nor"
        elif lowers[k] in PAPER_QUALIFIERS:
            staying = staying or lowers[k] in STAY_PERMIT_QUALIFIERS
            k += 1
        else:
            break
        steps += 1
    if k < n and lowers[k] in STAY_PERMITS:
        return _stay_permit_end(lowers, k + 1) if staying else None  # not "a work permit"
    return k + 1 if k < n and lowers[k] in IDENTITY_PAPERS else None


def _stay_permit_end(lowers: list[str], k: int) -> int | None:
    """The end of a permit of a lawful stay at ``k`` (just past the permit word): a permit "to"
    or "for" something other than staying ("a legal permit to work", "for business") is
    none; "to stay", "to reside" keep it one."""
    if k + 1 < len(lowers) and lowers[k] in ("to", "for"):
        return k + 2 if lowers[k + 1] in STAY_PARTICIPLES else None
    return k


OWNING_OPENERS = AUXILIARY_FILLERS | DO_FORMS | DENYING_WORDS
"""Words a denial of a group's own papers may start with ("who have no", "who did not have",
"who never had")."""


def own_papers_denied(doc: Doc, lex: Lexicon, mention: Mention, j: int) -> Predicate | None:
    """ "Afghan refugees without PoR cards", "refugees who lack Proof of Registration cards",
    "refugees who didn't have PoR cards": a group said to lack its own group's papers is said
    to have none (another group's papers, "ACC holders without PoR cards", deny nothing)."""
    lowers = doc_lowers(doc)
    k = j
    while k < len(doc) and k < j + 3 and lowers[k] in AUXILIARY_FILLERS:
        k += 1
    if k >= len(doc) or not lex.undocumented:
        return None
    lacked = k + 1 if lowers[k] in LACKING_WORDS else _negated_owning(lowers, k)
    if lacked is None:
        return None
    held = held_object(doc, lex, lowers, lacked)
    own = mention.head_categories if mention.kind == "head" else mention.categories
    if held is None or held[1] not in own:
        return None
    words = doc[j : held[0]].text.lower()
    return Predicate(held[0], lex.undocumented, (), words, ("documented",))


def _negated_owning(lowers: list[str], k: int) -> int | None:
    """The token past a denied owning at ``k`` ("did not have", "doesn't hold", "never had",
    "(have) not got"), or None."""
    n = len(lowers)
    m = k + 1 if k < n and lowers[k] in DO_FORMS else k
    if m + 1 >= n or lowers[m] not in DENYING_WORDS or lowers[m + 1] not in OWNING_VERBS:
        return None
    return m + 2


CARRYING = frozenset({"carrying", "carry", "carries", "carried"})
"""Holding words that say where papers are, not whether the people have any: "arrested for not
carrying documents" (nor their PoR cards) denies them no status."""


FAILING = frozenset({"fail", "fails", "failed", "failing", "unable"})
UNABLE_MODALS = frozenset({"can"})
"""A modal before a negated showing of papers ("cannot show valid papers", read as "can"
"not"); "could not" reads as a later status (:func:`groups_times.later_status`)."""
SHOWING = frozenset({"provide", "produce", "present", "show"})
"""A failure to show papers when asked ("refugees who failed to provide any document",
"imprisoned for failing to produce valid documents"): the people are said to have none."""
PAPERS_OF_THINGS = frozenset({"of", "for", "about", "regarding", "proving", "showing"})
"""Words after papers not shown that make them a thing's ("documents of their property")."""
OWN_PAPERS_POSSESSIVES = frozenset({"their", "his", "her", "its"})
"""Papers of their own not shown ("failed to show their documents"): where the papers were, as
"not carrying", not whether the people have any."""


def document_denial(doc, lex, analysis, j: int) -> Predicate | None:
    """ "without (valid) documents", "lacking papers", "with no documents", "did not have
    documents", "living illegally": the predicate denies the attribute ``documented``."""
    n = len(doc)
    undocumented = lex.undocumented
    if not undocumented or j >= n or not _may_deny(analysis, j):
        return None
    lowers = doc_lowers(doc)
    lower = lowers[j]
    k = j
    failed = False
    before = _illegally_staying(doc, lex, analysis, j)  # "refugees illegally staying in ..."
    if before is not None:
        return before
    if lower in ENTRY_VERBS:  # "who entered the country illegally"
        return _entered_illegally(doc, lex, analysis, j)
    if lower in STAY_PARTICIPLES or (
        lower in COPULAS and j + 1 < n and lowers[j + 1] in PLACE_PREPOSITIONS
    ):  # "living illegally", "are in the country illegally"
        found = _staying_illegally(doc, lex, analysis, j)
        if found is not None:
            return found
        # "living (in Pakistan) without documents", "are in the country with no papers"
        k = past_place(doc, j if lower in STAY_PARTICIPLES else j + 1)
        if k == j:
            k += 1
        if k >= n:
            return None
        lower = lowers[k]
    if lower in LACKING_WORDS:
        k += 1
    elif lower in HOLDING_VERBS and k + 1 < n and lowers[k + 1] in ("no", "neither"):
        k += 2  # "have no documents", "hold neither visas nor documents"
    elif (
        lower in NEGATIONS | DENYING_WORDS and k + 1 < n and lowers[k + 1] in HOLDING_VERBS
        and lowers[k + 1] not in CARRYING
    ):  # fmt: skip
        k += 2  # "not holding valid documents", "neither possess any visa nor any valid ..."
    elif (
        lower in DO_FORMS and k + 2 < n and lowers[k + 1] in NEGATIONS | DENYING_WORDS
        and lowers[k + 2] in HOLDING_VERBS
    ):  # fmt: skip
        k += 3  # "who did not have valid documents"
    elif lower in FAILING and k + 2 < n and lowers[k + 1] == "to" and lowers[k + 2] in SHOWING:
        k += 3  # "who failed to provide any document", "for failing to produce valid papers"
        failed = True
    elif (
        lower in UNABLE_MODALS and k + 2 < n and lowers[k + 1] in NEGATIONS
        and lowers[k + 2] in SHOWING
    ):  # fmt: skip
        k += 3  # "who cannot show valid papers"
        failed = True
    else:
        return None
    if failed and k < n and lowers[k] in OWN_PAPERS_POSSESSIVES:
        return None  # "failed to show their documents": where their papers were, as carrying
    end = _papers_end(lowers, k)
    if end is None or (failed and end < n and lowers[end] in PAPERS_OF_THINGS):
        return None  # "failed to provide documents of their property": papers of a thing
    return Predicate(end, undocumented, (), doc[j:end].text.lower(), ("documented",))


DENIAL_REACH = 48
"""How far past where it starts the evidence of a denial of papers can lie (a paper word or
a ledger modifier that is an adverb, "illegally": :attr:`~.groups_gate.Gate.denials`, the
only words :func:`document_denial` and :func:`restricted_denial` return a denial on). The
restriction reads at most five fillers and a place (ten words: "in the city of" and four
capitalised words) before the denial; the denial a verb of staying, another place, a verb and
its negation (three), "any form of" (three) and four qualifiers of two words each before the
paper itself: about 40 words."""


def _may_deny(analysis: Analysis, j: int) -> bool:
    """Can a denial of papers start at ``j``: is there a paper word or an adverb modifier
    within :data:`DENIAL_REACH` after it (by the doc's sentence gate, once it is built)?"""
    live = analysis.gate
    return live is None or live.ahead(j, DENIAL_REACH, denial=True)


RESTRICTION_FILLERS = AUXILIARY_FILLERS | RELATIVES | {"currently", "still", "allegedly"}
"""Words read through between a group and the verb of its own restrictive words ("refugees,
who have so far been living ...", "those who are currently residing ...")."""


def restricted_denial(doc, lex, analysis, i: int) -> Predicate | None:
    """A denial of documents in a group's own restrictive words, read through a relative
    pronoun, auxiliaries and where the people live: "without documents", "..., who have been
    residing in the country illegally", "who live in Pakistan without documentation",
    "staying here with no legal papers". A negation on the way ("who are not living
    illegally") denies nothing."""
    n = len(doc)
    if not _may_deny(analysis, i):
        return None
    lowers = doc_lowers(doc)
    k = i
    while (
        k < n and k < i + 5 and (lowers[k] in RESTRICTION_FILLERS or (k == i and lowers[k] == ","))
    ):
        k += 1
    for at in range(i, min(k, n - 1) + 1):
        denial = document_denial(doc, lex, analysis, at)
        if denial is not None:
            return denial
    if k < n and lowers[k] in NEGATIONS:
        return None
    located = past_place(doc, k)
    if located == k:
        return None
    found = analysis.modifiers.get(located)  # "refugees in the country illegally"
    if found and lowers[located].endswith("ly"):
        negative = tuple(c for c in found[1] if is_documented(lex, c) is False)
        if negative:
            words = doc[k : found[0]].text.lower()
            return Predicate(found[0], negative, (), words, ("documented",))
    return document_denial(doc, lex, analysis, located)


PAPER_KINDS = frozenset({"form", "forms", "kind", "kinds", "type", "types", "sort"})


def any_papers(lowers: list[str], k: int) -> int | None:
    """Where the papers begin after "any form of", "some kind of", "any" (papers of every
    kind: the people hold documents, whichever), or None."""
    if k < len(lowers) and lowers[k] in ("any", "some"):
        if k + 2 < len(lowers) and lowers[k + 1] in PAPER_KINDS and lowers[k + 2] == "of":
            return k + 3
        if lowers[k] == "any":
            return k + 1
    return None


def document_assertion(doc: Doc, lex: Lexicon, j: int) -> tuple[frozenset[str], int] | None:
    """ "with legal status", "holding valid documents", "living legally (in Pakistan)",
    "legally residing": the people hold documents, without saying which; (every group with
    documents, end) or None. A paper without a word of lawfulness ("with travel documents")
    says nothing of the ledger's groups."""
    documented = lex.documented
    lowers = doc_lowers(doc)
    n = len(doc)
    if not documented or j >= n:
        return None
    lower = lowers[j]
    if lower in HOLDING_VERBS:
        k, lawful = j + 1, False
        every = any_papers(lowers, k)  # "possess any form of documentation"
        if every is not None:
            k, lawful = every, True
        while k < n and k < j + 5 and lowers[k] in PAPER_QUALIFIERS:
            lawful = lawful or lowers[k] in LEGAL_QUALIFIERS
            k += 1
        if lawful and k < n and lowers[k] in IDENTITY_PAPERS:
            return documented, k + 1
        return None
    if lower in LEGALLY and j + 1 < n and lowers[j + 1] in STAY_PARTICIPLES:
        return documented, j + 2  # "legally residing"
    if lower in STAY_PARTICIPLES:
        k = j + 1
        if k < n and lowers[k] in LEGALLY:
            return documented, k + 1  # "living legally"
        for m in range(k, min(n, k + 5)):  # "living in Pakistan legally"
            if lowers[m] in LEGALLY:
                return documented, m + 1
            if doc[m].is_punct or lowers[m] in NEGATIONS:
                break
    return None


def _illegally_staying(doc, lex, analysis, j: int) -> Predicate | None:
    """ "illegally staying", "unlawfully residing": the adverb of an undocumented group's
    modifiers before the stay, as "legally residing" asserts documents (the order of
    "living illegally" reversed). A stay others made ("illegally settled there by
    smugglers") says what they did, not what the group lacks."""
    found = analysis.modifiers.get(j)
    if not found or not doc[j].lower_.endswith("ly"):
        return None
    end = found[0]
    if end >= len(doc) or doc[end].lower_ not in STAY_PARTICIPLES:
        if end < len(doc) and doc[end].lower_ in ENTRY_VERBS:  # "illegally entered"
            return _entered_illegally(doc, lex, analysis, j, end)
        return None
    if "by" in doc_lowers(doc)[end + 1 : end + 4]:
        return None
    negative = tuple(c for c in found[1] if is_documented(lex, c) is False)
    if not negative:
        return None
    return Predicate(end + 1, negative, (), doc[j : end + 1].text.lower(), ("documented",))


def _entered_illegally(doc, lex, analysis, j: int, verb: int | None = None) -> Predicate | None:
    """ "(who) illegally entered the country", "crossed into Pakistan illegally": the people
    came in without papers, an adverb of the undocumented on a verb of entering before or
    after it (``verb`` is the verb's index when the adverb at ``j`` comes first). Not in a
    sentence that names another country (people who entered it, not the ledger's), nor an
    entry others made for them ("smuggled", "brought ... by"), nor one negated."""
    at = verb if verb is not None else j
    if names_abroad(doc, lex, j) or _entry_placed_earlier(doc, at) or _no_way_in(doc, at):
        return None
    if verb is not None:
        if "by" in doc_lowers(doc)[verb + 1 : verb + 4]:
            return None
        found = analysis.modifiers.get(j)
        negative = tuple(c for c in found[1] if is_documented(lex, c) is False)
        words = doc[j : verb + 1].text.lower()
        return Predicate(verb + 1, negative, (), words, ("documented",)) if negative else None
    return _staying_illegally(doc, lex, analysis, j)


CROSSING_VERBS = frozenset({"crossed", "cross", "crosses", "crossing"})
INTO = frozenset({"into", "in"})
"""Words giving a crossing its way in ("crossed into Pakistan", "crossed over in"): "crossed the
border illegally" may be a way out as well (refugees who went to Afghanistan and back)."""


def _no_way_in(doc, k: int) -> bool:
    """Is the verb at ``k`` a crossing with no way in within a few words ("crossed the border
    illegally")?"""
    lowers = doc_lowers(doc)
    if lowers[k] not in CROSSING_VERBS:
        return False
    return not any(lowers[m] in INTO for m in range(k + 1, min(len(doc), k + 4)))


EARLIER_ENTRY_WORDS = frozenset({"ago", "decade", "decades", "later", "before", "since",
                                 "then", "once", "originally", "initially", "registered",
                                 "documented"})  # fmt: skip
"""Words after an entry that set it in the past of people whose papers came after it ("crossed
into Pakistan illegally decades ago", "... before they were registered")."""


def _entry_placed_earlier(doc, k: int) -> bool:
    """Does the rest of the sentence from the entry verb at ``k`` set the entry in an earlier
    time (a year or decade, "ago", "before", "later registered")? The people's papers may have
    come after it: an entry long past denies them none now."""
    lowers = doc_lowers(doc)
    for m in range(k, sentence_at(doc, k).end):
        if lowers[m] in EARLIER_ENTRY_WORDS or lowers[m][:1].isdigit():
            return True
    return False


def _staying_illegally(doc, lex, analysis, j: int) -> Predicate | None:
    """ "living illegally", "residing in Pakistan illegally": an adverb among the ledger's
    modifiers of an undocumented group."""
    lowers = doc_lowers(doc)
    for m in range(j + 1, min(len(doc), j + 5)):
        found = analysis.modifiers.get(m)
        if found and lowers[m].endswith("ly"):
            negative = tuple(c for c in found[1] if is_documented(lex, c) is False)
            if negative:
                words = doc[j : found[0]].text.lower()
                return Predicate(found[0], negative, (), words, ("documented",))
        if doc[m].is_punct:
            break
    return None


DECLINING_LEMMAS = frozenset({"opt", "choose", "elect", "decide", "prefer"})
"""Verbs of a choice a negation may follow before "to" ("opted not to register")."""
REFUSING_LEMMAS = frozenset({"refuse", "decline", "fail", "neglect", "avoid"})
"""Verbs that deny the act they govern ("refused to register", "failed to register")."""
REGISTER_CLOSES = frozenset({"themselves", "with", "for", "in", "by", "before", "at", "and",
                             "or", "so", "yet", "since", "during", "under"})  # fmt: skip
"""Words after "register" that close its act on the people themselves ("register themselves",
"register with UNHCR", "register for PoR cards"); any other word is its object ("failed to
register a complaint"): no registration of theirs."""


REGISTRATION_QUALIFIERS = frozenset({"any", "proper", "formal", "official", "valid", "prior"})
REGISTRATION_PAIRED = frozenset({"record", "records", "registration", "registrations"})
"""Nouns joined to "registration" in a denial of it ("without any record or registration")."""
REGISTRATION_NOUNS = frozenset({"registration"})
REGISTRATION_CLOSES = frozenset({"with", "in", "by", "and", "or", "are", "were", "is", "was",
                                 "have", "has", "had", "will", "would", "can", "could", "may",
                                 "must", "face", "faced", "risk", "since", "card",
                                 "cards"})  # fmt: skip
"""Words after "registration" that close its denial ("without registration with UNHCR",
"... without registration face arrest"), and the card it gives ("without registration cards",
as "without PoR cards"); any other word makes it a thing's ("registration fees")."""
REGISTRATION_LACKED_REACH = 12
"""Words from a group to the end of "(living in Pakistan) without any record or registration"."""


def registration_lacked(doc: Doc, lex: Lexicon, mention: Mention, j: int) -> Predicate | None:
    """ "refugees residing in Pakistan without any record or registration", "refugees
    without registration": as "refugees who did not register", a group whose own papers a
    registration gives (:func:`registered_groups`) said to lack it is said to have none.
    Registration of something else ("without registration of their shops") denies nothing,
    nor does it deny another group's ("ACC holders without registration": PoR registration)."""
    lowers, n = doc_lowers(doc), len(doc)
    if not lex.undocumented:
        return None
    k = j
    while k < n and k < j + 5 and lowers[k] in RESTRICTION_FILLERS:
        k += 1
    k = past_place(doc, k)  # "(residing) in Pakistan"
    if k >= n or lowers[k] not in LACKING_WORDS:
        return None
    start = k
    k += 1
    while k < n and k < start + 4 and lowers[k] in REGISTRATION_QUALIFIERS:
        k += 1
    if (
        k + 2 < n
        and lowers[k] in REGISTRATION_PAIRED
        and lowers[k + 1] in ("or", "and")
        and lowers[k + 2] in REGISTRATION_NOUNS
    ):
        k += 2  # "any record or registration"
    if k >= n or lowers[k] not in REGISTRATION_NOUNS or k - j > REGISTRATION_LACKED_REACH:
        return None
    end = k + 1
    if end < n and not doc[end].is_punct and lowers[end] not in REGISTRATION_CLOSES:
        return None  # "without registration of their shops", "registration fees": a thing's
    own = mention.head_categories if mention.kind == "head" else mention.categories
    if not own or not own <= registered_groups(lex):
        return None
    return Predicate(end, lex.undocumented, (), doc[j:end].text.lower(), ("documented",))


def registered_groups(lex: Lexicon) -> frozenset[str]:
    """The groups whose papers a registration gives: those the modifier "registered" names."""
    return frozenset(
        cid
        for cid, category in lex.categories.items()
        if "registered" in {m.lower() for m in category.modifiers}
    )


def registering_denied(doc: Doc, lex: Lexicon, mention: Mention, j: int) -> Predicate | None:
    """ "refugees had opted not to register themselves", "refugees who failed to register",
    "refugees who did not register with UNHCR": the people are said never to have done the
    act that gives their own group its papers, so to have none (as "refugees who are not
    registered"). Only a group whose own papers a registration gives (the groups the
    modifier "registered" names) is denied them; "ACC holders did not register" for PoR
    cards denies nothing of theirs, nor does registering something else ("refused to
    register a complaint") or as something else ("did not register as refugees")."""
    lowers, lemmas, n = doc_lowers(doc), lemma_lowers(doc), len(doc)
    k = j
    while k < n and k < j + 3 and lowers[k] in AUXILIARY_FILLERS:
        k += 1
    if k + 2 >= n or not lex.undocumented:
        return None
    if lemmas[k] in DECLINING_LEMMAS and lowers[k + 1] in NEGATIONS and lowers[k + 2] == "to":
        m = k + 3
    elif (lemmas[k] in REFUSING_LEMMAS and lowers[k + 1] == "to") or (
        lowers[k] in DO_FORMS and lowers[k + 1] in NEGATIONS
    ):  # "failed to register", "did not register"
        m = k + 2
    else:
        return None
    if m < n and lowers[m] == "get":
        m += 1  # "chose not to get registered"
    if m >= n or lemmas[m] != "register":
        return None
    end = m + 1
    if end < n and not doc[end].is_punct and lowers[end] not in REGISTER_CLOSES:
        return None
    if end < n and lowers[end] == "themselves":
        end += 1
    own = mention.head_categories if mention.kind == "head" else mention.categories
    if not own or not own <= registered_groups(lex):
        return None
    return Predicate(end, lex.undocumented, (), doc[j:end].text.lower(), ("documented",))
