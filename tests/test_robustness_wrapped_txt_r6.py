"""A hard-wrapped plain-text draft without blank lines is read in sentences, not lines.

A ``.txt`` draft of one wrapped paragraph (or of wrapped paragraphs with no blank line
between them, or of two or three lines) was read as wire copy, one block per line, so a
sentence broken across lines was two and its finding was lost (robustness probe r6 D5: 61 of
the 454 flagged dev passages, wrapped at 70 columns). A line now goes on in the next where it
has no closing mark and the next starts lower-case or with a figure, or where it is full (with
the next line's first word it would pass the file's wrap width). Headlines, wire copy and
bullets keep their own blocks.
"""

from __future__ import annotations

import textwrap

import pytest

from narrlint.text.prose import plain_prose

from .conftest import lint_text, run_cli
from .test_robustness_entities_r6 import SENTENCES

LEAD = "The reporters spoke to officials in the capital on Monday about the drive."


def _findings(seed_corpus, text: str, date: str, path: str) -> list[tuple[str, int, int]]:
    head = f"---\ndate: {date}\n---\n"
    findings = lint_text(seed_corpus, head + text + "\n", path=path)
    return sorted((f.code, f.offset - len(head), f.end_offset - len(head)) for f in findings)


@pytest.mark.parametrize("width", [24, 33, 45, 60, 72])
@pytest.mark.parametrize(("date", "sentence"), SENTENCES)
def test_a_wrapped_paragraph_without_blank_lines_keeps_its_findings(
    seed_corpus, date, sentence, width
):
    paragraph = f"{LEAD} {sentence} {LEAD}"
    plain = _findings(seed_corpus, paragraph, date, "d.md")
    assert plain
    wrapped = textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)
    assert wrapped.count("\n") >= 2 and len(wrapped) == len(paragraph)  # same offsets
    assert _findings(seed_corpus, wrapped, date, "d.txt") == plain


@pytest.mark.parametrize(("date", "sentence"), SENTENCES)
def test_a_sentence_broken_once_lower_case_or_figure_goes_on(seed_corpus, date, sentence):
    """Two lines, no width to go by: the break before a lower-case word or a figure."""
    plain = _findings(seed_corpus, sentence, date, "d.txt")
    words = sentence.split(" ")
    cuts = [n for n in range(1, len(words)) if words[n][0].islower() or words[n][0].isdigit()]
    for cut in cuts:
        broken = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
        if broken.split("\n")[0][-1] in ".,;:!?":
            continue
        assert _findings(seed_corpus, broken, date, "d.txt") == plain, broken


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (
            "2023-10-05",
            "The caretaker government set a deadline of\nDecember 1 for foreigners to go.",
        ),
        ("2024-07-01", "Speaking to the\nInterior Minister Sarfraz Bugti, reporters asked."),
        (
            "2023-09-20",
            "In 2017 the state gave a one-time Afghan Citizen Card\n(ACC) to 880,000 refugees.",
        ),
    ],
)
def test_a_line_ending_in_a_word_no_sentence_ends_in_goes_on(seed_corpus, date, text):
    """Two lines, the next one capitalised: after ``of``, ``the``, or before a bracket."""
    plain = _findings(seed_corpus, text.replace("\n", " "), date, "d.md")
    assert plain
    assert _findings(seed_corpus, text, date, "d.txt") == plain


def _blocks(text: str) -> list[tuple[str, str]]:
    prose = plain_prose(text)
    return [(b.kind, prose.text[b.start : b.end]) for b in prose.blocks]


def test_wrapped_paragraphs_without_blank_lines_each_end_at_their_full_stop():
    text = textwrap.fill(f"{LEAD} {LEAD} {LEAD}", 50) + "\n" + textwrap.fill(LEAD * 2, 50)
    blocks = _blocks(text)
    assert all(kind == "paragraph" for kind, _ in blocks)
    assert all("\n" not in words for _, words in blocks)
    assert " ".join(words for _, words in blocks) == f"{LEAD} {LEAD} {LEAD} {LEAD}{LEAD}"


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # a headline above a wrapped story: shorter than the width, it stays a heading
        (
            "Deadline extended for Afghans\n" + textwrap.fill(LEAD * 3, 60),
            [("heading", "Deadline extended for Afghans"), ("paragraph", LEAD * 3)],
        ),
        # wire copy: a paragraph a line, each closed
        (
            f"{LEAD}\n{LEAD}\nThe end.",
            [("paragraph", LEAD), ("paragraph", LEAD), ("paragraph", "The end.")],
        ),
        # a headline and a one-line story: two lines give no wrap width
        (
            "Pakistan extends the deadline for Afghans to leave again\nThe move came Monday.",
            [
                ("heading", "Pakistan extends the deadline for Afghans to leave again"),
                ("paragraph", "The move came Monday."),
            ],
        ),
        # a phrasal verb's particle may end a headline
        (
            "Pakistan moves on\nThe deadline passed.",
            [("heading", "Pakistan moves on"), ("paragraph", "The deadline passed.")],
        ),
        # headings and bullets between lines
        (
            "Key points\nThe First Point\n- one item\n- another item",
            [
                ("heading", "Key points"),
                ("heading", "The First Point"),
                ("bullet", "one item"),
                ("bullet", "another item"),
            ],
        ),
        # a bullet whose sentence goes on in a lower-case line
        (
            "- the government gave them until\n  31 December to leave\n- another",
            [
                ("bullet", "the government gave them until 31 December to leave"),
                ("bullet", "another"),
            ],
        ),
    ],
)
def test_headlines_wire_copy_and_bullets_keep_their_blocks(text, blocks):
    assert _blocks(text) == blocks


def test_cli_json_finding_across_a_line_break_of_a_txt_draft(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text(
        "---\ndate: 2024-07-01\n---\n"
        "Speaking to reporters in the capital on Monday, Interior Minister\n"
        "Sarfraz Bugti said the drive against the undocumented would go on\n"
        "until the end.\n",
        encoding="utf-8",
    )
    run = run_cli("--format", "json", str(draft))
    assert run.code == 1, run.stderr
    findings = run.json()["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("NL401", 4, 49)]
    assert (findings[0]["end_line"], findings[0]["end_column"]) == (5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Undocumented foreigners have until\nDecember 1 to leave, the ministry said.\n",
        "Pakistan gave undocumented foreigners until\nDecember 1, 2023 to leave the country.\n",
        "Undocumented foreigners have until December 1,\nIslamabad said, to leave.\n",
        "ISLAMABAD —\nUndocumented foreigners have until December 1 to leave.\n",
    ],
    ids=["until", "until-year", "comma", "dash"],
)
def test_r7_a_line_ending_in_until_a_comma_or_a_dash_goes_on(text):
    """Robustness probe r7 D3: a two-line draft gives no wrap width, and a next line opening
    with a capital was read as a new block: the date was cut from its cue (NL101 lost)."""
    prose = plain_prose(text)
    assert len(prose.blocks) == 1, prose.text


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan extends deadline for Afghans\nDecember 1 is the new date, officials said.\n",
        "Deportations resume in Pakistan\nISLAMABAD (Reuters) - Officials said so.\n",
    ],
)
def test_r7_a_headline_still_keeps_its_own_block(text):
    assert len(plain_prose(text).blocks) == 2
