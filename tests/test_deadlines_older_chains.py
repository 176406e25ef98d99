"""Older validity chains (round 18): a chain of a group's documents that a later chain of the
same group follows judges texts of its own era only, from its record's start up to a month
after its last recorded day. A text of that era is compared with the link in force then (a
later link's end, a wrong length); a text written in a gap of the record (after the chain's
last day, before the next chain), or years later, is never judged by it, so the older chain's
days never become accepted dates of the later chain's time.

The older chains here are a made-up world laid over the seed ledger (the seed's PoR group and
its 2023- chain): two runs of links with a gap between them, in years the seed records nothing
for. Drafts are paraphrases."""

import datetime as dt

import pytest

from narrlint.claims.dates_lexicon import lexicon_for
from narrlint.knowledge.corpus import load_corpus

from .deadlines_support import codes, reported

TERMS = (
    "[por card validity, validity of por cards, proof of registration, proof of registration "
    "cards, por cards, por card, validity, stay of registered afghan refugees]"
)
OLDER = f"""version: 1
deadlines:
- id: made_up_validity_run_one
  title: Made-up PoR validity, first run
  date: null
  targets: [por]
  subject_terms: {TERMS}
  action_lemmas: [extend, expire, lapse, renew]
  source: https://example.org/run-one
  steps:
  - {{expired: '2006-06-30', extended_to: '2006-12-31', announced: '2006-06-28',
      source: https://example.org/run-one/a}}
  - {{expired: '2006-12-31', extended_to: '2007-03-31', announced: '2006-12-20',
      source: https://example.org/run-one/b}}
- id: made_up_validity_run_two
  title: Made-up PoR validity, second run
  date: null
  targets: [por]
  subject_terms: {TERMS}
  action_lemmas: [extend, expire, lapse, renew]
  source: https://example.org/run-two
  steps:
  - {{expired: '2007-09-30', extended_to: '2008-09-30', announced: '2007-09-25',
      source: https://example.org/run-two/a}}
  - {{expired: '2008-09-30', extended_to: '2009-06-30', announced: '2008-10-03',
      source: https://example.org/run-two/b}}
- id: made_up_validity_run_three
  title: Made-up PoR validity, third run
  date: null
  targets: [por]
  subject_terms: {TERMS}
  action_lemmas: [extend, expire, lapse, renew]
  source: https://example.org/run-three
  steps:
  - {{expired: '2010-01-31', extended_to: '2010-02-28', announced: '2010-01-04',
      source: https://example.org/run-three/a}}
  - {{expired: '2010-02-28', extended_to: '2010-04-30', announced: '2010-01-29',
      source: https://example.org/run-three/b}}
"""


@pytest.fixture(scope="module")
def older(tmp_path_factory):
    folder = tmp_path_factory.mktemp("older-chains")
    (folder / "ledger.yaml").write_text(OLDER)
    return load_corpus([str(folder)])


def test_an_older_chain_judges_only_its_own_era(older):
    ids = lambda day: {p.id for p in lexicon_for(older, day).profiles}  # noqa: E731
    assert "made_up_validity_run_one" in ids(dt.date(2006, 8, 1))
    assert "made_up_validity_run_one" not in ids(dt.date(2007, 6, 15))  # in the gap
    assert "made_up_validity_run_two" in ids(dt.date(2008, 1, 10))
    later = ids(dt.date(2024, 8, 1))
    assert "made_up_validity_run_two" not in later and "por_validity_chain" in later


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a later year's end given while the link in force ends this year
        ("The government extended the validity of PoR cards until December 31, 2007.",
         "2006-08-01", ["NL101"]),
        ("The government extended the validity of PoR cards until December 31, 2006.",
         "2006-08-01", []),
        # "the end of <year>" is that year's 31 December
        ("The government announced that it has extended the stay of registered Afghan refugees "
         "until the end of 2007.", "2006-08-01", ["NL101"]),
        ("The government announced that it has extended the stay of registered Afghan refugees "
         "until the end of 2006.", "2006-08-01", []),
        # the length of the link just announced (three months), not the one before (six)
        ("The cabinet extended the stay of registered Afghan refugees by six months.",
         "2006-12-22", ["NL101"]),
        ("The cabinet extended the stay of registered Afghan refugees by three months.",
         "2006-12-22", []),
        # "a previous <length> extension" is the link the one in force extended
        ("The decision followed a previous six-month extension of the PoR cards of registered "
         "refugees.", "2006-12-22", []),
        ("The decision followed a previous three-month extension of the PoR cards of registered "
         "refugees.", "2006-12-22", ["NL101"]),
        # "for an extended <length>": the length of the stay's extension
        ("Officials have reportedly permitted registered Afghan refugees to remain for an "
         "extended three months.", "2006-07-01", ["NL101"]),
        ("Officials have reportedly permitted registered Afghan refugees to remain for an "
         "extended six months.", "2006-07-01", []),
        ("The refugees remained in the camp for an extended three months.", "2006-07-01", []),
        ("The talks with the refugees' elders went on for an extended three months.",
         "2006-07-01", []),
        # the second run's twelve months
        ("Pakistan extended the PoR cards of registered refugees by six months.",
         "2008-01-10", ["NL101"]),
        ("Pakistan extended the PoR cards of registered refugees by twelve months.",
         "2008-01-10", []),
        # the new end of the extension just made given as the end it replaced
        ("The cabinet decided to extend the PoR cards of registered refugees until "
         "September 30, 2008.", "2008-10-10", ["NL101"]),
        ("The cabinet decided to extend the PoR cards of registered refugees until "
         "June 30, 2009.", "2008-10-10", []),
        # ... also when a time of the extension is given, on or after its announcement
        ("In October, the government granted another extension of PoR cards till "
         "September 30.", "2008-12-01", ["NL101"]),
        ("In October, the government granted another extension of PoR cards till "
         "June 30, 2009.", "2008-12-01", []),
        # a time before the link's announcement tells the older link's history
        ("In September 2007, the cabinet extended the PoR cards of registered refugees until "
         "September 30, 2008.", "2008-10-10", []),
        ("The cabinet had earlier extended the PoR cards of registered refugees until "
         "September 30, 2008.", "2008-10-10", []),
    ],
)  # fmt: skip
def test_a_text_of_an_older_era_is_held_to_its_link(older, text, date, expected):
    assert codes(older, text, date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The validity of PoR cards has been extended until September 30.",
        "PoR card holders were given three more months, officials said.",
    ],
)
def test_a_text_in_a_gap_of_the_record_stays_silent(older, text):
    """After the first run's last day (31 March) and before the second run's first link: the
    ledger has no link for the time, so nothing is said, not even that it lags (an ``info``)."""
    assert reported(older, text, "2007-06-15") == []


