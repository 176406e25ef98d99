"""The command line as a user runs it: output formats, exit codes, stdin, rule docs."""

import json
import os
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
    first, details, evidence, *rest = run.stdout.splitlines()
    assert first.startswith(
        'stale.md:6:1: NL401 error: Write "former interim Finance Minister": Anna Vogel left the '
        "post"
    )
    assert first.endswith("[stale-title]")
    assert details.startswith("    details: Anna Vogel was Interim Finance Minister from")
    assert evidence.strip().startswith("evidence: ")
    assert "ledger.yaml:" in evidence and "source: https://example.invalid" in evidence
    # full (the default) ends each finding with where its help is: with no help-url configured,
    # the command that prints the page installed with narrlint (never the installed path)
    (help_line,) = [line for line in rest if line.startswith("    help: ")]
    assert help_line == "    help: narrlint rule NL401"
    assert run.stdout.splitlines()[-1] == "1 finding in 1 file: 1 error"
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
    """An info-only run exits 0 and its summary says why; the severity shows on the line."""
    (drafts / ".narrlint.yaml").write_text("severity: {NL401: info}\n")
    run = run_cli(*corpus_args(), "stale.md", cwd=drafts)
    assert run.code == 0 and run.stdout.startswith("stale.md:6:1: NL401 info: Write ")
    assert run.stdout.splitlines()[-1] == (
        "1 finding in 1 file: 1 info (info does not fail the run)"
    )
    run = run_cli(*corpus_args(), "--fail-on", "info", "stale.md", cwd=drafts)
    assert run.code == 1 and run.stdout.splitlines()[-1] == "1 finding in 1 file: 1 info"
    (drafts / ".narrlint.yaml").write_text("severity: {NL401: warning}\n")
    run = run_cli(*corpus_args(), "--fail-on", "error", "stale.md", cwd=drafts)
    assert run.code == 0 and run.stdout.splitlines()[-1] == (
        "1 finding in 1 file: 1 warning (warnings do not fail the run: fail-on is error)"
    )


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


# ---------------------------------------------------------------------------------------------
# Output options (issue 13): --output-format concise|full, --quiet, --output-file, --no-color


def test_concise_prints_the_first_line_of_each_finding_only(drafts):
    full = run_cli(*corpus_args(), "stale.md", "clean.md", cwd=drafts)
    concise = run_cli(
        *corpus_args(), "--output-format", "concise", "stale.md", "clean.md", cwd=drafts
    )
    assert concise.code == full.code == 1
    first = full.stdout.splitlines()[0]
    assert concise.stdout.splitlines() == [first, "1 finding in 2 files: 1 error"]


def test_quiet_prints_only_the_findings_and_nothing_when_clean(drafts):
    run = run_cli(*corpus_args(), "-q", "--output-format", "concise", "stale.md", cwd=drafts)
    assert run.code == 1 and len(run.stdout.splitlines()) == 1
    assert run.stdout.startswith("stale.md:6:1: NL401 error: Write ")
    clean = run_cli(*corpus_args(), "--quiet", "clean.md", cwd=drafts)
    assert (clean.code, clean.stdout) == (0, "")


PAINT = {"FORCE_COLOR": "1", "NO_COLOR": ""}
"""Colour forced (``run_cli`` sets ``NO_COLOR``, which wins)."""


def test_output_file_gets_what_stdout_would_without_colour(drafts):
    shown = run_cli(*corpus_args(), "--no-color", "stale.md", cwd=drafts, env=PAINT)
    assert "\x1b[" not in shown.stdout
    painted = run_cli(*corpus_args(), "stale.md", cwd=drafts, env=PAINT)
    assert "\x1b[31mNL401\x1b[0m \x1b[31merror:\x1b[0m" in painted.stdout
    (drafts / "report.txt").write_text("an older report\n", encoding="utf-8")
    (drafts / "report.txt").chmod(0o640)
    run = run_cli(
        *corpus_args(), "--output-file", "report.txt", "stale.md", cwd=drafts,
        env=PAINT,
    )  # fmt: skip
    assert run.code == 1 and run.stdout == ""
    assert (drafts / "report.txt").read_text(encoding="utf-8") == shown.stdout
    assert sorted(os.listdir(drafts)) == ["clean.md", "report.txt", "stale.md"]  # no temp file
    # the report keeps the permissions of the file it replaces; a new one gets a new file's
    assert (drafts / "report.txt").stat().st_mode & 0o777 == 0o640
    json_run = run_cli(
        *corpus_args(), "--format", "json", "--output-file", "r.json", "stale.md", cwd=drafts
    )
    assert json_run.stdout == "" and json.loads((drafts / "r.json").read_text())["findings"]
    mode = (drafts / "r.json").stat().st_mode & 0o777
    assert mode == (drafts / "stale.md").stat().st_mode & 0o777  # as the umask gives, not 0600


