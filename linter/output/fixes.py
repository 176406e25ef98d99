"""``--fix`` and ``--diff``: apply the fixes rules attach to findings.

Fixes are edits on the original text (character offsets), so whatever the text does not touch
survives byte for byte: CRLF or CR line endings, a UTF-8 byte order mark (``SourceText.bom``),
trailing spaces. A fix is applied whole or not at all; a fix that overlaps an earlier one
waits for the next pass. After each pass the draft is linted again (a fix can move or reveal
another finding), until nothing more applies or ``MAX_PASSES`` is reached, so running ``--fix``
twice changes nothing the second time. A fix after which its finding is still reported (as many
times as before, same code and message) did not fix it: applying it again would stack the same
edit pass after pass and run after run ("former former …"), so it is taken back and the finding
is left for the writer.

Writing is the only place narrlint touches a draft, and it is careful:

* only with ``--fix``, and only files this run linted, and only if the file on disk still
  holds exactly the bytes that were linted (an editor saving meanwhile wins), compared again
  right before the new text takes its place, while holding a lock on the folder that two
  ``narrlint --fix`` runs take in turn (:mod:`~narrlint.output.atomic`): the second finds
  the file changed and leaves it (nothing is lost, no fix is applied twice);
* never through a symlink that leads out of the folder given on the command line (for a file
  argument, the folder holding it);
* never to a file without any write permission bit (an error, exit 2: the file is untouched);
* atomically: the new text goes to a temporary file in the same folder, is flushed to disk,
  gets the old file's permission bits and owner, and replaces the old file with
  ``os.replace``; a crash leaves either the old draft or the new one, never half of each, and
  the temporary file is removed whatever interrupts the write (``SIGINT``/``SIGTERM`` wait
  until it is done);
* through a symlink to its target (the link stays a link), and straight into a file that is
  no regular file (a pipe, ``/dev/null``, ``/dev/stdout``) as a shell's ``>`` writes, never
  renaming a new file in its place;
* in place where a new file would not be the same file: a draft with hard links (a rename
  would leave the other names holding the old text) or one whose owner this user cannot give
  to a new file. Then, as editors do, the old text is first copied to a backup beside it (or
  in the temporary folder) and flushed to disk, the draft is overwritten and flushed, and the
  backup removed: links, owner, permissions and extended attributes stay; a failed write puts
  the old text back, and if even that fails the error names the backup holding it.
"""

from __future__ import annotations

import difflib
import html
import itertools
import os
import re
import stat
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from narrlint.engine.linter import LintResult
from narrlint.input.source import SourceText
from narrlint.model import Edit, Finding, Fix
from narrlint.output.atomic import CHANGED, ChangedOnDisk, write_atomic
from narrlint.output.escape import escape

if TYPE_CHECKING:
    from narrlint.engine.session import Report, Session
    from narrlint.text.prose_text import ProseText

MAX_PASSES = 5


def _overlaps(a: Edit, b: Edit) -> bool:
    """Whether two edits touch the same characters (adjacent edits do not)."""
    if a.start == b.start:
        return True  # two insertions at one point, or an insertion where a replacement starts
    if max(a.start, b.start) < min(a.end, b.end):
        return True
    return any(x.start == x.end and y.start < x.start < y.end for x, y in ((a, b), (b, a)))


def choose_fixes(findings: Iterable[Finding]) -> list[Fix]:
    """Fixes that can be applied together: in text order, each whole and overlapping none
    chosen before it; duplicates (two findings, one remedy) once."""
    candidates = []
    seen: set[tuple[Edit, ...]] = set()
    for finding in findings:
        fix = finding.fix
        if fix is None or not fix.edits:
            continue
        edits = tuple(sorted(fix.edits, key=lambda e: (e.start, e.end)))
        if edits in seen:
            continue
        seen.add(edits)
        candidates.append((edits, fix))
    candidates.sort(key=lambda item: (item[0][0].start, item[0][-1].end))
    chosen: list[Fix] = []
    taken = _Taken()
    for edits, fix in candidates:
        # Sorted edits overlap one another only if two neighbours do.
        if any(_overlaps(a, b) for a, b in itertools.pairwise(edits)):
            continue
        if any(taken.overlaps(edit) for edit in edits):
            continue
        chosen.append(fix)
        for edit in edits:
            taken.add(edit)
    return chosen


