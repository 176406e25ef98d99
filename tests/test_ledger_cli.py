"""``narrlint ledger check|show|new|schema`` (``narrlint.frontends.ledger_cli``)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from narrlint.frontends.ledger_cli import main, schema_path, starter_ledger

from .test_ledger_schema import FULL, SCHEMA, plain

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def beat(tmp_path, monkeypatch):
    """A folder with the full fictional ledger; no configuration file above it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ruritania.ledger.yaml").write_text(FULL, encoding="utf-8")
    return tmp_path


# -- check --------------------------------------------------------------------------------------


def test_check_passes_on_the_shipped_ledger_without_warnings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run("check")
    assert code == 0, out
    assert out.startswith("narrlint ledger: 1 file checked (")
    assert out.endswith(": 0 errors, 0 warnings\n")
    assert run("check", "--strict")[0] == 0
    assert run("check", "--no-seeds")[1].endswith(
        "0 files checked (0 people, 0 posts, "
        "0 offices, 0 ranks, 0 deadlines, 0 events, "
        "0 figures): 0 errors, 0 warnings\n"
    )


def test_check_a_clean_ledger_by_path(beat):
    code, out = run("check", "ruritania.ledger.yaml")
    assert code == 0
    assert out == (
        "narrlint ledger: 1 file checked (4 people, 5 posts, 5 offices, 4 ranks, 2 deadlines, "
        "1 event, 1 figure): 0 errors, 0 warnings\n"
    )
    # The folder and the file name the same ledger: checked once.
    assert run("check", ".", "ruritania.ledger.yaml")[1].startswith("narrlint ledger: 1 file ")


def test_check_reports_errors_with_file_and_line_and_exits_2(beat):
    (beat / "bad.yaml").write_text(
        "version: 1\npeople:\n  - id: p\n    name: P\n    ranks:\n"
        "      - {rank: general, start: '2020-01-01'}\n",
        encoding="utf-8",
    )
    code, out = run("check", "bad.yaml", "ruritania.ledger.yaml")
    assert code == 2
    assert (
        out.splitlines()[0] == "bad.yaml:6: error: people[0].ranks[0] has no 'source': every "
        "fact must cite one"
    )
    assert out.splitlines()[-1].endswith(": 1 error, 0 warnings")


def test_check_reports_unresolved_references_once_all_files_are_read(beat):
    (beat / "more.yaml").write_text(
        "version: 1\npeople:\n  - id: q\n    name: Q\n    ranks:\n"
        "      - {rank: brigadier, source: s}\n    posts:\n"
        "      - {id: q1, office: army_chief_ru, title: T, rank: general, source: s}\n",
        encoding="utf-8",
    )
    code, out = run("check", "ruritania.ledger.yaml", "more.yaml")
    assert code == 2
    assert "more.yaml:6: error: person 'q' has unknown rank 'brigadier'" in out
    # rank 'general' is defined in the other file: no error for it.
    assert "'general'" not in out


def test_check_warnings_exit_0_or_1_with_strict(beat):
    text = FULL.replace("aliases: [holt]", "aliases: [holt, strel]")
    (beat / "dup.yaml").write_text(text, encoding="utf-8")
    code, out = run("check", "dup.yaml")
    assert code == 0
    assert re.search(r"^dup\.yaml:\d+: warning: alias 'strel' names several people", out, re.M)
    assert run("check", "--strict", "dup.yaml")[0] == 1


def test_check_refuses_what_is_not_a_ledger(beat):
    (beat / "draft.md").write_text("# a draft\n", encoding="utf-8")
    code = main(["check", "draft.md"], out=io.StringIO())
    assert code == 2
    assert main(["check", "missing.yaml"], out=io.StringIO()) == 2
    (beat / "empty").mkdir()
    assert main(["check", "empty"], out=io.StringIO()) == 2


def test_check_defaults_include_configured_corpus_ledgers(beat):
    (beat / ".narrlint.yaml").write_text("corpus: [ruritania.ledger.yaml]\n", encoding="utf-8")
    code, out = run("check", "--no-seeds")
    assert code == 0 and out.startswith("narrlint ledger: 1 file checked (4 people")


# -- show ---------------------------------------------------------------------------------------


