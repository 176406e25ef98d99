"""A notification the server cannot read is logged and ignored; an unknown method is "not found".

Robustness round 14 (LSP with malformed messages). A notification whose params do not match
its method's types (a ``didChange`` at a negative line, a ``didOpen`` without its text) cannot
be answered, so pygls reported it as a server error, which the client showed the user as a
popup: ``Error in server: Invalid Params``, on every keystroke of a client that sends it. It
is now a warning in the server's log naming the method; the server goes on linting. And a
request to a method nobody handles, sent without ``params`` (optional in JSON-RPC), got
"Internal Error" (-32603) where the same request with params got "Method not found" (-32601).
"""

from __future__ import annotations

from .test_reliability_lsp import Client

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"


def _client(tmp_path) -> Client:
    client = Client.in_new_workspace(tmp_path)
    client.initialize()
    return client


def test_an_unreadable_notification_is_logged_not_shown_and_linting_goes_on(tmp_path):
    client = _client(tmp_path)
    try:
        uri = (client.workspace / "story.md").as_uri()
        client.open(uri, HEAD + LINE + "\n")
        client.pump(lambda: client.diagnostics(uri) is not None, "diagnostics")
        negative = {"start": {"line": -1, "character": -5}, "end": {"line": 0, "character": 0}}
        client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"range": negative, "text": "x"}],
            },
        )
        other = (client.workspace / "other.md").as_uri()
        client.notify("textDocument/didOpen", {"textDocument": {"uri": other, "version": 1}})
        client.change(uri, 3, HEAD + "Nothing here.\n\n" + LINE + "\n")
        client.pump(lambda: client.diagnostics(uri, 3) is not None, "diagnostics of version 3")
        (finding,) = client.diagnostics(uri, 3)
        assert finding["range"]["start"]["line"] == 7
    finally:
        client.close()
    shown = [m["params"] for m in client.notifications if m["method"] == "window/showMessage"]
    assert shown == []
    logs = [m["params"] for m in client.notifications if m["method"] == "window/logMessage"]
    logged = [log["message"] for log in logs if "ignored a textDocument/" in log["message"]]
    assert len(logged) == 2, logged
    assert "didChange" in logged[0] and "didOpen" in logged[1]


def test_an_unknown_method_without_params_is_not_found(tmp_path):
    client = _client(tmp_path)
    try:
        client.send({"id": 77, "method": "narrlint/unheard-of"})
        client.send({"id": 78, "method": "narrlint/unheard-of", "params": {}})
        codes = [client.response(number)["error"]["code"] for number in (77, 78)]
        assert codes == [-32601, -32601]
        number = client.request("shutdown", None)
        assert client.response(number)["result"] is None
    finally:
        client.close()
