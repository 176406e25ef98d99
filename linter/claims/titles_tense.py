"""Whether a title is told in the past though its sentence is not (for :mod:`.titles`): a
later post after the name ("…, now Balochistan's chief minister"), a clause of its own in the
past ("the policy launched by the caretaker government"), a report of the past ("Earlier, the
minister rejected …"). Apart from :mod:`.titles_names`, which finds who a title names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.nlp.tokens import lemma_lowers, lowers, sentence_bounds, texts
from narrlint.nlp.vocabulary import POSSESSIVE_CLITICS, REPORTING_LEMMAS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "CLAUSE_VERBS",
    "acted_as",
    "later_post_follows",
    "no_clause_after",
    "past_form",
    "reported_past",
    "told_as_past",
    "verb_like",
]

LATER_WORDS = frozenset({"now", "later", "since", "subsequently", "currently"})
"""Words opening an appositive after a name that tells what the person became after the title
before it ("caretaker Interior Minister Sarfraz Bugti, now Balochistan's chief minister",
"…, who later became …"): the title is then the one of the time told."""
_LATER_BRIDGE = frozenset({"who", "is", "has", "had", "was", "the"})
NOT_A_POST = frozenset({"in", "at", "on", "aged", "living", "based", "out"})
"""Words after "now" that tell where or how old the person is, not what they became."""


LATER_OPENERS = frozenset({",", "(", "—", "–"})
"""What sets off an appositive after a name: commas, brackets ("X (now chief minister)") or
dashes."""


def later_post_follows(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by an appositive about what the person
    became later: ", now …", ", who is now …", ", who has since …", ", who later …", "(now
    …)", "— now …"."""
    words = lowers(doc)
    if end >= len(doc) or words[end] not in LATER_OPENERS:
        return False
    for i in range(end + 1, min(end + 5, len(doc))):
        lower = words[i]
        if lower in LATER_WORDS:
            # "now a senator", "who has since retired"; not "now in his seventies"
            return i + 1 < len(doc) and words[i + 1] not in NOT_A_POST
        if lower not in _LATER_BRIDGE:
            return False
    return False


RELATIVE_OPENERS = frozenset({"who", "which", "that"})
AGENT_LINKS = frozenset({"by", "under"})
"""Words between a past participle and the government or title it names the act's time by:
"launched by the caretaker government", "taken under the interim set-up"."""
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "being", "been", "be"})
"""Words before a participle that make its passive one of now ("is backed by", "has been
run by", "will be led by")."""
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})


PAST_ADVERBS = frozenset({"also", "first", "later", "then", "once", "previously", "initially"})
"""Adverbs between a subject and its verb ("the caretaker government first announced")."""


def told_as_past(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase from ``start`` to ``end`` is the subject, agent or object of a verb
    in the past in a clause of its own: "the plan the caretaker government approved
    continues", "the policy, launched by (or taken under) the caretaker government, remains",
    "Kakar, who
    headed the interim government, says", or the role of such an act ("who announced the
    deadline as caretaker interior minister", "has served as caretaker chief minister"), or
    the possessive author of an act ("the caretaker government's decision … remains"). The
    sentence's present tense is then not the phrase's: it names the holder at the time of
    that act."""
    words = lowers(doc)
    j = end
    if j < len(doc) and words[j] in PAST_ADVERBS:
        j += 1
    if j < len(doc) and past_form(doc, j):
        return True
    if _role_of_past_act(doc, start) or _author_of_act(words, end):
        return True
    i = start
    while i > 0 and words[i - 1] in _ARTICLES:
        i -= 1
    if i < 2:
        return False
    if words[i - 1] in AGENT_LINKS:
        # "is backed by the caretaker government" is present: a passive of now
        participle = past_form(doc, i - 2) or words[i - 2] in SAME_PARTICIPLES  # "set by"
        return participle and not (i > 2 and words[i - 3] in PRESENT_AUXILIARIES)
    return past_form(doc, i - 1) and words[i - 2] in RELATIVE_OPENERS


SAME_PARTICIPLES = frozenset({"set", "put", "cut", "shut", "spread", "cast", "hit", "let"})
"""Participles written as their verb's bare form, read as participles only before an agent's
"by" ("the deadline set by the caretaker government")."""
ACT_NOUNS = frozenset(
    {
        "decision", "decisions", "drive", "order", "orders", "policy", "plan", "ultimatum",
        "crackdown", "campaign", "move", "announcement", "directive", "directives", "deadline",
    }
)  # fmt: skip
"""Nouns of an act a government or an office holder took, which a possessive before them
names as its author ("the caretaker government's decision to deport …")."""


def _author_of_act(words: list[str], end: int) -> bool:
    """Whether the phrase ending at ``end`` is the possessive author of an act
    (:data:`ACT_NOUNS`): "the caretaker government's decision … remains in force" names the
    government that took it, then, not the one of the sentence's present."""
    return end + 1 < len(words) and words[end] in POSSESSIVE_CLITICS and words[end + 1] in ACT_NOUNS


ROLE_REACH = 6
"""Words back from a role's "as" within which the verb of the act it was played in stands
("announced the deadline as caretaker interior minister")."""
ROLE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "and", "but"})