class _Taken:
    """Edits already chosen, pairwise non-overlapping, sorted by start: O(log n) per question
    (a pairwise check against every chosen edit took 25 s for 8,000 fixes).

    Non-overlapping edits sorted by start also have their ends in order, so the only chosen
    edits an edit ``e`` can overlap start at or before ``e.end`` and end at or after
    ``e.start``: the last few of that prefix.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[Edit] = []

    def overlaps(self, edit: Edit) -> bool:
        index = bisect_right(self.starts, edit.end) - 1
        while index >= 0 and self.edits[index].end >= edit.start:
            if _overlaps(self.edits[index], edit):
                return True
            index -= 1
        return False

    def add(self, edit: Edit) -> None:
        index = bisect_right(self.starts, edit.start)
        self.starts.insert(index, edit.start)
        self.edits.insert(index, edit)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied (offsets refer to ``text``)."""
    pieces = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


_MARKUP = re.compile("[*_~`\\[\\]<>&\\\\|\r\n\u2010\u2011]")
"""Characters that may be Markdown markup (emphasis, code, links, HTML, entities, escapes,
table pipes) or a line break that may carry a block marker (``> ``, a list indent), and the
Unicode hyphens the prose reads as ``-``
(:data:`narrlint.text.prose_builder.HYPHEN_READINGS`): a fix that writes ``-`` there keeps the
draft's own character."""
_LINE_BREAK = re.compile("[\r\n\u2010\u2011]")


def markup_safe(
    text: str,
    edits: Sequence[Edit],
    kind: str,
    prose: ProseText | None = None,
) -> list[Edit]:
    """``edits`` with the Markdown inside their spans kept.

    A rule's fix replaces the words it found, and its span covers whatever markup lies
    between them: "until **December 1**, 2023" fixed as one span was "until **November 1,
    2023" (the emphasis left open to the end of the paragraph), a date across two quoted
    lines lost the line break and its ``>``. Here an edit whose span holds characters that
    are not prose is cut into edits of the prose only: the replacement is aligned with the
    prose characters of the span (a space matches any whitespace) and only the differing runs
    are replaced, so the markup, line breaks and block markers stay where they were.
    In a plain-text draft (``kind`` "text", :func:`~narrlint.input.discover.draft_kind`) only
    line breaks are kept: a fix across a hard-wrapped line ("until December" / "1, 2023")
    joined the two lines (robustness probe r10). ``prose``, the draft's own parse where the
    caller has it, saves parsing it again; without it the draft is parsed as ``kind`` says (an
    ``.mdx`` draft's code is no prose)."""
    from narrlint.input.discover import MARKUP_KINDS

    markup = _MARKUP if kind in MARKUP_KINDS else _LINE_BREAK
    if not any(e.end > e.start and markup.search(text, e.start, e.end) for e in edits):
        return list(edits)
    if prose is None:
        prose = _draft_prose(text, kind)
        if prose is None:
            return list(edits)
    safe: list[Edit] = []
    for edit in edits:
        kept = prose.kept_offsets(text, edit.start, edit.end)
        safe.extend(_prose_edits(text, edit, kept, prose.decoded_markup(edit.start, edit.end)))
    return safe


def _draft_prose(text: str, kind: str) -> ProseText | None:
    """The draft's prose as the reader takes it (``None`` when the draft cannot be read: its
    fixes are then left as the rule made them)."""
    from narrlint.errors import NarrlintError
    from narrlint.input.frontmatter import split_front_matter
    from narrlint.text.prose import draft_prose

    try:
        skip = split_front_matter(text, "-").end
        return draft_prose(text, "-", skip, kind=kind)
    except NarrlintError:
        return None


def _reads_as_space(markup: str) -> bool:
    """Whether a run of markup between two prose characters reads as whitespace."""
    return any(c.isspace() for c in (html.unescape(markup) if "&" in markup else markup))


