"""The session-4 lesson pages' API (/api/lessons/draw-digit, draw-digit/examples, char-rnn).

Every number is the engine's: the drawing's 8×8 image is the count of inked pixels in each 4×4 block (as
scikit-learn's digits were made), the probabilities are the softmax of the CNN's output, the feature maps are the
outputs of its convolution and pooling layers, a clicked cell's kernel × patch sum is that cell's value and its
receptive field holds every pixel that changes it; the char-RNN's hidden states are the LSTM's outputs over the whole
text, its probabilities the softmax of the last logits, its samples the model's own ``sample``. While a network
trains, the answer says so; bad bodies get the lab's error format in Korean and in English. Tiny networks (one
epoch) keep the file fast: the page's recipes are tested by the accuracy tests of ``train.examples``.
"""

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

fastapi = pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from lesson_api_calls import has_korean, ok, post  # noqa: E402

import mldlab  # noqa: E402
from mldlab import nn  # noqa: E402
from mldlab._random import Generator  # noqa: E402
from mldlab.data import load_digit_images, load_text  # noqa: E402
from mldlab.lab import _errors, cnn_api  # noqa: E402
from mldlab.lab._cnn_models import CnnModels  # noqa: E402
from mldlab.train.examples import train_char_rnn, train_digits_cnn  # noqa: E402


@pytest.fixture(scope="module")
def trained():
    """Tiny networks, trained once for the file: the digits CNN and small char-RNNs, one epoch each."""
    digits = train_digits_cnn(epochs=1, seed=0)
    chars = {lang: train_char_rnn(lang, epochs=1, hidden_size=32, seed=0) for lang in ("en", "ko")}
    return digits, chars


@pytest.fixture(scope="module")
def client(trained):
    digits, chars = trained
    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(cnn_api.router, prefix="/api/lessons")
    app.state.cnn_models = CnnModels(digits=lambda: digits, char_rnn=lambda lang: chars[lang])
    app.state.cnn_models.digits.wait(30)
    for model in app.state.cnn_models.char.values():
        model.wait(30)
    return TestClient(app)


def drawing(seed=0) -> np.ndarray:
    """A 32×32 drawing: a thick random stroke (a few hundred inked pixels)."""
    rng = np.random.default_rng(seed)
    grid = np.zeros((32, 32), dtype=np.int64)
    r, c = 6, 10
    for _ in range(60):
        grid[max(r - 1, 0):r + 2, max(c - 1, 0):c + 2] = 1
        r, c = np.clip([r + rng.integers(-1, 2), c + rng.integers(-1, 2)], 2, 29)
    return grid


def run_layers(model, x):
    outputs = []
    with mldlab.no_grad():
        out = mldlab.tensor(x)
        for layer in model:
            out = layer(out)
            outputs.append(out.numpy())
    return outputs


def test_the_8x8_image_counts_the_inked_pixels_of_each_4x4_block():
    grid = drawing(3)
    counts = cnn_api.block_counts(grid)
    for i in range(8):
        for j in range(8):
            assert counts[i, j] == sum(grid[4 * i + a, 4 * j + b] for a in range(4) for b in range(4))
    assert counts.min() >= 0 and counts.max() <= 16 and counts.sum() == grid.sum()
    every = np.arange(64).reshape(8, 8) % 17
    assert np.array_equal(cnn_api.block_counts(cnn_api.drawing_of(every)), every)


def test_examples_are_digits_of_the_data_set(client):
    out = ok(client, "draw-digit/examples")
    X, y = load_digit_images()
    assert [e["label"] for e in out["examples"]] == list(range(10))
    for example in out["examples"]:
        assert y[example["index"]] == example["label"]
        assert np.array_equal(np.asarray(example["image"]), np.rint(X[example["index"], 0] * 16))
        assert np.array_equal(cnn_api.block_counts(example["pixels"]), example["image"])


