"""The metric objects: fed in uneven batches they give the function's value on all the data (and
scikit-learn's); ``reset_state``; ``from_logits``; ``get``'s table; and, where Keras 3 is installed, Keras's
own metric objects fed the same batches.
"""

import math
import warnings

import numpy as np
import pytest

import mldlab
from mldlab import nn
from mldlab.train import metrics


def _batches(rng, n):
    """Uneven batch boundaries covering 0 … n: sizes 1, then random, with one empty batch."""
    cuts = np.sort(rng.choice(np.arange(2, n), size=5, replace=False))
    edges = [0, 1, 1, *cuts.tolist(), n]
    return [slice(a, b) for a, b in zip(edges[:-1], edges[1:])]


def _feed(metric, rng, y_true, y_pred):
    for batch in _batches(rng, len(y_true)):
        metric.update_state(y_true[batch], y_pred[batch])
    return metric.result()


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


@pytest.fixture
def binary_data(rng):
    y_true = (rng.random(97) < 0.3).astype(np.int64)
    z = rng.normal(size=97) + y_true  # logits
    return y_true, z


# batches give the whole-data value


@pytest.mark.parametrize("shape", ["vector", "column"])
@pytest.mark.parametrize("threshold", [0.5, 0.3, 0.8])
def test_binary_objects_equal_the_functions_and_sklearn(skm, rng, binary_data, shape, threshold):
    y_true, z = binary_data
    p = _sigmoid(z)
    labels = (p > threshold).astype(int)
    if shape == "column":
        y_true, p, z = y_true[:, None], p[:, None], z[:, None]
    pairs = [
        (metrics.BinaryAccuracy, metrics.accuracy_score, skm.accuracy_score, {}),
        (metrics.Precision, metrics.precision_score, skm.precision_score, {"zero_division": 0.0}),
        (metrics.Recall, metrics.recall_score, skm.recall_score, {"zero_division": 0.0}),
        (metrics.F1Score, metrics.f1_score, skm.f1_score, {"zero_division": 0.0}),
    ]
    for cls, function, sklearn_function, kwargs in pairs:
        option = {"thresholds": threshold} if cls in (metrics.Precision, metrics.Recall) else {"threshold": threshold}
        value = _feed(cls(**option), rng, y_true, p)
        assert isinstance(value, float)
        assert value == pytest.approx(function(y_true, p, threshold=threshold, **kwargs), abs=1e-15), cls
        assert value == pytest.approx(sklearn_function(y_true.ravel(), labels, **kwargs), abs=1e-15), cls
        assert _feed(cls(from_logits=True, **option), rng, y_true, z) == value, cls


def test_from_logits_thresholds_at_the_logit_of_the_threshold():
    # σ(z) > t ⇔ z > log(t / (1 − t)); t = 0.8: log 4 ≈ 1.386
    metric = metrics.BinaryAccuracy(threshold=0.8, from_logits=True)
    metric.update_state([0, 1, 1], [1.38, 1.39, 5.0])
    assert metric.result() == 1.0
    metric = metrics.Recall(thresholds=0.0, from_logits=True)  # t = 0: every z > −∞ is positive
    assert metric([1, 1], [-1e300, -5.0]) == 1.0
    metric = metrics.Precision(thresholds=1.0, from_logits=True)  # t = 1: nothing is positive
    assert metric([1, 1], [1e300, 50.0]) == 0.0


def test_a_probability_on_the_threshold_is_class_0_as_in_keras():
    assert metrics.BinaryAccuracy()([0, 0], [0.5, 0.5]) == 1.0
    assert metrics.BinaryAccuracy(from_logits=True)([0, 0], [0.0, 0.0]) == 1.0
    assert metrics.F1Score()([1, 1], [0.5, 0.51]) == pytest.approx(2 / 3)


