"""scikit-learn's parameter contract, shared by every estimator in mldlab (the scalers in ``data``, all of ``ml``).

An estimator's ``__init__`` only stores its arguments, under the same names. Everything else follows from that:

* ``get_params()`` reads the names from the ``__init__`` signature and returns the stored values;
* ``set_params(name=value)`` changes them (``step__name`` reaches inside a pipeline or a search);
* ``clone(estimator)`` builds a new, unfitted estimator with the same parameters;
* ``repr`` shows the class and only the parameters that differ from their defaults.

It lives here, below ``data`` and ``ml``, so that the scalers in ``mldlab.data`` and the estimators in
``mldlab.ml`` share one implementation without ``data`` importing ``ml``.

Examples
--------
>>> class Knob(BaseEstimator):
...     def __init__(self, level=3, name="dial"):
...         self.level = level
...         self.name = name
>>> knob = Knob(level=5)
>>> knob
Knob(level=5)
>>> knob.get_params()
{'level': 5, 'name': 'dial'}
>>> clone(knob).set_params(name="slider")
Knob(level=5, name='slider')
"""

import copy
import inspect

from mldlab.i18n import message


class BaseEstimator:
    """The base of every estimator: ``get_params``, ``set_params`` and a readable ``repr``."""

    @classmethod
    def _param_names(cls) -> list[str]:
        """The names of the ``__init__`` arguments in alphabetical order, as scikit-learn lists them in
        ``get_params`` and ``repr`` (no ``*args``/``**kwargs``)."""
        if cls.__init__ is object.__init__:
            return []
        parameters = inspect.signature(cls.__init__).parameters.values()
        return sorted(p.name for p in parameters
                      if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))

    def get_params(self, deep: bool = True) -> dict:
        """The parameters, by name; with ``deep``, also those of estimators inside, as ``name__parameter``."""
        params = {}
        for name in self._param_names():
            value = getattr(self, name)
            params[name] = value
            if deep and hasattr(value, "get_params") and not isinstance(value, type):
                params.update((f"{name}__{key}", inner) for key, inner in value.get_params(deep=True).items())
        return params

    def set_params(self, **params):
        """Change parameters by name (``name__parameter`` for an estimator inside) and return the estimator."""
        valid = self.get_params(deep=True)
        inner = {}
        for key, value in params.items():
            name, _, rest = key.partition("__")
            if name not in valid:
                raise ValueError(message("estimator_bad_param", name=name, estimator=type(self).__name__,
                                         valid=sorted(self.get_params(deep=False))))
            if rest:
                inner.setdefault(name, {})[rest] = value
            else:
                setattr(self, name, value)
                valid[name] = value
        for name, sub_params in inner.items():
            valid[name].set_params(**sub_params)
        return self

    def __repr__(self) -> str:
        defaults = {p.name: p.default for p in inspect.signature(type(self).__init__).parameters.values()}
        shown = [f"{name}={value!r}" for name, value in self.get_params(deep=False).items()
                 if not _same(value, defaults.get(name, inspect.Parameter.empty))]
        return f"{type(self).__name__}({', '.join(shown)})"


def _same(value, default) -> bool:
    """Whether a parameter still has its default (compared by ``repr``, so arrays and NaN compare sensibly)."""
    if value is default:
        return True
    return type(value) is type(default) and repr(value) == repr(default)


def clone(estimator, *, safe: bool = True):
    """A new, unfitted estimator with the same parameters (estimators inside are cloned too).

    Lists and tuples of estimators are cloned element by element; with ``safe=False`` anything that is not an
    estimator is deep-copied (that is how parameter values are copied).

    Examples
    --------
    >>> class Knob(BaseEstimator):
    ...     def __init__(self, level=3):
    ...         self.level = level
    >>> fitted = Knob(level=4)
    >>> fitted.coef_ = 1.0
    >>> copy = clone(fitted)
    >>> copy, hasattr(copy, "coef_")
    (Knob(level=4), False)
    """
    if isinstance(estimator, (list, tuple, set, frozenset)):
        return type(estimator)(clone(e, safe=safe) for e in estimator)
    if not hasattr(estimator, "get_params") or isinstance(estimator, type):
        if safe:
            raise TypeError(message("estimator_clone_type", value=repr(estimator)[:80],
                                    type=type(estimator).__name__))
        return copy.deepcopy(estimator)
    params = {name: clone(value, safe=False) for name, value in estimator.get_params(deep=False).items()}
    return type(estimator)(**params)
