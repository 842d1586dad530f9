"""Loss functions J(W), each one graph node with a closed-form backward.

The slides' losses, with f = f(x⁽ⁱ⁾; W) the prediction and y the target, n the number of terms:

    (1) MSE:  J(W) = 1/n Σ (y − f)²                                  ∂J/∂f = 2(f − y)/n
    (2) L1:   J(W) = 1/n Σ |y − f|                                   ∂J/∂f = sign(f − y)/n
    (3) BCE:  J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)]           ∂J/∂f = (f − y) / (f(1 − f)) / n
    (4) BCE on logits z, f = σ(z):  J = 1/n Σ [(1 − y)·z − log σ(z)]  ∂J/∂z = (σ(z) − y)/n
    (5) cross-entropy on logits z, p = softmax(z), class yᵢ:
              J = −1/n Σᵢ log pᵢ,yᵢ                                  ∂J/∂z = (softmax(z) − onehot(y))/n
    (6) NLL on log-probabilities a:  J = −1/n Σᵢ aᵢ,yᵢ

(4) and (5) fuse the activation into the loss: the backward skips σ'(z) and the softmax Jacobian, which
cancel, and the forward never takes the log of 0, so logits of ±1000 give finite values and gradients.

``reduction`` is 'mean' (divide by n), 'sum', or 'none' (one loss per term). All kernels follow PyTorch's
formulas, including its weighted means and label smoothing, so the numbers agree with ``torch.nn.functional``.
"""

import warnings

import numpy as np

from mldlab import _dtype
from mldlab._ops._util import broadcast_error
from mldlab.i18n import message
from mldlab.tensor import Tensor

_REDUCTIONS = ("mean", "sum", "none")
_CLASS_DTYPES = (np.dtype(np.int64), np.dtype(np.uint8))
_BCE_EPSILON = float(np.float32(1e-12))  # PyTorch keeps f(1 − f) ≥ 1e-12 rounded to float32


# ---------------------------------------------------------------------- checks shared by the losses
def _check_reduction(op: str, reduction: str) -> None:
    if reduction not in _REDUCTIONS:
        raise ValueError(message("loss_reduction", op=op, reduction=reduction))


def _array(op: str, name: str, x) -> np.ndarray:
    if not isinstance(x, Tensor):
        raise TypeError(message("loss_not_tensor", op=op, name=name, type=type(x).__name__))
    return x._data


def _shape_hint(input_shape: tuple, target_shape: tuple) -> str:
    """The hint for the most common mix-up: a model output of shape (N, 1) against a target of shape (N,)."""
    if len(input_shape) == 2 and input_shape[1] == 1 and target_shape == input_shape[:1]:
        return message("loss_shape_column")
    if len(target_shape) == 2 and target_shape[1] == 1 and input_shape == target_shape[:1]:
        return message("loss_shape_flat")
    return ""


def _check_same_shape(op: str, f: np.ndarray, y: np.ndarray) -> None:
    if f.shape != y.shape:
        hint = _shape_hint(f.shape, y.shape)
        raise ValueError(message("loss_shape", op=op, input=f.shape, target=y.shape, hint=hint))


def _float_dtype(op: str, *arrays_or_tensors) -> np.dtype:
    """PyTorch's result dtype of the operands, which must be floating point."""
    dtype = _dtype.result_type(*arrays_or_tensors)
    if dtype.kind != "f":
        raise TypeError(message("loss_input_float", op=op, dtype=_dtype.dtype_name(dtype)))
    return dtype


def _as(array: np.ndarray, dtype: np.dtype) -> np.ndarray:
    return array if array.dtype == dtype else array.astype(dtype)


def _weight(op: str, name: str, weight, shape: tuple, dtype: np.dtype):
    """An elementwise weight broadcast to the loss's shape (None stays None)."""
    if weight is None:
        return None
    w = _as(_array(op, name, weight), dtype)
    try:
        return np.broadcast_to(w, shape)
    except ValueError:
        raise ValueError(message("loss_weight_shape", op=op, name=name, weight=w.shape, input=shape)) from None


def _reduce(loss: np.ndarray, reduction: str, n) -> np.ndarray:
    """Σ loss / n for 'mean', Σ loss for 'sum', the losses themselves for 'none'; 0/0 gives NaN as in PyTorch."""
    if reduction == "none":
        return loss
    total = loss.sum()
    if reduction == "sum":
        return total
    return total / n if n else total * np.nan


def _upstream(g: np.ndarray, reduction: str, n) -> np.ndarray:
    """∂J/∂lossᵢ: the incoming gradient, divided by n for 'mean' (when nothing counts, n = 0, no gradient)."""
    if reduction != "mean":
        return g
    return g / n if n else np.zeros_like(g)


