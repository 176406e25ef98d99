"""Unicode's hyphens inside a name are read as the hyphen they are, not as a word break.

Robustness round 25 (silent misses by input form). A word processor's non-breaking hyphen
(U+2011, Ctrl+Shift+- in Word, ``&#8209;`` in a CMS export) or Unicode's own hyphen (U+2010)
inside a hyphenated name made the name three tokens that neither the entity ruler nor the
readers matched: a stale title on such a name was silently not reported, in Markdown, MDX and
plain text alike. The prose now reads each as ``-``, one character for one (as an entity is
read), so the finding stands on the original characters and a fix keeps the writer's hyphen.
Look-alikes that stay as they are: an en dash, a minus sign and a figure dash, which are no
hyphens (a range, a sign), and the ASCII hyphen itself.
"""

from __future__ import annotations

import pytest

from narrlint.output.fixes import apply_edits, choose_fixes
from narrlint.text.prose import markdown_prose, plain_prose

from .conftest import RURITANIA, ledger_corpus, lint_text, run_cli

HYPHENS = {"hyphen": "\u2010", "non-breaking hyphen": "\u2011", "entity": "&#8209;"}
NOT_HYPHENS = {"en dash": "\u2013", "minus sign": "\u2212", "figure dash": "\u2012"}
HEAD = "---\ndate: 2023-03-01\n---\n"
LINE = "Interim Finance Minister Lena Holm{h}Ardent told reporters the budget would pass."


@pytest.fixture(scope="module")
def holm(tmp_path_factory):
    ledger = (RURITANIA / "ledger.yaml").read_text("utf-8")
    ledger = ledger.replace("Anna Vogel", "Lena Holm-Ardent").replace("[vogel]", "[holm-ardent]")
    return ledger_corpus(tmp_path_factory, ledger)


@pytest.mark.parametrize("reader", [markdown_prose, plain_prose])
@pytest.mark.parametrize("char", ["\u2010", "\u2011"], ids=["hyphen", "non-breaking hyphen"])
def test_the_prose_reads_a_unicode_hyphen_as_a_hyphen_at_its_own_place(reader, char):
    original = f"Talks with Holm{char}Ardent and the well{char}known envoy ended.\n"
    prose = reader(original)
    assert prose.text == "Talks with Holm-Ardent and the well-known envoy ended."
    at = prose.text.index("Holm-Ardent")
    assert prose.span_to_original(at, at + len("Holm-Ardent")) == (11, 22)
    hyphen = prose.text.index("-")
    assert prose.span_to_original(hyphen, hyphen + 1) == (15, 16)
    assert original[15] == char


@pytest.mark.parametrize("char", NOT_HYPHENS.values(), ids=NOT_HYPHENS.keys())
def test_dashes_and_signs_are_left_as_written(char):
    original = f"Pages 3{char}4 of the Holm{char}Ardent file.\n"
    assert markdown_prose(original).text == original.strip()
    assert plain_prose(original).text == original.strip()


@pytest.mark.parametrize("char", HYPHENS.values(), ids=HYPHENS.keys())
def test_a_stale_title_on_a_name_with_a_unicode_hyphen_is_reported_and_fixed_in_place(holm, char):
    plain = lint_text(holm, HEAD + LINE.format(h="-") + "\n", codes=("NL401",))
    assert [(f.code, f.start.line, f.start.column) for f in plain] == [("NL401", 4, 1)]
    text = HEAD + LINE.format(h=char) + "\n"
    found = lint_text(holm, text, codes=("NL401",))
    assert [(f.code, f.start.line, f.start.column) for f in found] == [("NL401", 4, 1)]
    assert found[0].message == plain[0].message
    assert found[0].excerpt == f"Interim Finance Minister Lena Holm{char}Ardent"
    fixed = apply_edits(text, [e for fix in choose_fixes(found) for e in fix.edits])
    assert fixed == HEAD + "Former interim" + LINE.format(h=char)[len("Interim") :] + "\n"


def test_the_same_name_while_in_office_stays_silent(holm):
    """The look-alike: the hyphenated name read whole, and the title then current."""
    for char in HYPHENS.values():
        text = "---\ndate: 2020-05-01\n---\n" + LINE.format(h=char) + "\n"
        assert lint_text(holm, text, codes=("NL401",)) == []


def test_plain_text_and_mdx_drafts_report_it_too(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ledger.yaml").write_text(
        (RURITANIA / "ledger.yaml")
        .read_text("utf-8")
        .replace("Anna Vogel", "Lena Holm-Ardent")
        .replace("[vogel]", "[holm-ardent]"),
        "utf-8",
    )
    (tmp_path / "story.txt").write_text(LINE.format(h="\u2011") + "\n", "utf-8")
    (tmp_path / "story.mdx").write_text(HEAD + LINE.format(h="\u2010") + "\n", "utf-8")
    args = ("--no-seeds", "--corpus", str(folder), "-j", "1", "-q", "--no-color")
    run = run_cli(
        *args, "--date", "2023-03-01", "--output-format", "concise", "story.txt", cwd=tmp_path
    )
    assert run.stdout.startswith("story.txt:1:1: NL401 error: Write "), run.stdout + run.stderr
    run = run_cli(*args, "--output-format", "concise", "story.mdx", cwd=tmp_path)
    assert run.stdout.startswith("story.mdx:4:1: NL401 error: Write "), run.stdout + run.stderr