def test_sparse_and_categorical_accuracy_equal_the_function(skm, rng):
    y_true = rng.integers(0, 5, 83)
    scores = rng.normal(size=(83, 5))
    scores[:4] = 0.0  # ties: the first class, as in NumPy and Keras
    expected = skm.accuracy_score(y_true, scores.argmax(axis=1))
    assert expected == metrics.accuracy_score(y_true, scores)
    assert _feed(metrics.SparseCategoricalAccuracy(), rng, y_true, scores) == pytest.approx(expected, abs=1e-15)
    assert _feed(metrics.SparseCategoricalAccuracy(), rng, y_true[:, None], scores) == pytest.approx(expected)
    one_hot = np.eye(5)[y_true]
    assert _feed(metrics.CategoricalAccuracy(), rng, one_hot, scores) == pytest.approx(expected, abs=1e-15)
    smoothed = one_hot * 0.9 + 0.02
    assert _feed(metrics.CategoricalAccuracy(), rng, smoothed, scores) == pytest.approx(expected, abs=1e-15)


@pytest.mark.parametrize("outputs", [None, 1, 3])
def test_regression_objects_equal_the_functions_and_sklearn(skm, rng, outputs):
    shape = (101,) if outputs is None else (101, outputs)
    y_true = rng.normal(size=shape) * 3 + 1
    y_pred = y_true + rng.normal(size=shape)
    pairs = [
        (metrics.MeanSquaredError(), metrics.mean_squared_error, skm.mean_squared_error),
        (metrics.MeanAbsoluteError(), metrics.mean_absolute_error, skm.mean_absolute_error),
        (metrics.R2Score(), metrics.r2_score, skm.r2_score),
    ]
    for metric, function, sklearn_function in pairs:
        value = _feed(metric, rng, y_true, y_pred)
        assert value == pytest.approx(function(y_true, y_pred), rel=1e-12), metric
        assert value == pytest.approx(sklearn_function(y_true, y_pred), rel=1e-12), metric
    raw = _feed(metrics.R2Score(multioutput="raw_values"), rng, y_true, y_pred)
    np.testing.assert_allclose(raw, skm.r2_score(y_true, y_pred, multioutput="raw_values"), rtol=1e-12)


def test_r2_score_object_is_stable_for_a_large_mean(skm, rng):
    y_true = 1e6 + rng.normal(size=200) * 1e-2
    y_pred = y_true + rng.normal(size=200) * 1e-3
    value = _feed(metrics.R2Score(), rng, y_true, y_pred)
    assert value == pytest.approx(skm.r2_score(y_true, y_pred), abs=1e-9)


def test_r2_score_object_edge_cases(skm):
    metric = metrics.R2Score()
    assert metric.result() == 0.0
    metric.update_state([2.0, 2.0], [2.0, 2.0])
    metric.update_state([2.0], [2.0])
    assert metric.result() == skm.r2_score([2.0] * 3, [2.0] * 3) == 1.0
    metric = metrics.R2Score()
    with pytest.warns(metrics.UndefinedMetricWarning):
        assert math.isnan(metric([1.0], [2.0]))
    metric = metrics.R2Score()
    metric.update_state(np.zeros((3, 2)), np.zeros((3, 2)))
    with pytest.raises(ValueError, match="reset_state"):
        metric.update_state(np.zeros((3, 1)), np.zeros((3, 1)))


def test_mean_weights_batches_by_their_size(rng):
    losses = rng.random(100) * 2
    mean = metrics.Mean(name="loss")
    for batch in _batches(rng, 100):
        if batch.stop > batch.start:
            mean.update_state(mldlab.tensor(losses[batch].mean()), sample_weight=batch.stop - batch.start)
    assert mean.result() == pytest.approx(losses.mean(), rel=1e-12)
    unweighted = metrics.Mean()
    unweighted.update_state(losses[:10])
    unweighted.update_state(losses[10:])
    assert unweighted.result() == pytest.approx(losses.mean(), rel=1e-12)
    mean.reset_state()
    assert (mean.total, mean.count, mean.result()) == (0.0, 0.0, 0.0)


def test_a_wrapped_function_is_exact_for_means_over_samples(rng, binary_data):
    y_true, z = binary_data
    wrapped = metrics.get(metrics.accuracy_score)
    assert isinstance(wrapped, metrics.MeanMetricWrapper) and wrapped.name == "accuracy_score"
    p = _sigmoid(z)
    assert _feed(wrapped, rng, y_true, p) == pytest.approx(metrics.accuracy_score(y_true, p), rel=1e-12)

    def per_sample_squared_error(y_true, y_pred):
        return (np.asarray(y_true) - np.asarray(y_pred)) ** 2

    squared = metrics.get(per_sample_squared_error)
    assert _feed(squared, rng, y_true, z) == pytest.approx(metrics.mean_squared_error(y_true, z), rel=1e-12)
    loss = metrics.get(nn.MSELoss())  # a loss module, on Tensors, returns a Tensor
    assert loss.name == "mse_loss"
    for batch in _batches(rng, len(y_true)):
        loss.update_state(mldlab.tensor(y_true[batch] * 1.0), mldlab.tensor(z[batch], requires_grad=True))
    assert loss.result() == pytest.approx(metrics.mean_squared_error(y_true, z), rel=1e-12)


