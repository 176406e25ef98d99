"""The language server lints a document holding characters that are not text, and says where.

An editor may send an unpaired UTF-16 surrogate (``"\\ud800"`` is valid JSON) or a NUL in
``didOpen``/``didChange``. The command line refuses such a file with its line; the server
reported "internal error … UnicodeEncodeError" at line 1 and linted nothing (surrogate), or
dropped the paragraph holding a NUL without a word (robustness probe D7). Now each such
character is read as U+FFFD (one for one, so positions stay), the draft is linted, and a
warning in words a writer understands points at the character itself.
"""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from narrlint.config import Config
from narrlint.engine.session import Session
from narrlint.frontends.lsp_positions import PositionMap
from narrlint.frontends.lsp_worker import Job, lint_job, readable, unreadable

from .conftest import RURITANIA
from .test_workflow_lsp import TIMEOUT, open_document, session, until

HEAD = "---\ndate: 2023-01-01\n---\n"
LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
TEXT = HEAD + "Intro{c} here.\n\n" + LINE.replace("says", "says{c}") + "\n"


@pytest.fixture(scope="module")
def ruritania_session() -> Session:
    return Session.create(Config(seeds=False, corpus=[str(RURITANIA)]), cache=False)


@pytest.mark.parametrize("char", ["\ud800", "\udfff", "\x00"], ids=["high", "low", "nul"])
def test_the_draft_is_linted_at_the_same_positions(ruritania_session, char):
    findings, error, _ = lint_job(ruritania_session, Job("u", 1, TEXT.format(c=char), "d.md", "md"))
    assert error is None
    placeholder = Job("u", 1, TEXT.format(c="\ufffd"), "d.md", "md")
    clean, _, _ = lint_job(ruritania_session, placeholder)
    assert [(f.code, f.start, f.end) for f in findings] == [(f.code, f.start, f.end) for f in clean]
    assert [(f.code, f.start.line, f.start.column, f.end.column) for f in findings] == [
        ("NL401", 6, 1, 36)  # Interim Finance Minister Anna Vogel
    ]


def test_only_unreadable_characters_are_replaced():
    assert readable("a\ud800b\x00c") == "a\ufffdb\ufffdc"
    assert unreadable("a\ud800b\x00c") == [1, 3]
    for clean in ("Emoji 👍🏽, tab\t, NBSP\u00a0, soft\u00adhyphen, BOM\ufeff.", ""):
        assert readable(clean) is clean and unreadable(clean) == []
    assert len(unreadable("\x00" * 50)) == 20


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_positions_after_a_surrogate_in_every_encoding(encoding):
    positions = PositionMap("a\ud800b", encoding)
    assert positions.position(2).character == {"utf-8": 4, "utf-16": 2, "utf-32": 2}[encoding]


def test_the_server_lints_and_points_at_the_broken_character(tmp_path):
    text = TEXT.format(c="\ud800")

    async def scenario(client, workspace):
        path = workspace / "d.md"
        path.write_text(TEXT.format(c=""), "utf-8")
        uri = path.as_uri()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="markdown", version=1, text=text
                )
            )
        )
        await until(lambda: uri in client.diagnostics, "diagnostics after didOpen")
        first, second, finding = client.diagnostics[uri]
        assert finding.code == "NL401" and finding.range.start == types.Position(5, 0)
        assert "could not lint" not in first.message
        for diagnostic, line, character in ((first, 3, 5), (second, 5, 40)):
            assert diagnostic.severity == types.DiagnosticSeverity.Warning
            assert diagnostic.range == types.Range(
                types.Position(line, character), types.Position(line, character + 1)
            )
            assert diagnostic.message.startswith("An invisible broken character is here")
            assert "U+D800" in diagnostic.message

    run = session(tmp_path, scenario, "--no-seeds", "--no-cache", "--corpus", str(RURITANIA))
    asyncio.run(asyncio.wait_for(run, TIMEOUT * 2))


@pytest.mark.parametrize("reversed_range", [False, True], ids=["in-order", "reversed"])
def test_a_change_whose_range_ends_first_is_applied_in_order(tmp_path, reversed_range):
    """pygls applied a range whose end comes before its start by writing the text between
    them twice, so the server linted a document the editor did not show (findings on lines
    that did not exist) for the rest of the session."""
    text = TEXT.format(c="")  # "Intro here." on line 3, a blank line, the finding on line 5
    start, end = types.Position(3, 0), types.Position(5, 0)
    if reversed_range:
        start, end = end, start

    async def scenario(client, workspace):
        uri = await open_document(client, workspace / "d.md", text)
        assert [d.range.start for d in client.diagnostics[uri]] == [types.Position(5, 0)]
        del client.diagnostics[uri]
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(start=start, end=end), text=""
                    )
                ],
            )
        )
        await until(lambda: uri in client.diagnostics, "diagnostics after didChange")
        # the two lines before the finding are gone, once: it is on line 3 now
        assert [d.range.start for d in client.diagnostics[uri]] == [types.Position(3, 0)]

    run = session(tmp_path, scenario, "--no-seeds", "--no-cache", "--corpus", str(RURITANIA))
    asyncio.run(asyncio.wait_for(run, TIMEOUT * 2))
