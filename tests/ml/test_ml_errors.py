"""Bad input gets a clear error in English and in Korean: what was wrong, the value received, a hint."""

import numpy as np
import pytest

from mldlab.exceptions import NotFittedError
from mldlab.i18n import language
from mldlab.ml import (
    GridSearchCV,
    KFold,
    KNeighborsClassifier,
    Lasso,
    LinearRegression,
    LogisticRegression,
    OneHotEncoder,
    Ridge,
    StratifiedKFold,
    cross_val_score,
    make_pipeline,
)
from mldlab.tensor import Tensor

X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [3.0, 1.0]])
y = np.array([0, 0, 1, 1])


def _fitted():
    return KNeighborsClassifier(1).fit(X, y)


CASES = [
    ("nan", lambda: LinearRegression().fit([[1.0, np.nan], [2.0, 3.0]], [1.0, 2.0]), ValueError,
     (r"X\[0, 1\] = nan", r"X\[0, 1\] = nan")),
    ("inf", lambda: _fitted().predict([[np.inf, 0.0]]), ValueError, (r"X\[0, 0\] = inf", r"X\[0, 0\] = inf")),
    ("1-D X", lambda: LinearRegression().fit(np.arange(5.0), np.arange(5.0)), ValueError,
     (r"got a 1-D array of shape \(5,\).*X.reshape\(-1, 1\)", r"모양이 \(5,\)인 1차원 배열.*X.reshape\(-1, 1\)")),
    ("1-D sample", lambda: _fitted().predict([0.0, 1.0]), ValueError,
     (r"X.reshape\(1, -1\) if it is a single sample", r"샘플이 하나라면 X.reshape\(1, -1\)")),
    ("features", lambda: _fitted().predict([[0.0, 1.0, 2.0]]), ValueError,
     ("X has 3 features, but KNeighborsClassifier was fitted with 2 features",
      "X의 특성은 3개인데 KNeighborsClassifier는 특성 2개로 학습되었습니다")),
    ("lengths", lambda: Ridge().fit(X, [1.0, 2.0, 3.0]), ValueError,
     ("4 rows in X, 3 values in y", "X는 4행, y는 3개")),
    ("text", lambda: LinearRegression().fit([[1.0, "tall"], [2.0, "short"]], [1.0, 2.0]), ValueError,
     ("tall", "tall")),
    ("empty", lambda: LinearRegression().fit(np.zeros((0, 3)), []), ValueError,
     ("0 samples and 3 features", "샘플이 0개, 특성이 3개")),
    ("unseen category", lambda: OneHotEncoder().fit([["a"], ["b"]]).transform([["c"]]), ValueError,
     ("the category 'c', which was not seen in fit", "fit에서 보지 못한 범주 'c'")),
    ("continuous labels", lambda: LogisticRegression().fit(X, [0.5, 1.5, 2.0, 3.0]), ValueError,
     (r"continuous values \(e.g. 0.5\).*use a regressor", r"연속값\(예: 0.5\).*회귀 모델")),
    ("one class", lambda: LogisticRegression().fit(X, [1, 1, 1, 1]), ValueError,
     ("only the class 1", "클래스 1만")),
    ("not fitted", lambda: LinearRegression().predict(X), NotFittedError,
     ("not fitted yet. Call fit", "아직 학습되지 않았습니다")),
    ("not fitted pipeline", lambda: make_pipeline(Ridge()).predict(X), NotFittedError,
     ("This Ridge instance is not fitted yet", "이 Ridge는 아직 학습되지 않았습니다")),
    ("kneighbors not fitted", lambda: KNeighborsClassifier().kneighbors(), NotFittedError,
     ("This KNeighborsClassifier instance is not fitted yet", "이 KNeighborsClassifier는 아직 학습되지")),
    ("n_neighbors", lambda: KNeighborsClassifier(9).fit(X, y).predict(X), ValueError,
     ("n_neighbors = 9 is more than the 4 training samples", "n_neighbors = 9가 사용할 수 있는 훈련 샘플 수 4보다")),
    ("weights", lambda: KNeighborsClassifier(weights="nearest").fit(X, y), ValueError,
     ("weights must be one of", "weights는")),
    ("p", lambda: KNeighborsClassifier(p=0.5).fit(X, y), ValueError, ("p must be >= 1", "p는 1 이상")),
    ("alpha", lambda: Lasso(alpha=-1).fit(X, [1.0, 2.0, 3.0, 4.0]), ValueError,
     ("alpha must be a number > 0, got -1", "alpha는 0보다 큰 숫자여야 하는데 -1")),
    ("C", lambda: LogisticRegression(C=0).fit(X, y), ValueError, ("C must be a number > 0", "C는 0보다 큰")),
    ("bad param", lambda: LinearRegression().set_params(normalize=True), ValueError,
     ("Invalid parameter 'normalize'", "'normalize'라는 매개변수가 없습니다")),
    ("folds", lambda: list(KFold(5).split(X)), ValueError, ("n_splits = 5 is more than the 4 samples",
                                                              "n_splits = 5가 샘플 수 4보다")),
    ("stratified folds", lambda: list(StratifiedKFold(3).split(X, y)), ValueError,
     ("n_splits = 3 is more than the number of samples of every class", "모든 클래스의 샘플 수보다")),
    ("scoring", lambda: cross_val_score(Ridge(), X, y, scoring="mse", cv=2), ValueError,
     ("Unknown scoring 'mse'", "scoring 'mse'를 알 수 없습니다")),
    ("grid", lambda: GridSearchCV(Ridge(), {"alpha": 1.0}).fit(X, y), ValueError,
     ("must be a non-empty list", "비어 있지 않은 list")),
]


@pytest.mark.parametrize(("case", "call", "error", "texts"), CASES, ids=[c[0] for c in CASES])
def test_error_in_both_languages(case, call, error, texts):
    for lang, text in zip(("en", "ko"), texts):
        with language(lang), pytest.raises(error, match=text):
            call()


def test_tensors_and_lists_are_accepted_and_never_changed():
    X_tensor = Tensor._make(X.copy())
    model = KNeighborsClassifier(1).fit(X_tensor, y.tolist())
    np.testing.assert_array_equal(model.predict(X.tolist()), y)
    np.testing.assert_array_equal(X_tensor.numpy(), X)


def test_a_column_of_targets_is_taken_as_a_vector():
    np.testing.assert_allclose(LinearRegression().fit(X, y[:, None].astype(float)).coef_,
                               LinearRegression().fit(X, y.astype(float)).coef_)
    with pytest.raises(ValueError, match=r"y must be 1-D .* got shape \(4, 2\)"):
        LinearRegression().fit(X, np.ones((4, 2)))
