"""A document whose URI the client percent-encodes is re-linted after every change.

Robustness round 19. pygls keys its open documents by the percent-decoded URI; narrlint's
``didChange`` looked the document up by the URI as sent. VS Code encodes a space
(``my%20story.md``), a colon (``c%3A``), ``#``, ``[`` and non-ASCII letters in every URI it
sends, so a change to such a draft was taken for a change to a document never opened:
logged, ignored, and the draft's diagnostics stayed those of the text it had when opened (a
fixed title stayed flagged, a new stale title was never found) for as long as it was open.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from .test_reliability_lsp import Client

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"


@pytest.mark.parametrize("name", ["my story.md", "été.md", "notes #2.md", "plain.md"])
def test_a_change_to_a_percent_encoded_uri_is_linted(tmp_path, name):
    client = Client.in_new_workspace(tmp_path)
    client.initialize()
    try:
        path = client.workspace / name
        uri = "file://" + quote(path.as_posix(), safe="/")
        client.open(uri, HEAD + "Nothing here.\n")
        client.pump(lambda: client.diagnostics(uri, 1) is not None, "diagnostics of version 1")
        assert client.diagnostics(uri, 1) == []
        client.change(uri, 2, HEAD + LINE + "\n")
        client.pump(lambda: client.diagnostics(uri, 2) is not None, "diagnostics of version 2")
        (finding,) = client.diagnostics(uri, 2)
        assert finding["code"] == "NL401"
        assert finding["range"]["start"]["line"] == 5
    finally:
        client.close()
    logged = [
        m["params"]["message"]
        for m in client.notifications
        if m["method"] == "window/logMessage" and "never opened" in m["params"]["message"]
    ]
    assert logged == []
