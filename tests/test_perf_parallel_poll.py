"""``parallel._readable`` answers as ``Connection.poll()`` does: nothing waiting, a message
waiting, the other end closed (end of file), and this end closed (an error)."""

from __future__ import annotations

import multiprocessing

import pytest

from narrlint.engine.parallel import _readable


def test_readable_answers_as_poll_does():
    reader, writer = multiprocessing.Pipe(duplex=False)
    assert _readable(reader) is False and reader.poll() is False
    writer.send((0, "result"))
    assert _readable(reader) is True and reader.poll() is True
    assert reader.recv() == (0, "result")
    assert _readable(reader) is False
    writer.close()  # a worker that died: end of file is "ready", and recv then raises
    assert _readable(reader) is True and reader.poll() is True
    with pytest.raises(EOFError):
        reader.recv()
    reader.close()
    with pytest.raises(OSError):
        _readable(reader)
