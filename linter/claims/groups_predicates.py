"""Reading what a sentence says a group is: its predicates ("ACC holders, who are registered
refugees", "... without documents", "... living legally"), for the group claims reader.

Split from :mod:`narrlint.claims.groups_phrases`, which reads the group mentions these
predicates are said of; the denials of documents a predicate may be ("... without documents",
"detained for lacking papers") are read in :mod:`narrlint.claims.groups_denials`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from narrlint.claims.groups_clauses import phrase_at
from narrlint.claims.groups_denials import (
    OWNING_OPENERS,
    Predicate,
    caused_denial,
    document_denial,
    own_papers_denied,
    registering_denied,
    registration_lacked,
    restricted_denial,
)
from narrlint.claims.groups_lexicon import Lexicon
from narrlint.claims.groups_model import Analysis, Mention
from narrlint.claims.groups_pairs import PAIR_DASHES, pair_denial
from narrlint.claims.groups_phrases import is_documented
from narrlint.claims.groups_places import appositive, past_place
from narrlint.claims.groups_reduced import past_reduced_relative
from narrlint.claims.groups_reported import classed_as, classing_view, past_reported
from narrlint.claims.groups_status import status_of
from narrlint.claims.groups_words import (
    AUXILIARY_FILLERS,
    CLASSING,
    CLASSING_LEMMAS,
    CONCESSION_FILLERS,
    CONCESSIVE,
    CONTRAST_FIRST,
    CONTRAST_PHRASES,
    COPULAS,
    DO_FORMS,
    ERROR_FRAMES,
    GIVEN_PARTICIPLES,
    GOT_PAPERS,
    HAVING_STATUS,
    HOLDING_VERBS,
    MODALS,
    PART_QUANTIFIERS,
    PREDICATE_FILLERS,
    REGISTERING,
    STATUS_NOUNS,
    STATUS_QUALIFIERS,
    STAY_PARTICIPLES,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import (
    IDENTITY_PAPERS,
    LACKING_WORDS,
    NEGATIONS,
    RELATIVES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


MAIN_VERB_WORDS = frozenset(MODALS | COPULAS | HOLDING_VERBS | DO_FORMS) - {"now", "all", "still"}
"""Words that start the main clause's verb after a predicate: its time words are not the
predicate's."""
TIME_FILLERS = frozenset({"only", "even", "again", "just"})
CLOSING_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})


def predicate_of(doc, lex, analysis, mention: Mention) -> Predicate | None:
    """What follows a group mention as its predicate ("X, who are Y", "X are Y", "X without
    documents"), or what a classing verb makes of it ("counts X as Y"); None when nothing is
    predicated or the predicate is negated. A relative clause joined to the group's first one
    by "or"/"and" is said of the group too ("refugees whose cards have expired or who remain
    unregistered"): it is read when the first says nothing of the group's papers."""
    said = _predicate_after(doc, lex, analysis, mention)
    if said is not None:
        return said
    joined = _joined_relative(doc, mention.end)
    if joined is not None:
        return _predicate_after(doc, lex, analysis, replace(mention, end=joined))
    moved = _extraposed_relative(doc, analysis, mention)
    if moved is None:
        return None
    said = _predicate_after(doc, lex, analysis, replace(mention, end=moved))
    return replace(said, start=moved) if said is not None else None


EXTRAPOSED_REACH = 6
"""Words of the verb phrase between "those <group>" and its restriction put after it ("only
those refugees were declared illegal who ...")."""
EXTRAPOSED_STOPS = frozenset({"by", "to", "of", "from", "with", "for", "in", "on", "at", "the",
                              "a", "an", "their", "his", "her", "its", "and", "or", "but",
                              "that", "which", "whom", "whose", "where", "when"})  # fmt: skip
"""Words on the way that may start another noun's phrase, whose relative it would be."""


def _extraposed_relative(doc, analysis, mention: Mention) -> int | None:
    """Where "who" of a restriction put after the verb of "those <group>" starts: "only those
    refugees were declared illegal who failed to provide any document" -> the index of
    "who"; None when the group has no "those" before it, or the words between may be another
    noun's ("were questioned by officers who ..."); a group's adjective on the way is the
    verb's ("were declared illegal who ...")."""
    start = mention.start
    if start == 0 or doc_lowers(doc)[start - 1] != "those":
        return None
    lowers = doc_lowers(doc)
    stop = min(len(doc), mention.end + EXTRAPOSED_REACH + 1)
    for k in range(mention.end, stop):
        lower = lowers[k]
        if lower == "who":
            return k if k > mention.end + 1 else None
        token = doc[k]
        if (
            not token.is_alpha
            or lower in EXTRAPOSED_STOPS
            or (k in analysis.by_start and analysis.by_start[k].kind != "adjective")
            or (token.is_title and k > 0)
        ):
            return None
    return None


FIRST_RELATIVES = frozenset(RELATIVES | {"whose"})
"""Words that open a group's first relative clause ("refugees whose cards have expired")."""
JOINED_RELATIVE_SPAN = 16
"""How many words a group's first relative clause may run before "or who" / "and who"."""
JOINED_RELATIVE_STOPS = frozenset({".", ";", ":", "(", ")", "—", "–", '"', "“", "”"})


