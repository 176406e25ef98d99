"""``--fix`` rewrites an HTML entity read as a letter whole, or leaves it whole (r18).

A draft pasted from a CMS export carries entities inside words ("Dec&#101;mber",
"Jos&eacute;"). The reader reads such an entity as its one character, but ``--fix`` cut the
entity apart from that character: the fix of "Dec&#101;mber 1, 2023" to "November 1, 2023"
wrote "Nove&#101;mber" ("Noveember" on the page), in a paragraph, in Markdown alt text and in
an HTML ``alt`` attribute alike. The entity is now one unit of the fix: kept when its
letter stays, replaced whole when its letter changes.
"""

from __future__ import annotations

from .conftest import run_cli

HEAD = "---\ndate: 2024-07-01\n---\n"
WHO = "Pakistan gave undocumented foreigners until "
REST = " to leave the country or face deportation."

WRAPS = {
    "paragraph": ("", ""),
    "markdown alt": ("![", "](photo.jpg)"),
    "html alt": ('<p><img src=photo.jpg alt="', '"></p>'),
}


CASES = {
    "kept": ("Dec&#101;mber 1, 2023", "Nov&#101;mber 1, 2023"),  # its letter stays
    "replaced": ("D&#101;cember 1, 2023", "November 1, 2023"),  # its letter changes
    "digit": ("December &#49;, 2023", "November &#49;, 2023"),
    "plain": ("December 1, 2023", "November 1, 2023"),
}


def test_an_entity_read_as_a_letter_is_fixed_whole(tmp_path) -> None:
    drafts = {}
    for wrap_name, (opening, closing) in WRAPS.items():
        for case_name, (before, after) in CASES.items():
            draft = tmp_path / f"{wrap_name.replace(' ', '-')}-{case_name}.md"
            draft.write_text(f"{HEAD}{opening}{WHO}{before}{REST}{closing}\n", "utf-8")
            drafts[draft] = f"{HEAD}{opening}{WHO}{after}{REST}{closing}\n"
    marked = tmp_path / "after-markup.md"  # emphasis ends just before the entity
    marked.write_text(f"{HEAD}{WHO}**Dec**&#x65;mber 1, 2023{REST}\n", "utf-8")
    drafts[marked] = f"{HEAD}{WHO}**Nov**&#x65;mber 1, 2023{REST}\n"
    run = run_cli("-j", "1", "--fix", "--output-format", "concise", ".", cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr
    for draft, after in drafts.items():
        assert draft.read_text(encoding="utf-8") == after, draft.name
    assert "NL101" not in run.stdout, run.stdout


def test_an_html_page_entity_is_fixed_whole(tmp_path) -> None:
    page = tmp_path / "story.html"
    head = '<html><head><meta name="date" content="2024-07-01"></head><body><p>'
    page.write_text(f"{head}{WHO}Dec&#101;mber 1, 2023{REST}</p></body></html>\n", "utf-8")
    run = run_cli("-j", "1", "--fix", "story.html", cwd=tmp_path)
    assert "Traceback" not in run.stderr, run.stderr
    fixed = page.read_text(encoding="utf-8")
    assert f"{WHO}Nov&#101;mber 1, 2023{REST}" in fixed, fixed


def test_the_editor_gets_the_same_edits_without_a_parse_at_hand() -> None:
    """The language server's code actions call ``markup_safe`` without the draft's parse."""
    from narrlint.model import Edit
    from narrlint.output.fixes import apply_edits, markup_safe

    for kind, text, after in (
        ("markdown", "Until Dec&#101;mber 1, 2023 now.\n", "Until Nov&#101;mber 1, 2023 now.\n"),
        ("html", "<p>Until D&#101;cember 1, 2023 now.</p>", "<p>Until November 1, 2023 now.</p>"),
    ):
        start, end = text.index("D"), text.index(" now")
        edits = markup_safe(text, [Edit(start, end, "November 1, 2023")], kind)
        assert apply_edits(text, edits) == after
