"""Every message a learner may read exists in English and Korean, with the same blanks to fill in."""

import string

import pytest

import mldlab
from mldlab.i18n import LANGUAGES, MESSAGES, message


def _fields(text: str) -> set:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_with_the_same_fields(key):
    texts = MESSAGES[key]
    assert set(texts) == set(LANGUAGES), key
    assert _fields(texts["en"]) == _fields(texts["ko"]), key
    assert any("\uac00" <= ch <= "\ud7a3" for ch in texts["ko"]) or texts["ko"] == texts["en"] or key.startswith(
        "summary_header"), f"{key}: the Korean text has no Korean in it"


def test_language_switch_and_bad_language():
    mldlab.set_language("ko")
    assert message("cli_class") == "클래스"
    mldlab.set_language("en")
    assert message("cli_class") == "class"
    with pytest.raises(ValueError, match="language must be one of"):
        mldlab.set_language("fr")
