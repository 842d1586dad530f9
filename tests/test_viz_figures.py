"""The content of every mldlab.viz figure (not only that it was drawn): the slide's numbers, one point per epoch,
one path per optimizer, the landscape's centre at the model's loss, ..."""

import numpy as np
import pytest
from matplotlib.collections import LineCollection

import mldlab
from mldlab import nn, optim, viz
from mldlab.data import gaussians, moons
from mldlab.train.callbacks import EarlyStopping


def _line(ax, gid):
    found = [line for line in ax.lines if line.get_gid() == gid]
    assert len(found) == 1, f"one line {gid!r} expected, found {len(found)}"
    return found[0]


@pytest.fixture(scope="module")
def trained():
    """One small network trained on two moons with validation data and early stopping."""
    mldlab.manual_seed(0)
    X, y = moons(n_samples=80, noise=0.3, seed=0)
    X_val, y_val = moons(n_samples=60, noise=0.3, seed=1)
    net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))
    model = mldlab.Model(net)
    model.compile(optimizer=optim.Adam(net.parameters(), lr=0.03), loss="binary_crossentropy", metrics=["accuracy"])
    stopper = EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)
    history = model.fit(X, y, batch_size=20, epochs=40, validation_data=(X_val, y_val), callbacks=[stopper],
                        verbose=0)
    return model, history, stopper, (X, y, X_val, y_val)


def test_activations_draw_g_and_the_derivative_backward_computes():
    fig = viz.activations(lang="en")
    assert [ax.get_title().split(":")[0] for ax in fig.axes] == ["Sigmoid", "Hyperbolic tangent", "ReLU",
                                                                 "Leaky ReLU"]
    expected = {
        0: (lambda z: 1 / (1 + np.exp(-z)), lambda g, z: g * (1 - g)),
        1: (np.tanh, lambda g, z: 1 - g ** 2),
        2: (lambda z: np.maximum(0, z), lambda g, z: (z > 0).astype(float)),
        3: (lambda z: np.where(z > 0, z, 0.1 * z), lambda g, z: np.where(z > 0, 1.0, 0.1)),
    }
    for k, (g_of, dg_of) in expected.items():
        g, dg = _line(fig.axes[k], "g"), _line(fig.axes[k], "derivative")
        z = g.get_xdata()
        np.testing.assert_allclose(g.get_ydata(), g_of(z), atol=1e-12)
        np.testing.assert_allclose(dg.get_ydata(), dg_of(g_of(z), z), atol=1e-12)


def test_perceptron_line_passes_through_the_slide_points_and_marks_minus_one_two():
    fig = viz.perceptron(lang="en")
    ax = fig.axes[0]
    line = _line(ax, "boundary")
    x1, x2 = line.get_xdata(), line.get_ydata()
    np.testing.assert_allclose(1 + 3 * x1 - 2 * x2, 0, atol=1e-12)
    assert np.interp(0, x1, x2) == pytest.approx(0.5) and np.interp(1, x1, x2) == pytest.approx(2.0)
    point = _line(ax, "input")
    assert (point.get_xdata()[0], point.get_ydata()[0]) == (-1.0, 2.0)
    assert "z = −6" in point.get_label() and "ŷ ≈ 0.002" in point.get_label()
    assert ax.get_title() == "Perceptron ŷ = g(1 + 3x₁ − 2x₂): just a line in 2-D"


def test_nonlinearity_a_network_bends_where_a_line_cannot():
    fig = viz.nonlinearity(epochs=150, lang="ko")
    assert fig.scores["network"] >= 0.95 > fig.scores["linear"] + 0.05
    assert fig.axes[0].get_title().startswith("선형 모델")


def test_decision_boundary_binary_with_train_and_test(trained):
    model, _, _, (X, y, X_val, y_val) = trained
    fig = viz.decision_boundary(model, X, y, X_val, y_val, lang="en")
    ax = fig.axes[0]
    labels = [h.get_label() for h in ax.get_legend().legend_handles]
    assert labels == ["class 0 (train)", "class 1 (train)", "class 0 (test)", "class 1 (test)"]
    accuracy = float((model.predict(X_val).reshape(-1) > 0).astype(int).__eq__(y_val).mean())
    assert f"test {accuracy:.2f}" in ax.get_title()
    assert sum(len(c.get_offsets()) for c in ax.collections if c.get_label().startswith("class")) == len(X) + len(X_val)


