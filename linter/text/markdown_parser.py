"""The markdown-it parser as the prose reader configures it.

markdown-it-py as shipped drops the rest of a document past its nesting limit, percent-encodes
link targets nobody reads, tries every block rule on every line and parses inline content that
is plain text. This module sets up one CommonMark parser (tables and strikethrough on, HTML
kept) that does none of that and yields the same tokens, so :mod:`narrlint.text.prose` only
walks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from markdown_it import MarkdownIt, rules_block
from markdown_it.common.utils import MD_TRIM_CHARS
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.footnote.index import footnote_def


@lru_cache(maxsize=2)
def markdown_parser(mdx: bool = False) -> MarkdownIt:
    """The parser of Markdown drafts; ``mdx``: of MDX drafts, which have no indented code
    (MDX dropped it: an indented line is text there, as in JSX children written indented, and
    it was masked as code, its prose never read)."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    if mdx:
        md.disable("code")
    # A footnote's definition is a block of its own, as GitHub, Pandoc and Hugo read it; to
    # CommonMark ``[^1]: Source.`` is a link reference (masked) and the note's indented
    # paragraphs are code (masked): the note's prose was never read. Only its block rule: the
    # markers in the text are gaps already (prose_builder.NOTE_MARK), and the definitions stay
    # where they are written (no tokens moved to the end).
    md.block.ruler.before(
        "reference", "footnote_def", footnote_def, {"alt": ["paragraph", "reference"]}
    )
    # Keep escapes and entities as separate tokens so their source length is known.
    md.disable("text_join")
    # Past its nesting limit markdown-it drops the rest of the enclosing block, which for a
    # list item is the rest of the document: never drop prose (see _tokenize_bounded).
    md.block.tokenize = _tokenize_bounded.__get__(md.block)
    # Block tokens made without the dataclass's __init__ (see _FastStateBlock).
    md.block.parse = _parse_blocks.__get__(md.block)
    # A lazy line after a quoted paragraph is that paragraph's, unless a list item may
    # interrupt a paragraph there (see _list_interrupting_like_a_paragraph).
    rule = md.block.ruler.__rules__[md.block.ruler.__find__("list")]
    md.block.ruler.at("list", _list_interrupting_like_a_paragraph, {"alt": list(rule.alt)})
    # A link's destination is skipped, never read: no need to percent-encode it.
    md.normalizeLink = _same
    standard = set(md.inline.ruler.get_active_rules()) <= _TERMINATED_RULES
    if standard:
        md.inline.terminator_re = _TERMINATORS
    md.core.ruler.at("inline", _inline_where_needed if standard else _inline_where_needed_slow)
    md.core.ruler.at("normalize", _normalize)
    return md


_TERMINATORS = re.compile(r"[\n!&*<\[\\\]_`~]")
"""The characters at which markdown-it's ``text`` rule stops so that another inline rule may
start: those of the enabled rules (newline, image, entity, emphasis, autolink and HTML,
link and its label's end, escape, code, strikethrough). markdown-it also stops at the ones
only extensions use (``-``, ``:``, ``#``, ``%``, ``+``, ``=``…), then tries every rule in vain
and takes the character as text: the same text tokens, more slowly (``-`` and ``:`` are
common in news prose)."""
_TERMINATED_RULES = frozenset(
    {"text", "newline", "escape", "backticks", "strikethrough", "emphasis", "link", "image"}
    | {"autolink", "html_inline", "entity"}
)
"""The inline rules :data:`_TERMINATORS` serves; with any other enabled, markdown-it's own
set stays."""


def _list_interrupting_like_a_paragraph(
    state: StateBlock, start_line: int, end_line: int, silent: bool
) -> bool:
    """markdown-it's list rule, asked whether a list ends a block (``silent``) as it is asked
    by a paragraph: CommonMark lets a list interrupt a paragraph only with a non-empty item,
    numbered 1 if ordered, and a line after a quoted paragraph without ``>`` is that
    paragraph's lazy continuation. markdown-it applied the test to paragraphs only, so
    ``> … accepted until December`` / ``31.`` started an empty list and the quote's date
    lost its day (robustness probe r6 D7). After a quoted list item the line may still
    start a list (the next item, its ``>`` forgotten)."""
    if not silent or state.parentType != "blockquote" or _after_list_item(state, start_line):
        return rules_block.list_block(state, start_line, end_line, silent)
    parent = state.parentType
    state.parentType = "paragraph"
    try:
        return rules_block.list_block(state, start_line, end_line, silent)
    finally:
        state.parentType = parent


