"""How real reporting gives deadlines (issue 11, item 3), what the other deadline files leave:
a date newer than the ledger (an info finding, and how the CLI treats it), per-finding severity
as any rule may use it, and the reader's fast paths. Split by class of sentence into
test_deadlines_roles/groups/events/grids/nl102.py; shared helpers in deadlines_support.py."""

import pytest

from narrlint.api import Problem, Rule, Severity
from narrlint.engine.linter import Linter
from narrlint.input.source import SourceText

from .conftest import lint_text, run_cli
from .deadlines_support import CODES, claims, reported

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


# ---------------------------------------------------------------------------------------------
# Fast paths of the reader (issue 10): a word set or an index decides which words are read, so
# each must hold every word the full test would act on


def test_every_word_that_names_a_group_by_modifier_starts_a_category_search(seed_corpus):
    """``categories`` reads only the words of its trigger set: a modifier, its synonym and its
    adverb ("irregularly") must all be there, or a group goes unread."""
    from narrlint.claims.dates_groups import modifier_groups, triggers
    from narrlint.claims.dates_lexicon import lexicon_for
    from narrlint.claims.dates_words import MODIFIER_SYNONYMS

    lexicon = lexicon_for(seed_corpus)
    starts = triggers(lexicon).category_starts
    words = [*lexicon.modifiers, *MODIFIER_SYNONYMS, *(w + "ly" for w in lexicon.modifiers)]
    named = [w for w in words if modifier_groups(w, lexicon) is not None]
    assert named and "irregularly" in named
    assert [w for w in named if w not in starts] == []
    assert modifier_groups("kindly", lexicon) is None and "kindly" not in starts


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
