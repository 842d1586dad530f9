"""The session-4 lesson pages draw-digit and char-rnn in a real browser (Debian's Chromium, Playwright).

On the draw-digit page the learner clears the grid, draws a stroke with the mouse and sees the 8×8 image, the
probabilities and every layer's feature maps come from the server; a click on a feature-map cell writes out its
kernel × patch sum and frames its receptive field; the page switches to Korean. On the char-rnn page the learner
types and sees one hidden-state column per character and the ten likeliest next characters, then lets the model
write on. The lesson index links both. The session's lab server trains tiny networks (the module fixture sets the
page's recipes to one epoch before the pages first ask for them). Screenshots land in tests/lab/screenshots/.
"""

import json
import pathlib
import re

import numpy as np
import pytest

from mldlab.data import load_digit_images
from mldlab.lab import _cnn_models

PAGES = ["draw-digit", "char-rnn"]
HANGUL = re.compile("[\uac00-\ud7a3]")
SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"
STATIC = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static"
LESSONS = STATIC / "lessons"
FIELD = re.compile(r"\{(\w+)\}")


@pytest.fixture(scope="module", autouse=True)
def tiny_recipes():
    """The pages' networks trained for one epoch (a smaller LSTM): a second or two each, not half a minute."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_cnn_models, "DIGITS_RECIPE", {"epochs": 1, "seed": 0})
        patch.setattr(_cnn_models, "CHAR_RECIPE", {"epochs": 1, "hidden_size": 32, "seed": 0})
        yield


def _strings(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", PAGES)
def test_texts_in_both_languages_and_every_key_used_defined(folder):
    texts = _strings(LESSONS / folder / "text.json")
    assert set(texts) == {"en", "ko"} and texts["en"].keys() == texts["ko"].keys()
    for key, english in texts["en"].items():
        korean = texts["ko"][key]
        assert set(FIELD.findall(english)) == set(FIELD.findall(korean)), key
        assert HANGUL.search(korean), f"{key}: no Korean in {korean!r}"
        assert not HANGUL.search(english), f"{key}: Korean in the English {english!r}"
    common = _strings(LESSONS / "common" / "text.json")
    for name in PAGES:
        for what in ("title", "desc"):
            key = f"lesson_{name.replace('-', '_')}_{what}"
            assert HANGUL.search(common["ko"][key]) and common["en"][key]
    known = texts["en"].keys() | common["en"].keys() | _strings(STATIC / "text" / "en.json").keys()
    code = (LESSONS / folder / "page.js").read_text(encoding="utf-8")
    html = (LESSONS / folder / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r"\bt\(\"(\w+)\"", code)) | set(re.findall(r'data-i18n(?:-placeholder)?="(\w+)"', html))
    assert used - known == set(), f"keys used but not defined: {sorted(used - known)}"
    unused = {k for k in texts["en"] if k not in used}
    assert unused == set(), f"keys defined but never used: {sorted(unused)}"
    for url in re.findall(r'(?:src|href)="/static/([^"]+)"', html) + re.findall(r'from "/static/([^"]+)"', code):
        assert (STATIC / url).is_file(), url


def _open(page, lab_url, name, lang="en"):
    path = "/lessons" if name == "index" else f"/lessons/{name}"
    page.goto(f"{lab_url}{path}?lang={lang}")
    page.wait_for_selector("body[data-ready='1']")


def _ready(page, model=None):
    """Wait until the page's network has answered (the char-rnn page: the network of the text ``model``)."""
    page.wait_for_selector("body[data-status='ready']" + (f"[data-model='{model}']" if model else ""), timeout=60_000)


def _text(page, testid):
    return page.get_by_test_id(testid).inner_text()


def _number(text):
    return float(text.replace("−", "-").replace("%", "").strip())


def _stroke(page, points):
    """Drag the mouse over the pad through (fx, fy) fractions of its size: one stroke."""
    pad = page.get_by_test_id("pad")
    pad.scroll_into_view_if_needed()
    box = pad.bounding_box()
    xy = [(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy) for fx, fy in points]
    page.mouse.move(*xy[0])
    page.mouse.down()
    for x, y in xy[1:]:
        page.mouse.move(x, y, steps=6)
    page.mouse.up()


def _image_sum(page):
    return page.evaluate("() => [...document.querySelectorAll('[data-testid=image8] span')]"
                         ".reduce((s, e) => s + Number(e.textContent), 0)")


