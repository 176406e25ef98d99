"""How real reporting gives deadlines (issue 11, item 3), date roles: which date in a sentence
is a cut-off, an enforcement start, an extension's length or something else, and dates counted
from the text's date. Each class has a paraphrased draft that narrlint used to get wrong and a
look-alike that must stay as it is; all against the seed ledger."""

import pytest

from .conftest import lint_text
from .deadlines_support import CODES, claims, reported

# ---------------------------------------------------------------------------------------------
# Date roles: "extended the deadline for … (PoR) cards until <date>" is the new cut-off


@pytest.mark.parametrize(
    ("new", "expected"),
    [("October 1", [("NL101", "error", "October 1")]), ("September 1", [])],
)
def test_an_extension_past_a_bracketed_abbreviation(seed_corpus, new, expected):
    """The deadline noun is found past "(PoR)", so the date is an extension of the phase-3
    deadline to leave (1 September 2025), not the cards' validity (which ended in June)."""
    text = (
        "The government has extended the deadline for Afghans holding Proof of Registration "
        f"(PoR) cards until {new}, officials said."
    )
    (claim,) = claims(seed_corpus, text, "2025-08-07")
    assert claim.role == "extension" and claim.event.id == "ifrp_phase3_por"
    assert reported(seed_corpus, text, "2025-08-07") == expected


# ---------------------------------------------------------------------------------------------
# Date roles: days of a month named from the text's date


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        ("Undocumented Afghans were given until the 15th of next month to leave.",
         "2023-10-20", "15th of next month"),
        ("ACC holders have been given a deadline of the 20th of this month to leave.",
         "2025-03-10", "20th of this month"),
    ],
)  # fmt: skip
def test_a_day_of_this_or_next_month(seed_corpus, text, date, excerpt):
    assert reported(seed_corpus, text, date) == [("NL101", "error", excerpt)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Undocumented Afghans were given until the first of next month to leave.", "2023-10-20"),
        ("ACC holders have been given a deadline of the 31st of this month to leave.",
         "2025-03-10"),
        # without a date to count from, nothing is read
        ("Some 31 of the families left the country.", "2025-03-10"),
    ],
)  # fmt: skip
def test_a_day_of_this_or_next_month_look_alikes(seed_corpus, text, date):
    assert reported(seed_corpus, text, date) == []


# ---------------------------------------------------------------------------------------------
# Date roles: "… ended on <date>" is a cut-off when a validity or a window ends


def test_a_validity_that_ended_on_a_date_is_an_expiry(seed_corpus):
    text = "The notice said the validity of PoR cards ended on 31 July 2025."
    (claim,) = claims(seed_corpus, text, "2025-08-02")
    assert claim.role == "expiry" and claim.event.id == "por_validity_chain"
    assert reported(seed_corpus, text, "2025-08-02") == [("NL101", "error", "31 July 2025")]
    right = text.replace("31 July", "30 June")
    assert reported(seed_corpus, right, "2025-08-02") == []


def test_a_grace_period_named_by_a_document_is_its_holders_window(seed_corpus):
    """ "the PoR card grace period" is the window PoR holders had to leave (phase 3, last day
    31 August 2025), not the cards' validity (which ended on 30 June)."""
    text = "Returns rose after the PoR card grace period that ended on September 15."
    (claim,) = claims(seed_corpus, text, "2025-09-20")
    assert claim.groups == ("por",) and claim.event.id == "ifrp_phase3_por"
    (finding,) = lint_text(seed_corpus, text, date="2025-09-20", codes=CODES)
    assert (finding.code, finding.excerpt) == ("NL101", "September 15")
    assert finding.fix.edits[0].replacement == "August 31"
    right = text.replace("September 15", "August 31")
    assert reported(seed_corpus, right, "2025-09-20") == []


def test_what_ends_look_alikes(seed_corpus):
    # talks that ended on a date are not a cut-off
    text = "Talks on the return of PoR card holders ended on 31 July 2025."
    assert [c.role for c in claims(seed_corpus, text, "2025-08-02")] == ["event_date"]
    assert reported(seed_corpus, text, "2025-08-02") == []


# ---------------------------------------------------------------------------------------------
# Date roles: an enforcement start is fixed to the recorded enforcement start


