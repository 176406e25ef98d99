"""Count claims: the casualty counts a draft states, what they count, of whom, and who gave them.

A death or injury toll is the most consequential number in a breaking story, and the one that
changes most as it is revised (34 → 52 → 60 within a day). The reader finds each count and
its attribution once per draft, in four steps:

1. **Counts** (:mod:`narrlint.claims.counts_phrases`; tolls: :mod:`.counts_tolls`; asides
   inside a counted phrase: :mod:`.counts_asides`; which numbers can count people:
   :mod:`narrlint.claims.counts_numbers`; the words: :mod:`narrlint.claims.counts_words`): a
   number tied to a casualty word: "<N> (people…) were killed", "killed <N> soldiers", "the
   death toll rose to <N>", "left <N> dead", "claimed <N> lives", "<N> bodies", and the words
   reporting uses for the dead: "<N> soldiers embraced martyrdom", "<N> militants were
   eliminated/neutralised/sent to hell", "<N> lost (laid down) their lives", "the loss of <N>
   lives", "the bodies of <N> miners", "killing <a named victim> along with <N> others", "<N>
   (of the) injured succumbed", "<N> were murdered/massacred/executed", "<N> soldiers and <M>
   militants were killed" (two counts, one verb).
2. **Attribution in the sentence** (:mod:`narrlint.claims.counts_attribution`): a reporting
   word in the count's clause, a closing credit "(ISPR)", the named speaker of the
   quotation the count is in, the attributed toll an increment is joined to ("…, a hospital
   spokesman said, as seven more succumbed"), or a named speaker's statement about the deaths
   ("the minister expressed grief over the loss of four children").
3. **Adjacent sentences** (:mod:`narrlint.claims.counts_coverage`; how far each attribution
   of step 2 reaches: :mod:`narrlint.claims.counts_reach`), judged, not assumed: an
   attributed neighbour that refers back to the count or gives the same source's figure for
   the incident.
4. **The story** (:mod:`.counts_repeats`): a headline or bullet, the lead, and a later
   repetition are covered by an attributed count of the same value (or of the total of the
   counts sharing one verb) in the same story (a manifest story when the draft is a corpus
   file).

Each :class:`CountClaim` carries the number (value and hedge), what it counts, of whom, and its
:class:`Attribution` (the attributing words and the scope they cover) or ``None``.
:func:`resolve` finds the ledger's ``events[].casualties`` entry giving the same figure for the
same incident; :func:`attributed_sources` also searches attributed corpus sentences (what
NL201 cites as evidence).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from narrlint.claims.base import Claim, Resolution
from narrlint.claims.counts_coverage import (
    CLAUSE,
    NEIGHBOUR,
    QUOTE,
    SENTENCE,
    Found,
    Sentences,
    by_neighbour,
    in_sentence,
    joined_to_covered,
)
from narrlint.claims.counts_numbers import (
    Count,
    hedge_start,
)
from narrlint.claims.counts_parts import kinds_match
from narrlint.claims.counts_repeats import (
    STORY,
    Attributed,
    attributed_by_story,
    joint_totals,
    repeats_attributed,
)
from narrlint.claims.counts_restated import restated_later
from narrlint.claims.counts_words import (
    AUXILIARIES,
    BREAKDOWN_OPENERS,
    CASUALTIES,
    GIVING_LIVES,
    HEDGES,
    INJURED,
    INJURY_VERBS,
    KILLED,
    PHRASE_FIRSTS,
    PREDICATES,
)
from narrlint.knowledge.corpus import format_number
from narrlint.knowledge.ledgercache import is_word_set
from narrlint.model import Evidence
from narrlint.nlp.pipeline_data import derived_values
from narrlint.nlp.tokens import WordTest, lemma_lowers, texts
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from narrlint.engine.draft import Draft
    from narrlint.knowledge.corpus import Corpus
    from narrlint.knowledge.ledger import Event

SCOPES = (CLAUSE, SENTENCE, QUOTE, NEIGHBOUR, STORY)
"""What an attribution covers: the count's clause, its whole sentence (a closing credit), the
quotation it is in, a neighbouring sentence about the same count, or an attributed count of the
same value earlier in (or, for a headline, anywhere in) the same story."""

UNATTRIBUTED = {"text": None, "start": None, "end": None, "scope": "none"}
"""``details()["attribution"]`` of a count nothing in the draft attributes."""

__all__ = [
    "CASUALTIES",
    "INJURED",
    "KILLED",
    "SCOPES",
    "Attribution",
    "CountClaim",
    "Source",
    "attributed_sources",
    "kinds_match",
    "read",
    "resolve",
]


# ---------------------------------------------------------------------------------------------
# Claims


@dataclass(frozen=True)
class Attribution:
    """Who gave a count: the attributing words and the scope they cover."""

    span: Span
    """"said", "according to", "released by", "(ISPR)", in ``draft.doc``."""
    scope: str
    """One of :data:`SCOPES`."""
    start: int
    end: int
    """Character offsets of ``span`` in the original file."""

    @property
    def text(self) -> str:
        return self.span.text

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.span.text, "start": self.start, "end": self.end, "scope": self.scope}


@dataclass(frozen=True, eq=False)
class CountClaim(Claim):
    """A casualty count: "at least 64 people were killed", "the death toll rose to 60"."""

    kind: ClassVar[str] = "count"
    number: Span
    """The number's tokens ("64", "Sixty-four", "2,267")."""
    value: float
    hedge: str | None
    """ "at least", "more than", "nearly"…, or ``None``."""
    counts: str
    """``killed``, ``injured`` or ``casualties`` (either): what a source's figure must match."""
    word: str
    """The casualty word that makes the number a count: "killed", "bodies", "toll", "lives"."""
    form: str
    """``subject`` ("<N> were killed"), ``object`` ("killed <N>"), ``toll`` ("toll rose to <N>")."""
    whom: str | None
    """Who is counted ("people", "security personnel", "polio workers"), if the draft says."""
    attribution: Attribution | None
    """Who gave the count, or ``None`` when nothing in the draft attributes it."""
    neighbourhood: tuple[Span, ...] = field(default=(), repr=False)
    """The count's sentence and its neighbours in the same story (its incident's context)."""

    @cached_property
    def context(self) -> frozenset[str]:
        """Incident words around the count (places, targets, weapons), as lemmas."""
        return frozenset().union(*(_content_words_of(s) for s in self.neighbourhood))

    def details(self) -> dict[str, Any]:
        return {
            "value": int(self.value) if float(self.value).is_integer() else self.value,
            "number": self.number.text,
            "hedge": self.hedge,
            "counts": self.counts,
            "word": self.word,
            "form": self.form,
            "whom": self.whom,
            "attribution": self.attribution.to_dict() if self.attribution else dict(UNATTRIBUTED),
        }


