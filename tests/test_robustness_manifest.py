"""A manifest entry that dates no article is reported with the manifest's file and line.

A typo in ``file:`` (``budjet.txt``), a deleted or moved article, a path outside the corpus
folder or an entry a later manifest replaces left the article undated (or dated by another
entry) without a word, and NL403 and the archive title reader date by it (robustness probe
D11). The run goes on (a deleted article is no reason to stop linting), but each such entry is
one warning naming ``manifest.yaml:LINE``, on the in-memory and the cached-index path alike.
Two entries of one file over the same lines contradict each other: an error, as a duplicate
key is.
"""

from __future__ import annotations

import shutil

import pytest

from narrlint.errors import CorpusError
from narrlint.knowledge import indexstore
from narrlint.knowledge.corpus import load_corpus

from .conftest import RURITANIA, run_cli

HEAD = "---\ndate: 2023-01-01\n---\n"
DRAFT = HEAD + "Interim Finance Minister Anna Vogel says the deficit is falling.\n"


def corpus_with(tmp_path, manifest: str):
    folder = tmp_path / "m"
    folder.mkdir()
    for name in ("ledger.yaml", "budget.txt"):
        shutil.copy(RURITANIA / name, folder / name)
    (folder / "manifest.yaml").write_text("version: 1\narticles:\n" + manifest, "utf-8")
    return folder


def entry(file: str, date: str = "2020-03-01", extra: str = "") -> str:
    return f"  - file: {file}\n    date: {date}\n{extra}"


@pytest.mark.parametrize("cache", [False, True])
def test_the_cli_warns_of_a_mistyped_entry_with_its_line_and_lints_on(tmp_path, cache):
    corpus = corpus_with(tmp_path, entry("budget.txt") + entry("budjet.txt", "2020-04-01"))
    (tmp_path / "d.md").write_text(DRAFT, "utf-8")
    args = ["--no-seeds", "--corpus", "m", "-j", "1", "-q", "--output-format", "concise"]
    if not cache:
        args.append("--no-cache")
    for _ in range(2 if cache else 1):  # a cold index, then the index as stored
        run = run_cli(*args, "d.md", cwd=tmp_path)
        assert run.code == 1, run.stderr
        assert run.stdout.startswith("d.md:4:1: NL401"), run.stdout
        assert run.stderr == (
            "narrlint: warning: m/manifest.yaml:5: 'm/budjet.txt' is not an article of this "
            "corpus (did you mean 'm/budget.txt'?): this entry dates nothing\n"
        )
    assert corpus.is_dir()


@pytest.mark.parametrize(
    "written",
    ["gone.txt", "../../etc/hostname", "/etc/hostname", "5", "sub", "sub/", "BUDGET.TXT"],
)
@pytest.mark.parametrize("cache", [False, True])
def test_every_entry_naming_no_article_is_named(tmp_path, monkeypatch, written, cache):
    monkeypatch.setattr(indexstore, "MANIFEST_CACHE_BYTES", 0)  # kept parsed in the index
    folder = corpus_with(tmp_path, entry("budget.txt") + entry(written))
    (folder / "sub").mkdir()
    for _ in range(2 if cache else 1):
        corpus = load_corpus([str(folder)], seeds=False, cache=cache)
        assert len(corpus.warnings) == 1, corpus.warnings
        assert corpus.warnings[0].startswith(f"{folder}/manifest.yaml:5: ")
        assert "this entry dates nothing" in corpus.warnings[0]
        assert [s.date.isoformat() for s in corpus.stories] == ["2020-03-01"]


@pytest.mark.parametrize("cache", [False, True])
def test_an_entry_replaced_by_a_later_manifest_is_named(tmp_path, cache):
    folder = corpus_with(tmp_path, entry("budget.txt") + entry("sub/note.txt", "2020-01-01"))
    (folder / "sub").mkdir()
    (folder / "sub" / "note.txt").write_text("Mayor Karl Brandt visited the mill.\n", "utf-8")
    (folder / "sub" / "manifest.yaml").write_text(
        "version: 1\narticles:\n" + entry("note.txt", "2021-06-30"), "utf-8"
    )
    corpus = load_corpus([str(folder)], seeds=False, cache=cache)
    assert corpus.warnings == [
        f"{folder}/manifest.yaml:5: '{folder}/sub/note.txt' is dated by a later manifest, "
        f"{folder}/sub/manifest.yaml: this entry dates nothing"
    ]


@pytest.mark.parametrize(
    "manifest",
    [
        entry("budget.txt"),
        entry("./budget.txt"),  # the same file, written with ./
        entry("budget.txt", extra="    lines: [1, 1]\n")
        + entry("budget.txt", extra="    lines: [2, 9]\n"),  # one file, two stories
    ],
)
def test_entries_that_date_an_article_are_not_warned_about(tmp_path, manifest):
    folder = corpus_with(tmp_path, manifest)
    for cache in (False, True):
        corpus = load_corpus([str(folder)], seeds=False, cache=cache)
        assert corpus.warnings == []
        assert {s.date.isoformat() for s in corpus.stories} == {"2020-03-01"}


def test_the_seed_and_fixture_corpora_date_every_entry():
    assert load_corpus().warnings == []
    assert load_corpus([str(RURITANIA)], seeds=False).warnings == []


@pytest.mark.parametrize(
    "second, message",
    [
        ("", "'budget.txt' lines from 1 are already dated by the entry at line 3"),
        ("    lines: [5, 8]\n", "'budget.txt' lines 5-8 are already dated by the entry at line 3"),
    ],
)
def test_two_entries_dating_the_same_lines_are_an_error_with_the_line(tmp_path, second, message):
    folder = corpus_with(tmp_path, entry("budget.txt") + entry("budget.txt", "2021-01-01", second))
    for cache in (False, True):
        with pytest.raises(CorpusError) as caught:
            load_corpus([str(folder)], seeds=False, cache=cache)
        assert (caught.value.path, caught.value.line) == (f"{folder}/manifest.yaml", 5)
        assert message in caught.value.message


def test_a_manifest_given_without_its_articles_names_at_most_twenty(tmp_path):
    folder = corpus_with(tmp_path, "".join(entry(f"gone-{i}.txt") for i in range(30)))
    corpus = load_corpus([str(folder / "manifest.yaml")], seeds=False)
    assert len(corpus.warnings) == 21
    assert corpus.warnings[-1] == "10 more manifest entries date nothing"


def test_the_language_server_shows_the_warning_and_lints_on(tmp_path):
    """In the editor the warning is a message of its own (stderr is only the server log)."""
    import asyncio

    from lsprotocol import types

    from .test_workflow_lsp import TIMEOUT, open_document, session

    folder = corpus_with(tmp_path, entry("budget.txt") + entry("budjet.txt"))
    (tmp_path / "ws").mkdir()

    async def scenario(client, workspace):
        uri = await open_document(client, workspace / "d.md", DRAFT)
        assert [d.code for d in client.diagnostics[uri]] == ["NL401"]
        warnings = [m for m in client.messages if m.type == types.MessageType.Warning]
        assert [m.message for m in warnings] == [
            f"narrlint: {folder}/manifest.yaml:5: '{folder}/budjet.txt' is not an article of "
            f"this corpus (did you mean '{folder}/budget.txt'?): this entry dates nothing"
        ]

    run = session(tmp_path / "ws", scenario, "--no-seeds", "--no-cache", "--corpus", str(folder))
    asyncio.run(asyncio.wait_for(run, TIMEOUT * 2))
