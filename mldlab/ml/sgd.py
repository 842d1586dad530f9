"""Linear models trained by stochastic gradient descent with mldlab's own optimizers and autograd: the bridge from
session 1 (neural networks) to session 2 (classical models). A linear model is a network with one layer.

For each epoch, the training rows in a new random order, a mini-batch B of them at a time::

    (1) scores     z = X_B·W + b                                         (a Linear layer)
    (2) loss       J = (1/|B|) Σᵢ∈B L(yᵢ, zᵢ) + (α/2)·‖W‖²               (L2 penalty, as scikit-learn)
    (3) gradients  ∂J/∂W, ∂J/∂b by ``backward()``                        (the Tensor's autograd)
    (4) update     W, b ← ``optimizer.step()``                           (SGD: W ← W − η·∂J/∂W; or Adam)
    (5) stop when the epoch's mean loss has not improved by tol for n_iter_no_change epochs in a row

with L(y, z) = ½(y − z)² (``'squared_error'``), log(1 + e^z) − y·z (``'log_loss'``, logistic regression) or
max(0, 1 − y±·z) with y± ∈ {−1, +1} (``'hinge'``, a linear support vector machine).

Differences from scikit-learn, which updates after every single sample with a decaying learning rate: here
mini-batches (``batch_size``), a constant learning rate ``eta0``, and any of mldlab's optimizers (``'sgd'``,
``'adam'``). So the weights are not scikit-learn's, but the model and its quality are the same kind.
"""

import warnings

import numpy as np

from mldlab.creation import tensor, zeros
from mldlab.exceptions import ConvergenceWarning
from mldlab.i18n import message
from mldlab.ml.base import ClassifierMixin, RegressorMixin, available_if
from mldlab.ml.linear_model import LinearClassifier, LinearModel
from mldlab.ml.validation import (
    check_choice,
    check_classification_targets,
    check_number,
    check_random_state,
    check_whole,
    check_X_y,
)
from mldlab.nn import functional as F
from mldlab.optim.adam import Adam
from mldlab.optim.sgd import SGD

_OPTIMIZERS = {"sgd": SGD, "adam": Adam}


class _SGDBase:
    """The training loop, steps (1)–(5), shared by the regressor and the classifier."""

    def _train(self, X: np.ndarray, Y: np.ndarray, op: str) -> None:
        """Learn W (``coef_``, one row per output) and b (``intercept_``) from X and targets Y (n, outputs)."""
        check_choice(op, "penalty", self.penalty, ("l2", None))
        alpha = check_number(op, "alpha", self.alpha) if self.penalty == "l2" else 0.0
        eta0 = check_number(op, "eta0", self.eta0, positive=True)
        max_iter = check_whole(op, "max_iter", self.max_iter, 1)
        batch_size = check_whole(op, "batch_size", self.batch_size, 1)
        patience = check_whole(op, "n_iter_no_change", self.n_iter_no_change, 1)
        tol = None if self.tol is None else check_number(op, "tol", self.tol)
        optimizer_class = _OPTIMIZERS[check_choice(op, "optimizer", self.optimizer, tuple(_OPTIMIZERS))]
        rng = check_random_state(self.random_state, op)
        self.n_features_in_ = X.shape[1]
        W = zeros(X.shape[1], Y.shape[1], dtype="float64", requires_grad=True)
        b = zeros(Y.shape[1], dtype="float64", requires_grad=self.fit_intercept)
        optimizer = optimizer_class([W, b] if self.fit_intercept else [W], lr=eta0)
        best, stale, self.t_ = np.inf, 0, 1
        for epoch in range(1, max_iter + 1):  # noqa: B007 (n_iter_ after the loop)
            order = rng.permutation(len(X)) if self.shuffle else np.arange(len(X))
            total = 0.0
            for start in range(0, len(X), batch_size):
                rows = order[start : start + batch_size]
                z = tensor(X[rows]) @ W + b  # (1)
                J = self._loss(z, tensor(Y[rows])) + (alpha / 2) * (W * W).sum()  # (2)
                optimizer.zero_grad()
                J.backward()  # (3)
                optimizer.step()  # (4)
                total += J.item() * len(rows)
                self.t_ += len(rows)
            loss = total / len(X)
            stale = stale + 1 if tol is not None and loss > best - tol else 0  # (5)
            best = min(best, loss)
            if stale >= patience:
                break
        else:
            if tol is not None:
                warnings.warn(message("ml_sgd_convergence", estimator=type(self).__name__, max_iter=max_iter),
                              ConvergenceWarning, stacklevel=3)
        self.n_iter_ = epoch
        self.coef_ = W.detach().numpy().T.copy()
        self.intercept_ = b.detach().numpy().copy()