def test_show_person_timeline_with_ranks_posts_and_sources(beat):
    code, out = run(
        "show", "Rudolf Elphberg", "--ledger", "ruritania.ledger.yaml", "--date", "2025-10-14"
    )
    assert code == 0
    assert out.startswith("Person: Rudolf Elphberg (rudolf_elphberg)  [ruritania.ledger.yaml:")
    assert "aliases: rudi elphberg, elphberg (surname)" in out
    order = [
        "rank  Lieutenant General (Lt. Gen., Lt Gen, Lt.-Gen.)",
        "rank  General (Gen., Gen)",
        "post  Chief of Army Staff",
        "rank  Field Marshal",
        "post  Chief of Defence Forces",
    ]
    positions = [out.index(text) for text in order]
    assert positions == sorted(positions)
    assert "promoted to Field Marshal" in out
    assert "source: https://example.invalid/r3" in out
    assert "source: https://example.invalid/cdf-notified (source date 2025-12-05)" in out
    assert "concurrent with: elphberg_coas" in out
    assert out.rstrip().endswith("on 2025-10-14: Field Marshal; Chief of Army Staff")


@pytest.mark.parametrize(
    "query", ["rudolf elphberg", "ELPHBERG", "rudi elphberg", "rudolf_elphberg"]
)
def test_show_matches_names_aliases_and_ids_case_insensitively(beat, query):
    code, out = run("show", query, "--ledger", "ruritania.ledger.yaml")
    assert code == 0 and out.startswith("Person: Rudolf Elphberg")


def test_show_office_holders_by_title(beat):
    code, out = run("show", "interior minister", "--ledger", "ruritania.ledger.yaml")
    assert code == 0
    assert out.startswith("Office: Interior Minister of Ruritania (interior_ru)")
    assert out.index("Karl Holt") < out.index("Flavia Strel")
    assert "Acting Interior Minister (additional charge) [acting, additional charge]" in out


def test_show_rank_by_abbreviation_with_its_full_stop(beat):
    for query in ("Gen.", "gen", "GEN"):
        code, out = run("show", query, "--ledger", "ruritania.ledger.yaml")
        assert code == 0 and out.startswith("Rank: General (general, army)")
        assert "Rudolf Elphberg" in out


def test_show_deadline_chain_and_event_tolls(beat):
    code, out = run(
        "show", "cards_national", "--ledger", "ruritania.ledger.yaml", "--date", "2025-04-05"
    )
    assert code == 0
    assert "applies to: card_holders (Card holders); place: national" in out
    assert "order: announced 2025-03-07 by Interior Ministry; cut-off 2025-03-31" in out
    assert (
        "2025-03-31 -> 2025-04-10  (announced 2025-04-01 by an interior ministry official)" in out
    )
    assert "2025-04-10: no extension  (announced 2025-04-09" in out
    assert "enforcement from: 2025-04-01" in out
    assert "on 2025-04-05: cut-off 2025-04-10 (not yet passed; 1 later link(s)" in out
    code, out = run("show", "market", "--ledger", "ruritania.ledger.yaml")
    assert code == 0 and out.startswith("Event: Bombing at Strelsau market (market_blast)")
    assert "2025-06-02  30 killed  by Black Hand statement [militant claim]" in out


