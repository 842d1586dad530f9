"""Agglomerative (hierarchical) clustering: start with every sample alone, merge the two nearest clusters, repeat.

Every sample starts as a cluster of its own; n − 1 times, the two clusters A and B with the smallest linkage
distance d(A, B) merge. The merges form a tree (a dendrogram); cutting it gives the clusters::

    (1) clusters = {{x₁}, {x₂}, …, {xₙ}}
    (2) repeat n − 1 times: merge the two clusters A, B with the smallest d(A, B) into A ∪ B
    (3) cut the tree: keep the last n_clusters − 1 merges undone (or undo every merge with d ≥ distance_threshold)

The linkage says how far apart two clusters are (|A| = nA samples, d(a, b) the distance between two samples,
c_A the mean of A)::

    single     d(A, B) = min  d(a, b)  over a ∈ A, b ∈ B          the closest pair
    complete   d(A, B) = max  d(a, b)                               the farthest pair
    average    d(A, B) = (1 / (nA·nB)) Σ_a Σ_b d(a, b)               the mean of all pairs
    ward       d(A, B) = √(2·nA·nB / (nA + nB)) · ‖c_A − c_B‖       √(2·Δ), Δ = growth of the within-cluster
                                                                     sum of squares Σ ‖x − c‖² if A, B merge

After a merge these follow from the distances before it (Lance–Williams), so no distance is measured twice::

    d(A∪B, C) = min(d(A, C), d(B, C))                                                      single
    d(A∪B, C) = max(d(A, C), d(B, C))                                                      complete
    d(A∪B, C) = (nA·d(A, C) + nB·d(B, C)) / (nA + nB)                                      average
    d(A∪B, C) = √(((nC + nA)·d(A, C)² + (nC + nB)·d(B, C)² − nC·d(A, B)²) / (nA + nB + nC))  ward

How the merges are found (the same merges, in the same order, with the same distances as scikit-learn, which
calls SciPy): single linkage by Prim's minimum spanning tree (``_linkage_mst.py``); ward, complete and average
by the nearest-neighbour chain (``_linkage_chain.py``) on the matrix of distances (``_linkage_distances.py``,
``_linkage_matrix.py``); the tree is numbered and cut in ``_linkage_tree.py``.
"""

import numpy as np

from mldlab.estimator import BaseEstimator
from mldlab.i18n import message
from mldlab.ml._linkage_chain import nn_chain
from mldlab.ml._linkage_distances import (
    EUCLIDEAN,
    MANHATTAN,
    METRICS,
    SQUARE_LIMIT,
    condensed_distances,
    square_distances,
)
from mldlab.ml._linkage_matrix import CondensedDistances, SquareDistances
from mldlab.ml._linkage_mst import mst_of_condensed, mst_of_points, mst_of_square
from mldlab.ml._linkage_tree import cut_tree, label_merges, node_sizes
from mldlab.ml.base import ClusterMixin
from mldlab.ml.validation import check_array, check_choice, check_is_fitted, check_number, check_whole

_OP = "AgglomerativeClustering.fit"
LINKAGES = ("ward", "complete", "average", "single")


