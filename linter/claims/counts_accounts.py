"""A count's sentence that goes on with an attributed account before it, and the sentences
a credit may stand past (a bridge with no number and no source, or one of uncredited counts
with nothing of their own). Part of the count claims reader (:mod:`.counts_coverage`, which
asks these of a count's neighbours); split from it by job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_events import (
    RESPONSE_MODIFIERS,
    only_something_else,
    tells_an_event,
    tells_the_event,
)
from narrlint.claims.counts_memo import per_sentence
from narrlint.claims.counts_numbers import Count, is_count_number, number_value, word
from narrlint.claims.counts_parts import has_own_time, is_update, kinds_match, only_a_period
from narrlint.claims.counts_reach import CASUALTY_WORDS
from narrlint.claims.counts_referents import rivals
from narrlint.claims.counts_sequels import (
    ADDING_WORDS,
    COPULAS,
    DISASTER_NOUNS,
    HAPPENING_NOUNS,
    has_place_of_its_own,
    opens_another_incident,
    other_side,
    tells_what_happened,
)
from narrlint.claims.counts_words import INJURY_VERBS, KILLED
from narrlint.nlp.tokens import lowers as doc_lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from narrlint.claims.counts_coverage import Sentences

MAX_ACCOUNT_REACH = 3
"""Sentences back to the attributed account a count's sentence may go on with, through
sentences that go on with it too."""


def goes_on(sentences: Sentences, index: int, count: Count) -> Token | None:
    """ "The ISPR reported that terrorists attempted to assault the check post. Security forces
    responded, killing eight terrorists. Sixteen soldiers lost their lives.": a sentence with
    no source, time, place or other incident of its own ("separately", "in another attack",
    an incident recalled in a relative clause: "the assault that claimed 11 lives") goes on
    with the attributed account before it (through sentences that go on with it as well) in
    the same paragraph, when that account tells what happened
    (:func:`.counts_sequels.tells_what_happened`) and gives no count of the same kind and side
    that this one would revise or rival. A new
    total ("the toll rose to 60") needs its own source."""
    if (
        is_update(count)
        or word(count.span.doc, count.span.start - 1) in BACKGROUND_RELATIVES
        or sentences.quotes.region(count.number.start) >= 0  # a quotation's own speaker
    ):
        return None
    credit = -1  # a credit fragment passed (its own source is the account's)
    for back in range(index - 1, max(-1, index - 1 - MAX_ACCOUNT_REACH), -1):
        if sentences.blocks[back] != sentences.blocks[index] or not (
            back + 1 == credit
            or adds_nothing_of_its_own(
                sentences,
                back + 1,
                period=back + 1 == index and _a_disasters_period(sentences, back),
            )
        ):
            return None
        marker = sentences.outside_marker(back)
        if marker is None:
            if sentences.markers_of(back):
                return None  # a quotation's own source
            continue
        if back > 0 and _credit_of_the_one_before(sentences, back, marker):
            credit = back
            continue  # "… according to X, News. // Az reports, citing Pakistani media. // Five …"
        account = sentences.items[back]
        rest = back + 1 == index and _rest_unidentified(account, sentences.items[index], count)
        if not rest and (not tells_what_happened(account) or only_something_else(account)):
            return None  # "The TTP claimed the attack, police said. Twelve were killed"
        if not _tells_of_harm(account):
            return None  # "Police said the road had been reopened. Twelve were killed …"
        if _adds_to_nothing_told(sentences, back, index, count):
            return None
        for other in sentences.counts_of(back):
            if kinds_match(other.kind, count.kind) and not other_side(count.span, [other.span]):
                return None  # a figure of its own: this one revises or rivals it
        return marker
    return None


def _credit_of_the_one_before(sentences: Sentences, back: int, marker: Token) -> bool:
    """A credit standing alone as a sentence (:func:`.counts_fragments.credit_fragment`), with
    no figure of its own, in the paragraph of the account before it: the credit of that
    account, split from it by a stray full stop ("… according to Saqib Waheed, spokesperson for
    the Motorway Police, News.Az reports, citing Pakistani media": the outlet's dot), so the
    account goes on past it."""
    return (
        sentences.blocks[back - 1] == sentences.blocks[back]
        and not sentences.numbers_of(back)
        and sentences.fragment(back, marker)
    )


IDENTIFIED = "identified"
UNIDENTIFIED_WORDS = frozenset({"identified", "unidentified", "identification"})


def _rest_unidentified(account: Span, own: Span, count: Count) -> bool:
    """ "According to SITE A police, the persons who lost their lives in the stampede were
    identified as A, B, … However, two bodies were to be identified till filing of this
    report." (dev r25-hc-036): dead still unidentified, told right after a credited
    identification of the dead, are the rest of that identification, from the same source. A
    count of the dead with no word of identifying after it ("Two more bodies were found") is
    no rest of it."""
    if count.kind != KILLED:
        return False
    lowers = doc_lowers(own.doc)
    told = lowers[account.start : account.end]
    after = lowers[count.span.end : own.end]
    return IDENTIFIED in told and not UNIDENTIFIED_WORDS.isdisjoint(after)


def _a_disasters_period(sentences: Sentences, back: int) -> bool:
    """ "The monsoon rains have had a devastating impact, according to the NDMA. Since 25
    June, 86 people have lost their lives" (r17 blind cc-031): an account of a disaster with
    no time of its own, whose toll the next sentence gives over a period ("since …"): that
    period is the disaster's. An account of an attack is one incident, which a toll since a
    date (of many attacks) does not go on with."""
    account = sentences.items[back]
    lowers = doc_lowers(account.doc)
    told = lowers[account.start : account.end]
    return not DISASTER_NOUNS.isdisjoint(told) and not has_own_time(account)


def _tells_of_harm(account: Span) -> bool:
    """Does the account tell of the violence or the disaster a count may go on with: an
    attack, a blast, a fight or an accident (:func:`.counts_events.tells_an_event`), or deaths
    and injuries? "Police said the road had been reopened to traffic", "According to police,
    the market was crowded at the time" tell something else, which a toll after them does not
    continue (round 16's probe of a toll after an unrelated credited sentence)."""
    lowers = doc_lowers(account.doc)
    told = lowers[account.start : account.end]
    return (
        tells_an_event(account)
        or not CASUALTY_WORDS.isdisjoint(told)
        or not HARM_WORDS.isdisjoint(told)
    )


HARM_WORDS = frozenset({"buried", "trapped", "swept"})
"""Words by which an account tells that people came to harm without a casualty word ("four
people were buried under the debris, private news channels reported. Rescue teams retrieved
two bodies": r22 hunt, hc-067; "were trapped under the rubble", "were swept away")."""


def _adds_to_nothing_told(sentences: Sentences, back: int, index: int, count: Count) -> bool:
    """ "Security officials said the explosion took place around 1:40pm … At least 157 persons
    were also wounded in the blast.": a count that adds to another ("also") when the account
    and the sentences after it tell of no death or injury to add to ("A policeman was
    killed …, the police said. One terrorist was also killed" does) adds to one stated
    outside it (the story's toll), so it does not go on with that account."""
    doc = count.span.doc
    lowers = doc_lowers(doc)
    end = min(len(lowers), count.span.end + 1)
    if ADDING_WORDS.isdisjoint(lowers[count.number.end : end]):
        return False
    told = lowers[sentences.items[back].start : count.number.start]
    return CASUALTY_WORDS.isdisjoint(told)


def adds_nothing_of_its_own(
    sentences: Sentences,
    index: int,
    complements: frozenset[int] = frozenset(),
    period: bool = False,
) -> bool:
    """A sentence with no source, time, place or other incident of its own (see
    :func:`_goes_on`), after a sentence of the same story; an "another" at one of the
    positions ``complements`` (see :func:`_complements`) is no other incident. With
    ``period``, a time that only opens the period of its toll ("Since 25 June, …") is none of
    its own."""
    sentence = sentences.items[index]
    return not (
        sentences.markers_of(index)
        or sentences.separate(index)
        or (has_own_time(sentence) and not (period and only_a_period(sentence)))
        or has_place_of_its_own(sentence, sentences.items[index - 1])
        or any(
            k not in complements and not _adds_in_its_sentence(sentences, index, k)
            for k in _anothers(sentence)
        )
    )


def _adds_in_its_sentence(sentences: Sentences, index: int, k: int) -> bool:
    """ "… two people in the truck were also killed, as well as another two who were on the
    motorcycle" (dev news-r18-cc-025): an "another" right before a number, after a count of
    its own sentence, adds people to that count (the same incident's), not another incident;
    "another attack", "in another district" and an "another" before any count still are."""
    doc = sentences.items[index].doc
    if k + 1 >= len(doc) or not (doc[k + 1].like_num or _another_one(doc, k)):
        return False
    return any(c.number.end <= k for c in sentences.counts_of(index))


def _another_one(doc: Doc, k: int) -> bool:
    """ "During the exchange of fire, one terrorist was killed while another sustained
    injuries", "one policeman was martyred and another injured" (r22 hunt, hc-045): an
    "another" that stands for a person, the subject of a casualty verb (or of "was"), is one
    more of the same incident's people, not another incident ("another attack")."""
    following = word(doc, k + 1)
    return following in ANOTHER_ONES_VERBS or following in CASUALTY_WORDS


@per_sentence
def _anothers(sentence: Span) -> tuple[int, ...]:
    """Where the sentence says "another" (read once a sentence, asked once a count)."""
    lowers = doc_lowers(sentence.doc)
    return tuple(k for k in range(sentence.start, sentence.end) if lowers[k] == ANOTHER)


def _complements(sentences: Sentences, index: int, after: int) -> frozenset[int]:
    """ "Five people were killed in the blast. Another 21 were injured.": where "another"
    opens a count of sentence ``after`` of another kind than every count of sentence
    ``index`` (the injured beside the dead): it adds those people to the same incident, not a
    new total nor another attack ("another 12 were killed", "in another attack")."""
    mine = sentences.counts_of(index)
    if not mine:
        return frozenset()
    doc = sentences.items[after].doc
    return frozenset(
        c.span.start
        for c in sentences.counts_of(after)
        if word(doc, c.span.start) == ANOTHER and all(not kinds_match(c.kind, m.kind) for m in mine)
    )


BACKGROUND_RELATIVES = frozenset({"that", "which"})
"""Before a count's clause: "the assault that claimed the lives of 11 soldiers" recalls an
incident the account refers to, not what it tells."""
ANOTHER_ONES_VERBS = frozenset({*COPULAS, *INJURY_VERBS, "got", "had", "has"})
"""Verbs after an "another" that stands for a person ("another was injured", "another
sustained injuries")."""
ANOTHER = "another"
"""'in another attack', 'another 12 were killed': another incident or a new total."""


def bridges(sentences: Sentences, index: int, after: int) -> bool:
    """ "Twelve people were killed. The attack took place near a police vehicle. The minister
    confirmed the casualties.": a sentence with no number and no source of its own between a
    count and the sentence that credits it, the three in one paragraph or across one
    paragraph break (web pages break paragraphs after a sentence or two: "… left 27 wounded.
    The attack took place near a police vehicle.\n\nThe interior minister confirmed the
    casualties."); two breaks (or a heading as the bridge) leave the account."""
    return (
        sentences.same_story(index, after + 1)
        and len({sentences.blocks[i] for i in (index, after, after + 1)}) <= MAX_BRIDGE_BLOCKS
        and not _has_figures(sentences, after)
        and not sentences.markers_of(after)
    )


def _has_figures(sentences: Sentences, index: int) -> bool:
    """Has a would-be bridge figures of its own? Not the pronoun "one of …" that counts no one
    ("The explosion, which occurred during one of the court's busiest hours, has shaken the
    capital"; r23 hunt, hc-055), nor "No one claimed responsibility" (r24 hunt, hc-007),
    while "one of the injured died" is a count of its own. Its
    first number decides at once in most sentences (a figure), so each count asking costs
    nothing more."""
    numbers = sentences.numbers_of(index)
    if not numbers:
        return False
    doc = sentences.items[index].doc
    if not _pronoun_one(doc, numbers[0]):
        return True
    counted = {c.number.start for c in sentences.counts_of(index)}
    return any(n.start in counted or not _pronoun_one(doc, n) for n in numbers)


def _pronoun_one(doc: Doc, number: Span) -> bool:
    """ "one of the …", "No one claimed the attack": the pronoun, not a figure."""
    if len(number) != 1 or number[0].lower_ != "one":
        return False
    return word(doc, number.end) == "of" or word(doc, number.start - 1) == "no"


def bridge_goes_on(sentences: Sentences, index: int, bridge: int) -> bool:
    """ "Nine people were killed when a bus plunged into a gorge. The bus was travelling from
    A to B. A magistrate told CNN the bus had lost control on a sharp turn": a bridge that
    opens with a definite reference to what the count's sentence names ("The bus", "The
    blast") goes on telling that event, so a credit past it that tells the event is as near
    to the count as the bridge is (a class left from round 16: credits past a linking
    sentence)."""
    doc = sentences.items[index].doc
    lowers = doc_lowers(doc)
    own = sentences.items[index]
    named = {w for w in lowers[own.start : own.end] if len(w) > 2 and w.isalpha()}
    sentence = sentences.items[bridge]
    first = sentence.start
    while first < sentence.end and (doc[first].is_space or doc[first].is_quote):
        first += 1
    if word(doc, first) not in ("the", "this") or opens_another_incident(sentence):
        return False
    for k in range(first + 1, min(sentence.end, first + 2 + MAX_BRIDGE_MODIFIERS)):
        if lowers[k] in named and not doc[k].is_stop:
            return True
        if lowers[k] in HAPPENING_NOUNS and word(doc, k - 1) not in RESPONSE_MODIFIERS:
            return tells_an_event(own)  # "The attack took place as …" after "… in a blast"
        if not doc[k].is_alpha:
            return False
    return False


RANGE_LINKS = frozenset({"to", "-"})


def _counting_numbers(sentences: Sentences, index: int) -> list[Span]:
    """The numbers of sentence ``index`` that may count people: not a measure ("90 per cent
    burn injuries", :func:`.counts_numbers.is_count_number`), nor the start of a range of one
    ("70 to 90 per cent"; r22 hunt, hc-065: a bridge of uncredited counts with burn
    percentages has no figure of its own beyond its counts). Read once a sentence (each count
    of the sentence before asks), kept with the doc as :mod:`.counts_memo` keeps its answers."""
    numbers = sentences.numbers_of(index)
    if not numbers:
        return numbers
    doc = numbers[0].doc
    sentence = sentences.items[index]
    memo = doc.user_data.setdefault(COUNTING_NUMBERS_KEY, {})
    key = (len(doc), sentence.start, sentence.end)
    found = memo.get(key)
    if found is None:
        measures = {n.start for n in numbers if not is_count_number(n)}
        found = memo[key] = [
            n
            for n in numbers
            if n.start not in measures
            and not (word(doc, n.end) in RANGE_LINKS and n.end + 1 in measures)
        ]
    return found


COUNTING_NUMBERS_KEY = "narrlint.claims.counts_accounts:counting_numbers"


MAX_BRIDGE_MODIFIERS = 2
"""Words between "the" and the noun a bridge refers back to ("The ill-fated passenger bus")."""


def counts_bridge(sentences: Sentences, index: int, after: int) -> bool:
    """ "At least 10 cops were martyred in an attack on a police station. Among the injured
    are an SHO and five more policemen. According to the police, terrorists entered the
    police station …": a sentence of uncredited counts with nothing of its own (no source,
    time, place or other incident) between a count and a credit telling its event."""
    numbers = _counting_numbers(sentences, after)
    return (
        sentences.same_story(index, after + 1)
        and len({sentences.blocks[i] for i in (index, after, after + 1)}) <= MAX_BRIDGE_BLOCKS
        and bool(numbers)
        and len(sentences.counts_of(after)) == len(numbers)
        and adds_nothing_of_its_own(sentences, after, _complements(sentences, index, after))
        and not opens_another_incident(sentences.items[after + 1])
    )


def credits_its_bridge(
    sentences: Sentences, index: int, count: Count, marker: Token | None
) -> bool:
    """ "At least five people were killed in a blast that targeted a police patrol.
    Another 21 were injured. The bomb exploded close to the patrol, a police official
    said.": a count of a sentence that bridges a count before it and a credit telling that
    count's event (:func:`counts_bridge`: nothing of its own) is a count of that event, which
    the credit (``marker``, of the sentence after ``index``) sources too, unless it gives a
    rival figure."""
    before, after = index - 1, index + 1
    if marker is None or before < 0 or not sentences.same_story(index, before):
        return False
    if not counts_bridge(sentences, before, index):
        return False
    credit, told = sentences.items[after], sentences.items[before]
    if rivals(count, sentences.counts_of(after), credit, sentences.items[index]):
        return False
    return any(tells_the_event(credit, told, c, marker) for c in sentences.counts_of(before))


MAX_BRIDGE_BLOCKS = 2
"""Paragraphs a count, its bridge and the credit past it may span: one break at most."""


ASIDE_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
"""Before the subject an aside shares with the credited sentence ("The report …")."""


def past_a_source_aside(sentences: Sentences, index: int, before: int) -> int:
    """ "The report says 65 civilians were killed over three months. The report blames
    roadside bombs for most of them. The deadliest were two attacks, where 39 were killed":
    the sentence before a count (``before``) with no number, whose subject is the subject of
    the credited count before it, is the same source's aside; the count is judged against the
    credited sentence past it (``before - 1``, returned), as if it stood next to it. Any other
    sentence ("Residents blamed the Taliban") is returned as it is."""
    back = before - 1
    if back < 0 or not sentences.same_story(index, back) or sentences.numbers_of(before):
        return before
    own = sentences.items[index]
    if sentences.separate(index) or has_own_time(own) or opens_another_incident(own):
        return before  # "Separately, two attacks killed 39": another incident
    if len({sentences.blocks[i] for i in (back, before, index)}) > MAX_BRIDGE_BLOCKS:
        return before
    marker = sentences.outside_marker(back)
    if marker is None or not sentences.counts_of(back) or sentences.markers_of(before):
        return before
    doc = marker.doc
    if marker.i <= sentences.items[back].start or not doc[marker.i - 1].is_alpha:
        return before  # "According to …": no subject before the marker
    subject = word(doc, marker.i - 1)
    aside = sentences.items[before]
    first = aside.start
    while first < aside.end and (word(doc, first) in ASIDE_DETERMINERS or doc[first].is_space):
        first += 1
    return back if first < aside.end and word(doc, first) == subject else before


MIN_SHARED_FIGURE = 3
"""Smallest figure a count's sentence may share with a credited report before it: "two" or
"one" recur by chance."""


def shares_a_reported_figure(sentences: Sentences, before: int, index: int) -> bool:
    """ "PICSS … in its monthly report revealed that attacks increased from 12 to 18 during
    August … // Militants carried out 18 attacks in August in which 24 people were killed":
    the count's sentence repeats a figure other than its counts (3 or more, not a year) that
    the credited sentence before it gives in what its source says, at most one paragraph
    before, with no time or other incident of its own: it goes on with that source's figures.
    The same holds for a credited sentence right after the count (``before`` is then the index
    of that sentence: "… damaged 3,703 houses. According to the NDMA, the 3,703 houses …")."""
    own = sentences.items[index]
    if len({sentences.blocks[before], sentences.blocks[index]}) > MAX_BRIDGE_BLOCKS:
        return False
    if sentences.separate(index) or opens_another_incident(own):
        return False
    marker = sentences.outside_marker(before)
    if marker is None:
        return False
    counted = {c.number.start for c in sentences.counts_of(index)}
    mine = {
        number_value(n)
        for n in sentences.numbers_of(index)
        if n.start not in counted and is_count_number(n)
    }
    reported = {
        number_value(n)
        for n in sentences.numbers_of(before)
        if n.start > marker.i and is_count_number(n)
    }
    return any(v is not None and v >= MIN_SHARED_FIGURE for v in mine & reported)
