"""Silencing findings in the draft: Markdown comments, plain-text markers, unused ones."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

import jsonschema
import pytest

from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.input.source import SourceText
from narrlint.model import Position, Severity
from narrlint.output.suppressions import apply_suppressions, parse, parse_codes

from .conftest import RURITANIA, run_cli

HEAD = "---\ndate: 2023-01-01\n---\n"
STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."
KILLED = "A bomb in Strelsau killed 14 people on Monday."


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]), cache=False)


@pytest.fixture
def unused_session(session: Session):
    session.config.report_unused_suppressions = True
    yield session
    session.config.report_unused_suppressions = False


def codes(session: Session, text: str, path: str = "draft.md") -> list[tuple[str, int]]:
    result = session.lint_source(SourceText(text), path)
    assert result.error is None, result.error
    return [(f.code, f.start.line) for f in result.findings]


def test_the_drafts_are_flagged_without_comments(session: Session) -> None:
    assert codes(session, HEAD + STALE + "\n\n" + KILLED + "\n") == [("NL401", 4), ("NL201", 6)]


def test_disable_next_line(session: Session) -> None:
    text = HEAD + "<!-- narrlint-disable-next-line NL401 -->\n" + STALE + "\n\n" + STALE + "\n"
    assert codes(session, text) == [("NL401", 7)]
    other = HEAD + "<!-- narrlint-disable-next-line NL201 -->\n" + STALE + "\n"
    assert codes(session, other) == [("NL401", 5)]


def test_disable_line(session: Session) -> None:
    text = HEAD + STALE + " <!-- narrlint-disable-line -->\n\n" + STALE + "\n"
    assert codes(session, text) == [("NL401", 6)]


def test_disable_enable_range_with_a_reason(session: Session) -> None:
    text = (
        HEAD
        + "<!-- narrlint-disable NL201, NL401 police figure, confirmed by the desk -->\n"
        + KILLED
        + "\n\n"
        + STALE
        + "\n<!-- narrlint-enable NL201 -->\n\n"
        + KILLED
        + "\n\n"
        + STALE
        + "\n"
    )
    # NL201 is enabled again from line 8; NL401 stays disabled to the end of the file.
    assert codes(session, text) == [("NL201", 10)]


def test_without_codes_means_all_rules_and_last_directive_wins(session: Session) -> None:
    text = (
        HEAD
        + "<!-- narrlint-disable -->\n"
        + KILLED
        + " "
        + STALE
        + "\n\n<!-- narrlint-enable NL2 -->\n\n"
        + KILLED
        + " "
        + STALE
        + "\n\n<!-- narrlint-enable -->\n"
        + STALE
        + "\n"
    )
    assert codes(session, text) == [("NL201", 9), ("NL401", 12)]


@pytest.mark.parametrize("typo", ["NL4O1", "NL-401", "NL 401", "nl4o1 quoted as spoken"])
def test_a_mistyped_code_silences_nothing(session: Session, typo: str) -> None:
    """A code with a typo names no rule: reading it as a reason would silence every rule to
    the end of the file without a word (NL001 says the comment names no code)."""
    text = HEAD + f"<!-- narrlint-disable {typo} -->\n" + STALE + "\n\n" + KILLED + "\n"
    assert codes(session, text) == [("NL401", 5), ("NL201", 7)]


def test_a_code_may_end_with_a_colon_before_its_reason(session: Session) -> None:
    text = HEAD + "<!-- narrlint-disable NL401: quoted as spoken -->\n" + STALE + "\n\n"
    assert codes(session, text + KILLED + "\n") == [("NL201", 7)]
    # a reason with no code still applies to all rules, as documented
    reason = HEAD + "<!-- narrlint-disable police figures, 2024 -->\n" + STALE + "\n\n"
    assert codes(session, reason + KILLED + "\n") == []


def test_comments_in_code_are_examples_not_directives(session: Session) -> None:
    fenced = HEAD + "```\n<!-- narrlint-disable -->\n```\n\n" + STALE + "\n"
    assert codes(session, fenced) == [("NL401", 8)]
    inline = HEAD + "Write `<!-- narrlint-disable -->` to silence.\n\n" + STALE + "\n"
    assert codes(session, inline) == [("NL401", 6)]
    indented = HEAD + "Example:\n\n    <!-- narrlint-disable -->\n\n" + STALE + "\n"
    assert codes(session, indented) == [("NL401", 8)]


def test_markdown_comments_do_not_apply_to_plain_text(session: Session) -> None:
    text = HEAD + "<!-- narrlint-disable -->\n" + STALE + "\n"
    assert codes(session, text, "draft.txt") == [("NL401", 5)]


def test_plain_text_ignore_marker(session: Session) -> None:
    text = HEAD + STALE + "  narrlint: ignore[NL401]\n\n" + STALE + "\n"
    assert codes(session, text, "draft.txt") == [("NL401", 6)]
    everything = HEAD + STALE + " " + KILLED + " narrlint: ignore\n"
    assert codes(session, everything, "draft.txt") == []
    wrong_code = HEAD + STALE + " narrlint: ignore[NL201]\n"
    assert codes(session, wrong_code, "draft.txt") == [("NL401", 4)]
    crlf = (HEAD + STALE + " narrlint: ignore[nl401]\n\n" + STALE + "\n").replace("\n", "\r\n")
    assert codes(session, crlf, "draft.txt") == [("NL401", 6)]
    # Only at the end of the line: mid-sentence it is prose, not a marker.
    middle = HEAD + STALE + " narrlint: ignore[NL401] and more words\n"
    assert codes(session, middle, "draft.txt") == [("NL401", 4)]


def test_parse_codes_and_directive_lines() -> None:
    assert parse_codes(" NL201,nl401  because police said so") == ("NL201", "NL401")
    assert parse_codes("  reason only") is None
    assert parse_codes("NL4O1 reason") == () and parse_codes("NL 401") == ()
    assert parse_codes("NL401: reason, NL201") == ("NL401",)
    (directive,) = parse("a\n<!--\nnarrlint-disable-next-line NL4\n-->\nb\n", markdown=True)
    assert (directive.kind, directive.codes) == ("disable-next-line", ("NL4",))
    assert (directive.first_line, directive.last_line) == (2, 4)
    assert directive.covers_line(5) and not directive.covers_line(4)


def test_internal_errors_are_never_silenced(session: Session) -> None:
    text = HEAD + "<!-- narrlint-disable -->\n" + STALE + "\n"
    finding = session.linter.lint(SourceText(text), "d.md").findings[0]
    crash = replace(finding, code="NL000", rule="internal-error", severity=Severity.ERROR)
    kept = apply_suppressions([finding, crash], text, "d.md", markdown=True)
    assert [f.code for f in kept] == ["NL000"]


def test_unused_suppressions_are_reported_with_a_fix(unused_session: Session) -> None:
    text = (
        HEAD
        + "<!-- narrlint-disable-next-line NL401 -->\n"
        + STALE
        + "\n\n<!-- narrlint-disable-next-line NL401 -->\n"
        + "The deficit is falling.\n\n"
        + "<!-- narrlint-disable NL201 NL999 -->\n"
        + STALE
        + "\n"
    )
    result = unused_session.lint_source(SourceText(text), "draft.md")
    found = [(f.code, f.start.line, f.message) for f in result.findings]
    assert found == [
        ("NL001", 7, "unused suppression: NL401 silenced nothing here"),
        (
            "NL001",
            10,
            "unused suppression: NL201 silenced nothing here; NL999 names no installed rule",
        ),
        ("NL401", 11, found[2][2]),
    ]
    first = result.findings[0]
    assert first.rule == "unused-suppression" and first.severity is Severity.WARNING
    assert first.start == Position(7, 1)
    (edit,) = first.fix.edits
    # The fix deletes the comment's whole line.
    assert text[edit.start : edit.end] == "<!-- narrlint-disable-next-line NL401 -->\n"


def test_unused_is_quiet_about_rules_that_did_not_run(unused_session: Session) -> None:
    text = HEAD + "<!-- narrlint-disable-next-line NL201 -->\nThe deficit is falling.\n"
    assert [f.code for f in unused_session.lint_source(SourceText(text), "a.md").findings] == [
        "NL001"
    ]
    unused_session.config.per_file_ignores = {"b.md": ["NL2"]}
    try:
        assert unused_session.lint_source(SourceText(text), "b.md").findings == []
    finally:
        unused_session.config.per_file_ignores = {}


def test_cli_report_unused_suppressions(tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        HEAD + "<!-- narrlint-disable-next-line NL401 -->\nThe deficit is falling.\n",
        encoding="utf-8",
    )
    args = ["--no-seeds", "--corpus", str(RURITANIA), "draft.md"]
    assert run_cli(*args, cwd=tmp_path).code == 0
    run = run_cli("--report-unused-suppressions", "--format", "json", *args, cwd=tmp_path)
    assert run.code == 1, run.stderr
    data = run.json()
    schema = json.loads(
        resources.files("narrlint").joinpath("schema/findings.schema.json").read_text()
    )
    jsonschema.validate(data, schema)
    (finding,) = data["findings"]
    assert finding["code"] == "NL001" and finding["rule"] == "unused-suppression"
    assert finding["excerpt"] == "<!-- narrlint-disable-next-line NL401 -->"
    assert finding["fix"]["edits"] == [
        {"line": 4, "column": 1, "end_line": 5, "end_column": 1, "replacement": ""}
    ]


def test_suppressions_read_the_drafts_own_parse(session: Session, monkeypatch) -> None:
    """A linted draft's Markdown is parsed once: the suppression filter reads where the draft's
    parse saw the comments and never parses again."""
    from narrlint.output import suppressions

    def parse_again(text: str) -> None:
        raise AssertionError("the Markdown was parsed a second time")

    monkeypatch.setattr(suppressions, "_comment_lines", parse_again)
    text = HEAD + "<!-- narrlint-disable-next-line NL401 -->\n" + STALE + "\n\n" + STALE + "\n"
    result = session.lint_source(SourceText(text), "d.md")
    assert result.directive_lines == ((4, 4),)
    assert [(f.code, f.start.line) for f in result.findings] == [("NL401", 7)]


def test_fix_keeps_an_unused_suppression_whose_nl001_the_config_ignores(tmp_path) -> None:
    """NL001 in per-file-ignores: neither reported nor fixed (--fix used to delete the comment
    the config said to leave alone)."""
    text = HEAD + "<!-- narrlint-disable-next-line NL401 -->\nThe deficit is falling.\n"
    for name in ("draft.md", "other.md"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / ".narrlint.yaml").write_text(
        'per-file-ignores:\n  "draft.md": [NL001]\n', encoding="utf-8"
    )
    args = ["--no-seeds", "--corpus", str(RURITANIA), "--report-unused-suppressions", "--fix"]
    run_cli(*args, "draft.md", "other.md", cwd=tmp_path)
    assert (tmp_path / "draft.md").read_text(encoding="utf-8") == text
    assert "narrlint-disable" not in (tmp_path / "other.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_directives_after_front_matter_work_with_any_line_ending(session, newline) -> None:
    """The comment's line is found whatever ends the front matter's lines (a lone CR too)."""
    text = HEAD + "<!-- narrlint-disable-next-line NL401 -->\n" + STALE + "\n\n" + STALE + "\n"
    assert codes(session, text.replace("\n", newline)) == [("NL401", 7)]


DIRECTIVE_PLACES = {
    # text after the front matter: the directive's (first, last) line, None in code
    "html-block": ("<!-- narrlint-disable NL401 -->\n\n" + STALE + "\n", (4, 4)),
    "inline": (STALE + " <!-- narrlint-disable-line NL401 -->\n", (4, 4)),
    "two-line-comment": ("<!-- narrlint-disable-next-line NL401\n   why -->\n" + STALE, (4, 5)),
    "in-a-list": ("- first\n- " + STALE + " <!-- narrlint-disable-line -->\n", (5, 5)),
    "fenced-code": ("```\n<!-- narrlint-disable NL401 -->\n```\n\n" + STALE + "\n", None),
    "code-span": ("`<!-- narrlint-disable NL401 -->` " + STALE + "\n", None),
    "indented-code": ("    <!-- narrlint-disable NL401 -->\n\n" + STALE + "\n", None),
}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("place", sorted(DIRECTIVE_PLACES))
def test_directives_are_read_from_the_drafts_own_parse(place, newline) -> None:
    """Suppressions read where comments lie from the draft's parse (issue 10: the draft is
    parsed once), code examples excluded, after front matter with any line ending."""
    from narrlint.input.frontmatter import split_front_matter
    from narrlint.text.prose import markdown_prose

    body, lines = DIRECTIVE_PLACES[place]
    text = (HEAD + body).replace("\n", newline)
    prose = markdown_prose(text, split_front_matter(text, "d.md").end)
    found = parse(text, True, prose.directive_lines)
    assert [(d.first_line, d.last_line) for d in found] == ([lines] if lines else [])
    assert parse(text, True) == found  # parsing again finds the same
