"""Plugins register through the real ``narrlint`` entry point group, like built-in rules."""

import textwrap
from pathlib import Path

from narrlint.engine.plugins import load_registry

from .conftest import RURITANIA, run_cli

PLUGIN = '''
from narrlint.api import Rule, Severity, hookimpl


class NoExclamation(Rule):
    code = "XT101"
    name = "no-exclamation"
    summary = "Exclamation marks in news copy"
    severity = Severity.INFO
    documentation = """Bad: Shocking! Good: Shocking."""

    def check(self, draft, corpus):
        for token in draft.doc:
            if token.text == "!":
                yield draft.problem(token, "drop the exclamation mark")


@hookimpl
def narrlint_rules():
    return [NoExclamation()]
'''


def install_fake_distribution(root: Path, name: str, module: str, source: str) -> None:
    """A minimal installed distribution: module + dist-info with an entry point."""
    (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = root / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[narrlint]\n{name} = {module}\n")


def test_builtin_rules_come_from_entry_points(registry):
    assert registry.rules["NL401"].plugin == "titles"
    assert registry.rules["NL401"].name == "stale-title"


def test_external_plugin_rule_runs_through_the_cli(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    install_fake_distribution(site, "narrlint-ext", "narrlint_ext", PLUGIN)
    draft = tmp_path / "d.md"
    draft.write_text("Shocking news!\n", encoding="utf-8")
    env = {"PYTHONPATH": str(site)}
    rules = run_cli("rules", env=env)
    assert "XT101" in rules.stdout and "no-exclamation" in rules.stdout
    run = run_cli(
        "--no-seeds", "--corpus", str(RURITANIA), "--fail-on", "info", str(draft), env=env
    )
    assert run.code == 1
    # A plugin rule's line is like a built-in one's; it has no help page unless it names one.
    assert run.stdout.splitlines() == [
        f"{draft}:1:14: XT101 info: drop the exclamation mark [no-exclamation]",
        "1 finding in 1 file: 1 info",
    ]


def test_extra_plugin_object_registers_in_process():
    import types

    module = types.ModuleType("inline_plugin")
    exec(compile(PLUGIN, "inline_plugin", "exec"), module.__dict__)  # test-only, trusted code
    registry = load_registry(extra=[module])
    assert "XT101" in registry.rules


def test_the_engine_codes_come_with_narrlint_and_their_plugin_name_is_reserved(
    tmp_path, monkeypatch
):
    """NL000 and NL001 are registered as plugin 'narrlint' whatever is installed; an entry point
    of that name (another distribution's) is reported, never silently dropped or merged."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "impostor.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "narrlint_impostor-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: narrlint-impostor\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[narrlint]\nnarrlint = impostor\n")
    monkeypatch.syspath_prepend(str(site))
    registry = load_registry()
    assert registry.rules["NL000"].plugin == registry.rules["NL001"].plugin == "narrlint"
    assert "XT101" not in registry.rules
    (problem,) = [p for p in registry.broken if "impostor" in p]
    assert "the name 'narrlint' is narrlint's own" in problem
