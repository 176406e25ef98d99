"""The time frame a title is read in (``titles_frame``): past clauses and relative times,
reports of a tenure's end, a move or a promotion, the days around an end, and the sentence
bounds the reader finds by bisection."""

import datetime as dt
from itertools import pairwise

import pytest

from narrlint.claims.titles_frame import sentence_bounds

from . import titles_support
from .conftest import lint_text
from .titles_support import CODES, display_name, found, lint_codes, unique_title

sylvania = titles_support.sylvania  # the shared fixture, under the name the tests ask for

# ---------------------------------------------------------------------------------------------
# NL401: a past relative clause, an end known to the month, a promotion reported beside the rank


@pytest.mark.parametrize(
    "text",
    [
        "Two-time prime minister Karl Moser said the talks would resume.",
        "Three-term prime minister Karl Moser said the talks would resume.",
        "Falk, who had also served as caretaker North chief minister, will contest the polls.",
        "Nina Falk, who previously served as caretaker chief minister, is expected to run.",
        "Nina Falk, who was briefly the caretaker North chief minister, says she will run.",
    ],
)
def test_a_title_in_a_past_relative_clause_is_not_stale(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == [], text


def test_a_title_in_a_present_appositive_is_stale(sylvania):
    text = "Nina Falk, the caretaker North chief minister, says she will run."
    assert found(sylvania, text, "2024-06-01") == ["NL401"]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Anton Weiss, the foreign secretary, is expected to lead the team.", "2023-08-09", 1),
        ("Foreign Secretary Anton Weiss will lead the team.", "2016-01-01", 1),
        ("Foreign Secretary Anton Weiss will lead the team.", "2013-06-01", 0),
        ("Anton Weiss, a former foreign secretary, will lead the team.", "2023-08-09", 0),
    ],
)
def test_an_end_known_only_to_the_month_makes_a_title_stale_after_it(
    sylvania, text, date, expected
):
    findings = lint_text(sylvania, text, date=date, codes=CODES)
    assert [f.code for f in findings] == ["NL401"] * expected
    if expected:
        assert "left the post in December 2013" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Under the leadership of General Hugo Stahl, the army held the line. The president said "
        "General Stahl deserved promotion to the rank of Field Marshal.",
        "The cabinet approved the promotion of the army chief to Field Marshal. General Hugo "
        "Stahl thanked the nation.",
    ],
)
def test_a_rank_beside_the_report_of_its_promotion_is_not_stale(sylvania, text):
    assert found(sylvania, text, "2025-05-20") == [], text


def test_a_rank_with_no_promotion_reported_beside_it_is_stale(sylvania):
    text = (
        "Under the leadership of General Hugo Stahl, the army held the line. The president said "
        "the nation was grateful."
    )
    assert found(sylvania, text, "2025-06-01") == ["NL401"]


# ---------------------------------------------------------------------------------------------
# NL401: what places a title at the time it was held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before becoming field marshal, General Hugo Stahl commanded the northern corps.", []),
        ("Prior to his promotion, General Hugo Stahl had led the army for years.", []),
        ("Before being elevated, General Hugo Stahl toured the border posts.", []),
        ("Before his elevation to field marshal, Gen Stahl met Karl Moser.", []),
        (
            "Not long before becoming the country's ruler, caretaker Prime Minister Karl Moser "
            "was the longest-serving senator.",
            [],
        ),
        (
            "Before taking over as chief minister, caretaker Prime Minister Karl Moser met envoys.",
            [],
        ),
        # "before" another event, or a change of no post: the title is read as of the date
        ("Before leaving for Arcadia, General Hugo Stahl met the envoy.", ["NL401"]),
        ("General Hugo Stahl met the envoy before the talks.", ["NL401"]),
        ("Before being sent to the border, the troops met General Hugo Stahl.", ["NL401"]),
        (
            "Before the appointment of a new envoy, caretaker Prime Minister Karl Moser spoke.",
            ["NL401"],
        ),
        ("Before taking questions, caretaker Prime Minister Karl Moser spoke.", ["NL401"]),
    ],
)
def test_a_sentence_set_before_a_change_of_post_or_rank_is_of_its_time(sylvania, text, expected):
    """ "Before becoming army chief, Lt Gen X headed the ISI": the title held before the change
    the sentence names, at the time it tells of, not the draft's."""
    assert found(sylvania, text, "2025-08-01") == expected, text


