"""HTML entities in a Markdown draft are read as the characters they stand for.

CMS exports and pasted HTML write ``12&nbsp;people``, ``Pakistan&rsquo;s``, ``&mdash;``,
``&amp;``. The reader dropped every entity, gluing the words around it (``12people``), so
every finding on those words vanished without a word (robustness probe r6 D1: written
between the words of the flagged dev passages, half of their findings were lost). Each
entity, named, decimal or hexadecimal, now reads as its character (a whitespace entity as a
space), and a finding keeps its exact span on the original characters, entities included.
"""

from __future__ import annotations

import re

import pytest

from narrlint.text.prose import markdown_prose

from .conftest import lint_text, run_cli

# (draft date, sentence): one finding of each family, on words a space apart.
SENTENCES = [
    ("2023-10-05", "The caretaker government set December 1 as the deadline for foreigners to go."),
    ("2023-10-05", "Undocumented foreigners have until December 1 to leave, the ministry said."),
    (
        "2023-09-20",
        "In 2017 the state gave a one-time Afghan Citizen Card (ACC) to about 880,000 refugees.",
    ),
    ("2024-07-01", "Interior Minister Sarfraz Bugti told reporters the drive would go on."),
    ("2023-02-01", "A suicide bomb in a Peshawar mosque on Monday left at least 32 dead."),
    (
        "2023-11-20",
        "Officials estimate that 1.4 million undocumented Afghans remain in the country.",
    ),
]
SPACES = {"named": "&nbsp;", "decimal": "&#160;", "hex": "&#xA0;", "ensp": "&ensp;"}


def _spans(seed_corpus, text: str, date: str) -> list[tuple[str, int, int]]:
    head = f"---\ndate: {date}\n---\n"
    findings = lint_text(seed_corpus, head + text + "\n")
    return sorted((f.code, f.offset - len(head), f.end_offset - len(head)) for f in findings)


def _moved(offset: int, sentence: str, entity: str) -> int:
    """Where ``offset`` of ``sentence`` lies once every space is written ``entity``."""
    return offset + sentence[:offset].count(" ") * (len(entity) - 1)


@pytest.mark.parametrize("entity", SPACES.values(), ids=SPACES.keys())
@pytest.mark.parametrize(("date", "sentence"), SENTENCES)
def test_space_entities_between_words_keep_every_finding_on_its_characters(
    seed_corpus, date, sentence, entity
):
    plain = _spans(seed_corpus, sentence, date)
    assert plain, "the plain sentence must be flagged for the test to mean anything"
    variant = sentence.replace(" ", entity)
    found = _spans(seed_corpus, variant, date)
    expected = [
        (code, _moved(start, sentence, entity), _moved(end - 1, sentence, entity) + 1)
        for code, start, end in plain
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("date", "sentence", "entity", "char"),
    [
        (
            "2024-07-01",
            "Pakistan's Interior Minister Sarfraz Bugti told reporters so.",
            "&rsquo;",
            "’",
        ),
        (
            "2024-07-01",
            "Pakistan's Interior Minister Sarfraz Bugti told reporters so.",
            "&#39;",
            "'",
        ),
        ("2023-02-01", "A bomb in a mosque - on Monday - left at least 32 dead.", "&#x2014;", "—"),
        (
            "2023-02-01",
            "In Peshawar & its suburbs, a suicide bomb in a mosque on Monday left 32 dead.",
            "&amp;",
            "&",
        ),
    ],
)
def test_character_entities_read_as_their_character(seed_corpus, date, sentence, entity, char):
    source = {"’": "'", "'": "'", "—": "-", "&": "&"}[char]
    variant = sentence.replace(source, entity)
    plain = _spans(seed_corpus, sentence, date)
    assert plain
    found = _spans(seed_corpus, variant, date)
    assert [code for code, *_ in found] == [code for code, *_ in plain]
    prose = markdown_prose(variant)
    assert prose.text == sentence.replace(source, char)
    for code, start, end in found:  # the span is on the variant's own characters
        assert variant[start] == sentence[next(s for c, s, _ in plain if c == code)]
        assert not variant[start:end].endswith("&")


def test_a_span_ending_on_an_entity_covers_all_of_it():
    original = "He said &ldquo;no&rdquo; twice &amp; left."
    prose = markdown_prose(original)
    assert prose.text == "He said “no” twice & left."
    start = prose.text.index("“")
    end = prose.text.index("”") + 1
    assert original[slice(*prose.span_to_original(start, end))] == "&ldquo;no&rdquo;"
    amp = prose.text.index("&")
    assert original[slice(*prose.span_to_original(amp, amp + 1))] == "&amp;"


@pytest.mark.parametrize(
    ("original", "text"),
    [
        ("12&nbsp;people", "12 people"),
        ("12 &nbsp; &#160; people", "12 people"),  # folded with the spaces beside it
        ("&nbsp;&nbsp;Indented text", "Indented text"),  # no space opens a block
        ("Fi&shy;nance and zero&#8203;width", "Finance and zerowidth"),  # invisible: nothing
        ("*Interior*&nbsp;Minister", "Interior Minister"),  # after emphasis
        ("- item&nbsp;one\n- two&#x2014;three", "item one\n\ntwo—three"),  # list items
        ("| a&nbsp;b | c |\n|---|---|\n| d&amp;e | f |", "a b\n\nc\n\nd&e\n\nf"),  # table cells
        ("> quoted&nbsp;text\nlazy&nbsp;line", "quoted text lazy line"),
        ("&ldquo;Opening quote", "“Opening quote"),  # an entity opens the block
        ("Not an entity: &nosuch; &#xZZ;", "Not an entity: &nosuch; &#xZZ;"),
        ("`code &nbsp; span` x&nbsp;y", "x y"),
    ],
)
def test_entities_in_markdown_constructs(original, text):
    prose = markdown_prose(original)
    assert prose.text == text
    for match in re.finditer(r"[^\W_]+", prose.text):  # every word maps back to itself
        start, end = prose.span_to_original(match.start(), match.end())
        assert original[start] == match.group()[0]
        assert original[end - 1] in (match.group()[-1], ";")


def test_cli_json_reports_the_finding_with_its_entity(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(
        "---\ndate: 2024-07-01\n---\n"
        "Interior&nbsp;Minister Sarfraz&#160;Bugti told reporters so.\n",
        encoding="utf-8",
    )
    run = run_cli("--format", "json", str(draft))
    assert run.code == 1, run.stderr
    findings = run.json()["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("NL401", 4, 1)]
    assert findings[0]["end_column"] == 1 + len("Interior&nbsp;Minister Sarfraz&#160;Bugti")
