"""What the RNN figures share: the recurrent layer inside what the user hands over, one sequence as that layer's
input (token ids through the model's Embedding first, a text through a tokenizer), a label for each step, and the
hidden states h₁ … h_T the layer computes."""

import numpy as np

from mldlab import nn
from mldlab.data.arrays import check_finite, to_numpy
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.viz import _cnn

CELLS = ("RNNCell", "LSTMCell", "GRUCell")


def recurrent_of(model_or_layer, op: str, kinds: tuple):
    """(the recurrent layer, the model's Embedding or None): the layer itself, or the first layer of one of
    ``kinds`` inside a model (a char-RNN: Embedding → LSTM → Linear)."""
    if isinstance(model_or_layer, kinds):
        return model_or_layer, None
    module = _cnn.module_of(model_or_layer, op)
    found = [m for m in module.modules() if isinstance(m, kinds)]
    if not found:
        names = ", ".join(kind.__name__ for kind in kinds)
        raise ValueError(message("viz_cnn_no_recurrent", op=op, type=type(module).__name__, kinds=names))
    embedding = next((m for m in module.modules() if isinstance(m, nn.Embedding)), None)
    return found[0], embedding


def sequence_input(sequence, layer, embedding, tokenizer, op: str):
    """(X of shape (T, input_size) as float64, a label per step or None) for one sequence."""
    labels = None
    if isinstance(sequence, str):
        if tokenizer is None:
            raise ValueError(message("viz_cnn_tokenizer", op=op))
        sequence = np.asarray(tokenizer.encode(sequence))
        labels = [tokenizer.decode([int(i)]) for i in sequence]
    array = to_numpy(sequence.detach() if isinstance(sequence, Tensor) else sequence, op, "sequence")
    if array.ndim == 3 and 1 in array.shape[:2]:
        array = array[0] if array.shape[0] == 1 else array[:, 0]
    if embedding is not None and array.ndim == 1 and np.issubdtype(array.dtype, np.integer):
        with no_grad():
            array = embedding(Tensor(array, dtype=np.int64)).numpy()
    elif array.ndim == 1 and layer.input_size == 1:
        array = array[:, None]
    if array.ndim != 2 or array.shape[0] == 0 or array.shape[1] != layer.input_size:
        raise ValueError(message("viz_cnn_sequence_shape", op=op, shape=np.shape(sequence), n=layer.input_size))
    X = check_finite(array.astype(np.float64), op, "sequence")
    if labels is None and X.shape[1] <= 3:
        labels = ["\n".join(f"{v:.2g}" for v in row) for row in X]
    return X, labels


def hidden_states(layer, X: np.ndarray) -> np.ndarray:
    """h₁ … h_T (T, units) of the layer on X (T, input_size) from h₀ = 0, as the layer computes them (its last
    layer's, both directions side by side when bidirectional), in evaluation mode without gradients."""
    dtype = _cnn.dtype_of(layer)
    with no_grad(), _cnn.evaluating(layer):
        if type(layer).__name__ in CELLS:
            state, hs = None, []
            for x_t in X:
                state = layer(Tensor(x_t[None], dtype=dtype), state)
                hs.append((state[0] if isinstance(state, tuple) else state).numpy()[0])
            return np.array(hs, dtype=np.float64)
        batch = X[None] if layer.batch_first else X[:, None]
        out = layer(Tensor(batch, dtype=dtype))[0].numpy()
        return (out[0] if layer.batch_first else out[:, 0]).astype(np.float64)


def visible(label: str) -> str:
    """A step's label as drawn: a space or a line break made visible, a long label cut."""
    label = {" ": "␣", "\n": "↵", "\t": "⇥"}.get(label, label)
    return "\n".join(line if len(line) <= 8 else line[:7] + "…" for line in label.splitlines())


def shown_note(n: int, T: int, units: int, H: int) -> str:
    """"(the first n of T steps, the first units of H units)", each part only when something is left out."""
    parts = ([message("viz_cnn_first_steps", n=n, T=T)] if n < T else []) + \
        ([message("viz_cnn_first_units", units=units, H=H)] if units < H else [])
    return "\n(" + ", ".join(parts) + ")" if parts else ""
