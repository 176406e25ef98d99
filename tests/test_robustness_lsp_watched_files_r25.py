"""A config changed outside the editor is read again when the client's file watcher says so.

Robustness round 25 (front ends under stress: configuration reloads). Since round 8 the server
loads its session again when the config is saved in the editor (``didSave``). A config changed
by anything else (a ``git checkout``, a pull, another tool, the file deleted) sends no
``didSave``: the client's file watcher sends ``workspace/didChangeWatchedFiles``, which the
server ignored ("unknown method" in its log), so every open draft went on being linted with
the old settings, or kept a broken config's error after the file was fixed, until the editor
was restarted. Now a watched change of a file a save would reload for reloads the session; a
change of any other file reloads nothing.
"""

from __future__ import annotations

from .test_reliability_lsp import Client

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"


def _watched(client: Client, uri: str, kind: int) -> None:
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri, "type": kind}]})


def _codes(client: Client, uri: str) -> list | None:
    found = client.diagnostics(uri)
    return None if found is None else [d.get("code") for d in found]


def _first_lint(client: Client) -> str:
    """Initialize, open a draft with a stale title and wait for its NL401: the draft's URI."""
    client.initialize()
    uri = (client.workspace / "story.md").as_uri()
    client.open(uri, HEAD + LINE + "\n")
    client.pump(lambda: _codes(client, uri) == ["NL401"], "the first lint")
    return uri


def _failed(client: Client, uri: str) -> bool:
    found = client.diagnostics(uri)
    return bool(found) and "select: unknown rule code 'NL999'" in found[0]["message"]


def test_a_config_changed_outside_the_editor_is_read_again(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        uri = _first_lint(client)
        config = client.workspace / ".narrlint.yaml"
        config.write_text("select: [NL999]\n", encoding="utf-8")
        _watched(client, config.as_uri(), 1)  # created, by a checkout: no didSave
        client.pump(lambda: _failed(client, uri), "the broken config on the draft")
        config.write_text("ignore: [NL401]\n", encoding="utf-8")
        _watched(client, config.as_uri(), 2)
        client.pump(lambda: _codes(client, uri) == [], "the draft linted with the fix")
        config.unlink()
        _watched(client, config.as_uri(), 3)
        client.pump(lambda: _codes(client, uri) == ["NL401"], "the default settings again")
        log = (client.workspace / "server.log").read_text("utf-8", errors="replace")
        assert "didChangeWatchedFiles" not in log
    finally:
        client.close()


def test_a_watched_change_to_another_file_reloads_nothing(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        uri = _first_lint(client)
        other = client.workspace / "notes.yaml"
        other.write_text("a: 1\n", encoding="utf-8")
        _watched(client, other.as_uri(), 1)
        _watched(client, (client.workspace / "story.md").as_uri(), 2)
        client.change(uri, 2, HEAD + "Nothing.\n\n" + LINE + "\n")
        client.pump(lambda: client.diagnostics(uri, 2) is not None, "the lint of version 2")
        log = (client.workspace / "server.log").read_text("utf-8", errors="replace")
        assert "loading the configuration and corpus again" not in log
    finally:
        client.close()


WATCHING = {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}


def _registrations(client: Client) -> list[dict]:
    return [
        registration
        for message in client.notifications
        if message["method"] == "client/registerCapability"
        for registration in message["params"]["registrations"]
    ]


def test_the_server_asks_a_willing_client_to_watch_the_config_files(tmp_path):
    """Most clients send didChangeWatchedFiles only for files a server registered: a server that
    registers nothing hears of a config changed by a checkout only when it is saved in the
    editor."""
    client = Client.in_new_workspace(tmp_path)
    try:
        client.initialize(WATCHING)
        client.pump(lambda: _registrations(client), "a file-watcher registration")
        (registration,) = _registrations(client)
        assert registration["method"] == "workspace/didChangeWatchedFiles"
        globs = [w["globPattern"] for w in registration["registerOptions"]["watchers"]]
        assert globs == ["**/.narrlint.yaml", "**/.narrlint.yml", "**/pyproject.toml"]
    finally:
        client.close()


def test_a_client_that_cannot_register_is_asked_nothing(tmp_path):
    client = Client.in_new_workspace(tmp_path)
    try:
        _first_lint(client)
        assert _registrations(client) == []
    finally:
        client.close()