# state


def test_reset_state_forgets_everything(rng, binary_data):
    y_true, z = binary_data
    p = _sigmoid(z)
    objects = [
        (metrics.BinaryAccuracy(), p), (metrics.Precision(), p), (metrics.Recall(), p), (metrics.F1Score(), p),
        (metrics.MeanSquaredError(), p), (metrics.MeanAbsoluteError(), p), (metrics.R2Score(), p),
        (metrics.SparseCategoricalAccuracy(), np.stack([1 - p, p], axis=1)),
        (metrics.CategoricalAccuracy(), np.stack([1 - p, p], axis=1)),
    ]
    for metric, y_pred in objects:
        target = np.eye(2)[y_true] if isinstance(metric, metrics.CategoricalAccuracy) else y_true
        whole = _feed(metric, rng, target, y_pred)
        metric.reset_state()
        assert metric.result() == 0.0, metric
        metric.update_state(target[:9], 1 - y_pred[:9])
        fresh = type(metric)()
        fresh.update_state(target[:9], 1 - y_pred[:9])
        assert metric.result() == fresh.result() != whole, metric


def test_calling_a_metric_updates_it_and_names_follow_keras():
    metric = metrics.BinaryAccuracy()
    assert metric([1, 0], [0.9, 0.8]) == 0.5
    assert metric([1], [0.9]) == pytest.approx(2 / 3)
    names = {
        metrics.BinaryAccuracy: "binary_accuracy", metrics.SparseCategoricalAccuracy: "sparse_categorical_accuracy",
        metrics.CategoricalAccuracy: "categorical_accuracy", metrics.Precision: "precision",
        metrics.Recall: "recall", metrics.F1Score: "f1_score", metrics.MeanSquaredError: "mean_squared_error",
        metrics.MeanAbsoluteError: "mean_absolute_error", metrics.R2Score: "r2_score", metrics.Mean: "mean",
    }
    for cls, name in names.items():
        assert cls().name == name
    assert repr(metrics.Precision(thresholds=0.3, name="p")) == "Precision(thresholds=0.3, from_logits=False, name='p')"


def test_object_errors():
    with pytest.raises(ValueError, match="threshold must be a probability"):
        metrics.BinaryAccuracy(threshold=1.5)
    with pytest.raises(ValueError, match="threshold must be a probability"):
        metrics.Precision(thresholds=[0.3, 0.5])
    with pytest.raises(ValueError, match=r"0 and 1.*\[0, 1, 2\]"):
        metrics.BinaryAccuracy().update_state([0, 1, 2], [0.1, 0.2, 0.3])
    with pytest.raises(ValueError, match=r"one probability.*\(2, 3\).*SparseCategoricalAccuracy"):
        metrics.Precision().update_state([0, 1], np.zeros((2, 3)))
    with pytest.raises(ValueError, match=r"label 3.*3 classes"):
        metrics.SparseCategoricalAccuracy().update_state([0, 3], np.zeros((2, 3)))
    with pytest.raises(ValueError, match=r"\(N, C\).*BinaryAccuracy"):
        metrics.SparseCategoricalAccuracy().update_state([0, 1], np.zeros((2, 1)))
    with pytest.raises(ValueError, match="SparseCategoricalAccuracy"):
        metrics.CategoricalAccuracy().update_state([0, 1], np.zeros((2, 3)))
    with pytest.raises(ValueError, match=r"\(3,\).*\(2,\)"):
        metrics.MeanSquaredError().update_state([1.0, 2.0, 3.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="NaN"):
        metrics.F1Score().update_state([0, 1], [0.3, np.nan])
    with pytest.warns(UserWarning, match="from_logits=True"):
        metrics.BinaryAccuracy().update_state([0, 1], [-2.0, 3.0])
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="로짓"):
        metrics.Recall(thresholds=-0.1)


