"""Korean and English texts for everything a learner reads.

The language of messages comes from, in order:

1. the innermost ``with mldlab.i18n.language("ko"):`` block of the *current thread* (or asyncio task): a web
   server can answer a Korean and an English user at the same time, each request in its own block;
2. otherwise the process-wide default set by ``set_language`` (every thread without a block of its own);
3. which starts from the environment variable ``MLDLAB_LANG`` (``en`` or ``ko``, default ``en``).

Examples
--------
>>> import mldlab
>>> from mldlab.i18n import language
>>> mldlab.set_language("ko")
>>> mldlab.get_language()
'ko'
>>> with language("en"):          # this thread only, until the block ends
...     mldlab.get_language()
'en'
>>> mldlab.get_language()
'ko'
>>> mldlab.set_language("en")
"""

import contextlib
import contextvars
import os

from mldlab.i18n import (
    arrays,
    callbacks,
    cli,
    compat,
    config,
    data,
    data_sequences,
    demo,
    engine,
    explain_cnn,
    explain_ml,
    explain_unsup,
    io,
    keras_cnn_rnn,
    lab,
    lab_cnn,
    lab_experiments,
    lab_lessons,
    lab_ml,
    lab_server,
    lab_unsup,
    lessons,
    metrics,
    ml_agglomerative,
    ml_dbscan_pca,
    ml_ensemble,
    ml_kmeans,
    ml_mixture,
    ml_tsne,
    nn,
    nn_conv,
    nn_pool_norm,
    nn_rnn,
    optim,
    preparing,
    registry,
    train,
    viz_cnn,
    viz_ml,
    viz_unsup,
)
from mldlab.i18n import explain as _explain
from mldlab.i18n import keras as _keras
from mldlab.i18n import ml as _ml
from mldlab.i18n import viz as _viz

MESSAGES = {}
_PARTS = (
    engine,
    arrays,
    compat,
    nn,
    config,
    optim,
    data,
    registry,
    io,
    metrics,
    preparing,
    callbacks,
    train,
    cli,
    demo,
    _keras,
    _explain,
    _viz,
    lessons,
    lab,
    lab_server,
    lab_lessons,
    lab_experiments,
    _ml,
    ml_ensemble,
    explain_ml,
    viz_ml,
    lab_ml,
    ml_kmeans,
    ml_agglomerative,
    ml_dbscan_pca,
    ml_mixture,
    ml_tsne,
    explain_unsup,
    viz_unsup,
    lab_unsup,
    nn_conv,
    nn_pool_norm,
    nn_rnn,
    keras_cnn_rnn,
    data_sequences,
    explain_cnn,
    viz_cnn,
    lab_cnn,
)
for _part in _PARTS:
    _clash = MESSAGES.keys() & _part.MESSAGES.keys()
    assert not _clash, f"message keys defined twice: {sorted(_clash)}"
    MESSAGES.update(_part.MESSAGES)

LANGUAGES = ("en", "ko")
_default_language = os.environ.get("MLDLAB_LANG", "en") if os.environ.get("MLDLAB_LANG") in LANGUAGES else "en"
_language = contextvars.ContextVar("mldlab_language", default=None)  # set only inside a ``language`` block


def _check(op: str, value) -> str:
    if value not in LANGUAGES:
        raise ValueError(f"{op}: language must be one of {LANGUAGES}, got {value!r} "
                         f"(언어는 {LANGUAGES} 중 하나여야 합니다).")
    return value


def set_language(language: str) -> None:
    """Choose the default language of messages for the whole process: ``'en'`` (English) or ``'ko'`` (한국어).

    A thread inside a ``with language(...)`` block keeps the language of its block.
    """
    global _default_language
    _default_language = _check("set_language", language)


@contextlib.contextmanager
def language(language: str):
    """Messages in ``language`` inside the block, in this thread (or asyncio task) only.

    Other threads, and this one after the block, go on with ``set_language``'s default. Blocks nest.
    """
    token = _language.set(_check("language", language))
    try:
        yield language
    finally:
        _language.reset(token)


def get_language() -> str:
    """The language of messages in force here: the enclosing ``language`` block's, else the process default."""
    return _language.get() or _default_language


def message(key: str, **values) -> str:
    """The text for ``key`` in the current language, with ``values`` filled in."""
    texts = MESSAGES[key]
    return texts.get(get_language(), texts["en"]).format(**values)


__all__ = ["set_language", "get_language", "language", "message", "LANGUAGES"]
