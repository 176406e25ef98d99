"""A title several offices of one country share ("caretaker Information Minister": the
federal one and the provincial ones; "Chief Minister" of four provinces; "Governor") names no
one office when the sentence writes no level or province, so it is not judged on one holder.
But where the ledger records the named person in another government post on that date and
never in any of those offices, the title is wrong whichever is meant: NL402, naming the post
held ("The caretaker Information Minister Sarfraz Bugti" in October 2023, when he was the
caretaker interior minister; dev news-r9-dl-019).

Silent: the person held one of the shared offices, the ledger records no post of the person
on the date, an unknown name, another country's official, a title written as past ("former",
"then-", "outgoing") and a courtesy style ("Ambassador")."""

import pytest

from .conftest import lint_text

INFORMATION, CHIEF, GOVERNOR = "caretaker Information Minister", "Chief Minister", "Governor"

# (date, name, the post the ledger records for the person on that date, shared titles none of
# whose offices the person ever held: Bugti became Balochistan's chief minister in 2024, and
# Naqvi was Punjab's caretaker chief minister before, which are other cases)
HELD = [
    ("2023-10-07", "Sarfraz Bugti", "Caretaker Interior Minister", (INFORMATION, GOVERNOR)),
    (
        "2023-11-20",
        "Jalil Abbas Jilani",
        "Minister of Foreign Affairs",
        (INFORMATION, CHIEF, GOVERNOR),
    ),
    ("2024-06-12", "Ishaq Dar", "Minister of Foreign Affairs", (INFORMATION, CHIEF, GOVERNOR)),
    ("2024-06-12", "Mohsin Naqvi", "Minister for Interior", ("Information Minister", GOVERNOR)),
]
CASES = [(d, n, p, t) for d, n, p, titles in HELD for t in titles]

FRAMES = [
    "The {title} {name} formed a task force on Monday.",
    "{title} {name} said the deadline would not be extended.",
    "{name}, the {title}, told reporters the drive would continue.",
    "ISLAMABAD: {title} {name} on Tuesday chaired a meeting.",
]


def _codes(corpus, text, date):
    return lint_text(corpus, text, date=date, codes=("NL401", "NL402"))


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("date", "name", "post", "title"), CASES)
def test_a_shared_title_the_person_never_held_then_is_wrong(
    seed_corpus, frame, date, name, post, title
):
    text = frame.format(title=title, name=name)
    text = text[0].upper() + text[1:]
    findings = _codes(seed_corpus, text, date)
    assert [f.code for f in findings] == ["NL402"], text
    assert post.lower() in findings[0].message.lower(), findings[0].message


@pytest.mark.parametrize(
    ("date", "text"),
    [
        # the person held one of the shared offices (federal information minister; Balochistan's
        # chief minister from March 2024)
        ("2023-10-07", "The caretaker Information Minister Murtaza Solangi formed a task force."),
        ("2024-06-12", "Chief Minister Sarfraz Bugti formed a task force on Monday."),
        # the person's own post then has the title's words, in an office the title does not
        # list: KP's governor (the ledger spells it "KP Governor" only), the minister for
        # information technology
        ("2024-06-12", "Governor Faisal Karim Kundi formed a task force on Monday."),
        ("2025-06-12", "Information Minister Shaza Fatima Khawaja formed a task force."),
        # no post of the person recorded on the date (Bugti's interior ministry began in August)
        ("2023-03-01", "Chief Minister Jalil Abbas Jilani formed a task force on Monday."),
        # an unknown name, another country's official (Iran's interior minister), another
        # country's or body's post
        ("2023-10-07", "The caretaker Information Minister Ada Lenz formed a task force."),
        ("2024-09-01", "Governor Ahmad Vahidi formed a task force on Monday."),
        ("2024-09-01", "Information Minister Ahmad Vahidi formed a task force on Monday."),
        ("2024-06-12", "Iran's Governor Ishaq Dar formed a task force on Monday."),
        ("2024-06-12", "The party's Information Minister Ishaq Dar formed a task force."),
        # written as past, or set at another time
        ("2023-10-07", "Former Chief Minister Sarfraz Bugti formed a task force on Monday."),
        ("2023-10-07", "Then-Governor Jalil Abbas Jilani formed a task force on Monday."),
        ("2023-10-07", "Outgoing Chief Minister Sarfraz Bugti formed a task force on Monday."),
        ("2023-10-07", "Sarfraz Bugti, who had served as Governor, formed a task force."),
        # a courtesy style kept for life
        ("2024-06-12", "Ambassador Asif Durrani said the talks would resume."),
        # the level written picks one office, judged by its holder (not this case)
        ("2023-10-07", "Caretaker Information Minister Solangi formed a task force."),
    ],
)
def test_look_alikes_stay_silent(seed_corpus, date, text):
    assert _codes(seed_corpus, text, date) == [], text
