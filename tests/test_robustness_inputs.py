"""Inputs a linter running unattended must survive (issue 5): other encodings, binary files,
empty and front-matter-only files, BOMs, every line ending, tabs, combining marks and emoji,
broken front matter, and very large drafts.

Files narrlint cannot read are a clear error naming the file and line, the other files are
still linted and the exit code is 2. Everything else is linted, with every finding's line and
column (1-based, in characters) pointing at exactly the text it quotes.
"""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from narrlint.engine.linter import Linter, excerpt
from narrlint.errors import InputError
from narrlint.input.source import SourceText, decode
from narrlint.model import Finding
from narrlint.nlp.chunking import CHUNK_CHARS, chunk_bounds, run_pipeline
from narrlint.text.positions import LineIndex

from .conftest import ROOT, RURITANIA, _registry, run_cli

STALE_LINE = "Interim Finance Minister Anna Vogel says the deficit is falling."
STALE = f"---\ndate: 2023-01-01\n---\n# Budget\n\n{STALE_LINE}\n"
QUOTE = "Interim Finance Minister Anna Vogel"


def corpus_args() -> list[str]:
    return ["--no-seeds", "--corpus", str(RURITANIA), "-j", "1"]


def png_bytes() -> bytes:
    """A real 1×1 PNG: signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def lint(corpus, text: str | bytes, path: str = "draft.md", **kwargs) -> list[Finding]:
    source = decode(text, path) if isinstance(text, bytes) else SourceText(text)
    rules = [r for _, r in sorted(_registry().rules.items())]
    result = Linter(rules, corpus, **kwargs).lint(source, path)
    assert result.error is None, result.error
    return result.findings


def assert_points_at_quotes(text: str, findings: list[Finding]) -> None:
    """Every finding's line/column is the offset of the text it quotes, in characters."""
    lines = LineIndex(text)
    for finding in findings:
        assert 0 <= finding.offset <= finding.end_offset <= len(text)
        start = lines.offset(finding.start.line, finding.start.column)
        end = lines.offset(finding.end.line, finding.end.column)
        assert (start, end) == (finding.offset, finding.end_offset)
        assert finding.excerpt == excerpt(text, start, end)


# ---------------------------------------------------------------------------------------------
# Files that are not UTF-8 text


@pytest.fixture(scope="module")
def unreadable(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unreadable")
    files = {
        "latin1.md": b"# Budget\n\nThe caf\xe9 is open.\n",
        "utf16.md": codecs.BOM_UTF16_LE + "# Budget\n".encode("utf-16-le"),
        "utf16be.md": codecs.BOM_UTF16_BE + "# Budget\n".encode("utf-16-be"),
        "utf16-nobom.md": "The deficit is falling, says Vogel.\n".encode("utf-16-le"),
        "utf32.md": "\ufeff# Budget\n".encode("utf-32-le"),
        "image.md": png_bytes(),
        "nul.txt": b"line one\nline two\nthree\x00four\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "stale.md").write_text(STALE, encoding="utf-8")
    text = run_cli(*corpus_args(), *files, "stale.md", cwd=folder)
    data = run_cli(*corpus_args(), "--format", "json", *files, "stale.md", cwd=folder)
    return text, data


def test_unreadable_files_exit_2_and_the_others_are_linted(unreadable):
    text, data = unreadable
    assert text.code == 2 and data.code == 2
    assert "Traceback" not in text.stderr
    assert "stale.md:6:1: NL401" in text.stdout
    summary = "1 finding in 1 file: 1 error; 7 files could not be linted"
    assert text.stdout.splitlines()[-1] == summary
    assert data.json()["files"] == 1


@pytest.mark.parametrize(
    ("path", "line", "message"),
    [
        ("latin1.md", 3, "not valid UTF-8 (byte 0xe9 at offset 17); re-save the file as UTF-8"),
        ("utf16.md", 1, "file is UTF-16 encoded; narrlint reads UTF-8 only"),
        ("utf16be.md", 1, "file is UTF-16 encoded; narrlint reads UTF-8 only"),
        ("utf16-nobom.md", 1, "file looks UTF-16 encoded; narrlint reads UTF-8 only"),
        ("utf32.md", 1, "file is UTF-32 encoded; narrlint reads UTF-8 only"),
        ("image.md", 3, "binary file (contains NUL bytes), not a text file"),
        ("nul.txt", 3, "binary file (contains NUL bytes), not a text file"),
    ],
)
def test_unreadable_file_error_names_path_and_line(unreadable, path, line, message):
    text, data = unreadable
    assert f"narrlint: error: {path}:{line}: {message}\n" in text.stderr
    assert {"path": path, "line": line, "message": message} in data.json()["errors"]


# ---------------------------------------------------------------------------------------------
# Files with nothing to lint


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n\n\n",
        b"   \t  ",
        b"---\ndate: 2024-07-01\n---\n",
        b"---\ndate: 2024-07-01\n---",
        b"---\r\ndate: 2024-07-01\r\n---\r\n",
        b"---\n---\n",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b"---\ndate: 2024-07-01\n---\n",
    ],
    ids=[
        "empty",
        "newlines",
        "blanks",
        "front-matter",
        "front-matter-no-newline",
        "front-matter-crlf",
        "empty-front-matter",
        "bom-only",
        "bom-front-matter",
    ],
)
def test_files_with_no_prose(ruritania, content):
    assert lint(ruritania, content) == []
    assert lint(ruritania, content, path="draft.txt") == []


