"""Silencing findings where the writer says so, in the draft itself.

Markdown (HTML comments, invisible when the story is rendered)::

    <!-- narrlint-disable NL201 -->          from here on (codes or prefixes; none = all rules)
    <!-- narrlint-enable NL201 -->           until here (none = all rules)
    <!-- narrlint-disable-next-line NL401 --> the line after the comment
    <!-- narrlint-disable-line NL401 -->      the line(s) the comment is on

A finding that runs over several lines (a sentence wrapped in the source) is on each of them:
a line directive on any line it spans silences it, so the comment may end its last line as
well as its first, where a writer puts it after the sentence.

MDX (``.mdx``: an HTML comment breaks its build, so the comment is a JSX expression)::

    {/* narrlint-disable NL201 */}    and the same four forms as in Markdown

Plain text (no comment syntax, so a marker at the end of the line)::

    Caretaker Foreign Minister Jalil Abbas Jilani says …  narrlint: ignore[NL401]
    … narrlint: ignore                                     (all rules on this line)

Codes are separated by spaces or commas; words after the codes are a reason and are ignored
(``<!-- narrlint-disable NL201 police figure, confirmed by the desk -->``). The last ``disable``
or ``enable`` before a finding that names its code wins. Only comments Markdown sees as HTML
comments count: one inside a code block or code span is an example, not a directive.

This is a filter after the rules (and after the configuration), like ``filters``: rules never
know about it. ``NL000`` internal errors are never silenced. With
``--report-unused-suppressions`` a directive (or one of its codes) that silenced nothing is
reported as ``NL001 unused-suppression``, at the comment, with a fix that deletes a directive
that is unused as a whole. Codes of rules that did not run for the file (``--select``,
``per-file-ignores``) are not reported: there was nothing for them to silence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from narrlint.engine.linter import INTERNAL_ERROR, excerpt
from narrlint.model import Edit, Finding, Fix, Severity
from narrlint.output.selection import pattern_for
from narrlint.text.positions import LineIndex

UNUSED = "NL001"
UNUSED_NAME = "unused-suppression"

_MARKDOWN = re.compile(
    r"<!--\s*narrlint-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*?)-->",
    re.S,
)
_MDX = re.compile(
    r"\{\s*/\*\s*narrlint-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*?)\*/\s*\}",
    re.S,
)
"""The same directives as MDX comments, ``{/* narrlint-disable NL201 */}`` (``.mdx`` only:
in Markdown the braces are text a reader sees)."""
_PLAIN = re.compile(r"(?:^|(?<=\s))narrlint:[ \t]*ignore(?:\[([^\]\r\n]*)\])?[ \t]*$")
_CODE = re.compile(r"^[A-Za-z]{1,4}[0-9]{1,3}$")
_SEPARATORS = re.compile(r"[\s,]+")
_LEADING_CODES = re.compile(r"\s*((?:[A-Za-z]{1,4}[0-9]{1,3}(?![\w-])[\s,]*)*(?<![\s,]))?")
"""The codes a plain marker's brackets start with (group 1; empty when none)."""


@dataclass(slots=True)
class Directive:
    """One suppression comment or marker."""

    kind: str
    """``disable`` | ``enable`` | ``disable-next-line`` | ``disable-line`` | ``ignore``."""
    codes: tuple[str, ...] | None
    """Codes or prefixes it names; ``None`` = all rules."""
    start: int
    end: int
    """Original offsets of the comment or marker."""
    first_line: int
    last_line: int
    used: set[str] = field(default_factory=set)
    """Codes (``"*"`` for all) that silenced at least one finding."""

    def names(self, code: str) -> str | None:
        """The pattern of this directive that covers ``code`` (``"*"`` for all rules)."""
        if self.codes is None:
            return "*"
        return pattern_for(code, self.codes)

    def covers_line(self, line: int) -> bool:
        """Whether this line directive covers ``line``."""
        return self.covers_lines(line, line)

    def covers_lines(self, first: int, last: int) -> bool:
        """Whether this line directive covers one of the lines ``first``..``last`` (a finding
        is on every line it spans)."""
        if self.kind == "disable-next-line":
            return first <= self.last_line + 1 <= last
        return first <= self.last_line and self.first_line <= last


def parse_codes(words: str) -> tuple[str, ...] | None:
    """Leading codes of a directive (the rest is a reason); ``None`` when it names none.

    A first word that tries to be a code and is none ("NL4O1", "NL-401", "NL 401") gives ``()``:
    the comment names no rule and silences nothing (NL001 says so), where reading the typo
    as a reason would silence every rule to the end of the file. A code may end with a colon
    before its reason ("NL401: quoted as spoken").
    """
    split = [word for word in _SEPARATORS.split(words.strip()) if word]
    codes = []
    for at, word in enumerate(split):
        bare = word.rstrip(":;.")
        if _CODE.match(bare):
            codes.append(bare.upper())
            if bare != word:
                break
            continue
        if not codes and _attempted_code(word, split[at + 1] if at + 1 < len(split) else ""):
            return ()
        break
    return tuple(codes) or None


