"""An indented line of an ``.mdx`` draft is prose: MDX has no indented code.

Robustness r20. MDX dropped CommonMark's indented code blocks (authors indent the text inside
their components, ``<Note>`` then a tab), but narrlint parsed ``.mdx`` as CommonMark, so a
paragraph indented by four spaces or a tab after a blank line was masked as code: a stale title
in it was never read. In ``.md`` such a paragraph is code and stays unread; fenced code in
``.mdx`` stays code.
"""

from __future__ import annotations

import pytest

from .conftest import lint_text

LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
HEAD = "---\ndate: 2023-01-01\n---\n\n"


def _found(ruritania, text: str, path: str):
    return lint_text(ruritania, text, path=path, codes=("NL401",))


@pytest.mark.parametrize(
    "body",
    [
        f"Intro.\n\n    {LINE}\n",
        f"<Note>\n\n\t{LINE}\n\n</Note>\n",
        f"<Note>\r\n\r\n\t{LINE}\r\n\r\n</Note>\r\n",
        f"Intro.\n\n        {LINE}\n",
    ],
    ids=["four-spaces", "tab-in-component", "tab-crlf", "eight-spaces"],
)
def test_an_indented_mdx_paragraph_is_read_where_it_is(ruritania, body):
    text = HEAD + body
    (finding,) = _found(ruritania, text, "story.mdx")
    assert text[finding.offset : finding.end_offset].startswith("Interim Finance Minister")
    line = text.splitlines()[finding.start.line - 1]
    assert line[finding.start.column - 1 :].startswith("Interim Finance Minister")


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (f"Intro.\n\n    {LINE}\n", "story.md"),  # CommonMark: indented code
        (f"Intro.\n\n```\n{LINE}\n```\n", "story.mdx"),  # fenced code in MDX
        (f"Intro.\n\n    ```\n    {LINE}\n    ```\n", "story.mdx"),  # an indented fence
    ],
    ids=["markdown-indented-code", "mdx-fence", "mdx-indented-fence"],
)
def test_code_stays_code(ruritania, body, path):
    assert _found(ruritania, HEAD + body, path) == []
