"""The content of the session-2 figures: region colours are the model's predictions, tree boxes are tree_'s
numbers, ROC lines are roc_curve's points, bars are the importances, curves are learning_curve's scores; both
languages; clear errors for what cannot be drawn."""


import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.patches import FancyArrowPatch

from mldlab import viz
from mldlab.data import gaussians, load_diabetes, load_iris, load_wine, moons
from mldlab.exceptions import NotFittedError
from mldlab.metrics import roc_auc_score, roc_curve
from mldlab.ml import (
    DecisionTreeClassifier,
    DecisionTreeRegressor,
    KNeighborsClassifier,
    LogisticRegression,
    StandardScaler,
    learning_curve,
    make_pipeline,
    validation_curve,
)
from mldlab.viz import _style


@pytest.fixture(scope="module")
def two_moons():
    X, y = moons(n_samples=80, noise=0.3, seed=0)
    X_test, y_test = moons(n_samples=40, noise=0.3, seed=1)
    return X, y, X_test, y_test


@pytest.fixture(scope="module")
def iris():
    return load_iris()


def _region_classes(image: np.ndarray, n_classes: int) -> np.ndarray:
    """Undo 1 − a·(1 − colour): the class colour each pixel is a shade of."""
    colours = np.array([to_rgb(_style.CLASS_COLOURS[k]) for k in range(n_classes)])
    darkness = 1 - image.reshape(-1, 3)
    misfit = []
    for colour in colours:
        a = darkness @ (1 - colour) / ((1 - colour) @ (1 - colour))
        misfit.append(np.abs(darkness - a[:, None] * (1 - colour)).sum(axis=1))
    return np.argmin(misfit, axis=0).reshape(image.shape[:2])


def test_decision_regions_colours_are_the_models_predictions(two_moons):
    X, y, X_test, y_test = two_moons
    models = [KNeighborsClassifier(n_neighbors=k).fit(X, y) for k in (1, 15)]
    fig = viz.decision_regions(models, X, y, X_test=X_test, y_test=y_test, resolution=60, lang="en")
    for ax, model, drawn in zip(fig.axes, models, fig.regions):
        grid = np.c_[drawn["xx"].ravel(), drawn["yy"].ravel()]
        np.testing.assert_array_equal(drawn["predicted"].ravel(), model.predict(grid))
        image = [im for im in ax.images if im.get_gid() == "regions"][0].get_array()
        np.testing.assert_array_equal(_region_classes(np.asarray(image), 2), drawn["predicted"])
        assert ax.get_title().splitlines() == [repr(model), f"accuracy: train {model.score(X, y):.2f}, "
                                                             f"test {model.score(X_test, y_test):.2f}"]
        assert sum(len(c.get_offsets()) for c in ax.collections if c.get_offsets().size) >= len(X) + len(X_test)
    assert fig.regions[0]["train"] == 1.0 > fig.regions[1]["train"]  # k = 1 remembers every training point
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["class 0 (train)", "class 1 (train)",
                                                                  "class 0 (test)", "class 1 (test)"]


def test_decision_regions_any_classifier_named_labels_and_korean(sklearn):
    X, y = gaussians(n_samples=90, n_classes=3, seed=0)
    names = np.array(["setosa", "versicolor", "virginica"])[y]
    svm = sklearn.svm.LinearSVC().fit(X, names)  # predict only, no predict_proba
    fig = viz.decision_regions({"SVM": svm}, X, names, resolution=50, lang="ko")
    drawn = fig.regions[0]
    np.testing.assert_array_equal(drawn["predicted"].ravel(), svm.predict(np.c_[drawn["xx"].ravel(),
                                                                                  drawn["yy"].ravel()]))
    index = np.searchsorted(np.unique(names), drawn["predicted"])
    np.testing.assert_array_equal(_region_classes(np.asarray(fig.axes[0].images[0].get_array()), 3), index)
    assert fig.axes[0].get_title() == f"SVM\n학습 정확도 {svm.score(X, names):.2f}"
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [f"클래스 {n} (학습)" for n in np.unique(names)]


