"""Reading a draft from disk or stdin: bytes to text, remembering how to write it back.

Only UTF-8 is accepted (with or without a BOM), as the issue tracker promised writers; other
encodings get a clear error rather than silently wrong columns.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from narrlint.errors import InputError

_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded draft and what ``--fix`` needs to write it back byte-for-byte."""

    text: str
    bom: bool = False

    def encode(self, text: str) -> bytes:
        data = text.encode("utf-8")
        return codecs.BOM_UTF8 + data if self.bom else data


def decode(data: bytes, path: str) -> SourceText:
    """Decode bytes as UTF-8, refusing binary files and other encodings with a clear error."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError("file is UTF-32 encoded; narrlint reads UTF-8 only", path, 1)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("file is UTF-16 encoded; narrlint reads UTF-8 only", path, 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        if _looks_utf16(data):
            raise InputError("file looks UTF-16 encoded; narrlint reads UTF-8 only", path, 1)
        line = _line_of(data, nul)
        raise InputError("binary file (contains NUL bytes), not a text file", path, line)
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8",
            path,
            line,
        ) from None
    return SourceText(text=text, bom=bom)


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting \\r\\n, \\r and \\n as findings do."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: text in it has a NUL in every other byte."""
    sample = data[:_SNIFF]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) // 4 and min(even, odd) < len(sample) // 40


MAX_BYTES = 64 * 1024 * 1024
"""Largest file narrlint reads. A 20 MB draft takes about 1.4 GB of memory to lint; a bigger
file is an export or a dump, not a draft, and reading it would risk the machine's memory."""


def read_path(path: str) -> SourceText:
    """Read and decode a regular file, turning OS errors into :class:`InputError`.

    Devices, pipes and sockets are refused before they are opened: reading ``/dev/zero`` or a
    FIFO named ``draft.md`` would never end.
    """
    return decode(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of a regular file of at most ``MAX_BYTES``, or :class:`InputError` naming the
    problem. Every file narrlint reads (drafts, corpus articles, manifests, ledgers, the
    corpus index's hashes) goes through here: opening a FIFO blocks until someone writes to
    it, and ``/dev/zero`` never ends (a corpus holding either hung every run on the index)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file (a device, pipe or socket)", path)
        if info.st_size > MAX_BYTES:
            raise InputError(
                f"file too large ({info.st_size / 1e6:.0f} MB; narrlint reads drafts up to "
                f"{MAX_BYTES / 1e6:.0f} MB)",
                path,
            )
        with open(path, "rb") as handle:
            # The size stat gave, and on to the limit only if the file grew meanwhile: a read
            # of MAX_BYTES + 1 allocates (and gives back) that whole buffer for every file.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        message = "broken symlink: its target does not exist" if os.path.islink(path) else ""
        raise InputError(message or "no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symlink loop (too many levels of symbolic links)", path) from None
        raise InputError(exc.strerror or str(exc), path) from None
    if len(data) > MAX_BYTES:
        raise InputError(f"file too large (more than {MAX_BYTES / 1e6:.0f} MB)", path)
    return data


_STDIN_CHUNK = 1024 * 1024


class GuardedStdin:
    """Standard input as a draft is read from it (``narrlint -``, ``--stdin-filename``), with
    the guards :func:`read_bytes` gives files: the command line puts it in ``sys.stdin``'s
    place while it lints (:func:`guarded_stdin`), and the session reads
    ``sys.stdin.buffer.read()`` as before.

    * A closed stdin (``narrlint - <&-``, a hook runner that closes it: Python then sets
      ``sys.stdin`` to ``None``) is an :class:`InputError` naming stdin, which the run reports
      as the file it could not lint; it was an internal error (``AttributeError``), exit 2
      with a traceback's words and no file named (robustness r22).
    * More than ``MAX_BYTES`` (``yes | narrlint -``, a dump piped by mistake) is refused as a
      file of that size is, after reading at most one byte past the limit; it was read whole,
      for ever on an endless pipe, and its memory with it.
    * A read that fails (``EIO`` from a terminal that went away) names the system's words.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    @property
    def buffer(self) -> GuardedStdin:
        return self

    def read(self, size: int = -1) -> bytes:
        if self._stream is None:
            raise InputError("stdin is closed: there is no draft to read", "-")
        source = getattr(self._stream, "buffer", self._stream)
        limit = MAX_BYTES + 1 if size is None or size < 0 else min(size, MAX_BYTES + 1)
        parts: list[bytes] = []
        total = 0
        try:
            while total < limit:
                part = source.read(min(_STDIN_CHUNK, limit - total))
                if not part:
                    break
                if isinstance(part, str):  # a text stream standing in for stdin
                    part = part.encode("utf-8")
                parts.append(part)
                total += len(part)
        except OSError as exc:
            raise InputError(f"cannot read stdin: {exc.strerror or exc}", "-") from None
        if total > MAX_BYTES:
            raise InputError(
                f"stdin too large (more than {MAX_BYTES / 1e6:.0f} MB; narrlint reads drafts "
                f"up to {MAX_BYTES / 1e6:.0f} MB)",
                "-",
            )
        return b"".join(parts)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding ... of the real one
        if self._stream is None:
            raise AttributeError(name)
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_stdin(reading: bool = True) -> Iterator[None]:
    """``sys.stdin`` as :class:`GuardedStdin` for the block (``reading``: a draft is read from
    it), the real one again after."""
    real = sys.stdin
    if not reading or isinstance(real, GuardedStdin):
        yield
        return
    sys.stdin = GuardedStdin(real)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdin = real
