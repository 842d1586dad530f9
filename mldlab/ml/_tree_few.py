"""The candidate blocks of a level when each node tries only a few features (``max_features``, as in forests).

Keeping every feature sorted for every node (``_tree_grow``) costs a pass over all features per level; a node that
tries 8 of 64 features needs an eighth of that. So here the samples are only kept grouped by node, and each node
sorts just the features it draws, by their rank at the root (one sort of integers per level for all nodes).

As scikit-learn, a node draws features in a random order until it has ``n_try`` that are not constant in it (a
constant feature cannot split, and does not count), or none are left.

Examples
--------
>>> import numpy as np
>>> Xt = np.array([[3.0, 1.0, 2.0], [5.0, 5.0, 5.0]])       # 2 features × 3 samples; feature 1 is constant
>>> order = np.argsort(Xt, axis=1)
>>> rank = np.argsort(order, axis=1)
>>> blocks, feature, samples, x = few_blocks(Xt, order, rank, np.array([[0, 1, 2]]), np.array([0]), np.array([3]),
...                                          np.array([0]), 1, [np.random.default_rng(0)])
>>> feature.tolist(), samples.tolist(), x.tolist()
([0], [1, 2, 0], [1.0, 2.0, 3.0])
"""

import numpy as np

from mldlab.ml._splitter import FEATURE_THRESHOLD, Blocks
from mldlab.ml._tree_random import node_keys


def _spans(starts, counts):
    """The positions of the first ``counts`` entries from each of ``starts``, end to end."""
    offset = np.repeat(starts - (np.cumsum(counts) - counts), counts)
    return offset + np.arange(offset.size)


def _draw(Xt, member_rows, starts, lengths, tree, n_try, rngs):
    """(node, draw number, feature) of the features each node draws, ``n_try`` not constant in it per node."""
    (n_features, n), n_nodes = Xt.shape, len(starts)
    order = np.argsort(node_keys(rngs, tree, n_features), axis=1)  # each node's own random order of features
    taken, need = np.zeros(n_nodes, dtype=np.int64), np.full(n_nodes, n_try)
    drawn = []
    while True:  # in rounds of 1.5 times the features still needed (few rounds), keeping the first ones needed
        nodes = np.flatnonzero((need > 0) & (taken < n_features))
        if not len(nodes):
            break
        count = np.minimum(need + (need + 1) // 2, n_features - taken)[nodes]
        node = np.repeat(nodes, count)
        draw = taken[node] + np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
        feature = order[node, draw]
        size = lengths[node]
        values = Xt.ravel()[np.repeat(feature * n, size) + member_rows[_spans(starts[node], size)]]
        begin = np.cumsum(size) - size
        varies = np.maximum.reduceat(values, begin) > np.minimum.reduceat(values, begin) + FEATURE_THRESHOLD
        found = np.cumsum(varies)
        found -= np.repeat(np.append(0, found[np.cumsum(count)[:-1] - 1]), count)  # counted within each node
        use = varies & (found <= need[node])
        drawn.append(np.stack([node[use], draw[use], feature[use]]))
        need -= np.bincount(node[use], minlength=n_nodes)
        taken[nodes] += count
    node, draw, feature = np.concatenate(drawn, axis=1)
    keep = np.lexsort((draw, node))  # a node's blocks together, in the order it drew them
    return node[keep], feature[keep]


def few_blocks(Xt, order, rank, rows, starts, lengths, tree, n_try, rngs):
    """The blocks (node, feature) a level searches, with their samples sorted by the feature and its values.

    ``order[j, r]`` is the sample at place r along feature j, ``rank[j, i]`` sample i's place; ``rows`` holds
    the samples grouped by node (one row); ``tree`` the tree of each node, whose generator in ``rngs`` draws its
    features (``_tree_random``). Sample ids count on past n for the trees after the first (``_tree_grow.grow``):
    sample s is row s mod n of X.
    """
    n = Xt.shape[1]
    members = rows[0]
    member_rows = members % n
    node, feature = _draw(Xt, member_rows, starts, lengths, tree, n_try, rngs)
    size = lengths[node]
    begin = np.cumsum(size) - size
    offset = np.repeat(feature * n, size)  # where each entry's feature starts in the flat X (and rank, order)
    block_key = np.repeat(np.arange(0, len(node) * n, n), size)
    key = np.sort(block_key + rank.ravel()[offset + member_rows[_spans(starts[node], size)]])
    # block b's keys are b·n + the places of its samples, all different: sorting the keys (not an argsort) sorts
    # every block by place, and each sorted place gives back its sample (``order``): a forest on digits 7% faster
    row = order.ravel()[offset + key - block_key]
    first = members[starts[node]]  # the tree's offset in the sample ids: first − first mod n
    samples = np.repeat(first - first % n, size) + row
    return Blocks(begin, size, node, len(starts)), feature, samples, Xt.ravel()[offset + row]
