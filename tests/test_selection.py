"""One reading of code lists: full codes, prefixes and ALL, for every place that selects."""

from __future__ import annotations

from narrlint.output.selection import asked_for, is_known, names, pattern_for, selected

KNOWN = ["NL101", "NL102", "NL201", "NL401", "NL402"]


def test_a_pattern_names_codes_by_prefix_and_all_names_everything() -> None:
    assert pattern_for("NL401", ["NL1", "NL4"]) == "NL4"
    assert pattern_for("NL401", ["ALL"]) == "ALL"
    assert pattern_for("NL401", ["NL40", "NL401"]) == "NL40"
    assert pattern_for("NL201", ["NL1", "NL4"]) is None
    assert names("NL102", ["NL102"]) and not names("NL10", ["NL101"])


def test_known_patterns_name_at_least_one_rule() -> None:
    assert is_known("NL4", KNOWN) and is_known("ALL", KNOWN) and is_known("NL402", KNOWN)
    assert not is_known("NL5", KNOWN) and not is_known("NL4010", KNOWN)


def test_a_rule_runs_when_selected_and_not_wholly_ignored() -> None:
    assert selected(["NL401"], [], [])
    assert selected(["NL401"], ["NL4"], [])
    assert not selected(["NL401"], ["NL1"], [])
    assert not selected(["NL401"], [], ["NL4"])
    # a rule reporting under two codes keeps running while one of them is not ignored
    assert selected(["NL101", "NL102"], [], ["NL101"])
    assert not selected(["NL101", "NL102"], [], ["NL10"])
    assert selected(["NL101", "NL102"], ["NL102"], [])


def test_a_code_off_by_default_is_reported_when_asked_for_and_not_ignored() -> None:
    """NL001: its option, or its full code in select, asks for it; ignore wins."""
    assert not asked_for("NL001", [], [])
    assert asked_for("NL001", [], [], flag=True)
    assert asked_for("NL001", ["NL4", "NL001"], [])
    assert not asked_for("NL001", ["NL"], [])  # a prefix selects what runs by default
    assert asked_for("NL001", ["NL4"], [], flag=True)  # the option is asked for by name
    assert not asked_for("NL001", ["NL001"], ["NL001"], flag=True)
    assert not asked_for("NL001", [], ["NL0"], flag=True)
