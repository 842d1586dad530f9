"""The playground's Job trains as the slides and the engine say: one iteration is the engine's step done by hand and
torch's step on the same batch; epochs and iterations are counted as the slide defines them; divergence, early
stopping and the epoch budget stop it; the same seed gives the same numbers in any thread."""

import math
import threading
import time

import numpy as np
import pytest

from mldlab import nn
from mldlab._random import Generator, manual_seed
from mldlab.creation import tensor
from mldlab.grad_mode import no_grad
from mldlab.lab.dataset import make_points
from mldlab.lab.features import FEATURES, transform
from mldlab.lab.job import Job
from mldlab.lab.network import build_network
from mldlab.lab.spec import DATASETS, SetupError, validate_setup
from mldlab.random_tensors import rand

OPTIMIZERS = {"sgd": 0.3, "momentum": 0.05, "nesterov": 0.05, "adagrad": 0.1, "adadelta": 1.0, "rmsprop": 0.01,
              "adam": 0.01}


def _weights(job) -> list:
    return [p.detach().numpy().copy() for p in job.network.parameters()]


@pytest.mark.parametrize("name", DATASETS)
def test_every_data_set_trains_and_draws(name):
    job = Job(validate_setup({"dataset": name, "n_samples": 100, "epochs": 3}))
    before = job.evaluate()["train_loss"]
    while job.stopped is None:
        job.step("epoch")
    assert (job.epoch, job.stopped) == (3, "epochs")
    assert job.evaluate()["train_loss"] < before
    state = job.state()
    if name in ("linear", "polynomial", "sine"):
        assert len(state["boundary"]["curve"]["x"]) == len(state["boundary"]["curve"]["y"]) == 100
        assert state["confusion"] is None and state["train_accuracy"] is None
    else:
        assert len(state["boundary"]["values"]) == 40 * 40
        assert sum(map(sum, state["confusion"]["matrix"])) == len(job.data.x_test)


def test_every_feature_is_made_from_the_standardised_coordinates():
    job = Job(validate_setup({"features": list(FEATURES)}))
    z = job.data.standardised(job.data.x_train[:3])
    x1, x2 = z[:, 0], z[:, 1]
    expected = np.stack([x1, x2, x1 * x1, x2 * x2, x1 * x2, np.sin(x1), np.sin(x2)], axis=1)
    np.testing.assert_allclose(job.inputs_of(job.data.x_train[:3]).numpy(), expected, rtol=1e-6)
    assert abs(job.data.standardised(job.data.x_train).mean()) < 1e-9
    job.step("epoch")
    assert math.isfinite(job.evaluate()["train_loss"])
    one_d = Job(validate_setup({"dataset": "sine", "features": ["x1", "x1^2", "sin_x1"]}))
    assert one_d.network[0].in_features == 3 and one_d.data.inputs == 1


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_optimizer_lowers_the_loss_of_the_default_net(name):
    job = Job(validate_setup({"dataset": "xor", "n_samples": 100, "optimizer": {"name": name},
                              "learning_rate": OPTIMIZERS[name]}))
    before = job.evaluate()["train_loss"]
    for _ in range(20):
        job.step("epoch")
    assert job.stopped is None and job.evaluate()["train_loss"] < 0.9 * before


