"""Titles: NL401 ``stale-title`` and NL402 ``wrong-title``.

Both read people, posts, offices and governments from the ledger: who held which office, with
which qualifier (caretaker, interim, acting), from when to when. A title is found next to a
person the ledger knows ("caretaker Foreign Minister Jalil Abbas Jilani", "Jilani, the interim
foreign minister"), or on its own with a qualifier ("the caretaker Prime Minister's
statements", "the caretaker government says").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from narrlint.api import Rule, hookimpl
from narrlint.engine.draft import Draft
from narrlint.knowledge.corpus import Corpus
from narrlint.knowledge.ledger import Government, Ledger, Person, Post
from narrlint.model import Edit, Evidence, Fix, Problem, Severity
from narrlint.nlp.pipeline import GOVERNMENT, PERSON, TITLE
from narrlint.nlp.tokens import lowers as doc_lowers
from narrlint.nlp.tokens import spans_within

TEMPORARY = {"caretaker": "caretaker", "interim": "caretaker", "acting": "acting"}
"""Qualifiers of a temporary post; caretaker and interim name the same kind of set-up."""
PAST_MARKERS = {"former", "ex", "then", "erstwhile", "outgoing", "previous", "late", "onetime"}
PAST_PHRASES = (("at", "the", "time"), ("back", "then"), ("was", "then"), ("at", "that", "time"))
FRAMING = {"", "on", "in", "during", "at", "until", "till", "before", "after", "from", "between",
           "through", "late", "early", "mid", "mid-", ",", "(", "—", "–"}  # fmt: skip
"""Words before a date that place what the sentence tells in that time ("On November 1, 2023,
…", "in October 2023", a date opening the sentence), unlike a deadline ("leave by November 1")
or a date naming a thing ("the November 1 deadline"). Years: "since 2023" reaches to now."""
PRESENT_WORDS = {
    "is", "are", "has", "have", "will", "remains", "remain", "continues", "says", "insists",
    "wants", "plans", "signals", "believes", "maintains", "seeks", "faces", "holds", "leads",
    "'s", "’s",
}  # fmt: skip
VERB_FOLLOWERS = {
    "a", "an", "the", "that", "it", "its", "his", "her", "their", "this", "these", "those", "to",
    "on", "in", "for", "with", "no", "not", "up", "out", "pakistan", "afghanistan",
}  # fmt: skip
DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "these", "those", "two"}
BRIDGE = {"'s", "’s", "federal", "the", "then", "-", "–", "of", "state", "de", "facto", "now"}
MAX_GIVEN_NAMES = 3
APPOSITIVE_PAST = {"was", "were", "had", "served"}


@dataclass(frozen=True, slots=True)
class TitleUse:
    """A title in the draft, with its qualifiers and the person it names (if any)."""

    title: Span
    start: Token
    """First token of the whole title phrase (qualifiers included): where a fix inserts."""
    qualifier: str | None
    past_marked: bool
    person: Span | None


def _title_uses(draft: Draft) -> Iterator[tuple[Span, TitleUse]]:
    doc = draft.doc
    ents = list(doc.ents)
    for index, ent in enumerate(ents):
        if ent.label_ != TITLE:
            continue
        qualifier, past, start = _qualifiers(doc, ent.start)
        person = _person_after(ents, index)
        if person is None:
            person = _person_before(ents, index)
            if person is not None:
                between = {t.lower_ for t in doc[person.end : ent.start]}
                past = past or bool(between & APPOSITIVE_PAST)
        yield ent.sent, TitleUse(ent, start, qualifier, past, person)


def _qualifiers(doc, index: int) -> tuple[str | None, bool, Token]:
    """Walk back from a title over qualifiers, country names and possessives.

    The walk stops at another title or a person's name: in "caretaker Foreign Minister Jilani
    and caretaker Prime Minister …" (or with the name misspelt and "and" lost) the first
    "caretaker" and any "former" before it belong to the Foreign Minister, not to the Prime
    Minister; taking them would move the fix's insertion point to the other title.
    """
    qualifier = None
    past = False
    start = doc[index]
    i = index - 1
    steps = 0
    while i >= 0 and steps < 6:
        token = doc[i]
        lower = token.lower_
        if token.ent_type_ in (TITLE, PERSON):
            break
        if lower in TEMPORARY:
            qualifier = qualifier or TEMPORARY[lower]
        elif lower in PAST_MARKERS:
            past = True
        elif (
            lower in BRIDGE
            or token.ent_type_
            or (token.is_title and not token.is_sent_start)
            or (token.is_title and token.is_sent_start and lower not in ("the",))
            or (token.is_upper and token.is_alpha and len(token) <= 4)  # US, UN
            or lower in ("u.s.", "u.k.")
        ):
            pass
        else:
            break
        if lower in TEMPORARY or lower in PAST_MARKERS:
            start = token
        i -= 1
        steps += 1
    return qualifier, past, start


def _person_after(ents: list[Span], index: int) -> Span | None:
    title = ents[index]
    if index + 1 >= len(ents) or ents[index + 1].label_ != PERSON:
        return None
    person = ents[index + 1]
    between = title.doc[title.end : person.start]
    if len(between) > MAX_GIVEN_NAMES or any(not t.is_title for t in between):
        return None
    return person


def _person_before(ents: list[Span], index: int) -> Span | None:
    """Appositive: "Jalil Abbas Jilani, Pakistan's caretaker foreign minister"."""
    title = ents[index]
    if index == 0 or ents[index - 1].label_ != PERSON:
        return None
    person = ents[index - 1]
    between = title.doc[person.end : title.start]
    if not between or between[0].text != ",":
        return None
    allowed = BRIDGE | set(TEMPORARY) | PAST_MARKERS | {",", "who", "is", "been"} | APPOSITIVE_PAST
    if len(between) > 6 or any(not (t.lower_ in allowed or t.is_title) for t in between):
        return None
    return person


def _past_framed(
    sentence: Span, posts: Iterable[tuple[dt.date | None, dt.date | None]], draft_date: dt.date
) -> bool:
    """A sentence placed in a past period that lies inside one of the tenures."""
    doc = sentence.doc
    lowers = doc_lowers(doc)[sentence.start : sentence.end]
    for phrase in PAST_PHRASES:
        n = len(phrase)
        if any(tuple(lowers[i : i + n]) == phrase for i in range(len(lowers) - n + 1)):
            return True
    for span in spans_within(doc, "dates", sentence.start, sentence.end):
        before = doc_lowers(doc)[span.start - 1] if span.start > sentence.start else ""
        if before not in FRAMING:
            continue  # "the November 1 deadline", "leave by November 1": not the story's time
        value = span._.date
        year = value.year or _latest_year(value.month, value.day, draft_date)
        first = dt.date(year, value.month, value.day or 1)
        last = dt.date(year, value.month, value.day or 28)
        for start, end in posts:
            if (start is None or last >= start) and (end is None or first < end):
                return True
    for token in sentence:
        if token.like_num and len(token.text) == 4 and token.text.isdigit():
            year = int(token.text)
            prev = token.doc[token.i - 1].lower_ if token.i > 0 else ""
            if prev in ("in", "during", "of", "until") or token.i == sentence.start:
                for start, end in posts:
                    if (start is None or start.year <= year) and (
                        end is None or year < end.year or (year == end.year and end.month > 1)
                    ):
                        return True
    return False


def _latest_year(month: int, day: int | None, draft_date: dt.date) -> int:
    candidate = dt.date(draft_date.year, month, min(day or 1, 28))
    return draft_date.year if candidate <= draft_date else draft_date.year - 1


def _present_tense(sentence: Span) -> bool:
    for token in sentence:
        lower = token.lower_
        if lower in PRESENT_WORDS and lower not in ("'s", "’s"):
            return True
        if (
            lower.endswith("s")
            and not lower.endswith("ss")
            and token.lemma_.lower() != lower
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ in VERB_FOLLOWERS
            and (token.i == 0 or token.doc[token.i - 1].lower_ not in DETERMINERS)
            and not token.is_title
        ):
            return True
    return False


def _post_text(person: Person, post: Post) -> str:
    end = post.end.isoformat() if post.end else "present"
    start = post.start.isoformat() if post.start else "?"
    return f"{person.name}: {post.title}, {start} to {end}"


def _offices_for(ledger: Ledger, title: str) -> set[str]:
    return {o.id for o in ledger.offices.values() if title in o.titles}


def _corpus_evidence(corpus: Corpus, person_id: str, title: str, limit: int = 1) -> list[Evidence]:
    found = corpus.find(("person", person_id), ("title", title), limit=limit)
    return [s.evidence() for s in found]


class _TitleRule(Rule):
    """Shared analysis; each rule reports its own kind of problem."""

    def analyse(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        raise NotImplementedError

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        return list(self.analyse(draft, corpus))


class StaleTitle(_TitleRule):
    code = "NL401"
    name = "stale-title"
    summary = "Title the person no longer held on the draft's date"
    severity = Severity.ERROR
    documentation = """
        A person is given a title (often "caretaker", "interim" or "acting") whose tenure,
        per the ledger, had ended before the draft's publication date. Generic references in
        the present tense ("the caretaker government says") are checked the same way.

        The draft's date is --date, else front matter `date:`, else the config `date`, else
        today. Not stale: "then-caretaker …", "former …", and sentences explicitly placed in
        a past period inside the tenure ("In October 2023, caretaker Foreign Minister …").

        Bad (draft dated 2024-06-01):
            Caretaker Foreign Minister Jalil Abbas Jilani says ties are strong.

        Good:
            Former caretaker Foreign Minister Jalil Abbas Jilani said ties were strong.
            In October 2023, caretaker Foreign Minister Jalil Abbas Jilani met Muttaqi.

        Fix: inserts "former" before the title (or suggests the current holder when the ledger
        knows one).
    """

    def analyse(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        for sentence, use in _title_uses(draft):
            day = draft.date_for(use.title)
            if use.past_marked:
                continue
            title = use.title.text.lower()
            offices = _offices_for(corpus.ledger, use.title.ent_id_ or title)
            if use.person is not None:
                yield from self._named(draft, corpus, sentence, use, offices, title, day)
            elif use.qualifier:
                yield from self._generic_title(draft, corpus, sentence, use, offices, day)
        yield from self._governments(draft, corpus)

    def _named(
        self, draft, corpus, sentence, use: TitleUse, offices, title, day: dt.date
    ) -> Iterator[Problem]:
        ledger = corpus.ledger
        person = ledger.people.get(use.person.ent_id_)
        if person is None:
            return
        posts = [p for p in person.posts if p.office in offices]
        if not posts or any(p.held_on(day) for p in posts):
            return
        ended = [p for p in posts if p.end is not None and p.end <= day]
        if not ended:
            return
        post = max(ended, key=lambda p: p.end)
        if _past_framed(sentence, [(p.start, p.end) for p in posts], day):
            return
        evidence = [post.origin.evidence(_post_text(person, post))]
        evidence += _corpus_evidence(corpus, person.id, title)
        current = next((p for p in person.posts if p.held_on(day)), None)
        successor = ledger.people.get(post.successor) if post.successor else None
        message = (
            f"{_short(person.name)} held the post of {_short(post.title)} "
            f"until {post.end.isoformat()}, "
            f"before this draft's date ({day.isoformat()}, from {draft.date_origin}); "
            f'write "former {_phrase(draft, use)}"'
        )
        if current is not None:
            message += f" (now {_short(current.title)})"
        elif successor is not None:
            message += f"; the post passed to {_short(successor.name)}"
        fix = _former_fix(draft, use, f'call {person.name} "former {_phrase(draft, use)}"')
        span = draft.doc[use.start.i : use.person.end]
        if use.person.start < use.title.start:
            span = draft.doc[use.person.start : use.title.end]
        yield draft.problem(span, message, evidence, fix)

    def _generic_title(self, draft, corpus, sentence, use, offices, day) -> Iterator[Problem]:
        ledger = corpus.ledger
        posts = [
            (person, p)
            for person in ledger.people.values()
            for p in person.posts
            if p.office in offices and p.qualifier and TEMPORARY.get(p.qualifier) == use.qualifier
        ]
        if not posts or any(p.held_on(day) for _, p in posts):
            return
        person, post = max(posts, key=lambda item: item[1].end or dt.date.max)
        if post.end is None or post.end > day:
            return
        if _past_framed(sentence, [(p.start, p.end) for _, p in posts], day):
            return
        if not _present_tense(sentence):
            return
        message = (
            f'"{_phrase(draft, use)}" refers to {person.name}, whose post ended on '
            f"{post.end.isoformat()}, before this draft's date ({day.isoformat()}); "
            f'write "the former {_phrase(draft, use)}" or name the current office-holder'
        )
        evidence = [post.origin.evidence(_post_text(person, post))]
        fix = _former_fix(draft, use, 'add "former"')
        yield draft.problem(draft.doc[use.start.i : use.title.end], message, evidence, fix)

    def _governments(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        ledger = corpus.ledger
        for ent in draft.doc.ents:
            if ent.label_ != GOVERNMENT:
                continue
            sentence = ent.sent
            day = draft.date_for(ent)
            term = ent.ent_id_ or ent.text.lower()
            candidates = [g for g in ledger.governments if term in g.terms]
            government = _pick_government(candidates, sentence)
            if government is None or government.end is None or government.end > day:
                continue
            before = draft.doc[max(ent.start - 2, 0) : ent.start]
            if any(t.lower_ in PAST_MARKERS for t in before):
                continue
            if _past_framed(sentence, [(government.start, government.end)], day):
                continue
            if not _present_tense(sentence):
                continue
            message = (
                f"the {government.name} ended on {government.end.isoformat()}, before this "
                f'draft\'s date ({day.isoformat()}); write "the former {ent.text}"'
                + (f" or name {government.successor}" if government.successor else "")
            )
            evidence = [
                government.origin.evidence(
                    f"{government.name}: {government.start} to {government.end}"
                )
            ]
            fix = draft.insertion(ent[0], "former ", 'add "former"')
            yield draft.problem(ent, message, evidence, fix)


def _pick_government(candidates: list[Government], sentence: Span) -> Government | None:
    """Several governments share a term ("interim government"): the country decides."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    lowers = {t.lower_ for t in sentence}
    marked = [g for g in candidates if lowers & set(g.country_terms)]
    if len(marked) == 1:
        return marked[0]
    return None


def _phrase(draft: Draft, use: TitleUse) -> str:
    """The title phrase as it should follow "former": a leading qualifier in lower case."""
    text = draft.doc[use.start.i : use.title.end].text
    if use.start.i < use.title.start:
        return text[:1].lower() + text[1:]
    return text


def _former_fix(draft: Draft, use: TitleUse, description: str) -> Fix:
    """Insert "former" before the title phrase, lower-casing a leading qualifier
    ("Caretaker Prime Minister" → "former caretaker Prime Minister"); "Former" at a sentence
    start."""
    start, _ = draft.offsets(use.start)
    first = draft.text[start]
    former = "Former " if use.start.is_sent_start else "former "
    if use.start.i < use.title.start:
        return Fix(description, (Edit(start, start + 1, former + first.lower()),))
    return Fix(description, (Edit(start, start, former),))


def _short(text: str) -> str:
    """A ledger name or title without its parenthetical glosses, wherever they stand:
    "Caretaker (Federal) Interior Minister" -> "Caretaker Interior Minister"."""
    return " ".join(_GLOSS.sub(" ", text).split()) or text


_GLOSS = re.compile(r"\([^()]*\)")


class WrongTitle(_TitleRule):
    code = "NL402"
    name = "wrong-title"
    summary = "Title the person never held, per the ledger"
    severity = Severity.ERROR
    documentation = """
        A person the ledger knows is given a title for an office they never held, or a
        caretaker/interim/acting qualifier for a post that had none.

        Bad:
            Foreign Minister Mumtaz Zahra Baloch told reporters on Friday …
            Caretaker Prime Minister Shehbaz Sharif chaired the meeting.

        Good:
            Foreign Office spokesperson Mumtaz Zahra Baloch told reporters on Friday …
            Prime Minister Shehbaz Sharif chaired the meeting.
    """

    def analyse(self, draft: Draft, corpus: Corpus) -> Iterator[Problem]:
        ledger = corpus.ledger
        for _sentence, use in _title_uses(draft):
            if use.person is None:
                continue
            person = ledger.people.get(use.person.ent_id_)
            if person is None or not person.posts:
                continue
            title = use.title.ent_id_ or use.title.text.lower()
            offices = _offices_for(ledger, title)
            posts = [p for p in person.posts if p.office in offices]
            span = draft.doc[use.start.i : use.person.end]
            if use.person.start < use.title.start:
                span = draft.doc[use.person.start : use.title.end]
            known = "; ".join(_post_text(person, p) for p in person.posts)
            evidence = [p.origin.evidence(_post_text(person, p)) for p in person.posts[:3]]
            if not posts:
                yield draft.problem(
                    span,
                    f'the ledger records no "{use.title.text}" post for {person.name} '
                    f"(known posts: {known})",
                    evidence,
                )
            elif use.qualifier and not any(p.qualifier for p in posts) and not use.past_marked:
                yield draft.problem(
                    span,
                    f"{person.name} was never a {use.qualifier} {use.title.text}: the ledger's "
                    f"posts carry no caretaker/interim/acting qualifier ({known})",
                    evidence,
                )


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [StaleTitle(), WrongTitle()]
