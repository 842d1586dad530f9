"""``Job``: one playground's network, data and training, stepped by the server one iteration at a time.

The slide's mini-batch gradient descent, with its words for the counters:

    repeat until stopped:
        (1) at the start of an epoch: shuffle the training points (a permutation from the job's generator)
        (2) take the next batch of B points                                 one iteration
        (3) J = J_data(batch) + λ₁Σ|w| + λ₂Σw²;  ∂J/∂W by backprop;  optimizer.step()
        (4) after ⌈n_train / B⌉ iterations the epoch is over:               one epoch
            the schedule steps; J on the whole training and test sets is recorded (the curves);
            then the checks, in this order:
            - diverged:        a loss or weight is NaN or ±∞ (also checked after every iteration), or the
                               training loss stays above max(2·best, J₀) for 3 epochs in a row
                               (J₀: the untrained network's, best: the lowest so far)
            - early_stopping:  Keras's EarlyStopping on the test loss (min_delta 0, ``patience``)
            - epochs:          the epoch budget is used up

Each job draws its weights, shuffles and dropout masks from its own ``Generator(seed)``, never from the thread's
default one: the same Setup gives the same numbers in any thread, at any time.

Examples
--------
>>> from mldlab.lab.spec import Setup
>>> job = Job(Setup.defaults())
>>> job.step("epoch")
15
>>> job.epoch, job.iteration
(1, 15)
"""

import copy
import math
import time
import types

import numpy as np

from mldlab._random import Generator
from mldlab.creation import tensor
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.lab import export, landscape, math_panel, snapshot
from mldlab.lab.dataset import make_points
from mldlab.lab.features import transform
from mldlab.lab.network import build_loss, build_network, build_optimizer, build_scheduler, penalty
from mldlab.lab.spec import SetupError
from mldlab.train.callbacks import EarlyStopping

RISE, RISE_EPOCHS = 2.0, 3


