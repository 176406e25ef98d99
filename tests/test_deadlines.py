"""NL101 deadline-mismatch and NL102 deadline-conflict, and the date claims they compare with
the ledger (``narrlint.claims.dates``), on small drafts against the seed ledger."""

import datetime as dt
import json
import re
import textwrap

import pytest

from narrlint.claims.dates import ROLES, DateClaim
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText
from narrlint.knowledge.corpus import load_corpus

from .conftest import ROOT, lint_text, run_cli

CODES = ("NL101", "NL102")
PHASE1 = "2023-10-20"
PHASE2 = "2025-03-20"
PHASE3 = "2025-08-10"


def codes(findings):
    return [f.code for f in findings]


def only(findings, code):
    return [f for f in findings if f.code == code]


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        # the phase-1 cut-off (1 November 2023), paraphrased, US and British forms
        ("Pakistan gave undocumented foreigners until December 1 to leave.", PHASE1, "December 1"),
        (
            "Islamabad has set December 1 as the deadline for all undocumented immigrants, "
            "mainly Afghans, to leave the country.",
            PHASE1,
            "December 1",
        ),
        (
            "The caretaker government gave an ultimatum to all illegal immigrants to leave "
            "Pakistan by Dec. 1 or risk imprisonment and deportation.",
            PHASE1,
            "Dec. 1",
        ),
        (
            "Afghans living illegally have been told to depart by 15 November.",
            PHASE1,
            "15 November",
        ),
        ("Undocumented Afghans must leave by 1 December 2023.", PHASE1, "1 December 2023"),
        ("Islamabad set a Nov. 15 deadline for undocumented Afghans to exit.", PHASE1, "Nov. 15"),
        ("The ultimatum to undocumented migrants expires on November 30.", PHASE1, "November 30"),
        (
            "The deadline for illegal immigrants to leave the country is November 20.",
            PHASE1,
            "November 20",
        ),
        ("Undocumented Afghans must leave by November 1, 2024.", PHASE1, "November 1, 2024"),
        (
            "On October 3, Bugti announced that illegal immigrants must leave by November 10.",
            PHASE1,
            "November 10",
        ),
        (
            "Pakistan had given some 1.7 million Afghans living in the country illegally "
            "until Dec 31 to leave voluntarily.",
            PHASE1,
            "Dec 31",
        ),
        (
            "Police have told illegal immigrants to leave Pakistan by December 1.",
            PHASE1,
            "December 1",
        ),
        (
            "Federal authorities told illegal immigrants to leave Pakistan by December 1.",
            PHASE1,
            "December 1",
        ),
        (
            "Pakistan's government has given Afghan refugees with PoR cards until October 1 to "
            "leave the country.",
            PHASE3,
            "October 1",
        ),
        (
            "Undocumented Afghans must leave by midnight on Wednesday, November 8.",
            PHASE1,
            "November 8",
        ),
        # windows
        (
            "In October 2023, Pakistan announced phase one of the Illegal Foreigners' "
            "Repatriation Plan with a 60-day deadline for undocumented aliens to leave.",
            PHASE1,
            "60-day",
        ),
        (
            "Pakistan issued a two-month deadline for all undocumented foreigners to leave by "
            "Nov. 1 or face deportation.",
            PHASE1,
            "two-month",
        ),
        ("Undocumented foreigners were given 60 days to leave Pakistan.", PHASE1, "60 days"),
        ("Bugti said illegal immigrants must leave within 45 days.", PHASE1, "45 days"),
        # phase 2 (ACC holders, 31 March 2025)
        (
            "Under phase two, Afghan Citizen Card holders were given until April 30 to leave.",
            PHASE2,
            "April 30",
        ),
        ("ACC holders must leave the country by April 15, 2025.", PHASE2, "April 15, 2025"),
        ("Under phase 2 of the IFRP, the deadline was set for April 30.", PHASE2, "April 30"),
        (
            "The government has decided to repatriate all ACC holders; the deadline is "
            "April 15, 2025.",
            PHASE2,
            "April 15, 2025",
        ),
        (
            "The phase-two deadline for Afghan Citizen Card holders was April 30, 2025.",
            PHASE2,
            "April 30, 2025",
        ),
        # phase 3 (PoR card holders, 1 September 2025)
        ("PoR card holders must leave Pakistan by October 15.", PHASE3, "October 15"),
        # PoR card validity chain
        (
            "The federal cabinet extended the validity of Proof of Registration cards till "
            "June 30, 2026.",
            "2024-07-15",
            "June 30, 2026",
        ),
        ("Registered refugees' PoR cards expired on July 31, 2025.", PHASE3, "July 31, 2025"),
        ("PoR cards remain valid until December 31, 2025.", PHASE3, "December 31, 2025"),
        (
            "Afghans without valid documents were ordered to leave Pakistan by December 1.",
            PHASE1,
            "December 1",
        ),
        (
            "Authorities will begin deporting those without papers on December 1.",
            PHASE1,
            "December 1",
        ),
        # "accepted/honoured until" is "valid until"
        (
            "Electronic tazkiras will still be honoured at border crossings until January 15.",
            PHASE1,
            "January 15",
        ),
        # an extension read past a relative aside naming the old expiry
        (
            "Ministers agreed to prolong the stay of registered Afghan refugees, whose PoR cards "
            "lapsed on June 30, till April 15.",
            "2023-11-20",
            "April 15",
        ),
    ],
)
def test_wrong_deadlines_are_found(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert codes(findings) == ["NL101"], [f.message for f in findings]
    assert findings[0].excerpt == excerpt
    assert findings[0].evidence[0].source == "seeds/ledger.yaml"
    assert "source: http" in findings[0].evidence[0].text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # equivalent forms of 1 November 2023, and the recorded 31 October last day
        ("Pakistan gave undocumented foreigners until November 1 to leave.", PHASE1),
        ("Undocumented Afghans must leave by Nov. 1.", PHASE1),
        ("Undocumented Afghans must leave by 1 November.", PHASE1),
        ("Undocumented Afghans must leave by November 1st.", PHASE1),
        ("Undocumented Afghans must leave by Nov 1, 2023.", PHASE1),
        ("Undocumented Afghans must leave by 2023-11-01.", PHASE1),
        ("Undocumented Afghans were told to leave by 31 October.", PHASE1),
        ("Undocumented Afghans must leave by midnight on Tuesday, October 31.", PHASE1),
        ("Pakistan set October 31 as the last day for illegal foreigners to leave.", PHASE1),
        # equivalent windows
        ("Pakistan issued a one-month deadline for undocumented foreigners to leave.", PHASE1),
        ("Phase one gave undocumented aliens a 30-day deadline to leave.", PHASE1),
        ("Illegal immigrants have been given a month to leave the country.", PHASE1),
        ("Bugti said illegal immigrants must leave in 28 days.", PHASE1),
        ("Undocumented migrants were given four weeks to leave the country.", PHASE1),
        # the seed sentences themselves
        (
            "In October, Pakistan issued a one-month deadline for all undocumented foreigners "
            "to leave by Nov. 1 or face deportation.",
            "2023-12-07",
        ),
        # phase 2 and phase 3, correct
        ("Under phase two, ACC holders had until 31 March 2025 to leave Pakistan.", PHASE2),
        ("The government asked Afghan Citizen Card holders to leave by March 31.", PHASE2),
        ("PoR card holders must leave Pakistan by September 1.", PHASE3),
        ("In phase three, PoR card holders were given until August 31 to leave.", PHASE3),
        # validity chain: any recorded step
        ("The validity of PoR cards was extended until June 30, 2025.", "2024-07-15"),
        ("The cabinet extended the stay of registered refugees until December 31.", PHASE1),
        ("PoR cards had expired on April 1, 2024, according to The Nation.", "2024-04-27"),
        # older extensions, judged by the chain of their own years (since round 18 the ledger
        # records them: on 2016-06-29 the stay ran to 31 December 2016, so "2017" is NL101, as
        # tests/test_deadlines_older_chains.py pins), and drafts written before an order
        ("Registered refugees' PoR cards were extended until June 30, 2020.", "2019-06-28"),
        ("Registered refugees were allowed to stay until December 31, 2016.", "2016-06-29"),
        ("ACC holders must leave the country by April 15.", "2023-10-20"),
        ("The deadline for illegal immigrants to leave the country is October 31.", PHASE1),
        # dates that are not deadlines
        ("The deadline, announced on October 3, applies to all illegal immigrants.", PHASE1),
        ("The deadline set on October 3 gave undocumented Afghans four weeks to leave.", PHASE1),
        ("Jilani is in China for the forum being held from October 4-5.", PHASE1),
        ("West will visit Pakistan, the UAE and Qatar from Dec. 5 to 15.", "2023-12-07"),
        ("Pakistan will hold general elections on February 8.", "2024-01-10"),
        ("The foreign ministers met on Thursday in Tibet.", PHASE1),
        ("Deportations of undocumented Afghans began on November 3.", "2023-12-01"),
        ("By December 15, more than 400,000 undocumented Afghans had left Pakistan.", "2024-01-01"),
        ("Illegal immigrants are expected to leave by December 31.", PHASE1),
        (
            "UNHCR urged Pakistan to extend the deadline for undocumented Afghans to Dec. 31.",
            PHASE1,
        ),
        # deadlines of events the ledger does not know
        ("The deadline for filing tax returns is September 30.", PHASE1),
        ("Registered refugees have until December 31 to apply for resettlement.", PHASE1),
        ("The deadline for Afghans to submit asylum applications is December 1.", PHASE1),
        # another country's deadline
        ("Iran has set a July 6 deadline for undocumented Afghans to leave the country.", PHASE3),
        ("Tehran ordered undocumented Afghan migrants to leave by July 6.", PHASE3),
        (
            "Iranian authorities told undocumented Afghans to leave before a July 6 deadline.",
            PHASE3,
        ),
        (
            "The final deadline for undocumented Afghan migrants to leave Iran is September 6.",
            PHASE3,
        ),
        ("Border officials will keep accepting e-tazkiras until October 31.", PHASE1),
        (
            "Ministers agreed to prolong the stay of registered Afghan refugees, whose PoR cards "
            "lapsed on June 30, till December 31.",
            "2023-11-20",
        ),
        # the date of another event in the sentence of an order
        (
            "The order to deport undocumented migrants came after twin blasts on September 29.",
            PHASE1,
        ),
    ],
)
def test_correct_or_unrelated_dates_are_silent(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert findings == [], [f.message for f in findings]


def problems(corpus, text: str, date: str):
    """The deadline rules' problems on ``text`` as they give them (``details`` included)."""
    from narrlint.rules import deadlines

    draft = Linter([], corpus, date=dt.date.fromisoformat(date)).parse(SourceText(text), "d.md")
    return [p for rule in deadlines.narrlint_rules() for p in rule.check(draft, corpus)]


def test_message_names_recorded_deadline_and_source(seed_corpus):
    text = "Pakistan gave undocumented foreigners until December 1 to leave."
    (finding,) = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert finding.message == (
        'Write "November 1": the deadline for undocumented Afghans to leave was 1 November 2023'
    )
    assert finding.severity == "error" and finding.rule == "deadline-mismatch"
    # The rest of the record goes in the details, whole.
    (problem,) = problems(seed_corpus, text, PHASE1)
    assert "1 November 2023 for undocumented Afghans to leave (announced 3 October 2023)" in (
        problem.details
    )
    assert "31 October 2023 (last day of voluntary departure)" in problem.details
    assert problem.details.endswith(
        "Source: https://www.thenews.com.pk/latest/1115639-illegal-immigrants-to-face-"
        "deportation-if-they-do-not-leave-pakistan-by-nov-1"
    )


def test_evidence_cites_ledger_line_and_seed_sentence(seed_corpus):
    (finding,) = lint_text(
        seed_corpus,
        "Pakistan gave undocumented foreigners until December 1 to leave.",
        date=PHASE1,
        codes=CODES,
    )
    ledger, *corpus = finding.evidence
    assert ledger.source == "seeds/ledger.yaml" and ledger.line
    assert "ifrp_phase1" in ledger.text
    cited = {(e.source, e.line) for e in corpus}
    assert cited & {
        ("seeds/000_a4d73b34e776dbbf.txt", 7),
        ("seeds/001_0fe2a970b9aefafc.txt", 5),
        ("seeds/001_0fe2a970b9aefafc.txt", 12),
        ("seeds/002_66cfa0415802427a.txt", 8),
    }, cited
    assert all("November 1" in e.text or "Nov. 1" in e.text for e in corpus)


def test_window_evidence_cites_window_sentences(seed_corpus):
    (finding,) = lint_text(
        seed_corpus,
        "Pakistan issued a 60-day deadline for undocumented foreigners to leave.",
        date=PHASE1,
        codes=CODES,
    )
    cited = {(e.source, e.line) for e in finding.evidence[1:]}
    assert ("seeds/003_1f7f4911e16c3a0e.txt", 37) in cited or (
        "seeds/002_66cfa0415802427a.txt",
        8,
    ) in cited
    assert finding.message == (
        "Check the window: the window for undocumented Afghans to leave was 30 or 28 days"
    )


@pytest.mark.parametrize(
    ("text", "date", "replacement"),
    [
        ("Pakistan gave undocumented foreigners until December 1 to leave.", PHASE1, "November 1"),
        ("Undocumented Afghans must leave by 15 November.", PHASE1, "1 November"),
        ("Undocumented Afghans must leave by 1 December 2023.", PHASE1, "1 November 2023"),
        ("Undocumented Afghans must leave by Dec. 1, 2023.", PHASE1, "Nov. 1, 2023"),
        ("Undocumented Afghans must leave by November 15th.", PHASE1, "November 1st"),
        ("Undocumented Afghans must leave by November 1, 2024.", PHASE1, "November 1, 2023"),
        ("ACC holders must leave the country by April 15, 2025.", PHASE2, "March 31, 2025"),
        ("PoR card holders must leave Pakistan by 15 October.", PHASE3, "1 September"),
        ("Pakistan issued a two-month deadline for undocumented migrants to leave.", PHASE1, "one"),
    ],
)
def test_fix_keeps_the_drafts_date_style(seed_corpus, text, date, replacement):
    (finding,) = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert edit.replacement == replacement


def test_no_fix_where_the_remedy_is_uncertain(seed_corpus):
    # A validity chain has many recorded dates; 28 and 30 days are both recorded windows.
    for text, date in [
        ("The validity of PoR cards was extended till September 30, 2024.", "2024-07-15"),
        ("Undocumented foreigners were given 60 days to leave Pakistan.", PHASE1),
    ]:
        (finding,) = lint_text(seed_corpus, text, date=date, codes=CODES)
        assert finding.fix is None, finding.fix


def test_validity_message_names_the_step_current_at_the_drafts_date(seed_corpus):
    (finding,) = lint_text(
        seed_corpus,
        "The federal cabinet extended the validity of PoR cards till September 30, 2024.",
        date="2024-08-01",
        codes=CODES,
    )
    assert finding.message == (
        "Check the date: on 1 August 2024, the latest date on record for PoR card validity was "
        "30 June 2025"
    )
    assert any("extended to 2025-06-30" in e.text for e in finding.evidence)


# The seed ledger records two disputed dates for the order to leave the twin cities (28
# February from one source, 31 March from another): it cannot say which of two mentions is right.
TWIN_CITIES = "2025-02-20"
DRAFT_CONFLICT = """\
Afghans without valid visas must leave the twin cities of Islamabad and Rawalpindi by February 28.

Rights groups say many families cannot travel so fast.

Those still living in the twin cities after the March 31 deadline will be removed.
"""


def test_conflict_is_reported_at_the_second_mention(seed_corpus):
    findings = lint_text(seed_corpus, DRAFT_CONFLICT, date=TWIN_CITIES, codes=CODES)
    (conflict,) = findings
    assert conflict.code == "NL102"
    assert conflict.start.line == 5 and conflict.excerpt == "March 31"
    assert conflict.severity == "warning"
    first = conflict.evidence[0]
    assert (first.source, first.line) == ("draft.md", 1)
    assert "February 28" in first.text
    assert '"February 28" on line 1' in conflict.message


def test_a_repeated_conflict_cites_the_first_mention_each_time(seed_corpus):
    """Long drafts repeat deadlines: each mention that differs from an earlier one is
    reported once, citing the first earlier mention it differs from."""
    first = (
        "Afghans without visas must leave the twin cities of Islamabad and Rawalpindi by "
        "February 28.\n\n"
    )
    same = "The February 28 deadline for leaving the twin cities is firm.\n\n"
    other = "Those still in the twin cities after the March 31 deadline will be removed.\n\n"
    text = first + same + other + same + other + first
    findings = lint_text(seed_corpus, text, date=TWIN_CITIES, codes=CODES)
    conflicts = only(findings, "NL102")
    assert [(f.start.line, f.excerpt) for f in conflicts] == [
        (5, "March 31"),
        (7, "February 28"),
        (9, "March 31"),
        (11, "February 28"),
    ]
    cited = ['"February 28" on line 1', '"March 31" on line 5'] * 2
    assert [c in f.message for c, f in zip(cited, conflicts, strict=True)] == [True] * 4


@pytest.mark.parametrize(
    "text",
    [
        # one value is the recorded one: the other is wrong (NL101), no conflict
        "Pakistan has told undocumented Afghans to leave the country by November 1.\n\n"
        "Those still in the country after the November 15 deadline face deportation.\n",
        "Illegal immigrants have until November 30 to leave.\n\nOfficials insisted the "
        "November 1 deadline would not be extended.\n",
        # neither is: both are wrong (NL101 at each)
        "Illegal immigrants were ordered to leave Pakistan by December 1.\n\n"
        "Undocumented Afghans who miss the December 15 deadline will be deported.\n",
        # two windows, one recorded
        "Pakistan gave undocumented foreigners a 30-day deadline to leave.\n\n"
        "The 60-day deadline for undocumented foreigners to leave expires soon.\n",
    ],
)
def test_no_conflict_where_the_record_decides(seed_corpus, text):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert codes(findings) and set(codes(findings)) == {"NL101"}, [f.message for f in findings]
    right = {"November 1", "30-day"}
    assert not right & {f.excerpt for f in findings}


def test_disputed_dates_side_by_side_in_one_sentence_do_not_conflict(seed_corpus):
    """Two values in one sentence are set side by side on purpose (two stages, or the
    versions of two sources); the record accepts both, so nothing is reported."""
    text = (
        "Afghans without visas must leave the twin cities of Islamabad and Rawalpindi by "
        "February 28, and all must relocate from the twin cities by March 31 at the latest.\n"
    )
    findings = lint_text(seed_corpus, text, date=TWIN_CITIES, codes=CODES)
    assert findings == [], [f.message for f in findings]
    claims = read_dates(seed_corpus, text, TWIN_CITIES)
    assert [c.span.text for c, _ in claims if c.events] == ["February 28", "March 31"]


@pytest.mark.parametrize(
    "text",
    [
        # equivalent forms of the same cut-off
        "Undocumented Afghans must leave by October 31.\n\nThe November 1 deadline for "
        "undocumented Afghans to leave is close.\n",
        "Pakistan gave illegal immigrants a one-month deadline.\n\nIllegal immigrants were given "
        "30 days to leave.\n",
        # different events
        "Undocumented Afghans had to leave by November 1.\n\nACC holders must leave by "
        "March 31, 2025.\n",
        # an extension told as such
        "PoR cards were valid until June 30, 2024.\n\nThe cabinet extended the validity of PoR "
        "cards to June 30, 2025.\n",
    ],
)
def test_no_conflict(seed_corpus, text):
    findings = lint_text(seed_corpus, text, date="2025-04-01", codes=CODES)
    assert only(findings, "NL102") == [], [f.message for f in findings]


def test_seed_articles_are_clean():
    run = run_cli("--select", "NL1", "--format", "json", "seeds/", cwd=ROOT)
    assert run.code == 0, run.stdout + run.stderr
    assert run.json()["findings"] == []


def test_cli_json_reports_deadline_with_fix(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\ndate: 2023-10-20\n---\n# Deportations\n\n"
        "Pakistan gave undocumented foreigners until December 1 to leave.\n",
        encoding="utf-8",
    )
    run = run_cli("--select", "NL1", "--format", "json", "draft.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    (finding,) = run.json()["findings"]
    assert finding["code"] == "NL101" and finding["rule"] == "deadline-mismatch"
    assert (finding["line"], finding["column"]) == (6, 45)
    assert finding["excerpt"] == "December 1"
    assert finding["fix"]["edits"][0]["replacement"] == "November 1"
    assert finding["evidence"][0]["source"] == "seeds/ledger.yaml"


def test_rule_documentation_has_bad_and_good_examples():
    for code in ("NL101", "NL102"):
        run = run_cli("rule", code, cwd=ROOT)
        assert run.code == 0 and "Good:" in run.stdout
        assert re.search(r"^Bad( \(draft dated \d{4}-\d\d-\d\d\))?:$", run.stdout, re.M)


FICTIONAL_LEDGER = """\
# A FICTIONAL ledger for tests only: Ruritanian beekeepers must register their hives.
version: 1
categories:
  - id: beekeepers
    name: Ruritanian beekeepers
    label: beekeepers
    terms: [beekeepers, beekeeper, apiarists]
    modifiers: [licensed]
    heads: [beekeepers]
    source: https://example.invalid/ruritania/beekeepers
deadlines:
  - id: hive_registration
    title: Hive registration - beekeepers to register every hive
    date: '2031-05-15'
    durations:
      - {days: 90, note: '"three-month window"', source: https://example.invalid/hives}
    announced: '2031-02-14'
    targets: [beekeepers]
    subject_terms: [hive register, hive registry]
    action_lemmas: [register, enrol]
    source: https://example.invalid/ruritania/hive-registration
"""


HIVE_DAY = "2031-03-01"


def test_rules_work_from_any_ledger(tmp_path):
    (tmp_path / "ledger.yaml").write_text(FICTIONAL_LEDGER, encoding="utf-8")
    (tmp_path / "gazette.txt").write_text(
        "Beekeepers must register their hives by May 15, the ministry said.\n", encoding="utf-8"
    )
    corpus = load_corpus([str(tmp_path)], seeds=False)
    text = "Beekeepers have until June 1 to register their hives."
    wrong = lint_text(corpus, text, date=HIVE_DAY, codes=CODES)
    assert codes(wrong) == ["NL101"]
    assert (
        wrong[0].message
        == 'Write "May 15": the deadline for beekeepers to register was 15 May 2031'
    )
    assert wrong[0].fix.edits[0].replacement == "May 15"
    assert any(e.source.endswith("gazette.txt") for e in wrong[0].evidence)
    window = lint_text(
        corpus,
        "Licensed beekeepers were given a 30-day window to register.",
        date=HIVE_DAY,
        codes=CODES,
    )
    assert codes(window) == ["NL101"]
    clean = textwrap.dedent(
        """\
        Beekeepers must register their hives by 15 May.
        Apiarists were given three months to register.
        Pakistan gave undocumented foreigners until December 1 to leave.
        """
    )
    assert lint_text(corpus, clean, date=HIVE_DAY, codes=CODES) == []
    # before the order was announced, the ledger knows no such deadline
    early = lint_text(corpus, "Beekeepers have until June 1 to register.", date="2030-01-01")
    assert only(early, "NL101") == []


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        # when an order starts to bite names the same cut-off
        (
            "Illegal immigrants were told to go by November 1. Anyone still here after "
            "November 20 will be detained and deported, officials said.",
            PHASE1,
            "November 20",
        ),
        (
            "Registered refugees holding PoR cards face deportation from November 15, 2025.",
            "2025-08-20",
            "November 15, 2025",
        ),
    ],
)
def test_enforcement_dates_are_compared(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=("NL101",))
    assert [f.excerpt for f in findings] == [excerpt], [f.message for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Undocumented foreigners who remain after October 31 will be deported.",
        "Illegal immigrants were told to leave by November 1; deportations will begin on "
        "November 1.",
        "Deportations of undocumented migrants started on November 3, police said.",
    ],
)
def test_equivalent_or_reported_enforcement_dates_are_silent(seed_corpus, text):
    assert lint_text(seed_corpus, text, date=PHASE1, codes=CODES) == []


