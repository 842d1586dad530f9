"""Losses over C classes: (5) cross-entropy on logits, with the softmax fused in, and (6) NLL on log-probabilities.

The formulas of all six losses, and what ``reduction`` means, are in ``mldlab._ops.loss``.
"""

import numpy as np

from mldlab import _dtype
from mldlab._ops._loss_util import _array, _as, _float_dtype, _reduce, _upstream, check_reduction
from mldlab.i18n import message
from mldlab.tensor import Tensor

_CLASS_DTYPES = (np.dtype(np.int64), np.dtype(np.uint8))


def _class_count(op: str, x: np.ndarray) -> int:
    if x.ndim == 0:
        raise ValueError(message("class_input_ndim", op=op, shape=x.shape))
    return x.shape[0] if x.ndim == 1 else x.shape[1]


def _to_rows(x: np.ndarray, n_classes: int) -> np.ndarray:
    """(C,), (N, C) or (N, C, d₁, …) as a matrix with one row of C class scores per sample."""
    if x.ndim == 2:
        return x
    if x.ndim == 1:
        return x.reshape(1, n_classes)
    return np.moveaxis(x, 1, -1).reshape(-1, n_classes)


def _from_rows(rows: np.ndarray, shape: tuple) -> np.ndarray:
    """The inverse of ``_to_rows``: the gradient back in the input's layout."""
    if len(shape) == 2:
        return rows
    if len(shape) == 1:
        return rows.reshape(shape)
    return np.moveaxis(rows.reshape((shape[0],) + shape[2:] + (shape[1],)), -1, 1)


def _class_targets(op: str, x: np.ndarray, t: np.ndarray, n_classes: int, probabilities_allowed: bool) -> np.ndarray:
    """Check that ``t`` holds one class index per sample and return them as a vector."""
    expected = () if x.ndim == 1 else (x.shape[0],) + x.shape[2:]
    if t.shape != expected:
        probs = message("class_target_probs", input=x.shape) if probabilities_allowed else ""
        hint = message("class_target_column") if t.shape == expected + (1,) else ""
        raise ValueError(message("class_target_shape", op=op, target=t.shape, input=x.shape, expected=expected,
                                 probs=probs, hint=hint))
    if t.dtype not in _CLASS_DTYPES:
        raise TypeError(message("class_target_float", op=op, target=t.shape, dtype=_dtype.dtype_name(t.dtype),
                                input=x.shape))
    return t.reshape(-1)


def _valid(op: str, y: np.ndarray, n_classes: int, ignore_index: int):
    """Which samples count (target ≠ ignore_index), or None when all do; every other target must be 0 … C − 1."""
    if y.size == 0:
        return None
    if y.min() >= 0 and y.max() < n_classes and not 0 <= ignore_index < n_classes:
        return None
    valid = y != ignore_index
    bad = valid & ((y < 0) | (y >= n_classes))
    if bad.any():
        raise IndexError(message("class_index_range", op=op, value=int(y[bad][0]), n=n_classes, high=n_classes - 1,
                                 ignore_index=ignore_index))
    return valid


def _class_weight(op: str, weight, n_classes: int, dtype: np.dtype):
    if weight is None:
        return None
    w = _as(_array(op, "weight", weight), dtype)
    if w.shape != (n_classes,):
        raise ValueError(message("class_weight_size", op=op, n=n_classes, shape=w.shape))
    return w


def cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, *, ignore_index: int = -100,
                  reduction: str = "mean", label_smoothing: float = 0.0) -> Tensor:
    """(5) Softmax and cross-entropy in one: J = −1/n Σᵢ log softmax(zᵢ)_yᵢ, ∂J/∂z = (softmax(z) − onehot(y))/n.

    Parameters
    ----------
    input : Tensor
        The logits z: shape (N, C) (one row of C class scores per sample), (C,) for one sample, or
        (N, C, d₁, …).
    target : Tensor
        Either class indices yᵢ ∈ {0, …, C − 1} (int64), of shape (N,), () or (N, d₁, …); or class
        probabilities of the input's shape (float).
    weight : Tensor, optional
        A weight w_c per class, shape (C,). With indices, each term is multiplied by w_yᵢ and 'mean'
        divides by Σᵢ w_yᵢ instead of n (PyTorch's weighted mean).
    ignore_index : int, default -100
        Samples whose target is ``ignore_index`` add nothing and are not counted (indices only).
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    label_smoothing : float, default 0.0
        ε in [0, 1]: the target becomes (1 − ε)·onehot(y) + ε/C, as in PyTorch.

    Notes
    -----
    With indices, label smoothing and weights, the term of sample i is
    (1 − ε)·w_yᵢ·(−log pᵢ,yᵢ) + ε/C · Σ_c w_c·(−log pᵢ,c), and 'mean' divides by Σᵢ w_yᵢ: PyTorch's formula.
    With probabilities q the term is −Σ_c w_c qᵢ,c log pᵢ,c and 'mean' divides by N.
    The backward of both is ∂J/∂zᵢ = (Σ_c qᵢ,c)·softmax(zᵢ) − qᵢ, with q the (weighted, smoothed) target.
    PyTorch silently treats a negative ``label_smoothing`` as 0; mldlab refuses it.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> z = mldlab.tensor([[2.0, 0.0, 0.0], [0.0, 0.0, 1000.0]], requires_grad=True)
    >>> y = mldlab.tensor([0, 2])
    >>> loss = F.cross_entropy(z, y)
    >>> loss
    tensor(0.1198, grad_fn=<CrossEntropyBackward>)
    >>> loss.backward()
    >>> z.grad                      # (softmax(z) − onehot(y)) / 2
    tensor([[-0.1065,  0.0533,  0.0533],
            [ 0.0000,  0.0000,  0.0000]])
    """
    op = "cross_entropy"
    check_reduction(op, reduction)
    x = _array(op, "input", input)
    t = _array(op, "target", target)
    if x.dtype.kind != "f":
        raise TypeError(message("loss_input_float", op=op, dtype=_dtype.dtype_name(x.dtype)))
    if not 0.0 <= label_smoothing <= 1.0:
        raise ValueError(message("label_smoothing", op=op, value=label_smoothing))
    n_classes = _class_count(op, x)
    if t.shape == x.shape:
        return _cross_entropy_probabilities(op, input, target, x, t, n_classes, weight, ignore_index, reduction,
                                            label_smoothing)
    y = _class_targets(op, x, t, n_classes, probabilities_allowed=True)
    z = _to_rows(x, n_classes)
    w = _class_weight(op, weight, n_classes, x.dtype)
    valid = _valid(op, y, n_classes, ignore_index)
    eps = label_smoothing
    n_rows = z.shape[0]
    rows = np.arange(n_rows)
    if valid is not None:
        y = np.where(valid, y, 0)  # any class will do for an ignored sample: its weight is 0 below

    shifted = z - z.max(axis=1, keepdims=True)  # zᵢ − max z: e^z never overflows
    e = np.exp(shifted)
    sum_e = e.sum(axis=1, keepdims=True)
    log_sum = np.log(sum_e)[:, 0]
    nll = log_sum - shifted[rows, y]  # −log pᵢ,yᵢ = log Σ_c e^z − z_yᵢ
    # aᵢ = w_yᵢ (0 for an ignored sample): the weight of sample i, and n = Σ aᵢ for 'mean'.
    if w is None:
        a = None if valid is None else valid.astype(x.dtype)
        n = n_rows if valid is None else int(valid.sum())
    else:
        a = w[y] if valid is None else w[y] * valid
        n = a.sum()
    loss = nll if a is None else a * nll
    if eps:
        # ε/C · Σ_c w_c (−log pᵢ,c), zero for ignored samples
        w_sum = n_classes if w is None else w.sum()
        smooth = w_sum * log_sum - (shifted.sum(axis=1) if w is None else shifted @ w)
        if valid is not None:
            smooth = smooth * valid
        loss = (1 - eps) * loss + (eps / n_classes) * smooth
    out = _reduce(loss, reduction, n)
    if reduction == "none":
        out = out.reshape(t.shape)

    def backward(g):
        c = _upstream(g, reduction, n)
        if reduction == "none":
            c = c.reshape(-1, 1)
        p = e / sum_e  # softmax(z)
        if a is None and not eps:
            p[rows, y] -= 1  # ∂J/∂z = softmax(z) − onehot(y)
            return _from_rows(p * c, x.shape), None
        # ∂J/∂zᵢ = (Σ_c qᵢ,c)·pᵢ − qᵢ, with the target qᵢ = (1 − ε)·aᵢ·onehot(yᵢ) + (ε/C)·w for counted samples
        counted = np.ones(n_rows, x.dtype) if valid is None else valid.astype(x.dtype)
        a_i = counted if a is None else a
        w_c = np.ones(n_classes, x.dtype) if w is None else w
        q_sum = (1 - eps) * a_i + (eps / n_classes) * w_c.sum() * counted
        grad = p * q_sum[:, None] - (eps / n_classes) * counted[:, None] * w_c
        grad[rows, y] -= (1 - eps) * a_i
        return _from_rows(grad * c, x.shape), None

    return Tensor._from_op(out, "cross_entropy", (input, target), backward)


