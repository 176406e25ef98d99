"""The person an appointment names for a title (for :mod:`.titles`): "Pakistan has appointed
Ambassador Asif Durrani as special envoy", "Durrani was appointed as special envoy": the title
is then a post being taken up. Apart from :mod:`.titles_names`, which reads the plain shapes
of naming (a name after a title, before it, set off by a comma)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narrlint.claims.titles_frame import sentence_bounds
from narrlint.claims.titles_tense import past_form
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.tokens import lemma_lowers, lowers, texts
from narrlint.nlp.vocabulary import PASSIVE_AUXILIARIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["appointed_object", "person_appointed_as"]

APPOINTING = frozenset({"appoint", "appointment", "name", "nominate", "nomination", "designate"})
"""Lemmas of an appointment whose complement "as …" (or, for a participle, the title right
after it) is the post the person named takes up: "appointed Durrani as special envoy",
"Durrani was appointed as special envoy", "the appointment of Munir as defence chief"."""
AS_DETERMINERS = frozenset({"the", "a", "its", "their", "first", "new", "'s", "’s"})
"""Words between "as" and the title ("as Pakistan's first …", "as the new …")."""
MAX_AS_GAP = 4
"""Words walked back from the title's qualifiers to "as"."""
SUBJECT_GAP = frozenset(
    {"was", "were", "is", "has", "have", "had", "been", "on", "today", "yesterday", "formally",
     "officially", "also", ",", "(", ")", "retired", "retd"}
)  # fmt: skip
"""Words between a name and the appointment's participle ("Durrani on Tuesday was
appointed"), beside a weekday's or a month's capitalised name."""
MAX_GAP = 5


def person_appointed_as(ents: list[Span], index: int, start: int) -> Span | None:
    """The person an appointment names for the title at ``index`` (its qualifiers from
    ``start``): "Pakistan has appointed Ambassador Asif Durrani (retired) as caretaker special
    envoy", "Durrani on Tuesday was appointed as special envoy", "has been appointed
    Foreign Office spokesperson". The title is then a post being taken up."""
    doc = ents[index].doc
    words, written, lemmas = lowers(doc), texts(doc), lemma_lowers(doc)
    first = sentence_bounds(doc, start)[0]
    j = start - 1
    while (
        j > first
        and start - j <= MAX_AS_GAP
        and (words[j] in AS_DETERMINERS or written[j].istitle())
    ):
        j -= 1
    if j <= first:
        return None
    if words[j] == "as":
        j -= 1
    elif lemmas[j] not in APPOINTING or not words[j].endswith("ed"):
        return None  # "has been appointed caretaker …": the participle right before
    person = next(
        (
            e
            for e in reversed(ents[max(index - 4, 0) : index])
            if e.label_ == PERSON and e.start >= first and e.end <= j + 1
        ),
        None,
    )  # the nearest name before (an appointment names its person within a few entities)
    if person is None:
        return None
    if lemmas[j] in APPOINTING and words[j].endswith("ed"):
        gap = range(person.end, j)  # the person is the subject of a passive
        if len(gap) <= MAX_GAP and all(
            words[g] in SUBJECT_GAP or (written[g].istitle() and not doc[g].ent_type_) for g in gap
        ):
            return person
        return None
    between = range(person.end, j + 1)  # "… Durrani (retired) as"
    if len(between) > 3 or any(words[g] not in SUBJECT_GAP for g in between):
        return None
    k = person.start - 1
    courtesy = [
        e for e in ents[max(index - 5, 0) : index] if e.label_ == TITLE and e.end == person.start
    ]
    if courtesy:
        k = courtesy[-1].start - 1  # "appointed Ambassador Asif Durrani as …"
    if k >= first and words[k] == "of":
        k -= 1  # "the appointment of Munir as …"
    if k < first or lemmas[k] not in APPOINTING:
        return None
    return person


CHOOSING = APPOINTING | frozenset({"pick", "select", "choose", "elevate"})
"""Lemmas of an act that gives a person a post ("named", "appointed", "picked", "selected",
"chose" X as army chief): told in the past with the person as its object, it names the
person as they were at that moment."""
ACTIVE_BLOCKERS = PASSIVE_AUXILIARIES | {"to", "will"}
"""Words before the verb that make it no act told in the past with the person as its object:
a passive ("was named", read by :func:`.titles_ends.ends_tenure`), an infinitive or a future
("to appoint", "will name": an act not yet done)."""
POST_AFTER_REACH = 20
"""Tokens after the name within which the post given ("as the army chief") must be named: an
appositive set off by dashes may stand between ("named X — who has headed … — as …")."""


def appointed_object(doc: Doc, start: int, end: int, last: int) -> int | None:
    """Where the verb stands of which the name (and its rank) from ``start`` to ``end`` is the
    object, when that verb tells in the past an act giving the person a post: "the prime
    minister named Lt Gen X as the army chief", "after the government picked Lt Gen X as the
    new chief"; not "was named" (a passive), "will appoint Lt Gen X", nor "met Lt Gen X". The
    post must follow ("as …" within :data:`POST_AFTER_REACH` tokens before ``last``, the
    sentence's end). ``None`` otherwise."""
    verb = start - 1
    if verb < 1:
        return None
    lemmas, words = lemma_lowers(doc), lowers(doc)
    if lemmas[verb] not in CHOOSING or not past_form(doc, verb):
        return None
    if words[verb - 1] in ACTIVE_BLOCKERS:
        return None
    if "as" not in words[end : min(end + POST_AFTER_REACH, last)]:
        return None
    return verb
