"""What ``forward``, ``backprop`` and ``gradient_step`` share: the network, its inputs, the loss and the targets,
checked with clear messages, and a way to look at a network without changing it."""

import contextlib

import numpy as np

from mldlab import nn
from mldlab.creation import tensor
from mldlab.data.arrays import check_finite, to_float, to_numpy
from mldlab.i18n import message
from mldlab.keras.losses import Loss as KerasLoss
from mldlab.tensor import Tensor
from mldlab.train import Model, losses

_SHORT_NAMES = {"bce": "binary_crossentropy", "ce": "sparse_categorical_crossentropy",
                "cross_entropy": "sparse_categorical_crossentropy"}


def module_of(op: str, model) -> nn.Module:
    """The ``nn.Module`` of a ``Model`` (or the module itself)."""
    module = model.module if isinstance(model, Model) else model
    if not isinstance(module, nn.Module):
        raise TypeError(message("explain_model_type", op=op, type=type(model).__name__))
    return module


def dtype_of(module: nn.Module) -> np.dtype:
    return next((p.dtype for p in module.parameters()), np.dtype(np.float32))


def inputs(op: str, module: nn.Module, x) -> Tensor:
    """``x`` as a float tensor in the network's dtype; one sample (a 1-D list) becomes a row of one."""
    array = check_finite(to_numpy(x, op, "x"), op, "x")
    array = to_float(array, dtype_of(module), op, "x")
    if array.ndim == 0:
        raise ValueError(message("explain_x_scalar", op=op))
    return tensor(array.reshape(1, -1) if array.ndim == 1 else array)


def loss_function(op: str, model, module: nn.Module, loss, out: Tensor):
    """The loss function and its ``LossInfo``: ``loss`` (a name or a loss object), else the compiled model's.

    A name is read as ``compile`` reads it, except that outputs made by a sigmoid or softmax op (a Keras layer's
    ``activation=``) count as probabilities, like those of ``nn.Sigmoid`` and ``nn.Softmax``.
    """
    if loss is None:
        loss = model.loss if isinstance(model, Model) else None
        if loss is None:
            raise ValueError(message("explain_loss_missing", op=op))
    if isinstance(loss, str):
        loss = _SHORT_NAMES.get(loss.lower(), loss)
    if isinstance(loss, KerasLoss):
        keras_loss = loss

        def loss(y_pred, y_true):  # Keras's order is loss(y_true, y_pred)
            return keras_loss(y_true, y_pred)

    loss_fn, info = losses.get(loss, module)
    if isinstance(loss, str) and info.from_logits and out.op == "sigmoid" and info.kind == "binary":
        return nn.BCELoss(), losses.LossInfo("binary", False, info.name)
    if isinstance(loss, str) and info.from_logits and out.op == "softmax":
        probabilities = losses.sparse_categorical_crossentropy_on_probabilities if info.kind == "sparse" else \
            losses.categorical_crossentropy_on_probabilities
        return probabilities, losses.LossInfo(info.kind, False, info.name)
    return loss_fn, info


def targets(op: str, y, out: Tensor, loss_fn, info) -> Tensor:
    """``y`` shaped for the loss as ``fit`` shapes it (labels as a column, class indices, one-hot rows)."""
    Y = to_numpy(y, op, "y")
    Y = Y.reshape(1) if Y.ndim == 0 else Y
    if len(Y) != len(out):
        raise ValueError(message("explain_lengths", op=op, nx=len(out), ny=len(Y)))
    Y = losses.prepare_targets(Y, info, loss_fn, out.dtype, op, "y")
    return losses.match_targets(out, tensor(Y), info, op)


@contextlib.contextmanager
def evaluation(module: nn.Module):
    """The network in evaluation mode (dropout off) inside the block, and back in its own mode after it."""
    modes = [(m, m.training) for m in module.modules()]
    module.eval()
    try:
        yield module
    finally:
        for m, mode in modes:
            m.training = mode


@contextlib.contextmanager
def own_gradients(module: nn.Module):
    """``.grad`` of every parameter empty inside the block, and as it was before after it."""
    params = list(module.parameters())
    saved = [p.grad for p in params]
    for p in params:
        p.grad = None
    try:
        yield params
    finally:
        for p, grad in zip(params, saved):
            p.grad = grad