def test_probabilities_and_feature_maps_are_the_networks(client, trained):
    grid = drawing(1)
    out = ok(client, "draw-digit", {"pixels": grid.tolist()})
    model = trained[0].model
    counts = cnn_api.block_counts(grid)
    assert out["status"] == "ready" and out["image"] == counts.tolist()
    x = (counts / 16).astype(np.float32).reshape(1, 1, 8, 8)
    outputs = run_layers(model, x)
    with mldlab.no_grad():
        expected = nn.functional.softmax(model(mldlab.tensor(x)), dim=1).numpy()[0]
    np.testing.assert_allclose(out["probabilities"], expected, rtol=1e-4, atol=1e-7)
    assert out["prediction"] == int(np.argmax(expected)) and abs(sum(out["probabilities"]) - 1) < 1e-4
    shown = [i for i, layer in enumerate(model) if isinstance(layer, (nn.Conv2d, nn.MaxPool2d))]
    assert [m["layer"] for m in out["maps"]] == shown and len(shown) >= 3
    for m in out["maps"]:
        np.testing.assert_allclose(m["values"], outputs[m["layer"]][0], rtol=1e-3, atol=1e-5)
        assert m["shape"] == list(outputs[m["layer"]].shape[1:]) and m["kind"] == type(model[m["layer"]]).__name__
    assert 0 <= out["test_accuracy"] <= 1 and out["cell"] is None


def _field_by_gradient(model, x, layer, channel, row, col):
    """The rows and columns of the pixels whose gradient of the cell's value is not zero (the true field)."""
    inp = mldlab.tensor(x, requires_grad=True)
    out = inp
    for module in list(model)[:layer + 1]:
        out = module(out)
    out[0, channel, row, col].backward()
    rows, cols = np.nonzero(np.abs(inp.grad.numpy()[0, 0]) > 0)
    return (rows.min(), rows.max()), (cols.min(), cols.max())


@pytest.mark.parametrize("where", [(0, 2, 0, 0), (0, 5, 3, 6), "second conv"])
def test_a_convolution_cell_is_the_kernel_times_patch_sum(client, trained, where):
    model = trained[0].model
    convs = [i for i, layer in enumerate(model) if isinstance(layer, nn.Conv2d)]
    layer, channel, row, col = (convs[1], 3, 1, 2) if where == "second conv" else where
    grid = np.ones((32, 32), dtype=np.int64)                       # every pixel inked: no ReLU hides a path
    out = ok(client, "draw-digit", {"pixels": grid.tolist(), "cell": {"layer": layer, "channel": channel,
                                                                      "row": row, "col": col}})
    cell, e = out["cell"], out["cell"]["explained"]
    value = out["maps"][[m["layer"] for m in out["maps"]].index(layer)]["values"][channel][row][col]
    assert cell["kind"] == "Conv2d" and e["kind"] == "convolution" and e["matches"]
    assert e["layer_value"] == pytest.approx(value, rel=1e-3, abs=1e-5)
    kernel, patch = np.asarray(e["kernel"]), np.asarray(e["patch"])
    np.testing.assert_allclose(kernel, model[layer].weight.detach().numpy()[channel], rtol=1e-6)
    np.testing.assert_allclose(e["products"], kernel * patch, rtol=1e-6, atol=1e-9)
    assert e["value"] == pytest.approx(np.sum(kernel * patch) + e["bias"], rel=1e-6, abs=1e-6)
    assert e["value"] == pytest.approx(value, rel=1e-3, abs=1e-4)
    assert ("Convolution" in cell["text"]) and cell["text"].endswith("✓")
    if layer == 0:
        padded = np.pad(np.ones((8, 8)), 1)
        np.testing.assert_allclose(patch[0], padded[row:row + 3, col:col + 3], rtol=1e-6)
        assert e["padded"][0][0] == [row == 0] * 3
    rows, cols = _field_by_gradient(model, np.ones((1, 1, 8, 8), np.float32), layer, channel, row, col)
    assert cell["field"]["rows"][0] <= rows[0] and rows[1] <= cell["field"]["rows"][1]
    assert cell["field"]["cols"][0] <= cols[0] and cols[1] <= cell["field"]["cols"][1]
    if layer == 0:
        assert cell["field"] == {"rows": [max(row - 1, 0), min(row + 1, 7)],
                                 "cols": [max(col - 1, 0), min(col + 1, 7)]}


