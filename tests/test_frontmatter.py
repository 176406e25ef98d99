import datetime as dt

import pytest

from narrlint.errors import InputError
from narrlint.frontmatter import split_front_matter


def test_date_is_read():
    front = split_front_matter("---\ntitle: x\ndate: 2024-03-11\n---\nBody\n", "d.md")
    assert front.date == dt.date(2024, 3, 11)
    assert front.date_line == 3


def test_invalid_yaml_names_the_line():
    with pytest.raises(InputError) as info:
        split_front_matter("---\ntitle: [unclosed\ndate: 2024-01-01\n---\n", "d.md")
    assert info.value.path == "d.md" and info.value.line and info.value.line >= 2


def test_bad_date_names_the_line():
    with pytest.raises(InputError) as info:
        split_front_matter("---\ntitle: x\ndate: next tuesday\n---\n", "d.md")
    assert info.value.line == 3
    assert "not a date" in info.value.message


def test_unclosed_front_matter():
    with pytest.raises(InputError):
        split_front_matter("---\ndate: 2024-01-01\n", "d.md")


def test_no_front_matter():
    assert split_front_matter("# Title\n", "d.md").end == 0


FRONT_MATTERS = [
    "title: 'Kabul talks'\ndate: 2024-03-11\n",
    "date: 2024-03-11T09:30:00Z\ntags: [refugees, border]\nauthor: {name: Staff}\n",
    "date: '2024-03-11'\nsummary: |\n  Two lines\n  of text\n",
    "date: 2024-02-30\n",  # impossible date: a ValueError from the constructor
    "title: [unclosed\ndate: 2024-01-01\n",
    "a:\n\tb: 1\n",  # a tab where YAML forbids it
    "- a list\n- not a mapping\n",
    "title: x\n" + "[" * 200 + "]" * 200 + "\n",
]


@pytest.mark.parametrize("body", FRONT_MATTERS)
def test_libyaml_and_pure_python_loaders_agree(body, monkeypatch):
    """Front matter is read with libyaml when PyYAML has it; results and errors (with their
    lines) are those of the pure-Python safe loader."""

    def read():
        try:
            front = split_front_matter(f"---\n{body}---\nBody\n", "d.md")
        except InputError as exc:
            return ("error", exc.message, exc.line)
        return (front.data, front.date, front.date_line, front.end)

    fast = read()
    monkeypatch.setattr("narrlint.frontmatter._LIBYAML", False)
    assert read() == fast