def read(draft: Draft, corpus: Corpus) -> list[CountClaim]:
    """Every casualty count of the draft with its attribution, in the order of the text."""
    sentences = Sentences.of(
        draft.doc, _story_finder(draft, corpus), label_sources(corpus), _block_finder(draft)
    )
    found: list[tuple[int, Count, Found | None]] = []
    for index in sentences.with_numbers():
        for count in sentences.counts_of(index):
            how = in_sentence(sentences, index, count) or by_neighbour(sentences, index, count)
            found.append((index, count, how))
    attributed = attributed_by_story(sentences, found)
    totals = joint_totals(found)
    found = [
        (
            i,
            c,
            how
            or _repeats(draft, sentences, attributed, i, c, totals)
            or restated_later(sentences, i, c),  # a named source restates it further on
        )
        for i, c, how in found
    ]
    coverage = {(c.number.start, c.span.start): how for _, c, how in found}
    claims = []
    for index, count, how in found:
        if how is None:  # "Officials say at least 52 killed …": "… and 20 injured" shares it
            how = joined_to_covered(
                sentences, index, count, lambda o: coverage.get((o.number.start, o.span.start))
            )
        claims.append(_claim(draft, sentences, index, count, how))
    return sorted(claims, key=lambda c: (c.span.start, c.span.end))