def test_an_enforcement_start_is_fixed_to_the_recorded_start(seed_corpus):
    text = "Deportations of ACC holders will begin on April 20, the ministry said."
    (finding,) = lint_text(seed_corpus, text, date="2025-03-20", codes=CODES)
    assert (finding.code, finding.excerpt) == ("NL101", "April 20")
    assert finding.fix.edits[0].replacement == "April 1"
    assert "enforcement from 1 April 2025" in finding.message
    right = text.replace("April 20", "April 1")
    assert reported(seed_corpus, right, "2025-03-20") == []


# ---------------------------------------------------------------------------------------------
# Date roles: a date before its deadline noun, set off by commas or with the order's own nouns


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Islamabad set a March 20, 2025, deadline for ACC holders to leave.", "March 20, 2025"),
        ("ACC holders were given a March 20, 2025, deadline to leave, the ministry said.",
         "March 20, 2025"),
        ("Thousands of ACC holders left before the March 20 exit deadline expired.", "March 20"),
        ("Since the expiry of a Mar. 20 expulsion deadline for Afghan Citizen Card holders, "
         "13,000 people have gone.", "Mar. 20"),
        ("ACC holders had missed the March 20 voluntary return deadline, police said.",
         "March 20"),
        ("The March 20 repatriation deadline for ACC holders was not extended.", "March 20"),
    ],
)  # fmt: skip
def test_a_date_qualifying_a_deadline_noun(seed_corpus, text, excerpt):
    """The ACC holders' order is recorded for 31 March 2025: every form reads its date."""
    assert reported(seed_corpus, text, "2025-04-08") == [("NL101", "error", excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad set a March 31, 2025, deadline for ACC holders to leave the country.",
        "Since the expiry of a Mar. 31 expulsion deadline for Afghan Citizen Card holders, "
        "13,000 people have gone.",
        "ACC holders had missed the March 31 voluntary return deadline, police said.",
        # a date that opens the sentence, or dates a plan, is not the deadline's
        "On March 20, 2025, the deadline for ACC holders was announced again.",
        "By March 20, 2025, deportation plans for ACC holders had been drawn up.",
        "The ministry on March 20 deportation plans for ACC holders said little.",
    ],
)
def test_a_date_qualifying_a_deadline_noun_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-04-08") == []


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders had until March 20 to leave, officials said of Afghan citizen-card holders.",
        "Afghan citizen-card holders must leave by March 20.",
        "Officials told Afghan citizen-card (ACC) holders to leave by March 20.",
    ],
)
def test_a_groups_document_written_with_hyphens(seed_corpus, text):
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-04-08")] == ["NL101"]


def test_a_groups_document_written_with_hyphens_look_alike(seed_corpus):
    text = "Afghan citizen-card holders must leave by March 31."
    assert reported(seed_corpus, text, "2025-04-08") == []
    (claim,) = claims(seed_corpus, text, "2025-04-08")
    assert claim.groups == ("acc",)
    hyphenated = "The government set a deadline for Afghans holding proof-of-registration cards."
    assert reported(seed_corpus, hyphenated, "2025-04-08") == []


# ---------------------------------------------------------------------------------------------
# Date roles: a date set beside its deadline noun, a fronted enforcement start, time given


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("March 20, the deadline for ACC holders to leave, is approaching.", "March 20"),
        ("The ministry set March 20, the deadline for ACC holders to leave the country.",
         "March 20"),
        ("20 March 2025, the final deadline for ACC holders, passed quietly.", "20 March 2025"),
        ("From March 20, ACC holders found in the country will be deported.", "March 20"),
        ("Starting March 20, police will arrest ACC holders still living in Pakistan.",
         "March 20"),
        ("ACC holders have been given time until March 20.", "March 20"),
        ("ACC holders were given a chance until March 20 to go home.", "March 20"),
    ],
)  # fmt: skip
def test_more_forms_of_a_cut_off(seed_corpus, text, excerpt):
    assert reported(seed_corpus, text, "2025-03-25") == [("NL101", "error", excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "March 31, the deadline for ACC holders to leave, is approaching.",
        "From April 1, ACC holders found in the country will be deported.",
        "ACC holders have been given time until March 31.",
        # a date that dates the sentence, or a report of what was done
        "On March 20, the deadline for ACC holders was announced again.",
        "Thursday, March 20, the deadline for ACC holders was discussed in cabinet.",
        "March 20, the deadline for ACC holders was discussed in cabinet.",
        "From March 20, deportations of ACC holders were carried out in Punjab.",
        "From March 20, officials said, the ministry will review arrangements for ACC holders.",
        "The court gave ACC holders' lawyers time until March 20 to file their petition.",
    ],
)
def test_more_forms_of_a_cut_off_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-03-25") == []


