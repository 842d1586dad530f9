"""The merge tree: number the merges as scikit-learn does, and cut the tree into clusters.

Nodes: the samples are nodes 0, …, n − 1 (the leaves); merge k creates node n + k. ``children[k]`` holds the two
nodes merge k joins, in the order of increasing distance.

Cutting into K clusters (scikit-learn's order, which gives its label numbers): start from the root; K − 1 times,
replace the newest node of the current set (the one merged last) by its two children. The current set is kept in a
binary heap (Python's ``heapq``, on negated node numbers) and cluster i is the i-th node of the heap's list at the
end; every sample gets the number of the node above it.
"""

import heapq

import numpy as np


def label_merges(merges: np.ndarray, n: int, *, ordered: bool) -> tuple[np.ndarray, np.ndarray]:
    """``children`` and distances from merges (a, b, distance) of samples or slots, sorted by distance (stable).

    Each a and b is replaced by the node of the cluster that holds it now (a union–find). With ``ordered`` the
    smaller node comes first (SciPy's convention); without, the order of the merge is kept (scikit-learn's for
    single linkage on euclidean or manhattan distances).
    """
    merges = merges[np.argsort(merges[:, 2], kind="stable")]
    parent = list(range(2 * n - 1))
    children = np.empty((n - 1, 2), dtype=np.intp)

    def find(node: int) -> int:
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    for k, (a, b) in enumerate(merges[:, :2].astype(np.intp).tolist()):
        a, b = find(a), find(b)
        if ordered and a > b:
            a, b = b, a
        children[k] = a, b
        parent[a] = parent[b] = n + k
    return children, merges[:, 2].copy()


def cut_tree(n_clusters: int, children: np.ndarray, n_leaves: int) -> np.ndarray:
    """The cluster number of each sample when the tree is cut into ``n_clusters`` clusters."""
    kids = children.tolist()
    heap = [-(2 * n_leaves - 2)]  # the root
    for _ in range(n_clusters - 1):
        a, b = kids[-heap[0] - n_leaves]
        heapq.heappush(heap, -a)
        heapq.heappushpop(heap, -b)  # pops the newest node: the one just split
    node_label = np.full(2 * n_leaves - 1, -1, dtype=np.intp)
    node_label[[-node for node in heap]] = np.arange(len(heap))
    for k in range(n_leaves - 2, -1, -1):
        if node_label[n_leaves + k] >= 0:
            node_label[kids[k]] = node_label[n_leaves + k]
    return node_label[:n_leaves].copy()


def node_sizes(children: np.ndarray, n_leaves: int) -> np.ndarray:
    """The number of samples under each merge's node."""
    size = [1] * n_leaves + [0] * (n_leaves - 1)
    for k, (a, b) in enumerate(children.tolist()):
        size[n_leaves + k] = size[a] + size[b]
    return np.array(size[n_leaves:], dtype=np.intp)
