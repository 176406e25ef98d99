"""How real reporting gives deadlines (issue 11, item 3), which event: the order or chain link in
force at the text's date for a clause (extensions "from <old>", groups named another way or in
general, several groups, clauses referring back, another group's figure). Paraphrased drafts
with look-alikes, against the seed ledger."""

import datetime as dt

import pytest

from .conftest import lint_text
from .deadlines_support import CODES, NUMBER_WORDS, claims, reported

# ---------------------------------------------------------------------------------------------
# Which event: an extension "from <old> to <new>" is the chain extended from <old> by then


EXTENDED_FROM = (
    "On Wednesday the cabinet moved the deadline from the end of the year to {new}, "
    "as the drive against foreigners living without papers goes on."
)


def test_an_extension_from_an_old_cut_off_names_the_chain_extended_from_it(seed_corpus):
    """The clause names the undocumented, but the old cut-off (the end of 2023) is the one the
    ledger records as extended on 13 December 2023 for third-country cases, to 29 February."""
    text = EXTENDED_FROM.format(new="March 31")
    findings = lint_text(seed_corpus, text, date="2023-12-16", codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "March 31")]
    (finding,) = findings
    assert "extended to 29 February 2024" in finding.message
    assert finding.fix is not None and finding.fix.edits[0].replacement == "February 29"


def test_an_extension_from_an_old_cut_off_look_alikes(seed_corpus):
    # the recorded new cut-off
    text = EXTENDED_FROM.format(new="February 29")
    assert reported(seed_corpus, text, "2023-12-16") == []
    (claim,) = [c for c in claims(seed_corpus, text, "2023-12-16") if c.role == "extension"]
    assert claim.event is not None and claim.event.id == "third_country_resettlement_2023"
    # before that extension was announced, the old cut-off names no chain: the clause's own
    # group decides (and the PoR validity chain, extended from the same day only in February
    # 2024, is not yet in force)
    (claim,) = [c for c in claims(seed_corpus, text, "2023-12-05") if c.role == "extension"]
    assert all(p.id != "third_country_resettlement_2023" for p, _ in claim.candidates)


# ---------------------------------------------------------------------------------------------
# Which event: a value the ledger records for the same group in a place the clause does not name


def test_a_value_recorded_for_the_group_elsewhere_is_not_a_mismatch(seed_corpus):
    """The end of March is the ledger's date for third-country cases in the twin cities; a
    sentence that names no place cannot be held to the national 30 April date."""
    text = "People awaiting resettlement in a third country must also leave by the end of March."
    assert reported(seed_corpus, text, "2025-04-20") == []
    (claim,) = [c for c in claims(seed_corpus, text, "2025-04-20") if c.role == "deadline"]
    assert claim.candidates == () and "Islamabad and Rawalpindi" in claim.why_none


def test_a_value_recorded_for_the_group_elsewhere_look_alike(seed_corpus):
    # a date no order for the group records is still a mismatch
    text = "People awaiting resettlement in a third country must also leave by the end of May."
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-04-20")] == ["NL101"]


def test_a_clause_naming_no_group_means_the_order_for_everyone_there(seed_corpus):
    """ "Those living in the twin cities" names no group: the relocation order for everyone
    there, not the one for third-country cases, which the ledger also records for 31 March."""
    text = "Those living in Islamabad and Rawalpindi must relocate before the March 31 deadline."
    (claim,) = claims(seed_corpus, text, "2025-02-21")
    assert claim.event is not None and claim.event.id == "twin_cities_relocation"
    # the look-alike naming them is theirs
    text = (
        "Afghans awaiting third-country resettlement in Islamabad and Rawalpindi must "
        "relocate before the March 31 deadline."
    )
    (claim,) = claims(seed_corpus, text, "2025-02-21")
    assert claim.event is not None and claim.event.id == "twin_cities_third_country_2025"


# ---------------------------------------------------------------------------------------------
# Which event: a group whose only deadline is long over has none in force of its own


def test_two_groups_when_one_groups_deadline_is_history(seed_corpus):
    """In 2025 the undocumented's 2023 order is history: "illegal foreigners and ACC holders"
    are held to the phase-2 order that targets ACC holders."""
    text = "Illegal foreigners and ACC holders must leave the country before April 15."
    assert reported(seed_corpus, text, "2025-03-08") == [("NL101", "error", "April 15")]
    right = text.replace("April 15", "March 31")
    assert reported(seed_corpus, right, "2025-03-08") == []
    # while the undocumented's order is in force, the record cannot tell whose date it is
    text = "Undocumented Afghans and ACC holders must leave the country before April 15."
    assert reported(seed_corpus, text, "2023-10-20") == []


