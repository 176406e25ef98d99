"""A bad value in a nested ``[tool.narrlint…]`` table of ``pyproject.toml`` is reported at its line.

Lines were found for ``[tool.narrlint]`` and its direct sub-tables only, and a header was cut
at every dot, quoted or not: a bad ``[tool.narrlint.severity.NL401]`` table or a pattern with a
dot in ``[tool.narrlint.per-file-ignores."drafts/*.md"]`` was reported at the line of another
table, or of none (robustness probe r16).
"""

from __future__ import annotations

import pytest

from narrlint.config import load_config
from narrlint.errors import ConfigError

CASES = {
    "a table under severity": (
        '[tool.narrlint.severity]\nNL401 = "info"\n\n[tool.narrlint.severity.NL101]\nx = 1\n',
        4,
        "severity.NL101",
    ),
    "a quoted pattern with dots": (
        '[tool.narrlint]\nselect = ["NL4"]\n\n[tool.narrlint.per-file-ignores]\n'
        '"*.md" = ["NL401"]\n\n[tool.narrlint.per-file-ignores."drafts/*.md"]\nx = 1\n',
        7,
        "per-file-ignores.drafts/*.md",
    ),
    "a direct sub-table (as before)": (
        '[tool.narrlint]\nselect = ["NL4"]\n\n[tool.narrlint.severity]\nNL401 = "fatal"\n',
        5,
        "severity.NL401",
    ),
}


@pytest.mark.parametrize(("text", "line", "key"), CASES.values(), ids=CASES.keys())
def test_a_bad_nested_table_is_reported_at_its_line(tmp_path, text, line, key):
    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.line == line
    assert error.value.message.startswith(f"{key}:")
