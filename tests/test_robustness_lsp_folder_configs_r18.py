"""A multi-root workspace: a second folder's own config is read, not merely named.

The server read one config, its root's (``rootUri``, else the first workspace folder). A
draft of a second folder that has its own ``.narrlint.yaml`` was linted with the first
folder's settings without a word: its ``ignore`` did not apply and the editor disagreed with
``narrlint`` run in that folder (robustness probe r18, which made the server warn once per
such config). Since r20 the second folder's drafts are linted with its own config
(:mod:`narrlint.frontends.lsp_folders`), so there is nothing to warn about; a folder without
a config of its own, and the root's own drafts, keep the root's config.
"""

from __future__ import annotations

import os

from .test_reliability_lsp import Client
from .test_robustness_lsp_second_initialize_r17 import STALE


def _shown(client: Client) -> list[str]:
    return [
        m["params"]["message"] for m in client.notifications if m["method"] == "window/showMessage"
    ]


def test_a_second_folders_own_config_is_read(tmp_path):
    first, second, plain = tmp_path / "desk", tmp_path / "wires", tmp_path / "notes"
    for folder in (first, second, plain):
        folder.mkdir()
    (first / ".narrlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    (second / ".narrlint.yaml").write_text("ignore: [NL4]\n", encoding="utf-8")
    client = Client.in_new_workspace(tmp_path)
    try:
        folders = [{"uri": f.as_uri(), "name": f.name} for f in (first, second, plain)]
        params = {
            "processId": os.getpid(),
            "rootUri": None,
            "workspaceFolders": folders,
            "capabilities": {"workspace": {"workspaceFolders": True}},
        }
        assert "result" in client.response(client.request("initialize", params))
        client.notify("initialized", {})
        uris = [(f / name).as_uri() for f in (first, second, plain) for name in ("a.md", "b.md")]
        for uri in uris:
            client.open(uri, STALE)
        client.pump(lambda: all(client.diagnostics(u) is not None for u in uris), "diagnostics")
        # each folder's drafts are linted with its own config (the second's NL4 ignored) ...
        for uri in uris:
            expected = [] if "/wires/" in uri else ["NL401"]
            assert [d["code"] for d in client.diagnostics(uri)] == expected, uri
        # ... and no config is said to be unread
        assert not [m for m in _shown(client) if "is not read" in m], _shown(client)
    finally:
        client.close()
