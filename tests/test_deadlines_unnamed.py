"""A cut-off given without saying whose (issue 11, round 5): "the government had given them a
deadline to leave the country by …", "We have given them a … deadline". Such a clause means the
order in force at the text's date; it is reported only when exactly one order is in force then
and its record holds no form of the value. Grids cross sentence shapes with the seed ledger's
own national orders (values read from the loaded ledger, never written in a test)."""

import datetime as dt

import pytest

from .deadlines_support import reported

ORDERS = ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por")

UNNAMED = (
    "It is worth recalling that the government had given them a deadline to leave the country "
    "by {date}.",
    'The interior minister told reporters: "We have given them a {date} deadline."',
    "The authorities had told them to leave Pakistan by {date} or face deportation.",
    "Officials said the deadline to leave the country would expire on {date}.",
    "Government sets {date} deadline to leave the country",
    "They have until {date} to leave the country, the ministry said.",
    "The government's deadline for them to leave ends on {date}.",
    "Those who do not leave by {date} will be deported, the minister warned.",
)


def _grid(corpus, templates, shift_days=14):
    """(text, draft date, should report) for each template and national order: the recorded
    cut-off stays silent, a date ``shift_days`` later is reported, in a text written five days
    after the order was announced."""
    for order in ORDERS:
        deadline = corpus.ledger.deadlines[order]
        when = (deadline.announced + dt.timedelta(days=5)).isoformat()
        wrong = deadline.date + dt.timedelta(days=shift_days)
        for template in templates:
            for value, bad in ((wrong, True), (deadline.date, False)):
                yield template.format(date=f"{value:%B} {value.day}"), when, bad


def test_a_cut_off_given_without_its_group_grid(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _grid(seed_corpus, UNNAMED)
        if [(c, s) for c, s, _ in reported(seed_corpus, text, when)]
        != ([("NL101", "error")] if bad else [])
    ]
    assert wrong == []


LOOK_ALIKES = (
    # another authority's order
    # (a country the ledger records no order for: Iran's orders are on record since round 22)
    "Turkey had given them a deadline to leave the country by {date}.",
    # another people's order
    "The government had given Tajiks a deadline to leave the country by {date}.",
    # another purpose
    "The government had given them a deadline to register their businesses by {date}.",
    # people bound elsewhere
    "The government had given those awaiting visas a deadline to leave the country by {date}.",
    # a date that is no cut-off of an order
    "They left the country on {date}, officials said.",
)


def test_a_cut_off_given_without_its_group_look_alikes(seed_corpus):
    noisy = [
        (text, when)
        for text, when, _ in _grid(seed_corpus, LOOK_ALIKES)
        if reported(seed_corpus, text, when)
    ]
    assert noisy == []


@pytest.mark.parametrize(
    "template",
    [
        "The government had given them a deadline to leave the country by {date}.",
        'The interior minister told reporters: "We have given them a {date} deadline."',
    ],
)
def test_no_order_in_force_no_finding(seed_corpus, template):
    """Half a year after every national order's record, an unnamed deadline names none."""
    ledger = seed_corpus.ledger
    first = ledger.deadlines["ifrp_phase1"]
    second = ledger.deadlines["ifrp_phase2_acc"]
    assert first.date is not None and second.announced is not None
    day = first.date + (second.announced - first.date) / 2  # between the two phases
    value = day + dt.timedelta(days=20)
    text = template.format(date=f"{value:%B} {value.day}")
    assert reported(seed_corpus, text, day.isoformat()) == []


# ---------------------------------------------------------------------------------------------
# The day an order was announced, given in the clause, names that order


ANCHORED = (
    "The apex committee, in a meeting on {announced}, gave {group} until {date} to leave.",
    "On {announced}, the interior ministry gave {group} a deadline of {date} to leave the country.",
    "At a meeting held on {announced}, the government told {group} to leave by {date}.",
    "{Group} were told on {announced} that they had until {date} to go.",
)
ANCHORED_GROUPS = {
    "undocumented": "all foreign nationals living illegally in the country",
    "acc": "Afghan Citizen Card holders",
    "por": "PoR card holders",
}


