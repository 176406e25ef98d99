"""A file literally named ``-``: the argument ``-`` is stdin, ``./-`` is the file (r18).

``-`` is stdin for narrlint as for cat, ruff and black, also after ``--`` and also when a
file of that name lies in the current folder: reading the file instead would make a script's
``... | narrlint -`` lint a stray file. The file is reached as ``./-`` (or any path naming
it), is read as Markdown like any draft without a known suffix, and ``--fix`` rewrites it.
"""

from __future__ import annotations

from .conftest import run_cli

HEAD = "---\ndate: 2024-07-01\n---\n"
STALE = "Pakistan gave undocumented foreigners until December 1, 2023 to leave the country.\n"
CLEAN = "The square was quiet on Monday.\n"


def test_dash_is_stdin_even_beside_a_file_named_dash(tmp_path) -> None:
    (tmp_path / "-").write_text(HEAD + STALE, encoding="utf-8")
    for args in (("-",), ("--", "-")):
        run = run_cli("-j", "1", "--output-format", "concise", *args, cwd=tmp_path, stdin=CLEAN)
        assert (run.code, "NL101" in run.stdout) == (0, False), run.stdout + run.stderr


def test_the_file_named_dash_is_reached_by_its_path_and_fixed(tmp_path) -> None:
    draft = tmp_path / "-"
    draft.write_text(HEAD + STALE, encoding="utf-8")
    run = run_cli("-j", "1", "--fix", "--output-format", "concise", "./-", cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr
    assert draft.read_text(encoding="utf-8") == HEAD + STALE.replace("December", "November")
