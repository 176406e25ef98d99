"""A draft opened under another spelling of its path is named as the workspace's draft.

Robustness round 19 (the same file under two URI spellings). The server names a draft by its
path relative to the workspace root, and that name is what ``per-file-ignores`` match. It
took the path as the URI spelled it: ``file:///ws/wire/../desk.md`` (a client joining a
folder and a relative link) was "outside" the workspace, named by its absolute path with the
``..`` in it, and a pattern such as ``wire/*.md`` matched that name, so the workspace's
ignores silenced a draft they do not cover (the command line reports it). The name is now the
normalised path, or the resolved one (a workspace reached through a symbolic link), relative
to the root; the two look-alikes were right before and are pinned.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
TEXT = "---\ndate: 2023-01-01\n---\n# Budget\n\n" + LINE + "\n"


def _codes(tmp_path, spell) -> list[str]:
    client = Client.in_new_workspace(tmp_path)
    (client.workspace / ".narrlint.yaml").write_text(
        'per-file-ignores:\n  "wire/*.md": [NL401]\n', encoding="utf-8"
    )
    (client.workspace / "wire").mkdir()
    (client.workspace / "wire" / "story.md").write_text(TEXT, encoding="utf-8")
    (client.workspace / "desk.md").write_text(TEXT, encoding="utf-8")
    client.initialize()
    try:
        uri = spell(client.workspace)
        client.open(uri, TEXT)
        client.pump(lambda: client.diagnostics(uri, 1) is not None, "diagnostics")
        return [d["code"] for d in client.diagnostics(uri, 1)]
    finally:
        client.close()


def test_a_dot_dot_in_the_uri_keeps_the_drafts_name_in_the_workspace(tmp_path):
    assert _codes(tmp_path, lambda ws: ws.as_uri() + "/wire/../wire/story.md") == []


def test_a_workspace_reached_through_a_symbolic_link_keeps_the_name(tmp_path):
    def through_link(ws):
        link = tmp_path / "link"
        link.symlink_to(ws, target_is_directory=True)
        return (link / "wire" / "story.md").as_uri()

    assert _codes(tmp_path, through_link) == []


def test_a_draft_outside_the_pattern_is_still_reported(tmp_path):
    assert _codes(tmp_path, lambda ws: ws.as_uri() + "/wire/../desk.md") == ["NL401"]
