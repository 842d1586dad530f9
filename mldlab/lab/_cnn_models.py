"""The networks behind the draw-digit and char-rnn pages: each trained once per lab server, in the background.

The first request that needs a network starts its training in a thread of its own and is answered "training" at
once; the page asks again until the network is ready. From then on every request only reads the trained network
(``eval`` mode, under ``no_grad`` in its own thread): nothing a request sends can change it. A server keeps its
networks in one ``CnnModels`` (on ``app.state``); tests give theirs quicker recipes.

Examples
--------
>>> trained = Trained(lambda: 6 * 7, name="answer")
>>> trained.wait(5.0)
42
>>> trained.get()
42
"""

import functools
import threading
from collections.abc import Callable

from mldlab.i18n import message
from mldlab.train import examples

DIGITS_RECIPE = {"epochs": 15, "seed": 0}
"""The page's digits CNN: the arguments of ``train_digits_cnn`` (about 98 % test accuracy, seconds on a laptop)."""
CHAR_RECIPE = {"epochs": 10, "seed": 0}
"""The page's char-RNN: the arguments of ``train_char_rnn`` on the language's bundled text."""


class TrainingFailedError(RuntimeError):
    """The background training of a page's network raised; its message says which network and why."""


class Trained:
    """One result of ``train()`` (a network and its data), computed once in a background thread on first use."""

    def __init__(self, train: Callable[[], object], *, name: str):
        self._train, self.name = train, name
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = None
        self._result = None
        self._error = None

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=f"mldlab-lab-train-{self.name}", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        try:
            result = self._train()
        except Exception as error:      # the page says that training failed, and why
            self._error = error
        else:
            self._result = result
        finally:
            self._done.set()

    def get(self):
        """The trained result, or None while it trains (the first call starts the training).

        Raises ``TrainingFailedError`` when the training raised.
        """
        self._start()
        if not self._done.is_set():
            return None
        if self._error is not None:
            raise TrainingFailedError(str(self._error)) from self._error
        return self._result

    def wait(self, timeout: float | None = None):
        """Start the training if needed and wait for it (up to ``timeout`` seconds); the result or None."""
        self._start()
        self._done.wait(timeout)
        return self.get()


class CnnModels:
    """The draw-digit page's CNN and the char-rnn page's model of each language, each a ``Trained``.

    ``digits()`` trains the digits CNN and ``char_rnn(lang)`` the character model of ``lang`` ('en' or 'ko');
    both return the training's result (``.model`` and its data). None: ``train.examples``'s functions with the
    page's recipes (``DIGITS_RECIPE``, ``CHAR_RECIPE``).
    """

    def __init__(self, *, digits: Callable[[], object] | None = None,
                 char_rnn: Callable[[str], object] | None = None):
        digits = digits or functools.partial(examples.train_digits_cnn, **DIGITS_RECIPE)
        char_rnn = char_rnn or functools.partial(examples.train_char_rnn, **CHAR_RECIPE)
        self.digits = Trained(functools.partial(_evaluating, digits), name="digits")
        self.char = {lang: Trained(functools.partial(_evaluating, char_rnn, lang), name=f"char-{lang}")
                     for lang in ("en", "ko")}

    @staticmethod
    def title(key: str) -> str:
        """The network's name in the current language: key 'digits', 'char-en' or 'char-ko'."""
        if key == "digits":
            return message("lab_cnn_model_digits")
        return message("lab_cnn_model_char_en") if key == "char-en" else message("lab_cnn_model_char_ko")


def _evaluating(train: Callable, *args):
    """``train(*args)``'s result with its network in evaluation mode, as every request then reads it."""
    result = train(*args)
    result.model.eval()
    return result
