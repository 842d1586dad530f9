"""``model.summary()`` for a Keras-style ``Sequential``, in Keras 3's layout and with Keras's counts.

A ``Dense`` layer of ``units`` outputs on ``n`` inputs has n·units weights plus units biases (the slides'
wⱼ,ᵢ and w₀,ᵢ); a ``Conv2D`` has kH·kW·C_in·filters + filters, an ``LSTM`` 4·(F·units + units² + units),
a ``BatchNormalization`` 4 per channel (γ and β trained, the moving mean and variance not); ``Dropout``,
``Activation``, ``Flatten`` and pooling have none. A layer whose input size is not known yet
(no ``keras.Input`` and no data seen) shows "?" and "0 (unbuilt)", as in Keras.

After training, Keras also counts the optimizer's own numbers ("Optimizer params": the step count, the learning
rate, and for each weight the arrays the method keeps, e.g. Adam's m and v), and adds them to the total.

The table is as wide as Keras makes it: 88 characters, or the terminal's width − 4 when that is smaller.

Examples
--------
>>> from mldlab import keras
>>> from mldlab.keras.summary import summary_text
>>> model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(3, activation="relu"),
...                           keras.layers.Dense(1)], name="tiny")
>>> print(summary_text(model, line_length=52))    # Keras 3 prints the same for model.summary(line_length=52)
Model: "tiny"
┏━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━━┓
┃ Layer (type)         ┃ Output Shape   ┃  Param # ┃
┡━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━━┩
│ dense (Dense)        │ (None, 3)      │        9 │
├──────────────────────┼────────────────┼──────────┤
│ dense_1 (Dense)      │ (None, 1)      │        4 │
└──────────────────────┴────────────────┴──────────┘
 Total params: 13 (52.00 B)
 Trainable params: 13 (52.00 B)
 Non-trainable params: 0 (0.00 B)
"""

import shutil
import unicodedata

from mldlab.i18n import message

_POSITIONS = (0.45, 0.80, 1.0)  # where Keras ends each column, as fractions of the line


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (Korean letters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    space = " " * max(width - _width(text), 0)
    return space + text if right else text + space


def _column_widths(line_length: int) -> list:
    """The three cells' widths (padding included), as Keras's table (drawn by ``rich``) makes them: each column's
    share of the line plus 2 for padding, then, when that passes the line less its 4 borders, the excess taken
    from the columns evenly."""
    ends = [int(p * line_length) for p in _POSITIONS]
    widths = [end - start + 2 for start, end in zip([0, *ends[:-1]], ends)]
    excess = sum(widths) - (line_length - 4)
    for i in range(3):
        if excess <= 0:
            break
        cut = min(widths[i], round(excess / (3 - i)))
        widths[i] -= cut
        excess -= cut
    return widths


def _memory(n_bytes: float) -> str:
    """Keras's readable size: '132.00 B', '1.50 KB', ... (steps of 1024)."""
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n_bytes / 1024 < 1:
            return f"{n_bytes:.2f} {unit}"
        n_bytes /= 1024
    return f"{n_bytes:.2f} PB"


def _count(params: list) -> str:
    return f"{sum(p.numel() for p in params):,}"


def _size(params: list) -> str:
    return _memory(sum(p.numel() * p.dtype.itemsize for p in params))


def _wrap(text: str, width: int) -> list:
    """``text`` on lines of at most ``width`` columns, broken between words (a longer word is cut), as Keras's
    table does with "batch_normalization (BatchNormalization)"."""
    lines = []
    for word in text.split(" "):
        if lines and _width(lines[-1]) + 1 + _width(word) <= width:
            lines[-1] += " " + word
            continue
        while _width(word) > width > 0:
            lines.append(word[:width])
            word = word[width:]
        lines.append(word)
    return lines


def _shape(shape) -> str:
    if isinstance(shape[0], tuple):  # several outputs: a recurrent layer's (output, state, ...)
        return "[" + ", ".join(_shape(s) for s in shape) + "]"
    return "(" + ", ".join(str(n) for n in shape) + ")"


def summary_text(model, line_length: int | None = None) -> str:
    """The text of ``model.summary()``: one row per layer (name, output shape, parameter count) and the totals."""
    line_length = line_length or min(88, shutil.get_terminal_size().columns - 4)
    widths = _column_widths(line_length)
    shape = model.input_batch_shape()
    rows = []
    for layer in model.layers:
        shape = layer.compute_output_shape(shape) if shape is not None and layer.built else None
        count = f"{layer.count_params():,}" if layer.built else message("keras_summary_unbuilt")
        rows.append((f"{layer.name} ({type(layer).__name__})", "?" if shape is None else _shape(shape), count))

    def line(left: str, middle: str, right: str, fill: str) -> str:
        return left + middle.join(fill * w for w in widths) + right

    def cells(values, bar: str) -> str:
        wrapped = [_wrap(v, w - 2) for v, w in zip(values, widths)]
        rows = []
        for k in range(max(len(lines) for lines in wrapped)):
            parts = [lines[k] if k < len(lines) else "" for lines in wrapped]
            padded = [" " + _pad(v, w - 2, right=(i == 2)) + " " for i, (v, w) in enumerate(zip(parts, widths))]
            rows.append(bar + bar.join(padded) + bar)
        return "\n".join(rows)

    text = [message("keras_summary_title", name=model.name), line("┏", "┳", "┓", "━"),
            cells(message("keras_summary_header").split("|"), "┃"), line("┡", "╇", "┩", "━")]
    for i, row in enumerate(rows):
        if i:
            text.append(line("├", "┼", "┤", "─"))
        text.append(cells(row, "│"))
    text.append(line("└", "┴", "┘", "─"))
    params = [p for layer in model.layers for p in layer.weights]
    trainable = [p for layer in model.layers for p in layer.trainable_weights]
    frozen = [p for layer in model.layers for p in layer.non_trainable_weights]
    extra = model.optimizer.count_variables() if getattr(model.optimizer, "iterations", 0) else 0
    total_count = f"{sum(p.numel() for p in params) + extra:,}"
    total_size = _memory(sum(p.numel() * p.dtype.itemsize for p in params) + 4 * extra)
    text.append(message("keras_summary_total", count=total_count, size=total_size))
    text.append(message("keras_summary_trainable", count=_count(trainable), size=_size(trainable)))
    text.append(message("keras_summary_frozen", count=_count(frozen), size=_size(frozen)))
    if extra:  # Keras counts the optimizer's numbers too, once training has built it
        text.append(message("keras_summary_optimizer", count=f"{extra:,}", size=_memory(4 * extra)))
    return "\n".join(text)
