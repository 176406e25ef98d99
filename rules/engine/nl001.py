"""NL001 ``unused-suppression``: a suppression that silenced nothing (reported by
:mod:`narrlint.output.suppressions`)."""

from __future__ import annotations

from collections.abc import Iterable

from narrlint.api import UNUSED, UNUSED_NAME, Corpus, Draft, Problem, Rule, Severity


class UnusedSuppression(Rule):
    code = UNUSED
    name = UNUSED_NAME
    summary = "A narrlint-disable comment or 'narrlint: ignore' marker that silenced nothing"
    severity = Severity.WARNING
    engine_reported = True
    documentation = """
        Reported with `--report-unused-suppressions` (or `--select NL001`). A suppression that
        silences nothing is stale: the problem it hid was fixed, or it names the wrong code,
        and it would hide a new problem later. The finding points at the comment or marker;
        its fix deletes a suppression that is unused as a whole (`--fix` removes it). Codes of
        rules that did not run on the file (`--select`, `per-file-ignores`) are not reported.

        Like any code, NL001 can be ignored (`--ignore NL001`, `ignore:`, `per-file-ignores`)
        or re-graded (`severity: {NL001: error}` makes stale suppressions fail the run).

        Bad:
            <!-- narrlint-disable-next-line NL401 -->
            The minister spoke on Monday.

        Good:
            The minister spoke on Monday.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return ()  # reported by the suppression filter after the rules, never found in a draft
