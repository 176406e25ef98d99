"""An inline tag right before punctuation leaves no space before it in the prose.

Robustness round 11, hole 3 of the brief. A gap that markup leaves in the prose became a space
whenever it held a tag, so ``told <b>them</b>.`` read ``told them .`` and ``<sup>1</sup>.4
million`` read ``1 .4 million``: the figure was lost (3 of 60 tag placements before punctuation
in eight flagged passages lost their finding) and the text read unnaturally. A space a tag alone
puts before closing punctuation or an apostrophe, or after an opening bracket or quote, is left
out; a gap with whitespace in it, and a tag between two words, still part them. Positions stay
those of the original file.
"""

from __future__ import annotations

import pytest

from narrlint.text.prose import draft_prose

from .conftest import run_cli

HEAD = "---\ndate: 2024-07-01\n---\n"


@pytest.mark.parametrize("tag", ["b", "em", 'a href="https://example.com/x"', "span", "Tip"])
@pytest.mark.parametrize(
    ("source", "prose"),
    [
        ("Bugti told <T>them</T>. Then he left.", "Bugti told them. Then he left."),
        ("Bugti told <T>them</T>, and left!", "Bugti told them, and left!"),
        ("They asked <T>why</T>? He said <T>no</T>; then <T>yes</T>:", None),
        ("It was (<T>briefly</T>) closed.", "It was (briefly) closed."),
        ("<T>Pakistan</T>'s and <T>Kabul</T>’s envoys", "Pakistan's and Kabul’s envoys"),
        ("He called it “<T>final</T>”.", "He called it “final”."),
        ("Officials estimate <T>1</T>.4 million", "Officials estimate 1.4 million"),
    ],
)
def test_no_space_between_a_tag_and_the_punctuation_beside_it(tag, source, prose):
    name = tag.split()[0]
    text = source.replace("<T>", f"<{tag}>").replace("</T>", f"</{name}>") + "\n"
    got = draft_prose(text, "draft.mdx" if name == "Tip" else "draft.md").text
    expected = prose or source.replace("<T>", "").replace("</T>", "")
    assert got == expected


@pytest.mark.parametrize(
    ("source", "prose"),
    [
        ("Bugti told <b>them</b> . Then", "Bugti told them . Then"),  # the space is written
        ("Bugti told them<br>there.", "Bugti told them there."),  # a tag between words
        ("Bugti told them<span>x</span>.", "Bugti told them x."),
        ("Run the `narrlint` tool.", "Run the tool."),  # inline code, not prose
    ],
)
def test_written_spaces_and_tags_between_words_still_part_them(source, prose):
    assert draft_prose(source + "\n", "draft.md").text == prose


def test_findings_beside_tagged_punctuation_keep_their_positions(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        HEAD + "Officials estimate that <b>1</b>.4 million undocumented Afghans remain in the "
        "<em>country</em>.\n\nInterior Minister <strong>Sarfraz Bugti</strong>, who spoke, told "
        '<a href="x">them</a>.\n',
        encoding="utf-8",
    )
    run = run_cli("--format", "json", "--no-cache", str(draft))
    assert run.code == 1, run.stderr
    found = [
        (f["code"], f["line"], f["column"], f["end_line"], f["end_column"])
        for f in run.json()["findings"]
    ]
    assert found == [("NL302", 4, 28, 4, 64), ("NL401", 6, 1, 6, 40)]
