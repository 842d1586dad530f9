"""Korean and English texts for everything a learner reads.

The language is one of two pieces of global state in mldlab (the other is the random seed).
It starts from the environment variable ``MLDLAB_LANG`` (``en`` or ``ko``, default ``en``).

Examples
--------
>>> import mldlab
>>> mldlab.set_language("ko")
>>> mldlab.get_language()
'ko'
>>> mldlab.set_language("en")
"""

import os

from mldlab.i18n import callbacks, data, demo, engine, io, metrics, nn, optim, train

MESSAGES = {}
for _part in (engine, nn, optim, data, io, metrics, callbacks, train, demo):
    _clash = MESSAGES.keys() & _part.MESSAGES.keys()
    assert not _clash, f"message keys defined twice: {sorted(_clash)}"
    MESSAGES.update(_part.MESSAGES)

LANGUAGES = ("en", "ko")
_language = os.environ.get("MLDLAB_LANG", "en") if os.environ.get("MLDLAB_LANG") in LANGUAGES else "en"


def set_language(language: str) -> None:
    """Choose the language of messages: ``'en'`` (English) or ``'ko'`` (한국어)."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"set_language: language must be one of {LANGUAGES}, got {language!r}")
    _language = language


def get_language() -> str:
    """The language of messages now in force: ``'en'`` or ``'ko'``."""
    return _language


def message(key: str, **values) -> str:
    """The text for ``key`` in the current language, with ``values`` filled in."""
    texts = MESSAGES[key]
    return texts.get(_language, texts["en"]).format(**values)


__all__ = ["set_language", "get_language", "message", "LANGUAGES"]
