"""``narrlint ledger show`` and ``check`` print for a terminal as the lint report does.

Robustness round 19 (the ``ledger`` subcommands on bad input). A ledger's text reached the
terminal as it was: a name written with YAML's ``\\e`` escape (or pasted with an ``ESC``
sequence) recoloured, cleared or retitled the terminal when ``ledger show`` printed it, and a
ledger file's name did the same in ``ledger check``'s lines. The lint report shows such
characters escaped (``\\x1b``), as do these now.
"""

from __future__ import annotations

from .conftest import run_cli

EVIL = 'version: 1\npeople:\n  - id: z\n    name: "Zoe Ev\\e[2Jil"\n    posts: []\n'


def test_ledger_show_escapes_a_name_holding_an_escape_sequence(tmp_path):
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(EVIL, encoding="utf-8")
    run = run_cli("ledger", "show", "--no-seeds", "--ledger", str(ledger), "Zoe")
    assert run.code == 0, run.stderr
    assert "\x1b" not in run.stdout
    assert "Person: Zoe Ev\\x1b[2Jil (z)" in run.stdout


def test_ledger_show_prints_a_plain_name_as_it_is(tmp_path):
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text(EVIL.replace("\\e[2J", ""), encoding="utf-8")
    run = run_cli("ledger", "show", "--no-seeds", "--ledger", str(ledger), "Zoe")
    assert run.stdout.startswith("Person: Zoe Evil (z)")


def test_ledger_check_escapes_a_file_name_in_its_diagnostics(tmp_path):
    name = "bad\x1b[2J.yaml"
    (tmp_path / name).write_text("version: 1\npeople: 5\n", encoding="utf-8")
    run = run_cli("ledger", "check", name, cwd=tmp_path)
    assert run.code == 2
    assert "\x1b" not in run.stdout + run.stderr
    assert "bad\\x1b[2J.yaml:2: error:" in run.stdout
