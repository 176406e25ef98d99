"""Casualty attribution: NL201 ``unattributed-casualty-count``.

A death or injury toll is the most consequential number in a breaking story, and the one that
changes most as it is revised (34 → 52 → 60 within a day). A count must say who gave it. This
rule finds counts tied to a casualty word ("at least 64 people … were killed", "killed seven
soldiers", "the death toll rose to 60", "seven dead bodies") and looks for attribution in the
same sentence (a reporting verb or "according to"), in a quote with its speaker, or in an
adjacent sentence that clearly refers back to the same count. A headline or bullet repeating a
count attributed in the story's body is covered by it.

Only language words live here (casualty words, reporting verbs); evidence comes from the ledger's
``events[].casualties`` and from corpus sentences found through the index.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from narrlint.api import Rule, hookimpl
from narrlint.corpus import Corpus, format_number
from narrlint.document import Draft
from narrlint.model import Evidence, Problem, Severity

# Participles/adjectives that make a preceding number a casualty count.
CASUALTY_AFTER = {
    "killed", "dead", "injured", "wounded", "martyred", "hurt", "slain", "died",
    "bodies", "casualties", "fatalities", "deaths", "lives", "perished", "maimed",
}  # fmt: skip
# Verbs that take the count as their object ("killed seven soldiers").
CASUALTY_VERBS = {
    "killed", "kills", "kill", "killing", "injured", "injuring", "injures", "wounded",
    "wounding", "wounds", "martyred", "claimed", "claiming", "claims",
}  # fmt: skip
TOLL_WORDS = {"toll", "tally"}
LEFT_VERBS = {"left", "leaving", "leaves"}
HEDGES = {
    "at",
    "least",
    "more",
    "than",
    "over",
    "nearly",
    "almost",
    "some",
    "about",
    "around",
    "up",
    "to",
    "no",
    "fewer",
    "as",
    "many",
    "another",
    "a",
    "further",
}
# Words that may sit between a number and its casualty participle ("64 people, including
# children, were killed").
BRIDGE = {
    "people", "persons", "person", "others", "were", "was", "have", "has", "had", "been",
    "be", "are", "is", "including", "among", "them", "of", "and", ",", "reportedly",
    "also", "later", "being", "got", "left",
}  # fmt: skip
CLAUSE_BREAKS = {
    ";",
    ":",
    "—",
    "–",
    "(",
    ")",
    "said",
    "says",
    "told",
    "but",
    "while",
    "after",
    "when",
    "which",
    "who",
}
MAX_GAP = 8
MAX_NOUNS = 5
# Nouns that announce a count ("the casualties included 11 soldiers", "the dead numbered 12").
TOLL_WORDS_EXTRA = {"casualties", "dead", "victims", "fatalities", "deaths", "injured"}
TOLL_VERBS = {
    "included",
    "include",
    "includes",
    "numbered",
    "number",
    "stood",
    "stands",
    "rose",
    "reached",
    "climbed",
    "jumped",
    "hit",
    "was",
    "is",
    "were",
    "are",
}
SOURCE_PARTICIPLES = {
    "released",
    "given",
    "issued",
    "provided",
    "confirmed",
    "compiled",
    "announced",
    "published",
    "shared",
    "reported",
    "supplied",
    "put",
    "cited",
    "quoted",
    "verified",
    "updated",
}
SPEECH_VERBS_WITH_THAT = {
    "claim",
    "allege",
    "insist",
    "maintain",
    "warn",
    "note",
    "explain",
    "stress",
    "assert",
    "acknowledge",
    "admit",
    "estimate",
}

REPORTING_LEMMAS = {
    "say", "tell", "confirm", "report", "state", "announce", "add", "quote", "cite",
    "estimate", "put", "inform", "brief", "disclose", "record", "count", "tally", "register",
}  # fmt: skip
REPORTING_NOUNS = {
    "statement",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "official",
    "officials",
    "police",
    "sources",
    "source",
    "ministry",
    "hospital",
    "authorities",
    "ispr",
    "figures",
    "data",
    "report",
    "reports",
}
REFERS_BACK = {
    "toll",
    "dead",
    "victims",
    "victim",
    "casualties",
    "figure",
    "figures",
    "count",
    "killed",
    "injured",
    "wounded",
    "bodies",
    "deaths",
    "died",
    "fatalities",
    "martyred",
    "injuries",
    "number",
    "tally",
}
HEADLINE_KINDS = ("heading", "bullet", "list_item", "table")
QUOTES = {'"', "“", "”", "«", "»"}


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count in the draft: the phrase and its number."""

    span: Span
    value: float
    kind: str = "killed"
    """``killed`` or ``injured``: which ledger figure the count can be compared with."""


