"""A workspace whose configs sit in subfolders: each document gets its nearest config.

The server took a document under its root for the root's: a ``.narrlint.yaml`` or a
``pyproject.toml`` with ``[tool.narrlint]`` in a subfolder of the workspace (a monorepo, or
several desks' projects opened as one folder) was never read, so the editor showed findings
that ``narrlint`` run in that project does not report (its ``ignore``, ``per-file-ignores``,
``date`` did not apply). Now a document's config is the nearest one above it, as ``narrlint``
run in its folder reads it (robustness r22); a subfolder without a config of its own keeps
the root's.
"""

from __future__ import annotations

from pathlib import Path

from .test_reliability_lsp import Client
from .test_robustness_lsp_folder_sessions_r20 import _codes, _open_all, _start


def _initialize_root(client: Client, root: Path) -> None:
    import os

    params = {"processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": {}}
    assert "result" in client.response(client.request("initialize", params))
    client.notify("initialized", {})


def test_projects_in_subfolders_of_the_root_get_their_own_configs(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    root = client.workspace
    desk, wires, plain = root / "desk", root / "wires", root / "notes"
    for folder in (desk, wires / "quotes", plain / "deep"):
        folder.mkdir(parents=True)
    (desk / ".narrlint.yaml").write_text("ignore: [NL4]\n", encoding="utf-8")
    (wires / "pyproject.toml").write_text(
        "[tool.narrlint]\nper-file-ignores = { 'quotes/*.md' = ['NL4'] }\n", encoding="utf-8"
    )
    _initialize_root(client, root)
    try:
        uris = [
            (desk / "a.md").as_uri(),
            (wires / "quotes" / "q.md").as_uri(),
            (wires / "w.md").as_uri(),
            (plain / "deep" / "n.md").as_uri(),
            (root / "top.md").as_uri(),
        ]
        _open_all(client, uris)
        desk_doc, quoted, wire, deep, top = (_codes(client, uri) for uri in uris)
        assert desk_doc == []  # desk/.narrlint.yaml: ignore NL4
        assert quoted == []  # wires/pyproject.toml: its per-file-ignores, relative to wires/
        assert wire == ["NL401"]  # the pattern does not reach it
        assert deep == ["NL401"]  # no config on the way up: the root's (the defaults)
        assert top == ["NL401"]
    finally:
        client.close()


def test_a_nested_config_inside_a_configured_root_wins_for_its_folder(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    root = client.workspace
    (root / ".narrlint.yaml").write_text("ignore: [NL1]\n", encoding="utf-8")
    nested, below = root / "archive", root / "stories" / "2023"
    for folder in (nested / "old", below):
        folder.mkdir(parents=True)
    (nested / ".narrlint.yaml").write_text("ignore: [NL4]\n", encoding="utf-8")
    _initialize_root(client, root)
    try:
        uris = [(nested / "old" / "x.md").as_uri(), (below / "y.md").as_uri()]
        _open_all(client, uris)
        assert _codes(client, uris[0]) == []  # archive/.narrlint.yaml, nearest to it
        assert _codes(client, uris[1]) == ["NL401"]  # the root's, as narrlint in 2023/ reads
    finally:
        client.close()


def test_workspace_folders_hold_nested_projects_too(tmp_path):
    desk = tmp_path / "desk"
    (desk / "one").mkdir(parents=True)
    (desk / "one" / ".narrlint.yaml").write_text("ignore: [NL4]\n", encoding="utf-8")
    client = _start(tmp_path, [desk])
    try:
        uri = (desk / "one" / "a.md").as_uri()
        _open_all(client, [uri])
        assert _codes(client, uri) == []
    finally:
        client.close()