def test_empty_and_front_matter_only_through_the_cli(tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "meta.md").write_bytes(b"---\ndate: 2024-07-01\ntitle: Budget\n---\n")
    run = run_cli(*corpus_args(), "empty.md", "meta.md", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert run.stdout == "0 findings in 2 files\n"


# ---------------------------------------------------------------------------------------------
# Front matter that is not valid YAML or has a bad date


@pytest.mark.parametrize(
    ("front", "line", "message"),
    [
        ("title: [unclosed\ndate: 2023-01-01\n", 3, "front matter is not valid YAML"),
        ("title: x\ndate: yesterday\n", 3, "date 'yesterday' is not a date (expected YYYY-MM-DD)"),
        ("title: x\ndate: 2024-13-45\n", 3, "front matter has an impossible value"),
        ("date: 2023-02-30\n", 2, "front matter has an impossible value"),
        ("date: 17\n", 2, "date 17 is not a date"),
        ("- a\n- b\n", 2, "front matter must be a YAML mapping"),
        ("tags: !!python/object/apply:os.system [echo hi]\n", 2, "front matter is not valid"),
        ("a: " + "[" * 5000 + "]" * 5000 + "\n", 2, "front matter is nested too deeply"),
    ],
    ids=["yaml", "date-word", "month-13", "feb-30", "date-number", "list", "python-tag", "deep"],
)
def test_bad_front_matter_is_an_error_with_path_and_line(tmp_path, front, line, message):
    (tmp_path / "bad.md").write_text(f"---\n{front}---\n{STALE_LINE}\n", encoding="utf-8")
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    run = run_cli(*corpus_args(), "--format", "json", "bad.md", "stale.md", cwd=tmp_path)
    assert run.code == 2, run.stderr
    (error,) = run.json()["errors"]
    assert error["path"] == "bad.md" and error["line"] == line
    assert message in error["message"]
    assert [f["path"] for f in run.json()["findings"]] == ["stale.md"]
    assert "Traceback" not in run.stderr


def test_unclosed_front_matter(tmp_path):
    (tmp_path / "open.md").write_text("---\ndate: 2023-01-01\n\nText.\n", encoding="utf-8")
    run = run_cli(*corpus_args(), "open.md", cwd=tmp_path)
    assert run.code == 2
    assert "open.md:1: front matter opened with '---' on line 1 is never closed" in run.stderr


def test_front_matter_with_cr_line_endings_names_the_date_line(ruritania):
    text = "---\rtitle: a\r\rdate: nope\r---\rText.\r"
    linter = Linter([], ruritania)
    with pytest.raises(InputError) as caught:
        linter.parse(SourceText(text), "x.md")
    assert caught.value.line == 4


# ---------------------------------------------------------------------------------------------
# BOMs, line endings, tabs, combining characters and emoji: positions stay exact


def test_utf8_bom_is_dropped_and_positions_count_from_the_first_character(ruritania):
    data = codecs.BOM_UTF8 + STALE.encode("utf-8")
    source = decode(data, "bom.md")
    assert source.bom and not source.text.startswith("\ufeff")
    assert source.encode(source.text) == data
    (finding,) = lint(ruritania, data, "bom.md")
    assert (finding.start.line, finding.start.column) == (6, 1)
    assert finding.excerpt == QUOTE
    # the front matter after the BOM gives the date
    assert "dated 1 January 2023 (from its front matter)" in finding.details


@pytest.mark.parametrize("ending", ["\r\n", "\r", "mixed"])
def test_line_endings_keep_positions_exact(ruritania, ending):
    lf = (
        "---\ndate: 2023-01-01\n---\n# Budget\n\nIntro line.\n"
        f"On Monday, {QUOTE} spoke.\n\n- {QUOTE} again\n"
    )
    if ending == "mixed":
        parts = lf.split("\n")
        endings = ["\r\n", "\r", "\n"]
        text = "".join(p + endings[i % 3] for i, p in enumerate(parts[:-1])) + parts[-1]
    else:
        text = lf.replace("\n", ending)
    expected = [(f.start, f.end, f.code, f.excerpt) for f in lint(ruritania, lf)]
    findings = lint(ruritania, text)
    assert [(f.start, f.end, f.code, f.excerpt) for f in findings] == expected
    assert [(f.start.line, f.start.column) for f in findings if f.code == "NL401"] == [
        (7, 12),
        (9, 3),
    ]
    assert_points_at_quotes(text, findings)


def test_plain_text_with_cr_line_endings(ruritania):
    text = f"Budget news\r\r{QUOTE} spoke on Monday.\rMore.\r"
    (finding,) = lint(ruritania, text, "draft.txt")
    assert (finding.start.line, finding.start.column) == (3, 1)
    assert_points_at_quotes(text, [finding])


def test_tabs_are_one_column(ruritania):
    text = f"---\ndate: 2023-01-01\n---\n\tIntro\twith tabs.\n\n\t\tx\t{QUOTE}\tspoke.\n"
    findings = lint(ruritania, text, "draft.txt")
    (finding,) = [f for f in findings if f.code == "NL401"]
    assert (finding.start.line, finding.start.column) == (6, 5)
    assert_points_at_quotes(text, findings)


def test_combining_characters_and_emoji_count_as_code_points(ruritania):
    prefix = "😀 Cafe\u0301 👨\u200d👩\u200d👧 "
    text = f"---\ndate: 2023-01-01\n---\n{prefix}{QUOTE} spoke. 🇵🇰\n"
    (finding,) = lint(ruritania, text)
    assert finding.start.line == 4
    assert finding.start.column == len(prefix) + 1 == 15
    assert finding.end.column == finding.start.column + len(QUOTE)
    assert_points_at_quotes(text, [finding])


def test_markdown_with_emoji_in_code_and_links_before_the_quote(ruritania):
    text = (
        "---\ndate: 2023-01-01\n---\n"
        f"`🚀 code` and [a 🔗 link](https://x.invalid/😀) say {QUOTE} spoke.\n"
    )
    (finding,) = lint(ruritania, text)
    assert finding.excerpt == QUOTE
    assert_points_at_quotes(text, [finding])


# ---------------------------------------------------------------------------------------------
# Large drafts: past spaCy's max_length, many lines, one enormous line


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.strip()) > 80:
                paragraphs.append(line.strip())
    return paragraphs


