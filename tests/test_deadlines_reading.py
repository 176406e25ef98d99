"""How real reporting gives deadlines (issue 11, item 3): date roles, which event, newer than the
ledger, which mention is wrong. Each class has a paraphrased draft that narrlint used to get
wrong and a look-alike that must stay as it is; all against the seed ledger."""

import datetime as dt

import pytest

from narrlint.api import Problem, Rule, Severity
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from .conftest import lint_text, run_cli

CODES = ("NL101", "NL102")


def reported(corpus, text, date):
    """(code, severity, excerpt) of each deadline finding."""
    findings = lint_text(corpus, text, date=date, codes=CODES)
    return [(f.code, f.severity.value, f.excerpt) for f in findings]


def claims(corpus, text, date):
    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return draft.claims.dates


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
# Newer than the ledger: an extension after the ledger's last record is an info finding


NEWER = "The government has extended the deadline for illegal immigrants to leave to {new}."


def test_an_extension_newer_than_the_ledger_is_info(seed_corpus):
    findings = lint_text(seed_corpus, NEWER.format(new="February 15"), date="2023-12-10")
    (finding,) = [f for f in findings if f.code in CODES]
    assert (finding.code, finding.severity.value) == ("NL101", "info")
    assert finding.message.startswith("Check the ledger: no extension of")
    assert "1 November 2023" in finding.message and finding.fix is None


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the same extension while the order is in force: a contradiction (error)
        (NEWER.format(new="February 15"), "2023-10-20", [("NL101", "error", "February 15")]),
        # a later cut-off that is not reported as an extension: nothing
        ("Undocumented Afghans now have until the end of April to leave.", "2024-02-10", []),
    ],
)
def test_an_extension_newer_than_the_ledger_look_alikes(seed_corpus, text, date, expected):
    assert reported(seed_corpus, text, date) == expected


def _newer_draft(tmp_path, config: str = ""):
    (tmp_path / "draft.md").write_text(
        "---\ndate: 2023-12-10\n---\n" + NEWER.format(new="February 15") + "\n", "utf-8"
    )
    if config:
        (tmp_path / ".narrlint.yaml").write_text(config, "utf-8")


def test_cli_an_info_finding_does_not_fail_the_run(tmp_path):
    _newer_draft(tmp_path)
    run = run_cli("--select", "NL1", "draft.md", cwd=tmp_path)
    assert run.code == 0, run.stdout + run.stderr
    assert "NL101" in run.stdout and "Check the ledger" in run.stdout
    run = run_cli("--select", "NL1", "--format", "json", "draft.md", cwd=tmp_path)
    assert run.code == 0, run.stderr
    (finding,) = run.json()["findings"]
    assert (finding["code"], finding["severity"]) == ("NL101", "info")
    assert finding["fix"] is None
    # unless the user asks for it
    run = run_cli("--select", "NL1", "--fail-on", "info", "draft.md", cwd=tmp_path)
    assert run.code == 1


def test_cli_the_config_severity_overrides_a_per_finding_severity(tmp_path):
    _newer_draft(tmp_path, "severity:\n  NL101: warning\n")
    run = run_cli("--select", "NL1", "--format", "json", "draft.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    (finding,) = run.json()["findings"]
    assert finding["severity"] == "warning"


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
# A per-finding severity (narrlint.model.Problem.severity), as any rule may use it


class _Noting(Rule):
    code, name, summary, severity = "XN001", "noting", "notes", Severity.ERROR
    level: object = Severity.INFO

    def check(self, draft, corpus):
        return [Problem(0, 4, "a note", severity=self.level), Problem(0, 4, "the default")]


def test_a_per_finding_severity_replaces_the_rules_default(seed_corpus):
    findings = Linter([_Noting()], seed_corpus).lint(SourceText("Some text."), "d.md").findings
    assert sorted((f.message, f.severity.value) for f in findings) == [
        ("a note", "info"),
        ("the default", "error"),
    ]


def test_a_severity_that_is_not_a_severity_is_an_internal_error(seed_corpus):
    rule = _Noting()
    rule.level = "loud"
    findings = Linter([rule], seed_corpus).lint(SourceText("Some text."), "d.md").findings
    by_code = {f.code: f for f in findings}
    assert sorted(by_code) == ["NL000", "XN001"]  # the good finding is kept
    assert "is not a narrlint Severity" in by_code["NL000"].message


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
# Which group: the adverb of a group's modifier, read back past an aside


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has ordered Afghans living in the country irregularly to leave by December 1.",
        "Afghans it says are living in the country illegally must leave by December 1.",
        "Islamabad told Afghans that officials say are staying in Pakistan unlawfully to go by "
        "December 1 or face arrest.",
        "Every migrant residing irregularly in Pakistan has to leave by December 1, the "
        "ministry said.",
    ],
)
def test_people_living_in_the_country_irregularly(seed_corpus, text):
    """The undocumented's order is recorded for 1 November 2023."""
    assert [code for code, _, _ in reported(seed_corpus, text, "2023-10-25")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has ordered Afghans living in the country irregularly to leave by November 1.",
        "Afghans it says are living in the country illegally must leave by November 1.",
        # a registered refugee living here legally is not the undocumented
        "Afghans the government says are living in the country legally must renew by December 1.",
        "Refugees who arrived early, and who sold their homes quickly, left by December 1.",
    ],
)
def test_people_living_in_the_country_irregularly_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2023-10-25") == []


