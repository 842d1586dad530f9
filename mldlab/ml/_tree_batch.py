"""Growing a forest's trees together: one level-by-level pass for many trees instead of one pass per tree.

A tree of 300 nodes on 1,800 samples grows in about 15 levels, and each level costs a fixed number of NumPy calls
whatever its size: for small data most of a tree's time is that fixed cost. The trees of a forest share X and
differ only in their sample weights (bootstrap counts) and in the features their nodes draw, so ``_tree_grow.grow``
grows all of them at once, tree after tree in one set of arrays (``n_trees``), and ``split_trees`` cuts the result
into one set of arrays per tree. Each tree is then numbered and finished as a tree fitted alone would be.

Each tree draws its features from its own ``random_state`` (``_tree_random``), so it is the tree it would be
grown alone on X with its weights, and the forest does not depend on how its trees are batched.

Examples
--------
>>> import numpy as np
>>> from mldlab.ml import DecisionTreeClassifier
>>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
>>> y = np.array([0, 0, 1, 1])
>>> trees = [DecisionTreeClassifier(random_state=0), DecisionTreeClassifier(random_state=1)]
>>> _ = fit_together(trees, X, y, [np.ones(4), np.array([1.0, 0.0, 2.0, 1.0])], "fit")
>>> [float(t.tree_.threshold[0]) for t in trees], [t.tree_.weighted_n_node_samples.tolist() for t in trees]
([2.5, 2.0], [[4.0, 2.0, 2.0], [4.0, 1.0, 3.0]])
"""

import numpy as np

from mldlab.ml._tree_base import rounded_columns
from mldlab.ml._tree_grow import grow
from mldlab.ml._tree_order import depth_first, renumber
from mldlab.ml.validation import check_random_state

MAX_ENTRIES = 2_000_000  # a batch's sorted rows (features × trees × samples): 16 MB of sample ids, 16 MB of values


def batch_size(n_samples: int, n_features: int, n_try: int) -> int:
    """How many trees to grow together: the rows of every feature are kept sorted for every tree unless each node
    tries only a few features (``_tree_grow``), so the batch is bounded by that memory. Smaller batches stay closer
    to the processor's caches: 2 million entries instead of 8 grow a forest of 100 trees on digits about 15%
    faster, on 15,000 × 20 samples about 35% faster."""
    per_tree = n_samples * (1 if 4 * n_try <= n_features else n_features)
    return max(1, MAX_ENTRIES // per_tree)


def split_trees(grown: dict, n_trees: int) -> list:
    """The arrays of each tree from those of trees grown together: its nodes in the same (level) order, its
    children renumbered, its own ``level_sizes``."""
    tree = grown["tree"]
    order = np.argsort(tree, kind="stable")  # tree after tree, each tree's nodes level by level
    counts = np.bincount(tree, minlength=n_trees)
    starts = np.cumsum(counts) - counts
    local = np.empty(len(tree), dtype=np.int64)
    local[order] = np.arange(len(tree)) - np.repeat(starts, counts)
    arrays = []
    for t in range(n_trees):
        nodes = order[starts[t]:starts[t] + counts[t]]
        part = {key: value[nodes] for key, value in grown.items() if key not in ("tree", "level_sizes")}
        for side in ("children_left", "children_right"):
            part[side] = np.where(part[side] >= 0, local[np.maximum(part[side], 0)], -1)
        part["level_sizes"] = np.bincount(part["depth"])
        arrays.append(part)
    return arrays


def fit_together(trees: list, X: np.ndarray, y: np.ndarray, weights: list, op: str) -> list:
    """Fit the unfitted ``trees`` (of one class, with equal parameters but for class weights and
    ``random_state``) on X and y, tree m with sample weights ``weights[m]`` (zero for a row it did not draw), as
    one batch: each tree as it would grow alone on X with those weights; returns ``trees``."""
    n, n_features = X.shape
    inputs = [tree._grow_inputs(y, weight, op) for tree, weight in zip(trees, weights)]
    rngs = [check_random_state(tree.random_state, op) for tree in trees]
    limits = [tree._limits(n, n_features, weight.sum(), op) for tree, (_, weight, *_) in zip(trees, inputs)]
    Xt = rounded_columns(X)
    if any(other != limits[0] for other in limits):  # min_weight_fraction_leaf of unequal total weights
        for tree, (sums, weight, squares, search, criterion), tree_limits, rng in zip(trees, inputs, limits, rngs):
            tree._set_tree(grow(Xt, sums, weight, squares, search, criterion, tree_limits, [rng]), n_features)
        return trees
    sums, weight, squares, search, criterion = zip(*inputs)
    grown = grow(Xt, np.concatenate(sums), np.concatenate(weight),
                 None if squares[0] is None else np.concatenate(squares), np.concatenate(search), criterion[0],
                 limits[0], rngs)
    if trees[0].max_leaf_nodes is not None:  # best first: each tree cut back on its own
        for tree, arrays in zip(trees, split_trees(grown, len(trees))):
            tree._set_tree(arrays, n_features)
        return trees
    for tree, arrays in zip(trees, numbered_trees(grown, len(trees))):
        tree._set_numbered(arrays, n_features)
    return trees


def numbered_trees(grown: dict, n_trees: int) -> list:
    """The arrays of each tree numbered depth first, as ``split_trees`` then ``_tree_order`` give them: all the
    trees renumbered at once (``depth_first`` puts them one after another), then cut apart. For 100 trees on
    digits: 6 ms instead of 30 ms of per-tree numbering (4% of the forest's time)."""
    arrays = renumber(grown, depth_first(grown["children_left"], grown["children_right"], grown["level_sizes"]))
    ends = np.cumsum(np.bincount(grown["tree"], minlength=n_trees))
    parts = []
    for start, end in zip(np.append(0, ends[:-1]), ends):
        part = {key: value[start:end] for key, value in arrays.items()}
        for side in ("children_left", "children_right"):
            part[side] = np.where(part[side] >= 0, part[side] - start, -1)
        parts.append(part)
    return parts
