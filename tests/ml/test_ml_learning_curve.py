"""learning_curve and validation_curve against scikit-learn's: the same sizes, the same folds, the same scores."""

import numpy as np
import pytest

import mldlab
from mldlab.data import load_diabetes, load_iris, moons
from mldlab.ml import KFold, KNeighborsClassifier, KNeighborsRegressor, Ridge, learning_curve, validation_curve


@pytest.fixture(scope="module")
def iris():
    return load_iris()


def _same(ours, theirs):
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs):
        assert a.shape == b.shape
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=1e-12, equal_nan=True)


@pytest.mark.parametrize("train_sizes", [np.linspace(0.2, 1.0, 5), [0.5, 1.0], [20, 50, 96]])
def test_learning_curve_classifier_matches_sklearn(sklearn, train_sizes):
    X, y = moons(n_samples=120, noise=0.3, seed=0)
    ours = learning_curve(KNeighborsClassifier(n_neighbors=3), X, y, train_sizes=train_sizes)
    theirs = sklearn.model_selection.learning_curve(sklearn.neighbors.KNeighborsClassifier(n_neighbors=3), X, y,
                                                    train_sizes=train_sizes)
    _same(ours, theirs)
    assert ours[0].tolist() == ([19, 38, 57, 76, 96] if len(train_sizes) == 5 else [48, 96] if len(train_sizes) == 2
                                else [20, 50, 96])


def test_learning_curve_regressor_scoring_cv_and_times(sklearn):
    X, y = (a.astype(np.float64) for a in load_diabetes())
    kwargs = {"train_sizes": [0.3, 0.6, 1.0], "cv": KFold(4), "scoring": "neg_mean_squared_error"}
    ours = learning_curve(Ridge(alpha=0.5), X, y, return_times=True, **kwargs)
    theirs = sklearn.model_selection.learning_curve(sklearn.linear_model.Ridge(alpha=0.5), X, y, return_times=True,
                                                    **kwargs | {"cv": sklearn.model_selection.KFold(4)})
    _same(ours[:3], theirs[:3])
    assert ours[3].shape == ours[4].shape == (3, 4) and (ours[3] >= 0).all()


def test_learning_curve_sample_weight_is_cut_to_the_training_rows(sklearn):
    X, y = (a.astype(np.float64) for a in load_diabetes())
    w = np.linspace(0.5, 2.0, len(y))
    ridge = sklearn.linear_model.Ridge()  # mldlab's Ridge has no sample_weight
    ours = learning_curve(ridge, X, y, train_sizes=[0.5, 1.0], cv=3, params={"sample_weight": w})
    theirs = sklearn.model_selection.learning_curve(ridge, X, y, train_sizes=[0.5, 1.0], cv=3,
                                                    params={"sample_weight": w})
    _same(ours, theirs)
    unweighted = learning_curve(ridge, X, y, train_sizes=[0.5, 1.0], cv=3)
    assert not np.allclose(unweighted[2], ours[2])


def test_learning_curve_incremental_with_partial_fit(sklearn, iris):
    X, y = iris
    model = sklearn.linear_model.SGDClassifier(random_state=0)
    ours = learning_curve(model, X, y, exploit_incremental_learning=True, train_sizes=[0.5, 0.75, 1.0])
    theirs = sklearn.model_selection.learning_curve(model, X, y, exploit_incremental_learning=True,
                                                    train_sizes=[0.5, 0.75, 1.0])
    _same(ours, theirs)


def test_learning_curve_shuffle_is_seeded():
    X, y = moons(n_samples=120, noise=0.3, seed=0)
    a = learning_curve(KNeighborsClassifier(), X, y, train_sizes=[0.2, 1.0], shuffle=True, random_state=3)
    b = learning_curve(KNeighborsClassifier(), X, y, train_sizes=[0.2, 1.0], shuffle=True, random_state=3)
    c = learning_curve(KNeighborsClassifier(), X, y, train_sizes=[0.2, 1.0], shuffle=True, random_state=4)
    _same(a, b)
    assert not np.array_equal(a[2][0], c[2][0])
    np.testing.assert_array_equal(a[2][1], c[2][1])  # all training rows: the shuffle does not matter


