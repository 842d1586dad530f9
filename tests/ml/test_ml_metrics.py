"""The metrics importable from ``mldlab.ml`` against scikit-learn's, on predictions of real models."""

import numpy as np
import pytest

from mldlab import i18n, ml


@pytest.fixture(scope="module")
def predictions(ml_data):
    """Labels, predicted labels and probabilities for a binary and a 3-class problem, and regression values."""
    out = {}
    for name in ("breast_cancer", "wine"):
        X_train, X_test, y_train, y_test = ml_data(name)
        model = ml.make_pipeline(ml.StandardScaler(), ml.KNeighborsClassifier(7)).fit(X_train, y_train)
        out[name] = (y_test, model.predict(X_test), model.predict_proba(X_test))
    X_train, X_test, y_train, y_test = ml_data("diabetes")
    out["diabetes"] = (y_test, ml.Ridge(alpha=0.5).fit(X_train, y_train).predict(X_test))
    return out


@pytest.mark.parametrize("name", ["accuracy_score", "precision_score", "recall_score", "f1_score"])
@pytest.mark.parametrize("average", ["binary", "micro", "macro", "weighted"])
def test_classification_metrics_as_scikit_learn(skm, predictions, name, average):
    for data in ("breast_cancer", "wine"):
        if average == "binary" and data == "wine":
            continue
        y, y_pred, _ = predictions[data]
        options = {} if name == "accuracy_score" else {"average": average}
        assert getattr(ml, name)(y, y_pred, **options) == pytest.approx(getattr(skm, name)(y, y_pred, **options),
                                                                         abs=1e-15)


def test_confusion_matrix_as_scikit_learn(skm, predictions):
    for data in ("breast_cancer", "wine"):
        y, y_pred, _ = predictions[data]
        np.testing.assert_array_equal(ml.confusion_matrix(y, y_pred), skm.confusion_matrix(y, y_pred))


@pytest.mark.parametrize("drop_intermediate", [True, False])
def test_roc_curve_as_scikit_learn(skm, predictions, drop_intermediate):
    y, _, proba = predictions["breast_cancer"]
    ours = ml.roc_curve(y, proba[:, 1], drop_intermediate=drop_intermediate)
    theirs = skm.roc_curve(y, proba[:, 1], drop_intermediate=drop_intermediate)
    for a, b in zip(ours, theirs):
        np.testing.assert_allclose(a, b, rtol=1e-15)
    rng = np.random.default_rng(0)
    y, score = rng.integers(0, 2, 300), rng.normal(size=300).round(1)  # many tied scores
    for a, b in zip(ml.roc_curve(y, score, drop_intermediate=drop_intermediate),
                    skm.roc_curve(y, score, drop_intermediate=drop_intermediate)):
        np.testing.assert_allclose(a, b, rtol=1e-15)
    labels = np.where(y == 1, "spam", "ham")
    for a, b in zip(ml.roc_curve(labels, score, pos_label="spam"), skm.roc_curve(labels, score, pos_label="spam")):
        np.testing.assert_allclose(a, b, rtol=1e-15)


def test_roc_auc_score_as_scikit_learn(skm, predictions):
    y, _, proba = predictions["breast_cancer"]
    assert ml.roc_auc_score(y, proba[:, 1]) == pytest.approx(skm.roc_auc_score(y, proba[:, 1]), abs=1e-15)
    y, _, proba = predictions["wine"]
    for average in ("macro", "weighted"):
        assert ml.roc_auc_score(y, proba, multi_class="ovr", average=average) == pytest.approx(
            skm.roc_auc_score(y, proba, multi_class="ovr", average=average), abs=1e-15)
    assert ml.auc([0, 0.5, 1], [0, 0.8, 1]) == pytest.approx(skm.auc([0, 0.5, 1], [0, 0.8, 1]))


@pytest.mark.parametrize("name", ["mean_squared_error", "root_mean_squared_error", "mean_absolute_error", "r2_score"])
def test_regression_metrics_as_scikit_learn(skm, predictions, name):
    y, y_pred = predictions["diabetes"]
    assert getattr(ml, name)(y, y_pred) == pytest.approx(getattr(skm, name)(y, y_pred), rel=1e-12)
    Y, Y_pred = np.column_stack([y, 2 * y]), np.column_stack([y_pred, y_pred])
    np.testing.assert_allclose(getattr(ml, name)(Y, Y_pred, multioutput="raw_values"),
                               getattr(skm, name)(Y, Y_pred, multioutput="raw_values"), rtol=1e-12)


def test_roc_errors_in_both_languages():
    for language, words in (("en", ("2 classes", "only one class", "pos_label")),
                            ("ko", ("클래스가 2개", "클래스가 하나뿐", "pos_label로"))):
        with i18n.language(language):
            with pytest.raises(ValueError, match=words[0]):
                ml.roc_curve([0, 1, 2], [0.1, 0.2, 0.3])
            with pytest.raises(ValueError, match=words[1]):
                ml.roc_auc_score([1, 1, 1], [0.1, 0.2, 0.3])
            with pytest.raises(ValueError, match=words[2]):
                ml.roc_curve(["a", "b"], [0.1, 0.2])
