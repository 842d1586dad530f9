"""The estimator contract: ``check_estimator`` over every estimator, the base class, and proof that the suite
catches estimators that break a rule."""

import inspect
import warnings

import numpy as np
import pytest

import mldlab.ml
from mldlab.exceptions import NotFittedError
from mldlab.ml import (
    BaseEstimator,
    ClassifierMixin,
    GridSearchCV,
    KNeighborsClassifier,
    KNeighborsRegressor,
    Lasso,
    LinearRegression,
    LogisticRegression,
    MinMaxScaler,
    OneHotEncoder,
    PolynomialFeatures,
    Ridge,
    SGDClassifier,
    SGDRegressor,
    StandardScaler,
    check_estimator,
    check_is_fitted,
    check_X_y,
    clone,
    make_pipeline,
)

ESTIMATORS = [
    KNeighborsClassifier(),
    KNeighborsClassifier(3, weights="distance", algorithm="kd_tree", p=1),
    KNeighborsRegressor(),
    KNeighborsRegressor(4, weights="distance", algorithm="brute", metric="manhattan"),
    LinearRegression(),
    LinearRegression(fit_intercept=False),
    Ridge(alpha=0.5),
    Lasso(alpha=0.05),
    LogisticRegression(),
    LogisticRegression(C=0.1, fit_intercept=False),
    SGDRegressor(max_iter=20),
    SGDClassifier(max_iter=20),
    SGDClassifier(loss="log_loss", optimizer="adam", max_iter=20),
    StandardScaler(),
    MinMaxScaler(feature_range=(-1, 1)),
    PolynomialFeatures(degree=3),
    OneHotEncoder(),
    make_pipeline(StandardScaler(), KNeighborsClassifier()),
    make_pipeline(PolynomialFeatures(), Ridge()),
    GridSearchCV(LogisticRegression(), {"C": [0.1, 1.0]}, cv=3),
    GridSearchCV(KNeighborsRegressor(), {"n_neighbors": [2, 5]}, cv=3),
    mldlab.ml.AdaBoostClassifier(n_estimators=10),
    mldlab.ml.AdaBoostRegressor(n_estimators=10, loss="square"),
    mldlab.ml.GradientBoostingClassifier(n_estimators=10, subsample=0.8, max_features=2),
    mldlab.ml.GradientBoostingRegressor(n_estimators=10, n_iter_no_change=2),
    mldlab.ml.RandomForestClassifier(n_estimators=10),
    mldlab.ml.RandomForestRegressor(n_estimators=10, oob_score=True, max_samples=0.8),
    mldlab.ml.BaggingClassifier(KNeighborsClassifier(), max_features=2, oob_score=True),
    mldlab.ml.BaggingRegressor(bootstrap=False, max_samples=30),
    mldlab.ml.VotingClassifier([("lr", LogisticRegression()), ("knn", KNeighborsClassifier())], voting="soft"),
    mldlab.ml.VotingRegressor([("ridge", Ridge()), ("knn", KNeighborsRegressor())], weights=[2, 1]),
    mldlab.ml.KMeans(n_clusters=3),
    mldlab.ml.KMeans(n_clusters=2, init="random", n_init=2, tol=0.0),
    mldlab.ml.MiniBatchKMeans(n_clusters=3, batch_size=20),
    mldlab.ml.PCA(),
    mldlab.ml.PCA(2, whiten=True),
    mldlab.ml.PCA(0.9, svd_solver="full"),
    mldlab.ml.PCA(2, svd_solver="randomized"),
    mldlab.ml.DBSCAN(eps=1.0, min_samples=4),
    mldlab.ml.DBSCAN(eps=2.0, metric="manhattan", min_samples=3),
    mldlab.ml.AgglomerativeClustering(n_clusters=3),
    mldlab.ml.AgglomerativeClustering(n_clusters=None, distance_threshold=2.0, linkage="average", metric="manhattan"),
    mldlab.ml.AgglomerativeClustering(linkage="single", compute_distances=True),
    mldlab.ml.GaussianMixture(),
    mldlab.ml.GaussianMixture(3, covariance_type="diag", n_init=2, init_params="k-means++"),
    mldlab.ml.GaussianMixture(2, covariance_type="tied", init_params="random_from_data", warm_start=True),
    mldlab.ml.TSNE(perplexity=5, max_iter=250, random_state=0),
]


@pytest.mark.parametrize("estimator", ESTIMATORS, ids=repr)
def test_check_estimator(estimator):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SGD with 20 epochs may stop before it converges
        check_estimator(estimator)