def test_validation_curve_matches_sklearn(sklearn, iris):
    X, y = iris
    ours = validation_curve(KNeighborsClassifier(), X, y, param_name="n_neighbors", param_range=[1, 5, 25, 60])
    theirs = sklearn.model_selection.validation_curve(sklearn.neighbors.KNeighborsClassifier(), X, y,
                                                      param_name="n_neighbors", param_range=[1, 5, 25, 60])
    _same(ours, theirs)
    assert ours[0][0].tolist() == [1.0] * 5  # k = 1 remembers its training points


def test_validation_curve_regressor_with_groups_and_list_of_splits(sklearn):
    X, y = (a.astype(np.float64) for a in load_diabetes())
    folds = list(KFold(3).split(X))
    kwargs = {"param_name": "n_neighbors", "param_range": [2, 10], "cv": folds, "scoring": "r2"}
    _same(validation_curve(KNeighborsRegressor(), X, y, **kwargs),
          sklearn.model_selection.validation_curve(sklearn.neighbors.KNeighborsRegressor(), X, y, **kwargs))


def test_bad_train_sizes_and_error_score_are_explained(iris):
    X, y = iris
    knn = KNeighborsClassifier()
    with pytest.raises(ValueError, match=r"within \(0, 1\], got values from 0.0 to 1.5"):
        learning_curve(knn, X, y, train_sizes=[0.0, 1.5])
    with pytest.raises(ValueError, match=r"within \[1, 120\] .* from 10 to 500"):
        learning_curve(knn, X, y, train_sizes=[10, 500])
    with pytest.raises(ValueError, match="non-empty list of numbers"):
        learning_curve(knn, X, y, train_sizes=["a"])
    with pytest.warns(RuntimeWarning, match="duplicate training sizes removed: 1 sizes instead of 2"):
        learning_curve(knn, X, y, train_sizes=[60, 60])
    with pytest.raises(ValueError, match="error_score must be 'raise' or a number"):
        learning_curve(knn, X, y, error_score="ignore")
    with pytest.raises(ValueError, match="partial_fit"):
        learning_curve(knn, X, y, exploit_incremental_learning=True)
    mldlab.set_language("ko")
    with pytest.raises(ValueError, match="가장 큰 학습 부분"):
        learning_curve(knn, X, y, train_sizes=[0.0, 1.5])


def test_failed_fits_warn_raise_or_all_fail(iris):
    X, y = iris
    with pytest.warns(RuntimeWarning, match="4 of 8 fits failed and got the score nan"):
        train, test = validation_curve(KNeighborsClassifier(), X, y, param_name="n_neighbors", param_range=[5, 0],
                                       cv=4)
    assert np.isnan(test[1]).all() and not np.isnan(test[0]).any()
    with pytest.raises(ValueError, match="n_neighbors"):
        validation_curve(KNeighborsClassifier(), X, y, param_name="n_neighbors", param_range=[0], error_score="raise")
    with pytest.raises(ValueError, match="all 5 fits failed; the first error: ValueError"):
        validation_curve(KNeighborsClassifier(), X, y, param_name="n_neighbors", param_range=[0])


def test_verbose_prints_the_sizes_in_the_language_in_force(iris, capsys):
    X, y = iris
    learning_curve(KNeighborsClassifier(), X, y, train_sizes=[0.5, 1.0], verbose=1)
    assert capsys.readouterr().out == "[learning_curve] Training set sizes: [60, 120]\n"
    mldlab.set_language("ko")
    learning_curve(KNeighborsClassifier(), X, y, train_sizes=[0.5, 1.0], verbose=1)
    assert capsys.readouterr().out == "[learning_curve] 학습 데이터 크기: [60, 120]\n"
