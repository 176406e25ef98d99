"""A multi-root workspace: each folder's drafts are linted with the config of their folder.

The server read one config, its root's (``rootUri``, else the first workspace folder), and
linted a second folder's drafts with it; round 18 only warned that the second folder's
``.narrlint.yaml`` was not read, so the editor still disagreed with ``narrlint`` run in that
folder (its ``ignore``, ``per-file-ignores`` ... did not apply). Now a draft whose folder has a
config of its own is linted with a session of that config (robustness r20): its ``ignore`` and
its ``per-file-ignores`` (relative to its folder) apply, a folder without a config keeps the
root's, a broken folder config is said on that folder's drafts only, and saving the folder's
config reads it again.
"""

from __future__ import annotations

import os
from pathlib import Path

from .test_reliability_lsp import Client
from .test_robustness_lsp_second_initialize_r17 import STALE


def _codes(client: Client, uri: str) -> list[str]:
    return [d["code"] for d in client.diagnostics(uri) or []]


def _start(tmp_path: Path, folders: list[Path]) -> Client:
    client = Client.in_new_workspace(tmp_path)
    params = {
        "processId": os.getpid(),
        "rootUri": None,
        "workspaceFolders": [{"uri": f.as_uri(), "name": f.name} for f in folders],
        "capabilities": {"workspace": {"workspaceFolders": True}},
    }
    assert "result" in client.response(client.request("initialize", params))
    client.notify("initialized", {})
    return client


def _open_all(client: Client, uris: list[str]) -> None:
    for uri in uris:
        client.open(uri, STALE)
    client.pump(lambda: all(client.diagnostics(u) is not None for u in uris), "diagnostics")


def test_each_folder_is_linted_with_its_own_config(tmp_path):
    desk, wires, notes = tmp_path / "desk", tmp_path / "wires", tmp_path / "notes"
    for folder in (desk, wires, notes, wires / "quotes"):
        folder.mkdir()
    (desk / ".narrlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    config = wires / ".narrlint.yaml"
    config.write_text("per-file-ignores:\n  'quotes/*.md': [NL4]\n", encoding="utf-8")
    client = _start(tmp_path, [desk, wires, notes])
    try:
        root, quoted, plain, other = (
            (desk / "a.md").as_uri(),
            (wires / "quotes" / "q.md").as_uri(),
            (wires / "w.md").as_uri(),
            (notes / "n.md").as_uri(),
        )
        _open_all(client, [root, quoted, plain, other])
        assert _codes(client, root) == ["NL401"]
        assert _codes(client, quoted) == []  # wires' per-file-ignores, relative to wires/
        assert _codes(client, plain) == ["NL401"]  # the pattern does not reach it
        assert _codes(client, other) == ["NL401"]  # no config of its own: the root's
        shown = [
            m["params"]["message"] for m in client.notifications if "showMessage" in m["method"]
        ]
        assert not [m for m in shown if "is not read" in m], shown
        # saving the folder's config reads it again, for that folder's drafts
        config.write_text("ignore: [NL4]\n", encoding="utf-8")
        client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
        client.pump(lambda: _codes(client, plain) == [], "the drafts linted with the saved config")
        assert _codes(client, quoted) == []
        assert _codes(client, root) == ["NL401"]
    finally:
        client.close()


def test_a_broken_folder_config_is_said_on_its_own_drafts(tmp_path):
    desk, wires = tmp_path / "desk", tmp_path / "wires"
    for folder in (desk, wires):
        folder.mkdir()
    (wires / ".narrlint.yaml").write_text("ignore: [NL4\n", encoding="utf-8")
    client = _start(tmp_path, [desk, wires])
    try:
        root, broken = (desk / "a.md").as_uri(), (wires / "w.md").as_uri()
        _open_all(client, [root, broken])
        assert _codes(client, root) == ["NL401"]
        (failure,) = client.diagnostics(broken)
        assert str((wires / ".narrlint.yaml").resolve()) in failure["message"]
        assert failure["severity"] == 1
    finally:
        client.close()
