"""How real reporting gives deadlines (issue 11, item 3), generated grids: sentence shapes
crossed with the seed ledger's own orders, groups and values (read from the loaded ledger, never
written in a test): the recorded value stays silent, a shifted one is reported."""

import datetime as dt

import pytest

from .deadlines_support import NUMBER_WORDS, reported

# ---------------------------------------------------------------------------------------------
# Date roles, a grid: "after <date>" in an order's plan names its cut-off, whatever the word
# order, the distance from the enforcement word, or a condition negated in a relative clause.
# Each template is crossed with the ledger's own national orders (values read from the ledger):
# the recorded cut-off stays silent, a date two weeks later is reported.

GRID_GROUPS = {
    "undocumented": ("illegal foreigners", "undocumented Afghans"),
    "acc": ("Afghan Citizen Card holders", "holders of Afghan Citizen Cards"),
    "por": ("PoR card holders", "Afghans holding Proof of Registration cards"),
}
GRID_ORDERS = ("ifrp_phase1", "ifrp_phase2_acc", "ifrp_phase3_por")

AFTER_IN_A_PLAN = (
    "Pakistan announced earlier that it would expel an estimated 1.7 million {group} who "
    "remained in the country after {date}.",
    "The government had announced a crackdown on all {group} after {date}.",
    "The government has warned of a crackdown on {group} after {date}.",
    "{Group} remaining in Pakistan after {date} are to be expelled.",
    "Officials said that {group} who did not leave would be detained and deported after {date}.",
    "The caretaker government decided that {group} would be deported from Pakistan after {date}.",
    "Authorities warned that {group} still in the country after {date} would face arrest.",
    "After {date}, {group} found in the country would be arrested and deported.",
)


def _grid(corpus, templates):
    """(text, draft date, should report) for each template, order, group wording and value."""
    for order in GRID_ORDERS:
        deadline = corpus.ledger.deadlines[order]
        when = (deadline.announced + dt.timedelta(days=5)).isoformat()
        wrong = deadline.date + dt.timedelta(days=14)
        for template in templates:
            for group in GRID_GROUPS[deadline.targets[0]]:
                for value, bad in ((wrong, True), (deadline.date, False)):
                    date = f"{value:%B} {value.day}"
                    text = template.format(
                        group=group, Group=group[0].upper() + group[1:], date=date
                    )
                    yield text, when, bad


def test_after_a_date_in_an_orders_plan_grid(seed_corpus):
    wrong = [
        (text, bad)
        for text, when, bad in _grid(seed_corpus, AFTER_IN_A_PLAN)
        if bool(reported(seed_corpus, text, when)) != bad
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        # a report of what happened after the date, not the order
        "Police launched a crackdown on illegal foreigners after November 15, arresting hundreds.",
        # the day of the announcement
        "The government announced after November 15 that it would deport illegal foreigners.",
        # the order negated
        "Illegal foreigners will not be deported after November 15, the minister said.",
        # the date of something else
        "The government had announced a crackdown on illegal foreigners after the attack on "
        "November 15.",
        # an act ordered, not a plan
        "The court ordered the arrest of 20 illegal foreigners after November 15.",
        # an estimate that is a forecast
        "Officials estimated that illegal foreigners would be deported after November 15.",
    ],
)
def test_after_a_date_in_an_orders_plan_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2023-11-20") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the order's announcement placed within the record: its history, compared
        (
            "Pakistan announced in early October that it would expel illegal foreigners who "
            "remained in the country after November 30.",
            ["NL101"],
        ),
        (
            "The caretaker cabinet decided in October that undocumented Afghans still in Pakistan "
            "after November 30 would be deported.",
            ["NL101"],
        ),
        # the recorded cut-off
        (
            "Pakistan announced in early October that it would expel illegal foreigners who "
            "remained in the country after November 1.",
            [],
        ),
        # an announcement not placed in the record's time: maybe a new order, not compared
        (
            "Pakistan announced on Monday that illegal foreigners who remain after November 30 "
            "will be deported.",
            [],
        ),
    ],
)
def test_an_announcement_placed_in_the_record_tells_its_history(seed_corpus, text, expected):
    assert [code for code, _, _ in reported(seed_corpus, text, "2023-11-03")] == expected


