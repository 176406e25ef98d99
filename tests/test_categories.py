"""NL301 conflated-refugee-category and NL302 category-figure-mismatch.

Small drafts against the seed ledger, the seed articles linted against themselves, the CLI's
JSON, and a fictional ledger that proves the rules read every group word from data.
"""

import re
import textwrap

import pytest

from narrlint.knowledge.corpus import load_corpus

from .conftest import ROOT, lint_text, run_cli

CODES = ("NL301", "NL302")
LEDGER = ROOT / "seeds" / "ledger.yaml"
SEED_001 = ROOT / "seeds" / "001_0fe2a970b9aefafc.txt"
SEED_002 = ROOT / "seeds" / "002_66cfa0415802427a.txt"
SEED_003 = ROOT / "seeds" / "003_1f7f4911e16c3a0e.txt"
PHASE1 = "2023-10-20"
PHASE2 = "2025-03-20"
PHASE3 = "2025-08-10"


def codes(findings):
    return [f.code for f in findings]


def apply_fix(text: str, finding) -> str:
    for edit in sorted(finding.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def ledger_line(number: int) -> str:
    return LEDGER.read_text(encoding="utf-8").splitlines()[number - 1]


# ---------------------------------------------------------------------------------------------
# NL301: phrases that fuse two groups


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        # a modifier of one group on another group's head noun
        ("Over 460,000 undocumented Afghan refugees left.", PHASE1, "undocumented Afghan refugees"),
        ("The crackdown on illegal refugees continued.", PHASE1, "illegal refugees"),
        ("Police detained dozens of undocumented refugees.", PHASE1, "undocumented refugees"),
        ("Unregistered Afghan refugees queued.", PHASE1, "Unregistered Afghan refugees"),
        (
            "An undocumented Afghan refugee told reporters he had no papers.",
            PHASE1,
            "undocumented Afghan refugee",
        ),
        (
            "Undocumented refugee families packed their belongings.",
            PHASE1,
            "Undocumented refugee families",
        ),
        ("ACC-holding refugees were told to leave.", PHASE2, "ACC-holding refugees"),
        ("PAKISTAN EXPELS UNDOCUMENTED REFUGEES", PHASE1, "UNDOCUMENTED REFUGEES"),
        # a modifier that denies a group its documents, before the group's own deadline
        (
            "Undocumented PoR card holders were detained.",
            "2024-06-01",
            "Undocumented PoR card holders",
        ),
        # a phase paired with a group another phase targets
        ("In phase two, PoR card holders will be expelled.", PHASE2, "PoR card holders"),
        ("Phase two of the plan targets registered refugees.", PHASE2, "registered refugees"),
        ("Phase one targeted PoR card holders.", PHASE1, "PoR card holders"),
        ("Afghans holding PoR cards will be expelled in phase two.", PHASE2, "holding PoR cards"),
        (
            "Phase two of the Illegal Foreigners Repatriation Plan targets PoR card holders.",
            PHASE2,
            "PoR card holders",
        ),
        ("PoR card holders are to be deported in phase one.", PHASE1, "PoR card holders"),
        ("In its third phase, the plan targets ACC holders.", PHASE3, "ACC holders"),
        (
            "The second phase of the drive, covering PoR card holders, began.",
            PHASE2,
            "PoR card holders",
        ),
        # a later phase's group joined to the phase's own group as its target
        ("Phase one targeted ACC holders and undocumented migrants.", PHASE1, "ACC holders"),
        (
            "Phase two will cover ACC holders as well as PoR card holders.",
            PHASE2,
            "PoR card holders",
        ),
        # a later phase planned for an earlier phase's group, its own group unnamed
        ("In phase three, ACC holders will be deported.", PHASE3, "ACC holders"),
        (
            "In the third phase, holders of Afghan Citizen Cards are to leave.",
            PHASE3,
            "holders of Afghan Citizen Cards",
        ),
        # a predicate that gives a group a property the ledger denies it
        (
            "ACC holders, who are registered refugees, may stay until March.",
            "2024-01-01",
            "ACC holders, who are registered refugees",
        ),
        ("ACC holders are refugees too.", "2024-01-01", "ACC holders are refugees"),
        (
            "ACC holders, also known as registered refugees, must leave.",
            PHASE2,
            "ACC holders, also known as registered refugees",
        ),
        ("The government counts ACC holders as refugees.", "2024-01-01", "ACC holders as refugees"),
        (
            "ACC holders, who have refugee status, will stay.",
            "2024-01-01",
            "ACC holders, who have refugee status",
        ),
        (
            "Registered refugees without documents were arrested.",
            "2024-01-01",
            "Registered refugees without documents",
        ),
        (
            "PoR card holders who lack valid documents face arrest.",
            "2024-01-01",
            "PoR card holders who lack valid documents",
        ),
        (
            "PoR holders living illegally in Pakistan were detained.",
            "2024-05-01",
            "PoR holders living illegally",
        ),
        ("ACC holders are undocumented.", "2024-06-01", "ACC holders are undocumented"),
        (
            "PoR card holders are in the country illegally.",
            "2024-06-01",
            "PoR card holders are in the country illegally",
        ),
        (
            "Afghan refugees without any legal documents have been held.",
            PHASE1,
            "Afghan refugees without any legal documents",
        ),
        (
            "PoR card holders are illegal immigrants, police say.",
            "2024-06-01",
            "PoR card holders are illegal immigrants",
        ),
    ],
)
def test_conflations_are_found(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert codes(findings) == ["NL301"], [f.message for f in findings]
    assert findings[0].excerpt == excerpt
    assert findings[0].evidence and findings[0].evidence[0].source == "seeds/ledger.yaml"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # groups side by side, contrasted or exempted
        ("Afghan refugees and undocumented migrants were both affected.", PHASE1),
        (
            "The drive targets undocumented migrants, not the 1.3 million registered refugees.",
            PHASE1,
        ),
        ("The drive targets undocumented migrants rather than registered refugees.", PHASE1),
        ("Phase one targeted undocumented Afghans; PoR card holders were exempt.", PHASE1),
        ("Phase one targeted undocumented Afghans while registered refugees were spared.", PHASE1),
        ("Phase one did not target PoR card holders.", PHASE1),
        ("ACC holders, who are not registered refugees, must leave by March 31.", PHASE2),
        ("ACC holders, unlike registered refugees, must leave.", PHASE2),
        ("Registered refugees, excluding ACC holders, received new cards.", "2024-07-15"),
        ("Apart from registered refugees, Afghans living illegally must leave.", PHASE1),
        ("Undocumented Afghans and registered refugees alike report harassment.", PHASE1),
        (
            "Afghan refugees have lived here for decades, while undocumented Afghans must go.",
            PHASE1,
        ),
        # phases with their own groups
        (
            "In phase two, Afghans holding Pakistan-issued Afghan citizenship cards (ACCs) will be "
            "expelled while phase three is expected to target those with UNHCR-issued PoR cards.",
            PHASE2,
        ),
        (
            "Phase one of the plan targeted undocumented Afghans, phase two ACC holders and phase "
            "three PoR card holders.",
            "2025-09-02",
        ),
        ("Under phase two, ACC holders and remaining undocumented migrants must leave.", PHASE2),
        ("After phase one, PoR card holders feared they would be next.", PHASE1),
        ("The plan has two phases targeting undocumented migrants.", PHASE2),
        ("PoR card holders will go in phase three, after ACC holders in phase two.", PHASE2),
        (
            "In phase two, ACC holders will be expelled, and PoR card holders in phase three.",
            PHASE2,
        ),
        ("The third phase, targeting PoR card holders, began on September 1.", "2025-09-02"),
        ("In phase three, remaining ACC holders will be deported.", PHASE3),
        ("Phase one targeted undocumented Afghans and ACC holders will go next.", PHASE1),
        ("In phase two, the interior department briefed PoR card holders.", PHASE2),
        # another time, lapsed cards
        ("Some refugees were undocumented when they arrived in the 1980s.", PHASE1),
        ("Refugees with expired PoR cards are considered illegal.", PHASE1),
        ("Phase two targets ACC holders and the remaining undocumented migrants.", PHASE2),
        ("Undocumented migrants were deported during phase two.", PHASE2),
        ("Deportations of undocumented Afghans continued in phase two.", PHASE2),
        # the group's own words, and true predicates
        ("Registered Afghan refugees face an uncertain future.", PHASE1),
        ("Pakistan has launched a crackdown on illegal Afghan immigrants.", PHASE1),
        ("PoR card holders are refugees.", PHASE1),
        ("Registered refugees are also PoR card holders.", PHASE1),
        ("Undocumented Afghans are not ACC holders.", PHASE1),
        ("Registered refugees are not undocumented.", PHASE1),
        ("ACC holders are registered with NADRA.", PHASE2),
        ("Registered refugees, who hold PoR cards, are exempt from the drive.", PHASE1),
        ("Thousands of Afghans without documents have been detained.", PHASE1),
        ("Registered refugees without valid visas may stay.", PHASE1),
        ("Illegal refugee camps were demolished.", PHASE1),
        ("Police broke up an illegal refugee smuggling ring.", PHASE1),
        ('Officials objected to the phrase "illegal refugees".', PHASE1),
        # after a group's own deadline, its papers no longer make it legal
        ("Undocumented ACC holders were deported after the March 31 deadline.", "2025-05-01"),
        ("PoR card holders are now illegal.", "2025-10-01"),
        ("ACC holders will be considered illegal from April 1.", "2025-03-10"),
        ("Registered refugees are now undocumented.", "2025-07-15"),  # validity lapsed June 30
        ("Illegal PoR card holders face arrest after their cards expired.", "2025-10-01"),
    ],
)
def test_correct_use_is_silent(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert findings == [], [f.message for f in findings]


def problems(corpus, text: str, date: str, path: str = "d.md"):
    """The category rules' problems on ``text`` as they give them (``details`` included)."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText
    from narrlint.rules import categories

    draft = Linter([], corpus, date=dt.date.fromisoformat(date)).parse(SourceText(text), path)
    return [p for rule in categories.narrlint_rules() for p in rule.check(draft, corpus)]


def test_fix_keeps_the_modifiers_group(seed_corpus):
    text = "Over 460,000 undocumented Afghan refugees left Pakistan last month."
    (finding,) = lint_text(seed_corpus, text, date="2023-12-07", codes=CODES)
    assert finding.message == (
        'Write "undocumented Afghans": undocumented Afghans have no refugee status and no valid '
        "documents"
    )
    (problem,) = problems(seed_corpus, text, "2023-12-07")
    assert problem.details.startswith('"undocumented Afghan refugees" fuses two groups: ')
    assert problem.details.endswith('Or write "undocumented Afghan migrants".')
    assert apply_fix(text, finding) == (
        "Over 460,000 undocumented Afghans left Pakistan last month."
    )
    assert finding.fix.description == 'write "undocumented Afghans"'


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Illegal refugees were held.", "Illegal migrants were held."),
        ("An undocumented Afghan refugee spoke.", "An undocumented Afghan migrant spoke."),
        ("Undocumented refugee families left.", "Undocumented migrant families left."),
        ("ACC refugees were told to leave.", "ACC holders were told to leave."),
        ("UNDOCUMENTED REFUGEES LEAVE", "UNDOCUMENTED MIGRANTS LEAVE"),
    ],
)
def test_fix_uses_the_ledger_heads_and_terms(seed_corpus, text, fixed):
    (finding,) = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert apply_fix(text, finding) == fixed


def test_conflation_evidence_cites_ledger_lines_and_a_corpus_sentence(seed_corpus):
    text = "Police detained dozens of undocumented refugees."
    (finding,) = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    ledger = [e for e in finding.evidence if e.source == "seeds/ledger.yaml"]
    assert "pattern:" in ledger_line(ledger[0].line)  # the conflation entry
    assert "undocumented refugees" in ledger[0].text
    assert {"- id: por", "- id: undocumented"} <= {ledger_line(e.line) for e in ledger[1:]}
    assert all("(source: " in e.text for e in ledger)
    assert any(e.source.startswith("seeds/0") for e in finding.evidence)


def test_phase_message_names_the_ledger_target(seed_corpus):
    (finding,) = lint_text(
        seed_corpus, "In phase two, PoR card holders will be expelled.", date=PHASE2, codes=CODES
    )
    assert finding.message == (
        "Check the group or the phase: the second phase targets ACC holders; registered refugees "
        "come in the third"
    )
    assert any("ifrp_phase2_acc" in ledger_line(e.line) for e in finding.evidence)


# ---------------------------------------------------------------------------------------------
# NL302: a figure of one group given for another


@pytest.mark.parametrize(
    ("text", "date", "excerpt"),
    [
        (
            "Pakistan says 1.4 million undocumented Afghans must leave.",
            PHASE1,
            "1.4 million undocumented Afghans",
        ),
        (
            "Some 880,000 PoR card holders were told their cards would be renewed.",
            "2024-01-01",
            "880,000 PoR card holders",
        ),
        (
            "The 1.4 million Afghans living illegally in Pakistan have until November 1.",
            PHASE1,
            "1.4 million Afghans living illegally",
        ),
        (
            "There are 1.4 million undocumented foreigners in Pakistan, the minister said.",
            PHASE1,
            "1.4 million undocumented foreigners",
        ),
        (
            "Nearly 1.5 million ACC holders must leave by March 31.",
            PHASE2,
            "1.5 million ACC holders",
        ),
        (
            "About 775,000 registered refugees live in Pakistan.",
            "2024-01-01",
            "775,000 registered refugees",
        ),
        (
            "Some 1.7 million Afghan refugees have been ordered to leave.",
            PHASE1,
            "1.7 million Afghan refugees",
        ),
        (
            "According to UN figures, 880,000 Afghans are registered refugees.",
            "2023-12-10",
            "880,000 Afghans are registered refugees",
        ),
        (
            "PoR card holders, numbering 880,000, received extensions.",
            "2024-01-01",
            "PoR card holders, numbering 880,000",
        ),
        (
            "The ministry estimated the number of ACC holders at 1.4 million.",
            PHASE2,
            "ACC holders at 1.4 million",
        ),
        (
            "Pakistan ordered all undocumented immigrants, including an estimated 1.4 million "
            "Afghans, to leave.",
            PHASE1,
            "undocumented immigrants, including an estimated 1.4 million",
        ),
        (
            "Pakistan began expelling the 1.4 million Afghans living in the country illegally.",
            "2023-11-02",
            "1.4 million Afghans living in the country illegally",
        ),
        (
            "Pakistan's first phase gave undocumented foreigners 30 days to leave — a move that "
            "put 1.4 million Afghan refugees at risk.",
            PHASE1,
            "1.4 million Afghan refugees",
        ),
        (
            "Under phase one, some 1.4 million Afghan refugees faced deportation.",
            PHASE1,
            "1.4 million Afghan refugees",
        ),
        (
            "Pakistan gave 1.4 million Afghan refugees until November 1 to leave.",
            PHASE1,
            "1.4 million Afghan refugees",
        ),
        (
            "Pakistan ordered undocumented Afghans, some 1.4 million people, to leave.",
            PHASE1,
            "undocumented Afghans, some 1.4 million",
        ),
        (
            "Pakistan says 1.4 million Afghans who lack documents must leave.",
            PHASE1,
            "1.4 million Afghans who lack documents",
        ),
        (
            "Pakistan announced phase one with a 30-day deadline for undocumented aliens to "
            "leave. The move put 1.4 million Afghan refugees at risk.",
            PHASE1,
            "1.4 million Afghan refugees",
        ),
        (
            "Phase one put 1.4 million Afghans at risk of deportation.",
            PHASE1,
            "1.4 million Afghans",
        ),
        (
            "The deadline for undocumented foreigners to leave puts 1.4m Afghan refugees at risk.",
            PHASE1,
            "1.4m Afghan refugees",
        ),
        (
            "Undocumented Afghans, who number 1.4 million, must leave.",
            PHASE1,
            "Undocumented Afghans, who number 1.4 million",
        ),
        (
            "Pakistan says 1.4 million Afghans are in the country illegally.",
            PHASE1,
            "1.4 million Afghans are in the country illegally",
        ),
        # a figure of another population the ledger records (totals, UNHCR's refugee count)
        (
            "Pakistan says it has hosted 4.4 million Afghan refugees for decades.",
            "2024-01-01",
            "4.4 million Afghan refugees",
        ),
        (
            "UNHCR says 2.18 million Afghans in Pakistan hold PoR cards.",
            "2024-01-01",
            "2.18 million Afghans in Pakistan hold PoR cards",
        ),
        (
            "Pakistan hosts some 2.4 million registered refugees.",
            "2024-08-01",
            "2.4 million registered refugees",
        ),
        # past the place the group lives in
        (
            "Some 1.3 million Afghans living in Pakistan without papers face expulsion.",
            "2024-01-01",
            "1.3 million Afghans living in Pakistan without papers",
        ),
        (
            "Officials say 775,000 Afghans in Pakistan hold PoR cards.",
            "2024-01-01",
            "775,000 Afghans in Pakistan hold PoR cards",
        ),
        (
            "1.3 million Afghans across the country are undocumented.",
            "2024-01-01",
            "1.3 million Afghans across the country are undocumented",
        ),
        # a group's documents "of N people" count the group's holders
        (
            "Cabinet renewed the ACCs of roughly 1.45 million Afghans on Wednesday.",
            "2024-07-12",
            "ACCs of roughly 1.45 million",
        ),
    ],
)
def test_figure_mismatches_are_found(seed_corpus, text, date, excerpt):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert codes(findings) == ["NL302"], [f.message for f in findings]
    assert findings[0].excerpt == excerpt


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pakistan says 1.73 million undocumented Afghans must leave.", PHASE1),
        ("1.73 million Afghans living illegally were told to leave.", PHASE1),
        ("Some 800,000 ACC holders were told to leave.", PHASE2),
        ("More than 1.3 million registered refugees remain in Pakistan.", "2024-01-01"),
        (
            "Pakistan hosts about 1.45 million PoR card holders and 800,000 ACC holders.",
            "2024-07-15",
        ),
        ("The government estimates 600,000 undocumented Afghans remain.", "2025-03-10"),
        ("Of the 4.4 million Afghans in Pakistan, 1.73 million are undocumented.", PHASE1),
        ("The 1.4 million Afghans who hold PoR cards are allowed to stay.", PHASE1),
        ("Some 880,000 Afghans are registered with NADRA under the ACC scheme.", "2024-01-01"),
        ("UNHCR says 1.52 million registered refugees and asylum seekers live here.", "2025-04-02"),
        ("About 2.1 million Afghan refugees live in Pakistan, according to UNHCR.", PHASE1),
        ("1.73 million Afghans in Pakistan are undocumented.", PHASE1),
        ("1.73 million Afghans are in the country illegally.", PHASE1),
        ("Registered refugees, who number 1.3 million, may stay.", "2024-01-01"),
        ("Pakistan was home to over four million Afghan migrants and refugees.", PHASE1),
        # a round number may be the group's own figure rounded (1.73 million → two million)
        ("Some two million undocumented Afghans were told to leave.", PHASE1),
        ("Pakistan hosts 1 million registered refugees, officials said.", PHASE1),
        ("Pakistan hosts 4.4 million Afghans, Bugti said.", PHASE1),
        ("Some 150,000 registered refugees live in Quetta.", PHASE1),
        ("About 3.7 million Afghans live in Pakistan.", PHASE1),
        ("Some 1.3 million Afghans living in Pakistan hold PoR cards.", "2024-01-01"),
        # a group's size, once and in a contrast
        (
            "The drive targets undocumented migrants, not the 1.3 million registered refugees.",
            PHASE1,
        ),
        (
            "The plan's first phase, aimed at undocumented foreigners, spared the 1.4 million "
            "registered refugees.",
            PHASE1,
        ),
        (
            "The deadline for undocumented foreigners does not put the 1.4 million registered "
            "refugees at risk.",
            PHASE1,
        ),
        ("The deadline for undocumented foreigners puts 1.7 million Afghans at risk.", PHASE1),
        ("Phase three puts 1.3 million registered refugees at risk.", PHASE3),
        ("Pakistan ordered undocumented Afghans, some 1.7 million people, to leave.", PHASE1),
        ("Pakistan gave 1.7 million Afghans until November 1 to leave.", PHASE1),
        (
            "Pakistan told undocumented Afghans to go. The move put 1.7 million Afghans at risk.",
            PHASE1,
        ),
        (
            "Pakistan told undocumented Afghans to leave. Separately, 1.4 million Afghan refugees "
            "face uncertainty.",
            PHASE1,
        ),
        ("Pakistan says the 1.7 million Afghans without valid documents must leave.", PHASE1),
        ("Pakistan gave 1.3 million Afghan refugees until September 1 to leave.", PHASE3),
        (
            "The extension covers almost 1.5 million Afghan refugees until June 30, 2025.",
            "2024-07-12",
        ),
        # counts of people moving, not of a group
        ("Over 460,000 undocumented Afghans left Pakistan last month.", "2023-12-07"),
        (
            "Pakistan has deported over 1.4 million illegal immigrants since November 2023.",
            "2025-06-02",
        ),
        (
            "More than 1.3 million undocumented Afghans have returned since the drive began.",
            "2025-06-02",
        ),
        ("The return of 1.4 million undocumented Afghans has strained Afghanistan.", "2025-06-02"),
        ("Cabinet renewed the PoR cards of some 1.45 million people.", "2024-07-12"),
        # not counts of people
        ("The $1.4 million grant helps undocumented Afghans.", PHASE1),
        ("Roughly 1.4 percent of undocumented Afghans left.", PHASE1),
    ],
)
def test_correct_figures_are_silent(seed_corpus, text, date):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert findings == [], [f.message for f in findings]


def test_message_names_the_matched_dated_figure(seed_corpus):
    text = "Pakistan says 1.4 million undocumented Afghans must leave."
    (finding,) = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert finding.message == (
        "Check the figure: 1.4 million is the count of registered refugees (PoR card holders), "
        "not of undocumented Afghans"
    )
    # Who gave the figure, when, and the named group's own figures: in the details.
    (problem,) = problems(seed_corpus, text, PHASE1)
    assert problem.details.startswith(
        "1.4 million matches the registered refugees (PoR card holders) figure given by FO "
        "spokesperson Mumtaz Zahra Baloch on 5 October 2023"
    )
    assert "1.73 million (caretaker interior minister Sarfraz Bugti, 3 October 2023)" in (
        problem.details
    )
    assert "775,000 (UNHCR" in problem.details
    assert "600,000" not in problem.details  # dated after the draft


def test_figure_evidence_cites_ledger_figures_and_corpus_use(seed_corpus):
    text = "Pakistan says 1.4 million undocumented Afghans must leave."
    (finding,) = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    first, second, *rest = finding.evidence
    assert (first.source, second.source) == ("seeds/ledger.yaml", "seeds/ledger.yaml")
    assert ledger_line(first.line) == "- id: por_fo_2023"
    # the undocumented's own figure nearest the draft's 1.4 million: Bugti's 1.1 million
    assert ledger_line(second.line) == "- id: undocumented_bugti_2023_10_editorial"
    corpus = [e for e in rest if e.source.startswith("seeds/0")]
    assert [(e.source, e.line) for e in corpus] == [("seeds/001_0fe2a970b9aefafc.txt", 8)]


def test_later_drafts_match_later_figures(seed_corpus):
    text = "Some 1.3 million ACC holders must leave."
    (finding,) = lint_text(seed_corpus, text, date="2025-06-01", codes=CODES)
    assert finding.message == (
        "Check the figure: 1.3 million is the count of registered refugees (PoR card holders), "
        "not of ACC holders"
    )
    (problem,) = problems(seed_corpus, text, "2025-06-01")
    assert problem.details.startswith(
        "1.3 million matches the registered refugees (PoR card holders) figure given by "
        "Parliamentary Secretary Mukhtar Ahmad Malik (Express Tribune via Pajhwok) on 15 May 2025"
    )


# ---------------------------------------------------------------------------------------------
# The seed articles


def test_seed_002_undocumented_afghan_refugees(seed_corpus):
    findings = lint_text(
        seed_corpus, SEED_002.read_text(), path=str(SEED_002), date="2023-12-07", codes=CODES
    )
    found = {(f.start.line, f.code, f.excerpt) for f in findings}
    assert found == {
        (7, "NL301", "undocumented Afghan refugees"),
        (9, "NL301", "undocumented Afghan refugees"),
    }


def test_seed_003_phase_one_puts_the_por_figure_at_risk(seed_corpus):
    findings = lint_text(
        seed_corpus, SEED_003.read_text(), path=str(SEED_003), date="2024-07-12", codes=CODES
    )
    assert [(f.start.line, f.code) for f in findings] == [(37, "NL302")]
    finding = findings[0]
    assert finding.excerpt == "1.4 million Afghan refugees"
    assert finding.message == (
        "Check the figure: 1.4 million is the count of registered refugees (PoR card holders), "
        "not of undocumented Afghans"
    )
    (problem,) = problems(seed_corpus, SEED_003.read_text(), "2024-07-12", str(SEED_003))
    assert "FO spokesperson Mumtaz Zahra Baloch on 5 October 2023" in problem.details
    assert "This clause's order targets undocumented Afghans" in problem.details
    cited = {(e.source, e.line) for e in finding.evidence}
    assert ("seeds/001_0fe2a970b9aefafc.txt", 8) in cited  # 1.4 million used correctly
    assert any("putting 1.4 million" in e.text for e in finding.evidence)  # the conflation


def test_seed_001_line_8_is_silent(seed_corpus):
    findings = lint_text(
        seed_corpus, SEED_001.read_text(), path=str(SEED_001), date="2023-10-05", codes=CODES
    )
    # line 16 gives Bugti's total of all Afghans (4.4 million) as "Afghan refugees" (NL302),
    # after the 1.73 million living illegally it sums (NL301: a total after its parts)
    assert [(f.start.line, f.code) for f in findings] == [(16, "NL301"), (16, "NL302")]
    assert findings[1].message == (
        'Check the figure: 4.4 million is the count of "Afghans in Pakistan (total)", not of '
        "registered refugees"
    )
    (problem,) = [
        p
        for p in problems(seed_corpus, SEED_001.read_text(), "2023-10-05", str(SEED_001))
        if p.message.startswith("Check the figure")
    ]
    assert problem.details.startswith(
        '4.4 million matches the "Afghans in Pakistan (total)" figure given by Sarfraz Bugti '
        "on 3 October 2023"
    )


# ---------------------------------------------------------------------------------------------
# CLI, documentation


def test_cli_json(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Deportations\n\nThe crackdown on undocumented Afghan refugees widened.\n\n"
        "Pakistan says 1.4 million undocumented Afghans must leave.\n",
        encoding="utf-8",
    )
    run = run_cli("--format", "json", "--select", "NL3", "--date", PHASE1, str(draft))
    assert run.code == 1, run.stderr
    findings = run.json()["findings"]
    assert [(f["line"], f["code"], f["rule"]) for f in findings] == [
        (3, "NL301", "conflated-refugee-category"),
        (5, "NL302", "category-figure-mismatch"),
    ]
    conflation, figure = findings
    assert conflation["severity"] == "warning"
    assert conflation["fix"]["edits"] == [
        {"line": 3, "column": 31, "end_line": 3, "end_column": 46, "replacement": "Afghans"}
    ]
    assert figure["fix"] is None
    assert figure["evidence"][0]["source"] == "seeds/ledger.yaml"
    assert figure["evidence"][0]["line"] > 0


def test_rules_document_bad_and_good_examples(registry):
    for code in CODES:
        documentation = registry.rules[code].documentation
        # a heading may name the draft's date: "Bad (draft dated 2023-10-20):"
        assert re.search(r"^\s*Bad\b[^:\n]*:$", documentation, re.M), code
        assert re.search(r"^\s*Good\b[^:\n]*:$", documentation, re.M), code


# ---------------------------------------------------------------------------------------------
# A whole Markdown article: correct as written, then with four errors

ARTICLE = textwrap.dedent(
    """\
    ---
    date: 2023-11-02
    ---
    # Pakistan begins deporting undocumented Afghans

    ISLAMABAD — Pakistani authorities began rounding up undocumented Afghans on Wednesday
    after a deadline for them to leave the country expired, officials said.

    The caretaker government had given all undocumented foreigners until Oct. 31 to leave
    voluntarily. Interior Minister Sarfraz Bugti has said
    some 1.7 million Afghans live in Pakistan illegally.

    Pakistan also hosts about 1.4 million registered Afghan refugees, who hold Proof of
    Registration cards, and some 880,000 Afghans with Afghan Citizen Cards. Officials insist
    neither group is affected by the current phase of the drive.

    - More than 200,000 Afghans have left since the order was announced.
    - Rights groups say registered refugees have also been harassed.

    > "We have lived here for 40 years," said Gul Khan, a 60-year-old refugee in Karachi.
    > "Where will we go?"

    The UN refugee agency UNHCR urged Pakistan to halt the deportations, warning that many of
    those facing expulsion would be at risk in Afghanistan.

    Phase two of the plan, targeting ACC holders, and phase three, covering PoR card holders,
    have not yet been scheduled.
    """
)
ERRORS = (
    ("rounding up undocumented Afghans", "rounding up undocumented Afghan refugees"),
    ("some 1.7 million Afghans live", "some 1.4 million Afghans live"),
    ("some 880,000 Afghans with", "some 1.3 million Afghans with"),
    (
        "Phase two of the plan, targeting ACC holders",
        "Phase two of the plan, targeting PoR card holders",
    ),
)


def test_article_as_written_is_silent(seed_corpus):
    findings = lint_text(seed_corpus, ARTICLE, path="article.md", codes=CODES)
    assert findings == [], [f.message for f in findings]


def test_article_errors_are_found(seed_corpus):
    text = ARTICLE
    for old, new in ERRORS:
        assert old in text
        text = text.replace(old, new)
    findings = lint_text(seed_corpus, text, path="article.md", codes=CODES)
    assert [(f.start.line, f.code, f.excerpt) for f in findings] == [
        (6, "NL301", "undocumented Afghan refugees"),
        (11, "NL302", "1.4 million Afghans live in Pakistan illegally"),
        (14, "NL302", "1.3 million Afghans with Afghan Citizen Cards"),
        (26, "NL301", "PoR card holders"),
    ]


# ---------------------------------------------------------------------------------------------
# A fictional ledger: every group word comes from data

FICTIONAL = textwrap.dedent(
    """\
    # A FICTIONAL ledger for tests only.
    version: 1
    categories:
      - id: sheltered
        name: Blue-pass holders (sheltered refugees of Florin)
        label: sheltered refugees (blue-pass holders)
        refugee_status: true
        documented: true
        terms: [blue-pass holders, blue-pass holder, sheltered refugees]
        modifiers: [sheltered, blue-pass]
        heads: [refugees, refugee]
        phase: 2
        source: https://example.invalid/florin/blue-pass
      - id: unpapered
        name: Unpapered newcomers to Florin
        label: unpapered newcomers
        refugee_status: false
        documented: false
        terms: [unpapered newcomers, unpapered settlers]
        modifiers: [unpapered, unlisted]
        heads: [newcomers, newcomer, drifters]
        phase: 1
        source: https://example.invalid/florin/unpapered
    deadlines:
      - id: florin_stage1
        title: Stage one - unpapered newcomers to leave Florin
        date: '2031-05-01'
        targets: [unpapered]
        phase: 1
        action_lemmas: [leave, deport]
        source: https://example.invalid/florin/stage-one
      - id: florin_stage2
        title: Stage two - blue-pass holders to leave Florin
        date: '2032-01-01'
        targets: [sheltered]
        phase: 2
        action_lemmas: [leave, deport]
        source: https://example.invalid/florin/stage-two
    figures:
      - id: sheltered_2031
        date: '2031-02-01'
        metric: Blue-pass holders
        category: sheltered
        value: 250000
        by: Florin Registry Office
        source: https://example.invalid/florin/registry
      - id: unpapered_2031
        date: '2031-03-01'
        metric: Unpapered newcomers
        category: unpapered
        value: 90000
        by: Florin Interior Office
        source: https://example.invalid/florin/interior
      - id: abroad_2031
        date: '2031-01-15'
        metric: Residents of Florin born abroad
        category: born_abroad
        value: 400000
        by: Florin Census Bureau
        source: https://example.invalid/florin/census
      - id: left_2031
        date: '2031-05-20'
        metric: Newcomers who left Florin
        category: departures
        value: 600000
        by: Florin Border Office
        source: https://example.invalid/florin/border
    """
)
FLORIN_DATE = "2031-06-01"


@pytest.fixture(scope="module")
def florin(tmp_path_factory):
    path = tmp_path_factory.mktemp("florin") / "ledger.yaml"
    path.write_text(FICTIONAL, encoding="utf-8")
    return load_corpus([str(path)], seeds=False)


def test_fictional_ledger_phrase_conflation_and_fix(florin):
    text = "Police rounded up unpapered refugees in the capital."
    (finding,) = lint_text(florin, text, date=FLORIN_DATE, codes=CODES)
    assert finding.code == "NL301"
    assert finding.excerpt == "unpapered refugees"
    assert apply_fix(text, finding) == "Police rounded up unpapered newcomers in the capital."
    assert finding.evidence[0].source.endswith("ledger.yaml")


def test_fictional_ledger_phase_and_predicate(florin):
    findings = lint_text(
        florin,
        "In stage one, blue-pass holders must leave. Blue-pass holders are unpapered.",
        date=FLORIN_DATE,
        codes=CODES,
    )
    assert [(f.code, f.excerpt) for f in findings] == [
        ("NL301", "blue-pass holders"),
        ("NL301", "Blue-pass holders are unpapered"),
    ]
    assert findings[0].message.startswith(
        "Check the group or the phase: the first phase targets unpapered newcomers"
    )


def test_fictional_ledger_figure_mismatch(florin):
    findings = lint_text(
        florin, "Some 250,000 unpapered newcomers must leave.", date=FLORIN_DATE, codes=CODES
    )
    assert codes(findings) == ["NL302"]
    assert findings[0].message.startswith("Check the figure: 250,000 is the count of ")
    (problem,) = problems(florin, "Some 250,000 unpapered newcomers must leave.", FLORIN_DATE)
    assert "given by Florin Registry Office on 1 February 2031" in problem.details
    assert "90,000 (Florin Interior Office, 1 March 2031)" in problem.details


def test_fictional_ledger_figure_of_another_population(florin):
    text = "Some 400,000 sheltered refugees live in Florin."
    (finding,) = lint_text(florin, text, date=FLORIN_DATE, codes=CODES)
    assert finding.code == "NL302"
    assert finding.message.startswith(
        'Check the figure: 400,000 is the count of "Residents of Florin born abroad", not of '
    )
    (problem,) = problems(florin, text, FLORIN_DATE)
    assert problem.details.startswith(
        '400,000 matches the "Residents of Florin born abroad" figure given by Florin Census '
        "Bureau on 15 January 2031"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Some 90,000 unpapered newcomers must leave.",
        "Some 600,000 sheltered refugees live in Florin.",  # a flow, not a population
        "Sheltered refugees and unpapered newcomers met the mayor.",
        "In stage one, unpapered newcomers must leave; blue-pass holders were exempt.",
        # the seed ledger's words mean nothing here
        "Over 1.4 million undocumented Afghan refugees left.",
        "In phase two, PoR card holders will be expelled.",
    ],
)
def test_fictional_ledger_clean(florin, text):
    assert lint_text(florin, text, date=FLORIN_DATE, codes=CODES) == []


# ---------------------------------------------------------------------------------------------
# The claims reader: what NL301 and NL302 read from a draft (draft.claims.groups)


def read_groups(corpus, text: str, date: str = PHASE1):
    """The draft and its group claims, read as the linter reads them."""
    import datetime as dt

    from narrlint.engine.linter import Linter
    from narrlint.input.source import SourceText

    linter = Linter([], corpus, date=dt.date.fromisoformat(date))
    draft = linter.parse(SourceText(text), "draft.md")
    return draft, draft.claims.groups


def shown(claim) -> dict:
    """The claim's fields without the empty ones (as ``narrlint claims`` prints them)."""
    return {k: v for k, v in claim.details().items() if v not in (None, [], False, "")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term, a bare head noun, holders of documents, a modifier on a generic noun
        ("ACC holders queued.", [("term", "ACC holders", ["acc"])]),
        ("Afghan refugees queued.", [("head", "Afghan refugees", ["por"])]),
        ("Afghans holding PoR cards queued.", [("holding", "holding PoR cards", ["por"])]),
        ("Undocumented people queued.", [("np", "Undocumented people", ["undocumented"])]),
        # a modifier on another group's head: both groups, fused
        (
            "Over 460,000 undocumented Afghan refugees left.",
            [("np", "undocumented Afghan refugees", ["por", "undocumented"])],
        ),
        # a number given for a group comes before the group's own claim
        (
            "In 2024, 880,000 ACC holders were told to leave.",
            [("figure", "880,000 ACC holders", ["acc"]), ("term", "ACC holders", ["acc"])],
        ),
    ],
)
def test_group_claims_read(seed_corpus, text, expected):
    _, claims = read_groups(seed_corpus, text)
    assert [(c.details()["role"], c.text, sorted(c.categories)) for c in claims] == expected
    assert all(c.kind == "group" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Aid reached refugee camps in Peshawar.",  # a head noun qualifying another noun
        "Afghan refugee status was debated.",  # the status, not a group
        "Refugees with expired PoR cards queued.",  # expired cards make no holders
    ],
)
def test_group_claims_clean_look_alikes(seed_corpus, text):
    _, claims = read_groups(seed_corpus, text)
    assert [c for c in claims if c.details()["role"] in ("holding", "np")] == []
    assert not any("camps" in c.text or "status" in c.text for c in claims)