def _repeats(
    draft: Draft,
    sentences: Sentences,
    attributed: Attributed,
    index: int,
    count: Count,
    totals: dict[tuple[int, int], float],
) -> Found | None:
    """An attributed count of the story that this count repeats, alone or with the counts
    sharing its verb as their total."""
    total = totals.get((count.number.start, count.span.start))
    return repeats_attributed(draft, sentences, attributed, index, count) or (
        None
        if total is None
        else repeats_attributed(draft, sentences, attributed, index, count, total)
    )


def _claim(
    draft: Draft, sentences: Sentences, index: int, count: Count, how: Found | None
) -> CountClaim:
    attribution = None
    if how is not None:
        scope, span = how
        attribution = Attribution(span, scope, *draft.offsets(span))
    around = (index - 1, index, index + 1)
    return CountClaim(
        count.span,
        count.number,
        count.value,
        _hedge(count),
        count.kind,
        count.word,
        count.form,
        _whom(count),
        attribution,
        tuple(sentences.items[i] for i in around if sentences.same_story(index, i)),
    )


def _hedge(count: Count) -> str | None:
    """The words that qualify the number: "at least", "no fewer than", "up to"."""
    doc, number = count.number.doc, count.number
    start = hedge_start(doc, number.start, count.span.start)
    words = texts(doc)[start : number.start]
    while words and words[0].lower() in ("to", "of"):
        words.pop(0)  # "rose to at least 60": "to" belongs to the verb
    return " ".join(words) or None


WHOM_STOPS = frozenset(
    {
        *AUXILIARIES,
        *PREDICATES,
        *HEDGES,
        *BREAKDOWN_OPENERS,
        *PHRASE_FIRSTS,
        *GIVING_LIVES,
        *INJURY_VERBS,
    }
    - {"of"}
)


def _whom(count: Count) -> str | None:
    """The counted noun phrase after the number: "people", "security personnel"."""
    doc = count.number.doc
    texts_, lowers = texts(doc), doc_lowers(doc)
    words: list[str] = []
    for i in range(count.number.end, count.span.end):
        lower = lowers[i]  # a token's is_alpha is its text's isalpha()
        if not texts_[i].isalpha() or (lower in WHOM_STOPS and lower != "and"):
            break
        words.append(texts_[i])
    while words and words[-1].lower() in WHOM_TRAILERS:
        words.pop()  # "two of the injured succumbed": no noun of its own
    return " ".join(words) or None


WHOM_TRAILERS = {"and", "of", "the", "those", "these", "them"}


def label_sources(corpus: Corpus) -> frozenset[str]:
    """Acronyms the ledger gives tolls and figures by ("ISPR", "UNAMA", "CTD"), lower case,
    without those that also name a place of the ledger: a headline labelled with one ("ISPR:
    …") is credited to it, while a dateline ("QUETTA:") is not a source."""

    def build() -> frozenset[str]:
        ledger = corpus.ledger
        givers = [t.by for e in ledger.events.values() for t in e.tolls]
        givers += [f.by for f in ledger.figures]
        places = [e.place for e in ledger.events.values()]
        places += [p for d in ledger.deadlines.values() for p in (d.place, *d.place_terms)]
        acronyms = {w for text in givers if text for w in ACRONYM.findall(text)}
        place_words = {w.lower() for text in places if text for w in WORD.findall(text)}
        return frozenset(a.lower() for a in acronyms) - place_words

    return corpus.memo(("claims.counts", "label-sources"), build)


ACRONYM = re.compile(r"\b[A-Z]{2,7}\b")
WORD = re.compile(r"[\w']+")


def _story_finder(draft: Draft, corpus: Corpus) -> Callable[[Span], int]:
    """Story of a sentence: a manifest story when the draft is a corpus file, else 0."""
    ranges = draft.story_dates or (corpus.stories_of(draft.path) if draft.path != "-" else ())
    firsts = sorted(first for first, _, _ in ranges)
    if len(firsts) < 2:
        return lambda sentence: 0

    def story_of(sentence: Span) -> int:
        line = draft.lines.position(draft.offsets(sentence)[0]).line
        return bisect_right(firsts, line)

    return story_of


def _block_finder(draft: Draft) -> Callable[[Span], int]:
    """Paragraph of a sentence (the character where its block starts; -1 before any)."""

    def block_of(sentence: Span) -> int:
        block = draft.block_of(sentence)
        return block.start if block is not None else -1

    return block_of


