"""Random numbers: the global seed (``manual_seed``) and independent ``Generator`` objects.

The seed is one of two pieces of global state in mldlab (the other is the message language). Code that
trains many networks at once, such as the web lab, gives each its own ``Generator`` instead.

Examples
--------
>>> import mldlab
>>> _ = mldlab.manual_seed(0)
>>> a = mldlab.rand(3)
>>> _ = mldlab.manual_seed(0)
>>> bool((mldlab.rand(3) == a).all())
True
"""

import numpy as np

from mldlab.i18n import message


class Generator:
    """A source of random numbers with its own state (PyTorch's ``torch.Generator``).

    Parameters
    ----------
    seed : int, optional
        Starting seed; without one the generator is seeded from the operating system.
    """

    def __init__(self, seed: int | None = None):
        self._initial_seed = seed
        self.numpy = np.random.default_rng(seed)

    def manual_seed(self, seed: int) -> "Generator":
        """Restart the generator from ``seed`` and return it."""
        if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
            raise TypeError(message("seed_type", value=seed))
        self._initial_seed = int(seed)
        self.numpy = np.random.default_rng(int(seed) % 2**64)
        return self

    def initial_seed(self) -> int | None:
        """The seed this generator was last started from."""
        return self._initial_seed


default_generator = Generator()


def manual_seed(seed: int) -> Generator:
    """Seed the global generator, so that weights, data shuffles and dropout masks repeat exactly."""
    return default_generator.manual_seed(seed)


def initial_seed() -> int | None:
    """The seed last given to ``manual_seed``."""
    return default_generator.initial_seed()


def get_rng(generator: Generator | None = None) -> np.random.Generator:
    """The NumPy generator behind ``generator``, or behind the global one."""
    return (generator or default_generator).numpy
