"""A retirement tag in brackets between a title or rank and a name (for the title readers).

Pakistani reporting marks a retired officer, judge or envoy with a tag in brackets after the
style kept for life: "Lt Gen (retd) X", "Justice (R) Y", "Ambassador (retired) Z". The tag is
the person's status in their service, not a report that the post the sentence gives them has
ended: the readers look past it to the name (:func:`skip_tag`, :func:`tag_before`), and the
frame reader does not take its "retired" for a tenure's end (:func:`inside_tag`).
"""

from __future__ import annotations

__all__ = ["RETIRED_TAGS", "inside_tag", "skip_tag", "tag_before"]

RETIRED_TAGS = frozenset({"retired", "retd", "rtd", "r"})
"""The tag's spellings, lower case without full stops ("(retd.)", "(Retd)", "(R)")."""
MAX_TAG = 4
"""Tokens of a tag with its brackets and a full stop: "(", "retd", ".", ")"."""


def _tag(written: list[str], opening: int, closing: int) -> bool:
    """Whether the tokens between the brackets at ``opening`` and ``closing`` are a tag."""
    inner = "".join(written[opening + 1 : closing]).replace(".", "").lower()
    return inner in RETIRED_TAGS


def skip_tag(written: list[str], start: int) -> int:
    """Where the words go on after a tag that opens at ``start`` ("(retd.) X" -> X's index);
    ``start`` itself where none does."""
    if start >= len(written) or written[start] != "(":
        return start
    for closing in range(start + 2, min(start + MAX_TAG, len(written))):
        if written[closing] == ")":
            return closing + 1 if _tag(written, start, closing) else start
    return start


def tag_before(written: list[str], end: int) -> int:
    """Where a tag that ends right before ``end`` opens ("Gen (retd) X": the "(" before X);
    ``end`` itself where none does."""
    if end < 3 or written[end - 1] != ")":
        return end
    for opening in range(end - 3, max(end - MAX_TAG - 1, -1), -1):
        if written[opening] == "(":
            return opening if _tag(written, opening, end - 1) else end
    return end


def inside_tag(written: list[str], i: int) -> bool:
    """Whether the word at ``i`` is the word of a tag ("retired" in "(retired)")."""
    for opening in range(i - 1, max(i - MAX_TAG, -1), -1):
        if written[opening] == "(":
            return skip_tag(written, opening) > i
    return False
