"""A title set off between two names: "met the Minister for Kashmir Affairs, Eng. X, Pakistan's
Special Representative for Afghanistan, Ambassador Y as well as …" lists pairs of a title and
the name after it, and the second title is Y's, not an appositive of X (dev news-r13-cc-039, a
real passage: NL402 called X never the special representative). The record decides: the
name after holds one of the title's offices on record, the name before none.

Still X's: the title with no name after it, or with a name after it the record does not give
the office either."""

import pytest

from .conftest import lint_text

CODES = ("NL401", "NL402")
DATE = "2025-04-25"
HOLDER = "Mohammad Sadiq"  # the special representative on record on DATE
OTHERS = ("Amir Muqam", "Ishaq Dar")  # on record in other posts on DATE
TITLE = "Pakistan's Special Representative for Afghanistan"

PAIRS = [
    "The envoy met the Minister for Kashmir Affairs, Eng. {other}, {title}, Ambassador {holder}"
    " as well as senior officials of the interior ministry.",
    "In Islamabad, she called on {other}, {title}, Ambassador {holder} and other officials.",
    "The delegation met {other}, {title}, {holder}, and the foreign secretary.",
]


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("template", PAIRS)
def test_the_title_goes_to_the_name_after_it_that_holds_it(seed_corpus, template, other):
    text = template.format(other=other, title=TITLE, holder=HOLDER)
    assert [f.code for f in lint_text(seed_corpus, text, date=DATE, codes=CODES)] == [], text


STILL_THE_NAME_BEFORE = [
    # no name after the title: an appositive
    "{other}, {title}, said the talks would go on.",
    # the name after does not hold the office either
    "The envoy met {other}, {title}, Ambassador Mohsin Naqvi and officials.",
]


@pytest.mark.parametrize("other", OTHERS)
@pytest.mark.parametrize("template", STILL_THE_NAME_BEFORE)
def test_an_appositive_stays_the_name_befores(seed_corpus, template, other):
    text = template.format(other=other, title=TITLE)
    codes = [f.code for f in lint_text(seed_corpus, text, date=DATE, codes=CODES)]
    assert codes == ["NL402"], text