def test_the_event_is_carried_into_the_next_sentence(seed_corpus):
    text = (
        "Undocumented Afghans were ordered to leave by November 1. The government said those "
        "who stayed past November 10 would be arrested and deported."
    )
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "November 10")], [
        f.message for f in findings
    ]


def test_only_the_wrong_mention_is_reported(seed_corpus):
    """Which mention is wrong: a draft that gives the recorded date and another one is
    reported at the other one (NL101), never at the right one."""
    text = (
        "Illegal immigrants have until November 30 to leave. Officials insisted the "
        "November 1 deadline would not be extended."
    )
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "November 30")]


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        (
            "The fourth-month deadline for illegal immigrants to leave falls on December 15.",
            PHASE1,
            "December 15",
        ),
        (
            "Illegal foreigners must be gone from Pakistan by November 20, the ministry said.",
            PHASE1,
            "November 20",
        ),
        (
            "The second phase, which targets ACC holders, starts on May 1, 2025.",
            "2025-03-20",
            "May 1, 2025",
        ),
    ],
)
def test_deadline_predicates_and_phase_starts(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=("NL101",))
    assert [f.excerpt for f in findings] == [excerpt], [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        ("Undocumented migrants were ordered to leave by the end of December 2023.", False),
        ("Undocumented migrants were ordered to leave by the end of October.", True),
    ],
)
def test_end_of_month_is_the_months_last_day(seed_corpus, text, silent):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert (findings == []) is silent, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a date to leave is not a card's expiry: the validity chain needs validity wording
        ("Holders of PoR cards were also handed the November 1 deadline to leave.", PHASE1),
        ("The November 1 cut-off to depart does not cover PoR card holders.", PHASE1),
        ("PoR cardholders, too, face expulsion from November 1.", PHASE1),
        ("PoR holders will be deported after the November 1 deadline, police warned.", PHASE1),
    ],
)
def test_leaving_dates_are_not_validity_dates(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert findings == [], [f.message for f in findings]


def test_validity_wording_still_selects_the_chain(seed_corpus):
    text = "The stay of PoR card holders was extended until 31 October 2024."
    (finding,) = lint_text(seed_corpus, text, date="2024-08-01", codes=CODES)
    assert finding.code == "NL101" and "for PoR card validity" in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Islamabad ordered illegal foreigners to go by November 1. The 45-day window, a "
            "minister said, will not be extended.",
            [("NL101", "45-day")],  # a date and a window do not conflict
        ),
        (
            "Undocumented migrants have a 30-day ultimatum to leave.\n\nAid workers call the "
            "60-day grace period far too short.\n",
            [("NL101", "60-day")],
        ),
        (
            "Islamabad ordered illegal foreigners to go by November 1. The 30-day window, a "
            "minister said, will not be extended.",
            [],
        ),
        # a window with its own purpose is not the order named before
        (
            "Undocumented migrants must leave by November 1. A 90-day window to apply for "
            "visas opens next year.",
            [],
        ),
    ],
)
def test_a_bare_window_refers_back_to_the_order(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert sorted((f.code, f.excerpt) for f in findings) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("The minister wants illegal immigrants out of the country by December 1.", "December 1"),
        ("Undocumented Afghans must be out by 20 November.", "20 November"),
        ("Islamabad wants undocumented migrants to depart by November 25.", "November 25"),
        ("Illegal foreigners must quit Pakistan by November 12th.", "November 12th"),
    ],
)
def test_wanted_out_and_particle_orders(seed_corpus, text, excerpt):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)], [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The minister wants illegal immigrants out of the country by November 1.", PHASE1),
        ("Many undocumented Afghans want to leave by December 15, before the snow.", PHASE1),
        ("Many undocumented Afghans want out by December 15, before the snow.", PHASE1),
        ("Some 400,000 undocumented Afghans were out of Pakistan by December 15.", "2023-12-20"),
        ("Most illegal immigrants had moved out by December 15, officials said.", "2023-12-20"),
        ("Tehran wants undocumented Afghans out by July 6.", PHASE3),
    ],
)
def test_wishes_reports_and_correct_particle_orders_are_silent(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert findings == [], [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last day to leave and the first day of enforcement are one cut-off
        (
            "Illegal foreigners must go by November 30. Arrests start on December 1.",
            [("NL101", "December 1"), ("NL101", "November 30")],
        ),
        (
            "Illegal foreigners must go by November 30. Arrests start on December 12.",
            [("NL101", "December 12"), ("NL101", "November 30")],
        ),
        # a deadline noun far from its predicate
        (
            "Officials said the deadline, which covers every undocumented foreigner in the "
            "country, falls on November 28.",
            [("NL101", "November 28")],
        ),
    ],
)
def test_enforcement_start_and_distant_predicates(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert sorted((f.code, f.excerpt) for f in findings) == sorted(expected), [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Illegal foreigners were ordered to depart by November 1. Aid groups protested. "
            "Winter is near. Anyone found here after November 18 will be detained.",
            [("NL101", "November 18")],
        ),
        # another paragraph, more than two sentences back: the event is not carried
        (
            "Illegal foreigners were ordered to depart by November 1. Aid groups protested.\n\n"
            "Winter is near. Anyone found here after November 18 will be detained.\n",
            [],
        ),
    ],
)
def test_the_event_carries_through_the_paragraph(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert sorted((f.code, f.excerpt) for f in findings) == expected, [f.message for f in findings]


def test_ordinal_phase_with_adjectives_between(seed_corpus):
    text = "The third and final phase of the repatriation drive begins on October 1."
    findings = lint_text(seed_corpus, text, date=PHASE3, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "October 1")]
    text = "The third and final phase of the repatriation drive begins on September 1."
    assert lint_text(seed_corpus, text, date=PHASE3, codes=CODES) == []


