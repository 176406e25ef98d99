"""Reading a draft from disk or stdin: bytes to text, remembering how to write it back.

Only UTF-8 is accepted (with or without a BOM), as the issue tracker promised writers; other
encodings get a clear error rather than silently wrong columns.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)):
        raise InputError("file is UTF-16/UTF-32 encoded; narrlint reads UTF-8 only", path)
    if b"\x00" in data[:_SNIFF]:
        raise InputError("binary file (contains NUL bytes), not a text draft", path)
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save the file as UTF-8",
            path,
            line,
        ) from None
    return SourceText(text=text, bom=bom)


def read_path(path: str) -> SourceText:
    """Read and decode a file, turning OS errors into :class:`InputError`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path) from None
    return decode(data, path)
