"""One-hot encoding: a column of categories becomes one 0/1 column per category.

For a column with the categories learned in ``fit`` (sorted), c₁ < c₂ < … < c_m::

    x = cₖ   ↦   (0, …, 0, 1, 0, …, 0)      the 1 in place k

So a model sees "red", "green", "blue" as three separate yes/no features, without the false order that the codes
0, 1, 2 would suggest. Several columns are encoded side by side. ``drop='first'`` leaves out each column's first
category (it is the row of all zeros), which a linear model without a penalty needs to have a unique solution.
"""

import numpy as np

from mldlab.data.arrays import check_finite, to_numpy
from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator, TransformerMixin
from mldlab.ml.validation import check_choice, check_is_fitted, check_n_features


def _categorical(X, op: str) -> np.ndarray:
    """X as a 2-D array of numbers or text (not NaN), with the same errors as ``check_array`` for its shape."""
    array = to_numpy(X, op, "X", numeric=False)
    if array.ndim == 1:
        raise ValueError(message("ml_1d", op=op, name="X", shape=array.shape))
    if array.ndim != 2:
        raise ValueError(message("ml_ndim", op=op, name="X", ndim=array.ndim, shape=array.shape))
    if array.shape[0] == 0 or array.shape[1] == 0:
        raise ValueError(message("ml_empty", op=op, name="X", n_samples=array.shape[0], n_features=array.shape[1]))
    return check_finite(array, op, "X")


class OneHotEncoder(TransformerMixin, BaseEstimator):
    """Encode each categorical column as one-hot columns (scikit-learn's ``OneHotEncoder``).

    Parameters
    ----------
    categories : 'auto' or list of arrays, default 'auto'
        'auto' learns each column's categories from the training data; or give them, one list per column.
    drop : {None, 'first', 'if_binary'}, default None
        Leave out the first category of every column, or only of columns with two categories.
    dtype : numpy dtype, default np.float64
    handle_unknown : {'error', 'ignore'}, default 'error'
        A category not seen in ``fit``: an error, or a row of zeros for that column.

    Attributes
    ----------
    categories_ : list of ndarray
        The categories of each column, sorted.
    drop_idx_ : ndarray of shape (n_features,) or None
        The position of the dropped category in each column (None: nothing dropped for that column).
    n_features_in_ : int

    Notes
    -----
    The result is always a dense NumPy array (scikit-learn's default is a sparse matrix, ``sparse_output=True``).
    NaN is not a category here: it is refused as missing data.

    Examples
    --------
    >>> enc = OneHotEncoder().fit([["red", "S"], ["green", "M"], ["blue", "S"]])
    >>> [c.tolist() for c in enc.categories_]
    [['blue', 'green', 'red'], ['M', 'S']]
    >>> enc.transform([["green", "S"]]).tolist()
    [[0.0, 1.0, 0.0, 0.0, 1.0]]
    >>> enc.get_feature_names_out().tolist()
    ['x0_blue', 'x0_green', 'x0_red', 'x1_M', 'x1_S']
    """

    def __init__(self, *, categories="auto", drop=None, dtype=np.float64, handle_unknown: str = "error"):
        self.categories = categories
        self.drop = drop
        self.dtype = dtype
        self.handle_unknown = handle_unknown

    def fit(self, X, y=None) -> "OneHotEncoder":
        """Learn each column's categories."""
        op = "OneHotEncoder.fit"
        check_choice(op, "drop", self.drop, (None, "first", "if_binary"))
        check_choice(op, "handle_unknown", self.handle_unknown, ("error", "ignore"))
        X = _categorical(X, op)
        self.n_features_in_ = X.shape[1]
        if isinstance(self.categories, str) and self.categories == "auto":
            self.categories_ = [np.unique(X[:, j]) for j in range(X.shape[1])]
        else:
            if len(self.categories) != X.shape[1]:
                raise ValueError(message("ml_onehot_categories", n=len(self.categories), n_features=X.shape[1]))
            self.categories_ = [np.sort(np.asarray(c)) for c in self.categories]
            for j, known in enumerate(self.categories_):
                self._check_known(X[:, j], j, known, op)
        if self.drop is None:
            self.drop_idx_ = None
        else:
            self.drop_idx_ = np.array([0 if self.drop == "first" or len(c) == 2 else None for c in self.categories_],
                                      dtype=object)
        return self

    def _check_known(self, column: np.ndarray, j: int, known: np.ndarray, op: str) -> np.ndarray:
        """Whether each value is a known category; an unknown one is an error unless handle_unknown='ignore'."""
        is_known = np.isin(column, known)
        if not is_known.all() and (self.handle_unknown == "error" or op.endswith("fit")):
            value = column[~is_known][0]
            raise ValueError(message("ml_onehot_unknown", op=op, column=j, value=value.item(),
                                     known=known[:20].tolist()))
        return is_known

    def transform(self, X) -> np.ndarray:
        """The one-hot columns of each column, side by side."""
        op = "OneHotEncoder.transform"
        check_is_fitted(self)
        X = _categorical(X, op)
        check_n_features(self, X, op)
        blocks = []
        for j, known in enumerate(self.categories_):
            is_known = self._check_known(X[:, j], j, known, op)
            block = np.zeros((len(X), len(known)), dtype=self.dtype)
            rows = np.flatnonzero(is_known)
            block[rows, np.searchsorted(known, X[rows, j])] = 1
            if self.drop_idx_ is not None and self.drop_idx_[j] is not None:
                block = np.delete(block, self.drop_idx_[j], axis=1)
            blocks.append(block)
        return np.hstack(blocks)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Names like 'x0_red' (column name, underscore, category), for the columns of ``transform``."""
        check_is_fitted(self)
        names = input_features if input_features is not None else [f"x{j}" for j in range(self.n_features_in_)]
        out = []
        for j, known in enumerate(self.categories_):
            dropped = None if self.drop_idx_ is None else self.drop_idx_[j]
            out += [f"{names[j]}_{c}" for k, c in enumerate(known.tolist()) if k != dropped]
        return np.array(out, dtype=object)