# ---------------------------------------------------------------------------------------------
# Group resolution, a grid: a group's document in any wording names its holders ("holders of
# the Afghan Citizen Card", "UNHCR-issued Proof of Registration cards", "government-issued …"),
# crossed with deadline templates and the ledger's orders for document holders.

DOCUMENT_GROUPS = {
    "acc": (
        "Afghans holding NADRA-issued Afghan Citizen Cards",
        "holders of Afghan Citizen Card",
        "holders of the Afghan Citizen Card",
        "holders of ACC",
        "Afghans holding government-issued Afghan Citizen Cards",
    ),
    "por": (
        "refugees holding UNHCR-issued Proof of Registration cards",
        "holders of Proof of Registration cards",
        "Afghans holding government-issued PoR cards",
        "holders of PoR cards",
    ),
}
DOCUMENT_TEMPLATES = (
    "{Group} must leave Pakistan by {date}, the interior ministry said.",
    "The government has set a {date} deadline for {group} to leave the country.",
    "{Group} have been given until {date} to leave the country.",
    "The campaign targets {group}, with a {date} deadline set for them to leave.",
)


@pytest.mark.parametrize("order", ["ifrp_phase2_acc", "ifrp_phase3_por"])
def test_a_groups_document_in_any_wording_grid(seed_corpus, order):
    deadline = seed_corpus.ledger.deadlines[order]
    when = (deadline.announced + dt.timedelta(days=5)).isoformat()
    wrong = []
    for template in DOCUMENT_TEMPLATES:
        for group in DOCUMENT_GROUPS[deadline.targets[0]]:
            for value, bad in (
                (deadline.date + dt.timedelta(days=14), True),
                (deadline.date, False),
            ):
                text = template.format(
                    group=group, Group=group[0].upper() + group[1:], date=f"{value:%B} {value.day}"
                )
                if bool(reported(seed_corpus, text, when)) != bad:
                    wrong.append((text, bad))
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        # a document of no ledger group
        "Holders of valid visas must leave Pakistan by April 14.",
        # an issuer's word before a document the ledger does not know
        "Afghans holding UNHCR-issued asylum certificates must leave by April 14.",
    ],
)
def test_a_groups_document_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-03-12") == []


# ---------------------------------------------------------------------------------------------
# Date roles, a grid: added time ("three more months", "another six months", "an additional
# …") given to stay is an extension's length, judged by the ledger's link in force; the
# group may be named by its destination ("waiting to resettle to a third country"). Crossed
# with the ledger's extensions of the third-country cut-off and of the PoR cards (lengths read
# from the ledger): the recorded length stays silent, four months more is reported.

ADDED_TIME = (
    "{Group} will be allowed to stay in Pakistan for {n} more months.",
    "{Group} can stay for another {n} months, the government said.",
    "The cabinet gave {group} {n} more months to stay.",
    "{Group} have been granted an additional {n} months to remain in the country.",
    "The government decided to let {group} stay {n} more months.",
    "{Group} will get {n} months more to stay, officials said.",
)
ADDED_GROUPS = {
    "third_country": (
        "Afghans awaiting resettlement in a third country",
        "undocumented Afghans waiting for paperwork to resettle to a third country",
    ),
    "por": ("PoR card holders", "registered Afghan refugees holding PoR cards"),
}


def _extensions(corpus):
    """(group, draft date, months) of the ledger's extensions the grid reads."""
    ledger = corpus.ledger
    (link, *_) = ledger.deadlines["third_country_resettlement_2023"].extensions
    yield "third_country", link.announced, round((link.date - link.previous).days / 30.4)
    for step in ledger.deadlines["por_validity_chain"].steps[:3]:
        if isinstance(step.get("extended_to"), dt.date):
            months = round((step["extended_to"] - step["expired"]).days / 30.4)
            yield "por", step["announced"], months


