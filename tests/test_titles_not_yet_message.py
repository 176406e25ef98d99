"""NL402's message for a title not yet held says when the post began as a reader writes it:
"only on 26 February 2024" for a recorded day, "only in October 2023" for a start the record
knows only to the month (not the record's "2023-10").

The fictional ledger below (no real person)."""

from .conftest import ledger_corpus, lint_text

LEDGER = """\
version: 1
offices:
  - {id: rep_sy, name: Agency Representative in Sylvania, country: Sylvania,
     titles: [agency representative]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_rep, office: rep_sy, title: Agency Representative in Sylvania,
         end_partial: '2023-10', source: https://example.invalid/sy/voss}
  - id: bo_kern
    name: Bo Kern
    aliases: [bo kern]
    posts:
      - {id: kern_rep, office: rep_sy, title: Agency Representative in Sylvania,
         start_partial: '2023-10', source: https://example.invalid/sy/kern}
  - id: cy_lamm
    name: Cy Lamm
    aliases: [cy lamm]
    posts:
      - {id: lamm_rep, office: rep_sy, title: Agency Representative in Sylvania,
         start: '2019-01-01', end: '2021-12-31', source: https://example.invalid/sy/lamm}
"""


def test_a_start_known_to_the_month_is_written_as_a_month(tmp_path_factory):
    corpus = ledger_corpus(tmp_path_factory, LEDGER)
    text = "Agency Representative Bo Kern said the camps were full."
    found = lint_text(corpus, text, date="2022-06-21", codes=("NL402",))
    assert [f.code for f in found] == ["NL402"]
    assert "only in October 2023" in found[0].message
    assert "2023-10" not in found[0].message
