"""A change the server cannot read leaves the draft marked "lost", not linted out of step.

Robustness round 19. A ``didChange`` whose range LSP cannot hold (a negative line or
character, a number past LSP's unsigned range) cannot be read; since round 14 it is logged and
ignored, which is right for the message but left the server's copy of the draft unlike the
editor's: the editor applied the change, the server did not. Every later ranged edit then landed
on other words, and the server went on publishing findings of a text nobody sees, at wrong
places, with quick fixes that rewrote the wrong words. Impossible ranges LSP does define (past a
line's end, past the document's end, start after end) are applied as the reference client
library applies them (``tests/test_robustness_lsp_edits_r10.py``); these cannot be.

Now such a draft shows one warning on its first line saying narrlint lost track of it, its old
findings and code actions go, its ranged edits are not applied, and the whole text (a change
without a range, or opening it again) puts it back in step.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"


def _ranged(client: Client, uri: str, version: int, start: tuple, end: tuple, text: str) -> None:
    span = {
        "start": {"line": start[0], "character": start[1]},
        "end": {"line": end[0], "character": end[1]},
    }
    client.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": span, "text": text}],
        },
    )


def _lost(diagnostics: list[dict] | None) -> bool:
    return diagnostics is not None and [d["message"][:30] for d in diagnostics] == [
        "narrlint lost track of this dr"
    ]


def _opened(tmp_path) -> tuple[Client, str]:
    client = Client.in_new_workspace(tmp_path)
    client.initialize()
    uri = (client.workspace / "story.md").as_uri()
    client.open(uri, HEAD + LINE + "\n")
    client.pump(lambda: client.diagnostics(uri, 1) is not None, "diagnostics of version 1")
    assert [d["code"] for d in client.diagnostics(uri, 1)] == ["NL401"]
    return client, uri


def test_an_unreadable_change_marks_the_draft_lost_until_its_whole_text_comes(tmp_path):
    client, uri = _opened(tmp_path)
    try:
        _ranged(client, uri, 2, (-1, 0), (0, 0), "Breaking: ")
        client.pump(lambda: _lost(client.diagnostics(uri)), "the lost-track warning")
        # a readable ranged edit now would land on a text the editor does not show
        _ranged(client, uri, 3, (5, 0), (5, 8), "Former")
        number = client.code_action(uri, 5)
        assert client.response(number)["result"] == []
        assert _lost(client.diagnostics(uri))
        assert client.diagnostics(uri, 3) is None
        client.change(uri, 4, HEAD + "Nothing here.\n\n" + LINE + "\n")
        client.pump(lambda: client.diagnostics(uri, 4) is not None, "diagnostics of version 4")
        (finding,) = client.diagnostics(uri, 4)
        assert finding["range"]["start"]["line"] == 7
        # in step again: a ranged edit applies
        _ranged(client, uri, 5, (7, 0), (7, 7), "Former")
        client.pump(lambda: client.diagnostics(uri, 5) is not None, "diagnostics of version 5")
        assert client.diagnostics(uri, 5) == []
    finally:
        client.close()


def test_opening_a_lost_draft_again_puts_it_in_step(tmp_path):
    client, uri = _opened(tmp_path)
    try:
        _ranged(client, uri, 2, (0, 0), (0, 2**40), "x")
        client.pump(lambda: _lost(client.diagnostics(uri)), "the lost-track warning")
        client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        client.open(uri, HEAD + "Former " + LINE[len("Interim ") :] + "\n")
        client.pump(lambda: client.diagnostics(uri, 1) == [], "clean diagnostics after reopening")
    finally:
        client.close()


def test_an_unreadable_change_to_another_document_leaves_this_one_in_step(tmp_path):
    client, uri = _opened(tmp_path)
    try:
        other = (client.workspace / "other.md").as_uri()
        _ranged(client, other, 2, (-1, 0), (0, 0), "x")  # never opened
        _ranged(client, uri, 2, (5, 0), (5, 8), "Former ")
        client.pump(lambda: client.diagnostics(uri, 2) is not None, "diagnostics of version 2")
        assert client.diagnostics(uri, 2) == []
        assert client.diagnostics(other) is None
    finally:
        client.close()
