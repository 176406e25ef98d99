"""Reading what a sentence says a group is: its predicates ("ACC holders, who are registered
refugees", "... without documents", "... living legally"), for the group claims reader.

Split from :mod:`narrlint.claims.groups_phrases`, which reads the group mentions these
predicates are said of.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import phrase_at
from narrlint.claims.groups_holdings import held_object
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_pairs import PAIR_DASHES, pair_denial
from narrlint.claims.groups_phrases import CATEGORY_ATTRIBUTES, is_documented
from narrlint.claims.groups_places import appositive, past_aside, past_place
from narrlint.claims.groups_reduced import past_reduced_relative
from narrlint.claims.groups_reported import classed_as, classing_view, past_reported
from narrlint.claims.groups_status import status_of
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    CLASSING,
    CLASSING_LEMMAS,
    CONCESSION_FILLERS,
    CONCESSIVE,
    CONTRAST_PHRASES,
    COPULAS,
    CROSSING_QUALIFIERS,
    DENYING_WORDS,
    DO_FORMS,
    ERROR_FRAMES,
    GIVEN_PARTICIPLES,
    HAVING_STATUS,
    HOLDING_VERBS,
    LEGAL_QUALIFIERS,
    LEGALLY,
    MODALS,
    OWNING_VERBS,
    PART_QUANTIFIERS,
    PERMIT_LINKS,
    PERMITS,
    PLACE_PREPOSITIONS,
    PREDICATE_FILLERS,
    REGISTERING,
    STATUS_NOUNS,
    STAY_PARTICIPLES,
    SUBJECT_RELATIVES,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_at
from narrlint.nlp.vocabulary import (
    IDENTITY_PAPERS,
    LACKING_WORDS,
    NEGATIONS,
    PAPER_QUALIFIERS,
    RELATIVES,
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


MAIN_VERB_WORDS = frozenset(MODALS | COPULAS | HOLDING_VERBS | DO_FORMS) - {"now", "all", "still"}
"""Words that start the main clause's verb after a predicate: its time words are not the
predicate's."""
TIME_FILLERS = frozenset({"only", "even", "again", "just"})
CLOSING_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def predicate_of(doc, lex, analysis, mention: Mention) -> Predicate | None:
    """What follows a group mention as its predicate ("X, who are Y", "X are Y", "X without
    documents"), or what a classing verb makes of it ("counts X as Y"); None when nothing is
    predicated or the predicate is negated."""
    n = len(doc)
    j = mention.end
    lowers = doc_lowers(doc)
    parted: int | None = None  # where a part of the group's own words begin
    # "Afghan refugees living in Pakistan, who ...", "... in Pakistan holding ACCs": past
    # the group's place to a relative clause or a holding
    placed = past_place(doc, j)
    if (
        placed < n
        and placed != j
        and (lowers[placed] in (",", *RELATIVES) or placed in analysis.by_start)
    ):
        j = placed
    elif placed + 1 < n and lowers[placed] in NEGATED_VERBS and lowers[placed + 1] in NEGATIONS:
        j = placed  # "refugees in Karachi have not been granted legal status"
    else:
        j = past_reduced_relative(doc, analysis, placed)  # "refugees deported so far had ..."
        j = mention.end if j == placed else j
    if j < n and lowers[j] == "as" and _classed_before(doc, mention.start):
        return _predicated_group(doc, lex, analysis, j + 1)
    staying = _staying_as(doc, lowers, j)
    if staying is not None:  # "ACC holders have lived in Pakistan as refugees"
        return _predicated_group(doc, lex, analysis, staying)
    paired = partial(_predicated_group, doc, lex, analysis)
    if j < n and lowers[j] in PAIR_DASHES:  # "refugees — both documented and undocumented —"
        said = pair_denial(doc, analysis, j + 1, paired)
        if said is not None:
            return said
    if j < n and lowers[j] == ",":
        j += 1
        if j < n and lowers[j] in RELATIVES:
            j += 1
        elif mention.kind == "term" and appositive(doc, analysis, j):
            return _predicated_group(doc, lex, analysis, j)  # "ACC holders, refugees granted"
        else:
            said = pair_denial(doc, analysis, j, paired)  # ", both registered and unregistered"
            if said is not None:
                return said
            part = _past_quantified_part(lowers, j)  # "refugees, many of whom lack papers"
            said = analysis.by_start.get(part) if part != j else None
            if said is not None and said.kind == "adjective" and _clause_closes(lowers, said.end):
                return _predicated_group(doc, lex, analysis, part)  # ", mostly undocumented,"
            counted = counted_part(doc, lowers, j) if part == j else part
            if counted != j:
                parted = counted
            j = part
    elif j < n and lowers[j] in RELATIVES:
        j += 1
    if j == mention.end or (0 < j < n and lowers[j - 1] in RELATIVES):
        # "refugees that Pakistan says are in the country illegally", "refugees it says are"
        reported = past_reported(doc, j)
        classed = classing_view(doc, reported - 1) if reported != j else None
        said = _predicated_group(doc, lex, analysis, classed) if classed is not None else None
        if said is not None:  # "refugees it deems illegal"
            return said
        j = reported
    denial = restricted_denial(doc, lex, analysis, j)
    if (
        denial is None
        and j < n
        and (
            lowers[j] in LACKING_WORDS or lowers[j] in AUXILIARY_FILLERS | DO_FORMS | DENYING_WORDS
        )
    ):  # "refugees without PoR cards", "refugees who didn't have PoR cards"
        denial = _own_papers_denied(doc, lex, mention, j)
    if denial is not None:
        return denial
    held = _holding_at(analysis, lowers, j)
    if held is not None and mention.kind != "holding":
        # "refugees holding Afghan Citizen Cards", "... staying here on ACCs": the group is
        # said to be the holders of those documents
        groups = tuple(sorted(held.categories))
        return Predicate(held.end, groups, groups, doc[held.start : held.end].text.lower())
    linked = False
    while j < n and not (linked and j in analysis.by_start and not _classing_as(doc, j)):
        lower = lowers[j]
        if lower in NEGATIONS:
            # "refugees who are not registered": the subject denied its own group's papers
            return negated_papers(doc, lex, analysis, mention, j)
        if phrase_at(lowers[j : j + 2], 0, CONTRAST_PHRASES):
            return None
        if lower in SINGULAR_COPULAS and lowers[mention.end - 1].endswith("s"):
            return None  # "Arresting PoR card holders is illegal": another subject's verb
        if lower in CLASSING and j > 0 and lowers[j - 1] == "being":
            return None  # "are being treated as / called ...": others' conduct, not a status
        if lower in COPULAS or (lower in CLASSING and (linked or _classing_as(doc, j))):
            linked = True
            j = (classed_as(doc, j, CLASSING) or j + 1) - 1  # "registered with UNHCR as"
        elif (lower in HAVING_STATUS or lower in GIVEN_PARTICIPLES) and status_at(
            doc, analysis, j + 1
        ):  # "enjoy refugee status", "have been granted refugee status"
            return _predicated_group(doc, lex, analysis, j + 1)
        elif (lower in HAVING_STATUS or lower in GIVEN_PARTICIPLES) and (
            named := status_of(doc, analysis, j + 1)
        ):  # "enjoy the status of registered refugees"
            return _predicated_group(doc, lex, analysis, named.start)
        elif lower in PERFECT_AUXILIARIES and j + 1 < n and lowers[j + 1] == "been":
            pass  # "have been granted ...", "had been counted as ..."
        elif lower in PERFECT_AUXILIARIES and j + 1 < n and lowers[j + 1] in NEGATIONS:
            # "refugees have not been granted legal status"
            denied = negated_papers(doc, lex, analysis, mention, j + 1)
            if denied is not None:
                return denied
            break
        elif lower not in PREDICATE_FILLERS:
            break
        j += 1
    said = _predicated_group(doc, lex, analysis, j) if linked and j < n else None
    if said is None and parted is not None:
        # "refugees, out of which 375 face deportation due to a lack of documentation"
        said = caused_denial(doc, lex, analysis, parted)
    return said or caused_denial(doc, lex, analysis, mention.end)


