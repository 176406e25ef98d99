"""Words of enforcement before "from <date>" (issue 11, round 6): a plan "to send back illegal
migrants from …", a border rule that "will require a passport and visa from …", a regime "to be
implemented from …", passports "mandatory … from …", "action will be taken from …" give the day
an order starts to bite. The grid reads the orders' enforcement starts from the loaded ledger:
the recorded day stays silent, a month later is reported; the same words with no order of the
ledger stay silent."""

import datetime as dt

from .deadlines_support import reported

FORMS = {
    "ifrp_phase1": (
        "The government has prepared a plan to send back illegal migrants from {date}.",
        "Illegal immigrants will be sent back to Afghanistan from {date}, the minister said.",
        "Action will be taken from {date} against illegal foreigners who have not left.",
    ),
    "entry_document_rule": (
        "Any crossing at the Afghan border will require a valid passport and visa from {date}.",
        "Passports and visas will be mandatory for crossing the border from {date}.",
        "The one document regime will be implemented at the border from {date}.",
        "Passports and visas for crossing the border will be required, effective from {date}.",
    ),
}
LOOK_ALIKES = (
    "The UN will send a team of doctors to Peshawar from {date}.",
    "Hospitals in Quetta will require more staff from {date}.",
    "The new syllabus will be implemented in schools from {date}.",
    "The new fares will take effect from {date}, the railways said.",
)


def _start(deadline) -> dt.date:
    return deadline.enforcement_from or deadline.date


def _when(deadline) -> str:
    """A text written before the order bites."""
    return (_start(deadline) - dt.timedelta(days=10)).isoformat()


def test_an_enforcement_word_before_from_gives_the_start(seed_corpus):
    mismatched = []
    for order, forms in FORMS.items():
        deadline = seed_corpus.ledger.deadlines[order]
        start = _start(deadline)
        for form in forms:
            for day, bad in ((start, False), (start + dt.timedelta(days=30), True)):
                text = form.format(date=f"{day:%B} {day.day}")
                codes = [c for c, _, _ in reported(seed_corpus, text, _when(deadline))]
                if codes != (["NL101"] if bad else []):
                    mismatched.append((text, bad))
    assert mismatched == []


def test_the_same_words_without_an_order_stay_silent(seed_corpus):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    wrong = _start(deadline) + dt.timedelta(days=30)
    texts = [form.format(date=f"{wrong:%B} {wrong.day}") for form in LOOK_ALIKES]
    assert [t for t in texts if reported(seed_corpus, t, _when(deadline))] == []
