"""Which attribution covers one count: its own sentence, its quotation, the sentence that
shares its verb, a statement's speaker, or a neighbouring sentence about the same count (the
scope rules of :mod:`.counts_attribution`'s markers)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from narrlint.claims.counts_accounts import (
    MAX_BRIDGE_BLOCKS,
    bridge_goes_on,
    bridges,
    counts_bridge,
    credits_its_bridge,
    goes_on,
    past_a_source_aside,
    shares_a_reported_figure,
)
from narrlint.claims.counts_attribution import has_named_speaker, markers_in
from narrlint.claims.counts_circumstances import tells_their_circumstances
from narrlint.claims.counts_credits import (
    CREDIT_MARKS,
    marker_span,
    reports_the_previous,
)
from narrlint.claims.counts_events import (
    other_time,
    tells_the_event,
    tells_their_event,
)
from narrlint.claims.counts_fragments import credit_fragment
from narrlint.claims.counts_identities import names_the_counted, source_identifying_the_dead
from narrlint.claims.counts_intake import handled_by_the_source
from narrlint.claims.counts_memo import SentenceBlocks
from narrlint.claims.counts_numbers import (
    Count,
    numbers_by_sentence,
    sentences_of,
    word,
)
from narrlint.claims.counts_parties import accusing_account
from narrlint.claims.counts_parts import (
    breaks_down,
    has_own_time,
    is_update,
    kinds_match,
    new_total,
    ordinal_part,
    parts_of_a_total,
    place_part,
    repeats_a_figure,
)
from narrlint.claims.counts_phrases import (
    counts_in,
)
from narrlint.claims.counts_quotes import Quotes, quotes_of
from narrlint.claims.counts_reach import marker_covers, subordinates
from narrlint.claims.counts_referents import (
    TRANSFER_VERBS,
    refers_back,
    reports_their_deaths,
    reports_their_transfer,
    rivals,
    tells_who_they_all_were,
)
from narrlint.claims.counts_sequels import (
    added_count,
    adds_another_group,
    adds_to_the_report,
    continues_account,
    has_place_of_its_own,
    in_the_enemys_words,
    opens_another_incident,
    other_side,
    part_of_a_toll,
    people_apart,
)
from narrlint.claims.counts_speakers import speaker_goes_on
from narrlint.claims.counts_unnamed import restated_beside, sourced_to_no_one
from narrlint.claims.counts_words import (
    CLAUSE_MARKS,
    DEATH_NOUNS,
    DEPENDENT_WORDS,
    INJURED,
    KILLED,
    LOSS_NOUNS,
    TOLL_HEADS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# ---------------------------------------------------------------------------------------------
# 4. Coverage of one count: its sentence, its quotation, its neighbours

CLAUSE, SENTENCE, QUOTE, NEIGHBOUR = "clause", "sentence", "quote", "neighbouring_sentence"

Found = tuple[str, "Span"]
"""How a count is attributed: the scope the attribution covers and the span that gives it."""


@dataclass
class Sentences:
    """A doc's sentences with what coverage needs: numbers, quotations, markers, story."""

    items: list[Span]
    starts: list[int]
    numbers: dict[int, list[Span]]
    quotes: Quotes
    stories: list[int]
    sources: frozenset[str]
    """Acronyms of the ledger's sources of figures: they may label a headline ("ISPR: …")."""
    blocks: Sequence[int]
    """The paragraph (heading, bullet…) of each sentence: an account goes on within one (found
    when asked: only the sentences near a count are)."""
    _markers: dict[int, list[Token]]
    _counts: dict[int, list[Count]]
    _ordered: dict[int, tuple[list[int], list[Count]]] = field(default_factory=dict)
    _separate: dict[int, bool] = field(default_factory=dict)
    _statements: dict[int, tuple[list[int], list[Token | None]]] = field(default_factory=dict)
    _siblings: dict[int, list[tuple[Count, Found]]] = field(default_factory=dict)
    _figures: dict[int, tuple[frozenset[tuple[float, str]], frozenset[str]]] = field(
        default_factory=dict
    )
    """:func:`_sibling_counts` of each sentence, read once: every count of a neighbour asks
    (a sentence of hundreds of counts beside another asked it once per count, each time
    attributing all of them again)."""
    _fragments: dict[tuple[int, int], bool] = field(default_factory=dict)
    _shared_figures: dict[tuple[int, int], bool] = field(default_factory=dict)
    _identifiers: dict[tuple[int, int], Span | None] = field(default_factory=dict)
    story_leads: dict[int, list[int]] = field(default_factory=dict)
    """The first sentences of each story outside headlines, for :mod:`.counts_repeats`."""
    people_figures: dict[int, bool] = field(default_factory=dict)
    """Whether each sentence's numbers count people, for :mod:`.counts_restated` (read once a
    sentence, not once per count of a sentence before it)."""

    @classmethod
    def of(
        cls,
        doc: Doc,
        story_of: Callable[[Span], int] | None = None,
        sources: frozenset[str] = frozenset(),
        block_of: Callable[[Span], int] | None = None,
    ) -> Sentences:
        items = sentences_of(doc)
        starts = [s.start for s in items]
        return cls(
            items,
            starts,
            numbers_by_sentence(doc, starts),
            quotes_of(doc),
            [story_of(s) for s in items] if story_of is not None else [0] * len(items),
            sources,
            SentenceBlocks(items, block_of) if block_of is not None else [0] * len(items),
            {},
            {},
        )

    def index_of(self, token: int) -> int:
        """Index of the sentence holding token ``token`` (-1 before the first)."""
        return bisect_right(self.starts, token) - 1

    def numbers_of(self, index: int) -> list[Span]:
        return self.numbers.get(self.items[index].start, [])

    def with_numbers(self) -> list[int]:
        """Indices of the sentences with numbers, in order (found from the numbers' sentence
        starts: most sentences have none)."""
        starts = self.starts
        found = (bisect_left(starts, start) for start, spans in self.numbers.items() if spans)
        return sorted(found)

    def markers_of(self, index: int) -> list[Token]:
        if index not in self._markers:
            self._markers[index] = markers_in(self.items[index], self.sources)
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

    def sibling_figures(self, index: int) -> tuple[frozenset[tuple[float, str]], frozenset[str]]:
        """The (value, kind) pairs and the kinds of :func:`_sibling_counts`, gathered once a
        sentence."""
        if index not in self._figures:
            siblings = [c for c, _ in _sibling_counts(self, index)]
            self._figures[index] = (
                frozenset((c.value, c.kind) for c in siblings),
                frozenset(c.kind for c in siblings),
            )
        return self._figures[index]

    def separate(self, index: int) -> bool:
        """Does the sentence put its counts in another incident ("in a separate attack")?"""
        if index not in self._separate:
            sentence = self.items[index]
            words = doc_lowers(sentence.doc)[sentence.start : sentence.end]
            self._separate[index] = not SEPARATE_WORDS.isdisjoint(words)
        return self._separate[index]

    def statement_events(self, index: int) -> tuple[list[int], list[Token | None]]:
        """:func:`_statement_events` of sentence ``index``, read once."""
        if index not in self._statements:
            self._statements[index] = _statement_events(self.items[index])
        return self._statements[index]

    def statement_verb(self, index: int, token: int) -> Token | None:
        """The named speaker's statement verb whose clause reaches token ``token``, if any."""
        starts, verbs = self.statement_events(index)
        k = bisect_left(starts, token) - 1
        return verbs[k] if k >= 0 else None

    def fragment(self, index: int, marker: Token) -> bool:
        """:func:`.counts_fragments.credit_fragment` of the sentence with its neighbour marker
        (:func:`neighbour_marker`, one a sentence), read once: each count before it asks."""
        key = (index, marker.i)
        if key not in self._fragments:
            self._fragments[key] = credit_fragment(self.items[index], marker)
        return self._fragments[key]

    def identifier(self, index: int, marker: Token | None) -> Span | None:
        """:func:`.counts_identities.source_identifying_the_dead` of the sentence with its
        neighbour marker, read once: each count before it asks."""
        key = (index, -1 if marker is None else marker.i)
        if key not in self._identifiers:
            self._identifiers[key] = source_identifying_the_dead(self.items[index], marker)
        return self._identifiers[key]

    def shares_a_figure(self, before: int, index: int) -> bool:
        """:func:`.counts_accounts.shares_a_reported_figure`, read once a pair of sentences:
        each count of sentence ``index`` asks, and it reads both sentences' numbers."""
        key = (before, index)
        if key not in self._shared_figures:
            self._shared_figures[key] = shares_a_reported_figure(self, before, index)
        return self._shared_figures[key]

    def same_story(self, a: int, b: int) -> bool:
        return 0 <= b < len(self.items) and self.stories[a] == self.stories[b]


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
        if quotes.region(marker.i) == region and marker_covers(marker, count):
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
    verb = sentences.statement_verb(index, count.span.start) or _pronoun_statement(
        sentences, index, count
    )
    return (CLAUSE, verb.doc[verb.i : verb.i + 1]) if verb is not None else None


