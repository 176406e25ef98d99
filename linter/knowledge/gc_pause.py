"""Garbage collection paused while long-lived structures are built (start-up, issue 10).

Used by the command line around its imports and its session, and by the corpus loader around
the ledger and pipeline; what makes much garbage (building the corpus index, parsing a corpus
without it) runs with collection resumed (:func:`collection_resumed`), even inside such a block.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """No garbage collection inside the block (restored after it, as it was).

    Importing the engine (spaCy, the claims readers, the rules) creates objects that live as
    long as the process and almost no garbage, yet the collector ran about 50 times during it,
    walking them again each time: a fifth to a quarter of a second of every start (measured
    with ``gc.callbacks`` on one draft). Loading the corpus is the same: the ledger read back
    from its cache and the pipeline built from it live as long as the corpus, and the
    collector ran 28 times over them (0.07-0.08 s of CPU, a sixth of a one-draft run's cost
    beyond the spaCy floor), finding about 2,000 unreachable objects in all. The corpus index
    is built outside the block: parsing an archive makes garbage that must be collected. Gc is
    switched for the whole process: a thread in the block (a language server loading a folder's
    session) pauses the others' collections too, for as long, and never leaves it off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def collection_resumed() -> Iterator[None]:
    """Garbage collection on inside the block, even within :func:`collection_paused` (as it was
    after it): for work that makes much garbage, such as parsing articles."""
    enabled = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not enabled:
            gc.disable()
