"""A start of the campaign told in a subordinate clause after the main clause (round 23): "…
have gone home since the crackdown began on <day>", "… fled after deportations started in
<month year>", "… since the official ultimatum began on <day>" (an ultimatum, the order
itself, begins as the campaign does). The main clause's words are not what began: the subject
of the verb of starting is read after the last subordinator, as at a sentence's start ("Since
the deportation drive began …"). Values come from the loaded ledger (the campaign's first
enforcement start): the recorded day stays silent, a month later is reported. Look-alikes of
the same shape (talks that began, another country's campaign or ultimatum, a new wave) stay
silent."""

import datetime as dt

from .deadlines_support import codes, full_day

FORMS = (
    "More than 300,000 people have gone back across the border since the crackdown began on {day}.",
    "Thousands of families packed up their shops after deportations started on {day}, traders "
    "said.",
    "Aid groups have counted returning families every day since the deportation drive was "
    "launched on {day}.",
    "Hundreds of thousands have crossed into Afghanistan since the official ultimatum began on "
    "{day}.",
)
LOOK_ALIKES = (
    "More than 300,000 people have gone back across the border since talks began on {day}.",
    "Iran has sent thousands of families back across the border since the crackdown began on "
    "{day}.",
    "Thousands of families packed up their shops after a new wave of deportations started on "
    "{day}.",
    "Hundreds of thousands have crossed into Afghanistan since Iran's ultimatum began on {day}.",
)


def _first_order(corpus):
    """The national order whose enforcement began first: what "the crackdown" means."""
    orders = [d for d in corpus.ledger.deadlines.values() if d.enforcement_from is not None]
    return min(orders, key=lambda d: d.enforcement_from)


def _days(corpus):
    """(the recorded start, a day a month later, a text date a year after the start)."""
    start = _first_order(corpus).enforcement_from
    return start, start + dt.timedelta(days=30), (start + dt.timedelta(days=365)).isoformat()


def test_a_start_in_a_clause_after_the_main_clause_is_held_to_the_record(seed_corpus):
    start, wrong_day, when = _days(seed_corpus)
    wrong = [
        text
        for form in FORMS
        for day, expected in ((start, []), (wrong_day, ["NL101"]))
        if codes(seed_corpus, text := form.format(day=full_day(day)), when) != expected
    ]
    assert wrong == []


def test_look_alikes_of_a_subordinate_start_stay_silent(seed_corpus):
    _, wrong_day, when = _days(seed_corpus)
    texts = [form.format(day=full_day(wrong_day)) for form in LOOK_ALIKES]
    assert [text for text in texts if codes(seed_corpus, text, when)] == []
