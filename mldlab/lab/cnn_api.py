"""The numbers of the lesson pages draw-digit and char-rnn (session 4): a CNN reads a drawing, an RNN reads text.

Each page posts its controls as JSON to ``/api/lessons/<page>`` (``cnn_bodies``) and draws what comes back. The
networks are the example networks of ``mldlab.train.examples``, trained once per server in the background
(``_cnn_models``); while one trains, the answer is ``{"status": "training", "text"}`` and the page asks again
(``"failed"`` and why, if the training raised).

    draw-digit   the 32×32 drawing becomes the 8×8 image exactly as scikit-learn's digits were made: the number of
                 inked pixels in each 4×4 block, 0 … 16 (``block_counts``); the CNN reads image / 16 and every
                 convolution and pooling layer's output is sent (the feature maps), with the probabilities
                 softmax(z)ₖ = eᶻᵏ / Σⱼ eᶻʲ of the ten digits. A clicked cell of a map is written out by
                 ``explain.convolution`` (the patch of the layer's input under the kernel and
                     z = b + Σ_c Σ_m Σ_n w[c, m, n] · x[c, r·s + m·d − p, q·s + n·d − p]
                 with stride s, dilation d, padding p) or ``explain.pooling`` (its window and the maximum), and
                 framed in the 8×8 image: the block of pixels it depends on (its receptive field)
    char-rnn     the text, one character at a time, through the character model: the hidden state hₜ after each
                 character (one column each) and the probabilities of the next character after the last one,
                 softmax(logits)ₖ; ``sample`` n continues the text with n characters drawn from
                 softmax(logits / T) (temperature T)

A bad body gets ``{"error": {"code", "message", "field"}}`` in the request's language.
"""

import functools

import numpy as np
from fastapi import APIRouter, Request

from mldlab import explain, nn
from mldlab._random import Generator
from mldlab.creation import tensor
from mldlab.data import load_digit_images
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.lab import cnn_bodies as bodies
from mldlab.lab._cnn_models import CnnModels, TrainingFailedError
from mldlab.lab._lesson_requests import answer

router = APIRouter()

MAX_BODY = 16_384
"""A 32×32 drawing as JSON is about 4 KB; a 200-character Korean text under 1 KB."""
BLOCK = 4
"""The side of the blocks whose inked pixels make one pixel of the 8×8 image."""
TOP = 10
"""The char-rnn page shows the ten likeliest next characters."""
MAPS = (nn.Conv2d, nn.MaxPool2d)
"""The layers whose outputs the draw-digit page shows as feature maps."""


def _no_check(body) -> None:
    """These bodies need no check across fields."""


_answer = functools.partial(answer, check=_no_check, max_body=MAX_BODY, buckets_name="cnn_lesson_buckets")


def _round(values, digits: int = 5):
    """An array as nested lists of numbers to ``digits`` significant digits (small answers)."""
    return np.vectorize(lambda v: float(f"{v:.{digits}g}"), otypes=[float])(np.asarray(values, float)).tolist()


def block_counts(pixels) -> np.ndarray:
    """The 8×8 image of a 32×32 drawing: the number of inked pixels in each 4×4 block (0 … 16), as scikit-learn's
    digits were made from their 32×32 bitmaps.

    >>> grid = np.zeros((32, 32), dtype=int)
    >>> grid[:4, :2] = 1                     # half of the top-left block
    >>> grid[31, 31] = 1                     # one pixel of the bottom-right block
    >>> counts = block_counts(grid)
    >>> counts.shape, int(counts[0, 0]), int(counts[7, 7]), int(counts.sum())
    ((8, 8), 8, 1, 9)
    """
    grid = np.asarray(pixels, dtype=np.int64)
    n = grid.shape[0] // BLOCK
    return grid.reshape(n, BLOCK, n, BLOCK).sum(axis=(1, 3))


BAYER = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]])
"""The order in which a 4×4 block is inked to show a count (ordered dithering): count c inks the c first cells."""


def drawing_of(counts) -> np.ndarray:
    """A 32×32 drawing whose ``block_counts`` are ``counts`` (8×8, 0 … 16): each block inked in ``BAYER``'s order.

    >>> counts = np.arange(64).reshape(8, 8) % 17
    >>> bool(np.array_equal(block_counts(drawing_of(counts)), counts))
    True
    """
    counts = np.asarray(counts, dtype=np.int64)
    return (BAYER[None, :, None, :] < counts[:, None, :, None]).astype(np.int64).reshape(
        counts.shape[0] * BLOCK, counts.shape[1] * BLOCK)