# ---------------------------------------------------------------------- (1) and (2): regression
def _regression_pair(op: str, input: Tensor, target: Tensor):
    """Both arrays in their common float dtype; like PyTorch, different shapes broadcast with a warning."""
    f = _array(op, "input", input)
    y = _array(op, "target", target)
    dtype = f.dtype if f.dtype == y.dtype and f.dtype.kind == "f" else _float_dtype(op, input, target)
    f, y = _as(f, dtype), _as(y, dtype)
    if f.shape != y.shape:
        try:
            shape = np.broadcast_shapes(f.shape, y.shape)
        except ValueError:
            raise broadcast_error(op, f, y) from None
        warnings.warn(message("loss_broadcast", op=op, input=f.shape, target=y.shape, shape=shape,
                              hint=_shape_hint(f.shape, y.shape)), stacklevel=3)
    return f, y, dtype


def _sample_weight(op: str, weight, f: np.ndarray, dtype: np.dtype):
    if weight is None:
        return None
    w = _as(_array(op, "weight", weight), dtype)
    if w.shape != f.shape:
        raise ValueError(message("loss_weight_size", op=op, input=f.shape, weight=w.shape))
    return w


def mse_loss(input: Tensor, target: Tensor, *, reduction: str = "mean", weight: Tensor | None = None) -> Tensor:
    """(1) Mean squared error J(W) = 1/n Σ (y − f)².

    Parameters
    ----------
    input : Tensor
        The predictions f.
    target : Tensor
        The targets y, of the same shape (other shapes broadcast, with a warning, as in PyTorch).
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    weight : Tensor, optional
        A weight wᵢ per element, of the input's shape: 'mean' is then Σ wᵢ(yᵢ − fᵢ)² / Σ wᵢ (as in PyTorch).

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> F.mse_loss(mldlab.tensor([1.0, 2.0]), mldlab.tensor([1.0, 4.0]))
    tensor(2.)
    """
    op = "mse_loss"
    _check_reduction(op, reduction)
    f, y, dtype = _regression_pair(op, input, target)
    w = _sample_weight(op, weight, f, dtype)
    d = f - y
    loss = d * d  # (y − f)²
    if w is not None:
        loss *= w
    n = loss.size if w is None else w.sum()
    out = _reduce(loss, reduction, n)

    def backward(g):
        gf = _upstream(g, reduction, n) * 2 * d  # ∂J/∂f = 2(f − y)/n
        if w is not None:
            gf = gf * w
        return gf, (-gf if target._requires_grad else None)

    return Tensor._from_op(out, "mse_loss", (input, target), backward)


def l1_loss(input: Tensor, target: Tensor, *, reduction: str = "mean", weight: Tensor | None = None) -> Tensor:
    """(2) Mean absolute error J(W) = 1/n Σ |y − f|; the arguments are those of ``mse_loss``.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> F.l1_loss(mldlab.tensor([1.0, 2.0]), mldlab.tensor([1.0, 4.0]))
    tensor(1.)
    """
    op = "l1_loss"
    _check_reduction(op, reduction)
    f, y, dtype = _regression_pair(op, input, target)
    w = _sample_weight(op, weight, f, dtype)
    d = f - y
    loss = np.abs(d)
    if w is not None:
        loss *= w
    n = loss.size if w is None else w.sum()
    out = _reduce(loss, reduction, n)

    def backward(g):
        gf = _upstream(g, reduction, n) * np.sign(d)  # ∂J/∂f = sign(f − y)/n
        if w is not None:
            gf = gf * w
        return gf, (-gf if target._requires_grad else None)

    return Tensor._from_op(out, "l1_loss", (input, target), backward)


# ---------------------------------------------------------------------- (3) and (4): binary classification
def binary_cross_entropy(input: Tensor, target: Tensor, weight: Tensor | None = None, *,
                         reduction: str = "mean") -> Tensor:
    """(3) Binary cross-entropy J(W) = −1/n Σ [y log f + (1 − y) log(1 − f)] for probabilities f.

    Parameters
    ----------
    input : Tensor
        The predicted probabilities f (after a sigmoid), each in [0, 1].
    target : Tensor
        The labels y (0 or 1, or any value in [0, 1]), of the input's shape and dtype.
    weight : Tensor, optional
        A weight per element, broadcast to the input's shape: each term is multiplied by it
        ('mean' still divides by n).
    reduction : {'mean', 'sum', 'none'}, default 'mean'

    Notes
    -----
    As in PyTorch, each log is clamped at −100, so f = 0 or 1 gives a finite loss, and the gradient is
    (f − y) / max(f(1 − f), 10⁻¹²). Prefer ``binary_cross_entropy_with_logits`` on the raw scores z: it is
    exact for every z.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> f = mldlab.tensor([0.9, 0.2])
    >>> y = mldlab.tensor([1.0, 0.0])
    >>> F.binary_cross_entropy(f, y)        # −(log 0.9 + log 0.8)/2
    tensor(0.1643)
    """
    op = "binary_cross_entropy"
    _check_reduction(op, reduction)
    f = _array(op, "input", input)
    y = _array(op, "target", target)
    _check_same_shape(op, f, y)
    if f.dtype.kind != "f":
        raise TypeError(message("loss_input_float", op=op, dtype=_dtype.dtype_name(f.dtype)))
    if y.dtype != f.dtype:
        raise TypeError(message("loss_target_dtype", op=op, target=_dtype.dtype_name(y.dtype),
                                input=_dtype.dtype_name(f.dtype)))
    w = _weight(op, "weight", weight, f.shape, f.dtype)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_f = np.maximum(np.log(f), -100)  # log f, clamped at −100 as in PyTorch
        log_1mf = np.maximum(np.log1p(-f), -100)  # log(1 − f)
    loss = (y - 1) * log_1mf - y * log_f  # −[y log f + (1 − y) log(1 − f)]
    if w is not None:
        loss *= w
    n = loss.size
    out = _reduce(loss, reduction, n)
    nan = np.isnan(out).any() if reduction == "none" else out != out  # f outside [0, 1] gives NaN
    if nan and not (f.size == 0 or (f.min() >= 0 and f.max() <= 1)):
        raise ValueError(message("bce_range", op=op, low=float(f.min()), high=float(f.max())))

    def backward(g):
        c = _upstream(g, reduction, n)
        gf = c * (f - y) / np.maximum(f * (1 - f), _BCE_EPSILON)  # ∂J/∂f = (f − y) / (f(1 − f))
        gy = c * (log_1mf - log_f) if target._requires_grad else None  # ∂J/∂y = log(1 − f) − log f
        if w is not None:
            gf = gf * w
            gy = gy * w if gy is not None else None
        return gf, gy

    return Tensor._from_op(out, "binary_cross_entropy", (input, target), backward)


