"""The JSON-RPC side of ``narrlint lsp``: what pygls does with messages it cannot read
(split from :mod:`~narrlint.frontends.lsp`, which holds the linting and the features).

Every message a client sends gets an answer or is ignored with a line in the server's log;
none ends as an error popup quoting a Python exception.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import traceback
from dataclasses import dataclass
from typing import Any, BinaryIO
from urllib.parse import unquote

from narrlint.frontends.lsp_positions import apply_changes


def protocol_class() -> Any:
    """pygls's protocol, answering a request it cannot read with a JSON-RPC error.

    pygls drops a request whose params do not match the method's types (a ``codeAction``
    whose ``textDocument`` is a number): it logs the failure and never answers, so the client
    waits for ever. Here such a request gets "Invalid params" (-32602) with its id. A change
    is applied as LSP reads it (:func:`~narrlint.frontends.lsp_positions.apply_changes`); a
    change to a document never opened is logged and ignored (pygls failed with a ``KeyError``
    that the client showed as an error), and JSON that is no object gets "Invalid request"
    (-32600, id null). A notification whose params cannot be read (a change at a negative
    line) cannot be answered: it is logged and ignored, where pygls showed the user "Error in
    server: Invalid Params"; a request to a method nobody handles gets "Method not found"
    with or without params (without, pygls answered "Internal Error"). A message with an id
    but no method, result or error answers nothing the server asked: it is logged and ignored
    (pygls showed the user "Error in server: Internal Error").
    """
    from lsprotocol import types
    from pygls.exceptions import JsonRpcException
    from pygls.protocol import LanguageServerProtocol, lsp_method

    class Protocol(LanguageServerProtocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.opened: dict[str, list[str]] = {}
            """Open documents (decoded URIs, as pygls keys them) -> the URIs the client opened
            each under: ``b.md`` and ``%62.md`` are one document to pygls but two to a client
            that opened both, and each is published to and closed on its own."""
            self.lost: set[str] = set()
            """Open documents (decoded URIs) whose text the server no longer knows: a change
            to them could not be read, so every later ranged edit would land on a text the
            editor does not show. Their ranged edits are not applied (their diagnostic says
            why) until the client sends the whole text again: a change without a range, or
            ``didOpen``."""

        @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
        def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams) -> Any:
            uri = params.text_document.uri
            self.lost.discard(unquote(uri))
            spellings = self.opened.setdefault(unquote(uri), [])
            if uri not in spellings:
                spellings.append(uri)
            return (yield from super().lsp_text_document__did_open(params))

        @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
        def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams) -> Any:
            uri = params.text_document.uri
            spellings = self.opened.get(unquote(uri), [])
            if uri in spellings:
                spellings.remove(uri)
            if spellings:  # still open under another spelling: pygls would drop it for both
                handler = self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)
                if handler is not None:
                    yield handler, (params,), None
                return None
            self.opened.pop(unquote(uri), None)
            self.lost.discard(unquote(uri))
            return (yield from super().lsp_text_document__did_close(params))

        @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
        def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> Any:
            uri = params.text_document.uri
            if unquote(uri) in self.lost:
                if all(getattr(c, "range", None) is not None for c in params.content_changes):
                    return None  # still unknown: an edit now would land on the wrong text
                self.lost.discard(unquote(uri))  # the whole text again: in step once more
            # pygls keys documents by the percent-decoded URI: a client that encodes a space or
            # a colon (VS Code) had every change taken for one to a document never opened
            if unquote(uri) in self.workspace.text_documents:  # the new text, read as LSP says
                text = apply_changes(
                    self.workspace.get_text_document(uri).source,
                    params.content_changes,
                    self.workspace.position_encoding,
                )
                params.content_changes = [types.TextDocumentContentChangeWholeDocument(text)]
            else:  # pygls raised KeyError, shown to the user as "Error in server: KeyError"
                self.notify(
                    types.WINDOW_LOG_MESSAGE,
                    types.LogMessageParams(
                        type=types.MessageType.Warning,
                        message=f"narrlint: ignored a change to {uri}: the editor never "
                        "opened it (no textDocument/didOpen)",
                    ),
                )
                return None
            return (yield from super().lsp_text_document__did_change(params))

        def structure_message(self, data: dict[str, Any]) -> Any:
            if "jsonrpc" in data and "method" not in data and not _an_id(data.get("id")):
                return self._ignored()  # pygls failed looking the id up: unhashable
            try:
                return super().structure_message(data)
            except JsonRpcException as exc:
                if not isinstance(data, dict):
                    raise
                if "method" not in data:  # no request, no notification: a response to none
                    return self._ignored()
                if "id" not in data:  # a notification: no answer to give, and no popup
                    lost = self._losing(data)
                    self.notify(
                        types.WINDOW_LOG_MESSAGE,
                        types.LogMessageParams(
                            type=types.MessageType.Warning,
                            message=f"narrlint: ignored a {data['method']} notification: "
                            f"{exc.message or 'its params cannot be read'}"
                            + (f"; {lost} is not linted until it is opened again" if lost else ""),
                        ),
                    )
                    return _Answered(lost)
                if "params" not in data and self.get_message_type(data["method"]) is None:
                    # JSON-RPC's params are optional: pygls's fallback type for a method it
                    # does not know requires them, and answered "Internal Error"
                    return super().structure_message({**data, "params": None})
                message = f"{exc.message or 'Invalid request'} for {data['method']}"
                self._send_response(
                    data["id"], error=types.ResponseError(code=exc.code, message=message)
                )
                return _Answered()

        def _losing(self, data: dict[str, Any]) -> str | None:
            """The open document a ``didChange`` that cannot be read was for (a negative
            line, a number past LSP's range): the client changed its text, so the server's
            copy no longer matches it."""
            if data.get("method") != types.TEXT_DOCUMENT_DID_CHANGE:
                return None
            params = data.get("params")
            document = params.get("textDocument") if isinstance(params, dict) else None
            uri = document.get("uri") if isinstance(document, dict) else None
            if not isinstance(uri, str) or unquote(uri) not in self.workspace.text_documents:
                return None
            return uri

        def _ignored(self) -> _Answered:
            self.notify(
                types.WINDOW_LOG_MESSAGE,
                types.LogMessageParams(
                    type=types.MessageType.Warning,
                    message="narrlint: ignored a message with no method that is no response "
                    "either (a response has an id, and a result or an error with a code)",
                ),
            )
            return _Answered()

        def handle_message(self, message: Any) -> Any:
            if isinstance(message, _Answered):
                if message.lost is not None:
                    self.lost.add(unquote(message.lost))
                    linting = getattr(self._server, "narrlint", None)
                    if linting is not None:  # its diagnostics say so, stale ones go
                        linting.publish(message.lost)
                return None
            if not hasattr(message, "jsonrpc"):  # JSON, but no object: a list, a number
                error_without_id(self, -32600, "Invalid request: a message must be a JSON object")
                return None
            if self._out_of_session(message):
                return None
            return super().handle_message(message)

        def _out_of_session(self, message: Any) -> bool:
            """Answer (or drop) a message sent before ``initialize`` or after ``shutdown``.

            Before ``initialize`` pygls ran every handler on a server with no workspace: a
            ``didOpen`` showed the user "Error in server: RuntimeError: The workspace is not
            available", and a request was answered as if all was well. After ``shutdown`` it
            dropped every request without an answer, so a client waiting on one hung. LSP
            asks for error -32002 before ``initialize`` and -32600 after ``shutdown`` for a
            request; a notification (but ``exit``) is dropped with a line in the log. A second
            ``initialize`` gets -32600 too: the first session and its documents stay."""
            method = getattr(message, "method", None)
            if method is None or method == types.EXIT:
                return False
            before = self._workspace is None
            if method == types.INITIALIZE:
                if before:
                    return False
                # "may only be sent once": pygls answered it again and made a new workspace,
                # so every open document was forgotten and its edits ignored from then on
                code, reason = (
                    types.ErrorCodes.InvalidRequest,
                    (
                        "the server is shutting down"
                        if self._shutdown
                        else "the server is already initialized"
                    ),
                )
                if hasattr(message, "id"):
                    self._send_response(
                        message.id,
                        error=types.ResponseError(code=code, message=f"{reason}: {method} refused"),
                    )
                else:
                    logging.getLogger("pygls").warning("ignored a second %s (%s)", method, reason)
                return True
            if not before and not self._shutdown:
                return False
            if hasattr(message, "id"):
                code, reason = (
                    (types.ErrorCodes.ServerNotInitialized, "the server is not initialized")
                    if before
                    else (types.ErrorCodes.InvalidRequest, "the server is shutting down")
                )
                self._send_response(
                    message.id,
                    error=types.ResponseError(code=code, message=f"{reason}: {method} refused"),
                )
                return True
            if before:  # after shutdown pygls drops it with a line in the log itself
                logging.getLogger("pygls").warning(
                    "ignored a %s notification sent before initialize", method
                )
                return True
            return False

    return Protocol


def _an_id(value: Any) -> bool:
    """Whether ``value`` may be a JSON-RPC id: a string, a number or null."""
    return value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool))


@dataclass
class _Answered:
    """A request already answered with an error while it was being read (or a notification
    logged and ignored: ``lost`` names the document a change that cannot be read was for)."""

    lost: str | None = None


def error_without_id(protocol: Any, code: int, message: str) -> None:
    """A JSON-RPC error response to a message whose id cannot be read: ``"id": null``, as
    JSON-RPC 2.0 asks (pygls leaves a ``None`` id out of what it sends)."""
    protocol._send_data({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}})


_LENGTH_HEADER = re.compile(rb"content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?\n\Z", re.IGNORECASE)
"""A ``Content-Length`` header line, in any case, any spacing, ending ``\r\n`` or ``\n``,
perhaps after bytes that belong to no message."""


class FramedInput:
    """The server's stdin, its header lines written as pygls reads them.

    pygls takes a header only as ``Content-Length: N\r\n`` starting its line. Bytes sent
    without a header (a body whose header was lost, a client's stray write) have no newline,
    so they joined the next message's header line, which then did not match, and that
    message was skipped, then the next, for ever: one unframed write and the server answered
    nothing again, as if hung. A client writing ``content-length`` in lower case (HTTP's
    header names have no case) or ending lines with ``\n`` alone was never answered at all.
    Here such a line is given to pygls as the header it holds; the bytes before it are
    skipped with a line in the server's log, and the messages after them are read again.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def readline(self) -> bytes:
        line = self.stream.readline()
        header = _LENGTH_HEADER.search(line)
        if header is None:
            return line
        if header.start():
            logging.getLogger("pygls").warning(
                "skipped %d bytes sent with no Content-Length header before them",
                header.start(),
            )
        return b"Content-Length: %d\r\n" % int(header.group(1))

    def read(self, size: int) -> bytes:
        return self.stream.read(size)


def server_class() -> Any:
    """pygls's language server, answering a message that is not JSON with "Parse error"."""
    from pygls.lsp.server import LanguageServer

    class Server(LanguageServer):
        def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
            """Serve stdio, reading headers as :class:`FramedInput` does."""
            super().start_io(FramedInput(stdin or sys.stdin.buffer), stdout)

        def report_server_error(self, error: Exception, source: Any) -> None:
            """A message that is not JSON, or not UTF-8 (as LSP's JSON must be), gets
            JSON-RPC's "Parse error" (id null), as the spec asks, instead of an error popup
            quoting the decoder."""
            if isinstance(error, json.JSONDecodeError):
                error_without_id(
                    self.protocol, -32700, f"Parse error: the message is not JSON ({error})"
                )
                return
            if isinstance(error, UnicodeDecodeError):
                error_without_id(
                    self.protocol, -32700, f"Parse error: the message is not UTF-8 ({error})"
                )
                return
            super().report_server_error(error, source)

    return Server


class OneLineFormatter(logging.Formatter):
    """pygls's log records as one line each: its message's first line, then the error it
    caught as type, text and the place it was raised. pygls logs a message it cannot handle
    with ``logger.exception`` (or the traceback pasted into the message), which Python's
    fallback printed on stderr as a whole traceback: in an editor's output panel that reads
    as a crash of narrlint, though the client got its JSON-RPC error and the server goes on."""

    def format(self, record: logging.LogRecord) -> str:
        lines = record.getMessage().splitlines() or [""]
        text = f"narrlint lsp: {lines[0]}"
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = traceback.extract_tb(error.__traceback__)
            where = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
            summary = str(error).splitlines()[0] if str(error) else ""
            text += f": {type(error).__name__}: {summary}{where}"
        elif len(lines) > 1 and any(line.startswith("Traceback") for line in lines[1:]):
            text += f": {next(line for line in reversed(lines) if line.strip()).strip()}"
        return text


def log_to_stderr() -> None:
    """Send pygls's warnings and errors to stderr (never stdout, the protocol channel) as one
    line each (:class:`OneLineFormatter`), instead of Python's fallback with tracebacks."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter())
    logger = logging.getLogger("pygls")
    logger.handlers = [handler]
    logger.setLevel(logging.WARNING)
    logger.propagate = False
