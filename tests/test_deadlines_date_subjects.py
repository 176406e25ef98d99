"""A date that is the subject of its deadline noun, and cards "renewed until" a date (issue 11,
round 6): "31 October would be their last day to leave", "Wednesday, 1 November 2023, marked the
deadline for …", "the cards … were renewed until …". Values are read from the loaded ledger:
the recorded day stays silent, a month later is reported; a date that marks something else
stays silent."""

import datetime as dt

from .deadlines_support import codes, reported

SUBJECT_FORMS = (
    "Afghans without papers were told that {date} would be their last day to leave.",
    "{weekday}, {date_year}, marked the deadline for Pakistan's plan to expel undocumented "
    "foreigners.",
)
LOOK_ALIKE = "{weekday}, {date_year}, marked the start of the winter session of parliament."
RENEWED = "Registered refugees' PoR cards, which had run out, were renewed until {date_year}."


def _fields(day: dt.date) -> dict[str, str]:
    return {
        "date": f"{day.day} {day:%B}",
        "date_year": f"{day.day} {day:%B} {day.year}",
        "weekday": f"{day:%A}",
    }


def test_a_date_as_the_subject_of_its_deadline_noun(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    last_day = min(a.date for a in order.equivalent_dates)  # the last day to leave
    when = (order.announced + dt.timedelta(days=9)).isoformat()
    mismatched = []
    for form in SUBJECT_FORMS:
        for day, bad in ((last_day, False), (last_day + dt.timedelta(days=30), True)):
            text = form.format(**_fields(day))
            if codes(seed_corpus, text, when) != (["NL101"] if bad else []):
                mismatched.append(text)
    wrong = LOOK_ALIKE.format(**_fields(last_day + dt.timedelta(days=30)))
    assert mismatched == []
    assert codes(seed_corpus, wrong, when) == []


def test_cards_renewed_until_a_date(seed_corpus):
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    links = [(k.announced, k.date) for k in chain.chain() if k.announced and k.date and k.previous]
    mismatched = []
    for announced, new in links:
        when = (announced + dt.timedelta(days=3)).isoformat()
        for day, bad in ((new, False), (new + dt.timedelta(days=30), True)):
            text = RENEWED.format(**_fields(day))
            if codes(seed_corpus, text, when) != (["NL101"] if bad else []):
                mismatched.append((text, when))
    assert mismatched == []


SET_AS_DATE_FORMS = (  # round 7: a bare "date"/"day" set for an order's act or people
    "Pakistan named {date} as the date for the deportation of undocumented Afghans.",
    "The government has declared {date} as the day for all illegal foreigners to go home.",
    "The cabinet fixed {date} as the date for undocumented Afghans to leave.",
    # round 8: an enforcement noun "of" the orders' people
    "Pakistan this month announced {date} as the date for the removal of the illegal immigrants.",
    "The interior ministry set {date} as the date for the eviction of all illegal foreigners.",
)
SET_AS_DATE_LOOK_ALIKES = (
    "The ministry set {date} as the date for the meeting with Afghan officials.",
    "Officials named {date} as the date for the polio campaign.",
    "The ministry named {date} as the date for the registration of undocumented Afghans.",
    "Pakistan announced {date} as the date for the release of the list of illegal immigrants.",
    "Pakistan announced {date} as the date for the reopening of the border crossing.",
)


def test_a_date_set_as_the_date_for_an_order(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    last_day = min(a.date for a in order.equivalent_dates)  # "by November 1" = October 31
    when = (order.announced + dt.timedelta(days=10)).isoformat()
    wrong = f"{last_day + dt.timedelta(days=30):%B} {(last_day + dt.timedelta(days=30)).day}"
    right = f"{last_day:%B} {last_day.day}"
    for form in SET_AS_DATE_FORMS:
        found = [c for c, _, _ in reported(seed_corpus, form.format(date=wrong), when)]
        assert found == ["NL101"], form
        assert reported(seed_corpus, form.format(date=right), when) == [], form
    for form in SET_AS_DATE_LOOK_ALIKES:
        assert reported(seed_corpus, form.format(date=wrong), when) == [], form
