"""Robustness probe r8: an unknown rule code in the config is an error naming file AND line.

Codes are checked against the installed rules after the file is parsed, and that check had lost
the lines: ``.narrlint.yaml: ignore: unknown rule code 'NL99X'`` left a newsroom to hunt for
the key in a long config. Each key that holds codes now reports the line of the key (of the
code, for ``severity``), in ``.narrlint.yaml`` and ``pyproject.toml`` alike; the same code given
on the command line is still reported as the option, with no line of any file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.config import check_codes, load_config
from narrlint.errors import ConfigError

from .conftest import RURITANIA, run_cli

KNOWN = ["NL000", "NL001", "NL101", "NL102", "NL201", "NL301", "NL302", "NL401", "NL402"]

# (what, .narrlint.yaml, line, key in the message)
YAML = [
    ("flow list", "fail-on: error\nselect: [NL401, NL999]\n", 2, "select"),
    ("block list", "seeds: true\n\nignore:\n  - NL4\n  - nl99x\n", 3, "ignore"),
    ("comma text", "# ours\nignore: NL4, NLX1\n", 2, "ignore"),
    ("severity code", "severity:\n  NL401: info\n  NL999: error\n", 3, "severity"),
    ("severity lower case", "severity:\n  nl401: info\n\n  nl4x1: error\n", 4, "severity"),
    (
        "per-file pattern",
        "per-file-ignores:\n  'wire/*.md': [NL201]\n  'a.md': [NL401, NLX]\n",
        3,
        "per-file-ignores.a.md",
    ),
]


@pytest.mark.parametrize(("text", "line", "key"), [c[1:] for c in YAML], ids=[c[0] for c in YAML])
def test_an_unknown_code_in_yaml_names_its_line(tmp_path: Path, text, line, key) -> None:
    path = tmp_path / ".narrlint.yaml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    with pytest.raises(ConfigError) as caught:
        check_codes(config, KNOWN)
    assert caught.value.line == line, str(caught.value)
    assert caught.value.message.startswith(f"{key}: unknown rule code")


def test_an_unknown_code_in_pyproject_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "x"\n\n[tool.narrlint]\nselect = ["NL4"]\n'
        'ignore = ["NL40X"]\n\n[tool.narrlint.severity]\nNL401 = "info"\nNL9 = "error"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        check_codes(load_config(path), KNOWN)
    assert (caught.value.line, caught.value.message[:7]) == (6, "ignore:")
    path.write_text(path.read_text().replace('"NL40X"', '"NL402"'), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        check_codes(load_config(path), KNOWN)
    assert (caught.value.line, caught.value.message[:9]) == (10, "severity:")


def test_known_codes_raise_nothing(tmp_path: Path) -> None:
    """Look-alike: every key holding codes and prefixes the rules have."""
    path = tmp_path / ".narrlint.yaml"
    path.write_text(
        "select: [NL4, nl201]\nignore: NL402\nseverity: {nl401: info}\n"
        "per-file-ignores:\n  'a.md': [NL1]\n",
        encoding="utf-8",
    )
    check_codes(load_config(path), KNOWN)


def test_the_cli_names_the_config_line_and_an_option_none(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2023-01-01\n---\nAnything.\n", "utf-8")
    (tmp_path / ".narrlint.yaml").write_text("seeds: false\nignore:\n  - NL9X9\n", "utf-8")
    corpus = ("--corpus", str(RURITANIA), "-j", "1")
    run = run_cli(*corpus, "a.md", cwd=tmp_path)
    assert run.code == 2
    assert "narrlint: error: .narrlint.yaml:2: ignore: unknown rule code 'NL9X9'" in run.stderr
    (tmp_path / ".narrlint.yaml").write_text("seeds: false\n", "utf-8")
    run = run_cli(*corpus, "--ignore", "NL9X9", "a.md", cwd=tmp_path)
    assert run.code == 2 and "error: --ignore: unknown rule code 'NL9X9'" in run.stderr
