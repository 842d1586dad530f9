"""The data sets by name: the one table that the command line (``mldlab train --data moons``) and the lab share.

Each name gives a generator (its points drawn afresh from ``n_samples``, ``noise`` and ``seed``) or a real
table (fixed; scikit-learn ships the file), and the task it poses: ``binary`` or ``multiclass``
classification, or ``regression``.

Examples
--------
>>> from mldlab.data import registry
>>> registry.NAMES[:4]
('breast_cancer', 'circles', 'diabetes', 'digits')
>>> registry.task("spirals"), registry.is_generated("iris")
('multiclass', False)
>>> X, y, feature_names, class_names = registry.get("pass_exam", n_samples=6, seed=0)
>>> X.shape, feature_names, class_names
((6, 2), ['lectures attended', 'hours on final project'], ['fail', 'pass'])
>>> registry.get("moons", n_samples=4, seed=0)[3]
['0', '1']
"""

import numpy as np

from mldlab.data.generators import circles, gaussians, moons, spirals, xor
from mldlab.data.pass_exam import pass_exam
from mldlab.data.real import load_breast_cancer, load_diabetes, load_digits, load_iris, load_wine
from mldlab.data.regression import linear, polynomial, sine
from mldlab.i18n import message

DATASETS = {
    "moons": (moons, "binary"),
    "circles": (circles, "binary"),
    "xor": (xor, "binary"),
    "pass_exam": (pass_exam, "binary"),
    "spirals": (spirals, "multiclass"),
    "gaussians": (gaussians, "multiclass"),
    "linear": (linear, "regression"),
    "polynomial": (polynomial, "regression"),
    "sine": (sine, "regression"),
    "iris": (load_iris, "multiclass"),
    "wine": (load_wine, "multiclass"),
    "digits": (load_digits, "multiclass"),
    "breast_cancer": (load_breast_cancer, "binary"),
    "diabetes": (load_diabetes, "regression"),
}
"""name → (generator or loader, task)."""

_OPTIONS = {"spirals": {"n_classes": 3}}  # the three arms of the classic picture; spirals() defaults to two

NAMES = tuple(sorted(DATASETS))
_REAL = (load_iris, load_wine, load_digits, load_breast_cancer, load_diabetes)


def task(name: str) -> str:
    """The task of the data set ``name``: ``'binary'``, ``'multiclass'`` or ``'regression'``."""
    return DATASETS[_checked(name)][1]


def is_generated(name: str) -> bool:
    """Whether ``name`` is drawn by a generator (``n_samples``, ``noise`` and ``seed`` apply) or a fixed table."""
    return DATASETS[_checked(name)][0] not in _REAL


def get(name: str, n_samples: int | None = None, noise: float | None = None, seed: int | None = None):
    """The data set ``name`` as ``(X, y, feature_names, class_names)``.

    Parameters
    ----------
    name : str
        One of ``NAMES``.
    n_samples, noise, seed : optional
        For a generated set: how many points, how much noise (the generator's default when None), and the seed
        (the global one of ``mldlab.manual_seed`` when None). A real table is fixed: giving ``n_samples`` or
        ``noise`` for it is an error.

    Returns
    -------
    X : ndarray of shape (n_samples, n_features)
    y : ndarray of shape (n_samples,)
        int64 class labels 0 … K−1, or float targets for regression.
    feature_names : list of str
    class_names : list of str or None
        The name of each class (``'0'``, ``'1'``, … where the set has none); None for regression.

    Raises
    ------
    ValueError
        For an unknown name (the message lists the names), or ``n_samples``/``noise`` given for a real table.
    """
    source, kind = DATASETS[_checked(name)]
    if not is_generated(name):
        if n_samples is not None or noise is not None:
            raise ValueError(message("registry_fixed", name=name))
        return source(return_names=True)
    options = {"seed": seed, **_OPTIONS.get(name, {})}
    if n_samples is not None:
        options["n_samples"] = n_samples
    if noise is not None:
        options["noise"] = noise
    if source is pass_exam:
        return source(**options, return_names=True)
    X, y = source(**options)
    feature_names = [f"x{j + 1}" for j in range(X.shape[1])]
    class_names = None if kind == "regression" else [str(k) for k in range(int(np.max(y)) + 1)]
    return X, y, feature_names, class_names


def _checked(name) -> str:
    if name not in DATASETS:
        raise ValueError(message("registry_unknown", name=name, names=", ".join(NAMES)))
    return name