def test_show_on_the_shipped_ledger(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run("show", "foreign minister")
    assert code == 0
    assert "Office: Foreign Minister of Pakistan (foreign_minister_pk, Pakistan)" in out
    assert "Office: Foreign Minister of the Taliban administration" in out
    assert "Jalil Abbas Jilani" in out and "Amir Khan Muttaqi" in out
    code, out = run("show", "Sarfraz Bugti")
    assert code == 0 and "Caretaker (Federal) Interior Minister" in out
    assert "Chief Minister of Balochistan" in out


def test_show_nothing_found_exits_1(beat):
    code, out = run("show", "Nobody At All", "--ledger", "ruritania.ledger.yaml")
    assert code == 1 and "nothing matches 'Nobody At All'" in out


# -- new, schema --------------------------------------------------------------------------------


def test_new_writes_a_starter_that_passes_check_and_never_overwrites(beat):
    code, out = run("new", "newsroom.ledger.yaml")
    assert code == 0 and "wrote newsroom.ledger.yaml" in out
    text = (beat / "newsroom.ledger.yaml").read_text("utf-8")
    assert text.startswith(f"# yaml-language-server: $schema={schema_path().resolve()}\n")
    code, out = run("check", "newsroom.ledger.yaml")
    assert code == 0 and out.endswith("0 errors, 0 warnings\n")
    (beat / "newsroom.ledger.yaml").write_text("mine\n", encoding="utf-8")
    assert main(["new", "newsroom.ledger.yaml"], out=io.StringIO()) == 2
    assert (beat / "newsroom.ledger.yaml").read_text("utf-8") == "mine\n"
    assert run("new")[0] == 0 and (beat / "ledger.yaml").exists()


def test_the_starter_examples_are_a_valid_ledger(beat):
    """Every example of the starter, uncommented, loads, passes check and the JSON Schema."""
    lines = starter_ledger("/schema.json").splitlines()
    assert lines[0].startswith("# yaml-language-server: $schema=")
    examples = [line[2:] if line.startswith("# ") else line for line in lines[1:]]
    text = "\n".join(examples) + "\n"
    (beat / "examples.yaml").write_text(text, encoding="utf-8")
    code, out = run("check", "examples.yaml", "--strict")
    assert code == 0, out
    assert "(1 person, 1 post, 1 office, 2 ranks, 1 deadline, 1 event, 1 figure)" in out
    errors = list(jsonschema.Draft7Validator(SCHEMA).iter_errors(plain(yaml.safe_load(text))))
    assert errors == []


def test_schema_command_prints_the_installed_json_schema():
    code, out = run("schema")
    assert code == 0
    path = Path(out.strip())
    assert json.loads(path.read_text("utf-8"))["title"] == "narrlint fact ledger"


def test_entry_point_runs_as_a_program(tmp_path):
    code = "from narrlint.frontends.ledger_cli import main; raise SystemExit(main(['check']))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "0 errors, 0 warnings" in result.stdout


def test_show_group_lists_its_deadline_chains_and_the_one_in_force(beat):
    code, out = run(
        "show", "card holders", "--ledger", "ruritania.ledger.yaml", "--date", "2025-03-01"
    )
    assert code == 0 and out.startswith("Group: Card holders (card_holders)")
    assert (
        "cards_national: national, cut-off 2025-03-31; on 2025-03-01: not yet announced "
        "(announced 2025-03-07)" in out
    )
    assert (
        "cards_capital: Strelsau, cut-off 2025-02-28; on 2025-03-01: cut-off 2025-02-28 "
        "(passed;" in out
    )
    assert "in force nationally on 2025-03-01: none" in out


def test_show_deadline_by_subject_term_on_the_shipped_ledger(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out = run("show", "Phase 2")
    assert code == 0 and "(ifrp_phase2_acc)" in out and "enforcement from: 2025-04-01" in out


def test_show_prints_the_army_chiefs_ranks_with_sources_from_the_shipped_ledger() -> None:
    code, out = run("show", "Asim Munir", "--date", "2025-10-14")
    assert code == 0, out
    assert "General" in out and "Field Marshal" in out and "2025-05-20" in out
    assert "http" in out  # every line of the timeline carries its source
    assert out.rstrip().splitlines()[-1].strip().startswith("on 2025-10-14: Field Marshal")


@pytest.mark.parametrize(
    ("tail", "needle"),
    [
        ("meta: " + "[" * 400 + "]" * 400 + "\n", "nested too deeply"),
        ("meta: 1" + "0" * 5000 + "\n", "digits is too long"),
    ],
)
def test_check_refuses_a_ledger_python_cannot_hold_without_a_traceback(beat, tail, needle):
    """RecursionError and the integer-digits ValueError escaped as tracebacks (exit 1)."""
    (beat / "odd.yaml").write_text(FULL + tail, encoding="utf-8")
    code, out = run("check", "odd.yaml")
    assert code == 2
    first = out.splitlines()[0]
    # the YAML reader names the line where the ledger cannot be held
    assert re.match(r"odd\.yaml:\d+: error: ", first) and needle in first, first
    assert "sys.set_int_max_str_digits" not in out


def test_a_ledger_with_an_empty_title_stops_linting_before_any_draft(tmp_path):
    """An empty office title passed 'ledger check' and then failed NL401-403 as NL000 on
    every draft; a NaN figure failed NL302 so. Both are ledger errors naming file and line."""
    from .conftest import RURITANIA, run_cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (RURITANIA / "ledger.yaml").read_text(encoding="utf-8")
    assert "titles: [mayor]" in text
    (corpus / "ledger.yaml").write_text(text.replace("titles: [mayor]", "titles: [mayor, '']"))
    (corpus / "manifest.yaml").write_text((RURITANIA / "manifest.yaml").read_text())
    (tmp_path / "d.md").write_text(
        "---\ndate: 2023-01-01\n---\nInterim Finance Minister Anna Vogel says so.\n"
    )
    run = run_cli("--no-seeds", "--no-cache", "--corpus", "corpus", "-j", "1", "d.md", cwd=tmp_path)
    assert run.code == 2 and run.stdout == "" and "NL000" not in run.stderr
    line = text.splitlines().index("    titles: [mayor]") + 1
    assert f"ledger.yaml:{line}: offices[1].titles[1] is empty" in run.stderr
