"""A ledger title written with "UN" read where reporting spells the body out ("Pakistan's
envoy to the United Nations" for the ledger's "pakistan's envoy to the un"), and the other way
round ("Permanent Representative to the UN" for "… to the united nations"): a holder who had
left the post is NL401. Look-alikes: the holder then, and another body's name, stay silent.

A fictional ledger (no seed text, no real person)."""

import pytest

from .conftest import ledger_corpus, lint_text
from .titles_support import CODES

LEDGER = """\
version: 1
offices:
  - {id: un_rep_rt, name: Permanent Representative of Ruritania to the United Nations,
     country: Ruritania,
     titles: ["ruritania's envoy to the un", permanent representative to the united nations]}
people:
  - id: ada_voss
    name: Ada Voss
    aliases: [ada voss]
    posts:
      - {id: voss_un, office: un_rep_rt, title: Permanent Representative to the UN,
         start: '2019-11-01', end: '2025-03-30', source: https://example.invalid/rt/voss}
  - id: bo_kern
    name: Bo Kern
    aliases: [bo kern]
    posts:
      - {id: kern_un, office: un_rep_rt, title: Permanent Representative to the UN,
         start: '2025-03-31', end: null, source: https://example.invalid/rt/kern}
"""

DAY = "2026-01-01"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    return ledger_corpus(tmp_path_factory, LEDGER)


def codes(corpus, text):
    return [f.code for f in lint_text(corpus, text, date=DAY, codes=CODES)]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Voss, Ruritania's envoy to the United Nations, said the council should act.",
        "Ruritania’s envoy to the United Nations Ada Voss said the council should act.",
        "Permanent Representative to the UN Ada Voss said the council should act.",
        # the owner's possessive set after the head: "… of Ruritania to the UN"
        "Envoy of Ruritania to the UN, Ada Voss, said the council should act.",
    ],
)
def test_the_un_spelt_the_other_way_is_the_ledgers_title(ledger, text):
    assert codes(ledger, text) == ["NL401"], text
    assert codes(ledger, text.replace("Ada Voss", "Bo Kern")) == [], text


def test_another_bodys_name_reads_no_title(ledger):
    text = "Ada Voss, Ruritania's envoy to the United Arab Emirates, said the talks went well."
    assert codes(ledger, text) == [], text
