"""Growing a tree level by level: all the nodes of one depth are split in one vectorised pass.

Each feature is sorted once, at the root. The sorted rows are then kept partitioned by node: after a level, the
samples of every node that splits are moved, stably, into its left and then its right child, in every row at once
(a stable sort of each row by child). So a node's samples are always sorted along every feature without sorting
again, and the samples of leaves drop out. This is what makes the trees fast: no Python loop over nodes and no
sort per node. When a node tries only a few of the features (``max_features``), ``_tree_few`` sorts just those
instead. Nodes are numbered level by level here (``_tree_order`` renumbers them as scikit-learn does).

Examples
--------
>>> import numpy as np
>>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
>>> sums, weight = np.eye(2)[[0, 0, 1, 1]], np.ones(4)
>>> tree = grow(X.T, sums, weight, None, np.array([0, 0, 1, 1]), "gini", Limits(np.inf, 2, 1, 0.0, 0.0, 1), [None])
>>> tree["feature"].tolist(), tree["threshold"].tolist(), tree["children_left"].tolist()
([0, -2, -2], [2.5, -2.0, -2.0], [1, -1, -1])
"""

from typing import NamedTuple

import numpy as np

from mldlab.ml._splitter import FEATURE_THRESHOLD, Blocks, best_splits, impurity
from mldlab.ml._tree_few import few_blocks
from mldlab.ml._tree_random import node_keys

EPSILON = np.finfo(float).eps


class Limits(NamedTuple):
    """When a node stays a leaf, and how many features each node tries."""

    max_depth: float
    min_samples_split: int
    min_samples_leaf: int
    min_weight_leaf: float
    min_impurity_decrease: float
    n_try: int


class _Level(NamedTuple):
    """The nodes of one depth: their sums (class counts or Σ wᵢyᵢ), W, Σ wᵢyᵢ² (squared error), numbers of
    samples, impurities and trees; which may split; and, node after node, the sorted rows of those: sample ids and
    their values."""

    sums: np.ndarray
    weight: np.ndarray
    squares: np.ndarray
    n: np.ndarray
    impurity: np.ndarray
    tree: np.ndarray
    splits: np.ndarray
    rows: np.ndarray
    values: np.ndarray
    starts: np.ndarray
    lengths: np.ndarray


def _candidate_blocks(values, starts, lengths, tree, n_try, rngs):
    """The (node, feature) blocks a level searches: every feature that is not constant in the node, or ``n_try``
    of them drawn at random from those; blocks of a node consecutive, features in visiting order."""
    varies = (values[:, starts + lengths - 1] > values[:, starts] + FEATURE_THRESHOLD).T  # (nodes, features)
    if n_try >= len(values):  # every feature that is not constant in the node
        node, feature = np.nonzero(varies)
    else:
        keys = np.where(varies, node_keys(rngs, tree, len(values)), 2.0)
        order = np.argsort(keys, axis=1)[:, :n_try]
        node, column = np.nonzero(np.take_along_axis(keys, order, axis=1) < 2.0)
        feature = order[node, column]
    return Blocks(np.cumsum(lengths[node]) - lengths[node], lengths[node], node, len(starts)), feature


def _flat(level, blocks, feature):
    """The sample ids and values of all blocks end to end."""
    flat = _first_of_blocks(feature * level.rows.shape[1] + level.starts[blocks.node], blocks.length)
    return level.rows.ravel()[flat], level.values.ravel()[flat]


def _first_of_blocks(starts, counts):
    """The flat positions of the first ``counts`` entries of the blocks starting at ``starts``."""
    offset = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    return offset + np.arange(offset.size)


def _children(level, goes_left, data, criterion):
    """The sums, W and Σ wᵢyᵢ² (squared error) of the two children of every node, each from its own samples,
    by one weighted count over the node's samples: shapes (nodes, 2, K), (nodes, 2) and (nodes, 2)."""
    _, _, sums, weight, squares, search, _, _ = data
    first = level.rows[0]
    child = 2 * np.repeat(np.arange(len(level.lengths)), level.lengths) + ~goes_left[first]
    size, w = 2 * len(level.lengths), weight[first]
    if criterion == "squared_error":
        child_sums = np.bincount(child, weights=sums[first, 0], minlength=size)[:, None]
    else:
        classes = sums.shape[1]
        child_sums = np.bincount(child * classes + search[first], weights=w, minlength=size * classes)
    child_squares = None if squares is None else np.bincount(child, weights=squares[first], minlength=size)
    return (child_sums.reshape(len(level.lengths), 2, -1), np.bincount(child, weights=w, minlength=size).reshape(-1, 2),
            None if squares is None else child_squares.reshape(-1, 2))


