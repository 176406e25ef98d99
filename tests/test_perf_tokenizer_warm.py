"""Warming the tokenizer word by word changes no token (round 19, issue 10).

``warm_tokenizer`` tokenizes each distinct word of a long text alone, to fill spaCy's cache,
before the whole text is tokenized (spaCy issue #1250: a call stops filling the cache after its
first special case). The tokens must be exactly those of a tokenizer that never saw the text:
compared here, token for token (offset, text, trailing space), on every labelled, held-out and
news dev passage joined into one long text, and on texts made to break it (special cases,
whitespace runs and cuts before whitespace, URLs, emoticons, Unicode spaces, a long run without
a space).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from narrlint.nlp import chunking
from narrlint.nlp.pipeline import blank_english

DATA = Path(__file__).resolve().parent / "data"


def _passages() -> list[str]:
    files = [DATA / "labelled.yaml", DATA / "heldout.yaml"]
    files += sorted((DATA / "news" / "dev").glob("*.yaml"))
    return [item["text"] for path in files for item in yaml.safe_load(path.read_text("utf-8"))]


def _tokens(doc) -> list[tuple[int, str, str]]:
    return [(t.idx, t.text, t.whitespace_) for t in doc]


def _adversarial() -> str:
    """Special cases first in a piece and after it, words met again after them, whitespace
    runs of every kind (a cut before "\\n\\n " tokenizes differently), glued punctuation."""
    lines = [
        "Don't go. Dr. Khan didn't say; the U.S. and U.K. won't. Mr. Ali's car: 5km, $3.5bn.",
        "He said :) and (: then :-( ... e.g. i.e. etc. vs. a.m. p.m. 'em 'cause c'mon.",
        "The border's crossing (Torkham) re-opened -- on 1 Nov. 2023 -- after 3,000 left.",
        "See https://example.org/a-b?x=1&y=2, www.example.com/path and mail@example.org.",
        "Tabs\tand\t\ttabs, non\u00a0breaking\u2009thin\u3000ideographic spaces, \r\n CRLF.",
        "Words  with   runs    of     spaces;\n\n leading space after a blank line\n\n\tand a tab.",
        "Hyphen-ated well-known state-of-the-art 2023-10-03 10:30 11:59pm #tag @user 50%.",
        '"Quoted," she said. \u201cCurly\u201d \u2018single\u2019 \u2014 dashes \u2013 and\u2026.',
        "x" * 150 + " " + "y-" * 80 + " " + "Dr." * 40,
    ]
    # Repeat with the lines rotated so that each word is met before and after special cases
    # in every position of the warm-up pieces.
    text = []
    for shift in range(len(lines) * 6):
        text.append("\n\n".join(lines[shift % len(lines) :] + lines[: shift % len(lines)]))
    return "\n\n".join(text) + "\n\n  \n"


@pytest.mark.parametrize("name", ["data sets", "adversarial"])
def test_warm_tokenizer_changes_no_token(name):
    text = "\n\n".join(_passages()) if name == "data sets" else _adversarial()
    assert len(text) > chunking.WARM_CHARS
    cold = _tokens(blank_english().tokenizer(text))  # a tokenizer that never saw any of it
    nlp = blank_english()
    chunking.warm_tokenizer(nlp, text)
    assert _tokens(nlp.tokenizer(text)) == cold
    assert _tokens(chunking.run_pipeline(nlp, text)) == cold


def test_each_distinct_word_is_tokenized_alone_once(monkeypatch):
    """The warm-up works word by word (each at most once), skips long runs, and leaves short
    texts alone; the whole call then finds the words in the cache."""
    calls: list[str] = []

    class Counting:
        def __init__(self, tokenizer) -> None:
            self.tokenizer = tokenizer

        def __call__(self, text: str):
            calls.append(text)
            return self.tokenizer(text)

    nlp = blank_english()
    monkeypatch.setattr(nlp, "tokenizer", Counting(nlp.tokenizer))
    words = [f"word{i}" for i in range(3000)]
    long_run = "z" * (chunking.WARM_WORD + 1)
    text = " ".join(words * 2 + ["Don't", "Don't", long_run])
    assert len(text) > chunking.WARM_CHARS
    chunking.warm_tokenizer(nlp, text)
    assert sorted(calls) == sorted([*words, "Don't"])
    calls.clear()
    chunking.warm_tokenizer(nlp, "short text, never warmed")
    assert calls == []