ORDER = "Islamabad has told illegal foreigners to get out of Pakistan by November 1. "


@pytest.mark.parametrize(
    "follow",
    [
        "Expulsions are scheduled to commence on November 21.",
        "They have until November 21.",
        "Anyone who stays beyond November 21 faces jail.",
        "After November 21, the police will start detaining them.",
    ],
)
def test_a_later_bare_date_conflicts_with_the_order(seed_corpus, follow):
    findings = lint_text(seed_corpus, ORDER + follow, date=PHASE1, codes=CODES)
    assert sorted((f.code, f.excerpt) for f in findings) == [("NL101", "November 21")], [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    "follow",
    [
        "The cricket series will begin on November 21.",
        "Talks with Kabul are scheduled to start on November 21.",
        "Schools will reopen after November 21.",
        "They have until now lived in camps near Peshawar.",
        "Expulsions are scheduled to commence on November 1.",
        "Arrests will start after October 31.",
    ],
)
def test_other_starts_and_equivalent_dates_after_an_order_are_silent(seed_corpus, follow):
    findings = lint_text(seed_corpus, ORDER + follow, date=PHASE1, codes=CODES)
    assert findings == [], [f.message for f in findings]


@pytest.mark.parametrize(
    ("follow", "conflict"),
    [
        ("The cut-off, a spokesman said, is November 19.", True),
        ("Anyone who fails to depart by November 19 will be expelled.", True),
        ("Those who do not go by November 19 face arrest.", True),
        ("Those who fail to depart by November 1 will be expelled.", False),
        ("They plan to depart by November 19, relatives said.", False),
        ("Many of them had left by November 19.", False),
    ],
)
def test_referring_orders_and_attributed_deadlines(seed_corpus, follow, conflict):
    findings = lint_text(seed_corpus, ORDER + follow, date=PHASE1, codes=CODES)
    expected = [("NL101", "November 19")] if conflict else []
    assert sorted((f.code, f.excerpt) for f in findings) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Afghans who lack papers will be formally expelled from November 17.", "November 17"),
        ("Islamabad wants every illegal foreigner gone by November 17.", "November 17"),
    ],
)
def test_lacking_papers_and_wanted_gone(seed_corpus, text, excerpt):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)], [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Afghans who lack valid papers will be formally expelled from November 1.",
        "Islamabad wants every illegal foreigner gone by October 31.",
        "Most illegal foreigners were gone by November 17, officials said.",
    ],
)
def test_lacking_papers_and_wanted_gone_look_alikes(seed_corpus, text):
    assert lint_text(seed_corpus, text, date=PHASE1, codes=CODES) == []


