"""``narrlint ledger show`` with a blank QUERY is a usage error, exit 2 (r18).

``narrlint ledger show "$NAME"`` with the variable unset said "nothing matches ''" and exited
1, the code for a query the ledger has no entry for: a script took the missing argument for a
missing fact. A blank query is now refused by argparse, as an empty path is, naming the
argument; a query the ledger lacks still exits 1.
"""

from __future__ import annotations

import io

import pytest

from narrlint.frontends.ledger_cli import main


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_a_blank_query_is_a_usage_error(capsys, query: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["show", query], out=io.StringIO())
    assert exit_.value.code == 2
    assert "argument QUERY: empty" in capsys.readouterr().err


def test_a_query_the_ledger_lacks_still_exits_1() -> None:
    out = io.StringIO()
    assert main(["show", "no such entry anywhere"], out=out) == 1
    assert "nothing matches 'no such entry anywhere'" in out.getvalue()