NEGATED_FILLERS = frozenset({"yet", "been", "being", "be", "even", "ever", "formally",
                             "officially", "properly", "duly", "any", "a"})  # fmt: skip
"""Words read through between a negation and the papers it denies ("not yet been
registered", "never formally registered", "not been granted any legal status")."""
NEGATED_ENDS = frozenset({"in", "with", "at", "by", "under", "so", "yet", "anymore", "and",
                          "or", "since", "there", "here"})  # fmt: skip
"""Words after a negated adjective that close its predicate ("not registered in the
Commissionerate", "not registered so far"); besides these, only the main clause's verb
does ("who are not registered will be deported"): any other word makes the adjective part
of something else ("not registered voters", "not legal experts")."""
NEGATED_CLOSES = NEGATED_ENDS | MAIN_VERB_WORDS | {"face", "risk"}


def negated_papers(
    doc: Doc, lex: Lexicon, analysis: Analysis, mention: Mention, k: int
) -> Predicate | None:
    """A negation at ``k`` denying the subject's own group its papers: "refugees who are not
    registered", "refugees are not documented", "refugees have not been granted legal
    status". As "non-registered refugees", the group's own modifier negated says its people
    have none; another group's ("ACC holders are not registered": PoR registration) denies
    nothing of theirs, nor does a classing ("not registered as refugees") or a denial of
    illegality ("refugees are not illegal")."""
    lowers, n = doc_lowers(doc), len(doc)
    m = k + 1
    while m < n and m < k + 4 and lowers[m] in NEGATED_FILLERS:
        m += 1
    given = m < n and lowers[m] in GIVEN_PARTICIPLES  # "not been granted legal status"
    if given:
        m += 1
        while m < n and lowers[m] in NEGATED_FILLERS:
            m += 1
    said = analysis.by_start.get(m)
    if said is None or said.kind != "adjective" or _classing_as(doc, m):
        return None
    end = said.end
    if given:
        if end >= n or not (lowers[end] in STATUS_NOUNS or lowers[end] in IDENTITY_PAPERS):
            return None
        end += 1
    elif end < n and not doc[end].is_punct and lowers[end] not in NEGATED_CLOSES:
        return None
    own = mention.head_categories if mention.kind == "head" else mention.categories
    papers = frozenset(said.categories)
    if not own or not own <= papers or not lex.undocumented:
        return None
    words = doc[k:end].text.lower()
    return Predicate(end, lex.undocumented, (), words, ("documented",))