@pytest.mark.parametrize(
    ("follow", "conflict"),
    [
        ("Anyone still here after November 23 will be treated as an illegal resident.", True),
        ("Those who stay beyond November 23 will be punished.", True),
        ("The UN envoy will stay in Islamabad after November 23.", False),
        ("Relief agencies will remain in the camps after November 23.", False),
        ("They will start the journey after November 23.", False),
        ("Anyone still here after October 31 will be treated as an illegal resident.", False),
    ],
)
def test_staying_past_a_date(seed_corpus, follow, conflict):
    findings = lint_text(seed_corpus, ORDER + follow, date=PHASE1, codes=CODES)
    expected = [("NL101", "November 23")] if conflict else []
    assert sorted((f.code, f.excerpt) for f in findings) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        (
            "The deadline for undocumented foreigners to quit Pakistan runs out on November 26.",
            PHASE1,
            "November 26",
        ),
        ("Phase three kicks off on October 6 for PoR holders.", PHASE3, "October 6"),
        ("Undocumented Afghans were given till end-November to go.", PHASE1, "end-November"),
    ],
)
def test_more_deadline_wordings(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)], [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The deadline for undocumented foreigners to go runs out on October 31.", PHASE1),
        ("Phase three kicks off on September 1 for PoR holders.", PHASE3),
        ("Undocumented Afghans were given till end-October to go.", PHASE1),
        ("The cricket season kicks off on November 26.", PHASE1),
    ],
)
def test_more_deadline_wordings_look_alikes(seed_corpus, text, date):
    assert lint_text(seed_corpus, text, date=date, codes=CODES) == []