def binary_cross_entropy_with_logits(input: Tensor, target: Tensor, weight: Tensor | None = None, *,
                                     reduction: str = "mean", pos_weight: Tensor | None = None) -> Tensor:
    """(4) Sigmoid and binary cross-entropy in one: J = 1/n Σ [(1 − y)·z − log σ(z)], ∂J/∂z = (σ(z) − y)/n.

    This is (3) with f = σ(z), since log(1 − σ(z)) = log σ(z) − z. It never forms σ(z) = 0 or 1, so it is
    exact for any logit z.

    Parameters
    ----------
    input : Tensor
        The logits z (scores before the sigmoid).
    target : Tensor
        The labels y in [0, 1], of the input's shape (float; the dtypes are promoted as in PyTorch).
    weight : Tensor, optional
        A weight per element, broadcast to the input's shape.
    reduction : {'mean', 'sum', 'none'}, default 'mean'
    pos_weight : Tensor, optional
        p, a weight for the positive examples (broadcast, usually one per class): each term becomes
        (1 − y)·z − (1 + (p − 1)·y)·log σ(z). p = #negatives/#positives balances rare positives.

    Examples
    --------
    >>> import mldlab
    >>> from mldlab.nn import functional as F
    >>> z = mldlab.tensor([1000.0, -1000.0, 0.0])
    >>> F.binary_cross_entropy_with_logits(z, mldlab.tensor([1.0, 0.0, 1.0]), reduction="none")
    tensor([0.0000, 0.0000, 0.6931])
    """
    op = "binary_cross_entropy_with_logits"
    _check_reduction(op, reduction)
    z = _array(op, "input", input)
    y = _array(op, "target", target)
    _check_same_shape(op, z, y)
    if y.dtype.kind != "f":
        raise TypeError(message("loss_target_float", op=op, dtype=_dtype.dtype_name(y.dtype)))
    dtype = z.dtype if z.dtype == y.dtype else _float_dtype(op, input, target)
    z, y = _as(z, dtype), _as(y, dtype)
    w = _weight(op, "weight", weight, z.shape, dtype)
    p = _weight(op, "pos_weight", pos_weight, z.shape, dtype)
    e = np.exp(-np.abs(z))  # e^−|z| ≤ 1 never overflows
    log_sigma = np.minimum(z, 0) - np.log1p(e)  # log σ(z)
    if p is None:
        loss = (1 - y) * z - log_sigma
    else:
        loss = (1 - y) * z - ((p - 1) * y + 1) * log_sigma
    if w is not None:
        loss *= w
    n = loss.size
    out = _reduce(loss, reduction, n)

    def backward(g):
        c = _upstream(g, reduction, n)
        sigma = np.where(z >= 0, 1, e) / (1 + e)  # σ(z) = 1/(1 + e⁻ᶻ) = eᶻ/(1 + eᶻ), with e = e^−|z|
        if p is None:
            gz = c * (sigma - y)  # ∂J/∂z = σ(z) − y
            gy = c * -z if target._requires_grad else None  # ∂J/∂y = −z
        else:
            gz = c * (((p - 1) * y + 1) * sigma - p * y)  # ∂J/∂z = (1 + (p − 1)y)σ(z) − p·y
            gy = c * (-z - (p - 1) * log_sigma) if target._requires_grad else None
        if w is not None:
            gz = gz * w
            gy = gy * w if gy is not None else None
        return gz, gy

    return Tensor._from_op(out, "binary_cross_entropy_with_logits", (input, target), backward)


# ---------------------------------------------------------------------- (5) and (6): classes
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
    _check_reduction(op, reduction)
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
    _check_reduction(op, reduction)
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
