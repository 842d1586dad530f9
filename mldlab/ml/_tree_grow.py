"""Growing a tree level by level: all the nodes of one depth are split in one vectorised pass.

Each feature is sorted once, at the root. The sorted rows are then kept partitioned by node: after a level, the
samples of every node that splits are moved, stably, into its left and then its right child, in every row at once
(a cumulative count of "goes left" gives each sample its new place). So a node's samples are always sorted along
every feature without sorting again, and the samples of leaves drop out. This is what makes the trees fast: no
Python loop over nodes and no sort per node. Nodes are numbered level by level here (``_tree_order`` renumbers
them as scikit-learn does).

Examples
--------
>>> import numpy as np
>>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
>>> sums, weight = np.eye(2)[[0, 0, 1, 1]], np.ones(4)
>>> tree = grow(X.T, sums, weight, None, np.array([0, 0, 1, 1]), "gini", Limits(np.inf, 2, 1, 0.0, 0.0, 1), None)
>>> tree["feature"].tolist(), tree["threshold"].tolist(), tree["children_left"].tolist()
([0, -2, -2], [2.5, -2.0, -2.0], [1, -1, -1])
"""

from typing import NamedTuple

import numpy as np

from mldlab.ml._splitter import FEATURE_THRESHOLD, Blocks, best_splits, impurity

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
    samples and impurities; which may split; and the sorted rows of those, node after node."""

    sums: np.ndarray
    weight: np.ndarray
    squares: np.ndarray
    n: np.ndarray
    impurity: np.ndarray
    splits: np.ndarray
    rows: np.ndarray
    starts: np.ndarray
    lengths: np.ndarray


def _candidate_blocks(Xt, rows, starts, lengths, n_try, rng):
    """The (node, feature) blocks a level searches: every feature that is not constant in the node, or ``n_try``
    of them drawn at random from those; blocks of a node consecutive, features in visiting order."""
    first = np.take_along_axis(Xt, rows[:, starts], axis=1)
    last = np.take_along_axis(Xt, rows[:, starts + lengths - 1], axis=1)
    varies = (last > first + FEATURE_THRESHOLD).T  # (nodes, features): a constant feature cannot split
    if n_try >= len(Xt):
        node, feature = np.nonzero(varies)
    else:
        keys = np.where(varies, rng.random(varies.shape), 2.0)
        order = np.argsort(keys, axis=1)[:, :n_try]
        node, column = np.nonzero(np.take_along_axis(keys, order, axis=1) < 2.0)
        feature = order[node, column]
    return Blocks(np.cumsum(lengths[node]) - lengths[node], lengths[node], node, len(starts)), feature


def _flat(rows, starts, blocks, feature):
    """The sample ids of all blocks end to end."""
    begin = feature * rows.shape[1] + starts[blocks.node]
    offset = np.repeat(begin - blocks.start, blocks.length)
    return rows.ravel()[offset + np.arange(offset.size)]


def _children_sums(values, rows, starts, goes_left):
    """Σ of ``values`` over the left and over the right samples of every node (each child's own samples)."""
    first = rows[0]
    left = goes_left[first]
    picked = values[first]
    mask = left.reshape((-1,) + (1,) * (values.ndim - 1))
    return np.add.reduceat(picked * mask, starts, axis=0), np.add.reduceat(picked * ~mask, starts, axis=0)


def _partition(rows, starts, lengths, goes_left, n_left):
    """Every node's samples moved stably to its left child, then its right child, in every row at once."""
    node_of = np.repeat(np.arange(len(starts)), lengths)
    flags = goes_left[rows]
    lefts = np.cumsum(flags, axis=1)  # how many of the samples so far go left
    before = np.where(starts > 0, lefts[:, starts - 1], 0)[:, node_of]
    offset = np.arange(rows.shape[1]) - starts[node_of]
    place = np.where(flags, starts[node_of] + lefts - before - 1,
                     (starts + n_left)[node_of] + offset - (lefts - before))
    out = np.empty_like(rows)
    np.put_along_axis(out, place, rows, axis=1)
    return out


def _level(sums, weight, squares, n, depth, criterion, limits, rows, starts, lengths) -> _Level:
    """A level of nodes with their impurities, which may split (1), and the sorted rows of only those."""
    impurities = impurity(sums, weight, squares, criterion)
    splits = ((depth < limits.max_depth) & (n >= limits.min_samples_split) & (weight >= 2 * limits.min_weight_leaf)
              & (impurities > EPSILON))
    keep = np.repeat(splits, lengths)
    kept = lengths[splits]
    return _Level(sums, weight, squares, n, impurities, splits, rows[:, keep], np.cumsum(kept) - kept, kept)


def grow(Xt, sums, weight, squares, search, criterion: str, limits: Limits, rng) -> dict:
    """The tree's arrays, nodes numbered level by level, with ``improvement`` W·ΔI / W_root of every split.

    ``Xt`` is X transposed (features × samples); ``sums`` the weighted class counts (one-hot × w) or the column
    w·y of each sample; ``squares`` w·y² (squared error) or None; ``search`` what the split search needs of each
    sample (``_splitter``: its class for Gini, else ``sums``).
    """
    active = np.flatnonzero(weight > 0)
    rows = active[np.argsort(Xt[:, active], axis=1, kind="stable")]
    w_root = weight[active].sum()
    level = _level(sums[active].sum(axis=0, keepdims=True), np.array([w_root]),
                   None if squares is None else np.array([squares[active].sum()]), np.array([len(active)]), 0,
                   criterion, limits, rows, np.array([0]), np.array([len(active)]))
    parts = {key: [] for key in ("sums", "weight", "n", "impurity", "feature", "threshold", "children_left",
                                 "children_right", "improvement", "depth")}
    next_id, depth = 0, 0
    while True:
        size = len(level.n)
        part = {"sums": level.sums, "weight": level.weight, "n": level.n, "impurity": level.impurity,
                "feature": np.full(size, -2), "threshold": np.full(size, -2.0), "children_left": np.full(size, -1),
                "children_right": np.full(size, -1), "improvement": np.zeros(size), "depth": np.full(size, depth)}
        for key, value in part.items():
            parts[key].append(value)
        next_id += size
        if not level.splits.any():
            break
        level, depth = _split_level(Xt, (sums, weight, squares, search), criterion, limits, rng, level, part,
                                    next_id, w_root, depth)
        if level is None:
            break
    tree = {key: np.concatenate(value) for key, value in parts.items()}
    tree["level_sizes"] = np.array([len(n) for n in parts["n"]])
    return tree


def _split_level(Xt, data, criterion, limits, rng, level, part, next_id, w_root, depth):
    """Split the nodes of ``level`` that can split (2), filling ``part``; the next level, or None."""
    sums, weight, squares, search = data
    blocks, feature = _candidate_blocks(Xt, level.rows, level.starts, level.lengths, limits.n_try, rng)
    if not len(feature):
        return None, depth
    samples = _flat(level.rows, level.starts, blocks, feature)
    x = Xt.ravel()[np.repeat(feature, blocks.length) * Xt.shape[1] + samples]
    found, block, threshold, position = best_splits(x, search[samples], weight[samples], blocks, criterion,
                                                    sums.shape[1] if criterion != "squared_error" else 0,
                                                    limits.min_samples_leaf, limits.min_weight_leaf)
    entry_block = np.repeat(np.arange(len(blocks.start)), blocks.length)
    chosen = np.full(len(blocks.start), -1)
    chosen[block[found]] = position[found]
    goes_left = np.zeros(len(weight), dtype=bool)
    goes_left[samples[np.arange(len(samples)) - blocks.start[entry_block] < chosen[entry_block]]] = True
    sums_left, sums_right = _children_sums(sums, level.rows, level.starts, goes_left)
    w_left, w_right = _children_sums(weight, level.rows, level.starts, goes_left)
    sq_left, sq_right = (None, None) if squares is None else _children_sums(squares, level.rows, level.starts,
                                                                              goes_left)
    with np.errstate(divide="ignore", invalid="ignore"):  # a node without a split has an empty side
        i_left = impurity(sums_left, w_left, sq_left, criterion)
        i_right = impurity(sums_right, w_right, sq_right, criterion)
    nodes = np.flatnonzero(level.splits)
    improvement = (level.weight[nodes] * level.impurity[nodes] - w_left * i_left - w_right * i_right) / w_root
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
    lengths = level.lengths[found]
    keep = np.repeat(found, level.lengths)
    rows = _partition(level.rows[:, keep], np.cumsum(lengths) - lengths, lengths, goes_left, n_left)
    pair = np.stack([n_left, lengths - n_left], axis=1).ravel()
    child = np.stack([sums_left[found], sums_right[found]], axis=1).reshape((-1,) + sums.shape[1:])
    child_w = np.stack([w_left[found], w_right[found]], axis=1).ravel()
    child_sq = None if squares is None else np.stack([sq_left[found], sq_right[found]], axis=1).ravel()
    return _level(child, child_w, child_sq, pair, depth + 1, criterion, limits, rows, np.cumsum(pair) - pair,
                  pair), depth + 1
