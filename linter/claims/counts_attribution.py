"""Who gave a casualty count: reporting words, quotations and neighbouring sentences.

Part of the count claims reader (:mod:`narrlint.claims.counts`). Attribution is judged, not
assumed:

- **In the count's clause**: a reporting verb ("said", "told", "confirmed"…), "according to",
  "citing", "per", "<participle> by <source>", a named source revising a toll ("officials
  revised the toll to 45") or posting it ("posted on X"), a closing credit "(ISPR)", "…:
  ISPR", or a source labelling a headline ("Police: 12 killed"; not a dateline "QUETTA:").
  A "said" inside "…, which the minister said was cowardly" or "a week after X said…"
  reports something else; "since the start of…", "after a bombing that…" open no clause,
  nor does a subordinate clause with no comma before it ("Police said the blast occurred
  when a bomb exploded, killing 12").
- **Quotations**: a count inside a quotation is attributed when the quotation's speaker is
  named where it opens or closes.
- **Adjacent sentences**: the next sentence covers the count only when it is attributed *and*
  refers back to it (the same number, "the toll", "this figure", a breakdown of "the dead" or
  "the victims", or a pronoun for the whole statement: "This was announced by the police") or
  gives the same source's figure for the incident ("Police said 40 others were injured"). Who
  the victims were ("most of the victims were police officers") is not their count. A sentence
  that repeats, breaks down ("The dead included four children") or complements the previous
  sentence's attributed count is covered by it; a revised total ("The toll later rose to 60")
  is not.
- **Increments in the same report**: "<N> more", "<N> others" joined by "as"/"while" to an
  attributed count of the sentence ("…, a hospital spokesman said, as seven more succumbed"),
  and a count of other people set against it by "while"/"whereas" ("Police said 12 militants
  were killed, while two policemen were martyred").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span, Token

from narrlint.claims.counts_phrases import (
    BE_LEMMAS,
    BREAKDOWN_LINKS,
    CASUALTIES,
    CLAUSE_MARKS,
    COUNTED_PEOPLE,
    DEATH_NOUNS,
    DEPENDENT_WORDS,
    LOSS_NOUNS,
    OBJECT_VERBS,
    PEOPLE_REFERENCES,
    PREDICATES,
    REFERRING_DETERMINERS,
    REFERRING_MODIFIERS,
    REFERRING_NOUNS,
    RISE_LINKS,
    THOSE_PARTICIPLES,
    TOLL_HEADS,
    TOLL_SUBJECTS,
    Count,
    counts_in,
    lemma_at,
    numbers_by_sentence,
    sentences_of,
    word,
)
from narrlint.nlp.quantities import month_of
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import RELATIVES, REPORTING_LEMMAS, WEEKDAYS

# ---------------------------------------------------------------------------------------------
# Vocabulary of attribution (shared reporting verbs come from narrlint.nlp.vocabulary)

# Bare forms that are more often nouns ("the state", "a report", "the count"); verbs only
# when "that" follows ("Reuters reports that…").
NOUN_FORMS = {
    "state", "states", "report", "reports", "count", "counts", "record", "records",
    "estimate", "estimates", "claim", "claims", "note", "notes", "tally", "register",
    "brief", "quote", "quotes", "document", "documents", "mention", "reveal", "declare",
    "maintain", "warn", "stress",
    "explain", "admit", "insist", "add", "write", "tweet", "verify", "cite", "inform",
    "stresses", "warns", "adds",
}  # fmt: skip
# Verbs that record a figure rather than tell it: attribution only with a named source.
RECORDING_LEMMAS = {"record", "count", "register", "tally", "document", "verify"}
SHOWING_LEMMAS = {"show", "indicate", "suggest"}
DATA_NOUNS = {
    "figures", "data", "records", "statistics", "report", "reports", "tally", "tallies",
    "count", "counts", "numbers", "estimate", "estimates", "assessment", "assessments",
}  # fmt: skip
SOURCE_NOUNS = {
    "police", "officials", "official", "spokesman", "spokesperson", "spokeswoman", "ministry",
    "department", "hospital", "authorities", "authority", "sources", "military", "army",
    "agency", "office", "government", "administration", "doctors", "rescuers", "statement",
    "mission", "commission", "committee", "media", "witnesses", "residents", "television",
    "broadcaster", "channel", "radio", "newspaper", "outlets",
}  # fmt: skip
ADJECTIVE_FORMS = {"alleged", "reported", "confirmed", "claimed"}
"""Participles that describe the people after them ("alleged militants", "reported victims")."""
CLAIM_NON_REPORTS = {"responsibility", "credit", "the", "a", "an", "their", "his", "its",
                     "lives", "victory", "ownership", "her"}  # fmt: skip
# Participles that name their source with "by" ("figures released by the ministry").
SOURCE_PARTICIPLES = {
    "released", "given", "issued", "provided", "confirmed", "compiled", "announced",
    "published", "shared", "reported", "supplied", "cited", "quoted", "verified", "updated",
    "tallied", "collected", "gathered", "recorded", "stated", "estimated", "documented",
}  # fmt: skip
MAX_ABSOLUTE = 8
"""Tokens between "with" and its participle in an absolute phrase ("with food and medicine
shortages reported")."""
ORDER_OBJECTS = {"the", "a", "an", "reporters", "journalists", "media", "us", "me"}
PER_FOLLOWERS = {"cent", "capita", "day", "week", "month", "year", "hour", "person", "head"}

ESTIMATING_LEMMAS = {"estimate", "put"}
"""Verbs that give a figure as a source's estimate ("police estimated", "put the toll at")."""
REVISING_LEMMAS = {"raise", "revise", "update", "lower", "inflate", "increase"}
"""Verbs by which a named source changes a toll ("officials revised the toll to 45", "the toll,
which state media later raised to 80"); "the rain raised the toll" names no source."""
POSTING_LEMMAS = {"post"}
"""A source's post online ("posted on X that…"); "policemen posted at the checkpoint" is no
report."""
PLATFORMS = {"x", "twitter", "facebook", "telegram", "instagram", "social", "whatsapp", "youtube"}
MARKER_LEMMAS = frozenset(
    REPORTING_LEMMAS
    | RECORDING_LEMMAS
    | SHOWING_LEMMAS
    | ESTIMATING_LEMMAS
    | REVISING_LEMMAS
    | POSTING_LEMMAS
)
CREDIT_MARKS = {":", "—", "–", "-"}
"""Marks before a closing credit: "Seven soldiers martyred in North Waziristan: ISPR"."""
MAX_CREDIT = 4
NOT_CREDITS = {"live", "updates", "update", "video", "videos", "photos", "pics", "watch",
               "breaking", "exclusive", "analysis", "opinion", "timeline", "explainer"}  # fmt: skip
"""Labels a headline ends with that name no source ("… kills 14: LIVE UPDATES")."""
"""Every lemma that can attribute a count (each kind with its own conditions below)."""

# Subordinators: a reporting verb reports only its own clause.
SUBORDINATORS = {
    "after", "before", "when", "while", "as", "since", "because", "although", "though",
    "whereas", "until", "unless", "if", "but", "once",
}  # fmt: skip
TIME_PREPOSITIONS = {"after", "before", "since", "until"}
TIME_WORDS = {"then", "last", "early", "late", "mid", "yesterday", "today", *WEEKDAYS}
"""After a time preposition, words that start a time, not a clause ("since last year")."""
TIME_NOUNS = {"start", "beginning", "end", "middle", "onset", "eve", "turn", "outbreak", "close"}
"""After a time preposition and "the", nouns of a time ("since the start of Ramadan")."""
ARTICLES = {"the", "a", "an"}
NOUN_RELATIVES = {"that", "which"}
MAX_PREPOSITION_NOUN = 2
"""Words of a noun between a time preposition and its relative ("after a bombing that …")."""

OPENING_QUOTES = {"“", "«", "„"}
CLOSING_QUOTES = {"”", "»"}
STRAIGHT_QUOTES = {'"'}

# ---------------------------------------------------------------------------------------------
# 2. Quotations


@dataclass(frozen=True, slots=True)
class _Quotes:
    """The quotations of a doc as token intervals ``[start, end)`` of their words (the marks
    themselves are outside), in order."""

    starts: list[int]
    ends: list[int]

    def region(self, i: int) -> int:
        """Index of the quotation token ``i`` is inside, or -1."""
        k = bisect_right(self.starts, i) - 1
        return k if k >= 0 and i < self.ends[k] else -1

    def bounds(self, region: int) -> tuple[int, int]:
        return self.starts[region], self.ends[region]


def _quotes(doc: Doc) -> _Quotes:
    """Find quotations from the quote marks and block ends only (linear, few Token objects).

    Curly quotes open and close; straight quotes toggle; a block end closes an open quotation
    (wire copy reopens quotes in every paragraph of a long quote).
    """
    starts: list[int] = []
    ends: list[int] = []
    opener = ""
    for i in _quote_mark_indices(doc):
        text = doc[i].text
        if "\n" in text:
            if opener:
                ends.append(i)
                opener = ""
        elif not opener and (
            text in OPENING_QUOTES
            or text in STRAIGHT_QUOTES
            or (text == "‘" and i + 1 < len(doc) and doc[i + 1].is_alpha)
        ):
            starts.append(i + 1)
            opener = text
        elif opener and (
            text in CLOSING_QUOTES
            or (text in STRAIGHT_QUOTES and opener in STRAIGHT_QUOTES)
            or (text == "’" and opener == "‘")
        ):
            ends.append(i)
            opener = ""
    if opener:
        ends.append(len(doc))
    return _Quotes(starts, ends)


QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | STRAIGHT_QUOTES | {"‘", "’"}


def _quote_mark_indices(doc: Doc) -> list[int]:
    """Indices of quote marks and of whitespace that ends a block, from the token strings."""
    orths = doc.to_array(ORTH)
    if not len(orths):
        return []
    unique, inverse = numpy.unique(orths, return_inverse=True)
    strings, table = doc.vocab.strings, _QUOTE_OR_BREAK
    wanted = []
    for key in unique.tolist():
        known = table.get(key)
        if known is None:
            text = strings[key]
            known = table[key] = text in QUOTE_MARKS or "\n" in text
        wanted.append(known)
    return numpy.flatnonzero(numpy.array(wanted, dtype=bool)[inverse.reshape(-1)]).tolist()


_QUOTE_OR_BREAK: dict[int, bool] = {}
"""Token string hash → is it a quote mark or a block-ending whitespace; shared by all docs."""


# ---------------------------------------------------------------------------------------------
# 3. Attribution


def _markers(sentence: Span) -> list[Token]:
    """Tokens that name a source for what the sentence (or its clause) says. Only tokens whose
    word or lemma can attribute are built and judged (a Token object costs more than the test)."""
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), _marker_lemmas(doc)
    return [
        doc[i]
        for i in range(sentence.start, sentence.end)
        if (lowers[i] in MARKER_WORDS or lemmas[i]) and _is_marker(doc[i], sentence)
    ]