STATING_PRONOUNS = frozenset({"he", "she", "they"})
"""Subjects of a statement verb that stand for the named speakers of the sentence before."""


def _pronoun_statement(sentences: Sentences, index: int, count: Count) -> Token | None:
    """ "The prime minister and the foreign minister condemned the attack on the check-post.
    They expressed sorrow over the martyrdom of three security personnel." (r27 hunt, hc-031):
    a statement verb whose subject, opening its sentence, is a pronoun for the named speakers
    of a statement in the sentence before (same paragraph), in the clause of the count; "They
    mourned the loss of four" after no named statement gives no one's count."""
    sentence = sentences.items[index]
    doc = sentence.doc
    first = sentence.start
    while first < sentence.end and doc[first].is_space:
        first += 1
    before = index - 1
    if (
        word(doc, first) not in STATING_PRONOUNS
        or not sentences.same_story(index, before)
        or sentences.blocks[before] != sentences.blocks[index]
    ):
        return None
    verb = doc[first + 1] if first + 1 < count.span.start else None
    if verb is None or verb.lemma_.lower() not in STATEMENT_LEMMAS:
        return None
    starts, _ = sentences.statement_events(index)
    k = bisect_left(starts, count.span.start) - 1
    if k < 0 or starts[k] != verb.i:
        return None  # a clause between the verb and the count
    previous = sentences.items[before]
    return verb if sentences.statement_verb(before, previous.end - 1) is not None else None


