"""The groups readers that read the doc's word lists instead of building a spaCy Token per
index (round 21, performance): the office-name test of every group mention
(:func:`narrlint.claims.groups_offices.in_office_name`), the flow test of every number
given for a group (:func:`narrlint.claims.groups_flows.is_flow`), and the phrase, joined
group, restriction, ordinal, card-name and stay walks of the figure and holding readers.

They rest on the word lists saying what the Token attributes they replace say
(``is_title``, ``is_upper``, ``is_alpha`` from the text; ``lower_``; ``lemma_`` lower-cased;
``sent`` from :func:`narrlint.nlp.tokens.sentence_at`): checked at every token of the texts
below. The office test is also compared with its Token reading at every span of up to four
words, and the flow test is pinned on flows and on look-alikes that give a group's size.
The sentences are invented.
"""

import datetime as dt

import pytest

from narrlint.claims.groups import lexicon
from narrlint.claims.groups_flows import is_flow
from narrlint.claims.groups_offices import (
    NAME_GLUE,
    OFFICE_LINKS,
    OFFICE_NOUNS,
    OFFICE_REACH,
    in_office_name,
)
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText
from narrlint.nlp.pipeline_data import TITLE
from narrlint.nlp.tokens import ents as doc_ents
from narrlint.nlp.tokens import lemma_lowers, sentence_at
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import texts as doc_texts


def _doc(corpus, text: str):
    linter = Linter([], corpus, date=dt.date(2025, 3, 20))
    return linter.parse(SourceText(text), "draft.md").doc


def _office_by_tokens(doc, start: int, end: int) -> bool:
    """The office test read from Tokens, as the reader read it before round 21."""
    types = doc_ents(doc)
    if types[start] == TITLE and all(types[i] == TITLE for i in range(start, end)):
        return True
    if not doc[end - 1].is_title:
        return False
    sent_start = doc[start].sent.start
    for j in range(start - 1, max(sent_start, end - OFFICE_REACH) - 1, -1):
        word = doc[j]
        office = word.lower_ in OFFICE_NOUNS and word.is_title and j + 1 < start
        if office and doc[j + 1].lower_ in OFFICE_LINKS:
            return all(
                doc[i].is_title or doc[i].is_upper or doc[i].lower_ in NAME_GLUE
                for i in range(j + 2, end)
            )
        if not (word.is_title or word.is_upper or word.lower_ in NAME_GLUE):
            return False
    return False


OFFICE_TEXTS = [
    "The Chief Commissioner for Afghan Refugees met the UN High Commissioner for Refugees.",
    "Officials at the Ministry of States and Frontier Regions spoke. Afghan Refugees Wait.",
    "Ticking Clock for Illegal Afghans. The Commissionerate for Afghan Refugees said so.",
    "The minister for refugees said the Minister for Refugees had met UNHCR staff.",
]


@pytest.mark.parametrize("text", OFFICE_TEXTS)
def test_the_office_test_reads_as_tokens_do(seed_corpus, text):
    doc = _doc(seed_corpus, text)
    spans = [(s, e) for s in range(len(doc)) for e in range(s + 1, min(len(doc), s + 4) + 1)]
    found = [(s, e) for s, e in spans if in_office_name(doc, s, e)]
    assert found == [(s, e) for s, e in spans if _office_by_tokens(doc, s, e)]
    assert found  # each text names an office: the comparison is not of two empty lists


@pytest.mark.parametrize("text", OFFICE_TEXTS)
def test_the_word_lists_say_what_tokens_say(seed_corpus, text):
    doc = _doc(seed_corpus, f"{text} Some 1.3 million Afghans, 'UNHCR-registered', left.")
    words, lowers, lemmas = doc_texts(doc), doc_lowers(doc), lemma_lowers(doc)
    by_lists = [
        (words[k].istitle(), words[k].isupper(), words[k].isalpha(), lowers[k], lemmas[k],
         sentence_at(doc, k).start)
        for k in range(len(doc))
    ]  # fmt: skip
    assert by_lists == [
        (t.is_title, t.is_upper, t.is_alpha, t.lower_, t.lemma_.lower(), t.sent.start) for t in doc
    ]


def _number_and_noun(doc, number: str, noun: str) -> tuple[int, int]:
    """The start of ``number`` and the end of the first ``noun`` after it."""
    words = [t.text for t in doc]
    start = words.index(number)
    return start, words.index(noun, start) + 1


@pytest.mark.parametrize(
    ("text", "number", "noun", "flow"),
    [
        ("Some 460,000 undocumented Afghans left the country.", "460,000", "Afghans", True),
        ("About 1,200 Afghan refugees have been deported so far.", "1,200", "refugees", True),
        ("Police said 700 Afghan refugees were sent back on Monday.", "700", "refugees", True),
        ("Officials have sent back 630,000 Afghans since October.", "630,000", "Afghans", True),
        ("Aid agencies say 80,000 Afghan refugees will return this year.", "80,000",
         "refugees", True),
        ("Some 90,000 Afghan refugees returning home crossed at Torkham.", "90,000", "refugees",
         True),
        # look-alikes: a size, a level, a plan's target, a stay
        ("The number of Afghan refugees has now reached 3,500,000 people.", "3,500,000",
         "people", False),
        ("The government announced the deportation of 170,000 Afghans.", "170,000", "Afghans",
         False),
        ("Some 800,000 Afghan refugees live in the country.", "800,000", "refugees", False),
        ("About 1,300,000 Afghans will remain after June.", "1,300,000", "Afghans", False),
    ],
)  # fmt: skip
def test_flows_are_read_from_the_word_lists(seed_corpus, text, number, noun, flow):
    doc = _doc(seed_corpus, text)
    start, phrase_end = _number_and_noun(doc, number, noun)
    assert is_flow(doc, lexicon(seed_corpus), None, start, phrase_end) is flow
