"""Casualty counts in a sentence: "<N> were killed", "killed <N> soldiers", "the toll rose to <N>".

Object counts ("killed <N> soldiers") are read in :mod:`.counts_objects`, tolls in
:mod:`.counts_tolls`; this module reads subject counts and joins the three.

Part of the count claims reader (:mod:`narrlint.claims.counts`). Works on spaCy tokens only
(the pipeline has no tagger or parser, so grammar is approximated with word classes and clause
punctuation). A number counts people only when it is tied to a casualty word; numbers that are
not counts (years, ages, money, units, "no one") and vague quantities ("dozens", which are not
numbers at all) never qualify. Words that count the dead only in some uses ("eliminated",
"neutralised", "the loss of", "the bodies of") count them only when people are counted
(:data:`COUNTED_PEOPLE`).

The lists below are the casualty reader's own meanings; shared language (negations, weekdays,
reporting verbs) comes from :mod:`narrlint.nlp.vocabulary`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from narrlint.claims.counts_asides import (
    ASIDE_OPENERS,
    ASIDE_VERBS,
    BARE,
    COMMA,
    DASH_OPENERS,
    QUOTABLE_PREDICATES,
    acronym_end,
    aside_closer,
    comma_aside_end,
    dashed_aside_end,
    is_partitive_aside,
    list_goes_on,
    unclosed_aside,
)
from narrlint.claims.counts_numbers import (
    Count,
    count_value,
    counted_by_a_figure,
    hedge_start,
    is_as_hedge,
    is_count_number,
    lemma_at,
    number_value,
    word,
)
from narrlint.claims.counts_objects import counts_people, object_counts, organisation_bodies
from narrlint.claims.counts_tolls import revises_a_figure, toll_counts
from narrlint.claims.counts_words import (
    AGE_WORDS,
    AUXILIARIES,
    BE_LEMMAS,
    BREAKDOWN_OPENERS,
    CLAUSE_MARKS,
    COORDINATED_PHRASES,
    COORDINATED_VERBS,
    COUNTED_PEOPLE,
    COUNTERFACTUAL_MODALS,
    DEFINITE,
    DYING_ADVERBS,
    DYING_VERBS,
    EUPHEMISMS,
    GIVING_LIVES,
    HEDGES,
    HURT_CEILING,
    INJURED_NOUNS,
    INJURY_NOUNS,
    INJURY_VERBS,
    LEFT_VERBS,
    LIVES_VERBS,
    LOSING_VERBS,
    LOSS_LEMMAS,
    MAX_BREAKDOWN,
    MAX_COORDINATED,
    MAX_INJURY_ADJECTIVES,
    MAX_MODIFIER,
    MAX_NAMED_BREAKDOWN,
    MAX_SUBJECT_GAP,
    MAX_SUBJECT_WORDS,
    MODIFIER_PREPOSITIONS,
    NOT_HEADLINE_SUBJECTS,
    NOT_PEOPLE,
    NOT_SUBJECT_AFTER,
    OBJECT_CUES,
    OBJECT_STARTERS,
    OBJECT_VERBS,
    PHRASE_FIRSTS,
    PHRASE_KINDS,
    PHRASE_PREDICATES,
    POSSESSIVES,
    PREDICATES,
    PRESENT_DYING,
    SUBJECT_FILLERS,
    SUBJECT_STOPS,
    TO_DEATH_EXCLUDED_LEMMAS,
    TOLL_CUES,
    TOLL_FIGURE_MODIFIERS,
    TOLL_FIGURES,
    UNITS_AFTER,
    UNREAL_MODALS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_bounds, where_lower
from narrlint.nlp.vocabulary import NEGATIONS, REPORTING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MODIFIER_JOINS = frozenset({"-", "'s", "’s"})
"""Tokens inside a participle's phrase besides words ("the vaccination team's security")."""
MODIFIER_CLAUSE_WORDS = frozenset({"where", "when", "who", "which", "whose"})
"""Words that open a clause inside a participle's phrase: its verb is that clause's, not the
count's ("two cops deployed in the area where militants were killed")."""

# ---------------------------------------------------------------------------------------------

"""Tokens an aside may take between a count and its verb ("Sixty people, among them a deputy
superintendent of police, lost their lives")."""