class SGDRegressor(RegressorMixin, _SGDBase, LinearModel):
    """Linear regression trained by mini-batch gradient descent with an mldlab optimizer.

    Parameters
    ----------
    loss : {'squared_error'}, default 'squared_error'
        L(y, z) = ½(y − z)².
    penalty : {'l2', None}, default 'l2'
    alpha : float, default 0.0001
        The strength α of the L2 penalty.
    fit_intercept : bool, default True
    max_iter : int, default 1000
        The largest number of epochs.
    tol : float or None, default 1e-3
        Step (5); None trains for max_iter epochs.
    shuffle : bool, default True
    random_state : int, numpy Generator or None, default None
        The seed of the shuffles (None: this thread's generator, ``mldlab.manual_seed``).
    eta0 : float, default 0.01
        The learning rate η.
    n_iter_no_change : int, default 5
    optimizer : {'sgd', 'adam'}, default 'sgd'
        ``mldlab.optim.SGD`` or ``mldlab.optim.Adam`` (mldlab only).
    batch_size : int, default 32
        Rows per update (mldlab only; scikit-learn uses 1).

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
    intercept_ : ndarray of shape (1,)
    n_iter_ : int
        Epochs run.
    t_ : int
        1 + the number of samples seen.
    n_features_in_ : int

    Examples
    --------
    >>> import numpy as np
    >>> X = np.linspace(-1, 1, 40)[:, None]
    >>> y = 3 * X[:, 0] + 2
    >>> model = SGDRegressor(eta0=0.1, tol=None, max_iter=200, random_state=0).fit(X, y)
    >>> model.coef_.round(1).tolist(), model.intercept_.round(1).tolist()
    ([3.0], [2.0])
    """

    def __init__(self, loss: str = "squared_error", *, penalty: str | None = "l2", alpha: float = 0.0001,
                 fit_intercept: bool = True, max_iter: int = 1000, tol: float | None = 1e-3, shuffle: bool = True,
                 random_state=None, eta0: float = 0.01, n_iter_no_change: int = 5, optimizer: str = "sgd",
                 batch_size: int = 32):
        self.loss = loss
        self.penalty = penalty
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol
        self.shuffle = shuffle
        self.random_state = random_state
        self.eta0 = eta0
        self.n_iter_no_change = n_iter_no_change
        self.optimizer = optimizer
        self.batch_size = batch_size

    def fit(self, X, y) -> "SGDRegressor":
        """Train W and b, steps (1)–(5)."""
        check_choice("SGDRegressor.fit", "loss", self.loss, ("squared_error",))
        X, y = check_X_y(X, y, "SGDRegressor.fit", y_numeric=True)
        self._train(X, y[:, None], "SGDRegressor.fit")
        self.coef_ = self.coef_[0]
        return self

    @staticmethod
    def _loss(z, y):
        """(1/|B|) Σ ½(yᵢ − zᵢ)²."""
        return 0.5 * F.mse_loss(z, y)


class SGDClassifier(ClassifierMixin, _SGDBase, LinearClassifier):
    """A linear classifier (logistic regression or a linear SVM) trained by mini-batch gradient descent.

    Two classes get one score z (``classes_[1]`` when z > 0); more classes get one score per class, each trained
    as "this class or not" (one-vs-rest, as scikit-learn).

    Parameters
    ----------
    loss : {'hinge', 'log_loss'}, default 'hinge'
        A linear support vector machine, or logistic regression (which has ``predict_proba``).
    penalty, alpha, fit_intercept, max_iter, tol, shuffle, random_state, eta0, n_iter_no_change, optimizer,
    batch_size
        As in ``SGDRegressor``.

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
    coef_ : ndarray of shape (1, n_features) or (n_classes, n_features)
    intercept_ : ndarray of shape (1,) or (n_classes,)
    n_iter_, t_, n_features_in_
        As in ``SGDRegressor``.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    >>> y = np.array(["no", "no", "yes", "yes"])
    >>> SGDClassifier(loss="log_loss", eta0=0.5, random_state=0).fit(X, y).predict([[-3.0], [3.0]]).tolist()
    ['no', 'yes']
    """

    def __init__(self, loss: str = "hinge", *, penalty: str | None = "l2", alpha: float = 0.0001,
                 fit_intercept: bool = True, max_iter: int = 1000, tol: float | None = 1e-3, shuffle: bool = True,
                 random_state=None, eta0: float = 0.01, n_iter_no_change: int = 5, optimizer: str = "sgd",
                 batch_size: int = 32):
        self.loss = loss
        self.penalty = penalty
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.tol = tol
        self.shuffle = shuffle
        self.random_state = random_state
        self.eta0 = eta0
        self.n_iter_no_change = n_iter_no_change
        self.optimizer = optimizer
        self.batch_size = batch_size

    def fit(self, X, y) -> "SGDClassifier":
        """Train one score per class (one for two classes), steps (1)–(5)."""
        check_choice("SGDClassifier.fit", "loss", self.loss, ("hinge", "log_loss"))
        X, y = check_X_y(X, y, "SGDClassifier.fit")
        self.classes_, y = check_classification_targets(self, y, "SGDClassifier.fit")
        columns = [1] if len(self.classes_) == 2 else range(len(self.classes_))
        Y = np.column_stack([y == c for c in columns]).astype(np.float64)  # 1 for "this class", 0 for the rest
        self._train(X, Y, "SGDClassifier.fit")
        return self

    def _loss(self, z, y):
        """Log loss log(1 + e^z) − y·z, or hinge max(0, 1 − y±·z) with y± = 2y − 1, averaged."""
        if self.loss == "log_loss":
            return F.binary_cross_entropy_with_logits(z, y)
        return F.relu(1 - (2 * y - 1) * z).mean()

    def _has_proba(self) -> bool:
        if self.loss != "log_loss":
            raise AttributeError(message("ml_sgd_proba", loss=self.loss))
        return True

    @available_if(_has_proba)
    def predict_proba(self, X) -> np.ndarray:
        """P(class | x) for ``loss='log_loss'``: σ(z) per class, normalised over the classes (one-vs-rest)."""
        z = self.decision_function(X)
        p = 0.5 * (1 + np.tanh(0.5 * z))
        if z.ndim == 1:
            return np.column_stack([1 - p, p])
        return p / p.sum(axis=1, keepdims=True)