MARKER_WORDS = frozenset({"according", "citing", "per", "by", "(", *CREDIT_MARKS})
"""Words that can attribute whatever their lemma (the rest attribute by lemma)."""
_LEMMA_MARKS: dict[int, bool] = {}
"""Lemma hash → is it one of MARKER_LEMMAS (lower-cased); shared by all docs."""
_MARKER_LEMMAS_KEY = "narrlint.claims.counts_attribution.marker_lemmas"


def _marker_lemmas(doc: Doc) -> list[bool]:
    """For each token, whether its lemma can attribute; computed once per doc."""
    cached = doc.user_data.get(_MARKER_LEMMAS_KEY)
    if cached is None or len(cached) != len(doc):
        table, strings = _LEMMA_MARKS, doc.vocab.strings
        cached = []
        for key in doc.to_array(LEMMA).tolist():
            known = table.get(key)
            if known is None:
                known = table[key] = strings[key].lower() in MARKER_LEMMAS
            cached.append(known)
        doc.user_data[_MARKER_LEMMAS_KEY] = cached
    return cached


def _is_marker(token: Token, sentence: Span) -> bool:
    doc = token.doc
    lower = token.lower_
    nxt = word(doc, token.i + 1)
    if lower == "according":
        return nxt == "to"
    if lower == "citing":
        return True
    if lower == "per":
        return nxt not in PER_FOLLOWERS and token.i + 1 < sentence.end
    if lower == "by":
        return word(doc, token.i - 1) in SOURCE_PARTICIPLES
    if lower == "(":
        return _is_source_credit(token, sentence)
    if lower in CREDIT_MARKS:
        return _is_closing_credit(token, sentence) or _is_opening_credit(token, sentence)
    lemma = token.lemma_.lower()
    if lemma not in MARKER_LEMMAS:
        return False
    if lower in NOUN_FORMS and nxt != "that":
        return False
    if _is_passive_without_agent(token) or _is_absolute_participle(token, sentence):
        return False  # "were reported killed", "12 deaths were confirmed", "with … reported"
    if lower in ADJECTIVE_FORMS and (nxt in COUNTED_PEOPLE or nxt.endswith("men")):
        return False  # "civilians and alleged militants": who they were, not who said so
    if lemma == "claim" and lemma_at(doc, token.i - 1) in BE_LEMMAS:
        return False  # "the bombing was claimed by IS": responsibility, not a count
    if lemma == "tell":
        return not _is_order(token)
    if lemma == "claim":
        return nxt not in CLAIM_NON_REPORTS and not _claims_lives(token)
    if lemma == "add":
        return nxt in ("that", ",", ".", ";", ":", "") or doc[token.i + 1].is_quote
    if lemma == "put":
        return _puts_toll(token)
    if lemma in POSTING_LEMMAS:
        where = {word(doc, token.i + k).rstrip(".") for k in (2, 3)}  # "on X." is one token
        online = nxt == "that" or (nxt == "on" and bool(where & PLATFORMS))
        return online and _names_a_source(sentence, token)  # not "a video posted on X"
    if lemma in REVISING_LEMMAS:
        return _revises_toll(token) and _names_a_source(sentence, token)
    if lemma in RECORDING_LEMMAS:
        return _has_named_source(sentence, token)
    if lemma in SHOWING_LEMMAS:
        return any(word(doc, token.i - k) in DATA_NOUNS for k in (1, 2, 3))
    return True


