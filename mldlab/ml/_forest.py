"""What both random forests share: growing the trees on bootstrap samples, the out-of-bag score, the importances.

    (1) tree m gets its own seed s_m (``_ensemble_base``) and draws its bootstrap sample Bₘ from it:
        ``max_samples`` rows out of N, with replacement;
    (2) it is grown on Bₘ (each distinct row weighted by how often it was drawn), trying ``max_features``
        random features at every split;
    (3) out of bag: each training row i is predicted by the trees whose sample missed it, Oᵢ = {m : i ∉ Bₘ};
        their mean is ``oob_decision_function_`` / ``oob_prediction_``, and its score ``oob_score_``;
    (4) importance of feature j = the mean of the trees' importances (trees with at least one split), normalised
        to sum to 1.
"""

import inspect
import warnings

import numpy as np

from mldlab.estimator import BaseEstimator, clone
from mldlab.i18n import message
from mldlab.ml._ensemble_base import (
    check_bool,
    check_oob_score,
    draw,
    map_members,
    member_seeds,
    n_new_members,
    n_samples_drawn,
)
from mldlab.ml._tree_batch import batch_size, fit_together
from mldlab.ml._tree_weights import check_sample_weight
from mldlab.ml.base import is_regressor
from mldlab.ml.validation import check_is_fitted, check_random_state, check_whole, check_X_y

TREE_PARAMS = ("criterion", "max_depth", "min_samples_split", "min_samples_leaf", "min_weight_fraction_leaf",
               "max_features", "max_leaf_nodes", "min_impurity_decrease", "ccp_alpha", "monotonic_cst")


class BaseForest(BaseEstimator):
    """``fit`` (1)–(3), ``estimators_samples_`` and ``feature_importances_`` (4), for both forests."""

    _tree = None  # the tree class: DecisionTreeClassifier or DecisionTreeRegressor

    def _make_tree(self, op: str):
        """The unfitted tree every member starts from (``estimator_``), with the forest's tree parameters."""
        defaults = {p.name: p.default for p in inspect.signature(type(self).__init__).parameters.values()}
        accepted = self._tree._param_names()
        params = {}
        for name in TREE_PARAMS:
            if name not in defaults:
                continue
            value = getattr(self, name)
            if name in accepted:
                params[name] = value
            elif value is not defaults[name] and value != defaults[name]:
                raise ValueError(message("ml_ensemble_unsupported", op=op, name=name, value=value,
                                         default=defaults[name]))
        return self._tree(**params)

    def fit(self, X, y, sample_weight=None):
        """Grow the trees on (X, y); sample i is drawn with probability ∝ ``sample_weight[i]`` (with bootstrap),
        or weighs that much in every tree (without)."""
        op = f"{type(self).__name__}.fit"
        X, y = check_X_y(X, y, op, y_numeric=is_regressor(self))
        n = len(X)
        weight = None if sample_weight is None else check_sample_weight(sample_weight, n, op)
        check_whole(op, "n_estimators", self.n_estimators, 1)
        bootstrap = check_bool(op, "bootstrap", self.bootstrap)
        target = self._targets(y, op)  # a classifier's trees learn class positions 0 … C − 1
        weight = self._weights(weight, target, bootstrap, op)  # × class weights (classifier)
        warm_start = check_bool(op, "warm_start", self.warm_start)
        if not bootstrap and self.max_samples is not None:
            raise ValueError(message("ml_ensemble_max_samples_no_bootstrap", op=op, value=self.max_samples))
        n_draws = n_samples_drawn(op, self.max_samples, n, max_count=np.inf, max_fraction=np.inf, weight=weight)
        check_oob_score(op, self.oob_score, bootstrap, scorer=True)
        self.estimator_ = self._make_tree(op)
        n_new = n_new_members(op, self, self.n_estimators)
        if not (warm_start and hasattr(self, "estimators_")):
            self.estimators_, self._seeds = [], []
        elif n_new == 0:
            warnings.warn(message("ml_ensemble_warm_start_same", op=op, n_estimators=self.n_estimators),
                          UserWarning, stacklevel=3)
        seeds = member_seeds(check_random_state(self.random_state, op), self.n_estimators, len(self.estimators_))
        self._n_samples, self._n_draws, self._draw_weight = n, n_draws, weight

        n_try = self.estimator_._limits(n, X.shape[1], 1.0, op).n_try
        size = batch_size(n, X.shape[1], n_try)
        batches = [list(enumerate(seeds[i:i + size], len(self.estimators_) + 1 + i))
                   for i in range(0, len(seeds), size)]

        def grow(batch):  # (1), (2): the trees of a batch grow together (``_tree_batch``)
            trees, weights = [], []
            for number, seed in batch:
                if self.verbose > 1:
                    print(message("ml_ensemble_building", estimator=type(self).__name__, number=number,
                                  n_estimators=self.n_estimators))
                rows = draw(np.random.default_rng(seed), n, n_draws, True, weight) if bootstrap else None
                trees.append(clone(self.estimator_).set_params(random_state=int(seed),
                                                               **self._tree_options(target, rows)))
                weights.append(np.bincount(rows, minlength=n).astype(np.float64) if bootstrap
                               else np.ones(n) if weight is None else weight)
            return fit_together(trees, X, target, weights, op)

        self.estimators_ = self.estimators_ + [tree for batch in map_members(grow, batches, self.n_jobs, op)
                                               for tree in batch]
        self._seeds = self._seeds + [int(seed) for seed in seeds]
        self.n_features_in_, self.n_outputs_ = X.shape[1], 1
        if self.oob_score is not False and (n_new > 0 or not hasattr(self, "oob_score_")):
            self._set_oob(X, y, op)
        return self

    def _weights(self, weight, target: np.ndarray, bootstrap: bool, op: str):
        """The weights the samples are drawn with (bootstrap) or fitted with (no bootstrap)."""
        return weight

    def _tree_options(self, target: np.ndarray, rows) -> dict:
        """Parameters of one tree that depend on its sample (a classifier's class weights)."""
        return {}

    def _oob_sums(self, X, predict, width: int, op: str) -> np.ndarray:
        """(3) Σ over the trees that did not draw row i of their prediction, divided by their number |Oᵢ|."""
        n = len(X)
        sums, counts = np.zeros((n, width)), np.zeros(n)
        for tree, rows in zip(self.estimators_, self.estimators_samples_):
            out = np.bincount(rows, minlength=n) == 0
            sums[out] += predict(tree, X[out])
            counts[out] += 1
        if (counts == 0).any():
            warnings.warn(message("ml_ensemble_oob_missing", op=op, count=int((counts == 0).sum()), n=n,
                                  n_estimators=len(self.estimators_)), UserWarning, stacklevel=4)
        return sums / np.maximum(counts, 1)[:, None]

    @property
    def estimators_samples_(self) -> list:
        """The rows each tree drew (drawn again from its seed; all rows without bootstrap)."""
        check_is_fitted(self, "estimators_")
        if not self.bootstrap:
            return [np.arange(self._n_samples) for _ in self._seeds]
        return [draw(np.random.default_rng(seed), self._n_samples, self._n_draws, True, self._draw_weight)
                for seed in self._seeds]

    @property
    def feature_importances_(self) -> np.ndarray:
        """(4) The mean of the trees' ``feature_importances_`` (trees with a split), normalised to sum to 1."""
        check_is_fitted(self, "estimators_")
        grown = [tree.feature_importances_ for tree in self.estimators_ if tree.tree_.node_count > 1]
        if not grown:
            return np.zeros(self.n_features_in_)
        mean = np.mean(grown, axis=0)
        return mean / mean.sum()

