"""All parameters of a model as one vector, and back (PyTorch's ``parameters_to_vector``/``vector_to_parameters``).

Examples
--------
>>> from mldlab import nn
>>> from mldlab.nn.utils import parameters_to_vector
>>> parameters_to_vector(nn.Linear(3, 2).parameters()).shape      # 2·3 weights + 2 biases
(8,)
"""

from mldlab._ops.combine import cat
from mldlab.i18n import message
from mldlab.tensor import Tensor


def parameters_to_vector(parameters) -> Tensor:
    """The parameters flattened and joined into one vector θ (in the graph: gradients flow back to each)."""
    return cat([param.reshape(-1) for param in parameters])


def vector_to_parameters(vec: Tensor, parameters) -> None:
    """Copy consecutive pieces of ``vec`` into the parameters, each reshaped to its parameter's shape."""
    if not isinstance(vec, Tensor):
        raise TypeError(message("vector_not_tensor", type=type(vec).__name__))
    start = 0
    for param in parameters:
        n = param.numel()
        param.data = vec._data[start : start + n].reshape(param.shape)
        start += n
