"""Numbering the nodes of a grown tree as scikit-learn does, and best-first trees (``max_leaf_nodes``).

``grow`` numbers nodes level by level. scikit-learn numbers them depth first: a node, then its whole left
subtree, then its right subtree. With subtree sizes s (counted from the deepest level up), the new numbers follow
from the root down, one level at a time:

    pre(left) = pre(node) + 1,   pre(right) = pre(node) + 1 + s(left)

With ``max_leaf_nodes`` scikit-learn grows best first: it always splits, next, the leaf whose split lowers the
impurity most (the largest W·ΔI / W_root), until the tree has ``max_leaf_nodes`` leaves, and numbers the nodes in
the order they are created (the two children of a split one after the other). A node's best split does not depend
on when it is made, so the best-first tree is the grown tree cut back: ``best_first`` replays those choices.

Examples
--------
>>> import numpy as np
>>> left, right = np.array([1, 3, -1, -1, -1]), np.array([2, 4, -1, -1, -1])   # level by level
>>> depth_first(left, right, np.array([1, 2, 2])).tolist()                        # the old number of each new one
[0, 1, 3, 4, 2]
>>> best_first(left, right, np.array([0.5, 0.1, 0.0, 0.0, 0.0]), 2).tolist()
[0, 1, 2]
"""

import heapq

import numpy as np


def depth_first(left: np.ndarray, right: np.ndarray, level_sizes: np.ndarray) -> np.ndarray:
    """The level-by-level number of each node, in scikit-learn's depth-first order. With several roots (the
    trees of a forest grown together, ``_tree_batch``) the trees come one after another, each depth first."""
    ends = np.cumsum(level_sizes)
    levels = [np.arange(end - size, end) for size, end in zip(level_sizes, ends)]
    size = np.ones(len(left), dtype=np.int64)
    for nodes in reversed(levels):
        inner = nodes[left[nodes] >= 0]
        size[inner] += size[left[inner]] + size[right[inner]]
    pre = np.zeros(len(left), dtype=np.int64)
    pre[levels[0]] = np.cumsum(size[levels[0]]) - size[levels[0]]  # each root after the trees before it
    for nodes in levels:
        inner = nodes[left[nodes] >= 0]
        pre[left[inner]] = pre[inner] + 1
        pre[right[inner]] = pre[inner] + 1 + size[left[inner]]
    order = np.empty_like(pre)
    order[pre] = np.arange(len(pre))
    return order


def best_first(left: np.ndarray, right: np.ndarray, improvement: np.ndarray, max_leaf_nodes: int) -> np.ndarray:
    """The level-by-level numbers of the nodes a best-first tree with ``max_leaf_nodes`` keeps, in the order it
    creates them (its splits are the nodes whose children are kept)."""
    created = [0]
    frontier = [(-improvement[0], 0, 0)]  # the largest improvement first; on a tie, the first created
    splits = max_leaf_nodes - 1
    while frontier and splits > 0:
        _, _, node = heapq.heappop(frontier)
        if left[node] < 0:
            continue
        splits -= 1
        for child in (left[node], right[node]):
            created.append(child)
            heapq.heappush(frontier, (-improvement[child], len(created), child))
    return np.array(created)


def renumber(tree: dict, order: np.ndarray) -> dict:
    """The tree's arrays with node ``order[i]`` as node i; a node whose children are not kept becomes a leaf."""
    new = np.full(len(tree["n"]), -1)
    new[order] = np.arange(len(order))
    out = {key: tree[key][order] for key in ("sums", "weight", "n", "impurity", "feature", "threshold", "depth")}
    left, right = tree["children_left"][order], tree["children_right"][order]
    inner = (left >= 0) & (new[np.maximum(left, 0)] >= 0)
    out["children_left"] = np.where(inner, new[left], -1)
    out["children_right"] = np.where(inner, new[right], -1)
    out["feature"] = np.where(inner, out["feature"], -2)
    out["threshold"] = np.where(inner, out["threshold"], -2.0)
    return out
