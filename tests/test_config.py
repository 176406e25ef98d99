"""Configuration files: discovery, validation with key and file named, CLI precedence."""

import datetime as dt
from pathlib import Path

import pytest

from narrlint.config import check_codes, find_config, load_config
from narrlint.errors import ConfigError
from narrlint.model import Severity

from .conftest import run_cli


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_config_is_parsed(tmp_path):
    cfg = write(
        tmp_path / ".narrlint.yaml",
        "select: [NL4]\nignore: NL402\nseverity:\n"
        "  NL401: warning\ndate: 2024-06-01\nfail-on: error\n"
        "per-file-ignores:\n  'archive/*.md': [NL401]\n",
    )
    config = load_config(cfg)
    assert config.select == ["NL4"] and config.ignore == ["NL402"]
    assert config.severity == {"NL401": Severity.WARNING}
    assert config.date == dt.date(2024, 6, 1)
    assert config.fail_on is Severity.ERROR
    assert config.per_file_ignores == {"archive/*.md": ["NL401"]}


def test_pyproject_section_is_found_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.narrlint]\nselect = ['NL401']\n")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found).select == ["NL401"]


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("selcet: [NL4]\n", "unknown key 'selcet'", 1),
        ("select: NL4\nfail-on: loud\n", "fail-on", 2),
        ("date: soon\n", "date", 1),
        ("severity:\n  NL401: fatal\n", "severity.NL401", 2),
        ("select: [1, 2]\n", "select", 1),
        ("select: [unclosed\n", "invalid YAML", None),
    ],
)
def test_bad_config_names_key_file_and_line(tmp_path, text, needle, line):
    cfg = write(tmp_path / ".narrlint.yaml", text)
    with pytest.raises(ConfigError) as info:
        load_config(cfg)
    assert needle in str(info.value)
    # the file is named (relative to the working directory: no absolute paths leak)
    assert Path(info.value.path).resolve() == cfg.resolve()
    assert info.value.path in str(info.value)
    if line:
        assert info.value.line == line


def test_unknown_rule_code_in_config_is_rejected(tmp_path):
    config = load_config(write(tmp_path / ".narrlint.yaml", "ignore: [NL999]\n"))
    with pytest.raises(ConfigError, match="unknown rule code 'NL999'"):
        check_codes(config, ["NL401", "NL402"])


def test_cli_exits_2_on_bad_config_before_linting(tmp_path):
    write(tmp_path / ".narrlint.yaml", "colour: yes\n")
    write(tmp_path / "d.md", "Text.\n")
    run = run_cli("d.md", cwd=tmp_path)
    assert run.code == 2
    assert "unknown key 'colour'" in run.stderr and ".narrlint.yaml" in run.stderr
    assert run.stdout == ""


def test_configured_model_that_is_not_installed_is_a_clear_error(tmp_path):
    write(tmp_path / ".narrlint.yaml", "model: en_core_web_nonexistent\n")
    write(tmp_path / "d.md", "Text.\n")
    run = run_cli("d.md", cwd=tmp_path)
    assert run.code == 2
    assert "en_core_web_nonexistent" in run.stderr and "not installed" in run.stderr


def test_help_url_is_a_link_template(tmp_path):
    cfg = write(tmp_path / ".narrlint.yaml", "help-url: https://news.example/rules/{code}.md\n")
    assert load_config(cfg).help_url == "https://news.example/rules/{code}.md"
    assert load_config(None).help_url is None
    for bad, needle in (
        ("help-url: https://news.example/rules/\n", "must be a link with {code}"),
        ("help-url: ftp://news.example/{code}\n", "must start with https://"),
        ("help-url: [a]\n", "must be a link with {code}"),
    ):
        with pytest.raises(ConfigError, match="help-url") as info:
            load_config(write(tmp_path / ".narrlint.yaml", bad))
        assert needle in str(info.value) and info.value.line == 1


def test_engine_codes_are_known_codes_of_the_config(tmp_path, registry):
    config = load_config(
        write(
            tmp_path / ".narrlint.yaml",
            "ignore: [NL000, NL001]\nseverity: {NL001: error}\n"
            "per-file-ignores:\n  'a.md': [NL001]\n",
        )
    )
    check_codes(config, registry.codes())  # no error: they are rules like the others


def test_config_applies_to_findings_of_any_file_but_never_hides_an_internal_error():
    from narrlint.config import Config
    from narrlint.model import Finding, Position
    from narrlint.output.filters import apply_config_all

    def finding(path, code, severity=Severity.WARNING):
        at = Position(1, 1)
        return Finding(path, at, at, code, "r", severity, "m", "")

    config = Config(
        ignore=["NL000", "NL2"],
        severity={"NL001": Severity.ERROR, "NL000": Severity.INFO},
        per_file_ignores={"b.md": ["NL001"]},
    )
    findings = [
        finding("a.md", "NL000", Severity.ERROR),
        finding("a.md", "NL001"),
        finding("a.md", "NL201"),
        finding("b.md", "NL001"),
        finding("b.md", "NL401"),
    ]
    kept = apply_config_all(findings, config)
    assert [(f.path, f.code, f.severity) for f in kept] == [
        ("a.md", "NL000", Severity.ERROR),
        ("a.md", "NL001", Severity.ERROR),
        ("b.md", "NL401", Severity.WARNING),
    ]
    assert apply_config_all(kept, config) == kept  # applying it again changes nothing


