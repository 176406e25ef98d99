"""The language server reads on after a message it cannot frame, and answers headers in any case.

pygls takes a header only as ``Content-Length: N\\r\\n`` at the start of its line. Bytes sent
with no header before them (a body whose header was lost, a stray write) have no newline, so
they joined the next message's header line, which then matched nothing: that message was
skipped, and the next, and every one after (each body, newline-free, swallowed the following
header): one unframed write and the server never answered again, as if hung (robustness
probe r15). A client writing ``content-length`` in lower case (HTTP header names have no case)
or ending its lines with ``\\n`` alone got no answer at all. A message with no method that is
no response either (``{"jsonrpc": "2.0", "id": 7}``) showed the user "Error in server:
Internal Error". Now the header a line holds is read wherever the line starts, the bytes
before it are skipped with a line in the server's log, and a message that is neither request,
notification nor response is logged and ignored.
"""

from __future__ import annotations

import json

import pytest

from narrlint.frontends.lsp_protocol import FramedInput

from .test_reliability_lsp import Client


def _write(client: Client, data: bytes) -> None:
    client.process.stdin.write(data)
    client.process.stdin.flush()


def _shutdown_answered(client: Client) -> None:
    number = client.request("shutdown", None)
    assert client.response(number)["result"] is None


def test_the_server_answers_again_after_bytes_with_no_header(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        _write(client, b'Content-Type: application/json\r\n\r\n{"jsonrpc": "2.0"}')
        _write(client, b'{"stray": 1}')
        _shutdown_answered(client)
        log = (client.workspace / "server.log").read_bytes()
        # both writes, with no newline, end on the line of the next header
        assert b"skipped 30 bytes sent with no Content-Length header before them" in log
    finally:
        client.close()


@pytest.mark.parametrize(
    "header",
    [b"content-length: %d\r\n\r\n", b"Content-Length: %d\n\n", b"CONTENT-LENGTH:%d \r\n\r\n"],
    ids=["lower case", "bare newlines", "capitals, no space"],
)
def test_a_header_in_any_case_or_line_ending_is_read(tmp_path, header):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        client.next_id += 1
        body = json.dumps({"jsonrpc": "2.0", "id": client.next_id, "method": "shutdown"})
        _write(client, header % len(body) + body.encode())
        assert client.response(client.next_id)["result"] is None
    finally:
        client.close()


@pytest.mark.parametrize(
    "message",
    [{"id": 7}, {"id": {"a": 1}, "result": 1}, {"id": 8, "error": {"code": "x"}}, {}],
    ids=["id only", "object id", "malformed error", "nothing"],
)
def test_a_message_that_is_no_request_nor_response_is_logged_not_shown(tmp_path, message):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        client.send(message)
        _shutdown_answered(client)
        assert not [m for m in client.notifications if m["method"] == "window/showMessage"]
        logged = [
            m["params"]["message"]
            for m in client.notifications
            if m["method"] == "window/logMessage"
        ]
        assert any("ignored a message with no method" in line for line in logged)
    finally:
        client.close()


class _Lines:
    def __init__(self, data: bytes) -> None:
        self.lines = data.splitlines(keepends=True)

    def readline(self) -> bytes:
        return self.lines.pop(0) if self.lines else b""


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (b"Content-Length: 12\r\n", b"Content-Length: 12\r\n"),
        (b'{"x": 1}Content-Length: 12\r\n', b"Content-Length: 12\r\n"),
        (
            b"Content-Type: application/vscode-jsonrpc\r\n",
            b"Content-Type: application/vscode-jsonrpc\r\n",
        ),
        (b"\r\n", b"\r\n"),
        (b"X-Content-Length-Note: 3 words\r\n", b"X-Content-Length-Note: 3 words\r\n"),
        (b"", b""),
    ],
)
def test_framed_input_gives_pygls_the_header_a_line_holds(line, read):
    assert FramedInput(_Lines(line)).readline() == read  # type: ignore[arg-type]
