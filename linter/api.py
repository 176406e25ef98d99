"""What a rule is. Built-in and third-party rules implement the same :class:`Rule`.

A plugin module (registered under the ``narrlint`` entry point group) implements the
``narrlint_rules`` hook from :mod:`narrlint.engine.hookspecs`::

    from narrlint.api import Rule, hookimpl

    class NoShouting(Rule):
        code = "XY101"
        name = "no-shouting"
        summary = "Headlines in capitals"
        severity = Severity.INFO
        documentation = '''...bad and good examples...'''

        def check(self, draft, corpus):
            for sent in draft.doc.sents:
                if sent.text.isupper():
                    yield draft.problem(sent, "headline is in capitals")

    @hookimpl
    def narrlint_rules():
        return [NoShouting()]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import import_module
from typing import TYPE_CHECKING

import pluggy

from narrlint.model import Edit, Evidence, Fix, Problem, Severity

if TYPE_CHECKING:
    from narrlint.claims import Claim, Claims, Resolution
    from narrlint.engine.draft import Draft
    from narrlint.engine.linter import INTERNAL_ERROR, INTERNAL_ERROR_NAME
    from narrlint.knowledge.corpus import Corpus, CorpusSentence, format_number
    from narrlint.knowledge.ledger import (
        Category,
        Conflation,
        Deadline,
        Event,
        Figure,
        Government,
        Ledger,
        Office,
        Person,
        Post,
        RankTerm,
        Sourced,
        partial_bounds,
    )
    from narrlint.knowledge.title_lexicon import TitleLexicon, title_lexicon
    from narrlint.output.suppressions import UNUSED, UNUSED_NAME
    from narrlint.output.wording import long_date, reader_dates

_LAZY = {
    **dict.fromkeys(("Claim", "Claims", "Resolution"), "narrlint.claims"),
    "Draft": "narrlint.engine.draft",
    **dict.fromkeys(("Corpus", "CorpusSentence", "format_number"), "narrlint.knowledge.corpus"),
    **dict.fromkeys(
        (
            "Category",
            "Conflation",
            "Deadline",
            "Event",
            "Figure",
            "Government",
            "Ledger",
            "Office",
            "Person",
            "Post",
            "RankTerm",
            "Sourced",
            "partial_bounds",
        ),
        "narrlint.knowledge.ledger",
    ),
    **dict.fromkeys(("TitleLexicon", "title_lexicon"), "narrlint.knowledge.title_lexicon"),
    **dict.fromkeys(("INTERNAL_ERROR", "INTERNAL_ERROR_NAME"), "narrlint.engine.linter"),
    **dict.fromkeys(("UNUSED", "UNUSED_NAME"), "narrlint.output.suppressions"),
    **dict.fromkeys(("long_date", "reader_dates"), "narrlint.output.wording"),
}
"""Names of the API that live in the engine's modules, imported on first use (PEP 562): a
plugin that imports only :class:`Rule`, :data:`hookimpl` and the finding types, and the
listing of rules (``narrlint rules``, ``narrlint rule CODE``), load no spaCy pipeline, corpus or
ledger code through this module. ``from narrlint.api import Draft`` and ``import *`` give the
very same objects as before."""

_MODULES = {"archive_titles": "narrlint.knowledge.archive_titles"}
"""Whole modules of the API, imported on first use like the names above:
``archive_titles`` is what the corpus teaches about title changes (NL403's sightings and
switches), kept under its own name rather than spread over this namespace."""


def __getattr__(name: str) -> object:
    if name in _MODULES:
        value = import_module(_MODULES[name])
        globals()[name] = value
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # the next access is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_MODULES})


PROJECT = "narrlint"
hookimpl = pluggy.HookimplMarker(PROJECT)

CODE_PATTERN = re.compile(r"^[A-Z]{1,4}\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

__all__ = [
    "INTERNAL_ERROR",
    "INTERNAL_ERROR_NAME",
    "UNUSED",
    "UNUSED_NAME",
    "Category",
    "Claim",
    "Claims",
    "Conflation",
    "Corpus",
    "CorpusSentence",
    "Deadline",
    "Draft",
    "Edit",
    "Event",
    "Evidence",
    "Figure",
    "Fix",
    "Government",
    "Ledger",
    "Office",
    "Person",
    "Post",
    "Problem",
    "RankTerm",
    "Resolution",
    "Rule",
    "Severity",
    "Sourced",
    "TitleLexicon",
    "format_number",
    "hookimpl",
    "long_date",
    "partial_bounds",
    "reader_dates",
    "title_lexicon",
]
"""Everything a rule needs from the engine: built-in rules import nothing else from it. The
draft's claims (``draft.claims``) and their kinds live in :mod:`narrlint.claims`."""


class Rule:
    """Base class for rules. Subclasses set the class attributes and implement :meth:`check`.

    ``check`` must not print, write files or keep state between drafts: it receives the parsed
    draft and the corpus and yields :class:`~narrlint.model.Problem` objects (build them with
    ``draft.problem(span, message, evidence, fix)``).
    """

    code: str = ""
    name: str = ""
    summary: str = ""
    severity: Severity = Severity.WARNING
    documentation: str = ""
    codes: tuple[str, ...] = ()
    """Extra codes this rule may report under (``Problem.code``); rarely needed."""
    help_url: str = ""
    """A page explaining the rule (linked from text output, SARIF and the language server);
    built-in rules leave it empty and link their ``docs/rules/CODE.md`` page."""
    engine_reported: bool = False
    """True for the engine's own codes (NL000, NL001): the engine reports them, ``check``
    finds nothing in a draft."""

    plugin: str = ""
    """Set by the engine: the plugin (entry point) the rule came from."""

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.code} {self.name}>"


def validate_rule(rule: object) -> list[str]:
    """Problems with a rule's declaration (empty when it is well formed)."""
    errors = []
    if not isinstance(rule, Rule):
        return [f"{rule!r} is not a narrlint.api.Rule"]
    if not CODE_PATTERN.match(rule.code or ""):
        errors.append(f"code {rule.code!r} is not like 'NL401' (letters then three digits)")
    if not NAME_PATTERN.match(rule.name or ""):
        errors.append(f"name {rule.name!r} is not kebab-case like 'stale-title'")
    if not rule.summary:
        errors.append("summary is empty")
    if not isinstance(rule.severity, Severity):
        errors.append(f"severity {rule.severity!r} is not a narrlint Severity")
    if not rule.documentation.strip():
        errors.append("documentation is empty")
    if not isinstance(rule.help_url, str):
        errors.append(f"help_url {rule.help_url!r} is not a string")
    return errors