def _statement_events(sentence: Span) -> tuple[list[int], list[Token | None]]:
    """Where each clause of the sentence starts (None) and each statement verb of a named
    speaker stands, in order: read once per sentence."""
    doc = sentence.doc
    starts: list[int] = []
    verbs: list[Token | None] = []
    named = False
    for i in range(sentence.start, sentence.end):
        token = doc[i]
        if token.lower_ == ";" or token.lower_ in RELATIVES or subordinates(doc, i):
            named = False  # a new clause: its speaker is not the count's
            starts.append(i)
            verbs.append(None)
        elif token.lemma_.lower() in STATEMENT_LEMMAS and not _in_a_name(token):
            named = named or has_named_speaker(sentence, token)
            starts.append(i)
            verbs.append(token if named else None)
    return starts, verbs


def _in_a_name(token: Token) -> bool:
    """ "the Jaffar Express passenger train": a capitalised word after a capitalised word,
    with a lower-case word after it, is part of a name, not a statement verb (a headline's
    "PM Condemns Killing Of 12" capitalises the word after it too)."""
    doc = token.doc
    if not token.is_title or token.i == 0 or token.i + 1 >= len(doc):
        return False
    return doc[token.i - 1].is_title and doc[token.i + 1].is_lower


# "as"/"while" join an increment or remainder to the count it adds to: one report.
JOINING_SUBORDINATORS = {"as", "while", "whilst", "whereas"}
CONTRASTING = {"while", "whilst", "whereas"}
"""Join two counts of the same kind, of different people, in one report ("…, police said, while
two policemen were martyred"); "as" may join a new incident or a revised toll."""
MAX_JOINED = 3
"""Counts before an increment that may be the one it adds to, nearest first."""
SEPARATE_WORDS = frozenset({"separate", "separately", "elsewhere"})
"""Words that put a count in another incident than its neighbours'."""
STATEMENT_OBJECTS = frozenset(DEATH_NOUNS | LOSS_NOUNS)