def large_draft(chars: int, separator: str = "\n\n") -> str:
    paragraphs = seed_paragraphs()
    parts, size, i = ["---\ndate: 2024-07-01\n---\n"], 0, 0
    while size < chars:
        paragraph = paragraphs[i % len(paragraphs)]
        parts.append(paragraph + separator)
        size += len(paragraph) + len(separator)
        i += 1
    return "".join(parts)


def check_large(seed_corpus, text: str, path: str = "big.md") -> list[Finding]:
    findings = lint(seed_corpus, text, path)
    assert not [f for f in findings if f.code == "NL000"]
    assert findings, "the seed paragraphs hold stale titles: a large draft must still find them"
    assert_points_at_quotes(text, findings)
    return findings


def test_chunking_keeps_the_doc_identical(seed_corpus):
    """Chunked parsing gives the tokens, sentences, entities and quantity spans of one call."""
    text = "\n\n".join(seed_paragraphs()[:40])
    nlp = seed_corpus.nlp
    whole, chunked = nlp(text), run_pipeline(nlp, text, limit=2_000)
    assert len(list(chunk_bounds(text, 2_000))) > 3
    assert chunked.text == text

    def signature(doc):
        return (
            [
                (
                    t.idx,
                    t.text,
                    t.lemma_,
                    t.norm_,
                    t.ent_iob_,
                    t.ent_type_,
                    t.ent_id_,
                    t.is_sent_start,
                )
                for t in doc
            ],
            [(s.start_char, s.end_char) for s in doc.sents],
            {
                key: [(s.start_char, s.end_char, repr(s._.date), s._.value) for s in doc.spans[key]]
                for key in ("dates", "numbers", "durations")
            },
        )

    assert signature(chunked) == signature(whole)


