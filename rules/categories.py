"""Rule family 'categories' (being implemented; registers no rules yet)."""

from narrlint.api import Rule, hookimpl


@hookimpl
def narrlint_rules() -> list[Rule]:
    return []