@pytest.mark.parametrize(
    "text",
    [
        # the day of the handover: the draft reports that day's events
        "Caretaker Prime Minister Karl Moser attended the oath-taking of his successor.",
        "Caretaker Prime Minister Karl Moser handed over power to Ilse Varga on Saturday.",
    ],
)
def test_a_title_on_the_day_its_tenure_ends_is_not_stale(sylvania, text):
    assert found(sylvania, text, "2022-01-01") == [], text
    # the days after: a present-tense title is stale at once, a past report after three days
    assert found(
        sylvania, "Caretaker Prime Minister Karl Moser meets the envoys.", "2022-01-02"
    ) == ["NL401"]
    assert found(sylvania, "Caretaker Prime Minister Karl Moser met envoys.", "2022-01-05") == [
        "NL401"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was announced by caretaker Prime Minister Karl Moser, now a senator.",
        "Caretaker Prime Minister Karl Moser, who is now a senator, announced the plan.",
        "Caretaker Prime Minister Karl Moser, who has since retired, announced the plan.",
        "Caretaker Prime Minister Karl Moser, who later led the North, announced the plan.",
    ],
)
def test_a_title_before_what_the_person_became_later_is_of_its_time(sylvania, text):
    assert found(sylvania, text, "2024-06-01") == [], text


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Three years ago, caretaker Prime Minister Karl Moser met the envoy.", "2024-10-01", []),
        ("A year ago, caretaker Prime Minister Karl Moser met the envoy.", "2022-11-01", []),
        ("Two years ago, caretaker Prime Minister Karl Moser met the envoy.", "2025-06-01", 1),
        ("In late 2021, caretaker Prime Minister Karl Moser met the envoy.", "2024-06-01", []),
        ("In early 2023, caretaker Prime Minister Karl Moser met the envoy.", "2024-06-01", 1),
        ("Last October, caretaker Prime Minister Karl Moser met the envoy.", "2022-06-01", []),
        ("Last October, caretaker Prime Minister Karl Moser met the envoy.", "2023-06-01", 1),
        # a year naming the event the sentence tells
        ("In a 2021 interview, caretaker Prime Minister Karl Moser said so.", "2024-06-01", []),
        (
            "During his 2021 visit, caretaker Prime Minister Karl Moser met envoys.",
            "2024-06-01",
            [],
        ),
        ("In a 2023 interview, caretaker Prime Minister Karl Moser said so.", "2024-06-01", 1),
        ("Caretaker Prime Minister Karl Moser said the 2021 plan stood.", "2024-06-01", 1),
    ],
)
def test_a_relative_past_time_frames_the_title(sylvania, text, date, expected):
    assert found(sylvania, text, date) == (["NL401"] if expected else []), text


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "since … last year/month": when a history began, not the time the sentence tells
        (
            "The envoy met caretaker Prime Minister Karl Moser on the fate of refugees since "
            "the expulsion plan last year.",
            "2022-06-01",
            ["NL401"],
        ),
        (
            "Caretaker Prime Minister Karl Moser spoke of the arrests since the drive began last "
            "month.",
            "2022-01-20",
            ["NL401"],
        ),
        # the time of the sentence itself, or one set off from a "since" before it
        ("Last year, caretaker Prime Minister Karl Moser met the envoy.", "2022-06-01", []),
        ("Caretaker Prime Minister Karl Moser met the envoy last month.", "2022-01-20", []),
        (
            "Since the expulsion plan, arrests rose; caretaker Prime Minister Karl Moser met the "
            "envoy last year.",
            "2022-06-01",
            [],
        ),
    ],
)
def test_a_last_year_after_since_is_a_historys_start(sylvania, text, date, expected):
    assert found(sylvania, text, date) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan, launched by the caretaker government, remains in force.", []),
        ("Karl Moser, who headed the caretaker government, says the plan was right.", []),
        ("Officials who met the caretaker government say the talks go on.", []),
        # the subject of a verb in the past, the present tense in another clause
        ("The plan the caretaker government approved remains in force.", []),
        ("Ever since the caretaker government approved the plan, deportations have gone on.", []),
        ("The caretaker government first announced the plan, which continues.", []),
        ("The caretaker government has decided to extend the plan.", ["NL401"]),
        ("The caretaker government is expected to extend the plan.", ["NL401"]),
        ("The plan is backed by the caretaker government.", ["NL401"]),
        ("The decision, taken under the caretaker government, is still in force.", []),
        ("The plan is run under the caretaker government.", ["NL401"]),
        ("The caretaker government says the plan remains in force.", ["NL401"]),
    ],
)
def test_a_government_named_in_a_past_clause_is_of_its_time(sylvania, text, expected):
    assert found(sylvania, text, "2024-06-01") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ilse Varga succeeded caretaker Prime Minister Karl Moser.", []),
        ("Ilse Varga replaced the caretaker prime minister, Karl Moser.", []),
        ("Caretaker Prime Minister Karl Moser replaced the old rules.", ["NL401"]),
        ("Caretaker Prime Minister Karl Moser succeeded in winning the vote.", ["NL401"]),
    ],
)
def test_an_active_succession_ends_its_objects_tenure(sylvania, text, expected):
    assert found(sylvania, text, "2024-06-01") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post about to be taken up again (Moser left it on 2022-12-31)
        ("North Chief Minister-elect Karl Moser said the talks would resume.", []),
        ("Karl Moser, the north chief minister-designate, said the talks would resume.", []),
        ("Incoming North Chief Minister Karl Moser said the talks would resume.", []),
        ("Newly elected North Chief Minister Karl Moser said the talks would resume.", []),
        ("The party's nominee for North Chief Minister, Karl Moser, said so.", []),
        # look-alikes: the title given as held
        ("North Chief Minister Karl Moser said the talks would resume.", ["NL401"]),
        ("The elected North Chief Minister Karl Moser said the talks would resume.", ["NL401"]),
    ],
)
def test_a_post_about_to_be_taken_up_is_not_a_stale_title(sylvania, text, expected):
    assert found(sylvania, text, "2024-06-01") == expected, text