# ---------------------------------------------------------------------------------------------
# Attribution: "according to officials" is not a purpose of the deadline's own


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders were ordered to leave. Those who failed to go by March 20 face arrest, "
        "according to police officials.",
        "ACC holders were ordered to leave. The deadline is March 20, according to interior "
        "ministry officials.",
        "ACC holders were ordered out. Those still here after March 20 will be deported due to "
        "security concerns.",
    ],
)
def test_according_to_is_not_a_foreign_purpose(seed_corpus, text):
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-04-08")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "ACC holders were ordered to leave. The deadline is March 31, according to officials.",
        "ACC holders were ordered to leave. The deadline to apply for visas is March 20, "
        "according to officials.",
    ],
)
def test_according_to_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-04-08") == []


# ---------------------------------------------------------------------------------------------
# Which place: a capital that sets an order is the government, not the city


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad has ordered ACC holders to leave the country by March 20.",
        "Islamabad announced that ACC holders must leave Pakistan by March 20.",
        "In early March Islamabad set March 20 as the deadline for ACC holders to go home.",
    ],
)
def test_a_capital_that_sets_an_order_is_the_government(seed_corpus, text):
    (claim,) = claims(seed_corpus, text, "2025-03-10")
    assert claim.place != "Islamabad and Rawalpindi"
    assert [p.id for p, _ in claim.candidates] == ["ifrp_phase2_acc"]
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-03-10")] == ["NL101"]


@pytest.mark.parametrize(
    "text",
    [
        "All Afghans without valid visas must leave Islamabad by March 31.",
        "Afghans without valid visas in Islamabad have until March 31 to relocate.",
        "Islamabad is home to thousands of Afghans without valid visas, who must go by March 31.",
    ],
)
def test_a_capital_that_sets_an_order_look_alikes(seed_corpus, text):
    """The city named as where the order applies keeps its own (disputed) deadline."""
    (claim,) = claims(seed_corpus, text, "2025-02-22")
    assert claim.place == "Islamabad and Rawalpindi"
    assert reported(seed_corpus, text, "2025-02-22") == []


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
# Which place: a local order's place named in the sentence before


TWIN = "All Afghans must leave Rawalpindi and Islamabad by February 28, officials said."


@pytest.mark.parametrize(
    "second",
    [
        " ACC holders will be relocated to other cities by March 31.",
        " The documents say ACC holders must be shifted to other cities by March 31.",
        " ACC holders, however, have until March 31 to relocate.",
    ],
)
def test_a_local_orders_place_named_in_the_sentence_before(seed_corpus, second):
    """The ledger records both 28 February and 31 March for the twin cities' order (the
    sources disagree): the draft gives both for it."""
    found = reported(seed_corpus, TWIN + second, "2025-02-22")
    assert found == [("NL102", "warning", "March 31")]


@pytest.mark.parametrize(
    "second",
    [
        " ACC holders will be relocated to other cities by February 28.",
        # another paragraph, or a place of its own: not the twin cities' order
        "\n\nACC holders will be relocated to other cities by March 31.",
        " ACC holders in Quetta will be relocated to other cities by March 31.",
    ],
)
def test_a_local_orders_place_look_alikes(seed_corpus, second):
    assert reported(seed_corpus, TWIN + second, "2025-02-22") == []


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


