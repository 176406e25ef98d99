"""The same prose gives the same findings however it reaches narrlint (robustness r24).

A draft's findings must not depend on its wrapping: line endings, a byte-order mark, the kind
of front matter or a date taken from the file name, a block quote, a list item, a table cell,
an HTML block, a footnote after it, a hard break, soft wraps at every word, emphasis or links
around some of its words, a saved HTML page, a wrapped plain-text file. A variant whose
findings vanish is a silent miss; one whose findings point elsewhere misleads the writer.
Each variant below is compared with the plain Markdown draft: the same codes, and where the
words themselves are untouched, the same quoted text.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

import pytest

from narrlint.engine.session import Session

from .conftest import _registry
from .robustness_checks import seed_session

DATE = "2024-06-01"
DRAFTS = {
    "title, toll and group": (
        "Caretaker Foreign Minister Jalil Abbas Jilani met the Afghan envoy in Islamabad on "
        "Monday. At least 64 people were killed in the blast in Quetta on Monday. Police "
        "detained 40 undocumented Afghan refugees in Karachi."
    ),
    "deadline": (
        "The government has given undocumented Afghans until December 1 to leave the country, "
        "the interior ministry said on Tuesday."
    ),
}
DRAFT_DATES = {"title, toll and group": DATE, "deadline": "2023-10-10"}


def _front(date: str) -> str:
    return f"---\ndate: {date}\n---\n"


def _marked(text: str, every: int, mark: str) -> str:
    """Every ``every``-th alphabetic word of ``text`` wrapped in ``mark`` (``*w*``, ``**w**``,
    or a link when ``mark`` is ``"link"``)."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if i % every == 3 and word.isalpha():
            words[i] = (
                f"[{word}](https://example.invalid/a)" if mark == "link" else mark + word + mark
            )
    return " ".join(words)


# name → (file name, content built from the prose and its date, whether the words are untouched)
WRAPPERS = {
    "crlf": ("d.md", lambda t, d: (_front(d) + t + "\n").replace("\n", "\r\n"), True),
    "lone cr": ("d.md", lambda t, d: (_front(d) + t + "\n").replace("\n", "\r"), True),
    "bom": ("d.md", lambda t, d: "\ufeff" + _front(d) + t + "\n", True),
    "toml front matter": ("d.md", lambda t, d: f"+++\ndate = {d}\n+++\n{t}\n", True),
    "date from the file name": ("{date}-story.md", lambda t, d: t + "\n", True),
    "heading before": ("d.md", lambda t, d: _front(d) + "# A heading\n\n" + t + "\n", True),
    "block quote": ("d.md", lambda t, d: _front(d) + "> " + t + "\n", True),
    "list item": ("d.md", lambda t, d: _front(d) + "- " + t + "\n", True),
    "nested list": ("d.md", lambda t, d: _front(d) + "- item\n  - " + t + "\n", True),
    "table cell": ("d.md", lambda t, d: _front(d) + "| a |\n|---|\n| " + t + " |\n", True),
    "html block": ("d.md", lambda t, d: _front(d) + "<div>\n\n" + t + "\n\n</div>\n", True),
    "footnote": ("d.md", lambda t, d: _front(d) + t + "[^1]\n\n[^1]: A note.\n", True),
    "hard break": ("d.md", lambda t, d: _front(d) + t.replace(". ", ".<br>", 1) + "\n", True),
    "soft wraps": ("d.md", lambda t, d: _front(d) + "\n".join(t.split(" ")) + "\n", True),
    "wrapped at 60": ("d.md", lambda t, d: _front(d) + textwrap.fill(t, 60) + "\n", True),
    "wrapped .txt": ("{date}-story.txt", lambda t, d: textwrap.fill(t, 72) + "\n", True),
    "no-break spaces": ("d.md", lambda t, d: _front(d) + t.replace(" ", "\u00a0", 3) + "\n", True),
    "emphasis": ("d.md", lambda t, d: _front(d) + _marked(t, 5, "*") + "\n", False),
    "bold": ("d.md", lambda t, d: _front(d) + _marked(t, 4, "**") + "\n", False),
    "links": ("d.md", lambda t, d: _front(d) + _marked(t, 6, "link") + "\n", False),
    "saved html page": (
        "d.html",
        lambda t, d: (
            f'<html><head><meta property="article:published_time" content="{d}T09:00:00">'
            f"</head><body><article><p>{html.escape(t, quote=False)}</p></article></body></html>\n"
        ),
        False,
    ),
}


@pytest.fixture(scope="module")
def session(seed_corpus) -> Session:
    return seed_session(seed_corpus, _registry())


@pytest.fixture(scope="module")
def plain(session, tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    """Each draft's findings in plain Markdown, linted once for every wrapper to compare."""
    folder = tmp_path_factory.mktemp("plain")
    return {
        name: _findings(session, folder / "plain.md", _front(DRAFT_DATES[name]) + text + "\n")
        for name, text in DRAFTS.items()
    }


def _findings(session: Session, path: Path, content: str) -> list[tuple[str, str]]:
    path.write_bytes(content.encode("utf-8"))
    result = session.lint_file(str(path))
    assert result.error is None, result.error
    return sorted((f.code, " ".join(f.excerpt.split())) for f in result.findings)


@pytest.mark.parametrize("draft", sorted(DRAFTS))
@pytest.mark.parametrize("wrapper", sorted(WRAPPERS))
def test_a_wrapper_changes_no_finding(session, plain, tmp_path, draft, wrapper):
    text, date = DRAFTS[draft], DRAFT_DATES[draft]
    expected = plain[draft]
    assert expected, "the plain draft must have findings for the comparison to mean anything"
    name, build, words_kept = WRAPPERS[wrapper]
    got = _findings(session, tmp_path / name.format(date=date), build(text, date))
    if words_kept:
        assert got == expected
    else:
        assert [code for code, _ in got] == [code for code, _ in expected]