# get


GET_TABLE = [
    # identifier, loss, expected class, name, from_logits
    ("accuracy", "binary_crossentropy", metrics.BinaryAccuracy, "accuracy", False),
    ("acc", nn.BCELoss(), metrics.BinaryAccuracy, "acc", False),
    ("accuracy", nn.BCEWithLogitsLoss(), metrics.BinaryAccuracy, "accuracy", True),
    ("accuracy", "sparse_categorical_crossentropy", metrics.SparseCategoricalAccuracy, "accuracy", None),
    ("accuracy", nn.NLLLoss(), metrics.SparseCategoricalAccuracy, "accuracy", None),
    ("accuracy", "categorical_crossentropy", metrics.CategoricalAccuracy, "accuracy", None),
    ("Accuracy", "CategoricalCrossentropy", metrics.CategoricalAccuracy, "Accuracy", None),
    ("binary_accuracy", None, metrics.BinaryAccuracy, "binary_accuracy", False),
    ("binary_accuracy", nn.BCEWithLogitsLoss(), metrics.BinaryAccuracy, "binary_accuracy", True),
    ("BinaryAccuracy", None, metrics.BinaryAccuracy, "BinaryAccuracy", False),
    ("sparse_categorical_accuracy", None, metrics.SparseCategoricalAccuracy, "sparse_categorical_accuracy", None),
    ("categorical_accuracy", None, metrics.CategoricalAccuracy, "categorical_accuracy", None),
    ("precision", nn.BCEWithLogitsLoss(), metrics.Precision, "precision", True),
    ("recall", "bce", metrics.Recall, "recall", False),
    ("f1_score", None, metrics.F1Score, "f1_score", False),
    ("mse", None, metrics.MeanSquaredError, "mse", None),
    ("MSE", None, metrics.MeanSquaredError, "MSE", None),
    ("mean_squared_error", nn.MSELoss(), metrics.MeanSquaredError, "mean_squared_error", None),
    ("mae", None, metrics.MeanAbsoluteError, "mae", None),
    ("mean_absolute_error", None, metrics.MeanAbsoluteError, "mean_absolute_error", None),
    ("r2_score", None, metrics.R2Score, "r2_score", None),
    (metrics.Recall, nn.BCEWithLogitsLoss(), metrics.Recall, "recall", True),
    (metrics.R2Score, None, metrics.R2Score, "r2_score", None),
]


@pytest.mark.parametrize("identifier, loss, cls, name, from_logits", GET_TABLE)
def test_get_resolves_names(identifier, loss, cls, name, from_logits):
    metric = metrics.get(identifier, loss=loss)
    assert type(metric) is cls
    assert metric.name == name
    if from_logits is not None:
        assert metric.from_logits is from_logits


def test_get_passes_objects_through_and_from_logits_on():
    metric = metrics.Precision(thresholds=0.7)
    assert metrics.get(metric, loss=nn.BCEWithLogitsLoss()) is metric
    assert metrics.get("f1_score", from_logits=True).from_logits is True
    assert metrics.get("accuracy", loss="binary_crossentropy", from_logits=True).from_logits is True


@pytest.mark.parametrize("loss", [None, "mse", nn.MSELoss(), nn.CrossEntropyLoss()])
def test_get_accuracy_by_the_shapes_of_the_first_batch(rng, loss):
    y = rng.integers(0, 3, 20)
    scores = rng.normal(size=(20, 3))
    p = rng.random((20, 1))
    cases = [
        ((y % 2)[:, None], p, metrics.BinaryAccuracy),
        (y % 2, p[:, 0], metrics.BinaryAccuracy),
        (y, scores, metrics.SparseCategoricalAccuracy),
        (y[:, None], scores, metrics.SparseCategoricalAccuracy),
        (np.eye(3)[y], scores, metrics.CategoricalAccuracy),
    ]
    for y_true, y_pred, cls in cases:
        metric = metrics.get("accuracy", loss=loss)
        assert metric.name == "accuracy"
        assert metric.result() == 0.0
        assert "first batch" in repr(metric)
        metric.update_state(y_true[:5], y_pred[:5])
        metric.update_state(y_true[5:], y_pred[5:])
        assert type(metric.metric) is cls and metric.metric.name == "accuracy"
        assert repr(metric).startswith(cls.__name__)
        assert metric.result() == pytest.approx(metrics.accuracy_score(y_true, y_pred))
        metric.reset_state()
        assert metric.result() == 0.0