# ---------------------------------------------------------------------------------------------
# Which event: a validity chain judges a date without its year in the year the text means


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        # in August 2025 the cards that "expired on March 31" expired in March 2025: the chain
        # records 31 March 2024, not 2025
        ("Registered refugees must go home because their PoR cards expired on March 31.",
         "2025-08-10", "March 31"),
        # "without delay" tells of no extension: the date is compared, not noted as newer
        ("Afghans in Khyber Pakhtunkhwa were told to leave without delay as their Proof of "
         "Registration cards expired on December 31.", "2025-08-03", "December 31"),
    ],
)  # fmt: skip
def test_a_past_expiry_without_its_year_is_read_in_the_texts_year(seed_corpus, text, date, excerpt):
    assert reported(seed_corpus, text, date) == [("NL101", "error", excerpt)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Registered refugees must go home because their PoR cards expired on June 30.",
         "2025-08-10"),
        # the same words in May 2024 mean the recorded 31 March 2024
        ("Registered refugees must go home because their PoR cards expired on March 31.",
         "2024-05-01"),
    ],
)  # fmt: skip
def test_a_past_expiry_look_alikes(seed_corpus, text, date):
    assert reported(seed_corpus, text, date) == []


# ---------------------------------------------------------------------------------------------
# Which event: the group named another way, and "others" set against a group


def test_people_living_in_the_country_unlawfully_are_the_undocumented(seed_corpus):
    text = "Foreign nationals living in Pakistan unlawfully were given until October 20 to go."
    (claim,) = claims(seed_corpus, text, "2023-11-05")
    assert claim.groups == ("undocumented",)
    assert reported(seed_corpus, text, "2023-11-05") == [("NL101", "error", "October 20")]
    right = text.replace("October 20", "October 31")
    assert reported(seed_corpus, right, "2023-11-05") == []


OTHERS = (
    "Afghans without valid visas were told to leave Islamabad and Rawalpindi by February 28. "
    "PoR card holders can stay until June 30, while {who} must leave by {day}."
)


def test_others_set_against_a_group_refer_to_the_order_before(seed_corpus):
    """ "others" are not the PoR holders just named: they are held to the twin cities' order
    of the sentence before."""
    text = OTHERS.format(who="others", day="April 10")
    assert reported(seed_corpus, text, "2025-02-22") == [("NL101", "error", "April 10")]
    right = OTHERS.format(who="others", day="February 28")
    assert reported(seed_corpus, right, "2025-02-22") == []


def test_others_look_alike(seed_corpus):
    # "they" may be the PoR holders just named: no order is certain, nothing is reported
    text = OTHERS.format(who="they", day="April 10")
    (claim,) = [c for c in claims(seed_corpus, text, "2025-02-22") if c.text == "April 10"]
    assert all(p.id != "twin_cities_relocation" for p, _ in claim.candidates)


# ---------------------------------------------------------------------------------------------
# Which event: the length of a chain's extension is the link in force at the text's date


EXTENSION = "The cabinet approved a {length} extension of stay for registered Afghan refugees."


def test_an_extensions_length_is_the_link_in_force(seed_corpus):
    """In November 2023 the PoR cards were extended six months (30 June to 31 December)."""
    text = EXTENSION.format(length="one-year")
    findings = lint_text(seed_corpus, text, date="2023-11-09", codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "one-year")]
    assert "30 June 2023 to 31 December 2023" in findings[0].message


@pytest.mark.parametrize(
    ("length", "date"),
    [
        ("six-month", "2023-11-09"),
        # the same words in July 2024 are the one-year link of that month
        ("one-year", "2024-07-12"),
        ("three-month", "2024-05-01"),
    ],
)
def test_an_extensions_length_look_alikes(seed_corpus, length, date):
    assert reported(seed_corpus, EXTENSION.format(length=length), date) == []


def test_a_deadline_pushed_back_refers_to_the_order_before(seed_corpus):
    """ "The deadline was later pushed back to …": the deadline noun, past the verb of
    extending, refers back to the order of the sentence before."""
    text = (
        "Undocumented Afghans must leave by November 1. The deadline was later pushed back to {}."
    )
    assert reported(seed_corpus, text.format("December 1"), "2023-10-20") == [
        ("NL101", "error", "December 1")
    ]
    assert reported(seed_corpus, text.format("November 1"), "2023-10-20") == []
    # talks postponed are not the deadline
    other = "Undocumented Afghans must leave by November 1. Talks were postponed until December 1."
    assert reported(seed_corpus, other, "2023-10-20") == []


