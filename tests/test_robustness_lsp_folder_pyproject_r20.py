"""A multi-root workspace: another folder's broken ``pyproject.toml`` is said as its broken
``.narrlint.yaml`` is, and a folder's drafts link their rules' help as its own config says.

Looking for another folder's config, the server swallowed the error of a ``pyproject.toml``
it could not read (bad TOML, ``[tool]`` not a table, ``narrlint = 5``) and linted that
folder's drafts with the root's config without a word, where ``narrlint`` run there stops
with the error, and a broken ``.narrlint.yaml`` in the same place is said on the folder's
drafts. And every draft's ``codeDescription.href`` came from the root's ``help-url``, a
folder with its own ``help-url`` included (robustness r20).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_robustness_lsp_folder_sessions_r20 import _codes, _open_all, _start

BROKEN = {
    "bad TOML": "[tool.narrlint\nignore = ['NL4']\n",
    "tool not a table": "tool = 'narrlint'\n",
    "narrlint not a table": "[tool]\nnarrlint = 5\n",
}


@pytest.mark.parametrize("text", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_folder_pyproject_is_said_on_its_own_drafts(tmp_path: Path, text: str) -> None:
    desk, wires = tmp_path / "desk", tmp_path / "wires"
    for folder in (desk, wires):
        folder.mkdir()
    pyproject = wires / "pyproject.toml"
    pyproject.write_text(text, encoding="utf-8")
    client = _start(tmp_path, [desk, wires])
    try:
        root, broken = (desk / "a.md").as_uri(), (wires / "w.md").as_uri()
        _open_all(client, [root, broken])
        assert _codes(client, root) == ["NL401"]
        (failure,) = client.diagnostics(broken)
        assert str(pyproject.resolve()) in failure["message"]
        assert failure["severity"] == 1
        # mended and saved: the folder's drafts are linted with it
        pyproject.write_text("[tool.narrlint]\nignore = ['NL4']\n", encoding="utf-8")
        client.notify("textDocument/didSave", {"textDocument": {"uri": pyproject.as_uri()}})
        client.pump(lambda: client.diagnostics(broken) == [], "the draft linted when mended")
        assert _codes(client, root) == ["NL401"]
    finally:
        client.close()


def test_a_folder_pyproject_without_narrlint_leaves_the_root_config(tmp_path: Path) -> None:
    """The look-alike: a readable ``pyproject.toml`` holding no ``[tool.narrlint]`` is no
    config; the folder's drafts are linted with the root's, with no failure."""
    desk, wires = tmp_path / "desk", tmp_path / "wires"
    for folder in (desk, wires):
        folder.mkdir()
    (desk / ".narrlint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    (wires / "pyproject.toml").write_text("[tool.black]\nline-length = 99\n", encoding="utf-8")
    client = _start(tmp_path, [desk, wires])
    try:
        root, plain = (desk / "a.md").as_uri(), (wires / "w.md").as_uri()
        _open_all(client, [root, plain])
        assert _codes(client, root) == ["NL401"]
        assert _codes(client, plain) == ["NL401"]
    finally:
        client.close()


def test_each_folder_links_help_as_its_own_config_says(tmp_path: Path) -> None:
    desk, wires = tmp_path / "desk", tmp_path / "wires"
    for folder in (desk, wires):
        folder.mkdir()
    (desk / ".narrlint.yaml").write_text(
        "help-url: https://desk.example/rules/{code}\n", encoding="utf-8"
    )
    (wires / ".narrlint.yaml").write_text(
        "help-url: https://wires.example/help/{code}.html\n", encoding="utf-8"
    )
    client = _start(tmp_path, [desk, wires])
    try:
        root, other = (desk / "a.md").as_uri(), (wires / "w.md").as_uri()
        _open_all(client, [root, other])
        (at_root,) = client.diagnostics(root)
        (at_wires,) = client.diagnostics(other)
        assert at_root["codeDescription"]["href"] == "https://desk.example/rules/NL401"
        assert at_wires["codeDescription"]["href"] == "https://wires.example/help/NL401.html"
    finally:
        client.close()