def test_decision_boundary_of_an_estimator_with_predict_proba():
    from sklearn.linear_model import LogisticRegression

    X, y = moons(n_samples=60, noise=0.2, seed=0)
    estimator = LogisticRegression().fit(X, y)
    fig = viz.decision_boundary(estimator, X, y, lang="en")
    assert fig.axes[0].get_title() == f"Decision boundary (train accuracy {estimator.score(X, y):.2f})"


def test_decision_boundary_multiclass_module():
    X, y = gaussians(n_samples=90, n_classes=3, seed=0)
    mldlab.manual_seed(0)
    net = nn.Sequential(nn.Linear(2, 3))
    model = mldlab.Model(net)
    model.compile(optimizer=optim.Adam(net.parameters(), lr=0.1), loss="sparse_categorical_crossentropy")
    model.fit(X, y, epochs=30, verbose=0)
    fig = viz.decision_boundary(net, X, y, lang="ko")
    ax = fig.axes[0]
    assert len(ax.images) == 1  # the regions, coloured by class
    assert [h.get_label() for h in ax.get_legend().legend_handles] == [f"클래스 {k} (학습)" for k in range(3)]
    assert ax.get_title().startswith("결정 경계")


def test_network_one_edge_per_weight_coloured_by_sign_and_thick_by_size(trained):
    model = trained[0]
    fig = viz.network(model, lang="en")
    edges = [c for c in fig.axes[0].collections if isinstance(c, LineCollection) and
             str(c.get_gid()).startswith("weights")]
    linears = [m for m in model.module.modules() if isinstance(m, nn.Linear)]
    assert [len(c.get_segments()) for c in edges] == [m.in_features * m.out_features for m in linears]
    W = linears[0].weight.detach().numpy().reshape(-1)
    colours = edges[0].get_colors()
    blue, red = np.array([0, 0x72, 0xB2]) / 255, np.array([0xD5, 0x5E, 0]) / 255
    for w, colour in zip(W, colours):
        assert np.allclose(colour[:3], blue if w > 0 else red)
    widths = edges[0].get_linewidths()
    assert np.argmax(widths) == np.argmax(np.abs(W)) and np.argmin(widths) == np.argmin(np.abs(W))
    assert fig.axes[0].get_title() == "Network 2 → 8 → 8 → 1 (105 parameters)"


def test_history_one_point_per_epoch_and_the_epochs_marked(trained):
    _, history, stopper, _ = trained
    epochs = len(history.epoch)
    assert stopper.stopped_epoch > 0  # early stopping happened, so the marks mean something
    fig = viz.history(history, early_stopping=stopper, per_iteration=True, lang="en")
    loss_ax, accuracy_ax = fig.axes
    for ax, key in ((loss_ax, "loss"), (accuracy_ax, "accuracy")):
        assert list(_line(ax, key).get_xdata()) == list(range(1, epochs + 1))
        assert list(_line(ax, "val_" + key).get_ydata()) == history.history["val_" + key]
        assert _line(ax, "best_epoch").get_xdata()[0] == stopper.best_epoch + 1
        assert _line(ax, "stopped_epoch").get_xdata()[0] == stopper.stopped_epoch + 1
    assert len(_line(loss_ax, "iteration_loss").get_xdata()) == len(history.iteration_losses()) == epochs * 4
    assert accuracy_ax.get_title() == "accuracy"


def test_learning_rates_divergence_is_drawn_not_raised():
    fig = viz.learning_rates(epochs=40, lang="ko")
    small, good, large = fig.histories
    assert small.diverged is None and good.diverged is None and large.diverged is not None
    curve = fig.axes[3]
    assert len(_line(curve, "diverged").get_xdata()) == 1
    assert _line(curve, "diverged").get_xdata()[0] == large.diverged["epoch"]
    assert good.history["loss"][-1] < small.history["loss"][-1] < small.history["loss"][0]
    titles = [ax.get_title().split(":")[0] for ax in fig.axes[:3]]
    assert titles == ["너무 작은 학습률", "적당한 학습률", "너무 큰 학습률"]
    shown = viz.history(large, lang="en")  # the History of a run that diverged says so
    assert shown._suptitle.get_text().startswith(f"Training diverged at epoch {large.diverged['epoch']}")
    assert len(_line(shown.axes[0], "loss").get_xdata()) == len(large.history["loss"])