def _joined_to_attributed(sentences: Sentences, index: int, count: Count) -> Found | None:
    """ "The toll rose to 59, a hospital spokesman said, as seven more succumbed": an
    increment or remainder ("<N> more", "<N> others", "another <N>"), or a count of the other
    kind ("…, while 30 were hurt"), joined by "as", "while" or "and" to an attributed count
    before it in the sentence is part of the same report (not "in a separate attack")."""
    return _joined(
        sentences,
        index,
        count,
        lambda other: (
            _direct(sentences, index, other) or _statement_speaker(sentences, index, other)
        ),
    )


def joined_to_covered(
    sentences: Sentences, index: int, count: Count, covered: Callable[[Count], Found | None]
) -> Found | None:
    """ "At least three security personnel were martyred and 12 were injured …" (the first
    covered by the next sentence, or as a repeat of a credited headline): a count joined in
    its clause to a count ``covered`` otherwise than in the sentence shares that coverage,
    under the same conditions as :func:`_joined_to_attributed`."""
    return _joined(sentences, index, count, covered)


def _joined(
    sentences: Sentences, index: int, count: Count, covered: Callable[[Count], Found | None]
) -> Found | None:
    """The coverage of a count before ``count`` in its sentence that it is joined to (see
    :func:`_joined_to_attributed`), by ``covered``."""
    doc = count.number.doc
    dependent = (
        word(doc, count.number.end) in DEPENDENT_WORDS
        or word(doc, count.number.start - 1) == "another"
    )
    others = sentences.counts_before(index, count, MAX_JOINED)
    if not others:
        return None
    contrast = not is_update(count) and any(
        word(doc, i) in CONTRASTING for i in range(others[0].span.end, count.span.start)
    )
    if not dependent and not contrast and all(kinds_match(c.kind, count.kind) for c in others):
        return None
    if _separated(doc, others[0].span.end, count.span.start, sentences.items[index].end):
        return None
    end = count.span.start  # the stretch up to here joins the count to the nearer counts
    for other in others:
        if other.span.end > end or not _joins(doc, other.span.end, end):
            return None
        end = other.span.start
        if not dependent and not contrast and kinds_match(other.kind, count.kind):
            continue
        how = covered(other)
        if how is not None:
            return how
    return None


JOINERS = frozenset(JOINING_SUBORDINATORS | {"and"})
"""Words that may open the clause of a count joined to the count before it (a comma may
also stand inside it: "while, in a separate attack, four died")."""