def test_a_later_text_is_never_held_to_an_older_chain(older):
    """A 2020 text about a visa extension is not "a new extension" of a 2008 chain."""
    text = "Earlier, the ministry had extended the validity of PoR cards till August 31."
    assert reported(older, text, "2020-09-05") == []


def _announced_links(corpus):
    """(chain id, a text date two days after a link's announcement, its old end, its new end)
    for every link of the seed ledger's validity chains."""
    for deadline in corpus.ledger.deadlines.values():
        for link in deadline.chain() if deadline.steps else ():
            if link.announced and link.previous and link.date and link.kind == "extension":
                yield deadline.id, link.announced + dt.timedelta(days=2), link.previous, link.date


def test_an_extension_given_the_end_it_replaced_grid(seed_corpus):
    """Every link of the seed's validity chains, reported two days after it was announced: its
    new end stays silent, the end it replaced is NL101."""
    form = "UNHCR welcomed the cabinet's decision to extend the PoR cards until {end}."
    wrong = []
    for chain, when, old, new in _announced_links(seed_corpus):
        for end, expected in ((new, []), (old, ["NL101"])):
            text = form.format(end=f"{end:%B} {end.day}, {end.year}")
            if codes(seed_corpus, text, when.isoformat()) != expected:
                wrong.append((chain, when.isoformat(), text))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a process that ends on a day ("will conclude on") is not an enforcement start, even
        # after a verb of starting ("started in August and will conclude on")
        ("Following the decision to extend the validity of the PoR cards, the process of "
         "replacing old PoR cards started in August and will conclude on 15 November 2006.", []),
        # the cards' own end, the look-alike that is still judged
        ("The government said the PoR cards will remain valid until 15 November 2006.",
         ["NL101"]),
    ],
)  # fmt: skip
def test_a_process_that_concludes_is_no_enforcement_start(older, text, expected):
    assert codes(older, text, "2006-10-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UNHCR welcomed the cabinet's decision to extend the Proof of Registration (PoR) cards "
         "of about a million registered refugees in the country until June 30, 2010.", ["NL101"]),
        ("UNHCR welcomed the cabinet's decision to extend the Proof of Registration (PoR) cards "
         "of about a million registered refugees in the country until June 30, 2009.", []),
        ("The government is pleased to extend the validity of the Proof of Registration, or "
         "PoR, cards issued to the registered refugees … till 31 March 2010.", ["NL101"]),
        ("The government is pleased to extend the validity of the Proof of Registration, or "
         "PoR, cards issued to the registered refugees … till 30 June 2009.", []),
        # the verb governs no documents: the talks, not the cards, go on until then
        ("The cabinet decided to extend the talks with the representatives of PoR card "
         "holders in the provincial capital until 31 March 2010.", []),
    ],
)  # fmt: skip
def test_the_documents_a_verb_of_extending_governs_over_a_long_phrase(older, text, expected):
    """The new end of an extension of the documents ("extend the … cards of <people> in
    <place> until …") however long the people's phrase, as an extension's new end is read
    after a deadline noun."""
    assert codes(older, text, "2008-10-10") == expected


@pytest.mark.parametrize(
    ("date", "end", "expected"),
    [
        ("2006-12-22", "June 30", ["NL101"]),  # an older link's end, in the week of the new link
        ("2006-12-22", "December 31", []),  # the end the new link replaced
        ("2007-02-20", "June 30, 2006", []),  # two months on: "previous" may be any earlier one
    ],
)
def test_the_previous_deadline_in_a_report_of_an_extension(older, date, end, expected):
    text = (
        "Officials have been pushing refugees to return even before the expiration of the "
        f"previous, {end} deadline for PoR card holders."
    )
    assert codes(older, text, date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PoR cards of registered refugees were only extended by 30 days at the beginning "
         "of this month.", []),
        ("The PoR cards of registered refugees were only extended by 60 days at the beginning "
         "of this month.", ["NL101"]),
        ("The PoR cards of registered refugees were extended by 60 days on Friday.", []),
    ],
)  # fmt: skip
def test_a_time_the_sentence_gives_names_the_link(older, text, expected):
    """Written the day after the second link was announced: "at the beginning of this month"
    is the first link's time (28 days), "on Friday" the second's (60)."""
    assert codes(older, text, "2010-01-30") == expected