def test_an_incoming_government_is_not_stale(sylvania):
    assert (
        found(sylvania, "The incoming government says the talks will resume.", "2024-06-01") == []
    )
    assert found(
        sylvania, "The caretaker government says the talks will resume.", "2024-06-01"
    ) == ["NL401"]


def test_sentence_bounds_are_those_of_span_sent(seed_corpus):
    """The reader finds a title's sentence by bisection instead of ``Span.sent``: the same
    bounds for every token, first and last tokens and a heading included."""
    doc = seed_corpus.nlp(
        "QUETTA — Caretaker Prime Minister Kakar spoke. He left!\n\n"
        "“Talks go on,” he said. Interim Foreign Minister Jilani agreed\n\nA heading"
    )
    assert len(list(doc.sents)) >= 4
    for i in range(len(doc)):
        sentence = doc[i : i + 1].sent
        assert sentence_bounds(doc, i) == (sentence.start, sentence.end)


# ---------------------------------------------------------------------------------------------
# Grids over the seed ledger's own facts (values read from the loaded ledger, never written
# here): templates in several word orders and tenses crossed with the ledger's posts.

# A tenure's end reported as a move to another post

MOVE_TEMPLATES = (
    "{title} {name}, who has been appointed as the new ambassador, said the talks would go on.",
    "{title} {name} said in a final briefing that she has been posted to Paris.",
    "{title} {name} spoke on Thursday as he has been named the new envoy to the UN.",
    "{title} {name} was transferred to the cabinet division and told reporters so.",
    "{name}, the {lower}, has been appointed ambassador to France, the ministry said.",
)
STAYS_STALE_TEMPLATES = (
    "{title} {name} says the talks will go on.",
    "{title} {name} said a new committee was named in the report.",
    "{title} {name} has appointed a new spokesman, the ministry says.",
    "{title} {name} says the envoy has been invited to Paris.",
    # the words of a tenure's end in another sense
    "{title} {name} says the talks will end soon.",
    "{title} {name} says the long-term plan is complete.",
    "{title} {name} left for Kabul on Monday.",
    "{title} {name} says the last round of talks went well.",
    "{title} {name} says his last visit to Kabul went well.",
    "{title} {name} says elections will be held on time.",
    "{title} {name} says the final phase will begin soon.",
    # another's farewell or oath, attended or administered by the holder
    "{title} {name} attended the farewell ceremony of the outgoing envoy.",
    "The oath-taking ceremony was attended by {title} {name} and other officials.",
    "{title} {name} administered the oath to the new cabinet on Friday.",
    "{title} {name} swore in the new cabinet on Friday.",
)
END_TEMPLATES = (
    "{title} {name}'s tenure ended on Friday.",
    "{title} {name} completed his tenure on Friday.",
    "The tenure of {title} {name} came to an end on Friday.",
    "{title} {name}, whose term expired last week, said the talks would go on.",
    "{title} {name} retired on Friday after three years.",
    "{title} {name} left office on Friday.",
    "{title} {name} has vacated the post.",
    "{title} {name} bid farewell to the staff on Friday.",
    "{title} {name} said in her last media briefing that the talks would go on.",
    "{title} {name} gave his final address on Friday.",
    "{title} {name} was transferred on Friday.",
    "{title} {name} was elected senator on Friday.",
    "{title} {name} was sworn in as senator on Friday.",
    "{title} {name} took oath as senator on Friday.",
    "{title} {name} was elevated to the cabinet on Friday.",
    "The government removed {title} {name} on Friday.",
    "The government has appointed a successor to {title} {name}.",
)