CAUSE_OPENERS = (("due", "to"), ("because", "of"), ("owing", "to"), ("for",))
"""Words opening the cause a group is acted on for ("detained for residing without valid
documents", "face deportation due to a lack of documentation")."""
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
    group says it of them ("refugees who were jailed for lacking documents")."""
    if not lex.undocumented:
        return None
    lowers = doc_lowers(doc)
    start = past_aside(doc, analysis, past_place(doc, end))  # ", including children,"
    stop = min(len(doc), sentence_at(doc, end - 1).end, start + CAUSE_REACH + 1)
    for k in range(start, stop):
        opener = next((w for w in CAUSE_OPENERS if tuple(lowers[k : k + len(w)]) == w), None)
        if opener is not None:
            return _cause_denial(doc, lex, analysis, k + len(opener))
        if k == start and lowers[k] in SUBJECT_RELATIVES:
            continue
        if doc[k].is_punct or lowers[k] in NEGATIONS or lowers[k] in RELATIVES:
            return None
        if k in analysis.by_start or lowers[k] in CAUSE_DETERMINERS:
            return None  # another group, or other people the cause may be of ("helped the ...")
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
    n, steps = len(lowers), 0
    k = any_papers(lowers, k) or k  # "lacked any form of legal documentation"
    while k < n and steps < 4:
        if lowers[k] in CROSSING_QUALIFIERS and k + 1 < n and lowers[k + 1] in IDENTITY_PAPERS:
            return None  # "no valid travel documents": a crossing's papers, not residence
        if lowers[k] in PERMITS and k + 2 < n and lowers[k + 1] in PERMIT_LINKS:
            k += 2  # "visas or", "any visa nor"
        elif lowers[k] in PAPER_QUALIFIERS:
            k += 1
        else:
            break
        steps += 1
    return k + 1 if k < n and lowers[k] in IDENTITY_PAPERS else None


OWNING_OPENERS = AUXILIARY_FILLERS | DO_FORMS | DENYING_WORDS
"""Words a denial of a group's own papers may start with ("who have no", "who did not have",
"who never had")."""


def _own_papers_denied(doc: Doc, lex: Lexicon, mention: Mention, j: int) -> Predicate | None:
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


def _holding_at(analysis, lowers: list[str], j: int) -> Mention | None:
    """A holding at ``j`` or past auxiliaries ("who have been given ACCs", "who hold",
    "registered with ACCs")."""
    for at in range(j, min(len(lowers), j + 4)):
        held = analysis.by_start.get(at)
        if held is not None and held.kind == "holding":
            return held
        if lowers[at] not in AUXILIARY_FILLERS and lowers[at] not in REGISTERING:
            return None
    return None


def _past_quantified_part(lowers: list[str], j: int) -> int:
    """Past "many of whom", "most of them", "mostly" after a group's comma: a denial of
    documents said of a part of the group is said of people the group's noun names ("Afghan
    refugees, many of whom lack documents" as "Afghan refugees who lack documents")."""
    for words in PART_QUANTIFIERS:
        k = j + len(words)
        if tuple(lowers[j:k]) == words and tuple(lowers[k : k + 2]) in _PARTITIVES:
            return k + 2
    if j + 1 < len(lowers) and lowers[j] in PART_ADVERBS and lowers[j + 1] != "of":
        return j + 1  # "refugees, mostly undocumented", "refugees, many undocumented"
    return j


