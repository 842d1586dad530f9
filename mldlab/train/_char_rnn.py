"""The character-level language model of session 4 (``CharRNN``) and its training on a bundled text.

At each step t the network reads one character and gives the probabilities of the next::

    (1) eₜ = E[xₜ]                                 the character's embedding (a row of E)
    (2) hₜ = RNN(eₜ, hₜ₋₁)                          the recurrent layer's state (for an LSTM also cₜ)
    (3) zₜ = W hₜ + b,   p(xₜ₊₁ | x₀ … xₜ) = softmax(zₜ)
    (4) J = −1/(B·T) Σ log p(xₜ₊₁ | x₀ … xₜ)        the cross-entropy over every step of every window

A model that ignores the context can do no better than the entropy of the character frequencies,
H = −Σ_c p_c ln p_c (the unigram baseline); a loss well below H means the network uses what came before.
"""

from dataclasses import dataclass

import numpy as np

from mldlab import _random, nn, optim
from mldlab.creation import tensor
from mldlab.data.char_tokenizer import CharTokenizer, char_sequences
from mldlab.data.dataset import TensorDataset
from mldlab.data.loader import DataLoader
from mldlab.data.text import load_text
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.train._data import whole

_CELLS = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}


class CharRNN(nn.Module):
    """Embedding → RNN, LSTM or GRU (batch first) → Linear: the next character's logits at every step.

    Parameters
    ----------
    vocab_size : int
        The number of different characters (``CharTokenizer.vocab_size``).
    embedding_dim : int, default 32
    hidden_size : int, default 128
    cell : {'lstm', 'gru', 'rnn'}, default 'lstm'
    num_layers : int, default 1

    Examples
    --------
    >>> import mldlab
    >>> model = CharRNN(vocab_size=20, hidden_size=16)
    >>> logits, (h, c) = model(mldlab.tensor([[1, 2, 3]]))
    >>> logits.shape, h.shape
    ((1, 3, 20), (1, 1, 16))
    """

    def __init__(self, vocab_size: int, embedding_dim: int = 32, hidden_size: int = 128, cell: str = "lstm",
                 num_layers: int = 1):
        super().__init__()
        if cell not in _CELLS:
            raise ValueError(message("seqdata_cell", value=cell, cells=", ".join(_CELLS)))
        self.cell = cell
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.rnn = _CELLS[cell](embedding_dim, hidden_size, num_layers=num_layers, batch_first=True)
        self.head = nn.Linear(hidden_size, vocab_size)

    def forward(self, ids, state=None):
        """``ids`` (N, T) int64 → (logits (N, T, vocab_size), the state after the last step)."""
        output, state = self.rnn(self.embedding(ids), state)  # (1), (2)
        return self.head(output), state  # (3)

    def sample(self, tokenizer: CharTokenizer, start: str, length: int, temperature: float = 1.0,
               generator=None) -> str:
        """``start`` and ``length`` more characters, each drawn from softmax(zₜ / temperature) and fed back in.

        A temperature below 1 sharpens the probabilities (safer, more repetitive text), above 1 flattens them.
        The draws come from ``generator`` (a ``mldlab.Generator``), else this thread's default generator.
        """
        if not isinstance(start, str) or not start:
            raise ValueError(message("seqdata_sample_start", type=type(start).__name__))
        if isinstance(length, bool) or not isinstance(length, (int, np.integer)) or length < 0:
            raise ValueError(message("seqdata_length", value=length))
        if isinstance(temperature, bool) or not isinstance(temperature, (int, float)) or not temperature > 0 \
                or not np.isfinite(temperature):
            raise ValueError(message("seqdata_temperature", value=temperature))
        if generator is not None and not isinstance(generator, _random.Generator):
            raise TypeError(message("seqdata_generator", type=type(generator).__name__))
        rng = _random.get_rng(generator)
        ids = tokenizer.encode(start)
        drawn = []
        was_training = self.training
        self.eval()
        with no_grad():
            logits, state = self(tensor(ids[None, :]))
            for _ in range(length):
                z = logits.numpy()[0, -1].astype(np.float64) / temperature
                p = np.exp(z - z.max())
                drawn.append(int(rng.choice(len(p), p=p / p.sum())))
                logits, state = self(tensor([[drawn[-1]]]), state)
        self.train(was_training)
        return start + tokenizer.decode(drawn)


