"""A change to a document the editor never opened: logged and ignored, no error popup.

Robustness round 11 (LSP with malformed messages). ``textDocument/didChange`` for a URI that
had no ``didOpen`` made pygls fail with a ``KeyError``, which the client showed the user as an
error message: ``Error in server: KeyError: 'file:///…/zz.md'``. The change is now ignored
with a warning in the server's log that names the document; the server goes on answering and
linting the documents it has.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"


def test_a_change_to_an_unopened_document_is_logged_and_ignored(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    workspace = client.workspace
    try:
        client.initialize()
        never = (workspace / "never.md").as_uri()
        client.change(never, 2, HEAD + LINE + "\n")
        opened = (workspace / "story.md").as_uri()
        client.open(opened, HEAD + LINE + "\n")
        client.pump(lambda: client.diagnostics(opened) is not None, "diagnostics")
        shown = [
            m["params"]["message"]
            for m in client.notifications
            if m["method"] == "window/showMessage"
        ]
        assert shown == []
        logged = [
            m["params"]
            for m in client.notifications
            if m["method"] == "window/logMessage" and "never.md" in m["params"]["message"]
        ]
        assert [entry["type"] for entry in logged] == [2]  # a warning
        assert "never opened" in logged[0]["message"]
        assert client.diagnostics(never) is None
        assert [d["code"] for d in client.diagnostics(opened) or []] == ["NL401"]
        number = client.request("shutdown", None)
        assert client.response(number)["result"] is None
    finally:
        client.close()


def _raw(client: Client, body: bytes) -> None:
    client.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    client.process.stdin.flush()


def test_a_message_that_is_not_json_or_no_object_gets_a_json_rpc_error(tmp_path):
    """pygls showed the user 'Error in server: Expecting value: line 1 column 39' for a body
    that is not JSON, and "'list' object has no attribute 'jsonrpc'" for a JSON list; JSON-RPC
    answers them with "Parse error" (-32700) and "Invalid request" (-32600), id null."""
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        answers = []
        for body in (b'{"jsonrpc": "2.0", "id": 41, "method": ', b"[1, 2, 3]"):
            _raw(client, body)
            answers.append(client.response(None, timeout=30))  # type: ignore[arg-type]
            del client.responses[None]  # type: ignore[call-overload]
        assert [a["error"]["code"] for a in answers] == [-32700, -32600]
        assert "not JSON" in answers[0]["error"]["message"]
        assert not [m for m in client.notifications if m["method"] == "window/showMessage"]
        number = client.request("shutdown", None)
        assert client.response(number)["result"] is None
    finally:
        client.close()
