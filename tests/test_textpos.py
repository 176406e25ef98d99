from narrlint.model import Position
from narrlint.text.positions import LineIndex, split_lines


def test_positions_for_every_line_ending():
    text = "ab\ncd\r\nef\rgh"
    index = LineIndex(text)
    assert index.position(0) == Position(1, 1)
    assert index.position(text.index("c")) == Position(2, 1)
    assert index.position(text.index("e")) == Position(3, 1)
    assert index.position(text.index("h")) == Position(4, 2)
    assert index.line_count == 4
    assert split_lines(text) == ["ab", "cd", "ef", "gh"]


def test_columns_count_characters_not_bytes():
    text = "😀 é\tkilled"
    index = LineIndex(text)
    assert index.position(text.index("killed")) == Position(1, 5)


def test_offset_round_trip():
    text = "one\ntwo\r\nthree"
    index = LineIndex(text)
    for offset in range(len(text)):
        pos = index.position(offset)
        assert index.offset(pos.line, pos.column) == offset
