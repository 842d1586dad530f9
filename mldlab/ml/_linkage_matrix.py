"""The distances between the clusters still alive, for the nearest-neighbour chain, in one of two layouts.

Clusters live in *slots* 0, …, n − 1 (slot i starts as sample i; a merged cluster takes the slot of the larger of
the two numbers, as in SciPy). Both layouts answer the chain's three questions the same way:

- ``nearest(x)``: the alive cluster nearest to x, and its distance (on a tie the lowest slot, as a C loop finds it);
- ``distance(a, b)``;
- ``merge(a, b, new)``: slot b now holds A ∪ B, whose distances to the other alive clusters are ``new(d_a, d_b,
  n_c)`` (given the rows of a and b and the sizes); slot a is dropped.

``SquareDistances`` (n × n) reads a row as a slice and marks dropped slots with ∞; ``CondensedDistances`` (half the
memory, for many samples) gathers a row from the upper triangle, over the alive slots only.
"""

import numpy as np

from mldlab.ml._linkage_distances import condensed_offsets


class SquareDistances:
    """n × n distances, ∞ on the diagonal and in the rows and columns of dropped slots."""

    def __init__(self, D: np.ndarray):
        self.D = D
        self.size = np.ones(len(D))
        self.alive = np.ones(len(D), dtype=bool)

    def first_alive(self) -> int:
        return int(self.alive.argmax())

    def nearest(self, x: int) -> tuple[int, float]:
        row = self.D[x]
        y = int(row.argmin())
        return y, float(row[y])

    def distance(self, a: int, b: int) -> float:
        return float(self.D[a, b])

    def merge(self, a: int, b: int, new) -> None:
        D = self.D
        row = new(D[a], D[b], self.size)  # ∞ stays ∞: at dropped slots, at a and at b
        D[b], D[:, b] = row, row
        D[a], D[:, a] = np.inf, np.inf
        self.size[b] += self.size[a]
        self.alive[a] = False


class CondensedDistances:
    """The upper triangle, row after row; rows are gathered over the sorted alive slots."""

    def __init__(self, D: np.ndarray, n: int):
        self.D = D
        self.offsets = condensed_offsets(n)
        self.size = np.ones(n)
        self.alive = np.arange(n)  # sorted
        self.alive_offsets = self.offsets.copy()

    def _positions(self, x: int, p: int, others: np.ndarray, others_offsets: np.ndarray) -> np.ndarray:
        """Where d(x, i) is stored for each i of the sorted ``others``, the first p of which are < x. (If x is
        among them, its own place holds a number of no meaning.)"""
        where = np.empty(len(others), dtype=np.int64)
        np.add(others_offsets[:p], x, out=where[:p])  # i < x: row i, column x
        np.add(others[p:], self.offsets[x], out=where[p:])  # i > x: row x, column i
        return where

    def first_alive(self) -> int:
        return int(self.alive[0])

    def nearest(self, x: int) -> tuple[int, float]:
        p = int(self.alive.searchsorted(x))
        row = self.D.take(self._positions(x, p, self.alive, self.alive_offsets))
        row[p] = np.inf  # x is not its own neighbour
        j = int(row.argmin())
        return int(self.alive[j]), float(row[j])

    def distance(self, a: int, b: int) -> float:
        return float(self.D[self.offsets[min(a, b)] + max(a, b)])

    def merge(self, a: int, b: int, new) -> None:
        p_a, p_b = self.alive.searchsorted([a, b]).tolist()
        others = np.delete(self.alive, [p_a, p_b])
        others_offsets = np.delete(self.alive_offsets, [p_a, p_b])
        to_a = self._positions(a, p_a, others, others_offsets)
        to_b = self._positions(b, p_b - 1, others, others_offsets)
        self.D[to_b] = new(self.D.take(to_a), self.D.take(to_b), self.size[others])
        self.size[b] += self.size[a]
        self.alive, self.alive_offsets = np.delete(self.alive, p_a), np.delete(self.alive_offsets, p_a)
