"""Robustness probe r8: a config or baseline saved in another encoding is an error a newsroom
can act on, with its line.

Drafts saved as UTF-16 (Windows Notepad), Latin-1 or with NUL bytes were refused with a plain
message and a line since round 3; a ``.narrlint.yaml``, ``pyproject.toml`` or baseline in the
same state was refused with Python's codec jargon and no line ("'utf-8' codec can't decode
byte 0xff in position 0: invalid start byte"). They are now decoded as drafts are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narrlint.config import load_config
from narrlint.errors import ConfigError
from narrlint.output.baseline import Baseline

CONFIG = "# house rules: café style\nselect: [NL401]\n"
BASELINE = json.dumps({"narrlint_baseline": 1, "findings": []}, indent=2).replace(
    '"findings"', '"note": "café",\n  "findings"'
)

# (what, encode, line, words)
ENCODINGS = [
    ("UTF-16 with a BOM", lambda t: t.encode("utf-16"), 1, "UTF-16 encoded"),
    ("UTF-16 without a BOM", lambda t: t.encode("utf-16-le"), 1, "looks UTF-16"),
    ("Latin-1", lambda t: t.encode("latin-1"), None, "not valid UTF-8 (byte 0xe9"),
    ("a NUL byte", lambda t: t.encode() + b"\x00\n", None, "NUL"),
]


def _line(text: str, words: str) -> int:
    """Line of the é (Latin-1) or of the end (NUL) in ``text``."""
    if "NUL" in words:
        return text.count("\n") + 1
    return text[: text.index("é")].count("\n") + 1


@pytest.mark.parametrize(
    ("encode", "line", "words"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS]
)
@pytest.mark.parametrize("name", [".narrlint.yaml", "pyproject.toml"])
def test_a_config_in_another_encoding_names_its_line(tmp_path: Path, name, encode, line, words):
    text = CONFIG if name.endswith("yaml") else "[tool.narrlint]\n" + CONFIG.replace(": [", " = [")
    path = tmp_path / name
    path.write_bytes(encode(text))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert words in caught.value.message and "codec" not in caught.value.message
    assert caught.value.line == (line or _line(text, words))


@pytest.mark.parametrize(
    ("encode", "line", "words"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS]
)
def test_a_baseline_in_another_encoding_names_its_line(tmp_path: Path, encode, line, words):
    path = tmp_path / "baseline.json"
    path.write_bytes(encode(BASELINE))
    with pytest.raises(ConfigError) as caught:
        Baseline.load(path)
    assert words in caught.value.message and "codec" not in caught.value.message
    assert caught.value.line == (line or _line(BASELINE, words))


def test_utf8_with_or_without_a_bom_loads(tmp_path: Path) -> None:
    """Look-alikes: the same files in UTF-8, with and without a BOM."""
    for bom in ("", "\ufeff"):
        config = tmp_path / ".narrlint.yaml"
        config.write_text(bom + CONFIG, encoding="utf-8")
        assert load_config(config).select == ["NL401"]
        baseline = tmp_path / "baseline.json"
        baseline.write_text(bom + BASELINE, encoding="utf-8")
        assert not Baseline.load(baseline).counts
