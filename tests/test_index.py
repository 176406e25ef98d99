"""The persistent corpus index: same answers as the in-memory corpus, incremental, durable."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest

from narrlint import index, indexstore
from narrlint.corpus import CorpusSentence, load_corpus
from narrlint.errors import CorpusError
from narrlint.index import (
    CorpusFiles,
    IndexedCorpus,
    IndexStore,
    load_indexed_corpus,
    update,
)
from narrlint.nlp import build_pipeline

from .conftest import ROOT, RURITANIA, lint_text, run_cli

ARTICLE = """Interim Finance Minister Anna Vogel presented the budget on Monday.
The budget of 1.2 million crowns was approved on March 3, 2020.
Mayor Karl Brandt said the deadline for comments is April 1.
"""


@pytest.fixture
def archive(tmp_path) -> Path:
    """A small corpus of its own: the Ruritania ledger and manifest plus eight articles."""
    folder = tmp_path / "archive"
    shutil.copytree(RURITANIA, folder)
    for i in range(8):
        (folder / f"story-{i}.txt").write_text(ARTICLE.replace("Monday", f"day {i}"), "utf-8")
    return folder


def _load(folder: Path, **kwargs) -> IndexedCorpus:
    corpus = load_indexed_corpus([str(folder)], seeds=False, progress=lambda *_: None, **kwargs)
    assert isinstance(corpus, IndexedCorpus)
    return corpus


def _sentences(found: list[CorpusSentence]) -> list[tuple]:
    return [(s.id, s.story, s.line, s.text, s.date, s.evidence()) for s in found]


def _count_parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    original = index.parse_article

    def counting(nlp, path, display):
        parsed.append(display)
        return original(nlp, path, display)

    monkeypatch.setattr(index, "parse_article", counting)
    return parsed


# ---------------------------------------------------------------------------------------------
# Same answers


def test_indexed_seed_corpus_answers_like_the_in_memory_one(seed_corpus):
    cached = load_corpus(cache=True)
    assert isinstance(cached, IndexedCorpus)
    assert len(cached.sentences) == len(seed_corpus.sentences)
    assert list(cached.sentences) == list(seed_corpus.sentences)
    for i in (0, 7, -1):
        assert cached.sentences[i] == seed_corpus.sentences[i]
    assert cached.sentences[2:5] == seed_corpus.sentences[2:5]
    assert cached.stories == seed_corpus.stories
    assert [s.file for s in cached.stories] == [s.file for s in seed_corpus.stories]
    for story in seed_corpus.stories:
        assert cached.stories_of(story.path) == seed_corpus.stories_of(story.path)
    keys = sorted(seed_corpus.index)
    for key in keys:
        assert _sentences(cached.find(key)) == _sentences(seed_corpus.find(key)), key
    for pair in itertools.islice(itertools.combinations(keys, 2), 0, None, 7):
        assert _sentences(cached.find(*pair)) == _sentences(seed_corpus.find(*pair)), pair
    assert cached.find(("person", "nobody"), ("lemma", "deadline")) == []
    assert cached.find() == []


def test_same_findings_with_and_without_the_cache(seed_corpus):
    cached = load_corpus(cache=True)
    draft = (ROOT / "examples" / "draft.md").read_text("utf-8")
    for text in [draft, *(p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))]:
        assert lint_text(cached, text) == lint_text(seed_corpus, text)


def test_cli_output_is_the_same_with_and_without_the_cache(tmp_path):
    targets = [str(ROOT / "examples"), str(ROOT / "seeds"), str(RURITANIA / "budget.txt")]
    env = {"NARRLINT_CACHE_DIR": str(tmp_path / "cache")}
    direct = run_cli("--format", "json", "--no-cache", *targets, env=env)
    assert not (tmp_path / "cache").exists(), "--no-cache must not touch the index"
    building = run_cli("--format", "json", *targets, env=env)
    warm = run_cli("--format", "json", *targets, env=env)
    assert direct.json()["findings"], "the drafts should have findings to compare"
    assert direct.stdout == building.stdout == warm.stdout
    assert direct.code == building.code == warm.code
    assert building.stderr == warm.stderr == direct.stderr  # no progress bar off a terminal
    assert list((tmp_path / "cache").glob("corpus-*.sqlite3"))


# ---------------------------------------------------------------------------------------------
# Incremental and durable


def test_second_run_parses_nothing_and_an_edit_reindexes_only_that_file(archive, monkeypatch):
    parsed = _count_parses(monkeypatch)
    _load(archive)
    assert len(parsed) == 9  # budget.txt and eight stories
    parsed.clear()
    _load(archive)
    assert parsed == []

    edited = archive / "story-3.txt"
    edited.write_text(ARTICLE + "The treasury ran out of parchment.\n", "utf-8")
    corpus = _load(archive)
    assert parsed == [f"{archive}/story-3.txt"]
    found = corpus.find(("lemma", "parchment"))
    assert [(s.story.path, s.line) for s in found] == [(f"{archive}/story-3.txt", 4)]
    assert _sentences(found) == _sentences(load_corpus([str(archive)], seeds=False).find(
        ("lemma", "parchment")
    ))  # fmt: skip


def test_touched_but_unchanged_file_is_not_reparsed(archive, monkeypatch):
    _load(archive)
    parsed = _count_parses(monkeypatch)
    target = archive / "story-1.txt"
    target.write_text(target.read_text("utf-8"), "utf-8")  # new mtime, same bytes
    _load(archive)
    assert parsed == []


def test_new_and_removed_files(archive):
    _load(archive)
    (archive / "story-0.txt").unlink()
    (archive / "extra.txt").write_text("Finance Minister Karl Brandt resigned.\n", "utf-8")
    corpus = _load(archive)
    reference = load_corpus([str(archive)], seeds=False)
    assert [s.path for s in corpus.stories] == [s.path for s in reference.stories]
    assert list(corpus.sentences) == list(reference.sentences)
    assert not any(s.story.path.endswith("story-0.txt") for s in corpus.sentences)
    assert _sentences(corpus.find(("person", "karl_brandt"))) == _sentences(
        reference.find(("person", "karl_brandt"))
    )


def test_interrupted_build_leaves_a_usable_index(archive, monkeypatch):
    _load(archive)  # the previous index
    for i in range(8):
        (archive / f"story-{i}.txt").write_text(f"Mayor Karl Brandt opened bridge {i}.\n", "utf-8")
    monkeypatch.setattr(index, "BATCH_FILES", 2)
    files = CorpusFiles.discover([str(archive)], False, None)
    store, ledger, print_ = index.open_index(files)
    store.prepare(print_)
    plan = store.plan(files.sources.articles)
    assert len(plan.stale) == 8
    with pytest.raises(RuntimeError, match="simulated interruption"):
        update(store, plan, build_pipeline(ledger), jobs=1, fail_after=5)
    store.close()

    # Whole files only: every indexed file has all its sentences; nothing half-written.
    db = sqlite3.connect(files.database)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for file_id, count in db.execute("SELECT id, sentences FROM files"):
        stored = db.execute("SELECT count(*) FROM sentences WHERE file_id = ?", (file_id,))
        assert stored.fetchone()[0] == count
    db.close()

    parsed = _count_parses(monkeypatch)
    corpus = _load(archive)  # the next run finishes the work
    assert 0 < len(parsed) < 8, "committed batches are kept, the rest is indexed now"
    reference = load_corpus([str(archive)], seeds=False)
    assert list(corpus.sentences) == list(reference.sentences)
    assert _sentences(corpus.find(("lemma", "bridge"))) == _sentences(
        reference.find(("lemma", "bridge"))
    )


def test_large_manifest_is_kept_in_parsed_form(archive, monkeypatch):
    monkeypatch.setattr(indexstore, "MANIFEST_CACHE_BYTES", 0)
    reference = load_corpus([str(archive)], seeds=False)
    first = _load(archive)
    reads: list[str] = []
    original = indexstore.read_yaml_file
    monkeypatch.setattr(
        indexstore, "read_yaml_file", lambda p, d: reads.append(d) or original(p, d)
    )
    second = _load(archive)
    assert reads == []  # the manifest came from the index
    for corpus in (first, second):
        assert corpus.stories == reference.stories
        assert [s.file for s in corpus.stories] == [s.file for s in reference.stories]
    manifest = archive / "manifest.yaml"
    manifest.write_text(manifest.read_text("utf-8").replace("2020-03-01", "2020-03-02"))
    third = _load(archive)
    assert reads == [f"{archive}/manifest.yaml"]
    assert third.stories == load_corpus([str(archive)], seeds=False).stories


def test_ledger_change_rebuilds_the_index(archive, monkeypatch):
    _load(archive)
    ledger = archive / "ledger.yaml"
    ledger.write_text(ledger.read_text("utf-8") + "\n# edited\n", "utf-8")
    parsed = _count_parses(monkeypatch)
    _load(archive)
    assert len(parsed) == 9


def test_parallel_build_matches_a_serial_one(tmp_path, monkeypatch):
    folder = tmp_path / "big"
    shutil.copytree(RURITANIA, folder)
    for i in range(40):
        (folder / f"long-{i:02d}.txt").write_text((ARTICLE * 12).replace("day", f"d{i}"))
    serial = load_corpus([str(folder)], seeds=False)
    corpus = _load(folder, jobs=2)
    assert list(corpus.sentences) == list(serial.sentences)
    assert _sentences(corpus.find(("person", "anna_vogel"), ("lemma", "budget"))) == _sentences(
        serial.find(("person", "anna_vogel"), ("lemma", "budget"))
    )


def test_corpus_errors_are_the_same_as_without_the_index(archive):
    (archive / "broken.txt").write_bytes(b"caf\xe9\n")
    with pytest.raises(CorpusError) as direct:
        load_corpus([str(archive)], seeds=False)
    with pytest.raises(CorpusError) as cached:
        _load(archive)
    assert str(cached.value) == str(direct.value)
    (archive / "broken.txt").unlink()
    _load(archive)  # the good files were indexed meanwhile


def test_damaged_database_is_rebuilt(archive):
    corpus = _load(archive)
    assert corpus.store is not None
    path = corpus.store.path
    corpus.store.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    rebuilt = load_corpus([str(archive)], seeds=False, cache=True)
    assert isinstance(rebuilt, IndexedCorpus)
    assert len(rebuilt.sentences) == len(corpus.sentences)


def test_unusable_cache_falls_back_to_reading_the_corpus(archive, monkeypatch, capsys):
    blocker = archive.parent / "not-a-folder"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(blocker / "cache"))
    corpus = load_corpus([str(archive)], seeds=False, cache=True)
    assert not isinstance(corpus, IndexedCorpus)
    assert "corpus index unavailable" in capsys.readouterr().err


def test_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "x"))
    assert index.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("NARRLINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert index.cache_dir() == tmp_path / "xdg" / "narrlint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert index.cache_dir() == Path.home() / ".cache" / "narrlint"


def test_find_cache_stays_bounded(archive, monkeypatch):
    monkeypatch.setattr(index, "FIND_CACHE_SENTENCES", 5)
    corpus = _load(archive)
    reference = load_corpus([str(archive)], seeds=False)
    for key in [("person", "anna_vogel"), ("lemma", "budget"), ("person", "karl_brandt")] * 2:
        assert _sentences(corpus.find(key)) == _sentences(reference.find(key))
        assert corpus._found_size <= max(5, len(corpus.find(key)))


def test_store_reopens_its_connection_in_a_forked_child(archive):
    corpus = _load(archive)
    assert isinstance(corpus.store, IndexStore)
    first = corpus.store.db
    corpus.store._pid = -1  # as after fork
    assert corpus.store.db is not first
    assert corpus.find(("person", "anna_vogel"))


# ---------------------------------------------------------------------------------------------
# narrlint corpus build|status|clear


def test_corpus_status_build_and_clear(archive, tmp_path):
    env = {"NARRLINT_CACHE_DIR": str(tmp_path / "cache")}
    where = ("--no-seeds", "--corpus", str(archive))

    before = run_cli("corpus", "status", *where, env=env)
    assert before.code == 0, before.stderr
    assert "(not built)" in before.stdout
    assert "articles:  9 in the corpus, 0 indexed" in before.stdout
    assert "pending:   0 changed, 9 new, 0 removed" in before.stdout

    built = run_cli("corpus", "build", *where, env=env)
    assert built.code == 0, built.stderr
    assert "corpus index up to date: 9 files" in built.stdout
    assert built.stderr == ""  # no progress bar off a terminal

    (archive / "story-2.txt").write_text("Mayor Karl Brandt closed the bridge.\n", "utf-8")
    (archive / "story-5.txt").unlink()
    after = run_cli("corpus", "status", *where, env=env)
    assert "state:     current" in after.stdout
    assert "articles:  8 in the corpus, 9 indexed" in after.stdout
    assert "pending:   1 changed, 0 new, 1 removed" in after.stdout
    assert "indexes only those" in after.stdout

    cleared = run_cli("corpus", "clear", *where, env=env)
    assert cleared.code == 0 and "removed" in cleared.stdout
    assert "(not built)" in run_cli("corpus", "status", *where, env=env).stdout
