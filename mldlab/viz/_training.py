"""The small, fast trainings behind the figures, each repeatable from its seed without touching the caller's."""

import contextlib

from mldlab import _random, nn, optim
from mldlab.train import Model


@contextlib.contextmanager
def seeded(seed: int):
    """Weights, shuffles and dropout masks drawn inside the block come from a fresh ``Generator(seed)``.

    The calling thread's own default generator (``mldlab.manual_seed``) is left where it was.
    """
    with _random.using_generator(_random.Generator(seed)):
        yield


def network(sizes, activation: str = "tanh", dropout: float = 0.0) -> nn.Sequential:
    """Linear(n₀, n₁) → g → [Dropout] → … → Linear(n_{L−1}, n_L): the slides' dense network."""
    layer = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid}[activation]
    layers = []
    for n_in, n_out in zip(sizes[:-2], sizes[1:-1]):
        layers += [nn.Linear(n_in, n_out), layer()] + ([nn.Dropout(dropout)] if dropout else [])
    return nn.Sequential(*layers, nn.Linear(sizes[-2], sizes[-1]))


def compiled(module: nn.Module, lr: float = 0.03, loss: str = "binary_crossentropy", metrics=None) -> Model:
    """``Model(module)`` compiled with Adam(lr)."""
    model = Model(module)
    model.compile(optimizer=optim.Adam(module.parameters(), lr=lr), loss=loss, metrics=metrics)
    return model
