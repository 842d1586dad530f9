"""The names of the columns a fitted transformer puts out, as scikit-learn names them: the class name in lower case
followed by 0, 1, 2, … ('pca0', 'pca1'; 'kmeans0', … for the distances to each centre; 'tsne0', 'tsne1').

Their inputs are not carried over: a new column mixes every input feature.

Examples
--------
>>> from mldlab.ml import PCA
>>> PCA(n_components=2).fit([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0], [2.0, 2.0, 0.0]]).get_feature_names_out().tolist()
['pca0', 'pca1']
"""

import numpy as np

from mldlab.i18n import message
from mldlab.ml.validation import check_is_fitted


class PrefixedNamesOutMixin:
    """``get_feature_names_out``: ``<class name><k>`` for each of the ``_n_features_out`` columns."""

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """'<class name in lower case>0', '…1', … (``input_features``, if given, must have one name per input
        feature)."""
        check_is_fitted(self)
        if input_features is not None and len(input_features) != self.n_features_in_:
            raise ValueError(message("ml_names_in", estimator=type(self).__name__, got=len(input_features),
                                     expected=self.n_features_in_))
        prefix = type(self).__name__.lower()
        return np.array([f"{prefix}{k}" for k in range(self._n_features_out)], dtype=object)
