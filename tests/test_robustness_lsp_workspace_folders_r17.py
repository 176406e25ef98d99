"""A client that names its workspace only by ``workspaceFolders`` gets that folder's config.

LSP deprecates ``rootUri`` in favour of ``workspaceFolders``, and clients may send
``rootUri: null`` with the folders alone. The server then read the config of the folder it
was started in (an editor's own folder, the user's home), so the workspace's ``ignore``,
``select`` and ``per-file-ignores`` did not apply and paths were shown absolute, without a
word (robustness probe r17). The first workspace folder is now the root when ``rootUri`` is
missing.
"""

from __future__ import annotations

import os

import pytest

from .test_reliability_lsp import Client
from .test_robustness_lsp_second_initialize_r17 import STALE


@pytest.mark.parametrize(("config", "codes"), [("ignore: [NL4]\n", []), (None, ["NL401"])])
def test_the_first_workspace_folder_gives_the_config(tmp_path, config, codes):
    folder = tmp_path / "desk"
    folder.mkdir()
    if config is not None:
        (folder / ".narrlint.yaml").write_text(config, encoding="utf-8")
    client = Client.in_new_workspace(tmp_path)  # started in another folder, with no config
    try:
        params = {
            "processId": os.getpid(),
            "rootUri": None,
            "workspaceFolders": [{"uri": folder.as_uri(), "name": "desk"}],
            "capabilities": {"workspace": {"workspaceFolders": True}},
        }
        assert "result" in client.response(client.request("initialize", params))
        client.notify("initialized", {})
        uri = (folder / "draft.md").as_uri()
        client.open(uri, STALE)
        client.pump(lambda: client.diagnostics(uri) is not None, "diagnostics")
        assert [d["code"] for d in client.diagnostics(uri)] == codes
    finally:
        client.close()
