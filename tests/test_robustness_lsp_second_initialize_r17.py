"""A second ``initialize`` is refused: the session and the documents it holds stay.

LSP says ``initialize`` may be sent only once. pygls answered a second one as it did the
first and made a new workspace, so every document the editor had open was forgotten: its
next edits were logged as changes "to a document never opened" and ignored, and its
diagnostics went stale without a word (robustness probe r17). The second ``initialize`` now
gets error -32600 (invalid request); the first session goes on and edits are linted.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"
"""Stale on 1 January 2023 in the Ruritania fixture (NL401)."""

CURRENT = "---\ndate: 2023-01-01\n---\nFormer Finance Minister Anna Vogel says it is falling.\n"
"""The same sentence, fixed: silent."""


def _initialize(client: Client) -> dict:
    params = {"processId": None, "rootUri": client.workspace.as_uri(), "capabilities": {}}
    return client.response(client.request("initialize", params))


def test_a_second_initialize_is_refused_and_open_documents_are_still_linted(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        uri = (client.workspace / "draft.md").as_uri()
        client.open(uri, STALE)
        client.pump(lambda: client.diagnostics(uri) is not None, "diagnostics")
        assert [d["code"] for d in client.diagnostics(uri)] == ["NL401"]
        again = _initialize(client)
        assert again["error"]["code"] == -32600
        assert "already initialized" in again["error"]["message"]
        # a ranged edit to the open document: read against the text the first session holds
        where = {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 7}}
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"range": where, "text": "Former"}],
            },
        )
        client.pump(lambda: client.diagnostics(uri, 2) is not None, "diagnostics of the edit")
        assert client.diagnostics(uri, 2) == []
        log = (client.workspace / "server.log").read_text("utf-8")
        assert "never opened" not in log
    finally:
        client.close()


def test_initialize_after_shutdown_is_refused(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        assert client.response(client.request("shutdown", None))["result"] is None
        late = _initialize(client)
        assert late["error"]["code"] == -32600
        assert "shutting down" in late["error"]["message"]
        client.notify("exit", None)
        assert client.process.wait(timeout=60) == 0
    finally:
        client.close()


def test_the_fixed_text_is_silent_when_opened_fresh(tmp_path):
    """The look-alike: the edited text is silent on its own, so the empty list above is the
    edit being read, not a document dropped."""
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        uri = (client.workspace / "fixed.md").as_uri()
        client.open(uri, CURRENT)
        client.pump(lambda: client.diagnostics(uri) is not None, "diagnostics")
        assert client.diagnostics(uri) == []
    finally:
        client.close()
