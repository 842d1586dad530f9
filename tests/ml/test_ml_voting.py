"""VotingClassifier and VotingRegressor against scikit-learn's: the same members give exactly the same votes,
probabilities and transforms; mldlab's own members give the same predictions; bad estimator lists, voting
names, weights and members are refused with clear errors in both languages."""

import inspect

import numpy as np
import pytest

from mldlab.estimator import clone
from mldlab.i18n import language
from mldlab.ml import (
    BaseEstimator,
    ClassifierMixin,
    DecisionTreeClassifier,
    KNeighborsClassifier,
    KNeighborsRegressor,
    LinearRegression,
    LogisticRegression,
    NotFittedError,
    RegressorMixin,
    Ridge,
    SGDClassifier,
    StandardScaler,
    VotingClassifier,
    VotingRegressor,
    make_pipeline,
)


class _Theirs(BaseEstimator):
    """A scikit-learn estimator inside mldlab's contract: mldlab's voting then combines exactly their outputs."""

    def __init__(self, est=None):
        self.est = est

    def fit(self, X, y):
        from sklearn.base import clone as sk_clone

        self.fitted_ = sk_clone(self.est).fit(X, y)
        self.classes_ = getattr(self.fitted_, "classes_", None)
        return self

    def predict(self, X):
        return self.fitted_.predict(X)

    def predict_proba(self, X):
        return self.fitted_.predict_proba(X)


class _TheirClassifier(ClassifierMixin, _Theirs):
    pass


class _TheirRegressor(RegressorMixin, _Theirs):
    pass


def _sk_members(sklearn):
    from sklearn.neighbors import KNeighborsClassifier as SkKNN
    from sklearn.pipeline import make_pipeline as sk_make_pipeline
    from sklearn.preprocessing import StandardScaler as SkScaler
    from sklearn.tree import DecisionTreeClassifier as SkTree

    return [("lr", sk_make_pipeline(SkScaler(), sklearn.linear_model.LogisticRegression(max_iter=1000))),
            ("knn", SkKNN(n_neighbors=7)), ("tree", SkTree(max_depth=3, random_state=0))]


def _our_members():
    return [("lr", make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))),
            ("knn", KNeighborsClassifier(n_neighbors=7)), ("tree", DecisionTreeClassifier(max_depth=3))]


@pytest.mark.parametrize("name", ["iris", "wine", "moons"])
@pytest.mark.parametrize(("voting", "weights"), [("hard", None), ("soft", None), ("hard", [1, 2, 2]),
                                                 ("soft", [0.5, 1.0, 2.0])])
def test_same_members_give_exactly_sklearns_votes(sklearn, ml_data, name, voting, weights):
    from sklearn.ensemble import VotingClassifier as SkVoting

    X_train, X_test, y_train, _ = ml_data(name)
    members = _sk_members(sklearn)
    ours = VotingClassifier([(n, _TheirClassifier(e)) for n, e in members], voting=voting, weights=weights)
    theirs = SkVoting(members, voting=voting, weights=weights)
    ours.fit(X_train, y_train)
    theirs.fit(X_train, y_train)
    assert np.array_equal(ours.classes_, theirs.classes_)
    assert np.array_equal(ours.predict(X_test), theirs.predict(X_test))
    assert np.array_equal(ours.transform(X_test), theirs.transform(X_test))
    if voting == "soft":
        assert np.array_equal(ours.predict_proba(X_test), theirs.predict_proba(X_test))
    else:
        assert not hasattr(ours, "predict_proba") and not hasattr(theirs, "predict_proba")


@pytest.mark.parametrize("name", ["iris", "moons"])
@pytest.mark.parametrize("voting", ["hard", "soft"])
def test_our_members_predict_like_sklearns(sklearn, ml_data, name, voting):
    """On data where each mldlab member predicts as its scikit-learn twin (on wine and breast cancer the depth-3
    trees meet exactly tied splits, which scikit-learn breaks by a random feature order; logistic regression's
    probabilities agree to scikit-learn's stopping tolerance, 1e-4 here)."""
    from sklearn.ensemble import VotingClassifier as SkVoting

    X_train, X_test, y_train, _ = ml_data(name)
    ours = VotingClassifier(_our_members(), voting=voting).fit(X_train, y_train)
    theirs = SkVoting(_sk_members(sklearn), voting=voting).fit(X_train, y_train)
    assert np.array_equal(ours.predict(X_test), theirs.predict(X_test))
    if voting == "soft":
        np.testing.assert_allclose(ours.predict_proba(X_test), theirs.predict_proba(X_test), atol=1e-4)


def test_text_labels_named_estimators_and_flatten_transform(ml_data):
    X_train, X_test, y_train, _ = ml_data("iris")
    labels = np.array(["setosa", "versicolor", "virginica"])
    vote = VotingClassifier(_our_members(), voting="soft", flatten_transform=False).fit(X_train, labels[y_train])
    assert set(vote.predict(X_test)) <= set(labels) and vote.classes_.tolist() == labels.tolist()
    assert vote.transform(X_test).shape == (3, len(X_test), 3)
    assert vote.named_estimators_.knn is vote.estimators_[1] and vote.named_estimators_["tree"].get_depth() <= 3
    assert vote.estimators_[1].classes_.tolist() == [0, 1, 2]  # the members learn class positions


