"""The random keys that order the features a node visits, each tree's from its own generator.

A node visits its candidate features in a random order (``_tree_few``, and ``_tree_grow`` when a node tries only
some of them): one uniform key per (node, feature), sorted. When a forest grows its trees together
(``_tree_batch``), each tree still draws its keys from its own generator, level after level, for its own nodes in
order, exactly the numbers it would draw growing alone. So a tree of a forest is the tree its ``random_state``
grows alone, and a forest grown in two steps (``warm_start``) is the forest grown at once.

Examples
--------
>>> import numpy as np
>>> rngs = [np.random.default_rng(0), np.random.default_rng(1)]
>>> keys = node_keys(rngs, np.array([0, 0, 1]), 2)   # two nodes of tree 0, one of tree 1
>>> bool(np.array_equal(keys[2], np.random.default_rng(1).random(2)))
True
"""

import numpy as np


def node_keys(rngs: list, tree: np.ndarray, n_features: int) -> np.ndarray:
    """Uniform keys of shape (nodes, features): the rows of the nodes of tree t (``tree``, non-decreasing) drawn
    from ``rngs[t]``."""
    if len(rngs) == 1:
        return rngs[0].random((len(tree), n_features))
    counts = np.bincount(tree, minlength=len(rngs))
    return np.concatenate([rngs[t].random((count, n_features)) for t, count in enumerate(counts) if count]
                          or [np.empty((0, n_features))])