class AgglomerativeClustering(ClusterMixin, BaseEstimator):
    """Merge the two nearest clusters until ``n_clusters`` are left (scikit-learn's ``AgglomerativeClustering``).

    Parameters
    ----------
    n_clusters : int or None, default 2
        The number of clusters to cut the tree into; None when ``distance_threshold`` decides.
    metric : {'euclidean', 'l2', 'manhattan', 'l1', 'cityblock', 'cosine', 'precomputed'}, default 'euclidean'
        d(a, b) between samples ('l2' is 'euclidean'; 'l1' and 'cityblock' are 'manhattan'); 'precomputed': X is
        the square matrix of distances. Ward needs 'euclidean'.
    memory : None
        Only None here (scikit-learn caches the tree on disk with joblib).
    connectivity : None
        Only None here: every pair of clusters may merge (scikit-learn can restrict merges to neighbours in a
        graph).
    compute_full_tree : 'auto' or bool, default 'auto'
        Without ``connectivity`` the whole tree is always built (as in scikit-learn), whatever this says; it must
        not be False with ``distance_threshold``.
    linkage : {'ward', 'complete', 'average', 'single'}, default 'ward'
        d(A, B) between clusters, as in the module's docstring.
    distance_threshold : float or None, default None
        Cut the tree where merges are at least this far apart (then ``n_clusters`` must be None).
    compute_distances : bool, default False
        Keep the distance of every merge in ``distances_`` (always kept with ``distance_threshold``).

    Attributes
    ----------
    labels_ : ndarray of shape (n_samples,)
        The cluster of each sample, numbered as in scikit-learn.
    n_clusters_ : int
    n_leaves_ : int
        The number of samples (leaves of the tree).
    n_connected_components_ : int
        1: without ``connectivity`` every pair of samples is connected.
    children_ : ndarray of shape (n_samples − 1, 2)
        The two nodes merge k joins (samples are nodes 0 … n − 1, merge k creates node n + k).
    distances_ : ndarray of shape (n_samples − 1,)
        d of each merge (with ``distance_threshold`` or ``compute_distances=True``).
    n_features_in_ : int

    Notes
    -----
    Not supported here: ``connectivity``, ``memory``, a callable ``metric``.
    scikit-learn numbers the two children of a single-linkage merge (euclidean or manhattan metrics) in the order
    the minimum spanning tree met them, and in increasing order otherwise; mldlab does the same.

    Examples
    --------
    >>> X = [[0, 0], [0, 1], [5, 5], [5, 6], [6, 5], [10, 0]]
    >>> model = AgglomerativeClustering(n_clusters=3, compute_distances=True).fit(X)
    >>> model.labels_.tolist()
    [1, 1, 0, 0, 0, 2]
    >>> model.children_.tolist()
    [[0, 1], [2, 3], [4, 7], [5, 8], [6, 9]]
    >>> model.distances_.round(3).tolist()
    [1.0, 1.0, 1.291, 8.679, 12.055]
    """

    def __init__(self, n_clusters=2, *, metric: str = "euclidean", memory=None, connectivity=None,
                 compute_full_tree="auto", linkage: str = "ward", distance_threshold=None,
                 compute_distances: bool = False):
        self.n_clusters = n_clusters
        self.metric = metric
        self.memory = memory
        self.connectivity = connectivity
        self.compute_full_tree = compute_full_tree
        self.linkage = linkage
        self.distance_threshold = distance_threshold
        self.compute_distances = compute_distances

    def _check_params(self) -> None:
        if self.n_clusters is not None:
            check_whole(_OP, "n_clusters", self.n_clusters, 1)
        if self.distance_threshold is not None:
            check_number(_OP, "distance_threshold", self.distance_threshold)
        if (self.n_clusters is None) == (self.distance_threshold is None):
            raise ValueError(message("agglo_one_of", op=_OP, n_clusters=self.n_clusters,
                                     distance_threshold=self.distance_threshold))
        check_choice(_OP, "linkage", self.linkage, LINKAGES)
        check_choice(_OP, "metric", self.metric, METRICS)
        check_choice(_OP, "compute_full_tree", self.compute_full_tree, ("auto", True, False))
        check_choice(_OP, "compute_distances", self.compute_distances, (True, False))
        if self.linkage == "ward" and self.metric not in EUCLIDEAN:
            raise ValueError(message("agglo_ward_metric", op=_OP, metric=self.metric))
        if self.distance_threshold is not None and self.compute_full_tree is False:
            raise ValueError(message("agglo_full_tree", op=_OP))
        for name in ("memory", "connectivity"):
            if getattr(self, name) is not None:
                raise ValueError(message("agglo_not_supported", op=_OP, name=name))

    def _check_data(self, X) -> np.ndarray:
        X = check_array(X, _OP)
        if len(X) < 2:
            raise ValueError(message("agglo_few_samples", op=_OP, n_samples=len(X)))
        if self.metric == "precomputed" and X.shape[0] != X.shape[1]:
            raise ValueError(message("agglo_precomputed", op=_OP, shape=X.shape))
        if self.metric == "cosine" and not np.all(np.any(X != 0, axis=1)):
            raise ValueError(message("agglo_cosine_zero", op=_OP, row=int(np.flatnonzero(~np.any(X, axis=1))[0])))
        if self.n_clusters is not None and self.n_clusters > len(X):
            raise ValueError(message("agglo_too_many", op=_OP, n_clusters=self.n_clusters, n_samples=len(X)))
        return X

    def _merges(self, X: np.ndarray) -> tuple[np.ndarray, bool]:
        """Steps (1)-(2): the n − 1 merges (a, b, d) in any order, and whether each pair is put in increasing
        order when numbered (see Notes). Up to ``SQUARE_LIMIT`` samples all distances are measured first, in an
        n × n matrix; beyond, in half the memory (condensed), or, for single linkage, as they are needed."""
        n = len(X)
        own_mst = self.linkage == "single" and self.metric in EUCLIDEAN + MANHATTAN  # scikit-learn's own code
        if n <= SQUARE_LIMIT:
            D = square_distances(X, self.metric)
            if self.linkage == "single":
                return mst_of_square(D), not own_mst
            return nn_chain(SquareDistances(D), n, self.linkage), True
        if own_mst:
            return mst_of_points(X, self.metric), False
        D = condensed_distances(X, self.metric)
        if self.linkage == "single":
            return mst_of_condensed(D, n), True
        return nn_chain(CondensedDistances(D, n), n, self.linkage), True

    def fit(self, X, y=None) -> "AgglomerativeClustering":
        """Build the merge tree of the samples of X and cut it into clusters; ``y`` is ignored."""
        self._check_params()
        X = self._check_data(X)
        n = len(X)
        merges, ordered = self._merges(X)  # (1), (2)
        children, distances = label_merges(merges, n, ordered=ordered)
        self.children_ = children
        self.n_leaves_ = n
        self.n_connected_components_ = 1
        self.n_features_in_ = X.shape[1]
        vars(self).pop("distances_", None)  # from an earlier fit
        if self.distance_threshold is not None or self.compute_distances:
            self.distances_ = distances
        if self.distance_threshold is not None:  # every merge at d ≥ distance_threshold undone: one cluster more
            self.n_clusters_ = int(np.count_nonzero(distances >= self.distance_threshold)) + 1
        else:
            self.n_clusters_ = int(self.n_clusters)
        self.labels_ = cut_tree(self.n_clusters_, children, n)  # (3)
        return self


