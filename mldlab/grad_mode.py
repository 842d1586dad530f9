"""Switching gradient tracking off and on: ``no_grad``, ``enable_grad``, ``set_grad_enabled``.

The switch is per thread, as in PyTorch: a ``with mldlab.no_grad():`` block in one thread (say, a web-lab
request that evaluates a model) never turns tracking off in another thread that is training.

Examples
--------
>>> import mldlab
>>> w = mldlab.tensor([1.0, 2.0], requires_grad=True)
>>> with mldlab.no_grad():
...     y = w * 2
>>> y.requires_grad
False
"""

import functools
import threading

_state = threading.local()


def is_grad_enabled() -> bool:
    """True when new operations are recorded for ``backward()`` in this thread."""
    return getattr(_state, "enabled", True)


def _set_enabled(enabled: bool) -> None:
    _state.enabled = bool(enabled)


class _GradMode:
    """Base of the three context managers; each also works as a function decorator."""

    _enabled = True

    def __enter__(self):
        self._previous = is_grad_enabled()
        _set_enabled(self._enabled)
        return self

    def __exit__(self, *exc):
        _set_enabled(self._previous)
        return False

    def __call__(self, function):
        enabled = self._enabled

        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            previous = is_grad_enabled()
            _set_enabled(enabled)
            try:
                return function(*args, **kwargs)
            finally:
                _set_enabled(previous)

        return wrapper


class _Decorator(_GradMode):
    """Lets ``@no_grad`` be written without parentheses, as in PyTorch."""

    def __new__(cls, function=None, **options):
        if function is None or isinstance(function, bool):
            return super().__new__(cls)
        return cls()(function)


class no_grad(_Decorator):  # noqa: N801 (PyTorch's name)
    """Context manager (and decorator) in which operations are not recorded for backward.

    Use it for evaluation and for hand-written updates ``W ← W − η ∂J/∂W``::

        with mldlab.no_grad():
            w -= lr * w.grad
    """

    _enabled = False


class enable_grad(_Decorator):  # noqa: N801
    """Context manager (and decorator) that turns recording back on inside ``no_grad``."""

    _enabled = True


class set_grad_enabled(_GradMode):  # noqa: N801
    """``set_grad_enabled(False)`` acts as ``no_grad``, ``set_grad_enabled(True)`` as ``enable_grad``.

    Called as a plain function it switches the mode at once (as in PyTorch).
    """

    def __init__(self, mode: bool):
        self._enabled = bool(mode)
        self._previous = is_grad_enabled()
        _set_enabled(mode)

    def __enter__(self):
        return self

    def __call__(self, function):
        _set_enabled(self._previous)  # used as a decorator: switch only while the function runs
        return super().__call__(function)


class inference_mode(no_grad):  # noqa: N801
    """Same as ``no_grad`` in mldlab (PyTorch's faster variant has nothing more to skip here)."""

    def __init__(self, mode: bool = True):
        self._enabled = not mode
