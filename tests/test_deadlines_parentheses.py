"""A name spelled out in parentheses between an extension and its new cut-off (issue 11, round
6): "a one-year extension of the validity of Proof of Registration (PoR) cards of 1.45 million
Afghan refugees until …" is as near its verb as the same words without the parenthesis. The grid
reads the PoR chain's extensions from the loaded ledger (each text dated a few days after the
extension was announced): the new cut-off stays silent, a month later is reported; the same
length of words with no extension stays silent."""

import datetime as dt

from .deadlines_support import reported

FORMS = (
    "The federal cabinet approved an extension of the validity of Proof of Registration (PoR) "
    "cards of 1.45 million Afghan refugees until {date}.",
    "The cabinet extended the validity of the Proof of Registration (PoR) cards (the refugees' "
    "only legal document) held by Afghan refugees until {date}.",
)
LOOK_ALIKE = (
    "The federal cabinet approved an extension of the mandate of the Commissionerate for "
    "Afghan Refugees (CAR), which met Proof of Registration (PoR) card holders until {date}."
)


def _links(corpus):
    chain = corpus.ledger.deadlines["por_validity_chain"]
    return [
        (link.announced, link.date)
        for link in chain.chain()
        if link.announced and link.previous and link.date
    ]


def _text(form: str, day: dt.date) -> str:
    return form.format(date=f"{day:%B} {day.day}, {day.year}")


def test_an_extension_reaches_past_a_parenthesis(seed_corpus):
    mismatched = []
    for announced, new in _links(seed_corpus):
        when = (announced + dt.timedelta(days=3)).isoformat()
        for form in FORMS:
            for day, bad in ((new, False), (new + dt.timedelta(days=30), True)):
                codes = [c for c, _, _ in reported(seed_corpus, _text(form, day), when)]
                if codes != (["NL101"] if bad else []):
                    mismatched.append((_text(form, day), when, codes))
    assert mismatched == []


def test_the_same_words_without_an_extension_stay_silent(seed_corpus):
    loud = []
    for announced, new in _links(seed_corpus):
        when = (announced + dt.timedelta(days=3)).isoformat()
        text = _text(LOOK_ALIKE, new + dt.timedelta(days=30))
        if reported(seed_corpus, text, when):
            loud.append(text)
    assert loud == []
