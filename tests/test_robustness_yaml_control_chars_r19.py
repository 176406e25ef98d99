"""A character YAML refuses (ESC, DEL, Word's vertical-tab line break) is named at its line.

Robustness round 19 (config files with errors). PyYAML and libyaml refuse C0 and C1 control
characters anywhere in a YAML text with a ``ReaderError``, which has no line mark, only an
offset (in characters for PyYAML, in UTF-8 bytes for libyaml). So a config or ledger holding one
was reported with no line at all, and a draft's front matter with one (a title pasted from
Word, whose manual line break is a vertical tab) at line 1, the ``---`` line: the user was left
to hunt an invisible character through the whole file.
"""

from __future__ import annotations

import pytest

from narrlint.config import load_config
from narrlint.errors import NarrlintError
from narrlint.input.frontmatter import split_front_matter
from narrlint.input.yamlsource import load_yaml

REFUSED = ["\x1b", "\x0b", "\x7f", "\x1f", "\x9b"]


@pytest.mark.parametrize("char", REFUSED)
def test_front_matter_names_the_line_of_the_refused_character(char):
    text = f"---\nauthor: Zoë Müller\ndate: 2023-01-01\ntitle: Budget{char}day\n---\nBody.\n"
    with pytest.raises(NarrlintError) as caught:
        split_front_matter(text, "draft.md")
    assert caught.value.line == 4
    assert "front matter is not valid YAML" in caught.value.message


@pytest.mark.parametrize("char", REFUSED)
def test_a_corpus_yaml_file_names_the_line_of_the_refused_character(char):
    text = f"version: 1\n# Zoë Müller's notes\npeople:\n  - id: x\n    name: A{char}B\n"
    with pytest.raises(NarrlintError) as caught:
        load_yaml(text, "ledger.yaml")
    assert caught.value.line == 5


def test_a_config_names_the_line_of_the_refused_character(tmp_path):
    config = tmp_path / ".narrlint.yaml"
    config.write_text("select: [NL4]\n\nignore: ['NL1\x1b']\n", encoding="utf-8")
    with pytest.raises(NarrlintError) as caught:
        load_config(config)
    assert caught.value.line == 3


def test_a_crlf_file_counts_lines_as_an_editor_does():
    text = "version: 1\r\npeople:\r\n  - id: x\r\n    name: A\x1bB\r\n"
    with pytest.raises(NarrlintError) as caught:
        load_yaml(text, "ledger.yaml")
    assert caught.value.line == 4


def test_a_syntax_error_keeps_its_own_line():
    with pytest.raises(NarrlintError) as caught:
        split_front_matter("---\ndate: 2023-01-01\ntitle: [open\n---\nBody.\n", "draft.md")
    assert caught.value.line >= 3
    clean = split_front_matter("---\ndate: 2023-01-01\ntitle: Budget day\n---\nBody.\n", "d.md")
    assert clean.data["title"] == "Budget day"