def test_a_weekday_with_the_date_in_brackets(seed_corpus):
    text = "Undocumented Afghans must leave Pakistan by Friday (November 17) or face arrest."
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "November 17")]
    text = "Undocumented Afghans must leave Pakistan by Tuesday (October 31) or face arrest."
    assert lint_text(seed_corpus, text, date=PHASE1, codes=CODES) == []


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        (
            "Authorities set November 19 as the final day for illegal immigrants to go.",
            PHASE1,
            "November 19",
        ),
        (
            "Police will detain holders of Afghan Citizen Cards who remain after April 19.",
            PHASE2,
            "April 19",
        ),
    ],
)
def test_capitalised_common_plurals_and_long_groups(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)], [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Phase-3 gets going on October 4: it begins October 4.", "October 4"),
        ("Phase-III of the plan commences October 4.", "October 4"),
        ("The third phase begins Oct. 4.", "Oct. 4"),
    ],
)
def test_phase_starts_without_a_preposition(seed_corpus, text, excerpt):
    findings = lint_text(seed_corpus, text, date=PHASE3, codes=("NL101",))
    assert excerpt in [f.excerpt for f in findings], [f.message for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Phase-3 begins September 1.",
        "The school year begins October 4.",
        "Deportations of PoR holders began October 4.",
        "PoR card holders must leave by September 1. The new term starts October 4.",
    ],
)
def test_phase_starts_without_a_preposition_look_alikes(seed_corpus, text):
    assert lint_text(seed_corpus, text, date=PHASE3, codes=CODES) == []


