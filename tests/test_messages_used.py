"""Every message a learner reads is looked up by a literal key that exists in both languages, and every key that
is defined is used; no English text is pasted into a message from the code (it would show in Korean messages)."""

import ast
import pathlib
import re

import pytest

from mldlab.i18n import MESSAGES

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "mldlab"
_ENGLISH = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")  # three English words in a row


def _message_calls():
    """(file, line, call) for every call of ``message(...)`` in the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message":
                yield path.relative_to(PACKAGE.parent), node.lineno, node


def _text_of(node) -> str | None:
    """The literal text of a string constant or the literal parts of an f-string (None for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant))
    return None


CALLS = list(_message_calls())


def test_every_key_is_a_literal_string():
    built = [f"{path}:{line}" for path, line, call in CALLS
             if not (call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str))]
    assert not built, "message keys built at run time (write the key out): " + ", ".join(built)


def test_every_key_used_exists_and_every_key_defined_is_used():
    used = {call.args[0].value for _, _, call in CALLS if call.args and isinstance(call.args[0], ast.Constant)}
    missing = sorted(used - set(MESSAGES))
    unused = sorted(set(MESSAGES) - used)
    assert not missing, f"keys used but not defined: {missing}"
    assert not unused, f"keys defined but never used: {unused}"


@pytest.mark.parametrize(("path", "line", "call"), CALLS, ids=[f"{p}:{n}" for p, n, _ in CALLS])
def test_no_english_text_is_pasted_into_a_message(path, line, call):
    for keyword in call.keywords:
        text = _text_of(keyword.value)
        if text is not None:
            assert not _ENGLISH.search(text), f"{path}:{line}: {keyword.arg}={text!r} is English text inside a message"
