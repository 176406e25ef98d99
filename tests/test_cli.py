"""The command line as a user runs it: output formats, exit codes, stdin, rule docs."""

import json
from importlib import resources

import jsonschema
import pytest

from .conftest import RURITANIA, run_cli

STALE = (
    "---\ndate: 2023-01-01\n---\n# Budget\n\n"
    "Interim Finance Minister Anna Vogel says the deficit is falling.\n"
)
CLEAN = "---\ndate: 2023-01-01\n---\nFinance Minister Karl Brandt says the deficit is falling.\n"


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "stale.md").write_text(STALE, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def corpus_args():
    return ["--no-seeds", "--corpus", str(RURITANIA)]


def schema():
    text = resources.files("narrlint").joinpath("schema/findings.schema.json").read_text()
    return json.loads(text)


def test_text_output_is_lint_style(drafts):
    run = run_cli(*corpus_args(), "stale.md", cwd=drafts)
    assert run.code == 1, run.stderr
    first, details, evidence, *_ = run.stdout.splitlines()
    assert first.startswith(
        'stale.md:6:1: NL401 Write "former interim Finance Minister": Anna Vogel left the post'
    )
    assert first.endswith("[stale-title]")
    assert details.startswith("    details: Anna Vogel was Interim Finance Minister from")
    assert evidence.strip().startswith("evidence: ")
    assert "ledger.yaml:" in evidence and "source: https://example.invalid" in evidence
    assert run.stdout.splitlines()[-1] == "1 finding in 1 file"
    assert "\x1b[" not in run.stdout


def test_clean_draft_exits_0(drafts):
    run = run_cli(*corpus_args(), "clean.md", cwd=drafts)
    assert run.code == 0, run.stdout + run.stderr
    assert run.stdout.strip() == "0 findings in 1 file"


def test_json_output_matches_the_schema_and_contract(drafts):
    run = run_cli(*corpus_args(), "--format", "json", "stale.md", "clean.md", cwd=drafts)
    assert run.code == 1
    data = run.json()
    jsonschema.validate(data, schema())
    assert data["files"] == 2 and data["version"] == 1
    finding = data["findings"][0]
    assert (finding["line"], finding["column"]) == (6, 1)
    assert finding["excerpt"] == "Interim Finance Minister Anna Vogel"
    assert finding["end_column"] - finding["column"] == len(finding["excerpt"])
    assert finding["fix"]["edits"][0]["replacement"].startswith("Former")


def test_folder_is_walked_and_findings_sorted(drafts):
    (drafts / "sub").mkdir()
    (drafts / "sub" / "a.md").write_text(STALE, encoding="utf-8")
    (drafts / ".git").mkdir()
    (drafts / ".git" / "b.md").write_text(STALE, encoding="utf-8")
    run = run_cli(*corpus_args(), "--format", "json", ".", cwd=drafts)
    paths = [f["path"] for f in run.json()["findings"]]
    assert paths == sorted(paths) and len(paths) == 2
    assert not any(".git" in p for p in paths)


def test_stdin_with_stdin_filename(drafts):
    run = run_cli(*corpus_args(), "--stdin-filename", "piped.md", "-", stdin=STALE, cwd=drafts)
    assert run.code == 1
    assert run.stdout.startswith("piped.md:6:1: NL401")


def test_date_option_overrides_front_matter(drafts):
    run = run_cli(*corpus_args(), "--date", "2020-05-01", "stale.md", cwd=drafts)
    assert run.code == 0, run.stdout


def test_select_ignore_and_fail_on(drafts):
    assert run_cli(*corpus_args(), "--ignore", "NL4", "stale.md", cwd=drafts).code == 0
    assert run_cli(*corpus_args(), "--select", "NL402", "stale.md", cwd=drafts).code == 0
    assert run_cli(*corpus_args(), "--select", "NL401", "stale.md", cwd=drafts).code == 1
    run = run_cli(*corpus_args(), "--select", "NL999", "stale.md", cwd=drafts)
    assert run.code == 2 and "NL999" in run.stderr


def test_severity_override_and_fail_on(drafts):
    (drafts / ".narrlint.yaml").write_text("severity: {NL401: info}\n")
    run = run_cli(*corpus_args(), "stale.md", cwd=drafts)
    assert run.code == 0 and "NL401" in run.stdout
    run = run_cli(*corpus_args(), "--fail-on", "info", "stale.md", cwd=drafts)
    assert run.code == 1


def test_per_file_ignores(drafts):
    (drafts / ".narrlint.yaml").write_text("per-file-ignores:\n  'stale.md': [NL401]\n")
    assert run_cli(*corpus_args(), "stale.md", cwd=drafts).code == 0


def test_missing_file_is_error_exit_2_but_others_are_linted(drafts):
    run = run_cli(*corpus_args(), "nope.md", "stale.md", cwd=drafts)
    assert run.code == 2
    assert "nope.md: no such file" in run.stderr
    assert "stale.md:6:1: NL401" in run.stdout


def test_no_paths_is_a_usage_error():
    run = run_cli()
    assert run.code == 2 and "give at least one file" in run.stderr


def test_rules_and_rule_docs():
    run = run_cli("rules")
    assert run.code == 0
    assert "NL401" in run.stdout and "stale-title" in run.stdout
    doc = run_cli("rule", "NL401")
    assert doc.code == 0
    assert "Bad" in doc.stdout and "Good" in doc.stdout and "Severity: error" in doc.stdout
    assert run_cli("rule", "stale-title").stdout == doc.stdout
    assert run_cli("rule", "NL999").code == 2


def test_version():
    run = run_cli("--version")
    assert run.code == 0 and run.stdout.startswith("narrlint ")


def test_missing_corpus_path_is_a_clear_error(drafts):
    run = run_cli("--corpus", "no/such/archive", "clean.md", cwd=drafts)
    assert run.code == 2 and "no/such/archive: corpus path does not exist" in run.stderr


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    import io

    from narrlint.output.reporters.text import use_colour

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert use_colour(Tty()) is True
    assert use_colour(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(Tty()) is False


def test_paths_are_printed_as_given(drafts):
    """Under '.', files are named from there ('stale.md', as ruff and git print them); a folder
    typed as './sub' keeps its form."""
    (drafts / "sub").mkdir()
    (drafts / "sub" / "again.md").write_text(STALE, encoding="utf-8")
    here = run_cli(*corpus_args(), ".", cwd=drafts)
    starts = {line.split(":")[0] for line in here.stdout.splitlines() if ": NL" in line}
    assert starts == {"stale.md", "sub/again.md"}, here.stdout
    typed = run_cli(*corpus_args(), "./sub", cwd=drafts)
    assert typed.stdout.startswith("./sub/again.md:"), typed.stdout