def test_added_time_to_stay_is_an_extensions_length_grid(seed_corpus):
    wrong = []
    for group, announced, months in _extensions(seed_corpus):
        when = (announced + dt.timedelta(days=1)).isoformat()
        for template in ADDED_TIME:
            for words in ADDED_GROUPS[group]:
                for n, bad in ((months, False), (months + 4, True)):
                    text = template.format(
                        group=words, Group=words[0].upper() + words[1:], n=NUMBER_WORDS.get(n, n)
                    )
                    if bool(reported(seed_corpus, text, when)) != bad:
                        wrong.append((text, when, bad))
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups urged Pakistan to give Afghans awaiting resettlement in a third country "
        "three more months.",
        "Pakistan refused to give Afghans awaiting resettlement in a third country three more "
        "months.",
        "Pakistan is considering allowing Afghans awaiting resettlement in a third country to "
        "stay for three more months.",
        "Afghans awaiting resettlement in a third country will not be allowed to stay three more "
        "months.",
        "Officials said resettlement to a third country could take three more months.",
    ],
)
def test_added_time_look_alikes(seed_corpus, text):
    (link, *_) = seed_corpus.ledger.deadlines["third_country_resettlement_2023"].extensions
    assert reported(seed_corpus, text, (link.announced + dt.timedelta(days=1)).isoformat()) == []


def test_a_later_record_of_the_group_is_no_missing_extension(seed_corpus):
    """The third-country group's 2023 cut-off ended in February 2024; a 2025 text giving that
    group a later date is not reported as an extension the ledger lacks when the ledger holds
    later orders for the group by then (it has caught up with the group)."""
    text = (
        "Officials said the stay of Afghans who plan to move on to a third country was also "
        "extended until June 30."
    )
    assert reported(seed_corpus, text, "2025-02-25") == []
    # a year before those later orders, the same text may report an extension the ledger lacks
    assert [sev for _, sev, _ in reported(seed_corpus, text, "2024-03-10")] == ["info"]


# ---------------------------------------------------------------------------------------------
# Date roles, a grid of the everyday shapes of a cut-off (word orders, tenses, voices, an
# attribution, a quote, a headline, a subject far from its copula: "The deadline for Afghans
# living in the country without documents to leave is …", "… ends on …") crossed with the
# ledger's national orders and three wordings of each group: the recorded date (and
# enforcement start) stays silent, two weeks later is reported.

CUT_OFF_SHAPES = (
    "{Group} must leave Pakistan by {date}.",
    "{Group} have until {date} to leave the country, the interior ministry said.",
    "The government has given {group} until {date} to leave.",
    "Pakistan set a {date} deadline for {group} to leave the country.",
    "The deadline for {group} to leave Pakistan is {date}.",
    "The deadline for {group} to leave expires on {date}.",
    "{Group} were ordered to leave the country before {date}.",
    "Pakistan has ordered {group} to go home by {date} or face deportation.",
    "Pakistan orders {group} to leave by {date}",
    "{Group} told to leave Pakistan by {date}",
    "According to the interior ministry, {group} must leave the country by {date}.",
    '"{Group} must leave by {date}," the interior minister told reporters.',
    "The interior minister said on Tuesday that {group} had been given until {date} to leave.",
    "Under the plan, {group} are required to leave Pakistan no later than {date}.",
    "{Group} face deportation if they do not leave by {date}, officials said.",
    "The {date} deadline for {group} to leave Pakistan is fast approaching.",
    "Authorities have set {date} as the deadline for {group} to return to Afghanistan.",
    "The government announced that {group} would have to leave Pakistan by {date}.",
    "With the {date} deadline looming, thousands of {group} have crossed the border.",
    "Islamabad has asked {group} to leave the country voluntarily by {date}.",
    "Thousands of {group} rushed to the border ahead of the {date} deadline.",
    "{Group} who fail to leave by {date} will be deported.",
    "The deadline given to {group} to leave the country ends on {date}.",
    "Deportation of {group} will begin on {enf}, officials said.",
    "{Group} will face arrest and deportation from {enf}.",
)
CUT_OFF_GROUPS = {
    "undocumented": (
        "illegal foreigners",
        "undocumented Afghans",
        "Afghans living in the country without documents",
    ),
    "acc": ("Afghan Citizen Card holders", "ACC holders", "Afghans holding Afghan Citizen Cards"),
    "por": (
        "PoR card holders",
        "Proof of Registration card holders",
        "registered Afghan refugees with PoR cards",
    ),
}


