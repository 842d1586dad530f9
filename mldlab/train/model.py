"""``Model``: Keras's ``compile`` / ``fit`` / ``evaluate`` / ``predict`` for any mldlab ``nn.Module``.

``fit`` is the slides' mini-batch gradient descent, run for you:

    for epoch in 1 … epochs:                         (epoch: one pass over the training data)
        shuffle the training data
        for each batch of B samples:                 (iteration: one batch)
            J(W) = 1/B Σₖ L(f(x⁽ᵏ⁾; W), y⁽ᵏ⁾)        (forward pass and loss)
            ∂J/∂W                                    (backward pass)
            W ← W − η ∂J/∂W                          (the optimizer's step)
        J on the validation data                     (is it still generalising, or overfitting?)

with a progress bar, metrics, callbacks (early stopping, checkpoints, learning-rate schedules) and a
``History`` of every epoch and every iteration. A loss that becomes NaN or infinite stops training at once with
``TrainingDiverged``, whose message names the learning rate.

Examples
--------
>>> import mldlab
>>> from mldlab import nn, optim
>>> from mldlab.data import moons
>>> _ = mldlab.manual_seed(0)
>>> X, y = moons(n_samples=200, noise=0.1, seed=0)
>>> net = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
>>> model = mldlab.Model(net)
>>> model.compile(optimizer=optim.Adam(net.parameters(), lr=0.05), loss="binary_crossentropy", metrics=["accuracy"])
>>> history = model.fit(X, y, batch_size=10, epochs=30, verbose=0)
>>> history.history["accuracy"][-1] > 0.95
True
"""

import math

import numpy as np

import mldlab
from mldlab import _random, nn, optim
from mldlab.exceptions import TrainingDiverged
from mldlab.i18n import message
from mldlab.optim import by_name
from mldlab.tensor import Tensor
from mldlab.train import losses
from mldlab.train import metrics as metrics_module
from mldlab.train.callbacks import CallbackList, History


