"""Robustness probe r8: a blank entry in the config is an error, not "every rule".

A blank code is a prefix of every code: ``ignore: [""]`` (or ``[" "]``, or a template rendered
empty, ``ignore: ["${EXTRA}"]``) ignored every rule, and per-file-ignores with a blank code
silenced every rule for those files: no finding, exit 0, nothing said. ``corpus: [""]`` read the
config's own folder, drafts included, as published articles. Each is now an error naming the
key, file and line; comma text with a trailing comma and '.' as a corpus stay valid.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.config import load_config
from narrlint.errors import ConfigError

from .conftest import RURITANIA, run_cli

# (config text, line, key)
BLANK = [
    ('ignore: [""]\n', 1, "ignore"),
    ("seeds: true\nignore: [' ']\n", 2, "ignore"),
    ('ignore:\n  - NL402\n  - ""\n', 1, "ignore"),
    ('select: [NL401, ""]\n', 1, "select"),
    ('severity:\n  "": info\n', 1, "severity"),
    ("per-file-ignores:\n  'wire/*': ['']\n", 2, "per-file-ignores.wire/*"),
    ("per-file-ignores:\n  '': [NL201]\n", 1, "per-file-ignores."),
    ('corpus: [""]\n', 1, "corpus"),
]


@pytest.mark.parametrize(("text", "line", "key"), BLANK)
def test_a_blank_entry_is_an_error_with_its_line(tmp_path: Path, text, line, key) -> None:
    path = tmp_path / ".narrlint.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.line == line and caught.value.message.startswith(f"{key}: holds an empty")


def test_look_alikes_stay_valid(tmp_path: Path) -> None:
    path = tmp_path / ".narrlint.yaml"
    path.write_text(
        "ignore: 'NL402, '\nselect: NL4,NL2,\ncorpus: ['.']\nexclude: ['']\n"
        "per-file-ignores:\n  'wire/*': 'NL201,'\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert (config.ignore, config.select) == (["NL402"], ["NL4", "NL2"])
    assert config.per_file_ignores == {"wire/*": ["NL201"]}


def test_the_cli_refuses_to_ignore_every_rule(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2023-01-01\n---\nAnything.\n", "utf-8")
    (tmp_path / ".narrlint.yaml").write_text("seeds: false\nignore: ['']\n", "utf-8")
    run = run_cli("--corpus", str(RURITANIA), "-j", "1", "a.md", cwd=tmp_path)
    assert run.code == 2 and ".narrlint.yaml:2: ignore: holds an empty entry" in run.stderr
