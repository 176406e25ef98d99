"""Which files to lint: explicit paths, and draft files found by walking folders.

A hook or CI job runs narrlint over whatever a repository holds, so the walk must never stop
on a bad entry and must say what it skipped for a reason the user did not choose:

* folders are walked in sorted order (files first, then subfolders), following symlinks;
* hidden folders (``.git``, ``.venv``…) are skipped;
* ``.narrlintignore`` files (gitignore syntax, :mod:`narrlint.input.ignore`) in the config file's
  folder and in every walked folder, and the config ``exclude`` patterns (relative to the
  config file's folder), exclude files and whole folders; files named on the command line are
  always linted;
* a folder reached again through a symlink is walked once, and a file named on the command
  line is linted once however often it is reached (named twice, or also found in a folder
  given); a symlink that leads back into a
  folder being walked (a loop) is reported and not followed;
* missing paths, folders that cannot be listed and ignore files that cannot be read become
  :class:`FileError` entries: the run goes on and exits 2 at the end.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from narrlint.config import Config
from narrlint.errors import EMPTY_PATH, InputError
from narrlint.input.ignore import IGNORE_FILE, IgnoreRules, decide
from narrlint.input.source import read_bytes
from narrlint.model import FileError

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx")
"""Drafts read as Markdown (front matter, markup masked); every other draft is plain text."""


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""Drafts read as HTML (a CMS export, a saved page): tags are gaps, as a browser shows it.
Linted when named, never picked up by a folder walk (a site's build output is no draft)."""

MARKUP_KINDS = frozenset({"markdown", "mdx", "html"})
"""Kinds of draft (:func:`draft_kind`) whose markup is not prose: a fix keeps it, a silencing
comment is an HTML (or MDX) comment."""


def draft_kind(path: str) -> str:
    """How a draft of this name is read: ``"markdown"`` (its suffix says so, or ``-``, stdin
    without a name, which editors and pipes send as Markdown), ``"mdx"``, ``"html"`` or
    ``"text"``. The one place a name decides it; an editor's language id may decide instead
    (the language server)."""
    lowered = path.lower()
    if lowered.endswith(".mdx"):
        return "mdx"
    if path == "-" or lowered.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


TEXT_SUFFIXES = (".txt", ".text")
DRAFT_SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES
"""What a folder walk lints: every suffix the engine reads, so a folder of ``.mdx`` drafts is
not skipped in silence while the same file named on the command line is linted. The
pre-commit hooks (.pre-commit-hooks.yaml, ``narrlint init``) select them with
:func:`hook_files_pattern`."""


def hook_files_pattern() -> str:
    """The ``files:`` regular expression of a pre-commit hook that selects exactly the drafts
    narrlint lints (any case). pre-commit's ``types_or: [markdown, plain-text]`` would leave
    out ``.mdx``, ``.mdown``, ``.mkd`` and ``.text``; the shipped hook and the entry ``narrlint
    init`` writes both use this pattern (tests hold them together)."""
    names = "|".join(suffix.lstrip(".") for suffix in DRAFT_SUFFIXES)
    return rf"(?i)\.({names})$"


_LEFT_OUT: ContextVar[frozenset[object]] = ContextVar("narrlint_left_out", default=frozenset())


@contextlib.contextmanager
def leaving_out(paths: Iterable[str | os.PathLike[str]]) -> Iterator[None]:
    """Within the block, folder walks do not list these files: the run's own report
    (``--output-file report.md .``) is output, not a draft; found by the walk from the second
    run on, it was linted, or refused as a draft to overwrite. Named on the command line, a
    file is still listed (the caller decides what that means)."""
    token = _LEFT_OUT.set(frozenset(file_identity(os.fspath(path)) for path in paths))
    try:
        yield
    finally:
        _LEFT_OUT.reset(token)


def iter_files(paths: list[str], config: Config) -> Iterator[tuple[str, FileError | None]]:
    """Expand folders into draft files; report missing paths and loops as errors. A file
    named on the command line that is reached again (named twice, as ``a.md ./a.md``, or
    named and found in a folder given too: ``narrlint *.md .``) is linted once, under the
    first spelling: linted twice, its findings were reported twice, and with ``--fix`` the
    second copy reported the fixed text. ``-`` named twice is stdin once. (Names a folder
    walk finds, a file symlink among them, are each listed as before.)"""
    named: set[object] = set()
    listed: set[object] = set()
    left_out = _LEFT_OUT.get()
    for path, error, explicit in _expand(paths, config):
        if error is None:
            # stdin, named twice (``narrlint - -``), is read once: the second read was empty
            identity = path if path == "-" else file_identity(path)
            if explicit:
                if identity in listed:
                    continue
            elif identity in named or identity in left_out:
                continue
            listed.add(identity)
            if explicit:
                named.add(identity)
        yield path, error


def file_identity(path: str) -> object:
    """The same file reached by two paths (a folder and its file, a symbolic link, a hard
    link) has one identity: device and inode, else the resolved path."""
    try:
        info = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    if info.st_ino:
        return (info.st_dev, info.st_ino)
    return os.path.realpath(path)


