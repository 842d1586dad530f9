"""A pipeline: steps applied one after the other, so that preparing the data is part of the model.

    Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier())])

``fit(X, y)``::

    (1) X₁ = scale.fit_transform(X)        every step but the last learns from the data it receives, then
    (2) knn.fit(X₁, y)                     transforms it for the next; the last step is fitted on the result

``predict(X)`` = knn.predict(scale.transform(X)): the test data goes through the *same* fitted steps. This is what
keeps cross-validation honest: the scaler is fitted on each training fold only, never on the fold that tests it.
"""

from mldlab.i18n import message
from mldlab.ml.base import BaseEstimator, available_if, delegate_has
from mldlab.ml.validation import check_is_fitted


def _last_can_fit_transform(pipeline) -> bool:
    """``fit_transform`` is there when the last step has ``fit_transform`` or ``transform``."""
    return hasattr(pipeline._delegate, "fit_transform") or delegate_has("transform")(pipeline)


class Pipeline(BaseEstimator):
    """Chain transformers and a final estimator (scikit-learn's ``Pipeline``).

    Parameters
    ----------
    steps : list of (name, estimator)
        Every estimator but the last needs ``fit`` and ``transform``. The steps are fitted in place.

    Attributes
    ----------
    named_steps : dict
        The steps by name.
    classes_, n_features_in_
        Those of the last and the first step.

    Notes
    -----
    No ``memory`` (caching) or ``verbose``. Parameters of a step are reached as ``name__parameter``, e.g.
    ``set_params(knn__n_neighbors=3)``; that is how ``GridSearchCV`` tunes a step inside a pipeline.

    Examples
    --------
    >>> from mldlab.ml import KNeighborsClassifier, StandardScaler
    >>> X = [[0.0, 100.0], [1.0, 300.0], [10.0, 200.0], [11.0, 400.0]]
    >>> y = [0, 0, 1, 1]
    >>> pipe = Pipeline([("scale", StandardScaler()), ("knn", KNeighborsClassifier(n_neighbors=1))]).fit(X, y)
    >>> pipe.predict([[10.5, 100.0]]).tolist()
    [1]
    >>> pipe.set_params(knn__n_neighbors=3).get_params()["knn__n_neighbors"]
    3
    """

    def __init__(self, steps):
        self.steps = steps

    def _validate(self) -> None:
        names = [name for name, _ in self.steps]
        if len(set(names)) != len(names) or any("__" in name for name in names):
            raise ValueError(message("ml_pipeline_names", names=names))
        for name, step in self.steps[:-1]:
            if not (hasattr(step, "fit") and hasattr(step, "transform")):
                raise TypeError(message("ml_pipeline_step", name=name, type=type(step).__name__))

    @property
    def named_steps(self) -> dict:
        return dict(self.steps)

    @property
    def _delegate(self):
        """The last step, whose methods the pipeline offers."""
        return self.steps[-1][1]

    @property
    def _estimator_type(self):
        return getattr(self._delegate, "_estimator_type", None)

    @property
    def classes_(self):
        return self._delegate.classes_

    @property
    def n_features_in_(self):
        return self.steps[0][1].n_features_in_

    def __getitem__(self, index):
        """A step by position or name; a slice gives a smaller pipeline."""
        if isinstance(index, slice):
            return Pipeline(self.steps[index])
        return self.named_steps[index] if isinstance(index, str) else self.steps[index][1]

    def __len__(self) -> int:
        return len(self.steps)

    def get_params(self, deep: bool = True) -> dict:
        """``steps``, and with ``deep`` each step by name and its parameters as ``name__parameter``."""
        params = super().get_params(deep=False)
        if deep:
            for name, step in self.steps:
                params[name] = step
                params.update((f"{name}__{key}", value) for key, value in step.get_params(deep=True).items())
        return params

    def set_params(self, **params) -> "Pipeline":
        """Replace a step (``name=estimator``) or change a parameter of one (``name__parameter=value``)."""
        names = [name for name, _ in self.steps]
        for name in [key for key in params if key in names]:
            self.steps = [(n, params.pop(name) if n == name else s) for n, s in self.steps]
        return super().set_params(**params) if params else self

    def _transform(self, X, upto: int | None = None):
        for _, step in self.steps[:upto]:
            X = step.transform(X)
        return X

    def _fit_transform_first(self, X, y):
        """Step (1): fit and transform through every step but the last."""
        self._validate()
        for _, step in self.steps[:-1]:
            X = step.fit_transform(X, y) if hasattr(step, "fit_transform") else step.fit(X, y).transform(X)
        return X

    def fit(self, X, y=None) -> "Pipeline":
        """Steps (1)–(2): fit and transform through every step but the last, then fit the last."""
        self._delegate.fit(self._fit_transform_first(X, y), y)  # (1), (2)
        return self

    @available_if(delegate_has("fit_predict"))
    def fit_predict(self, X, y=None):
        """Step (1), then the last step's ``fit_predict`` (a clusterer's labels of the training data)."""
        return self._delegate.fit_predict(self._fit_transform_first(X, y), y)

    def _check_fitted(self) -> None:
        for _, step in self.steps:
            check_is_fitted(step)

    @available_if(delegate_has("predict"))
    def predict(self, X):
        """The last step's ``predict`` on X transformed by the other steps."""
        self._check_fitted()
        return self._delegate.predict(self._transform(X, -1))

    @available_if(delegate_has("predict_proba"))
    def predict_proba(self, X):
        """The last step's ``predict_proba`` on X transformed by the other steps."""
        self._check_fitted()
        return self._delegate.predict_proba(self._transform(X, -1))

    @available_if(delegate_has("decision_function"))
    def decision_function(self, X):
        """The last step's ``decision_function`` on X transformed by the other steps."""
        self._check_fitted()
        return self._delegate.decision_function(self._transform(X, -1))

    @available_if(delegate_has("score"))
    def score(self, X, y) -> float:
        """The last step's ``score`` on X transformed by the other steps."""
        self._check_fitted()
        return self._delegate.score(self._transform(X, -1), y)

    @available_if(delegate_has("transform"))
    def transform(self, X):
        """X transformed by every step (the last one too)."""
        self._check_fitted()
        return self._transform(X)

    @available_if(_last_can_fit_transform)
    def fit_transform(self, X, y=None):
        """Step (1), then the last step's ``fit_transform`` (``TSNE``'s too, which has no ``transform``), or its
        ``fit`` and ``transform``."""
        last, X = self._delegate, self._fit_transform_first(X, y)
        return last.fit_transform(X, y) if hasattr(last, "fit_transform") else last.fit(X, y).transform(X)


def make_pipeline(*steps) -> Pipeline:
    """A ``Pipeline`` whose steps are named after their classes in lower case ('standardscaler').

    Examples
    --------
    >>> from mldlab.ml import LinearRegression, PolynomialFeatures
    >>> make_pipeline(PolynomialFeatures(degree=3), LinearRegression())
    Pipeline(steps=[('polynomialfeatures', PolynomialFeatures(degree=3)), ('linearregression', LinearRegression())])
    """
    names = [type(step).__name__.lower() for step in steps]
    counts = {name: names.count(name) for name in names}
    seen: dict = {}
    for i, name in enumerate(names):
        if counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            names[i] = f"{name}-{seen[name]}"
    return Pipeline(list(zip(names, steps)))