@pytest.mark.parametrize("template", END_TEMPLATES)
def test_grid_a_title_in_the_report_of_its_tenures_end_is_not_stale(seed_corpus, template):
    """A tenure's end as reporting writes it: a tenure noun with an ending verb, retiring,
    leaving office, a farewell or a last briefing, a move or an election to another post, an
    active removal, a successor."""
    cases = _ended_cases(seed_corpus)
    assert len(cases) >= 3
    for title, person, day in cases:
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == [], (text, day)


def _ended_cases(corpus, limit=6):
    """(title, holder, a day 40 days after the tenure's end) for ended single-holder posts."""
    cases = []
    for office in corpus.ledger.offices.values():
        title = unique_title(corpus, office)
        if office.holders != "single" or title is None:
            continue
        for person in corpus.ledger.people.values():
            post = next((p for p in person.posts if p.office == office.id and p.end), None)
            if post is None or person.surnames or post.qualifier:
                continue
            day = post.end + dt.timedelta(days=40)
            if any(p.office == office.id and p.held_on(day) for p in person.posts):
                continue
            cases.append((title, person, day))
            break
        if len(cases) >= limit:
            break
    return cases


@pytest.mark.parametrize("template", MOVE_TEMPLATES)
def test_grid_a_title_in_the_report_of_a_move_to_another_post_is_not_stale(seed_corpus, template):
    cases = _ended_cases(seed_corpus)
    assert len(cases) >= 3
    for title, person, day in cases:
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == [], (text, day)


@pytest.mark.parametrize("template", STAYS_STALE_TEMPLATES)
def test_grid_a_passive_that_moves_no_one_leaves_the_title_stale(seed_corpus, template):
    for title, person, day in _ended_cases(seed_corpus):
        text = template.format(title=title, lower=title.lower(), name=display_name(person))
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == ["NL401"], (text, day)


# A rank's abbreviation with its full stop, where the sentencizer may end a sentence


