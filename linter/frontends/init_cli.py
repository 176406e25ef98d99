"""``narrlint init``: set up a newsroom repository — a commented config and the pre-commit hook.

The pre-commit entry written here is the one the README shows, character for character (a
test holds them together), and it needs no release tag: it runs the ``narrlint`` the desk has
installed (``language: system``). It selects files with the same ``files:`` pattern as the
shipped ``.pre-commit-hooks.yaml`` (:func:`narrlint.input.discover.hook_files_pattern`): every
draft suffix narrlint lints, where ``types_or: [markdown, plain-text]`` left ``.mdx``,
``.mdown``, ``.mkd`` and ``.text`` drafts unchecked at commit time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from narrlint.frontends.arguments import path_text
from narrlint.input.discover import hook_files_pattern

EXIT_OK, EXIT_ERROR = 0, 2

CONFIG_TEMPLATE = """\
# narrlint configuration for this repository: https://pypi.org/project/narrlint/ (README,
# "Configuration"). Every key is optional; the values shown commented out are the defaults.

# Rule codes or prefixes to run, and to skip ('narrlint rules' lists them). Name NL001 in
# full to report suppression comments that silence nothing.
# select: [NL]
# ignore: []

# Severity per rule code: error | warning | info.
# severity: {NL402: warning}

# Your own archive of published articles and its ledger (folders or files, relative to this
# file), besides the built-in seed corpus.
# corpus: [archive/, archive/ledger.yaml]
# seeds: true

# The publication date of drafts without a 'date:' in their front matter (YYYY-MM-DD);
# default: today.
# date: 2026-01-01

# The lowest severity that makes narrlint exit 1 (and stops a commit): error | warning | info.
# fail-on: warning

# Rules silenced for some files (glob pattern: codes), and paths never linted.
# per-file-ignores:
#   "archive/**": [NL401]
# exclude: ["drafts/old/*"]

# An installed trained spaCy pipeline to use instead of the blank one (optional).
# model: null

# CPU seconds one rule may use on one draft (per 100,000 characters of prose; 0 = no limit).
# rule-timeout: 10

# Where each finding's help link points, {code} standing for the rule code (default: the page
# installed with narrlint), e.g. your copy of narrlint's docs/rules/{code}.md.
# help-url: https://git.example.org/tools/narrlint/-/blob/main/docs/rules/{code}.md
"""

PRE_COMMIT_ENTRY = f"""\
  - repo: local
    hooks:
      - id: narrlint
        name: narrlint (narrative consistency)
        entry: narrlint
        language: system
        files: {hook_files_pattern()}
        require_serial: true
        # args: [--corpus, archive/]   # your own archive and ledger, if any
"""
"""One item of ``repos:``: the installed narrlint as a hook, no tag or download needed."""

PRE_COMMIT_CONFIG = "repos:\n" + PRE_COMMIT_ENTRY


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrlint init",
        description="Write a commented .narrlint.yaml and, with --pre-commit, the "
        ".pre-commit-config.yaml entry that runs narrlint on every commit.",
    )
    parser.add_argument(
        "folder", nargs="?", default=".", type=path_text, help="repository root (default: .)"
    )
    parser.add_argument(
        "--pre-commit", action="store_true", help="also add the hook to .pre-commit-config.yaml"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing .narrlint.yaml")
    return parser


def cmd_init(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    root = Path(args.folder)
    if not root.is_dir():
        return _error(f"{root}: not a folder")
    config = root / ".narrlint.yaml"
    if config.exists() and not args.force:
        print(f"narrlint: {config} exists; kept (--force to overwrite)", file=sys.stderr)
    else:
        config.write_text(CONFIG_TEMPLATE, encoding="utf-8")
        print(f"wrote {config}")
    if args.pre_commit:
        return add_pre_commit_hook(root / ".pre-commit-config.yaml")
    return EXIT_OK


def add_pre_commit_hook(path: Path) -> int:
    """Write the config, or add the narrlint entry to an existing one's ``repos:`` list."""
    if not path.exists():
        path.write_text(PRE_COMMIT_CONFIG, encoding="utf-8")
        print(f"wrote {path}; run 'pre-commit install' once per clone")
        return EXIT_OK
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        return _error(f"{path}: not valid YAML ({exc}); add the narrlint hook by hand:", True)
    repos = data.get("repos") if isinstance(data, dict) else None
    if not isinstance(repos, list):
        return _error(f"{path}: no 'repos:' list; add the narrlint hook by hand:", True)
    if any(h.get("id") == "narrlint" for r in repos for h in (r or {}).get("hooks") or []):
        print(f"{path} already runs narrlint; kept")
        return EXIT_OK
    updated = text + ("" if text.endswith("\n") else "\n") + PRE_COMMIT_ENTRY
    try:
        after = yaml.safe_load(updated)
        hooks = [h.get("id") for r in after["repos"] for h in r.get("hooks") or []]
    except (yaml.YAMLError, KeyError, TypeError, AttributeError):
        hooks = []
    if "narrlint" not in hooks:  # 'repos:' is not the last key, or is a flow list
        return _error(f"{path}: cannot append to its 'repos:' list; add by hand:", True)
    path.write_text(updated, encoding="utf-8")
    print(f"added the narrlint hook to {path}; run 'pre-commit install' once per clone")
    return EXIT_OK


def _error(message: str, show_entry: bool = False) -> int:
    print(f"narrlint: error: {message}", file=sys.stderr)
    if show_entry:
        print(PRE_COMMIT_ENTRY, file=sys.stderr, end="")
    return EXIT_ERROR