@pytest.mark.parametrize(
    ("follow", "conflict"),
    [
        ("The deadline for Afghans is November 24.", True),
        ("The Afghan migrants' deadline is November 24.", True),
        ("The deadline for filing tax returns is November 24.", False),
        ("The deadline for journalists to apply for visas is November 24.", False),
    ],
)
def test_a_deadline_for_people_named_loosely_refers_back(seed_corpus, follow, conflict):
    findings = lint_text(seed_corpus, ORDER + follow, date=PHASE1, codes=CODES)
    expected = [("NL101", "November 24")] if conflict else []
    assert sorted((f.code, f.excerpt) for f in findings) == expected, [f.message for f in findings]


# ---------------------------------------------------------------------------------------------
# The claims reader: what the rules get from draft.claims.dates


def read_dates(corpus, text, date):
    """The draft's date claims, each with its resolution."""
    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return [(claim, draft.claims.resolve(claim)) for claim in draft.claims.dates]


def test_a_deadline_claim_with_its_group_place_and_event(seed_corpus):
    text = "Pakistan gave undocumented foreigners until December 1 to leave."
    ((claim, resolved),) = read_dates(seed_corpus, text, PHASE1)
    assert isinstance(claim, DateClaim) and claim.kind == "date"
    assert claim.text == "December 1"
    details = claim.details()
    assert json.loads(json.dumps(details)) == details  # JSON-able as it is
    assert details == {
        "role": "deadline",
        "date": "--12-01",  # no year written
        "end_date": None,
        "days": None,
        "cue": "until",
        "groups": ["undocumented"],
        "place": "Pakistan",
        "events": ["ifrp_phase1"],
    }
    assert resolved.fact == "deadlines/ifrp_phase1"
    assert "another value" in resolved.reason
    assert resolved.evidence.source == "seeds/ledger.yaml"


def test_the_recorded_value_resolves_to_its_event(seed_corpus):
    text = "Undocumented Afghans must leave by 1 November 2023."
    ((claim, resolved),) = read_dates(seed_corpus, text, PHASE1)
    assert claim.details()["date"] == "2023-11-01"
    assert resolved.fact == "deadlines/ifrp_phase1"
    assert "records" in resolved.reason and "another" not in resolved.reason


@pytest.mark.parametrize(
    ("text", "date", "written", "role", "cue"),
    [
        (
            "The federal cabinet extended the validity of Proof of Registration cards till "
            "June 30, 2025.",
            "2024-07-15",
            "June 30, 2025",
            "extension",
            "extended to",
        ),
        (
            "Pakistan extended the deadline for ACC holders to April 30.",
            PHASE2,
            "April 30",
            "extension",
            "deadline",
        ),
        (
            "Registered refugees' PoR cards expired on July 31, 2025.",
            PHASE3,
            "July 31, 2025",
            "expiry",
            "expires",
        ),
        (
            "PoR cards remain valid until December 31, 2025.",
            PHASE3,
            "December 31, 2025",
            "expiry",
            "valid until",
        ),
        (
            "Authorities will begin deporting those without papers on December 1.",
            PHASE1,
            "December 1",
            "enforcement_start",
            "on",
        ),
        (
            "Undocumented Afghans must leave within 45 days.",
            PHASE1,
            "45 days",
            "deadline",
            "within",
        ),
    ],
)
def test_the_role_of_a_cut_off(seed_corpus, text, date, written, role, cue):
    claims = {claim.text: claim for claim, _ in read_dates(seed_corpus, text, date)}
    assert claims[written].role == role
    assert claims[written].details()["cue"] == cue
    assert claims[written].candidates, "a cut-off of an event the ledger knows"


