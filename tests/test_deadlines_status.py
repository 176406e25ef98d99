"""A status that befalls people at a cut-off (round 12): "after May 31 they will be treated as
illegal aliens", "will be declared illegal migrants beyond …", "will be deemed to be illegal
residents from …" give the cut-off as an enforcement word does, and the status's words ("illegal
aliens") are what the people become, not the group the order is for. Values are read from the
loaded ledger (the ACC and PoR phases). Look-alikes stay silent: another country's order, a date
of arrival or of a statement, a past report, a negated status and a status that is no
unlawfulness ("treated as refugees")."""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

ACC = "ifrp_phase2_acc"
POR = "ifrp_phase3_por"

STATUS_FORMS = (
    "After {date}, {group} will be treated as illegal aliens.",
    "Thousands of {group} live in Pakistan but after {date} they will be treated as "
    "illegal aliens.",
    "{Group} will be considered illegal foreigners after {date}, officials said.",
    "The interior ministry said {group} would be declared illegal migrants beyond {date}.",
    "{Group} still in the country after {date} will be deemed to be illegal residents.",
)
GROUPS = {ACC: "ACC holders", POR: "PoR card holders"}

LOOK_ALIKES = (
    "After {date}, Afghans in Iran will be treated as illegal aliens, Tehran said.",
    "Iran said Afghan card holders would be declared illegal after {date}.",
    "{Group} who arrived after {date} will be treated as illegal aliens.",
    "After {date}, {group} were treated as illegal aliens.",
    "After {date}, {group} will not be treated as illegal aliens.",
    "After {date}, {group} will be treated as refugees.",
    "{Group} will be treated as illegal aliens, the minister said on {date}.",
)


@pytest.fixture
def orders(seed_corpus):
    found = seed_corpus.ledger.deadlines
    if ACC not in found or POR not in found:
        pytest.skip("the ledger lacks the orders these cases are built on")
    return found


def _cases(orders):
    """(order, right day, wrong day, text date): the ACC phase's wrong day two months later,
    the PoR phase's a month earlier (a later one could be an extension the ledger lacks)."""
    acc, por = orders[ACC], orders[POR]
    yield ACC, acc.date, acc.date + dt.timedelta(days=61), acc.announced + dt.timedelta(days=14)
    yield POR, por.date - dt.timedelta(days=1), por.date - dt.timedelta(days=32), por.announced


def _text(form: str, order: str, day: dt.date) -> str:
    group = GROUPS[order]
    return form.format(date=month_day(day), group=group, Group=group[0].upper() + group[1:])


def test_a_status_at_a_cut_off_gives_the_cut_off(seed_corpus, orders):
    wrong = []
    for order, right, bad, when in _cases(orders):
        for form in STATUS_FORMS:
            for day, expected in ((right, []), (bad, ["NL101"])):
                text = _text(form, order, day)
                if codes(seed_corpus, text, when.isoformat()) != expected:
                    wrong.append(f"{when}: {text}")
    assert wrong == []


def test_a_status_look_alike_stays_silent(seed_corpus, orders):
    loud = []
    for order, _, bad, when in _cases(orders):
        for form in LOOK_ALIKES:
            text = _text(form, order, bad)
            if codes(seed_corpus, text, when.isoformat()):
                loud.append(f"{when}: {text}")
    assert loud == []


ENTRY = "entry_document_rule"
ENTRY_FORMS = (
    "After {date}, no person will be able to enter Pakistan without passport and visa.",
    "No one will be allowed to enter Pakistan without a passport and visa after {date}.",
    "From {date}, foreigners cannot enter the country without valid passports and visas.",
    "Foreigners will not be permitted to enter Pakistan without a passport and visa after {date}.",
)
ENTRY_LOOK_ALIKES = (
    "After {date}, no person will be able to enter Iran without passport and visa.",
    "After {date}, Afghans will be able to enter Pakistan without a visa.",
    "Afghans who entered Pakistan without a visa after {date} will be deported.",
    "After {date}, no person will be able to enter the stadium without a ticket.",
)


def test_entry_barred_without_papers_gives_the_cut_off(seed_corpus):
    """Entry barred without papers past a date is the entry rule's requirement of papers (the
    same cut-off as "will require a passport and visa from …"); a month later is reported."""
    rule = seed_corpus.ledger.deadlines.get(ENTRY)
    if rule is None or rule.date is None:
        pytest.skip("the ledger lacks the entry rule")
    when = (rule.date - dt.timedelta(days=29)).isoformat()
    wrong = rule.date + dt.timedelta(days=30)
    misread = [
        f"{day}: {form}"
        for form in ENTRY_FORMS
        for day, expected in ((rule.date, []), (wrong, ["NL101"]))
        if codes(seed_corpus, form.format(date=month_day(day)), when) != expected
    ]
    assert misread == []
    loud = [
        form
        for form in ENTRY_LOOK_ALIKES
        if codes(seed_corpus, form.format(date=month_day(wrong)), when)
    ]
    assert loud == []