@pytest.mark.parametrize("order", GRID_ORDERS)
def test_the_everyday_shapes_of_a_cut_off_grid(seed_corpus, order):
    deadline = seed_corpus.ledger.deadlines[order]
    when = (deadline.announced + dt.timedelta(days=5)).isoformat()
    start = deadline.enforcement_from or deadline.date
    wrong = []
    for template in CUT_OFF_SHAPES:
        for group in CUT_OFF_GROUPS[deadline.targets[0]]:
            for shift, bad in ((14, True), (0, False)):
                date = deadline.date + dt.timedelta(days=shift)
                enf = start + dt.timedelta(days=shift)
                text = template.format(
                    group=group,
                    Group=group[0].upper() + group[1:],
                    date=f"{date:%B} {date.day}",
                    enf=f"{enf:%B} {enf.day}",
                )
                if bool(reported(seed_corpus, text, when)) != bad:
                    wrong.append((text, bad))
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the deadline had passed and the next meeting is November 15.",
        "The deadline for illegal foreigners to leave has ended, and the next review is "
        "November 15.",
        "The deadline for filing tax returns is November 15.",
    ],
)
def test_a_copula_after_a_deadline_noun_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2023-10-20") == []


# ---------------------------------------------------------------------------------------------
# Date roles, a grid: a validity chain's new cut-off in the shapes reporting gives it
# ("extended the validity … until", "which expired on <old>, have been extended to", "will now
# remain valid until", "can now stay in Pakistan until … after the cabinet extended their
# cards"), crossed with every link of the ledger's PoR chain (read from the ledger): the
# recorded new cut-off stays silent, two months later is reported.

CHAIN_SHAPES = (
    "The government extended the validity of PoR cards until {new}.",
    "Pakistan has extended the stay of registered Afghan refugees holding PoR cards to {new}.",
    "The cabinet approved an extension of PoR cards till {new}, officials said.",
    "The PoR cards, which expired on {old}, have been extended to {new}.",
    "Registered refugees' PoR cards will now remain valid until {new}.",
    "PoR card holders can now stay in Pakistan until {new} after the cabinet extended their cards.",
    "Pakistan extends PoR card validity till {new}",
    "The government decided to extend the Proof of Registration cards of Afghan refugees "
    "until {new}.",
)


def test_a_validity_chains_new_cut_off_grid(seed_corpus):
    wrong = []
    for step in seed_corpus.ledger.deadlines["por_validity_chain"].steps:
        new, old = step.get("extended_to"), step.get("expired")
        if not isinstance(new, dt.date):
            continue
        when = (step["announced"] + dt.timedelta(days=2)).isoformat()
        for template in CHAIN_SHAPES:
            for value, bad in ((new, False), (new + dt.timedelta(days=61), True)):
                text = template.format(
                    new=f"{value:%B} {value.day}, {value.year}",
                    old=f"{old:%B} {old.day}, {old.year}",
                )
                if bool(reported(seed_corpus, text, when)) != bad:
                    wrong.append((text, when, bad))
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "Many PoR card holders want to stay in Pakistan until May 31, 2024.",
        "Some PoR card holders will stay with relatives until May 31, 2024, officials expect.",
        "PoR card holders may not stay in Pakistan until May 31, 2024.",
        "PoR card holders stayed in Pakistan until May 31, 2024.",
    ],
)
def test_a_permitted_stay_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2024-02-05") == []


