"""Reports of a change of post or rank (for :mod:`.titles_frame`): "resigned", "stepped
down", "was replaced", "handed over command", "the departure of Special Representative X", "was
promoted to Field Marshal". The frame reader asks each word it reads whether it reports one;
the words and shapes of such reports live here, apart from the dates and tenses of the frame.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from narrlint.claims.titles_retired import inside_tag
from narrlint.knowledge.ledger import normalise_title
from narrlint.nlp.pipeline_data import PERSON, TITLE
from narrlint.nlp.tokens import lemma_lowers, lowers, sentence_bounds, texts

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "MOVE_LEMMAS",
    "MOVE_WORDS",
    "POSSESSIVE_LEADS",
    "RANK_CHANGE_LEMMAS",
    "RANK_CHANGE_PREFIXES",
    "TENURE_END_PREFIXES",
    "change_beside",
    "ends_tenure",
    "promotion",
    "reports_rank_change",
]

TENURE_END_LEMMAS = frozenset(
    {
        "resign", "resignation", "oust", "ouster", "quit", "sack", "relinquish", "retire",
        "retirement", "superannuate", "demit", "demitted", "successor",
    }
)  # fmt: skip
"""Lemmas reporting that someone left a post ("resigned", "his ouster", "was sacked",
"retired", "demitted office", "a successor to …")."""
FAREWELL_LEADS = frozenset({"bid", "bids", "bade", "bidding", "his", "her", "their"})
"""Words before "farewell" that make it the holder's own ("bade farewell", "his farewell
call"), not someone else's ceremony the holder attends."""
OATH_LEADS = frozenset({"took", "take", "takes", "taking", "taken"})
"""Verbs before "oath" that make the subject the one sworn in ("took oath as senator"), not
one who administered or attended an oath-taking."""
TENURE_NOUNS = frozenset({"tenure", "term", "stint"})
ENDING_LEMMAS = frozenset({"end", "expire", "conclude", "complete", "over", "finish", "lapse"})
"""A tenure noun with one of these up to three words before it or later in its sentence
reports its end: "his tenure ended", "completed her term", "whose stint is over", "the end of
his tenure", "the tenure of Foreign Minister … came to an end" ("long-term" is no tenure)."""
LEAVING_LEMMAS = frozenset({"leave", "vacate", "demit"})
LEFT_OBJECTS = frozenset({"office", "post", "seat", "charge"})
"""What one leaves when a tenure ends: "left office", "vacated the post" (not "left for
Kabul")."""
LAST_EVENTS = frozenset({"briefing", "day", "address", "speech", "appearance"})
POSSESSIVE_LEADS = frozenset({"his", "her", "their"})
LAST_WORDS = frozenset({"last", "final"})
"""A holder's last act in the post: "in her last media briefing", "his final address as
prime minister", "their last day in office"."""
TENURE_END_PASSIVE = frozenset({"replace", "dismiss", "remove", "relieve", "succeed"})
"""Lemmas reporting a tenure's end only in the passive or before "as"/"by"/"from"/"of" ("was
replaced", "replaced as interior minister", "removed from office"): "dismissed the petition" is
not one."""
SUCCEEDING = TENURE_END_PASSIVE | {"recall", "fire"}
"""Their active voice ends the tenure of their object when it is a post's holder: "Sharif
succeeded caretaker Prime Minister Kakar", "the government removed Interior Minister …",
"has removed its special representative to Afghanistan, X", "recalled its envoy" (not
"replaced the old passports", "dismissed the petition", "fired shots")."""
OWN_HOLDER_ONLY = frozenset({"recall", "fire"})
OWNERS = frozenset({"its", "their", "his", "her", "our"})
"""Lemmas of :data:`SUCCEEDING` that end a tenure only with the holder written as the
subject's own ("recalled its envoy", "fired their spokesman"): "recalled Prime Minister X's
remarks", "fired at the interior minister's convoy" end none."""
HOLDER_LEADS = frozenset(
    {"the", "his", "her", "their", "its", "our", "caretaker", "interim", "acting", "'s", "’s"}
)
"""Words that may stand before a post's holder in the object of an ending verb or noun; a
capitalised word may too ("removed Pakistan's special representative")."""
MAX_HOLDER_LEAD = 4
"""Words before the holder's title or name, counted from the verb or "of"."""
END_NOUNS = frozenset(
    {
        "departure", "exit", "removal", "dismissal", "sacking", "replacement", "recall",
        "death", "killing", "assassination", "martyrdom",
    }
)  # fmt: skip
"""Nouns reporting a tenure's end when the holder is theirs: "the departure of Special
Representative X", "after X's exit", "his removal" (not "the exit of foreign troops", nor a
trip: "his departure for Beijing"); a holder's death ends the tenure too ("the death of
Minister X", "X's assassination")."""
DEATH_WORDS = frozenset({"killed", "martyred", "assassinated", "murdered", "slain", "died"})
"""Words reporting a death, which ends the dead holder's tenure: "X, the acting minister for
refugees, has been martyred", "Minister X was killed in a blast", "X died on Tuesday". Only
with the holder as the subject, and (but for "died") in the passive: "X said 20 people were
killed", "X's forces killed …" end no tenure."""
ACTIVE_DEATHS = frozenset({"died"})
SUBJECT_SKIPS = frozenset(
    {"has", "have", "had", "been", "was", "were", "is", "reportedly", "also", "who", "“", '"'}
)
"""Words between a dead holder and the word reporting the death ("has been", "who was")."""
MAX_APPOSITION = 12
"""Tokens of an appositive set off by commas between the holder and the report of the death."""
TRAVEL_AFTER = frozenset({"for", "to", "from"})
LEFT_BODIES = frozenset({"cabinet", "government", "ministry", "service", "army", "command"})
"""What one leaves "from" at a tenure's end besides :data:`LEFT_OBJECTS` ("his exit from the
cabinet")."""
"""Words after such a noun and its holder that make it a trip ("the departure of the
minister for Kabul"); "from office" is a tenure's end (:data:`LEFT_OBJECTS`)."""
HOLDER_ENTITIES = frozenset({PERSON, TITLE})
PASSIVE_BEFORE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got", "get"})
PASSIVE_AFTER = frozenset({"as", "by", "from", "of"})
TENURE_END_PARTICLES = {
    "step": frozenset({"down", "aside"}),
    "hand": frozenset({"over"}),
    "swear": frozenset({"in"}),
}
"""Verbs that end a tenure (or start another) with a particle: "stepped down", "stepping
aside", "handed over (charge)", "was sworn in as senator"."""
HANDOVER_OBJECTS = frozenset(
    {"charge", "command", "reins", "office", "baton", "post", "power", "powers"}
)
"""What "handed over" must hand for a tenure's end: "handed over command"."""
MOVE_LEMMAS = frozenset(
    {
        "appoint", "name", "nominate", "post", "transfer", "designate", "reassign", "redeploy",
        "elect",
    }
)  # fmt: skip
"""Lemmas reporting, in the passive and before the post given, that someone was moved to
another post ("has been appointed as the new ambassador", "was posted to Paris", "was named
interior secretary"): the report of the move closes the tenure the sentence's title names."""
MOVE_AFTER = frozenset({"as", "to", "the", "new", "a", "an"})
"""Words after such a participle that open the post or place moved to."""
MOVED_LEMMAS = frozenset({"transfer", "reassign", "redeploy", "elect"})
"""Of those, lemmas whose passive alone reports a move ("was transferred on Friday", "was
elected senator")."""
MOVE_WORDS = MOVE_LEMMAS | {"swear", "oath", "elevate"}
"""Lemmas whose report closes a tenure by a move to something else (an appointment, an oath,
an elevation), not by the end itself: such a report may be of a change long after."""
PROMOTED_AFTER = frozenset({"to", "as"})
"""Words after "elevated" that name the post it was to ("elevated to the cabinet")."""
RANK_CHANGE_LEMMAS = frozenset({"promote", "promotion", "elevate", "elevation"})
"""Lemmas reporting a change of rank ("was promoted to Field Marshal", "his elevation")."""
TENURE_END_PREFIXES = (
    "resign", "oust", "step", "quit", "sack", "relinquish", "replac", "dismiss", "remov",
    "reliev", "succeed", "hand", "appoint", "nam", "nominat", "post", "transfer", "designat",
    "reassign", "redeploy", "elect", "retir", "superannuat", "farewell", "demit", "oath",
    "tenure", "term", "stint", "leav", "left", "vacat", "swor", "swear", "last", "final",
    "elevat", "successor", "depart", "exit", "recall", "fire", "kill", "martyr", "assassinat",
    "murder", "slain", "died", "death",
)  # fmt: skip
RANK_CHANGE_PREFIXES = ("promot", "elevat")
"""Only words starting so have their lemma looked at."""


