"""Boosting's bad inputs: each gives a clear error in English and in Korean, never a traceback from deep inside."""

import warnings

import numpy as np
import pytest

from mldlab.i18n import language
from mldlab.ml import (
    AdaBoostClassifier,
    AdaBoostRegressor,
    GradientBoostingClassifier,
    GradientBoostingRegressor,
    KNeighborsClassifier,
)

X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0], [5.0, 0.0]])
y = np.array([0, 0, 0, 1, 1, 1])
t = np.array([0.0, 1.0, 2.0, 3.0, 5.0, 8.0])

CASES = [
    ("ada learning_rate", lambda: AdaBoostClassifier(learning_rate=0).fit(X, y),
     ("learning_rate must be a number > 0, got 0", "learning_rate는 0보다 큰 숫자여야 하는데 0")),
    ("ada n_estimators", lambda: AdaBoostClassifier(n_estimators=0).fit(X, y),
     ("n_estimators must be a whole number >= 1, got 0", "n_estimators는 1 이상의 정수여야 하는데 0")),
    ("ada no sample_weight", lambda: AdaBoostClassifier(KNeighborsClassifier()).fit(X, y),
     ("KNeighborsClassifier.fit takes no sample_weight", "KNeighborsClassifier.fit에는 sample_weight가 없습니다")),
    ("ada not an estimator", lambda: AdaBoostClassifier("tree").fit(X, y),
     ("estimator must be an estimator", "estimator는 fit과 predict가 있는")),
    ("ada worse than random", lambda: AdaBoostClassifier().fit([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]],
                                                               [0, 1, 1, 0]),
     (r"no better than guessing \(weighted error 0.5000 >= 1 − 1/K = 0.5000",
      r"찍기보다 나을 게 없어서\(가중 오류 0.5000")),
    ("ada regressor loss", lambda: AdaBoostRegressor(loss="huber").fit(X, t),
     ("loss must be one of", "loss는")),
    ("gb learning_rate", lambda: GradientBoostingClassifier(learning_rate=-0.1).fit(X, y),
     ("learning_rate must be a number > 0, got -0.1", "learning_rate는 0보다 큰 숫자여야 하는데 -0.1")),
    ("gb n_estimators", lambda: GradientBoostingRegressor(n_estimators=0).fit(X, t),
     ("n_estimators must be a whole number >= 1", "n_estimators는 1 이상의 정수")),
    ("gb subsample 0", lambda: GradientBoostingClassifier(subsample=0.0).fit(X, y),
     (r"subsample must be a fraction in \(0, 1\], got 0.0", r"subsample는 \(0, 1\] 범위의 비율이어야 하는데 0.0")),
    ("gb subsample 1.5", lambda: GradientBoostingRegressor(subsample=1.5).fit(X, t),
     (r"subsample must be a fraction in \(0, 1\], got 1.5", r"subsample는 \(0, 1\] 범위의")),
    ("gb validation_fraction", lambda: GradientBoostingRegressor(n_iter_no_change=2,
                                                                validation_fraction=1.0).fit(X, t),
     (r"validation_fraction must be a fraction in \(0, 1\)", r"validation_fraction는 \(0, 1\) 범위의")),
    ("gb loss", lambda: GradientBoostingClassifier(loss="exponential").fit(X, y),
     ("loss must be one of", "loss는")),
    ("gb continuous labels", lambda: GradientBoostingClassifier().fit(X, t + 0.5),
     (r"y holds continuous values \(e.g. 0.5\)", r"연속값\(예: 0.5\)")),
    ("gb sample_weight", lambda: GradientBoostingRegressor().fit(X, t, sample_weight=[1.0, -1.0, 1, 1, 1, 1]),
     (r"sample_weight\[1\] = -1.0", r"0 이상의 유한한 수여야 하는데 sample_weight\[1\] = -1.0")),
]


@pytest.mark.parametrize(("case", "call", "texts"), CASES, ids=[c[0] for c in CASES])
def test_error_in_both_languages(case, call, texts):
    for lang, text in zip(("en", "ko"), texts):
        with language(lang), pytest.raises(ValueError, match=text):
            call()


def test_predict_before_fit_and_wrong_features():
    for model in (AdaBoostClassifier(), GradientBoostingClassifier()):
        with pytest.raises(Exception, match="not fitted"):
            model.predict(X)
        model.fit(X, y)
        with pytest.raises(ValueError, match="3 features.*2|2.*3 features|3.*2"):
            model.predict(np.hstack([X, X[:, :1]]))


def test_weights_that_overflow_stop_boosting_with_a_warning():
    rng = np.random.default_rng(0)
    X_noise, y_noise = rng.normal(size=(60, 2)), rng.integers(0, 2, 60)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = AdaBoostClassifier(n_estimators=400, learning_rate=50.0).fit(X_noise, y_noise)
    messages = [str(w.message) for w in caught if "infinite" in str(w.message)]
    assert len(model.estimators_) < 400 and messages, (len(model.estimators_), [str(w.message) for w in caught])
