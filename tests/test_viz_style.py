"""mldlab.viz: Korean drawn with the bundled Korean font, the user's matplotlib settings untouched, figures made in
threads and shown in Jupyter, and ``import mldlab`` without matplotlib."""

import subprocess
import sys
import threading
import warnings

import matplotlib
import pytest
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text

import mldlab
from mldlab import viz
from mldlab.viz import _style


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


@pytest.fixture(scope="module")
def korean():
    return viz.perceptron(lang="ko")


def test_korean_text_is_drawn_with_the_bundled_korean_font(korean):
    texts = [t for t in korean.findobj(Text) if _hangul(t.get_text())]
    assert len(texts) >= 4  # title, colour-bar label, legend, the half-plane notes
    bundled = _style.korean_font_path()
    assert "koreanize_matplotlib" in bundled
    for text in texts:
        assert _style.KOREAN_FONT in text.get_fontfamily()
    assert font_manager.findfont(font_manager.FontProperties(family=_style.KOREAN_FONT),
                                 fallback_to_default=False) == bundled
    hangul = {ch for t in texts for ch in t.get_text() if _hangul(ch)}
    nanum, dejavu = FT2Font(bundled), FT2Font(font_manager.findfont(_style.LATIN_FONT))
    assert all(nanum.get_char_index(ord(ch)) for ch in hangul)  # NanumGothic has every Hangul syllable used
    assert not any(dejavu.get_char_index(ord(ch)) for ch in hangul)  # so the fallback is what draws them


def test_korean_figure_draws_without_missing_glyphs(korean):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)" for boxes
        korean.canvas.draw()


def test_english_and_korean_titles_and_the_language_in_force():
    mldlab.set_language("en")
    assert viz.perceptron(lang="ko").axes[0].get_title().startswith("퍼셉트론")
    assert mldlab.get_language() == "en"
    assert viz.perceptron().axes[0].get_title().startswith("Perceptron")
    mldlab.set_language("ko")
    try:
        assert viz.perceptron().axes[0].get_title().startswith("퍼셉트론")
    finally:
        mldlab.set_language("en")


def test_global_matplotlib_settings_are_not_changed():
    before = dict(matplotlib.rcParams)
    viz.activations(["relu"], lang="ko").canvas.draw()
    assert dict(matplotlib.rcParams) == before


def test_figures_in_threads_each_in_its_own_language():
    titles = {}

    def draw(lang):
        titles[lang] = viz.activations(["sigmoid"], lang=lang).axes[0].get_title()

    threads = [threading.Thread(target=draw, args=(lang,)) for lang in ("en", "ko")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert titles == {"en": "Sigmoid: σ(z) = 1 / (1 + e⁻ᶻ)", "ko": "시그모이드: σ(z) = 1 / (1 + e⁻ᶻ)"}


def test_figure_shows_in_jupyter_as_png():
    png = viz.activations(["tanh"], lang="en")._repr_png_()
    assert png.startswith(b"\x89PNG")


def test_importing_mldlab_does_not_import_matplotlib():
    code = "import sys, mldlab; assert 'matplotlib' not in sys.modules, 'import mldlab imported matplotlib'"
    subprocess.run([sys.executable, "-c", code], check=True)
    assert mldlab.viz is sys.modules["mldlab.viz"] and mldlab.viz.perceptron is viz.perceptron


def test_bad_arguments_say_what_was_expected():
    with pytest.raises(ValueError, match="unknown activation 'swish'"):
        viz.activations(["swish"])
    with pytest.raises(ValueError, match="w₂ must not be 0"):
        viz.perceptron(w=(1.0, 0.0))
    with pytest.raises(TypeError, match="expected a History"):
        viz.history([0.5, 0.4])
    with pytest.raises(ValueError, match="unknown surface 'mountain'"):
        viz.optimizer_race("mountain")
    with pytest.raises(ValueError, match="has no loss"):
        viz.loss_landscape(mldlab.nn.Linear(2, 1), [[0.0, 1.0]], [1.0])
    with pytest.raises(ValueError, match="Linear layers"):
        viz.network(mldlab.nn.ReLU())
    with pytest.raises(TypeError, match="predict_proba or predict"):
        viz.decision_boundary(object(), [[0.0, 1.0], [1.0, 0.0]], [0, 1])
