"""Input checks: empty, binary, oversized and non-UTF-8 input are refused with a clear message."""

import io

import pytest

from bot.errors import BadInput
from bot.text.inputs import read_limited, read_source, text_from_bytes


def test_reads_a_utf8_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ministers met on Monday. “We agreed,” one said.", encoding="utf-8")
    assert read_source(str(path), 1000).startswith("Ministers")


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"12345 ... 678", "no words"),
    ],
)
def test_bad_bytes_are_refused(data, words):
    with pytest.raises(BadInput) as caught:
        text_from_bytes(data, "input", 1000)
    assert words in str(caught.value)


def test_oversized_input_states_the_limit_without_reading_it_all():
    stream = io.BytesIO(b"a" * 5000)
    with pytest.raises(BadInput) as caught:
        read_limited(stream, 1000, "big.txt")
    assert "1,000 bytes" in str(caught.value)
    assert stream.tell() == 1001


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(BadInput, match="no such file"):
        read_source(str(tmp_path / "nope.txt"), 1000)
    with pytest.raises(BadInput, match="folder"):
        read_source(str(tmp_path), 1000)
