"""Deadlines: NL101 ``deadline-mismatch`` and NL102 ``deadline-conflict``.

A *deadline mention* is a date ("November 1", "1 November 2023") or a window ("30-day",
"one month") that a deadline cue ties to a cut-off: "until/by/before <date>" in an order to
do something, "<date> deadline", "deadline of <date>", "no later than", "expires on",
"extended to", "valid until", "N-day deadline", "given N days to …", "within N days".

The *event* is recognised from the ledger's own words, never from fixed sentences: the
categories a deadline targets (CATEGORY entities and modifier + head nouns such as
"undocumented Afghan immigrants"), its ``action_lemmas`` (leave, deport …, also as nouns:
"deportation"), its ``subject_terms`` ("repatriation plan", "PoR card") and its phase
("phase two", "second phase"). Only language words live here: the cues, phase ordinals,
month names and a few function words.

A value is wrong (NL101) only when no deadline the sentence plausibly names accepts it, so a
sentence about two events never produces a false alarm about the wrong one. NL102 compares the
draft with itself: two different values for the same, unambiguous event.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from narrlint.api import Rule, hookimpl
from narrlint.engine.draft import Draft
from narrlint.knowledge.corpus import Corpus, CorpusSentence
from narrlint.knowledge.ledger import Deadline, Ledger
from narrlint.model import Evidence, Fix, Problem, Severity
from narrlint.nlp.pipeline import CATEGORY
from narrlint.nlp.quantities import ORDINALS, UNITS, DateValue, day_of, month_of, year_of
from narrlint.nlp.tokens import lowers as doc_lowers

# ---------------------------------------------------------------------------------------------
# Language words (never topic words: those come from the ledger)

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
DEADLINE_NOUNS = (
    ("deadline",), ("deadlines",), ("ultimatum",), ("cut", "-", "off"), ("cutoff",),
    ("cut", "-", "off", "date"), ("cutoff", "date"), ("last", "date"), ("last", "day"),
    ("final", "day"), ("final", "date"),
    ("time", "limit"), ("expiry", "date"), ("expiration", "date"),
)  # fmt: skip
"""Nouns that name a cut-off; a date next to one is a deadline."""
WINDOW_NOUNS = {"window", "notice", "grace", "period", "deadline", "ultimatum", "timeline"}
"""Nouns a duration may qualify ("30-day window", "30 days' notice")."""
WEAK_PREPOSITIONS = {"until", "till", "til", "untill", "by", "before"}
"""Prepositions that make a date a cut-off only inside an order ("to leave by …")."""
EXTENSION_PREPOSITIONS = {"to", "till", "until", "through", "til"}
EXPIRY_LEMMAS = {"expire", "lapse", "expiry", "expiration"}
EXTENSION_LEMMAS = {"extend", "extension", "postpone", "defer", "delay", "prolong", "push", "move"}
"""A draft that narrates a change of deadline gives two dates on purpose (no NL102)."""
VALID_LEMMAS = {
    "valid",
    "validity",
    "validate",
    "accept",
    "honour",
    "honor",
    "recognise",
    "recognize",
}
"""Words of a document being good for use: "accepted until <date>" is "valid until <date>"."""
NEGATIONS = {"not", "n't", "never", "no"}
ENFORCEMENT_LEMMAS = {
    "deport", "deportation", "arrest", "expel", "expulsion", "raid", "crackdown", "begin",
    "start", "commence", "launch", "enforce", "enforcement", "evict", "eviction", "detain",
    "detention", "remove", "removal", "prosecute", "punish", "punishment", "jail",
    "imprison", "imprisonment", "penalty", "penalise", "penalize", "kick",
}  # fmt: skip
"""'deportations start after <date>', 'face deportation from <date>': when an order bites."""
REMAINING_LEMMAS = {"remain", "remaining", "stay", "staying", "still", "overstay", "found"}
"""'those still in the country after <date> will be …': staying past a cut-off."""
STARTING_LEMMAS = {"begin", "start", "commence", "launch", "kick"}
"""Verbs of starting: enforcement only with an enforcement word ("the series will begin on …"
is not)."""
ENFORCEMENT_PREPOSITIONS = {"from", "after", "past", "beyond", "on", "starting", "beginning"}
SCOPE_VERBS = {"plan", "target"}
"""'the phase, which targets PoR holders, begins on …': whom an order covers, not a forecast."""
DEADLINE_PREDICATES = {"fall", "falls", "fell", "set", "is", "was", "be", "expire", "expires"}
FORWARD_MARKERS = {
    "will",
    "shall",
    "would",
    "must",
    "to",
    "face",
    "faces",
    "facing",
    "begins",
    "starts",
    "commences",
    "kicks",
    "begin",
    "start",
    "commence",
    "kick",
    "is",
    "are",
    "'ll",
    "’ll",
}
"""An order still to bite: "will be deported after", "face deportation from", "begins on"."""
OBLIGATION_LEMMAS = {
    "must", "should", "order", "tell", "ask", "give", "allow", "direct", "require", "urge",
    "instruct", "warn", "need", "force", "compel", "command", "set", "deadline", "ultimatum",
    "grant", "have", "want",
}  # fmt: skip
IRREALIS_BEFORE = {
    "to", "must", "should", "shall", "will", "would", "can", "could", "may", "might", "not",
    "n't", "cannot", "or", "voluntarily", "forcibly", "either", "fail", "failed",
}  # fmt: skip
REQUEST_LEMMAS = {"urge", "ask", "call", "demand", "seek", "request", "appeal", "propose",
                  "recommend", "press", "plead", "suggest", "lobby", "want", "hope", "consider",
                  "mull", "weigh", "rumour", "rumor", "speculate", "if", "whether"}  # fmt: skip
"""'urged Pakistan to extend the deadline to …': a request, not the deadline."""
FORECAST_LEMMAS = {"expect", "likely", "plan", "aim", "hope", "intend", "project", "estimate",
                   "target", "want", "seek", "anticipate", "predict", "forecast"}  # fmt: skip
"""'expected to leave by …' is a forecast, not an order."""
REPORTING_LEMMAS = {"say", "said", "says", "add", "added", "note", "noted", "insist", "insisted",
                    "confirm", "confirmed", "stress", "stressed", "according", "told", "tell",
                    "claim", "claimed", "announce", "announced"}  # fmt: skip
"""Verbs of an attribution set off by commas ("the deadline, officials said, is …")."""
REFERRING_PEOPLE = {"they", "them", "those", "anyone", "everyone", "whoever", "anybody"}
"""Words that refer back to the group of an order named before ("those who fail to leave by")."""
PERFECT_AUXILIARIES = {"had", "have", "has", "'d", "’d", "'ve", "’ve"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "their", "his", "her",
               "its", "our", "your", "any", "no", "each", "every", "tax"}  # fmt: skip
PRONOUNS = {"he", "she", "it", "they", "who", "which", "that", "we", "you", "i"}
ANAPHORIC_DETERMINERS = {"the", "this", "that", "its", "their", "new", "same"}
PERSON_NOUNS = {
    "nationals", "citizens", "people", "persons", "families", "residents", "individuals",
    "men", "women", "children", "workers", "migrants", "immigrants", "foreigners", "refugees",
    "settlers", "expatriates", "expats", "newcomers", "arrivals",
}  # fmt: skip
"""Generic nouns for people: with a ledger modifier that names one group ("illegal Afghan
nationals") they name that group."""
AUTHORITY_VERBS = {
    "has", "have", "had", "set", "sets", "gave", "gives", "give", "ordered", "orders", "told",
    "tells", "asked", "asks", "announced", "announces", "issued", "issues", "imposed",
    "imposes", "extended", "extends", "granted", "grants", "wants", "will", "is", "was",
    "directed", "directs", "decided", "decides",
}  # fmt: skip
"""Verbs after the one who sets a deadline ("Iran has set", "Turkey gave")."""
AUTHORITY_NOUNS = {
    "authorities", "government", "officials", "ministry", "interior", "police", "regime",
    "state", "administration", "cabinet", "leadership", "judiciary", "prosecutor", "forces",
}  # fmt: skip
"""Nouns after a nationality that name who set a deadline ("Iranian authorities")."""
VALIDITY_CUES = {"valid until", "expires", "extended to"}
VALIDITY_WORDING = VALID_LEMMAS | EXPIRY_LEMMAS | EXTENSION_LEMMAS | {"renew", "renewal", "stay"}
NEWS_ABBREVIATIONS = {"govt", "gov", "admin", "dept", "ministry", "cabinet", "int'l"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DATE_LEAD_INS = {"on", "the", ",", "(", "midnight", "noon", "of", "end", *WEEKDAYS}
"""Words between a cue and its date: "by midnight on Wednesday, November 1"."""
GIVING_LEMMAS = {"give", "grant", "allow"}
PAPERS = {"documents", "documentation", "papers", "paperwork", "status", "documented"}
PAPER_QUALIFIERS = {"valid", "legal", "proper", "any", "the", "necessary", "required", "official",
                    "identity", "residency", "residence"}  # fmt: skip
"""'without (valid) documents': language for lacking papers (not a visa, which ACC/PoR holders
also lack)."""
LACKING_WORDS = {"without", "lack", "lacks", "lacking", "lacked"}
HOLDER_WORDS = {"holder", "holders", "cardholder", "cardholders"}
HOLDING_WORDS = {"with", "holding", "hold", "holds", "held", "carrying", "possessing", "having"}
"""People "with"/"holding" a group's document belong to the group."""
COMPLEMENT_WORDS = {
    "all", "those", "them", "they", "their", "country", "nation", "voluntarily", "home",
    "homes", "homeland", "territory", "province", "city", "cities", "mainly", "mostly",
    "including", "and", "or",
}  # fmt: skip
CLAUSE_BREAKS = {";", "while", "whereas", "meanwhile", "but"}
IRREGULAR_NOUNS = {
    "expel": ("expulsion", "expulsions"), "enter": ("entry",), "extend": ("extension",),
    "expire": ("expiry",), "leave": ("departure",), "remove": ("removal",),
}  # fmt: skip
"""Nominalisations that a suffix rule cannot derive (English morphology, not topic words)."""
NOMINAL_SUFFIXES = ("ation", "ion", "ure", "al", "ment", "ations", "ions")
DEPARTURE_PARTICLES = {"out"}
"""'wants them out by …', 'must be out of the country by …': to leave (when the ledger's
actions include leaving)."""
DEPARTURE_NEXT = {*WEAK_PREPOSITIONS, "of"}
PHASE_ADJECTIVES = {"and", "final", "last", ",", "-", "‑", "new", "decisive"}
"""Words between an ordinal and "phase": "the third and final phase"."""
DAYS_PER_UNIT = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
MONTH_DAYS = (28, 31)
"""A month is 28 to 31 days: "one-month" names a 30-day window."""
BOUNDARY_DAYS = 3
"""Equivalent dates at most this far apart are one cut-off written two ways (the last day to
leave / the first day of enforcement), so a fix to the recorded date is certain."""
CORPUS_EVIDENCE = 2
SCOPE_MARGIN_DAYS = 31
"""A deadline may be reported (leaked, trailed) up to a month before its announcement."""

_NOUN_BRIDGE = {
    "of", ":", ",", "—", "–", "-", "is", "was", "remains", "remained", "will", "be", "has", "had",
    "been", "now", "set", "for", "at", "falls", "fell", "ends", "ended", "expires", "expired",
    "passes", "passed", "lapses", "lapsed", "extended", "to", "until", "till", "originally",
    "initially", "officially", "the", "on", "firm", "still", "runs", "ran", "out", "closes",
    "closed", "due",
}  # fmt: skip
_ON_AFTER = {
    "falls", "fell", "ends", "ended", "expires", "expired", "passes", "passed", "lapses",
    "lapsed", "deadline", "is", "was", "out", "closes", "closed", "due",
}  # fmt: skip
_FORWARD_BRIDGE = {"as", "is", "was", "remains", "remained", "became", "the", "a", "an", "final",
                   "new", "original", "official", "firm", "set"}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# What the ledger says, prepared once per corpus


@dataclass(frozen=True, slots=True)
class Profile:
    """One ledger deadline with the words that recognise its event."""

    deadline: Deadline
    targets: frozenset[str]
    actions: frozenset[str]
    accepted: frozenset[dt.date]
    durations: tuple[int, ...]
    first_known: dt.date | None
    """The earliest date the ledger records for the event (announcement, dates, steps)."""

    @property
    def id(self) -> str:
        return self.deadline.id

    @property
    def phase(self) -> int | None:
        return self.deadline.phase


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Per-corpus lookup tables built from the ledger's deadlines and categories."""

    profiles: tuple[Profile, ...]
    terms: dict[tuple[str, ...], frozenset[str]]
    max_term: int
    modifiers: dict[str, frozenset[str]]
    heads: dict[str, frozenset[str]]
    fillers: dict[str, frozenset[str]]
    documents: dict[tuple[str, ...], frozenset[str]]
    """A group's document ("por card", "afghan citizen card") → the group's ids."""
    max_document: int
    undocumented: str | None
    """The one group the ledger marks ``documented: false``, if exactly one."""
    actions: dict[str, str]
    """Lemma (verb or derived noun) → the action lemma it stands for."""
    known: frozenset[str]
    """Every word of a name the ledger knows (countries, governments, people, groups …)."""
    common: frozenset[str] | None
    """English common words (the lemmatizer's lemmas): "Police" is not a proper name. None
    when the pipeline has no lookup table, and then no authority is treated as unknown."""


def _lexicon(corpus: Corpus) -> Lexicon:
    return corpus.memo("deadlines.lexicon", lambda: _build_lexicon(corpus))


def _build_lexicon(corpus: Corpus) -> Lexicon:
    ledger = corpus.ledger
    tokenizer = corpus.nlp.tokenizer
    profiles = tuple(_profile(d) for d in ledger.deadlines.values())
    terms: dict[tuple[str, ...], set[str]] = {}
    for profile in profiles:
        for term in profile.deadline.subject_terms:
            words = tuple(t.lower_ for t in tokenizer(term) if not t.is_space)
            if words and not _phase_numbers(list(words)):
                terms.setdefault(words, set()).add(profile.id)
    modifiers, heads, fillers = _category_words(ledger, tokenizer)
    documents = _documents(ledger, tokenizer)
    verbs = {a for p in profiles for a in p.actions}
    actions = {verb: verb for verb in verbs}
    for verb in verbs:
        for noun in _nominals(verb):
            actions.setdefault(noun, verb)
    return Lexicon(
        profiles=profiles,
        terms={k: frozenset(v) for k, v in terms.items()},
        max_term=max((len(k) for k in terms), default=0),
        modifiers=modifiers,
        heads=heads,
        fillers=fillers,
        documents=documents,
        max_document=max((len(k) for k in documents), default=0),
        undocumented=_undocumented(ledger),
        actions=actions,
        known=frozenset(_known_words(ledger)),
        common=_common_words(corpus.nlp),
    )


def _known_words(ledger: Ledger) -> set[str]:
    """Words of the names the ledger knows: an authority named with none of them (another
    country: "Iran has set a July 6 deadline …") issues a deadline the ledger does not record."""
    phrases: list[str] = []
    for government in ledger.governments:
        phrases += [*government.terms, *government.country_terms, government.country or ""]
        phrases.append(government.name)
    for office in ledger.offices.values():
        phrases += [*office.titles, office.country or "", office.name]
    for person in ledger.people.values():
        phrases += [person.name, *person.aliases]
    for category in ledger.categories.values():
        phrases += [*category.terms, *category.modifiers, category.name]
    for deadline in ledger.deadlines.values():
        phrases += [*deadline.subject_terms, deadline.title]
    return {w.strip(".,'’()").lower() for p in phrases for w in p.replace("-", " ").split()}


def _common_words(nlp) -> frozenset[str] | None:
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return None
    table = lookups.get_table("lemma_lookup")
    strings = nlp.vocab.strings
    words = set()
    for value in table.values():
        word = value if isinstance(value, str) else strings[value]
        if word.islower():  # "Iranian" (from "Iranians") is a proper adjective, not common
            words.add(word)
    return frozenset(words)


def _profile(deadline: Deadline) -> Profile:
    return Profile(
        deadline=deadline,
        targets=frozenset(deadline.targets),
        actions=frozenset(deadline.action_lemmas),
        accepted=frozenset(deadline.accepted_dates()),
        durations=tuple(sorted({d.days for d in deadline.durations if d.days})),
        first_known=min(_known_dates(deadline), default=None),
    )


def _known_dates(deadline: Deadline) -> Iterator[dt.date]:
    yield from deadline.accepted_dates()
    if deadline.announced:
        yield deadline.announced
    for step in deadline.steps:
        if isinstance(step.get("announced"), dt.date):
            yield step["announced"]


def _nominals(verb: str) -> set[str]:
    """Nouns of an action verb ("deport" → "deportation"), so "face deportation" counts."""
    stem = verb[:-1] if verb.endswith("e") else verb
    nouns = {stem + suffix for suffix in NOMINAL_SUFFIXES}
    nouns.update(IRREGULAR_NOUNS.get(verb, ()))
    return nouns


def _undocumented(ledger: Ledger) -> str | None:
    ids = [c.id for c in ledger.categories.values() if c.documented is False]
    return ids[0] if len(ids) == 1 else None


def _documents(ledger: Ledger, tokenizer) -> dict[tuple[str, ...], frozenset[str]]:
    """The document a group holds, read off its "<document> holders" and "holders of
    <document>s" terms: "por card holders" → "por card"."""
    documents: dict[tuple[str, ...], set[str]] = {}
    for category in ledger.categories.values():
        for term in category.terms:
            words = [t.lower_ for t in tokenizer(term) if not t.is_space]
            if len(words) >= 2 and words[-1] in HOLDER_WORDS:
                document = words[:-1] + (["card"] if words[-1].startswith("card") else [])
            elif len(words) >= 3 and words[0] in HOLDER_WORDS and words[1] == "of":
                document = words[2:]
                document[-1] = document[-1].removesuffix("s")
            else:
                continue
            documents.setdefault(tuple(document), set()).add(category.id)
    return {k: frozenset(v) for k, v in documents.items()}


def _category_words(ledger: Ledger, tokenizer) -> tuple[dict, dict, dict]:
    """Modifiers, head nouns and inner words of each category's terms, for phrases the term
    list does not spell out ("undocumented Afghan immigrants", "ACC card holders")."""
    modifiers: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    fillers: dict[str, set[str]] = {}
    for category in ledger.categories.values():
        for word in category.modifiers:
            modifiers.setdefault(word.lower(), set()).add(category.id)
        for word in category.heads:
            heads.setdefault(word.lower(), set()).add(category.id)
        for term in category.terms:
            words = [t.lower_ for t in tokenizer(term) if not t.is_space]
            if len(words) >= 2:
                heads.setdefault(words[-1], set()).add(category.id)
                for inner in words[1:-1]:
                    fillers.setdefault(inner, set()).add(category.id)
    freeze = lambda table: {k: frozenset(v) for k, v in table.items()}  # noqa: E731
    return freeze(modifiers), freeze(heads), freeze(fillers)


# ---------------------------------------------------------------------------------------------
# What a sentence says about events


@dataclass(frozen=True, slots=True)
class Clues:
    """Event clues in one clause: categories, subject terms, phases, actions."""

    categories: frozenset[str]
    subjects: frozenset[str]
    phases: frozenset[int]
    actions: frozenset[str]
    foreign_purpose: bool
    """An infinitive that is not one of the ledger's actions ("a deadline … to apply for …")."""
    other_authority: bool = False
    """The clause's deadline is set by someone the ledger does not know ("Iran has set …")."""
    enforcement: bool = False
    """An enforcement word other than a bare verb of starting ("arrests", "deported")."""
    staying: bool = False
    """Remaining in the country ("still", "remain", "stay")."""
    referring: bool = False
    """A word that refers back to people named before ("those", "they", "anyone")."""
    validity: bool = False
    """Validity, extension or expiry wording ("valid", "extended", "expired"): only then can a
    chain of validity dates be the event (a date to leave is not a card's expiry)."""


def _clues(tokens: Span, lexicon: Lexicon) -> Clues:
    lowers = doc_lowers(tokens.doc)[tokens.start : tokens.end]
    lemmas = {t.lemma_.lower() for t in tokens}
    groups = list(_categories(tokens, lexicon))
    return Clues(
        categories=frozenset(g for g, _, _ in groups),
        subjects=frozenset(_subjects(tokens, lowers, lexicon, groups)),
        phases=frozenset(_phase_numbers(lowers)),
        actions=frozenset(_actions(tokens, lexicon)),
        foreign_purpose=_foreign_purpose(tokens, lexicon),
        other_authority=_other_authority(tokens, lexicon),
        validity=bool(lemmas & VALIDITY_WORDING),
        enforcement=_enforcement_words(tokens),
        referring=bool(set(lowers) & REFERRING_PEOPLE),
        staying=bool(lemmas & REMAINING_LEMMAS),
    )


def _enforcement_words(tokens: Span) -> bool:
    for token in tokens:
        lower = token.lower_
        forms = {token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}
        if forms & ENFORCEMENT_LEMMAS - STARTING_LEMMAS:
            return True
    return False


def _categories(tokens: Span, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """Groups named in the clause, with their token range: ledger terms (entities), a ledger
    modifier on a head noun ("undocumented Afghan immigrants", "illegal Afghan nationals",
    "Afghans living illegally"), and people holding a group's document ("Afghans with PoR
    cards", "Afghans holding Afghan Citizen Cards")."""
    entities = _category_entities(tokens.doc)
    index = bisect_left(entities, (tokens.start,))
    for start, end, ident in entities[index:]:
        if start >= tokens.end:
            break
        if end <= tokens.end:
            yield ident, start, end
    for token in tokens:
        groups = lexicon.modifiers.get(token.lower_)
        if groups:
            yield from _modified_head(tokens, token.i, groups, lexicon)
        if token.lower_ in HOLDING_WORDS:
            yield from _document_holders(tokens, token.i, lexicon)
        if token.lower_ in LACKING_WORDS and lexicon.undocumented:
            yield from _without_documents(tokens, token.i, lexicon)


def _category_entities(doc: Doc) -> list[tuple[int, int, str]]:
    """The doc's CATEGORY entities as (start, end, id), collected once per doc: ``Span.ents``
    walks every entity of the doc, which made long drafts quadratic."""
    key = "narrlint.deadlines.categories"
    if key not in doc.user_data:
        doc.user_data[key] = [
            (e.start, e.end, e.ent_id_) for e in doc.ents if e.label_ == CATEGORY and e.ent_id_
        ]
    return doc.user_data[key]


def _modified_head(
    tokens: Span, i: int, groups: frozenset[str], lexicon: Lexicon
) -> Iterator[tuple[str, int, int]]:
    doc = tokens.doc
    if doc[i].lower_.endswith("ly"):  # an adverb follows its noun: "Afghans living illegally"
        for j in range(i - 1, max(tokens.start - 1, i - 7), -1):
            found = groups & lexicon.heads.get(doc[j].lower_, frozenset())
            if found:
                yield from ((g, j, i + 1) for g in found)
                return
            if doc[j].is_punct:
                return
        return
    j, skipped = i + 1, 0
    while j < tokens.end and skipped <= 2:
        nxt = doc[j]
        lower = nxt.lower_
        plural = lower if lower.endswith("s") else lower + "s"  # "every illegal foreigner"
        found = groups & (lexicon.heads.get(lower, frozenset()) | lexicon.heads.get(plural, set()))
        if not found and {lower, plural} & PERSON_NOUNS and len(groups) == 1:
            found = groups
        if found:
            yield from ((g, i, j + 1) for g in found)
            return
        fillers = lexicon.fillers.get(lower, frozenset())
        if not (
            lower in ("-", "‑")
            or (nxt.is_title and nxt.is_alpha)
            or groups & fillers
            or lower in lexicon.modifiers
        ):
            return
        j += 1
        skipped += 1


def _without_documents(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "Afghans without (valid) documents", "Afghans who lack legal papers": the one group the
    ledger marks undocumented."""
    doc = tokens.doc
    j = i + 1
    while j < tokens.end and doc[j].lower_ in PAPER_QUALIFIERS and j - i <= 3:
        j += 1
    if j < tokens.end and doc[j].lower_ in PAPERS:
        yield lexicon.undocumented, i, j + 1


def _document_holders(tokens: Span, i: int, lexicon: Lexicon) -> Iterator[tuple[str, int, int]]:
    """ "with PoR cards", "holding Pakistan-issued Afghan citizenship cards"."""
    doc = tokens.doc
    j = i + 1
    while j < tokens.end and j - i <= 4:
        lowers = [t.lower_ for t in doc[j : min(tokens.end, j + lexicon.max_document)]]
        for size in range(len(lowers), 0, -1):
            words = list(lowers[:size])
            if words[-1].endswith("s"):
                words[-1] = words[-1][:-1]
            found = lexicon.documents.get(tuple(words)) or lexicon.documents.get(
                tuple(lowers[:size])
            )
            if found:
                yield from ((g, i, j + size) for g in found)
                return
        token = doc[j]
        lower = token.lower_
        if not (lower in DETERMINERS or lower in ("-", "‑", "valid", "issued") or token.is_title):
            return  # only "the", "valid", "Pakistan-issued" … may come before the document
        j += 1


def _subjects(
    tokens: Span, lowers: list[str], lexicon: Lexicon, groups: list[tuple[str, int, int]]
) -> Iterator[str]:
    """Deadlines whose subject terms occur, except inside a group's name: "PoR card" in
    "PoR card holders" names the group (already counted), not the cards' validity."""
    inside = {i - tokens.start for _, start, end in groups for i in range(start, end)}
    n = len(lowers)
    for i in range(n):
        for size in range(1, min(lexicon.max_term, n - i) + 1):
            ids = lexicon.terms.get(tuple(lowers[i : i + size]))
            if ids and not all(j in inside for j in range(i, i + size)):
                yield from ids


def _phase_numbers(lowers: list[str]) -> set[int]:
    """Phases named in words: "phase one", "phase-2", "Phase II", "second phase"."""
    found = set()
    for i, word in enumerate(lowers):
        joined = re.fullmatch(r"phases?[-‑](\w+)", word)  # "Phase-3" is one token
        if joined and joined.group(1) in ORDINALS:
            found.add(ORDINALS[joined.group(1)])
            continue
        if word not in ("phase", "phases"):
            continue
        j = i + 1
        if j < len(lowers) and lowers[j] in ("-", "‑"):
            j += 1
        if j < len(lowers) and lowers[j] in ORDINALS:
            found.add(ORDINALS[lowers[j]])
        else:  # "second phase", "third and final phase"
            k = i - 1
            while k > 0 and i - k <= 3 and lowers[k] in PHASE_ADJECTIVES:
                k -= 1
            if k >= 0 and lowers[k] in ORDINALS and not lowers[k].isdigit():
                found.add(ORDINALS[lowers[k]])
    return found


def _actions(tokens: Span, lexicon: Lexicon) -> Iterator[str]:
    for token in tokens:
        action = _action_of(token, lexicon)
        if action:
            yield action


def _action_of(token: Token, lexicon: Lexicon) -> str | None:
    """The ledger action a token expresses, if it is used as that action (a verb, or a noun
    derived from it), not as an unrelated noun ("tax returns")."""
    if _departure_particle(token, lexicon):
        return "leave"
    lemma = token.lemma_.lower()
    action = lexicon.actions.get(lemma)
    if action is None:
        return None
    if lemma != action:
        return action  # a derived noun: "deportation", "expulsion"
    return action if _verb_like(token) else None


def _departure_particle(token: Token, lexicon: Lexicon) -> bool:
    """ "out by November 30", "out of the country by …": leaving, as a particle."""
    if token.lower_ not in DEPARTURE_PARTICLES or lexicon.actions.get("leave") != "leave":
        return False
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in DEPARTURE_NEXT


def _verb_like(token: Token) -> bool:
    lower = token.lower_
    prev = token.doc[token.i - 1] if token.i > 0 else None
    before = prev.lower_ if prev is not None else ""
    if before in DETERMINERS or before.endswith(("'s", "’s")):
        return False
    if lower == token.lemma_.lower() or not lower.endswith("s"):
        return True
    # "returns", "leaves": a verb after its subject, a noun after a modifier
    return prev is not None and (
        bool(prev.ent_type_) or before in PRONOUNS or before.endswith("ly") or prev.is_title
    )


def _other_authority(tokens: Span, lexicon: Lexicon) -> bool:
    """A proper name the ledger does not know, as the one who sets or owns the deadline:
    "Iran has set …", "Turkey gave …", "Germany's deadline …"."""
    if lexicon.common is None:
        return False
    doc = tokens.doc
    for token in tokens:
        if not (token.is_title and token.is_alpha and len(token) >= 3) or token.ent_type_:
            continue
        lower = token.lower_
        if lower in lexicon.known or lower in lexicon.common or lower in NEWS_ABBREVIATIONS:
            continue  # a name the ledger knows, or a common word ("Police", "Govt")
        if lower in AUTHORITY_NOUNS or _plural_of_common(lower, lexicon.common):
            continue  # "Authorities set …": a capitalised plural of a common word
        if token.is_stop:
            continue
        if lower != token.lemma_.lower():
            continue
        if month_of(token) or lower in WEEKDAYS:
            continue
        nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if nxt in AUTHORITY_VERBS or nxt in AUTHORITY_NOUNS or nxt in ("'s", "’s"):
            return True  # "Iran has set", "Iranian authorities", "Iran's deadline"
        prev = doc[token.i - 1] if token.i > tokens.start else None
        if prev is not None and _action_of(prev, lexicon) and _verb_like(prev):
            return True  # "to leave Iran"
    return False


def _plural_of_common(lower: str, common: frozenset[str]) -> bool:
    if not lower.endswith("s"):
        return False
    singulars = {lower[:-1], lower[:-2] if lower.endswith("es") else ""}
    if lower.endswith("ies"):
        singulars.add(lower[:-3] + "y")
    return bool(singulars & common)


def _foreign_purpose(tokens: Span, lexicon: Lexicon) -> bool:
    """ "a deadline … to apply for resettlement", "the deadline for filing returns"."""
    for token in tokens[:-1]:
        if token.lower_ not in ("to", "for"):
            continue
        nxt = token.doc[token.i + 1]
        lower = nxt.lower_
        if token.lower_ == "for" and not lower.endswith("ing"):
            continue
        if (
            nxt.is_alpha
            and nxt.is_lower
            and not nxt.is_stop
            and not nxt.ent_type_
            and month_of(nxt) is None
            and nxt.lemma_.lower() not in lexicon.actions
            and nxt.lemma_.lower() not in ENFORCEMENT_LEMMAS  # "scheduled to begin on …"
            and lower not in lexicon.modifiers
        ):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Deadline mentions


@dataclass(frozen=True, slots=True)
class Value:
    """A deadline as the draft writes it: a date, or a window in days/weeks/months."""

    date: DateValue | None = None
    count: float | None = None
    unit: str | None = None

    @property
    def is_date(self) -> bool:
        return self.date is not None

    def day_range(self) -> tuple[int, int]:
        """Days a window may mean: "one month" is 28 to 31 days."""
        if self.unit in ("month", "months"):
            return round(self.count * MONTH_DAYS[0]), round(self.count * MONTH_DAYS[1])
        days = round(self.count * DAYS_PER_UNIT.get(self.unit or "day", 1))
        return days, days


@dataclass(frozen=True, slots=True)
class Cue:
    word: str
    strong: bool
    """A cue that names a cut-off by itself ("deadline", "expires", "valid until")."""
    noun: Span | None = None
    """The deadline noun the value hangs on, when there is one."""
    after_last_day: bool = False
    """ "expired on April 1": the day after the last valid day names the same cut-off."""
    before_first_day: bool = False
    """ "deported after October 31": the day before enforcement names the same cut-off."""


@dataclass
class Mention:
    span: Span
    value: Value
    cue: Cue
    sentence: Span
    candidates: list[tuple[Profile, tuple[int, ...]]] = field(default_factory=list)
    accepted_by: list[Profile] = field(default_factory=list)

    @property
    def best(self) -> Profile:
        return self.candidates[0][0]

    @property
    def clear_best(self) -> bool:
        """The best candidate is better than every other one (not merely nearer in time)."""
        if len(self.candidates) == 1:
            return True
        return _evidence_rank(self.candidates[0]) > _evidence_rank(self.candidates[1])

    @property
    def event(self) -> Profile | None:
        """The one deadline this mention is about, when that is certain."""
        if len(self.accepted_by) == 1:
            return self.accepted_by[0]
        if not self.accepted_by and self.clear_best:
            return self.best
        return None


def _mentions(doc: Doc, lexicon: Lexicon, day: dt.date | None) -> list[Mention]:
    """Every deadline mention of ``doc`` that names an event the ledger knows."""
    found: list[Mention] = []
    sentences = [s for s in doc.sents if not all(t.is_space for t in s)]
    dates = _date_spans(doc)
    durations = list(doc.spans.get("durations", []))
    for index, sentence in enumerate(sentences):
        for clause in _clauses(sentence):
            clues = None
            for span, value, cue in _clause_values(clause, dates, durations, lexicon):
                clues = clues or _clues(clause, lexicon)
                mention = Mention(span, value, cue, sentence)
                mention.candidates = _candidates(lexicon, clues, cue)
                if not mention.candidates and _anaphoric(cue, clues):
                    earlier = [doc[sentence.start : clause.start], *_context(sentences, index)]
                    mention.candidates = _from_context(earlier, lexicon)
                mention.candidates = [c for c in mention.candidates if _in_scope(c[0], day, value)]
                if not mention.candidates:
                    continue
                mention.candidates = _strongest(mention.candidates, day)
                mention.accepted_by = _accepting(mention.candidates, value, cue)
                found.append(mention)
    return found


CONTEXT_SENTENCES = 2
"""Sentences back that may name the event of a bare "the November 15 deadline" in any case."""
PARAGRAPH_SENTENCES = 8
"""Sentences back within the same paragraph that may name it."""


def _context(sentences: list[Span], index: int) -> Iterator[Span]:
    """Earlier sentences, nearest first: the previous two, then the rest of the paragraph."""
    doc = sentences[index].doc
    for k in range(index - 1, max(-1, index - 1 - PARAGRAPH_SENTENCES), -1):
        if k < index - CONTEXT_SENTENCES and _paragraph_break(
            doc, sentences[k].end, sentences[index].start
        ):
            return
        yield sentences[k]


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """A blank line between two token positions (blocks are joined with one)."""
    return any(t.is_space and "\n\n" in t.text for t in doc[max(0, start - 1) : end])


def _clauses(sentence: Span) -> Iterator[Span]:
    """Split at ";" and contrastive conjunctions: each part may speak of its own event."""
    start = sentence.start
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(start + 1, sentence.end):
        if lowers[i] in CLAUSE_BREAKS:
            yield doc[start:i]
            start = i
    if start < sentence.end:
        yield doc[start : sentence.end]


def _clause_values(
    clause: Span, dates: list[Span], durations: list[Span], lexicon: Lexicon
) -> Iterator[tuple[Span, Value, Cue]]:
    for span in _within(dates, clause):
        cue = _date_cue(clause, span, lexicon)
        if cue is not None:
            yield span, Value(date=span._.date), cue
    for span in _within(durations, clause):
        cue = _duration_cue(clause, span, lexicon)
        if cue is not None:
            unit = span[-1].lower_
            count = span._.days / DAYS_PER_UNIT.get(unit, 1)
            yield span, Value(count=count, unit=unit), cue


def _within(spans: list[Span], clause: Span) -> Iterator[Span]:
    """Spans (sorted by start) inside the clause, found by bisection: drafts can be long."""
    index = bisect_left(spans, clause.start, key=lambda s: s.start)
    for span in spans[index:]:
        if span.start >= clause.end:
            break
        if span.end <= clause.end:
            yield span


def _date_spans(doc: Doc) -> list[Span]:
    """The pipeline's dates plus "the 31st of October" (day, "of", month, optional year)."""
    spans = list(doc.spans.get("dates", []))
    taken = {i for s in spans for i in range(s.start, s.end)}
    n = len(doc)
    lowers = doc_lowers(doc)
    for i in range(n - 2):
        if lowers[i + 1] != "of" or i in taken:
            continue
        token = doc[i]
        day, month = day_of(token), month_of(doc[i + 2])
        if day is None or month is None or not token.text[-1:].isalpha():
            continue
        end, year = i + 3, None
        probe = end + 1 if end < n and doc[end].text == "," else end
        if probe < n and year_of(doc[probe]):
            year, end = year_of(doc[probe]), probe + 1
        span = Span(doc, i, end, label="DATE")
        span._.date = DateValue(month, day, year)
        spans.append(span)
    ends = list(_month_ends(doc))
    covered = {i for s in ends for i in range(s.start, s.end)}
    spans = [s for s in spans if s.start not in covered] + ends
    return sorted(spans, key=lambda s: s.start)


def _month_ends(doc: Doc) -> Iterator[Span]:
    """ "by the end of November (2023)": the month's last day."""
    n = len(doc)
    lowers = doc_lowers(doc)
    for i in range(n - 2):
        if lowers[i] != "end" or lowers[i + 1] not in ("of", "-", "‑"):
            continue  # "the end of November", "end-November"
        month = month_of(doc[i + 2])
        if month is None:
            continue
        end, year = i + 3, None
        if end < n and year_of(doc[end]):
            year, end = year_of(doc[end]), end + 1
        last = calendar.monthrange(year or 2023, month)[1]
        span = Span(doc, i, end, label="DATE")
        span._.date = DateValue(month, last, year)
        yield span


def _date_cue(clause: Span, span: Span, lexicon: Lexicon) -> Cue | None:
    """Why this date is a deadline, or None when it is just a date (a meeting, a visit)."""
    doc = span.doc
    if span._.date.end_day is not None:
        return None  # "October 4-5", "Dec. 5 to 15": a period, not a cut-off
    before = [doc[i] for i in range(span.start - 1, max(clause.start, span.start - 10) - 1, -1)]
    lowers = [t.lower_ for t in before]
    enforcement = _enforcement_cue(clause, span, before)
    if enforcement is not None:
        return enforcement
    far = [doc[i] for i in range(span.start - 1, max(clause.start, span.start - 18) - 1, -1)]
    predicate = _deadline_predicate(clause, span, far)
    if predicate is not None:
        return predicate
    if lowers[:1] == ["from"] or lowers[:2] == ["the", "from"]:
        return None
    if _requested_change(clause, span):
        return None
    noun = _noun_before(doc, span, clause, lexicon) or _noun_after(doc, span, clause)
    if noun is not None:
        return Cue("deadline", True, noun)
    while lowers and lowers[0] in DATE_LEAD_INS and len(lowers) > 1:
        before, lowers = before[1:], lowers[1:]  # "by midnight on Wednesday, November 1"
    if lowers[:3] == ["than", "later", "no"] or lowers[:3] == ["than", "late", "no"]:
        return Cue("no later than", True)
    if before and before[0].lemma_.lower() in EXPIRY_LEMMAS:
        return Cue("expires", True, after_last_day=True)
    if lowers[:1] and lowers[0] in EXTENSION_PREPOSITIONS:
        window = _lemmas_before(clause, span.start, 14)
        if window & EXTENSION_LEMMAS:
            return Cue("extended to", True)
        if window & VALID_LEMMAS:
            return Cue("valid until", True)
    if lowers[:1] and lowers[0] in WEAK_PREPOSITIONS:
        if _sentence_start_time(clause, span, before):
            return None
        if lowers[0] in ("until", "till", "til") and _given(clause, before[0].i, lexicon):
            return Cue(lowers[0], True)
        if _order_frame(clause, span, lexicon):
            return Cue(lowers[0], False)
    return None


RELATIVE_WORDS = {"who", "whose", "whom", "which", "where"}
ASIDE_TOKENS = 16
"""The longest relative aside read past: ", whose PoR cards expired on June 30," is 10."""


def _lemmas_before(clause: Span, end: int, size: int) -> set[str]:
    """Lower-case lemmas of the ``size`` tokens before ``end`` (the date; ``end - 1`` is its
    preposition). When a relative aside ends right before the preposition, the window is the
    preposition and the ``size`` tokens before the aside: in "extending the stay of refugees,
    whose cards expired on June 30, until February 29" the extension governs "until"."""
    doc = clause.doc
    lowers = doc_lowers(doc)
    start = end - 1  # the preposition
    if start - 1 > clause.start and lowers[start - 1] == ",":
        for k in range(start - 2, max(clause.start, start - 1 - ASIDE_TOKENS), -1):
            if lowers[k] == "," and lowers[k + 1] in RELATIVE_WORDS:
                tokens = [*doc[max(clause.start, k - size) : k], doc[start]]
                return {t.lemma_.lower() for t in tokens}
    return {t.lemma_.lower() for t in doc[max(clause.start, end - size) : end]}


def _deadline_predicate(clause: Span, span: Span, before: list[Token]) -> Cue | None:
    """ "Islamabad's deadline for migrants without papers falls on November 30": the date
    completes a clause whose subject is a deadline noun."""
    if len(before) < 2 or before[0].lower_ not in ("on", "for", "at"):
        return None
    if before[1].lower_ not in DEADLINE_PREDICATES and before[1].lemma_.lower() not in (
        DEADLINE_PREDICATES
    ):
        return None
    if before[1].lower_ == "set" and before[0].lower_ == "on":
        return None  # "the deadline set on October 3": when it was announced
    for token in before[2:]:
        noun = _deadline_noun_ending_at(clause.doc, token.i, clause)
        if noun is not None:
            return Cue("deadline", True, noun)
    return None


def _enforcement_cue(clause: Span, span: Span, before: list[Token]) -> Cue | None:
    """ "face deportation from October 1", "deportations will start only after Dec. 1",
    "phase three begins on 1 December": the date an order starts to be enforced names the
    same cut-off (the recorded date, or the day after the last day to leave)."""
    if not before:
        return None
    preposition = before[0].lower_
    if before[0].lemma_.lower() in STARTING_LEMMAS and before[0].lower_ != before[0].lemma_:
        preposition = "on"  # "phase three begins October 1"
    elif preposition not in ENFORCEMENT_PREPOSITIONS:
        return None
    after = span.doc[span.end : min(span.end + 2, clause.end)]
    if any(t.lower_ in ("to", "until", "till", "through", "-", "–") for t in after):
        return None  # "from March 31 to June 30": a period
    if preposition == "on" == before[0].lower_ and len(before) > 1 and _dates_a_thing(before[1]):
        return None  # "followed bombings on September 29": the date of the bombings
    doc = clause.doc
    window = [
        *doc[max(clause.start, before[0].i - 12) : before[0].i + (preposition != before[0].lower_)],
        *doc[span.end : min(clause.end, span.end + 6)],
    ]
    lemmas = {t.lemma_.lower() for t in window} | {t.lower_ for t in window}
    staying = (
        preposition in ("after", "past", "beyond")
        and lemmas & REMAINING_LEMMAS
        and (lemmas & REFERRING_PEOPLE or any(t.ent_type_ == CATEGORY for t in window))
    )  # "anyone remaining after …", "undocumented Afghans still here after …"
    if not (lemmas & ENFORCEMENT_LEMMAS or staying):
        return None
    if any(t.lower_ in NEGATIONS for t in window) or lemmas & FORECAST_LEMMAS - SCOPE_VERBS:
        return None
    if not {t.lower_ for t in window} & FORWARD_MARKERS:
        return None  # "deportations began on November 20": a report, not the order
    if preposition in ("after", "past", "beyond"):
        return Cue("after", True, before_first_day=True)
    return Cue(preposition, True, after_last_day=True)


CANDIDATES = 200
"""Corpus sentences read (in corpus order) when looking for one that states a deadline."""
DOCUMENT_NOUNS = {"papers", "documents", "cards", "visas", "passports", "permits"}
"""What the people an order names hold or lack ("those without papers on December 1")."""


def _dates_a_thing(word: Token) -> bool:
    """ "bombings on September 29", "talks on Monday": "on <date>" after a plural noun that is
    neither an enforcement word nor the people an order names dates that noun, not the order
    ("deportations on", "begin on", "undocumented Afghans on" stay enforcement)."""
    lower, lemma = word.lower_, word.lemma_.lower()
    if not (word.is_alpha and word.is_lower and lower.endswith("s") and lemma != lower):
        return False
    if word.ent_type_ or lower in REFERRING_PEOPLE | FORWARD_MARKERS | DOCUMENT_NOUNS:
        return False
    return not {lower, lemma} & (ENFORCEMENT_LEMMAS | REMAINING_LEMMAS | STARTING_LEMMAS)


def _given(clause: Span, at: int, lexicon: Lexicon) -> bool:
    """ "gave illegal immigrants until …", "have until …": a time allowed, i.e. a deadline."""
    doc = clause.doc
    if at - 1 >= clause.start and doc[at - 1].lower_ in ("have", "has", "had"):
        return True
    for i in range(at - 1, max(clause.start, at - 8) - 1, -1):
        token = doc[i]
        if token.lemma_.lower() in GIVING_LEMMAS:
            return True
        if not (_complement_word(token, lexicon) or token.lower_ in DETERMINERS | {","}):
            return False
    return False


def _requested_change(clause: Span, span: Span) -> bool:
    """ "UNHCR urged Pakistan to extend the deadline to December 31": a requested date."""
    lemmas = {t.lemma_.lower() for t in clause.doc[clause.start : span.start]}
    return bool(lemmas & REQUEST_LEMMAS and lemmas & EXTENSION_LEMMAS)


def _noun_before(doc: Doc, span: Span, clause: Span, lexicon: Lexicon) -> Span | None:
    """ "deadline of November 1", "the deadline is November 1", "deadline: 1 Nov", "the
    deadline for illegal immigrants to leave the country is November 1"."""
    i = span.start - 1
    bridge: list[str] = []
    complement = False
    while i >= clause.start and len(bridge) <= 6 and span.start - i <= 16:
        noun = _deadline_noun_ending_at(doc, i, clause)
        if noun is not None:
            if complement and not {"for", "to"} & set(bridge):
                return None
            if "on" in bridge:
                at = bridge.index("on")
                after = bridge[at + 1] if at + 1 < len(bridge) else "deadline"
                if after not in _ON_AFTER:
                    return None
            return noun
        token = doc[i]
        aside = _attribution_before(doc, i, clause)
        if aside is not None:
            i = aside  # "the deadline, officials said, is …"
            continue
        if token.lower_ in _NOUN_BRIDGE:
            bridge.append(token.lower_)
        elif _complement_word(token, lexicon):
            complement = True
        else:
            return None
        i -= 1
    return None


def _attribution_before(doc: Doc, i: int, clause: Span) -> int | None:
    """ "…, officials said, …" ending at the comma ``i``: the position before its opening comma."""
    if doc[i].text != ",":
        return None
    for j in range(i - 1, max(clause.start, i - 6) - 1, -1):
        if doc[j].text == ",":
            inside = {t.lemma_.lower() for t in doc[j + 1 : i]} | {t.lower_ for t in doc[j + 1 : i]}
            return j - 1 if inside & REPORTING_LEMMAS else None
    return None


def _complement_word(token: Token, lexicon: Lexicon) -> bool:
    """Words of a "for <group> to <action>" complement between a deadline and its date."""
    lower = token.lower_
    return bool(
        token.ent_type_
        or (token.is_title and token.is_alpha)
        or lower in COMPLEMENT_WORDS
        or lower in PERSON_NOUNS
        or lower in lexicon.modifiers
        or lower in lexicon.heads
        or lexicon.actions.get(token.lemma_.lower()) == token.lemma_.lower()
    )


def _noun_after(doc: Doc, span: Span, clause: Span) -> Span | None:
    """ "the November 1 deadline", "set November 1 as the deadline"."""
    i = span.end
    steps = 0
    while i < clause.end and steps <= 4:
        noun = _deadline_noun_starting_at(doc, i, clause)
        if noun is not None:
            return noun
        if doc[i].lower_ not in _FORWARD_BRIDGE:
            return None
        if steps == 0 and doc[i].lower_ in ("the", "a", "an"):
            return None  # "announced on October 3 a deadline": the date is the announcement
        i += 1
        steps += 1
    return None


def _deadline_noun_ending_at(doc: Doc, i: int, clause: Span) -> Span | None:
    lowers = doc_lowers(doc)
    for phrase in DEADLINE_NOUNS:
        start = i - len(phrase) + 1
        if start >= clause.start and tuple(lowers[start : i + 1]) == phrase:
            return doc[start : i + 1]
    return None


def _deadline_noun_starting_at(doc: Doc, i: int, clause: Span) -> Span | None:
    lowers = doc_lowers(doc)
    for phrase in DEADLINE_NOUNS:
        end = i + len(phrase)
        if end <= clause.end and tuple(lowers[i:end]) == phrase:
            return doc[i:end]
    return None


def _sentence_start_time(clause: Span, span: Span, before: list[Token]) -> bool:
    """ "By December 15, 400,000 had left": a point in time that opens the sentence."""
    cue = before[0]
    opens = cue.i == clause.start or (cue.i - 1 >= clause.start and cue.is_sent_start)
    opens = opens or all(t.is_punct for t in clause.doc[clause.start : cue.i])
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return opens and (after is None or after.text == ",")


def _order_frame(clause: Span, span: Span, lexicon: Lexicon) -> bool:
    """Is "until/by/before <date>" a cut-off? Only in an order or a deadline: "told to leave by",
    "gave them until … to leave", "must leave by" — not "had left by", "left by", "expected to
    leave by" (a count or a forecast at a date)."""
    action = _nearest_action(clause, span, lexicon)
    if action is not None:
        doc = clause.doc
        window = [doc[i] for i in range(max(clause.start, action.i - 4), action.i)]
        if any(_forecast(t) for t in window):
            return False
        if window and window[-1].lower_ in PERFECT_AUXILIARIES:
            return False
        if window and window[-1].lower_ in IRREALIS_BEFORE:
            return True
        if (
            len(window) >= 2
            and window[-1].lower_ in ("be", "been")
            and (window[-2].lower_ in IRREALIS_BEFORE)
        ):
            return True  # "must be gone by", "should be out by"
        adverb = len(window) >= 2 and window[-1].lower_.endswith("ly")
        if adverb and window[-2].lower_ in IRREALIS_BEFORE:
            return True
        if action.lower_ != action.lemma_.lower():
            # "left by October 30": what happened, not what was ordered ("wants them gone by")
            return _wanted_done(clause, action)
    if any(_deadline_noun_starting_at(clause.doc, t.i, clause) for t in clause):
        return True
    if action is None:
        return False
    clause_lemmas = {t.lemma_.lower() for t in clause}
    return bool(clause_lemmas & OBLIGATION_LEMMAS - {"have", "set"})


def _wanted_done(clause: Span, action: Token) -> bool:
    """ "Pakistan wants all undocumented Afghans gone by …": want + object + participle."""
    doc = clause.doc
    for i in range(action.i - 1, max(clause.start, action.i - 8) - 1, -1):
        token = doc[i]
        if token.lemma_.lower() in ("want", "need") and i + 1 < action.i:
            return doc[i + 1].lower_ != "to"
    return False


def _nearest_action(clause: Span, span: Span, lexicon: Lexicon) -> Token | None:
    """The action verb the cut-off belongs to: before the cue ("leave the country by"), or
    just after the date ("until December 1 to leave")."""
    doc = clause.doc
    for i in range(span.end + 1, min(span.end + 4, clause.end)):
        linked = doc[i - 1].lower_ == "to" or doc[i - 1].lower_.endswith("ly")
        if not linked:
            break
        lemma = doc[i].lemma_.lower()
        if lexicon.actions.get(lemma) == lemma and _verb_like(doc[i]):
            return doc[i]
    for i in range(span.start - 1, max(clause.start, span.start - 12) - 1, -1):
        token = doc[i]
        lemma = token.lemma_.lower()
        if lexicon.actions.get(lemma) == lemma and _verb_like(token):
            return token
        if _departure_particle(token, lexicon):
            return token
    return None


def _forecast(token: Token) -> bool:
    """ "expected to leave", "plans to leave", "want to leave": a forecast or a wish. An
    authority that wants *someone* out ("wants illegal immigrants to leave by …") orders it."""
    lemma = token.lemma_.lower()
    if lemma not in FORECAST_LEMMAS:
        return False
    if lemma in OBLIGATION_LEMMAS:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return nxt is None or nxt.lower_ in {"to", *DEPARTURE_PARTICLES}  # a wish: "want out"
    return True


def _duration_cue(clause: Span, span: Span, lexicon: Lexicon) -> Cue | None:
    """ "30-day deadline", "deadline of 30 days", "given 30 days to leave", "within 30 days"."""
    doc = span.doc
    after = [doc[i] for i in range(span.end, min(span.end + 3, clause.end))]
    after_lowers = [t.lower_ for t in after]
    skip = 0
    if after_lowers[:1] in (["'"], ["’"], ["'s"], ["’s"]):
        after_lowers, skip = after_lowers[1:], 1
    if after_lowers and after_lowers[0] in WINDOW_NOUNS:
        # the noun lets a bare "the 60-day window" refer back to an order named earlier
        noun = after[skip]
        return Cue("deadline", True, doc[noun.i : noun.i + 1])
    before = [doc[i] for i in range(span.start - 1, max(clause.start, span.start - 6) - 1, -1)]
    lowers = [t.lower_ for t in before]
    if lowers[:1] == ["of"] and len(lowers) > 1 and lowers[1] in WINDOW_NOUNS:
        return Cue("deadline", True)
    to_action = (
        len(after) >= 2
        and after[0].lower_ == "to"
        and lexicon.actions.get(after[1].lemma_.lower()) == after[1].lemma_.lower()
    )
    giving = {t.lemma_.lower() for t in before} & {"give", "grant", "allow", "have", "get"}
    if to_action and giving:
        return Cue("given", True)
    ends = not after or after[0].is_punct or after[0].lower_ in ("to", "or", "and")
    bare = lowers[:1] not in (["within"], ["in"], ["for"], ["by"], ["over"], ["last"])
    if ends and bare and before and _given(clause, span.start, lexicon):
        return Cue("given", True)  # "gave undocumented migrants 60 days"
    if lowers[:1] in (["within"], ["in"]):
        action = _nearest_action(clause, span, lexicon)
        if action is not None and action.i < span.start and _order_frame(clause, span, lexicon):
            return Cue("within", False)
    return None


# ---------------------------------------------------------------------------------------------
# Which deadline a mention is about


def _candidates(lexicon: Lexicon, clues: Clues, cue: Cue) -> list[tuple[Profile, tuple]]:
    if clues.other_authority:
        return []
    found = []
    for profile in lexicon.profiles:
        score = _match(profile, clues, cue)
        if score is not None:
            found.append((profile, score))
    return found


def _match(profile: Profile, clues: Clues, cue: Cue) -> tuple[int, ...] | None:
    """How strongly the clause names this deadline's event; None when it does not.

    Two clues are needed (a target group and an action, a subject term and a phase …); a
    deadline noun with only the target group is enough unless another purpose is named
    ("a deadline for registered refugees to apply for …").
    """
    target = bool(clues.categories & profile.targets)
    other_phase = profile.phase is not None and clues.phases and profile.phase not in clues.phases
    if other_phase and not target:
        return None  # "phase two" is not phase one (unless the group says otherwise)
    if clues.categories and profile.targets and not target and profile.id not in clues.subjects:
        return None  # the clause names other groups only
    subject = profile.id in clues.subjects
    phase = profile.phase is not None and profile.phase in clues.phases
    action = bool(clues.actions & profile.actions)
    if profile.deadline.steps:
        if cue.word in VALIDITY_CUES:
            action = True  # "valid until", "expired on": the wording of a validity chain
        elif not (action or clues.validity):
            return None  # "PoR holders face the November 1 deadline": not the cards' validity
    if not (target or subject or phase):
        return None
    evidence = target + subject + phase + action
    if evidence < 2 and not (cue.strong and not clues.foreign_purpose):
        return None
    return (int(phase), int(target) + int(subject), int(action))


def _in_scope(profile: Profile, day: dt.date | None, value: Value) -> bool:
    """The ledger knows an event only from its first recorded date: a draft written before it,
    or a validity date older than the recorded chain ("extended until June 30, 2020" when the
    chain starts in 2023), speaks of something the ledger does not record."""
    first = profile.first_known
    if first is None:
        return True
    if day is not None and day < first - dt.timedelta(days=SCOPE_MARGIN_DAYS):
        return False
    if profile.deadline.steps and value.is_date and value.date.year is not None:
        return value.date.year >= first.year
    return True


def _strongest(candidates: list[tuple[Profile, tuple]], day: dt.date | None) -> list:
    """Candidates ranked best first, without those far weaker than the best: "phase one of
    the repatriation plan … undocumented aliens" is not about a relocation order that merely
    shares the target group."""
    ranked = sorted(candidates, key=lambda c: _rank(c, day), reverse=True)
    top = sum(ranked[0][1])
    return [c for c in ranked if sum(c[1]) >= top - 1]


def _rank(candidate: tuple[Profile, tuple], day: dt.date | None) -> tuple:
    """Best evidence first; among equals, the most specific deadline (fewest target groups),
    then the one nearest the draft's date."""
    profile = candidate[0]
    nearness = 0
    if day is not None and profile.accepted:
        nearness = -min(abs((d - day).days) for d in profile.accepted)
    return (*_evidence_rank(candidate), nearness)


def _evidence_rank(candidate: tuple[Profile, tuple]) -> tuple:
    profile, score = candidate
    return (*score, -len(profile.targets))


def _accepting(candidates: list[tuple[Profile, tuple]], value: Value, cue: Cue) -> list[Profile]:
    """Candidates that accept the value. A window is judged only by deadlines that record
    windows; when none does, nothing can be said and every candidate accepts it."""
    profiles = [p for p, _ in candidates]
    if not value.is_date:
        judges = [p for p in profiles if p.durations]
        if not judges:
            return profiles
        profiles = judges
    return [p for p in profiles if _accepts(p, value, cue.after_last_day, cue.before_first_day)]


def _anaphoric(cue: Cue, clues: Clues) -> bool:
    """ "The deadline is December 1." or "… will be deported after November 15" after a
    sentence that named the event."""
    if clues.categories or clues.subjects or clues.foreign_purpose:
        return False
    if cue.noun is None:
        if cue.word in ("until", "till", "til") and cue.strong:
            return True  # "They have until November 15."
        if cue.word in WEAK_PREPOSITIONS and not cue.strong:
            return clues.referring and bool(clues.actions)  # "those who fail to leave by …"
        if not (cue.before_first_day or cue.word in ENFORCEMENT_PREPOSITIONS):
            return False
        # not "the series will begin on …"
        staying = clues.referring and clues.staying  # "anyone remaining after …"
        return clues.enforcement or bool(clues.actions) or staying
    doc = cue.noun.doc
    start = cue.noun.start
    start = _value_starts(doc).get(start, start)  # "the November 15 deadline", "the 60-day window"
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[cue.noun.end].lower_ if cue.noun.end < len(doc) else ""
    if after in ("for", "to") and cue.noun.end + 1 < len(doc):
        nxt = doc[cue.noun.end + 1]
        if not (nxt.lower_ in PRONOUNS | {"them", "those"} or _people_word(nxt)):
            return False  # "the deadline for filing …" has a purpose of its own
    if before in ("'", "’", "'s", "’s") and start > 1 and _people_word(doc[start - 2]):
        return True  # "the Afghan migrants' deadline"
    return before in ANAPHORIC_DETERMINERS


def _people_word(token: Token) -> bool:
    """ "Afghans", "migrants", "families": people, named without a ledger group's words."""
    lower = token.lower_
    demonym = token.is_title and token.is_alpha and lower.endswith(("ans", "is", "ese"))
    return lower in PERSON_NOUNS or demonym


def _value_starts(doc: Doc) -> dict[int, int]:
    """End → start of the doc's dates and durations, collected once per doc (a long draft has
    many mentions)."""
    key = "narrlint.deadlines.value_starts"
    if key not in doc.user_data:
        spans = [*doc.spans.get("dates", []), *doc.spans.get("durations", [])]
        doc.user_data[key] = {s.end: s.start for s in spans}
    return doc.user_data[key]


def _from_context(earlier: list[Span], lexicon: Lexicon) -> list:
    """The event of the nearest earlier text that names exactly one (the start of the same
    sentence, then up to two sentences back)."""
    for span in earlier:
        if not len(span):
            continue
        clues = _clues(span, lexicon)
        found = _candidates(lexicon, clues, Cue("context", True))
        if found:
            ranked = sorted(found, key=_evidence_rank, reverse=True)
            if len(ranked) == 1 or _evidence_rank(ranked[0]) > _evidence_rank(ranked[1]):
                return ranked[:1]
            return []
    return []


def _accepts(
    profile: Profile, value: Value, after_last_day: bool = False, before_first_day: bool = False
) -> bool:
    if value.is_date:
        accepted = profile.accepted
        if after_last_day:
            accepted = accepted | {d + dt.timedelta(days=1) for d in accepted}
        if before_first_day:
            accepted = accepted | {d - dt.timedelta(days=1) for d in accepted}
        return _date_accepted(accepted, value.date)
    if not profile.durations:
        return True
    low, high = value.day_range()
    return any(low <= d <= high for d in profile.durations)


def _date_accepted(accepted: Iterable[dt.date], value: DateValue) -> bool:
    accepted = list(accepted)
    if not accepted:
        return True
    if value.day is None:
        if value.year is None:
            return True
        return any(d.year == value.year and d.month == value.month for d in accepted)
    if value.year is not None:
        return any(
            (d.year, d.month, d.day) == (value.year, value.month, value.day) for d in accepted
        )
    return any((d.month, d.day) == (value.month, value.day) for d in accepted)


def _same_value(a: Value, b: Value) -> bool:
    if a.is_date != b.is_date:
        return True  # a date and a window are not comparable
    if a.is_date:
        x, y = a.date, b.date
        if x.day is None or y.day is None:
            return x.month == y.month and (x.year is None or y.year is None or x.year == y.year)
        if x.year is not None and y.year is not None:
            return (x.year, x.month, x.day) == (y.year, y.month, y.day)
        return (x.month, x.day) == (y.month, y.day)
    (a_low, a_high), (b_low, b_high) = a.day_range(), b.day_range()
    return a_low <= b_high and b_low <= a_high


# ---------------------------------------------------------------------------------------------
# Messages, evidence and fixes


def _long(day: dt.date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _short_title(deadline: Deadline) -> str:
    """ "IFRP phase 1 - all undocumented … to leave" → "IFRP phase 1"."""
    title = re.sub(r"\s*\([^)]*\)", "", deadline.title)
    return title.split(" - ")[0].split(", ")[0].strip()


def _steps_dates(deadline: Deadline) -> list[dt.date]:
    dates = []
    for step in deadline.steps:
        for key in ("expired", "extended_to"):
            value = step.get(key)
            if isinstance(value, dt.date) and value not in dates:
                dates.append(value)
    return sorted(dates)


def _current_step(deadline: Deadline, day: dt.date) -> dict | None:
    """The validity step in force on ``day``: the latest one announced (or expired) by then."""
    current = None
    for step in deadline.steps:
        known = step.get("announced") or step.get("expired")
        if isinstance(known, dt.date) and known <= day:
            current = step
    return current


def _recorded(profile: Profile, day: dt.date) -> str:
    """The recorded deadline in words, for a message."""
    deadline = profile.deadline
    if deadline.date is not None:
        text = f"{_long(deadline.date)} for {_short_title(deadline)}"
        if deadline.announced:
            text += f" (announced {_long(deadline.announced)})"
        others = [
            _long(a.date) + (f" ({_first_clause(a.note)})" if a.note else "")
            for a in deadline.equivalent_dates
            if a.date != deadline.date
        ]
        if others:
            text += "; also accepted: " + ", ".join(others)
        return text
    dates = ", ".join(_long(d) for d in _steps_dates(deadline))
    text = f"these dates for {_short_title(deadline)}: {dates}"
    step = _current_step(deadline, day)
    if step is not None:
        latest = step.get("extended_to") or step.get("expired")
        text += f" (on {_long(day)} the latest recorded date was {_long(latest)})"
    return text


def _first_clause(note: str) -> str:
    return note.split(";")[0].strip()


def _recorded_window(profile: Profile) -> str:
    """ "a window of 30 days ("30-day deadline", "one-month deadline") or 28 days (…)"."""
    parts = []
    for days in sorted(profile.durations, reverse=True):
        notes = [d.note for d in profile.deadline.durations if d.days == days and d.note]
        parts.append(f"{days} days" + (f" ({', '.join(notes)})" if notes else ""))
    return f"a window of {' or '.join(parts)} for {_short_title(profile.deadline)}"


def _ledger_evidence(profile: Profile, day: dt.date) -> list[Evidence]:
    deadline = profile.deadline
    summary = f"{deadline.id}: {deadline.title}"
    if deadline.date is not None:
        summary += f"; date {deadline.date.isoformat()}"
    if profile.durations:
        summary += "; windows " + ", ".join(f"{d} days" for d in profile.durations)
    evidence = [deadline.origin.evidence(summary)]
    step = _current_step(deadline, day)
    if step is not None and step.get("source"):
        text = (
            f"{deadline.id} step: expired {step.get('expired')}, extended to "
            f"{step.get('extended_to')} (source: {step['source']})"
        )
        evidence.append(Evidence(deadline.origin.path, step.get("line"), text))
    return evidence


def _corpus_evidence(corpus: Corpus, profile: Profile, value: Value) -> list[Evidence]:
    dates, windows = corpus.memo(
        ("deadlines.corpus", profile.id), lambda: _corpus_statements(corpus, profile)
    )
    preferred = dates if value.is_date else windows + dates
    seen, result = set(), []
    for sentence in preferred:
        if sentence.id not in seen:
            seen.add(sentence.id)
            result.append(sentence.evidence())
    return result[:CORPUS_EVIDENCE]


def _corpus_statements(
    corpus: Corpus, profile: Profile
) -> tuple[list[CorpusSentence], list[CorpusSentence]]:
    """Corpus sentences that state this deadline's recorded date or window (found through the
    index, then read with the same mention analysis as drafts)."""
    lexicon = _lexicon(corpus)
    keys = [("lemma", a) for a in profile.actions] + [("category", t) for t in profile.targets]
    keys.append(("lemma", "deadline"))
    candidates: dict[int, CorpusSentence] = {}
    for day in sorted(profile.accepted):
        stamp = ("date", f"{day.month:02d}-{day.day:02d}")
        for key in keys:
            for sentence in corpus.find(stamp, key, limit=CANDIDATES):
                candidates.setdefault(sentence.id, sentence)
    if profile.durations:
        for unit in ("day", "month", "week"):
            for key in keys:
                for sentence in corpus.find(("lemma", unit), key, limit=CANDIDATES):
                    candidates.setdefault(sentence.id, sentence)
    dates, windows = [], []
    # The first CANDIDATES of the union are among the first CANDIDATES of each find.
    for sentence in sorted(candidates.values(), key=lambda s: s.id)[:CANDIDATES]:
        for mention in _mentions(corpus.doc(sentence), lexicon, sentence.date):
            if profile not in mention.accepted_by or not _plausible_year(profile, sentence):
                continue
            (dates if mention.value.is_date else windows).append(sentence)
            break
    return dates, windows


def _plausible_year(profile: Profile, sentence: CorpusSentence) -> bool:
    """A year-less "September 1" in a 2023 story is not the 2025 deadline."""
    if sentence.date is None or not profile.accepted:
        return True
    return any(abs((sentence.date - d).days) <= 400 for d in profile.accepted)


def _date_fix(draft: Draft, span: Span, target: dt.date) -> Fix:
    """Replace the date keeping the draft's style: "Dec. 1" → "Nov. 1", "1 December 2023" →
    "1 November 2023", "December 1st" → "November 1st", ISO stays ISO."""
    text = _format_like(span, target)
    return draft.replacement(span, text, f'write "{text}" (the recorded deadline)')


def _format_like(span: Span, target: dt.date) -> str:
    tokens = list(span)
    if len(tokens) == 5 and year_of(tokens[0]):
        return target.isoformat()
    month_token = next(t for t in tokens if month_of(t))
    day_token = next((t for t in tokens if day_of(t) and t.i != month_token.i), None)
    year_token = next((t for t in tokens if year_of(t)), None)
    month = _month_like(month_token.text, target.month)
    day = str(target.day)
    if day_token is not None and day_token.text[-2:].isalpha():
        day += _suffix(target.day)
    if day_token is None:
        parts = [month]
    elif any(t.lower_ == "of" for t in tokens):
        parts = [f"{day} of {month}"]
    elif day_token.i < month_token.i:
        parts = [f"{day} {month}"]
    else:
        parts = [f"{month} {day}"]
    if year_token is not None:
        comma = any(t.text == "," for t in tokens)
        parts.append(("," if comma else "") + f" {target.year}")
    return "".join(parts)


def _month_like(written: str, month: int) -> str:
    name = MONTH_NAMES[month - 1]
    bare = written.rstrip(".")
    if bare.lower() in {m.lower() for m in MONTH_NAMES}:
        text = name  # written in full
    elif written.endswith(".") and month in (3, 4, 5, 6, 7):
        text = name  # AP style writes these in full
    else:
        text = (
            "Sept" if month == 9 and (len(bare) == 4 or written.endswith(".")) else name[:3]
        ) + ("." if written.endswith(".") else "")
    return text.upper() if written.isupper() and len(written) > 3 else text


def _suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _window_fix(draft: Draft, span: Span, profile: Profile, value: Value) -> Fix | None:
    """ "two-month" → "one-month" when every recorded window is the same number of months
    (or there is a single recorded number of days); otherwise the remedy is not certain."""
    unit = span[-1].lower_
    if unit in ("month", "months"):
        counts = {c for d in profile.durations for c in _month_counts(d)}
    elif unit in ("day", "days"):
        counts = set(profile.durations)
    else:
        return None
    if len(counts) != 1:
        return None
    count = counts.pop()
    if (count == 1) != (unit in ("month", "day")) and not _hyphenated(span):
        return None  # "two months" → "one months": leave the grammar to the writer
    number = [t for t in span if t.lower_ not in DAYS_PER_UNIT and t.text not in ("-", "‑")]
    if not number:
        return None
    words = {v: k for k, v in UNITS.items() if k not in ("a", "an", "single", "zero")}
    replacement = words.get(count, str(count)) if number[0].is_alpha else str(count)
    if number[0].is_title:
        replacement = replacement.capitalize()
    target = span.doc[number[0].i : number[-1].i + 1]
    written = _quoted(draft, span)
    fixed = written.replace(_quoted(draft, target), replacement, 1)
    return draft.replacement(target, replacement, f'write "{fixed}" (the recorded window)')


def _hyphenated(span: Span) -> bool:
    """ "30-day", "one-month": the unit stays singular whatever the number."""
    return len(span) >= 3 and span[-2].text in ("-", "‑")


def _month_counts(days: int) -> set[int]:
    return {n for n in range(1, 13) if n * MONTH_DAYS[0] <= days <= n * MONTH_DAYS[1]}


# ---------------------------------------------------------------------------------------------
# The rules


_LAST: dict[str, tuple[Doc, Corpus, list[Mention]]] = {}


def _analyse(draft: Draft, corpus: Corpus) -> list[Mention]:
    """Mentions of a draft, shared by NL101 and NL102 (which run one after the other on the
    same parsed draft: the second reuses the first one's analysis)."""
    cached = _LAST.get("draft")
    if cached is not None and cached[0] is draft.doc and cached[1] is corpus:
        return cached[2]
    mentions = _mentions(draft.doc, _lexicon(corpus), draft.date)
    _LAST["draft"] = (draft.doc, corpus, mentions)
    return mentions


def _quoted(draft: Draft, span: Span) -> str:
    return " ".join(draft.text[slice(*draft.offsets(span))].split())


class DeadlineMismatch(Rule):
    code = "NL101"
    name = "deadline-mismatch"
    summary = "Deadline or time window that differs from the one the ledger records"
    severity = Severity.ERROR
    documentation = """
        The draft gives a deadline ("until December 1", "a 60-day deadline") for an event the
        ledger knows, and the ledger records another one. The event is recognised from the
        ledger's words: who must act (the deadline's target categories), what they must do
        (its action_lemmas, e.g. leave, deport), its subject terms and phase.

        Equivalent forms are accepted: "Nov. 1", "1 November", "November 1st", "Nov 1, 2023",
        the ledger's equivalent_dates (31 October as the last day to leave), and its durations
        ("30-day" = "one-month": a month is 28 to 31 days). A date without a year is compared
        by month and day; a date with a year is compared in full. Dates that are not cut-offs
        (a forum "held from October 4-5", a meeting "on Thursday") and deadlines of events the
        ledger does not know are never reported.

        Bad:
            Pakistan gave undocumented foreigners until December 1 to leave.
            Pakistan issued a 60-day deadline for illegal immigrants to leave the country.

        Good:
            Pakistan gave undocumented foreigners until November 1 to leave.
            Pakistan issued a one-month deadline for illegal immigrants to leave by Nov. 1.

        Fix: when the ledger records a single cut-off, the date is replaced in the draft's own
        style ("December 1" → "November 1", "1 December 2023" → "1 November 2023").
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        for mention in _analyse(draft, corpus):
            if mention.accepted_by:
                continue
            profile = mention.best
            day = draft.date_for(mention.span)
            quoted = _quoted(draft, mention.span)
            evidence = _ledger_evidence(profile, day)
            evidence += _corpus_evidence(corpus, profile, mention.value)
            if mention.value.is_date:
                message = (
                    f'"{quoted}" is not the recorded deadline: the ledger records '
                    f"{_recorded(profile, day)} (source: {profile.deadline.origin.source})"
                )
                fix = self._date_fix(draft, mention, profile)
            else:
                message = (
                    f'"{quoted}" is not the recorded window: the ledger records '
                    f"{_recorded_window(profile)}"
                )
                if profile.deadline.date is not None:
                    message += f", to {_long(profile.deadline.date)}"
                message += f" (source: {profile.deadline.origin.source})"
                fix = None
                if mention.clear_best:
                    fix = _window_fix(draft, mention.span, profile, mention.value)
            yield draft.problem(mention.span, message, evidence, fix)

    @staticmethod
    def _date_fix(draft: Draft, mention: Mention, profile: Profile) -> Fix | None:
        """Only a single recorded cut-off is a certain remedy: one candidate event, a recorded
        date, and equivalent dates that are the same cut-off written another way."""
        deadline = profile.deadline
        if deadline.date is None or deadline.steps or mention.value.date.day is None:
            return None
        if any(
            abs((a.date - deadline.date).days) > BOUNDARY_DAYS for a in deadline.equivalent_dates
        ):
            return None  # the sources disagree: the writer must choose
        if not mention.clear_best:
            return None  # another event the sentence may name records another date
        return _date_fix(draft, mention.span, deadline.date)


class DeadlineConflict(Rule):
    code = "NL102"
    name = "deadline-conflict"
    summary = "One draft gives two different deadlines for the same event"
    severity = Severity.WARNING
    documentation = """
        The draft gives one deadline for an event in one place and another deadline for the
        same event elsewhere ("until November 1" in the second paragraph, "the November 15
        deadline" in the fifth). Reported at the second mention, pointing at the first. It is
        reported even when NL101 also flags one of the two. Forms the ledger treats as the same
        cut-off (1 November / 31 October, "30-day" / "one-month") do not conflict, nor does a
        draft that tells of an extension ("extended from March 31 to June 30"), nor a chain of
        validity dates.

        Bad:
            Undocumented Afghans were told to leave by November 1.
            …
            Those who missed the November 15 deadline face deportation.

        Good:
            Undocumented Afghans were told to leave by November 1.
            …
            Those who missed the November 1 deadline face deportation.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self._problems(draft, corpus))

    def _problems(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        mentions = [m for m in _analyse(draft, corpus) if _comparable(m)]
        # Earlier mentions by event, the first of each kind only: what ``_conflict`` reads of
        # an earlier mention is its events and ``_conflict_kind``, so the first of a kind
        # stands for all later ones and a long draft is not compared pair by pair.
        earlier_by_event: dict[int, dict[tuple, Mention]] = {}
        for later in mentions:
            if later.event is not None:
                for earlier in earlier_by_event.get(id(later.event), {}).values():
                    if _conflict(earlier, later):
                        yield self._problem(draft, corpus, earlier, later)
                        break
            for event in _events(later):
                earlier_by_event.setdefault(id(event), {}).setdefault(_conflict_kind(later), later)

    @staticmethod
    def _problem(draft: Draft, corpus: Corpus, earlier: Mention, later: Mention) -> Problem:
        profile = later.event
        day = draft.date_for(later.span)
        start, _ = draft.offsets(earlier.span)
        line = draft.lines.position(start).line
        first, second = _quoted(draft, earlier.span), _quoted(draft, later.span)
        same = earlier.sentence == later.sentence
        where = "earlier in the same sentence" if same else f"on line {line}"
        kind = "deadline" if later.value.is_date else "window"
        recorded = _recorded(profile, day) if later.value.is_date else _recorded_window(profile)
        message = (
            f"this draft gives two different {kind}s for {_short_title(profile.deadline)}: "
            f'"{second}" here and "{first}" {where}; the ledger records {recorded} '
            f"(source: {profile.deadline.origin.source})"
        )
        evidence = [Evidence(draft.path, line, earlier.sentence.text.strip())]
        evidence += _ledger_evidence(profile, day)
        evidence += _corpus_evidence(corpus, profile, later.value)
        return draft.problem(later.span, message, evidence)


def _comparable(mention: Mention) -> bool:
    events = _events(mention)
    if not events or any(p.deadline.steps for p in events):
        return False  # no event, or a validity chain with many dates
    return not _narrates_extension(mention.sentence)


def _events(mention: Mention) -> list[Profile]:
    """The events a mention may be about: the certain one, else every event accepting it."""
    if mention.event is not None:
        return [mention.event]
    return list(mention.accepted_by)


def _narrates_extension(sentence: Span) -> bool:
    """ "extended to June 30" tells of a change; "would not be extended" does not."""
    for token in sentence:
        if token.lemma_.lower() in EXTENSION_LEMMAS:
            window = sentence.doc[max(sentence.start, token.i - 3) : token.i]
            if not any(t.lower_ in NEGATIONS for t in window):
                return True
    return False


def _conflict_kind(mention: Mention) -> tuple:
    """Everything :func:`_conflict` reads of a mention besides its events."""
    cue = mention.cue
    return (mention.value, bool(mention.accepted_by), cue.after_last_day, cue.before_first_day)


def _conflict(earlier: Mention, later: Mention) -> bool:
    if later.event is None or later.event not in _events(earlier):
        return False
    if earlier.value.is_date != later.value.is_date:
        return False
    if _same_value(earlier.value, later.value) or _same_cut_off(earlier, later):
        return False
    return not (earlier.accepted_by and later.accepted_by)  # both forms of the recorded one


def _same_cut_off(a: Mention, b: Mention) -> bool:
    """ "must go by November 30 … deportations start on December 1": the last day to leave and
    the first day of enforcement are one cut-off written two ways."""
    if not (a.value.is_date and b.value.is_date):
        return False
    x, y = a.value.date, b.value.date
    if x.day is None or y.day is None:
        return False
    year = x.year or y.year or 2024  # a leap year: "February 29" is a date
    try:
        first = dt.date(x.year or year, x.month, x.day)
        second = dt.date(y.year or year, y.month, y.day)
    except ValueError:
        return False
    shifted = any(m.cue.after_last_day or m.cue.before_first_day for m in (a, b))
    return shifted and abs((second - first).days) == 1


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [DeadlineMismatch(), DeadlineConflict()]
