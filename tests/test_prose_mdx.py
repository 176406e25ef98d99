"""MDX drafts: ESM, ``{expressions}`` and JSX tags are code, the prose keeps its positions.

Robustness probe r10 (hole 2 of the brief): an ``.mdx`` draft was read as CommonMark, so an
``export const meta = {title: "Caretaker Foreign Minister …"}`` line, a JSX component's
``caption="…"`` and an MDX comment ``{/* … killed at least 12 people */}`` were linted as
prose (three findings on code in the probe draft) and an expression between two sentences
was read as words of them.
"""

from __future__ import annotations

import pytest

from narrlint.input.frontmatter import split_front_matter
from narrlint.text.mdx import mdx_code_ranges
from narrlint.text.prose import draft_prose, markdown_prose

from .conftest import run_cli
from .linearity import growth

DRAFT = """---
date: 2024-07-01
---
import Chart from '../components/Chart'
import { Note } from './caretaker-minister'
export const meta = { title: "Caretaker Foreign Minister Jalil Abbas Jilani", killed: 12 }

# Story

The talks went on. {props.note} Caretaker Foreign Minister Jalil Abbas Jilani met them.

<Chart data={[1, 2]} caption="Caretaker Foreign Minister Jalil Abbas Jilani" />

{/* a comment: the bombing killed at least 12 people */}

<Callout kind="warn">Twelve people were killed in Bajaur.</Callout>

Text with {"Interior Minister Sarfraz Bugti"} inline, and `{code}` stays code.

```js
const x = { a: 1 };
```

export default function Layout({children}) {

  return <div>{children}</div>
}
"""


def _blocks(text: str, path: str = "story.mdx") -> list[str]:
    prose = draft_prose(text, path, split_front_matter(text, path).end)
    return [prose.text[b.start : b.end] for b in prose.blocks]


def test_esm_expressions_and_jsx_tags_are_not_prose():
    assert _blocks(DRAFT) == [
        "Story",
        "The talks went on. Caretaker Foreign Minister Jalil Abbas Jilani met them.",
        "Twelve people were killed in Bajaur.",
        "Text with inline, and stays code.",
    ]


def test_the_same_draft_as_md_is_read_as_commonmark():
    """Only ``.mdx`` (any case) is MDX: in a ``.md`` draft braces are text."""
    assert _blocks(DRAFT, "Story.MDX") == _blocks(DRAFT)
    assert "The talks went on. {props.note} Caretaker" in " ".join(_blocks(DRAFT, "story.md"))


def test_every_prose_word_maps_to_its_own_characters():
    prose = markdown_prose(DRAFT, split_front_matter(DRAFT, "d.mdx").end, mdx=True)
    for block in prose.blocks:
        offset = block.start
        for word in prose.text[block.start : block.end].split(" "):
            start, end = prose.span_to_original(offset, offset + len(word))
            assert DRAFT[start:end] == word
            offset += len(word) + 1


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Costs rose when a < b and b > c, officials said.", []),
        ("An unclosed { brace is text.", []),
        ("An escaped \\{brace\\} is text.", []),
        ("A `{span}` is code already.", []),
        ("It's {a's} odd.", ["{a's}"]),
        ("A fragment <>here</> and <motion.div x={1}>.", ["<>", "</>", "<motion.div x={1}>"]),
        ("Nested {a({b: {c: '}'}})} end.", ["{a({b: {c: '}'}})}"]),
    ],
)
def test_what_is_and_is_not_code_in_a_line(line, code):
    assert [line[a:b] for a, b in mdx_code_ranges(line)] == code


def test_a_suppression_comment_in_mdx_still_counts():
    text = "Caretaker Foreign Minister Jalil Abbas Jilani said so. {/* narrlint-disable-line */}\n"
    prose = markdown_prose(text, mdx=True)
    assert prose.directive_lines == ((1, 1),)
    assert prose.text == "Caretaker Foreign Minister Jalil Abbas Jilani said so."


def test_unclosed_braces_and_tags_cost_one_pass():
    """Read brace by brace, 20,000 unclosed braces took minutes (each looked to the end)."""

    def scan(count: int) -> None:
        text = "Word {x it's " * count + "\n" + "Word <x " * count + "\n"
        assert mdx_code_ranges(text) == []

    assert growth(scan, 500) < 2.5


def test_cli_mdx_code_gives_no_finding_and_prose_keeps_its_position(tmp_path):
    """Before: also NL401 at 12:41 (a component's caption) and NL201 at 14:37 (an MDX
    comment)."""
    draft = tmp_path / "story.mdx"
    draft.write_text(DRAFT, encoding="utf-8")
    run = run_cli("--format", "json", "--no-cache", str(draft))
    assert run.code == 1, run.stderr
    found = [(f["code"], f["line"], f["column"]) for f in run.json()["findings"]]
    assert found == [("NL401", 10, 33), ("NL201", 16, 22)]


def test_many_expressions_cost_work_in_proportion():
    """Each prose range looked at the masked ranges after it (a copy of the rest of the
    list): 8,000 paragraphs with an expression each took 5 s more than without masking. The
    copy was C work the line count cannot see; the benchmark's long draft guards it."""
    paragraph = "The talks went on. {props.note} They met <Badge kind='x'>them</Badge>.\n\n"

    def read(count: int) -> None:
        prose = markdown_prose(paragraph * count, mdx=True)
        assert len(prose.blocks) == count
        assert prose.text[: prose.blocks[0].end].startswith("The talks went on. They met them")

    assert growth(read, 200) < 2.5