def test_warming_the_tokenizer_changes_no_token(seed_corpus):
    """Long prose is tokenized in pieces first, to fill spaCy's cache: the doc is the same."""
    from narrlint.nlp.chunking import WARM_CHARS, warm_tokenizer

    text = "\n\n".join(seed_paragraphs() * 2)
    assert len(text) > WARM_CHARS
    nlp = seed_corpus.nlp
    cold = [(t.idx, t.text, t.whitespace_) for t in nlp.tokenizer(text)]
    warm_tokenizer(nlp, text)
    assert [(t.idx, t.text, t.whitespace_) for t in nlp.tokenizer(text)] == cold
    assert run_pipeline(nlp, text).text == text


def test_chunk_bounds_prefer_blocks_then_sentences_then_spaces():
    text = "Aaaa bbbb cccc. Dddd eeee.\n\nFfff gggg hhhh. Iiii Dec. 5 jjjj kkkk"
    bounds = list(chunk_bounds(text, 20))
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(b - a <= 20 for a, b in bounds)
    assert [text[a:b] for a, b in bounds][:2] == ["Aaaa bbbb cccc. ", "Dddd eeee.\n\n"]
    assert "Iiii Dec. " not in [text[a:b] for a, b in bounds]  # not after an abbreviation
    assert list(chunk_bounds("x" * 45, 20)) == [(0, 20), (20, 40), (40, 45)]
    assert list(chunk_bounds("", 20)) == [(0, 0)]


def test_draft_past_spacys_max_length(seed_corpus):
    text = large_draft(1_200_000)
    assert len(text) > seed_corpus.nlp.max_length
    check_large(seed_corpus, text)


def test_a_one_megabyte_line_without_newline(seed_corpus):
    text = " ".join(seed_paragraphs() * 40)[:1_050_000]
    assert "\n" not in text and len(text) > CHUNK_CHARS
    check_large(seed_corpus, text, "line.md")
    check_large(seed_corpus, text, "line.txt")


def test_fifty_thousand_lines(seed_corpus):
    import textwrap

    paragraphs = seed_paragraphs()
    lines, i = ["---", "date: 2024-07-01", "---"], 0
    while len(lines) < 50_000:
        lines.extend([*textwrap.wrap(paragraphs[i % len(paragraphs)], 70), ""])
        i += 1
    text = "\n".join(lines)
    findings = check_large(seed_corpus, text)
    assert max(f.start.line for f in findings) > 45_000


@pytest.mark.slow
def test_fifty_thousand_lines_in_one_paragraph_without_full_stops(seed_corpus):
    """Markdown joins single-newline lines into one paragraph: a 3 MB "sentence" made rules
    quadratic (two minutes) until sentences were capped at 1,000 tokens."""
    words = " ".join(p.replace(".", "") for p in seed_paragraphs()).split()
    lines = [" ".join(words[i % len(words) : i % len(words) + 10]) for i in range(0, 500_000, 10)]
    text = "---\ndate: 2024-07-01\n---\n" + "\n".join(lines) + "\n"
    started = time.monotonic()
    findings = lint(seed_corpus, text)
    assert not [f for f in findings if f.code == "NL000"]
    assert_points_at_quotes(text, findings)
    assert time.monotonic() - started < 120


@pytest.mark.slow
def test_twenty_megabyte_draft(seed_corpus):
    text = large_draft(20_000_000)
    assert len(text.encode("utf-8")) > 20_000_000
    findings = check_large(seed_corpus, text)
    assert max(f.start.line for f in findings) > 150_000


