"""Robustness probe r7 D1: Hugo's JSON front matter gives the draft's date.

Hugo reads front matter in YAML (``---``), TOML (``+++``) and JSON (an object opening on a
line ``{`` of its own). The JSON form was read as prose: its date was passed over and the
draft judged as of today without a word ("Interim Finance Minister Anna Vogel" in a draft of
2020, when she held the post, was stale), and its keys and values were linted as text. Now
the object is front matter, its ``date`` (in any case) is the draft's date, and a broken
object is an error naming the file and line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from narrlint.errors import InputError
from narrlint.input.frontmatter import split_front_matter

from .test_robustness_frontmatter_forms import LINE, lint

FRONTS = {
    "json": '{\n  "title": "Budget",\n  "date": "2020-06-01"\n}\n',
    "json-Date-datetime": '{\n  "Date": "2020-06-01T10:00:00Z",\n  "tags": ["a", "b"]\n}\n',
    "json-crlf": '{\r\n  "date": "2020-06-01"\r\n}\r\n',
    "json-cr": '{\r  "date": "2020-06-01"\r}\r',
    "json-nested": '{\n  "params": {"x": {"y": 1}},\n  "date": "2020-06-01"\n}\n',
}


@pytest.mark.parametrize("front", FRONTS.values(), ids=FRONTS.keys())
def test_the_date_is_read_from_json_front_matter(front):
    matter = split_front_matter(front + LINE + "\n", "draft.md")
    assert matter.date == dt.date(2020, 6, 1)
    assert front.endswith(("\n", "\r")) and matter.end == len(front)


@pytest.mark.parametrize("name", ["draft.md", "draft.txt"])
def test_a_json_dated_draft_is_judged_at_its_date_and_its_lines_keep_their_numbers(tmp_path, name):
    quiet = lint(tmp_path, FRONTS["json"] + LINE + "\n", name)
    assert quiet.code == 0 and "NL401" not in quiet.stdout, quiet.stdout + quiet.stderr
    stale = '{\n  "title": "Budget",\n  "date": "2023-01-01"\n}\n'
    run = lint(tmp_path, stale + LINE + "\n", name)
    assert run.stdout.splitlines()[0].startswith(f"{name}:5:1: NL401"), run.stdout
    assert run.stdout.count("NL401") == 1  # none on the title inside the object


@pytest.mark.parametrize(
    ("front", "line", "message"),
    [
        ('{\n  "date": "2020-06-01",\n}\n', 3, "front matter is not valid JSON"),
        ('{\n  "title": "x",\n  "date": "soon"\n}\n', 3, "date 'soon' is not a date"),
        ('{\n  "date": "2020-06-01",\n  "date": "2020-06-02"\n}\n', 3, "duplicate key 'date'"),
        ('{\n  "date": "2020-06-01",\n  "Date": "2020-06-02"\n}\n', 3, "gives the date twice"),
        ('{\n  "date": "2020-06-01"\n} more\n', 3, "closing '}' must end its line"),
        ('{\n  "date": "2020-06-01"\n\n', 4, "front matter is not valid JSON"),  # at the text
    ],
    ids=["syntax", "not-a-date", "duplicate", "date-and-Date", "tail", "unclosed"],
)
def test_broken_json_front_matter_is_an_error_with_its_line(front, line, message):
    with pytest.raises(InputError) as caught:
        split_front_matter(front + LINE + "\n", "draft.md")
    assert caught.value.line == line and message in str(caught.value), str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        '{{< figure src="x.png" >}}\n' + LINE + "\n",  # a Hugo shortcode
        "{% include note.html %}\n" + LINE + "\n",  # a Liquid tag
        '{"date": "2020-06-01"}\n' + LINE + "\n",  # an object not opened on a line of its own
        'Intro.\n{\n  "date": "2020-06-01"\n}\n' + LINE + "\n",  # not the first line
    ],
    ids=["shortcode", "liquid", "one-line", "later"],
)
def test_other_braces_are_not_front_matter(text):
    matter = split_front_matter(text, "draft.md")
    assert matter.end == 0 and matter.date is None
