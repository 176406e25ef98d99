"""Object casualty counts: "killed <N> soldiers", "claimed <N> lives", "left <N> dead".

Part of the count claims reader (:mod:`narrlint.claims.counts`); split from
:mod:`.counts_phrases` (subject counts: "<N> were killed"), which calls :func:`object_counts`
first and shares the tests of people and organisations (:func:`counts_people`,
:func:`organisation_bodies`) defined here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from narrlint.claims.counts_numbers import (
    Count,
    count_value,
    counted_phrase_end,
    hedge_start,
    is_as_hedge,
    lemma_at,
    loses_its_people,
    word,
)
from narrlint.claims.counts_quotes import scare_quoted
from narrlint.claims.counts_words import (
    AUXILIARIES,
    BE_LEMMAS,
    COUNTED_PEOPLE,
    COUNTERFACTUAL_MODALS,
    DEATH_NOUNS,
    DEPENDENT_WORDS,
    EUPHEMISM_VERBS,
    FAMILY_NOUNS,
    HEADLINE_VERBS,
    HEDGES,
    INJURED,
    INJURY_NOUNS,
    KILLED,
    LEFT_VERBS,
    LIVES_VERBS,
    LOSING_OPENERS,
    LOSING_VERBS,
    LOSS_LEMMAS,
    LOSS_NOUNS,
    MAX_NAMED_OBJECT,
    MAX_NAMED_TOKENS,
    NAMED_OBJECT_STOPS,
    NOT_HEADLINE_SUBJECTS,
    NOT_PEOPLE,
    OBJECT_CUES,
    OBJECT_VERBS,
    ORGANISATION_MODIFIERS,
    OTHERS_JOINS,
    PHRASAL_OBJECT_VERBS,
    PREDICATES,
    REPORT_ADVERBS,
)
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import sentence_bounds, where_lower
from narrlint.nlp.tokens import texts as doc_texts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def counterfactual(doc: Doc, verb: int) -> bool:
    """ "could have killed 100", "would have killed dozens", "could kill": deaths that did not
    happen (a modal of what might be, not "may have killed": a report unsure of its toll)."""
    before = word(doc, verb - 1)
    if before == "have":
        before = word(doc, verb - 2)
    return before in COUNTERFACTUAL_MODALS


def counts_people(doc: Doc, start: int, end: int) -> bool:
    """Do the words between a number and its predicate name people ("nine militants", "three
    FC men")? Words that count only people need them."""
    return any(
        t.lower_ in COUNTED_PEOPLE or (t.lower_.endswith("men") and t.is_alpha)
        for t in doc[start:end]
    )


def organisation_bodies(token: Token) -> bool:
    """ "government bodies", "bodies such as", "two bodies, the NDMA and …": organisations."""
    doc = token.doc
    if word(doc, token.i - 1) in ORGANISATION_MODIFIERS:
        return True
    after = (word(doc, token.i + 1), word(doc, token.i + 2))
    if after[0] in ("such", "like") or after == ("including", "the"):
        return True
    named = token.i + 3 < len(doc) and (doc[token.i + 3].is_upper or doc[token.i + 3].is_title)
    return after == (",", "the") and named


def object_counts(sentence: Span, numbers: Sequence[Span]) -> Iterator[Count]:
    """ "killed <N> soldiers", "claimed <N> lives", "left <N> dead"."""
    doc = sentence.doc
    by_start = {n.start: n for n in numbers}
    lowers = doc_lowers(doc)
    cues = where_lower(doc, OBJECT_CUES)  # once per doc: no loop over the sentence's words
    first = bisect_left(cues, sentence.start)
    for i in cues[first : bisect_left(cues, sentence.end, first)]:
        lower = lowers[i]
        token = doc[i]
        phrasal = PHRASAL_OBJECT_VERBS.get((word(doc, token.i - 1), lower))
        if phrasal is not None:
            kind = phrasal  # before OBJECT_VERBS: "fatally wounded six" kills them
        elif lower in OBJECT_VERBS and word(doc, token.i - 1) != "to":
            kind = OBJECT_VERBS[lower]
        elif lower in HEADLINE_VERBS and _headline_subject(doc, token.i, sentence.start):
            kind = HEADLINE_VERBS[lower]  # "Security forces kill 12 terrorists"
        elif (lower in DEATH_NOUNS or lower in LOSS_NOUNS) and _of_after(doc, token.i):
            if lower == "bodies" and organisation_bodies(token):
                continue
            kind = KILLED
        elif lower == "lives" and _lives_of(doc, token.i):
            kind = KILLED
        elif lower in LOSING_VERBS or lower == SENT:
            kind = KILLED  # "lost 12 soldiers", "sent 12 terrorists to hell": checked below
        elif lower in INJURY_NOUNS and word(doc, token.i + 1) == "to":
            kind = INJURED  # "caused injuries to four others": harm done to people
        elif lower in LIVES_VERBS or lower in LEFT_VERBS:
            kind = None
        else:
            continue
        if counterfactual(doc, token.i):
            continue  # "the bomb could have killed 100 people"
        if lower == "losing" and word(doc, i - 1) not in LOSING_OPENERS | FAMILY_NOUNS:
            continue  # "losing 12 soldiers would…", "the risk of losing 12 men"
        after = token.i + 1 if lower in INJURY_NOUNS else token.i  # past "to"
        if word(doc, token.i + 1) != "of" and _of_after(doc, token.i):
            after = token.i + 1  # past the adverb: "deaths supposedly of seventy people"
        number = _number_after(sentence, after, by_start)
        others = number is None and kind is not None and lower not in LOSING_VERBS | {SENT}
        if others:
            number = _others_after(sentence, token.i, by_start)
        if number is None:
            continue
        cue = f"{word(doc, i - 1)} {lower}" if phrasal is not None else lower
        if kind is None:
            end, kind = _lives_or_left_end(number, lower)
            if end is None:
                continue
            cue = lowers[end - 1]
        else:
            end = number.end + 1 if others else counted_phrase_end(number)
            if any(w in NOT_PEOPLE for w in lowers[number.end : end + 1]):
                continue
            if (
                lower in EUPHEMISM_VERBS
                or lower in LOSS_NOUNS
                or lower in INJURY_NOUNS
                or lower == "lives"
            ) and not (counts_people(doc, number.end, end) or _bare_bodies(lower, number, end)):
                continue  # "eliminated five hideouts", "the loss of 300 jobs", "injuries to 3"
            if lower in LOSING_VERBS and not loses_its_people(lowers, i, number.end, end):
                continue  # "lost 12 seats", "the party lost 12 members"
            if lower == SENT:
                if lowers[end : end + 2] != ["to", "hell"]:
                    continue  # "sent 12 people to hospital"
                end += 2
        start = token.i - 1 if phrasal is not None or scare_quoted(doc, token.i) else token.i
        if lower == "lives":  # "claimed (the) lives of 17 people"
            start = token.i - 2 if word(doc, token.i - 1) == "the" else token.i - 1
        yield Count(doc[start:end], number, count_value(number), kind, "object", cue)


def _bare_bodies(lower: str, number: Span, end: int) -> bool:
    """ "the bodies of five have been recovered": bodies of a number with no noun after it are
    people's (dev news-r11-cc-069), as "the loss of 300 jobs" or "the bodies of 40 cattle",
    with a noun of their own, are not."""
    return lower == "bodies" and end == number.end


def _headline_subject(doc: Doc, verb: int, start: int) -> bool:
    """A present-tense verb after its subject ("forces kill", "Blast injures") or after a
    comma that joins it to another ("Gunmen storm post, kill 12"): the word before is not
    "to", a modal or a negation."""
    if verb <= start:
        return False
    before = doc_lowers(doc)[verb - 1]
    return (before.isalpha() or before == ",") and before not in NOT_HEADLINE_SUBJECTS


SENT = "sent"
"""'sent <N> terrorists to hell': the object form of "<N> were sent to hell"."""


def is_people_noun(lower: str) -> bool:
    """A noun of people ("civilians", "policemen") after a number."""
    return lower in COUNTED_PEOPLE or (lower.endswith("men") and lower.isalpha())


def _others_after(sentence: Span, verb: int, by_start: dict[int, Span]) -> Span | None:
    """ "killing Maulana X, a senior leader of the party, along with four others": the
    number of a named victim's companions, the count the sentence gives."""
    doc = sentence.doc
    if lemma_at(doc, verb - 1) in BE_LEMMAS or word(doc, verb - 1) in AUXILIARIES:
        return None  # "were killed and 30 others injured": the others have their own verb
    if word(doc, verb + 1) in OTHERS_JOINS or not doc[verb + 1 : verb + 2].text.strip():
        return None  # no named victim before the others
    budget = MAX_NAMED_OBJECT
    words = doc_texts(doc)
    for i in range(verb + 1, min(sentence.end, verb + MAX_NAMED_TOKENS)):
        if words[i].isalpha() and words[i].islower():  # a token's is_alpha and is_lower
            budget -= 1
            if budget < 0:
                return None
        if i in by_start:
            number = by_start[i]
            joined = word(doc, hedge_start(doc, i, verb + 1) - 1) in OTHERS_JOINS
            after = word(doc, number.end + 1)
            own_verb = after in PREDICATES or after in AUXILIARIES
            people = is_people_noun(word(doc, number.end))  # "a policeman and 11 civilians"
            if joined and (word(doc, number.end) in DEPENDENT_WORDS or people) and not own_verb:
                return number
            return None
        if doc[i].lower_ in NAMED_OBJECT_STOPS or doc[i].is_quote:
            return None
    return None


def _of_after(doc: Doc, i: int) -> bool:
    """ "deaths of 70 people", or with an adverb between ("deaths supposedly of seventy
    people", "the deaths reportedly of 12")."""
    after = word(doc, i + 1)
    return after == "of" or (
        after.endswith("ly") and doc[i + 1].is_alpha and word(doc, i + 2) == "of"
    )


def _lives_of(doc: Doc, i: int) -> bool:
    """ "claimed (the) lives of 17 people", "cost the lives of": not "improved the lives of"."""
    verb = i - 2 if word(doc, i - 1) == "the" else i - 1
    return word(doc, i + 1) == "of" and (
        word(doc, verb) in LIVES_VERBS or lemma_at(doc, verb) in LOSS_LEMMAS
    )


def _number_after(sentence: Span, verb: int, by_start: dict[int, Span]) -> Span | None:
    """The number right after a verb, hedges allowed ("killed at least 12"), "all" before
    it ("killed all five militants": the whole group, counted), and the closing mark of scare
    quotes around the verb alone ('“neutralised” 11 terrorists': the writer's distance from
    the word, not a quotation of anyone's) or an adverb of hearsay right after the verb."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    for i in range(verb + 1, min(sentence.end, verb + 5)):
        if i in by_start:
            return by_start[i]
        if i == verb + 1 and (scare_quoted(doc, verb) or lowers[i] in REPORT_ADVERBS):
            continue  # "claimed reportedly more than 2,000 lives": no one named, no source
        if lowers[i] == "as" and not is_as_hedge(lowers, i):
            return None  # "30 injured as two vehicles exploded": a clause, not a hedge
        if lowers[i] not in HEDGES and not (i == verb + 1 and lowers[i] in ("of", "all")):
            return None
    return None


def _lives_or_left_end(number: Span, verb: str) -> tuple[int | None, str]:
    """ "claimed <N> lives" and "left <N> (people) dead|injured": the casualty word's end."""
    doc = number.doc
    for i in range(number.end, min(number.end + 3, sentence_bounds(doc, number.end - 1)[1])):
        lower = doc[i].lower_
        if verb in LIVES_VERBS and lower == "lives":
            return i + 1, KILLED
        if verb in LEFT_VERBS and lower in PREDICATES and lower != "lives":
            return i + 1, PREDICATES[lower]
        if not doc[i].is_alpha:
            break
    return None, KILLED
