"""Alternated A/B of the corpus index build: CPU seconds of commits, not a loaded machine's wall.

``bench/run.py`` times ``narrlint corpus build`` by the wall clock, once. On a shared machine
that figure follows the load (round 20: 138 s for 1,000 articles with seven helpers running,
about 18 CPU seconds, the same as the code of 2026-12-02). This script builds the same archive
with each commit's snapshot (a fresh cache each run, so every build is from scratch) in rounds
that alternate the commits, and reports wall and CPU (user + system of the process tree)::

    python3 bench/index_ab.py 629d58e HEAD --corpus bench/out/archive-1000 --rounds 3

A snapshot is the commit's ``narrlint`` package laid out for ``PYTHONPATH`` (as ``run.py
--commit``) and byte-compiled: a stale or missing ``.pyc`` (``PYTHONDONTWRITEBYTECODE``) would
charge every run for compiling. Older commits without ``docs/rules`` are laid out without it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def snapshot(commit: str, folder: Path) -> Path:
    """``commit``'s package under ``folder/narrlint`` (``linter/`` with ``rules/`` and ``seeds/``
    inside, ``docs/rules`` as ``rule_docs`` where the commit has it), byte-compiled."""
    paths = ["linter", "rules", "seeds"]
    has_docs = subprocess.run(
        ["git", "cat-file", "-e", f"{commit}:docs/rules"], cwd=ROOT, capture_output=True
    )
    if has_docs.returncode == 0:
        paths.append("docs/rules")
    archive = subprocess.run(
        ["git", "archive", commit, *paths], cwd=ROOT, capture_output=True, check=True
    )
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    package = folder / "narrlint"
    (folder / "linter").rename(package)
    (folder / "rules").rename(package / "rules")
    (folder / "seeds").rename(package / "seeds")
    if has_docs.returncode == 0:
        (folder / "docs" / "rules").rename(package / "rule_docs")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    return folder


def build(source: Path, corpus: str, jobs: str) -> tuple[float, float]:
    """Wall and CPU seconds of one ``narrlint corpus build`` from scratch."""
    cache = tempfile.mkdtemp(prefix="narrlint-ab-cache-")
    env = {**os.environ, "PYTHONPATH": str(source), "NARRLINT_CACHE_DIR": cache, "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = [sys.executable, "-m", "narrlint", "corpus", "build", "--corpus"]
    command.append(os.path.abspath(corpus))  # the build runs outside the checkout
    if jobs:
        command += ["-j", jobs]
    run = subprocess.run(
        command, env=env, cwd=tempfile.gettempdir(), capture_output=True, text=True
    )
    if run.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({run.returncode}):\n{run.stderr}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(cache, ignore_errors=True)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="+", help="commits to compare (e.g. 629d58e HEAD)")
    parser.add_argument("--corpus", default=str(HERE / "out" / "archive-1000"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("-j", "--jobs", default="", help="workers (default: narrlint's)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="narrlint-ab-"))
    try:
        sources = {c: snapshot(c, work / f"{i}") for i, c in enumerate(args.commits)}
        runs: dict[str, list[tuple[float, float]]] = {c: [] for c in args.commits}
        for number in range(args.rounds):
            for commit, source in sources.items():
                wall, cpu = build(source, args.corpus, args.jobs)
                runs[commit].append((wall, cpu))
                print(f"round {number + 1}: {commit}: wall {wall:.2f} s, CPU {cpu:.2f} s")
        for commit, measured in runs.items():
            walls = [w for w, _ in measured]
            cpus = [c for _, c in measured]
            print(
                f"{commit}: CPU median {statistics.median(cpus):.2f} s "
                f"({min(cpus):.2f}-{max(cpus):.2f}), wall median {statistics.median(walls):.2f} s"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
