"""What began, in a report of a start: the campaign of the ledger's orders ("began expelling",
"launched a crackdown", "the first round of deportations began", "the process of deporting
Afghans started", "launched the second phase of its Illegal Foreigners Repatriation Plan"), not
another thing ("talks on deportation began", "Iran began deporting Afghans", "the second phase
of the polio drive"). Split from :mod:`narrlint.claims.dates_starts`, which reads the time and
the event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.counts_quotes import QUOTE_MARKS
from narrlint.claims.dates_clues import clues_of
from narrlint.claims.dates_lexicon import Lexicon
from narrlint.claims.dates_words import (
    AUXILIARY_VERBS,
    CAMPAIGN_LEMMAS,
    DETERMINERS,
    DRIVE_MODIFIERS,
    DRIVE_NOUNS,
    ISSUED_NOUNS,
    POSSESSIVES,
    PROCESS_NOUNS,
    ROUND_NOUNS,
    STARTED_PARTICIPLES,
    SUBORDINATORS,
    VOLUNTARY_WORDS,
)
from narrlint.nlp.quantities import ORDINALS, month_of
from narrlint.nlp.tokens import lemma_lowers, sentence_at
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.vocabulary import DEPARTURE_LEMMAS, RELATIVES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REACH = 8
"""Words from the verb of starting to its time ("began expelling Afghan refugees last year")."""
CLAUSE_ENDS = {",", ";", ":", "—", "–"}
"""Marks that end the verb's clause before a later time."""
MODIFIER_REACH = 3
"""Words before the head of what began ("launched separate campaigns", "a nationwide crackdown")."""
ROUND_LEAD_INS = {"in", "during", *DETERMINERS}
"""Words before the ordinal of a bare round ("In the first phase")."""
PLAN_NAME_REACH = 8
"""Words after "the second phase of" that may name the plan."""