@pytest.mark.parametrize(
    ("text", "line", "number"),
    [
        ('[tool.narrlint]\nselect = ["NL4"]\nselect = ["NL1"]\n', "at line 3", 3),  # duplicate
        ('[tool.narrlint]\nignore = ["NL4"]\nx = [\n', "at end of document", 3),
        ('[tool.black]\nline-length = 99\n\n[tool.narrlint\nselect = ["NL4"]\n', "at line 4", 4),
    ],
)
def test_pyproject_that_does_not_parse_is_an_error_not_skipped(tmp_path, text, line, number):
    """Skipping it would lint with the defaults (or a parent folder's config) and drop its
    ignores, severities, corpus and date without a word. The error names its line as
    ``pyproject.toml:3:``, as every other config error does, so editors can place it."""
    write(tmp_path / ".narrlint.yaml", "select: [NL1]\n")  # a parent's config: never used
    project = tmp_path / "project"
    project.mkdir()
    cfg = write(project / "pyproject.toml", text)
    with pytest.raises(ConfigError, match="invalid TOML") as info:
        find_config(project)
    assert Path(info.value.path).resolve() == cfg.resolve() and line in info.value.message
    write(project / "d.md", "Text.\n")
    run = run_cli("d.md", cwd=project)
    assert run.code == 2 and run.stdout == ""
    assert f"pyproject.toml:{number}: invalid TOML" in run.stderr and line in run.stderr
    assert info.value.line == number


def test_bad_value_in_pyproject_names_its_line(tmp_path):
    cfg = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.narrlint]\nselect = ["NL4"]\nfail-on = "loud"\n'
        '\n[tool.narrlint.severity]\nNL401 = "fatal"\n',
    )
    with pytest.raises(ConfigError, match="fail-on") as info:
        load_config(cfg)
    assert info.value.line == 6
    write(cfg, '[tool.narrlint]\nselect = 4\n\n[tool.narrlint.severity]\nNL401 = "fatal"\n')
    with pytest.raises(ConfigError, match="select") as info:
        load_config(cfg)
    assert info.value.line == 2
    write(cfg, '[tool.narrlint]\n\n[tool.narrlint.severity]\n"NL401" = "fatal"\n')
    with pytest.raises(ConfigError, match=r"severity\.NL401") as info:
        load_config(cfg)
    assert info.value.line == 4
    write(cfg, '[tool.narrlint]\nseverity = {NL401 = "fatal"}\n')
    with pytest.raises(ConfigError, match=r"severity\.NL401") as info:
        load_config(cfg)
    assert info.value.line == 2


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", "1.0e+20", "1000000.5", "-1"])
def test_rule_timeout_must_be_finite_and_bounded(tmp_path, value):
    """NaN, infinity or 1e20 seconds cannot set the timer: every rule of every draft would
    fail as NL000 instead of the config being refused before linting."""
    cfg = write(tmp_path / ".narrlint.yaml", f"select: [NL4]\nrule-timeout: {value}\n")
    with pytest.raises(ConfigError, match="rule-timeout") as info:
        load_config(cfg)
    assert info.value.line == 2 and info.value.path in str(info.value)


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e20"])
def test_rule_timeout_must_be_finite_in_pyproject_too(tmp_path, value):
    cfg = write(tmp_path / "pyproject.toml", f"[tool.narrlint]\nrule-timeout = {value}\n")
    with pytest.raises(ConfigError, match="rule-timeout") as info:
        load_config(cfg)
    assert info.value.line == 2


@pytest.mark.parametrize(
    ("value", "seconds"), [("0", 0.0), ("2.5", 2.5), ("100000", 100000.0), ("1000000", 1e6)]
)
def test_rule_timeout_in_range_is_accepted(tmp_path, value, seconds):
    cfg = write(tmp_path / ".narrlint.yaml", f"rule-timeout: {value}\n")
    assert load_config(cfg).rule_timeout == seconds


def test_missing_corpus_path_from_config_names_config_and_line(tmp_path):
    (tmp_path / "beat").mkdir()
    cfg = write(tmp_path / ".narrlint.yaml", "seeds: false\ncorpus: [beat, nope/]\n")
    with pytest.raises(ConfigError, match="'nope/' does not exist") as info:
        load_config(cfg)
    assert info.value.line == 2 and Path(info.value.path).resolve() == cfg.resolve()
    write(cfg, "corpus: [beat]\n")
    (corpus,) = load_config(cfg).corpus
    assert Path(corpus).resolve() == (tmp_path / "beat").resolve()
