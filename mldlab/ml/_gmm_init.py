"""EM's starting point: initial responsibilities γᵢₖ, from which one M-step makes the first πₖ, μₖ and Σₖ.

============================  =================================================================================
``init_params``               γᵢₖ
============================  =================================================================================
'kmeans' (the default)        1 if ``KMeans(n_clusters=K, n_init=1)`` puts xᵢ in cluster k, else 0
'k-means++'                   1 for the K seeds k-means++ picks (seed k in component k), 0 for every other sample
'random'                      uniform random numbers, each row divided by its sum
'random_from_data'            1 for K samples drawn at random without replacement, 0 for the others
============================  =================================================================================

When ``weights_init``, ``means_init`` and ``precisions_init`` are all given, no responsibilities are needed.
"""

import numpy as np

from mldlab.ml._kmeans_init import kmeans_plusplus
from mldlab.ml.kmeans import KMeans


def initial_resp(model, X: np.ndarray, inits: tuple, rng: np.random.Generator) -> np.ndarray | None:
    """γ (n_samples, n_components) by ``model.init_params``, or None when all three initial values are given."""
    if all(given is not None for given in inits):
        return None
    n, K = len(X), model.n_components
    if model.init_params == "random":
        resp = rng.uniform(size=(n, K))
        return resp / np.sum(resp, axis=1)[:, None]
    resp = np.zeros((n, K))
    if model.init_params == "kmeans":
        labels = KMeans(n_clusters=K, n_init=1, random_state=rng).fit(X).labels_
        resp[np.arange(n), labels] = 1.0
    elif model.init_params == "k-means++":
        _, seeds = kmeans_plusplus(X, K, random_state=rng)
        resp[seeds, np.arange(K)] = 1.0
    else:
        resp[rng.choice(n, size=K, replace=False), np.arange(K)] = 1.0
    return resp
