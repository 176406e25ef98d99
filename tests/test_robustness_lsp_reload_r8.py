"""Robustness probe r8: a language server whose config (or ledger) is broken says so on every
draft, and loads again when the file is fixed and saved.

Before, a broken ``.narrlint.yaml`` showed one message box when the server started; every
draft then published no diagnostics at all (it looked clean), and fixing the config changed
nothing until the editor was restarted; a working config edited in the editor was not read
either. Now each open draft carries an error diagnostic on its first line naming the file and
line (with a link to it), saving the config loads the session again, and the drafts are linted
with the new settings. Saving some other YAML file while all is well reloads nothing.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from lsprotocol import types
from pytest_lsp.client import LanguageClient

from .conftest import RURITANIA
from .test_workflow_lsp import HEAD, LINE, session, until

CONFIG_LINE = "seeds: false\nselect: [NL999]\n"


async def _save(client: LanguageClient, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(path.as_uri()))
    )


def _codes(client: LanguageClient, uri: str) -> list[str | None]:
    return [d.code for d in client.diagnostics.get(uri, [])]


async def reload_scenario(client: LanguageClient, workspace: Path) -> None:
    draft = workspace / "budget.md"
    draft.write_text(HEAD + LINE + "\n", encoding="utf-8")
    uri = draft.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri, "markdown", 1, draft.read_text(encoding="utf-8"))
        )
    )
    await until(lambda: uri in client.diagnostics, "the failure on the draft")
    (failure,) = client.diagnostics[uri]
    assert failure.severity == types.DiagnosticSeverity.Error and failure.range.start.line == 0
    assert ".narrlint.yaml:2: select: unknown rule code 'NL999'" in failure.message
    assert "save the file" in failure.message
    (link,) = failure.related_information
    assert link.location.uri == (workspace / ".narrlint.yaml").as_uri()
    assert link.location.range.start.line == 1

    config = workspace / ".narrlint.yaml"
    await _save(client, config, "seeds: false\nselect: [NL401]\n")
    await until(lambda: _codes(client, uri) == ["NL401"], "the draft linted after the fix")

    # Saving a file that is not the config, while the session works, reloads nothing.
    loads = sum("saved: loading" in m.message for m in client.log_messages)
    await _save(client, workspace / "notes.yaml", "a: 1\n")
    await asyncio.sleep(1)
    assert sum("saved: loading" in m.message for m in client.log_messages) == loads

    # A working config edited and saved takes effect at once.
    await _save(client, config, "seeds: false\nignore: [NL401]\n")
    await until(lambda: _codes(client, uri) == [], "the draft linted with the new ignore")


def test_a_broken_config_is_shown_on_the_draft_and_a_saved_fix_reloads(tmp_path: Path) -> None:
    (tmp_path / ".narrlint.yaml").write_text(CONFIG_LINE, encoding="utf-8")
    asyncio.run(session(tmp_path, reload_scenario, "--corpus", str(RURITANIA)))


async def ledger_scenario(client: LanguageClient, workspace: Path) -> None:
    ledger = workspace / "archive" / "ledger.yaml"
    draft = workspace / "budget.md"
    draft.write_text(HEAD + LINE + "\n", encoding="utf-8")
    uri = draft.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri, "markdown", 1, draft.read_text(encoding="utf-8"))
        )
    )
    await until(lambda: uri in client.diagnostics, "the failure on the draft")
    (failure,) = client.diagnostics[uri]
    assert "ledger.yaml:" in failure.message and "defined twice" in failure.message
    assert failure.related_information[0].location.uri == ledger.as_uri()
    fixed = (RURITANIA / "ledger.yaml").read_text(encoding="utf-8")
    await _save(client, ledger, fixed)
    await until(lambda: _codes(client, uri) == ["NL401"], "the draft linted after the fix")


def test_a_broken_ledger_is_shown_and_a_saved_fix_reloads(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(RURITANIA, archive)
    ledger = archive / "ledger.yaml"
    text = ledger.read_text(encoding="utf-8")
    ledger.write_text(text.replace("id: karl_brandt", "id: anna_vogel"), encoding="utf-8")
    args = ("--no-seeds", "--no-cache", "--corpus", str(archive))
    asyncio.run(session(tmp_path, ledger_scenario, *args))