def test_a_pooling_cell_is_the_maximum_of_its_window(client, trained):
    model = trained[0].model
    pool = next(i for i, layer in enumerate(model) if isinstance(layer, nn.MaxPool2d))
    grid = drawing(2)
    out = ok(client, "draw-digit", {"pixels": grid.tolist(), "cell": {"layer": pool, "channel": 1, "row": 1,
                                                                      "col": 2}})
    e = out["cell"]["explained"]
    before = run_layers(model, (cnn_api.block_counts(grid) / 16).astype(np.float32).reshape(1, 1, 8, 8))[pool - 1]
    np.testing.assert_allclose(e["window"], before[0, 1, 2:4, 4:6], rtol=1e-6)
    assert e["value"] == pytest.approx(np.max(before[0, 1, 2:4, 4:6]), rel=1e-6) and e["matches"]
    assert e["window"][e["argmax"][0]][e["argmax"][1]] == e["value"]
    assert out["cell"]["field"] == {"rows": [1, 4], "cols": [3, 6]}       # 2×2 of a 3×3 convolution's outputs


@pytest.mark.parametrize("cell, word", [({"layer": 1, "channel": 0, "row": 0, "col": 0}, "layer"),
                                        ({"layer": 0, "channel": 200, "row": 0, "col": 0}, "channel"),
                                        ({"layer": 0, "channel": 0, "row": 8, "col": 0}, "row")])
def test_a_cell_outside_the_maps_is_refused_in_both_languages(client, cell, word):
    body = {"pixels": drawing().tolist(), "cell": cell}
    english, korean = post(client, "draw-digit", body, "en"), post(client, "draw-digit", body, "ko")
    assert english.status_code == korean.status_code == 422
    assert word in english.json()["error"]["message"] and has_korean(korean.json()["error"]["message"])
    assert str(cell[word]) in english.json()["error"]["message"]


BAD_DIGIT = [({"pixels": [[0] * 32] * 31}, "pixels"), ({"pixels": [[0] * 33] * 32}, "pixels.0"),
             ({"pixels": [[2] * 32] * 32}, "pixels.0.0"), ({"pixels": [["1"] * 32] * 32}, "pixels.0.0"),
             ({"pixels": [[0] * 32] * 32, "brush": 3}, "brush"), ({}, "pixels"),
             ({"pixels": [[0] * 32] * 32, "cell": {"layer": -1}}, "cell.layer")]
BAD_TEXT = [({"text": ""}, "text"), ({"text": "a" * 201}, "text"), ({"text": 5}, "text"),
            ({"text": "ab", "temperature": 0}, "temperature"), ({"text": "ab", "sample": 1000}, "sample"),
            ({"text": "ab", "model": "fr"}, "model"), ({"text": "ab", "lang": "en"}, "lang")]


@pytest.mark.parametrize("path, body, field", [("draw-digit", b, f) for b, f in BAD_DIGIT]
                         + [("char-rnn", b, f) for b, f in BAD_TEXT]
                         + [("draw-digit/examples", {"n": 3}, "n")])
def test_bad_bodies_get_the_field_named_in_both_languages(client, path, body, field):
    english, korean = post(client, path, body, "en"), post(client, path, body, "ko")
    assert 400 <= english.status_code < 500 and english.status_code == korean.status_code
    assert english.json()["error"]["field"] == korean.json()["error"]["field"] == field
    assert field.split(".")[0] in english.json()["error"]["message"]
    assert has_korean(korean.json()["error"]["message"]) and not has_korean(english.json()["error"]["message"])


def test_not_json_and_too_large(client):
    assert post(client, "draw-digit", raw="{pixels").json()["error"]["code"] == "bad_json"
    big = post(client, "char-rnn", raw=json.dumps({"text": "a" * 20_000}), lang="ko")
    assert big.status_code == 413 and has_korean(big.json()["error"]["message"])


def _lstm_outputs(model, ids):
    """The hidden states of the whole text at once: the model's embedding, then its LSTM on the sequence."""
    with mldlab.no_grad():
        embedded = model.embedding(mldlab.tensor(ids[None, :]))
        output, _ = model.rnn(embedded)
    return output.numpy()[0]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_hidden_states_and_next_character_are_the_models(client, trained, lang):
    result = trained[1][lang]
    text = load_text(lang)[40:75]
    out = ok(client, "char-rnn", {"text": text, "model": lang}, lang)
    assert out["status"] == "ready" and out["chars"] == list(text) and out["unknown"] == [] and out["notice"] is None
    ids = result.tokenizer.encode(text)
    np.testing.assert_allclose(out["hidden"], _lstm_outputs(result.model, ids), rtol=1e-3, atol=1e-4)
    with mldlab.no_grad():
        logits, _ = result.model(mldlab.tensor(ids[None, :]))
        p = nn.functional.softmax(logits[0, -1], dim=0).numpy()
    order = np.argsort(-p, kind="stable")[:10]
    assert [n["char"] for n in out["next"]] == [result.tokenizer.chars[k] for k in order]
    np.testing.assert_allclose([n["p"] for n in out["next"]], p[order], rtol=1e-4)
    assert out["vocab_size"] == result.tokenizer.vocab_size and out["hidden_size"] == len(out["hidden"][0])