def _numbers(sentence: Span) -> list[Span]:
    """Numbers of a sentence (not years), found by bisection: linear in the draft overall."""
    doc = sentence.doc
    spans = doc.spans.get("numbers", [])
    if not len(spans):
        return []
    starts = _starts(doc, spans)
    first = bisect_left(starts, sentence.start)
    result = []
    for index in range(first, len(starts)):
        span = spans[index]
        if span.start >= sentence.end:
            break
        if span.end <= sentence.end and not _is_year(span):
            result.append(span)
    return result


_STARTS_CACHE: dict[int, tuple[object, list[int]]] = {}


def _starts(doc, spans) -> list[int]:
    cached = _STARTS_CACHE.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    starts = [s.start for s in spans]
    _STARTS_CACHE.clear()
    _STARTS_CACHE[id(doc)] = (doc, starts)
    return starts


def _is_year(span: Span) -> bool:
    text = span.text
    return len(span) == 1 and text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100


def _hedge_start(doc, start: int) -> int:
    i = start
    while i > 0 and doc[i - 1].lower_ in HEDGES and start - i < 4:
        i -= 1
    return i


def _counts(sentence: Span) -> Iterator[Count]:
    """Counts grammatically tied to a casualty word, nearest number first."""
    doc = sentence.doc
    numbers = _numbers(sentence)
    if not numbers:
        return
    used: set[int] = set()
    by_start = {n.start: n for n in numbers}
    for token in sentence:
        lower = token.lower_
        if lower in CASUALTY_AFTER or (lower == "lost" and _next_is(token, "their", "lives")):
            number = _number_before(sentence, token, numbers)
            if number is not None and number.start not in used:
                used.add(number.start)
                yield Count(
                    doc[_hedge_start(doc, number.start) : token.i + 1],
                    number._.value,
                    _kind(token),
                )
        toll = lower in TOLL_WORDS or (
            lower in TOLL_WORDS_EXTRA
            and token.i + 1 < sentence.end
            and doc[token.i + 1].lower_ in TOLL_VERBS
        )
        if lower in CASUALTY_VERBS or lower in LEFT_VERBS or toll:
            number = _number_after(sentence, token, by_start, toll=toll)
            if number is None or number.start in used:
                continue
            if lower in LEFT_VERBS and not _casualty_follows(number):
                continue
            if lower in ("claimed", "claiming", "claims") and not _next_word_is(number, "lives"):
                continue
            if _is_non_casualty_object(number):
                continue
            used.add(number.start)
            start = (
                token.i - 1
                if toll and token.i > 0 and doc[token.i - 1].lower_ == "death"
                else token.i
            )
            end = _casualty_end(number) if lower in LEFT_VERBS else _object_end(number)
            yield Count(doc[start:end], number._.value, _kind(doc[end - 1], token))


INJURY_WORDS = {
    "injured",
    "injuring",
    "injures",
    "wounded",
    "wounding",
    "wounds",
    "hurt",
    "maimed",
    "injuries",
}


def _kind(*tokens: Token) -> str:
    return "injured" if any(t.lower_ in INJURY_WORDS for t in tokens) else "killed"


def _next_is(token: Token, *words: str) -> bool:
    doc = token.doc
    return all(
        token.i + k < len(doc) and doc[token.i + k].lower_ == word
        for k, word in enumerate(words, start=1)
    )


def _number_before(sentence: Span, word: Token, numbers: list[Span]) -> Span | None:
    doc = sentence.doc
    best = None
    for number in numbers:
        if number.end <= word.i and word.i - number.end <= MAX_GAP:
            best = number
    if best is None:
        return None
    between = doc[best.end : word.i]
    for token in between:
        if token.lower_ in CLAUSE_BREAKS or token.is_quote:
            return None
        if token.like_num:
            return None
    # Either the casualty word follows directly (with a noun or two) or through a bridge.
    nouns = [t for t in between if t.lower_ not in BRIDGE and not t.is_punct]
    if len(nouns) > MAX_NOUNS:
        return None
    return best


def _number_after(sentence: Span, verb: Token, by_start: dict, toll: bool) -> Span | None:
    doc = sentence.doc
    limit = 8 if toll else 4
    i = verb.i + 1
    while i < sentence.end and i - verb.i <= limit:
        if i in by_start:
            return by_start[i]
        token = doc[i]
        if token.lower_ in CLAUSE_BREAKS or token.is_quote:
            return None
        if not toll and token.lower_ not in HEDGES:
            return None
        i += 1
    return None


def _casualty_follows(number: Span) -> bool:
    doc = number.doc
    for token in doc[number.end : min(number.end + 4, len(doc))]:
        if token.lower_ in CASUALTY_AFTER:
            return True
    return False


