"""``narrlint lsp`` end to end: a real LSP client (pytest-lsp, built on pygls) drives the server
over stdio: initialize, didOpen, diagnostics, code actions, didChange, didSave, shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pytest_lsp.client import LanguageClient, make_test_lsp_client

from narrlint.frontends.lsp import Linting, ServerOptions
from narrlint.frontends.lsp_positions import PositionMap, code_units
from narrlint.model import Evidence, Finding, Position, Severity

from .conftest import RURITANIA

HEAD = "---\ndate: 2023-01-01\n---\n# Budget\n\n"
# Two emoji (non-BMP: two UTF-16 code units each) before the finding on the same line.
LINE = "Budget day 🎉🎉: Interim Finance Minister Anna Vogel says the deficit is falling."
FIXED = "Budget day 🎉🎉: former interim Finance Minister Anna Vogel says the deficit is falling."
TIMEOUT = 120.0


def test_code_units_and_positions() -> None:
    assert code_units("a🎉é", "utf-16") == 4
    assert code_units("a🎉é", "utf-8") == 7
    assert code_units("a🎉é", "utf-32") == 3
    text = "x\r\n🎉🎉 Interim\rlast"
    positions = PositionMap(text)
    offset = text.index("Interim")
    assert positions.position(offset) == types.Position(line=1, character=5)
    assert positions.offset(types.Position(line=1, character=5)) == offset
    assert PositionMap(text, "utf-8").position(offset) == types.Position(line=1, character=9)
    assert PositionMap(text, "utf-32").position(offset) == types.Position(line=1, character=3)
    assert positions.position(text.index("last")) == types.Position(line=2, character=0)


def test_seed_evidence_points_at_installed_files() -> None:
    state = Linting(server=None, options=ServerOptions())
    from narrlint.frontends import lsp

    lsp._severities()
    finding = Finding(
        "d.md",
        Position(1, 1),
        Position(1, 2),
        "NL401",
        "stale-title",
        Severity.ERROR,
        "m",
        "x",
        evidence=(Evidence("seeds/ledger.yaml", 3, "entry"), Evidence("gone.yaml", 1, "lost")),
        offset=0,
        end_offset=1,
    )
    diagnostic = state.diagnostic(finding, PositionMap("x\n"))
    (related,) = diagnostic.related_information
    target = Path(unquote(urlparse(related.location.uri).path))
    assert target.name == "ledger.yaml" and target.is_file()
    assert target.parent.name == "seeds" and related.location.range.start.line == 2
    # Evidence whose file cannot be found stays in the message.
    assert diagnostic.message == 'm\nevidence: gone.yaml:1 "lost"'


async def until(condition: Callable[[], bool], what: str) -> None:
    deadline = asyncio.get_running_loop().time() + TIMEOUT
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def apply_utf16_edits(text: str, edits: list[types.TextEdit]) -> str:
    """What an editor does with a WorkspaceEdit: UTF-16 positions back to characters."""
    positions = PositionMap(text)
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character))[::-1]:
        start = positions.offset(edit.range.start)
        end = positions.offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


async def session(workspace: Path, scenario=None, *args: str) -> None:
    """Start ``narrlint lsp`` (with ``args``; default: the Ruritania corpus alone), run the
    scenario, then shutdown and exit."""
    scenario = scenario or ruritania_scenario
    args = args or ("--no-seeds", "--corpus", str(RURITANIA))
    client: LanguageClient = make_test_lsp_client()
    command = [sys.executable, "-m", "narrlint", "lsp", *args]
    await client.start_io(*command)
    try:
        result = await client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=workspace.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="news")],
            )
        )
        assert result.server_info.name == "narrlint"
        assert result.capabilities.code_action_provider is not None
        await scenario(client, workspace)
        # shutdown, exit, and the server process ends (shutdown_session waits for it).
        await asyncio.wait_for(client.shutdown_session(), 60)
    finally:
        if client.capabilities is not None and client._server and client._server.returncode is None:
            with contextlib.suppress(Exception):  # a failed test must not hang on a live server
                await asyncio.wait_for(client.shutdown_session(), 30)
        await asyncio.wait_for(client.stop(), 30)


async def open_document(client: LanguageClient, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=1, text=text
            )
        )
    )
    await until(lambda: uri in client.diagnostics, "diagnostics after didOpen")
    return uri


async def actions_for(
    client: LanguageClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )


async def ruritania_scenario(client: LanguageClient, workspace: Path) -> None:
    path = workspace / "budget.md"
    text = HEAD + LINE + "\n"
    uri = await open_document(client, path, text)  # didOpen → diagnostics
    (diagnostic,) = client.diagnostics[uri]
    assert diagnostic.code == "NL401" and diagnostic.source == "narrlint"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    # The rule's message, as the command line prints it (the evidence is related information).
    assert diagnostic.message == (
        'Write "former interim Finance Minister": Anna Vogel left the post on 30 June 2021'
    )
    assert diagnostic.data == {
        "rule": "stale-title",
        "fix": 'write "former interim Finance Minister"',  # after "Budget day 🎉🎉:"
    }
    # The code links the rule's help page, installed with narrlint.
    page = Path(unquote(urlparse(diagnostic.code_description.href).path))
    assert page.name == "NL401.md" and page.read_text(encoding="utf-8").startswith("# NL401 ")
    # "Interim" is character 15 of the line (0-based, code points) but 17 UTF-16 units in.
    assert LINE.index("Interim") == 15
    finding_text = "Interim Finance Minister Anna Vogel"
    assert diagnostic.range == types.Range(
        start=types.Position(line=5, character=17),
        end=types.Position(line=5, character=17 + len(finding_text)),
    )
    (evidence, *_) = diagnostic.related_information
    ledger = Path(unquote(urlparse(evidence.location.uri).path))
    assert ledger == RURITANIA / "ledger.yaml"
    quoted = ledger.read_text(encoding="utf-8").splitlines()[evidence.location.range.start.line]
    assert "Vogel" in quoted or "vogel" in quoted.lower()

    # Code actions for the diagnostic: the fix, a silencing comment, fix all.
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    titles = [a.title for a in actions]
    fix, silence, fix_all = actions
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred, titles
    assert fix.title == 'write "former interim Finance Minister" (NL401)'
    assert fix.diagnostics[0].code == "NL401"
    assert apply_utf16_edits(text, fix.edit.changes[uri]) == HEAD + FIXED + "\n"
    assert silence.title == "Silence NL401 on this line"
    silenced = apply_utf16_edits(text, silence.edit.changes[uri])
    assert silenced == HEAD + LINE + " <!-- narrlint-disable-line NL401 -->\n"
    assert fix_all.kind == "source.fixAll.narrlint"

    # didChange (incremental, UTF-16 range) to the fixed text → no diagnostics.
    del client.diagnostics[uri]
    edit = fix.edit.changes[uri][0]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            ],
        )
    )
    await until(lambda: uri in client.diagnostics, "diagnostics after didChange")
    assert list(client.diagnostics[uri]) == []

    # didChange to a silenced draft, then didSave → published again, still clean.
    del client.diagnostics[uri]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=silenced)],
        )
    )
    path.write_text(silenced, encoding="utf-8")
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await until(lambda: uri in client.diagnostics, "diagnostics after didSave")
    assert list(client.diagnostics[uri]) == []


def test_language_server_session(tmp_path: Path) -> None:
    asyncio.run(asyncio.wait_for(session(tmp_path), TIMEOUT * 2))


# ---------------------------------------------------------------------------------------------
# Every kind of fix the rules offer, as a quick fix in the editor (issue 13), on the seed corpus

KINDS_HEAD = "---\ndate: 2025-06-15\n---\n"
KINDS = [
    # (code, message, line before, line after the quick fix)
    ("NL401", 'Write "former caretaker Prime Minister": Anwaar-ul-Haq Kakar left the post on '
     "4 March 2024",
     "QUETTA — Caretaker Prime Minister Anwaar-ul-Haq Kakar says the talks go on.",
     "QUETTA — Former caretaker Prime Minister Anwaar-ul-Haq Kakar says the talks go on."),
    ("NL401", 'Write "former caretaker PM": Anwaar-ul-Haq Kakar left the post on 4 March 2024',
     "In Quetta, Caretaker PM Anwaar-ul-Haq Kakar says so.",
     "In Quetta, former caretaker PM Anwaar-ul-Haq Kakar says so."),
    ("NL401", 'Write "Field Marshal": Syed Asim Munir has held that rank since 20 May 2025',
     "General Asim Munir visited the troops on Monday.",
     "Field Marshal Asim Munir visited the troops on Monday."),
    ("NL402", 'Remove "Caretaker": Shehbaz Sharif was never a caretaker Prime Minister',
     "Caretaker Prime Minister Shehbaz Sharif chaired the meeting.",
     "Prime Minister Shehbaz Sharif chaired the meeting."),
    ("NL101", 'Write "November 1, 2023": the deadline for undocumented Afghans to leave was '
     "1 November 2023",
     "Islamabad told undocumented Afghans to leave by December 1, 2023.",
     "Islamabad told undocumented Afghans to leave by November 1, 2023."),
    ("NL301", 'Write "undocumented Afghans": undocumented Afghans have no refugee status and no '
     "valid documents",
     "Police detained undocumented Afghan refugees in Karachi.",
     "Police detained undocumented Afghans in Karachi."),
    ("NL001", "unused suppression: NL201 silenced nothing here",
     "<!-- narrlint-disable-next-line NL201 -->\nThe weather was fine.",
     "The weather was fine."),
]  # fmt: skip


async def kinds_scenario(client: LanguageClient, workspace: Path) -> None:
    paragraphs = [before for _, _, before, _ in KINDS]
    text = KINDS_HEAD + "\n\n".join(paragraphs) + "\n"
    uri = await open_document(client, workspace / "kinds.md", text)
    diagnostics = sorted(client.diagnostics[uri], key=lambda d: d.range.start.line)
    assert [(d.code, d.message) for d in diagnostics] == [(c, m) for c, m, _, _ in KINDS]
    for number, (diagnostic, (code, _, _, after)) in enumerate(
        zip(diagnostics, KINDS, strict=True)
    ):
        fix, *others = await actions_for(client, uri, diagnostic)
        assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred, code
        assert fix.diagnostics[0].code == code
        fixed = apply_utf16_edits(text, fix.edit.changes[uri])
        expected = [*paragraphs[:number], after, *paragraphs[number + 1 :]]
        assert fixed == KINDS_HEAD + "\n\n".join(expected) + "\n", code
        silence = [a.title for a in others if a.title.startswith("Silence")]
        assert silence == ([] if code == "NL001" else [f"Silence {code} on this line"])
    # "Fix all" applies every one of them.
    (fix_all,) = [
        a for a in await actions_for(client, uri, diagnostics[0]) if a.kind == FIX_ALL_KIND
    ]
    everything = KINDS_HEAD + "\n\n".join(after for _, _, _, after in KINDS) + "\n"
    assert apply_utf16_edits(text, fix_all.edit.changes[uri]) == everything


FIX_ALL_KIND = "source.fixAll.narrlint"


def test_every_fix_kind_is_a_quick_fix(tmp_path: Path) -> None:
    # NL001 is reported when the config selects it by name, as on the command line.
    (tmp_path / ".narrlint.yaml").write_text("select: [NL, NL001]\n", encoding="utf-8")
    asyncio.run(
        asyncio.wait_for(session(tmp_path, kinds_scenario, "--date", "2025-06-15"), TIMEOUT * 2)
    )