_PARTITIVES = frozenset({("of", "whom"), ("of", "them")})
PART_PRONOUNS = frozenset({"whom", "which", "them", "these", "those"})


def counted_part(doc: Doc, lowers: list[str], j: int) -> int:
    """Past a part of the group counted after its comma ("out of which 375", "of whom
    375") or a quantifier after "with" ("with many facing ..."): where the part's own words
    begin, or ``j``. What is said of the part (a lack of papers given as the cause of what is
    done to it) is said of people the group's noun names."""
    n = len(lowers)
    if j + 1 < n and lowers[j] == "with" and (lowers[j + 1],) in PART_QUANTIFIERS:
        return j + 2
    k = j + 2 if tuple(lowers[j : j + 2]) == ("out", "of") else j + 1
    if lowers[k - 1 : k] != ["of"] or k + 1 >= n or lowers[k] not in PART_PRONOUNS:
        return j
    return k + 2 if doc[k + 1].like_num else j


def _clause_closes(lowers: list[str], k: int) -> bool:
    """An appositive ends at ``k``: a comma, a dash, a bracket or the sentence's end."""
    return k >= len(lowers) or lowers[k] in (",", ".", ";", ")", "—", "–", "-")


PART_ADVERBS = frozenset({"mostly", "largely", "mainly", "chiefly", "predominantly",
                          "overwhelmingly", "many", "most", "some"})  # fmt: skip
"""Words before an adjective said of part of a group ("refugees, mostly undocumented")."""


PERFECT_AUXILIARIES = frozenset({"have", "has", "had"})
NEGATED_VERBS = frozenset(COPULAS) | PERFECT_AUXILIARIES
"""A verb a group's negated papers follow past where its people live ("refugees in Karachi
are not registered")."""
SINGULAR_COPULAS = frozenset({"is", "was", "'s", "’s"})
"""A plural group followed by one of these is not its subject."""


def status_at(doc: Doc, analysis: Analysis, j: int) -> bool:
    """ "refugee status" at ``j``: a group's head noun naming the status itself."""
    mention = analysis.by_start.get(j)
    return (
        mention is not None
        and mention.kind == "head"
        and mention.end < len(doc)
        and doc[mention.end].lower_ in STATUS_NOUNS
    )


def _classing_as(doc: Doc, j: int) -> bool:
    """ "registered as", "counted as", "registered with UNHCR as": a classing participle,
    not the group "registered"."""
    return classed_as(doc, j, CLASSING) is not None


def _classed_before(doc: Doc, start: int) -> bool:
    """ "counts ACC holders as ...", "treated ACC holders as ...": a classing verb governs the
    mention, so "as" introduces what the mention is said to be."""
    for k in range(start - 1, max(-1, start - 4), -1):
        token = doc[k]
        if token.lemma_.lower() in CLASSING_LEMMAS:
            # "accused of treating refugees as illegal immigrants", "wrongly counts ...":
            # a classing the sentence calls wrong is not its own
            return ERROR_FRAMES.isdisjoint(doc_lowers(doc)[max(0, k - 3) : k])
        if token.lower_ not in ("the", "all", "these", "those", "many", "most", "some", "also"):
            return False
    return False


