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


@pytest.mark.parametrize(
    ("front", "line", "needle"),
    [
        ("title: x\ndate: 2023-01-01\nupdated: 2023-02-30\n", 4, "'2023-02-30' is not a valid"),
        ("date: 2023-01-01\ncount: " + "1" * 5000 + "\n", 3, "integer of 5000 digits"),
        ("date: 2023-01-01\nmeta:\n  seen:\n    - 2023-13-01\n", 5, "'2023-13-01' is not"),
        ("{title: x,\n date: 2023-01-01,\n edited: 2023-04-31}\n", 4, "'2023-04-31' is not"),
        ("date: 2023-02-30\n", 2, "'2023-02-30' is not a valid date"),
        ("note: |\n  date: 2023-01-01\ndate: soon\n", 4, "date 'soon' is not a date"),
    ],
    ids=["other-key", "long-int", "nested", "flow", "date-itself", "date-after-block"],
)
def test_a_bad_value_is_blamed_on_its_own_line(front, line, needle):
    """Robustness probe D10: the impossible value of any key (not only 'date:') is reported at
    the line that holds it, not at the line of 'date:' (or line 1)."""
    with pytest.raises(InputError) as info:
        split_front_matter(f"---\n{front}---\nText.\n", "d.md")
    assert (info.value.path, info.value.line) == ("d.md", line)
    assert "front matter has an impossible value" in info.value.message or "soon" in needle
    assert needle in info.value.message


def test_the_date_line_is_the_line_of_the_date_key():
    front = split_front_matter("---\nnote: |\n  date: x\n\ndate: 2024-03-11\n---\nBody\n", "d.md")
    assert (front.date, front.date_line) == (dt.date(2024, 3, 11), 5)
    front = split_front_matter("---\r\ntitle: x\r\ndate: 2024-03-11\r\n---\r\nBody\r\n", "d.md")
    assert front.date_line == 3