def _is_source_credit(bracket: Token, sentence: Span) -> bool:
    """ "… were martyred (ISPR)." : a name in brackets closing the sentence, not an acronym
    being defined ("Inter-Services Public Relations (ISPR)")."""
    doc = bracket.doc
    close = next((t.i for t in doc[bracket.i + 1 : min(sentence.end, bracket.i + 5)]
                  if t.text == ")"), None)  # fmt: skip
    if close is None or close == bracket.i + 1:
        return False
    rest = [t for t in doc[close + 1 : sentence.end] if not t.is_space]
    inside = doc[bracket.i + 1 : close]
    before = doc[bracket.i - 1] if bracket.i > sentence.start else None
    return (
        all(t.text in (".", "!") for t in rest)
        and all(t.is_title or t.is_upper or t.text in ("-", "&") for t in inside)
        and before is not None
        and not (before.is_title or before.is_upper)
    )


def _is_closing_credit(mark: Token, sentence: Span) -> bool:
    """ "… martyred in North Waziristan: ISPR", "… — police": a source's name after a colon or
    a dash ends the sentence (a headline's credit). A name alone ("…: Quetta") is no source:
    an acronym or a source noun is."""
    doc = mark.doc
    if mark.i == sentence.start or (mark.text == "-" and not doc[mark.i - 1].whitespace_):
        return False
    rest = [t for t in doc[mark.i + 1 : sentence.end] if not t.is_space]
    while rest and rest[-1].text in (".", "!"):
        rest.pop()
    return (
        0 < len(rest) <= MAX_CREDIT
        and all(t.is_title or t.is_upper or t.like_num or t.lower_ in SOURCE_NOUNS for t in rest)
        and not any(t.lower_ in NOT_CREDITS for t in rest)
        and any((t.is_upper and len(t) > 1) or t.lower_ in SOURCE_NOUNS for t in rest)
    )