def counts_in(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """Casualty counts of a sentence, each number at most once."""
    doc = sentence.doc
    cues = where_lower(doc, SENTENCE_CUES)  # once per doc: a sentence without one is skipped
    first = bisect_left(cues, sentence.start)  # before its words are sliced and tested
    if first == len(cues) or cues[first] >= sentence.end:
        return
    words = doc_lowers(doc)[sentence.start : sentence.end]
    if COUNT_CUES.isdisjoint(words) and not revises_a_figure(words):
        return  # no word that can make a number a count: most sentences with numbers
    candidates = [n for n in numbers if is_count_number(n)]
    if not candidates:
        return
    used: set[int] = set()
    counts = []
    for count in (
        *object_counts(sentence, candidates),
        *toll_counts(sentence, candidates),
        *_subject_counts(sentence, candidates),
    ):
        if count.number.start not in used:
            used.add(count.number.start)
            counts.append(count)
    reach = _reach_before(counts)
    for count in counts:
        # "Twelve people, including two children, were killed": the children are part of
        # the twelve, a breakdown inside the larger count, not a count of their own.
        if reach[count.span.start] < count.span.end or not any(
            other is not count
            and other.span.start <= count.span.start
            and count.span.end <= other.span.end
            and other.number.start < count.number.start
            and not _coordinated_count(other, count)
            for other in counts
        ):
            yield count


def _reach_before(counts: list[Count]) -> dict[int, int]:
    """For each start of a count's words, the furthest end of the counts that start before
    it (or the end of the text, when another count starts there too): a count whose words end
    past it lies inside no other, so only the few counts that may lie inside another are
    compared with all the others (a sentence of hundreds of counts compared every pair)."""
    starts = sorted((c.span.start, c.span.end) for c in counts)
    reach: dict[int, int] = {}
    furthest = -1
    for k, (start, end) in enumerate(starts):
        shared = k + 1 < len(starts) and starts[k + 1][0] == start
        if start in reach or shared:
            reach[start] = len(counts[0].span.doc)
        else:
            reach[start] = furthest
        furthest = max(furthest, end)
    return reach


PHRASE_NOUNS = frozenset({"martyrdom", "shahadat", "hell", "sacrifice"})
"""Last words of :data:`PHRASE_PREDICATES` that only those phrases use ("embraced martyrdom",
"sent to hell", "made the ultimate sacrifice"): the phrase's cue, rarer than its verb."""
PHRASE_CUES = frozenset(
    words[-1] if words[-1] in PHRASE_NOUNS else words[0] for words in PHRASE_PREDICATES
)
WITH_A_CASUALTY_WORD = frozenset({*LIVES_VERBS, *LEFT_VERBS, *GIVING_LIVES} - {"sacrifice"})
"""Verbs that count only with a casualty word of their own in the sentence ("claimed 12
lives", "left 12 dead", "laid down their lives"): that word ("lives", "dead") is the cue."""
COUNT_CUES = frozenset(
    {
        *PREDICATES, *PHRASE_CUES, *INJURY_VERBS, *INJURY_NOUNS, *OBJECT_CUES, *TOLL_CUES,
        *COORDINATED_VERBS, *(words[0] for words in COORDINATED_PHRASES), *DYING_VERBS,
        *GIVING_LIVES, "death", *TOLL_FIGURE_MODIFIERS,
    }
    - {*TOLL_FIGURES, "sent"}
    - (WITH_A_CASUALTY_WORD - LOSING_VERBS)
)  # fmt: skip
"""Words one of which every count has (its casualty word, or a word of it): a sentence with
none of them is skipped before its numbers are judged. Common words that count only beside
another cue ("the death count", "sent … to hell", "took 12 lives", "embraced martyrdom") are
left to that cue (skipping "took", "left", "made", "embraced" spared about 300 of the 750
sentences with a number and a cue in 200 benchmark drafts that hold no count)."""
SENTENCE_CUES = frozenset(COUNT_CUES | TOLL_FIGURES)
"""A sentence has one of these words or no count: a casualty cue, or the figure noun of a
revised total (:func:`.counts_tolls.revises_a_figure`). Found once per doc by index, so the
sentences with neither (most of a draft's) are skipped by bisection."""


def _coordinated_count(outer: Count, inner: Count) -> bool:
    """ "five soldiers and 25 militants were killed": the second count shares the verb, it is
    no part of the first (unlike "twelve people, including two children and three women")."""
    doc = outer.span.doc
    start = hedge_start(doc, inner.number.start, outer.number.end)
    lowers = doc_lowers(doc)
    return word(doc, start - 1) == "and" and not any(
        lowers[i] in BREAKDOWN_OPENERS or lowers[i] in CLAUSE_MARKS
        for i in range(outer.number.end, start)
    )


def _subject_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "<N> (people, including children,) were killed", "<N> dead", "<N> bodies"."""
    doc = sentence.doc
    for number in numbers:
        start = hedge_start(doc, number.start, sentence.start)
        if word(doc, start - 1) in NOT_SUBJECT_AFTER:
            continue  # "to kill 12 soldiers for every …", "if 12 people are killed"
        if word(doc, start - 1) == "be" and word(doc, start - 2) in UNREAL_MODALS:
            continue  # "predicted that there will be up to 1,000 fatalities" (r27 hunt, hc-045)
        if _honoured_group(doc, start):
            continue  # "paid tributes to the two police personnel killed in the blast"
        found = _predicate_after(sentence, number) or _relative_predicate(sentence, number)
        if found is None:
            continue
        first, predicate = found
        cue = " ".join(t.lower_ for t in doc[first : predicate.i + 1])
        kind = (
            PREDICATES.get(cue)
            or PHRASE_KINDS.get(tuple(cue.split()))
            or INJURY_NOUNS[predicate.lower_]
        )
        span = doc[start : predicate.i + 1]
        yield Count(span, number, count_value(number), kind, "subject", cue)


TRIBUTE_NOUNS = frozenset({"tribute", "tributes", "homage", "condolences", "respects"})
"""What is paid to the dead already counted ("paid tributes to the two policemen killed")."""


def _honoured_group(doc: Doc, start: int) -> bool:
    """ "The chief minister paid tributes to the two police personnel killed in the blast"
    (dev r25-hd-063): the known group the tribute is paid to, named with "the", as "paid
    tribute to three policemen who were martyred" is (:func:`.counts_asides.aside_closer`),
    counts no one anew; "paid tribute to 12 soldiers killed in the attack" still counts."""
    return (
        word(doc, start - 1) in DEFINITE
        and word(doc, start - 2) == "to"
        and word(doc, start - 3) in TRIBUTE_NOUNS
    )


def _predicate_after(sentence: Span, number: Span) -> tuple[int, Token] | None:
    """The casualty word a number is the subject or modifier of, if any: where its words
    start and its last token ("killed"; "embraced martyrdom"; "shot dead" after "and")."""
    doc = sentence.doc
    words = 0
    previous_is_definite = word(doc, number.start - 1) in DEFINITE
    if _none_of(doc, number.start):
        return None
    end = min(sentence.end, number.end + MAX_SUBJECT_GAP + 1)
    breakdown = 0  # tokens left in an aside ("including …", "among them …", "who …")
    closer: frozenset[str] = COMMA  # what ends that aside (BARE: the count's own verb)
    modifier = 0  # tokens left in a participle's phrase ("terrorists involved in the attack")
    acting = False  # that phrase says what the people were doing ("officers guarding …")
    aside = 0  # where that aside started
    passive = False  # a passive auxiliary seen ("were forced off a bus and shot dead")
    skip = 0  # end of a bracketed acronym ("three Frontier Corps (FC) men")
    first_mark = sentence.end  # the first clause mark after the number (for _joins_a_count)
    lowers = doc_lowers(doc)  # a token's lower_, with no Token built for a skipped word
    for i in range(number.end, sentence.end):
        if first_mark == sentence.end and i > number.end and lowers[i - 1] in CLAUSE_MARKS:
            first_mark = i - 1
        if i < skip:
            continue
        token = doc[i]
        lower = lowers[i]
        if breakdown:
            if lower == "(" and acronym_end(doc, i, sentence.end):
                skip = acronym_end(doc, i, sentence.end)  # "a JUI-F (Fazl) leader"
                continue
            # A name with its rank is one item, however many words it takes, and so is a
            # hyphenated name with its joins ("Lashkar-e-Islam", "Tehreek-i-Taliban").
            if not (token.is_title or _name_join(doc, i)) or i - aside > MAX_NAMED_BREAKDOWN:
                breakdown -= 1
            if (closer is BARE and (lower in ASIDE_VERBS or token.is_quote)) or (
                closer is COMMA and unclosed_aside(doc, i, sentence.end)
            ):
                breakdown = 0  # "11 people including a party leader were injured"
                end = min(sentence.end, i + MAX_SUBJECT_GAP)
            elif lower in closer and closer is COMMA and list_goes_on(doc, i, sentence.end):
                continue  # "including women, children and a Frontier Corps man, were killed"
            elif lower in closer:
                breakdown = 0
                end = min(sentence.end, i + 5)  # the predicate follows the aside
                continue
            elif token.is_quote or (lower in SUBJECT_STOPS and word(doc, i - 1) != "of"):
                return None  # not "two of whom were children"
            else:
                continue
        if modifier:
            modifier -= 1
            if acting and _own_verb(doc, i):
                return None  # "two officers guarding the site said …": the people's own verb
            if lower in MODIFIER_CLAUSE_WORDS:
                return None  # "two cops deployed in the area where militants were killed"
            if (
                token.is_alpha
                or token.like_num
                or lower in SUBJECT_FILLERS
                or lower in MODIFIER_JOINS
            ) and not (lower in AUXILIARIES or lower in PREDICATES or lower in PHRASE_FIRSTS):
                continue
            modifier, end = 0, min(sentence.end, i + MAX_SUBJECT_GAP)  # the verb follows
        if i >= end:
            return None
        if lower == "of" and word(doc, i + 1) in PARTITIVE_RELATIVES and doc[i + 2].like_num:
            breakdown, aside, closer = MAX_BREAKDOWN, i, BARE  # "five attackers of which two
            continue  # were suicide bombers have been killed": the aside ends at "were"
        if lower in ASIDE_OPENERS:
            start = hedge_start(doc, number.start, sentence.start)
            opened = aside_closer(doc, i, start, previous_is_definite)
            if opened is not None:
                breakdown, aside, closer = MAX_BREAKDOWN, i, opened
                continue
        if lower == "(":
            skip = acronym_end(doc, i, sentence.end)
            if skip:
                end = min(sentence.end, end + skip - i)
                continue
        if lower == ",":
            closed = comma_aside_end(doc, i, sentence.end)
            if closed:
                skip, end = closed, min(sentence.end, closed + 5)  # ", mostly women, were"
                continue
        if lower in DASH_OPENERS:
            dashed = dashed_aside_end(doc, i, sentence.end)
            if dashed:
                skip, end = dashed, min(sentence.end, dashed + 5)  # "nine militants — … — were"
                continue
        if token.is_quote and word(doc, i + 1) in QUOTABLE_PREDICATES:
            end = min(sentence.end, end + 1)  # were “sent to hell”, were 'neutralised'
            continue
        if token.is_quote and plural_possessive(doc, i, number.end):
            continue  # "four security forces’ soldiers embraced martyrdom"
        if lower in NOT_PEOPLE:
            return None  # "three bills died in committee"
        if lower in LEFT_VERBS and not passive and word(doc, i + 1) not in PREDICATES:
            return None  # "the two sides left dozens dead": the number leaves; "left" has the dead
        if lower in PHRASE_FIRSTS:
            phrase = _phrase_at(doc, i, sentence.end)
            if phrase is not None:
                if not passive and _has_object(doc, phrase.i + 1):
                    return None  # "Six gunmen gunned down (fatally shot) two guards": agents
                return i, phrase
        if lower in INJURY_VERBS:
            injuries = _injuries_at(doc, i, sentence.end)
            return (i, injuries) if injuries is not None else None
        if lower in PREDICATES and _is_casualty_predicate(token, number):
            dying = _dying_after(doc, i, sentence.end) if lower in INJURED_NOUNS else None
            if dying is not None:
                return dying, doc[dying]  # "two of the injured later succumbed": deaths
            if previous_is_definite and i == number.end:
                return None  # "the two dead soldiers", "the 30 injured": a known group
            if i > number.end and doc[i - 1].like_num and not lower.endswith("ed"):
                return None  # "two blasts resulted in 57 deaths": the deaths are the 57's
            if i > number.end and counted_by_a_figure(doc, i):
                return None  # "two hospitals, and the count of injured stood at 50"
            if lower == "death" and word(doc, i - 1) != "to":
                return None
            if _is_active_verb(token):
                return None  # "Twelve militants killed three soldiers": the agents
            if (
                i > number.end
                and word(doc, number.end) == "of"
                and _partitive_refers(doc, number.end, i)
            ):
                return None  # "seven of the dead were children": part of a known toll
            if lower in EUPHEMISMS and not counts_people(doc, number.end, i):
                return None  # "three teams were eliminated"
            return i, token
        if token.like_num and is_partitive_aside(doc, i):
            breakdown, aside, closer = MAX_BREAKDOWN, i, COMMA  # ", two of them children,"
            continue
        if token.like_num and _joins_a_count(doc, number.end, i, first_mark):
            # "five soldiers and 25 militants were killed": one verb, two counts, each with
            # the words of its own people
            words, end = 0, min(sentence.end, i + MAX_SUBJECT_GAP + 1)
            continue
        if lower in COUNTERFACTUAL_MODALS:
            return None  # "12 hostages would have been killed had the troops not acted"
        if lower == "with" and word(doc, i - 1) == ",":
            return None  # "50 people, with many others injured": the others' predicate
        if token.like_num or token.is_quote or lower in SUBJECT_STOPS or lower in NEGATIONS:
            return None  # "12 people were not hurt": no casualties
        if lower in AUXILIARIES or lower in SUBJECT_FILLERS or lower in HEDGES:
            passive = passive or token.lemma_.lower() in BE_LEMMAS
            if lower in AUXILIARIES:  # the verb's own words: "were suspected to have been"
                end = min(sentence.end, end + 1)
            continue
        working = lower.endswith("ing") and word(doc, i + 1) in MODIFIER_PREPOSITIONS
        if not passive and _acting_participle(doc, i):
            # "two police officers guarding polio vaccinators going door-to-door in … were
            # shot dead": what the people were doing is their phrase, however long
            modifier, end = MAX_MODIFIER, min(sentence.end, i + MAX_MODIFIER + MAX_SUBJECT_GAP)
            acting = True
            words += 1
            continue
        if (working or lower.endswith("ed")) and not passive and _is_participle_modifier(doc, i):
            if word(doc, i + 1) in MODIFIER_PREPOSITIONS or lower in AGE_WORDS:
                # "33 terrorists involved in the attack … were killed", "two cops deployed on
                # the vaccination team's security in a suburban area of Quetta were martyred":
                # the verb may follow the whole phrase
                modifier = MAX_MODIFIER
                end = min(sentence.end, max(end, i + MAX_MODIFIER + MAX_SUBJECT_GAP))
            words += 1
            continue
        if _gives_lives_at(doc, i):
            continue  # "lost (laid down) their lives": the predicate's words, not the subject's
        if lower.endswith("ed") and _to_death(doc, i):
            continue  # "were crushed (stabbed, hacked, trampled) to death": "death" is the word
        if lower.endswith("ed") and lower not in PREDICATES and lower not in GIVING_LIVES:
            # another verb: "12 people were rescued and a guard was killed"; unless the
            # same subject's next passive verb is a casualty verb ("were dragged from the
            # bus and shot dead")
            return _coordinated(doc, i + 1, sentence.end) if passive else None
        if token.is_alpha and _hyphen_part(doc, i, number.end):
            end = min(sentence.end, end + 2)  # "a police sub-inspector": one word, however
            continue  # many parts its hyphens join
        if token.is_alpha and _continues_a_name(sentence, i, number.end):
            end = min(sentence.end, end + 1)  # "25 Afghan Taliban and Fitna Al Khwarij fighters"
            continue  # a name is one word of the subject, however many it is written in
        if token.is_alpha:
            words += 1
            if words > MAX_SUBJECT_WORDS:
                return None
        elif not token.is_punct:
            return None
    return None


def _hyphen_part(doc: Doc, i: int, first: int) -> bool:
    """Is the word at ``i`` the part after a hyphen written with no space ("sub-inspector",
    "anti-terror"): no new word of the people counted (r23, dev r22-opened ob-004)?"""
    return (
        i >= first + 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    )


def _continues_a_name(sentence: Span, i: int, first: int) -> bool:
    """Is the word at ``i`` (after ``first``, the word after the number) a capitalised word
    after a capitalised word, in a sentence not set in title case: a place's or a group's
    name of several words ("from Urgun District in Paktika Province")? A headline capitalises
    every word, so there it is no name."""
    doc = sentence.doc
    if i <= first or not (doc[i].is_title and doc[i - 1].is_title and doc[i - 1].is_alpha):
        return False
    return not _title_cased(sentence)


def _title_cased(sentence: Span) -> bool:
    """A headline's capitalisation: no lower-case word of four letters or more."""
    return not any(t.is_lower and len(t) > 3 for t in sentence)


RELATIVE_AUXILIARIES = frozenset({"were", "was", "had", "have", "been", "later", "all", "both"})
"""Words between "who" and the casualty word of its clause ("who had been martyred")."""


def _relative_predicate(sentence: Span, number: Span) -> tuple[int, Token] | None:
    """ "the families of seven labourers, who were martyred by gunmen last month": a relative
    clause set off by a comma right after the counted people tells what befell them, when the
    count's own clause has no casualty word (r11 hunt 057). Not after "the" ("the seven
    labourers, who …": a known group), nor an agent ("12 militants, who killed three
    soldiers")."""
    doc = sentence.doc
    if word(doc, number.start - 1) in DEFINITE:
        return None
    i = number.end
    while i < sentence.end and i - number.end < MAX_SUBJECT_WORDS and doc[i].is_alpha:
        i += 1
    if not (i > number.end and word(doc, i) == "," and word(doc, i + 1) == "who"):
        return None
    if not counts_people(doc, number.end, i):
        return None
    j = i + 2
    while j < sentence.end and (word(doc, j) in RELATIVE_AUXILIARIES or _gives_lives_at(doc, j)):
        j += 1  # "who had been martyred", "who lost their lives"
    if j >= sentence.end:
        return None
    token = doc[j]
    phrase = _phrase_at(doc, j, sentence.end) if token.lower_ in PHRASE_FIRSTS else None
    if phrase is not None:
        return j, phrase
    casualty = token.lower_ in PREDICATES and _is_casualty_predicate(token, number)
    return (j, token) if casualty and not _is_active_verb(token) else None


def _gives_lives_at(doc: Doc, i: int) -> bool:
    """ "23 soldiers of the Pakistan Army lost their lives": a word of the predicate before
    "lives" ("lost", "laid down", "sacrificed", "their"), which a long subject must not count as its
    own word (dev news-r10-cc-025)."""
    if word(doc, i) in POSSESSIVES:
        return word(doc, i + 1) == "lives"
    j = i + 2 if word(doc, i + 1) == "down" else i + 1
    return word(doc, j) in POSSESSIVES and word(doc, j + 1) == "lives"


def _to_death(doc: Doc, i: int) -> bool:
    """ "crushed to death", "hacked to death": a verb whose result is death."""
    return word(doc, i + 1) == "to" and word(doc, i + 2) == "death"


def _dying_after(doc: Doc, i: int, end: int) -> int | None:
    """ "<N> (of the) injured (persons) later succumbed": the injured are the people, the verb
    their death; the index of that verb, or None."""
    j = i + 2 if word(doc, i + 1) in COUNTED_PEOPLE else i + 1
    while j < end and doc[j].lower_ in DYING_ADVERBS:
        j += 1
    return j if j < end and doc[j].lower_ in DYING_VERBS else None


def _acting_participle(doc: Doc, i: int) -> bool:
    """An "-ing" word right after the counted people's noun that opens what they were doing,
    with its object ("officers guarding polio vaccinators", "workers building a road"): a
    phrase of the subject, not the count's verb (a casualty word, an auxiliary, or a word of
    the count's own predicate is none)."""
    lower = doc[i].lower_
    if len(lower) < 6 or not lower.endswith("ing") or not doc[i].is_alpha:
        return False
    if word(doc, i - 1) not in COUNTED_PEOPLE:
        return False
    if lower in PREDICATES or lower in PHRASE_FIRSTS or lower in INJURY_VERBS:
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (
        following is not None
        and following.is_alpha
        and following.lower_ not in AUXILIARIES
        and following.lower_ not in PREDICATES
        and following.lower_ not in MODIFIER_PREPOSITIONS  # "working on …": a phrase as before
    )


def _own_verb(doc: Doc, i: int) -> bool:
    """A verb of the people's own clause inside what they were doing ("officers guarding the
    site said …", "guards manning the post fired …"): a past tense that is no casualty word, or
    a verb of reporting."""
    lower = doc[i].lower_
    if word(doc, i - 1) in ("-", "‑"):
        return False  # "a World Bank-funded project": a compound's adjective
    if lower.endswith("ed") and lower not in PREDICATES and lower not in GIVING_LIVES:
        return True
    return lemma_at(doc, i) in REPORTING_LEMMAS or lower in ("said", "says", "told")


def _is_participle_modifier(doc: Doc, i: int) -> bool:
    """An "-ed" word that describes the counted people rather than saying what befell them: a
    compound ("Afghan-based", "India-backed"), a participle before the people it describes
    ("suspected militants", "banned TTP"), or one that opens a phrase ("terrorists involved
    in the attack")."""
    token = doc[i]
    if "-" in token.text or (word(doc, i - 1) == "-" and i >= 2 and not doc[i - 2].whitespace_):
        return True
    if token.lower_ == "aged":
        return True  # "seven men aged between 18 and 25"
    if token.lower_ in PREDICATES or token.lower_ in GIVING_LIVES:
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None:
        return False
    if following.lower_ in MODIFIER_PREPOSITIONS:
        return word(doc, i - 1) not in AUXILIARIES and not doc[i - 1].is_punct
    return (
        following.lower_ in COUNTED_PEOPLE
        or following.lower_.endswith("men")
        or following.is_upper
        or (following.is_title and i + 1 != sentence_bounds(doc, i + 1)[0])
    )


PARTITIVE_RELATIVES = frozenset({"which", "whom"})
"""After "of" and before a number, a relative that opens a part of the people counted ("of
which two were suicide bombers")."""
POSSESSIVE_MARKS = frozenset({"'", "’"})


def plural_possessive(doc: Doc, i: int, start: int) -> bool:
    """Is the mark at ``i`` the apostrophe of a plural possessive ("security forces’
    soldiers"), not a closing quotation mark? Glued to a plural word before it, a space and
    a lower-case word after it, and no opening single quotation mark since ``start``."""
    if doc[i].text not in POSSESSIVE_MARKS or i < 1 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    glued = not before.whitespace_ and bool(doc[i].whitespace_)
    if not (glued and before.lower_.endswith("s") and after.is_alpha and after.is_lower):
        return False
    return not any(doc[k].text in ("'", "‘") and not doc[k].whitespace_ for k in range(start, i))


def _joins_a_count(doc: Doc, start: int, i: int, first_mark: int) -> bool:
    """Is the number at ``i`` a second count "and"-joined to the subject ("… and (at least) 25
    militants"), with no clause mark since ``start`` (``first_mark``: the first one at or
    after ``start``, kept by the caller's loop: rescanning from ``start`` at every number
    made a sentence of thousands of numbers quadratic), not a time or a unit ("and 10 am")?"""
    before = hedge_start(doc, i, start)
    return (
        word(doc, before - 1) == "and"
        and word(doc, i + 1) not in UNITS_AFTER
        and first_mark >= before
    )


def _phrase_at(doc: Doc, i: int, end: int) -> Token | None:
    """The last token of a predicate of several words starting at ``i`` ("embraced
    martyrdom", "sent to hell"), or None."""
    for words in PHRASE_PREDICATES:
        last = i + len(words)
        if last <= end and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return doc[last - 1]
    return None


OBJECT_OPENERS = frozenset({"the", "a", "an", "their", "his", "her", "its", "several", "dozens"})
"""Words that open an object after an active verb of several words ("gunned down the guards")."""


def _has_object(doc: Doc, i: int) -> bool:
    """Does an object start at ``i`` (a number or a determiner), so that the predicate before
    it is an active verb whose subject is the agent, not the people counted?"""
    return i < len(doc) and (doc[i].like_num or doc[i].lower_ in OBJECT_OPENERS)


def _injuries_at(doc: Doc, verb: int, end: int) -> Token | None:
    """ "sustained (serious) injuries", "suffered bullet wounds": the injury noun after the
    verb, a few adjectives allowed; "received medals" is no injury."""
    for i in range(verb + 1, min(end, verb + MAX_INJURY_ADJECTIVES + 2)):
        if doc[i].lower_ in INJURY_NOUNS:
            return doc[i]
        if not (doc[i].is_alpha and doc[i].is_lower):
            return None
    return None


def _coordinated(doc: Doc, start: int, end: int) -> tuple[int, Token] | None:
    """ "<N> were forced off a bus near the town and shot dead": the first "and" of the
    clause joins a second passive verb to the same subject; a casualty verb right after it
    makes the number a count. "and a guard was killed" has a subject of its own."""
    for i in range(start, min(end, start + MAX_COORDINATED)):
        lower = doc[i].lower_
        if lower in CLAUSE_MARKS or lower in SUBJECT_STOPS or doc[i].is_quote:
            return None
        if lower != "and":
            continue
        j = i + 1
        while j < end and doc[j].lower_ in ("then", "later", "were", "was", "been"):
            j += 1
        following = word(doc, j)
        if following in COORDINATED_VERBS:
            return j, doc[j]
        if (following, word(doc, j + 1)) in COORDINATED_PHRASES:
            return j, doc[j + 1]
        return None
    return None


def _none_of(doc: Doc, start: int) -> bool:
    """ "none of the 40 passengers was hurt", "neither of two guards": nobody was."""
    i = start - 2 if word(doc, start - 1) in DEFINITE else start - 1
    return word(doc, i) == "of" and word(doc, i - 1) in ("none", "neither")


def _is_casualty_predicate(token: Token, number: Span) -> bool:
    """Words that are casualty words only in some uses: "lives", "death", "hurt"."""
    doc = token.doc
    lower = token.lower_
    if lower == "lives":
        near = {word(doc, number.start - 1), word(doc, token.i - 1), word(doc, token.i - 2)}
        if near & LIVES_VERBS:
            return True
        around = (number.start - 1, token.i - 1, token.i - 2, token.i + 1, token.i + 2)
        if any(lemma_at(doc, i) in LOSS_LEMMAS for i in around):
            return True
        # "laid down their lives", "sacrificed their lives", "the loss of six lives"
        giver = token.i - 3 if word(doc, token.i - 2) == "down" else token.i - 2
        return (word(doc, token.i - 1) in POSSESSIVES and word(doc, giver) in GIVING_LIVES) or (
            word(doc, number.start - 1) == "of" and lemma_at(doc, number.start - 2) in LOSS_LEMMAS
        )
    if lower == "death":
        before = {lemma_at(doc, i) for i in range(number.start - 2, token.i)}
        return word(doc, token.i - 1) == "to" and not before & TO_DEATH_EXCLUDED_LEMMAS
    if lower == "bodies":
        return not organisation_bodies(token)
    if lower in PRESENT_DYING:
        return word(doc, token.i - 1) not in NOT_HEADLINE_SUBJECTS  # not "100 could die"
    if lower == "hurt" and (number_value(number) or 0) >= HURT_CEILING:
        return False
    return word(doc, token.i + 1) not in NOT_PEOPLE  # "dead batteries"


def _is_active_verb(token: Token) -> bool:
    """A casualty verb with an object after it and no auxiliary before it."""
    doc = token.doc
    if token.lower_ not in OBJECT_VERBS or lemma_at(doc, token.i - 1) in BE_LEMMAS:
        return False
    i = token.i + 1
    lowers = doc_lowers(doc)
    while i < len(doc) and lowers[i] in HEDGES:
        if lowers[i] == "as" and not is_as_hedge(lowers, i):
            return False  # "30 injured as two vehicles exploded": the injured, counted
        if lowers[i] == "to" and i == token.i + 1:
            return False  # "shifted five injured to the hospital": where they were taken
        i += 1
    if i >= len(doc):
        return False
    return doc[i].like_num or doc[i].lower_ in OBJECT_STARTERS


def _partitive_refers(doc: Doc, of_index: int, predicate: int) -> bool:
    """ "two of the injured", "seven of those killed": the casualty word is in the "of" part;
    in "twelve of them were killed" it is the verb, and the number a count."""
    return (
        word(doc, of_index + 1) in DEFINITE | {"them"}
        and predicate <= of_index + 3
        and all(word(doc, i) not in AUXILIARIES for i in range(of_index + 2, predicate))
    )


def _name_join(doc: Doc, i: int) -> bool:
    """A hyphen or a short join word between hyphens inside a capitalised name ("Lashkar - e -
    Islam", "Jamaat - ul - Ahrar"): part of one name, no word of its own."""
    if word(doc, i) == "-":
        return i > 0 and doc[i - 1].is_title
    return word(doc, i - 1) == "-" and word(doc, i + 1) == "-" and len(doc[i]) <= 3