# ---------------------------------------------------------------------------------------------
# Fast paths of the reader (issue 10): a word set or an index decides which words are read, so
# each must hold every word the full test would act on


def test_every_word_that_names_a_group_by_modifier_starts_a_category_search(seed_corpus):
    """``_categories`` reads only the words of its trigger set: a modifier, its synonym and its
    adverb ("irregularly") must all be there, or a group goes unread."""
    from narrlint.claims.dates_clues import _modifier_groups, _triggers
    from narrlint.claims.dates_lexicon import lexicon_for
    from narrlint.claims.dates_words import MODIFIER_SYNONYMS

    lexicon = lexicon_for(seed_corpus)
    starts = _triggers(lexicon).category_starts
    words = [*lexicon.modifiers, *MODIFIER_SYNONYMS, *(w + "ly" for w in lexicon.modifiers)]
    named = [w for w in words if _modifier_groups(w, lexicon) is not None]
    assert named and "irregularly" in named
    assert [w for w in named if w not in starts] == []
    assert _modifier_groups("kindly", lexicon) is None and "kindly" not in starts


def test_deadline_nouns_are_found_through_their_first_and_last_words():
    """Every deadline noun is reachable from its own first and last word, in the list's order."""
    from narrlint.claims.dates_nouns import _BY_FIRST, _BY_LAST
    from narrlint.claims.dates_words import DEADLINE_NOUNS

    for phrase in DEADLINE_NOUNS:
        assert phrase in _BY_FIRST[phrase[0]] and phrase in _BY_LAST[phrase[-1]]
    assert sum(map(len, _BY_FIRST.values())) == len(DEADLINE_NOUNS)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Arrests of those who stay will begin after the deadline of November 1.", True),
        ("The police made arrests.", True),  # the plural of an enforcement word
        ("Officials held talks on the plan.", False),
    ],
)
def test_enforcement_words_are_read_as_words_lemmas_and_plurals(seed_corpus, text, read):
    from narrlint.claims.dates_clues import clues_of
    from narrlint.claims.dates_lexicon import lexicon_for

    doc = seed_corpus.nlp(text)
    assert clues_of(doc[:], lexicon_for(seed_corpus)).enforcement is read


def test_a_cut_off_in_a_sentence_with_a_clause_break_is_read_in_its_own_clause(seed_corpus):
    """One set test lets a sentence without a break stay whole; a sentence with one is split,
    and each date keeps its own clause."""
    found = claims(
        seed_corpus,
        "Talks were held on October 4, but undocumented Afghans must leave by November 1.",
        "2023-10-10",
    )
    by_text = {c.span.text: c for c in found}
    assert by_text["November 1"].clause.text.startswith("but")
    assert not by_text["October 4"].clause.text.startswith("but")
    assert by_text["November 1"].role == "deadline"


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
# Who sets the deadline: a possessive names the setter only when it owns an order, a deadline
# or an authority ("Iran's deadline"), not a thing of a place ("Punjab's border points").


@pytest.mark.parametrize(
    "opening",
    [
        "Repatriation began through Khyber Pakhtunkwa's border crossings",
        "Returns picked up at Chaman's border point",
        "The second phase started at Torkham's crossing",
    ],
)
def test_a_places_possessive_thing_is_not_the_deadlines_setter(seed_corpus, opening):
    wrong = (
        f"{opening} after the deadline given to ACC holders to leave Pakistan by April 14, 2025."
    )
    assert [code for code, _, _ in reported(seed_corpus, wrong, "2025-04-20")] == ["NL101"]
    right = wrong.replace("April 14", "March 31")
    assert reported(seed_corpus, right, "2025-04-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran's deadline for undocumented Afghans to leave expires on March 20.",
        "Germany's new deportation rules give undocumented Afghans until March 20 to leave.",
        "Turkey's interior ministry told Afghans without papers to leave by March 20.",
    ],
)
def test_a_possessive_that_owns_an_order_look_alikes(seed_corpus, text):
    assert reported(seed_corpus, text, "2025-03-01") == []


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
NUMBER_WORDS = {
    1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
    9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
    15: "fifteen", 16: "sixteen",
}  # fmt: skip


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
# Which mention conflicts: a second date in a participle clause that restates the first's order
# (", giving them until …") is the same cut-off told twice; when the ledger holds both values
# as disputed readings, NL102 reports it. Two stages of an order in one sentence do not conflict.

