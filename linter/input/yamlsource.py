"""Safe YAML loading that remembers where every mapping started.

Ledger and manifest errors must name the file and line, and findings cite the ledger line of
the fact they rest on, so mappings are loaded as :class:`LineDict` (a dict with ``.line``).
Only ``yaml.SafeLoader`` is used: no tags, no Python objects.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from narrlint.errors import CorpusError, NarrlintError

_YAML_ONLY_BREAKS = re.compile("[\x85\u2028\u2029]")
_AS_SPACES = str.maketrans("\x85\u2028\u2029", "   ")


def editor_lines(text: str) -> str:
    """``text`` with the characters YAML 1.1 (PyYAML, libyaml) takes for line breaks but no
    editor does (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) made spaces: what YAML folds them
    to inside a scalar. A title pasted from a word processor carries U+2028; the parser then
    saw two lines, so a plain ``title: Kabul<LS>talks`` refused the whole draft ("could not
    find expected ':'") and every error after one named the line below its own."""
    if _YAML_ONLY_BREAKS.search(text) is None:
        return text
    return text.translate(_AS_SPACES)


class LineDict(dict):
    """A mapping loaded from YAML, with the 1-based line where it starts, the line of each key
    (``key_lines``) and, for a key whose value is a list, the line of each item
    (``item_lines``), so that a bad item is reported where it is written."""

    line: int = 0
    key_lines: dict
    item_lines: dict


MAX_DEPTH = 100
"""Deepest nesting of mappings and lists read: nothing that deep is a ledger, manifest or
config, and deeper documents ran PyYAML (and the constructors below) out of Python's stack,
which escaped as a traceback without a line."""

_MERGE_TAG = "tag:yaml.org,2002:merge"
_COLLECTION_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)


class _Guarded:
    """Bounds on what a document may make the loader do, raised as :class:`CorpusError` with
    the line of the node at fault: nesting past :data:`MAX_DEPTH` (counted while composing,
    for PyYAML's recursive composer, and while constructing, for libyaml's; a scalar ends a
    level and is not one), and a value its
    constructor cannot build (an integer of more digits than Python converts)."""

    _depth = 0

    def compose_node(self, parent, index):  # PyYAML's composer; libyaml composes in C
        self._depth += 1
        try:
            event = self.peek_event()
            if self._depth > MAX_DEPTH and isinstance(event, _COLLECTION_STARTS):
                _too_deep(event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node, deep=False):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH and isinstance(node, yaml.CollectionNode):
                _too_deep(node.start_mark)
            try:
                return super().construct_object(node, deep)
            except (ValueError, OverflowError) as exc:
                reason = str(exc).split(";")[0]
                raise CorpusError(
                    f"holds a value that cannot be read: {reason}", None, node.start_mark.line + 1
                ) from None
        finally:
            self._depth -= 1


def _too_deep(mark) -> None:
    raise CorpusError(
        f"nested too deeply (more than {MAX_DEPTH} levels)", None, mark.line + 1
    ) from None


class _LineLoader(_Guarded, yaml.SafeLoader):
    pass


class _FastLineLoader(_Guarded, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same loader on libyaml's parser when PyYAML has it: ten times faster on the ledger,
    which every run reads. Errors are re-read with the pure-Python loader, whose messages
    the tests and users know."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    """A :class:`LineDict`. A key written twice in the mapping itself is an error; a key the
    mapping writes over one it merges (``<<: *base``) is YAML's way to override it, so keys
    are compared before the merged ones are flattened in (after which the mapping's own key,
    coming last, wins, as do earlier merges over later ones)."""
    for key_node, _value in node.value:
        if key_node.tag != _MERGE_TAG:
            _key(loader, key_node)
    duplicate = first_duplicate(loader, node)
    if duplicate is not None:
        raise CorpusError(f"duplicate key {duplicate[0]!r}", None, duplicate[1])
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    result.item_lines = {}
    for key_node, value_node in node.value:
        key = _key(loader, key_node)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.SequenceNode):
            result.item_lines[key] = [item.start_mark.line + 1 for item in value_node.value]
    return result


def first_duplicate(loader: yaml.SafeLoader, node: yaml.MappingNode) -> tuple[Any, int] | None:
    """The first key a mapping itself writes twice, with its 1-based line (relative to the
    loaded text), or ``None``. Keys it merges (``<<: *base``) are not its own: it may write
    over them. Call before the merge is flattened; a key that is no plain value is skipped
    (the caller refuses it)."""
    seen: set = set()
    for key_node, _value in node.value:
        if key_node.tag == _MERGE_TAG:
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            if key in seen:
                return key, key_node.start_mark.line + 1
            seen.add(key)
        except TypeError:
            continue
    return None


def _key(loader: _LineLoader, key_node: yaml.Node) -> Any:
    key = loader.construct_object(key_node, deep=True)
    try:
        hash(key)
    except TypeError:
        raise CorpusError(
            "mapping key is not a plain value", None, key_node.start_mark.line + 1
        ) from None
    return key


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """PyYAML builds ``2024-02-30`` with ``datetime.date`` and lets its ValueError escape
    without a line; name the value and its line instead."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise CorpusError(
            f"{node.value!r} is not a valid date ({exc})", None, node.start_mark.line + 1
        ) from None


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """An integer of more digits than Python converts (4,300) is refused with its line."""
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        digits = sum(c.isdigit() for c in node.value)
        raise CorpusError(
            f"integer of {digits} digits is too long", None, node.start_mark.line + 1
        ) from None