class Model:
    """Keras-style training for an mldlab ``nn.Module``.

    Parameters
    ----------
    module : nn.Module
        The network, e.g. ``nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))``. ``model.module`` keeps it,
        so everything PyTorch-style still works on it.
    name : str, optional
        A name for ``summary()``.

    Attributes
    ----------
    optimizer, loss, metrics : set by ``compile``.
    history : History
        The ``History`` of the last ``fit``.
    stop_training : bool
        Set by a callback (e.g. ``EarlyStopping``) to end ``fit`` after the current epoch.
    """

    def __init__(self, module: nn.Module, name: str | None = None):
        if not isinstance(module, nn.Module):
            raise TypeError(message("model_not_module", type=type(module).__name__))
        self.module = module
        self.name = name or type(module).__name__.lower()
        self.optimizer = None
        self.loss = None
        self.metrics = []
        self.history = None
        self.stop_training = False
        self._loss_fn = None
        self._loss_info = None
        self._metric_specs = []

    def __call__(self, x):
        return self.module(x)

    def __repr__(self) -> str:
        return f"Model({self.module!r})"

    # ------------------------------------------------------------------ compile
    def compile(self, optimizer="rmsprop", loss=None, metrics=None) -> None:
        """Choose how to train: the optimizer, the loss J(W) and the metrics to report.

        Parameters
        ----------
        optimizer : str or Optimizer, default 'rmsprop'
            A Keras name ('sgd', 'adam', 'adamw', 'rmsprop', 'adagrad', 'adadelta'), built with Keras's default
            learning rate (SGD 0.01, the others 0.001), or an mldlab optimizer built from this model's parameters,
            e.g. ``optim.SGD(net.parameters(), lr=0.1, momentum=0.9)``, or an optimizer class.
        loss : str, loss object or callable
            A Keras name ('binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy',
            'mse', 'mae'), an mldlab loss (``nn.BCEWithLogitsLoss()``, ...) or ``loss(y_pred, y_true) → Tensor``.
        metrics : list, optional
            Names ('accuracy', 'precision', 'recall', 'f1_score', 'mse', 'mae', 'r2_score', ...) or metric
            objects from ``mldlab.train.metrics``.

        Notes
        -----
        Keras's cross-entropy losses expect probabilities unless told ``from_logits=True``. mldlab decides by the
        network's last layer: after ``nn.Sigmoid`` / ``nn.Softmax`` the outputs are probabilities, otherwise they
        are logits and the stable fused loss is used (``BCEWithLogitsLoss``, ``CrossEntropyLoss``). See
        ``mldlab.train.losses``.
        """
        self.optimizer = self._build_optimizer(optimizer)
        if loss is None:
            raise ValueError(message("compile_loss_name", name=None, names=", ".join(sorted(losses._NAMES))))
        self.loss = loss
        self._loss_fn, self._loss_info = losses.get(loss, self.module)
        self._metric_specs = list(metrics or [])
        self.metrics = self._build_metrics()

    def _build_optimizer(self, optimizer):
        params = list(self.module.parameters())
        if isinstance(optimizer, str):
            return by_name.get(optimizer, params)
        if isinstance(optimizer, type) and issubclass(optimizer, optim.Optimizer):
            return optimizer(params)
        if isinstance(optimizer, optim.Optimizer):
            held = {id(p) for group in optimizer.param_groups for p in group["params"]}
            if not any(id(p) in held for p in params):
                raise ValueError(message("compile_optimizer_params"))
            return optimizer
        raise TypeError(message("compile_optimizer_name", name=optimizer, names=", ".join(by_name.NAMES)))

    def _build_metrics(self) -> list:
        info = self._loss_info
        return [metrics_module.get(spec, loss=self.loss, from_logits=info.from_logits) for spec in self._metric_specs]

    # ------------------------------------------------------------------ fit
    def fit(self, x=None, y=None, batch_size=None, epochs: int = 1, verbose="auto", callbacks=None,
            validation_split: float = 0.0, validation_data=None, shuffle: bool = True, initial_epoch: int = 0,
            on_divergence: str = "raise") -> History:
        """Train for ``epochs`` passes over ``(x, y)`` in mini-batches of ``batch_size``.

        Parameters
        ----------
        x, y : arrays or Tensors
            Inputs (n, …) and targets (n, …). ``x`` may instead be a ``DataLoader`` (then ``y`` is None).
        batch_size : int, default 32
            B, the samples per iteration (Keras's default).
        epochs : int, default 1
            How many passes over the training data.
        verbose : 'auto', 0, 1 or 2, default 'auto'
            0 silent, 1 (= 'auto') a progress bar per epoch, 2 one line per epoch.
        callbacks : list of Callback, optional
            E.g. ``[EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)]``.
        validation_split : float, default 0.0
            Keep the *last* fraction of ``(x, y)`` (before shuffling) out of training, to measure ``val_loss``.
        validation_data : (x_val, y_val), optional
            Validation data given explicitly (overrides ``validation_split``).
        shuffle : bool, default True
            Shuffle the training data before each epoch (with the global seed, so runs repeat exactly).
        initial_epoch : int, default 0
            Epoch to start from (to resume an earlier run).
        on_divergence : {'raise', 'stop'}, default 'raise'
            When the loss becomes NaN or infinite: raise ``TrainingDiverged``, or stop and record it in
            ``history.diverged``.

        Returns
        -------
        History
            ``history.history['loss']``, ``['val_loss']``, metrics and ``['learning_rate']`` per epoch, and
            ``['iteration_loss']``: the loss of every iteration, one list per epoch.
        """
        self._require_compiled("fit")
        epochs = _whole("fit", "epochs", epochs)
        batch_size = 32 if batch_size is None else _whole("fit", "batch_size", batch_size)
        verbose = _verbose("fit", verbose)
        if on_divergence not in ("raise", "stop"):
            raise ValueError(message("fit_on_divergence", value=on_divergence))
        if initial_epoch >= epochs:
            raise ValueError(message("fit_initial_epoch", initial=initial_epoch, epochs=epochs))

        loader = x if _is_loader(x) else None
        if loader is None:
            X, Y = self._arrays("fit", x, y)
            X, Y, validation = self._split_validation(X, Y, validation_split, validation_data)
            steps = -(-len(X) // batch_size)
        else:
            validation = self._validation_arrays(validation_data) if validation_data is not None else None
            steps = len(loader)

        callback_list = CallbackList(
            callbacks, add_history=True, add_progbar=verbose != 0, model=self,
            params={"epochs": epochs, "steps": steps, "verbose": verbose},
        )
        history = self.history = callback_list.history
        history.diverged = None
        self.stop_training = False
        rng = _random.get_rng()
        self._iteration, self._last_loss = initial_epoch * steps, None

        callback_list.on_train_begin({})
        logs = {}
        # Overflow shows up as a non-finite loss, reported with TrainingDiverged: no NumPy warnings before it.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            try:
                for epoch in range(initial_epoch, epochs):
                    callback_list.on_epoch_begin(epoch, {})
                    if loader is not None:
                        batches = self._loader_batches(loader)
                    else:
                        batches = _batches(X, Y, batch_size, rng if shuffle else None)
                    logs = self._train_epoch(epoch, batches, callback_list)
                    if validation is not None:
                        val_logs = self._evaluate_arrays(*validation, batch_size)
                        logs.update({"val_" + key: value for key, value in val_logs.items()})
                    logs["learning_rate"] = self._learning_rate()
                    callback_list.on_epoch_end(epoch, logs)
                    if self.stop_training:
                        break
            except TrainingDiverged as error:
                callback_list.on_train_end(logs)
                if on_divergence == "raise":
                    raise
                history.diverged = error.as_dict()
                return history
        callback_list.on_train_end(logs)
        return history

    def _train_epoch(self, epoch: int, batches, callback_list) -> dict:
        """One pass over the training data: for each batch, J(W), ∂J/∂W, and the optimizer's step."""
        self.module.train()
        for metric in self.metrics:
            metric.reset_state()
        total, count = 0.0, 0
        for step, (xb, yb) in enumerate(batches):
            callback_list.on_train_batch_begin(step, {})
            self._iteration += 1
            out = self.module(xb)  # ŷ = f(x; W)
            yb = self._match_targets(out, yb)
            loss = self._loss_fn(out, yb)  # J(W) on this batch
            value = loss.item()
            if not math.isfinite(value):  # stop before the bad step spoils the weights
                raise self._diverged(epoch, step, value)
            self.optimizer.zero_grad()
            loss.backward()  # ∂J/∂W
            self.optimizer.step()  # W ← W − η ∂J/∂W
            self._last_loss = value
            total += value * len(yb)
            count += len(yb)
            batch_logs = {"loss": total / count, "batch_loss": value}
            for metric in self.metrics:
                metric.update_state(yb._data, out._data)
                batch_logs[metric.name] = metric.result()
            callback_list.on_train_batch_end(step, batch_logs)
        logs = {"loss": total / max(count, 1)}
        for metric in self.metrics:
            logs[metric.name] = metric.result()
        self._check_weights(epoch)
        return logs

    # ------------------------------------------------------------------ evaluate and predict
    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", return_dict: bool = False):
        """The loss (and metrics) on ``(x, y)``, in evaluation mode (dropout off) without gradients.

        Returns
        -------
        float, list or dict
            The loss alone when there are no metrics, else ``[loss, metric1, ...]`` (Keras's convention), or a dict
            ``{'loss': ..., 'accuracy': ...}`` with ``return_dict=True``.
        """
        self._require_compiled("evaluate")
        batch_size = 32 if batch_size is None else _whole("evaluate", "batch_size", batch_size)
        verbose = _verbose("evaluate", verbose)
        X, Y = self._arrays("evaluate", x, y)
        logs = self._evaluate_arrays(X, Y, batch_size)
        if verbose:
            print(" - ".join(f"{key}: {value:.4f}" for key, value in logs.items()))
        if return_dict:
            return logs
        values = list(logs.values())
        return values[0] if len(values) == 1 else values

    def predict(self, x, batch_size=None, verbose=0) -> np.ndarray:
        """The network's outputs for ``x`` as a NumPy array (evaluation mode, no gradients).

        Outputs are what the last layer gives: probabilities after ``Sigmoid``/``Softmax``, logits otherwise.
        """
        batch_size = 32 if batch_size is None else _whole("predict", "batch_size", batch_size)
        X = self._inputs("predict", x)
        outputs = []
        self.module.eval()
        with mldlab.no_grad():
            for start in range(0, len(X), batch_size):
                outputs.append(self.module(Tensor._make(X[start : start + batch_size]))._data)
        return np.concatenate(outputs) if outputs else np.zeros((0,), X.dtype)

    def _evaluate_arrays(self, X: np.ndarray, Y: np.ndarray, batch_size: int) -> dict:
        for metric in self.metrics:
            metric.reset_state()
        total, count = 0.0, 0
        self.module.eval()
        with mldlab.no_grad():
            for xb, yb in _batches(X, Y, batch_size, None):
                out = self.module(xb)
                yb = self._match_targets(out, yb)
                value = self._loss_fn(out, yb).item()
                total += value * len(yb)
                count += len(yb)
                for metric in self.metrics:
                    metric.update_state(yb._data, out._data)
        logs = {"loss": total / max(count, 1)}
        for metric in self.metrics:
            logs[metric.name] = metric.result()
        return logs

    # ------------------------------------------------------------------ weights
    def get_weights(self) -> list:
        """Copies of every parameter and buffer, as NumPy arrays in ``state_dict`` order (Keras's ``get_weights``)."""
        return [t._data.copy() for t in self.module.state_dict().values()]

    def set_weights(self, weights: list) -> None:
        """Write arrays (as from ``get_weights``) into the parameters, in place: an optimizer still holds them."""
        state = self.module.state_dict()
        if len(weights) != len(state):
            raise ValueError(message("set_weights_count", expected=len(state), got=len(weights)))
        for index, ((name, tensor), value) in enumerate(zip(state.items(), weights)):
            array = np.asarray(getattr(value, "_data", value))
            if array.shape != tensor.shape:
                raise ValueError(message("set_weights_shape", index=index, name=name, got=array.shape,
                                         expected=tensor.shape))
        for tensor, value in zip(state.values(), weights):
            tensor._data[...] = np.asarray(getattr(value, "_data", value))

    def save(self, filepath) -> None:
        """Save the whole network (architecture and weights) with ``mldlab.save``; reload with ``mldlab.load``."""
        from mldlab.io import save

        save(self.module, filepath)

    def _check_savable(self) -> None:
        """Raise the clear error of ``save`` now if this network cannot be saved whole (a class of your own)."""
        from mldlab.nn.config import module_to_config

        module_to_config(self.module)

    def save_weights(self, filepath) -> None:
        """Save the weights (the ``state_dict``) with ``mldlab.save``."""
        from mldlab.io import save

        save(self.module.state_dict(), filepath)

    def load_weights(self, filepath) -> None:
        """Load weights saved by ``save_weights`` (shapes are checked)."""
        from mldlab.io import load

        self.module.load_state_dict(load(filepath))

    # ------------------------------------------------------------------ summary
    def summary(self, input_shape=None, print_fn=print) -> str:
        """Print (and return) the layers, their output shapes and parameter counts, as Keras's ``summary()``.

        Output shapes need one forward pass: ``input_shape`` (without the batch axis) or, when the network starts
        with a ``Linear`` layer, its ``in_features``.
        """
        from mldlab.train.summary import summary_table

        text = summary_table(self, input_shape)
        if print_fn is not None:
            print_fn(text)
        return text

    # ------------------------------------------------------------------ helpers
    def _require_compiled(self, op: str) -> None:
        if self._loss_fn is None:
            raise RuntimeError(message("model_not_compiled", op=op))

    def _dtype(self) -> np.dtype:
        for p in self.module.parameters():
            return p.dtype
        return mldlab.float32

    def _inputs(self, op: str, x) -> np.ndarray:
        X = np.asarray(getattr(x, "_data", x))
        dtype = self._dtype()
        if X.dtype != dtype and X.dtype.kind in "biuf":
            X = X.astype(dtype)
        return X

    def _arrays(self, op: str, x, y):
        if y is None:
            raise ValueError(message("fit_no_y", op=op))
        X = self._inputs(op, x)
        Y = np.asarray(getattr(y, "_data", y))
        if len(X) != len(Y):
            raise ValueError(message("fit_lengths", op=op, nx=len(X), ny=len(Y)))
        if len(X) == 0:
            raise ValueError(message("fit_empty", op=op))
        return X, self._prepare_targets(op, Y)

    def _prepare_targets(self, op: str, Y: np.ndarray) -> np.ndarray:
        """Targets in the form the loss wants: float for binary/regression, class indices for sparse."""
        info = self._loss_info
        kind = info.kind
        if kind == "sparse" and Y.ndim >= 2 and Y.dtype.kind == "f":
            kind = "categorical"  # one-hot / probability targets given to CrossEntropyLoss
        if kind == "sparse":
            if Y.dtype.kind == "f":
                if not np.all(np.isfinite(Y)) or np.any(Y != np.round(Y)):
                    bad = Y[(~np.isfinite(Y)) | (Y != np.round(Y))].ravel()[0]
                    raise ValueError(message("fit_targets_classes", op=op, loss=info.name, value=bad))
                Y = Y.astype(np.int64)
            elif Y.dtype.kind in "iub":
                Y = Y.astype(np.int64, copy=False)
            else:
                raise ValueError(message("fit_targets_classes", op=op, loss=info.name, value=Y.ravel()[0]))
            return Y
        if kind == "categorical" and Y.ndim == 1 and Y.dtype.kind in "iu":
            n_classes = self._n_outputs()
            Y = np.eye(n_classes, dtype=self._dtype())[Y] if n_classes else Y
            return Y
        if kind in ("binary", "categorical", "regression") or Y.dtype.kind in "biuf":
            return Y.astype(self._dtype(), copy=False)
        return Y

    def _n_outputs(self):
        """The number of classes, read from the last Linear layer (None when there is none)."""
        layers = [m for m in self.module.modules() if isinstance(m, nn.Linear)]
        return layers[-1].out_features if layers else None

    @staticmethod
    def _match_targets(out: Tensor, yb: Tensor) -> Tensor:
        """A target column (n,) against an output (n, 1) is reshaped, as Keras does."""
        if yb._data.ndim == 1 and out._data.ndim == 2 and out._data.shape[1] == 1 and yb._data.dtype.kind == "f":
            return Tensor._make(yb._data.reshape(-1, 1))
        return yb

    def _loader_batches(self, loader):
        """Batches from a DataLoader, with inputs in the model's dtype and targets as the loss wants them."""
        for batch in loader:
            xb, yb = batch
            yield (Tensor._make(self._inputs("fit", xb)),
                   Tensor._make(self._prepare_targets("fit", np.asarray(getattr(yb, "_data", yb)))))

    def _split_validation(self, X, Y, validation_split, validation_data):
        if validation_data is not None:
            return X, Y, self._validation_arrays(validation_data)
        if not isinstance(validation_split, (int, float)) or not 0 <= validation_split < 1:
            raise ValueError(message("fit_validation_split", value=validation_split))
        if validation_split == 0:
            return X, Y, None
        X_train, Y_train, X_val, Y_val = split_validation(X, Y, validation_split)
        return X_train, Y_train, (X_val, Y_val)

    def _validation_arrays(self, validation_data):
        if not isinstance(validation_data, (tuple, list)) or len(validation_data) != 2:
            raise ValueError(message("fit_validation_data", type=type(validation_data).__name__))
        return self._arrays("fit", *validation_data)

    def _learning_rate(self):
        groups = getattr(self.optimizer, "param_groups", None)
        return float(groups[0]["lr"]) if groups else None

    def _diverged(self, epoch: int, step: int, value: float) -> TrainingDiverged:
        return TrainingDiverged(epoch + 1, self._iteration, step + 1, value, self._last_loss, self._learning_rate())

    def _check_weights(self, epoch: int) -> None:
        """A finite loss can still leave overflowing weights after the last step: check once per epoch."""
        for p in self.module.parameters():
            if not np.all(np.isfinite(p._data)):
                raise self._diverged(epoch, self._iteration - 1, float("nan"))


def split_validation(X, Y, fraction: float):
    """Keras's ``validation_split``: the *last* ⌊…⌋ rows are kept for validation, as
    ``X[:n_train], Y[:n_train], X[n_train:], Y[n_train:]`` with n_train = ⌊n · (1 − fraction)⌋.

    The rows are taken before any shuffling, so data ordered by class must be shuffled first.
    """
    n = len(X)
    n_train = math.floor(n * (1.0 - fraction))
    if n_train in (0, n):
        raise ValueError(message("fit_validation_split_too_large", value=fraction, n=n))
    return X[:n_train], Y[:n_train], X[n_train:], Y[n_train:]


def _batches(X: np.ndarray, Y: np.ndarray, batch_size: int, rng):
    """(x, y) tensors of ``batch_size`` rows, in a fresh random order when ``rng`` is given."""
    n = len(X)
    if rng is None:
        for start in range(0, n, batch_size):
            yield Tensor._make(X[start : start + batch_size]), Tensor._make(Y[start : start + batch_size])
        return
    order = rng.permutation(n)
    for start in range(0, n, batch_size):
        rows = order[start : start + batch_size]
        yield Tensor._make(X[rows]), Tensor._make(Y[rows])


def _is_loader(x) -> bool:
    return x is not None and not isinstance(x, (np.ndarray, Tensor, list, tuple)) and hasattr(x, "__iter__") \
        and hasattr(x, "__len__") and hasattr(x, "dataset")


def _whole(op: str, name: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(message("fit_positive", op=op, name=name, value=value))
    return int(value)


def _verbose(op: str, verbose) -> int:
    if verbose == "auto":
        return 1
    if verbose in (0, 1, 2) and not isinstance(verbose, bool):
        return int(verbose)
    raise ValueError(message("fit_verbose", op=op, value=verbose))