def _role_of_past_act(doc: Doc, start: int) -> bool:
    """Whether the title phrase at ``start`` follows "as" as the role of an act told in the
    past in its own clause ("who announced the deadline as caretaker interior minister", "has
    served as caretaker chief minister", "was appointed as …"): the title is that act's
    time's. Not a role of now ("is serving as", "will act as")."""
    words = lowers(doc)
    if start < 2 or words[start - 1] != "as":
        return False
    for k in range(start - 2, max(start - 2 - ROLE_REACH, -1), -1):
        if words[k] in ROLE_BREAKS:
            return False
        if past_form(doc, k):
            return True
    return False


REPORT_LEADS = frozenset({"earlier", "previously"})
"""Words opening a sentence, before a comma, that tell its report is of a time before the
story's ("Earlier, the minister rejected …")."""
PAST_AUXILIARIES = frozenset({"had", "was", "were", "did"})
REPORT_FILLERS = frozenset({*PAST_ADVERBS, "earlier", "on", "today", "yesterday", ","})
"""Words between a subject and its verb in a report ("X on Tuesday rejected", "X, earlier,
said"), beside a weekday's capitalised name."""
MAX_REPORT_FILLERS = 3


def reported_past(doc: Doc, first: int, end: int) -> bool:
    """Whether the name (or title phrase) ending at ``end`` is told in a report of the past:
    its sentence (from ``first``) opens with "Earlier," or "Previously,", or the name is the
    subject of a verb in the past ("Caretaker Interior Minister X rejected …", "X on Monday
    said", "X had warned"). A word in "-s" elsewhere in the sentence ("of illegal immigrants
    in …") does not make such a report one of the present."""
    words, written = lowers(doc), texts(doc)
    if first + 1 < len(doc) and words[first] in REPORT_LEADS and words[first + 1] == ",":
        return True
    j = end
    while (
        j < len(doc)
        and j - end < MAX_REPORT_FILLERS
        and (words[j] in REPORT_FILLERS or (written[j].istitle() and words[j] in WEEKDAYS))
    ):
        j += 1
    return j < len(doc) and (words[j] in PAST_AUXILIARIES or past_form(doc, j))