def reports_rank_change(doc: Doc, first: int, last: int) -> bool:
    """Whether the tokens ``first`` to ``last`` report a promotion ("deserved promotion to the
    rank of Field Marshal", "was elevated"): a story that reports one writes the rank held
    before it in the sentences around the report too."""
    words, lemmas = lowers(doc), lemma_lowers(doc)
    return any(
        words[i].startswith(RANK_CHANGE_PREFIXES) and promotion(words[i], lemmas[i])
        for i in range(first, last)
    )


PROMOTION_ENDINGS = ("ed", "ion", "ions")
"""Forms of a promotion's lemmas that report one ("was promoted", "his promotion", "the
elevation"); "is promoting voluntary repatriation", "to promote trade" report none."""


def promotion(lower: str, lemma: str) -> bool:
    """Whether the word ``lower`` (lemma ``lemma``) reports a promotion."""
    return lemma in RANK_CHANGE_LEMMAS and lower.endswith(PROMOTION_ENDINGS)


def ends_tenure(doc: Doc, words: list[str], i: int, first: int, last: int) -> bool:
    """Whether the word at ``i`` reports that someone left a post."""
    lemma = lemma_lowers(doc)[i]
    if lemma in TENURE_END_LEMMAS:
        return not inside_tag(texts(doc), i)  # "Ambassador (retired) X": a status, no end
    if words[i] in DEATH_WORDS:
        return _holder_died(doc, words, i, first)
    after = words[i + 1] if i + 1 < last else ""
    if words[i] in END_NOUNS:
        return _holders_end(doc, words, i, first, last)
    if lemma in SUCCEEDING:
        if lemma in TENURE_END_PASSIVE and (
            (i > first and words[i - 1] in PASSIVE_BEFORE) or after in PASSIVE_AFTER
        ):
            return True
        return (lemma not in OWN_HOLDER_ONLY or after in OWNERS) and _holder_follows(
            doc, words, i + 1, last
        )
    if lemma in MOVE_LEMMAS:
        return (
            i > first
            and words[i - 1] in PASSIVE_BEFORE
            and (
                lemma in MOVED_LEMMAS
                or after in MOVE_AFTER
                or _holder_follows(doc, words, i + 1, last)
            )
        )
    if lemma == "elevate":
        return after in PROMOTED_AFTER
    if lemma in TENURE_NOUNS:
        lemmas = lemma_lowers(doc)
        return (i == first or words[i - 1] != "-") and any(
            lemmas[j] in ENDING_LEMMAS for j in range(max(i - 3, first), last)
        )
    if lemma in LEAVING_LEMMAS:
        return any(w in LEFT_OBJECTS for w in words[i + 1 : min(i + 3, last)])
    if lemma == "farewell":
        return i > first and words[i - 1] in FAREWELL_LEADS
    if lemma == "oath":  # "took the oath as …", "took oath of office as …"
        return (
            any(w in OATH_LEADS for w in words[max(i - 2, first) : i])
            and "as" in words[i + 1 : min(i + 5, last)]
        )
    if words[i] in LAST_WORDS:
        return (
            i > first
            and words[i - 1] in POSSESSIVE_LEADS
            and any(w in LAST_EVENTS for w in words[i + 1 : min(i + 4, last)])
        )
    particles = TENURE_END_PARTICLES.get(lemma)
    if particles is None or after not in particles:
        return False
    if lemma == "swear":  # "was sworn in as …"; not "Alvi swore in the new cabinet"
        return i > first and words[i - 1] in PASSIVE_BEFORE
    return lemma != "hand" or any(w in HANDOVER_OBJECTS for w in words[i + 2 : min(i + 5, last)])