def _casualty_end(number: Span) -> int:
    doc = number.doc
    for token in doc[number.end : min(number.end + 4, len(doc))]:
        if token.lower_ in CASUALTY_AFTER:
            return token.i + 1
    return number.end


def _next_word_is(number: Span, word: str) -> bool:
    doc = number.doc
    return any(t.lower_ == word for t in doc[number.end : min(number.end + 3, len(doc))])


NON_CASUALTY_OBJECTS = {
    "birds",
    "bird",
    "time",
    "hours",
    "minutes",
    "percent",
    "%",
    "years",
    "months",
    "days",
    "weeks",
    "goals",
    "points",
    "rupees",
    "dollars",
}


def _is_non_casualty_object(number: Span) -> bool:
    doc = number.doc
    nxt = doc[number.end] if number.end < len(doc) else None
    return nxt is not None and nxt.lower_ in NON_CASUALTY_OBJECTS


def _object_end(number: Span) -> int:
    """End of the counted noun after the number: "seven security personnel", "12 people"."""
    doc = number.doc
    end = number.end
    sentence_end = number.sent.end
    if (
        end < sentence_end
        and doc[end].is_alpha
        and doc[end].lower_ not in CLAUSE_BREAKS
        and doc[end].lower_ not in PREPOSITIONS
    ):
        end += 1
        if end < sentence_end and doc[end].lower_ in PEOPLE_TAILS:
            end += 1
    return end


PREPOSITIONS = {"at", "in", "on", "near", "from", "during", "after", "as", "when", "across"}
PEOPLE_TAILS = {
    "personnel",
    "officers",
    "officials",
    "members",
    "men",
    "women",
    "children",
    "people",
    "civilians",
    "soldiers",
    "troops",
    "workers",
    "guards",
    "pilgrims",
}


# ---------------------------------------------------------------------------------------------
# Attribution


def _attributed(sentence: Span) -> bool:
    """A reporting verb, "according to" or a reporting noun as source in the sentence."""
    for token in sentence:
        lower = token.lower_
        lemma = token.lemma_.lower()
        if lower == "according" and _next_is(token, "to"):
            return True
        if lower in ("per", "citing") and token.i + 1 < sentence.end:
            return True
        if (
            lower == "by"
            and token.i > sentence.start
            and (token.doc[token.i - 1].lower_ in SOURCE_PARTICIPLES)
        ):
            return True
        if lemma in SPEECH_VERBS_WITH_THAT and _next_is(token, "that"):
            return True
        if lemma == "tell" and _is_order(token):
            continue
        if lemma in REPORTING_LEMMAS and lower not in ("report",):
            if lower in ("reported", "reports") and _passive_report(token):
                continue
            if lemma == "put" and not _next_is(token, "the", "toll") and not _toll_near(token):
                continue
            if lemma in ("count", "record", "register", "tally", "add") and not _has_source(
                sentence
            ):
                continue
            return True
    return False


def _is_order(token: Token) -> bool:
    """ "told undocumented migrants to leave" is an order, not a source."""
    doc = token.doc
    window = doc[token.i + 1 : min(token.i + 7, len(doc))]
    for i, t in enumerate(window):
        if t.lower_ in ("that", ",", '"', "“") or t.is_punct:
            return False
        if (
            t.lower_ == "to"
            and i + 1 < len(window)
            and window[i + 1].is_lower
            and (window[i + 1].lower_ not in ("the", "a", "an", "reporters", "journalists"))
        ):
            return True
    return False


def _passive_report(token: Token) -> bool:
    """ "were reported killed" names no source; "reported by police" does."""
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return prev in ("were", "was", "been", "are", "is") and nxt != "by"


def _toll_near(token: Token) -> bool:
    doc = token.doc
    window = doc[token.i + 1 : min(token.i + 5, len(doc))]
    return any(t.lower_ in TOLL_WORDS or t.lower_ in ("number", "figure") for t in window)


def _has_source(sentence: Span) -> bool:
    return any(t.lower_ in REPORTING_NOUNS for t in sentence)


def _refers_back(sentence: Span, value: float) -> bool:
    for token in sentence:
        if token.lower_ in REFERS_BACK or token.lemma_.lower() in ("kill", "die", "injure"):
            return True
    return any(s._.value == value for s in _numbers(sentence))


def _quote_speaker_follows(sentence: Span) -> bool:
    """A count inside a quotation whose speaker is named in the next sentence(s)."""
    return any(t.is_quote or t.text in QUOTES for t in sentence)


# ---------------------------------------------------------------------------------------------