def campaign_started(sentence: Span, verb: int, lexicon: Lexicon) -> bool:
    """What began is the campaign: the verb's object ("began expelling", "launched a
    crackdown", "began a campaign of mass deportations"), or its subject's head ("deportations
    began", "the first round of deportations began", "the process of deporting Afghans
    started", "Pakistan's deportation drive began", "the crackdown, which began …", "the
    campaign, launched in …"), not another thing ("talks on deportation began")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    subject = subject_of_verb(sentence, verb)
    start, end = subject.start, subject.end
    if plan_by_name(subject, lexicon):
        return True  # "The Illegal Foreigners Repatriation Program, initiated last November"
    if foreign_agent(doc, start, end, lexicon):
        return False  # "Iran began deporting Afghans"
    if _names_campaign(doc, verb + 1, min(sentence.end, verb + 6)):
        return True
    if _round_of_plan(sentence, verb + 1, lexicon):
        return True
    if _drive_launched_to(sentence, verb):
        return True
    start = _clause_subject_start(lowers, start, end)
    return _names_campaign(doc, start, end) or _round_of_campaign(sentence, start, end, lexicon)


def _clause_subject_start(lowers: list[str], start: int, end: int) -> int:
    """Where the subject of the verb's own clause starts: after the last subordinator before
    the verb, at the sentence's start ("Since the deportation drive began …") or after a main
    clause ("… have returned since the crackdown began on …", "… fled after deportations
    started in …"): the main clause's words are not what began."""
    for k in range(end - 1, start - 1, -1):
        if lowers[k] in SUBORDINATORS:
            return k + 1
    return start


def plan_by_name(words: Span, lexicon: Lexicon) -> bool:
    """What began is the plan by its proper name ("The Illegal Foreigners Repatriation
    Program, initiated last November, …", "the IFRP, launched in …", "Pakistan's Illegal
    Foreigners Repatriation Plan, which began …"): every word after determiners and a known
    possessor is capitalized and the words name a national order's plan. A plan named in lower
    case ("the repatriation plan, launched in …") may be anyone's (UNHCR's, a province's), and
    another country's ("Iran's Repatriation Plan") is not the ledger's: both left alone."""
    doc = words.doc
    lowers = doc_lowers(doc)
    k = words.start
    while k < words.end and (
        lowers[k] in DETERMINERS
        or lowers[k] in POSSESSIVES
        or (doc[k].is_title and k + 1 < words.end and lowers[k + 1] in POSSESSIVES)
    ):
        k += 1  # "the", "Pakistan's"
    if foreign_agent(doc, words.start, k, lexicon):
        return False  # "Iran's Repatriation Plan"
    name = [t for t in doc[k : words.end] if t.is_alpha]
    if not name or any(t.is_stop or not (t.is_title or t.is_upper) for t in name):
        return False  # "Talks on the … Program began": not the plan's name alone
    return bool(_plan_ids(words, lexicon))


PURPOSE_REACH = 3
"""Words from the "to" of a purpose to its verb ("to arrest and deport …")."""


def _drive_launched_to(sentence: Span, verb: int) -> bool:
    """A drive named by its purpose after the participle: "a broader campaign launched in
    November 2022 to arrest and deport Afghan nationals" (not "… to vaccinate children")."""
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    if verb <= sentence.start or lowers[verb] not in STARTED_PARTICIPLES:
        return False
    if lemmas[verb - 1] not in PROCESS_NOUNS:
        return False
    for k in range(verb + 1, min(sentence.end, verb + REACH + PURPOSE_REACH)):
        if lowers[k] in CLAUSE_ENDS:
            return False
        if lowers[k] == "to":
            reach = range(k + 1, min(sentence.end, k + 1 + PURPOSE_REACH))
            return any(lemmas[j] in CAMPAIGN_LEMMAS for j in reach)
    return False


def subject_of_verb(sentence: Span, verb: int) -> Span:
    """The words before the verb of starting in its clause, or the antecedent of its relative
    or participle ("the crackdown, which began …", "the campaign, launched in …")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    start = verb
    while start > sentence.start and not _breaks(doc[start - 1]):
        start -= 1
    end = verb
    while end > start and lowers[end - 1] in AUXILIARY_VERBS | {"were", "been", "had"}:
        end -= 1
    if start + 1 == end and lowers[start] in RELATIVES:
        end = start  # "which began", "that began": the antecedent before it
        while start > sentence.start and not _breaks(doc[start - 1]):
            start -= 1
    elif end - 1 > start and lowers[end - 1] in RELATIVES:
        # "part of a larger deportation drive that began …": the noun phrase before it
        end -= 1
        start = _phrase_start(doc, end, start)
    if start == end and start - 1 > sentence.start and lowers[start - 1] == ",":
        end = start - 1  # "the crackdown, which began …", "the campaign, launched in …"
        start = end
        while start > sentence.start and not _breaks(doc[start - 1]):
            start -= 1
    return doc[start:end]


def _breaks(token: Token) -> bool:
    """A mark that ends a phrase: not quotation marks around a word the writer keeps at a
    distance ('a drive targeting "illegal" foreigners that was launched …')."""
    return token.is_punct and token.text not in QUOTE_MARKS


def _phrase_start(doc, end: int, floor: int) -> int:
    """Where the noun phrase ending before ``end`` starts: back over its content words and
    determiners, and over an "of" to the phrase it belongs to ("a repatriation drive of
    foreign citizens"); not past ``floor``."""
    lowers = doc_lowers(doc)
    start, kept = end, end
    while start > floor:
        token = doc[start - 1]
        if _breaks(token) or (token.is_stop and lowers[start - 1] not in DETERMINERS):
            if lowers[start - 1] == "of" and start - 1 > floor and start < end:
                kept = start
                start -= 1  # step over "of" to its head's phrase
                continue
            break
        start -= 1
    return kept if lowers[start] == "of" else start


def _plan_ids(words: Span, lexicon: Lexicon) -> frozenset[str]:
    """The national orders the words name by the ledger's name for their plan ("the Illegal
    Foreigners Repatriation Plan", "the repatriation plan"), not by a word of it ("the plan's
    second day")."""
    if len(words) < 2:
        return frozenset()
    named = clues_of(words, lexicon).subjects
    return frozenset(p.id for p in lexicon.profiles if p.national and p.deadline.id in named)


def _names_campaign(doc, start: int, end: int) -> bool:
    """The noun phrase at ``start`` is the campaign: its head after determiners, ordinals and
    a possessor is a word of it ("deportations", "the deportation drive", "Pakistan's
    crackdown"), or a round or process "of" it ("the first round of deportations", "a
    campaign of mass deportations")."""
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    k = start
    while k < end and (
        lowers[k] in DETERMINERS
        or lowers[k] in ORDINALS
        or lowers[k] in POSSESSIVES
        or (doc[k].is_title and k + 1 < end and lowers[k + 1] in POSSESSIVES)
    ):
        k += 1  # "the first", "Pakistan's"
    for j in range(k, min(end, k + MODIFIER_REACH)):  # "separate campaigns", "a nationwide …"
        if lemmas[j] in CAMPAIGN_LEMMAS or lemmas[j] in PROCESS_NOUNS or lowers[j] in ISSUED_NOUNS:
            k = j
            break
        if not (doc[j].is_alpha and doc[j].is_lower) or doc[j].is_stop:
            break
    if k >= end:
        return False
    if lemmas[k] in CAMPAIGN_LEMMAS:
        return True
    if lowers[k] in ISSUED_NOUNS and k + 1 == end:
        return True  # "since a government ultimatum began on …": the order's own start
    if lemmas[k] in DRIVE_NOUNS and k > start and lowers[k - 1] in DRIVE_MODIFIERS:
        # "a larger repatriation drive": the campaign, not returns ("voluntary repatriation",
        # "the repatriation process began in 2002")
        return VOLUNTARY_WORDS.isdisjoint(lowers[start:k])
    if lemmas[k] not in PROCESS_NOUNS or k + 1 >= end or lowers[k + 1] not in ("of", "to"):
        return False  # "a campaign of mass deportations", "campaigns to expel foreigners"
    return any(lemmas[j] in CAMPAIGN_LEMMAS for j in range(k + 2, min(end, k + 5)))


def _round_of_campaign(sentence: Span, start: int, end: int, lexicon: Lexicon) -> bool:
    """A bare round ("In the first phase, launched in …", "the second round, which began …")
    is the campaign's when this sentence or the one before names the campaign ("This marks the
    second phase of Pakistan's deportation drive."), not a polio drive's phase."""
    doc = sentence.doc
    lowers, lemmas = doc_lowers(doc), lemma_lowers(doc)
    k = start
    while k < end and lowers[k] in ROUND_LEAD_INS:
        k += 1  # "In the first phase"
    if not (k + 1 < end and lowers[k] in ORDINALS and not lowers[k].isdigit()):
        return False
    if k + 2 != end or lowers[k + 1] not in ROUND_NOUNS:
        return False  # "the first phase of the polio drive": what it is a round of decides
    context = [sentence]
    if sentence.start > 0:
        context.insert(0, sentence_at(doc, sentence.start - 1))
    for words in context:
        if any(lemmas[j] in CAMPAIGN_LEMMAS for j in range(words.start, words.end)):
            return True
        if _plan_ids(words, lexicon):
            return True
    return False


def _round_of_plan(sentence: Span, start: int, lexicon: Lexicon) -> bool:
    """The object is a round of a plan the ledger names: "launched the second phase of its
    Illegal Foreigners Repatriation Plan", "began phase two of the IFRP" (the plan's own name,
    not "the second phase of the polio campaign")."""
    doc = sentence.doc
    lowers = doc_lowers(doc)
    k = start
    while k < sentence.end and (lowers[k] in DETERMINERS or lowers[k] in ORDINALS):
        k += 1
    if k >= sentence.end or lowers[k] not in ROUND_NOUNS:
        return False
    if k == start or lowers[k - 1] not in ORDINALS:  # "the second phase"
        k += 1  # "phase two"
        if k >= sentence.end or lowers[k] not in ORDINALS:
            return False
    if k + 1 < sentence.end and lowers[k + 1] == "to":
        return _round_to_remove(sentence, k + 2)  # "launched the second phase to repatriate …"
    if k + 1 >= sentence.end or lowers[k + 1] != "of":
        return False
    return bool(_plan_ids(doc[k + 2 : min(sentence.end, k + 2 + PLAN_NAME_REACH)], lexicon))


def _round_to_remove(sentence: Span, verb: int) -> bool:
    """A round's purpose is to remove people ("the second phase to repatriate the Afghan
    refugees", "the first phase to deport …"): a verb of departure or of the campaign, not a
    voluntary one ("the second phase to voluntarily repatriate …") nor another purpose ("the
    second phase to vaccinate children")."""
    lemmas = lemma_lowers(sentence.doc)
    if verb < sentence.end and doc_lowers(sentence.doc)[verb] in VOLUNTARY_WORDS:
        return False
    return verb < sentence.end and lemmas[verb] in DEPARTURE_LEMMAS | CAMPAIGN_LEMMAS


def foreign_agent(doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """Before the verb, a name the ledger does not know ("Iran", "Turkish police"): another
    country's campaign. A subject that joins the ledger's country to another ("Iran and
    Pakistan launched separate campaigns …") names the ledger's campaign too."""
    lowers = doc_lowers(doc)
    words = lowers[start:end]
    if "and" in words and any(
        lexicon.countries.get(w) == doc[k].text
        for k, w in zip(range(start, end), words, strict=True)
    ):
        return False
    for k in range(start, end):
        token = doc[k]
        lower = token.lower_
        if not (token.is_title and token.is_alpha and len(lower) >= 3) or token.is_stop:
            continue
        if lower in lexicon.known or month_of(token) is not None:
            continue
        lemma = token.lemma_.lower()
        if lexicon.common is not None and (lower in lexicon.common or lemma in lexicon.common):
            continue  # "Authorities began …"
        if token.lemma_.lower() in CAMPAIGN_LEMMAS or lower in PROCESS_NOUNS:
            continue  # "Deportations began …" opening the sentence
        return True
    return False