def test_optimizer_race_one_path_per_optimizer_from_the_given_start(tmp_path):
    start = (-2.0, 1.5)
    fig = viz.optimizer_race(("bowl", "valley"), start=start, steps=12, lang="en")
    for ax, surface in zip(fig.axes, ("bowl", "valley")):
        assert ax.get_title().lower().startswith({"bowl": "quadratic bowl", "valley": "elongated valley"}[surface])
        paths = [line for line in ax.lines if str(line.get_gid()).startswith("path:")]
        assert [p.get_gid()[5:] for p in paths] == ["SGD", "Momentum", "Nesterov", "Adagrad", "Adadelta", "RMSprop",
                                                    "Adam"]
        for path in paths:
            assert (path.get_xdata()[0], path.get_ydata()[0]) == start
            assert len(path.get_xdata()) == 13
    # the first SGD step on x² + y² is θ − 0.05·2θ
    np.testing.assert_allclose(fig.paths["bowl"]["SGD"][1], np.array(start) * 0.9)


def test_optimizer_race_animation_is_a_gif_of_the_growing_paths(tmp_path):
    fig = viz.optimizer_race("bowl", start=(-2.0, 1.5), steps=6, lang="ko")
    gif = tmp_path / "race.gif"
    fig.save_animation(gif, every=6, dpi=30)
    from PIL import Image
    with Image.open(gif) as image:
        assert image.format == "GIF" and image.n_frames == 2  # after 1 point, then the whole path
    assert len(fig.axes[0].lines[0].get_xdata()) == 7  # the figure is whole again afterwards


def test_loss_landscape_centre_is_the_models_loss(trained):
    model, _, _, (X, y, _, _) = trained
    before = [w.copy() for w in model.get_weights()]
    fig = viz.loss_landscape(model, X, y, resolution=7, lang="en")
    loss = model.evaluate(X, y, verbose=0)[0]
    values = fig.landscape
    assert values["centre"] == pytest.approx(loss, rel=1e-6)
    assert values["line"][len(values["alphas"]) // 2] == pytest.approx(loss, rel=1e-6)
    assert _line(fig.axes[0], "centre").get_ydata()[0] == pytest.approx(loss, rel=1e-6)
    assert values["surface"].shape == (7, 7) and values["surface"].min() <= loss + 1e-9
    for w, w0 in zip(model.get_weights(), before):
        np.testing.assert_array_equal(w, w0)  # the weights are put back


def test_batch_sizes_iterations_as_the_slide_defines_them():
    fig = viz.batch_sizes(n_samples=48, batch_size=16, epochs=3, lang="ko")
    assert {b: len(h.iteration_losses()) for b, h in fig.histories.items()} == {48: 3, 1: 144, 16: 9}
    assert all(len(h.history["loss"]) == 3 for h in fig.histories.values())
    bars = [c for c in fig.axes[2].containers][0]
    assert [bar.get_height() for bar in bars] == [1, 48, 3]
    assert "에포크" in fig._suptitle.get_text()


def test_capacity_train_error_falls_and_test_error_turns_up():
    fig = viz.capacity(lang="en")
    train = [fig.errors[d][0] for d in sorted(fig.errors)]
    assert all(b <= a + 1e-9 for a, b in zip(train, train[1:]))  # more capacity never fits the training data worse
    assert fig.errors[4][1] < fig.errors[1][1] and fig.errors[4][1] < fig.errors[12][1]
    assert [ax.get_title() for ax in fig.axes[:3]] == ["Underfitting: too little capacity", "Ideal fit",
                                                       "Overfitting: too complex"]


def test_regularization_plain_runs_every_epoch_regularised_stops_early():
    fig = viz.regularization(epochs=120, patience=15, lang="en")
    plain, regularised = fig.histories["plain"], fig.histories["regularised"]
    assert len(plain.epoch) == 120 and len(regularised.epoch) < 120
    assert _line(fig.axes[1], "stopped_epoch").get_xdata()[0] == fig.early_stopping.stopped_epoch + 1
    assert min(regularised.history["val_loss"]) < plain.history["val_loss"][-1]  # overfitting hurt the plain one