# ---------------------------------------------------------------------------------------------
# Which event: a window given with its own first and last day


PERIOD = "Refugees will have a grace period of {n}, from August 4 to August 31, to go home."


@pytest.mark.parametrize("n", ["15 days", "two weeks", "40 days", "two months"])
def test_a_window_that_does_not_span_its_own_days(seed_corpus, n):
    """4 to 31 August is the phase-3 order's period on record (announced 4 August, last day
    31 August 2025): these windows do not span it."""
    findings = lint_text(seed_corpus, PERIOD.format(n=n), date="2025-08-06", codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", n)]
    assert "is 28 days" in findings[0].message


@pytest.mark.parametrize("n", ["28 days", "27 days", "four weeks", "25 days", "a month", "30 days"])
def test_a_window_that_spans_its_own_days(seed_corpus, n):
    """Counted from the announcement or the first full day, with or without the last: an
    official's "25-day grace period from August 4 to August 31" is that period."""
    assert reported(seed_corpus, PERIOD.format(n=n), "2025-08-06") == []


def test_a_period_the_ledger_does_not_record_names_no_event(seed_corpus):
    text = "Refugees will have a grace period of 25 days, from August 5 to August 31, to go home."
    assert reported(seed_corpus, text, "2025-08-06") == []


# ---------------------------------------------------------------------------------------------
# Which event: people named in general ("Afghans", "Afghan nationals") mean the order in force


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        ("Pakistan has told Afghans living in the country to leave by November 30 or face "
         "deportation.", "2023-10-20", "November 30"),
        ("Afghan nationals who fail to leave by November 15 will be arrested, the minister "
         "warned.", "2023-10-20", "November 15"),
        ("In early March, Islamabad set a deadline of the end of April for Afghans holding "
         "certain papers to leave, ramping up a campaign to send Afghans home.", "2025-04-03",
         "end of April"),
        ("The government has ordered 800,000 Afghan migrants to go by April 20.", "2025-03-20",
         "April 20"),
        ("Afghan families had until September 15 to return home voluntarily.", "2025-08-10",
         "September 15"),
        ("Pakistan gave Afghans two months to leave.", "2023-10-05", "two months"),
        ("Afghans in Pakistan must leave by November 30, the minister said.", "2023-10-20",
         "November 30"),
        ("Afghans were given 60 days to leave Pakistan voluntarily.", "2023-10-05", "60 days"),
        ("Because of Eid, Pakistan extended the deadline for Afghans to April 20.", "2025-04-05",
         "April 20"),
    ],
)  # fmt: skip
def test_people_in_general_mean_the_order_in_force(seed_corpus, text, date, excerpt):
    assert reported(seed_corpus, text, date) == [("NL101", "error", excerpt)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the value of the order in force, in any recorded form
        ("Pakistan has told 1.7 million Afghan migrants to leave by November 1.", "2023-10-20"),
        ("Afghan nationals who fail to leave by October 31 will be arrested.", "2023-10-20"),
        ("Afghans had until November 1 to leave the country.", "2023-11-10"),
        ("The Afghans' deadline of the end of March stands, officials said.", "2025-03-20"),
        # another group's date in force then: the writer may mean that group
        ("Afghan refugees must leave by June 30, officials said.", "2025-03-20"),
        # an older order told as history, another's order, another purpose, other people
        ("In 2023 Pakistan gave Afghans until November 1 to leave.", "2025-03-20"),
        ("Iranian authorities have told Afghans to leave by November 30.", "2023-10-20"),
        ("Afghan families have until March 25 to register for the census.", "2025-03-20"),
        ("Afghan pilgrims must return by March 20.", "2025-03-20"),
        ("Pakistanis in the Gulf must leave by March 20.", "2025-03-20"),
        # people in a place the ledger's orders do not name: another country's, a city's
        ("Afghans in Iran must leave by November 30.", "2023-10-20"),
        ("Afghans living in Turkey have until November 30 to go.", "2023-10-20"),
        # people waiting to go elsewhere may be a group with orders of its own
        ("Afghans awaiting US visas in Pakistan must leave by April 30.", "2025-03-20"),
        ("Afghans waiting for asylum in Germany were told to go by April 30.", "2025-03-20"),
        ("Thousands of Afghans left by March 20, officials said.", "2025-03-20"),
        # windows and extensions: recorded, or judged by no order in force, or documents'
        ("Pakistan gave Afghans a month to leave.", "2023-10-05"),
        ("Afghans were given 28 days to go home.", "2023-10-05"),
        ("Pakistan gave Afghans two months to leave.", "2025-03-20"),
        ("Afghans were given two months to renew their visas.", "2023-10-05"),
        ("Pakistan extended the deadline for Afghans to April 10 because of Eid.", "2025-04-05"),
        ("The cabinet extended the stay of Afghan refugees until June 30, 2025.", "2024-07-12"),
        # no order in force, or several for different groups with none recording the value
        ("Pakistan has told Afghans to leave by July 15.", "2024-06-20"),
        ("Pakistan has told Afghans to leave by May 15.", "2025-04-20"),
        # a city's order, named by its place, before the ledger's first report of it
        ("February 28 is the deadline for removal of Afghan nationals from Rawalpindi.",
         "2025-02-25"),
    ],
)  # fmt: skip
def test_people_in_general_look_alikes(seed_corpus, text, date):
    assert reported(seed_corpus, text, date) == []


