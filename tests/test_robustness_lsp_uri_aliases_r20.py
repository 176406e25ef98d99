"""One draft opened under two spellings of the same URI (percent-encoded and not).

Robustness r20. pygls keeps one document per percent-decoded URI, so a client that opened
``.../%C3%A9t%C3%A9.md`` and ``.../été.md`` (two of its own documents: an extension and the
editor spelling the same file differently) had them folded into one: drafts opened while the
corpus loaded were published under the last spelling only (the first stayed without
diagnostics for good), and closing either spelling closed both, so every later change to the
other was "to a document never opened", ignored, its diagnostics frozen. Each spelling is now
published to and closed on its own; the server still holds one text for both.
"""

from __future__ import annotations

from urllib.parse import unquote

from .test_reliability_lsp import Client

HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"
STALE = HEAD + "Interim Finance Minister Anna Vogel says the deficit is falling.\n"
CURRENT = HEAD + "Former Finance Minister Anna Vogel says the deficit is falling.\n"


def _codes(client: Client, uri: str) -> list[str] | None:
    found = client.diagnostics(uri)
    return None if found is None else [d["code"] for d in found]


def test_both_spellings_are_published_and_closed_apart(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        encoded = (client.workspace / "été.md").as_uri()
        plain = unquote(encoded)
        assert encoded != plain
        client.open(encoded, STALE)  # both while the session loads
        client.open(plain, STALE)
        client.pump(
            lambda: _codes(client, encoded) == ["NL401"] and _codes(client, plain) == ["NL401"],
            "diagnostics under both spellings",
        )
        client.notify("textDocument/didClose", {"textDocument": {"uri": plain}})
        client.pump(lambda: _codes(client, plain) == [], "the closed spelling cleared")
        # the other spelling is still open: a change to it is linted
        client.change(encoded, 2, CURRENT)
        client.pump(lambda: client.diagnostics(encoded, version=2) == [], "the change linted")
        assert _codes(client, plain) == []  # nothing published again to the closed one
        warnings = [m for m in client.notifications if "never opened" in str(m.get("params"))]
        assert not warnings, warnings
    finally:
        client.close()


def test_a_change_under_one_spelling_relints_the_other(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize()
        encoded = (client.workspace / "été.md").as_uri()
        plain = unquote(encoded)
        client.open(encoded, STALE)
        client.pump(lambda: _codes(client, encoded) == ["NL401"], "diagnostics")
        client.open(plain, STALE)  # the session is loaded now
        client.pump(lambda: _codes(client, plain) == ["NL401"], "diagnostics of the second")
        client.change(plain, 2, CURRENT)
        client.pump(
            lambda: (
                client.diagnostics(plain, version=2) == []
                and client.diagnostics(encoded, version=2) == []
            ),
            "both spellings linted after the change",
        )
    finally:
        client.close()