def _anchored(corpus, templates, offset_days=0):
    """(text, draft date, should report): texts written two months after each national
    order's cut-off, giving the day it was announced (moved by ``offset_days``) and a value:
    the recorded cut-off stays silent, one three months after it (still ahead of the text,
    which alone would read as a later deadline the ledger has no record of yet) is reported."""
    for order in ORDERS:
        deadline = corpus.ledger.deadlines[order]
        when = (deadline.date + dt.timedelta(days=60)).isoformat()
        announced = deadline.announced + dt.timedelta(days=offset_days)
        group = ANCHORED_GROUPS[deadline.targets[0]]
        for template in templates:
            for value, bad in (
                (deadline.date + dt.timedelta(days=90), True),
                (deadline.date, False),
            ):
                text = template.format(
                    announced=f"{announced:%B} {announced.day}",
                    date=f"{value:%B} {value.day}",
                    group=group,
                    Group=group[0].upper() + group[1:],
                )
                yield text, when, bad


def test_the_day_an_order_was_announced_names_it_grid(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _anchored(seed_corpus, ANCHORED)
        if [(c, s) for c, s, _ in reported(seed_corpus, text, when)]
        != ([("NL101", "error")] if bad else [])
    ]
    assert wrong == []


def test_the_day_an_order_was_announced_look_alikes(seed_corpus):
    """Another day is no order's announcement (a later deadline the ledger may not hold yet),
    and an extension told with the day of the order is news, never an error."""
    extended = ("The deadline set on {announced} for {group} was later extended until {date}.",)
    errors = [
        (text, when)
        for templates, offset in ((ANCHORED, 1), (extended, 0))
        for text, when, bad in _anchored(seed_corpus, templates, offset)
        if bad and any(s == "error" for _, s, _ in reported(seed_corpus, text, when))
    ]
    assert errors == []


# ---------------------------------------------------------------------------------------------
# A city's order for the group records the value, but the clause names another act


RETURN_OF_A_GROUP = (
    "The spokesperson said that the deadline for the return of registered Afghan refugees "
    "expired on {date}.",
    "The deadline for PoR card holders to return to Afghanistan had expired on {date}.",
    "The deadline for the repatriation of PoR card holders expired on {date}, officials said.",
)


def _return_texts(corpus, templates):
    """(text, draft date) for a text written weeks after the PoR cards' last recorded expiry,
    giving the date of the twin cities' relocation order (which names PoR holders too)."""
    chain = corpus.ledger.deadlines["por_validity_chain"]
    local = corpus.ledger.deadlines["twin_cities_relocation"]
    last = chain.chain()[-1].previous
    when = (last + dt.timedelta(days=25)).isoformat()
    for template in templates:
        yield template.format(date=f"{local.date:%B} {local.date.day}"), when
        yield template.format(date=f"{last:%B} {last.day}"), None  # the cards' own expiry


def test_a_citys_order_does_not_hold_another_act(seed_corpus):
    """Returning to Afghanistan is not moving out of the twin cities: the city's order's date
    is not the group's national record, which is the cards' expiry."""
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    when = (chain.chain()[-1].previous + dt.timedelta(days=25)).isoformat()
    wrong = [
        (text, expected)
        for text, expected in _return_texts(seed_corpus, RETURN_OF_A_GROUP)
        if bool(reported(seed_corpus, text, when)) != (expected is not None)
    ]
    assert wrong == []


def test_a_citys_order_look_alikes(seed_corpus):
    """The city's own act (leaving, relocating) keeps the record undecided."""
    templates = (
        "The deadline for PoR card holders to relocate from the twin cities expired on {date}.",
        "The deadline for PoR card holders to leave expired on {date}.",
    )
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    when = (chain.chain()[-1].previous + dt.timedelta(days=25)).isoformat()
    noisy = [t for t, _ in _return_texts(seed_corpus, templates) if reported(seed_corpus, t, when)]
    assert noisy == []


def test_a_day_past_before_the_order_was_made(seed_corpus):
    """A text written days before an order was announced that gives a day already past is
    not giving that order's cut-off (the order was not made yet): silent, with the day of
    any act."""
    order = seed_corpus.ledger.deadlines["ifrp_phase3_por"]
    when = order.announced - dt.timedelta(days=10)
    for back in (5, 25, 40):
        past = when - dt.timedelta(days=back)
        text = (
            "The deadline for PoR card holders to return to Afghanistan had passed on "
            f"{past:%B} {past.day}."
        )
        assert reported(seed_corpus, text, when.isoformat()) == [], text