def _separated(doc: Doc, previous_end: int, start: int, end: int) -> bool:
    """Is the joined count's clause another incident ("…, police said, while in a separate
    attack four died", "…, and four were killed separately")? Its clause runs from the last
    joining word before it to the sentence's end; a "separate" before that describes the
    first count ("40 were killed in separate attacks across Balochistan, officials said,
    while 21 terrorists were eliminated": one report of both)."""
    lowers = doc_lowers(doc)
    opening = next(
        (i for i in range(start - 1, previous_end - 1, -1) if lowers[i] in JOINERS), start
    )
    return not SEPARATE_WORDS.isdisjoint(lowers[opening:end])


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

    The next sentence covers the count when it is attributed (or opens a quotation whose
    speaker is named), gives no rival figure (:func:`.counts_referents.rivals`), and refers
    back to it ("The military confirmed the toll", "Police said the victims were shot dead"),
    gives the same source's figure for the same incident ("Police said 40 others were
    injured") or is only the count's credit ("According to police."). The previous sentence
    covers it when it gives an attributed count this one repeats, breaks down ("The dead
    included four children") or complements ("…, police said. Thirty were injured."), or
    when the count's sentence goes on with its account ("Resultantly, …", "During the operation, …":
    :mod:`.counts_sequels`); a new total of the same kind ("The toll later rose to 60") needs
    its own source.
    """
    siblings = lambda i: _sibling_counts(sentences, i)  # noqa: E731
    if sourced_to_no_one(sentences.items[index], count, sentences.quotes.region):
        restated = restated_beside(sentences, index, count, siblings)  # "Reports said 17 …"
        return None if restated is None else (NEIGHBOUR, restated)
    after = index + 1
    if sentences.same_story(index, after):
        found = _by_next(sentences, index, count, after)
        if found is not None:
            return found
        marker = neighbour_marker(sentences, after)
        if credits_its_bridge(sentences, index, count, marker):  # "… Another 21 were injured."
            return NEIGHBOUR, marker_span(marker)
        if bridges(sentences, index, after):  # "This tragic event took place at …"
            found = _by_next(sentences, index, count, after + 1, bridged=True)
            if found is not None:
                return found
        elif counts_bridge(sentences, index, after):  # "Among the injured are …" (hunt 095)
            marker = neighbour_marker(sentences, after + 1)
            credit, own_sentence = sentences.items[after + 1], sentences.items[index]
            theirs = sentences.counts_of(after + 1)
            tells = marker is not None and tells_the_event(credit, own_sentence, count, marker)
            if tells and not rivals(count, theirs, credit, own_sentence):
                return NEIGHBOUR, marker_span(marker)
        elif speaker_goes_on(sentences, index, after, MAX_BRIDGE_BLOCKS):  # "…, he added."
            found = _by_next(sentences, index, count, after + 1)
            if found is not None:
                return found
    before = index - 1
    if not sentences.same_story(index, before):
        return None
    before = past_a_source_aside(sentences, index, before)  # "The report blames …" (hunt F3)
    marker = sentences.outside_marker(before)
    if marker is not None and handled_by_the_source(
        sentences.items[index], count, sentences.items[before]
    ):
        return NEIGHBOUR, marker_span(marker)  # "… says it … But … it has collected 568 bodies"
    total = place_part(sentences, index, count, siblings) or ordinal_part(
        sentences, index, count, siblings
    )
    if total is not None:
        return NEIGHBOUR, total[1]  # "Floods killed 344 across Pakistan, the NDMA said. In …"
    if sentences.outside_marker(before) is None:
        accuser = accusing_account(sentences.items[before])
        if accuser is not None and continues_account(sentences.items[index], count.span.start):
            return NEIGHBOUR, marker_span(accuser)  # "X accused Y of firing. In response, …"
        return _account_goes_on(sentences, index, count)
    if continues_account(sentences.items[index], count.span.start):
        return NEIGHBOUR, marker_span(sentences.outside_marker(before))  # "Resultantly, 12…"
    earlier = _sibling_counts(sentences, before)
    if not earlier and sentences.shares_a_figure(before, index):
        return NEIGHBOUR, marker_span(sentences.outside_marker(before))  # "… 18 attacks …"
    if not earlier and _deaths_of_its_cases(sentences, index, before, count):
        return NEIGHBOUR, marker_span(sentences.outside_marker(before))  # "… dengue cases …"
    if not earlier:
        return _account_goes_on(sentences, index, count)
    found = NEIGHBOUR, earlier[0][1][1]
    pairs, kinds = sentences.sibling_figures(before)
    if repeats_a_figure(count, pairs) or all(not kinds_match(k, count.kind) for k in kinds):
        return found
    if is_update(count) or new_total(count, [c for c, _ in earlier]):
        return None
    own = sentences.items[index]
    if adds_to_the_report(own, count.span.start) and not (
        sentences.separate(index) or has_own_time(own)
    ):
        return found  # "…, the spokesman said. Additionally, two women were killed in …"
    if refers_back(own, (), None) or parts_of_a_total(sentences, index, earlier):
        return found
    own = sentences.separate(index) or has_own_time(sentences.items[index])
    marker = sentences.outside_marker(before)
    theirs = marker is not None and in_the_enemys_words(count.span, marker)
    if not (own or theirs) and other_side(count.span, [c.span for c, _ in earlier]):
        return found  # "…, the ISPR said. Two soldiers embraced martyrdom."
    totals = [c.value for c, _ in earlier if kinds_match(c.kind, count.kind)]
    if totals and not own and ranks_places_by_toll(sentences.items[before]):
        return found  # "…, the PDMA said that Swat has recorded the highest death toll, as …"
    here = has_place_of_its_own(sentences.items[index], sentences.items[before])
    if not (own or here) and adds_another_group(
        count.span, count.number.end, [c.span for c, _ in earlier]
    ):
        return found  # "…, the ISPR said. Thirteen civilians were also martyred"
    if not (own or here) and part_of_a_toll(count.span, count.value, totals):
        return found  # "The toll rose to eight, the military said. Two soldiers …"
    return None


CASE_NOUNS = frozenset({"cases", "patients", "infections"})
"""What an outbreak's report counts besides its dead ("3,005 confirmed dengue cases")."""
MAX_CASE_GAP = 3
"""Words from a figure to its case noun ("3,005 confirmed dengue cases")."""


