"""The errors mldlab raises of its own, shared by every part (engine, data, training, classical ML, the lab).

Each is a subclass of the Python error a user would otherwise catch (``ValueError``, ``RuntimeError``), so
``except ValueError`` still works, and each message says what happened, what was expected and what to try.
"""

from mldlab.i18n import message


class NotFittedError(ValueError, AttributeError):
    """Raised when ``transform`` or ``predict`` comes before ``fit`` (scikit-learn's ``NotFittedError``)."""


class ConvergenceWarning(UserWarning):
    """An iterative solver (``Lasso``, ``LogisticRegression``) stopped at ``max_iter`` before it converged."""


class UndefinedMetricWarning(UserWarning):
    """A metric divided by zero (e.g. precision with no predicted positives) and was set to ``zero_division``."""


class TrainingDiverged(RuntimeError):  # noqa: N818 (the issue's name)
    """Raised by ``Model.fit`` when the loss becomes NaN or infinite.

    A loss that blows up is nearly always a learning rate that is too large: every step overshoots the minimum
    (the slides' "학습률을 너무 크게 설정하면 … 발산하게 된다"), the weights grow, and soon the numbers overflow.

    Attributes
    ----------
    epoch : int
        The epoch (1-based) in which it happened.
    iteration : int
        The iteration (1-based, counted over the whole run) whose loss was not finite.
    batch : int
        The batch (1-based) within that epoch.
    loss : float
        The offending value (nan or ±inf).
    last_finite_loss : float or None
        The loss of the iteration before, if there was one.
    learning_rate : float or None
        The optimizer's learning rate at that moment.
    """

    def __init__(self, epoch: int, iteration: int, batch: int, loss: float, last_finite_loss, learning_rate):
        self.epoch = epoch
        self.iteration = iteration
        self.batch = batch
        self.loss = loss
        self.last_finite_loss = last_finite_loss
        self.learning_rate = learning_rate
        last = "-" if last_finite_loss is None else f"{last_finite_loss:.6g}"
        lr = "-" if learning_rate is None else f"{learning_rate:g}"
        super().__init__(message("diverged", epoch=epoch, iteration=iteration, batch=batch, loss=loss, last=last,
                                 lr=lr))

    def as_dict(self) -> dict:
        """The facts of the divergence, as stored in ``History.diverged`` with ``fit(..., on_divergence='stop')``."""
        return {
            "epoch": self.epoch,
            "iteration": self.iteration,
            "batch": self.batch,
            "loss": self.loss,
            "last_finite_loss": self.last_finite_loss,
            "learning_rate": self.learning_rate,
            "message": str(self),
        }