def past_form(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a verb in the past or a past participle ("launched",
    "headed", "led", "set up" is not read): a word in "-ed", or one the lemmatizer takes back
    to another form ("led" -> lead). Read from the per-doc word lists (``text.isalpha()`` and
    ``text.istitle()`` are spaCy's ``is_alpha`` and ``is_title``), without a Token."""
    text = texts(doc)[i]
    if not text.isalpha() or text.istitle():
        return False
    lower = lowers(doc)[i]
    if lower.endswith("ed") and len(lower) > 3:
        return True
    return lemma_lowers(doc)[i] != lower and not lower.endswith("s") and not lower.endswith("ing")


CLAUSE_VERBS = frozenset(
    {"is", "was", "are", "were", "will", "would", "can", "could", "should", "must"}
)
"""Finite verbs that, right after a title set off after a name, make it a clause's subject; a
verb in the past ("rejected", "warned") or a reporting verb does too."""


def verb_like(doc: Doc, k: int) -> bool:
    """A word that may be a verb: a reporting verb's form, or one in the past or a participle
    (:func:`past_form`): what follows the comma is then a clause."""
    return lemma_lowers(doc)[k] in REPORTING_LEMMAS or past_form(doc, k)


def no_clause_after(doc: Doc, after: int | None) -> bool:
    """Whether no verb follows a name up to its sentence's end, so that the name is not the
    subject of a clause after a fronted phrase ("After talks with the minister, X told …")
    but the title's appositive, closed by where and when ("… led by Secretary Interior, X in
    Kabul earlier today.")."""
    if after is None:
        return True
    words = lowers(doc)
    end = sentence_bounds(doc, after)[1]
    return not any(
        words[k] in CLAUSE_VERBS
        # a comparative the lemmatizer takes back is no verb ("earlier" -> early)
        or (verb_like(doc, k) and not words[k].endswith(COMPARATIVE_ENDS))
        for k in range(after, end)
    )


COMPARATIVE_ENDS = ("er", "est")


ROLE_LEADS = frozenset({",", "who", "and", "while", "when", "he", "she"})
"""Words before "as" opening a role ("…, who as interior minister launched"); not a verb ("was
sworn in as", "took oath as", "served as", "continues as": the post itself is told)."""


def acted_as(doc: Doc, start: int, end: int, name_end: int | None) -> bool:
    """Whether the title phrase from ``start`` to ``end`` is the role in which someone did
    something in the past: "As caretaker interior minister, X launched the drive", "X, who as
    interior minister launched …" (``name_end``: where a name after the title ends, set off
    from it by a comma: a name right after the title makes "as" a conjunction of time, "…, as
    Foreign Minister X was on a visit to Delhi", whose clause is told like any other). The
    title is then the one of that act's time, as "at the time" makes it; "As interior
    minister, X says …" is of now."""
    words = lowers(doc)
    if start == 0 or words[start - 1] != "as":
        return False
    first = sentence_bounds(doc, start)[0]
    if start - 1 != first and words[start - 2] not in ROLE_LEADS:
        return False
    if name_end is not None:  # "As caretaker interior minister, X launched …"
        if end < len(doc) and words[end] != ",":
            return False  # "…, as Foreign Minister X was on a visit": "as" of the time (while)
        return reported_past(doc, first, name_end)
    j = end
    while j < len(doc) and words[j] in PAST_ADVERBS:
        j += 1
    return j < len(doc) and (words[j] in PAST_AUXILIARIES or past_form(doc, j))


PRESENT_PERFECT = frozenset({"has", "have"})
PRESENT_REPORTS = frozenset(
    {
        "says", "tells", "urges", "insists", "maintains", "believes", "warns", "claims",
        "stresses", "asks", "calls", "wants", "demands",
    }
)  # fmt: skip
"""Verbs in the present that report what their subject says or asks now ("X says …", "X
urges …"): what they govern may be told of another time."""
SUBJECT_FILLERS = frozenset({",", "also", "now", "again", "today"})
"""What may stand between a name and its verb ("X, the army chief, has …", "X also says")."""
MAX_SUBJECT_FILLERS = 2
CLAUSE_MARKS = frozenset({"that", "who", "which", "whom", "whose"})
"""Words that open a clause of its own inside what a verb governs ("has said that …", "has
praised the troops who …")."""


def complement_after(doc: Doc, end: int, last: int) -> int | None:
    """Where a clause of its own opens inside what is governed by the verb of which the name
    (or title phrase) ending at ``end`` is the subject, when that verb is in the present
    perfect ("X has called for …", "X has been urging …") or a present verb of reporting
    ("X says …"): a that-clause or relative clause (:data:`CLAUSE_MARKS`), or, after the
    verb's object, an infinitive ("urged the cabinet to decorate …") or "for" and a verb in
    "-ing" ("praised the guards for repelling …"), before ``last`` (the sentence's end). An
    infinitive or "-ing" right after the verb tells the subject's own act ("has apologised
    for saying in 2023 …", "has been quoted to have said …"), which its title may be of.
    What such a clause tells may be of another time ("… for helping prevent a conflict last
    month", "has said that the drive starts on November 1"), but the name's title is that of
    the verb's time, now. ``None`` where no such verb follows, or none of these clauses opens
    after it ("X has met Y on Monday", common in wire copy, dates the meeting itself)."""
    words, size = lowers(doc), len(doc)
    j = end
    while j < size and j - end < MAX_SUBJECT_FILLERS and words[j] in SUBJECT_FILLERS:
        j += 1
    if j >= last:
        return None
    if words[j] in PRESENT_PERFECT and j + 1 < last and past_form(doc, j + 1):
        j += 2
        if words[j - 1] == "been" and j < last and past_form(doc, j):
            j += 1  # "has been criticised"
    elif words[j] in PRESENT_REPORTS:
        j += 1
    else:
        return None
    written = texts(doc)
    for k in range(j, last - 1):
        word, after = words[k], written[k + 1]
        if word in CLAUSE_MARKS:
            return k
        if k == j:
            continue  # "has vowed to …", "has apologised for saying …": the subject's own act
        if word == "to" and _infinitive(doc, k + 1, after):
            return k
        if word == "for" and after.islower() and after.endswith("ing") and len(after) > 4:
            return k
    return None


def _infinitive(doc: Doc, k: int, written: str) -> bool:
    """Whether the word at ``k`` (``written``), after "to", may be a verb's bare form ("to
    receive", "to launch"), not a preposition's object ("to the envoy", "to reporters",
    "to Kabul")."""
    if not (written.isalpha() and written.islower()) or written in NOT_INFINITIVES:
        return False
    if written.endswith("ing") or (written.endswith("s") and not written.endswith("ss")):
        return False
    return not past_form(doc, k)


NOT_INFINITIVES = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "be", "have"}
)
"""Words after "to" that make it a preposition ("to the envoy"), not an infinitive's."""
