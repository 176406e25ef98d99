"""Robustness r14 hole 5: a line separator pasted into YAML is no line break.

YAML 1.1 (PyYAML and libyaml) takes NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
SEPARATOR (U+2029) for line breaks; no editor does, and LSP counts lines by ``\\n``, ``\\r\\n``
and ``\\r`` only. A title pasted from a word processor carries U+2028: the parser saw two lines,
so a plain ``title: Kabul<LS>talks`` refused the whole draft ("could not find expected ':'",
nothing linted) and every YAML error after such a character named the line below its own
(front matter, config, ledgers, manifests). They are read as the spaces YAML folds them to.
"""

from __future__ import annotations

import pytest

from narrlint.errors import CorpusError, InputError
from narrlint.input.frontmatter import split_front_matter
from narrlint.input.yamlsource import load_yaml

from .conftest import lint_text

SEPARATORS = {"line-separator": "\u2028", "paragraph-separator": "\u2029", "nel": "\x85"}
TITLE = "Caretaker Foreign Minister Jalil Abbas Jilani says Pakistan will keep pressing Kabul."


@pytest.mark.parametrize("char", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_a_plain_title_with_a_separator_is_read_and_the_draft_linted(seed_corpus, char) -> None:
    draft = f"---\ntitle: Kabul{char}talks\ndate: 2024-07-01\n---\n{TITLE}\n"
    front = split_front_matter(draft, "story.md")
    assert str(front.date) == "2024-07-01"
    findings = lint_text(seed_corpus, draft)
    assert [(f.code, f.start.line) for f in findings] == [("NL401", 5)]


@pytest.mark.parametrize("char", SEPARATORS.values(), ids=SEPARATORS.keys())
@pytest.mark.parametrize("title", ['"Kabul{c}talks"', "Kabul{c}talks"], ids=["quoted", "plain"])
def test_a_front_matter_error_names_its_own_line(char, title) -> None:
    draft = f"---\ntitle: {title.format(c=char)}\nauthor: desk\ndate: 2024-13-45\n---\nBody.\n"
    with pytest.raises(InputError) as caught:
        split_front_matter(draft, "story.md")
    assert (caught.value.line, "2024-13-45" in caught.value.message) == (4, True)


@pytest.mark.parametrize("char", SEPARATORS.values(), ids=SEPARATORS.keys())
def test_a_ledger_or_config_error_names_its_own_line(char) -> None:
    assert load_yaml(f"note: Kabul{char}talks\n", "ledger.yaml") == {"note": "Kabul talks"}
    lines = []
    for between in (" ", char):
        with pytest.raises(CorpusError) as caught:
            load_yaml(f"note: Kabul{between}talks\nfacts: [\n  a: b\nsource: x\n", "l.yaml")
        lines.append(caught.value.line)
    assert lines == [4, 4]