# ---------------------------------------------------------------------------------------------
# Sources: attributed figures in the ledger and the corpus


@dataclass(frozen=True, slots=True)
class Source:
    """An attributed figure the ledger or corpus has, with the words that name its incident."""

    date: dt.date | None
    value: float
    kind: str
    evidence: Evidence
    words: frozenset[str]
    fact: str | None = None
    """``events/<id>`` for a ledger figure, ``None`` for a corpus sentence."""
    summary: str = ""


# Words every casualty story shares: they cannot tell one incident from another.
GENERIC_LEMMAS = {
    "kill", "dead", "die", "death", "injure", "wound", "hurt", "martyr", "body", "toll",
    "casualty", "fatality", "life", "people", "person", "man", "woman", "child", "least",
    "say", "tell", "official", "police", "report", "confirm", "total", "number", "figure",
    "include", "leave", "claim", "victim", "day", "week", "month", "year", "today", *WEEKDAYS,
    "combine", "more", "attack", "attacker", "incident",
}  # fmt: skip


def content_words(tokens: Iterable[Token]) -> frozenset[str]:
    """Lemmas that can name an incident: places, targets, weapons ("mastung", "checkpoint")."""
    return frozenset(
        t.lemma_.lower()
        for t in tokens
        if t.is_alpha and not t.is_stop and len(t) > 2 and t.lemma_.lower() not in GENERIC_LEMMAS
    )


def _content_words_of(span: Span) -> frozenset[str]:
    """:func:`content_words` of a span of a draft, read from the doc's per-token lists (each
    distinct word's shape tested once, for every draft)."""
    lemmas = lemma_lowers(span.doc)
    return frozenset(
        lemma
        for lemma in map(lemmas.__getitem__, _CONTENT_SHAPED.within(span.doc, span.start, span.end))
        if lemma not in GENERIC_LEMMAS
    )


_CONTENT_SHAPED = WordTest(
    lambda text, vocab: (lexeme := vocab[text]).is_alpha and not lexeme.is_stop and len(text) > 2,
    texts,
)
"""Words shaped like a content word (a token's flags are its lexeme's), tested once each."""


def _ledger_sources(corpus: Corpus, value: float) -> list[Source]:
    """Attributed casualty figures of ``value`` in the ledger (``events[].casualties``), in
    ledger order. Only the events giving that figure have their titles parsed: a run needs a
    few values, and parsing every title cost a fixed 25 ms per process (a single long draft
    paid it alone: NL201 cost twice its per-word cost on one 20,000-word draft)."""

    def build() -> list[Source]:
        result = []
        for event, _item, day, text, figures in _ledger_figure_items(corpus):
            for figure, kind in figures:
                if figure == value:
                    evidence = event.origin.evidence(text)
                    words = _event_words(corpus, event)
                    fact = f"events/{event.id}"
                    result.append(Source(day, figure, kind, evidence, words, fact, text))
        return result

    return corpus.memo(("claims.counts", "ledger-sources", value), build)


LedgerItem = tuple["Event", dict, dt.date | None, str, set[tuple[float, str]]]
"""A ledger casualty entry: its event, the entry, its date, its summary, its figures."""


def _ledger_figure_items(corpus: Corpus) -> list[LedgerItem]:
    """Each ledger casualty entry with its date, summary and (value, kind) figures, read once
    (a figure given only in words is parsed; titles are not)."""

    def build() -> list[LedgerItem]:
        result = []
        for event in corpus.ledger.events.values():
            for item in event.casualties:
                day = _as_date(item.get("date"))
                text = (
                    f"{event.title}: {item.get('figure')} (by {item.get('by')}, {item.get('date')})"
                )
                result.append((event, item, day, text, _ledger_figures(corpus, item)))
        return result

    return corpus.memo(("claims.counts", "ledger-figures"), build)


