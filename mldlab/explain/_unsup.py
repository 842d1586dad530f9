"""What the explanations of session 3 (``explain.kmeans``, ``explain.pca``) share: a fitted model found by what it
learned (``cluster_centers_``, ``components_``), so that mldlab's estimators and scikit-learn's are explained alike,
alone or as the last step of a pipeline; the data as a float64 matrix; the samples to show."""

import numpy as np

from mldlab.exceptions import NotFittedError
from mldlab.i18n import message
from mldlab.ml.validation import check_array


def last_step(op: str, model, X, *, learned: str, names: tuple, expected: str):
    """The model (or a pipeline's last step: anything with ``steps``, mldlab's or scikit-learn's) if it has learned
    ``learned``, with X sent through the pipeline's earlier steps, and those steps' names.

    A model named in ``names`` that has not learned it yet is not fitted (``NotFittedError``); anything else is the
    wrong kind of model (``TypeError`` naming what was ``expected``).
    """
    steps = []
    if isinstance(getattr(model, "steps", None), list):
        for name, step in model.steps[:-1]:
            X = step.transform(X)
            steps.append(name)
        model = model.steps[-1][1]
    if not hasattr(model, learned):
        if type(model).__name__ in names:
            raise NotFittedError(message("ml_not_fitted", estimator=type(model).__name__))
        raise TypeError(message("explain_unsup_model", op=op, expected=expected, got=type(model).__name__))
    return model, check_array(X, op).astype(np.float64), steps


def check_features(op: str, X: np.ndarray, n_features: int) -> None:
    """X must have the ``n_features`` the model (or the centres) has."""
    if X.shape[1] != n_features:
        raise ValueError(message("explain_unsup_features", op=op, got=X.shape[1], expected=n_features))


def sample_rows(op: str, samples, n_samples: int, name: str) -> list:
    """The rows to show: ``samples`` is a count (the first ones) or a list of row numbers."""
    if isinstance(samples, (int, np.integer)) and not isinstance(samples, bool):
        if samples < 1:
            raise ValueError(message("explain_unsup_count", op=op, name=name, value=samples))
        return list(range(min(int(samples), n_samples)))
    try:
        rows = [int(i) for i in np.asarray(samples).ravel()]
        valid = len(rows) > 0 and np.array_equal(np.asarray(samples, dtype=float).ravel(), rows)
    except (TypeError, ValueError):
        valid = False
    if not valid:
        raise TypeError(message("explain_unsup_samples", op=op, name=name, value=repr(samples)))
    bad = [i for i in rows if not -n_samples <= i < n_samples]
    if bad:
        raise IndexError(message("explain_unsup_row", op=op, name=name, value=bad[0], n=n_samples))
    return [i % n_samples for i in rows]