def _deaths_of_its_cases(sentences: Sentences, index: int, before: int, count: Count) -> bool:
    """ "The surveillance data … says that a total of 3,005 confirmed dengue cases have been
    reported in the province so far. Four deaths have been reported in the province – …"
    (r22-opened ob-038): an outbreak's deaths told right after its cases, credited, with no
    time or place of their own, complete the same report, as an injury count complements a
    credited toll. After no case count, or with a place of its own ("Four people were killed
    in a blast in Quetta"), the deaths need their own source."""
    if count.kind != KILLED:
        return False
    previous, own = sentences.items[before], sentences.items[index]
    lowers = doc_lowers(previous.doc)
    cases = any(
        previous.doc[k].like_num
        and not CASE_NOUNS.isdisjoint(lowers[k + 1 : min(previous.end, k + 1 + MAX_CASE_GAP)])
        for k in range(previous.start, previous.end)
    )
    if not cases or sentences.separate(index) or has_own_time(own):
        return False
    dash = next(
        (k for k in range(count.span.end, own.end) if lowers[k] in BREAKDOWN_DASHES), own.end
    )
    return not has_place_of_its_own(own.doc[own.start : dash], previous)  # "– three in …"


BREAKDOWN_DASHES = frozenset({"–", "—", ":"})
"""Marks after which a count's sentence breaks it down by place ("Four deaths have been
reported in the province – three in Khyber and one in Mardan"): the parts' places are the
count's own, not another place."""


RANKING_WORDS = frozenset({"highest", "heaviest", "most", "worst", "largest", "biggest"})
"""Superlatives by which a report ranks places by their dead ("Swat has recorded the highest
death toll")."""
MAX_RANKED_TOLL = 3
"""Words from the superlative to its toll noun ("the highest death toll")."""


def ranks_places_by_toll(sentence: Span) -> bool:
    """Does the attributed sentence rank places by their toll ("the PDMA said that Swat has
    recorded the highest death toll, as six children … died")? Then a count of another place
    in the next sentence with no time of its own ("Three people died in Buner, …") is the next
    place of the same ranking, from the same report (r22-opened cc-046); after "the PDMA said
    six children died in Swat" it is a place of its own, which needs its own source."""
    lowers = [t.lower_ for t in sentence]
    for i, lower in enumerate(lowers):
        if lower in RANKING_WORDS:
            following = lowers[i + 1 : i + 1 + MAX_RANKED_TOLL]
            if any(w in TOLL_HEADS or w in RANKED_TOLL_NOUNS for w in following):
                return True
    return False


RANKED_TOLL_NOUNS = frozenset({"deaths", "casualties", "fatalities", "losses"})


def _account_goes_on(sentences: Sentences, index: int, count: Count) -> Found | None:
    """The attributed account the count's sentence goes on with
    (:func:`.counts_accounts.goes_on`), as a neighbour's attribution."""
    marker = goes_on(sentences, index, count)
    return None if marker is None else (NEIGHBOUR, marker_span(marker))


