"""The language server answers a request sent before ``initialize`` or after ``shutdown``.

pygls ran every message sent before ``initialize`` on a server with no workspace: an editor
that opened a document too early showed the user "Error in server: RuntimeError: The
workspace is not available", and a request was answered as though the server were ready.
After ``shutdown`` pygls dropped requests with no answer, so a client waiting on one hung
(robustness probe r16). LSP asks for error -32002 (server not initialized) before
``initialize`` and -32600 (invalid request) after ``shutdown``; notifications are dropped,
``exit`` still ends the server.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

STALE = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says it is falling.\n"
"""Stale on 1 January 2023 in the Ruritania fixture (NL401)."""


def _code_action(client: Client, uri: str) -> int:
    where = {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 5}}
    params = {"textDocument": {"uri": uri}, "range": where, "context": {"diagnostics": []}}
    return client.request("textDocument/codeAction", params)


def test_messages_before_initialize_are_refused_not_run(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        uri = (client.workspace / "draft.md").as_uri()
        client.open(uri, STALE)
        early = _code_action(client, uri)
        assert client.response(early)["error"]["code"] == -32002
        client.initialize()
        client.open(uri, STALE)
        client.pump(lambda: client.diagnostics(uri) is not None, "diagnostics")
        assert [d["code"] for d in client.diagnostics(uri)] == ["NL401"]
        assert not [m for m in client.notifications if m["method"] == "window/showMessage"]
        log = (client.workspace / "server.log").read_text("utf-8")
        assert "ignored a textDocument/didOpen notification sent before initialize" in log
    finally:
        client.close()


def test_a_request_after_shutdown_is_answered_with_an_error(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        uri = (client.workspace / "draft.md").as_uri()
        client.open(uri, STALE)
        assert client.response(client.request("shutdown", None))["result"] is None
        late = _code_action(client, uri)
        assert client.response(late)["error"]["code"] == -32600
        client.notify("exit", None)
        assert client.process.wait(timeout=60) == 0
    finally:
        client.close()


def test_exit_before_initialize_still_ends_the_server(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.notify("exit", None)
        assert client.process.wait(timeout=60) == 1  # no shutdown first: LSP's exit code 1
    finally:
        client.close()