def test_the_end_of_a_month_is_fixed_as_the_end_of_a_month(seed_corpus):
    text = "ACC holders must leave by the end of April 2025."
    (finding,) = lint_text(seed_corpus, text, date="2025-04-03", codes=CODES)
    assert finding.fix.edits[0].replacement == "end of March 2025"
    # a recorded day that is not a month's last is the writer's to word
    text = "Undocumented Afghans must leave by the end of November."
    (finding,) = lint_text(seed_corpus, text, date="2023-10-20", codes=CODES)
    assert finding.fix is None and finding.message.startswith("Check the date")


# ---------------------------------------------------------------------------------------------
# Which event: a value a city's order records does not excuse a date whose own phrase is an
# order to leave the whole country; it still does when the phrase is not.


@pytest.mark.parametrize(
    "phrase", ["to leave Pakistan by", "to exit the country by", "to leave Pakistan voluntarily by"]
)
def test_leaving_the_country_is_not_a_citys_order(seed_corpus, phrase):
    deadline = seed_corpus.ledger.deadlines["twin_cities_relocation"]
    day = deadline.date
    text = f"The deadline given to ACC holders {phrase} {day:%B} {day.day}, {day.year} has ended."
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-04-05")] == ["NL101"]


def test_leaving_the_country_look_alike(seed_corpus):
    """The country named for another group's stay is not the date's phrase."""
    text = (
        "Afghans with Proof of Registration can stay in Pakistan until June 30, and those "
        "seeking resettlement in a third country must also leave by the end of March."
    )
    assert reported(seed_corpus, text, "2025-04-19") == []


# ---------------------------------------------------------------------------------------------
# Which event: a group phrase that carries another group's figure ("the 1.4 million
# undocumented Afghan refugees", 1.4 million being the PoR holders' figure) may mean either
# group: a window the other group's record holds (the months from its extension's announcement
# to its new cut-off) is not a mismatch; one neither record holds still is. Figures, dates and
# lengths are read from the ledger.

FIGURE_TEMPLATES = (
    "The government had issued a {n}-month deadline for the {figure} undocumented Afghan refugees.",
    "Pakistan gave its {figure} undocumented Afghans a {n}-month deadline to leave.",
    "A {n}-month deadline was set for an estimated {figure} illegal immigrants to leave.",
)


def _millions(value: float) -> str:
    return f"{value / 1e6:g} million"


def _por_extension(corpus):
    """The first PoR validity extension announced well before its new cut-off, as (day of
    the draft, months from announcement to cut-off)."""
    for step in corpus.ledger.deadlines["por_validity_chain"].steps:
        announced, new = step.get("announced"), step.get("extended_to")
        if isinstance(announced, dt.date) and isinstance(new, dt.date) and new > announced:
            months = round((new - announced).days / 30.4)
            if months >= 2 and abs((new - announced).days - months * 30.4) <= 4:
                return announced + dt.timedelta(days=2), months
    raise AssertionError("no PoR extension with a whole number of months")


@pytest.mark.parametrize("template", FIGURE_TEMPLATES)
def test_another_groups_figure_may_mean_that_groups_window(seed_corpus, template):
    day, months = _por_extension(seed_corpus)
    own = [f.value for f in seed_corpus.ledger.figures_for("undocumented") if f.value >= 1e6]
    others = [f.value for f in seed_corpus.ledger.figures_for("por") if f.value >= 1e6]
    others = [v for v in others if not any(abs(v - o) <= 0.025 * o for o in own)]
    assert own and others
    when = day.isoformat()
    for value in others:
        right = template.format(n=NUMBER_WORDS[months], figure=_millions(value))
        assert reported(seed_corpus, right, when) == [], right
    # the named group's own figure: the PoR window is not theirs
    text = template.format(n=NUMBER_WORDS[months], figure=_millions(own[0]))
    assert [code for code, _, _ in reported(seed_corpus, text, when)] == ["NL101"], text


