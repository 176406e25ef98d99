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


# The date a file name starts with (Jekyll/Hugo posts) dates a draft without ``date:``.

from narrlint.input.filename_date import date_in_name  # noqa: E402

from .conftest import RURITANIA, run_cli  # noqa: E402

VOGEL = "Interim Finance Minister Anna Vogel says the deficit fell.\n"  # interim 2020-01 to 2021-06


@pytest.mark.parametrize(
    ("path", "day"),
    [
        ("_posts/2020-05-01-vogel-budget.md", dt.date(2020, 5, 1)),
        ("2020-05-01.md", dt.date(2020, 5, 1)),
        ("content\\2020-05-01_budget.txt", dt.date(2020, 5, 1)),
        ("2020-02-30-budget.md", None),  # not a day
        ("budget-2020-05-01.md", None),  # only a name that starts with the date
        ("20200501-budget.md", None),
        ("2020-05-01/budget.md", None),  # a folder's name is not the draft's
    ],
)
def test_date_in_name(path, day):
    assert date_in_name(path) == day


@pytest.mark.parametrize(
    ("name", "front", "stale"),
    [
        ("2020-05-01-budget.md", "", False),  # dated by its name: Vogel was interim then
        ("budget.md", "", True),  # no date at all: today
        ("2020-05-01-budget.md", "---\ndate: 2022-01-01\n---\n", True),  # front matter wins
        ("2020-02-30-budget.md", "", True),  # not a day: today
    ],
)
def test_a_post_named_after_its_day_is_dated_by_its_name(tmp_path, name, front, stale):
    (tmp_path / name).write_text(front + VOGEL, encoding="utf-8")
    run = run_cli("-j", "1", "--no-seeds", "--corpus", str(RURITANIA), name, cwd=tmp_path)
    assert run.code == (1 if stale else 0), run.stdout + run.stderr
    assert ("NL401" in run.stdout) is stale


def test_a_finding_says_the_date_came_from_the_file_name(tmp_path):
    (tmp_path / "2022-01-10-budget.md").write_text(VOGEL, encoding="utf-8")
    args = ("-j", "1", "--no-seeds", "--corpus", str(RURITANIA), "2022-01-10-budget.md")
    run = run_cli(*args, cwd=tmp_path)
    assert "this draft is dated 10 January 2022 (from its file name)" in run.stdout, run.stdout


@pytest.mark.parametrize(
    ("front", "day", "line"),
    [
        ("title: x\npubDate: 2024-03-11\n", dt.date(2024, 3, 11), 3),  # Astro
        ("publishDate: '2024-03-11T09:00:00+05:00'\n", dt.date(2024, 3, 11), 2),  # Hugo
        ("published_at: 2024-03-11 09:00:00\n", dt.date(2024, 3, 11), 2),  # Ghost
        ("date: 2023-01-01\npublishDate: 2024-03-11\n", dt.date(2024, 3, 11), 3),  # goes out
        ("published: 2024-03-11\n", dt.date(2024, 3, 11), 2),  # Hugo's alias
        ("published: true\ndate: 2024-03-11\n", dt.date(2024, 3, 11), 3),  # Jekyll's switch
        ("published: false\n", None, None),  # a switch, no date
        ("updated: 2024-03-11\n", None, None),  # another day: not the publication
    ],
)
def test_the_publication_date_keys_of_site_generators(front, day, line):
    """Astro's pubDate, Hugo's publishDate, Ghost's published_at date a draft as date does;
    before, such a draft was judged as of today without a word (round 23)."""
    front_matter = split_front_matter(f"---\n{front}---\nBody\n", "d.md")
    assert (front_matter.date, front_matter.date_line) == (day, line)


def test_two_spellings_of_one_publication_key_are_the_date_given_twice():
    with pytest.raises(InputError) as info:
        split_front_matter("---\npubDate: 2024-03-11\npubdate: 2024-03-12\n---\n", "d.md")
    assert info.value.line == 3 and "twice" in info.value.message


def test_a_draft_dated_by_pubdate_is_judged_on_that_day(tmp_path):
    (tmp_path / "budget.md").write_text("---\npubDate: 2022-01-10\n---\n" + VOGEL, "utf-8")
    run = run_cli("-j", "1", "--no-seeds", "--corpus", str(RURITANIA), "budget.md", cwd=tmp_path)
    assert "this draft is dated 10 January 2022 (from its front matter)" in run.stdout, run.stdout