def test_repr_shows_only_what_differs_from_the_defaults(sklearn):
    for ours, theirs in ((KNeighborsClassifier(), sklearn.neighbors.KNeighborsClassifier()),
                         (KNeighborsClassifier(3, weights="distance"),
                          sklearn.neighbors.KNeighborsClassifier(3, weights="distance")),
                         (Lasso(alpha=0.1, max_iter=50), sklearn.linear_model.Lasso(alpha=0.1, max_iter=50)),
                         (LogisticRegression(C=2.0), sklearn.linear_model.LogisticRegression(C=2.0)),
                         (PolynomialFeatures(3, include_bias=False),
                          sklearn.preprocessing.PolynomialFeatures(3, include_bias=False))):
        assert repr(ours) == repr(theirs)


@pytest.mark.parametrize(("ours", "theirs"), [
    ("KNeighborsClassifier", "neighbors"), ("KNeighborsRegressor", "neighbors"), ("LinearRegression", "linear_model"),
    ("Ridge", "linear_model"), ("Lasso", "linear_model"), ("LogisticRegression", "linear_model"),
    ("SGDClassifier", "linear_model"), ("SGDRegressor", "linear_model"), ("PolynomialFeatures", "preprocessing"),
    ("OneHotEncoder", "preprocessing"), ("KFold", "model_selection"), ("StratifiedKFold", "model_selection"),
    ("GridSearchCV", "model_selection"), ("Pipeline", "pipeline"), ("StandardScaler", "preprocessing"),
    ("MinMaxScaler", "preprocessing"),
    ("AdaBoostClassifier", "ensemble"), ("AdaBoostRegressor", "ensemble"), ("GradientBoostingClassifier", "ensemble"),
    ("GradientBoostingRegressor", "ensemble"),
])
def test_parameters_have_scikit_learns_names_and_defaults(sklearn, ours, theirs):
    mine = getattr(mldlab.ml, ours)._param_names()
    reference = getattr(getattr(sklearn, theirs), ours)
    defaults = {name: p.default for name, p in inspect.signature(reference).parameters.items()}
    own = {"optimizer", "batch_size"}  # SGD only: mldlab's optimizers and mini-batches
    assert set(mine) - own <= set(defaults), set(mine) - own - set(defaults)
    signature = inspect.signature(getattr(mldlab.ml, ours)).parameters
    for name in set(mine) - own:
        if signature[name].default is not inspect.Parameter.empty:
            assert repr(signature[name].default) == repr(defaults[name]), name


def test_get_set_params_nested_and_errors():
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier())
    search = GridSearchCV(pipe, {"kneighborsclassifier__n_neighbors": [1]})
    params = search.get_params()
    assert params["estimator__kneighborsclassifier__n_neighbors"] == 5
    search.set_params(estimator__kneighborsclassifier__weights="distance", cv=3)
    assert pipe.named_steps["kneighborsclassifier"].weights == "distance" and search.cv == 3
    with pytest.raises(ValueError, match="Invalid parameter 'n_neighbours' for estimator KNeighborsClassifier"):
        KNeighborsClassifier().set_params(n_neighbours=3)
    with pytest.raises(TypeError, match="expected an estimator"):
        clone("knn")
    with pytest.raises(NotFittedError, match="This LinearRegression instance is not fitted yet"):
        check_is_fitted(LinearRegression())


class _Broken(ClassifierMixin, BaseEstimator):
    """A 1-nearest-neighbour classifier that breaks one rule of the contract, chosen by ``rule``."""

    def __init__(self, rule="none", size=1):
        self.rule = rule
        self.size = size if rule != "init" else size + 1

    def fit(self, X, y):
        if self.rule == "bad_input":
            X = np.nan_to_num(np.asarray(X).reshape(len(y), -1))
        else:
            X, y = check_X_y(X, y, "fit")  # the same array when it is float64 already
        self.classes_, self.n_features_in_ = np.unique(y), np.shape(X)[1]
        self.X_, self.y_ = np.asarray(X), np.asarray(y)
        if self.rule == "mutation":
            X[0, 0] += 1
        return None if self.rule == "fit" else self

    def predict(self, X):
        if self.rule != "not_fitted":
            check_is_fitted(self)
        X = np.asarray(X)
        if self.rule != "features" and X.shape[1] != self.n_features_in_:
            raise ValueError(f"{X.shape[1]} features, fitted with {self.n_features_in_}")
        nearest = ((X[:, None, : self.n_features_in_] - self.X_[None]) ** 2).sum(-1).argmin(1)
        labels = self.y_[nearest]
        return np.flip(labels) if self.rule == "outputs" and len(labels) > 10 else labels

    def score(self, X, y):
        return 1.0 if self.rule == "score" else super().score(X, y)


@pytest.mark.parametrize(("rule", "words"), [("init", "clone must give"), ("fit", "must return the estimator"),
                                             ("not_fitted", "NotFittedError"), ("mutation", "must not change"),
                                             ("features", "names both numbers"), ("bad_input", "NaN"),
                                             ("score", "score must be")])
def test_check_estimator_catches_a_broken_rule(rule, words):
    check_estimator(_Broken())
    with pytest.raises(AssertionError, match=words):
        check_estimator(_Broken(rule))
