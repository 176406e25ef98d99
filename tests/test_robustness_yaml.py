"""The YAML loader of the ledger, manifest and config (robustness probe D2, D8): a merge key
that a mapping overrides is YAML, not a duplicate; a document nested too deeply or holding
an integer Python will not convert is an error naming the file and line, never a traceback
(nor a crash of libyaml's recursive composer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from narrlint.errors import CorpusError, InputError
from narrlint.input import yamlsource
from narrlint.input.frontmatter import split_front_matter
from narrlint.input.yamlsource import MAX_DEPTH, load_yaml
from tests.conftest import FIXTURES, run_cli

MERGED = """\
offices:
  - &mayor
    id: mayor_a
    name: Mayor of A
  - <<: *mayor
    id: mayor_b
base: &base {x: 1, y: 2}
other: &other {x: 3, z: 4}
both:
  <<: [*base, *other]
  y: 5
"""


@pytest.fixture(params=["libyaml", "pyyaml"])
def loader(request, monkeypatch):
    """Both loaders: libyaml's (when PyYAML has it) and PyYAML's own, which reads errors
    again and every document that may nest deeply."""
    if request.param == "pyyaml":
        monkeypatch.setattr(yamlsource, "_FastLineLoader", yamlsource._LineLoader)
    return request.param


def test_a_key_written_over_a_merged_one_overrides_it(loader):
    data = load_yaml(MERGED, "ledger.yaml")
    assert data["offices"][1] == {"id": "mayor_b", "name": "Mayor of A"}
    assert data["offices"][1].key_lines["id"] == 6
    # the mapping's own key wins; of two merged mappings, the first listed wins
    assert data["both"] == {"x": 1, "y": 5, "z": 4}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\nb: 2\na: 3\n", 3),
        ("base: &b {x: 1}\nc:\n  <<: *b\n  y: 1\n  y: 2\n", 5),
    ],
)
def test_a_key_written_twice_in_one_mapping_is_still_a_duplicate(loader, text, line):
    with pytest.raises(CorpusError) as caught:
        load_yaml(text, "ledger.yaml")
    assert (caught.value.path, caught.value.line) == ("ledger.yaml", line)
    assert "duplicate key" in caught.value.message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("version: 1\nmeta: " + "[" * 400 + "]" * 400 + "\n", 2),
        ("version: 1\nmeta: " + "{a: " * 300 + "1" + "}" * 300 + "\n", 2),
        ("a:\n" + "".join("  " * i + "b:\n" for i in range(1, 150)) + "  " * 150 + "c: 1\n", 101),
        ("a:\n  - " + "- " * 400 + "1\n", 2),
        ("x: " + "[" * 200_000 + "]" * 200_000 + "\n", 1),  # crashed libyaml's composer
    ],
    ids=["lists", "flow-mappings", "block-mappings", "block-entries", "200k-lists"],
)
def test_a_document_nested_too_deeply_is_an_error_with_its_line(loader, text, line):
    with pytest.raises(CorpusError) as caught:
        load_yaml(text, "deep.yaml")
    assert caught.value.path == "deep.yaml"
    assert caught.value.line == line
    assert f"more than {MAX_DEPTH} levels" in caught.value.message


def test_nesting_within_the_bound_loads(loader):
    depth = MAX_DEPTH - 5
    data = load_yaml("a: " + "[" * depth + "1" + "]" * depth + "\n", "ok.yaml")
    for _ in range(depth + 1):
        data = data["a"] if isinstance(data, dict) else data[0]
    assert data == 1


def test_an_integer_too_long_for_python_is_an_error_with_its_line(loader):
    with pytest.raises(CorpusError) as caught:
        load_yaml("version: 1\nfigures:\n  - value: 1" + "0" * 5_000 + "\n", "ledger.yaml")
    assert (caught.value.path, caught.value.line) == ("ledger.yaml", 3)
    assert "5001 digits" in caught.value.message


def _corpus(tmp_path: Path, manifest: str) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    ruritania = FIXTURES / "ruritania"
    for name in ("ledger.yaml", "budget.txt"):
        (folder / name).write_text((ruritania / name).read_text())
    (folder / "manifest.yaml").write_text(manifest)
    return folder


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("version: 1\narticles: " + "[" * 1_000 + "]" * 1_000 + "\n", "nested too deeply"),
        ("version: 1" + "0" * 5_000 + "\narticles: []\n", "integer of 5001 digits is too long"),
    ],
    ids=["deep", "huge-integer"],
)
def test_a_manifest_nested_too_deeply_or_with_a_huge_integer_stops_the_run(
    tmp_path, manifest, message
):
    corpus = _corpus(tmp_path, manifest)
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2024-07-01\n---\nHi.\n")
    run = run_cli("--no-seeds", "--no-cache", "--corpus", str(corpus), str(draft))
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert f"manifest.yaml:{1 if '5001' in message else 2}: {message}" in run.stderr


@pytest.mark.parametrize(
    ("config", "line", "message"),
    [
        ("select: [NL1]\nmeta: " + "[" * 2_000 + "]" * 2_000 + "\n", 2, "nested too deeply"),
        ("rule-timeout: 1" + "0" * 5_000 + "\n", 1, "integer of 5001 digits is too long"),
    ],
    ids=["deep", "huge-integer"],
)
def test_a_config_nested_too_deeply_or_with_a_huge_integer_names_its_line(
    tmp_path, config, line, message
):
    (tmp_path / "cfg.yaml").write_text(config)
    (tmp_path / "d.md").write_text("---\ndate: 2024-07-01\n---\nHi.\n")
    run = run_cli("--config", "cfg.yaml", "d.md", cwd=tmp_path)
    assert run.code == 2, run.stderr
    assert f"cfg.yaml:{line}: {message}" in run.stderr


# ---------------------------------------------------------------------------------------------
# Front matter (robustness probe D5): a key written twice dated the draft by the last one


@pytest.mark.parametrize(
    ("front", "key", "line"),
    [
        ("date: 2023-01-01\ndate: 2020-01-01\n", "date", 3),
        ("title: x\ndate: 2023-01-01\nauthor: y\ndate: 2023-01-01\n", "date", 5),
        ("date: 2023-01-01\nmeta:\n  tag: a\n  tag: b\n", "tag", 5),
    ],
    ids=["date-twice", "date-twice-apart", "nested"],
)
def test_a_key_written_twice_in_front_matter_is_an_error_at_the_second(front, key, line):
    with pytest.raises(InputError) as caught:
        split_front_matter(f"---\n{front}---\nText.\n", "d.md")
    assert (caught.value.path, caught.value.line) == ("d.md", line)
    assert f"duplicate key {key!r} in front matter" in caught.value.message


def test_front_matter_may_override_a_merged_key():
    text = "---\nbase: &b {tag: a}\nmeta:\n  <<: *b\n  tag: b\ndate: 2023-01-01\n---\nText.\n"
    front = split_front_matter(text, "d.md")
    assert front.data["meta"] == {"tag": "b"}
    assert str(front.date) == "2023-01-01"


def test_a_draft_with_date_twice_is_not_linted(tmp_path):
    (tmp_path / "d.md").write_text("---\ndate: 2023-01-01\ndate: 2020-01-01\n---\nText.\n")
    run = run_cli("--no-seeds", "--corpus", str(FIXTURES / "ruritania"), "d.md", cwd=tmp_path)
    assert run.code == 2
    assert "d.md:3: duplicate key 'date' in front matter" in run.stderr