_ATTEMPT = re.compile(r"^[^\W\d_]{1,4}[-_.]?\w*\d\w*[:;.]?$")
"""Letters then a word with a digit in it: what a code looks like with a typo in it."""


def _attempted_code(word: str, after: str) -> bool:
    """Whether ``word`` (followed by ``after``) was meant as a code: "NL4O1", "NL-401",
    or a code split by a space ("NL 401")."""
    if _ATTEMPT.match(word):
        return True
    return word.isalpha() and word.isupper() and len(word) <= 4 and after.isdigit()


def is_mdx(path: str) -> bool:
    """Whether ``path`` is an MDX draft, whose comments are ``{/* … */}``."""
    return path.lower().endswith(".mdx")


def parse(
    text: str,
    markdown: bool,
    comment_lines: Sequence[tuple[int, int]] | None = None,
    mdx: bool = False,
) -> list[Directive]:
    """Every directive in ``text``, in order.

    ``comment_lines``: the draft's own parse of where Markdown comments naming narrlint lie
    (:attr:`narrlint.text.prose.ProseText.directive_lines`); without it the text is parsed
    again to find them. ``mdx``: MDX comments (``{/* … */}``) count too.
    """
    if "narrlint" not in text:  # the common case costs one scan
        return []
    if not markdown:
        return _plain_directives(text)
    return _markdown_directives(text, comment_lines, mdx)


def _markdown_directives(
    text: str, comment_lines: Sequence[tuple[int, int]] | None, mdx: bool = False
) -> list[Directive]:
    matches = list(_MARKDOWN.finditer(text))
    if mdx:
        matches = sorted([*matches, *_MDX.finditer(text)], key=lambda m: m.start())
    if not matches:
        return []
    lines = LineIndex(text)
    allowed = _comment_lines(text) if comment_lines is None else comment_lines
    directives = []
    for match in matches:
        first = lines.position(match.start()).line
        if not any(low <= first <= high for low, high in allowed):
            continue
        last = lines.position(match.end()).line
        directives.append(
            Directive(
                match.group(1), parse_codes(match.group(2)), match.start(), match.end(), first, last
            )
        )
    return directives


def _comment_lines(text: str) -> Sequence[tuple[int, int]]:
    """1-based line ranges where markdown-it sees an HTML comment naming narrlint (not code),
    from a parse of its own: for callers that have no draft's parse at hand."""
    from narrlint.input.frontmatter import split_front_matter
    from narrlint.text.prose import markdown_prose

    try:
        skip = split_front_matter(text, "-").end
    except Exception:  # bad front matter is reported by the engine, not here
        skip = 0
    return markdown_prose(text, skip).directive_lines or ()


def _plain_directives(text: str) -> list[Directive]:
    lines = LineIndex(text)
    directives = []
    for number in range(1, lines.line_count + 1):
        start, end = lines.line_span(number, text)
        if "narrlint" not in text[start:end]:
            continue
        match = _PLAIN.search(text, start, end)
        if match is None:
            continue
        codes = parse_codes(match.group(1) or "")
        if match.group(1) is not None and codes is None:
            codes = ()  # "ignore[]" or "ignore[typo]": names nothing, silences nothing
        directives.append(Directive("ignore", codes, match.start(), match.end(), number, number))
    return directives


def responsible(
    directives: list[Directive], starts: list[int], finding: Finding
) -> Directive | None:
    """The directive that silences ``finding``, if any: a line directive covering one of its
    lines, else the last ``disable``/``enable`` before it that names its code, if that is a
    disable."""
    code, first, last = finding.code, finding.start.line, _last_line(finding)
    for directive in directives:
        if directive.kind in ("disable", "enable") or directive.names(code) is None:
            continue
        if directive.covers_lines(first, last):
            return directive
    last = None
    for directive in directives[: bisect_right(starts, finding.offset)]:
        if directive.kind in ("disable", "enable") and directive.names(code) is not None:
            last = directive
    return last if last is not None and last.kind == "disable" else None


def _last_line(finding: Finding) -> int:
    """The last line holding a character of ``finding`` (its end is exclusive: an end at the
    start of a line is the line before)."""
    end = finding.end
    if end.line > finding.start.line and end.column == 1:
        return end.line - 1
    return max(end.line, finding.start.line)


