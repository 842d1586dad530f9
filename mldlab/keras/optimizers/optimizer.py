"""What Keras's optimizers share: built before the model, options with Keras's names, and Keras's extras.

In Keras an optimizer is made before the model's weights exist (``model.compile(optimizer=Adam())``) and is
*built* on them later. Each class here is an mldlab optimizer (``mldlab.optim.Adam``, ...) whose construction
waits for ``build(weights)``; ``compile`` or ``fit`` calls it. Every step then runs, as in Keras:

    (1) g ← clip(g)                   with clipnorm: g·c / max(‖g‖, c) for each weight;
                                      with global_clipnorm: the same with ‖g‖ over all weights together;
                                      with clipvalue: each gᵢ clipped to [−c, c]
    (2) θ ← θ·(1 − η·λ)               with weight_decay λ (decoupled, as in AdamW, for every optimizer)
    (3) the optimizer's own update    (Keras's formula: see each class)

Keras-only options that mldlab does not implement (``use_ema``, ``loss_scale_factor``,
``gradient_accumulation_steps``, learning-rate schedule objects) raise ``NotImplementedError``; for a changing
learning rate use ``callbacks.LearningRateScheduler``.
"""

import math
import numbers

import numpy as np

from mldlab.i18n import message
from mldlab.keras.layers.layer import check_unknown, check_unsupported, snake_case
from mldlab.tensor import Tensor

_COMMON = ("weight_decay", "clipnorm", "clipvalue", "global_clipnorm", "use_ema", "ema_momentum",
           "ema_overwrite_frequency", "loss_scale_factor", "gradient_accumulation_steps", "name")


def check_number(op: str, name: str, value, low: float = 0.0, high: float = math.inf) -> float:
    """A real number in [low, high] (bilingual error otherwise)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not low <= value <= high:
        raise ValueError(message("keras_optimizer_option", op=op, name=name, value=repr(value),
                                 low=low, high=high))
    return float(value)


def check_flag(op: str, name: str, value) -> bool:
    if not isinstance(value, bool):
        raise TypeError(message("keras_bool", op=op, name=name, value=repr(value)))
    return value


class KerasOptimizer:
    """The part every Keras optimizer shares; placed before the mldlab optimizer class it extends.

    Parameters
    ----------
    learning_rate : float
        η.
    options : dict
        The arguments for the mldlab optimizer's constructor (PyTorch's names: ``betas``, ``eps``, ...).
    config : dict
        The same options with Keras's names (``beta_1``, ``epsilon``, ...), for ``get_config`` and ``repr``.
    **kwargs
        Keras's common arguments: ``weight_decay``, ``clipnorm``, ``clipvalue``, ``global_clipnorm``, ``name``.
    """

    def __init__(self, learning_rate, options: dict, config: dict, **kwargs):
        op = type(self).__name__
        check_unknown(op, {k: v for k, v in kwargs.items() if k not in _COMMON}, ("learning_rate", *config, *_COMMON))
        if callable(learning_rate):
            check_unsupported(op, {"learning_rate": learning_rate})
        check_unsupported(op, {"use_ema": kwargs.get("use_ema") or None,
                               "ema_overwrite_frequency": kwargs.get("ema_overwrite_frequency"),
                               "loss_scale_factor": kwargs.get("loss_scale_factor"),
                               "gradient_accumulation_steps": kwargs.get("gradient_accumulation_steps")})
        clips = {key: kwargs.get(key) for key in ("clipnorm", "clipvalue", "global_clipnorm")}
        if sum(value is not None for value in clips.values()) > 1:
            raise ValueError(message("keras_one_clip", op=op, values=clips))
        self.name = kwargs.get("name") or snake_case(op)
        self._learning_rate = check_number(op, "learning_rate", learning_rate)
        weight_decay = kwargs.get("weight_decay")
        self.weight_decay = None if weight_decay is None else check_number(op, "weight_decay", weight_decay)
        self.clipnorm, self.clipvalue, self.global_clipnorm = (
            None if value is None else check_number(op, key, value) for key, value in clips.items())
        self._options = options
        self._config = config
        self.param_groups = []
        self.state = {}
        self.built = False
        self._iterations = 0

    def build(self, variables) -> None:
        """Start the optimizer on the model's weights (``compile`` and ``fit`` call this)."""
        if self.built:
            raise RuntimeError(message("keras_optimizer_built", op=type(self).__name__))
        super().__init__(list(variables), lr=self._learning_rate, **self._options)  # the mldlab optimizer
        self.built = True

    @property
    def learning_rate(self) -> float:
        """η (read it, or set it: ``optimizer.learning_rate = 0.01``)."""
        return self.param_groups[0]["lr"] if self.built else self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value) -> None:
        self._learning_rate = check_number(type(self).__name__, "learning_rate", value)
        for group in self.param_groups:
            group["lr"] = self._learning_rate

    @property
    def iterations(self) -> int:
        """The number of steps taken."""
        return self._iterations

    def step(self, closure=None):
        """One update of every weight that has a gradient: (1) clip, (2) weight decay, (3) the update."""
        if not self.built:
            raise RuntimeError(message("keras_optimizer_unbuilt", op=type(self).__name__))
        loss = self._loss_of(closure)
        params = [p for group in self.param_groups for p in group["params"] if p.grad is not None]
        self._clip(params)  # (1)
        if self.weight_decay:
            for group in self.param_groups:
                for p in group["params"]:
                    if p.grad is not None:
                        p._data *= 1 - self.weight_decay * group["lr"]  # (2) θ ← θ·(1 − η·λ)
        self._update()  # (3)
        self._iterations += 1
        return loss

    def _update(self) -> None:
        """The optimizer's own update; by default the mldlab optimizer's step (the same formula as Keras's)."""
        super().step()

    def _clip(self, params: list) -> None:
        if self.clipnorm:
            for p in params:
                g = p.grad._data
                p.grad = Tensor._make(g * (self.clipnorm / max(float(np.sqrt(np.sum(g * g))), self.clipnorm)))
        elif self.global_clipnorm:
            norm = math.sqrt(sum(float(np.sum(p.grad._data * p.grad._data)) for p in params))
            scale = self.global_clipnorm / max(norm, self.global_clipnorm)
            for p in params:
                p.grad = Tensor._make(p.grad._data * scale)
        elif self.clipvalue:
            for p in params:
                p.grad = Tensor._make(np.clip(p.grad._data, -self.clipvalue, self.clipvalue))

    def count_variables(self) -> int:
        """How many numbers Keras's optimizer keeps (its "Optimizer params" in ``summary()``): the step count, the
        learning rate, and per weight as many arrays of the weight's size as the method needs (Adam: m and v)."""
        slots = self._slots()
        return 2 + sum(slots * p.numel() for group in self.param_groups for p in group["params"])

    def _slots(self) -> int:
        """The number of arrays of a weight's size kept per weight."""
        return 0

    def get_config(self) -> dict:
        """Keras's configuration keys and values."""
        return {"name": self.name, "learning_rate": self.learning_rate, "weight_decay": self.weight_decay,
                "clipnorm": self.clipnorm, "global_clipnorm": self.global_clipnorm, "clipvalue": self.clipvalue,
                **self._config}

    def __repr__(self) -> str:
        shown = {"learning_rate": self.learning_rate, **self._config}
        for key in ("weight_decay", "clipnorm", "clipvalue", "global_clipnorm"):
            if getattr(self, key) is not None:
                shown[key] = getattr(self, key)
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"
