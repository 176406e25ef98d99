"""After the rules: configuration decides what is reported and how severe it is.

Rules never know about configuration; this module applies ``ignore``, ``severity`` overrides and
``per-file-ignores`` to their findings. (Rule selection happens before rules run, in
``narrlint.output.selection.selected``, so unselected rules cost nothing.) ``NL000`` internal
errors are never hidden or re-graded: a check that did not run must not look clean.

The codes the engine reports itself after the rules (``NL001``, from the suppression filter)
are filtered by :func:`apply_config_all`, which the front ends run on a run's findings: it is
:func:`apply_config` again, which changes nothing that was filtered already.
"""

from __future__ import annotations

import os
from dataclasses import replace
from fnmatch import fnmatch
from pathlib import Path, PurePath

from narrlint.config import Config
from narrlint.engine.linter import INTERNAL_ERROR
from narrlint.model import Finding
from narrlint.output.selection import names


def ignored_codes(config: Config, path: str) -> list[str]:
    if not config.per_file_ignores:  # the usual case: no path to build, asked thrice a file
        return []
    # as the path is, not as it is spelled: 'wire/../desk.md' is desk.md, and a pattern's '*'
    # (which fnmatch lets cross '/') matched 'wire/*.md' against it, silencing another file
    posix = PurePath(os.path.normpath(path)).as_posix()
    name = PurePath(path).name
    rooted = _from_root(path, config.root)
    codes: list[str] = []
    for pattern, ignored in config.per_file_ignores.items():
        if (
            fnmatch(posix, pattern)
            or fnmatch(name, pattern)
            or fnmatch(posix, f"*/{pattern}")
            or (rooted is not None and fnmatch(rooted, pattern))
        ):
            codes.extend(ignored)
    return codes


def _from_root(path: str, root: Path) -> str | None:
    """``path`` relative to the config file's folder, as patterns are written (like
    ``exclude``): run from ``wire/``, ``story.md`` is ``wire/story.md``, and ``'wire/*.md'``
    must match it as it does from the root. None outside the root or for stdin."""
    if path == "-":
        return None
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive (Windows)
        return None
    posix = PurePath(relative).as_posix()
    return None if posix == ".." or posix.startswith("../") else posix


def apply_config(findings: list[Finding], config: Config, path: str) -> list[Finding]:
    ignored = [*config.ignore, *ignored_codes(config, path)]
    kept = (_configured(finding, config, ignored) for finding in findings)
    return [finding for finding in kept if finding is not None]


def apply_config_all(findings: list[Finding], config: Config) -> list[Finding]:
    """:func:`apply_config` over the findings of any number of files, in their order."""
    ignored: dict[str, list[str]] = {}
    kept = []
    for finding in findings:
        if finding.path not in ignored:
            ignored[finding.path] = [*config.ignore, *ignored_codes(config, finding.path)]
        configured = _configured(finding, config, ignored[finding.path])
        if configured is not None:
            kept.append(configured)
    return kept


def _configured(finding: Finding, config: Config, ignored: list[str]) -> Finding | None:
    """The finding as configured: ``None`` when ignored, re-graded by ``severity``."""
    code = finding.code
    if code == INTERNAL_ERROR:
        return finding
    if names(code, ignored):
        return None
    severity = config.severity.get(code)
    if severity is not None and severity is not finding.severity:
        return replace(finding, severity=severity)
    return finding
