"""The Markdown reader's shortcuts give markdown-it's own results (round 21 performance work).

``markdown_parser`` makes block tokens field by field (``new_token``, ``_FastStateBlock``),
normalizes line endings only where a draft has a ``\\r`` or NUL (``_normalize``) and tests a
paragraph for inline syntax with one ``in`` per character (``_other_syntax``); each must agree
with what it replaces, on many texts.
"""

from __future__ import annotations

import random
import re

import pytest
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.normalize import normalize
from markdown_it.token import Token

from narrlint.text.markdown_parser import (
    _FastStateBlock,
    _normalize,
    _other_syntax,
    markdown_parser,
    new_token,
)

_PIECES = [
    "Officials said", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\0", "\t", "- ", "1. ", "> ", "# ",
    "```\ncode\n```", "    indented", "[a](https://x.org/y)", "*em*", "_u_", "`c`", "~~s~~",
    "&amp;", "<b>", "\\*", "![alt](i.png)", "| a | b |\n|---|---|", "---", "é", "“", "[^1]",
]  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("paragraph_open", "p", 1, 0), {"block": True}),
        (("inline", "", 0, 2, "words"), {"block": True}),
        (("link_open", "a", 1, 0), {"attrs": {"href": "https://x.org"}}),
        (("text", "", 0, 1, "label"), {}),
        (("softbreak", "br", 0, 0), {}),
    ],
)
def test_new_token_equals_the_dataclass(args: tuple, kwargs: dict) -> None:
    ttype, tag, nesting, level, *content = args
    stock = Token(ttype, tag, nesting, level=level, content="".join(content), **kwargs)
    made = new_token(*args, **kwargs)
    assert made == stock
    if "attrs" not in kwargs:
        assert made.attrs is not new_token(*args, **kwargs).attrs  # never a shared dict
    assert made.meta is not new_token(*args, **kwargs).meta


def test_fast_state_pushes_the_tokens_markdown_it_pushes() -> None:
    md = markdown_parser()
    ours = _FastStateBlock("text", md, {}, [])
    stock = StateBlock("text", md, {}, [])
    for ttype, tag, nesting in [("bullet_list_open", "ul", 1), ("inline", "", 0)] * 2 + [
        ("x_close", "x", -1)
    ] * 3:
        assert ours.push(ttype, tag, nesting) == stock.push(ttype, tag, nesting)
        assert ours.level == stock.level
    assert ours.tokens == stock.tokens


def test_parse_gives_the_tokens_of_markdown_its_own_block_state() -> None:
    """The configured parser, with markdown-it's own ``ParserBlock.parse`` (its StateBlock)
    put back, yields the very same tokens."""
    ours = markdown_parser()
    stock = MarkdownIt("commonmark", {"html": True})
    stock.block.ruler, stock.block.tokenize = ours.block.ruler, ours.block.tokenize
    stock.core, stock.inline = ours.core, ours.inline
    stock.normalizeLink = ours.normalizeLink
    for text in _texts(400, 21):
        assert ours.parse(text) == stock.parse(text), repr(text)


def test_normalize_is_markdown_its_normalize() -> None:
    md = markdown_parser()
    for text in [*_texts(400, 7), "", "\r", "\r\r\n", "a\0b", "\r\n\0\r"]:
        ours, stock = StateCore(text, md, {}), StateCore(text, md, {})
        _normalize(ours)
        normalize(stock)
        assert ours.src == stock.src, repr(text)


_OLD_OTHER = re.compile(r"[\\`*_~<&]| \n")
"""The pattern ``_other_syntax`` replaced (inline syntax other than a link, a hard break)."""


def test_other_syntax_agrees_with_the_pattern_it_replaced() -> None:
    found = 0
    for text in [*_texts(2000, 3), "a \nb", "a\n b", "x & y", "plain words"]:
        expected = _OLD_OTHER.search(text) is not None
        assert _other_syntax(text) is expected, repr(text)
        found += expected
    assert 0 < found < 2005
