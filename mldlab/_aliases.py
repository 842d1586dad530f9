"""NumPy's argument names ``axis`` and ``keepdims``, accepted where PyTorch accepts them.

PyTorch takes ``axis`` for ``dim`` and ``keepdims`` for ``keepdim`` on its reductions (sum, mean, max, amax,
std, var, argmax, all, ...) and ``axis`` on sort, argsort, softmax, cat, stack, squeeze and unsqueeze, so that
NumPy habits work: ``x.sum(axis=0, keepdims=True)``.
"""

import functools

from mldlab.i18n import message


def numpy_aliases(function):
    """Let ``function`` (taking ``dim`` and possibly ``keepdim``) also be called with ``axis``/``keepdims``."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        if "axis" in kwargs or "keepdims" in kwargs:
            for numpy_name, torch_name in (("axis", "dim"), ("keepdims", "keepdim")):
                if numpy_name in kwargs:
                    if torch_name in kwargs:
                        raise TypeError(message("alias_twice", op=function.__name__, alias=numpy_name,
                                                name=torch_name))
                    kwargs[torch_name] = kwargs.pop(numpy_name)
        return function(*args, **kwargs)

    return wrapper
