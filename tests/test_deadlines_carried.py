"""Whom a sentence that names no group is about, carried from the text before it (issue 11,
round 12): "Their deadline to leave was …" after a sentence naming ACC holders is their order
(a deadline "to leave" refers back as "the deadline" does; "to apply for visas" is a purpose of
its own), and a capitalised function word opening a sentence ("While individuals who …") is no
people's name that would make the sentence about other people. Orders and values come from the
loaded seed ledger, never written in a test."""

import datetime as dt

import pytest

from .deadlines_support import codes, month_day

# ---------------------------------------------------------------------------------------------
# "Their deadline to leave was …": the group of the sentence before

GROUPS = {
    "ifrp_phase2_acc": ("Afghan Citizen Card (ACC) holders", "ACC holders"),
    "ifrp_phase1": ("undocumented Afghans", "illegal foreigners"),
}
BEFORE = (
    "He also stated that there will be no extension for {group}.",
    "The minister said {group} would get no more time.",
    "Officials ruled out any relief for {group} on Thursday.",
)
CARRIED = (
    "Their deadline to leave was {day}.",
    "The deadline to leave the country was {day}.",
    "Their deadline to depart Pakistan is {day}.",
    "The deadline to return home was {day}, he added.",
)


def _when(corpus, order: str) -> str:
    return (corpus.ledger.deadlines[order].announced + dt.timedelta(days=10)).isoformat()


def test_a_deadline_to_leave_takes_the_group_before_grid(seed_corpus):
    """The recorded cut-off silent, a month earlier NL101, for every pair of sentences."""
    wrong = []
    for order, groups in GROUPS.items():
        right = seed_corpus.ledger.deadlines[order].date
        when = _when(seed_corpus, order)
        for group in groups:
            for before in BEFORE:
                for shape in CARRIED:
                    for day, expected in ((right, []), (right - dt.timedelta(days=59), ["NL101"])):
                        text = f"{before.format(group=group)} {shape.format(day=month_day(day))}"
                        if codes(seed_corpus, text, when) != expected:
                            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        # a deadline with a purpose of its own, not the order of the group before
        "He also stated that there will be no extension for ACC holders. The deadline to apply "
        "for visas is {day}.",
        "He also stated that there will be no extension for ACC holders. The deadline to "
        "register their births was {day}.",
        # other people before: a hotel's guests, not the orders' people
        "Journalists covering the talks were asked to register with the ministry. Their "
        "deadline to leave the hotel was {day}, the organisers said.",
        "Journalists covering the talks were asked to register with the ministry. The deadline "
        "to leave was {day}.",
    ],
)
def test_a_deadline_for_another_purpose_stays_silent(seed_corpus, text):
    when = _when(seed_corpus, "ifrp_phase2_acc")
    wrong = seed_corpus.ledger.deadlines["ifrp_phase2_acc"].date - dt.timedelta(days=59)
    assert codes(seed_corpus, text.format(day=month_day(wrong)), when) == []


# ---------------------------------------------------------------------------------------------
# "While individuals who …": a function word opening the sentence is no people's name

OPENERS = (
    "While individuals who voluntarily leave the country receive assistance, those who fail to "
    "comply will be detained and deported after {day}.",
    "Although families who leave on their own get help, those who fail to comply will be "
    "arrested after {day}.",
    "Whereas people who go home willingly are helped, those who stay will be deported after {day}.",
    "As families who depart receive support, those who remain will face arrest after {day}.",
)


@pytest.mark.parametrize("shape", OPENERS)
def test_an_opening_function_word_names_no_people(seed_corpus, shape):
    """Against the undocumented's order in force (enforcement after its cut-off)."""
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (deadline.date + dt.timedelta(days=11)).isoformat()
    later = deadline.date + dt.timedelta(days=30)
    assert codes(seed_corpus, shape.format(day=month_day(later)), when) == ["NL101"]
    assert codes(seed_corpus, shape.format(day=month_day(deadline.date)), when) == []


@pytest.mark.parametrize(
    "text",
    [
        # other people, other authorities: the order of none of the ledger's
        "While Iranians who leave receive assistance, those who fail to comply will be "
        "detained after {day}.",
        "While Tajik workers who leave receive assistance, those who fail to comply will be "
        "deported after {day}.",
        "While individuals who voluntarily leave Iran receive assistance, those who fail to "
        "comply will be deported by Tehran after {day}.",
    ],
)
def test_an_opening_function_word_look_alikes(seed_corpus, text):
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (deadline.date + dt.timedelta(days=11)).isoformat()
    later = deadline.date + dt.timedelta(days=30)
    assert codes(seed_corpus, text.format(day=month_day(later)), when) == []


# ---------------------------------------------------------------------------------------------
# "… those required to leave the country. The deadline, initially set for …": the sentence
# before names the order's people by what they must do, not by a group

NO_GROUP_BEFORE = (
    "Only one day remains for those required to leave the country under the order issued by "
    "the government.",
    "Time is running out for those who have been told to leave the country.",
    "Police say those ordered to leave the country must go now.",
)
REFERRING = (
    "The deadline, initially set for {day}, has now entered its last few hours.",
    "The deadline, which was set for {day}, ends tonight.",
    "The deadline, initially set for {day}, expires at midnight.",
)


@pytest.mark.parametrize("order", ["ifrp_phase1", "ifrp_phase2_acc"])
def test_the_deadline_after_people_told_to_leave_grid(seed_corpus, order):
    """The order in force the day before its cut-off: recorded day silent, 18 days early
    NL101."""
    right = seed_corpus.ledger.deadlines[order].date
    when = (right - dt.timedelta(days=1)).isoformat()
    wrong = []
    for before in NO_GROUP_BEFORE:
        for shape in REFERRING:
            for day, expected in ((right, []), (right - dt.timedelta(days=18), ["NL101"])):
                text = f"{before} {shape.format(day=month_day(day))}"
                if codes(seed_corpus, text, when) != expected:
                    wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize(
    "before",
    [
        "Only one day remains for journalists required to leave the hotel.",
        "Time is running out for Afghans in Iran who have been told to leave the country.",
        "Those wishing to leave the country could do so, officials said.",
    ],
)
def test_the_deadline_after_other_people_stays_silent(seed_corpus, before):
    right = seed_corpus.ledger.deadlines["ifrp_phase2_acc"].date
    when = (right - dt.timedelta(days=1)).isoformat()
    text = f"{before} {REFERRING[0].format(day=month_day(right - dt.timedelta(days=18)))}"
    assert codes(seed_corpus, text, when) == []