def test_large_draft_through_the_cli(tmp_path):
    (tmp_path / "big.md").write_text(large_draft(1_100_000), encoding="utf-8")
    run = run_cli("--format", "json", "-j", "1", "big.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    data = run.json()
    assert data["errors"] == [] and data["files"] == 1
    assert not [f for f in data["findings"] if f["code"] == "NL000"]


# ---------------------------------------------------------------------------------------------
# Config errors: exit 2 naming the key and the file, before any linting


@pytest.mark.parametrize(
    ("config", "where", "message"),
    [
        ("select: [NL4\n", ".narrlint.yaml:2", "invalid YAML"),
        ("selct: [NL4]\n", ".narrlint.yaml:1", "unknown key 'selct' (known keys: corpus,"),
        ("select: [NL999]\n", ".narrlint.yaml:1", "select: unknown rule code 'NL999'"),
        ("ignore: [XX1]\n", ".narrlint.yaml:1", "ignore: unknown rule code 'XX1'"),
        ("select: 5\n", ".narrlint.yaml:1", "select: must be a list of rule codes or prefixes"),
        ("seeds: 'yes'\n", ".narrlint.yaml:1", "seeds: must be true or false"),
        ("fail-on: fatal\n", ".narrlint.yaml:1", "fail-on: unknown severity 'fatal'"),
        ("severity: {NL401: critical}\n", ".narrlint.yaml:1", "severity.NL401: unknown severity"),
        ("severity: {NL999: error}\n", ".narrlint.yaml:1", "severity: unknown rule code 'NL999'"),
        ("date: tomorrow\n", ".narrlint.yaml:1", "date: 'tomorrow' is not a date"),
        ("date: 2021-02-29\n", ".narrlint.yaml:1", "'2021-02-29' is not a valid date"),
        ("rule-timeout: soon\n", ".narrlint.yaml:1", "rule-timeout: must be a number of seconds"),
        ("rule-timeout: -1\n", ".narrlint.yaml:1", "rule-timeout: must be a number of seconds"),
        ("per-file-ignores: [a]\n", ".narrlint.yaml:1", "per-file-ignores: must be a mapping"),
        ("exclude: {a: b}\n", ".narrlint.yaml:1", "exclude: must be a list of glob patterns"),
        ("model: ../evil\n", ".narrlint.yaml:1", "model: spaCy pipeline '../evil' is not"),
        ("- select\n", ".narrlint.yaml:1", "configuration must be a mapping"),
        ("a: !!python/object/apply:os.system [echo hi]\n", ".narrlint.yaml:1", "invalid YAML"),
    ],
)
def test_bad_config_exits_2_before_linting(tmp_path, config, where, message):
    (tmp_path / ".narrlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    run = run_cli("--no-seeds", "--corpus", str(RURITANIA), "stale.md", cwd=tmp_path)
    assert run.code == 2
    assert run.stdout == ""  # nothing was linted
    assert run.stderr.startswith(f"narrlint: error: {where}: ")
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_config_found_in_a_parent_folder_is_named_relative(tmp_path):
    (tmp_path / ".narrlint.yaml").write_text("selct: [NL4]\n", encoding="utf-8")
    (tmp_path / "desk").mkdir()
    run = run_cli("x.md", cwd=tmp_path / "desk")
    assert run.code == 2
    assert run.stderr.startswith("narrlint: error: ../.narrlint.yaml:1: unknown key 'selct'")


def test_bad_pyproject_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.narrlint]\nseeds = 'no'\n", encoding="utf-8")
    run = run_cli("x.md", cwd=tmp_path)
    assert run.code == 2 and "pyproject.toml" in run.stderr and "seeds" in run.stderr
    (tmp_path / "broken.toml").write_text("[tool.narrlint\n", encoding="utf-8")
    run = run_cli("--config", "broken.toml", "x.md", cwd=tmp_path)
    assert run.code == 2 and "broken.toml:1: invalid TOML" in run.stderr


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_codes_on_the_command_line(tmp_path, option):
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    run = run_cli(*corpus_args(), option, "NL9", "stale.md", cwd=tmp_path)
    assert run.code == 2 and run.stdout == ""
    assert f"{option}: unknown rule code 'NL9'" in run.stderr


def test_config_model_never_imports_a_module_it_names(tmp_path):
    """``model`` is a spaCy pipeline package: naming any other module imports nothing."""
    site = tmp_path / "site"
    site.mkdir()
    marker = tmp_path / "imported"
    (site / "sneaky.py").write_text(
        f"open({str(marker)!r}, 'w').write('imported')\n", encoding="utf-8"
    )
    (tmp_path / ".narrlint.yaml").write_text("model: sneaky\n", encoding="utf-8")
    run = run_cli("x.md", cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert run.code == 2
    assert ".narrlint.yaml:1: model: spaCy pipeline 'sneaky' is not installed" in run.stderr
    assert not marker.exists()


def test_pipeline_packages_are_recognised_from_metadata(tmp_path, monkeypatch):
    from narrlint.config import is_pipeline_package

    package = tmp_path / "xx_fake_pipeline"
    package.mkdir()
    (package / "meta.json").write_text("{}", encoding="utf-8")
    info = tmp_path / "xx_fake_pipeline-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: xx_fake_pipeline\nVersion: 0.1\n")
    (info / "RECORD").write_text("xx_fake_pipeline/meta.json,,\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert is_pipeline_package("xx_fake_pipeline")
    assert not is_pipeline_package("pytest")  # installed, but not a pipeline
    assert not is_pipeline_package("os")
    assert not is_pipeline_package("xx_fake_pipeline/../x")


# ---------------------------------------------------------------------------------------------
# Corpus and ledger errors: the file and line


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for item in RURITANIA.iterdir():
        (folder / item.name).write_bytes(item.read_bytes())
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "where", "message"),
    [
        ("ledger.yaml", "offices:", "offices: [", "corpus/ledger.yaml:4", "invalid YAML"),
        ("ledger.yaml", "people:", "peeple:", "corpus/ledger.yaml:11", "unknown key 'peeple'"),
        (
            "ledger.yaml",
            "start: '2020-01-10'",
            "start: '2020-13-10'",
            "corpus/ledger.yaml:20",
            "'2020-13-10' is not a date",
        ),
        (
            "ledger.yaml",
            "start: '2020-01-10'",
            "start: 2020-02-30",
            "corpus/ledger.yaml:20",
            "'2020-02-30' is not a valid date",
        ),
        (
            "manifest.yaml",
            "date: '2020-03-01'",
            "date: 'soon'",
            "corpus/manifest.yaml:3",
            "date 'soon' is not YYYY-MM-DD",
        ),
        (
            "manifest.yaml",
            "date: '2020-03-01'",
            "date: 2020-02-31",
            "corpus/manifest.yaml:4",
            "'2020-02-31' is not a valid date",
        ),
        (
            "manifest.yaml",
            "outlet:",
            "publisher:",
            "corpus/manifest.yaml:3",
            "unknown key 'publisher' in manifest article",
        ),
    ],
    ids=["yaml", "key", "date", "impossible-date", "manifest-date", "manifest-bad-day", "key2"],
)
def test_malformed_corpus_names_file_and_line(corpus_copy, file, old, new, where, message):
    _edit(corpus_copy / file, old, new)
    for cache in ([], ["--no-cache"]):
        run = run_cli(
            "--no-seeds", *cache, "--corpus", "corpus", "stale.md", cwd=corpus_copy.parent
        )
        assert run.code == 2 and run.stdout == "", run.stderr
        assert run.stderr.startswith(f"narrlint: error: {where}: "), run.stderr
        assert message in run.stderr