def test_one_iteration_is_the_engines_step_done_by_hand():
    setup = validate_setup({"l2": 0.01, "l1": 0.001, "batch_size": 16})
    job = Job(setup)
    job.step("iteration")
    generator = Generator(setup.seed)
    net = build_network(setup, 2, 1, generator)
    order = generator.numpy.permutation(150)[:16]
    points = make_points(setup)
    x = tensor(transform(points.standardised(points.x_train[order]), setup.features))
    y = tensor(points.y_train[order].astype(np.float32).reshape(-1, 1))
    weights = [m.weight for m in net if isinstance(m, nn.Linear)]
    J = nn.BCELoss()(net(x), y) + 0.001 * sum(w.abs().sum() for w in weights) + 0.01 * sum(
        (w * w).sum() for w in weights)
    J.backward()
    for p, got in zip(net.parameters(), _weights(job)):
        np.testing.assert_allclose(p.detach().numpy() - 0.03 * p.grad.numpy(), got, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_three_iterations_equal_torchs_optimizer_with_its_defaults(torch, name):
    setup = validate_setup({"optimizer": {"name": name}, "learning_rate": OPTIMIZERS[name], "hidden": [
        {"units": 5, "activation": "relu"}], "output": "binary", "batch_size": 20})
    job = Job(setup)
    model = torch.nn.Sequential(torch.nn.Linear(2, 5), torch.nn.ReLU(), torch.nn.Linear(5, 1), torch.nn.Sigmoid())
    with torch.no_grad():
        for p, w in zip(model.parameters(), _weights(job)):
            p.copy_(torch.from_numpy(w))
    options = {"momentum": {"momentum": 0.9}, "nesterov": {"momentum": 0.9, "nesterov": True}}.get(name, {})
    cls = {"sgd": "SGD", "momentum": "SGD", "nesterov": "SGD", "adagrad": "Adagrad", "adadelta": "Adadelta",
           "rmsprop": "RMSprop", "adam": "Adam"}[name]
    optimizer = getattr(torch.optim, cls)(model.parameters(), lr=OPTIMIZERS[name], **options)
    for _ in range(3):
        index = job.next_batch()
        x = torch.from_numpy(job.inputs_of(job.data.x_train[index]).numpy())
        y = torch.from_numpy(job.data.y_train[index].astype(np.float32).reshape(-1, 1))
        optimizer.zero_grad()
        torch.nn.functional.binary_cross_entropy(model(x), y).backward()
        optimizer.step()
        job.step("iteration")
    for p, got in zip(model.parameters(), _weights(job)):
        np.testing.assert_allclose(p.detach().numpy(), got, rtol=1e-5, atol=1e-6)


def test_epochs_and_iterations_are_counted_as_the_slide_defines_them():
    job = Job(validate_setup({"batch_size": 7, "epochs": 2}))  # 150 training points: ⌈150 / 7⌉ = 22 iterations
    assert job.iterations_per_epoch == 22
    assert job.step("iteration") == 1 and (job.epoch, job.iteration) == (0, 1)
    assert job.step("epoch") == 21 and (job.epoch, job.iteration) == (1, 22)
    assert job.step("epoch") == 22 and (job.epoch, job.iteration, job.stopped) == (2, 44, "epochs")
    assert job.step("iteration") == 0 and job.advance(0.01) == 0
    assert [entry["epoch"] for entry in job.history] == [1, 2]
    assert job.state()["message"]["code"] == "lab_epochs_done"
    with pytest.raises(SetupError):
        job.step("batch")


@pytest.mark.parametrize("name", ["sgd", "adam"])
def test_learning_rate_10_diverges_within_two_seconds(name):
    job = Job(validate_setup({"optimizer": {"name": name}, "learning_rate": 10}))
    start = time.perf_counter()
    while job.stopped is None and time.perf_counter() - start < 2:
        job.advance(0.02)
    assert job.stopped == "diverged"
    message = job.state()["message"]
    assert message["level"] == "error" and message["code"] in ("lab_diverged", "lab_diverged_rising")
    assert "10" in message["text"] and "learning rate" in message["text"]
    assert job.diagnosis()["diagnosis"]["verdict"] == "diverged"


def test_a_non_finite_loss_stops_at_once():
    job = Job(validate_setup({"dataset": "linear", "hidden": []}))
    job.step("iteration")
    with no_grad():
        job.network[0].weight.fill_(math.inf)
    assert job.advance(1.0) == 1
    assert job.stopped == "diverged" and not math.isfinite(job.divergence["loss"])
    assert job.divergence["epoch"] == 1 and job.divergence["iteration"] == 2
    state = job.state()
    assert state["train_loss"] is None and "diverged" in state["message"]["text"]
    assert job.diagnosis()["diagnosis"]["findings"][0]["evidence"]["non_finite"] is True


def test_the_rise_rule_catches_a_loss_that_explodes_slowly():
    job = Job(validate_setup({"dataset": "linear", "learning_rate": 10, "hidden": [], "batch_size": 150}))
    job.advance(1.0)
    assert job.stopped == "diverged" and job.epoch == 3
    losses = [entry["train_loss"] for entry in job.history]
    assert all(value > 2 * job.divergence["best"] for value in losses)
    text = job.state()["message"]["text"]  # a finite loss: the text says it stayed above twice its best
    assert job.state()["message"]["code"] == "lab_diverged_rising" and "twice its best" in text
    assert "3 epochs in a row" in text and "last finite" not in text


def test_a_healthy_run_is_not_called_diverged():
    job = Job(validate_setup({"optimizer": {"name": "adam"}, "learning_rate": 0.05}))
    for _ in range(30):
        job.step("epoch")
    assert job.stopped is None


def test_early_stopping_follows_keras_on_the_test_loss():
    job = Job(validate_setup({"dataset": "moons", "n_samples": 40, "noise": 0.3, "hidden": [
        {"units": 32, "activation": "relu"}] * 3, "optimizer": {"name": "adam"}, "learning_rate": 0.01, "patience": 5}))
    while job.stopped is None:
        job.step("epoch")
    assert job.stopped == "early_stopping"
    losses = [entry["test_loss"] for entry in job.history]
    best, wait, stop = math.inf, 0, None  # Keras: wait counts epochs since the last improvement; stop at patience
    for epoch, value in enumerate(losses):
        wait += 1
        if value < best:
            best, wait = value, 0
        elif wait >= 5:
            stop = epoch
            break
    assert stop == len(losses) - 1 and len(losses) < 1000
    assert job.state()["message"]["code"] == "lab_early_stopping"


def test_same_seed_same_weights_and_losses_and_reset_starts_again():
    setup = validate_setup({"dropout": 0.2, "seed": 7})
    a, b = Job(setup), Job(setup)
    first = _weights(a)
    losses = []
    for job in (a, b):
        curve = []
        for _ in range(20):
            job.step("iteration")
            curve.append(job.evaluate()["train_loss"])
        losses.append(curve)
    assert losses[0] == losses[1]
    a.reset()
    assert (a.epoch, a.iteration, a.stopped, a.history) == (0, 0, None, [])
    for w, v in zip(first, _weights(a)):
        np.testing.assert_array_equal(w, v)
    other = Job(validate_setup({"seed": 8}))
    assert not np.array_equal(first[0], _weights(other)[0])


def test_two_jobs_in_two_threads_give_the_numbers_of_one_after_the_other():
    setups = [validate_setup({"seed": s, "dropout": 0.1, "optimizer": {"name": "adam"}}) for s in (1, 2)]
    barrier = threading.Barrier(2)

    def run(setup, out, together):
        job = Job(setup)
        if together:
            barrier.wait()
        for _ in range(60):
            job.step("iteration")
            out.append(job.evaluate()["train_loss"])
        out += [float(w.sum()) for w in _weights(job)]

    alone = [[], []]
    for setup, out in zip(setups, alone):
        run(setup, out, together=False)
    both = [[], []]
    threads = [threading.Thread(target=run, args=(setup, out, True)) for setup, out in zip(setups, both)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert both == alone and alone[0] != alone[1]


def test_a_job_never_draws_from_the_threads_default_generator():
    manual_seed(5)
    expected = rand(3).numpy()
    manual_seed(5)
    job = Job(validate_setup({"dropout": 0.5}))
    job.step("epoch")
    job.optimizer_math()
    job.landscape(n=3)
    np.testing.assert_array_equal(rand(3).numpy(), expected)


def test_a_new_learning_rate_applies_at_the_next_iteration_and_becomes_the_schedules_base():
    job = Job(validate_setup({"schedule": {"name": "step", "step_size": 1, "gamma": 0.5}}))
    job.step("epoch")
    assert job.learning_rate == pytest.approx(0.015)
    job.set_learning_rate(0.1)
    assert job.learning_rate == pytest.approx(0.05) and job.scheduler.base_lrs == [0.1]
    job.step("epoch")
    assert job.learning_rate == pytest.approx(0.025) and job.setup.learning_rate == 0.1
    with pytest.raises(SetupError):
        job.set_learning_rate(11)