def _by_next(
    sentences: Sentences, index: int, count: Count, after: int, bridged: bool = False
) -> Found | None:
    """The sentence ``after`` covers the count (see :func:`by_neighbour`); one past a bridge
    (``bridged``) only by referring back to it, telling how its people died or breaking an
    aggregate toll down."""
    if not sentences.same_story(index, after) or opens_another_incident(sentences.items[after]):
        return None  # "Separately, two people were killed in a crash …, said sources."
    marker = neighbour_marker(sentences, after)
    following = sentences.items[after]
    if (
        marker is not None
        and not rivals(count, sentences.counts_of(after), following, sentences.items[index])
        and (
            refers_back(following, _repeated_numbers(sentences, index, count, after), count.value)
            or reports_their_deaths(following, count)
            or tells_who_they_all_were(following, count)
            or (
                (not bridged or bridge_goes_on(sentences, index, after - 1))
                and tells_their_event(following, sentences.items[index], count, marker)
            )
            or (not bridged and reports_their_transfer(following, count))
            or (
                not bridged
                and tells_their_circumstances(following, count, sentences.items[index], marker)
            )
            or names_the_counted(following, count.value)
            or reports_the_previous(following, marker, bridged)
            or (
                not bridged
                and not _counts_the_other_side(sentences, count, after)
                and (
                    _same_days_counts(sentences, index, count, after)
                    or sentences.fragment(after, marker)
                    or sentences.shares_a_figure(after, index)  # "… 3,703 houses"
                )
            )
            or (bridged and _broken_down(sentences, index, count, after))
        )
    ):
        return NEIGHBOUR, marker_span(marker)
    identifier = sentences.identifier(after, marker)
    return (NEIGHBOUR, identifier) if identifier is not None else None


def _same_days_counts(sentences: Sentences, index: int, count: Count, after: int) -> bool:
    """Does sentence ``after`` give attributed counts of the same incident as sentence
    ``index`` (:func:`_sibling_counts`), not of another day ("… on Friday" after "on
    Wednesday"), nor only of other people at a place of its own ("seven children … in the
    Barmal district" after "seven troops were killed")?"""
    following, own = sentences.items[after], sentences.items[index]
    siblings = [c for c, _ in _sibling_counts(sentences, after)]
    if not siblings or other_time(following, own):
        return False
    if count.kind == KILLED and all(_moved_injured(c) for c in siblings):
        return False  # "… risen to 61. According to officials, 53 injured have been shifted …"
    if _another_figure_for_an_increment(count, siblings):
        return False  # "Thirteen more bodies were found … The surgeon confirmed four died"
    elsewhere = all(people_apart(count.span, c.span) for c in siblings)
    return not (elsewhere and has_place_of_its_own(following, own))


RISING_WORDS = frozenset({"more", "additional", "further"})
"""Words right beside a number that make its count an increment of a toll ("13 more bodies",
"an additional 30"); "X and two others" counts people of one report."""


def _another_figure_for_an_increment(count: Count, siblings: list[Count]) -> bool:
    """ "Thirteen more bodies were found in Karachi … Karachi Police Surgeon Dr … confirmed that
    four people died due to heatstroke" (dev r23-hd-049): a count that adds to others ("13
    more") is not given by a source whose figures of the same kind and side are all other
    figures; an increment needs its own source, as a new total does. A figure of another kind
    ("40 others were injured") or of the other side of the fight still shares it."""
    doc = count.number.doc
    if word(doc, count.number.end) not in RISING_WORDS and (
        word(doc, count.number.start - 1) not in RISING_WORDS
    ):
        return False  # "the spokesman and two others were killed": one count, not an increment
    theirs = [
        c
        for c in siblings
        if kinds_match(c.kind, count.kind) and not other_side(c.span, [count.span])
    ]
    return bool(theirs) and all(c.value != count.value for c in theirs)


MAX_MOVED_GAP = 4
"""Words from the injured counted to the verb that moves them ("53 injured have been
shifted", "Forty two injured people were shifted")."""