def _joined_relative(doc, end: int) -> int | None:
    """Where "who" of a relative clause joined by "or"/"and" to the first relative
    clause right after a group (past its place) starts: "refugees living in Pakistan whose
    cards have expired or who remain unregistered" -> the index of "who"; None when the group
    has no relative clause or the clause is joined to none."""
    lowers = doc_lowers(doc)
    n = len(doc)
    j = past_place(doc, end)
    if j < n and lowers[j] == ",":
        j += 1
    if j >= n or lowers[j] not in FIRST_RELATIVES:
        return None
    for k in range(j + 2, min(n - 1, j + JOINED_RELATIVE_SPAN)):
        lower = lowers[k]
        if lower in JOINED_RELATIVE_STOPS:
            return None
        if lower in ("or", "and") and lowers[k + 1] == "who":
            return k + 1
    return None


def _predicate_after(doc, lex, analysis, mention: Mention) -> Predicate | None:
    """:func:`predicate_of` for the words right after ``mention``."""
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
    elif placed != j and placed < n and lowers[placed] in COPULAS:
        j = placed  # "Afghan refugees staying in Pakistan are illegal"
    else:
        j = past_reduced_relative(doc, analysis, placed)  # "refugees deported so far had ..."
        j = mention.end if j == placed else j
    glossed = _bracket_gloss(analysis, lowers, mention.end)
    if glossed is not None:  # "registered refugees (ACC card holders)": the bracket names them
        return _predicated_group(doc, lex, analysis, glossed)
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
        denial is None and j < n and (lowers[j] in LACKING_WORDS or lowers[j] in OWNING_OPENERS)
    ):  # "refugees without PoR cards", "refugees who didn't have PoR cards"
        denial = own_papers_denied(doc, lex, mention, j)
    if denial is None:  # "refugees residing in Pakistan without any record or registration"
        denial = registration_lacked(doc, lex, mention, j)
    if denial is not None:
        return denial
    held = _holding_at(analysis, lowers, j)
    if held is not None and mention.kind != "holding":
        # "refugees holding Afghan Citizen Cards", "... staying here on ACCs": the group is
        # said to be the holders of those documents
        groups = tuple(sorted(held.categories))
        words = doc[held.start : held.end].text.lower()
        if lowers[held.start] in GOT_PAPERS:
            # "880,000 undocumented Afghans received ACCs": the cards made them documented
            return Predicate(held.end, groups, groups, words, ("refugee_status",))
        return Predicate(held.end, groups, groups, words)
    linked = False
    while j < n and not (linked and j in analysis.by_start and not _classing_as(doc, j)):
        lower = lowers[j]
        if not linked and (refused := registering_denied(doc, lex, mention, j)) is not None:
            return refused  # "refugees had opted not to register themselves"
        if lower in NEGATIONS:
            # "refugees who are not registered": the subject denied its own group's papers
            return negated_papers(doc, lex, analysis, mention, j)
        if lower in CONTRAST_FIRST and phrase_at(lowers[j : j + 2], 0, CONTRAST_PHRASES):
            return None
        if lower in SINGULAR_COPULAS and lowers[mention.end - 1].endswith("s"):
            return None  # "Arresting PoR card holders is illegal": another subject's verb
        if lower in CLASSING and j > 0 and lowers[j - 1] == "being":
            return None  # "are being treated as / called ...": others' conduct, not a status
        if lower in COPULAS or (lower in CLASSING and (linked or _classing_as(doc, j))):
            linked = True
            j = (classed_as(doc, j, CLASSING) or j + 1) - 1  # "registered with UNHCR as"
        elif (lower in HAVING_STATUS or lower in GIVEN_PARTICIPLES) and (
            status := status_at(doc, analysis, j + 1)
        ):  # "enjoy refugee status", "have been granted formal refugee status"
            return _predicated_group(doc, lex, analysis, status.start)
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


def status_at(doc: Doc, analysis: Analysis, j: int) -> Mention | None:
    """The group head naming "refugee status" at ``j``, also past a word of its standing
    ("formal refugee status", "official refugee status"): the head's group is the status."""
    if j < len(doc) and doc[j].lower_ in STATUS_QUALIFIERS:
        j += 1
    mention = analysis.by_start.get(j)
    if (
        mention is not None
        and mention.kind == "head"
        and mention.end < len(doc)
        and doc[mention.end].lower_ in STATUS_NOUNS
    ):
        return mention
    return None


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


def _bracket_gloss(analysis: Analysis, lowers: list[str], j: int) -> int | None:
    """Where a group glossing the one ending at ``j`` starts: "(" right after the group, then
    a group that closes the bracket ("documented refugees (Afghan Citizen Card holders)").
    The gloss says who the people are, as "X, who are Y" does; a bracket holding more than
    one group's words ("(ACC holders and PoR card holders)") or anything else is no gloss."""
    if j + 2 >= len(lowers) or lowers[j] != "(":
        return None
    gloss = analysis.by_start.get(j + 1)
    if gloss is None or gloss.end >= len(lowers) or lowers[gloss.end] != ")":
        return None
    return gloss.start


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