def test_a_window_is_read_in_days(seed_corpus):
    text = "Pakistan issued a one-month deadline for illegal immigrants to leave."
    ((claim, resolved),) = read_dates(seed_corpus, text, PHASE1)
    assert claim.text == "one-month" and not claim.is_date
    assert claim.details()["days"] == [28, 31]  # a month is 28 to 31 days
    assert claim.accepted_by  # the ledger records a 30-day window
    assert resolved.fact == "deadlines/ifrp_phase1"


@pytest.mark.parametrize(
    ("text", "written", "role", "end_date"),
    [
        # look-alikes: dates that are not cut-offs are read, with their role, and never compared
        (
            "On October 3, Bugti announced that illegal immigrants must leave by November 1.",
            "October 3",
            "announcement",
            None,
        ),
        ("The 7 March notification ordered all PoR holders out.", "7 March", "announcement", None),
        ("The deadline set on October 3 was November 1.", "October 3", "announcement", None),
        ("The forum was held from October 4-5 in Beijing.", "October 4-5", "event_date", "--10-05"),
        (
            "Jilani met the envoy in Islamabad on July 12, 2024.",
            "July 12, 2024",
            "event_date",
            None,
        ),
        ("By December 15, 400,000 Afghans had left Pakistan.", "December 15", "unknown", None),
    ],
)
def test_dates_that_are_not_cut_offs(seed_corpus, text, written, role, end_date):
    claims = {
        claim.text: (claim, resolved) for claim, resolved in read_dates(seed_corpus, text, PHASE1)
    }
    claim, resolved = claims[written]
    assert claim.role == role and role in ROLES
    assert claim.cue is None and claim.candidates == ()
    assert claim.details()["end_date"] == end_date
    assert resolved.fact is None and "not given as a cut-off" in resolved.reason


@pytest.mark.parametrize(
    ("text", "date", "reason"),
    [
        # a deadline another country set, one before the ledger's record, one naming nothing
        ("Iran has set a July 6 deadline for undocumented Afghans to leave.", PHASE1, "by Iran"),
        ("Undocumented Afghans must leave by November 1.", "2023-01-01", "starts after"),
        ("The deadline is December 1.", PHASE1, "no ledger deadline matches"),
    ],
)
def test_cut_offs_that_resolve_to_nothing_say_why(seed_corpus, text, date, reason):
    ((claim, resolved),) = read_dates(seed_corpus, text, date)
    assert claim.role == "deadline" and claim.candidates == ()
    assert resolved.fact is None and reason in resolved.reason


def test_a_bare_deadline_refers_back_to_the_event_named_before(seed_corpus):
    text = (
        "Undocumented Afghans must leave Pakistan by Nov. 1. "
        "The deadline, officials said, is Nov. 15."
    )
    (first, _), (second, resolved) = read_dates(seed_corpus, text, PHASE1)
    assert (first.text, second.text) == ("Nov. 1", "Nov. 15")
    assert second.groups == () and second.place is None  # nothing named in its own sentence
    assert [p.id for p, _ in second.candidates] == ["ifrp_phase1"]
    assert resolved.fact == "deadlines/ifrp_phase1"


def test_claims_are_in_the_order_of_the_text(seed_corpus):
    text = (
        "In October, Pakistan issued a one-month deadline for all undocumented foreigners to "
        "leave by Nov. 1 or face deportation."
    )
    claims = [claim for claim, _ in read_dates(seed_corpus, text, "2023-12-07")]
    assert [c.text for c in claims] == ["one-month", "Nov. 1"]
    assert [c.role for c in claims] == ["deadline", "deadline"]


def test_the_place_a_deadline_applies_to_comes_from_the_ledger(tmp_path):
    ledger = FICTIONAL_LEDGER + "    place: Strelsau\n    place_terms: [strelsau, the capital]\n"
    (tmp_path / "ledger.yaml").write_text(ledger, encoding="utf-8")
    corpus = load_corpus([str(tmp_path)], seeds=False)
    text = "Beekeepers in the capital must register their hives by June 1."
    ((claim, resolved),) = read_dates(corpus, text, HIVE_DAY)
    assert claim.text == "June 1" and claim.role == "deadline"
    assert claim.place == "Strelsau" and claim.groups == ("beekeepers",)
    assert resolved.fact == "deadlines/hive_registration"


def test_a_deadline_for_one_place_is_not_named_without_that_place(tmp_path):
    """A deadline the ledger records for one place is not the one a clause means when the
    clause names no place (a city's order is not the national one)."""
    ledger = FICTIONAL_LEDGER + "    place: Strelsau\n    place_terms: [strelsau, the capital]\n"
    (tmp_path / "ledger.yaml").write_text(ledger, encoding="utf-8")
    corpus = load_corpus([str(tmp_path)], seeds=False)
    local = "Beekeepers in the capital must register their hives by June 1."
    assert codes(lint_text(corpus, local, date=HIVE_DAY, codes=CODES)) == ["NL101"]
    anywhere = "Beekeepers must register their hives by June 1."
    assert lint_text(corpus, anywhere, date=HIVE_DAY, codes=CODES) == []
    ((claim, resolved),) = read_dates(corpus, anywhere, HIVE_DAY)
    assert claim.candidates == () and resolved.fact is None


# ---------------------------------------------------------------------------------------------
# Real reporting (issue 11): date roles, which event, newer than the ledger


