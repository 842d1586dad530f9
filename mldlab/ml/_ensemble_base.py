"""What bagging and random forests share: the checks of their parameters, one seed per member, the bootstrap draw
and fitting one member on its draw.

One ensemble, M members, N samples:

    (1) seeds s₁ … s_M are drawn from ``random_state`` (a NumPy ``Generator``);
    (2) member m draws its sample from its own generator, seeded with s_m: with replacement (bootstrap) or
        without, so ``estimators_samples_`` can be drawn again at any time, and ``warm_start`` adds members
        whose seeds are the ones a single fit of them all would have drawn;
    (3) a member fits on the distinct rows it drew, each weighted by how often it was drawn (``sample_weight``,
        as scikit-learn does), or on the drawn rows themselves when its ``fit`` takes no weights. With sample
        weights wᵢ of their own, rows are drawn with probability wᵢ / Σ w (scikit-learn 1.9).

Notes
-----
scikit-learn draws its seeds and samples from a legacy ``RandomState``; mldlab from a ``Generator``. The same
``random_state`` therefore gives other samples (and other trees) than scikit-learn's: the results agree in
distribution, not sample by sample.
"""

import inspect
import numbers
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from mldlab.i18n import message

MAX_SEED = np.iinfo(np.int32).max


def member_seeds(rng: np.random.Generator, n_estimators: int, n_fitted: int) -> np.ndarray:
    """(1) The seeds of members ``n_fitted`` … ``n_estimators − 1``: all are drawn, the first ``n_fitted`` skipped."""
    return rng.integers(MAX_SEED, size=n_estimators)[n_fitted:]


def draw(rng: np.random.Generator, n_population: int, n_draws: int, replace: bool, weight=None) -> np.ndarray:
    """(2) ``n_draws`` positions in 0 … ``n_population − 1``, with or without replacement; with ``weight``,
    position i has probability wᵢ / Σ w (scikit-learn 1.9's weighted draws)."""
    if weight is not None:
        return rng.choice(n_population, size=n_draws, replace=replace, p=weight / weight.sum())
    if replace:
        return rng.integers(n_population, size=n_draws)
    return rng.permutation(n_population)[:n_draws]


def takes_sample_weight(estimator) -> bool:
    """Whether ``estimator.fit`` has a ``sample_weight`` argument (scikit-learn's ``has_fit_parameter``)."""
    return "sample_weight" in inspect.signature(estimator.fit).parameters


def fit_member(member, X: np.ndarray, y: np.ndarray, rows=None, features=None, sample_weight=None):
    """(3) Fit ``member`` on the drawn ``rows`` (only the columns ``features``, if given); ``rows=None`` fits on all
    rows, with ``sample_weight`` if given."""
    weight = sample_weight
    if rows is not None and takes_sample_weight(member):
        counts = np.bincount(rows, minlength=len(X))
        rows = np.flatnonzero(counts)  # each distinct row once, weighted by how often it was drawn
        weight = counts[rows].astype(np.float64)
    if rows is not None:
        X, y = X[rows], y[rows]
    X_member = X if features is None else X[:, features]
    if weight is None:
        return member.fit(X_member, y)
    return member.fit(X_member, y, sample_weight=weight)


def set_random_state(estimator, seed: int) -> None:
    """Give every ``random_state`` of ``estimator`` (and of the estimators inside it) the member's seed."""
    names = [name for name in estimator.get_params(deep=True) if name.split("__")[-1] == "random_state"]
    if names:
        estimator.set_params(**dict.fromkeys(names, int(seed)))


def n_samples_drawn(op: str, max_samples, n: int, *, max_count: float, max_fraction: float, weight=None) -> int:
    """``max_samples`` as a number of draws: None → N, a whole number as it is, a fraction f → max(1, ⌊f·N⌋)
    (⌊f·Σ w⌋ with sample weights w, as scikit-learn 1.9).

    A forest's bootstrap allows any count ≥ 1 and any fraction > 0 (``max_count = max_fraction = ∞``); bagging
    allows fractions up to 1, and counts up to N when it draws without replacement.
    """
    if max_samples is None:
        return n
    if isinstance(max_samples, numbers.Integral) and not isinstance(max_samples, bool):
        if 1 <= max_samples <= max_count:
            return int(max_samples)
    elif isinstance(max_samples, numbers.Real) and not isinstance(max_samples, bool):
        if 0.0 < max_samples <= max_fraction and np.isfinite(max_samples):
            return max(1, int(max_samples * (n if weight is None else weight.sum())))
    raise ValueError(message("ml_ensemble_max_samples", op=op, n=n, high="∞" if max_count == np.inf else max_count,
                             interval="(0, ∞)" if max_fraction == np.inf else "(0, 1]", value=max_samples))


def check_bool(op: str, name: str, value) -> bool:
    """A parameter that must be True or False (``bootstrap``, ``warm_start``)."""
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(message("ml_param_choice", op=op, name=name, choices=[True, False], value=value))
    return bool(value)


def check_oob_score(op: str, oob_score, bootstrap: bool, *, scorer: bool):
    """``oob_score``: True, False, or (forests, ``scorer``) a function ``score(y_true, y_pred)``."""
    if not (isinstance(oob_score, (bool, np.bool_)) or scorer and callable(oob_score)):
        raise ValueError(message("ml_ensemble_oob_score", op=op, value=oob_score))
    if oob_score is not False and not bootstrap:
        raise ValueError(message("ml_ensemble_oob_no_bootstrap", op=op))
    return oob_score


def n_new_members(op: str, estimator, n_estimators: int) -> int:
    """How many members this fit adds: all of them, or with ``warm_start`` those beyond the fitted ones."""
    n_fitted = len(estimator.estimators_) if estimator.warm_start and hasattr(estimator, "estimators_") else 0
    if n_estimators < n_fitted:
        raise ValueError(message("ml_ensemble_warm_start_fewer", op=op, n_estimators=n_estimators,
                                 n_fitted=n_fitted))
    return n_estimators - n_fitted


def map_members(fit_one, jobs: list, n_jobs, op: str) -> list:
    """``[fit_one(job) for job in jobs]``, in this thread (``n_jobs`` None or 1) or in ``n_jobs`` threads.

    Threads help only where NumPy releases the interpreter lock (sorting, large array operations); every member
    has its own seed, so the result does not depend on ``n_jobs``.
    """
    if n_jobs is None or n_jobs == 1:
        return [fit_one(job) for job in jobs]
    if not isinstance(n_jobs, numbers.Integral) or isinstance(n_jobs, bool) or n_jobs == 0 or n_jobs < -1:
        raise ValueError(message("ml_ensemble_n_jobs", op=op, value=n_jobs))
    workers = (os.cpu_count() or 1) if n_jobs == -1 else int(n_jobs)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(fit_one, jobs))