def test_fused_phrase_fields_and_resolution(seed_corpus):
    draft, (claim,) = read_groups(seed_corpus, "Over 460,000 undocumented Afghan refugees left.")
    assert shown(claim) == {
        "role": "np",
        "categories": ["por", "undocumented"],
        "modifier": "undocumented",
        "modifier_categories": ["undocumented"],
        "head": "refugees",
        "head_categories": ["por"],
        "fused": True,
    }
    resolution = draft.claims.resolve(claim)
    assert resolution.fact is None
    assert "fuses groups the ledger keeps apart" in resolution.reason


def test_term_resolves_to_its_category(seed_corpus):
    draft, (claim,) = read_groups(seed_corpus, "ACC holders queued.")
    resolution = draft.claims.resolve(claim)
    assert resolution.fact == "categories/acc"
    assert resolution.evidence.source.endswith("ledger.yaml")
    assert "refugee_status: false" in resolution.summary


@pytest.mark.parametrize(
    ("text", "in_name", "quoted"),
    [
        ("The Illegal Foreigners' Repatriation Plan began in 2023.", True, False),
        ('He used the term "illegal refugees".', False, True),
        ("Illegal foreigners must leave.", False, False),
    ],
)
def test_named_and_quoted_groups(seed_corpus, text, in_name, quoted):
    _, (claim,) = read_groups(seed_corpus, text)
    assert (claim.in_name, claim.quoted) == (in_name, quoted)


