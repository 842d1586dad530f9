"""mldlab.data's bundled texts, the character tokenizer and the training windows of a char-RNN."""

import pathlib
import tomllib

import numpy as np
import pytest

from mldlab.data import CharTokenizer, char_sequences, load_text
from mldlab.i18n import language

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("lang", "title", "low"), [("en", "The Teacher Who Learned to Wait", 4000),
                                                    ("ko", "자전거를 배우던 여름", 1500)])
def test_bundled_texts(lang, title, low):
    text = load_text(lang)
    assert isinstance(text, str) and text.splitlines()[0] == title
    assert low < len(text) < 10_000 and "\r" not in text
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in text)
    assert (hangul > 1000) if lang == "ko" else (hangul == 0)


def test_the_texts_ship_in_the_wheel():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    shipped = {path.name for pattern in package_data["mldlab.data"] for path in (ROOT / "mldlab/data").glob(pattern)}
    assert {"en.txt", "ko.txt"} <= shipped


def test_load_text_refuses_another_language():
    with pytest.raises(ValueError, match=r"lang must be one of en, ko, got 'fr'"):
        load_text("fr")
    with language("ko"), pytest.raises(ValueError, match="한국어 글"):
        load_text(None)


def test_tokenizer_round_trip_in_korean():
    text = load_text("ko")
    tok = CharTokenizer(text)
    ids = tok.encode(text)
    assert ids.dtype == np.int64 and ids.shape == (len(text),)
    assert tok.decode(ids) == text and tok.decode(list(ids)) == text
    assert tok.chars == sorted(set(text)) and tok.vocab_size == len(set(text))
    assert ids.min() == 0 and ids.max() == tok.vocab_size - 1
    assert tok.decode(tok.encode("배움은 걸음")) == "배움은 걸음"
    assert repr(tok) == f"CharTokenizer(vocab_size={tok.vocab_size})"


def test_tokenizer_ids_follow_sorted_characters():
    tok = CharTokenizer("banana")
    assert tok.chars == ["a", "b", "n"]
    assert tok.encode("nab").tolist() == [2, 0, 1]
    assert tok.encode("").tolist() == [] and tok.decode([]) == ""


def test_tokenizer_errors():
    tok = CharTokenizer(load_text("en"))
    with pytest.raises(ValueError, match=r"2 character\(s\) are not in the vocabulary: '가나'"):
        tok.encode("a가나")
    with pytest.raises(TypeError, match="expected a string, got list"):
        tok.encode(["a"])
    with pytest.raises(ValueError, match=rf"id {tok.vocab_size} is outside the vocabulary 0 … {tok.vocab_size - 1}"):
        tok.decode([0, tok.vocab_size])
    with pytest.raises(ValueError, match="1-D sequence of whole-number ids"):
        tok.decode(np.array([0.5]))
    with pytest.raises(ValueError, match="non-empty string, got str"):
        CharTokenizer("")
    with language("ko"), pytest.raises(ValueError, match="어휘에 없는 글자"):
        tok.encode("가")


def test_char_sequences_targets_are_the_inputs_moved_on_by_one():
    ids = CharTokenizer(load_text("en")).encode(load_text("en"))
    X, Y = char_sequences(ids, seq_len=25)
    assert X.shape == Y.shape == ((len(ids) - 1) // 25, 25) and X.dtype == Y.dtype == np.int64
    np.testing.assert_array_equal(X[:, 1:], Y[:, :-1])
    np.testing.assert_array_equal(X.ravel(), ids[: X.size])  # no overlap, no gap
    np.testing.assert_array_equal(Y.ravel(), ids[1: X.size + 1])
    Xs, _ = char_sequences(ids, seq_len=25, step=5)
    np.testing.assert_array_equal(Xs[1], ids[5:30])
    assert len(Xs) == (len(ids) - 26) // 5 + 1


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"ids": [0, 1, 2], "seq_len": 3}, r"the ids \(3\) must be longer than seq_len = 3"),
    ({"ids": [0, 1, 2], "seq_len": 0}, r"seq_len must be a whole number >= 1, got 0"),
    ({"ids": [0, 1, 2], "seq_len": 1, "step": 0}, r"step must be a whole number >= 1, got 0"),
    ({"ids": [[0, 1, 2]], "seq_len": 1}, r"1-D sequence of whole-number ids, got shape \(1, 3\)"),
    ({"ids": "abc", "seq_len": 1}, r"1-D sequence of whole-number ids, got shape \(\) of <U3"),
])
def test_char_sequences_errors(kwargs, match):
    with pytest.raises(ValueError, match=match):
        char_sequences(**kwargs)