@dataclass(frozen=True, eq=False)
class TrainedCharRNN:
    """The result of ``train_char_rnn``.

    Attributes
    ----------
    model : CharRNN
        The trained network, in evaluation mode.
    tokenizer : CharTokenizer
        Built from the whole text.
    history : dict of lists
        Per epoch: ``loss`` (the mean J on the training windows while training) and ``val_loss`` (J on the
        held-out end of the text, after the epoch), in nats per character.
    test_loss : float
        ``val_loss`` after the last epoch.
    unigram_loss : float
        H = −Σ_c p_c ln p_c over the training text's character frequencies: the baseline to beat.
    train_text, test_text : str
        The split used: the text's beginning, and its held-out end.
    """

    model: CharRNN
    tokenizer: CharTokenizer
    history: dict
    test_loss: float
    unigram_loss: float
    train_text: str
    test_text: str


def _loss(model: CharRNN, X: np.ndarray, Y: np.ndarray, loss_fn) -> float:
    """(4) on windows X → Y, without gradients, each window from a zero state."""
    model.eval()
    with no_grad():
        logits, _ = model(tensor(X))
        return loss_fn(logits.reshape(-1, logits.shape[-1]), tensor(Y.reshape(-1))).item()


def train_char_rnn(lang: str = "en", cell: str = "lstm", *, epochs: int = 10, seq_len: int = 32,
                   embedding_dim: int = 32, hidden_size: int = 128, batch_size: int = 16, lr: float = 0.01,
                   test_size: float = 0.1, seed: int = 0) -> TrainedCharRNN:
    """Train a ``CharRNN`` on the bundled text ``load_text(lang)``: Adam, gradients clipped to norm 5.

    The text's last ``test_size`` is held out; the rest is cut into windows of ``seq_len`` characters
    (``char_sequences``) that are shuffled into mini-batches each epoch.

    Parameters
    ----------
    lang : {'en', 'ko'}, default 'en'
    cell : {'lstm', 'gru', 'rnn'}, default 'lstm'
    epochs, seq_len, embedding_dim, hidden_size, batch_size : int
    lr : float, default 0.01
        Adam's learning rate.
    test_size : float, default 0.1
        The share of the text held out at its end.
    seed : int, default 0
        The first weights and the shuffles (one ``mldlab.Generator(seed)``).

    Returns
    -------
    TrainedCharRNN
        On the English text the test loss ends at 1.82 nats per character with the defaults, against a
        unigram baseline of 2.95.

    Examples
    --------
    >>> result = train_char_rnn("ko", epochs=1, hidden_size=16)
    >>> result.tokenizer.vocab_size, len(result.history["val_loss"]), result.unigram_loss > 4
    (261, 1, True)
    """
    if isinstance(test_size, bool) or not isinstance(test_size, (int, float)) or not 0 < test_size < 1:
        raise ValueError(message("seqdata_test_size", value=test_size))
    epochs = whole("train_char_rnn", "epochs", epochs)
    text = load_text(lang)
    tokenizer = CharTokenizer(text)
    cut = int(round(len(text) * (1 - test_size)))
    ids = tokenizer.encode(text)
    X, Y = char_sequences(ids[:cut], seq_len)
    X_test, Y_test = char_sequences(ids[cut:], seq_len)
    counts = np.bincount(ids[:cut], minlength=tokenizer.vocab_size)
    p = counts[counts > 0] / cut
    unigram = float(-(p * np.log(p)).sum())  # H = −Σ p_c ln p_c
    generator = _random.Generator(seed)
    with _random.using_generator(generator):
        model = CharRNN(tokenizer.vocab_size, embedding_dim, hidden_size, cell)
    loader = DataLoader(TensorDataset(X, Y), batch_size=batch_size, shuffle=True, generator=generator)
    optimizer = optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    history = {"loss": [], "val_loss": []}
    for _ in range(epochs):
        model.train()
        total = 0.0
        for xb, yb in loader:
            logits, _ = model(xb)
            loss = loss_fn(logits.reshape(-1, tokenizer.vocab_size), yb.reshape(-1))  # (4)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += loss.item() * len(xb)
        history["loss"].append(total / len(X))
        history["val_loss"].append(_loss(model, X_test, Y_test, loss_fn))
    return TrainedCharRNN(model, tokenizer, history, history["val_loss"][-1], unigram, text[:cut], text[cut:])
