"""The last day of a window whose length stands right before it (issue 11, round 27, deadlines
edit hunt): "granted an extension in the stay of registered Afghan refugees … for a further
period of six months till <date>", "extended the PoR cards for six months (from <date> to
<date>)". The verb or noun of extension can stand far before the date, beyond the usual reach
counted from it; the window's length carries it, so the date is read as the extension's new
cut-off and judged. A span of time that no extension governs (a stay in camps, a detention) and
a refused extension stay silent, and so does the right day.

The seed ledger: PoR cards expired on 30 June 2016 and were extended to 31 December 2016; in
2023 they were extended from 1 July to 31 December 2023.
"""

import pytest

from .deadlines_support import codes

WHEN_2016 = "2016-07-05"
WHEN_2023 = "2023-11-10"

WRONG = (
    (
        "The prime minister approved an extension in the stay of registered Afghans living in "
        "the country for a further period of six months till March 31, 2017.",
        WHEN_2016,
    ),
    (
        "The cabinet gave an extension to the Proof of Registration cards held by Afghan "
        "refugees for another six months, until June 30, 2017.",
        WHEN_2016,
    ),
    (
        "Through a summary the cabinet approved an extension of the PoR cards of Afghan "
        "refugees for six months (from July 1, 2023 to March 31, 2024), an official said.",
        WHEN_2023,
    ),
)
RIGHT = (
    (
        "The prime minister approved an extension in the stay of registered Afghans living in "
        "the country for a further period of six months till December 31, 2016.",
        WHEN_2016,
    ),
    (
        "Through a summary the cabinet approved an extension of the PoR cards of Afghan "
        "refugees for six months (from July 1, 2023 to December 31, 2023), an official said.",
        WHEN_2023,
    ),
)
NO_EXTENSION = (
    (
        "Registered Afghan refugees who crossed the border were held in the transit camp for "
        "six months (from July 1, 2023 to March 31, 2024), an official said.",
        WHEN_2023,
    ),
    (
        "The government did not grant an extension in the stay of registered Afghans living in "
        "the country for a further period of six months till March 31, 2017.",
        WHEN_2016,
    ),
)


@pytest.mark.parametrize(("text", "when"), WRONG)
def test_a_wrong_end_of_an_extended_window_is_found(seed_corpus, text, when):
    assert codes(seed_corpus, text, when) == ["NL101"]


@pytest.mark.parametrize(("text", "when"), RIGHT + NO_EXTENSION)
def test_right_ends_and_windows_no_extension_governs_stay_silent(seed_corpus, text, when):
    assert codes(seed_corpus, text, when) == []
