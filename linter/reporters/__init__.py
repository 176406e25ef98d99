"""Reporters turn findings into text for people or machines. They never judge findings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from narrlint.model import FileError, Finding

Reporter = Callable[[list[Finding], list[FileError], int, TextIO, dict], None]


def get_reporter(name: str) -> Reporter:
    if name == "json":
        from narrlint.reporters.json import report
    else:
        from narrlint.reporters.text import report
    return report


FORMATS = ("text", "json")
