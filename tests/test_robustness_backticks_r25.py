"""A backtick typed for an apostrophe between two letters is read as the apostrophe it is.

Robustness round 25 (silent misses by input form). Wire copy often types "`" for "'"
("Kakar`s office", "chargé d`affaires"): "Vogel`s" was one token that the entity ruler never
matched, so a stale title on the name was silently not reported, in Markdown and plain text
alike, while "Vogel's", "Vogel’s" and "Vogel&#8217;s" were. The prose now reads such a backtick
as ``'``, one character for one, so the finding stands on the original characters. Look-alikes
left as they are: a backtick with no letter on one side (a code span's marks, a backtick before
a digit or after a space). Two backticks in one Markdown paragraph are a code span, as
CommonMark reads them.
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import markdown_prose, plain_prose

from .conftest import RURITANIA, ledger_corpus, lint_text

LINE = "Interim Finance Minister Anna Vogel{a}s office said the budget would pass."


@pytest.fixture(scope="module")
def vogel(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, (RURITANIA / "ledger.yaml").read_text("utf-8"))


@pytest.mark.parametrize("reader", [markdown_prose, plain_prose])
def test_the_prose_reads_a_backtick_between_letters_as_an_apostrophe_in_place(reader):
    original = "The envoy`s aide met the chargé.\n"
    prose = reader(original)
    assert prose.text == "The envoy's aide met the chargé."
    at = prose.text.index("'")
    assert prose.span_to_original(at, at + 1) == (9, 10)
    assert original[9] == "`"


@pytest.mark.parametrize("reader", [markdown_prose, plain_prose])
def test_a_backtick_without_a_letter_on_both_sides_is_left_as_written(reader):
    for original in ("Page ` 3 of the file.\n", "Page `4 of the file.\n", "Page x` y.\n"):
        assert reader(original).text == original.strip()


def test_two_in_a_plain_text_line_are_both_apostrophes():
    """In Markdown two backticks in one paragraph make a code span, as CommonMark reads them;
    a plain-text draft has no code spans."""
    original = "The envoy`s aide met the chargé d`affaires.\n"
    assert plain_prose(original).text == "The envoy's aide met the chargé d'affaires."


def test_a_code_span_stays_code():
    assert "`" not in markdown_prose("Run `narrlint` on it.\n").text
    assert "narrlint" not in markdown_prose("Run `narrlint` on it.\n").text


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_stale_title_before_a_backtick_possessive_is_reported(vogel, suffix):
    day, path = "2023-03-01", f"story{suffix}"
    plain = lint_text(vogel, LINE.format(a="'") + "\n", date=day, codes=("NL401",), path=path)
    assert [(f.code, f.start.line, f.start.column) for f in plain] == [("NL401", 1, 1)]
    text = LINE.format(a="`") + "\n"
    found = lint_text(vogel, text, date=day, codes=("NL401",), path=path)
    assert [(f.code, f.start.line, f.start.column) for f in found] == [("NL401", 1, 1)]
    assert found[0].message == plain[0].message


def test_the_same_name_while_in_office_stays_silent(vogel):
    text = LINE.format(a="`") + "\n"
    assert lint_text(vogel, text, date="2020-05-01", codes=("NL401",)) == []
