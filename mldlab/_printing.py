"""How a tensor prints: PyTorch's ``tensor([...], grad_fn=<...>)`` with PyTorch's number formats."""

import numpy as np

from mldlab import _dtype


def tensor_repr(tensor) -> str:
    """``tensor([1., 2.])``, ``tensor([0.5000], requires_grad=True)``, ``tensor([], size=(0, 2))``, ..."""
    data = tensor._data
    extras = []
    dtype = data.dtype
    if data.size == 0:  # PyTorch's way: no numbers to show the dtype, so name it unless it is float32
        body = "[]"
        if data.ndim != 1:
            extras.append(f"size={tuple(data.shape)}")
        if dtype != _dtype.float32:
            extras.append(f"dtype={_dtype.dtype_name(dtype)}")
    else:
        body = np.array2string(
            data, separator=", ", prefix="tensor(", threshold=1000, edgeitems=3, max_line_width=80,
            formatter={"float_kind": number_format(data), "bool": number_format(data)},
        )
        if dtype not in (_dtype.float32, _dtype.int64, _dtype.bool_):
            extras.append(f"dtype={_dtype.dtype_name(dtype)}")
    if tensor._op is not None:
        extras.append(f"grad_fn=<{node_name(tensor._op)}>")
    elif tensor._requires_grad:
        extras.append("requires_grad=True")
    return "tensor(" + body + "".join(", " + e for e in extras) + ")"


def number_format(data: np.ndarray):
    """PyTorch's way of printing numbers, padded to one width: bools as True/False; floats as ``1.`` when all
    are whole numbers, with 4 decimals otherwise, or as ``1.0000e-05`` when their sizes differ by more than
    1000× (or are very large or very small)."""
    if data.dtype == _dtype.bool_:
        width = 4 if data.all() else 5
        return lambda value: f"{value!s:>{width}}"
    values = data[np.isfinite(data) & (data != 0)].astype(np.float64)
    if values.size == 0:
        return lambda value: f"{value:.0f}" + ("." if np.isfinite(value) else "")
    size = np.abs(values)
    smallest, largest = size.min(), size.max()
    whole = bool(np.all(values == np.ceil(values)))
    scientific = largest / smallest > 1000 or largest > 1e8 or (not whole and smallest < 1e-4)
    text = "{:.4e}" if scientific else "{:.0f}." if whole else "{:.4f}"
    # the widest text comes from the largest or smallest size, of either sign
    candidates = [v for part in (values[values < 0], values[values > 0]) if part.size
                  for v in (part[np.abs(part).argmin()], part[np.abs(part).argmax()])]
    width = max(len(text.format(v)) for v in candidates)

    def number(value) -> str:
        if not np.isfinite(value):
            return f"{value:>{width}}"
        return f"{text.format(value):>{width}}"

    return number


def node_name(op: str) -> str:
    """PyTorch's name of the node that made a tensor: ``'matmul'`` → ``'MatmulBackward'``."""
    return "".join(part.capitalize() for part in op.split("_")) + "Backward"