def test_the_page_language_chooses_the_model_unless_it_is_given(client):
    assert ok(client, "char-rnn", {"text": "자전거"}, "ko")["model"] == "ko"
    assert ok(client, "char-rnn", {"text": "the", "model": "en"}, "ko")["model"] == "en"


def test_unknown_characters_are_skipped_with_a_notice(client):
    english = ok(client, "char-rnn", {"text": "the 자 cat", "model": "en"}, "en")
    korean = ok(client, "char-rnn", {"text": "the 자 cat", "model": "en"}, "ko")
    assert english["chars"] == list("the  cat") and english["unknown"] == ["자"]
    assert "'자'" in english["notice"] and "English" in english["notice"]
    assert "'자'" in korean["notice"] and "영어" in korean["notice"]
    for lang in ("en", "ko"):
        response = post(client, "char-rnn", {"text": "자전거", "model": "en"}, lang)
        assert response.status_code == 422 and (lang == "en") != has_korean(response.json()["error"]["message"])


def test_a_sample_is_the_models_own_with_the_seed(client, trained):
    result = trained[1]["en"]
    body = {"text": "The garden", "model": "en", "sample": 40, "temperature": 0.7, "seed": 5}
    first, again = ok(client, "char-rnn", body), ok(client, "char-rnn", body)
    assert first["sample"] == again["sample"] and len(first["sample"]) == 40
    expected = result.model.sample(result.tokenizer, "The garden", 40, 0.7, Generator(5))
    assert "The garden" + first["sample"] == expected
    assert ok(client, "char-rnn", {**body, "seed": 6})["sample"] != first["sample"]
    assert ok(client, "char-rnn", {"text": "The garden", "model": "en"})["sample"] is None


def test_a_network_in_training_is_answered_at_once(trained):
    release = threading.Event()
    digits = trained[0]

    def slow():
        release.wait(10)
        return digits

    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(cnn_api.router, prefix="/api/lessons")
    app.state.cnn_models = CnnModels(digits=slow, char_rnn=lambda lang: None)
    client = TestClient(app)
    body = {"pixels": drawing().tolist()}
    waiting = ok(client, "draw-digit", body, "ko")
    assert waiting["status"] == "training" and has_korean(waiting["text"]) and "probabilities" not in waiting
    assert waiting["image"] == cnn_api.block_counts(drawing()).tolist()
    release.set()
    assert app.state.cnn_models.digits.wait(10) is digits
    assert ok(client, "draw-digit", body)["status"] == "ready"


def test_a_failed_training_says_why():
    def broken(*args):
        raise ValueError("no data")

    app = fastapi.FastAPI()
    _errors.install(app)
    app.include_router(cnn_api.router, prefix="/api/lessons")
    app.state.cnn_models = CnnModels(digits=broken, char_rnn=broken)
    client = TestClient(app)
    with pytest.raises(RuntimeError, match="no data"):
        app.state.cnn_models.digits.wait(5)
    english = ok(client, "draw-digit", {"pixels": drawing().tolist()})
    assert english["status"] == "failed" and "no data" in english["text"] and "digits CNN" in english["text"]
    with pytest.raises(RuntimeError, match="no data"):
        app.state.cnn_models.char["ko"].wait(5)
    korean = ok(client, "char-rnn", {"text": "자전거"}, "ko")
    assert korean["status"] == "failed" and "no data" in korean["text"] and has_korean(korean["text"])


def test_requests_in_threads_agree_with_one_after_another(client):
    bodies = [{"pixels": drawing(s).tolist(), "cell": {"layer": 0, "channel": s % 4, "row": s, "col": 7 - s}}
              for s in range(6)]
    alone = [ok(client, "draw-digit", b) for b in bodies]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda b: ok(client, "draw-digit", b), bodies))
    assert together == alone
