"""Class probabilities from whatever model the user has: an mldlab ``Model``, an ``nn.Module``, or an estimator
with ``predict_proba`` or ``predict`` (scikit-learn's, or mldlab's classical ML)."""

import numpy as np

from mldlab import nn
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.tensor import Tensor
from mldlab.train import Model


def _last_layer(module: nn.Module) -> nn.Module:
    children = list(module.children())
    return _last_layer(children[-1]) if children else module


def _network_output(module: nn.Module, X: np.ndarray) -> np.ndarray:
    """ŷ = f(x; W) in evaluation mode (dropout off) and without gradients; the module's mode is restored."""
    was_training = module.training
    dtype = next(iter(module.parameters())).dtype if list(module.parameters()) else np.float32
    module.eval()
    try:
        with no_grad():
            out = module(Tensor(np.asarray(X, dtype=dtype)))
    finally:
        module.train(was_training)
    return out.numpy().astype(np.float64)


def probabilities(model, X: np.ndarray, op: str = "mldlab.viz") -> np.ndarray:
    """P(class k | x) as an (n, K) array, K ≥ 2 (binary models give [1 − p, p])."""
    if isinstance(model, (Model, nn.Module)):
        module = model.module if isinstance(model, Model) else model
        out = _network_output(module, X)
        last = _last_layer(module)
        if out.ndim == 1 or out.shape[1] == 1:
            p = out.reshape(-1) if isinstance(last, nn.Sigmoid) else 1 / (1 + np.exp(-out.reshape(-1)))
            return np.stack([1 - p, p], axis=1)
        if isinstance(last, nn.Softmax):
            return out
        e = np.exp(out - out.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    if hasattr(model, "predict_proba"):
        p = np.asarray(model.predict_proba(X), dtype=np.float64)
        return np.stack([1 - p, p], axis=1) if p.ndim == 1 else p
    if not hasattr(model, "predict"):
        raise TypeError(message("viz_model_type", op=op, type=type(model).__name__))
    labels = np.asarray(model.predict(X)).astype(int).reshape(-1)
    return np.eye(max(labels.max() + 1, 2))[labels]