def _moved_injured(count: Count) -> bool:
    """ "According to official sources, so far 53 injured have been shifted to nearby
    hospitals" (dev r24-hd-021, r24-hd-025): injured people counted as they are moved to
    hospitals; the source tells their transfer, so its credit is theirs, not the credit of a
    death toll before it ("At least 169 individuals have been injured …, according to the
    spokesperson" gives the same source's casualties and still shares it: dev r11-cc-051)."""
    if count.kind != INJURED:
        return False
    lowers = doc_lowers(count.span.doc)
    end = min(len(lowers), count.span.end + MAX_MOVED_GAP)
    return not TRANSFER_VERBS.isdisjoint(lowers[count.span.end : end])


def _counts_the_other_side(sentences: Sentences, count: Count, after: int) -> bool:
    """Does sentence ``after`` count as many people of the other side of the fight as
    ``count`` ("According to the Rangers, all four terrorists had been killed" after "…,
    resulting in the martyrdom of four security guards")? It tells the fate of the other
    side's people, who happen to be as many: its credit is its own count's only, not one for
    the same day's counts or the figures it shares with the count's sentence ("four
    terrorists had launched an attack")."""
    return any(
        c.value == count.value and other_side(c.span, [count.span])
        for c in sentences.counts_of(after)
    )


def _repeated_numbers(sentences: Sentences, index: int, count: Count, after: int) -> list[Span]:
    """The numbers of sentence ``after`` that may repeat ``count``: none when it tells another
    day ("… on Thursday" after "late Wednesday night"), and not those of a count it adds
    ("they had also killed two FC personnel") or of other people ("seven children" after
    "seven troops")."""
    following = sentences.items[after]
    if other_time(following, sentences.items[index]):
        return []
    other = {
        c.number.start
        for c in sentences.counts_of(after)
        if added_count(c.span) or people_apart(count.span, c.span)
    }
    return [n for n in sentences.numbers_of(after) if n.start not in other]


def _broken_down(sentences: Sentences, index: int, count: Count, after: int) -> bool:
    """Past a bridge, the credited sentence breaks the aggregate toll down
    (:func:`.counts_parts.breaks_down`)."""
    parts = [c for c, _ in _sibling_counts(sentences, after)]
    return not has_own_time(sentences.items[after]) and breaks_down(
        count, parts, sentences.items[index]
    )


def neighbour_marker(sentences: Sentences, index: int) -> Token | None:
    """What attributes a neighbour: its own marker outside quotations, or the named speaker of
    a quotation it opens ('“… attacked three traffic policemen. As a result, they died on the
    spot,” confirmed the spokesperson': the speaker is named where the quotation closes)."""
    marker = sentences.outside_marker(index)
    if marker is not None:
        return marker
    sentence = sentences.items[index]
    doc = sentence.doc
    first = sentence.start
    while first < sentence.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    region = sentences.quotes.region(first) if first < sentence.end else -1
    return _quote_speaker(sentences, region) if region >= 0 else None


def _joins(doc: Doc, start: int, end: int) -> bool:
    """Nothing between two counts but their report: no ";", no subordinator but "as"/"while"
    after a comma ("…, a week after gunmen killed 19 others" is another incident). A clause
    with no comma before it belongs to the first count ("fourteen were killed when a bomber
    rammed the post, while 12 terrorists were also killed": one report of both)."""
    comma = False
    for i in range(start, end):
        lower = doc[i].lower_
        if lower == ";":
            return False
        comma = comma or lower in CLAUSE_MARKS
        if comma and lower not in JOINING_SUBORDINATORS and subordinates(doc, i):
            return False
    return True


def _sibling_counts(sentences: Sentences, index: int) -> list[tuple[Count, Found]]:
    """Attributed counts of a sentence that speaks of the same incident (not "a separate
    attack", "elsewhere"), each with its attribution (read once a sentence; callers only
    read the list)."""
    if index not in sentences._siblings:
        sentences._siblings[index] = _read_sibling_counts(sentences, index)
    return sentences._siblings[index]


def _read_sibling_counts(sentences: Sentences, index: int) -> list[tuple[Count, Found]]:
    sentence = sentences.items[index]
    if (
        sentences.separate(index)
        or "earlier" in doc_lowers(sentence.doc)[sentence.start : sentence.end]
    ):
        return []
    found = ((c, in_sentence(sentences, index, c)) for c in sentences.counts_of(index))
    return [(c, f) for c, f in found if f is not None]