def apply_suppressions(
    findings: list[Finding],
    text: str,
    path: str,
    *,
    markdown: bool,
    active: Iterable[str] = (),
    known: Iterable[str] = (),
    report_unused: bool = False,
    comment_lines: Sequence[tuple[int, int]] | None = None,
    mdx: bool | None = None,
) -> list[Finding]:
    """``findings`` less the silenced ones, plus ``NL001`` for unused directives when asked.

    ``active``: codes of the rules that ran on this file; ``known``: every installed code;
    ``comment_lines``: the draft's parse of where its comments lie (see :func:`parse`);
    ``mdx``: the draft was read as MDX (unsaid: its name says).
    """
    mdx = is_mdx(path) if mdx is None else mdx
    directives = parse(text, markdown, comment_lines, markdown and mdx)
    if not directives:
        return findings
    starts = [d.start for d in directives]
    kept = []
    for finding in findings:
        directive = None
        if finding.code != INTERNAL_ERROR:
            directive = responsible(directives, starts, finding)
        if directive is None:
            kept.append(finding)
        else:
            directive.used.add(directive.names(finding.code) or "*")
    if report_unused:
        kept.extend(unused_findings(directives, text, path, set(active), set(known)))
        kept.sort(key=lambda f: f.sort_key)
    return kept


def unused_findings(
    directives: list[Directive], text: str, path: str, active: set[str], known: set[str]
) -> list[Finding]:
    lines = LineIndex(text)
    found = []
    for directive in directives:
        if directive.kind == "enable":
            continue
        written = excerpt(text, directive.start, directive.end)
        if directive.codes is None:
            if "*" in directive.used or not active:
                continue
            message = "unused suppression: there is no finding here for it to silence"
            found.append(_finding(directive, path, lines, text, written, message, whole=True))
            continue
        reasons = []
        for code in directive.codes:
            if code in directive.used:
                continue
            if not any(k.startswith(code) for k in known):
                reasons.append(f"{code} names no installed rule")
            elif any(a.startswith(code) for a in active):
                reasons.append(f"{code} silenced nothing here")
        if not directive.codes:
            reasons.append("it names no rule code")
        if reasons:
            whole = not directive.used
            message = f"unused suppression: {'; '.join(reasons)}"
            found.append(_finding(directive, path, lines, text, written, message, whole=whole))
    return found


def _finding(
    directive: Directive,
    path: str,
    lines: LineIndex,
    text: str,
    written: str,
    message: str,
    whole: bool,
) -> Finding:
    fix = None
    fix_positions: tuple = ()
    if whole:
        start, end = _removal(text, directive, lines)
        fix = Fix("remove the unused suppression", (Edit(start, end, ""),))
        fix_positions = ((lines.position(start), lines.position(end), ""),)
    return Finding(
        path=path,
        start=lines.position(directive.start),
        end=lines.position(directive.end),
        code=UNUSED,
        rule=UNUSED_NAME,
        severity=Severity.WARNING,
        message=message,
        excerpt=written,
        fix=fix,
        fix_positions=fix_positions,
        offset=directive.start,
        end_offset=directive.end,
    )


def _removal(text: str, directive: Directive, lines: LineIndex) -> tuple[int, int]:
    """What deleting a directive removes: its whole line(s) when nothing else is on them,
    else the comment or marker and the blanks before it."""
    first_start, _ = lines.line_span(directive.first_line, text)
    _, last_end = lines.line_span(directive.last_line, text)
    before = text[first_start : directive.start]
    after = text[directive.end : last_end]
    if not before.strip() and not after.strip():
        following = (
            lines.line_start(directive.last_line + 1)
            if directive.last_line < lines.line_count
            else last_end
        )
        return first_start, following
    start = directive.start
    while start > first_start and text[start - 1] in " \t":
        start -= 1
    return start, directive.end


def silencing_edit(
    text: str, start: int, end: int, code: str, markdown: bool, mdx: bool = False
) -> Edit | None:
    """The edit that silences ``code`` on the line ``text[start:end]`` (no line ending), where
    the directive is read and the rendered story stays the same: at the end of the line
    (before trailing blanks, so a Markdown hard line break survives), before a closing
    backslash (the other hard break), inside a table row's last cell (a comment after the
    closing pipe is an extra cell GFM drops: it silenced nothing), or as one more code in
    the line's plain-text marker (a second marker left the first one no longer ending the
    line, and it stopped silencing). ``None`` when a bare marker already silences all."""
    content = text[start:end].rstrip(" \t")
    at = start + len(content)
    if not markdown:
        marker = _PLAIN.search(text, start, end)
        if marker is None:
            return Edit(at, at, f"  narrlint: ignore[{code}]")
        if marker.group(1) is None:
            return None
        inside = marker.group(1)
        leading = _LEADING_CODES.match(inside)
        if leading.group(1):  # after the codes it names, before any reason
            spot = marker.start(1) + leading.end(1)
            return Edit(spot, spot, f", {code}")
        spot = marker.start(1) + leading.end()
        return Edit(spot, spot, f"{code} " if inside.strip() else code)
    backslashes = len(content) - len(content.rstrip("\\"))
    comment = f"<!-- narrlint-disable-line {code} -->"
    if mdx:
        comment = f"{{/* narrlint-disable-line {code} */}}"
    if content.endswith("|") and "|" in content[:-1] and backslashes == 0:
        at -= 1
        return Edit(at, at, f"{comment} " if text[at - 1] in " \t" else f" {comment}")
    if backslashes % 2 == 1:
        at -= 1
    return Edit(at, at, f" {comment}")