# ---------------------------------------------------------------------------------------------
# Date roles: the length of an extension ("extended by ten days")


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        ("The deadline for ACC holders was extended by a month due to Eid.", "2025-04-03",
         "a month"),
        ("Pakistan has pushed back the ACC holders' deadline by three weeks, to April 10.",
         "2025-04-03", "three weeks"),
        # before the ledger's first report of the province's own two-day extension
        ("Citing Eid, the government extended the deadline for Afghan migrants by two days, now "
         "set for April 10.", "2025-03-31", "two days"),
    ],
)  # fmt: skip
def test_the_length_of_an_extension(seed_corpus, text, date, excerpt):
    """The ledger records the national extension from 31 March to 10 April 2025 (ten days)."""
    found = reported(seed_corpus, text, date)
    assert [(code, ex) for code, _, ex in found] == [("NL101", excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for ACC holders was extended by ten days due to Eid.",
        "Pakistan has pushed back the ACC holders' deadline by 10 days, to April 10.",
        # one province's two-day extension, whether or not the province is named
        "The deadline for ACC holders was extended by two days due to Eid.",
        "The deadline for Afghans was extended by two days due to Eid.",
        "Khyber Pakhtunkhwa extended the deadline for Afghans by two days.",
        "The deadline for Afghans was extended to April 2 due to Eid.",
        # not an extension: denied, requested, or a length of something else
        "The deadline for ACC holders was not extended by a month, officials said.",
        "UNHCR urged Pakistan to extend the deadline for ACC holders by two months.",
        "ACC holders crossed the border by the thousands over two days.",
    ],
)
def test_the_length_of_an_extension_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-04-03") == []


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        ("The stay of PoR card holders was extended for two months.", "2023-11-09",
         "two months"),
        ("The government extended the stay of PoR card holders for a further two months.",
         "2023-11-09", "two months"),
        ("The deadline for ACC holders was extended for a month because of Eid.", "2025-04-03",
         "a month"),
    ],
)  # fmt: skip
def test_the_length_of_an_extension_after_for(seed_corpus, text, date, excerpt):
    """The PoR chain's link in force in November 2023 ran six months (30 June to 31 December);
    the ACC holders' extension ten days."""
    assert [(c, ex) for c, _, ex in reported(seed_corpus, text, date)] == [("NL101", excerpt)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The government extended the stay of PoR card holders for another six months.",
         "2023-11-09"),
        ("The deadline for ACC holders was extended for ten days because of Eid.", "2025-04-03"),
        ("After the stay of PoR card holders was extended, hundreds were detained for two "
         "months.", "2023-11-09"),
        ("The deadline was extended, and ACC holders were held for a month.", "2025-04-03"),
    ],
)  # fmt: skip
def test_the_length_of_an_extension_after_for_look_alikes(seed_corpus, text, date):
    assert reported(seed_corpus, text, date) == []


# ---------------------------------------------------------------------------------------------
# Dates counted from the text's date: the end of this month, of next month


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders have been told to leave by the end of next month.",
        "ACC holders must leave by the end of the next month, officials said.",
    ],
)
def test_the_end_of_a_month_counted_from_the_text(seed_corpus, text):
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-03-10")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders have been told to leave by the end of this month.",
        "ACC holders must leave by the end of the current month.",
        # "the month" may be another month of the story: not counted from the text's date
        "In early February, Islamabad told ACC holders to leave by the end of the month.",
        "Talks on the plan will continue until the end of next month.",
    ],
)
def test_the_end_of_a_month_counted_from_the_text_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-03-10") == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The government moved the deadline for Afghans to leave Islamabad and Rawalpindi to "
         "March 31.", "extension"),
        ("ACC holders must move to other cities until March 31.", "deadline"),
        ("ACC holders must move out of the twin cities by March 31.", "deadline"),
    ],
)  # fmt: skip
def test_moving_people_is_not_moving_a_deadline(seed_corpus, text, role):
    (claim,) = claims(seed_corpus, text, "2025-02-20")
    assert claim.role == role
    assert claim.tells_of_change == (role == "extension")