def test_decision_regions_many_panels_and_one_axes(two_moons):
    X, y, _, _ = two_moons
    models = [KNeighborsClassifier(n_neighbors=k).fit(X, y) for k in (1, 3, 9, 27)]
    fig = viz.decision_regions(models, X, y, resolution=20)
    assert [ax.get_visible() for ax in fig.axes] == [True] * 4 + [False] * 2  # two rows of three
    varied = viz.decision_regions(KNeighborsClassifier(), X, y, vary={"n_neighbors": [1, 3, 9, 27]}, resolution=20)
    assert [ax.get_title() for ax in varied.axes[:4]] == [ax.get_title() for ax in fig.axes[:4]]
    for mine, theirs in zip(varied.regions, fig.regions):
        np.testing.assert_array_equal(mine["predicted"], theirs["predicted"])
    with pytest.raises(ValueError, match="vary takes one model and one parameter"):
        viz.decision_regions(KNeighborsClassifier(), X, y, vary={"n_neighbors": [1], "p": [1]})
    own = _style.blank()
    ax = own.subplots()
    assert viz.decision_regions(models[0], X, y, ax=ax, resolution=20) is own
    assert ax.get_legend() is not None


def test_decision_regions_errors_are_clear_in_both_languages(two_moons):
    X, y, _, _ = two_moons
    knn = KNeighborsClassifier().fit(X, y)
    X3 = np.c_[X, X[:, 0]]
    with pytest.raises(ValueError, match=r"exactly 2 columns .* got shape \(80, 3\)\. Hint: .*X\[:, \[0, 1\]\]"):
        viz.decision_regions(knn, X3, y)
    with pytest.raises(ValueError, match=r"fitted on 3 features, but the picture has 2 axes"):
        viz.decision_regions(KNeighborsClassifier().fit(X3, y), X, y)
    with pytest.raises(NotFittedError, match="not fitted yet"):
        viz.decision_regions(KNeighborsClassifier(), X, y)
    with pytest.raises(TypeError, match="expected a fitted model with predict"):
        viz.decision_regions("knn", X, y)
    with pytest.raises(ValueError, match="one title per model, got 2 models and 1 titles"):
        viz.decision_regions([knn, knn], X, y, titles=["a"])
    with pytest.raises(ValueError, match="ax= draws one model, got 2"):
        viz.decision_regions([knn, knn], X, y, ax=_style.blank().subplots())
    with pytest.raises(ValueError, match=r"one label per row of X \(80 rows\), got shape \(79,\)"):
        viz.decision_regions(knn, X, y[:-1])
    with pytest.raises(ValueError, match=r"X\[3, 1\] = nan"):
        viz.decision_regions(knn, np.where(np.arange(160).reshape(80, 2) == 7, np.nan, X), y)
    with pytest.raises(ValueError, match=r"X는 열이 정확히 2개.*힌트"):
        viz.decision_regions(knn, X3, y, lang="ko")
    with pytest.raises(NotFittedError, match="아직 학습되지 않았습니다"):
        viz.decision_regions(KNeighborsClassifier(), X, y, lang="ko")


def _shown_depths(tree):
    t = tree.tree_
    depth = np.zeros(t.node_count, dtype=int)
    for node in range(t.node_count):
        if t.children_left[node] >= 0:
            depth[[t.children_left[node], t.children_right[node]]] = depth[node] + 1
    return depth


