"""Garbage collection paused while the session's long-lived structures are built, resumed
where articles are parsed (:mod:`narrlint.knowledge.gc_pause`, start-up perf, issue 10)."""

from __future__ import annotations

import gc

from narrlint.knowledge import corpus as corpus_module
from narrlint.knowledge import index
from narrlint.knowledge.gc_pause import collection_paused, collection_resumed

from .conftest import run_cli


def test_resumed_inside_paused_and_each_restores_the_state():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_resumed():
            assert gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with collection_resumed():
        assert gc.isenabled()
    assert gc.isenabled()


def _recording(monkeypatch, module, name: str, seen: dict[str, bool]) -> None:
    original = getattr(module, name)

    def recorded(*args, **kwargs):
        seen[name] = gc.isenabled()
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)


def test_a_paused_load_parses_the_archive_with_collection_on(archive, tmp_path, monkeypatch):
    """The command line loads its session paused: building the index must collect."""
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "cache"))
    seen: dict[str, bool] = {}
    for name in ("update", "build_pipeline", "open_index"):
        _recording(monkeypatch, index, name, seen)
    _recording(monkeypatch, corpus_module, "_index_articles", seen)
    with collection_paused():
        built = index.load_indexed_corpus([str(archive)], seeds=False)
        direct = corpus_module.load_corpus([str(archive)], seeds=False)
    assert seen == {
        "open_index": False,
        "build_pipeline": False,
        "update": True,
        "_index_articles": True,
    }
    assert gc.isenabled()
    assert built.stories and direct.stories


def test_outside_any_pause_the_loader_leaves_collection_on(archive, tmp_path, monkeypatch):
    monkeypatch.setenv("NARRLINT_CACHE_DIR", str(tmp_path / "cache"))
    seen: dict[str, bool] = {}
    _recording(monkeypatch, index, "build_pipeline", seen)
    index.load_indexed_corpus([str(archive)], seeds=False)
    assert seen == {"build_pipeline": False}  # paused for the pipeline only
    assert gc.isenabled()


def test_the_command_line_builds_and_reads_the_index_the_same(archive, tmp_path):
    env = {"NARRLINT_CACHE_DIR": str(tmp_path / "cache")}
    where = ("--no-seeds", "--corpus", str(archive), "--format", "json")
    draft = archive / "story-1.txt"
    cold = run_cli(*where, str(draft), env=env)
    warm = run_cli(*where, str(draft), env=env)
    direct = run_cli(*where, "--no-cache", str(draft), env=env)
    assert cold.code == warm.code == direct.code
    assert cold.stdout == warm.stdout == direct.stdout
