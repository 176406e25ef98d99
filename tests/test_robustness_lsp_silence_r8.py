"""Robustness probe r8: the editor's "Silence CODE on this line" action silences, and changes
nothing a reader sees.

The action appended a directive at the end of the finding's first line. On some lines that
directive was never read, or it changed the story:

* a plain-text line that already ends in ``narrlint: ignore[NL201]``: the second marker left
  the first one no longer ending the line, so NL201 came back;
* a Markdown table row: a comment after the closing pipe is an extra cell, which GFM drops with
  its content, so the finding stayed (and ``--report-unused-suppressions`` never saw it);
* a Markdown line ending in a backslash hard break: the comment after the backslash turned the
  break into a literal ``\\`` in the published story;
* an MDX draft: MDX has no HTML comments, so the inserted one broke the site's build.

Each case is linted in process on the Ruritania archive, silenced, and linted again.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.frontends.lsp import Linted, Linting, ServerOptions
from narrlint.frontends.lsp_positions import PositionMap
from narrlint.frontends.lsp_worker import Job, lint_job
from narrlint.input.discover import draft_kind
from narrlint.model import Finding
from narrlint.output.suppressions import parse

from .conftest import RURITANIA

HEAD = "---\ndate: 2023-01-01\n---\n"
LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."


@pytest.fixture(scope="module")
def session() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]), cache=False)


def _lint(session: Session, text: str, path: str) -> tuple[Linted, list[Finding]]:
    kind = draft_kind(path)
    findings, error, _ = lint_job(session, Job("file:///d", 1, text, path, kind))
    assert error is None, error
    return Linted(1, text, findings, [], PositionMap(text), kind, [], path), findings


def _silenced(session: Session, text: str, path: str) -> str:
    linted, findings = _lint(session, text, path)
    (stale,) = [f for f in findings if f.code == "NL401"]
    edit = Linting(server=None, options=ServerOptions()).silence(stale, linted)
    assert edit is not None
    fixed = text[: edit.start] + edit.replacement + text[edit.end :]
    _, after = _lint(session, fixed, path)
    assert not [f for f in after if f.code == "NL401"], fixed
    return fixed


def _shown(markdown: str) -> str:
    """What a reader sees: the rendered HTML without comments, blanks collapsed."""
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    return " ".join(re.sub(r"<!--.*?-->", "", html).split()).replace(" <", "<")


MARKDOWN = {
    "paragraph": f"{LINE}\n",
    "hard break by two spaces": f"{LINE}  \nNext line.\n",
    "hard break by a backslash": f"{LINE}\\\nNext line.\n",
    "table row with outer pipes": f"| who | said |\n|---|---|\n| {LINE} | x |\n",
    "table row with a tight pipe": f"| said | who |\n|---|---|\n| x | {LINE}|\n",
    "table row without outer pipes": f"who | said\n---|---\n{LINE} | x\n",
    "heading": f"## {LINE}\n",
    "list item": f"- {LINE}\n",
    "quote": f"> {LINE}\n",
    "CRLF": f"{LINE}\\\r\nNext line.\r\n",
}


@pytest.mark.parametrize("body", MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_silenced_and_shown_the_same(session, body) -> None:
    text = HEAD + body
    fixed = _silenced(session, text, "d.md")
    assert _shown(fixed.replace("\r\n", "\n")) == _shown(text.replace("\r\n", "\n"))


# (what, the marker already on the line, the codes it must name after the edit)
PLAIN = [
    ("no marker", "", ("NL401",)),
    ("one code", "  narrlint: ignore[NL201]", ("NL201", "NL401")),
    ("codes and a reason", "  narrlint: ignore[NL201, NL102 police figure]", None),
    ("a code with a colon", "  narrlint: ignore[NL201: quoted as spoken]", ("NL201", "NL401")),
    ("a reason only", "  narrlint: ignore[as spoken]", ("NL401",)),
    ("empty brackets", "  narrlint: ignore[]", ("NL401",)),
]


@pytest.mark.parametrize(("marker", "codes"), [p[1:] for p in PLAIN], ids=[p[0] for p in PLAIN])
def test_plain_text_keeps_the_codes_already_silenced(session, marker, codes) -> None:
    text = f"date: 2023-01-01\n\n{LINE}{marker}\nNext line.\n"
    fixed = _silenced(session, text, "d.txt")
    (directive,) = parse(fixed, markdown=False)
    assert directive.codes == (codes or ("NL201", "NL102", "NL401"))
    assert fixed.count("narrlint: ignore") == 1


def test_a_bare_marker_gets_no_action_and_mdx_an_mdx_comment(session) -> None:
    state = Linting(server=None, options=ServerOptions())
    linted, (stale,) = _lint(session, HEAD + LINE + "\n", "d.mdx")
    # r9: MDX comments silence findings in .mdx, so the quick fix writes one
    assert state.silence(stale, linted).replacement == " {/* narrlint-disable-line NL401 */}"
    text = f"date: 2023-01-01\n\n{LINE}\n"
    linted, (stale,) = _lint(session, text, "d.txt")
    bare = text.replace(LINE, LINE + "  narrlint: ignore")
    assert state.silence(stale, Linted(1, bare, [stale], [], PositionMap(bare), "text")) is None