def test_output_options_refused_before_linting(drafts):
    run = run_cli(*corpus_args(), "--output-file", "no/such/dir/r.txt", "stale.md", cwd=drafts)
    assert (
        run.code == 2
        and "no/such/dir/r.txt" in run.stderr
        and "folder does not exist" in run.stderr
    )
    assert run.stdout == ""
    run = run_cli(
        *corpus_args(), "--format", "json", "--output-format", "concise", "stale.md", cwd=drafts
    )
    assert run.code == 2 and "--output-format applies to --format text" in run.stderr


def test_help_groups_the_output_options():
    run = run_cli("--help")
    assert run.code == 0
    output = run.stdout[run.stdout.index("\noutput:\n") :]
    for option in ("--format", "--output-format", "--quiet", "--output-file", "--no-color"):
        assert option in output


# ---------------------------------------------------------------------------------------------
# NL000 and NL001 are rules like the others (issue 13)

UNUSED = "<!-- narrlint-disable-next-line NL401 -->\nThe minister spoke on Monday.\n"


def test_engine_codes_are_listed_documented_and_linked():
    listing = run_cli("rules", "--format", "json").json()
    engine = {r["code"]: r for r in listing if r["code"] in ("NL000", "NL001")}
    assert engine["NL000"]["name"] == "internal-error" and engine["NL000"]["severity"] == "error"
    assert (
        engine["NL001"]["name"] == "unused-suppression" and engine["NL001"]["plugin"] == "narrlint"
    )
    assert engine["NL001"]["help_url"].endswith("/NL001.md")
    doc = run_cli("rule", "NL001")
    assert doc.code == 0 and doc.stdout.startswith("NL001 unused-suppression\n")
    assert "Severity: warning (default)" in doc.stdout and "Bad:" in doc.stdout
    assert "Help:     file://" in doc.stdout
    assert run_cli("rule", "internal-error").stdout.startswith("NL000 internal-error\n")


def test_nl001_is_selected_ignored_and_regraded_like_any_code(drafts):
    (drafts / "unused.md").write_text(UNUSED, encoding="utf-8")
    (drafts / "other.md").write_text(UNUSED, encoding="utf-8")
    args = (*corpus_args(), "--output-format", "concise")
    asked = run_cli(*args, "--select", "NL4,NL001", "unused.md", cwd=drafts)
    assert asked.code == 1, asked.stderr
    assert asked.stdout.startswith(
        "unused.md:1:1: NL001 warning: unused suppression: NL401 silenced nothing here"
    )
    ignored = run_cli(
        *args, "--report-unused-suppressions", "--ignore", "NL001", "unused.md", cwd=drafts
    )
    assert (ignored.code, ignored.stderr) == (0, "") and "NL001" not in ignored.stdout
    (drafts / ".narrlint.yaml").write_text(
        "severity: {NL001: error}\nper-file-ignores:\n  'other.md': [NL001]\n", encoding="utf-8"
    )
    run = run_cli(*args, "--report-unused-suppressions", "unused.md", "other.md", cwd=drafts)
    assert run.stdout.splitlines() == [
        "unused.md:1:1: NL001 error: unused suppression: NL401 silenced nothing here "
        "[unused-suppression]",
        "1 finding in 2 files: 1 error",
    ]


