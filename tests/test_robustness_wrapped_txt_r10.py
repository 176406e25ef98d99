"""A short hard-wrapped ``.txt`` draft without blank lines: a line of running prose goes on.

Robustness probe r10 (hole 1 of the brief): every two-line break of six flagged sentences, with
and without a lead sentence before them, was linted as ``.txt`` and compared with the joined
sentence; 12 of 178 lost or changed their finding. In all of them the break came before a
capitalised word (``… Interior Minister`` / ``Sarfraz Bugti …``) in a file too short to show a
wrap width, so the first line was taken for a headline. A line is no headline when it is
running prose: a sentence ends inside it (``… on Monday. Interior``) or it went on from the
line before; then its open sentence goes on in the next line, whatever that starts with. The
six cases left are a first line with no sentence end in it (``Interior Minister`` /
``Sarfraz Bugti told …``), which reads exactly like a headline above its story.
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import plain_prose

from .conftest import run_cli

HEAD = "---\ndate: 2024-07-01\n---\n"


def _lint(tmp_path, text: str) -> list[tuple[str, int, int, int, int]]:
    draft = tmp_path / "draft.txt"
    draft.write_text(HEAD + text, encoding="utf-8")
    run = run_cli("--format", "json", "--no-cache", str(draft))
    assert run.code in (0, 1), run.stderr
    return [
        (f["code"], f["line"], f["column"], f["end_line"], f["end_column"])
        for f in run.json()["findings"]
    ]


def test_a_title_cut_from_its_name_after_a_sentence_on_the_same_line(tmp_path):
    text = (
        "Reporters met officials in the capital on Monday. Interior Minister\n"
        "Sarfraz Bugti told them the drive would go on.\n"
    )
    assert _lint(tmp_path, text) == [("NL401", 4, 51, 5, 14)]


def test_a_line_that_went_on_from_the_one_before_goes_on_again(tmp_path):
    text = (
        "Speaking to reporters in the capital on Monday, the\n"
        "visiting Interior Minister\n"
        "Sarfraz Bugti said the drive would go on.\n"
    )
    assert _lint(tmp_path, text) == [("NL401", 5, 10, 6, 14)]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # a caption and its credit above the story: the credit closes nothing, ends in ")"
        (
            "Ministers meet in Tibet on Thursday. (Image from X)\nThe ministers met today.\n",
            2,
        ),
        # a headline with an abbreviation is no sentence end
        ("U.S. Envoy Visits Kabul\nThe envoy arrived on Monday.\n", 2),
        ("Gen. Asim Munir meets Afghan envoy\nThe meeting was short.\n", 2),
        # page furniture after a closed line stays apart
        ("The talks ended on Monday.\nShort Url\nUpdated 12 July 2024\n", 3),
    ],
)
def test_headlines_captions_and_furniture_keep_their_blocks(text, blocks):
    assert len(plain_prose(text).blocks) == blocks


def test_a_fix_across_a_wrapped_line_of_a_txt_draft_keeps_the_line_break(tmp_path):
    """The fix of a date broken over two lines replaced the line break with a space: --fix
    joined the hard-wrapped lines (and JSON's edit said the same). Only the words change."""
    draft = tmp_path / "draft.txt"
    text = (
        "Reporters met officials on Monday. Pakistan gave undocumented foreigners until "
        "December\n1, 2023 to leave the country or face deportation.\n"
    )
    draft.write_text(HEAD + text, encoding="utf-8")
    run = run_cli("--format", "json", "--no-cache", str(draft))
    fixes = [f["fix"] for f in run.json()["findings"] if f["code"] == "NL101"]
    assert [edit["replacement"] for edit in fixes[0]["edits"]] == ["Nov"]
    run = run_cli("--fix", "--no-cache", str(draft))
    assert draft.read_text(encoding="utf-8") == HEAD + text.replace("December", "November")