def _models(request: Request) -> CnnModels:
    """The server's networks (made on the event loop at the first request of either page: no race)."""
    models = getattr(request.app.state, "cnn_models", None)
    if models is None:
        models = request.app.state.cnn_models = CnnModels()
    return models


def _ready(trained, key: str) -> tuple:
    """(the trained result, None) when the network is ready; else (None, the answer that says it is training, or
    why its training failed)."""
    try:
        result = trained.get()
    except TrainingFailedError as error:
        return None, {"status": "failed", "text": message("lab_cnn_training_failed", model=CnnModels.title(key),
                                                          error=str(error))}
    if result is None:
        return None, {"status": "training", "text": message("lab_cnn_training", model=CnnModels.title(key))}
    return result, None


def _layers(model, x: np.ndarray) -> tuple:
    """Every layer's output for the image x (1, 1, 8, 8), one after the other (the model is a Sequential)."""
    outputs = []
    with no_grad():
        out = tensor(x)
        for layer in model:
            out = layer(out)
            outputs.append(out.numpy())
    return outputs


def _geometry(layer) -> tuple:
    """(kernel, stride, padding, dilation) of a convolution or pooling layer, each a pair (rows, columns)."""
    pair = lambda v: tuple(v) if isinstance(v, (tuple, list)) else (v, v)  # noqa: E731
    kernel = pair(layer.kernel_size)
    stride = pair(layer.stride if layer.stride is not None else layer.kernel_size)
    dilation = pair(getattr(layer, "dilation", 1))
    padding = layer.padding
    if padding == "valid":
        padding = (0, 0)
    elif padding == "same":      # PyTorch puts the smaller half of d·(k − 1) before
        padding = tuple(d * (k - 1) // 2 for k, d in zip(kernel, dilation))
    return kernel, stride, pair(padding), dilation


def _receptive_field(model, index: int, row: int, col: int) -> dict:
    """The rows and columns of the 8×8 image that the cell (row, col) of layer ``index``'s output depends on."""
    rows, cols = [row, row], [col, col]
    for layer in list(model)[index::-1]:
        if isinstance(layer, MAPS):
            (kh, kw), (sh, sw), (ph, pw), (dh, dw) = _geometry(layer)
            rows = [rows[0] * sh - ph, rows[1] * sh - ph + dh * (kh - 1)]
            cols = [cols[0] * sw - pw, cols[1] * sw - pw + dw * (kw - 1)]
    return {"rows": [max(rows[0], 0), min(rows[1], 7)], "cols": [max(cols[0], 0), min(cols[1], 7)]}


def _cell(model, outputs: list, image: np.ndarray, cell, lang: str) -> dict:
    """The clicked cell written out by ``explain.convolution`` or ``explain.pooling`` on its layer's input (as data
    and as text), with its receptive field in the 8×8 image."""
    layers = list(model)
    shown = [i for i, layer in enumerate(layers) if isinstance(layer, MAPS)]
    if cell.layer not in shown:
        raise ValueError(message("lab_cnn_cell_layer", value=cell.layer, allowed=", ".join(map(str, shown))))
    out = outputs[cell.layer][0]
    if cell.channel >= out.shape[0]:
        raise ValueError(message("lab_cnn_cell_channel", value=cell.channel, high=out.shape[0] - 1,
                                 count=out.shape[0], layer=cell.layer))
    if cell.row >= out.shape[1] or cell.col >= out.shape[2]:
        raise ValueError(message("lab_cnn_cell_position", layer=cell.layer, height=out.shape[1],
                                 width=out.shape[2], row=cell.row, col=cell.col))
    layer = layers[cell.layer]
    x = image if cell.layer == 0 else outputs[cell.layer - 1]
    if isinstance(layer, nn.Conv2d):
        result = explain.convolution(layer, x, out_channel=cell.channel, position=(cell.row, cell.col), lang=lang)
    else:
        result = explain.pooling(layer, x, channel=cell.channel, position=(cell.row, cell.col), lang=lang)
    return {"layer": cell.layer, "channel": cell.channel, "row": cell.row, "col": cell.col,
            "kind": type(layer).__name__, "field": _receptive_field(model, cell.layer, cell.row, cell.col),
            "explained": result.to_dict(), "text": str(result)}


def _draw_digit(models: CnnModels, body, lang: str) -> dict:
    """The drawing's 8×8 image, the CNN's probabilities, every feature map, and the clicked cell written out."""
    counts = block_counts(body.pixels)
    result, waiting = _ready(models.digits, "digits")
    if waiting:
        return {**waiting, "image": counts.tolist()}
    model = result.model
    image = (counts / 16.0).astype(np.float32).reshape(1, 1, 8, 8)       # load_digit_images: pixels / 16
    outputs = _layers(model, image)
    with no_grad():
        probabilities = nn.functional.softmax(tensor(outputs[-1]), dim=1).numpy()[0]
    maps = [{"layer": i, "kind": type(layer).__name__, "shape": list(outputs[i].shape[1:]),
             "values": _round(outputs[i][0], 4), "relu": i + 1 < len(model) and isinstance(model[i + 1], nn.ReLU)}
            for i, layer in enumerate(model) if isinstance(layer, MAPS)]
    return {"status": "ready", "image": counts.tolist(), "probabilities": _round(probabilities),
            "prediction": int(np.argmax(probabilities)), "maps": maps,
            "cell": None if body.cell is None else _cell(model, outputs, image, body.cell, lang),
            "network": [repr(layer) for layer in model], "test_accuracy": _round(result.test_accuracy, 4)}


def _examples(body, lang: str) -> dict:
    """The last digit of each class in the digits data set, as 8×8 counts and as 32×32 drawings of those counts."""
    X, y = load_digit_images()
    examples = []
    for digit in range(10):
        index = int(np.flatnonzero(np.asarray(y) == digit)[-1])
        counts = np.rint(np.asarray(X[index, 0]) * 16).astype(np.int64)
        examples.append({"label": digit, "index": index, "image": counts.tolist(),
                         "pixels": drawing_of(counts).tolist()})
    return {"examples": examples}


def _states(model, ids: np.ndarray) -> tuple:
    """The hidden state hₜ (of the last recurrent layer) after each character and the logits after the last, the
    text fed one character at a time with the state carried over."""
    hidden, state = [], None
    with no_grad():
        for t in range(len(ids)):
            logits, state = model(tensor(ids[None, t:t + 1]), state)
            h = state[0] if isinstance(state, tuple) else state       # an LSTM's state is (h, c)
            hidden.append(h.numpy()[-1, 0])
    return np.stack(hidden), logits.numpy().reshape(-1)


def _char_rnn(models: CnnModels, body, lang: str) -> dict:
    """Hidden states per character, the next character's probabilities, and a sampled continuation."""
    text_lang = body.model or lang
    result, waiting = _ready(models.char[text_lang], f"char-{text_lang}")
    if waiting:
        return {**waiting, "model": text_lang}
    tokenizer = result.tokenizer
    alphabet = set(tokenizer.chars)
    unknown = sorted({c for c in body.text if c not in alphabet}, key=body.text.index)
    known = "".join(c for c in body.text if c in alphabet)
    name = message("lab_cnn_text_en") if text_lang == "en" else message("lab_cnn_text_ko")
    if not known:
        raise ValueError(message("lab_cnn_no_known_chars", text=name, count=tokenizer.vocab_size))
    hidden, logits = _states(result.model, tokenizer.encode(known))
    with no_grad():
        probabilities = nn.functional.softmax(tensor(logits), dim=0).numpy()
    order = np.argsort(-probabilities, kind="stable")[:TOP]
    out = {"status": "ready", "model": text_lang, "chars": list(known), "unknown": unknown,
           "notice": None if not unknown else message("lab_cnn_unknown_chars", chars=" ".join(
               repr(c) for c in unknown), text=name, count=tokenizer.vocab_size),
           "hidden": _round(hidden, 4), "hidden_size": hidden.shape[1], "vocab_size": tokenizer.vocab_size,
           "next": [{"char": tokenizer.decode([int(k)]), "p": _round(probabilities[k])} for k in order],
           "sample": None, "temperature": body.temperature}
    if body.sample:                    # the model's own sampling; it returns the text it started from too
        written = result.model.sample(tokenizer, known, body.sample, body.temperature, Generator(body.seed))
        out["sample"] = written[len(known):]
    return out


@router.post("/draw-digit")
async def draw_digit_lesson(request: Request):
    """The CNN's reading of a drawing: the 8×8 image, the probabilities, the feature maps and one cell."""
    return await _answer(request, bodies.DrawDigit, functools.partial(_draw_digit, _models(request)))


@router.post("/draw-digit/examples")
async def digit_examples(request: Request):
    """One example of each digit from the digits data set, ready to load into the drawing."""
    return await _answer(request, bodies.Examples, _examples)


@router.post("/char-rnn")
async def char_rnn_lesson(request: Request):
    """The char-RNN's reading of a text: hidden states, the next character's probabilities and a sample."""
    return await _answer(request, bodies.CharRnn, functools.partial(_char_rnn, _models(request)))
