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
