"""What the explanations of fitted ``mldlab.ml`` models share: the right kind of model, fitted (alone, or as the last
step of a ``Pipeline``, the data then going through the steps before it); one sample with the model's number of
features; messages (errors included) in the language asked for."""

import contextlib

from mldlab.data.arrays import to_numpy
from mldlab.explain._format import vector
from mldlab.explain._result import Math, line
from mldlab.i18n import LANGUAGES, language, message
from mldlab.ml.pipeline import Pipeline
from mldlab.ml.validation import check_for_predict, check_is_fitted

_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sub(i: int) -> str:
    """``i`` in subscript digits: ``sub(12) == '₁₂'``."""
    return str(i).translate(_SUBSCRIPT)


def in_language(lang: str | None):
    """A ``with`` block in ``lang`` (or in the language in force when None), refusing an unknown language."""
    if lang is None:
        return contextlib.nullcontext()
    if lang not in LANGUAGES:
        raise ValueError(message("explain_lang", value=lang, languages=", ".join(LANGUAGES)))
    return language(lang)


def fitted(op: str, model, kinds: tuple, expected: str, X):
    """The model (or a Pipeline's last step) if it is one of ``kinds`` and fitted, else a TypeError naming what was
    expected, or NotFittedError; X sent through the pipeline's earlier steps; and those steps' names."""
    steps = []
    if isinstance(model, Pipeline):
        for name, step in model.steps[:-1]:
            X = step.transform(X)
            steps.append(name)
        model = model.steps[-1][1]
    if not isinstance(model, kinds):
        raise TypeError(message("explain_ml_model", op=op, expected=expected, got=type(model).__name__))
    check_is_fitted(model)
    return model, X, steps


def one_sample(op: str, model, x, kinds: tuple, expected: str):
    """``fitted`` for one sample ``x``: a 1-D array of features, or a 2-D array with one row. Returns the model,
    the sample as the model sees it (shape (1, n_features)), the sample as given, and the pipeline's steps."""
    array = to_numpy(x, op, "x")
    if array.ndim < 2:
        array = array.reshape(1, -1)
    if array.ndim == 2 and array.shape[0] != 1:
        raise ValueError(message("explain_ml_one_sample", op=op, shape=array.shape))
    estimator, row, steps = fitted(op, model, kinds, expected, array)
    return estimator, check_for_predict(estimator, row, op), array.ravel().tolist(), steps


def given_lines(result) -> list:
    """"Given: x = […]", and x after a pipeline's steps when there were any."""
    if not result.steps:
        return [line(message("explain_given"), Math(f"x = {vector(result.x)}"))]
    return [line(message("explain_given"), Math(f"x = {vector(result.x_given)}")),
            line(message("explain_ml_after_steps", steps=", ".join(result.steps)), Math(f"x = {vector(result.x)}"),
                 depth=1)]