def _partition(rows, values, lengths, goes_left, found, kept):
    """The rows of the children in ``kept`` (two per node in ``found``, left then right), each child's samples in
    the order they had: a stable sort of every row by child, as keys of 16 bits when they fit (NumPy then sorts
    by radix, in one pass)."""
    table = np.full(2 * len(lengths), len(kept))  # a child not kept sorts last, then is cut off
    table[np.repeat(2 * np.flatnonzero(found), 2) + np.tile([0, 1], found.sum())] = np.where(
        kept, np.cumsum(kept) - 1, len(kept))
    key = np.zeros(len(goes_left), dtype=np.uint16 if len(kept) < 2 ** 16 else np.int64)
    key[rows[0]] = table[2 * np.repeat(np.arange(len(lengths)), lengths) + ~goes_left[rows[0]]]
    order = np.argsort(key[rows], axis=1, kind="stable")[:, :(key[rows[0]] < len(kept)).sum()]
    return _take_rows(rows, order), None if values is None else _take_rows(values, order)


def _take_rows(matrix, order):
    """``np.take_along_axis(matrix, order, axis=1)`` as one take from the flat matrix: 5× faster (on 64 × 1,347
    entries 55 µs instead of 280 µs; take_along_axis indexes with two broadcast index arrays)."""
    return matrix.ravel().take(order + np.arange(0, matrix.size, matrix.shape[1])[:, None])


def _whole_counts(weight, criterion: str) -> bool:
    """Whether the split search sums only whole numbers (class counts with whole weights, such as a forest's
    bootstrap counts): those add up exactly in any grouping, so trees grown together need not each start their own
    running sum, and a node's W is the sum of its class counts (``_splitter.best_splits``). One cumsum for all the
    trees of a level instead of one per tree: a forest of 100 trees on digits grows about 15% faster."""
    return criterion != "squared_error" and bool(np.all(weight == np.floor(weight))) and weight.sum() < 2.0 ** 53


def _root_rows(Xt, order, alive) -> dict:
    """Each tree's samples (``alive``: trees × samples) along each feature, tree after tree, and their values."""
    n_trees, n = alive.shape
    values = _take_rows(Xt, order)
    if alive.all():  # every sample in every tree: the sorted rows side by side
        return {"rows": (order[:, None, :] + np.arange(0, n_trees * n, n)[:, None]).reshape(len(Xt), -1),
                "values": np.tile(values, n_trees)}
    rows, kept = np.empty((len(Xt), alive.sum()), dtype=np.int64), np.empty((len(Xt), alive.sum()))
    for j, along in enumerate(order):  # a feature at a time: small temporaries
        tree, i = np.nonzero(alive[:, along])
        rows[j], kept[j] = tree * n + along[i], values[j, i]
    return {"rows": rows, "values": kept}


def _level(sums, weight, squares, n, tree, depth, criterion, limits) -> _Level:
    """A level of nodes with their impurities and which may split (1); the rows are set by the caller."""
    impurities = impurity(sums, weight, squares, criterion)
    splits = ((depth < limits.max_depth) & (n >= limits.min_samples_split) & (weight >= 2 * limits.min_weight_leaf)
              & (impurities > EPSILON))
    kept = n[splits]
    return _Level(sums, weight, squares, n, impurities, tree, splits, None, None, np.cumsum(kept) - kept, kept)