def _holder_follows(doc: Doc, words: list[str], i: int, last: int) -> bool:
    """Whether a post's holder (a title or a name the entity ruler found) is the object at
    ``i``: "succeeded caretaker Prime Minister Kakar", "replaced the interior minister",
    "removed its special representative", "sacked Pakistan's envoy"."""
    return _holder_at(doc, words, i, last) is not None


def _holder_at(doc: Doc, words: list[str], i: int, last: int) -> int | None:
    """Where the holder's entity that :func:`_holder_follows` finds at ``i`` ends, or
    ``None``."""
    written = texts(doc)
    for j in range(i, min(i + MAX_HOLDER_LEAD + 1, last)):
        kind = doc[j].ent_type_
        if kind in HOLDER_ENTITIES:
            end = j + 1
            while end < last and doc[end].ent_type_ in HOLDER_ENTITIES:
                end += 1
            return end
        if not (words[j] in HOLDER_LEADS or (written[j].istitle() and written[j].isalpha())):
            return None
    return None


def _holders_end(doc: Doc, words: list[str], i: int, first: int, last: int) -> bool:
    """Whether the noun at ``i`` (one of :data:`END_NOUNS`) is a holder's end: "the departure
    of Special Representative X", "X's exit", "his removal"; not a trip ("his departure for
    Kabul")."""
    if i + 2 < last and words[i + 1] == "of":
        end = _holder_at(doc, words, i + 2, last)
        if end is None:
            return False
    elif i > first and (
        words[i - 1] in POSSESSIVE_LEADS
        or (
            words[i - 1] in ("'s", "’s")
            and i > first + 1
            and doc[i - 2].ent_type_ in HOLDER_ENTITIES
        )
    ):
        end = i + 1
    else:
        return False
    if end >= last or words[end] not in TRAVEL_AFTER:
        return True
    left = words[end + 1 : min(end + 3, last)]  # "his exit from the cabinet": not a trip
    return words[end] == "from" and any(w in LEFT_OBJECTS or w in LEFT_BODIES for w in left)