def _rank_changes(corpus):
    """(person, old rank, new rank, a day 60 days after the promotion, a year inside the old
    rank) for the ledger's promotions."""
    ledger = corpus.ledger
    out = []
    for person in ledger.people.values():
        terms = ledger.rank_succession(person.id)
        if person.surnames:
            continue
        for old, new in pairwise(terms):
            if old.end is None or (old.start and old.end - old.start < dt.timedelta(days=90)):
                continue
            day = old.end + dt.timedelta(days=60)
            if new.end is not None and day >= new.end:
                continue
            inside = (old.end - dt.timedelta(days=60)).year
            out.append((person, ledger.ranks[old.rank], ledger.ranks[new.rank], day, inside))
    return out


def test_grid_a_dotted_rank_keeps_its_sentences_time_frame(seed_corpus):
    """ "In 2022, Lt. Gen. …": the sentencizer may end a sentence at "Lt."; the rank's time
    frame is read over both pieces, so the year still places it; without the year the old rank
    is stale in every written form."""
    cases = _rank_changes(seed_corpus)
    assert cases
    for person, old, _new, day, inside in cases:
        for form in (old.name, *old.abbreviations):
            framed = f"In {inside}, {form} {display_name(person)} met the envoy."
            plain = f"On Monday, {form} {display_name(person)} met the envoy."
            assert lint_codes(seed_corpus, framed, day, ("NL401",)) == [], (framed, day)
            assert lint_codes(seed_corpus, plain, day, ("NL401",)) == ["NL401"], (plain, day)


@pytest.mark.parametrize("days", [1, 2, 3])
def test_grid_a_past_report_dated_days_after_the_end_keeps_its_title(seed_corpus, days):
    """News tells the events of the days before its date, and a recorded end is often the
    notification's day: a past-tense report dated up to three days after the end is not
    stale; a present-tense one, or a past one dated later, is."""
    for title, person, late in _ended_cases(seed_corpus):
        day = late - dt.timedelta(days=40 - days)
        past = f"{title} {display_name(person)} said the talks would continue."
        present = f"{title} {display_name(person)} says the talks will continue."
        assert lint_codes(seed_corpus, past, day, ("NL401",)) == [], (past, day)
        assert lint_codes(seed_corpus, present, day, ("NL401",)) == ["NL401"], (present, day)
        later = day + dt.timedelta(days=4)
        assert lint_codes(seed_corpus, past, later, ("NL401",)) == ["NL401"], (past, later)


@pytest.mark.parametrize(
    "template",
    [
        "Earlier this year, {title} {name} visited Kabul.",
        "{title} {name} visited Kabul earlier this year.",
        "Earlier in the year, {title} {name} had visited Kabul.",
    ],
)
def test_grid_earlier_this_year_places_a_title_inside_a_tenure_ended_this_year(
    seed_corpus, template
):
    """ "Earlier this year" places what it tells between the year's start and the draft's
    date: a tenure that ended this year may hold it; "earlier" alone, "later this year" and
    "earlier this month" after the end do not place it in the tenure."""
    checked = 0
    for title, person, day in _ended_cases(seed_corpus):
        start = day - dt.timedelta(days=40)  # the tenure's end
        if start.year != day.year or start.month == day.month or start.day == 1:
            continue
        name = display_name(person)
        text = template.format(title=title, name=name)
        assert lint_codes(seed_corpus, text, day, ("NL401",)) == [], (text, day)
        for other in (
            "Earlier, {title} {name} said the talks would continue.",
            "{title} {name} will visit Kabul later this year.",
            "Earlier this month, {title} {name} visited Kabul.",
        ):
            text = other.format(title=title, name=name)
            assert lint_codes(seed_corpus, text, day, ("NL401",)) == ["NL401"], (text, day)
        checked += 1
    assert checked


@pytest.mark.parametrize("opening", ["Yesterday, ", "Today, ", "Tonight ", "Yesterday "])
def test_a_sentence_opening_with_a_relative_day_is_read_not_an_internal_error(seed_corpus, opening):
    """'Yesterday' starts a sentence in title case like a weekday's name; it names a day back
    from the draft's date (it raised KeyError, turning NL401/NL402 into NL000)."""
    text = opening + "Prime Minister Shehbaz Sharif chaired a meeting on the economy."
    findings = lint_text(seed_corpus, text, date="2024-06-01")
    assert [f.code for f in findings if f.code == "NL000"] == []