def test_drop_set_params_and_get_params(ml_data):
    X_train, X_test, y_train, _ = ml_data("iris")
    vote = VotingClassifier(_our_members(), weights=[1, 1, 1])
    assert vote.get_params()["knn__n_neighbors"] == 7 and "tree" in vote.get_params()
    vote.set_params(knn__n_neighbors=3, tree="drop")
    assert vote.estimators[1][1].n_neighbors == 3
    vote.fit(X_train, y_train)
    assert len(vote.estimators_) == 2 and vote.named_estimators_.tree == "drop"
    alone = VotingClassifier(_our_members()[:2]).fit(X_train, y_train)
    assert np.array_equal(vote.predict(X_test), alone.predict(X_test))
    assert repr(clone(vote)) == repr(vote)


def test_voting_regressor_matches_sklearn(sklearn, ml_data):
    from sklearn.ensemble import VotingRegressor as SkVoting
    from sklearn.neighbors import KNeighborsRegressor as SkKNN

    X_train, X_test, y_train, _ = ml_data("diabetes")
    members = [("lr", sklearn.linear_model.LinearRegression()), ("ridge", sklearn.linear_model.Ridge(alpha=0.5)),
               ("knn", SkKNN(n_neighbors=5))]
    for weights in (None, [1.0, 2.0, 0.5]):
        ours = VotingRegressor([(n, _TheirRegressor(e)) for n, e in members], weights=weights).fit(X_train, y_train)
        theirs = SkVoting(members, weights=weights).fit(X_train, y_train)
        np.testing.assert_array_equal(ours.predict(X_test), theirs.predict(X_test))
        np.testing.assert_array_equal(ours.transform(X_test), theirs.transform(X_test))
        mine = VotingRegressor([("lr", LinearRegression()), ("ridge", Ridge(alpha=0.5)),
                                ("knn", KNeighborsRegressor(n_neighbors=5))], weights=weights).fit(X_train, y_train)
        np.testing.assert_allclose(mine.predict(X_test), theirs.predict(X_test), rtol=1e-6)


def test_parameters_have_sklearns_names_and_defaults(sklearn):
    from sklearn import ensemble

    for ours in (VotingClassifier, VotingRegressor):
        theirs = inspect.signature(getattr(ensemble, ours.__name__)).parameters
        mine = inspect.signature(ours).parameters
        assert list(mine) == list(theirs)
        assert all(repr(mine[p].default) == repr(theirs[p].default) for p in mine)


def _error(make_and_fit, lang: str) -> str:
    with language(lang), pytest.raises((ValueError, AttributeError)) as info:
        make_and_fit()
    return str(info.value)


@pytest.mark.parametrize(("build", "english", "korean"), [
    (lambda: VotingClassifier(LogisticRegression()), "non-empty list of (name, estimator) pairs", "쌍의"),
    (lambda: VotingClassifier([LogisticRegression()]), "non-empty list of (name, estimator) pairs", "쌍의"),
    (lambda: VotingClassifier([]), "non-empty list", "비어 있지 않은"),
    (lambda: VotingClassifier([("a", LogisticRegression()), ("a", KNeighborsClassifier())]), "must be different",
     "서로 달라야"),
    (lambda: VotingClassifier([("voting", LogisticRegression())]), "parameter's name", "매개변수 이름"),
    (lambda: VotingClassifier([("a", "drop")]), "every estimator is 'drop'", "'drop'"),
    (lambda: VotingClassifier([("lr", LinearRegression())]), "should be a classifier", "분류기여야"),
    (lambda: VotingRegressor([("knn", KNeighborsClassifier())]), "should be a regressor", "회귀 모델이어야"),
    (lambda: VotingClassifier(_our_members(), voting="x"), "voting", "voting"),
    (lambda: VotingClassifier(_our_members(), weights=[1, 2]), "2 weights for 3 estimators", "가중치는 2개"),
    (lambda: VotingClassifier([("svm", SGDClassifier())], voting="soft"), "'svm' (SGDClassifier) has none",
     "predict_proba가 없습니다"),
])
def test_bad_input_clear_errors_in_both_languages(ml_data, build, english, korean):
    X_train, _, y_train, _ = ml_data("iris")
    assert english in _error(lambda: build().fit(X_train, y_train), "en")
    assert korean in _error(lambda: build().fit(X_train, y_train), "ko")


def test_predict_proba_with_hard_voting_and_before_fit(ml_data):
    X_train, X_test, y_train, _ = ml_data("iris")
    vote = VotingClassifier(_our_members()).fit(X_train, y_train)
    with pytest.raises(AttributeError, match="voting='hard'"):
        vote.predict_proba(X_test)
    with pytest.raises(NotFittedError):
        VotingClassifier(_our_members(), voting="soft").predict_proba(X_test)
    with pytest.raises(ValueError, match="X has 2 features, but VotingClassifier was fitted with 4"):
        vote.predict(X_test[:, :2])
    with pytest.raises(ValueError, match="continuous"):
        VotingClassifier(_our_members()).fit(X_train, X_train[:, 0] + 0.5)