def test_predicate_read_and_negated_predicate_not(seed_corpus):
    _, claims = read_groups(seed_corpus, "ACC holders, who are registered refugees, must leave.")
    predicate = claims[0].details()["predicate"]
    assert predicate["text"] == ", who are registered refugees"
    assert predicate["properties"] == ["por"] and not predicate["later"]
    _, claims = read_groups(seed_corpus, "ACC holders, who are not registered refugees, leave.")
    assert claims[0].predicate is None
    _, claims = read_groups(seed_corpus, "Registered refugees without documents were held.")
    assert claims[0].details()["predicate"]["lacks"] == ["undocumented"]
    assert claims[0].predicate.attributes == ("documented",)


@pytest.mark.parametrize(
    ("text", "phase", "group"),
    [
        ("In phase two, PoR card holders will be expelled.", 2, "PoR card holders"),
        ("ACC holders go in the second phase.", 2, "ACC holders"),
        ("After phase one, PoR card holders stayed.", None, None),  # a phase used as a time
        ("PoR holders were exempt from phase two.", None, None),  # an exemption
    ],
)
def test_phase_a_group_is_paired_with(seed_corpus, text, phase, group):
    _, claims = read_groups(seed_corpus, text)
    paired = [(c.phase, c.text) for c in claims if c.phase is not None]
    assert paired == ([(phase, group)] if phase else [])


