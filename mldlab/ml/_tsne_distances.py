"""Distances between every pair of samples, for t-SNE and trustworthiness (the metrics scikit-learn's
``pairwise_distances`` computes the same way).

==============  ==========================================  ==============================================
metric          d(xᵢ, xⱼ)                                   computed as
==============  ==========================================  ==============================================
'euclidean'     √Σₖ (xᵢₖ − xⱼₖ)²                              √(‖xᵢ‖² − 2 xᵢ·xⱼ + ‖xⱼ‖²): one matrix product
'manhattan'     Σₖ |xᵢₖ − xⱼₖ|                                a block of rows at a time
'cosine'        1 − xᵢ·xⱼ / (‖xᵢ‖ ‖xⱼ‖)                       a matrix product of the rows scaled to length 1
'precomputed'   X is the matrix of distances itself
==============  ==========================================  ==============================================
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml._tsne_probabilities import squared_distances

METRICS = ("euclidean", "manhattan", "cosine", "precomputed")
_BLOCK = 2**22  # differences per block of rows for 'manhattan' (32 MB)


def pairwise_distances(X: np.ndarray, metric: str, *, squared: bool = False) -> np.ndarray:
    """The (n, n) matrix of d(xᵢ, xⱼ) (its squares with ``squared``), zero on the diagonal; 'precomputed' gives
    a copy of X."""
    if metric == "precomputed":
        D = X.copy()
    elif metric == "euclidean":
        D = squared_distances(X)
        return D if squared else np.sqrt(D, out=D)
    elif metric == "manhattan":
        D = np.empty((len(X), len(X)))
        rows = max(1, _BLOCK // X.size)
        for start in range(0, len(X), rows):
            D[start:start + rows] = np.abs(X[start:start + rows, None, :] - X[None]).sum(axis=-1)
    else:
        norms = np.sqrt(np.einsum("ij,ij->i", X, X))
        norms[norms == 0.0] = 1.0  # a row of zeros stays zeros (distance 1 to everything)
        unit = X / norms[:, None]
        D = unit @ unit.T
        np.subtract(1.0, D, out=D)
        np.clip(D, 0.0, 2.0, out=D)
        np.fill_diagonal(D, 0.0)
    return D**2 if squared else D


def check_precomputed(D: np.ndarray, op: str) -> None:
    """A precomputed distance matrix must be square with distances >= 0."""
    if D.shape[0] != D.shape[1]:
        raise ValueError(message("tsne_precomputed_square", op=op, shape=D.shape))
    if np.any(D < 0):
        i, j = np.argwhere(D < 0)[0]
        raise ValueError(message("tsne_precomputed_negative", op=op, i=i, j=j, value=D[i, j]))
