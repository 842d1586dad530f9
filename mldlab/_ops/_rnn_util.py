"""Small pieces the recurrent layers' graph nodes share.

Inside the nodes, the states of a batch are kept as columns, as in the equations (h_t, x_t column vectors; a batch
of N sequences side by side): h_t is (H, N) and a layer's pre-activations W_ih x_t + W_hh h_{t−1} are (gates · H, N),
so that each gate is a block of whole rows, contiguous in memory. Outside, PyTorch's layout: one row per sequence.
"""

import numpy as np


def sigmoid_(z: np.ndarray) -> np.ndarray:
    """σ(z) = 1 / (1 + e⁻ᶻ), written over z (callers silence the overflow of e⁻ᶻ, which gives the right 0)."""
    np.negative(z, out=z)
    np.exp(z, out=z)
    z += 1
    return np.reciprocal(z, out=z)


def steps_in_order(sequence: np.ndarray, reverse: bool) -> np.ndarray:
    """The time steps (axis 0) in the order a direction reads them: as they are, or last first (a view)."""
    return sequence[::-1] if reverse else sequence


def columns(values: np.ndarray, T: int, N: int) -> np.ndarray:
    """Rows (T · N, K) or (T, N, K), one per sequence and step, as columns (T, K, N) (a contiguous copy)."""
    return np.ascontiguousarray(values.reshape(T, N, -1).transpose(0, 2, 1))


def rows(values: np.ndarray) -> np.ndarray:
    """Columns (T, K, N) back as rows (T, N, K) (a contiguous copy)."""
    return np.ascontiguousarray(values.transpose(0, 2, 1))