def _expand(paths: list[str], config: Config) -> Iterator[tuple[str, FileError | None, bool]]:
    """Each path or error, and whether the path was named (not found in a folder)."""
    walk = _Walk(config)
    for raw in paths:
        if raw == "-":
            yield raw, None, True
            continue
        if not raw:
            yield raw, FileError(raw, EMPTY_PATH), True
            continue
        path = Path(raw)
        if path.is_symlink() and not path.exists():
            yield raw, FileError(raw, _dangling(raw)), True
        elif not path.exists():
            yield raw, FileError(raw, "no such file or directory"), True
        elif path.is_dir():
            for found, error in walk.folder(raw):
                yield found, error, False
        else:
            yield raw, None, True


def _dangling(path: str) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (too many levels of symbolic links)"
    return "broken symlink: its target does not exist"


@dataclass
class _Walk:
    config: Config
    visited: set[tuple[int, int]] = field(default_factory=set)
    _ignore_files: dict[str, IgnoreRules | None] = field(default_factory=dict)
    errors: list[FileError] = field(default_factory=list)

    def base_rules(self) -> list[IgnoreRules]:
        root = str(self.config.root)
        rules = [IgnoreRules.parse(self.config.exclude, root, self.config.path or "config")]
        own = self.ignore_file(root)
        if own is not None:
            rules.append(own)
        return rules

    def ignore_file(self, folder: str) -> IgnoreRules | None:
        """The ``.narrlintignore`` of ``folder``, read once (errors reported once)."""
        key = os.path.realpath(folder)
        if key in self._ignore_files:
            return self._ignore_files[key]
        path = _display(os.path.join(folder, IGNORE_FILE))
        rules = None
        try:
            if os.path.lexists(path):  # none, or the folder is gone: its listing says so, once
                # read_bytes: a FIFO named .narrlintignore blocked every run in its folder
                text = read_bytes(path).decode("utf-8")
                rules = IgnoreRules.parse(text.splitlines(), folder, path)
        except (InputError, UnicodeDecodeError) as exc:
            reason = exc.message if isinstance(exc, InputError) else str(exc)
            self.errors.append(FileError(path, f"cannot read ignore file: {reason}"))
        self._ignore_files[key] = rules
        return rules

    def folder(self, root: str) -> Iterator[tuple[str, FileError | None]]:
        base = self.base_rules()
        yield from self._drain()
        try:
            stat = os.stat(root)
        except OSError as exc:
            yield root, FileError(root, exc.strerror or str(exc))
            return
        key = (stat.st_dev, stat.st_ino)
        if key in self.visited:
            return
        self.visited.add(key)
        # Depth-first with an explicit stack: a deep tree must not hit the recursion limit.
        stack: list[tuple[str, frozenset[tuple[int, int]], list[IgnoreRules]]] = [
            (root, frozenset({key}), base)
        ]
        while stack:
            folder, ancestors, rules = stack.pop()
            # Listed first: a folder that cannot be listed (gone, or a file now) is one error,
            # not a second one about the ignore file it no longer holds.
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda e: e.name)
            except OSError as exc:
                yield folder, FileError(folder, _reason(exc, "cannot list folder"))
                continue
            own = self.ignore_file(folder)
            if own is not None and all(own is not r for r in rules):
                rules = [*rules, own]
            yield from self._drain()
            subfolders = []
            for entry in entries:
                full = os.path.join(folder, entry.name)
                try:
                    is_folder = entry.is_dir()
                except OSError:
                    is_folder = False
                if is_folder:
                    if entry.name.startswith(".") or decide(rules, full, True):
                        continue
                    subfolders.append(full)
                elif entry.name.lower().endswith(DRAFT_SUFFIXES) and not decide(rules, full, False):
                    yield _as_given(root, full), None
            walk_next = []
            for full in subfolders:
                try:
                    stat = os.stat(full)
                except OSError as exc:
                    yield full, FileError(full, _reason(exc, "cannot open folder"))
                    continue
                key = (stat.st_dev, stat.st_ino)
                if key in ancestors:
                    message = "symlink loop: links back to a folder being walked (not followed)"
                    yield full, FileError(full, message)
                    continue
                if key in self.visited:
                    continue  # the same folder through another link: lint it once
                self.visited.add(key)
                walk_next.append((full, ancestors | {key}, rules))
            stack.extend(reversed(walk_next))

    def _drain(self) -> Iterator[tuple[str, FileError | None]]:
        while self.errors:
            error = self.errors.pop(0)
            yield error.path, error


def _as_given(root: str, path: str) -> str:
    """A file found under the folder the user gave, written from that folder as typed: under
    ``.`` it is ``draft.md``, as ruff and git print it, not ``./draft.md``."""
    if root in (".", "./") and path.startswith("./"):
        return path[2:]
    return path


def _display(path: str) -> str:
    """``path`` relative to the current folder when it lies inside it: output must not show
    absolute paths the user did not type (the config root is absolute)."""
    relative = os.path.relpath(path)
    return path if relative == ".." or relative.startswith("../") else relative


def _reason(exc: OSError, what: str) -> str:
    if isinstance(exc, PermissionError):
        return f"{what}: permission denied"
    return f"{what}: {exc.strerror or exc}"
