"""Plain inline links read without markdown-it's inline parse: the same tokens, or no shortcut.

``markdown_parser._link_children`` writes the tokens of content whose only syntax is plain
inline links; each accepted content must give tokens equal field by field to markdown-it's
own parse, and anything else must be left to that parse (``None``).
"""

from __future__ import annotations

import itertools

import pytest

from narrlint.text.markdown_parser import _link_children, markdown_parser
from narrlint.text.prose import markdown_prose

PIECES = (
    "Officials said",
    " ",
    "\n",
    "\n  ",
    "\n\t",
    "[the order](https://example.org/a?b=1#c)",
    "[](https://example.org)",
    "[ ](u)",
    "[wow!](u)",
    "[(UNHCR)](u)",
    "[a](u)(v)",
    "[a](http://x/[1])",
    "]",
    "(",
    "!",
    "é",
)


def _parsed(content: str) -> list:
    md = markdown_parser()
    tokens: list = []
    md.inline.parse(content, md, {}, tokens)
    return tokens


@pytest.mark.parametrize("size", [1, 2, 3])
def test_accepted_content_gives_markdown_its_own_tokens(size: int) -> None:
    md = markdown_parser()
    accepted = 0
    for parts in itertools.product(PIECES, repeat=size):
        content = "".join(parts).strip()
        if "[" not in content:
            continue
        children = _link_children(content, md)
        if children is None:
            continue
        accepted += 1
        assert children == _parsed(content), content
    assert accepted > 0


@pytest.mark.parametrize(
    "content",
    [
        "a [label](javascript:alert(1)) b",  # a destination markdown-it refuses
        "a [label](javascript:x) b",
        'a [label](https://example.org "title") b',  # a title
        "a [label] (https://example.org) b",  # not a link: a space before the target
        "a [label][ref] b",  # a reference
        "a [label] b",
        "a [label]((https://example.org)) b",  # parentheses in the target
        "a [label]( https://example.org) b",
        "a ![image](https://example.org/x.png) b",
        "a [*label*](https://example.org) b",
        "a [label](https://example.org) `code` b",
        "a [label](https://example.org) &amp; b",
        "a [label](https://example.org)  \nb",  # a hard break
        "a [la\nbel](https://example.org) b",
        "a [label](https://example.org/\u00a0x) b",
    ],
)
def test_other_syntax_is_left_to_markdown_it(content: str) -> None:
    assert _link_children(content, markdown_parser()) is None


def test_prose_of_linked_paragraphs_keeps_every_original_offset() -> None:
    text = (
        "# Title\n\nThe [ministry](https://example.org/a) said on\n  Tuesday that "
        "[1.3 million](https://example.org/b) people [](https://example.org/c)remain.\n\n"
        "- A [list item](u) with [two](v) links\n"
    )
    prose = markdown_prose(text)
    assert prose.text == (
        "Title\n\nThe ministry said on Tuesday that 1.3 million people remain.\n\n"
        "A list item with two links"
    )
    for word in ("ministry", "Tuesday", "1.3 million", "remain", "list item", "two"):
        start = prose.text.index(word)
        first, last = prose.span_to_original(start, start + len(word))
        assert text[first:last] == word