def test_tree_diagram_boxes_are_the_trees_numbers(iris):
    X, y = iris
    tree = DecisionTreeClassifier(max_depth=3).fit(X, y)
    names = ["setosa", "versicolor", "virginica"]
    fig = viz.tree_diagram(tree, ["sl", "sw", "pl", "pw"], names, lang="en")
    t = tree.tree_
    assert sorted(fig.boxes) == list(range(t.node_count))
    for i, box in fig.boxes.items():
        assert box.get_gid() == f"node:{i}"
        lines = box.get_text().splitlines()
        counts = t.value[i] * t.n_node_samples[i]
        expected = [f"gini = {t.impurity[i]:.3f}", f"samples = {t.n_node_samples[i]}",
                    "value = [" + ", ".join(str(int(round(c))) for c in counts) + "]",
                    f"class = {names[int(np.argmax(t.value[i]))]}"]
        if t.children_left[i] >= 0:
            expected.insert(0, f"{['sl', 'sw', 'pl', 'pw'][t.feature[i]]} ≤ {t.threshold[i]:.3g}")
        assert lines == expected
        x, y_position = box.get_position()
        assert y_position == -_shown_depths(tree)[i]
    arrows = [p for p in fig.axes[0].patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == t.node_count - 1
    assert [a.get_text() for a in fig.axes[0].texts if a.get_gid() == "answer"] == ["True", "False"]
    assert fig.axes[0].get_title() == f"DecisionTreeClassifier: depth 3, {tree.get_n_leaves()} leaves"


def test_tree_diagram_same_boxes_as_for_sklearns_tree(sklearn):
    X, y = load_wine()  # no tied splits (on iris, two root splits tie and the trees may take either)
    X = X.astype(np.float64)
    ours = viz.tree_diagram(DecisionTreeClassifier(max_depth=3).fit(X, y))
    theirs = viz.tree_diagram(sklearn.tree.DecisionTreeClassifier(max_depth=3, random_state=0).fit(X, y))
    assert len(ours.boxes) == 15
    assert [ours.boxes[i].get_text() for i in range(15)] == [theirs.boxes[i].get_text() for i in range(15)]


def test_tree_diagram_deep_tree_is_cut_and_regressor_in_korean():
    X, y = moons(n_samples=200, noise=0.35, seed=0)
    tree = DecisionTreeClassifier(random_state=0).fit(X, y)
    assert tree.get_depth() > 4
    fig = viz.tree_diagram(tree, lang="ko")
    depth = _shown_depths(tree)
    assert sorted(fig.boxes) == [i for i in range(tree.tree_.node_count) if depth[i] <= 4]
    cut = [i for i in fig.boxes if depth[i] == 4 and tree.tree_.children_left[i] >= 0]
    assert len([t for t in fig.axes[0].texts if t.get_gid() == "cut"]) == len(cut) > 0
    assert "처음 4단계만" in fig.axes[0].get_title()
    assert len(viz.tree_diagram(tree, max_depth=1).boxes) == 3
    Xd, yd = load_diabetes()
    reg = DecisionTreeRegressor(max_depth=2).fit(Xd, yd)
    fig = viz.tree_diagram(reg, lang="ko")
    for i, box in fig.boxes.items():
        assert box.get_text().splitlines()[-1] == f"값 = {reg.tree_.value[i]:.3g}"
        assert f"샘플 수 = {reg.tree_.n_node_samples[i]}" in box.get_text()
    assert [a.get_text() for a in fig.axes[0].texts if a.get_gid() == "answer"] == ["예", "아니오"]


def test_tree_diagram_errors(iris):
    X, y = iris
    with pytest.raises(NotFittedError):
        viz.tree_diagram(DecisionTreeClassifier())
    with pytest.raises(TypeError, match=r"DecisionTreeClassifier or DecisionTreeRegressor, got KNeighbors.*Hint"):
        viz.tree_diagram(KNeighborsClassifier().fit(X, y))
    with pytest.raises(ValueError, match="expected 4 feature names"):
        viz.tree_diagram(DecisionTreeClassifier(max_depth=1).fit(X, y), feature_names=["a"])
    with pytest.raises(ValueError, match="max_depth must be a whole number"):
        viz.tree_diagram(DecisionTreeClassifier(max_depth=1).fit(X, y), max_depth=-1)


def test_feature_importances_bars_sorted_from_the_top(iris):
    X, y = iris
    tree = DecisionTreeClassifier(max_depth=3).fit(X, y)
    names = ["sepal length", "sepal width", "petal length", "petal width"]
    fig = viz.feature_importances(tree, names, lang="ko")
    ax = fig.axes[0]
    bars = sorted(ax.containers[0], key=lambda bar: -bar.get_y())  # top bar first
    order = np.argsort(-tree.feature_importances_, kind="stable")
    np.testing.assert_allclose([bar.get_width() for bar in bars], tree.feature_importances_[order])
    assert [label.get_text() for label in ax.get_yticklabels()] == [names[j] for j in order]
    assert fig.order == order.tolist()
    assert ax.get_title() == "DecisionTreeClassifier의 특성 중요도"
    linear = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
    fig = viz.feature_importances(linear, top=2, lang="en")
    size = np.abs(linear.steps[-1][1].coef_).mean(axis=0)
    np.testing.assert_allclose(sorted((b.get_width() for b in fig.axes[0].containers[0]), reverse=True),
                               np.sort(size)[::-1][:2])
    assert fig.axes[0].get_title().splitlines()[-1] == "(the 2 largest of 4)"
    with pytest.raises(TypeError, match="has no feature_importances_ or coef_"):
        viz.feature_importances(KNeighborsClassifier().fit(X, y))
    with pytest.raises(ValueError, match="kind must be"):
        viz.feature_importances(tree, kind="gain")


def test_roc_lines_are_roc_curves_points_and_the_legend_their_auc(skm, two_moons):
    X, y, X_test, y_test = two_moons
    models = {"KNN": KNeighborsClassifier(n_neighbors=7).fit(X, y), "logistic": LogisticRegression().fit(X, y)}
    fig = viz.roc(models, X_test, y_test, lang="en")
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    for k, (name, model) in enumerate(models.items()):
        scores = model.predict_proba(X_test)[:, 1]
        fpr, tpr, _ = roc_curve(y_test, scores)
        line = [line for line in ax.lines if line.get_gid() == f"roc:{k}"][0]
        np.testing.assert_array_equal(line.get_xdata(), fpr)
        np.testing.assert_array_equal(line.get_ydata(), tpr)
        auc = roc_auc_score(y_test, scores)
        assert auc == pytest.approx(skm.roc_auc_score(y_test, scores), abs=1e-12)
        assert texts[k] == f"{name} (AUC = {auc:.3f})"
    assert texts[-1] == "chance (AUC = 0.5)"
    chance = [line for line in ax.lines if line.get_gid() == "chance"][0]
    assert list(chance.get_xdata()) == list(chance.get_ydata()) == [0, 1]
    korean = viz.roc(models["KNN"], X_test, y_test, lang="ko").axes[0]
    assert korean.get_title() == "ROC 곡선" and "재현율" in korean.get_ylabel()


def test_roc_of_decision_function_named_classes_and_errors(sklearn, two_moons, iris):
    X, y, X_test, y_test = two_moons
    labels = np.array(["no", "yes"])
    svm = sklearn.svm.LinearSVC().fit(X, labels[y])
    fig = viz.roc([svm], X_test, labels[y_test])
    fpr, tpr, _ = roc_curve(y_test, svm.decision_function(X_test))
    np.testing.assert_array_equal(fig.curves[0]["tpr"], tpr)
    assert fig.curves[0]["name"] == "LinearSVC()"
    X3, y3 = iris
    with pytest.raises(ValueError, match="needs 2 classes, the model has 3"):
        viz.roc(KNeighborsClassifier().fit(X3, y3), X3, y3)
    with pytest.raises(ValueError, match="X is needed"):
        viz.roc(svm, y=y_test)
    with pytest.raises(TypeError, match="neither predict_proba nor decision_function"):
        viz.roc(DecisionTreeRegressor().fit(X, y), X, y)
    with pytest.raises(ValueError, match="이진|2개"):
        viz.roc(KNeighborsClassifier().fit(X3, y3), X3, y3, lang="ko")


def test_learning_curve_draws_learning_curves_scores(two_moons):
    X, y, _, _ = two_moons
    model = KNeighborsClassifier(n_neighbors=1)
    fig = viz.learning_curve(model, X, y, train_sizes=[0.3, 0.6, 1.0], cv=4, lang="en")
    sizes, train, test = learning_curve(model, X, y, train_sizes=[0.3, 0.6, 1.0], cv=4)
    ax = fig.axes[0]
    for gid, scores in (("train", train), ("validation", test)):
        line = [line for line in ax.lines if line.get_gid() == gid][0]
        np.testing.assert_array_equal(line.get_xdata(), sizes)
        np.testing.assert_allclose(line.get_ydata(), scores.mean(axis=1))
        band = [c for c in ax.collections if c.get_gid() == f"{gid}_band"][0]
        low = band.get_paths()[0].vertices[:, 1].min()
        assert low == pytest.approx((scores.mean(axis=1) - scores.std(axis=1)).min())
    gap = train[-1].mean() - test[-1].mean()
    verdict = [t for t in ax.texts if t.get_gid() == "verdict"][0].get_text()
    assert verdict.startswith(f"gap {gap:.2f}: overfitting")
    assert ax.get_title() == "Learning curve: KNeighborsClassifier(n_neighbors=1)"


def test_validation_curve_marks_the_best_value_and_the_overfitting_side(two_moons, iris):
    X, y, _, _ = two_moons
    ks = [1, 3, 9, 27]
    fig = viz.validation_curve(KNeighborsClassifier(), X, y, "n_neighbors", ks, cv=4, lang="ko")
    train, test = validation_curve(KNeighborsClassifier(), X, y, param_name="n_neighbors", param_range=ks, cv=4)
    best = int(np.argmax(test.mean(axis=1)))
    assert fig.scores["best"] == ks[best]
    assert fig.scores["overfitting"] == ks[:best]  # small k: the training score runs away
    ax = fig.axes[0]
    assert [line for line in ax.lines if line.get_gid() == "best"][0].get_xdata()[0] == ks[best]
    np.testing.assert_allclose([line for line in ax.lines if line.get_gid() == "validation"][0].get_ydata(),
                               test.mean(axis=1))
    assert "과적합" in [t.get_text() for t in ax.texts]
    assert ax.get_title() == "검증 곡선: KNeighborsClassifier의 n_neighbors에 따라"
    Xi, yi = iris
    depths = [1, 2, 4, 8]
    fig = viz.validation_curve(DecisionTreeClassifier(random_state=0), Xi, yi, "max_depth", depths, lang="en")
    best = depths.index(fig.scores["best"])
    assert fig.scores["underfitting"] == depths[:best] and fig.scores["overfitting"] == depths[best + 1:]
    with pytest.raises(ValueError, match=r"values of weights must be numbers .* got \['uniform', 'distance'\]"):
        viz.validation_curve(KNeighborsClassifier(), X, y, "weights", ["uniform", "distance"])


def test_every_figure_draws_into_the_users_own_axes(two_moons, iris):
    X, y, X_test, y_test = two_moons
    Xi, yi = iris
    own = _style.blank(figsize=(16, 10))
    axes = own.subplots(2, 3).ravel()
    tree = DecisionTreeClassifier(max_depth=2).fit(Xi, yi)
    knn = KNeighborsClassifier().fit(X, y)
    drawn = [viz.tree_diagram(tree, ax=axes[0]), viz.feature_importances(tree, ax=axes[1]),
             viz.roc(knn, X_test, y_test, ax=axes[2]),
             viz.learning_curve(knn, X, y, train_sizes=[0.5, 1.0], cv=3, ax=axes[3]),
             viz.validation_curve(knn, X, y, "n_neighbors", [1, 5], cv=3, ax=axes[4]),
             viz.decision_regions(knn, X, y, resolution=20, ax=axes[5])]
    assert all(fig is own for fig in drawn)
    assert len(own.axes) == 6 and all(ax.has_data() or ax.texts for ax in axes)
