"""From ε-neighbourhoods and core samples to DBSCAN's cluster labels, numbered as scikit-learn numbers them.

scikit-learn walks the samples in order; at each core sample not yet in a cluster it starts a new cluster and
spreads it (depth first) to every sample in the ε-neighbourhood of a core sample already in it: cores spread it
further, border samples take the label and stop. So, when "neighbour" is symmetric (every metric)::

    (1) the cores split into groups connected by core-to-core neighbourhoods (the connected components);
    (2) the groups are numbered 0, 1, 2, … in the order of their first core sample;
    (3) a border sample (not core, with a core neighbour) joins the lowest-numbered group among its core
        neighbours: that group's walk came first and reached it first;
    (4) every other sample is noise, −1.

``connected_components`` finds (1) for all samples at once: each core points to the smallest core it is known to
be connected to, and the pointers are followed (pointer jumping) until they stop changing, a few passes over arrays.

A precomputed distance matrix need not be symmetric (then i may be j's neighbour but not the other way round):
``walk_in_order`` takes scikit-learn's walk step by step, sample by sample (a Python loop, fine at the sizes a full
n × n matrix allows).
"""

import numpy as np


def cluster_labels(is_core: np.ndarray, row: np.ndarray, col: np.ndarray) -> np.ndarray:
    """Steps (1)–(4) for symmetric neighbourhoods (``col[k]`` is a neighbour of ``row[k]``): the cluster of each
    sample, −1 for noise."""
    n = len(is_core)
    core_pair = is_core[row] & is_core[col] & (row < col)
    root = connected_components(n, row[core_pair], col[core_pair])  # (1)
    labels = np.full(n, -1, dtype=np.intp)
    labels[is_core] = np.unique(root[is_core], return_inverse=True)[1].reshape(-1)  # (2)
    border = ~is_core[row] & is_core[col]
    first = np.full(n, n, dtype=np.intp)
    np.minimum.at(first, row[border], labels[col[border]])  # (3)
    reached = ~is_core & (first < n)
    labels[reached] = first[reached]
    return labels  # (4) the rest stay −1


def connected_components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For the graph of n nodes with edges a[k]–b[k]: the smallest node of each node's component.

    Each node keeps a pointer to a smaller node of its component (itself at first). Repeat: across every edge
    whose ends point to different nodes, the larger of the two pointed-to nodes is re-pointed to the smaller;
    then pointers are replaced by their pointers' pointers until they stop changing (each then points to the
    smallest node it is connected to so far). When no edge joins different pointers, each component points to
    its smallest node.
    """
    parent = np.arange(n)
    while True:
        pa, pb = parent[a], parent[b]
        join = pa != pb
        if not join.any():
            return parent
        np.minimum.at(parent, np.maximum(pa[join], pb[join]), np.minimum(pa[join], pb[join]))
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped


def walk_in_order(is_core: np.ndarray, row: np.ndarray, col: np.ndarray) -> np.ndarray:
    """scikit-learn's walk, step by step, for any neighbourhoods (a precomputed matrix need not be symmetric);
    the pairs come row by row, each row's neighbours in increasing order."""
    labels = np.full(len(is_core), -1, dtype=np.intp)
    start_of = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(is_core)))])
    cluster = 0
    for first in np.flatnonzero(is_core):
        if labels[first] != -1:
            continue
        stack = [first]
        while stack:
            i = stack.pop()
            if labels[i] != -1:
                continue
            labels[i] = cluster
            if is_core[i]:
                neighbours = col[start_of[i] : start_of[i + 1]]
                stack.extend(neighbours[labels[neighbours] == -1].tolist())
        cluster += 1
    return labels