def _is_opening_credit(mark: Token, sentence: Span) -> bool:
    """ "Police: 12 killed in Quetta blast": a source noun labelling a headline. A dateline
    ("QUETTA:") names a place, not a source."""
    return mark.text == ":" and _opens_with_credit(mark, sentence.start)


def _opens_with_credit(mark: Token, start: int) -> bool:
    label = [t for t in mark.doc[start : mark.i] if not t.is_space]
    return (
        0 < len(label) <= MAX_CREDIT
        and all(t.is_title or t.is_upper or t.lower_ in SOURCE_NOUNS for t in label)
        and any(t.lower_ in SOURCE_NOUNS for t in label)
    )


def _is_passive_without_agent(token: Token) -> bool:
    doc = token.doc
    return lemma_at(doc, token.i - 1) in BE_LEMMAS and word(doc, token.i + 1) != "by"


def _is_absolute_participle(token: Token, sentence: Span) -> bool:
    """ "…, with shortages reported across the district": a participle in a "with" phrase is
    passive (the thing reported, not who reported it) unless "by" names the source."""
    doc = token.doc
    if not token.lower_.endswith("ed") or word(doc, token.i + 1) == "by":
        return False
    for i in range(token.i - 1, max(sentence.start, token.i - MAX_ABSOLUTE) - 1, -1):
        lower = doc[i].lower_
        if lower == "with":  # opening its clause: "…, with X reported", not "officials with"
            return i == sentence.start or doc[i - 1].lower_ in CLAUSE_MARKS
        if lower in CLAUSE_MARKS or doc[i].is_quote:
            return False
    return False


def _is_order(token: Token) -> bool:
    """ "told migrants to leave" is an order, not a source."""
    doc = token.doc
    for i in range(token.i + 1, min(len(doc), token.i + 7)):
        t = doc[i]
        if t.lower_ == "that" or t.is_punct or t.is_quote:
            return False
        if (
            t.lower_ == "to"
            and i + 1 < len(doc)
            and doc[i + 1].is_lower
            and doc[i + 1].lower_ not in ORDER_OBJECTS
        ):
            return True
    return False


def _claims_lives(token: Token) -> bool:
    doc = token.doc
    return any(word(doc, token.i + k) == "lives" for k in (2, 3, 4))


TOLL_WORDS = frozenset(TOLL_HEADS | {"number", "figure", "casualties", "deaths"})


def _puts_toll(token: Token) -> bool:
    doc = token.doc
    window = {word(doc, token.i + k) for k in range(1, 6)}
    return bool(window & TOLL_WORDS)


def _revises_toll(token: Token) -> bool:
    """ "raised the toll to 45", or the toll a relative clause is about ("the toll, which state
    media later raised to 80")."""
    doc = token.doc
    before = {word(doc, token.i - k) for k in range(1, 2 * MAX_SOURCE_GAP)}
    return _puts_toll(token) or (bool(before & TOLL_WORDS) and bool(before & NOUN_RELATIVES))


def _has_named_source(sentence: Span, verb: Token) -> bool:
    """ "The UN mission recorded…", "police registered…": a source before the verb."""
    doc = sentence.doc
    if word(doc, verb.i + 1) == "by":
        return True
    for i in range(max(sentence.start, verb.i - 5), verb.i):
        token = doc[i]
        if token.lower_ in SOURCE_NOUNS or (token.is_title and i != sentence.start):
            return True
        if token.is_upper and len(token) > 1:
            return True
    return False


MAX_SOURCE_GAP = 4
"""Tokens between a revising or posting verb and the source before it ("state media later
raised")."""


def _names_a_source(sentence: Span, verb: Token) -> bool:
    """A source noun, an acronym or a name just before a revising or posting verb ("officials",
    "ISPR", "Mujahid"); not a day or a month ("On Monday, the blast raised the toll"), nor a
    thing ("a video posted on X")."""
    doc = sentence.doc
    for token in doc[max(sentence.start, verb.i - MAX_SOURCE_GAP) : verb.i]:
        if token.lower_ in SOURCE_NOUNS or (token.is_upper and len(token) > 1):
            return True
        named = token.is_title and token.i != sentence.start and token.lower_ not in WEEKDAYS
        if named and month_of(token) is None:
            return True
    return False


