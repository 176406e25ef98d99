"""NL201: a bare reporting form closing a count's sentence with a short source after a comma is
a wire credit, before or after its source ("…, reports Reuters.", "…, report agencies.",
"…, Reuters reports."), not the noun "reports" (round 19 hunt on stored pages: ", report
agencies." after a crash's count). Look-alikes keep the finding: reports of no one named
(", reports suggest.", ", local reports.", "according to reports") and a noun phrase.
"""

import pytest

from .casualties_support import fires, fires_on, ledger_tolls


@pytest.fixture(scope="module")
def figures(seed_corpus):
    return ledger_tolls(seed_corpus)


COUNT = "{n} people were killed when a coach hit a fuel tanker on the highway near Kandahar"
CREDITED = [", reports Reuters.", ", report agencies.", ", Reuters reports.", ", reports AFP."]
UNNAMED = [", reports suggest.", ", local reports.", ", according to reports.", ", the reports."]


@pytest.mark.parametrize("tail", CREDITED)
def test_a_closing_wire_credit_sources_the_count(seed_corpus, figures, tail):
    for n in figures:
        text = COUNT.format(n=n) + tail
        assert fires(seed_corpus, text) == [], text


@pytest.mark.parametrize("tail", UNNAMED)
def test_reports_of_no_one_named_keep_the_finding(seed_corpus, figures, tail):
    for n in figures:
        text = COUNT.format(n=n) + tail
        assert fires_on(fires(seed_corpus, text), n), text
