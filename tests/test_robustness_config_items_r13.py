"""A list in the config with an item of the wrong type names the item, what it is and its line.

Robustness round 13. ``ignore:`` with ``- 5`` on its fourth line, or ``exclude:`` with an
unquoted date, said ``.narrlint.yaml:2: ignore: must be a list of strings``: the key's line,
no word of which item or why (YAML had read ``5``, ``2024-01-01`` or ``NO`` as a number, a date
or false). The YAML loader now keeps the line of each list item, and the error names the item
by its number, what YAML made of it and its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.config import load_config
from narrlint.errors import ConfigError

from .conftest import RURITANIA, run_cli

CASES = [
    (
        "# desk settings\nselect: [NL4]\nignore:\n  - NL402\n  - 5\n",
        5,
        "ignore: item 2 is the number 5, not text: give rule codes or prefixes such as NL4 "
        "or NL201 (in quotes, to keep it text)",
    ),
    (
        'exclude:\n  - "*.txt"\n  - 2024-01-01\n',
        3,
        "exclude: item 2 is the date 2024-01-01, not text",
    ),
    (
        'per-file-ignores:\n  "wire/*.md":\n    - NL4\n    - [NL201]\n',
        4,
        "per-file-ignores.wire/*.md: item 2 is a list, not text: give rule codes",
    ),
    ("select: [NL4,\n  NO]\n", 2, "select: item 2 is false (a yes/no value), not text"),
    ("# corpus\ncorpus: {archive: 1}\n", 2, "corpus: must be a list of paths"),
    ("\nignore:\n", 2, "ignore: must be a list of rule codes or prefixes such as NL4 or NL201, "),
]


@pytest.mark.parametrize(("text", "line", "message"), CASES)
def test_a_bad_list_item_is_named_at_its_line(tmp_path: Path, text, line, message):
    path = tmp_path / ".narrlint.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in caught.value.message
    assert caught.value.line == line


def test_an_empty_list_key_says_it_is_empty(tmp_path: Path):
    path = tmp_path / ".narrlint.yaml"
    path.write_text("ignore:\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"not empty \(null\)"):
        load_config(path)


def test_pyproject_names_the_item_at_its_keys_line(tmp_path: Path):
    """tomllib keeps no positions: the item is named, at its key's line."""
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n\n[tool.narrlint]\nselect = ["NL4", 5]\n', "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "select: item 2 is the number 5, not text" in caught.value.message
    assert caught.value.line == 5


def test_the_json_document_places_the_error_at_the_item(tmp_path: Path):
    (tmp_path / ".narrlint.yaml").write_text("ignore:\n  - NL402\n  - 201\n", "utf-8")
    (tmp_path / "a.md").write_text("The ministry spoke.\n", encoding="utf-8")
    args = ("--no-seeds", "--corpus", str(RURITANIA), "--format", "json", "a.md")
    result = run_cli(*args, cwd=tmp_path)
    assert result.code == 2
    (error,) = result.json()["errors"]
    assert (error["path"], error["line"]) == (".narrlint.yaml", 3)
    assert error["message"].startswith("ignore: item 2 is the number 201, not text")


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ('[project]\nname = "x"\n\n[tool]\nnarrlint = 5\n', 5, "the number 5"),
        ('# settings\ntool.narrlint = "NL4"\n\n[project]\nname = "x"\n', 2, "the text 'NL4'"),
    ],
)
def test_tool_narrlint_that_is_not_a_table_is_named_at_its_line(tmp_path: Path, text, line, what):
    """It said 'configuration must be a mapping of keys to values' at line 1."""
    (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "pyproject.toml")
    assert caught.value.message.startswith("'tool.narrlint' must be a table of settings")
    assert caught.value.message.endswith(f"not {what}")
    assert caught.value.line == line


def test_a_toml_config_without_the_table_is_an_error(tmp_path: Path):
    """'--config other.toml' with no [tool.narrlint] linted with defaults, saying nothing."""
    (tmp_path / "other.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("The ministry spoke.\n", encoding="utf-8")
    result = run_cli("--no-seeds", "--config", "other.toml", "a.md", cwd=tmp_path)
    assert result.code == 2
    assert result.stdout == ""
    assert "narrlint: error: other.toml: no [tool.narrlint] table" in result.stderr
