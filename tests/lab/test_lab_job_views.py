"""What a Job shows and gives away: state() for the page, uploaded and clicked points, the math panel (explain),
the save file and the PyTorch code (same outputs), the loss landscape, and the presets of the slides."""

import copy
import json
import time

import numpy as np
import pytest

from mldlab import nn
from mldlab.creation import tensor
from mldlab.grad_mode import no_grad
from mldlab.i18n import language
from mldlab.io import load
from mldlab.lab import presets
from mldlab.lab.dataset import MAX_BYTES, from_csv
from mldlab.lab.job import Job
from mldlab.lab.spec import SetupError, validate_setup

KEYS = {"epoch", "iteration", "stopped", "learning_rate", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
        "history", "boundary", "neurons", "network", "confusion", "message"}


def _trained(data=None, epochs: int = 3) -> Job:
    job = Job(validate_setup(data or {}))
    for _ in range(epochs):
        job.step("epoch")
    return job


def test_state_has_the_contracts_keys_and_sizes():
    job = _trained({"hidden": [{"units": 3, "activation": "relu"}, {"units": 2, "activation": "sigmoid"}]})
    state = job.state()
    assert set(state) == KEYS
    assert state["epoch"] == 3 and state["iteration"] == 45 and len(state["history"]) == 3
    assert set(state["history"][0]) == {"epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy",
                                        "learning_rate"}
    assert len(state["boundary"]["values"]) == 1600 and len(state["boundary"]["extent"]) == 4
    assert all(0 <= v <= 1 for v in state["boundary"]["values"])
    assert [len(layer) for layer in state["neurons"]] == [3, 2]
    assert all(len(unit["values"]) == 256 and unit["n"] == 16 for layer in state["neurons"] for unit in layer)
    assert min(state["neurons"][0][0]["values"]) >= 0 and max(state["neurons"][1][0]["values"]) <= 1
    network = state["network"]
    assert network["layers"] == [2, 3, 2, 1] and network["features"] == ["x1", "x2"]
    assert [np.shape(w) for w in network["weights"]] == [(3, 2), (2, 3), (1, 2)]
    assert state["confusion"]["labels"] == ["0", "1"] and np.sum(state["confusion"]["matrix"]) == 150
    assert job.state(detail=False)["neurons"] is None
    json.dumps(state, allow_nan=False)


def test_boundary_row_zero_is_the_top_and_matches_predict():
    job = _trained()
    boundary = job.state()["boundary"]
    x1min, _, _, x2max = boundary["extent"]
    assert boundary["values"][0] == pytest.approx(float(job.predict(np.array([[x1min, x2max]]))[0, 0]), abs=1e-3)


def test_multiclass_and_regression_states():
    spirals = _trained({"dataset": "spirals", "n_samples": 150}, epochs=1).state()
    assert len(spirals["boundary"]["classes"]) == 1600 and set(spirals["boundary"]["classes"]) <= {0, 1, 2}
    assert len(spirals["confusion"]["matrix"]) == 3 and spirals["network"]["layers"][-1] == 3
    sine = _trained({"dataset": "sine"}, epochs=1).state()
    assert "curve" in sine["boundary"] and sine["confusion"] is None and sine["test_accuracy"] is None
    assert len(sine["neurons"][0][0]["values"]) == 256


def test_state_is_cheap():
    job = _trained()
    job.state()
    start = time.perf_counter()
    for _ in range(10):
        job.state()
    assert (time.perf_counter() - start) / 10 < 0.05  # well under 5 ms on an idle machine; loose for a busy one


def test_points_give_train_test_and_extent():
    points = _trained(epochs=0).points()
    assert len(points["train"]["x"]) == 150 and len(points["test"]["y"]) == 150 and points["inputs"] == 2
    x = np.array(points["train"]["x"] + points["test"]["x"])
    x1min, x1max, x2min, x2max = points["extent"]
    assert x1min < x[:, 0].min() and x[:, 0].max() < x1max and x2min < x[:, 1].min() and x[:, 1].max() < x2max


def test_a_good_csv_with_or_without_a_header():
    rows = "\n".join(f"{i % 7},{i % 5 * 0.5},{'2' if i % 3 == 0 else '5'}" for i in range(40))
    with_header = from_csv(("lectures,hours,passed\n" + rows).encode(), test_ratio=0.25, seed=3)
    without = from_csv(rows.encode(), test_ratio=0.25, seed=3)
    assert with_header.task == "binary" and with_header.class_names == ["2", "5"]
    assert len(with_header.x_train) == 30 and np.array_equal(with_header.x_train, without.x_train)
    assert set(with_header.y_train) <= {0, 1}
    job = Job(validate_setup({"dataset": "upload"}), points=with_header)
    job.step("epoch")
    assert job.state()["confusion"]["labels"] == ["2", "5"]
    with pytest.raises(SetupError) as info:
        Job(validate_setup({"dataset": "upload"}))
    assert info.value.code == "points_missing"
    regression = from_csv("\n".join(f"{i},{-i},{i * 0.1}" for i in range(10)).encode())
    assert regression.task == "regression"
    with pytest.raises(SetupError) as info:
        Job(validate_setup({"dataset": "upload"}), points=regression)
    assert info.value.code == "setup_output"