@pytest.mark.parametrize(
    ("text", "date", "severities"),
    [
        # a new extension reported after the ledger's record of the order ends: at most a
        # note (info) that the ledger has no such extension yet, never a mismatch
        ("Pakistan extended the deadline for undocumented migrants to leave until January 15.",
         "2023-12-01", ["info"]),
        # a cut-off still ahead, months after the 2023 order's cut-off: a later deadline
        ("Some 1.4 million undocumented Afghans now have until the end of April to leave.",
         "2024-02-10", []),
    ],
)  # fmt: skip
def test_a_later_deadline_than_the_record_is_not_a_mismatch(seed_corpus, text, date, severities):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [(f.code, f.severity.value) for f in findings] == [("NL101", s) for s in severities]
    claim = next(c for c, _ in read_dates(seed_corpus, text, date) if c.role != "unknown")
    assert claim.candidates == () and "has no record of yet" in claim.why_none


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        # the event's history, told later: compared with the record
        ("Pakistan had given undocumented foreigners until December 1, 2023 to leave.",
         "2024-06-01", "December 1, 2023"),
        # the same extension while the record is in force: it contradicts the record
        ("Pakistan extended the deadline for undocumented migrants to leave until January 15.",
         PHASE1, "January 15"),
    ],
)  # fmt: skip
def test_a_later_deadline_look_alikes_are_compared(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the day an order was announced, whatever it says will happen
        ("Islamabad, which declared on October 5 that it would deport undocumented migrants, "
         "has begun arrests.", "2023-11-01"),
        ("The government said on October 6 that illegal foreigners will be expelled.", PHASE1),
        # an ultimatum named by the day it was given
        ("Pakistan's October 3 ultimatum to illegal immigrants to leave expired at midnight.",
         "2023-11-01"),
    ],
)  # fmt: skip
def test_announcement_dates_are_not_cut_offs(seed_corpus, text, date):
    assert lint_text(seed_corpus, text, date=date, codes=CODES) == []


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        ("Undocumented migrants will be deported from November 20, the minister announced.",
         PHASE1, "November 20"),
        ("Pakistan's November 20 ultimatum to illegal immigrants to leave expired at midnight.",
         "2023-11-01", "November 20"),
    ],
)  # fmt: skip
def test_announcement_look_alikes_are_compared(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)]


@pytest.mark.parametrize(
    ("text", "date", "group", "excerpt"),
    [
        ("Afghans holding Proof of Registration (PoR) cards must leave by October 1.",
         PHASE3, "por", "October 1"),
        ("Afghans holding Proof of Registration (PoR) cards must leave by September 1.",
         PHASE3, "por", None),
        ("Afghan Citizen Card (ACC) holders must leave by April 30.", PHASE2, "acc", "April 30"),
        ("Afghan Citizen Card (ACC) holders must leave by March 31.", PHASE2, "acc", None),
    ],
)  # fmt: skip
def test_a_group_named_with_its_abbreviation_in_brackets(seed_corpus, text, date, group, excerpt):
    (claim,) = [c for c, _ in read_dates(seed_corpus, text, date)]
    assert claim.groups == (group,)
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [f.excerpt for f in findings] == ([excerpt] if excerpt else [])


def test_people_bound_for_a_third_country_are_a_group_of_their_own(seed_corpus):
    """The seed ledger records third-country cases as a group with deadlines of its own, so a
    clause naming them and the undocumented cannot be held to the phase-1 deadline."""
    text = "Undocumented Afghans awaiting resettlement in a third country must leave by March 31."
    assert lint_text(seed_corpus, text, date=PHASE1, codes=CODES) == []
    ((claim, resolved),) = read_dates(seed_corpus, text, PHASE1)
    assert claim.groups == ("third_country", "undocumented")
    assert claim.candidates == () and "several groups" in resolved.reason


def test_a_clause_naming_two_groups_is_held_to_a_deadline_they_share(seed_corpus):
    """The look-alike: two groups that one order targets (the twin cities' relocation names
    ACC and PoR holders) still resolve to it, and one group alone still resolves."""
    text = "Undocumented Afghans must leave by November 15."
    assert [f.code for f in lint_text(seed_corpus, text, date=PHASE1, codes=CODES)] == ["NL101"]
    # the look-alike without them is the order itself
    text = "Undocumented Afghans must leave by March 31."
    assert codes(lint_text(seed_corpus, text, date=PHASE1, codes=CODES)) == ["NL101"]


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        # an extension told past a relative clause on the old cut-off
        ("The cabinet extended the validity of the PoR cards that expired on March 31, 2024, "
         "to October 31, 2024, a statement said.", "2024-04-28", "October 31, 2024"),
        # the end of the year the text is in
        ("Islamabad ordered undocumented Afghans to leave by the end of the year.", PHASE1,
         "end of the year"),
        # people named with the adverb of a group
        ("Families who live in Pakistan illegally will face deportation after November 30.",
         PHASE1, "November 30"),
        # a leave to stay is a validity
        ("The cabinet granted PoR card holders permission to stay in Pakistan until "
         "June 30, 2026.", "2024-07-20", "June 30, 2026"),
        # a phase named with the wrong group is still that phase
        ("Phase three, aimed at undocumented Afghans, begins on October 1.", PHASE3,
         "October 1"),
    ],
)  # fmt: skip
def test_more_ways_real_reports_give_a_cut_off(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)], [
        f.message for f in findings
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The cabinet extended the validity of the PoR cards that expired on March 31, 2024, "
         "to June 30, 2024, a statement said.", "2024-04-28"),
        ("Islamabad ordered undocumented Afghans to leave by the end of October.", PHASE1),
        ("By the end of the year, most undocumented Afghans had left.", "2023-12-31"),
        ("Families who live in Pakistan illegally will face deportation after October 31.",
         PHASE1),
        ("The cabinet granted PoR card holders permission to stay in Pakistan until "
         "June 30, 2025.", "2024-07-20"),
        ("Phase three, aimed at undocumented Afghans, begins on September 1.", PHASE3),
        ("Phase three is aimed to begin on October 1.", PHASE3),
    ],
)  # fmt: skip
def test_more_ways_real_reports_give_a_cut_off_look_alikes(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert findings == [], [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("December 1 has been set as the deadline for undocumented Afghans to leave.",
         "December 1"),
        ("Undocumented migrants were given a “grace period” of 60 days to leave.", "60 days"),
    ],
)  # fmt: skip
def test_a_perfect_tense_deadline_and_a_quoted_window_noun(seed_corpus, text, excerpt):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", excerpt)]
    right = text.replace(excerpt, {"December 1": "November 1", "60 days": "30 days"}[excerpt])
    assert lint_text(seed_corpus, right, date=PHASE1, codes=CODES) == []


def test_a_date_of_arrival_is_not_when_an_order_bites(seed_corpus):
    text = "Undocumented Afghans who arrived after August 15, 2021 will be deported first."
    assert lint_text(seed_corpus, text, date=PHASE1, codes=CODES) == []
    # the look-alike: staying after a date is
    text = "Undocumented Afghans who remain after November 15 will be deported first."
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert [(f.code, f.excerpt) for f in findings] == [("NL101", "November 15")]
