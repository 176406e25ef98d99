"""A short ``.txt`` draft wrapped without blank lines: a full line goes on in the next.

Robustness round 11, hole 1 of the brief. Every greedy wrap (``textwrap``, widths 15 to 100) of
six flagged sentences, with and without a lead sentence, was linted as ``.txt`` and compared
with the one-line draft: 4 of 210 lost their finding (``Officials estimate that 1.4 million
undocumented`` / ``Afghans remain in the country.``). In a file too short to show a wrap width,
a line with no sentence end above a capitalised one was read as a headline. A line that is no
shorter than the lines below it to the sentence's end (a wrapper fills every line but the last;
a headline is shorter than its story) goes on in the next, unless that line opens with a word
that only starts sentences (``The``, ``He``, ``In`` …).

Left as headlines, and documented: a short line of capitalised words above a longer one
(``Interior Minister`` / ``Sarfraz Bugti told them the drive would go on.``), which no wrapper
produces and which reads exactly like a kicker above its story.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from narrlint.text.prose import plain_prose

from .conftest import lint_text, run_cli

HEAD = "---\ndate: 2024-07-01\n---\n"
SENTENCES = [
    "Officials estimate that 1.4 million undocumented Afghans remain in the country.",
    "Rights groups warn that undocumented Afghan refugees face arrest.",
    "Pakistan gave undocumented foreigners until December 1, 2023 to leave the country or "
    "face deportation.",
    "Last week's bombing in Bajaur killed at least 12 people, including two children.",
    "Interior Minister Sarfraz Bugti told them the drive would go on.",
]
LEAD = "Reporters met officials in the capital on Monday. "


def _found(corpus, text: str) -> list[tuple[str, int, int]]:
    findings = lint_text(corpus, text, date=dt.date(2024, 7, 1).isoformat(), path="draft.txt")
    return sorted((f.code, f.offset, f.end_offset) for f in findings)


@pytest.mark.parametrize("lead", ["", LEAD], ids=["alone", "after-a-lead"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_wrap_from_30_to_100_keeps_the_findings_and_their_offsets(
    seed_corpus, sentence, lead
):
    one_line = lead + sentence + "\n"
    expected = _found(seed_corpus, one_line)
    assert expected
    wraps = {
        "\n".join(textwrap.wrap(one_line.strip(), width, break_on_hyphens=False)) + "\n"
        for width in range(30, 101, 5)
    } - {one_line}
    for wrapped in sorted(wraps):
        assert _found(seed_corpus, wrapped) == expected, wrapped


def test_a_wrapped_figure_keeps_its_position_in_json(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(
        HEAD + "Officials estimate that 1.4 million undocumented\nAfghans remain in the country.\n",
        encoding="utf-8",
    )
    run = run_cli("--format", "json", "--no-cache", str(draft))
    assert run.code == 1, run.stderr
    found = [
        (f["code"], f["line"], f["column"], f["end_line"], f["end_column"])
        for f in run.json()["findings"]
    ]
    assert found == [("NL302", 4, 25, 5, 8)]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # wrapped: the first line is the longer one, the story ends on the second
        ("Rights groups warn that undocumented\nAfghan refugees face arrest.\n", 1),
        # a headline above a longer story line
        ("Pakistan extends deadline for Afghans\nDecember 1 is the new date, officials said.\n", 2),
        # a headline above a shorter story line that opens a sentence
        ("Pakistan extends deadline for Afghans again\nThe cabinet decided on Monday.\n", 2),
        ("Pakistan extends deadline for Afghans again\nIn Kabul, officials welcomed it.\n", 2),
        # page furniture: the lines below close no sentence
        ("LINK: https://www.example.com/english/27500\nTAGS:\n", 2),
        ("Updated 5 minutes ago by the news desk\nFollow\n", 2),
        # a kicker of capitalised words above a longer line stays a headline (documented)
        ("Interior Minister\nSarfraz Bugti told them the drive would go on.\n", 2),
    ],
)
def test_full_lines_go_on_and_headlines_stay_apart(text, blocks):
    assert len(plain_prose(text).blocks) == blocks
