"""mldlab: machine learning and deep learning from first principles, with PyTorch's names and numbers.

>>> import mldlab
>>> x = mldlab.tensor([1.0, 2.0, 3.0], requires_grad=True)
>>> (x ** 2).sum().backward()
>>> x.grad
tensor([2., 4., 6.])
"""

from mldlab.tensor import Tensor  # noqa: I001 (first: the ops import it)
from mldlab._dtype import (
    bool_ as bool,  # noqa: A004
    double,
    float16,
    float32,
    float64,
    half,
    int8,
    int16,
    int32,
    int64,
    long,
    uint8,
)
from mldlab._ops._pool_torch_names import (
    adaptive_avg_pool1d,
    avg_pool1d,
    batch_norm,
    embedding,
    layer_norm,
    max_pool1d,
    max_pool2d,
)
from mldlab._ops.activation import log_softmax, logsumexp, relu, sigmoid, softmax, tanh
from mldlab._ops.arithmetic import add, div, matmul, mul, neg, pow, sub
from mldlab._ops.combine import cat, maximum, minimum, stack, where
from mldlab._ops.compare import allclose, equal
from mldlab._ops.conv import conv1d, conv2d
from mldlab._ops.einsum import einsum, outer
from mldlab._ops.gather import gather, masked_fill
from mldlab._ops.info import get_default_dtype, is_floating_point, is_tensor, numel
from mldlab._ops.norm import norm
from mldlab._ops.pieces import chunk, cumsum, flip, split
from mldlab._ops.prod import prod
from mldlab._ops.pointwise import abs, ceil, clamp, cos, exp, floor, log, log1p, round, sin, sqrt
from mldlab._ops.reduction import amax, amin, argmax, argmin, max, mean, min, std, sum, var
from mldlab._ops.scatter import index_select, scatter, scatter_add
from mldlab._ops.shape import flatten, permute, reshape, squeeze, transpose, unsqueeze
from mldlab._ops.sort import argsort, msort, sort, topk
from mldlab._ops.triangle import nonzero, tril, triu
from mldlab._random import Generator, initial_seed, manual_seed
from mldlab.creation import (
    arange,
    as_tensor,
    empty,
    empty_like,
    eye,
    from_numpy,
    full,
    full_like,
    linspace,
    ones,
    ones_like,
    tensor,
    zeros,
    zeros_like,
)
from mldlab.random_tensors import normal, rand, rand_like, randint, randint_like, randn, randn_like, randperm
from mldlab.legacy_tensors import BoolTensor, DoubleTensor, FloatTensor, IntTensor, LongTensor
from mldlab.grad_mode import enable_grad, inference_mode, is_grad_enabled, no_grad, set_grad_enabled
from mldlab.i18n import get_language, set_language

clip = clamp
concat = concatenate = cat
mm = dot = bmm = mv = matmul
square, sign, isnan, isfinite = Tensor.square, Tensor.sign, Tensor.isnan, Tensor.isfinite
all, any = Tensor.all, Tensor.any  # noqa: A001 (PyTorch's names)
float = float32  # noqa: A001 (PyTorch's alias)

__version__ = "0.1.0"

# The parts built on the engine come after it: torch.* stand-ins, nn, optim, data, training, saving, the hand-off,
# the Keras-style front end (keras, and tf for the slides' tf.* names) and the teaching layer (explain).
from mldlab import (  # noqa: E402
    accelerator,
    autograd,
    backends,
    cuda,
    data,
    exceptions,
    explain,
    interop,
    keras,
    linalg,
    nn,
    optim,
    tf,
    train,
    utils,
)
from mldlab.device import device, get_default_device, set_default_device  # noqa: E402
from mldlab.exceptions import NotFittedError, TrainingDiverged  # noqa: E402
from mldlab.io import load, save  # noqa: E402
from mldlab.train import Model  # noqa: E402


def __getattr__(name: str):  # mldlab.viz is loaded on first use: importing mldlab does not import matplotlib
    if name == "viz":
        import importlib

        return importlib.import_module("mldlab.viz")
    raise AttributeError(f"module 'mldlab' has no attribute {name!r}")
