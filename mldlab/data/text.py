"""Short texts bundled with mldlab, for character-level language models (a char-RNN) without a download.

- ``'en'``: "The Teacher Who Learned to Wait", a short story in English (about 4,500 characters)
- ``'ko'``: "자전거를 배우던 여름", a short essay in Korean (about 1,600 characters)

Both were written for mldlab, about a garden, a bicycle, and learning in small steps; they may be used and
changed with the package's licence.

Examples
--------
>>> from mldlab.data import load_text
>>> text = load_text("en")
>>> text.splitlines()[0]
'The Teacher Who Learned to Wait'
>>> load_text("ko").splitlines()[0]
'자전거를 배우던 여름'
"""

from importlib import resources

from mldlab.i18n import message

TEXT_LANGUAGES = ("en", "ko")


def load_text(lang: str = "en") -> str:
    """The bundled text in ``lang`` ('en' or 'ko'), as one string with ``'\\n'`` line ends.

    Parameters
    ----------
    lang : {'en', 'ko'}, default 'en'

    Returns
    -------
    str

    Examples
    --------
    >>> len(load_text("en")) > 4000, len(load_text("ko")) > 1500
    (True, True)
    """
    if not isinstance(lang, str) or lang not in TEXT_LANGUAGES:
        raise ValueError(message("seqdata_text_lang", value=lang, langs=", ".join(TEXT_LANGUAGES)))
    return resources.files("mldlab.data").joinpath("texts").joinpath(f"{lang}.txt").read_text(encoding="utf-8")