def test_draw_a_digit_see_the_prediction_the_maps_and_one_sum(page, lab_url):
    _open(page, lab_url, "draw-digit")
    _ready(page)
    assert _image_sum(page) > 0 and page.locator("[data-testid=probabilities] rect").count() == 10
    page.get_by_test_id("clear").click()
    page.wait_for_function("() => document.querySelector('[data-testid=status]').textContent.includes('empty')")
    assert _image_sum(page) == 0
    _stroke(page, [(0.5, 0.15), (0.5, 0.5), (0.5, 0.85)])                      # a 1, top to bottom
    page.wait_for_function("() => [...document.querySelectorAll('[data-testid=image8] span')]"
                           ".some((e) => Number(e.textContent) > 0)")
    inked = page.evaluate("() => [...document.querySelectorAll('[data-testid=image8] span')]"
                          ".map((e) => Number(e.textContent))")
    assert all(v == 0 for i, v in enumerate(inked) if i % 8 in (0, 1, 6, 7))    # only the middle columns
    assert max(inked) <= 16 and sum(inked) >= 30
    page.wait_for_function("() => /says/.test(document.querySelector('[data-testid=status]').textContent)")
    assert 0 <= int(_text(page, "prediction")) <= 9
    bars = page.evaluate("() => [...document.querySelectorAll('[data-testid=probabilities] rect')]"
                         ".map((r) => Number(r.dataset.p))")
    assert len(bars) == 10 and abs(sum(bars) - 1) < 1e-3 and bars.index(max(bars)) == int(_text(page, "prediction"))
    layers = page.locator("[data-testid=maps] .map-row")
    assert layers.count() == 4 and page.locator("canvas[data-testid=feature-map]").count() >= 8 + 8 + 16
    page.get_by_test_id("tool-erase").click()                                     # the eraser takes ink away
    before = _image_sum(page)
    _stroke(page, [(0.5, 0.45), (0.5, 0.55)])
    page.wait_for_function("(n) => [...document.querySelectorAll('[data-testid=image8] span')]"
                           ".reduce((s, e) => s + Number(e.textContent), 0) < n", arg=before)
    first = page.locator("canvas[data-layer='0'][data-channel='2']")            # (a locator: found again if the
    first.click(position={"x": 40, "y": 40})                                      # maps are redrawn) row 5, col 5
    page.wait_for_function("() => document.querySelector('[data-testid=cell-verdict]').textContent.includes('✓')")
    assert "row 5, column 5" in _text(page, "cell-title")
    assert page.locator("[data-testid=grid-kernel] td").count() == 9 and "ReLU" in _text(page, "cell-formula")
    assert page.get_by_test_id("field-box").count() == 1
    second = page.locator("canvas[data-layer='3'][data-channel='5']")
    second.click(position={"x": 10, "y": 10})                                     # a second convolution: 16 inputs
    page.wait_for_function("() => document.querySelectorAll('[id=in-channels] button').length === 16")
    assert "✓" in _text(page, "cell-verdict")
    page.select_option("[data-testid=language]", "ko")
    page.wait_for_function("() => /[\\uac00-\\ud7a3]/.test(document.querySelector('h1').textContent)")
    assert HANGUL.search(_text(page, "status")) and HANGUL.search(_text(page, "cell-title"))
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "lessons_draw-digit_ko.png"), full_page=True)
    X, y = load_digit_images()
    seven = int(np.rint(X[np.flatnonzero(y == 7)[-1]] * 16).sum())
    page.get_by_test_id("example-7").click()                                      # a 7 from the data set
    page.wait_for_function("(n) => [...document.querySelectorAll('[data-testid=image8] span')]"
                           ".reduce((s, e) => s + Number(e.textContent), 0) === n", arg=seven)
    assert page.errors == []


def test_type_text_see_the_hidden_states_and_the_next_characters(page, lab_url):
    _open(page, lab_url, "char-rnn")
    _ready(page)
    box = page.get_by_test_id("text")
    box.fill("The children")
    page.wait_for_function("() => document.querySelector('[data-testid=hidden-map]')?.dataset.columns === '12'")
    assert page.locator("[data-testid=next-bars] rect").count() == 10
    assert "“n”" in _text(page, "next-title")
    probabilities = page.evaluate("() => [...document.querySelectorAll('[data-testid=next-bars] rect')]"
                                  ".map((r) => Number(r.dataset.p))")
    assert probabilities == sorted(probabilities, reverse=True) and sum(probabilities) <= 1.0001
    box.press("End")
    box.type(" ")
    page.wait_for_function("() => document.querySelector('[data-testid=hidden-map]')?.dataset.columns === '13'")
    assert "␣" in _text(page, "next-title")                                       # a space made visible
    box.type("자")
    page.wait_for_selector("[data-testid=notice]:not([hidden])")
    assert "'자'" in _text(page, "notice")
    page.get_by_test_id("temperature").fill("0.5")
    page.get_by_test_id("sample").click()
    page.wait_for_function("() => (document.querySelector('[data-testid=sample-text]')?.textContent || '').length"
                           " === 120")
    assert _text(page, "sampled").startswith("The children ")
    page.select_option("[data-testid=language]", "ko")                           # the Korean story's model
    page.wait_for_function("() => document.querySelector('[data-testid=text]').value.length > 0"
                           " && /[\\uac00-\\ud7a3]/.test(document.querySelector('[data-testid=text]').value)")
    _ready(page, "ko")
    page.wait_for_function("() => /[\\uac00-\\ud7a3]/.test(document.querySelector('[data-testid=next-title]')"
                           ".textContent)")
    assert page.get_by_test_id("model-text").input_value() == "ko" and HANGUL.search(_text(page, "status"))
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "lessons_char-rnn_ko.png"), full_page=True)
    assert page.errors == []


def test_the_lesson_index_links_both_pages(page, lab_url):
    _open(page, lab_url, "index", "ko")
    for lesson in PAGES:
        assert page.get_by_test_id(f"lesson-{lesson}").get_attribute("href") == f"/lessons/{lesson}?lang=ko"
        assert HANGUL.search(page.get_by_test_id(f"lesson-{lesson}").inner_text())
    assert page.errors == []
