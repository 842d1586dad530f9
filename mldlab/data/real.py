"""Real data sets that work offline: the small tables that scikit-learn ships inside its package.

scikit-learn (the ``sklearn`` extra: ``pip install 'mldlab[sklearn]'``) supplies the files; these functions
return the same values as float32 features and int64 class labels (float32 targets for regression), the
types mldlab's losses expect.

- ``load_iris``: 150 iris flowers, 4 measurements (cm), 3 species
- ``load_wine``: 178 wines of three growers, 13 chemical measurements, 3 classes
- ``load_breast_cancer``: 569 tissue samples, 30 measurements, 2 classes (0 = malignant, 1 = benign)
- ``load_digits``: 1797 handwritten digits as 8×8 images (64 pixels, 0–16), 10 classes
- ``load_diabetes``: 442 patients, 10 measurements, disease progression after a year (regression)

Examples
--------
>>> from mldlab.data import load_iris
>>> X, y = load_iris()
>>> X.shape, X.dtype, y.dtype
((150, 4), dtype('float32'), dtype('int64'))
"""

import importlib

import numpy as np

from mldlab.i18n import message


def _sklearn_datasets(name: str):
    """``sklearn.datasets``, or an ImportError that says which extra to install."""
    try:
        return importlib.import_module("sklearn.datasets")
    except ImportError:
        raise ImportError(message("data_sklearn_missing", name=name)) from None


def _load(name: str, classification: bool, return_names: bool):
    bunch = getattr(_sklearn_datasets(name), name)()
    X = np.asarray(bunch.data, dtype=np.float32)
    y = np.asarray(bunch.target, dtype=np.int64 if classification else np.float32)
    if not return_names:
        return X, y
    feature_names = [str(f) for f in bunch.feature_names]
    class_names = [str(c) for c in bunch.target_names] if classification else None
    return X, y, feature_names, class_names


def load_iris(return_names: bool = False):
    """Fisher's iris flowers: 150 flowers, 4 measurements in cm, 3 species (50 each).

    Parameters
    ----------
    return_names : bool, default False
        Also return the feature names and the class names.

    Returns
    -------
    X : ndarray of shape (150, 4), float32
        Sepal length, sepal width, petal length, petal width (cm).
    y : ndarray of shape (150,), int64
        0 = setosa, 1 = versicolor, 2 = virginica.
    feature_names, class_names : list of str
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y, features, classes = load_iris(return_names=True)
    >>> features[0], classes
    ('sepal length (cm)', ['setosa', 'versicolor', 'virginica'])
    """
    return _load("load_iris", True, return_names)


def load_wine(return_names: bool = False):
    """Wines from three growers in Italy: 178 wines, 13 chemical measurements, 3 classes.

    The features have very different scales (proline in the hundreds, hue near 1): a good reason for
    ``StandardScaler``.

    Parameters
    ----------
    return_names : bool, default False
        Also return the feature names and the class names.

    Returns
    -------
    X : ndarray of shape (178, 13), float32
    y : ndarray of shape (178,), int64, classes 0, 1, 2
    feature_names, class_names : list of str
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y = load_wine()
    >>> X.shape, sorted(set(y.tolist()))
    ((178, 13), [0, 1, 2])
    """
    return _load("load_wine", True, return_names)


def load_breast_cancer(return_names: bool = False):
    """Breast tissue samples (Wisconsin): 569 samples, 30 measurements of cell nuclei, 2 classes.

    Parameters
    ----------
    return_names : bool, default False
        Also return the feature names and the class names.

    Returns
    -------
    X : ndarray of shape (569, 30), float32
    y : ndarray of shape (569,), int64
        0 = malignant (212 samples), 1 = benign (357 samples), as in scikit-learn.
    feature_names, class_names : list of str
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y = load_breast_cancer()
    >>> X.shape, int(y.sum())
    ((569, 30), 357)
    """
    return _load("load_breast_cancer", True, return_names)


def load_digits(return_names: bool = False):
    """Handwritten digits: 1797 images of 8×8 pixels, each pixel 0 (white) to 16 (black), 10 classes.

    Parameters
    ----------
    return_names : bool, default False
        Also return the feature names (``pixel_0_0`` …) and the class names (``'0'`` … ``'9'``).

    Returns
    -------
    X : ndarray of shape (1797, 64), float32
        Each row is an image read row by row; ``X[i].reshape(8, 8)`` gives it back.
    y : ndarray of shape (1797,), int64, the digit 0–9
    feature_names, class_names : list of str
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y = load_digits()
    >>> X.shape, float(X.max()), int(y[0])
    ((1797, 64), 16.0, 0)
    """
    return _load("load_digits", True, return_names)


def load_diabetes(return_names: bool = False):
    """Diabetes patients: 442 patients, 10 measurements, and disease progression one year later.

    The features are age, sex, body mass index, blood pressure and six blood serum values, each already
    centred and scaled by scikit-learn (its bundled file stores them so). The target is a number from 25
    to 346: a regression problem.

    Parameters
    ----------
    return_names : bool, default False
        Also return the feature names (and ``None`` for the class names: there are no classes).

    Returns
    -------
    X : ndarray of shape (442, 10), float32
    y : ndarray of shape (442,), float32
    feature_names : list of str and class_names : None
        Only with ``return_names=True``.

    Examples
    --------
    >>> X, y = load_diabetes()
    >>> X.shape, y.dtype, float(y.min()), float(y.max())
    ((442, 10), dtype('float32'), 25.0, 346.0)
    """
    return _load("load_diabetes", False, return_names)