def test_nl000_is_a_known_code_that_is_never_hidden(drafts):
    run = run_cli(*corpus_args(), "--ignore", "NL000", "stale.md", cwd=drafts)
    assert run.code == 1 and "stale.md:6:1: NL401" in run.stdout
    assert "--ignore NL000: internal errors are always reported" in run.stderr


def test_help_url_config_links_every_format(drafts):
    (drafts / ".narrlint.yaml").write_text(
        "help-url: https://news.example.org/narrlint/rules/{code}.html\n", encoding="utf-8"
    )
    run = run_cli(*corpus_args(), "stale.md", cwd=drafts)
    assert "    help: https://news.example.org/narrlint/rules/NL401.html" in run.stdout.splitlines()
    sarif = run_cli(*corpus_args(), "--format", "sarif", "stale.md", cwd=drafts).json()
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["NL001"]["helpUri"] == "https://news.example.org/narrlint/rules/NL001.html"
    (drafts / ".narrlint.yaml").write_text("help-url: https://example.org/rules/\n")
    bad = run_cli(*corpus_args(), "stale.md", cwd=drafts)
    assert bad.code == 2 and "help-url: must be a link with {code}" in bad.stderr


def test_diff_goes_to_the_output_file_and_quiet_silences_the_notes(drafts):
    run = run_cli(
        *corpus_args(), "--diff", "-q", "--output-file", "fix.patch", "stale.md", cwd=drafts
    )
    assert (run.code, run.stdout, run.stderr) == (1, "", "")
    patch = (drafts / "fix.patch").read_text(encoding="utf-8")
    assert "-Interim Finance Minister Anna Vogel" in patch
    assert "+Former interim Finance Minister Anna Vogel" in patch
    fixed = run_cli(*corpus_args(), "--fix", "--quiet", "stale.md", cwd=drafts)
    assert (fixed.code, fixed.stdout, fixed.stderr) == (0, "", "")
    assert "Former interim Finance Minister" in (drafts / "stale.md").read_text(encoding="utf-8")


def test_an_option_given_a_draft_refuses_before_linting_and_writes_nothing(drafts):
    """A shell glob hands the first draft to --write-baseline or --output-file when its own file
    name was forgotten: narrlint must refuse (exit 2, naming the file) and leave the draft."""
    before = (drafts / "stale.md").read_text(encoding="utf-8")
    glob = run_cli(*corpus_args(), "--write-baseline", "stale.md", "clean.md", cwd=drafts)
    assert glob.code == 2
    assert "stale.md: --write-baseline would overwrite" in glob.stderr
    same = run_cli(*corpus_args(), "--output-file", "stale.md", "stale.md", cwd=drafts)
    assert same.code == 2 and "stale.md: --output-file would overwrite a draft" in same.stderr
    inside = run_cli(*corpus_args(), "--output-file", "stale.md", ".", cwd=drafts)
    assert inside.code == 2 and "would overwrite a draft" in inside.stderr
    assert (drafts / "stale.md").read_text(encoding="utf-8") == before
    assert sorted(os.listdir(drafts)) == ["clean.md", "stale.md"]
    # look-alikes that must work: a new baseline, and a report file outside the linted drafts
    ok = run_cli(*corpus_args(), "--write-baseline", "base.json", "stale.md", cwd=drafts)
    assert ok.code == 0, ok.stderr
    (drafts / "report.md").write_text("an older report\n", encoding="utf-8")
    report = run_cli(*corpus_args(), "--output-file", "report.md", "stale.md", cwd=drafts)
    assert report.code == 1 and "NL401" in (drafts / "report.md").read_text(encoding="utf-8")


def test_an_unexpected_error_exits_2_naming_where_not_1(monkeypatch, capsys):
    """Exit 1 means "findings": a defect narrlint did not foresee must not look like them."""
    from narrlint.frontends import cli

    def broken(argv):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(cli, "cmd_lint", broken)
    assert cli.main(["draft.md"]) == 2
    err = capsys.readouterr().err
    assert "narrlint: internal error: " in err and "test_cli.py:" in err
    assert "RecursionError: maximum recursion depth exceeded" in err and "report" in err
