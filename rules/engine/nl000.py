"""NL000 ``internal-error``: a rule or plugin failed (reported by :mod:`narrlint.engine.linter`)."""

from __future__ import annotations

from collections.abc import Iterable

from narrlint.api import INTERNAL_ERROR, INTERNAL_ERROR_NAME, Corpus, Draft, Problem, Rule, Severity


class InternalError(Rule):
    code = INTERNAL_ERROR
    name = INTERNAL_ERROR_NAME
    summary = "A rule or plugin failed; the other rules' findings are kept"
    severity = Severity.ERROR
    engine_reported = True
    documentation = """
        A rule raised an exception, ran past its time budget (config `rule-timeout`) or
        yielded a malformed finding, or a plugin failed to load. The message names the plugin
        and the rule, and where it failed. Every other rule still ran and its findings are
        reported; the exit code is 2, because part of the draft was not checked.

        What to do: report the message to the authors of the plugin it names. Until it is
        fixed, `--ignore` the failing rule's own code (not NL000) to run without it.

        NL000 is never silenced: `ignore`, `per-file-ignores`, `severity` and suppression
        comments accept the code but do not hide or re-grade it, and a baseline never records
        it. A check that did not run must not look like a clean draft.

        Example (a plugin whose rule raised):

            a.md:1:1: NL000 error: rule XB101 (raises) from plugin 'mynewsroom' raised
            ValueError: boom at rules.py:12 [internal-error]
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return ()  # reported by the engine when another rule fails, never found in a draft