# ---------------------------------------------------------------------------------------------
# "The deadline" after a sentence that names people in general


AFTER_PEOPLE_IN_GENERAL = (
    "Pakistan delays the deadline for deporting Afghan refugees. The deadline initially set "
    "for {date} has been pushed back.",
    "Islamabad is pressing ahead with deporting Afghans. The deadline set for {date} will not "
    "be extended, officials said.",
    "Afghan migrants have been told to leave Pakistan. Their deadline expires on {date}.",
)


def test_the_deadline_of_people_named_before_grid(seed_corpus):
    wrong = [
        (text, when, bad)
        for text, when, bad in _grid(seed_corpus, AFTER_PEOPLE_IN_GENERAL)
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    assert wrong == []


def test_the_deadline_of_people_named_before_look_alikes(seed_corpus):
    templates = (
        # another country's order
        "Turkey is deporting Afghans. The deadline set for {date} will not be extended.",
        # people bound elsewhere
        "Afghans awaiting resettlement in the West face deportation. The deadline set for "
        "{date} will not be extended.",
        # people of the story, but no order's people ("Afghan traders")
        "Afghan traders protested at the border crossing. The deadline set for {date} will "
        "not be extended.",
    )
    noisy = [
        (text, when)
        for text, when, _ in _grid(seed_corpus, templates)
        if reported(seed_corpus, text, when)
    ]
    assert noisy == []


def test_several_orders_in_force_the_one_whose_time_holds_the_value(seed_corpus):
    """On the day a later order is announced, a date within the earlier order's time (from its
    announcement to its last recorded date) is that order's, and is compared with it; a date
    in neither order's time is not decided."""
    ledger = seed_corpus.ledger
    earlier, later = (
        ledger.deadlines["ifrp_phase2_acc"],
        ledger.deadlines["third_country_2025_04_30"],
    )
    day = later.announced.isoformat()
    text = "The government had given them a deadline to leave the country by {}."
    inside = earlier.announced + dt.timedelta(days=8)
    before_both = earlier.announced - dt.timedelta(days=200)
    assert [
        c for c, _, _ in reported(seed_corpus, text.format(f"{inside:%B} {inside.day}"), day)
    ] == ["NL101"]
    assert reported(seed_corpus, text.format(f"{earlier.date:%B} {earlier.date.day}"), day) == []
    assert reported(seed_corpus, text.format(f"{before_both:%B} {before_both.day}"), day) == []


# ---------------------------------------------------------------------------------------------
# A fronted time followed by an obligation to act


FRONTED = (
    "By {date}, {group} must leave the country.",
    "Before {date}, all {group} had to leave Pakistan.",
    "By {date}, officials said, {group} had to go.",
    "By {date} {group} should leave the country voluntarily.",
)
FRONTED_GROUPS = {
    "undocumented": "illegal foreigners",
    "acc": "ACC holders",
    "por": "PoR card holders",
}


def test_a_fronted_time_before_an_obligation_grid(seed_corpus):
    wrong = []
    for order in ORDERS:
        deadline = seed_corpus.ledger.deadlines[order]
        when = (deadline.announced + dt.timedelta(days=5)).isoformat()
        group = FRONTED_GROUPS[deadline.targets[0]]
        for template in FRONTED:
            for value, bad in (
                (deadline.date + dt.timedelta(days=14), True),
                (deadline.date, False),
            ):
                text = template.format(date=f"{value:%B} {value.day}", group=group)
                found = [c for c, _, _ in reported(seed_corpus, text, when)]
                if found != (["NL101"] if bad else []):
                    wrong.append((text, when, found))
    assert wrong == []


@pytest.mark.parametrize(
    "template",
    [
        "By {date}, 400,000 illegal foreigners had left the country.",
        "By {date}, illegal foreigners were leaving in large numbers.",
        "By {date} the camps for illegal foreigners had to close.",
        "By {date}, illegal foreigners could leave if they wished.",
    ],
)
def test_a_fronted_time_look_alikes(seed_corpus, template):
    """A count or a report at a time, another act, a permission."""
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (deadline.announced + dt.timedelta(days=5)).isoformat()
    value = deadline.date + dt.timedelta(days=14)
    assert reported(seed_corpus, template.format(date=f"{value:%B} {value.day}"), when) == []


OTHER_PEOPLES_ORDERS = (
    "Families began to leave before {date}, fearing arrest.",
    "Many decided to leave by {date} to avoid the rush.",
    "Traders were asked to vacate the market by {date}.",
    "Journalists were given until {date} to leave the hotel.",
    "The team must leave for the tournament by {date}.",
    "Pilgrims were told to return by {date}.",
    "Diplomats were given until {date} to leave the country.",
    "Those wishing to leave voluntarily could do so before {date}.",
)


def test_other_peoples_orders_and_permissions_look_alikes(seed_corpus):
    """People the ledger's groups do not name (not referred to, nor named with the groups'
    words) have orders of their own; a permission is no order."""
    noisy = [
        (text, when)
        for text, when, _ in _grid(seed_corpus, OTHER_PEOPLES_ORDERS)
        if reported(seed_corpus, text, when)
    ]
    assert noisy == []


# ---------------------------------------------------------------------------------------------
# History: an older order's date in a later story


def test_an_older_orders_date_is_its_history(seed_corpus):
    """Months after a second order was made, a date of the first order's time, or one long
    before the second, is history (silent); a date just before the second was known is a
    garbled date of it (reported); "in <month> <year>" places a date in its year."""
    first = seed_corpus.ledger.deadlines["ifrp_phase1"]
    second = seed_corpus.ledger.deadlines["ifrp_phase2_acc"]
    day = (second.announced + dt.timedelta(days=3)).isoformat()
    template = "Pakistan had given them until {} to leave the country."
    long_before = second.announced - dt.timedelta(days=120)
    just_before = second.announced - dt.timedelta(days=10)
    for value in (first.date, long_before):
        assert reported(seed_corpus, template.format(f"{value:%B} {value.day}"), day) == []
    found = reported(seed_corpus, template.format(f"{just_before:%B} {just_before.day}"), day)
    assert [c for c, _, _ in found] == ["NL101"]
    told = first.announced
    wrong = first.date - dt.timedelta(days=16)
    text = f"In {told:%B} {told.year}, Pakistan gave undocumented Afghans until {{}} to leave."
    assert reported(seed_corpus, text.format(f"{first.date:%B} {first.date.day}"), day) == []
    found = reported(seed_corpus, text.format(f"{wrong:%B} {wrong.day}"), day)
    assert [c for c, _, _ in found] == ["NL101"]


def test_a_date_set_as_the_deadline_without_as_grid(seed_corpus):
    """ "had set March 31 the deadline for …", "declared … the final deadline": the date a
    verb of setting makes the deadline; "announced on <day> a deadline" stays the day."""
    templates = (
        "The government had set {date} the deadline for {group} to leave the country.",
        "The government declared {date} the final deadline for {group}.",
    )
    wrong = []
    for order in ORDERS:
        deadline = seed_corpus.ledger.deadlines[order]
        when = (deadline.announced + dt.timedelta(days=5)).isoformat()
        group = FRONTED_GROUPS[deadline.targets[0]]
        for template in templates:
            for value, bad in (
                (deadline.date + dt.timedelta(days=14), True),
                (deadline.date, False),
            ):
                text = template.format(date=f"{value:%B} {value.day}", group=group)
                if [c for c, _, _ in reported(seed_corpus, text, when)] != (
                    ["NL101"] if bad else []
                ):
                    wrong.append(text)
        day = deadline.announced
        text = (
            f"The government announced on {day:%B} {day.day} a deadline for {group} to leave "
            f"by {deadline.date:%B} {deadline.date.day}."
        )
        if reported(seed_corpus, text, when):
            wrong.append(text)
    assert wrong == []


@pytest.mark.parametrize(
    "template",
    [
        "Afghans wishing to leave voluntarily could do so before {date}.",
        "Afghan families began to leave before {date}, fearing arrest.",
        "Afghans started to leave by {date}, officials said.",
    ],
)
def test_a_choice_or_a_report_of_people_in_general_look_alikes(seed_corpus, template):
    """People in general given a choice, or reported to have begun leaving, are given no
    order's cut-off."""
    noisy = [
        (text, when)
        for text, when, _ in _grid(seed_corpus, (template,))
        if reported(seed_corpus, text, when)
    ]
    assert noisy == []


PEOPLE_BEFORE = (  # round 8: the orders' people named in the clause before a contrast
    "The immigrants will be provided with meals and medical facilities, but after the {date} "
    "deadline, the government will not compromise on the issue of expulsion.",
    "Illegal foreigners may still leave on their own; however, after the {date} deadline the "
    "authorities will begin deportations.",
    "Undocumented immigrants were urged to go home, while officials said deportations would "
    "follow the {date} deadline.",
    "Illegal foreigners will get food at the camps, but after the {date} deadline the state "
    "will show no leniency on expulsions.",
)
PEOPLE_BEFORE_LOOK_ALIKES = (  # other people, or no one, before the contrast
    "Iranian pilgrims will be provided with meals, but after the {date} deadline, the "
    "government will not compromise on the issue of expulsion.",
    "The talks will continue, but after the {date} deadline, the government will not "
    "compromise on the issue of expulsion.",
    "Journalists were given rooms at the hotel, while officials said deportations would follow "
    "the {date} deadline.",
)


def test_the_people_named_before_a_contrast(seed_corpus):
    order = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (order.announced + dt.timedelta(days=5)).isoformat()
    wrong = order.date + dt.timedelta(days=14)
    texts = [
        (form.format(date=f"{value:%B} {value.day}"), bad)
        for form in PEOPLE_BEFORE
        for value, bad in ((wrong, True), (order.date, False))
    ]
    texts += [
        (form.format(date=f"{wrong:%B} {wrong.day}"), False) for form in PEOPLE_BEFORE_LOOK_ALIKES
    ]
    mismatched = [
        (text, bad)
        for text, bad in texts
        if [c for c, _, _ in reported(seed_corpus, text, when)] != (["NL101"] if bad else [])
    ]
    assert mismatched == []


# ---------------------------------------------------------------------------------------------
# Round 9: a cut-off "for voluntary repatriation" (or return, departure) in a clause naming no
# one, beside "the repatriation process", is the order in force at the text's date (dev
# news-r7-dl-074); another authority or other people keep their own orders.

VOLUNTARY = (
    "{date} was the deadline for voluntary repatriation.",
    "The repatriation process has begun, and {date} is the deadline for voluntary return.",
    "Officials said {date} was the deadline for voluntary departure.",
)
VOLUNTARY_LOOK_ALIKES = (
    "Iran set {date} as the deadline for voluntary return.",
    "Pilgrims have until {date} for voluntary departure from the holy sites.",
    "The deadline for voluntary registration of births is {date}.",
)


def _phase_one_before(corpus):
    order = corpus.ledger.deadlines["ifrp_phase1"]
    return order, (order.announced + dt.timedelta(days=5)).isoformat()


def test_a_deadline_for_voluntary_repatriation_naming_no_one_grid(seed_corpus):
    order, when = _phase_one_before(seed_corpus)
    days = [(d, False) for d in sorted(order.accepted_dates())]
    days.append((order.date - dt.timedelta(days=17), True))
    wrong = []
    for form in VOLUNTARY:
        for day, bad in days:
            text = form.format(date=f"{day:%B} {day.day}")
            text = text[0].upper() + text[1:]
            codes = [c for c, _, _ in reported(seed_corpus, text, when)]
            if codes != (["NL101"] if bad else []):
                wrong.append((text, codes))
    assert wrong == []


def test_a_deadline_for_voluntary_repatriation_look_alikes(seed_corpus):
    order, when = _phase_one_before(seed_corpus)
    day = order.date - dt.timedelta(days=17)
    loud = [
        text
        for form in VOLUNTARY_LOOK_ALIKES
        for text in [form.format(date=f"{day:%B} {day.day}")]
        if reported(seed_corpus, text, when)
    ]
    assert loud == []