def test_unreadable_corpus_article_is_named_once(corpus_copy):
    (corpus_copy / "budget.txt").write_bytes(b"The caf\xe9.\n")
    run = run_cli("--no-seeds", "--corpus", "corpus", "stale.md", cwd=corpus_copy.parent)
    assert run.code == 2
    assert run.stderr.startswith("narrlint: error: corpus/budget.txt:1: not valid UTF-8")
    assert run.stderr.count("budget.txt") == 1


def test_missing_corpus_path(tmp_path):
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    run = run_cli("--no-seeds", "--corpus", "nowhere", "stale.md", cwd=tmp_path)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr == "narrlint: error: nowhere: corpus path does not exist\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_corpus_path_that_is_a_pipe_is_refused_not_dropped(tmp_path):
    """A named pipe (or a device) is neither a file nor a folder: walking it found nothing and
    the corpus the user named was dropped without a word (the seeds alone judged the draft)."""
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    os.mkfifo(tmp_path / "archive.fifo")
    run = run_cli("--corpus", "archive.fifo", "stale.md", cwd=tmp_path)
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith("narrlint: error: archive.fifo: not a regular file or folder")


# ---------------------------------------------------------------------------------------------
# Standard input: the same refusals as files


@pytest.mark.parametrize(
    ("data", "args", "where", "message"),
    [
        (png_bytes(), ["--stdin-filename", "photo.md"], "photo.md:3", "binary file"),
        (b"# Budget\n\nThe caf\xe9.\n", [], "-:3", "not valid UTF-8 (byte 0xe9"),
        (codecs.BOM_UTF16_LE + "# Budget\n".encode("utf-16-le"), [], "-:1", "UTF-16"),
    ],
    ids=["image", "latin1", "utf16"],
)
def test_unreadable_stdin_is_an_error_with_a_line(data, args, where, message):
    proc = subprocess.run(
        [sys.executable, "-m", "narrlint", *corpus_args(), *args, "-"],
        input=data,
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
    )
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, stderr
    assert f"narrlint: error: {where}: " in stderr and message in stderr
    assert "Traceback" not in stderr