@pytest.mark.parametrize(("raw", "code"), [
    (b"1,2,0\n" * (MAX_BYTES // 6 + 1), "csv_too_large"),
    (b"1,2,0\n" * 2001, "csv_rows"),
    (b"1,2,0\n3,4,1\n", "csv_rows"),
    (b"1,2\n3,4\n5,6\n7,8\n", "csv_columns"),
    (b"1,2,0\n3,nan,1\n5,6,0\n7,8,1\n", "csv_number"),
    (b"1,2,0\n3,x,1\n5,6,0\n7,8,1\n", "csv_number"),
    (b"1,2,0\n3,1e9,1\n5,6,0\n7,8,1\n", "csv_number"),
    (b"1,2,1\n3,4,1\n5,6,1\n7,8,1\n", "csv_one_class"),
    ("1,2,0\n3,4,1\n5,6,0\n7,8,한\n".encode("cp949"), "csv_encoding"),
])
def test_a_bad_csv_is_refused_with_its_reason_in_both_languages(raw, code):
    with pytest.raises(SetupError) as english:
        from_csv(raw)
    with language("ko"), pytest.raises(SetupError) as korean:
        from_csv(raw)
    assert english.value.code == korean.value.code == code
    assert english.value.message != korean.value.message


def test_clicked_points_join_the_training_set():
    job = _trained(epochs=0)
    points = job.data.add([{"x1": 0.1, "x2": 0.2, "y": 1}, {"x1": -0.5, "x2": 0.0, "y": 0}])
    assert len(points.x_train) == 152 and points.y_train[-2:].tolist() == [1, 0]
    assert len(points.x_test) == len(job.data.x_test)
    Job(job.setup, points=points).step("epoch")
    for bad in ([], [{"x1": 0, "y": 1}], [{"x1": 0, "x2": 0, "y": 2}], [{"x1": "a", "x2": 0, "y": 1}],
                [{"x1": float("nan"), "x2": 0, "y": 1}], "points"):
        with pytest.raises(SetupError):
            job.data.add(bad)


def test_neuron_math_is_the_networks_own_numbers():
    job = _trained()
    math = job.neuron_math(1, 2, [0.3, -0.2], lang="ko")
    x = job.inputs_of(np.array([[0.3, -0.2]]))
    with no_grad():
        a = job.network[3](job.network[2](job.network[1](job.network[0](x)))).numpy()[0, 2]
    assert math["neuron"]["y_hat"] == pytest.approx(float(a), rel=1e-5)
    assert math["activation"] == "tanh" and math["latex"].startswith("z = w_0 +") and "\\tanh" in math["latex"]
    assert "퍼셉트론" in math["markdown"] or "$" in math["markdown"]
    output = job.neuron_math(2, 0)
    assert output["activation"] == "sigmoid" and output["point"] == job.data.x_train[0].tolist()
    for layer, unit, point in ((3, 0, None), (0, 4, None), (0, 0, [1.0]), (True, 0, None)):
        with pytest.raises(SetupError):
            job.neuron_math(layer, unit, point)


def test_optimizer_math_explains_the_next_step_without_moving_the_job():
    job = _trained({"optimizer": {"name": "adam"}, "learning_rate": 0.01, "dropout": 0.2})
    before = [p.detach().numpy().copy() for p in job.network.parameters()]
    state = copy.deepcopy(job.generator.numpy.bit_generator.state)
    math = job.optimizer_math(lang="en")
    assert math["step"]["matches"] and math["step"]["optimizer"] == "Adam" and "\\beta_1" in math["latex"]
    assert len(math["batch"]) == 10 and math["batch"] == job.next_batch().tolist()
    assert job.generator.numpy.bit_generator.state == state
    for p, w in zip(job.network.parameters(), before):
        np.testing.assert_array_equal(p.detach().numpy(), w)


def test_diagnosis_reads_the_curves():
    with pytest.raises(SetupError):
        Job(validate_setup({})).diagnosis()
    diagnosis = _trained({"learning_rate": 0.0001}, epochs=5).diagnosis(lang="ko")
    assert diagnosis["diagnosis"]["verdict"] == "barely_moved" and "학습" in diagnosis["text"]


def test_the_save_file_loads_back_with_the_same_outputs():
    job = _trained({"dataset": "spirals", "n_samples": 150, "dropout": 0.1}, epochs=2)
    raw = job.export_model()
    assert raw[:2] == b"PK"
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "model.npz")
        with open(path, "wb") as file:
            file.write(raw)
        model = load(path)
    model.eval()
    job.network.eval()
    x = job.inputs_of(job.data.x_test)
    with no_grad():
        np.testing.assert_array_equal(model(x).numpy(), job.network(x).numpy())


@pytest.mark.parametrize("data", [{}, {"dataset": "sine", "features": ["x1", "sin_x1"]},
                                  {"features": ["x1", "x2", "x1^2", "x1x2", "sin_x2"], "dataset": "spirals"}])
def test_the_pytorch_code_runs_and_gives_the_playgrounds_output(torch, data):
    job = _trained(data, epochs=2)
    code = job.export_pytorch()
    printed = []
    exec(compile(code, "<playground>", "exec"), {"print": printed.append})
    out = printed[0].numpy()
    job.network.eval()
    with no_grad():
        point = np.array([[float(f"{v:.4g}") for v in job.data.x_train[0]]])  # the code's example, as printed
        expected = job.network(job.inputs_of(point)).numpy()
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-6)


