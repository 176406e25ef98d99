"""Robustness fix r8b: a ledger or manifest saved in another encoding names its line.

Drafts, configs and baselines in UTF-16 (Windows Notepad) or Latin-1 were refused with the
encoding and a line; a corpus ledger or manifest said only "not valid UTF-8", with no line and
no word of the encoding. They are now decoded as drafts are, and a UTF-8 BOM is dropped.
"""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from narrlint.errors import CorpusError
from narrlint.knowledge.corpus import load_corpus

from .conftest import RURITANIA

# (what, encode, words, line): line None is the line of the first "ä" (or the NUL)
ENCODINGS = [
    ("UTF-16 with a BOM", lambda t: t.encode("utf-16"), "file is UTF-16 encoded", 1),
    ("UTF-16 without a BOM", lambda t: t.encode("utf-16-le"), "file looks UTF-16 encoded", 1),
    ("Latin-1", lambda t: t.encode("latin-1"), "not valid UTF-8 (byte 0xe4 at offset", None),
    ("a NUL byte", lambda t: t.replace("ä", "\0").encode(), "NUL bytes), not a text file", None),
]


def _copy(tmp_path: Path, name: str) -> tuple[Path, str]:
    """The Ruritania archive with an accented letter in ``name`` (a comment, so the facts are
    the same)."""
    folder = tmp_path / "c"
    shutil.copytree(RURITANIA, folder)
    path = folder / name
    lines = path.read_text("utf-8").splitlines(keepends=True)
    lines.insert(2, "# Schäfer checked these on 2024-01-02\n")
    return folder, "".join(lines)


@pytest.mark.parametrize(
    ("encode", "words", "line"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS]
)
@pytest.mark.parametrize("name", ["ledger.yaml", "manifest.yaml"])
def test_a_corpus_yaml_in_another_encoding_names_its_line(
    tmp_path: Path, name, encode, words, line
):
    folder, text = _copy(tmp_path, name)
    (folder / name).write_bytes(encode(text))
    with pytest.raises(CorpusError) as caught:
        load_corpus([str(folder)], seeds=False)
    assert words in caught.value.message and "codec" not in caught.value.message
    assert caught.value.path.endswith(name)
    assert caught.value.line == (line or 3)


@pytest.mark.parametrize("name", ["ledger.yaml", "manifest.yaml"])
def test_a_corpus_yaml_with_a_utf8_bom_reads_as_without(tmp_path: Path, name):
    folder, text = _copy(tmp_path, name)
    plain = load_corpus([str(folder)], seeds=False)
    (folder / name).write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    with_bom = load_corpus([str(folder)], seeds=False)
    assert len(with_bom.ledger.people) == len(plain.ledger.people) > 0