_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_INT_TAG = "tag:yaml.org,2002:int"
for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _loader.add_constructor(_TIMESTAMP_TAG, _construct_timestamp)
    _loader.add_constructor(_INT_TAG, _construct_int)


def load_yaml(text: str, path: str) -> Any:
    """Parse YAML safely; syntax errors become :class:`CorpusError` with file and line."""
    text = editor_lines(text)
    try:
        if _may_nest_deeply(text):  # libyaml composes recursively in C: deep enough, it crashes
            return yaml.load(text, Loader=_LineLoader)
        try:
            return yaml.load(text, Loader=_FastLineLoader)
        except yaml.YAMLError:
            return yaml.load(text, Loader=_LineLoader)
    except CorpusError as exc:
        raise CorpusError(exc.message, path, exc.line) from None
    except (RecursionError, yaml.YAMLError) as exc:  # no traceback, whoever found the depth
        if is_depth_error(exc):
            raise CorpusError(
                f"nested too deeply (more than {MAX_DEPTH} levels)", path, too_deep_line(text)
            ) from None
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else unacceptable_line(exc, text)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CorpusError(f"invalid YAML: {problem}", path, line) from None


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def unacceptable_line(exc: yaml.YAMLError, text: str) -> int | None:
    """The 1-based line of the character YAML refuses to read (ESC, DEL, a vertical tab pasted
    from Word): its :class:`yaml.reader.ReaderError` has no mark, only an offset that PyYAML
    counts in characters and libyaml in UTF-8 bytes, so the error named no line (or line 1).
    The reader stops at the first such character, so the first occurrence of the one it names
    is where it stopped."""
    if not isinstance(exc, yaml.reader.ReaderError) or not isinstance(exc.character, int):
        return None
    at = text.find(chr(exc.character))
    return len(_LINE_BREAK.findall(text, 0, at)) + 1 if at >= 0 else None


_BRACKET = re.compile(r"[\[\]{}]")
_BLOCK_ENTRY = re.compile(r"[-?][ \t]")


def _may_nest_deeply(text: str) -> bool:
    """Whether ``text`` might nest past :data:`MAX_DEPTH`, overestimated from the text alone:
    the depth of its flow brackets (quoted ones counted too) or, on one line, its indentation
    plus its block entries (``- - - x``). libyaml's composer recurses in C and crashes the
    process (no exception) some 100,000 levels down, so such a text goes to PyYAML's
    composer, which :class:`_Guarded` stops with the line."""
    depth = deepest = 0
    for match in _BRACKET.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        return True
    return any(
        len(line) - len(line.lstrip(" ")) + len(_BLOCK_ENTRY.findall(line)) > MAX_DEPTH
        for line in text.splitlines()
        if len(line) > MAX_DEPTH
    )


def too_deep_line(text: str) -> int:
    """The 1-based line of ``text`` where it first nests past :data:`MAX_DEPTH` (a flow bracket,
    or a line whose indentation and block entries go that deep), so that the error names the
    same line whichever parser found the nesting: libyaml 0.2.5 as PyYAML 6.0.4 ships it stops
    at its own depth limit with a mark, PyYAML's composer runs out of stack without one. 1 when
    the nesting cannot be placed from the text alone (aliases)."""
    depth = 0
    for match in _BRACKET.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_DEPTH:
            return len(_LINE_BREAK.findall(text, 0, match.start())) + 1
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) - len(line.lstrip(" ")) + len(_BLOCK_ENTRY.findall(line)) > MAX_DEPTH:
            return number
    return 1


def is_depth_error(exc: BaseException) -> bool:
    """Whether ``exc`` says the text nests too deeply: PyYAML's composer out of stack (a
    :class:`RecursionError`, also raised by the readers' own depth walks) or libyaml refusing
    past its own depth limit."""
    if isinstance(exc, RecursionError):
        return True
    return "nesting depth" in str(getattr(exc, "problem", None) or "")


def read_yaml_file(path: str, display: str) -> Any:
    """A corpus YAML file (ledger, manifest), decoded as drafts are: another encoding (UTF-16
    from Notepad, Latin-1) is named with its line and the byte at fault, and a UTF-8 BOM is
    dropped."""
    from narrlint.input.source import decode, read_bytes

    try:
        text = decode(read_bytes(path), display).text
    except NarrlintError as exc:  # missing, unreadable, a device or pipe, too large, encoding
        raise CorpusError(exc.message, display, exc.line) from None
    return load_yaml(text, display)
