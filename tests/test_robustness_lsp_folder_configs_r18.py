"""A multi-root workspace: a folder with its own config the server does not read is named.

The server reads one config, its root's (``rootUri``, else the first workspace folder). A
draft of a second folder that has its own ``.narrlint.yaml`` was linted with the first
folder's settings without a word: its ``ignore`` did not apply and the editor disagreed with
``narrlint`` run in that folder (robustness probe r18). The server now warns once per such
config, naming it and the config it reads; the second folder's drafts are still linted, and
a folder without a config of its own, or the root's own drafts, bring no warning.
"""

from __future__ import annotations

import os

from .test_reliability_lsp import Client
from .test_robustness_lsp_second_initialize_r17 import STALE


def _shown(client: Client) -> list[str]:
    return [
        m["params"]["message"] for m in client.notifications if m["method"] == "window/showMessage"
    ]


def test_a_second_folders_own_config_is_named_once(tmp_path):
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
        # every draft is linted with the first folder's config (the second's NL4 too) ...
        assert all([d["code"] for d in client.diagnostics(u)] == ["NL401"] for u in uris)
        # ... and the second folder's config, which the server does not read, is named once
        warned = [m for m in _shown(client) if "is not read" in m]
        assert len(warned) == 1, _shown(client)
        assert str((second / ".narrlint.yaml").resolve()) in warned[0]
        assert str((first / ".narrlint.yaml").resolve()) in warned[0]
    finally:
        client.close()