def linkage_matrix(model: AgglomerativeClustering) -> np.ndarray:
    """The merge tree as SciPy's linkage matrix, for a dendrogram: one row [a, b, d, size] per merge.

    Row k: the nodes a and b merged (``children_[k]``), their distance d (``distances_[k]``) and the number of
    samples in the new node n + k. The model must be fitted with ``compute_distances=True`` (or a
    ``distance_threshold``). ``mldlab.viz`` draws the dendrogram from it; so does SciPy's
    ``scipy.cluster.hierarchy.dendrogram``.

    Examples
    --------
    >>> X = [[0, 0], [0, 1], [5, 5], [5, 6]]
    >>> model = AgglomerativeClustering(linkage="single", compute_distances=True).fit(X)
    >>> linkage_matrix(model).round(3).tolist()
    [[0.0, 1.0, 1.0, 2.0], [2.0, 3.0, 1.0, 2.0], [4.0, 5.0, 6.403, 4.0]]
    """
    if not isinstance(model, AgglomerativeClustering):
        raise TypeError(message("agglo_linkage_model", type=type(model).__name__))
    check_is_fitted(model, "children_")
    if not hasattr(model, "distances_"):
        raise ValueError(message("agglo_no_distances"))
    sizes = node_sizes(model.children_, model.n_leaves_)
    return np.column_stack([model.children_, model.distances_, sizes]).astype(np.float64)