def test_phase_tie_reads_groups_joined_into_one_target(seed_corpus):
    text = "Phase one targeted undocumented migrants and ACC holders."
    _, (first, second) = read_groups(seed_corpus, text)
    (tie,) = first.phases
    assert (tie.number, tie.group, tie.cue, tie.targeted) == (1, first, True, True)
    assert tie.joined == ((first, second),)
    assert second.phases == ()


@pytest.mark.parametrize(
    ("text", "wider", "narrower"),
    [
        ("Undocumented migrants, including ACC holders, face arrest.", "Undocumented migrants",
         "ACC holders"),
        ("PoR card holders and other registered refugees were spared.", "registered refugees",
         "PoR card holders"),
        ("Refugees such as PoR card holders stayed.", "Refugees", "PoR card holders"),
    ],
)  # fmt: skip
def test_inclusion_relations(seed_corpus, text, wider, narrower):
    _, (first, second) = read_groups(seed_corpus, text)
    assert first.inclusions == second.inclusions
    (inclusion,) = first.inclusions
    assert (inclusion.wider.text, inclusion.narrower.text) == (wider, narrower)


def test_no_inclusion_between_coordinated_groups(seed_corpus):
    _, claims = read_groups(seed_corpus, "Undocumented migrants and ACC holders must leave.")
    assert [c.inclusions for c in claims] == [(), ()]


