"""The date a file name gives a post: ``_posts/2024-07-01-bugti-resigns.md``.

Jekyll, Hugo and many newsroom archives name a story after its publication day and keep no
``date:`` in its front matter; without reading the name such a draft was dated today, and every
title in it was judged as of today.
"""

from __future__ import annotations

import datetime as dt
import re

_DATED_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[-_.]|$)")


def date_in_name(path: str) -> dt.date | None:
    """The calendar date a file name starts with (``2024-07-01-slug.md``,
    ``2024-07-01.md``), or ``None``: no such start, or not a real day (``2024-02-30``)."""
    name = re.split(r"[\\/]", path)[-1]
    found = _DATED_NAME.match(name)
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
