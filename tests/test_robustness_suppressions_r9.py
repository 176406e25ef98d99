"""Robustness r9: suppression comments where writers put them.

Hole 4: a finding that runs over two lines (a sentence wrapped in the source) was silenced by
``narrlint-disable-line`` only on its first line; the comment at the end of the sentence, on
its last line, silenced nothing and NL001 called it unused. A finding is on every line it
spans: a line directive on any of them covers it (documented in
:mod:`narrlint.output.suppressions`).

Hole 2: MDX drafts cannot hold HTML comments (MDX's build fails on them); its comments are
JSX expressions, ``{/* narrlint-disable NL201 */}``, and narrlint ignored them, so an MDX
newsroom had no way to silence a finding. In ``.mdx`` they now work as the HTML comments do
(in ``.md`` the braces are text a reader sees, and stay so); one in a code span is an example.
"""

from __future__ import annotations

import json

import pytest

from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.input.source import SourceText
from narrlint.output.fixes import apply_edits
from narrlint.output.suppressions import silencing_edit

from .conftest import RURITANIA, run_cli

HEAD = "---\ndate: 2023-01-01\n---\n"
WRAPPED = "Talks went on. Interim Finance\nMinister Anna Vogel says the deficit is falling."
"""A stale title (NL401) that starts on one line and ends on the next (lines 4 and 5)."""


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]), cache=False)


def found(session: Session, text: str, path: str = "draft.md") -> list[tuple[str, int]]:
    session.config.report_unused_suppressions = True
    try:
        result = session.lint_source(SourceText(text), path)
    finally:
        session.config.report_unused_suppressions = False
    assert result.error is None, result.error
    return [(f.code, f.start.line) for f in result.findings]


def test_the_wrapped_finding_spans_two_lines(session: Session) -> None:
    result = session.lint_source(SourceText(HEAD + WRAPPED + "\n"), "draft.md")
    ((start, end),) = [(f.start.line, f.end.line) for f in result.findings]
    assert (start, end) == (4, 5)


@pytest.mark.parametrize(
    "text",
    [
        HEAD + WRAPPED + " <!-- narrlint-disable-line NL401 -->\n",  # on its last line
        HEAD + WRAPPED.replace("\n", " <!-- narrlint-disable-line NL401 -->\n") + "\n",  # first
    ],
    ids=["last-line", "first-line"],
)
def test_disable_line_on_any_line_of_the_finding_silences_it(session: Session, text: str):
    assert found(session, text) == []


def test_disable_next_line_before_its_second_line_silences_it(session: Session) -> None:
    text = HEAD + WRAPPED.replace("\n", "\n<!-- narrlint-disable-next-line NL401 -->\n", 1)
    # The comment on a line of its own ends the paragraph (CommonMark), so the title is cut:
    # nothing is found, and the comment silenced nothing.
    assert [code for code, _ in found(session, text + "\n")] in ([], ["NL001"])


def test_a_line_directive_elsewhere_still_silences_nothing(session: Session) -> None:
    text = HEAD + WRAPPED + "\n\nMore. <!-- narrlint-disable-line NL401 -->\n"
    assert found(session, text) == [("NL401", 4), ("NL001", 7)]


def test_the_cli_exits_0_when_the_comment_ends_the_sentence(tmp_path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(HEAD + WRAPPED + " <!-- narrlint-disable-line NL401 -->\n", "utf-8")
    corpus = ["--no-seeds", "--corpus", str(RURITANIA), "--report-unused-suppressions"]
    run = run_cli("--format", "json", *corpus, str(draft))
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["findings"] == []


STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "{/* narrlint-disable-next-line NL401 */}\n" + STALE + "\n",
        HEAD + STALE + " {/* narrlint-disable-line NL401 */}\n",
        HEAD + STALE + " {/*narrlint-disable-line NL401*/}\n",  # no spaces: emphasis to markdown
        HEAD + "{/* narrlint-disable NL4 quoted as spoken */}\n\n" + STALE + "\n",
    ],
    ids=["next-line", "line", "line-unspaced", "range"],
)
def test_mdx_comments_silence_findings_in_mdx(session: Session, text: str) -> None:
    assert found(session, text, "story.mdx") == []
    assert [code for code, _ in found(session, text, "story.md")] == ["NL401"]


def test_an_mdx_comment_in_a_code_span_is_an_example(session: Session) -> None:
    text = HEAD + "Write `{/* narrlint-disable NL401 */}` to silence.\n\n" + STALE + "\n"
    assert found(session, text, "story.mdx") == [("NL401", 6)]


def test_an_unused_mdx_comment_is_reported_and_removed_by_its_fix(session: Session) -> None:
    text = HEAD + "{/* narrlint-disable-next-line NL201 */}\n" + STALE + "\n"
    session.config.report_unused_suppressions = True
    try:
        result = session.lint_source(SourceText(text), "story.mdx")
    finally:
        session.config.report_unused_suppressions = False
    unused = [f for f in result.findings if f.code == "NL001"]
    assert [(f.code, f.start.line) for f in unused] == [("NL001", 4)]
    assert apply_edits(text, unused[0].fix.edits) == HEAD + STALE + "\n"


def test_the_editor_quick_fix_for_mdx_writes_an_mdx_comment_that_silences(
    session: Session,
) -> None:
    text = HEAD + STALE + "\n"
    start = len(HEAD)
    edit = silencing_edit(text, start, start + len(STALE), "NL401", markdown=True, mdx=True)
    silenced = apply_edits(text, [edit])
    assert "{/* narrlint-disable-line NL401 */}" in silenced and "<!--" not in silenced
    assert found(session, silenced, "story.mdx") == []


def test_the_cli_honours_an_mdx_comment(tmp_path) -> None:
    draft = tmp_path / "story.mdx"
    draft.write_text(HEAD + STALE + " {/* narrlint-disable-line NL401 */}\n", "utf-8")
    corpus = ["--no-seeds", "--corpus", str(RURITANIA), "--report-unused-suppressions"]
    run = run_cli("--format", "json", *corpus, str(draft))
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["findings"] == []