def test_figure_claim_fields_and_resolution(seed_corpus):
    draft, (figure, group) = read_groups(
        seed_corpus, "Some 1.4 million Afghans are registered refugees."
    )
    assert shown(figure) == {
        "role": "figure",
        "categories": ["por"],
        "number": "1.4 million",
        "value": 1400000.0,
        "hedge": "about",
        "how": "predicate",
        "group": "registered refugees",
    }
    assert group.figure is figure and shown(group)["figure"] == {
        "value": 1400000.0,
        "hedge": "about",
    }
    resolution = draft.claims.resolve(figure)
    # the ledger figure's own wording may be "1.4m": the reason names the value read
    assert resolution.fact.startswith("figures/")
    assert resolution.reason.startswith("1.4 million is the ledger's figure for registered")


def test_figure_of_another_group_resolves_to_none_with_the_reason(seed_corpus):
    draft, claims = read_groups(seed_corpus, "Some 880,000 PoR card holders were told to stay.")
    resolution = draft.claims.resolve(claims[0])
    assert resolution.fact is None
    assert resolution.reason.startswith("880,000 is no figure of registered refugees")
    assert "ACC holders" in resolution.reason


@pytest.mark.parametrize(
    "text",
    [
        "Over 460,000 undocumented Afghans left Pakistan.",  # a flow, not a group's size
        "The fund paid Rs 880,000 to ACC holders.",  # money
        "Some 88 percent of ACC holders stayed.",  # a share
    ],
)
def test_numbers_that_are_no_group_figure(seed_corpus, text):
    _, claims = read_groups(seed_corpus, text)
    assert [c for c in claims if c.details()["role"] == "figure"] == []


