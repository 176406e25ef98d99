"""The day an order was made, people bound elsewhere, and a phase named as what came before
(round 7 false-alarm hunt: dt091, dt016, cc112). Values come from the loaded ledger: a date a
month past the recorded cut-off is reported where the text gives it as the cut-off, and stays
silent where it is the day an order was issued, the cut-off of people bound for other
countries, or a date of the order after a finished phase."""

import datetime as dt

from .deadlines_support import claims, reported

ISSUED_FORMS = (  # the date is the day the order was made: never a cut-off or a start
    "The federal cabinet issued an ultimatum on {day} to all undocumented foreigners.",
    "The government announced a deadline on {day} for illegal immigrants to leave the country.",
    "Officials handed illegal foreigners a final deadline on {day}.",
    "The interior ministry had issued directions to the provincial governments on {day} to "
    "begin the deportation of undocumented Afghans.",
    "The ministry issued fresh instructions to district police on {day} to start arresting "
    "illegal immigrants.",
    "The caretaker cabinet served a notice on {day} to all illegal foreigners to go home.",
    "The interior ministry had directed the provincial governments on {day} to begin deporting "
    "undocumented Afghans.",
    "Islamabad ordered all undocumented foreigners on {day} to leave the country.",
    "The apex committee issued a directive on {weekday} asking illegal immigrants to leave.",
)
CUT_OFF_FORMS = (  # look-alikes: the same orders with their cut-off, which is compared
    "The federal cabinet issued an ultimatum to all undocumented foreigners to leave by {day}.",
    "The government announced a deadline of {day} for illegal immigrants to leave the country.",
    "The interior ministry directed the provinces to begin deporting undocumented Afghans "
    "after {day}.",
    "The ultimatum given to undocumented foreigners expires on {day}.",
)


def _phase1_days(corpus):
    order = corpus.ledger.deadlines["ifrp_phase1"]
    last_day = min(a.date for a in order.equivalent_dates)  # "by November 1" = October 31
    when = order.announced + dt.timedelta(days=9)
    return order, last_day, when


def _written(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def test_the_day_an_order_was_made_is_no_cut_off(seed_corpus):
    _, last_day, when = _phase1_days(seed_corpus)
    wrong = last_day + dt.timedelta(days=30)
    weekday = when - dt.timedelta(days=2)  # a day of the text's week, before its date
    loud = [
        form
        for form in ISSUED_FORMS
        if reported(seed_corpus, form.format(day=_written(wrong), weekday=f"{weekday:%A}"),
                    when.isoformat())
    ]  # fmt: skip
    assert loud == []
    for form in ISSUED_FORMS:
        read = claims(seed_corpus, form.format(day=_written(wrong), weekday=f"{weekday:%A}"),
                      when.isoformat())  # fmt: skip
        assert [c.role for c in read] == ["announcement"], form


def test_an_order_with_its_cut_off_is_still_compared(seed_corpus):
    order, last_day, when = _phase1_days(seed_corpus)
    wrong, right = last_day + dt.timedelta(days=30), order.date
    for form in CUT_OFF_FORMS:
        found = [c for c, _, _ in reported(seed_corpus, form.format(day=_written(wrong)),
                                           when.isoformat())]  # fmt: skip
        assert found == ["NL101"], form
        assert reported(seed_corpus, form.format(day=_written(right)), when.isoformat()) == [], form


BOUND_ELSEWHERE_FORMS = (  # people moving on to other countries have cut-offs of their own
    "The minister asked Western countries to take Afghans who need to go to other countries "
    "back by {day}.",
    "Afghans who are to be relocated to other countries must leave Pakistan by {day}.",
    "Afghan nationals bound for Western countries have been told to leave by {day}.",
    "Afghans who want to move on to another country were given until {day} to leave.",
)
NOT_BOUND_FORMS = (  # look-alikes: where people come from, or no destination at all
    "Afghan nationals who came from other countries must leave Pakistan by {day}.",
    "Afghans and nationals of other countries must leave Pakistan by {day}.",
    "Afghans must leave Pakistan by {day} or be deported to Afghanistan.",
    "Afghan nationals who need to go home must leave by {day}.",
)


def test_people_bound_for_other_countries(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase2_acc"]
    when = (order.date - dt.timedelta(days=10)).isoformat()
    wrong = _written(order.date + dt.timedelta(days=30))
    loud = [f for f in BOUND_ELSEWHERE_FORMS if reported(seed_corpus, f.format(day=wrong), when)]
    assert loud == []
    for form in NOT_BOUND_FORMS:
        found = [c for c, _, _ in reported(seed_corpus, form.format(day=wrong), when)]
        assert found == ["NL101"], form


FINISHED_PHASE_FORMS = (  # a phase named as what came before is not the date's phase
    "The Sindh government had been told to begin forced repatriation of all ACC holders on "
    "{day}, following the completion of Phase-I of the IFRP.",
    "The provinces had been asked to start deporting ACC holders on {day}, after the "
    "completion of the first phase.",
    "ACC holders had been told to leave by {day}, after the end of phase one.",
)


def test_a_finished_phase_does_not_name_the_date(seed_corpus):
    acc = seed_corpus.ledger.deadlines["ifrp_phase2_acc"]
    when = (acc.date + dt.timedelta(days=5)).isoformat()
    early = acc.announced - dt.timedelta(days=20)  # before the ACC order was announced
    for form in FINISHED_PHASE_FORMS:
        text = form.format(day=f"{_written(early)}, {early.year}")
        best = [c.best.id for c in claims(seed_corpus, text, when) if c.candidates]
        assert best and "ifrp_phase1" not in best, form
    named = "Under Phase-I of the IFRP, undocumented Afghans had until {day} to leave."
    first, _, during = _phase1_days(seed_corpus)
    read = claims(seed_corpus, named.format(day=_written(first.date)), during.isoformat())
    assert read[0].best.id == "ifrp_phase1"  # a phase named as the clause's own still counts