_LIST_ITEM_LINE = re.compile(r"[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _after_list_item(state: StateBlock, line: int) -> bool:
    """Whether the line before ``line`` opens a list item (``> 1. x`` / ``2. y``: the next
    item of a quoted list, written without its ``>``, which may start a list)."""
    if line == 0:
        return False
    previous = state.src[state.bMarks[line - 1] : state.eMarks[line - 1]]
    return _LIST_ITEM_LINE.match(previous) is not None


def _same(url: str) -> str:
    return url


def _normalize(state: StateCore) -> None:
    """markdown-it's core ``normalize`` rule (every line ending a ``\\n``, NUL a replacement
    character), without its two substitutions over the whole draft when it has neither
    (most drafts): each rewrote every ``\\n`` as itself."""
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


def _other_syntax(content: str) -> bool:
    """Whether ``content`` holds what an enabled inline rule other than plain text, soft line
    breaks and links starts with (escape, code, emphasis, strikethrough, autolink, HTML,
    entity), or a hard line break. A test per character with ``in``: each scans in C at
    memory speed, where one pattern of the characters and ``" \\n"`` was tried at every
    position of every paragraph (14% of the Markdown stage)."""
    return (
        "\\" in content
        or "`" in content
        or "*" in content
        or "_" in content
        or "~" in content
        or "<" in content
        or "&" in content
        or " \n" in content
    )


def _inline_where_needed(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, run only on blocks that hold inline syntax.

    Most paragraphs of a news draft are plain text, whose inline parse would yield only text
    and soft breaks, each prose: there ``children`` stays ``None`` and the whole content is
    prose (:meth:`narrlint.text.markdown_inline.InlineWalker.walk`). The inline parse was
    about 40% of markdown-it's time. Of the rest, most hold no syntax but plain inline links
    (``[words](https://…)``), whose tokens :func:`_link_children` writes without the parse.
    """
    md = state.md
    for token in state.tokens:
        if token.type != "inline":
            continue
        content = token.content
        other = _other_syntax(content)
        if not other and "[" not in content:
            token.children = None
            continue
        children = None if other else _link_children(content, md)
        if children is None:
            children = []
            md.inline.parse(content, md, state.env, children)
        token.children = children


def _inline_where_needed_slow(state: StateCore) -> None:
    """:func:`_inline_where_needed` for a parser with other inline rules enabled: every block
    that holds syntax is parsed by markdown-it."""
    md = state.md
    for token in state.tokens:
        if token.type != "inline":
            continue
        if "[" in token.content or _other_syntax(token.content):
            token.children = []
            md.inline.parse(token.content, md, state.env, token.children)
        else:
            token.children = None


_PLAIN_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^\s()\x00-\x1f\x7f]+)\)")
"""An inline link as markdown-it reads it when nothing else is in the way: a label without
brackets or line breaks, a destination without spaces, parentheses or control characters
(whose parse and the link rule's agree: it ends at the ``)``), no title."""


def _link_children(content: str, md: MarkdownIt) -> list[Token] | None:
    """The inline tokens markdown-it makes of ``content`` whose only syntax is plain inline
    links and soft line breaks, without running its inline rules; ``None`` (parse it) for
    anything else: another rule's character, a ``[`` that does not open such a link (a
    reference, a link with a title…), or a destination markdown-it refuses (``javascript:``).

    Text runs between links become one ``text`` token each, a line break a ``softbreak`` (the
    spaces and tabs starting the next line skipped), a link ``link_open`` (with its ``href``),
    its label's text and ``link_close``, each with the level markdown-it gives it, so the
    tokens are equal field by field to the parse's (``tests/test_prose_links.py``).
    """
    if _other_syntax(content) or "![" in content:  # an image: parsed
        return None
    children: list[Token] = []
    cursor = 0
    size = len(content)
    while cursor < size:
        bracket = content.find("[", cursor)
        end = size if bracket < 0 else bracket
        if end > cursor:
            _text_run(content, cursor, end, children)
        if bracket < 0:
            break
        link = _PLAIN_LINK.match(content, bracket)
        if link is None or not md.validateLink(link.group(2)):
            return None
        children.append(new_token("link_open", "a", 1, 0, attrs={"href": link.group(2)}))
        if link.group(1):
            children.append(new_token("text", "", 0, 1, link.group(1)))
        children.append(new_token("link_close", "a", -1, 0))
        cursor = link.end()
    return children


def _text_run(content: str, start: int, end: int, children: list[Token]) -> None:
    """The ``text`` and ``softbreak`` tokens of ``content[start:end]`` (no syntax in it): a
    break ends the text before it; spaces and tabs after it are no token."""
    while start < end:
        newline = content.find("\n", start, end)
        if newline < 0:
            children.append(new_token("text", "", 0, 0, content[start:end]))
            return
        if newline > start:
            children.append(new_token("text", "", 0, 0, content[start:newline]))
        children.append(new_token("softbreak", "br", 0, 0))
        start = newline + 1
        while start < end and content[start] in " \t":
            start += 1


_CONTAINER_RULES = (
    rules_block.blockquote,
    rules_block.list_block,
    _list_interrupting_like_a_paragraph,  # the list rule as installed: without it here, the
    # nesting limit opened lists past it and 10,000 nested items ran out of stack (r7 D4)
    footnote_def,  # a footnote's definition holds blocks, as a list item does
)

_FIRST_CHARS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "footnote_def": "[",
    "html_block": "<",
    "heading": "#",
}
"""The block rules that can only match a line whose first non-space character is one of
these (each returns False at once otherwise, having changed nothing)."""


@dataclass(frozen=True, slots=True)
class _Dispatch:
    """A block ruler's rules for a line, by the line's first character (see ``_dispatch``)."""

    rules: list
    """Every rule, in order: a line indented as code (and the code rule only matches it)."""
    by_char: dict[str, tuple[list, list]]
    """First character → (rules, leaf rules) that may match a line starting with it."""
    plain: tuple[list, list]
    """Rules and leaf rules for a line starting with any other character."""
    lone_paragraph: bool
    """Whether those are markdown-it's ``table``, ``lheading`` and ``paragraph`` alone, so that
    a plain line followed by a blank one is a paragraph (:func:`_lone_paragraph`)."""


_DISPATCH: dict[int, tuple[list, _Dispatch]] = {}


def _dispatch(ruler) -> _Dispatch:
    """The rules of ``ruler`` sorted by the first characters they can match, built once.

    A line of prose starts with a letter: only ``table`` (which looks at the next line),
    ``lheading`` and ``paragraph`` can match it, yet markdown-it tries all eleven rules on
    every block (each a call and a debug log). Rules keep their order, so the first that
    matches is the same as when all are tried.
    """
    rules = ruler.getRules("")
    cached = _DISPATCH.get(id(ruler))
    if cached is not None and cached[0] is rules:
        return cached[1]
    names = {rule.fn: rule.name for rule in ruler.__rules__ if rule.enabled}

    def usable(char: str | None) -> tuple[list, list]:
        kept = [
            rule
            for rule in rules
            if names.get(rule) != "code"
            and (
                names.get(rule) not in _FIRST_CHARS or (char and char in _FIRST_CHARS[names[rule]])
            )
        ]
        return kept, [rule for rule in kept if rule not in _CONTAINER_RULES]

    chars = {char for name in _FIRST_CHARS for char in _FIRST_CHARS[name]}
    plain = usable(None)
    lone = [rules_block.table, rules_block.lheading, rules_block.paragraph]
    found = _Dispatch(
        rules, {char: usable(char) for char in chars}, plain, plain[0] == lone == plain[1]
    )
    _DISPATCH[id(ruler)] = (rules, found)
    return found


def _tokenize_bounded(self, state: StateBlock, start_line: int, end_line: int) -> None:
    """markdown-it's block tokenizer, except at the nesting limit, and trying at each line only
    the rules that can match its first character (:func:`_dispatch`).

    markdown-it's own loop, once ``state.level`` reaches ``maxNesting`` (20: ten nested list
    items, or twenty block quotes), sets ``state.line = endLine`` and stops: every later line
    of the enclosing block, which for a list item opened on the first line is the whole rest of
    the document, yields no token, and its paragraphs would never be linted. Here, at the
    limit, no further list or block quote is opened: the deeper lines are read with the leaf
    rules only (paragraph, heading, code…), so they stay prose with their markers as text, and
    the recursion (hence Python's stack) stays bounded by the same limit.
    """
    dispatch = _dispatch(self.ruler)
    leaf_rules = [rule for rule in dispatch.rules if rule not in _CONTAINER_RULES]
    line = start_line
    max_nesting = state.md.options.maxNesting
    has_empty_lines = False
    src, b_marks, t_shift, s_count = state.src, state.bMarks, state.tShift, state.sCount
    while line < end_line:
        state.line = line = state.skipEmptyLines(line)
        if line >= end_line:
            break
        if s_count[line] < state.blkIndent:
            break  # the end of a nested block quote or list item
        nested = state.level < max_nesting
        if state.is_code_block(line):
            active = dispatch.rules if nested else leaf_rules
        else:
            rules, leaves = dispatch.by_char.get(src[b_marks[line] + t_shift[line]], dispatch.plain)
            active = rules if nested else leaves
            if (
                rules is dispatch.plain[0]
                and dispatch.lone_paragraph
                and (line + 1 >= state.lineMax or state.isEmpty(line + 1))
            ):
                _lone_paragraph(state, line)
                active = ()
        for rule in active:
            if rule(state, line, end_line, False):
                if state.line <= line:
                    raise RuntimeError("block rule didn't increment state.line")
                break
        else:
            if active:
                raise RuntimeError("none of the block rules matched")
        state.tight = not has_empty_lines
        line = state.line
        if (line - 1) < end_line and state.isEmpty(line - 1):
            has_empty_lines = True
        if line < end_line and state.isEmpty(line):
            has_empty_lines = True
            line += 1
            state.line = line


def _lone_paragraph(state: StateBlock, line: int) -> None:
    """What markdown-it's rules do with a line of plain text (no block marker, not indented as
    code) that the next line does not continue (blank, or the end): ``table`` finds no
    delimiter row and ``lheading`` no underline (leaving ``parentType`` at "paragraph", as it
    does), and ``paragraph`` makes the line a paragraph: the same tokens and state, without
    the three calls (most lines of a news draft are such paragraphs)."""
    state.parentType = "paragraph"
    if state.blkIndent:
        content = state.getLines(line, line + 1, state.blkIndent, False)
    else:  # what getLines cuts of one line at no indent: the line
        content = state.src[state.bMarks[line] : state.eMarks[line]]
    content = content.strip(MD_TRIM_CHARS)
    state.line = line + 1
    token = state.push("paragraph_open", "p", 1)
    token.map = [line, line + 1]
    token = state.push("inline", "", 0)
    token.content = content
    token.map = [line, line + 1]
    token.children = []
    state.push("paragraph_close", "p", -1)


_TOKEN_FIELDS = (
    "type", "tag", "nesting", "attrs", "map", "level", "children", "content", "markup", "info",
    "meta", "block", "hidden",
)  # fmt: skip
_BARE_TOKENS = tuple(field.name for field in fields(Token)) == _TOKEN_FIELDS
"""Whether markdown-it's ``Token`` has exactly the fields :func:`new_token` sets (another
version of markdown-it: tokens are made by its ``__init__``)."""
_NEW = object.__new__


def new_token(
    ttype: str,
    tag: str,
    nesting: int,
    level: int,
    content: str = "",
    *,
    attrs: dict | None = None,
    block: bool = False,
) -> Token:
    """``Token(ttype, tag, nesting, level=level, content=content, attrs=attrs, block=block)``,
    every other field at its default, field by field: the dataclass's ``__init__`` (defaults
    made by factories, then ``__post_init__`` converting the attributes) took about half of
    the cost of the hundred-odd tokens of a draft."""
    if not _BARE_TOKENS:
        return Token(
            ttype, tag, nesting, attrs or {}, level=level, content=content, block=block
        )  # pragma: no cover - another markdown-it
    token = _NEW(Token)
    token.type = ttype
    token.tag = tag
    token.nesting = nesting
    token.attrs = {} if attrs is None else attrs
    token.map = None
    token.level = level
    token.children = None
    token.content = content
    token.markup = ""
    token.info = ""
    token.meta = {}
    token.block = block
    token.hidden = False
    return token


class _FastStateBlock(StateBlock):
    """markdown-it's block state, its tokens made by :func:`new_token`: the same tokens."""

    def push(self, ttype: str, tag: str, nesting) -> Token:  # type: ignore[override]
        if nesting < 0:
            self.level -= 1  # closing tag
        token = new_token(ttype, tag, nesting, self.level, block=True)
        if nesting > 0:
            self.level += 1  # opening tag
        self.tokens.append(token)
        return token


def _parse_blocks(self, src: str, md: MarkdownIt, env, out_tokens: list[Token]) -> list | None:
    """markdown-it's ``ParserBlock.parse`` on a :class:`_FastStateBlock`."""
    if not src:
        return None
    state = _FastStateBlock(src, md, env, out_tokens)
    self.tokenize(state, state.line, state.lineMax)
    return state.tokens
