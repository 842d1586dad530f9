"""Random numbers: ``manual_seed``, each thread's default generator, and independent ``Generator`` objects.

Weight initialisation, ``Dropout``, ``rand``/``randn``, the shuffles of ``fit``, ``DataLoader`` and
``train_test_split`` all draw from a generator: the one passed as ``generator=``, or else the *default generator of
the calling thread*. Each thread has its own default generator:

* ``manual_seed(s)`` seeds the calling thread's default generator only;
* a thread that never calls ``manual_seed`` starts from a fresh seed from the operating system.

So two networks trained at once in two threads, each after its own ``manual_seed``, get exactly the numbers they
get when trained one after the other: one thread's draws never move another thread's stream.

Notes
-----
This is a deliberate difference from PyTorch, where ``torch.manual_seed`` seeds one generator shared by the whole
process (and a thread started later continues that shared stream). In mldlab a worker thread that should repeat
a run calls ``manual_seed`` itself, or passes a ``Generator`` explicitly (``Model(net, generator=...)``,
``DataLoader(..., generator=...)``, ``nn.Dropout(p, generator=...)``).

Examples
--------
>>> import mldlab
>>> _ = mldlab.manual_seed(0)
>>> a = mldlab.rand(3)
>>> _ = mldlab.manual_seed(0)
>>> bool((mldlab.rand(3) == a).all())
True
"""

import contextlib
import secrets
import threading

import numpy as np

from mldlab.i18n import message


def _check_seed(seed) -> int:
    if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
        raise TypeError(message("seed_type", value=seed))
    return int(seed)


class Generator:
    """A source of random numbers with its own state (PyTorch's ``torch.Generator``).

    Parameters
    ----------
    seed : int, optional
        Starting seed; without one the generator is seeded from the operating system (``initial_seed()`` then
        tells which seed it drew, so a run can still be repeated).

    Examples
    --------
    >>> import mldlab
    >>> g = mldlab.Generator(7)
    >>> bool((mldlab.rand(2, generator=g) == mldlab.rand(2, generator=mldlab.Generator(7))).all())
    True
    """

    def __init__(self, seed: int | None = None):
        self.manual_seed(secrets.randbits(63) if seed is None else seed)

    def manual_seed(self, seed: int) -> "Generator":
        """Restart the generator from ``seed`` and return it."""
        self._initial_seed = _check_seed(seed)
        self.numpy = np.random.default_rng(self._initial_seed % 2**64)
        return self

    def initial_seed(self) -> int:
        """The seed this generator was last started from."""
        return self._initial_seed

    def __repr__(self) -> str:
        return f"Generator(seed={self._initial_seed})"


_local = threading.local()


def _thread_generator() -> Generator:
    """The calling thread's default generator, made (from an operating-system seed) on first use."""
    generator = getattr(_local, "generator", None)
    if generator is None:
        generator = _local.generator = Generator()
    return generator


class _ThreadDefaultGenerator(Generator):
    """``default_generator``: one name that always means the calling thread's default generator."""

    def __init__(self):
        pass

    @property
    def numpy(self) -> np.random.Generator:
        return _thread_generator().numpy

    def manual_seed(self, seed: int) -> Generator:
        return _thread_generator().manual_seed(seed)

    def initial_seed(self) -> int:
        return _thread_generator().initial_seed()

    def __repr__(self) -> str:
        return "default_generator (this thread's)"


default_generator = _ThreadDefaultGenerator()


def manual_seed(seed: int) -> Generator:
    """Seed this thread's default generator, so that weights, data shuffles and dropout masks repeat exactly.

    Other threads keep their own streams (unlike ``torch.manual_seed``, which is process-wide); see the module
    notes.
    """
    return _thread_generator().manual_seed(seed)


def initial_seed() -> int:
    """The seed this thread's default generator last started from (``manual_seed``'s, or the one drawn from the
    operating system)."""
    return _thread_generator().initial_seed()


def get_rng(generator: Generator | None = None) -> np.random.Generator:
    """The NumPy generator behind ``generator``, or behind this thread's default generator."""
    return (generator or _thread_generator()).numpy


@contextlib.contextmanager
def using_generator(generator: Generator | None):
    """Within the block, ``generator`` is this thread's default generator (nothing changes when it is None).

    ``Model.fit`` uses it so that a model given its own generator draws its shuffles and dropout masks from it.
    """
    if generator is None:
        yield
        return
    previous = getattr(_local, "generator", None)
    _local.generator = generator
    try:
        yield
    finally:
        _local.generator = previous
