"""Loading rules from plugins through pluggy and the ``narrlint`` entry point group."""

from __future__ import annotations

from dataclasses import dataclass, field

import pluggy

from narrlint import hookspecs
from narrlint.api import PROJECT, Rule, validate_rule
from narrlint.errors import NarrlintError


@dataclass
class Registry:
    """All rules from all plugins, by code, plus plugin load failures."""

    rules: dict[str, Rule] = field(default_factory=dict)
    corpus_paths: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    """Plugins that failed to load or declared malformed rules (reported as NL000)."""

    def by_code(self, code: str) -> Rule | None:
        return self.rules.get(code.upper())

    def codes(self) -> list[str]:
        return sorted(self.rules)


def plugin_manager(extra: list[object] | None = None) -> pluggy.PluginManager:
    manager = pluggy.PluginManager(PROJECT)
    manager.add_hookspecs(hookspecs)
    manager.load_setuptools_entrypoints(PROJECT)
    for plugin in extra or ():
        manager.register(plugin)
    return manager


def load_registry(extra: list[object] | None = None) -> Registry:
    """Collect rules from every installed plugin (and ``extra`` plugin objects, for tests)."""
    try:
        manager = plugin_manager(extra)
    except Exception as exc:  # a plugin that fails to import must not take narrlint down
        manager = pluggy.PluginManager(PROJECT)
        manager.add_hookspecs(hookspecs)
        registry = Registry(broken=[f"a plugin failed to load: {type(exc).__name__}: {exc}"])
        return _collect(manager, registry)
    return _collect(manager, Registry())


def _collect(manager: pluggy.PluginManager, registry: Registry) -> Registry:
    names = {id(plugin): name for name, plugin in manager.list_name_plugin()}
    for impl in manager.hook.narrlint_rules.get_hookimpls():
        plugin_name = names.get(id(impl.plugin), impl.plugin_name)
        try:
            rules = impl.function() or []
        except Exception as exc:
            registry.broken.append(f"plugin {plugin_name!r} failed: {type(exc).__name__}: {exc}")
            continue
        for rule in rules:
            errors = validate_rule(rule)
            if errors:
                registry.broken.append(
                    f"plugin {plugin_name!r}: rule {rule!r}: {'; '.join(errors)}"
                )
                continue
            rule.plugin = plugin_name
            clash = registry.rules.get(rule.code)
            if clash is not None:
                raise NarrlintError(
                    f"rule code {rule.code} is defined by both plugin {clash.plugin!r} "
                    f"and plugin {plugin_name!r}"
                )
            registry.rules[rule.code] = rule
    for paths in manager.hook.narrlint_corpus_paths():
        registry.corpus_paths.extend(str(p) for p in paths or ())
    return registry