def grow(Xt, sums, weight, squares, search, criterion: str, limits: Limits, rngs: list) -> dict:
    """The tree's arrays, nodes numbered level by level, with ``improvement`` W·ΔI / W_root of every split.

    ``Xt`` is X transposed (features × samples); ``sums`` the weighted class counts (one-hot × w) or the column
    w·y of each sample; ``squares`` w·y² (squared error) or None; ``search`` what the split search needs of each
    sample (``_splitter``: its class for Gini, else ``sums``).

    ``rngs`` holds one random generator per tree. With several, as many trees grow together, level by level, on
    the same X (a forest's trees, each with its own weights and generator, ``_tree_random``): ``sums``,
    ``weight``, ``squares`` and ``search`` then hold tree after tree, n samples each, and ``tree`` in the result
    says which tree each node belongs to (``_tree_batch.split_trees`` separates them).
    """
    n, n_trees = Xt.shape[1], len(rngs)
    active = np.flatnonzero(weight > 0)  # tree after tree
    by_tree = weight.reshape(n_trees, n)
    w_root = by_tree.sum(axis=1)
    level = _level(sums.reshape(n_trees, n, -1).sum(axis=1), w_root,
                   None if squares is None else squares.reshape(n_trees, n).sum(axis=1),
                   (by_tree > 0).sum(axis=1), np.arange(n_trees), 0, criterion, limits)
    order = np.argsort(Xt, axis=1, kind="stable")  # every feature sorted once, for all the trees
    ranks = None
    if 4 * limits.n_try <= len(Xt):  # few features per node: sort them node by node (``_tree_few``)
        ranks = (order, np.empty(Xt.shape, dtype=np.int64))  # the sample at each place, the place of each sample
        np.put_along_axis(ranks[1], order, np.arange(n), axis=1)
        level = level._replace(rows=active[None, :])
    else:  # each tree's active samples along each feature, tree after tree (a feature at a time: small temporaries)
        level = level._replace(**_root_rows(Xt, order, by_tree > 0))
    parts = {key: [] for key in ("sums", "weight", "n", "impurity", "tree", "feature", "threshold",
                                 "children_left", "children_right", "improvement", "depth")}
    next_id, depth = 0, 0
    whole = _whole_counts(weight, criterion)
    data = (Xt, ranks, sums, weight, squares, search, bool(np.all(weight[active] == 1.0)), whole)  # all 1: no w
    while True:
        size = len(level.n)
        part = {"sums": level.sums, "weight": level.weight, "n": level.n, "impurity": level.impurity,
                "tree": level.tree, "feature": np.full(size, -2), "threshold": np.full(size, -2.0),
                "children_left": np.full(size, -1), "children_right": np.full(size, -1),
                "improvement": np.zeros(size), "depth": np.full(size, depth)}
        for key, value in part.items():
            parts[key].append(value)
        next_id += size
        if not level.splits.any():
            break
        level, depth = _split_level(data, criterion, limits, rngs, level, part, next_id, w_root, depth)
        if level is None:
            break
    tree = {key: np.concatenate(value) for key, value in parts.items()}
    tree["level_sizes"] = np.array([len(n) for n in parts["n"]])
    return tree


def _split_level(data, criterion, limits, rngs, level, part, next_id, w_root, depth):
    """Split the nodes of ``level`` that can split (2), filling ``part``; the next level, or None."""
    Xt, ranks, sums, weight, squares, search, unit, whole = data
    if ranks is None:
        blocks, feature = _candidate_blocks(level.values, level.starts, level.lengths, level.tree[level.splits],
                                            limits.n_try, rngs)
        samples, x = _flat(level, blocks, feature)
    else:
        blocks, feature, samples, x = few_blocks(Xt, *ranks, level.rows, level.starts, level.lengths,
                                                 level.tree[level.splits], limits.n_try, rngs)
    if not len(feature):
        return None, depth
    own_sums = level.tree[level.splits] if len(rngs) > 1 and not whole else None  # each tree its own running sums
    found, block, threshold, position = best_splits(x, search[samples], None if unit else weight[samples], blocks,
                                                    criterion, sums.shape[1] if criterion != "squared_error" else 0,
                                                    limits.min_samples_leaf, limits.min_weight_leaf, own_sums, whole)
    goes_left = np.zeros(len(weight), dtype=bool)
    goes_left[samples[_first_of_blocks(blocks.start[block[found]], position[found])]] = True
    child_sums, child_w, child_sq = _children(level, goes_left, data, criterion)
    with np.errstate(divide="ignore", invalid="ignore"):  # a node without a split has an empty side
        child_impurity = impurity(child_sums, child_w, child_sq, criterion)
    nodes = np.flatnonzero(level.splits)
    improvement = ((level.weight[nodes] * level.impurity[nodes] - (child_w * child_impurity).sum(axis=1))
                   / w_root[level.tree[nodes]])
    if limits.min_impurity_decrease > 0.0:
        found &= improvement + EPSILON >= limits.min_impurity_decrease
    if not found.any():
        return None, depth
    split_nodes = nodes[found]
    children = next_id + 2 * np.arange(found.sum())
    part["feature"][split_nodes] = feature[block[found]]
    part["threshold"][split_nodes] = threshold[found]
    part["children_left"][split_nodes], part["children_right"][split_nodes] = children, children + 1
    part["improvement"][split_nodes] = improvement[found]
    n_left = position[found]
    pair = np.stack([n_left, level.lengths[found] - n_left], axis=1).ravel()
    children = _level(child_sums[found].reshape(pair.size, -1), child_w[found].ravel(),
                      None if child_sq is None else child_sq[found].ravel(), pair,
                      np.repeat(level.tree[split_nodes], 2), depth + 1, criterion, limits)
    if not children.splits.any():
        return children, depth + 1
    rows, values = _partition(level.rows, level.values, level.lengths, goes_left, found, children.splits)
    return children._replace(rows=rows, values=values), depth + 1
