"""A draft is read as what it is: an HTML file as a browser shows it, an editor's unsaved MDX
or HTML buffer as its language says.

An ``.html`` draft named on the command line (a CMS export, a saved page) was read as plain
text: its tags and attributes were words, its ``<head>`` and ``<script>`` were prose, and a
paragraph indented after a blank line was read with the markup around it. In the language
server, a buffer the editor had not yet saved has no file name, so an MDX buffer was read as
plain text and its ESM and JSX were linted as prose. Now a draft has one kind (Markdown, MDX,
HTML or text), decided once from its name (``narrlint.input.discover.draft_kind``) or, in an
editor, from the document's language id.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from lsprotocol import types

from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.input.discover import draft_kind, iter_files
from narrlint.input.source import SourceText

from .conftest import RURITANIA, run_cli
from .test_workflow_lsp import TIMEOUT, session, until

HEAD = "---\ndate: 2023-01-01\n---\n"
STALE = "Interim Finance Minister Anna Vogel says the deficit is falling."
"""Stale on 1 January 2023 in the Ruritania fixture (NL401, with a fix)."""

PAGE = (
    HEAD
    + "<!DOCTYPE html>\n<html><head><title>"
    + STALE
    + "</title>\n<style>p { margin: 0 }</style></head>\n<body>\n"
    + '<h1 class="headline">Budget day</h1>\n\n'
    + '    <p data-note="Interim Finance Minister">'
    + STALE
    + "</p>\n"
    + '<script>const quote = "'
    + STALE
    + '";</script>\n'
    + "<!-- narrlint-disable-next-line NL401 -->\n"
    + "<p>"
    + STALE
    + "</p>\n</body></html>\n"
)


ESM = "export const budget = 1 // " + STALE
"""Code in MDX, a line of prose in plain text."""


def corpus_args() -> list[str]:
    return ["--no-seeds", "--no-cache", "--corpus", str(RURITANIA)]


@pytest.fixture(scope="module")
def ruritania() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]), cache=False)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("a.md", "markdown"),
        ("-", "markdown"),
        ("A.MDX", "mdx"),
        ("page.html", "html"),
        ("page.HTM", "html"),
        ("notes.txt", "text"),
        ("untitled", "text"),
    ],
)
def test_a_name_decides_the_kind_once(path, kind):
    assert draft_kind(path) == kind


def test_an_html_draft_is_read_as_a_browser_shows_it(tmp_path):
    draft = tmp_path / "page.html"
    draft.write_text(PAGE, encoding="utf-8")
    run = run_cli(*corpus_args(), "--format", "json", str(draft))
    assert run.code == 1, run.stderr
    findings = json.loads(run.stdout)["findings"]
    # Only the paragraph a reader sees: not the title, the attribute, the script, and not the
    # paragraph its comment silences.
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("NL401", 10, 45)]
    line = PAGE.splitlines()[9]
    found = findings[0]
    flagged = line[found["column"] - 1 : found["end_column"] - 1]
    assert flagged == "Interim Finance Minister Anna Vogel"


def test_a_fix_in_an_html_draft_keeps_its_tags(tmp_path):
    draft = tmp_path / "page.html"
    draft.write_text(
        HEAD + "<p><em>Interim</em> Finance Minister Anna Vogel says so.</p>\n", "utf-8"
    )
    run = run_cli(*corpus_args(), "--fix", str(draft))
    assert run.code == 0, run.stdout + run.stderr
    assert draft.read_text(encoding="utf-8") == (
        HEAD + "<p><em>Former interim</em> Finance Minister Anna Vogel says so.</p>\n"
    )


def test_a_folder_walk_leaves_html_files_alone(tmp_path):
    """A site's build output is no draft: an HTML file is linted when named, not found."""
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "draft.md").write_text(HEAD + STALE + "\n", encoding="utf-8")
    found = [Path(path).name for path, error in iter_files([str(tmp_path)], Config())]
    assert found == ["draft.md"]


def test_the_same_text_read_by_kind(ruritania):
    """One text, two readings: as MDX its ESM line is code, as plain text it is prose."""
    text = HEAD + ESM + "\n\n" + STALE + "\n"
    as_mdx = ruritania.linter.lint(SourceText(text), "untitled", "mdx").findings
    as_text = ruritania.linter.lint(SourceText(text), "untitled", "text").findings
    assert [f.start.line for f in as_mdx] == [6]
    assert sorted(f.start.line for f in as_text) == [4, 6]


@pytest.mark.parametrize(
    ("language", "lines"),
    [("mdx", [6]), ("html", [6]), ("plaintext", [4, 6])],
)
def test_an_unsaved_buffer_is_read_as_its_language(tmp_path, language, lines):
    """An untitled buffer has no name to go by: the editor's language id decides."""
    code = {"mdx": ESM, "html": "<!-- " + STALE + " -->", "plaintext": ESM}[language]
    text = HEAD + code + "\n\n" + STALE + "\n"
    uri = "untitled:Untitled-1"

    async def scenario(client, workspace):
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id=language, version=1, text=text
                )
            )
        )
        await until(lambda: uri in client.diagnostics, "diagnostics after didOpen")
        got = sorted(d.range.start.line + 1 for d in client.diagnostics[uri] if d.code == "NL401")
        assert got == lines

    run = session(tmp_path, scenario, "--no-seeds", "--no-cache", "--corpus", str(RURITANIA))
    asyncio.run(asyncio.wait_for(run, TIMEOUT * 2))
