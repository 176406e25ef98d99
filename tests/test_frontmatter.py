import datetime as dt

import pytest

from narrlint.errors import InputError
from narrlint.input.frontmatter import split_front_matter


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