def _holder_died(doc: Doc, words: list[str], i: int, first: int) -> bool:
    """Whether the death reported at ``i`` is a post holder's: the subject before it is a name
    or title the entity ruler found, right before the auxiliaries or before an appositive set
    off by commas ("X, the Taliban's acting minister for refugees, “has been martyred"); in
    the passive unless the word is "died"."""
    j = i - 1
    passive = words[i] in ACTIVE_DEATHS
    while j >= first and words[j] in SUBJECT_SKIPS:
        passive = passive or words[j] in PASSIVE_BEFORE
        j -= 1
    if not passive or j < first:
        return False
    if words[j] == ",":  # the appositive's closing comma: the holder stands before its opening
        opening = next(
            (k for k in range(j - 1, max(j - MAX_APPOSITION, first) - 1, -1) if words[k] == ","),
            None,
        )
        if opening is None:
            return False
        j = opening - 1
    return j >= first and doc[j].ent_type_ in HOLDER_ENTITIES


def change_beside(
    doc: Doc,
    first: int,
    last: int,
    ranks: Mapping[str, tuple[str, ...]],
    width: int,
    own: tuple[str, ...],
) -> bool:
    """Whether the sentence from ``first`` to ``last`` writes another rank than ``own`` as a
    rank ("deserving of the Field Marshal rank", "the rank of Field Marshal"), or the sentence
    before or after it reports a promotion or writes such a rank: "… under the leadership of
    General Asim Munir. He deserved promotion to Field Marshal, the president said." writes the
    rank of before the change it tells of. ``ranks``: the ledger's rank titles (normalised) to
    their rank ids, ``width`` the longest's words."""
    if rank_named(doc, first, last, ranks, width, own):
        return True
    if first > 0:
        before = sentence_bounds(doc, first - 1)
        if reports_rank_change(doc, *before) or rank_named(doc, *before, ranks, width, own):
            return True
    if last < len(doc):
        after = sentence_bounds(doc, last)
        return reports_rank_change(doc, *after) or rank_named(doc, *after, ranks, width, own)
    return False


def _name_at(doc: Doc, i: int, last: int) -> bool:
    """Whether a name (a capitalised word, or a person the ledger knows) stands at ``i``."""
    return i < last and (doc[i].ent_type_ == PERSON or (doc[i].is_title and doc[i].is_alpha))


RANK_NOUNS = frozenset({"rank", "title", "baton"})
"""Nouns a rank is written with when it is the rank itself, not a name's: "the Field Marshal
rank", "the rank of Field Marshal", "the baton of Field Marshal"."""


def rank_named(
    doc: Doc,
    first: int,
    last: int,
    ranks: Mapping[str, tuple[str, ...]],
    width: int,
    own: tuple[str, ...],
) -> bool:
    """Whether the tokens ``first`` to ``last`` write a rank other than ``own`` (rank ids)
    right before one of :data:`RANK_NOUNS` or after it and "of", or after "as" with no name
    after it ("the decision to appoint General X as Field Marshal.", not "as Field Marshal X
    said")."""
    words, written = lowers(doc), texts(doc)

    def other(a: int, b: int) -> bool:
        found = ranks.get(normalise_title(" ".join(written[a:b])))
        return bool(found) and not set(found) & set(own)

    for i in range(first, last):
        if words[i] == "as":
            if any(
                other(i + 1, i + 1 + w) and not _name_at(doc, i + 1 + w, last)
                for w in range(1, min(width, last - i - 1) + 1)
            ):
                return True  # "… appointed General X as Field Marshal"
            continue
        if words[i] not in RANK_NOUNS:
            continue
        if any(other(i - w, i) for w in range(1, width + 1) if i - w >= first):
            return True  # "the Field Marshal rank"
        after = range(1, min(width, last - i - 2) + 1)
        if words[i + 1 : i + 2] == ["of"] and any(other(i + 2, i + 2 + w) for w in after):
            return True  # "the rank of Field Marshal"
    return False