def test_another_groups_figure_with_a_date_neither_record_holds(seed_corpus):
    """Either group may be meant, but neither group's record holds the date: still reported."""
    deadline = seed_corpus.ledger.deadlines["ifrp_phase1"]
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    wrong = deadline.date + dt.timedelta(days=30)
    assert wrong not in deadline.accepted_dates() and wrong not in chain.accepted_dates()
    (figure, *_) = [f.value for f in seed_corpus.ledger.figures_for("por") if f.value >= 1e6]
    text = (
        f"Pakistan has given {_millions(figure)} undocumented Afghans until "
        f"{wrong:%B} {wrong.day} to leave."
    )
    when = (deadline.announced + dt.timedelta(days=5)).isoformat()
    assert [code for code, _, _ in reported(seed_corpus, text, when)] == ["NL101"]


# ---------------------------------------------------------------------------------------------
# Which event: a clause naming several groups with orders of their own ("Afghans, including
# PoR and ACC holders") cannot say whose deadline it gives; but a value that every named
# group's record at the text's date contradicts is wrong whichever group is meant. A value
# one group's record holds, or a group with no record yet, stays silent.

SEVERAL_GROUPS = (
    "Afghan nationals, including those with PoR or ACC cards, must leave by {date}.",
    "Both ACC holders and PoR card holders have been told to leave the country by {date}.",
    "The order covers Afghan Citizen Card holders as well as registered refugees with PoR "
    "cards, who must go by {date}.",
)


@pytest.mark.parametrize("template", SEVERAL_GROUPS)
def test_a_value_every_named_groups_record_contradicts(seed_corpus, template):
    acc = seed_corpus.ledger.deadlines["ifrp_phase2_acc"]
    when = (acc.announced + dt.timedelta(days=5)).isoformat()
    wrong = acc.date + dt.timedelta(days=20)
    text = template.format(date=f"{wrong:%B} {wrong.day}")
    assert [code for code, _, _ in reported(seed_corpus, text, when)] == ["NL101"], text
    # the ACC holders' own date: one named group's record holds it
    right = template.format(date=f"{acc.date:%B} {acc.date.day}")
    assert reported(seed_corpus, right, when) == [], right


def test_a_group_with_no_record_yet_leaves_several_groups_unsure(seed_corpus):
    """Before the third-country cut-off was on record, a clause naming those cases and the
    undocumented cannot be held to either group's order."""
    text = "Undocumented Afghans awaiting resettlement in a third country must leave by March 31."
    phase1 = seed_corpus.ledger.deadlines["ifrp_phase1"]
    when = (phase1.announced + dt.timedelta(days=5)).isoformat()
    assert reported(seed_corpus, text, when) == []


# ---------------------------------------------------------------------------------------------
# Which event: a clause referring back ("those who were ordered to … by <date>") takes the
# event of the sentence before among those on record at the text's date: the PoR cards'
# validity chain, not the later phase-3 order that merely shares the group.

REFERRING_BACK = (
    "Pakistan will consider extending the stay of registered refugees holding PoR cards. Those "
    "who were previously ordered to return home by {date} would be relieved, officials said.",
    "The government may again extend the validity of PoR cards. Those who were told to leave "
    "by {date} are waiting for a decision.",
)


@pytest.mark.parametrize("template", REFERRING_BACK)
def test_a_clause_referring_back_takes_the_event_on_record(seed_corpus, template):
    chain = seed_corpus.ledger.deadlines["por_validity_chain"]
    step = next(s for s in chain.steps if isinstance(s.get("extended_to"), dt.date)
                and s["extended_to"].year == 2025)  # fmt: skip
    new = step["extended_to"]
    when = (new - dt.timedelta(days=10)).isoformat()
    acc = seed_corpus.ledger.deadlines["ifrp_phase2_acc"].date  # another group's date
    wrong = template.format(date=f"{acc:%B} {acc.day}")
    assert [code for code, _, _ in reported(seed_corpus, wrong, when)] == ["NL101"]
    right = template.format(date=f"{new:%B} {new.day}")
    assert reported(seed_corpus, right, when) == []
