"""Reports of no one named: "according to (initial / unconfirmed) reports", "according to
details", "Initial reports confirmed 45 deaths"; and declarations that report nothing
("Hospitals declared an emergency"). Part of the count claims reader
(:mod:`.counts_attribution`): such reports name no source, so they attribute no count, while
"media reports", "official reports", "initial reports by Dawn" or "the report" (a document the
draft names) do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_words import (
    ASIDE_ADJECTIVES,
    ASIDE_FRAMES,
    ASIDE_SUBJECT_WORDS,
    CLAUSE_MARKS,
    COUNTED_PEOPLE,
    PLATFORMS,
    PREDICATES,
)
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VAGUE_REPORT_WORDS = frozenset(
    {"initial", "early", "earlier", "preliminary", "unconfirmed", "first", "some", "several",
     "various", "conflicting", "unofficial", "other", "latest", "recent", "reports", "report",
     "details", "further", "more", "local"}
)  # fmt: skip
"""Words of "according to (initial / unconfirmed) reports": reports of no one named ("local
reports" too: where they come from, not whose they are; "local media reports" name media)."""
REPORT_NOUNS = frozenset({"reports", "report", "details"})
"""Nouns of "according to (initial) reports" and "according to details" (a newsroom idiom
for "the story goes": no one named)."""


VAGUE_SUBJECT_WORDS = VAGUE_REPORT_WORDS - {"earlier", "latest", "recent", "other"}
"""Words of a subject of vague reports: not reports placed in time ("Earlier reports
suggested around 20 deaths" may be the reports the draft has just credited)."""
SUBJECT_BOUNDS = frozenset({"and", "but", "while", "as", "with", "the"})
"""Words before a subject of vague reports that open its clause ("…, and initial reports
said", "with reports indicating"), "the" its article."""


def vague_subject(verb: Token, sentence: Span) -> bool:
    """ "Initial reports confirmed 45 deaths", "Reports said 12 were killed", "…, with
    unconfirmed reports suggesting…": a verb whose subject is reports of no one named, as in
    "according to initial reports"; "media reports said", "the report said" (a document the
    draft names), "initial reports from the hospital said" name a source."""
    lowers = doc_lowers(verb.doc)
    i = _past_where_they_circulate(lowers, verb.i - 1, sentence.start)
    words = []
    while i >= sentence.start and lowers[i] in VAGUE_SUBJECT_WORDS:
        words.append(lowers[i])
        i -= 1
    opens = i < sentence.start or lowers[i] in CLAUSE_MARKS or lowers[i] in SUBJECT_BOUNDS
    return (
        opens
        and bool(words)
        and words[0] in REPORT_NOUNS
        and (words[0] != "report" or len(words) > 1)
    )


WHERE_WORDS = frozenset(PLATFORMS | {"media", "on"})
"""Words of where reports go round ("on social media", "on X")."""


def _past_where_they_circulate(lowers: list[str], i: int, start: int) -> int:
    """Back from ``i`` (the word before a verb) past where its subject's reports go round:
    "Reports on social media indicated …", "reports circulating online said …" (r23 hunt,
    hc-031) are reports of no one, as "according to reports circulating on X" are; the index
    of the report noun, or ``i`` when there is no such phrase."""
    j = i
    while j >= start and (lowers[j] in WHERE_WORDS or lowers[j] in CIRCULATING_WORDS):
        j -= 1
    if j == i or j < start or lowers[j] not in REPORT_NOUNS:
        return i
    return j if lowers[j + 1] == "on" or lowers[j + 1] in CIRCULATING_WORDS else i


def vague_reports(according: Token, sentence: Span) -> bool:
    """ "…, according to initial reports.", "according to unconfirmed reports, 12 …", "as
    per reports, …", "According to report, …" (``according`` may be "per"): reports
    that name no one who gave the count attribute nothing; "according to media reports",
    "official reports", "initial reports by Dawn", "the report" (a document the draft names)
    do."""
    doc = according.doc
    lowers = doc_lowers(doc)
    words = []
    first = according.i + (1 if according.lower_ == "per" else 2)  # "(as) per reports"
    for i in range(first, sentence.end):
        if lowers[i] in CLAUSE_MARKS or lowers[i] in (".", "!", "?"):
            break
        if words and words[-1] in REPORT_NOUNS and _circulating(lowers, i, sentence.end):
            break  # "according to reports circulating on X": still no one named
        words.append(lowers[i])
    return (
        bool(words) and words[-1] in REPORT_NOUNS and all(w in VAGUE_REPORT_WORDS for w in words)
    )  # a bare "according to report," names no one either; "the report" names a document


CIRCULATING_WORDS = frozenset(
    {"circulating", "doing", "making", "emerging", "trickling", "coming", "online"}
)  # fmt: skip
"""Words after "reports" that tell where they go round, not whose they are ("reports
circulating on X", "reports doing the rounds", "reports emerging from the area")."""


def _circulating(lowers: list[str], i: int, end: int) -> bool:
    """Do the words from ``i`` (after a report noun) only tell how the reports go round:
    circulating, online, or on a platform ("on social media"), with no source after them
    ("reports on X by the district police" name one)?"""
    named = not NAMING_WORDS.isdisjoint(lowers[i : min(end, i + MAX_CIRCULATING)])
    if lowers[i] == "on":
        return i + 1 < end and lowers[i + 1].rstrip(".") in PLATFORMS and not named
    return lowers[i] in CIRCULATING_WORDS and not named


NAMING_WORDS = frozenset({"by", "from", "of"})
"""Words that go on to name whose the reports are ("reports emerging from the hospital")."""
MAX_CIRCULATING = 6
"""Words after a report noun in which a source may still be named."""


DECLARED_STATES = frozenset(
    {"emergency", "emergencies", "war", "holiday", "curfew", "mourning", "ceasefire", "truce"}
)  # fmt: skip
"""What is declared as an act, not a report ("declared an emergency", "declared a day of
mourning")."""


def declares_a_state(token: Token) -> bool:
    """ "declared (an) emergency", "declared a state of emergency", "declared a day of
    mourning": the verb proclaims a state, it reports no figure."""
    doc = token.doc
    for k in range(token.i + 1, min(len(doc), token.i + 5)):
        lower = doc[k].lower_
        if lower in DECLARED_STATES:
            return True
        if lower not in ("a", "an", "the", "state", "day", "days", "of", "three-day", "medical"):
            return False
    return False


MAX_ASIDE_OPENING = 6
"""Tokens from the clause's start to an aside's frame ("It is also very important to")."""


def writers_aside(verb: Token, sentence: Span) -> bool:
    """ "It's worth mentioning here that …", "It is pertinent to mention that …", "Needless
    to say, …": a reporting verb in an impersonal aside of the writer names no source. The
    frame must open its sentence or clause with only "it", its verb and adverbs before it
    ("The minister said it was worth noting that …" keeps "said")."""
    doc = verb.doc
    lowers = doc_lowers(doc)
    frame = verb.i - 1
    if frame >= sentence.start and lowers[frame] == "to":
        frame -= 1
        if frame < sentence.start or lowers[frame] not in ASIDE_ADJECTIVES:
            return False
    elif frame < sentence.start or lowers[frame] not in ASIDE_FRAMES:
        return False
    k = frame - 1
    while k >= sentence.start and frame - k <= MAX_ASIDE_OPENING:
        lower = lowers[k]
        if lower in CLAUSE_MARKS or doc[k].is_punct:
            return True
        if lower not in ASIDE_SUBJECT_WORDS:
            return False
        k -= 1
    return k < sentence.start


REDUCED_STATES = frozenset(w for w in PREDICATES if w.endswith(("ed", "dead", "hurt", "slain")))
"""Casualty participles and "dead" after a reporting participle ("confirmed dead", "reported
killed"): the state reported, with no one reporting it."""


def reduced_passive(verb: Token) -> bool:
    """ "16 Pakistani soldiers confirmed dead", "Twelve soldiers reported killed in Quetta
    blast": a reporting participle between the people counted and their state, with no "be"
    (a headline's or bullet's passive), names no source, as "were reported killed" does not;
    "Officials confirmed 16 dead" and "Police reported 12 killed" have the number after the
    verb, and "…, confirmed police." a source after it."""
    doc = verb.doc
    i = verb.i
    if not verb.lower_.endswith("ed") or i == 0 or i + 1 >= len(doc):
        return False
    state = doc[i + 1].lower_
    before = doc[i - 1]
    plural = before.lower_.endswith(("s", "men")) or before.lower_ in COUNTED_PEOPLE
    people = before.is_alpha and before.is_lower and plural
    return (
        state in REDUCED_STATES and (people or before.like_num) and doc[i + 2 : i + 3].text != "by"
    )