def _event_words(corpus: Corpus, event: Event) -> frozenset[str]:
    """The words that tell an event from others: those of its place (its title's when it has
    none) that at most :data:`MAX_PLACE_EVENTS` casualty events' places share ("makeen",
    "zhob", "daraban"; not "khyber", "district", "waziristan"). A shared "bomb", "pakistan" or
    "outside" made a 2025 drone strike the 2023 Zhob attack."""

    def build() -> frozenset[str]:
        shared = _place_frequencies(corpus)
        words = _event_proper_words(corpus).get(event.id)
        if words is None:  # an event without casualties: not among the ledger's read once
            words = _proper_words(corpus.nlp(event.place or event.title), bool(event.place))
        return frozenset(w for w in words if shared.get(w, 0) <= MAX_PLACE_EVENTS)

    return corpus.memo(("claims.counts", "event-words", event.id), build)


def _proper_words(doc: Doc, first: bool) -> frozenset[str]:
    """:func:`content_words` of the capitalised words (names: "Makeen", "Zhob", not
    "cantonment" or "road"), the first word too only when ``first`` (a title's first word is
    capitalised anyway)."""
    return content_words(t for t in doc if t.is_title and (first or t.i > 0))


MAX_PLACE_EVENTS = 4
"""Casualty events whose places may share a word that still tells one incident from another."""


def _place_frequencies(corpus: Corpus) -> dict[str, int]:
    """For each place word, how many of the ledger's casualty events' places hold it."""

    def build() -> dict[str, int]:
        counts: dict[str, int] = {}
        words = _event_proper_words(corpus)
        for event in corpus.ledger.events.values():
            if event.casualties and event.place:
                for w in words[event.id]:
                    counts[w] = counts.get(w, 0) + 1
        return counts

    return corpus.memo(("claims.counts", "place-frequencies"), build)


def _event_proper_words(corpus: Corpus) -> dict[str, frozenset[str]]:
    """Event id → :func:`_proper_words` of its place (of its title when it has none), for the
    ledger's casualty events. Parsing every place with the pipeline cost a tenth of a second
    in every process, so the words are kept between runs beside the cached ledger
    (:func:`narrlint.nlp.pipeline.derived_values`: keyed by the ledger, the model and this
    code), each by the string it was read from."""

    def build() -> dict[str, frozenset[str]]:
        nlp = corpus.nlp
        events = [e for e in corpus.ledger.events.values() if e.casualties]
        places = derived_values(
            nlp,
            "claims.counts.place_words",
            (e.place for e in events if e.place),
            lambda text: _proper_words(nlp(text), True),
            is_word_set,
            code=_CODE,
        )
        titles = derived_values(
            nlp,
            "claims.counts.title_words",
            (e.title for e in events if not e.place),
            lambda text: _proper_words(nlp(text), False),
            is_word_set,
            code=_CODE,
        )
        return {e.id: places[e.place] if e.place else titles[e.title] for e in events}

    return corpus.memo(("claims.counts", "event-proper-words"), build)


_CODE = (Path(__file__),)
"""The code that decides the values kept between runs (:func:`_event_proper_words`); the
vocabulary of ``narrlint.nlp`` is part of the key already."""


def _ledger_figures(corpus: Corpus, item: dict) -> set[tuple[float, str]]:
    """(value, kind) pairs of a ledger casualty entry: its fields, else its figure's words."""
    figures = {
        (float(item[kind]), kind)
        for kind in (KILLED, INJURED)
        if isinstance(item.get(kind), int | float)
    }
    if figures or not item.get("figure"):
        return figures
    sentences = Sentences.of(corpus.nlp(str(item["figure"])))
    for index in range(len(sentences.items)):
        figures.update((c.value, c.kind) for c in sentences.counts_of(index))
    return figures


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


CORPUS_LEMMAS = {
    KILLED: ("kill", "dead", "die", "martyr", "body", "toll", "death"),
    INJURED: ("injure", "wound", "hurt"),
    CASUALTIES: ("casualty",),
}


def _corpus_sources(corpus: Corpus, value: float, kind: str) -> list[Source]:
    """Corpus sentences that give this figure with attribution, found through the index."""

    def build() -> list[Source]:
        key = format_number(value)
        found = []
        seen: set[int] = set()
        for lemma in CORPUS_LEMMAS[kind]:
            for sentence in corpus.find(("number", key), ("lemma", lemma), limit=20):
                if sentence.id in seen:
                    continue
                seen.add(sentence.id)
                doc = corpus.doc(sentence)
                if _attributed_figure(doc, value, kind):
                    evidence = sentence.evidence()
                    found.append(Source(sentence.date, value, kind, evidence, content_words(doc)))
        return found

    return corpus.memo(("claims.counts", "corpus-sources", value, kind), build)


