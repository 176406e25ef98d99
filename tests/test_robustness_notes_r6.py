"""Citation and footnote markers beside a word hide no finding and move none.

Copy from Wikipedia, a report or a GitHub page carries note markers glued to the words
(``Afghans[5]``, ``2023[4]``, ``killed[3]``, ``Minister[1]``, ``[^1]``). The tokenizer read
``Afghans[5`` as one word, and a spaced marker stood between the words (``32 [3] dead`` was
read as a toll of 3), so the finding on those words was lost or wrong (robustness probe r6
D2). A marker is a gap in the prose, as markup is, in Markdown and in plain text; a finding
keeps its span on the original characters.
"""

from __future__ import annotations

import re

import pytest

from narrlint.text.prose import markdown_prose, plain_prose

from .conftest import lint_text, run_cli
from .test_robustness_entities_r6 import SENTENCES

MARKERS = {
    "number": "[5]",
    "two numbers": "[12][13]",
    "footnote": "[^1]",
    "named footnote": "[^note-2]",
    "letter": "[a]",
    "spaced number": " [7]",
}
WORD_END = re.compile(r"[^\W_](?=\s|[,.;:!?)]+(?:\s|$)|$)")  # not inside 1.4 or 880,000


def _findings(seed_corpus, text: str, date: str, path: str) -> list[tuple[str, int, int]]:
    head = f"---\ndate: {date}\n---\n"
    findings = lint_text(seed_corpus, head + text + "\n", path=path)
    return sorted((f.code, f.offset - len(head), f.end_offset - len(head)) for f in findings)


def _marked(sentence: str, marker: str) -> tuple[str, list[int]]:
    """``sentence`` with ``marker`` after every word, and where each of its characters went."""
    out: list[str] = []
    where: list[int] = []
    ends = {m.end() for m in WORD_END.finditer(sentence)}
    length = 0
    for i, char in enumerate(sentence):
        if i in ends:
            out.append(marker)
            length += len(marker)
        where.append(length)
        out.append(char)
        length += 1
    if len(sentence) in ends:
        out.append(marker)
    where.append(length)
    return "".join(out), where


@pytest.mark.parametrize("path", ["d.md", "d.txt"])
@pytest.mark.parametrize("marker", MARKERS.values(), ids=MARKERS.keys())
@pytest.mark.parametrize(("date", "sentence"), SENTENCES)
def test_a_marker_after_every_word_keeps_every_finding_on_its_words(
    seed_corpus, date, sentence, marker, path
):
    plain = _findings(seed_corpus, sentence, date, path)
    assert plain
    variant, where = _marked(sentence, marker)
    expected = [(code, where[start], where[end - 1] + 1) for code, start, end in plain]
    assert _findings(seed_corpus, variant, date, path) == expected


@pytest.mark.parametrize("reader", [markdown_prose, plain_prose])
@pytest.mark.parametrize(
    ("original", "text"),
    [
        ("left 32 [3] dead.", "left 32 dead."),  # not a toll of 3
        ("in the country.[5][6] The next", "in the country. The next"),
        ("until December 1, 2023[4], to leave", "until December 1, 2023, to leave"),
        ('"We will go,"[2] he said.', '"We will go," he said.'),
        # look-alikes: brackets that are words, not notes
        ("said [the minister] would go", "said [the minister] would go"),
        ("the list [a] of", "the list [a] of"),
        ("a range [1-3] and [2023]", "a range [1-3] and [2023]"),
        ("[Update] The ministry said", "[Update] The ministry said"),
        ("(see [here]) and [x]", "(see [here]) and [x]"),
    ],
)
def test_markers_are_gaps_and_bracketed_words_stay(reader, original, text):
    assert reader(original).text == text


@pytest.mark.parametrize(
    ("original", "text"),
    [
        ("Afghans[5] remain.\n\n[5]: https://example.org/note", "Afghans remain."),
        ("Afghans[[5]](#cite_note-5) remain.", "Afghans remain."),
        ("Afghans<sup>[5]</sup> remain.", "Afghans remain."),
        # a bare number in <sup> is a marker too, not a number beside the words
        ("64 people<sup>5</sup> were killed.", "64 people were killed."),
        ('64 people<sup><a href="#fn1">1</a></sup> were killed.', "64 people were killed."),
        ("64 people<SUP class=note>[2]</SUP> were killed.", "64 people were killed."),
        ("Afghans[a](#note-a) remain.", "Afghans remain."),
        ("Read [the report](https://example.org) now.", "Read the report now."),
        ("Read [5](https://example.org) now.", "Read 5 now."),  # a link, not glued: words
    ],
)
def test_linked_markdown_markers(original, text):
    assert markdown_prose(original).text == text


@pytest.mark.parametrize(
    ("original", "kept"),
    [("the 1<sup>st</sup> phase", "st"), ("H<sub>2</sub>O", "2"), ("<sup>Update</sup>", "Update")],
)
def test_html_that_is_not_a_marker_stays_text(original, kept):
    """A <sup> holding a word (an ordinal's ending) and a <sub> are not footnote markers."""
    assert kept in markdown_prose(original).text.split()


def test_cli_json_reports_the_finding_through_a_glued_marker(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text(
        "---\ndate: 2024-07-01\n---\nInterior Minister[1] Sarfraz Bugti[2] told reporters so.\n",
        encoding="utf-8",
    )
    run = run_cli("--format", "json", str(draft))
    assert run.code == 1, run.stderr
    findings = run.json()["findings"]
    assert [(f["code"], f["line"], f["column"]) for f in findings] == [("NL401", 4, 1)]
    assert findings[0]["end_column"] == 1 + len("Interior Minister[1] Sarfraz Bugti")