def _staying_as(doc: Doc, lowers: list[str], j: int) -> int | None:
    """After "(, ) (have) lived / living / staying (in Pakistan) as": where the group the
    stay is said to be as begins ("... have lived in Pakistan as refugees")."""
    n = len(doc)
    k = j + (j < n and lowers[j] == ",")
    while k < n and k < j + 4 and (lowers[k] in AUXILIARY_FILLERS or lowers[k] in MODALS):
        k += 1
    if k >= n or lowers[k] not in STAY_PARTICIPLES:
        return None
    k = past_place(doc, k + 1)
    return k + 1 if k < n and lowers[k] == "as" else None


def _predicated_group(doc, lex, analysis, j: int) -> Predicate | None:
    n = len(doc)
    if j >= n:
        return None
    mention = analysis.by_start.get(j)
    if mention is None:
        return document_denial(doc, lex, analysis, j)
    words = doc[mention.start : mention.end].text.lower()
    if mention.kind == "adjective":
        negative = tuple(c for c in mention.categories if is_documented(lex, c) is False)
        return Predicate(mention.end, negative, (), words, ("documented",)) if negative else None
    if mention.fused:
        return None
    if mention.kind == "head":
        groups = tuple(mention.head_categories)
        if mention.end < n and doc[mention.end].lower_ in STATUS_NOUNS:
            return Predicate(mention.end + 1, (), groups, words + " status", ("refugee_status",))
        return Predicate(mention.end, (), groups, words)
    groups = tuple(mention.categories)
    if mention.kind == "np" and not mention.head_categories:
        # "illegal residents", "undocumented people": a modifier on a noun of no group
        # speaks of documents, as the adjective alone does ("are illegal")
        return Predicate(mention.end, groups, groups, words, ("documented",))
    return Predicate(mention.end, groups, groups, words)


def document_denial(doc, lex, analysis, j: int) -> Predicate | None:
    """ "without (valid) documents", "lacking papers", "with no documents", "did not have
    documents", "living illegally": the predicate denies the attribute ``documented``."""
    n = len(doc)
    undocumented = lex.undocumented
    if not undocumented or j >= n:
        return None
    lowers = doc_lowers(doc)
    lower = lowers[j]
    k = j
    before = _illegally_staying(doc, lex, analysis, j)  # "refugees illegally staying in ..."
    if before is not None:
        return before
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
    elif lower in NEGATIONS | DENYING_WORDS and k + 1 < n and lowers[k + 1] in HOLDING_VERBS:
        k += 2  # "not holding valid documents", "neither possess any visa nor any valid ..."
    elif (
        lower in DO_FORMS and k + 2 < n and lowers[k + 1] in NEGATIONS | DENYING_WORDS
        and lowers[k + 2] in HOLDING_VERBS
    ):  # fmt: skip
        k += 3  # "who did not have valid documents"
    else:
        return None
    end = _papers_end(lowers, k)
    if end is None:
        return None
    return Predicate(end, undocumented, (), doc[j:end].text.lower(), ("documented",))


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
        return None
    if "by" in doc_lowers(doc)[end + 1 : end + 4]:
        return None
    negative = tuple(c for c in found[1] if is_documented(lex, c) is False)
    if not negative:
        return None
    return Predicate(end + 1, negative, (), doc[j : end + 1].text.lower(), ("documented",))


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


def concessions(analysis: Analysis, lowers: list[str]) -> Iterator[tuple[Mention, Mention]]:
    """(adjective, holding): "mostly unregistered but in possession of PoR cards": one
    group's adjective and another group's documents said of the same people, joined by a
    concession ("but", "yet")."""
    for first, second in zip(analysis.mentions, analysis.mentions[1:], strict=False):
        if first.kind != "adjective" or second.kind != "holding":
            continue
        between = lowers[first.end : second.start]
        if between and between[0] in CONCESSIVE and set(between[1:]) <= CONCESSION_FILLERS:
            yield first, second
