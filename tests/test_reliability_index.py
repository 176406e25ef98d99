"""A corpus index that fails, is unusable, or is cold (issue 14).

* Damage found only when a rule queries the index (one table's pages overwritten) is a corpus
  problem: one warning naming the cache file, the run answered from the corpus itself, the
  index rebuilt on the next run; ``corpus status`` checks integrity; ``corpus build --verify``
  repairs.
* A cache that cannot be used (a file where the folder should be, a folder where the database
  should be, a full disk) is ``narrlint: error: …`` with exit 2 for every ``corpus``
  subcommand, naming the path and SQLite's own error; linting reads the corpus directly with
  one warning.
* Runs started together on a cold cache parse the corpus once between them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from narrlint.knowledge.indexstore import CorpusFiles

from .conftest import ARTICLE, ROOT, RURITANIA, run_cli

DRAFT = (
    "---\ndate: 2023-01-01\n---\n# Budget\n\n"
    "Interim Finance Minister Anna Vogel says the deficit is falling.\n"
)


@pytest.fixture
def env(tmp_path) -> dict:
    return {"NARRLINT_CACHE_DIR": str(tmp_path / "cache")}


def database_of(archive: Path, env: dict) -> Path:
    old = os.environ.get("NARRLINT_CACHE_DIR")
    os.environ["NARRLINT_CACHE_DIR"] = env["NARRLINT_CACHE_DIR"]
    try:
        return CorpusFiles.discover([str(archive)], False, None).database
    finally:
        os.environ["NARRLINT_CACHE_DIR"] = old or ""


def lint(archive: Path, draft: Path, env: dict):
    return run_cli("--no-seeds", "--corpus", str(archive), "--format", "json", str(draft), env=env)


def overwrite_table(database: Path, table: str) -> None:
    """Overwrite every page of ``table`` (its B-tree from the root page down) with garbage,
    as a bad sector or a stray write would, leaving the rest of the file intact."""
    db = sqlite3.connect(database)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    pages = {root}
    try:  # the table's other pages, where the build has the dbstat table
        rows = db.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,)).fetchall()
        pages.update(row[0] for row in rows)
    except sqlite3.Error:
        pass
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with open(database, "r+b") as handle:
        for page in sorted(pages):
            handle.seek((page - 1) * page_size)
            handle.write(b"\xa5" * page_size)


def test_damage_found_at_query_time_is_a_corpus_warning_and_heals(archive, env, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    clean = lint(archive, draft, env)
    assert clean.code == 1, clean.stderr
    expected = clean.json()["findings"]
    assert [f["code"] for f in expected] == ["NL401"]

    database = database_of(archive, env)
    overwrite_table(database, "postings")

    damaged = lint(archive, draft, env)
    assert "NL000" not in damaged.stdout, damaged.stdout
    assert damaged.json()["findings"] == expected  # answered from the corpus itself
    assert damaged.code == 1
    (warning,) = [line for line in damaged.stderr.splitlines() if "warning" in line]
    assert str(database) in warning and "malformed" in warning

    healed = lint(archive, draft, env)  # rebuilt: no warning, same findings
    assert healed.stderr == "" and healed.json()["findings"] == expected
    status = run_cli("corpus", "status", "--no-seeds", "--corpus", str(archive), env=env)
    assert "state:     current" in status.stdout


def test_corpus_status_checks_integrity_and_build_verify_repairs(archive, env):
    where = ("--no-seeds", "--corpus", str(archive))
    assert run_cli("corpus", "build", *where, env=env).code == 0
    database = database_of(archive, env)
    overwrite_table(database, "postings")

    status = run_cli("corpus", "status", *where, env=env)
    assert status.code == 0, status.stderr
    assert "state:     damaged" in status.stdout
    assert "Traceback" not in status.stderr

    repaired = run_cli("corpus", "build", "--verify", *where, env=env)
    assert repaired.code == 0, repaired.stderr
    assert "corpus index up to date: 9 files" in repaired.stdout
    assert "state:     current" in run_cli("corpus", "status", *where, env=env).stdout
    check = sqlite3.connect(database).execute("PRAGMA quick_check").fetchone()[0]
    assert check == "ok"


# -- an unusable cache -------------------------------------------------------------------------


def _corpus(archive: Path, *args: str, env: dict):
    return run_cli("corpus", *args, "--no-seeds", "--corpus", str(archive), env=env)


@pytest.mark.parametrize("action", ["build", "status", "clear"])
def test_file_in_place_of_the_cache_folder(archive, tmp_path, action):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder\n", "utf-8")
    env = {"NARRLINT_CACHE_DIR": str(blocker / "cache")}
    run = _corpus(archive, action, env=env)
    assert run.code == 2, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith("narrlint: error: corpus index ")
    assert str(blocker) in run.stderr and "is a file, not a folder" in run.stderr


@pytest.mark.parametrize("action", ["build", "status", "clear"])
def test_folder_in_place_of_the_database(archive, env, action):
    database = database_of(archive, env)
    database.mkdir(parents=True)
    run = _corpus(archive, action, env=env)
    assert run.code == 2, (run.stdout, run.stderr)
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith(f"narrlint: error: corpus index {database}: ")
    assert "it is a folder, not a database file" in run.stderr or "folder" in run.stderr
    if action != "clear":  # SQLite's own words
        assert "unable to open database file" in run.stderr


def test_linting_with_an_unusable_cache_warns_once_and_reads_the_corpus(archive, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    blocker = tmp_path / "blocker"
    blocker.write_text("", "utf-8")
    run = lint(archive, draft, {"NARRLINT_CACHE_DIR": str(blocker / "cache")})
    assert run.code == 1, run.stderr
    assert [f["code"] for f in run.json()["findings"]] == ["NL401"]
    (warning,) = run.stderr.splitlines()
    assert warning.startswith("narrlint: warning: corpus index ") and str(blocker) in warning


def _disk_fills_up(monkeypatch) -> None:
    """SQLite's behaviour on a full disk: the statement fails with SQLITE_FULL and SQLite rolls
    the transaction back itself, so a later ROLLBACK finds none."""
    from narrlint.knowledge.indexstore import IndexStore

    def full(db, article, cache):
        db.execute("ROLLBACK")
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(IndexStore, "_insert", staticmethod(full))


def test_full_disk_names_the_real_error_in_corpus_build(archive, env, monkeypatch, capsys):
    from narrlint.frontends.corpus_cli import cmd_corpus

    monkeypatch.setenv("NARRLINT_CACHE_DIR", env["NARRLINT_CACHE_DIR"])
    _disk_fills_up(monkeypatch)
    code = cmd_corpus(["build", "--no-seeds", "--corpus", str(archive), "-j", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert "narrlint: error: corpus index " in err
    assert "database or disk is full" in err and "cannot rollback" not in err


def test_full_disk_while_linting_warns_with_the_real_error(archive, env, monkeypatch, capsys):
    from narrlint.knowledge.corpus import load_corpus

    monkeypatch.setenv("NARRLINT_CACHE_DIR", env["NARRLINT_CACHE_DIR"])
    _disk_fills_up(monkeypatch)
    corpus = load_corpus([str(archive)], seeds=False, cache=True)
    assert len(corpus.sentences) > 0
    (warning,) = capsys.readouterr().err.strip().splitlines()
    assert "database or disk is full" in warning and "cannot rollback" not in warning
    assert str(database_of(archive, env)) in warning


# -- cold caches, runs started together ----------------------------------------------------------


def parsed_count(database: Path) -> int:
    """How many articles the index has parsed and stored over its life (its own counter)."""
    db = sqlite3.connect(database)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'parsed'").fetchone()
    finally:
        db.close()
    return int(row[0]) if row else 0


def small_archive(folder: Path, articles: int = 60) -> Path:
    """A small archive: bench/make_corpus.py's, or (should that script not run with the seed
    ledger of the day) the Ruritania ledger with varied copies of one article."""
    made = subprocess.run(
        [
            *(sys.executable, str(ROOT / "bench" / "make_corpus.py"), "archive"),
            *("--articles", str(articles), "--words", "200", "--out", str(folder)),
        ],
        capture_output=True,
        timeout=300,
    )
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(RURITANIA, folder)
        for existing in folder.glob("**/*.txt"):
            existing.unlink()
        for i in range(articles):
            text = ARTICLE.replace("Monday", f"day {i}").replace("1.2", f"{i}.2")
            (folder / f"story-{i:03d}.txt").write_text(text, "utf-8")
    return folder


def test_runs_started_together_on_a_cold_cache_parse_the_corpus_once(tmp_path):
    archive = small_archive(tmp_path / "archive")
    articles = len(list(archive.glob("**/*.txt")))
    assert articles == 60
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    env = {**os.environ, "NO_COLOR": "1", "NARRLINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "narrlint", "--no-seeds", "--corpus", str(archive)]
    runs = [
        subprocess.Popen(
            [*command, "--format", "json", str(draft)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]  # a hang guard only
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode in (0, 1), err
        assert "narrlint: warning" not in err, err
    assert len({out for out, _ in outputs}) == 1  # the same findings in every run
    database = database_of(archive, {"NARRLINT_CACHE_DIR": env["NARRLINT_CACHE_DIR"]})
    assert parsed_count(database) == articles  # once in all, not once per run
    assert Path(f"{database}.lock").exists()  # the lock beside the database


def test_a_builder_that_dies_holding_the_lock_blocks_nobody(archive, env, tmp_path):
    database = database_of(archive, env)
    database.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time\n"
            f"handle = open({str(database) + '.lock'!r}, 'a+b')\n"
            "fcntl.flock(handle.fileno(), fcntl.LOCK_EX)\n"
            "print('locked', flush=True)\n"
            "time.sleep(3600)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()  # like the OOM killer: no clean-up of any kind
    holder.wait(timeout=30)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, "utf-8")
    run = lint(archive, draft, env)  # run_cli's timeout is the hang guard
    assert run.code == 1, run.stderr
    assert parsed_count(database) == 9