def test_get_accuracy_with_logits_by_shape():
    metric = metrics.get("accuracy", loss="mse", from_logits=True)
    metric.update_state([[1], [0]], [[0.2], [-0.1]])
    assert metric.metric.from_logits and metric.result() == 1.0


@pytest.mark.parametrize("language", ["en", "ko"])
def test_get_unknown_name_lists_the_known_names(language):
    mldlab.set_language(language)
    with pytest.raises(ValueError) as error:
        metrics.get("accuarcy")
    text = str(error.value)
    for name in ("accuracy", "binary_accuracy", "precision", "f1_score", "mse", "r2_score"):
        assert name in text
    assert "'accuracy'" in text  # the suggestion
    assert ("Unknown metric" in text) == (language == "en")
    assert ("알 수 없는 지표" in text) == (language == "ko")
    with pytest.raises(TypeError, match="42"):
        metrics.get(42)


# Keras 3


def test_objects_match_keras(keras, rng, binary_data):
    y_true, z = binary_data
    p = _sigmoid(z).astype(np.float32)
    p[:5] = 0.5  # on the threshold: both say class 0
    column_true, column_p = y_true[:, None].astype(np.float32), p[:, None]
    y = rng.integers(0, 4, 97)
    scores = rng.normal(size=(97, 4)).astype(np.float32)
    targets = (rng.normal(size=(97, 2)) * 2 + 3).astype(np.float32)
    outputs = (targets + rng.normal(size=(97, 2))).astype(np.float32)
    pairs = [
        (metrics.BinaryAccuracy(), keras.metrics.BinaryAccuracy(), column_true, column_p, 1e-6),
        (metrics.Precision(), keras.metrics.Precision(), column_true, column_p, 1e-6),
        (metrics.Recall(thresholds=0.3), keras.metrics.Recall(thresholds=0.3), column_true, column_p, 1e-6),
        (metrics.F1Score(), keras.metrics.F1Score(threshold=0.5), column_true, column_p, 1e-5),
        (metrics.SparseCategoricalAccuracy(), keras.metrics.SparseCategoricalAccuracy(), y, scores, 1e-6),
        (metrics.CategoricalAccuracy(), keras.metrics.CategoricalAccuracy(), np.eye(4, dtype=np.float32)[y],
         scores, 1e-6),
        (metrics.MeanSquaredError(), keras.metrics.MeanSquaredError(), targets, outputs, 1e-5),
        (metrics.MeanAbsoluteError(), keras.metrics.MeanAbsoluteError(), targets, outputs, 1e-5),
        (metrics.R2Score(), keras.metrics.R2Score(), targets, outputs, 1e-4),
    ]
    for ours, theirs, y_true_, y_pred_, tolerance in pairs:
        for batch in _batches(rng, 97):
            if batch.stop > batch.start:
                ours.update_state(y_true_[batch], y_pred_[batch])
                theirs.update_state(y_true_[batch], y_pred_[batch])
        expected = float(np.asarray(theirs.result()).ravel()[0])
        assert ours.result() == pytest.approx(expected, abs=tolerance), type(ours).__name__
        assert ours.name == theirs.name


def test_mean_matches_keras(keras, rng):
    ours, theirs = metrics.Mean(), keras.metrics.Mean()
    for size in (32, 32, 7):
        value = float(rng.random())
        ours.update_state(value, sample_weight=size)
        theirs.update_state(value, sample_weight=size)
    assert ours.result() == pytest.approx(float(theirs.result()), rel=1e-6)


def test_keras_thresholds_logits_at_probability_thresholds(keras):
    """Why from_logits exists: Keras's BinaryAccuracy compares logits with 0.5."""
    y_true, z = np.array([[1.0], [0.0]]), np.array([[0.3], [-2.0]])
    theirs = keras.metrics.BinaryAccuracy()
    theirs.update_state(y_true, z)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert metrics.BinaryAccuracy()(y_true, z) == pytest.approx(float(theirs.result())) == 0.5
    assert metrics.BinaryAccuracy(from_logits=True)(y_true, z) == 1.0
