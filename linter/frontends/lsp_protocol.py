"""The JSON-RPC side of ``narrlint lsp``: what pygls does with messages it cannot read
(split from :mod:`~narrlint.frontends.lsp`, which holds the linting and the features).

Every message a client sends gets an answer or is ignored with a line in the server's log;
none ends as an error popup quoting a Python exception.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from typing import Any

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
    with or without params (without, pygls answered "Internal Error").
    """
    from lsprotocol import types
    from pygls.exceptions import JsonRpcException
    from pygls.protocol import LanguageServerProtocol, lsp_method

    class Protocol(LanguageServerProtocol):
        @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
        def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> Any:
            uri = params.text_document.uri
            if uri in self.workspace.text_documents:  # the whole new text, read as LSP says
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
            try:
                return super().structure_message(data)
            except JsonRpcException as exc:
                if not isinstance(data, dict) or "method" not in data:
                    raise
                if "id" not in data:  # a notification: no answer to give, and no popup
                    self.notify(
                        types.WINDOW_LOG_MESSAGE,
                        types.LogMessageParams(
                            type=types.MessageType.Warning,
                            message=f"narrlint: ignored a {data['method']} notification: "
                            f"{exc.message or 'its params cannot be read'}",
                        ),
                    )
                    return _Answered()
                if "params" not in data and self.get_message_type(data["method"]) is None:
                    # JSON-RPC's params are optional: pygls's fallback type for a method it
                    # does not know requires them, and answered "Internal Error"
                    return super().structure_message({**data, "params": None})
                message = f"{exc.message or 'Invalid request'} for {data['method']}"
                self._send_response(
                    data["id"], error=types.ResponseError(code=exc.code, message=message)
                )
                return _Answered()

        def handle_message(self, message: Any) -> Any:
            if isinstance(message, _Answered):
                return None
            if not hasattr(message, "jsonrpc"):  # JSON, but no object: a list, a number
                error_without_id(self, -32600, "Invalid request: a message must be a JSON object")
                return None
            return super().handle_message(message)

    return Protocol


class _Answered:
    """A request already answered with an error while it was being read."""


def error_without_id(protocol: Any, code: int, message: str) -> None:
    """A JSON-RPC error response to a message whose id cannot be read: ``"id": null``, as
    JSON-RPC 2.0 asks (pygls leaves a ``None`` id out of what it sends)."""
    protocol._send_data({"jsonrpc": "2.0", "id": None, "error": {"code": code, "message": message}})


def server_class() -> Any:
    """pygls's language server, answering a message that is not JSON with "Parse error"."""
    from pygls.lsp.server import LanguageServer

    class Server(LanguageServer):
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