class UnattributedCasualtyCount(Rule):
    code = "NL201"
    name = "unattributed-casualty-count"
    summary = "Casualty count stated without saying who gave it"
    severity = Severity.WARNING
    documentation = """
        A number of people killed, injured or wounded (or bodies, a death toll, "martyred",
        casualties, lives lost) is stated without attribution. Tolls change as they are
        revised; the reader must know whose count it is.

        Attribution counts when it is in the same sentence ("police said", "according to
        hospital officials", "told Reuters", "said in a statement"), in a quote with its
        speaker, or in an adjacent sentence that clearly refers back to the same count ("The
        toll was confirmed by the provincial health department"). An adjacent attribution
        about something else does not cover the count. A headline or bullet that repeats a
        count attributed in the body is covered by it. Vague quantities ("dozens", "scores")
        and numbers that are not casualties (refugees, bombings, money) are never findings.

        Bad:
            At least 64 people were killed in last week's bombings. One of the bombers was an
            Afghan national, according to the interior minister.

        Good:
            At least 64 people were killed in last week's bombings, officials said.
            The death toll rose to 60, the provincial health department said.
    """

    def check(self, draft: Draft, corpus: Corpus) -> Iterable[Problem]:
        sentences = [s for s in draft.doc.sents if not all(t.is_space for t in s)]
        found: list[tuple[int, Count, bool]] = []
        for index, sentence in enumerate(sentences):
            counts = list(_counts(sentence))
            if not counts:
                continue
            here = _attributed(sentence)
            for count in counts:
                covered = here or self._adjacent(sentences, index, count)
                found.append((index, count, covered))
        attributed_values = {c.value for _, c, covered in found if covered}
        first_attributed: dict[float, int] = {}
        for i, c, covered in found:
            if covered:
                first_attributed.setdefault(c.value, i)
        for index, count, covered in found:
            if covered:
                continue
            block = draft.block_of(count.span)
            if count.value in attributed_values and (
                (block is not None and block.kind in HEADLINE_KINDS)
                or first_attributed.get(count.value, index) < index
            ):
                continue
            yield self._problem(draft, corpus, count)

    @staticmethod
    def _adjacent(sentences: list[Span], index: int, count: Count) -> bool:
        sentence = sentences[index]
        if index + 1 < len(sentences):
            nxt = sentences[index + 1]
            if _attributed(nxt) and (
                _refers_back(nxt, count.value) or _continues_quote(sentence, nxt)
            ):
                return True
        if index > 0:
            prev = sentences[index - 1]
            if _attributed(prev) and _refers_back(prev, count.value) and _quote_open(prev):
                return True
            if _attributed(prev) and any(s._.value == count.value for s in _numbers(prev)):
                return True
        return False

    def _problem(self, draft: Draft, corpus: Corpus, count: Count) -> Problem:
        evidence = _evidence(corpus, count.value, count.kind)
        phrase = " ".join(count.span.text.split())
        message = (
            f'casualty count "{phrase}" has no attribution: say who gave it '
            f"(police, officials, a hospital, the military…)"
        )
        if evidence:
            message += "; the corpus has attributed counts for this figure"
        return draft.problem(count.span, message, evidence)


def _continues_quote(sentence: Span, nxt: Span) -> bool:
    """The count sits in a quotation that closes in the next sentence with its speaker."""
    return _quote_open(sentence) and any(t.is_quote or t.text in QUOTES for t in nxt)


def _quote_open(sentence: Span) -> bool:
    return sum(1 for t in sentence if t.is_quote or t.text in QUOTES) % 2 == 1


def _evidence(corpus: Corpus, value: float, kind: str) -> list[Evidence]:
    """Ledger casualty figures and attributed corpus sentences that give the same number."""

    def build() -> list[Evidence]:
        items: list[Evidence] = []
        for event in corpus.ledger.events.values():
            for casualty in event.casualties:
                if casualty.get(kind) == value:
                    items.append(
                        event.origin.evidence(
                            f"{event.title}: {casualty.get('figure')} "
                            f"(by {casualty.get('by')}, {casualty.get('date')})"
                        )
                    )
        key = format_number(value)
        lemmas = ("injure", "wound") if kind == "injured" else ("kill", "dead", "die")
        for lemma in lemmas:
            for sentence in corpus.find(("number", key), ("lemma", lemma))[:3]:
                doc = corpus.doc(sentence)
                if any(_attributed(s) for s in doc.sents):
                    items.append(sentence.evidence())
        unique = list(dict.fromkeys(items))
        return unique[:3]

    return corpus.memo(("casualty-evidence", value, kind), build)


@hookimpl
def narrlint_rules() -> list[Rule]:
    return [UnattributedCasualtyCount()]