class Job:
    """A playground's training: ``step``, ``advance``, ``state`` and the views of the math, the model and the loss.

    Parameters
    ----------
    setup : Setup
        What to train (checked by ``spec.validate_setup``).
    points : dataset.Points, optional
        Uploaded or clicked points; by default the bundled data set of the setup.

    Attributes
    ----------
    setup, epoch, iteration : Setup, int, int
        Epochs and iterations done since the last reset.
    stopped : None or {'epochs', 'early_stopping', 'diverged'}
    divergence : dict or None
        Where training diverged: epoch, iteration, loss, last_finite_loss, learning_rate, best (the lowest
        training loss before, the untrained network's included).
    history : list of dict
        One entry per epoch: epoch, train_loss, test_loss, train_accuracy, test_accuracy, learning_rate.
    """

    def __init__(self, setup, *, points=None):
        if points is None and setup.dataset == "upload":
            raise SetupError("points_missing", "dataset", message("lab_points_missing"))
        self.data = make_points(setup) if points is None else points
        if self.data.task != setup.output:
            raise SetupError("setup_output", "output", message("lab_points_output", output=setup.output,
                                                               task=self.data.task))
        if setup.batch_size > len(self.data.x_train):
            raise SetupError("setup_batch", "batch_size", message("lab_setup_batch", value=setup.batch_size,
                                                                  n_train=len(self.data.x_train)))
        self.setup = setup
        self.n_outputs = self.data.n_classes if setup.output == "multiclass" else 1
        self._x_train, self._y_train = self.inputs_of(self.data.x_train), self.targets_of(self.data.y_train)
        self._x_test, self._y_test = self.inputs_of(self.data.x_test), self.targets_of(self.data.y_test)
        self._grids = {}
        self.reset()

    def inputs_of(self, X: np.ndarray):
        """The network's input tensor for points X in the data's coordinates: standardised, then the features."""
        return tensor(transform(self.data.standardised(X), self.setup.features))

    def targets_of(self, y: np.ndarray):
        """The targets as the loss wants them: class indices (multiclass) or a float column."""
        if self.setup.output == "multiclass":
            return tensor(np.asarray(y, dtype=np.int64))
        return tensor(np.asarray(y, dtype=np.float32).reshape(-1, 1))

    @property
    def iterations_per_epoch(self) -> int:
        """⌈n_train / batch_size⌉ (the last batch of an epoch may be smaller)."""
        return math.ceil(len(self.data.x_train) / self.setup.batch_size)

    @property
    def learning_rate(self) -> float:
        """The learning rate of the next iteration (after the schedule)."""
        return float(self.optimizer.param_groups[0]["lr"])

    def reset(self) -> None:
        """Fresh weights from ``Generator(seed)`` (so the same seed gives the same weights), counters at 0."""
        self.generator = Generator(self.setup.seed)
        self.network = build_network(self.setup, len(self.setup.features), self.n_outputs, self.generator)
        self.loss_fn = build_loss(self.setup)
        self.optimizer = build_optimizer(self.setup, self.network.parameters())
        self.scheduler = build_scheduler(self.setup, self.optimizer)
        self.epoch = self.iteration = 0
        self.stopped = None
        self.history = []
        self.message = self.divergence = None
        self._order, self._batch = None, 0
        self._stopper = None
        if self.setup.patience is not None:
            self._stopper = EarlyStopping(monitor="val_loss", patience=self.setup.patience)
            self._stopper.set_model(types.SimpleNamespace(stop_training=False))
            self._stopper.on_train_begin()
        self._evaluated = None
        self._initial = self.evaluate()
        self._best_train, self._rises, self._last_finite = self._initial["train_loss"], 0, self._initial["train_loss"]

    def step(self, unit: str = "iteration") -> int:
        """One iteration, or the iterations that finish the current epoch; returns how many were done."""
        if unit not in ("iteration", "epoch"):
            raise SetupError("step_unit", "unit", message("lab_step_unit", value=unit))
        done = 0
        while self.stopped is None:
            epoch = self.epoch
            self._iterate()
            done += 1
            if unit == "iteration" or self.epoch != epoch:
                break
        return done

    def advance(self, seconds: float) -> int:
        """Whole iterations until ``seconds`` have passed or training stops (at least one); how many were done."""
        start, done = time.perf_counter(), 0
        while self.stopped is None:
            self._iterate()
            done += 1
            if time.perf_counter() - start >= seconds:
                break
        return done

    def set_learning_rate(self, lr) -> None:
        """A new learning rate from the next iteration on; with a schedule it becomes the schedule's η₀."""
        if not isinstance(lr, (int, float)) or isinstance(lr, bool) or not 0 < lr <= 10:
            raise SetupError("setup_range", "learning_rate", message("lab_setup_range", field="learning_rate",
                                                                     value=repr(lr), bound="(0, 10]"))
        lr = float(lr)
        for group in self.optimizer.param_groups:
            base = group.get("initial_lr", self.setup.learning_rate)
            group["lr"] = group["lr"] * lr / base
            if "initial_lr" in group:
                group["initial_lr"] = lr
        if self.scheduler is not None:
            self.scheduler.base_lrs = [lr for _ in self.scheduler.base_lrs]
        self.setup = self.setup.model_copy(update={"learning_rate": lr})

    def _iterate(self) -> None:
        with np.errstate(all="ignore"):  # a diverging run is stopped below, with a message instead of warnings
            self._iteration()

    def _iteration(self) -> None:
        n = len(self.data.x_train)
        if self._order is None:
            self._order = self.generator.numpy.permutation(n)  # (1)
        B = self.setup.batch_size
        index = self._order[self._batch * B:(self._batch + 1) * B]  # (2)
        self.set_mode(training=True)
        out = self.network(self._x_train[tensor(index)])
        J = self.loss_fn(out, self._y_train[tensor(index)])  # (3)
        extra = penalty(self.network, self.setup.l1, self.setup.l2)
        total = J if extra is None else J + extra
        self.optimizer.zero_grad()
        total.backward()
        self.optimizer.step()
        self.iteration += 1
        self._batch += 1
        self._evaluated = None
        value = float(J.item())
        if not math.isfinite(value):
            self._diverge(value)
            return
        self._last_finite = value
        if self._batch == self.iterations_per_epoch:  # (4)
            self._end_epoch()

    def _end_epoch(self) -> None:
        self.epoch += 1
        self._order, self._batch = None, 0
        lr = self.learning_rate
        if self.scheduler is not None:
            self.scheduler.step()
        logs = self.evaluate()
        self.history.append({key: snapshot.significant(value, 5) for key, value in
                             {"epoch": self.epoch, **logs, "learning_rate": lr}.items()})
        J = logs["train_loss"]
        if not (math.isfinite(J) and math.isfinite(logs["test_loss"]) and self._weights_finite()):
            self._diverge(J)
            return
        self._last_finite = J
        self._best_train = min(self._best_train, J)
        self._rises = self._rises + 1 if J > max(RISE * self._best_train, self._initial["train_loss"]) else 0
        if self._rises >= RISE_EPOCHS:
            self._diverge(J, rising=True)
        elif self._stopper is not None and self._early_stop(logs["test_loss"]):
            self.stopped = "early_stopping"
            best = self._stopper.best_epoch + 1
            self.message = ("info", "lab_early_stopping", {"epoch": self.epoch, "best_epoch": best,
                                                           "best": self._stopper.best,
                                                           "patience": self.setup.patience})
        elif self.epoch >= self.setup.epochs:
            self.stopped = "epochs"
            self.message = ("info", "lab_epochs_done", {"epochs": self.epoch})

    def _early_stop(self, test_loss: float) -> bool:
        self._stopper.on_epoch_end(self.epoch - 1, {"val_loss": test_loss})
        return self._stopper.model.stop_training

    def _weights_finite(self) -> bool:
        return all(np.isfinite(p.detach().numpy()).all() for p in self.network.parameters())

    def _diverge(self, value: float, rising: bool = False) -> None:
        """Stop: ``divergence`` records where (the epoch counted from 1, as in the texts) and the numbers.

        ``rising``: the loss is still finite but has stayed far above its best (the message says so, rather than
        "the loss became ..." of a NaN or ±∞).
        """
        self.stopped = "diverged"
        epoch = self.epoch + (self._batch > 0)
        self.divergence = {"epoch": epoch, "iteration": self.iteration, "loss": value,
                           "last_finite_loss": self._last_finite, "learning_rate": self.learning_rate,
                           "best": min(self._best_train, self._initial["train_loss"])}
        if rising:
            self.message = ("error", "lab_diverged_rising", {"loss": value, "best": self._best_train, "epoch": epoch,
                                                             "iteration": self.iteration, "epochs": RISE_EPOCHS,
                                                             "lr": self.learning_rate})
        else:
            self.message = ("error", "lab_diverged", {"loss": value, "last": self._last_finite, "epoch": epoch,
                                                      "iteration": self.iteration, "lr": self.learning_rate})

    def next_batch(self) -> np.ndarray:
        """The indices of the training points the next iteration takes (the generator does not move)."""
        n, B = len(self.data.x_train), self.setup.batch_size
        order = self._order if self._order is not None else copy.deepcopy(self.generator).numpy.permutation(n)
        return order[self._batch * B:(self._batch + 1) * B]

    def evaluate(self) -> dict:
        """J_data and accuracy on the whole training and test sets (dropout off, no gradients); cached."""
        if self._evaluated is None:
            self.set_mode(training=False)
            with no_grad(), np.errstate(all="ignore"):
                logs = {}
                for part, X, y in (("train", self._x_train, self._y_train), ("test", self._x_test, self._y_test)):
                    out = self.network(X)
                    logs[f"{part}_loss"] = float(self.loss_fn(out, y).item())
                    logs[f"{part}_accuracy"] = self._accuracy(out.numpy(), y.numpy())
            self._test_classes = None if self.setup.output == "regression" else self._classes(out.numpy())
            self._evaluated = logs
        return self._evaluated

    def test_classes(self) -> np.ndarray | None:
        """The class the network predicts for each test point (None for regression)."""
        self.evaluate()
        return self._test_classes

    def _classes(self, out: np.ndarray) -> np.ndarray:
        """The predicted class: the largest output (multiclass), or P(class 1) > 0.5 (binary)."""
        return out.argmax(axis=1) if self.setup.output == "multiclass" else (out[:, 0] > 0.5).astype(np.int64)

    def _accuracy(self, out: np.ndarray, y: np.ndarray):
        if self.setup.output == "regression":
            return None
        return float((self._classes(out) == y.reshape(len(out))).mean())

    def set_mode(self, training: bool) -> None:
        """Training mode (dropout on) or evaluation mode, switched only when it changes (a walk over the layers)."""
        if self.network.training != training:
            self.network.train(training)

    def predict(self, X: np.ndarray, inputs=None) -> np.ndarray:
        """The network's output for points X in the data's own coordinates (or for the ready ``inputs`` tensor):
        P(class 1), the class probabilities, or ŷ."""
        self.set_mode(training=False)
        with no_grad(), np.errstate(all="ignore"):
            out = self.network(self.inputs_of(X) if inputs is None else inputs)
            if self.setup.output == "multiclass":
                out = out.softmax(dim=1)
        return out.numpy()

    def grid_inputs(self, X: np.ndarray, key) -> object:
        """The input tensor of a fixed grid of points (the extent never changes within a job), made once."""
        if key not in self._grids:
            self._grids[key] = self.inputs_of(X)
        return self._grids[key]

    def state(self, detail: bool = True) -> dict:
        """What the page draws now (see ``snapshot``); ``detail=False`` skips the neuron pictures."""
        return snapshot.state(self, detail)

    def points(self) -> dict:
        """The training and test points, as the page draws them."""
        return self.data.to_dict()

    def neuron_math(self, layer: int, unit: int, point=None, lang: str | None = None) -> dict:
        """z = w₀ + Σ xᵢwᵢ and g(z) of one neuron for one point, with the current numbers."""
        return math_panel.neuron_math(self, layer, unit, point, lang)

    def optimizer_math(self, lang: str | None = None) -> dict:
        """The optimizer's next update with its terms, computed on copies (the job does not move)."""
        return math_panel.optimizer_math(self, lang)

    def diagnosis(self, lang: str | None = None) -> dict:
        """The training doctor's reading of the curves so far."""
        return math_panel.diagnosis(self, lang)

    def export_model(self) -> bytes:
        """The network as mldlab's save file (``mldlab.load`` reads it back)."""
        return export.model_bytes(self.network)

    def export_pytorch(self) -> str:
        """PyTorch code that builds this network with its current weights and input preparation."""
        return export.pytorch_code(self)

    def export_keras(self) -> str:
        """Keras code that builds this network with its current weights and input preparation."""
        return export.keras_code(self)

    def landscape(self, n: int = 21, span: float = 1.0) -> dict:
        """The training loss on a 2-D slice of weight space around the current weights (Li et al., 2018)."""
        return landscape.landscape(self, n, span)

    def copy_network(self):
        """A deep copy of the network (and of its dropout generator), for looking without moving the job."""
        return copy.deepcopy(self.network)