def _cross_entropy_probabilities(op, input, target, x, t, n_classes, weight, ignore_index, reduction, eps):
    """(5) with class probabilities q as the target: J = −1/N Σᵢ Σ_c w_c qᵢ,c log pᵢ,c."""
    if t.dtype.kind != "f":
        expected = () if x.ndim == 1 else (x.shape[0],) + x.shape[2:]
        raise TypeError(message("class_target_int_probs", op=op, shape=x.shape, dtype=_dtype.dtype_name(t.dtype),
                                expected=expected))
    if ignore_index >= 0:
        raise ValueError(message("ignore_index_probs", op=op, ignore_index=ignore_index))
    dtype = x.dtype if x.dtype == t.dtype else _float_dtype(op, input, target)
    z = _to_rows(_as(x, dtype), n_classes)
    q = _to_rows(_as(t, dtype), n_classes)
    if eps:
        q = q * (1 - eps) + eps / n_classes  # label smoothing
    w = _class_weight(op, weight, n_classes, dtype)
    if w is not None:
        q = q * w
    shifted = z - z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    sum_e = e.sum(axis=1, keepdims=True)
    log_p = shifted - np.log(sum_e)  # log softmax(z)
    loss = -(q * log_p).sum(axis=1)
    n = z.shape[0]
    out = _reduce(loss, reduction, n)
    shape = () if x.ndim == 1 else (x.shape[0],) + x.shape[2:]
    if reduction == "none":
        out = out.reshape(shape)

    def backward(g):
        c = _upstream(g, reduction, n)
        if reduction == "none":
            c = c.reshape(-1, 1)
        grad = (e / sum_e) * q.sum(axis=1, keepdims=True) - q  # ∂J/∂zᵢ = (Σ_c qᵢ,c)·softmax(zᵢ) − qᵢ
        gt = None
        if target._requires_grad:
            gt = -(1 - eps) * log_p * (1 if w is None else w) * c  # ∂J/∂tᵢ,c = −(1 − ε)·w_c·log pᵢ,c
            gt = _from_rows(gt, x.shape)
        return _from_rows(grad * c, x.shape), gt

    return Tensor._from_op(out, "cross_entropy", (input, target), backward)


def nll_loss(input: Tensor, target: Tensor, weight: Tensor | None = None, *, ignore_index: int = -100,
             reduction: str = "mean") -> Tensor:
    """(6) Negative log-likelihood J = −1/n Σᵢ w_yᵢ aᵢ,yᵢ for log-probabilities a (the output of log_softmax).

    ``nll_loss(log_softmax(z, 1), y)`` equals ``cross_entropy(z, y)``. The arguments are those of
    ``cross_entropy`` (indices only): 'mean' divides by Σᵢ w_yᵢ over the samples not ignored.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> a = mldlab.tensor([[-0.1, -2.0], [-3.0, -0.2]])
    >>> F.nll_loss(a, mldlab.tensor([0, 1]))
    tensor(0.1500)
    """
    op = "nll_loss"
    check_reduction(op, reduction)
    x = _array(op, "input", input)
    t = _array(op, "target", target)
    if x.dtype.kind != "f":
        raise TypeError(message("loss_input_float", op=op, dtype=_dtype.dtype_name(x.dtype)))
    n_classes = _class_count(op, x)
    y = _class_targets(op, x, t, n_classes, probabilities_allowed=False)
    a_rows = _to_rows(x, n_classes)
    w = _class_weight(op, weight, n_classes, x.dtype)
    valid = _valid(op, y, n_classes, ignore_index)
    n_rows = a_rows.shape[0]
    rows = np.arange(n_rows)
    if valid is not None:
        y = np.where(valid, y, 0)
    if w is None:
        k = None if valid is None else valid.astype(x.dtype)  # the weight of each sample
        n = n_rows if valid is None else int(valid.sum())
    else:
        k = w[y] if valid is None else w[y] * valid
        n = k.sum()
    picked = a_rows[rows, y]
    loss = -picked if k is None else -k * picked  # −w_yᵢ aᵢ,yᵢ
    out = _reduce(loss, reduction, n)
    if reduction == "none":
        out = out.reshape(t.shape)

    def backward(g):
        c = _upstream(g, reduction, n)
        grad = np.zeros_like(a_rows)
        grad[rows, y] = -c.reshape(-1) if k is None else -k * c.reshape(-1)  # ∂J/∂aᵢ,yᵢ = −w_yᵢ
        return _from_rows(grad, x.shape), None

    return Tensor._from_op(out, "nll_loss", (input, target), backward)
