"""Robustness r20: a required ledger field written as a list or a mapping is refused.

A post's ``title: [Interim Finance Minister]`` (the ``titles: [...]`` style of offices, copied
into a post) passed ``ledger check`` with 0 errors; findings and ``ledger show`` then printed
the Python form "['Interim Finance Minister']", and ``name: [Anna Vogel]`` made the person's
entity phrase "['anna vogel']", so the person was never found in a draft. Every required text
key is now read as text, and anything else is an error naming the file, the line and the key.
"""

from __future__ import annotations

import shutil

import pytest

from .conftest import RURITANIA, run_cli


def _ledger(tmp_path, old: str, new: str):
    folder = tmp_path / "ruritania"
    shutil.copytree(RURITANIA, folder)
    ledger = folder / "ledger.yaml"
    text = ledger.read_text("utf-8")
    assert old in text
    ledger.write_text(text.replace(old, new, 1), "utf-8")
    return ledger, text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("title: Interim Finance Minister", "title: [Interim Finance Minister]", "title"),
        ("name: Anna Vogel", "name: [Anna Vogel]", "name"),
        ("office: finance_minister_ru", "office: {a: b}", "office"),
        ("- id: anna_vogel", "- id: true", "id"),
    ],
)
def test_a_required_key_that_is_not_text_fails_the_check(tmp_path, old, new, key) -> None:
    ledger, line = _ledger(tmp_path, old, new)
    run = run_cli("ledger", "check", str(ledger))
    assert run.code == 2, run.stdout
    assert f"ledger.yaml:{line}: error:" in run.stdout
    assert f".{key} must be text" in run.stdout


def test_a_numeric_id_is_still_text(tmp_path) -> None:
    ledger, _ = _ledger(tmp_path, "- id: anna_vogel", "- id: 2024")
    run = run_cli("ledger", "check", str(ledger))
    assert run.code == 0, run.stdout