RESTATED = (
    "Afghans in Islamabad and Rawalpindi were told to leave the twin cities by {a}, giving "
    "them until {b} to relocate.",
    "Afghan nationals living in Islamabad and Rawalpindi must leave the twin cities by "
    "{a}, giving them time until {b} to wind up their affairs.",
    "Last month the authorities ordered Afghans to leave Islamabad and Rawalpindi by {a}, "
    "granting them until {b} to go.",
)


def _disputed(corpus):
    first, second, *_ = sorted(corpus.ledger.deadlines["twin_cities_relocation"].accepted_dates())
    return (f"{first:%B} {first.day}", f"{second:%B} {second.day}")


@pytest.mark.parametrize("template", RESTATED)
def test_a_restated_order_with_two_disputed_values_conflicts(seed_corpus, template):
    a, b = _disputed(seed_corpus)
    text = template.format(a=a, b=b)
    assert [code for code, _, _ in reported(seed_corpus, text, "2025-02-20")] == ["NL102"]
    assert reported(seed_corpus, template.format(a=a, b=a), "2025-02-20") == []


@pytest.mark.parametrize(
    "template",
    [
        # two stages of an order
        "Afghans must leave Islamabad and Rawalpindi by {a} and the rest of the country by {b}.",
        # a participle that is not a restatement of the order
        "Afghans must leave Islamabad and Rawalpindi by {a}, officials said, adding that "
        "talks continue until {b}.",
    ],
)
def test_a_restated_order_look_alikes(seed_corpus, template):
    a, b = _disputed(seed_corpus)
    codes = [code for code, _, _ in reported(seed_corpus, template.format(a=a, b=b), "2025-02-20")]
    assert "NL102" not in codes


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


# ---------------------------------------------------------------------------------------------
# Which mention conflicts, a grid: two sentences giving the twin cities' order two values the
# ledger holds as disputed readings conflict (NL102) in any pair of shapes, including an
# enforcement start ("After <date>, Afghans found in … will be deported") and people who
# "move out of" the cities (moving people, not a deadline); the same value twice is silent.
# A sentence naming no group refers back to the order for everyone there, not to the
# third-country cases' order in the same place.

CONFLICT_FIRST = (
    "All Afghans must leave the twin cities of Islamabad and Rawalpindi by {a}.",
    "Afghans living in Islamabad and Rawalpindi have been told to relocate by {a}.",
    "The government set a {a} deadline for Afghans to move out of Islamabad and Rawalpindi.",
)
CONFLICT_SECOND = (
    "Those living in the twin cities must relocate before the {b} deadline.",
    "Officials said Afghans in Islamabad and Rawalpindi had until {b} to leave.",
    "The deadline for Afghans to leave the twin cities is {b}, an official said.",
    "After {b}, Afghans found in Islamabad or Rawalpindi will be deported.",
)


def test_two_disputed_values_in_two_sentences_grid(seed_corpus):
    a, b = _disputed(seed_corpus)
    wrong = []
    for first in CONFLICT_FIRST:
        for second in CONFLICT_SECOND:
            for x, y, expected in ((a, b, ["NL102"]), (a, a, []), (b, b, [])):
                text = f"{first.format(a=x)} {second.format(b=y)}"
                codes = [code for code, _, _ in reported(seed_corpus, text, "2025-02-20")]
                if codes != expected:
                    wrong.append((text, codes))
    assert wrong == []


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


# ---------------------------------------------------------------------------------------------
# Group resolution: the people a deadline noun is "for" are its group, whatever other groups
# the clause names in an adjunct ("In addition to …", "Besides …"); a "for" phrase naming two
# groups keeps both.


@pytest.mark.parametrize(
    "text",
    [
        "In addition to undocumented Afghans, the government has also set a March 31 deadline "
        "for registered refugees holding PoR cards to exit Pakistan.",
        "Besides illegal foreigners, officials announced a March 31 deadline for PoR card "
        "holders to leave.",
    ],
)
def test_the_group_a_deadline_is_for(seed_corpus, text):
    (claim,) = claims(seed_corpus, text, "2025-03-20")
    assert claim.groups == ("por",)


def test_the_group_a_deadline_is_for_look_alike(seed_corpus):
    text = (
        "Officials set a March 31 deadline for undocumented Afghans awaiting resettlement in a "
        "third country to leave."
    )
    (claim,) = claims(seed_corpus, text, "2025-03-20")
    assert claim.groups == ("third_country", "undocumented")