# ---------------------------------------------------------------------------------------------
# Date roles, a grid: more predicates of a deadline or window noun ("expired on", "passed
# on", "closes on", "ends on", "the last date … is", "<date> is the last day …") with the
# subject read back to a clause break, crossed like the everyday shapes above. A window or
# deadline for something other than people ("for public comment", "for applications") is not
# the order's.

MORE_CUT_OFF_SHAPES = (
    "The deadline for {group} to leave expired on {date}.",
    "Police began arresting {group} after the deadline expired on {date}.",
    "Pakistan had set {date} as the last date for {group} to leave the country.",
    "The last date for {group} to leave Pakistan is {date}.",
    "{date} is the last day for {group} to leave the country.",
    "The government's {date} cut-off for {group} has passed.",
    "The deadline for {group} passed on {date}.",
    "The deadline, initially set for {date}, applies to {group}.",
    "{Group} were required to leave the country by midnight on {date}.",
    "The voluntary return window for {group} closes on {date}.",
    "Pakistan had asked {group} to leave voluntarily before {date}.",
    "The grace period for {group} ends on {date}.",
    "{Group} have been asked to exit Pakistan by {date}, after which they will be deported.",
    "The government has fixed {date} as the deadline for {group} to leave.",
    "{Group} who stay beyond {date} will be arrested.",
)


@pytest.mark.parametrize("order", GRID_ORDERS)
def test_more_predicates_of_a_cut_off_grid(seed_corpus, order):
    deadline = seed_corpus.ledger.deadlines[order]
    when = (deadline.announced + dt.timedelta(days=5)).isoformat()
    wrong = []
    for template in MORE_CUT_OFF_SHAPES:
        for group in CUT_OFF_GROUPS[deadline.targets[0]]:
            for shift, bad in ((14, True), (0, False)):
                date = deadline.date + dt.timedelta(days=shift)
                text = template.format(
                    group=group, Group=group[0].upper() + group[1:], date=f"{date:%B} {date.day}"
                )
                text = text[0].upper() + text[1:]
                if bool(reported(seed_corpus, text, when)) != bad:
                    wrong.append((text, bad))
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "The window for public comment on the deportation plan for illegal foreigners closes on "
        "November 15.",
        "The deadline for applications from illegal foreigners is November 15.",
        "Talks between the two sides on the grace period ended on November 15.",
        "The talks ended on November 15 and the grace period for illegal foreigners was not "
        "discussed.",
        "The bill on illegal foreigners passed on November 15.",
    ],
)
def test_a_deadline_for_something_else_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2023-11-20") == []


# ---------------------------------------------------------------------------------------------
# The length of an extension in the shapes reporting gives it ("extended by ten days the
# deadline", "a 10-day extension", "for another ten days", "20 days more"), judged by the
# ledger's link in force (lengths read from the ledger): the recorded length stays silent,
# twice it is reported.

EXTENSION_LENGTHS = (
    "Pakistan on Monday extended by {n} days the deadline for {group} to leave.",
    "The government granted {group} a {n}-day extension.",
    "The deadline for {group} has been extended for another {n} days.",
    "{Group} were given a {n}-day extension to leave the country.",
    "Pakistan extends deadline for {group} by {n} days",
    "The interior ministry announced a {n}-day extension of the deadline for {group}.",
    "{Group} will get {n} days more to leave Pakistan, officials said.",
)


@pytest.mark.parametrize(
    ("order", "group"),
    [
        ("ifrp_phase2_acc", "ACC holders"),
        ("third_country_resettlement_2023", "Afghans awaiting resettlement in third countries"),
    ],
)
def test_the_length_of_an_extension_grid(seed_corpus, order, group):
    (link, *_) = seed_corpus.ledger.deadlines[order].extensions
    days = (link.date - link.previous).days
    when = (link.announced + dt.timedelta(days=1)).isoformat()
    wrong = []
    for template in EXTENSION_LENGTHS:
        for n, bad in ((days, False), (2 * days, True)):
            text = template.format(n=n, group=group, Group=group[0].upper() + group[1:])
            if bool(reported(seed_corpus, text, when)) != bad:
                wrong.append((text, bad))
    assert wrong == []
