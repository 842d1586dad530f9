"""What the explanations of fitted ``mldlab.ml`` models share: the right kind of model, fitted; one sample with the
model's number of features; messages (errors included) in the language asked for."""

import contextlib

import numpy as np

from mldlab.data.arrays import to_numpy
from mldlab.i18n import LANGUAGES, language, message
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


def fitted(op: str, model, kinds: tuple, expected: str):
    """``model`` if it is one of ``kinds`` and fitted; else a TypeError naming what was expected, or NotFittedError."""
    if not isinstance(model, kinds):
        raise TypeError(message("explain_ml_model", op=op, expected=expected, got=type(model).__name__))
    check_is_fitted(model)
    return model


def one_sample(op: str, model, x) -> np.ndarray:
    """``x`` as a row of shape (1, n_features): a 1-D sample, or a 2-D array with one row."""
    array = to_numpy(x, op, "x")
    if array.ndim < 2:
        array = array.reshape(1, -1)
    if array.ndim == 2 and array.shape[0] != 1:
        raise ValueError(message("explain_ml_one_sample", op=op, shape=array.shape))
    return check_for_predict(model, array, op)
