"""The content of a corpus index database, as sorted text, for identity checks.

A change to how the index is built must not change what it holds. Build the same corpus with
the code before and after (a fresh ``NARRLINT_CACHE_DIR`` each), dump both and compare::

    python3 bench/index_dump.py /tmp/before/corpus-*.sqlite3 > /tmp/before.txt
    python3 bench/index_dump.py /tmp/after/corpus-*.sqlite3 > /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

Ids, timestamps and the order keys were first met are left out: key ids come from a set's
iteration order (string hashing differs per process), so two identical builds number their keys
differently, and absolute paths name the checkout the seeds were read from. Files are named by
their display name, sentences by their file's and their place in it, keys by kind and value;
every file, sentence, key (with its count) and posting is written.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Iterator


def dump(database: str) -> Iterator[str]:
    """Lines describing ``database``'s files, sentences, keys and postings, sorted."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        files = {
            ident: display
            for ident, display in db.execute("SELECT id, display FROM files").fetchall()
        }
        keys = {
            ident: (kind, value)
            for ident, kind, value in db.execute("SELECT id, kind, value FROM keys").fetchall()
        }
        rows = db.execute("SELECT display, hash, size, date, sentences, keys FROM files").fetchall()
        for display, digest, size, date, count, blob in sorted(rows):
            pairs = array("q")
            pairs.frombytes(blob)
            counts = sorted((keys[k], n) for k, n in zip(pairs[0::2], pairs[1::2], strict=True))
            yield f"file {display} {digest} {size} {date} {count}"
            yield f"file-keys {display} {counts}"
        named = {}
        for sid, file_id, idx, line, text in db.execute(
            "SELECT sid, file_id, idx, line, text FROM sentences"
        ):
            named[sid] = (files[file_id], idx)
            yield f"sentence {files[file_id]} {idx:06d} {line} {text!r}"
        for kind, value, count in db.execute("SELECT kind, value, count FROM keys"):
            yield f"key {kind} {value!r} {count}"
        postings: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for key_id, sid in db.execute("SELECT key_id, sid FROM postings"):
            postings.setdefault(keys[key_id], []).append(named[sid])
        for key, where in postings.items():
            yield f"postings {key} {sorted(where)}"
    finally:
        db.close()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for line in sorted(dump(argv[0])):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