def test_group_claims_in_text_order_and_json_able(seed_corpus):
    import json

    text = (
        "In phase two, PoR card holders will be expelled. Some 880,000 ACC holders, who are "
        "registered refugees, must leave; undocumented migrants, including ACC holders, too."
    )
    draft, claims = read_groups(seed_corpus, text)
    assert [c.span.start for c in claims] == sorted(c.span.start for c in claims)
    json.dumps([c.details() for c in claims])
    json.dumps([draft.claims.resolve(c).to_dict() for c in claims])
    assert draft.claims.groups is claims  # read once per draft


# ---------------------------------------------------------------------------------------------
# Real reporting (issue 11): classes seen on real news text, as invented sentences


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a figure on "undocumented (Afghan) refugees" is read for the modifier's group: the
        # registered refugees' figure there is NL302 as well as the fusion's NL301
        ("Some 1.4 million undocumented Afghan refugees were told to leave.", PHASE1,
         ["NL301", "NL302"]),
        ("Roughly 14 lac Afghans are undocumented refugees, officials claim.", PHASE1,
         ["NL301", "NL302"]),
        # the figure of the modifier's own group: only the fusion
        ("Some 1.7 million undocumented Afghan refugees were told to leave.", PHASE1, ["NL301"]),
        ("Roughly 17 lac Afghans are undocumented, officials claim.", PHASE1, []),
        # a headline's capitalised number is no demonym of the group after it
        ("1.4 Million Undocumented Afghans Face Expulsion", PHASE1, ["NL302"]),
        ("1.7 Million Afghan Refugees Face Expulsion", PHASE1, ["NL302"]),
        ("1.7 Million Undocumented Afghans Face Expulsion", PHASE1, []),
        # "who are in the country illegally" after a relative
        ("Another 1.4 million Afghans, who are in Pakistan illegally, must leave.", PHASE1,
         ["NL302"]),
        ("Another 1.7 million Afghans who are in the country illegally must leave.", PHASE1, []),
        # a predicate of its own inside a number an order puts at risk
        ("The order affects 1.7 million Afghan refugees who lack any documents.", PHASE1,
         ["NL301"]),
        ("The order affects 1.7 million Afghans who lack any documents.", PHASE1, []),
    ],
)  # fmt: skip
def test_real_reporting_figures_on_fused_and_hedged_groups(seed_corpus, text, date, expected):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parallel list pairs each group with its own phase, in the list's own order
        ("In the first phase, illegal foreigners, in the second phase, Afghans with citizenship "
         "papers, and in the third phase the rest will be expelled.", []),
        ("Illegal foreigners in the first phase, and ACC holders in the second phase, will be "
         "expelled.", []),
        ("In the first phase, illegal foreigners, in the second phase, ACC holders, and in the "
         "third phase PoR card holders will be expelled.", []),
        # the same lists with a group on the wrong phase
        ("In the first phase, ACC holders, in the second phase, Afghans with citizenship "
         "papers will be expelled.", ["NL301"]),
        ("Illegal foreigners in the first phase, and PoR card holders in the second phase, will "
         "be expelled.", ["NL301"]),
    ],
)  # fmt: skip
def test_real_reporting_parallel_phase_lists(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refugee group said to hold the cards of a group without refugee status
        ("Officials said registered refugees holding ACCs may stay until June.", ["NL301"]),
        ("Thousands of Afghan refugees carrying Afghan Citizen Cards crossed at Torkham.",
         ["NL301"]),
        ("Afghan refugees with PoR cards and ACCs were allowed to stay.", ["NL301"]),
        ("Some 800,000 Afghan refugees live in Pakistan on Afghan Citizen Cards.", ["NL301"]),
        # a number of people staying on a group's cards counts that group
        ("About 1.4 million Afghans live in Pakistan under the ACC scheme.", ["NL302"]),
        # the same words with the group's own cards, or a word that names no status
        ("Officials said registered refugees holding PoR cards may stay until June.", []),
        ("Thousands of Afghan migrants carrying Afghan Citizen Cards crossed at Torkham.", []),
        ("Afghans with PoR cards and ACCs were allowed to stay.", []),
        ("Some 800,000 Afghans live in Pakistan on Afghan Citizen Cards.", []),
        ("Afghan refugees have lived in Pakistan on goodwill for decades.", []),
        ("Refugees living in Pakistan on expired Afghan Citizen Cards were detained.", []),
    ],
)  # fmt: skip
def test_real_reporting_groups_said_to_hold_another_groups_cards(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date="2024-01-01", codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # one group named as part of another whose attributes the ledger denies it
        ("Police detained undocumented immigrants, including Afghan refugees, in Karachi.",
         PHASE1, ["NL301"]),
        ("Registered refugees and other illegal immigrants were rounded up.", PHASE1, ["NL301"]),
        ("ACC holders and other undocumented foreigners were told to leave.", "2024-01-01",
         ["NL301"]),
        ("The drive covers refugees, including those with PoR cards and those holding ACCs.",
         "2024-01-01", ["NL301"]),
        # a group's own figure given for it and the group it is said to include
        ("The extension covers some 1.3 million refugees, including those holding Afghan "
         "Citizen Cards.", "2024-01-01", ["NL301", "NL302"]),
        # look-alikes: no group, the same group, a head noun, papers lapsed, a contrast, a list
        # that ended
        ("Police detained undocumented immigrants, including Afghans who overstayed visas.",
         PHASE1, []),
        ("PoR card holders and other registered refugees were spared.", PHASE1, []),
        ("Afghan migrants, including registered refugees, crossed at Torkham.", PHASE1, []),
        ("ACC holders and other undocumented foreigners were told to leave.", "2025-05-01", []),
        ("Undocumented foreigners, including ACC holders whose cards expired, must leave.",
         "2024-01-01", []),
        ("The extension covers some 1.3 million refugees, including those with PoR cards.",
         "2024-01-01", []),
        ("Undocumented immigrants, excluding registered refugees, must leave.", PHASE1, []),
        ("Undocumented immigrants must leave, including those who came after 2021, and "
         "registered refugees may stay.", PHASE1, []),
        ("The drive targets illegal immigrants including overstayers but not registered "
         "refugees.", PHASE1, []),
        ("Undocumented immigrants including overstayers were detained and registered refugees "
         "were questioned.", PHASE1, []),
    ],
)  # fmt: skip
def test_real_reporting_inclusion_between_groups(seed_corpus, text, date, expected):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the people a phase's own action names ("the Nth phase of deporting X")
        ("Pakistan began the second phase of deporting Afghan refugees.", PHASE2, ["NL301"]),
        ("Pakistan began the third phase of the repatriation of Afghan refugees.", PHASE3, []),
        ("In the second phase of the drive, journalists interviewed Afghan refugees.", PHASE2,
         []),
        # "the last/final phase" is the plan's last one
        ("Under the plan, ACC holders will leave in the final phase.", PHASE2, ["NL301"]),
        ("Under the plan, registered refugees will leave in the final phase.", PHASE2, []),
    ],
)  # fmt: skip
def test_real_reporting_phase_objects_and_the_final_phase(seed_corpus, text, date, expected):
    findings = lint_text(seed_corpus, text, date=date, codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case word of origin between the modifier and another group's head
        ("Border officials counted hundreds of illegal foreign refugees at Chaman.", ["NL301"]),
        ("Police rounded up undocumented young refugees.", ["NL301"]),
        # the modifier's own head, or no group's head, after the same word
        ("Authorities expelled illegal foreign migrants.", []),
        ("Illegal foreign workers were arrested.", []),
        ("Illegal foreign nationals must leave.", []),
        ("Illegal foreign refugee camps were closed.", []),
    ],
)  # fmt: skip
def test_real_reporting_origin_word_between_modifier_and_head(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb of the group and a verb of staying before another group's head
        ("Police will not act against illegally residing Afghan refugees until October.",
         ["NL301"]),
        ("Police will not act against illegally residing Afghans until October.", []),
        ("Police will not act against illegally residing foreigners until October.", []),
        ("Thousands of registered refugees are living there legally.", []),
    ],
)  # fmt: skip
def test_real_reporting_adverb_and_staying_verb_before_a_head(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date=PHASE1, codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's documents given to people said to be another group, by refugee status
        ("Those ACCs were issued by NADRA to Afghan refugees in 2017.", ["NL301"]),
        ("PoR cards were given to illegal immigrants in 2007, the minister claimed.", ["NL301"]),
        # given to their own group, to people of no group, or to previously undocumented
        # people (the documents made them documented)
        ("PoR cards were issued by NADRA to registered refugees in 2007.", []),
        ("ACCs were issued to undocumented Afghans in 2017.", []),
        ("ACCs were issued to some 880,000 Afghans in 2017.", []),
        ("Aid was provided to Afghan refugees holding PoR cards.", []),
    ],
)  # fmt: skip
def test_real_reporting_documents_given_to_a_group(seed_corpus, text, expected):
    findings = lint_text(seed_corpus, text, date="2024-01-01", codes=CODES)
    assert sorted(set(codes(findings))) == expected, [f.message for f in findings]