def _attributed_figure(doc: Doc, value: float, kind: str) -> bool:
    """A count of ``value`` in a corpus sentence that the sentence itself attributes."""
    sentences = Sentences.of(doc)
    for index in range(len(sentences.items)):
        for count in sentences.counts_of(index):
            if (
                count.value == value
                and kinds_match(count.kind, kind)
                and in_sentence(sentences, index, count) is not None
            ):
                return True
    return False


def _matches(source: Source, claim: CountClaim, day: dt.date) -> bool:
    """The same incident's figure: same kind, reported by ``day``, sharing an incident word.
    The same number alone is no proof ("five killed" happens every week)."""
    return (
        kinds_match(source.kind, claim.counts)
        and (source.date is None or source.date <= day)
        and bool(source.words & claim.context)
    )


def attributed_sources(claim: CountClaim, corpus: Corpus, day: dt.date) -> list[Source]:
    """Where the ledger has this incident's figure from a named source, reported by ``day``
    (an event whose place the count's context names), and the corpus sentences that give it
    while that incident was news, sharing a word with the count's context. With no ledger
    event for the incident, none: a corpus sentence with the same number and a common word is
    no proof of the same incident."""
    ledger = [s for s in _ledger_sources(corpus, claim.value) if _matches(s, claim, day)]
    days = [s.date for s in ledger if s.date is not None]
    if not ledger:
        return []
    corpus_sources = _corpus_sources(corpus, claim.value, claim.counts)
    return ledger + [
        s
        for s in corpus_sources
        if _matches(s, claim, day) and (not days or _same_news(s.date, days))
    ]


SAME_NEWS = (dt.timedelta(days=-3), dt.timedelta(days=30))
"""When a corpus report of a figure may be about the ledger's incident: from a few days before
its record (an early report) to a month after."""


def _same_news(date: dt.date | None, days: list[dt.date]) -> bool:
    """Was a corpus report of ``date`` given while the incident recorded on ``days`` was news?"""
    return date is not None and any(d + SAME_NEWS[0] <= date <= d + SAME_NEWS[1] for d in days)


def resolve(claim: CountClaim, draft: Draft, corpus: Corpus) -> Resolution:
    """The ledger's casualty figure for the same incident, or why there is none."""
    day = draft.date_for(claim.span)
    figure = f"{int(claim.value):,}" if float(claim.value).is_integer() else f"{claim.value:g}"
    same = _ledger_sources(corpus, claim.value)
    if not same:
        return Resolution(None, reason=f"no ledger event gives a casualty figure of {figure}")
    kinds = [s for s in same if kinds_match(s.kind, claim.counts)]
    if not kinds:
        other = ", ".join(sorted({s.kind for s in same}))
        return Resolution(
            None,
            reason=f"the ledger's figure of {figure} ({_facts(same)}) counts {other}, "
            f"not {claim.counts}",
        )
    dated = [s for s in kinds if s.date is None or s.date <= day]
    if not dated:
        return Resolution(
            None,
            reason=f"the ledger's {figure} {claim.counts} ({_facts(kinds)}) was reported after "
            f"the draft's date, {day}",
        )
    chosen = next((s for s in dated if s.words & claim.context), None)
    if chosen is None:
        return Resolution(
            None,
            reason=f"the ledger's {figure} {claim.counts} ({_facts(dated)}) is for an incident "
            "at a place that this count's sentence and its neighbours do not name",
        )
    shared = ", ".join(sorted(chosen.words & claim.context))
    return Resolution(
        chosen.fact,
        chosen.summary,
        chosen.evidence,
        reason=f"the same figure ({figure} {chosen.kind}) reported by {day}, for an incident "
        f"sharing: {shared}",
    )


def _facts(sources: list[Source]) -> str:
    return ", ".join(dict.fromkeys(s.fact or "" for s in sources))