def _prose_edits(
    text: str, edit: Edit, prose: set[int], decoded: dict[int, tuple[int, str]]
) -> list[Edit]:
    span = range(edit.start, edit.end)
    if not decoded and all(i in prose or text[i] in " \t" for i in span):
        return [edit]
    # The span's prose characters, and between two of them a gap of markup that reads as
    # whitespace (a line break and its "> ", an entity such as "&nbsp;") as one space: it
    # matches the replacement's space, and the markup stays. An entity read as a visible
    # character ("Dec&#101;mber") is that character, rewritten whole or kept whole: cut
    # apart from its letter it left "Nove&#101;mber" ("Noveember" on the page).
    units: list[tuple[str, int, int]] = []  # (character, start, end; -1, -1 for a gap)
    gap = False
    markup = ""
    i = edit.start
    while i < edit.end:
        entity = decoded.get(i)
        if entity is not None and entity[0] > edit.end:
            entity = None  # the span ends inside the markup: it is not the span's character
        if entity is not None or i in prose:
            gap = gap or _reads_as_space(markup)
            if gap and units and units[-1][0] != " ":
                units.append((" ", -1, -1))
            if entity is not None:
                units.append((entity[1], i, entity[0]))
                i = entity[0]
            else:
                units.append((" " if text[i].isspace() else text[i], i, i + 1))
                i += 1
            gap, markup = False, ""
        else:
            markup += text[i]
            i += 1
    if not any(start >= 0 for _, start, _ in units):
        return [edit]
    old = "".join(char for char, _, _ in units)
    new = "".join(" " if c.isspace() else c for c in edit.replacement)
    pieces: list[Edit] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        replacement = edit.replacement[j1:j2]
        spans = [(start, end) for _, start, end in units[i1:i2] if start >= 0]
        if not spans:  # an insertion, or a change of a gap: after the prose before it
            before = [end for _, start, end in units[:i1] if start >= 0]
            at = before[-1] if before else edit.start
            if i1 == i2 or replacement.strip():
                pieces.append(Edit(at, at, replacement))
            continue
        # the replaced prose characters, in runs of neighbours: the first run takes the new
        # text, the others are deleted, and the markup between them stays
        runs: list[list[int]] = []
        for start, end in spans:
            if runs and runs[-1][1] == start:
                runs[-1][1] = end
            else:
                runs.append([start, end])
        for number, (start, end) in enumerate(runs):
            pieces.append(Edit(start, end, replacement if number == 0 else ""))
    return pieces


@dataclass
class FixedFile:
    """One draft after fixing: its original source, the final text and the final findings."""

    path: str
    original: SourceText
    text: str
    applied: int
    result: LintResult

    @property
    def changed(self) -> bool:
        return self.text != self.original.text

    def encoded(self) -> bytes:
        return self.original.encode(self.text)


def fix_source(
    session: Session, source: SourceText, path: str, result: LintResult | None = None
) -> FixedFile:
    """Apply fixes to ``source`` until stable (at most ``MAX_PASSES`` lint runs)."""
    from narrlint.input.discover import draft_kind

    result = result if result is not None else session.lint_source(source, path)
    text, applied = source.text, 0
    futile: set[tuple[str, str]] = set()
    for _ in range(MAX_PASSES):
        if result.error is not None:
            break
        fixable = [f for f in result.findings if _fix_key(f) not in futile]
        fixes = choose_fixes(fixable)
        if not fixes:
            break
        edits = [e for fix in fixes for e in fix.edits]
        edits = markup_safe(text, edits, draft_kind(path))
        new_text = apply_edits(text, edits)
        if new_text == text:
            break
        again = session.lint_source(SourceText(new_text, source.bom), path)
        if again.error is not None:  # a fix that breaks the draft is not applied
            break
        # A finding whose remedy was applied, its own or an identical one (choose_fixes
        # applies a remedy shared by two findings once).
        applied_edits = {frozenset(fix.edits) for fix in fixes}
        remedied = [f for f in fixable if f.fix and frozenset(f.fix.edits) in applied_edits]
        stuck = _unresolved(remedied, result.findings, again)
        if stuck:  # redo the pass without them
            futile |= stuck
            continue
        text, applied, result = new_text, applied + len(fixes), again
    return FixedFile(path, source, text, applied, result)


def _fix_key(finding: Finding) -> tuple[str, str]:
    return (finding.code, finding.message)


def _unresolved(
    fixed: list[Finding], before: list[Finding], after: LintResult
) -> set[tuple[str, str]]:
    """Keys of ``fixed`` findings reported after the pass as often as before it."""
    count_before = Counter(map(_fix_key, before))
    count_after = Counter(map(_fix_key, after.findings))
    return {key for key in map(_fix_key, fixed) if count_after[key] >= count_before[key]}


# ---------------------------------------------------------------------------------------------
# A whole run


@dataclass
class FixSummary:
    changed: list[FixedFile] = field(default_factory=list)
    """Files the fixes change (with ``--diff``: would change)."""
    written: list[FixedFile] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    """Why a file was not written (symlink out of the tree, changed on disk, OS error)."""
    errors: list[str] = field(default_factory=list)
    """Files that were not written because they are read-only: an error (exit 2)."""

    @property
    def applied(self) -> int:
        return sum(f.applied for f in self.changed)


