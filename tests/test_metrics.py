"""The metric functions against scikit-learn, and their errors in English and Korean.

Every function runs on the same random data as its scikit-learn namesake (binary, multi-class, imbalanced,
a class never predicted), for every ``average`` and ``zero_division``, with labels, probabilities (N,) and
(N, 1), and scores (N, C). Warnings must agree too: we warn exactly when scikit-learn does.
"""

import warnings

import numpy as np
import pytest

import mldlab
from mldlab.train import metrics


def _run(fn, *args, **kwargs):
    """fn's result, and whether it warned about an ill-defined (0/0) metric."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = fn(*args, **kwargs)
    return value, any("ill-defined" in str(w.message) or "R^2" in str(w.message) or "R²" in str(w.message)
                      for w in caught)


def _same(ours, theirs):
    """The same value (NaN equals NaN), and the same warning."""
    (value, warned), (expected, expected_warned) = ours, theirs
    if np.ndim(expected) == 0:
        assert isinstance(value, float), type(value)
    np.testing.assert_allclose(value, expected, rtol=1e-12, atol=1e-12, equal_nan=True)
    assert warned == expected_warned


def _cases(rng):
    """(name, y_true, y_pred) label pairs covering binary, multi-class, imbalance and never-predicted classes."""
    n = 60
    binary_true = rng.integers(0, 2, n)
    multi_true = rng.integers(0, 4, n)
    imbalanced_true = (rng.random(n) < 0.1).astype(int)
    return [
        ("binary", binary_true, rng.integers(0, 2, n)),
        ("binary_never_positive", binary_true, np.zeros(n, dtype=int)),
        ("binary_no_positives_at_all", np.zeros(n, dtype=int), np.zeros(n, dtype=int)),
        ("imbalanced", imbalanced_true, (rng.random(n) < 0.05).astype(int)),
        ("multiclass", multi_true, rng.integers(0, 4, n)),
        ("multiclass_class_3_never_predicted", multi_true, rng.integers(0, 3, n)),
        ("multiclass_class_4_only_predicted", rng.integers(0, 4, n), rng.integers(0, 5, n)),
    ]


ZERO_DIVISIONS = ["warn", 0.0, 1.0, np.nan]


@pytest.mark.parametrize("name", ["precision_score", "recall_score", "f1_score"])
def test_precision_recall_f1_match_sklearn_for_every_average(skm, rng, name):
    ours, theirs = getattr(metrics, name), getattr(skm, name)
    checked = 0
    for _, y_true, y_pred in _cases(rng):
        binary = len(np.union1d(y_true, y_pred)) <= 2
        for average in (["binary"] if binary else []) + ["micro", "macro", "weighted", None]:
            for zero_division in ZERO_DIVISIONS:
                kwargs = {"average": average, "zero_division": zero_division}
                _same(_run(ours, y_true, y_pred, **kwargs), _run(theirs, y_true, y_pred, **kwargs))
                checked += 1
    assert checked == 4 * (4 * 5 + 3 * 4)


def test_zero_division_cases_really_divide_by_zero(skm):
    """The 'never predicted' cases above exercise zero_division: sklearn itself warns on them."""
    with pytest.warns(skm._classification.UndefinedMetricWarning):
        skm.precision_score([0, 1, 1], [0, 0, 0])
    with pytest.warns(metrics.UndefinedMetricWarning, match="Precision is ill-defined"):
        assert metrics.precision_score([0, 1, 1], [0, 0, 0]) == 0.0
    assert metrics.precision_score([0, 1, 1], [0, 0, 0], zero_division=1.0) == 1.0


@pytest.mark.parametrize("name", ["precision_score", "recall_score", "f1_score"])
def test_labels_and_pos_label_match_sklearn(skm, rng, name):
    ours, theirs = getattr(metrics, name), getattr(skm, name)
    y_true, y_pred = rng.integers(0, 5, 80), rng.integers(0, 5, 80)
    for labels in ([0, 2], [4, 1, 3], [0, 1, 2, 3, 4, 7]):
        for average in ("micro", "macro", "weighted", None):
            kwargs = {"labels": labels, "average": average}
            _same(_run(ours, y_true, y_pred, **kwargs), _run(theirs, y_true, y_pred, **kwargs))
    strings_true = np.where(rng.random(40) < 0.5, "spam", "ham")
    strings_pred = np.where(rng.random(40) < 0.5, "spam", "ham")
    kwargs = {"pos_label": "spam"}
    _same(_run(ours, strings_true, strings_pred, **kwargs), _run(theirs, strings_true, strings_pred, **kwargs))
    kwargs = {"pos_label": 2}
    two_three = rng.integers(2, 4, 40), rng.integers(2, 4, 40)
    _same(_run(ours, *two_three, **kwargs), _run(theirs, *two_three, **kwargs))


def test_accuracy_matches_sklearn(skm, rng):
    for _, y_true, y_pred in _cases(rng):
        assert metrics.accuracy_score(y_true, y_pred) == skm.accuracy_score(y_true, y_pred)
        assert metrics.accuracy_score(y_true, y_pred, normalize=False) == skm.accuracy_score(
            y_true, y_pred, normalize=False)
    assert metrics.accuracy is metrics.accuracy_score
    assert (metrics.precision, metrics.recall, metrics.f1) == (
        metrics.precision_score, metrics.recall_score, metrics.f1_score)


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7])
@pytest.mark.parametrize("column", [False, True])
def test_probabilities_are_thresholded(skm, rng, threshold, column):
    y_true = rng.integers(0, 2, 50)
    p = rng.random(50)
    p[:3] = threshold  # exactly on the threshold: class 0, as in Keras (p > t)
    labels = (p > threshold).astype(int)
    assert labels[:3].tolist() == [0, 0, 0]
    y_pred = p[:, None] if column else p
    for name in ("accuracy_score", "precision_score", "recall_score", "f1_score"):
        ours = getattr(metrics, name)(y_true, y_pred, threshold=threshold)
        assert ours == pytest.approx(getattr(skm, name)(y_true, labels), abs=1e-15), name
    np.testing.assert_array_equal(metrics.confusion_matrix(y_true, y_pred, threshold=threshold),
                                  skm.confusion_matrix(y_true, labels))


def test_scores_are_argmaxed_and_one_hot_targets_read(skm, rng):
    y_true = rng.integers(0, 4, 70)
    scores = rng.normal(size=(70, 4))
    labels = scores.argmax(axis=1)
    one_hot = np.eye(4)[y_true]
    for target in (y_true, y_true[:, None], one_hot):
        assert metrics.accuracy_score(target, scores) == skm.accuracy_score(y_true, labels)
        for average in ("micro", "macro", "weighted"):
            assert metrics.f1_score(target, scores, average=average) == pytest.approx(
                skm.f1_score(y_true, labels, average=average), abs=1e-15)
        np.testing.assert_array_equal(metrics.confusion_matrix(target, scores), skm.confusion_matrix(y_true, labels))


def test_tensors_and_lists_are_accepted(skm, rng):
    y_true = rng.integers(0, 2, 30)
    p = rng.random(30)
    expected = skm.accuracy_score(y_true, (p > 0.5).astype(int))
    tensor_p = mldlab.tensor(p.astype(np.float32), requires_grad=True)
    assert metrics.accuracy_score(mldlab.tensor(y_true), tensor_p) == expected
    assert metrics.accuracy_score(y_true.tolist(), p.tolist()) == expected
    assert metrics.mean_squared_error(mldlab.tensor(p), p.tolist()) == 0.0


def test_confusion_matrix_matches_sklearn(skm, rng):
    y_true, y_pred = rng.integers(0, 4, 90), rng.integers(0, 5, 90)
    for labels in (None, [3, 0, 1], [4, 0, 2, 9]):
        for normalize in (None, "true", "pred", "all"):
            ours = metrics.confusion_matrix(y_true, y_pred, labels=labels, normalize=normalize)
            theirs = skm.confusion_matrix(y_true, y_pred, labels=labels, normalize=normalize)
            assert ours.dtype.kind == theirs.dtype.kind
            np.testing.assert_allclose(ours, theirs, rtol=1e-15)
    words_true, words_pred = ["cat", "dog", "cat", "bird"], ["dog", "dog", "cat", "cat"]
    np.testing.assert_array_equal(metrics.confusion_matrix(words_true, words_pred),
                                  skm.confusion_matrix(words_true, words_pred))


def test_confusion_matrix_rows_are_true_classes():
    # true 0 predicted 1 once (FP), true 1 predicted 0 twice (FN)
    assert metrics.confusion_matrix([0, 0, 1, 1, 1], [1, 0, 0, 0, 1]).tolist() == [[1, 1], [2, 1]]


def test_confusion_matrix_edge_cases(skm):
    with pytest.warns(UserWarning, match="single label"):
        assert metrics.confusion_matrix([1, 1], [1, 1]).tolist() == [[2]]
    with pytest.raises(ValueError, match="at least one label"):
        metrics.confusion_matrix([0, 1], [0, 1], labels=[])
    with pytest.raises(ValueError, match="must be in y_true"):
        metrics.confusion_matrix([0, 1], [0, 1], labels=[5])
    with pytest.raises(ValueError, match="normalize"):
        metrics.confusion_matrix([0, 1], [0, 1], normalize="rows")


@pytest.mark.parametrize("name", ["mean_squared_error", "mean_absolute_error", "r2_score"])
def test_regression_matches_sklearn(skm, rng, name):
    ours, theirs = getattr(metrics, name), getattr(skm, name)
    y = rng.normal(size=(40, 3)) * [1.0, 10.0, 0.1] + [0.0, 5.0, -2.0]
    y_hat = y + rng.normal(size=(40, 3))
    cases = [(y[:, 0], y_hat[:, 0]), (y[:, :1], y_hat[:, 0]), (y[:, 0], y_hat[:, :1]), (y, y_hat)]
    for y_true, y_pred in cases:
        for multioutput in ("uniform_average", "raw_values"):
            value = ours(y_true, y_pred, multioutput=multioutput)
            expected = theirs(y_true, y_pred, multioutput=multioutput)
            np.testing.assert_allclose(value, expected, rtol=1e-12)
            assert np.shape(value) == np.shape(expected)


def test_r2_edge_cases_match_sklearn(skm):
    constant = np.array([2.0, 2.0, 2.0])
    for y_pred in (constant, np.array([2.0, 2.0, 3.0])):  # SS_tot = 0: 1.0 if perfect, else 0.0
        assert metrics.r2_score(constant, y_pred) == skm.r2_score(constant, y_pred)
    _same(_run(metrics.r2_score, [1.0], [2.0]), _run(skm.r2_score, [1.0], [2.0]))
    big = 1e8 + np.array([0.0, 1.0, 2.0, 3.0])  # a large mean and a small spread
    assert metrics.r2_score(big, big + 0.5) == pytest.approx(skm.r2_score(big, big + 0.5), abs=1e-9)


# errors


@pytest.mark.parametrize("language", ["en", "ko"])
def test_different_lengths_show_both_shapes(language):
    mldlab.set_language(language)
    with pytest.raises(ValueError) as error:
        metrics.accuracy_score([0, 1, 1], np.zeros((4, 1)))
    text = str(error.value)
    assert "(3,)" in text and "(4, 1)" in text
    assert ("same number of samples" in text) == (language == "en")
    assert ("샘플 수" in text) == (language == "ko")
    with pytest.raises(ValueError, match=r"\(5,\).*\(4,\)"):
        mldlab.set_language("en")
        metrics.mean_squared_error(np.zeros(5), np.zeros(4))


@pytest.mark.parametrize("language", ["en", "ko"])
def test_nan_in_predictions_hints_at_divergence(language):
    mldlab.set_language(language)
    y_pred = np.array([0.2, np.nan, 0.9, np.nan])
    for fn in (metrics.accuracy_score, metrics.f1_score, metrics.mean_squared_error):
        with pytest.raises(ValueError) as error:
            fn([0, 1, 1, 0], y_pred)
        text = str(error.value)
        assert "NaN" in text and "2" in text and "lr" in text
        assert ("diverged" in text) == (language == "en")
        assert ("발산" in text) == (language == "ko")
    with pytest.raises(ValueError, match="y_true"):
        metrics.r2_score([1.0, np.nan], [1.0, 2.0])


def test_label_outside_the_score_columns():
    scores = np.zeros((3, 3))
    for fn in (metrics.accuracy_score, metrics.precision_score):
        with pytest.raises(ValueError, match=r"label 3.*3 classes.*0 … 2.*nn\.Linear\(…, 4\)"):
            fn([0, 3, 1], scores)
    with pytest.raises(ValueError, match="label -1"):
        metrics.accuracy_score([0, -1, 1], scores)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="레이블 3"):
        metrics.accuracy_score([0, 3, 1], scores)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_multiclass_targets_with_binary_average(skm, language):
    mldlab.set_language(language)
    with pytest.raises(ValueError, match="average='binary'") as error:
        metrics.precision_score([0, 1, 2, 1], [0, 2, 1, 1])
    assert "[0, 1, 2]" in str(error.value) and "macro" in str(error.value)
    with pytest.raises(ValueError, match="average='binary'"):
        skm.precision_score([0, 1, 2, 1], [0, 2, 1, 1])


def test_other_argument_errors():
    with pytest.raises(ValueError, match="pos_label=1 is not a valid label.*\\[2, 3\\]"):
        metrics.recall_score([2, 3, 2], [3, 3, 2])
    with pytest.warns(UserWarning, match="pos_label"):
        metrics.recall_score([2, 3, 2], [3, 3, 2], average="macro", pos_label=3)
    with pytest.raises(ValueError, match="average must be one of"):
        metrics.f1_score([0, 1], [0, 1], average="mean")
    with pytest.raises(ValueError, match="zero_division"):
        metrics.f1_score([0, 1], [0, 1], zero_division="skip")
    with pytest.raises(ValueError, match="class labels.*0.5.*mean_squared_error"):
        metrics.accuracy_score([0.5, 1.0], [0, 1])
    with pytest.raises(ValueError, match="not one-hot"):
        metrics.accuracy_score([[1, 1, 0], [0, 1, 0]], [[0.2, 0.5, 0.3], [0.1, 0.8, 0.1]])
    with pytest.raises(ValueError, match="single number"):
        metrics.accuracy_score(1, 1)
    with pytest.raises(ValueError, match="empty"):
        metrics.accuracy_score([], [])
    with pytest.raises(ValueError, match=r"shape \(N,\) or \(N, C\)"):
        metrics.accuracy_score([0, 1], np.zeros((2, 1, 1)))
    with pytest.raises(ValueError, match=r"2 output\(s\).*3"):
        metrics.mean_absolute_error(np.zeros((4, 2)), np.zeros((4, 3)))
    with pytest.raises(ValueError, match="multioutput"):
        metrics.r2_score([1.0, 2.0], [1.0, 2.0], multioutput="variance")


def test_logits_with_a_probability_threshold_warn():
    z = np.array([2.0, -1.0, 0.3, -0.2])
    with pytest.warns(UserWarning, match="threshold=0.0"):
        assert metrics.accuracy_score([1, 0, 1, 0], z) == 0.75  # 0.3 ≤ 0.5 counts as 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert metrics.accuracy_score([1, 0, 1, 0], z, threshold=0.0) == 1.0


def test_every_message_exists_in_both_languages():
    from mldlab.i18n import metrics as texts

    assert texts.MESSAGES
    for key, value in texts.MESSAGES.items():
        assert key.startswith("metric_")
        assert set(value) == {"en", "ko"}, key
        assert value["en"] != value["ko"], key