SPEAKER_ENTITIES = {"PERSON", "TITLE"}


def _has_named_speaker(sentence: Span, verb: Token) -> bool:
    """A source before the verb, or a person or office the ledger knows ("the interior
    minister")."""
    doc = sentence.doc
    return _has_named_source(sentence, verb) or any(
        doc[i].ent_type_ in SPEAKER_ENTITIES for i in range(max(sentence.start, verb.i - 5), verb.i)
    )


def _marker_covers(marker: Token, count: Count) -> bool:
    """Does a reporting word report this count, or a clause beside it?"""
    doc = marker.doc
    if marker.i >= count.span.end:
        return not _blocked_before(doc, count.span.end, marker.i)
    return not _blocked_after(doc, marker.i + 1, count.span.start)


def _blocked_before(doc: Doc, start: int, marker: int) -> bool:
    """Count first, marker later: blocked when the marker sits in a subordinate clause
    ("…, which the minister said was cowardly"; "…, a week after Kakar said…")."""
    clause_start = start
    for i in range(start, marker):
        if doc[i].lower_ == ";":
            return True
        if doc[i].lower_ in CLAUSE_MARKS:
            clause_start = i + 1
    for i in range(clause_start, marker):
        lower = doc[i].lower_
        if _subordinates(doc, i):
            return True
        if lower in RELATIVES and (i == clause_start or clause_start == start):
            return True
    return False


def _blocked_after(doc: Doc, start: int, count_start: int) -> bool:
    """Marker first, count later: blocked when the count starts another clause ("Police said
    the road was closed, but the blast had killed 19"; "…, a week after gunmen killed 19").
    A subordinate clause with no comma before it is part of what was said ("Police said the
    blast occurred when a bomb exploded, killing 12")."""
    lowers = doc_lowers(doc)
    comma = False
    for i in range(start, count_start):
        lower = lowers[i]
        if lower == ";" or (lower == "but" and _subordinates(doc, i)):
            return True
        comma = comma or lower in CLAUSE_MARKS
        if comma and _subordinates(doc, i):
            return True
    return False


