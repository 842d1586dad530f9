"""One deep tree beside an ensemble of them: why averaging many trees smooths the regions and generalises better.

A single tree grown until its leaves are pure cuts the plane into many small boxes around single training points
(jagged regions, training accuracy 1.00, lower test accuracy: high variance). An ensemble grows M such trees, each
on a bootstrap sample of the rows (and, in a random forest, choosing each split among a few random features), and
averages their probabilities::

    p̂(k | x) = (1/M) Σₘ pₘ(k | x),      ŷ = argmaxₖ p̂(k | x)

The trees' mistakes differ from one sample to the next, so they partly cancel: the boundary is smoother and the
test accuracy is usually higher, though each tree alone is as jagged as the single one.
"""

from mldlab.data.split import train_test_split
from mldlab.i18n import message
from mldlab.ml.bagging import BaggingClassifier
from mldlab.ml.random_forest import RandomForestClassifier
from mldlab.ml.tree import DecisionTreeClassifier
from mldlab.viz import _style
from mldlab.viz.decision_regions import check_two_features, classes_of, draw_regions

ENSEMBLES = ("forest", "bagging")


def ensemble_vs_tree(X, y, *, ensemble: str = "forest", n_estimators: int = 100, max_depth=None,
                     test_size: float | None = 0.3, random_state: int = 0, resolution: int = 150,
                     feature_names=None, lang: str | None = None):
    """A single decision tree's regions and an ensemble's, fitted on the same 2-D data, side by side.

    Parameters
    ----------
    X, y : array-like of shape (n, 2) and (n,)
        Two features and the classes (e.g. ``mldlab.data.moons(noise=0.3)``).
    ensemble : {'forest', 'bagging'}, default 'forest'
        ``RandomForestClassifier`` or ``BaggingClassifier`` of ``DecisionTreeClassifier``.
    n_estimators : int, default 100
        Trees in the ensemble.
    max_depth : int or None, default None
        Depth of every tree (None: grown until the leaves are pure).
    test_size : float or None, default 0.3
        Share of the points held out (stratified) to measure the test accuracy, drawn as triangles; None fits
        on all the points.
    random_state : int, default 0
        Seeds the split, the tree and the ensemble.
    resolution : int, default 150
        Grid points along each axis.
    feature_names : (str, str), optional
    lang : {'en', 'ko'}, optional

    Returns
    -------
    matplotlib.figure.Figure
        ``fig.models`` holds the fitted ``tree`` and ``ensemble``; ``fig.regions`` the grids and accuracies of
        both panels, as in ``decision_regions``.

    Examples
    --------
    >>> from mldlab import viz
    >>> from mldlab.data import moons
    >>> X, y = moons(n_samples=200, noise=0.35, seed=0)
    >>> fig = viz.ensemble_vs_tree(X, y, n_estimators=30)
    >>> tree, forest = fig.regions
    >>> tree["train"], forest["test"] > tree["test"]
    (1.0, True)
    """
    with _style.speaking(lang):
        op = "ensemble_vs_tree"
        if ensemble not in ENSEMBLES:
            raise ValueError(message("viz_ml_ensemble_kind", op=op, value=ensemble, choices=list(ENSEMBLES)))
        X, y = check_two_features(X, y, op)
        if test_size is None:
            X_train, y_train, X_test, y_test = X, y, None, None
        else:
            X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=test_size, stratify=y,
                                                                random_state=random_state)
        tree = DecisionTreeClassifier(max_depth=max_depth, random_state=random_state).fit(X_train, y_train)
        if ensemble == "forest":
            many = RandomForestClassifier(n_estimators=n_estimators, max_depth=max_depth, random_state=random_state)
        else:
            many = BaggingClassifier(DecisionTreeClassifier(max_depth=max_depth), n_estimators=n_estimators,
                                     random_state=random_state)
        many.fit(X_train, y_train)
        classes = classes_of([tree, many], y)
        fig, axes = _style.figure(1, 2, figsize=(14, 6.8))
        fig.models = {"tree": tree, "ensemble": many}
        fig.regions = []
        titles = (message("viz_ml_single_tree", depth=tree.get_depth(), leaves=tree.get_n_leaves()),
                  message("viz_ml_forest", n=n_estimators) if ensemble == "forest" else
                  message("viz_ml_bagging", n=n_estimators))
        x1, x2 = feature_names or ("x₁", "x₂")
        for ax, model, title in zip(axes[0], (tree, many), titles):
            drawn = draw_regions(ax, model, X_train, y_train, classes, X_test, y_test, resolution)
            fig.regions.append(drawn)
            accuracy = message("viz_ml_accuracy", train=drawn["train"]) if X_test is None else \
                message("viz_ml_accuracy_test", train=drawn["train"], test=drawn["test"])
            _style.decorate(ax, f"{title}\n{accuracy}", x1, x2)
        handles, labels = axes[0, 0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 6), fontsize=_style.LEGEND)
        fig.suptitle(message("viz_ml_ensemble_suptitle"), fontsize=_style.TITLE + 2)
        return _style.finish(fig)