def fix_report(
    session: Session,
    report: Report,
    roots: Sequence[str],
    *,
    write: bool,
    diff: TextIO | None = None,
) -> FixSummary:
    """Fix every linted file of ``report`` (in the main process), write them when ``write``,
    print a unified diff to ``diff``; ``report.findings`` becomes what remains."""
    summary = FixSummary()
    remaining: dict[str, list[Finding]] = {}
    for index, result in enumerate(report.results):
        if result.error is not None or result.source is None:
            continue
        if not any(f.fix is not None for f in result.findings):
            continue
        fixed = fix_source(session, result.source, result.path, result)
        if not fixed.changed:
            continue
        summary.changed.append(fixed)
        if diff is not None:
            diff.write(unified_diff(fixed))
        if not write:
            continue
        problem = write_fixed(fixed, roots)
        if problem:
            reasons = summary.errors if problem == READ_ONLY else summary.refused
            reasons.append(f"{fixed.path}: not fixed: {problem}")
            continue
        summary.written.append(fixed)
        report.results[index] = fixed.result
        remaining[fixed.path] = fixed.result.findings
    if remaining:
        kept = [f for f in report.findings if f.path not in remaining]
        report.findings = sorted(
            [*kept, *(f for findings in remaining.values() for f in findings)],
            key=lambda f: f.sort_key,
        )
    return summary


def write_fixed(fixed: FixedFile, roots: Sequence[str]) -> str | None:
    """Write a fixed draft; the reason it was not written, or ``None``."""
    if fixed.path == "-":
        return "stdin cannot be rewritten (use --diff)"
    real = os.path.realpath(fixed.path)
    tree = _tree(fixed.path, roots)
    if os.path.commonpath([real, tree]) != tree:
        return f"it is a symlink to {real}, outside {tree}"
    from narrlint.errors import InputError
    from narrlint.input.source import read_bytes

    try:
        on_disk = read_bytes(real)  # swapped for a FIFO since it was linted: no hang
    except InputError as exc:
        return exc.message
    linted = fixed.original.encode(fixed.original.text)
    if on_disk != linted:
        return CHANGED
    if read_only(real):
        return READ_ONLY
    try:
        write_atomic(real, fixed.encoded(), expected=linted)
    except ChangedOnDisk:
        return CHANGED
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


READ_ONLY = "it is read-only (no write permission bits); narrlint never rewrites such a file"


def read_only(path: str) -> bool:
    """Whether ``path`` has no write permission bit at all. The mode bits, not ``access()``:
    root may write anything, and ``os.replace`` needs only the folder, yet a file someone made
    read-only is not for ``--fix`` to change."""
    try:
        return not stat.S_IMODE(os.stat(path).st_mode) & (
            stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        )
    except OSError:
        return False


def _tree(path: str, roots: Sequence[str]) -> str:
    """The real folder of the command-line argument ``path`` came from (for a file argument,
    the folder that holds it)."""
    absolute = os.path.abspath(path)
    for root in roots:
        if root == "-" or not os.path.isdir(root):
            continue
        base = os.path.abspath(root)
        if absolute.startswith(base.rstrip(os.sep) + os.sep):
            return os.path.realpath(root)
    return os.path.realpath(os.path.dirname(absolute))


def _lines(text: str) -> list[str]:
    """Lines with their endings as ``patch`` and ``git apply`` split them: at ``\\n`` only (a
    ``\\r\\n`` ending stays in its line). A file with lone ``\\r`` endings (old Mac) is then one
    line, as git shows it: split at each ``\\r``, its hunk lines ended in a bare ``\\r`` and
    ``patch`` read the whole hunk as one line and refused it. (``str.splitlines`` would also
    split at form feeds and U+2028, which ``patch`` does not.)"""
    return _LF_LINE.findall(text)


_LF_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def unified_diff(fixed: FixedFile) -> str:
    """A ``git apply``-able unified diff of the fixes (``a/`` and ``b/`` prefixes)."""
    name = escape(Path(fixed.path).as_posix())  # the headers are printed: no raw ESC, newline
    lines = difflib.unified_diff(
        _lines(fixed.original.text), _lines(fixed.text), f"a/{name}", f"b/{name}"
    )
    out = []
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)
