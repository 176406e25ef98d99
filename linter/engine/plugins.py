"""Loading rules from plugins through pluggy and the ``narrlint`` entry point group."""

from __future__ import annotations

from dataclasses import dataclass, field

import pluggy

from narrlint.api import PROJECT, Rule, validate_rule
from narrlint.engine import hookspecs
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


def plugin_manager(
    extra: list[object] | None = None, broken: list[str] | None = None
) -> pluggy.PluginManager:
    """Plugins from the ``narrlint`` entry points (and ``extra`` objects); a plugin that fails
    to import or register is described in ``broken`` and skipped."""
    manager = pluggy.PluginManager(PROJECT)
    manager.add_hookspecs(hookspecs)
    _register_engine_rules(manager)
    _load_entry_points(manager, broken if broken is not None else [])
    for plugin in extra or ():
        manager.register(plugin)
    return manager


ENGINE_PLUGIN = "narrlint"
"""The plugin name of the engine's own codes (NL000, NL001: :mod:`narrlint.rules.engine`)."""


def _register_engine_rules(manager: pluggy.PluginManager) -> None:
    """The engine's own codes, registered like any plugin but not through an entry point:
    they must exist whatever is installed (NL000 reports the plugins that fail to load)."""
    from narrlint.rules import engine

    manager.register(engine, name=ENGINE_PLUGIN)


def _load_entry_points(manager: pluggy.PluginManager, broken: list[str]) -> None:
    """pluggy's ``load_setuptools_entrypoints``, one plugin at a time: there, the first plugin
    that fails to import aborts the loop, and every rule, the built-in ones included, is lost.

    Only installed entry points are ever imported; nothing in a config file names a module.
    """
    import importlib.metadata

    for dist in list(importlib.metadata.distributions()):
        for entry in dist.entry_points:
            if entry.group != PROJECT:
                continue
            if entry.name == ENGINE_PLUGIN:
                broken.append(
                    f"plugin {entry.name!r} ({entry.value}, from {dist.metadata['Name']}) was "
                    f"not loaded: the name {ENGINE_PLUGIN!r} is narrlint's own; rename the "
                    "entry point"
                )
                continue
            if manager.get_plugin(entry.name):
                continue
            if manager.is_blocked(entry.name):
                continue
            try:
                manager.register(entry.load(), name=entry.name)
            except (Exception, SystemExit) as exc:
                broken.append(
                    f"plugin {entry.name!r} ({entry.value}, from {dist.metadata['Name']}) "
                    f"failed to load: {type(exc).__name__}: {exc}"
                )


def load_registry(extra: list[object] | None = None) -> Registry:
    """Collect rules from every installed plugin (and ``extra`` plugin objects, for tests)."""
    broken: list[str] = []
    try:
        manager = plugin_manager(extra, broken)
    except Exception as exc:  # an ``extra`` plugin that does not register
        manager = pluggy.PluginManager(PROJECT)
        manager.add_hookspecs(hookspecs)
        _register_engine_rules(manager)
        broken.append(f"a plugin failed to load: {type(exc).__name__}: {exc}")
    return _collect(manager, Registry(broken=broken))


def _collect(manager: pluggy.PluginManager, registry: Registry) -> Registry:
    names = {id(plugin): name for name, plugin in manager.list_name_plugin()}
    for impl in manager.hook.narrlint_rules.get_hookimpls():
        plugin_name = names.get(id(impl.plugin), impl.plugin_name)
        try:
            rules = list(impl.function() or [])
        except (Exception, SystemExit) as exc:
            registry.broken.append(f"plugin {plugin_name!r} failed: {type(exc).__name__}: {exc}")
            continue
        for rule in rules:
            try:
                errors = validate_rule(rule)
            except Exception as exc:
                errors = [f"cannot be checked: {type(exc).__name__}: {exc}"]
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
    for impl in manager.hook.narrlint_corpus_paths.get_hookimpls():
        plugin_name = names.get(id(impl.plugin), impl.plugin_name)
        try:
            paths = [str(p) for p in impl.function() or ()]
        except (Exception, SystemExit) as exc:
            registry.broken.append(
                f"plugin {plugin_name!r} failed to give corpus paths: {type(exc).__name__}: {exc}"
            )
            continue
        registry.corpus_paths.extend(paths)
    return registry
