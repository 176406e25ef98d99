"""A run that cannot start (a config, corpus or ledger file error) in machine-readable formats.

Robustness round 12. With ``--format json``, ``sarif`` or ``github``, an error in
``.narrlint.yaml`` or a corpus path that does not exist ended the run with exit 2, the message
on stderr and nothing at all on stdout (or in ``--output-file``): an editor or CI step that
parses the output got an empty document it could not read, and nothing placed at the config
line. The format's own error entry now names the file and line (JSON ``errors``, SARIF's
``toolExecutionNotifications``, a GitHub ``::error`` annotation), the document valid against
its schema; stderr and exit 2 are as before. Usage errors (no file to name) and text output
keep stderr only.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from .conftest import RURITANIA, run_cli
from .test_cli import schema
from .test_workflow_sarif import sarif_schema, validate  # noqa: F401 - the fixture

DRAFT = "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel spoke.\n"
UNKNOWN_KEY = "# newsroom settings\nselcet: [NL4]\n"


def _desk(tmp_path: Path, config: str | None = UNKNOWN_KEY) -> Path:
    (tmp_path / "story.md").write_text(DRAFT, encoding="utf-8")
    if config is not None:
        (tmp_path / ".narrlint.yaml").write_text(config, encoding="utf-8")
    return tmp_path


def _lint(desk: Path, *args: str):
    return run_cli("--no-seeds", "--corpus", str(RURITANIA), "-j", "1", *args, "story.md", cwd=desk)


def test_a_config_error_is_the_json_documents_error_at_its_line(tmp_path):
    run = _lint(_desk(tmp_path), "--format", "json")
    assert run.code == 2
    assert ".narrlint.yaml:2: unknown key 'selcet'" in run.stderr
    data = json.loads(run.stdout)
    jsonschema.validate(data, schema())
    assert data["findings"] == [] and data["files"] == 0
    [error] = data["errors"]
    assert (error["path"], error["line"]) == (".narrlint.yaml", 2)
    assert error["message"].startswith("unknown key 'selcet'")


def test_a_config_error_is_a_sarif_notification_at_its_line(tmp_path, sarif_schema):  # noqa: F811
    run = _lint(_desk(tmp_path), "--format", "sarif")
    assert run.code == 2
    data = json.loads(run.stdout)
    validate(data, sarif_schema)
    [invocation] = data["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    place = note["locations"][0]["physicalLocation"]
    assert place["artifactLocation"]["uri"] == ".narrlint.yaml"
    assert place["region"]["startLine"] == 2


def test_a_config_error_is_a_github_annotation_at_its_line(tmp_path):
    run = _lint(_desk(tmp_path), "--format", "github")
    assert run.code == 2
    assert run.stdout.startswith("::error file=.narrlint.yaml,line=2")
    assert "unknown key 'selcet'" in run.stdout


def test_a_missing_corpus_goes_into_the_output_file(tmp_path):
    desk = _desk(tmp_path, None)
    run = run_cli(
        "--no-seeds",
        "--corpus",
        str(tmp_path / "no-archive"),
        "--format",
        "json",
        "--output-file",
        "report.json",
        "story.md",
        cwd=desk,
    )
    assert run.code == 2 and run.stdout == ""
    data = json.loads((desk / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    [error] = data["errors"]
    assert error["path"].endswith("no-archive") and "does not exist" in error["message"]


@pytest.mark.parametrize(
    "args",
    [("--format", "text"), ("--format", "json", "--select", "XX9")],
    ids=["text-output", "usage-error"],
)
def test_text_output_and_usage_errors_keep_stderr_only(tmp_path, args):
    config = UNKNOWN_KEY if "text" in args else None
    run = _lint(_desk(tmp_path, config), *args)
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr.startswith("narrlint: error: ")
