"""t-SNE's objective and its gradient: how far the embedding's similarities Q are from the data's P.

For the embedding y₁ … y_N (ν = max(n_components − 1, 1) degrees of freedom; ν = 1 for a 2-D map)::

    (5) wᵢⱼ = (1 + ‖yᵢ − yⱼ‖² / ν)^(−(ν + 1)/2)         Student-t kernel (ν = 1: 1 / (1 + ‖yᵢ − yⱼ‖²))
    (6) qᵢⱼ = wᵢⱼ / Z,   Z = Σ_{k≠l} w_kl
    (7) KL(P‖Q) = Σ_{i≠j} pᵢⱼ ln(pᵢⱼ / qᵢⱼ)
    (8) ∂KL/∂yᵢ = (2(ν + 1)/ν) Σⱼ (pᵢⱼ − qᵢⱼ) wᵢⱼ (yᵢ − yⱼ)          (ν = 1: 4 Σⱼ (pᵢⱼ − qᵢⱼ) wᵢⱼ (yᵢ − yⱼ))

Z needs every wᵢⱼ before any qᵢⱼ is known, so (8) is taken apart into two sums that need no Z::

    ∂KL/∂yᵢ = c (Aᵢ − Bᵢ / Z),   Aᵢ = Σⱼ pᵢⱼ wᵢⱼ (yᵢ − yⱼ),   Bᵢ = Σⱼ wᵢⱼ² (yᵢ − yⱼ)
    KL = Σ pᵢⱼ ln pᵢⱼ − Σ pᵢⱼ ln wᵢⱼ + (Σ pᵢⱼ) ln Z

and the N × N kernel is computed once per step, a block of rows at a time (small enough to stay in the
processor's cache), never stored whole. When P is sparse (only each point's nearest neighbours, 'barnes_hut'),
A and Σ pᵢⱼ ln wᵢⱼ are summed over its non-zero pᵢⱼ only, and the blocks compute Z and B alone.
As scikit-learn, qᵢⱼ below ε = 2.2·10⁻¹⁶ would count as ε; here it does not (it would need points 10⁵ times
further apart than a map ever has).

For ν ≠ 1 (three or more components) (8) is scikit-learn's gradient, which uses wᵢⱼ where the derivative of
(7) has (1 + ‖yᵢ − yⱼ‖²/ν)⁻¹: the two agree only for ν = 1.
"""

import numpy as np

_EPS = np.finfo(np.float64).eps
_BLOCK = 2**16  # kernel entries per block of rows (512 kB in float64)
_SHARES = 8  # the blocks are dealt to threads in this many runs of neighbouring blocks


def kl_divergence(P, Y: np.ndarray, dof: float, *, compute_error: bool = True, dtype=np.float64,
                  pool=None) -> tuple[float, np.ndarray]:
    """KL(P‖Q) of (7) (NaN unless ``compute_error``) and its gradient (8) with respect to ``Y``.

    ``P`` is the (N, N) matrix of pᵢⱼ (zero diagonal), or a sparse P as the triple (i, j, pᵢⱼ) of its non-zero
    entries. ``dtype`` is the precision of the kernel (float64 for 'exact', float32 for 'barnes_hut', as
    scikit-learn); the gradient has ``Y``'s dtype. With ``pool`` (a ``ThreadPoolExecutor``) its threads share
    the blocks (NumPy lets go of Python's lock while it computes); the sums are added in the same order, so the
    numbers do not depend on the threads.
    """
    n, d = Y.shape
    dense = not isinstance(P, tuple)
    Yt = np.ascontiguousarray(Y.T, dtype=dtype)  # one contiguous row per component: faster differences
    rows = max(1, _BLOCK // n)
    blocks = np.arange(0, n, rows)
    A = np.empty((n, d), dtype)
    B = np.empty((n, d), dtype)
    sums = np.zeros((len(blocks), 2))  # Σⱼ wᵢⱼ and Σⱼ pᵢⱼ ln wᵢⱼ of each block

    def share(numbers: np.ndarray) -> None:  # the blocks numbered ``numbers``, with buffers of their own
        diff = np.empty((d, rows, n), dtype)
        w_buffer, pw_buffer = np.empty((rows, n), dtype), np.empty((rows, n), dtype)
        for b in numbers:
            start = blocks[b]
            stop = min(start + rows, n)
            m = stop - start
            D, w, pw = diff[:, :m], w_buffer[:m], pw_buffer[:m]
            for k in range(d):
                np.subtract(Yt[k, start:stop, None], Yt[k], out=D[k])  # yᵢ − yⱼ
            np.einsum("kij,kij->ij", D, D, out=w)  # ‖yᵢ − yⱼ‖²
            if dof != 1:
                w /= dof
            w += 1.0
            if compute_error and dense:
                sums[b, 1] = -(dof + 1) / 2 * float((P[start:stop] * np.log(w)).sum())
            if dof == 1:
                np.divide(1.0, w, out=w)  # (5)
            else:
                np.power(w, -(dof + 1) / 2, out=w)
            w[np.arange(m), np.arange(start, stop)] = 0.0  # no wᵢᵢ
            sums[b, 0] = w.sum()
            if dense:
                np.multiply(P[start:stop], w, out=pw)
                A[start:stop] = np.einsum("ij,kij->ik", pw, D)
            w *= w
            B[start:stop] = np.einsum("ij,kij->ik", w, D)

    if pool is None:
        share(np.arange(len(blocks)))
    else:
        list(pool.map(share, np.array_split(np.arange(len(blocks)), min(_SHARES, len(blocks)))))
    p_ln_w = float(sums[:, 1].sum())
    if not dense:
        A, p_ln_w = _attraction(P, Yt, dof, compute_error)
    Z = float(sums[:, 0].sum())
    c = 2.0 * (dof + 1.0) / dof
    grad = (c * (A - B / dtype(Z))).astype(Y.dtype, copy=False)  # (8)
    if not compute_error:
        return np.nan, grad
    p = P if dense else P[2]
    sum_P = float(p.sum(dtype=np.float64))
    plogp = float((p * np.log(np.maximum(p, _EPS))).sum())
    return plogp - p_ln_w + sum_P * np.log(Z), grad  # (7)


def _attraction(P: tuple, Yt: np.ndarray, dof: float, compute_error: bool) -> tuple[np.ndarray, float]:
    """Aᵢ = Σⱼ pᵢⱼ wᵢⱼ (yᵢ − yⱼ) and Σ pᵢⱼ ln wᵢⱼ over the non-zero pᵢⱼ of a sparse P = (i, j, pᵢⱼ), its
    pairs sorted by i."""
    i, j, p = P
    D = np.take(Yt, i, axis=1) - np.take(Yt, j, axis=1)  # yᵢ − yⱼ, one column per pair (take: 10× faster than [])
    w = np.einsum("kp,kp->p", D, D)
    if dof != 1:
        w /= dof
    w += 1.0
    p_ln_w = -(dof + 1) / 2 * float((p * np.log(w)).sum()) if compute_error else 0.0
    w = 1.0 / w if dof == 1 else w ** (-(dof + 1) / 2)  # (5)
    first = np.flatnonzero(np.r_[True, i[1:] != i[:-1]])  # where each row's pairs start (i is sorted)
    A = np.zeros(Yt.shape[::-1], Yt.dtype)
    A[i[first]] = np.add.reduceat(p * w * D, first, axis=1).T
    return A, p_ln_w