def test_the_keras_code_runs_and_gives_the_playgrounds_output(keras):
    job = _trained({"dataset": "spirals", "n_samples": 150, "features": ["x1", "x2", "sin_x1"], "dropout": 0.1,
                    "hidden": [{"units": 5, "activation": "leaky_relu"}, {"units": 3, "activation": "linear"}]}, 1)
    code = job.export_keras()
    assert "layers.LeakyReLU(negative_slope=0.01)" in code and "model.set_weights([" in code
    printed = []
    exec(compile(code, "<keras>", "exec"), {"print": printed.append})
    job.set_mode(training=False)
    with no_grad():
        point = np.array([[float(f"{v:.4g}") for v in job.data.x_train[0]]])
        expected = job.network(job.inputs_of(point)).numpy()
    np.testing.assert_allclose(printed[0], expected, rtol=1e-5, atol=1e-6)


def test_the_landscape_is_centred_on_the_current_loss():
    job = _trained(epochs=2)
    view = job.landscape(n=7, span=0.5)
    assert len(view["values"]) == 49 and view["alphas"][3] == 0.0
    assert view["center"] == pytest.approx(job.evaluate()["train_loss"], rel=1e-6) == view["values"][24]
    assert view["min"] <= view["center"] <= view["max"]
    assert job.landscape(n=7, span=0.5) == view
    before = [p.detach().numpy().copy() for p in job.network.parameters()]
    job.landscape(n=3)
    assert all(np.array_equal(p.detach().numpy(), w) for p, w in zip(job.network.parameters(), before))
    for n, span in ((4, 1.0), (1, 1.0), (99, 1.0), (5, 0), (5, "1")):
        with pytest.raises(SetupError):
            job.landscape(n, span)


def test_filter_normalised_directions_have_each_rows_norm():
    job = _trained(epochs=1)
    from mldlab.lab.landscape import directions
    parameters = list(job.network.parameters())
    d1, d2 = directions(job, parameters)
    for p, a, b in zip(parameters, d1, d2):
        theta = p.detach().numpy()
        if theta.ndim == 1:
            assert not a.any() and not b.any()
        else:
            np.testing.assert_allclose(np.linalg.norm(a, axis=1), np.linalg.norm(theta, axis=1), rtol=1e-6)


@pytest.mark.parametrize("name", list(presets.PRESETS))
def test_every_preset_is_a_valid_setup_with_titles_in_both_languages(name):
    setup = presets.preset(name)
    Job(setup).step("iteration")
    english = presets.describe(name)
    with language("ko"):
        korean = presets.describe(name)
    assert english["setup"] == korean["setup"] == setup.model_dump()
    assert english["title"] != korean["title"] and english["description"] != korean["description"]


def test_the_presets_show_what_their_slides_say():
    def run(name, epochs):
        job = Job(presets.preset(name))
        while job.stopped is None and job.epoch < epochs:
            job.step("epoch")
        return job
    assert run("lr-too-large", 50).stopped == "diverged"
    assert run("xor-no-hidden", 30).evaluate()["train_accuracy"] < 0.8  # a line gets 3 corners of 4 at best
    assert run("xor-needs-hidden-layer", 60).evaluate()["train_accuracy"] > 0.9
    assert {p["name"] for p in presets.presets()} == set(presets.PRESETS)
    with pytest.raises(SetupError):
        presets.preset("nope")


def test_a_network_with_no_hidden_layer_is_the_perceptron():
    job = Job(presets.preset("perceptron"))
    assert [type(m) for m in job.network] == [nn.Linear, nn.Sigmoid]
    assert job.state()["neurons"] == [] and job.state()["network"]["layers"] == [2, 1]
    z = job.neuron_math(0, 0, [4.0, 5.0])["neuron"]
    w = job.network[0].weight.detach().numpy()[0]
    x = job.inputs_of(np.array([[4.0, 5.0]])).numpy()[0]
    assert z["z"] == pytest.approx(float(job.network[0].bias.detach().numpy()[0] + x @ w), rel=1e-5)
    assert tensor  # the engine's tensor is what the job feeds