def test_a_number_whose_words_name_a_population_with_that_figure_is_no_mismatch(tmp_path):
    """Two populations with the same figure (UNHCR's refugees and refugee-like, and a
    minister's total of all Afghans): a draft whose words name the first gives its figure, not
    the total's. A number that matches only another group's figure is still reported."""
    ledger = (ROOT / "seeds" / "ledger.yaml").read_text(encoding="utf-8")
    total = (
        "- id: total_minister_2025\n  date: '2025-04-18'\n"
        "  metric: Afghans still residing in Pakistan\n  category: total\n  value: 2100000\n"
        "  by: a minister\n  source: https://example.org/total\n"
    )
    ledger = ledger.replace("- id: por_fo_2023\n", total + "- id: por_fo_2023\n", 1)
    (tmp_path / "ledger.yaml").write_text(ledger, encoding="utf-8")
    corpus = load_corpus([str(tmp_path / "ledger.yaml")], seeds=False)
    said = "UNHCR says some 2.1 million Afghan refugees live in Pakistan."
    assert [f.code for f in lint_text(corpus, said, date="2025-06-01", codes=("NL302",))] == []
    wrong = "Pakistan says 1.4 million undocumented Afghans must leave."
    assert [f.code for f in lint_text(corpus, wrong, date="2025-06-01", codes=("NL302",))] == [
        "NL302"
    ]


def test_a_count_of_cards_is_a_count_of_their_holders(seed_corpus) -> None:
    """One card each: "1.45 million ACCs" gives the ACC holders the registered refugees'
    figure, whatever the sentence does with the cards (it was a silent look-alike before
    card counts were read as holders)."""
    findings = lint_text(
        seed_corpus,
        "The cost of 1.45 million ACCs was met by donors.",
        date="2024-07-12",
        codes=CODES,
    )
    assert [f.code for f in findings] == ["NL302"]
    assert "not of ACC holders" in findings[0].message
