"""``narrlint claims``: what was read from each sentence, as a writer and a rule author see it."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from narrlint.claims import KINDS

from .conftest import ROOT, run_cli

DRAFT = """\
---
date: 2024-07-01
---
Caretaker Foreign Minister Jalil Abbas Jilani says the talks will go on.

Last week's bombing in Bajaur killed at least 12 people, police said.
"""


@pytest.fixture(scope="module")
def schema() -> dict:
    text = resources.files("narrlint").joinpath("schema/claims.schema.json").read_text()
    return json.loads(text)


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_json_lists_each_claim_at_its_exact_place_and_matches_the_schema(draft, schema) -> None:
    run = run_cli("claims", "--format", "json", str(draft))
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    jsonschema.validate(data, schema)
    assert data["files"] == [str(draft)]
    title = next(c for c in data["claims"] if c["kind"] == "title")
    assert (title["line"], title["column"], title["end_line"], title["end_column"]) == (4, 1, 4, 46)
    assert title["text"] == "Caretaker Foreign Minister Jalil Abbas Jilani"
    assert title["resolved"]["fact"].startswith("people/")
    count = next(c for c in data["claims"] if c["kind"] == "count")
    assert count["line"] == 6 and "12" in count["text"]
    assert count["attribution"]["scope"] != "none"


def test_text_shows_the_sentence_then_its_claims_and_resolutions(draft) -> None:
    run = run_cli("claims", str(draft))
    assert run.code == 0, run.stderr
    lines = run.stdout.splitlines()
    first = lines.index(
        f"{draft}:4: Caretaker Foreign Minister Jalil Abbas Jilani says the talks will go on."
    )
    assert lines[first + 1].startswith('  4:1-4:46 title "Caretaker Foreign Minister')
    assert any(line.strip().startswith("resolved: people/") for line in lines[first:])


def test_kind_selects_what_is_read(draft, schema) -> None:
    run = run_cli("claims", "--kind", "count", "--format", "json", str(draft))
    data = json.loads(run.stdout)
    jsonschema.validate(data, schema)
    assert data["claims"] and {c["kind"] for c in data["claims"]} == {"count"}


def test_a_missing_file_is_an_error_and_the_others_are_read(draft) -> None:
    run = run_cli("claims", "--format", "json", str(draft), "missing.md")
    assert run.code == 2
    assert "missing.md" in run.stderr
    assert json.loads(run.stdout)["files"] == [str(draft)]


def test_every_kind_is_read_from_the_example_and_seed_drafts(schema) -> None:
    paths = [str(ROOT / "examples" / "draft.md"), *map(str, sorted((ROOT / "seeds").glob("*.txt")))]
    run = run_cli("claims", "--format", "json", "--date", "2024-07-01", *paths)
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    jsonschema.validate(data, schema)
    assert {c["kind"] for c in data["claims"]} == set(KINDS)
