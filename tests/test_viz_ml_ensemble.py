"""viz.ensemble_vs_tree: one deep tree and a forest (or bagging) fitted on the same points, each panel coloured by
its own model's predictions."""

import numpy as np
import pytest

from mldlab import viz
from mldlab.data import moons


def test_ensemble_vs_tree_smoother_regions_from_the_same_data():
    X, y = moons(n_samples=120, noise=0.35, seed=0)
    fig = viz.ensemble_vs_tree(X, y, n_estimators=10, resolution=30, lang="en")
    tree, forest = fig.models["tree"], fig.models["ensemble"]
    assert type(forest).__name__ == "RandomForestClassifier" and len(forest.estimators_) == 10
    for model, drawn in zip((tree, forest), fig.regions):
        grid = np.c_[drawn["xx"].ravel(), drawn["yy"].ravel()]
        np.testing.assert_array_equal(drawn["predicted"].ravel(), model.predict(grid))
    assert fig.regions[0]["train"] == 1.0  # a full-depth tree fits every training point
    assert fig.axes[0].get_title().startswith(f"One decision tree (depth {tree.get_depth()}, ")
    assert fig.axes[1].get_title().startswith("Random forest: 10 trees averaged")
    bagged = viz.ensemble_vs_tree(X, y, ensemble="bagging", n_estimators=5, resolution=20, test_size=None,
                                  lang="ko")
    assert type(bagged.models["ensemble"]).__name__ == "BaggingClassifier"
    assert bagged.axes[1].get_title().splitlines() == ["배깅: 트리 5개의 평균",
                                                       f"학습 정확도 {bagged.regions[1]['train']:.2f}"]
    with pytest.raises(ValueError, match="ensemble must be one of"):
        viz.ensemble_vs_tree(X, y, ensemble="boosting")
