"""NL201: a toll whose sentence repeats a figure that a credited report gives just before it
("The institute's monthly report said attacks rose from 12 to 19 in May. // Militants carried
out 19 attacks in May, in which 27 people were killed") goes on with that report's figures
(found probing stored pages: think-tank digests). A figure of two or one, a year, another
incident or no credit before do not tie it.

Invented sentences (no passage of the news sets): paraphrases and clean look-alikes.
"""

import pytest

from .casualties_support import fires

REPORT = "The institute said in its monthly report that attacks rose from 12 to 19 in May."


def test_a_toll_repeating_the_reports_figure_goes_on_with_it(seed_corpus):
    text = f"{REPORT}\n\nMilitants carried out 19 attacks in May, in which 27 people were killed."
    assert fires(seed_corpus, text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # no shared figure
        (
            f"{REPORT}\n\nMilitants carried out 21 attacks in May, in which 27 people were killed.",
            "27 people were killed",
        ),
        # no credit before
        (
            "Attacks rose from 12 to 19 in May.\n\nMilitants carried out 19 attacks in May, in "
            "which 27 people were killed.",
            "27 people were killed",
        ),
        # another incident
        (
            f"{REPORT}\n\nSeparately, militants carried out 19 attacks in June, in which 27 "
            "people were killed.",
            "27 people were killed",
        ),
    ],
)
def test_other_tolls_after_a_report_still_need_a_source(seed_corpus, text, excerpt):
    assert excerpt in fires(seed_corpus, text)
