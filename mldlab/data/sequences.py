"""Sequence data sets for recurrent networks, shaped (N, T, features) as ``nn.RNN(..., batch_first=True)`` reads them.

- ``sine_sequences``: T noisy values of a sine wave; predict the next value (a short memory is enough)
- ``adding_problem``: T pairs (a number, a marker); add the two marked numbers (a long memory is needed: the
  classic test on which the LSTM succeeded where plain RNNs failed; Hochreiter & Schmidhuber, 1997)

Examples
--------
>>> from mldlab.data import adding_problem, sine_sequences
>>> X, y = sine_sequences(n_samples=4, seq_len=10, seed=0)
>>> X.shape, y.shape, X.dtype
((4, 10, 1), (4, 1), dtype('float32'))
>>> X, y = adding_problem(n_samples=3, seq_len=20, seed=0)
>>> X.shape, X[:, :, 1].sum(axis=1).tolist()
((3, 20, 2), [2.0, 2.0, 2.0])
"""

import numpy as np

from mldlab.data._checks import check_noise, check_samples, check_whole, rng_for


def sine_sequences(n_samples: int = 500, seq_len: int = 32, noise: float = 0.05, seed: int | None = None):
    """Windows of T values of sine waves, and the value that comes next.

    Generating rule, for each sequence::

        (1) a step ω ~ U[0.1, 0.5] (radians per time step) and a phase φ ~ U[0, 2π)
        (2) xₜ = sin(φ + ω·t) + εₜ,  εₜ ~ N(0, noise²),  t = 0, 1, …, T − 1
        (3) y = sin(φ + ω·T): the next value of the wave, without noise

    The wave's speed differs from sequence to sequence, so the network has to read it from the values
    it has seen.

    Parameters
    ----------
    n_samples : int, default 500
        Number of sequences.
    seq_len : int, default 32
        T, the number of time steps of each sequence (at least 2).
    noise : float, default 0.05
        Standard deviation of the noise on the inputs.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, seq_len, 1), float32
    y : ndarray of shape (n_samples, 1), float32

    Examples
    --------
    >>> X, y = sine_sequences(n_samples=2, seq_len=5, noise=0.0, seed=0)
    >>> bool(abs(X).max() <= 1.0), y.shape
    (True, (2, 1))
    """
    n = check_samples("sine_sequences", n_samples)
    T = check_whole("sine_sequences", "seq_len", seq_len, 2)
    noise = check_noise("sine_sequences", noise)
    rng = rng_for("sine_sequences", seed)
    omega = rng.uniform(0.1, 0.5, (n, 1))  # (1)
    phi = rng.uniform(0.0, 2 * np.pi, (n, 1))
    t = np.arange(T + 1)[None, :]
    wave = np.sin(phi + omega * t)
    X = wave[:, :T] + (rng.normal(0.0, noise, (n, T)) if noise else 0.0)  # (2)
    y = wave[:, T:]  # (3)
    return X[:, :, None].astype(np.float32), y.astype(np.float32)


def adding_problem(n_samples: int = 1000, seq_len: int = 50, seed: int | None = None):
    """The adding problem: T random numbers, two of them marked; the answer is the sum of the marked two.

    Generating rule, for each sequence::

        (1) the numbers: xₜ ~ U[0, 1] for t = 0, 1, …, T − 1
        (2) the markers mₜ: 1 at one step i in the first half and one step j in the second half, 0 elsewhere
        (3) y = xᵢ + xⱼ

    The input at step t is the pair (xₜ, mₜ). Guessing y = 1 every time gives a mean squared error of
    about 0.167 (the variance of the sum of two uniform numbers, 2/12): a network that beats it clearly has
    remembered the first marked number across the steps between i and the end.

    Parameters
    ----------
    n_samples : int, default 1000
        Number of sequences.
    seq_len : int, default 50
        T, the number of time steps (at least 2). The longer, the harder for a plain RNN.
    seed : int, optional
        Seed; without one this thread's seed (``mldlab.manual_seed``) is used.

    Returns
    -------
    X : ndarray of shape (n_samples, seq_len, 2), float32: the number and the marker of each step
    y : ndarray of shape (n_samples, 1), float32: the sum of the two marked numbers, in [0, 2]

    References
    ----------
    S. Hochreiter and J. Schmidhuber, "Long short-term memory", Neural Computation 9(8), 1997 (experiment 4).

    Examples
    --------
    >>> X, y = adding_problem(n_samples=2, seq_len=4, seed=1)
    >>> X[0, :, 1].tolist()            # the markers: steps 1 and 2
    [0.0, 1.0, 1.0, 0.0]
    >>> bool(np.allclose((X[:, :, 0] * X[:, :, 1]).sum(axis=1), y[:, 0]))
    True
    """
    n = check_samples("adding_problem", n_samples)
    T = check_whole("adding_problem", "seq_len", seq_len, 2)
    rng = rng_for("adding_problem", seed)
    x = rng.uniform(0.0, 1.0, (n, T))  # (1)
    half = T // 2
    i = rng.integers(0, half, n)  # (2)
    j = rng.integers(half, T, n)
    markers = np.zeros((n, T))
    rows = np.arange(n)
    markers[rows, i] = 1.0
    markers[rows, j] = 1.0
    y = x[rows, i] + x[rows, j]  # (3)
    return np.stack([x, markers], axis=-1).astype(np.float32), y[:, None].astype(np.float32)
