"""What ``narrlint lsp`` writes on stderr (the editor's output panel) for a message it cannot read.

Robustness round 12. pygls logs a message it cannot handle with ``logger.exception``; with no
handler configured, Python's fallback printed the whole traceback on stderr, which reads in an
editor's output panel as a crash of narrlint, though the client got its JSON-RPC error and the
server went on. Each such error is now one line (``narrlint lsp: …``, the error's type, text
and place). And a body that is not UTF-8 (LSP's JSON is UTF-8) made pygls show the user an
error popup (``Error in server: 'utf-8' codec can't decode byte 0xff …``): it is now answered
with JSON-RPC's "Parse error" (-32700, id null), as a body that is not JSON is.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

NOT_JSON = b'{"jsonrpc": "2.0", "id": 41, "method": '
NOT_UTF8 = b'{"jsonrpc": "2.0", "id": 42, "method": "caf\xe9"}'


def _raw(client: Client, body: bytes) -> None:
    client.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    client.process.stdin.flush()


def _server(tmp_path) -> Client:
    client = Client.in_new_workspace(tmp_path)
    client.initialize()
    return client


def _answer(client: Client, body: bytes) -> dict:
    _raw(client, body)
    answer = client.response(None, timeout=30)  # type: ignore[arg-type]
    del client.responses[None]  # type: ignore[call-overload]
    return answer


def _log_after_exit(client: Client) -> str:
    number = client.request("shutdown", None)
    assert client.response(number)["result"] is None
    client.notify("exit", None)
    assert client.process.wait(timeout=30) == 0
    client.close()
    return (client.workspace / "server.log").read_text(encoding="utf-8", errors="replace")


def test_a_body_that_is_not_utf8_gets_a_parse_error_not_a_popup(tmp_path):
    client = _server(tmp_path)
    try:
        answer = _answer(client, NOT_UTF8)
        assert answer["id"] is None
        assert answer["error"]["code"] == -32700
        assert "not UTF-8" in answer["error"]["message"]
        assert not [m for m in client.notifications if m["method"] == "window/showMessage"]
    finally:
        client.close()


def test_messages_that_cannot_be_read_are_one_log_line_each_without_a_traceback(tmp_path):
    client = _server(tmp_path)
    try:
        codes = [_answer(client, body)["error"]["code"] for body in (NOT_JSON, NOT_UTF8)]
        assert codes == [-32700, -32700]
        log = _log_after_exit(client)
    finally:
        client.close()
    assert "Traceback" not in log, log
    errors = [line for line in log.splitlines() if "Unable to handle message" in line]
    assert len(errors) == 2, log
    assert errors[0].startswith("narrlint lsp: ") and "JSONDecodeError" in errors[0]
    assert "UnicodeDecodeError" in errors[1]
    assert all(line.startswith("narrlint lsp: ") for line in log.splitlines() if line), log
