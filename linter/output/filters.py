"""After the rules: configuration decides what is reported and how severe it is.

Rules never know about configuration; this module applies ``severity`` overrides and
``per-file-ignores`` to their findings. (Rule selection happens before rules run, in
``narrlint.output.selection.selected``, so unselected rules cost nothing.)
"""

from __future__ import annotations

from dataclasses import replace
from fnmatch import fnmatch
from pathlib import PurePath

from narrlint.config import Config
from narrlint.engine.linter import INTERNAL_ERROR
from narrlint.model import Finding
from narrlint.output.selection import names


def ignored_codes(config: Config, path: str) -> list[str]:
    posix = PurePath(path).as_posix()
    name = PurePath(path).name
    codes: list[str] = []
    for pattern, ignored in config.per_file_ignores.items():
        if fnmatch(posix, pattern) or fnmatch(name, pattern) or fnmatch(posix, f"*/{pattern}"):
            codes.extend(ignored)
    return codes


def apply_config(findings: list[Finding], config: Config, path: str) -> list[Finding]:
    ignored = ignored_codes(config, path)
    result = []
    for finding in findings:
        code = finding.code
        if code != INTERNAL_ERROR and names(code, ignored):
            continue
        severity = config.severity.get(code)
        if severity is not None and code != INTERNAL_ERROR:
            finding = replace(finding, severity=severity)
        result.append(finding)
    return result
