"""Characters as numbers: ``CharTokenizer`` (each character of a text gets an id) and ``char_sequences`` (the
training windows of a character-level language model).

A char-RNN reads ids x₀, x₁, …, x_{T−1} and at each step t predicts the next one, x_{t+1}::

    X = ids[s : s + T]             the window starting at s
    Y = ids[s + 1 : s + T + 1]     the same window moved one character on: the targets

Examples
--------
>>> from mldlab.data import CharTokenizer, char_sequences
>>> tok = CharTokenizer("hello")
>>> tok.chars, tok.vocab_size
(['e', 'h', 'l', 'o'], 4)
>>> ids = tok.encode("hello")
>>> ids.tolist(), tok.decode(ids)
([1, 0, 2, 2, 3], 'hello')
>>> X, Y = char_sequences(ids, seq_len=2)
>>> X.tolist(), Y.tolist()
([[1, 0], [2, 2]], [[0, 2], [2, 3]])
"""

import numpy as np

from mldlab.data._checks import check_whole
from mldlab.i18n import message


class CharTokenizer:
    """A vocabulary of the characters of ``text``: id i is the i-th character in sorted order.

    Parameters
    ----------
    text : str
        The text whose characters make the vocabulary (usually the training text).

    Attributes
    ----------
    chars : list of str
        The characters, sorted; ``chars[i]`` has id i.
    vocab_size : int
        The number of different characters.

    Examples
    --------
    >>> tok = CharTokenizer("배움은 걸음")
    >>> tok.vocab_size, tok.decode(tok.encode("걸음은"))
    (6, '걸음은')
    """

    def __init__(self, text: str):
        if not isinstance(text, str) or not text:
            raise ValueError(message("seqdata_tokenizer_text", type=type(text).__name__))
        self.chars = sorted(set(text))
        self.vocab_size = len(self.chars)
        self._ids = {ch: i for i, ch in enumerate(self.chars)}

    def encode(self, text: str) -> np.ndarray:
        """The ids of the characters of ``text``, an int64 array of ``len(text)``."""
        if not isinstance(text, str):
            raise TypeError(message("seqdata_encode_type", type=type(text).__name__))
        unknown = sorted(set(text) - self._ids.keys())
        if unknown:
            raise ValueError(message("seqdata_unknown_chars", chars=repr("".join(unknown[:10])), count=len(unknown)))
        return np.fromiter((self._ids[ch] for ch in text), dtype=np.int64, count=len(text))

    def decode(self, ids) -> str:
        """The text of ``ids`` (a list or array of whole numbers in 0 … vocab_size − 1)."""
        ids = np.asarray(ids)
        if ids.ndim != 1 or (ids.size and ids.dtype.kind not in "iu"):
            raise ValueError(message("seqdata_decode_ids", shape=ids.shape, dtype=ids.dtype))
        bad = ids[(ids < 0) | (ids >= self.vocab_size)]
        if bad.size:
            raise ValueError(message("seqdata_decode_range", value=int(bad[0]), high=self.vocab_size - 1))
        return "".join(self.chars[i] for i in ids.tolist())

    def __repr__(self) -> str:
        return f"CharTokenizer(vocab_size={self.vocab_size})"


def char_sequences(ids, seq_len: int, step: int | None = None):
    """Training windows of a character model: ``X`` the windows of ``seq_len`` ids, ``Y`` each moved on by one.

    Window k starts at s = k·step (k = 0, 1, … while s + seq_len + 1 <= len(ids)); by default the windows
    do not overlap (step = seq_len).

    Parameters
    ----------
    ids : 1-D array of int
        A text's ids, e.g. ``CharTokenizer(text).encode(text)``.
    seq_len : int
        T, the length of each window (at least 1).
    step : int, optional
        The distance between the starts of two windows (at least 1); default ``seq_len``.

    Returns
    -------
    X, Y : ndarray of shape (N, seq_len), int64
        ``Y[k, t] = X[k, t + 1]``, and ``Y[k, −1]`` is the id after the window.

    Examples
    --------
    >>> X, Y = char_sequences(list(range(7)), seq_len=3, step=2)
    >>> X.tolist(), Y[:, -1].tolist()
    ([[0, 1, 2], [2, 3, 4]], [3, 5])
    """
    T = check_whole("char_sequences", "seq_len", seq_len, 1)
    step = T if step is None else check_whole("char_sequences", "step", step, 1)
    ids = np.asarray(ids)
    if ids.ndim != 1 or (ids.size and ids.dtype.kind not in "iu"):
        raise ValueError(message("seqdata_decode_ids", shape=ids.shape, dtype=ids.dtype))
    if len(ids) < T + 1:
        raise ValueError(message("seqdata_too_short", length=len(ids), seq_len=T))
    starts = np.arange(0, len(ids) - T, step)
    window = starts[:, None] + np.arange(T)[None, :]
    return ids[window].astype(np.int64), ids[window + 1].astype(np.int64)
