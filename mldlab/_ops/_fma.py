"""a·b + c rounded once (a fused multiply-add), as PyTorch's compiled CPU kernels compute it.

PyTorch's ``linspace`` kernel is compiled with FMA instructions, so ``start + step·i`` is rounded once, not
twice. NumPy has no fused multiply-add, so it is rebuilt here from error-free transformations: every
floating-point sum and product can be written exactly as a rounded result plus an error term that is itself a
float (Knuth's TwoSum, Dekker's TwoProduct).
"""

import numpy as np


def _two_sum(a: np.ndarray, b: np.ndarray) -> tuple:
    """s, e with s = fl(a + b) and a + b = s + e exactly (Knuth)."""
    s = a + b
    b_virtual = s - a
    return s, (a - (s - b_virtual)) + (b - b_virtual)


def _split(a: np.ndarray) -> tuple:
    """hi, lo with a = hi + lo and each half holding at most 26 significant bits (Veltkamp)."""
    c = 134217729.0 * a  # 2²⁷ + 1
    hi = c - (c - a)
    return hi, a - hi


def _two_product(a: np.ndarray, b: np.ndarray) -> tuple:
    """p, e with p = fl(a·b) and a·b = p + e exactly (Dekker)."""
    p = a * b
    a_hi, a_lo = _split(a)
    b_hi, b_lo = _split(b)
    return p, ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo


def fma(a, b, c, dtype: np.dtype) -> np.ndarray:
    """a·b + c in ``dtype`` (float32 or float64), with one rounding of the exact result."""
    a, b, c = (np.asarray(v, np.float64) for v in (a, b, c))
    with np.errstate(over="ignore", invalid="ignore"):
        if dtype == np.float64:
            p, p_error = _two_product(a, b)
            s, s_error = _two_sum(p, c)
            return s + (p_error + s_error)
        # float32 inputs: a·b is exact in float64, so r + e is the exact result; rounding r to float32 is right
        # unless r lies exactly halfway between two float32 numbers, where the sign of e decides.
        r, e = _two_sum(a * b, c)
        r32 = r.astype(np.float32)
        neighbour = np.nextafter(r32, np.where(r > r32, np.float32(np.inf), np.float32(-np.inf)))
        halfway = (r != r32) & ((r32.astype(np.float64) + neighbour.astype(np.float64)) / 2 == r) & (e != 0)
        toward_e = (e > 0) == (neighbour > r32)
        return np.where(halfway & toward_e, neighbour, r32)
