"""``mldlab.autograd``: ``grad`` (∂outputs/∂inputs returned, not added to ``.grad``) and the legacy ``Variable``.

>>> import mldlab
>>> from mldlab.autograd import Variable, grad
>>> w = Variable(mldlab.tensor([1.0, 2.0]), requires_grad=True)
>>> grad((w * w).sum(), w)
(tensor([2., 4.]),)
>>> print(w.grad)                # grad() leaves .grad alone
None
"""

import numpy as np

from mldlab.i18n import message
from mldlab.tensor import Tensor


def Variable(data: Tensor, requires_grad: bool = False) -> Tensor:  # noqa: N802
    """``data`` as a new leaf tensor (same memory) with ``requires_grad``.

    Since PyTorch 0.4 every tensor does what ``Variable`` did; old tutorials still wrap tensors in it.
    """
    out = Tensor._make(data._data)
    if requires_grad:
        out.requires_grad = True
    return out


def _as_tuple(value) -> tuple:
    return (value,) if isinstance(value, Tensor) or value is None else tuple(value)


def _graph_tensors(outputs: tuple) -> list:
    """Every tensor in the graphs of ``outputs`` whose ``.grad`` a backward pass may write."""
    seen, stack, found = set(), list(outputs), []
    while stack:
        tensor = stack.pop()
        if id(tensor) in seen or not tensor.requires_grad:
            continue
        seen.add(id(tensor))
        found.append(tensor)
        stack.extend(tensor.inputs)
    return found


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph: bool = False,
         allow_unused=None, materialize_grads: bool = False) -> tuple:
    """∂(Σ outputs)/∂inputs, as a tuple of one gradient per input (PyTorch's ``torch.autograd.grad``).

    It runs the same backward pass as ``outputs.backward()``, but gives the gradients back instead of adding
    them to ``.grad``: every ``.grad`` in the graph is as it was before the call.

    Parameters
    ----------
    outputs : Tensor or sequence of Tensor
    inputs : Tensor or sequence of Tensor
        Tensors that require a gradient (leaves or results of operations).
    grad_outputs : Tensor or sequence of Tensor, optional
        ∂J/∂output for each output that is not a single number (a vector-Jacobian product).
    retain_graph : bool, optional
        Keep the graph for another backward pass (default: free it, as PyTorch does).
    create_graph : bool, default False
        Gradients of gradients are not available in mldlab: True raises NotImplementedError.
    allow_unused : bool, optional
        Give None (or zeros with ``materialize_grads``) for an input the outputs do not depend on, instead of an
        error.
    materialize_grads : bool, default False
    """
    if create_graph:
        raise NotImplementedError(message("autograd_create_graph"))
    outputs, inputs = _as_tuple(outputs), _as_tuple(inputs)
    grad_outputs = _as_tuple(grad_outputs) if grad_outputs is not None else (None,) * len(outputs)
    for tensor in inputs:
        if not tensor.requires_grad:
            raise RuntimeError(message("autograd_input_no_grad"))
    touched = {id(t): t for t in _graph_tensors(outputs) + list(inputs)}
    saved = [(t, t.grad, t._retains_grad) for t in touched.values()]
    try:
        for tensor in touched.values():
            tensor.grad = None
        for tensor in inputs:
            tensor._retains_grad = tensor._op is not None  # a non-leaf input keeps its gradient this once
        for i, (output, seed) in enumerate(zip(outputs, grad_outputs, strict=True)):
            output.backward(seed, retain_graph=bool(retain_graph) or i < len(outputs) - 1)
        results = [tensor.grad for tensor in inputs]
    finally:
        for tensor, old_grad, retains in saved:
            tensor.grad, tensor._retains_grad = old_grad, retains
    if any(g is None for g in results) and not (allow_unused or materialize_grads):
        raise RuntimeError(message("autograd_unused"))
    return tuple(Tensor._make(np.zeros_like(t._data)) if g is None and materialize_grads else g
                 for t, g in zip(inputs, results, strict=True))
