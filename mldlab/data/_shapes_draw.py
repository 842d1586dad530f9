"""The drawings of ``shapes28``: each shape as pen strokes (line segments) in the unit circle, and a pen that draws
them anti-aliased, turned, scaled and moved, on 28×28 pixels."""

from typing import NamedTuple

import numpy as np

SIZE = 28
_CHUNK = 256  # pictures drawn at once: bounds the (pictures × pixels × segments) distance array


class Template(NamedTuple):
    segments: np.ndarray  # (S, 2, 2): segment j runs from segments[j, 0] to segments[j, 1], in the unit circle
    disc: bool = False  # a filled disc: one point drawn with a pen as wide as the disc


def _polyline(points, closed: bool = False) -> np.ndarray:
    points = np.asarray(points, dtype=np.float64)
    ends = np.roll(points, -1, axis=0) if closed else points[1:]
    return np.stack([points[: len(ends)], ends], axis=1)


def _regular(n_corners: int, start: float = np.pi / 2, radius: float = 1.0) -> np.ndarray:
    angles = start + 2 * np.pi * np.arange(n_corners) / n_corners
    return radius * np.stack([np.cos(angles), np.sin(angles)], axis=1)


def _arc() -> np.ndarray:
    angles = np.linspace(0.0, np.pi, 13)
    return np.stack([np.cos(angles), np.sin(angles) - 0.5], axis=1)


TEMPLATES = (
    Template(_polyline(_regular(24), closed=True)),  # circle
    Template(_polyline(_regular(4, start=np.pi / 4), closed=True)),  # square
    Template(_polyline(_regular(3), closed=True)),  # triangle
    Template(_polyline([(-1.0, 0.0), (1.0, 0.0)])),  # line
    Template(np.concatenate([_polyline([(-1.0, 0.0), (1.0, 0.0)]), _polyline([(0.0, -1.0), (0.0, 1.0)])])),  # cross
    Template(_polyline([(-0.6, 0.75), (-0.6, -0.6), (0.75, -0.6)])),  # corner
    Template(np.zeros((1, 2, 2)), disc=True),  # disc
    Template(np.concatenate([_polyline([(-0.95, -0.35), (0.95, -0.35)]),
                             _polyline([(-0.95, 0.35), (0.95, 0.35)])])),  # two parallel lines
    Template(_polyline(_arc())),  # arc
    Template(_polyline([(-0.95, -0.45), (-0.32, 0.45), (0.32, -0.45), (0.95, 0.45)])),  # zigzag
)


def _pixel_centres() -> tuple[np.ndarray, np.ndarray]:
    rows, cols = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    return cols.ravel(), rows.ravel()  # x grows to the right, y downwards


def _distance(px: np.ndarray, py: np.ndarray, A: np.ndarray, B: np.ndarray) -> np.ndarray:
    """d(p) = minⱼ ‖p − (Aⱼ + t·(Bⱼ − Aⱼ))‖ with t = clip((p − Aⱼ)·(Bⱼ − Aⱼ) / ‖Bⱼ − Aⱼ‖², 0, 1): the distance from
    each pixel (px, py) to the nearest segment. A, B: (n, S, 2) → (n, 784)."""
    ax, ay = A[..., 0][:, None, :], A[..., 1][:, None, :]  # (n, 1, S)
    ux, uy = B[..., 0][:, None, :] - ax, B[..., 1][:, None, :] - ay
    apx, apy = px[None, :, None] - ax, py[None, :, None] - ay  # (n, 784, S)
    t = np.clip((apx * ux + apy * uy) / np.maximum(ux * ux + uy * uy, 1e-12), 0.0, 1.0)
    dx, dy = apx - t * ux, apy - t * uy
    return np.sqrt(np.min(dx * dx + dy * dy, axis=-1))


def draw(template: Template, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` pictures (n, 28, 28) of ``template`` in [0, 1]: turned by θ ~ U[−20°, 20°], scaled to a radius
    s ~ U[8, 11.5], centred where it fits, drawn with a pen of width w ~ U[2, 3] (a disc: w = 1.2·s)."""
    theta = rng.uniform(-np.pi / 9, np.pi / 9, n)
    s = rng.uniform(8.0, 11.5, n)
    width = 1.2 * s if template.disc else rng.uniform(2.0, 3.0, n)
    low, high = s + 1.5, (SIZE - 1) - s - 1.5
    centre = low[:, None] + (high - low)[:, None] * rng.uniform(0.0, 1.0, (n, 2))
    cos, sin = np.cos(theta), np.sin(theta)
    rotation = np.stack([np.stack([cos, -sin], axis=-1), np.stack([sin, cos], axis=-1)], axis=-2)  # (n, 2, 2)
    ends = s[:, None, None, None] * np.einsum("nij,skj->nski", rotation, template.segments) + centre[:, None, None]
    px, py = _pixel_centres()
    ends = ends.astype(np.float32)
    images = np.empty((n, SIZE * SIZE))
    for start in range(0, n, _CHUNK):
        part = slice(start, start + _CHUNK)
        d = _distance(px, py, ends[part, :, 0], ends[part, :, 1])
        images[part] = np.clip(width[part, None] / 2 + 0.5 - d, 0.0, 1.0)
    return images.reshape(n, SIZE, SIZE)
