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
``TrainingDiverged``, whose message names the learning rate; NaN or ±∞ already in the data is refused before
training, naming the array and the row (``mldlab.data.arrays``).

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

from mldlab import _random, nn, optim
from mldlab.exceptions import TrainingDiverged
from mldlab.grad_mode import no_grad
from mldlab.i18n import message
from mldlab.optim import by_name
from mldlab.train import _data, losses
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
    generator : mldlab.Generator, optional
        The source of ``fit``'s shuffles and of the dropout masks drawn while it trains (mldlab's addition).
        Without one, ``fit`` draws from the calling thread's default generator (``mldlab.manual_seed``). Either
        way two models trained at once in two threads give exactly the results they give one after the other.

    Attributes
    ----------
    optimizer, loss, metrics : set by ``compile``.
    history : History
        The ``History`` of the last ``fit``.
    stop_training : bool
        Set by a callback (e.g. ``EarlyStopping``) to end ``fit`` after the current epoch.
    """

    def __init__(self, module: nn.Module, name: str | None = None, generator: _random.Generator | None = None):
        if not isinstance(module, nn.Module):
            raise TypeError(message("model_not_module", type=type(module).__name__))
        if generator is not None and not isinstance(generator, _random.Generator):
            raise TypeError(message("model_generator", type=type(generator).__name__))
        self.module = module
        self.name = name or type(module).__name__.lower()
        self.generator = generator
        self.optimizer = None
        self.loss = None
        self.metrics = []
        self.history = None
        self.stop_training = False
        self._loss_fn = None
        self._loss_info = None

    def __call__(self, x):
        return self.module(x)

    def __repr__(self) -> str:
        return f"Model({self.module!r})"

    @property
    def dtype(self) -> np.dtype:
        """The float dtype of the network's parameters (float32 unless converted); inputs are given this dtype."""
        return next((p.dtype for p in self.module.parameters()), np.dtype(np.float32))

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
            objects from ``mldlab.train.metrics``. A list (or tuple), as in Keras: a lone string is an error.

        Notes
        -----
        Keras's cross-entropy losses expect probabilities unless told ``from_logits=True``. mldlab decides by the
        network's last layer: after ``nn.Sigmoid`` / ``nn.Softmax`` the outputs are probabilities, otherwise they
        are logits and the stable fused loss is used (``BCEWithLogitsLoss``, ``CrossEntropyLoss``). See
        ``mldlab.train.losses``.
        """
        if metrics is not None and not isinstance(metrics, (list, tuple)):
            raise TypeError(message("compile_metrics_type", type=type(metrics).__name__, value=metrics))
        self.optimizer = self._build_optimizer(optimizer)
        if loss is None:
            raise ValueError(message("compile_loss_name", name=None, names=", ".join(sorted(losses._NAMES))))
        self.loss = loss
        self._loss_fn, self._loss_info = losses.get(loss, self.module)
        from_logits = self._loss_info.from_logits
        self.metrics = [metrics_module.get(spec, loss=loss, from_logits=from_logits) for spec in metrics or []]

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

    def fit(self, x=None, y=None, batch_size=None, epochs: int = 1, verbose="auto", callbacks=None,
            validation_split: float = 0.0, validation_data=None, shuffle: bool = True, initial_epoch: int = 0,
            on_divergence: str = "raise") -> History:
        """Train for ``epochs`` passes over ``(x, y)`` in mini-batches of ``batch_size``.

        Parameters
        ----------
        x, y : array-like
            Inputs (n, …) and targets (n, …): lists, NumPy arrays, Tensors, or pandas DataFrames/Series (through
            their ``to_numpy()``). Integer and boolean inputs become the network's float dtype. ``x`` may instead
            be a ``DataLoader`` of (x, y) batches (then ``y`` is None and ``validation_split`` 0).
        batch_size : int, default 32
            B, the samples per iteration (Keras's default).
        epochs : int, default 1
            How many passes over the training data.
        verbose : 'auto', 0, 1 or 2, default 'auto'
            0 silent, 1 (= 'auto') a progress bar per epoch, 2 one line per epoch.
        callbacks : list of Callback, optional
            E.g. ``[EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)]``. Their
            ``on_test_*`` hooks also run for the validation of each epoch, as in Keras.
        validation_split : float, default 0.0
            Keep the *last* fraction of ``(x, y)`` (before shuffling) out of training, to measure ``val_loss``.
        validation_data : (x_val, y_val), optional
            Validation data given explicitly (overrides ``validation_split``).
        shuffle : bool, default True
            Shuffle the training data before each epoch, drawing from ``model.generator`` or else from this
            thread's default generator (``mldlab.manual_seed``; each thread has its own), so runs repeat exactly,
            also when several models train at once in several threads.
        initial_epoch : int, default 0
            Epoch to start from (to resume an earlier run): a whole number with 0 <= initial_epoch < epochs.
        on_divergence : {'raise', 'stop'}, default 'raise'
            When the loss becomes NaN or infinite: raise ``TrainingDiverged``, or stop and record it in
            ``history.diverged``.

        Returns
        -------
        History
            ``history.history['loss']``, ``['val_loss']``, metrics and ``['learning_rate']`` per epoch, and
            ``['iteration_loss']``: the loss of every iteration, one list per epoch.

        Raises
        ------
        ValueError
            For data mldlab cannot train on: NaN or ±∞ in ``x``, ``y`` or the validation data (naming the place),
            targets that do not fit the loss. Keras would compute a meaningless loss in two of these cases, and
            mldlab stops instead: binary cross-entropy with targets outside [0, 1] (labels {1, 2} or {−1, 1}:
            map them to 0 and 1) and negative class labels for a sparse cross-entropy (−1 is not "the last class").
        TrainingDiverged
            When the loss becomes NaN or infinite during training (a learning rate too large, most often).

        Notes
        -----
        A training set whose targets are all the same class trains (as in Keras) but gives a ``UserWarning``.
        """
        self._require_compiled("fit")
        epochs = _data.whole("fit", "epochs", epochs)
        batch_size = _data.batch_size(x, batch_size, "fit")
        verbose = _verbose("fit", verbose)
        if on_divergence not in ("raise", "stop"):
            raise ValueError(message("fit_on_divergence", value=on_divergence))
        if isinstance(initial_epoch, bool) or not isinstance(initial_epoch, (int, np.integer)) \
                or not 0 <= initial_epoch < epochs:
            raise ValueError(message("fit_initial_epoch", initial=initial_epoch, epochs=epochs))
        training, validation, steps = _data.fit_data(self, x, y, batch_size, validation_split, validation_data)
        callback_list = CallbackList(callbacks, add_history=True, add_progbar=verbose != 0, model=self,
                                     params={"epochs": epochs, "steps": steps, "verbose": verbose})
        history = self.history = callback_list.history
        history.diverged = None
        self.stop_training = False
        self._iteration, self._last_loss = int(initial_epoch) * steps, None
        logs = {}
        # Overflow shows up as a non-finite loss, reported with TrainingDiverged: no NumPy warnings before it.
        with _random.using_generator(self.generator), np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            rng = _random.get_rng() if shuffle else None
            callback_list.on_train_begin({})
            try:
                for epoch in range(int(initial_epoch), epochs):
                    callback_list.on_epoch_begin(epoch, {})
                    logs = self._train_epoch(epoch, _data.epoch_batches(training, batch_size, rng, self), callback_list)
                    if validation is not None:
                        val_logs = self._test_loop(_data.batches(*validation, batch_size, None), callback_list, "fit")
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
            yb = losses.match_targets(out, yb, self._loss_info, "fit")
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

    def evaluate(self, x=None, y=None, batch_size=None, verbose="auto", callbacks=None, return_dict: bool = False):
        """The loss (and metrics) on ``(x, y)``, in evaluation mode (dropout off) without gradients.

        ``x`` and ``y`` are taken as in ``fit`` (``x`` may be a ``DataLoader``). ``callbacks`` get the
        ``on_test_begin``, ``on_test_batch_begin``/``_end`` and ``on_test_end`` hooks, as in Keras; ``verbose``
        1 (= 'auto') draws a progress bar, 2 prints one line.

        Returns
        -------
        float, list or dict
            The loss alone when there are no metrics, else ``[loss, metric1, ...]`` (Keras's convention), or a dict
            ``{'loss': ..., 'accuracy': ...}`` with ``return_dict=True``.
        """
        self._require_compiled("evaluate")
        batch_size = _data.batch_size(x, batch_size, "evaluate")
        verbose = _verbose("evaluate", verbose)
        batches, steps = _data.test_batches(self, x, y, batch_size)
        callback_list = CallbackList(callbacks, add_progbar=verbose != 0, model=self,
                                     params={"epochs": 1, "steps": steps, "verbose": verbose})
        logs = self._test_loop(batches, callback_list, "evaluate")
        if return_dict:
            return logs
        values = list(logs.values())
        return values[0] if len(values) == 1 else values

    def _test_loop(self, batches, callback_list, op: str) -> dict:
        """The loss and metrics over ``batches``, without gradients, calling the ``on_test_*`` hooks."""
        callback_list.on_test_begin({})
        for metric in self.metrics:
            metric.reset_state()
        total, count = 0.0, 0
        logs = {}
        self.module.eval()
        with no_grad():
            for step, (xb, yb) in enumerate(batches):
                callback_list.on_test_batch_begin(step, {})
                out = self.module(xb)
                yb = losses.match_targets(out, yb, self._loss_info, op)
                value = self._loss_fn(out, yb).item()
                total += value * len(yb)
                count += len(yb)
                logs = {"loss": total / count}
                for metric in self.metrics:
                    metric.update_state(yb._data, out._data)
                    logs[metric.name] = metric.result()
                callback_list.on_test_batch_end(step, logs)
        callback_list.on_test_end(logs)
        return logs

    def predict(self, x, batch_size=None, verbose=0, callbacks=None) -> np.ndarray:
        """The network's outputs for ``x`` as a NumPy array (evaluation mode, no gradients).

        Outputs are what the last layer gives: probabilities after ``Sigmoid``/``Softmax``, logits otherwise.
        ``x`` is taken as in ``fit`` (a ``DataLoader`` gives the first item of each batch). ``callbacks`` get the
        ``on_predict_*`` hooks (``logs = {"outputs": ...}`` after each batch), as in Keras.
        """
        batch_size = _data.batch_size(x, batch_size, "predict")
        verbose = _verbose("predict", verbose)
        batches, steps = _data.input_batches(x, self.dtype, batch_size)
        callback_list = CallbackList(callbacks, add_progbar=verbose != 0, model=self,
                                     params={"epochs": 1, "steps": steps, "verbose": verbose})
        callback_list.on_predict_begin({})
        outputs = []
        self.module.eval()
        with no_grad():
            for step, xb in enumerate(batches):
                callback_list.on_predict_batch_begin(step, {})
                outputs.append(self.module(xb)._data)
                callback_list.on_predict_batch_end(step, {"outputs": outputs[-1]})
        callback_list.on_predict_end({})
        return np.concatenate(outputs) if outputs else np.zeros((0,), self.dtype)

    def get_weights(self) -> list:
        """Copies of every parameter and buffer, as NumPy arrays in ``state_dict`` order (Keras's ``get_weights``)."""
        return [t._data.copy() for t in self.module.state_dict().values()]

    def set_weights(self, weights) -> None:
        """Write arrays (as from ``get_weights``) into the parameters, in place: an optimizer still holds them.

        Every array is checked first (count, shape, numbers, no NaN or ±∞, fits the parameter's dtype), so a
        bad list changes nothing.
        """
        state = self.module.state_dict()
        for tensor, array in zip(state.values(), _data.weight_arrays(weights, state)):
            tensor._data[...] = array

    def save(self, filepath) -> None:
        """Save the whole network (architecture and weights) with ``mldlab.save``; reload with ``mldlab.load``."""
        from mldlab.io import save

        save(self.module, filepath)

    def _check_savable(self) -> None:
        """Raise the clear error of ``save`` now if this network cannot be saved whole (a class of your own)."""
        from mldlab.nn.config import check_rebuildable

        check_rebuildable(self.module, "ModelCheckpoint")

    def save_weights(self, filepath) -> None:
        """Save the weights (the ``state_dict``) with ``mldlab.save``."""
        from mldlab.io import save

        save(self.module.state_dict(), filepath)

    def load_weights(self, filepath) -> None:
        """Load weights saved by ``save_weights`` (shapes are checked)."""
        from mldlab.io import load

        self.module.load_state_dict(load(filepath))

    def summary(self, input_shape=None, print_fn=print) -> str:
        """Print (and return) the layers, their output shapes and parameter counts, as Keras's ``summary()``.

        Output shapes need one forward pass: ``input_shape`` (without the batch axis, e.g. ``(2,)`` or ``2``) or,
        when the network starts with a ``Linear`` layer, its ``in_features``. ``print_fn=None`` only returns it.
        """
        from mldlab.train.summary import summary_table

        if print_fn is not None and not callable(print_fn):
            raise TypeError(message("summary_print_fn", type=type(print_fn).__name__))
        text = summary_table(self, input_shape)
        if print_fn is not None:
            print_fn(text)
        return text

    def _require_compiled(self, op: str) -> None:
        if self._loss_fn is None:
            raise RuntimeError(message("model_not_compiled", op=op))

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


def _verbose(op: str, verbose) -> int:
    if verbose == "auto":
        return 1
    if verbose in (0, 1, 2) and not isinstance(verbose, bool):
        return int(verbose)
    raise ValueError(message("fit_verbose", op=op, value=verbose))
