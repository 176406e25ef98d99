"""Safe YAML loading that remembers where every mapping started.

Ledger and manifest errors must name the file and line, and findings cite the ledger line of
the fact they rest on, so mappings are loaded as :class:`LineDict` (a dict with ``.line``).
Only ``yaml.SafeLoader`` is used: no tags, no Python objects.
"""

from __future__ import annotations

from typing import Any

import yaml

from narrlint.errors import CorpusError


class LineDict(dict):
    """A mapping loaded from YAML, with the 1-based line where it starts."""

    line: int = 0
    key_lines: dict


class _LineLoader(yaml.SafeLoader):
    pass


class _FastLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same loader on libyaml's parser when PyYAML has it: ten times faster on the ledger,
    which every run reads. Errors are re-read with the pure-Python loader, whose messages
    the tests and users know."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise CorpusError(
                "mapping key is not a plain value", None, key_node.start_mark.line + 1
            ) from None
        if key in result:
            raise CorpusError(f"duplicate key {key!r}", None, key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    """PyYAML builds ``2024-02-30`` with ``datetime.date`` and lets its ValueError escape
    without a line; name the value and its line instead."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise CorpusError(
            f"{node.value!r} is not a valid date ({exc})", None, node.start_mark.line + 1
        ) from None


_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _loader.add_constructor(_TIMESTAMP_TAG, _construct_timestamp)


def load_yaml(text: str, path: str) -> Any:
    """Parse YAML safely; syntax errors become :class:`CorpusError` with file and line."""
    try:
        try:
            return yaml.load(text, Loader=_FastLineLoader)
        except yaml.YAMLError:
            return yaml.load(text, Loader=_LineLoader)
    except CorpusError as exc:
        raise CorpusError(exc.message, path, exc.line) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CorpusError(f"invalid YAML: {problem}", path, line) from None


def read_yaml_file(path: str, display: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise CorpusError("no such file", display) from None
    except UnicodeDecodeError:
        raise CorpusError("not valid UTF-8", display) from None
    except OSError as exc:
        raise CorpusError(exc.strerror or str(exc), display) from None
    return load_yaml(text, display)