def _subordinates(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a subordinate clause? Not "as" in an idiom, nor a preposition
    before a time ("since August 2021", "after October 3", "until then")."""
    lower = doc[i].lower_
    if lower not in SUBORDINATORS or _as_idiom(doc, i):
        return False
    if lower in TIME_PREPOSITIONS and i + 1 < len(doc):
        after = doc[i + 1]
        if after.like_num or month_of(after) or after.lower_ in TIME_WORDS:
            return False
        if after.lower_ in ARTICLES and _governs_a_noun(doc, i + 2):
            return False
    return True


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


# ---------------------------------------------------------------------------------------------
# 4. Coverage of one count: its sentence, its quotation, its neighbours

CLAUSE, SENTENCE, QUOTE, NEIGHBOUR = "clause", "sentence", "quote", "neighbouring_sentence"

Found = tuple[str, Span]
"""How a count is attributed: the scope the attribution covers and the span that gives it."""


@dataclass
class Sentences:
    """A doc's sentences with what coverage needs: numbers, quotations, markers, story."""

    items: list[Span]
    starts: list[int]
    numbers: dict[int, list[Span]]
    quotes: _Quotes
    stories: list[int]
    _markers: dict[int, list[Token]]
    _counts: dict[int, list[Count]]
    _ordered: dict[int, tuple[list[int], list[Count]]] = field(default_factory=dict)
    _separate: dict[int, bool] = field(default_factory=dict)
    _statements: dict[int, tuple[list[int], list[Token | None]]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, story_of: Callable[[Span], int] | None = None) -> Sentences:
        items = sentences_of(doc)
        starts = [s.start for s in items]
        return cls(
            items,
            starts,
            numbers_by_sentence(doc, starts),
            _quotes(doc),
            [story_of(s) for s in items] if story_of is not None else [0] * len(items),
            {},
            {},
        )

    def index_of(self, token: int) -> int:
        """Index of the sentence holding token ``token`` (-1 before the first)."""
        return bisect_right(self.starts, token) - 1

    def numbers_of(self, index: int) -> list[Span]:
        return self.numbers.get(self.items[index].start, [])

    def markers_of(self, index: int) -> list[Token]:
        if index not in self._markers:
            self._markers[index] = _markers(self.items[index])
        return self._markers[index]

    def outside_marker(self, index: int) -> Token | None:
        """The sentence's first marker outside any quotation: it attributes the sentence."""
        return next((m for m in self.markers_of(index) if self.quotes.region(m.i) < 0), None)

    def counts_of(self, index: int) -> list[Count]:
        if index not in self._counts:
            self._counts[index] = list(counts_in(self.items[index], self.numbers_of(index)))
        return self._counts[index]

    def counts_before(self, index: int, count: Count, limit: int) -> list[Count]:
        """Up to ``limit`` counts of the sentence before ``count``, nearest first."""
        if index not in self._ordered:
            ordered = sorted(self.counts_of(index), key=lambda c: c.number.start)
            self._ordered[index] = ([c.number.start for c in ordered], ordered)
        starts, ordered = self._ordered[index]
        end = bisect_left(starts, count.number.start)
        return ordered[max(0, end - limit) : end][::-1]

    def separate(self, index: int) -> bool:
        """Does the sentence put its counts in another incident ("in a separate attack")?"""
        if index not in self._separate:
            self._separate[index] = any(t.lower_ in SEPARATE_WORDS for t in self.items[index])
        return self._separate[index]

    def statement_verb(self, index: int, token: int) -> Token | None:
        """The named speaker's statement verb whose clause reaches token ``token``, if any."""
        if index not in self._statements:
            self._statements[index] = _statement_events(self.items[index])
        starts, verbs = self._statements[index]
        k = bisect_left(starts, token) - 1
        return verbs[k] if k >= 0 else None

    def same_story(self, a: int, b: int) -> bool:
        return 0 <= b < len(self.items) and self.stories[a] == self.stories[b]


def marker_span(marker: Token) -> Span:
    """The words that attribute: "said", "according to", "released by", "(ISPR)"."""
    doc, i = marker.doc, marker.i
    lower = marker.lower_
    if lower == "according":
        return doc[i : i + 2]
    if lower == "by" and i > 0:
        return doc[i - 1 : i + 1]
    if lower == "(":
        close = next((t.i for t in doc[i + 1 : min(len(doc), i + 6)] if t.text == ")"), i)
        return doc[i : close + 1]
    if lower == ":" and _opens_with_credit(marker, marker.sent.start):
        return doc[marker.sent.start : i + 1]
    if lower in CREDIT_MARKS:
        end = min(marker.sent.end, i + MAX_CREDIT + 1)
        while end > i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        return doc[i:end]
    return doc[i : i + 1]


def in_sentence(sentences: Sentences, index: int, count: Count) -> Found | None:
    """Attribution in the count's own clause (or a closing credit for the whole sentence), the
    speaker of the quotation it is in, the attributed count an increment is joined to, or a
    named speaker's statement about the deaths."""
    return (
        _direct(sentences, index, count)
        or _sharing_the_verb(sentences, index, count)
        or _joined_to_attributed(sentences, index, count)
        or _statement_speaker(sentences, index, count)
    )


def _sharing_the_verb(sentences: Sentences, index: int, count: Count) -> Found | None:
    """ "21 passengers and 4 FC personnel lost their lives": the second of two counts that
    share one verb has the first one's source."""
    for other in sentences.counts_before(index, count, 1):
        if other.span.start <= count.span.start and count.span.end <= other.span.end:
            return in_sentence(sentences, index, other)
    return None


def _direct(sentences: Sentences, index: int, count: Count) -> Found | None:
    """A reporting word of the count's clause, a closing credit, or its quotation's speaker."""
    quotes = sentences.quotes
    region = quotes.region(count.number.start)
    for marker in sentences.markers_of(index):
        if quotes.region(marker.i) == region and _marker_covers(marker, count):
            credit = marker.lower_ == "(" or marker.lower_ in CREDIT_MARKS
            return (SENTENCE if credit else CLAUSE), marker_span(marker)
    if region >= 0:
        speaker = _quote_speaker(sentences, region) or _continued_speaker(sentences, region)
        if speaker is not None:
            return QUOTE, marker_span(speaker)
    return None


def _continued_speaker(sentences: Sentences, region: int) -> Token | None:
    """'"The attack was repulsed," he said. "Twelve soldiers embraced martyrdom."': a
    quotation that opens the sentence right after another quotation's continues its speaker
    (wire style), when nothing but that speaker's credit stands between them."""
    if region == 0:
        return None
    quotes = sentences.quotes
    first, _ = quotes.bounds(region)
    index = sentences.index_of(first)
    _, previous_end = quotes.bounds(region - 1)
    before = sentences.index_of(previous_end)
    if before != index - 1 or not sentences.same_story(index, before):
        return None
    doc = sentences.items[index].doc
    opening = sentences.items[index].start
    if any(not (t.is_quote or t.is_space or t.is_punct) for t in doc[opening:first]):
        return None  # the quotation does not open its sentence
    return _quote_speaker(sentences, region - 1)


STATEMENT_LEMMAS = {"condemn", "express", "mourn", "lament", "deplore", "regret", "grieve"}
"""Verbs of a statement about deaths: "condemned the killing of", "expressed grief over the
loss of". A named speaker's statement gives the count named in its object."""


def _statement_speaker(sentences: Sentences, index: int, count: Count) -> Found | None:
    """ "The minister expressed grief over the loss of four children": a count named as a noun
    ("the loss of", "the killing of", "the deaths of") in the object of a named speaker's
    statement verb, in the same clause ("…, which caused the deaths of 12" is not)."""
    if count.form != "object" or count.word not in STATEMENT_OBJECTS:
        return None
    verb = sentences.statement_verb(index, count.span.start)
    return (CLAUSE, verb.doc[verb.i : verb.i + 1]) if verb is not None else None


def _statement_events(sentence: Span) -> tuple[list[int], list[Token | None]]:
    """Where each clause of the sentence starts (None) and each statement verb of a named
    speaker stands, in order: read once per sentence."""
    doc = sentence.doc
    starts: list[int] = []
    verbs: list[Token | None] = []
    named = False
    for i in range(sentence.start, sentence.end):
        token = doc[i]
        if token.lower_ == ";" or token.lower_ in RELATIVES or _subordinates(doc, i):
            named = False  # a new clause: its speaker is not the count's
            starts.append(i)
            verbs.append(None)
        elif token.lemma_.lower() in STATEMENT_LEMMAS:
            named = named or _has_named_speaker(sentence, token)
            starts.append(i)
            verbs.append(token if named else None)
    return starts, verbs


# "as"/"while" join an increment or remainder to the count it adds to: one report.
JOINING_SUBORDINATORS = {"as", "while", "whilst", "whereas"}
CONTRASTING = {"while", "whilst", "whereas"}
"""Join two counts of the same kind, of different people, in one report ("…, police said, while
two policemen were martyred"); "as" may join a new incident or a revised toll."""
MAX_JOINED = 3
"""Counts before an increment that may be the one it adds to, nearest first."""
SEPARATE_WORDS = {"separate", "separately", "elsewhere"}
"""Words that put a count in another incident than its neighbours'."""
STATEMENT_OBJECTS = frozenset(DEATH_NOUNS | LOSS_NOUNS)


def _joined_to_attributed(sentences: Sentences, index: int, count: Count) -> Found | None:
    """ "The toll rose to 59, a hospital spokesman said, as seven more succumbed": an
    increment or remainder ("<N> more", "<N> others", "another <N>"), or a count of the other
    kind ("…, while 30 were hurt"), joined by "as", "while" or "and" to an attributed count
    before it in the sentence is part of the same report (not "in a separate attack")."""
    doc = count.number.doc
    dependent = (
        word(doc, count.number.end) in DEPENDENT_WORDS
        or word(doc, count.number.start - 1) == "another"
    )
    others = sentences.counts_before(index, count, MAX_JOINED)
    if not others:
        return None
    contrast = not _is_update(count) and any(
        word(doc, i) in CONTRASTING for i in range(others[0].span.end, count.span.start)
    )
    if not dependent and not contrast and all(kinds_match(c.kind, count.kind) for c in others):
        return None
    if sentences.separate(index):
        return None
    end = count.span.start  # the stretch up to here joins the count to the nearer counts
    for other in others:
        if other.span.end > end or not _joins(doc, other.span.end, end):
            return None
        end = other.span.start
        if not dependent and not contrast and kinds_match(other.kind, count.kind):
            continue
        how = _direct(sentences, index, other) or _statement_speaker(sentences, index, other)
        if how is not None:
            return how
    return None


def _quote_speaker(sentences: Sentences, region: int) -> Token | None:
    """A reporting word outside the quotation, in a sentence where the quotation starts or
    closes: '"We recovered seven bodies," the officer told reporters.', 'He said: "…"'.

    The sentence of the quotation's first word, not of its opening mark: the sentencizer
    leaves an opening mark at the end of the previous sentence ('closed. “'), whose "said"
    is no speaker of the quotation."""
    first, end = sentences.quotes.bounds(region)
    for index in sorted({sentences.index_of(first), sentences.index_of(end)}):
        if 0 <= index < len(sentences.items):
            marker = sentences.outside_marker(index)
            if marker is not None:
                return marker
    return None


def by_neighbour(sentences: Sentences, index: int, count: Count) -> Found | None:
    """An adjacent attributed sentence about the same count (judged, not assumed).

    The next sentence covers the count when it is attributed and refers back to it ("The
    military confirmed the toll") or gives the same source's figure for the same incident
    ("Police said 40 others were injured"). The previous sentence covers it when it gives an
    attributed count this one repeats, breaks down ("The dead included four children") or
    complements ("…, police said. Thirty were injured."); a new total of the same kind ("The
    toll later rose to 60") needs its own source.
    """
    after = index + 1
    if sentences.same_story(index, after):
        marker = sentences.outside_marker(after)
        if marker is not None and (
            _refers_back(sentences, after, count.value)
            or _sibling_counts(sentences, after)
            or _reports_the_previous(sentences.items[after], marker)
        ):
            return NEIGHBOUR, marker_span(marker)
    before = index - 1
    if not sentences.same_story(index, before) or sentences.outside_marker(before) is None:
        return None
    earlier = _sibling_counts(sentences, before)
    if not earlier:
        return None
    found = NEIGHBOUR, earlier[0][1][1]
    if any(c.value == count.value for c, _ in earlier):
        return found
    if all(not kinds_match(c.kind, count.kind) for c, _ in earlier):
        return found
    return found if not _is_update(count) and _refers_back(sentences, index, None) else None


def _joins(doc: Doc, start: int, end: int) -> bool:
    """Nothing between two counts but their report: no ";", no subordinator but "as"/"while"
    ("…, a week after gunmen killed 19 others" is another incident)."""
    return not any(
        doc[i].lower_ == ";"
        or (doc[i].lower_ not in JOINING_SUBORDINATORS and _subordinates(doc, i))
        for i in range(start, end)
    )


PRONOUN_SUBJECTS = {"this", "that"}
PRONOUN_LINKS = {"was", "is", "has", "had", "been", "also", "later", "first", "were"}


def _reports_the_previous(sentence: Span, marker: Token) -> bool:
    """ "This was announced by the police.", "That is according to officials.": a sentence
    whose subject is a pronoun standing for the previous statement, reported by its source."""
    doc = sentence.doc
    first = sentence.start
    while first < sentence.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    if word(doc, first) not in PRONOUN_SUBJECTS:
        return False
    start = marker_span(marker).start
    return first < start <= first + 4 and all(
        doc[i].lower_ in PRONOUN_LINKS for i in range(first + 1, start)
    )


def _sibling_counts(sentences: Sentences, index: int) -> list[tuple[Count, Found]]:
    """Attributed counts of a sentence that speaks of the same incident (not "a separate
    attack", "elsewhere"), each with its attribution."""
    sentence = sentences.items[index]
    if sentences.separate(index) or any(t.lower_ == "earlier" for t in sentence):
        return []
    found = ((c, in_sentence(sentences, index, c)) for c in sentences.counts_of(index))
    return [(c, f) for c, f in found if f is not None]


def kinds_match(a: str, b: str) -> bool:
    """A figure of casualties matches killed or injured; killed and injured do not match."""
    return a == b or CASUALTIES in (a, b)


def _is_update(count: Count) -> bool:
    """ "the toll rose to 60": a new total, not a part of an earlier one."""
    return any(t.lower_ in RISE_LINKS for t in count.span)


def _refers_back(sentences: Sentences, index: int, value: float | None) -> bool:
    """The sentence repeats the number or points back at a toll: "the toll", "the dead",
    "those killed", "this figure". A casualty verb about a new subject ("the attackers were
    killed") does not."""
    sentence = sentences.items[index]
    doc = sentence.doc
    if value is not None and any(n._.value == value for n in sentences.numbers_of(index)):
        return True
    lowers = doc_lowers(doc)
    for i in range(sentence.start, sentence.end):
        lower = lowers[i]
        if lower in PRONOUN_PEOPLE and _pronoun_of_the_dead(lowers, i, sentence):
            return True
        if lower in REFERRING_DETERMINERS:
            j = i + 1
            while j < sentence.end and j - i <= 2 and doc[j].lower_ in REFERRING_MODIFIERS:
                j += 1
            noun = word(doc, j)
            people = (lower == "those" and noun in THOSE_PARTICIPLES) or noun in PEOPLE_REFERENCES
            if people:
                if _breaks_down(doc, i, j + 1):
                    return True
            elif noun in REFERRING_NOUNS and _is_casualty_reference(doc, j):
                return True
    return False


PRONOUN_PEOPLE = {"they", "them"}
INTRANSITIVE_DEATHS = {"died", "perished", "succumbed", "drowned"}
PASSIVE_CASUALTIES = {"killed", "martyred", "slain", "injured", "wounded", "hurt", "dead"}
PRONOUN_AUXILIARIES = {"were", "had", "have", "been", "all", "later", "both", "reportedly"}
MAX_PRONOUN_GAP = 3


def _pronoun_of_the_dead(lowers: list[str], i: int, sentence: Span) -> bool:
    """ "Police said the blast killed them instantly", "they died on the spot", "they were
    martyred": a casualty verb whose subject or object is a pronoun for the people counted;
    not "they killed 20 militants" (the agents) nor "they were investigating"."""
    if lowers[i] == "them":
        return any(lowers[j] in OBJECT_VERBS for j in range(max(sentence.start, i - 3), i))
    j = i + 1
    while j < sentence.end and j - i <= MAX_PRONOUN_GAP and lowers[j] in PRONOUN_AUXILIARIES:
        j += 1
    if j >= sentence.end:
        return False
    return lowers[j] in INTRANSITIVE_DEATHS or (lowers[j] in PASSIVE_CASUALTIES and j > i + 1)


def _breaks_down(doc: Doc, start: int, end: int) -> bool:
    """A reference to the people counted (``doc[start:end]``: "the dead", "those killed") that
    speaks of the count: a breakdown of it ("the dead included children", "two of the
    victims", "among the dead"), not who they were ("most of the victims were police")."""
    before, after = word(doc, start - 1), word(doc, end)
    if before == "among" or after in BREAKDOWN_LINKS or after in RISE_LINKS:
        return True
    return before == "of" and start >= 2 and doc[start - 2].like_num


def _is_casualty_reference(doc: Doc, i: int) -> bool:
    """ "the number" and "the figure(s)" refer to a toll unless they count something else."""
    lower = doc[i].lower_
    if lower in ("number", "numbers", "figure", "figures") and word(doc, i + 1) == "of":
        return word(doc, i + 2) in PREDICATES or word(doc, i + 2) in TOLL_SUBJECTS
    if lower == "death":
        return word(doc, i + 1) in TOLL_HEADS
    return True
