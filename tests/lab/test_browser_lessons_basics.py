"""The lesson pages perceptron … backprop and the lesson index in a real browser (Debian's Chromium, Playwright).

The perceptron page shows the slide's σ(−6) ≈ 0.0025 and follows w₀; every page loads in Korean and in English with
no console error and its Korean text drawn in a Korean font; each page's main interaction gives the engine's
numbers (checked against PyTorch). Screenshots land in tests/lab/screenshots/.
"""

import json
import math
import pathlib
import re

import pytest

torch = pytest.importorskip("torch")

PAGES = ["index", "perceptron", "activations", "losses", "gradient-descent", "backprop"]
HANGUL = re.compile("[\uac00-\ud7a3]")
SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"
STATIC = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static"
LESSONS = STATIC / "lessons"
FIELD = re.compile(r"\{(\w+)\}")


def _strings(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", ["common", *PAGES[1:]])
def test_texts_in_both_languages_and_every_key_used_defined(folder):
    texts = _strings(LESSONS / folder / "text.json")
    assert set(texts) == {"en", "ko"} and texts["en"].keys() == texts["ko"].keys()
    for key, english in texts["en"].items():
        korean = texts["ko"][key]
        assert set(FIELD.findall(english)) == set(FIELD.findall(korean)), key
        assert HANGUL.search(korean) or korean == english, f"{key}: no Korean in {korean!r}"
    if folder == "common":
        return
    known = texts["en"].keys() | _strings(LESSONS / "common" / "text.json")["en"].keys() | \
        _strings(STATIC / "text" / "en.json").keys()
    code = (LESSONS / folder / "page.js").read_text(encoding="utf-8")
    html = (LESSONS / folder / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r"\bt\(\"(\w+)\"", code)) | set(re.findall(r'data-i18n="(\w+)"', html))
    assert used - known == set(), f"keys used but not defined: {sorted(used - known)}"
    prefixes = re.findall(r"\bt\(`(\w+)_\$\{", code)
    unused = {k for k in texts["en"] if k not in used and not any(k.startswith(p + "_") for p in prefixes)}
    assert unused == set(), f"keys defined but never used: {sorted(unused)}"


def _open(page, lab_url, name, lang):
    path = "/lessons" if name == "index" else f"/lessons/{name}"
    page.goto(f"{lab_url}{path}?lang={lang}")
    page.wait_for_selector("body[data-ready='1']")


def _sigmoid(z: float) -> str:
    return f"{torch.sigmoid(torch.tensor(z, dtype=torch.float64)).item():.4f}"


def test_perceptron_shows_the_slides_sigma_of_minus_6(page, lab_url):
    _open(page, lab_url, "perceptron", "en")
    assert page.get_by_test_id("y-hat").inner_text() == "0.0025" == _sigmoid(-6.0)
    assert [page.get_by_test_id(k).input_value() for k in ("w0", "w1", "w2")] == ["1", "3", "-2"]
    terms = page.get_by_test_id("z-terms").inner_text()
    assert "−6" in terms or "-6" in terms
    assert "z < 0" in page.get_by_test_id("side").inner_text()
    assert page.errors == []


def test_dragging_the_point_moves_x_and_y_hat(page, lab_url):
    _open(page, lab_url, "perceptron", "en")
    box = page.get_by_test_id("point").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 90, y + 60, steps=6)
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('[data-testid=x1]').value !== '-1'")
    x1, x2 = (float(page.get_by_test_id(k).input_value()) for k in ("x1", "x2"))
    assert x1 > -1 and x2 < 2
    page.wait_for_function("(v) => document.querySelector('[data-testid=y-hat]').textContent === v",
                           arg=_sigmoid(1 + 3 * x1 - 2 * x2))
    assert page.errors == []


def test_changing_w0_updates_y_hat(page, lab_url):
    _open(page, lab_url, "perceptron", "en")
    y_hat = page.get_by_test_id("y-hat")
    for w0, z in (("7", 0.0), ("4", -3.0), ("9.5", 2.5)):
        page.get_by_test_id("w0").fill(w0)
        page.wait_for_function("(v) => document.querySelector('[data-testid=y-hat]').textContent === v",
                               arg=_sigmoid(z))
        assert y_hat.inner_text() == _sigmoid(z)
    page.select_option("[data-testid=activation]", "tanh")
    expected = f"{math.tanh(2.5):.4f}"
    page.wait_for_function("(v) => document.querySelector('[data-testid=y-hat]').textContent === v", arg=expected)
    page.get_by_test_id("slide-example").click()
    page.wait_for_function("() => document.querySelector('[data-testid=y-hat]').textContent === '0.0025'")
    assert page.errors == []


@pytest.mark.parametrize("name", PAGES)
def test_page_in_korean_then_english_without_errors(page, lab_url, name):
    _open(page, lab_url, name, "ko")
    assert HANGUL.search(page.locator("h1").inner_text())
    assert page.get_by_test_id("language").input_value() == "ko"
    faces = page.evaluate("async () => (await document.fonts.load('18px \"Lab Sans\"', '퍼셉트론'))"
                          ".map((f) => f.status)")
    assert faces and all(status == "loaded" for status in faces), faces    # the vendored Korean font
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"lessons_{name}_ko.png"), full_page=True)
    page.select_option("[data-testid=language]", "en")
    page.wait_for_function("() => !/[\\uac00-\\ud7a3]/.test(document.querySelector('main').innerText)")
    assert not HANGUL.search(page.locator("main").inner_text())
    assert "lang=en" in page.url
    assert page.errors == []


def test_language_switch_keeps_the_numbers(page, lab_url):
    _open(page, lab_url, "perceptron", "en")
    page.select_option("[data-testid=language]", "ko")
    page.wait_for_function("() => document.querySelector('h1').textContent === '퍼셉트론'")
    page.wait_for_function("() => /z < 0/.test(document.querySelector('[data-testid=side]').textContent)"
                           " && /쪽/.test(document.querySelector('[data-testid=side]').textContent)")
    assert page.get_by_test_id("y-hat").inner_text() == "0.0025"
    assert "lang=ko" in page.url
    assert page.errors == []


def test_a_bad_value_is_explained_in_korean(page, lab_url):
    _open(page, lab_url, "perceptron", "ko")
    page.get_by_test_id("w0").fill("100")
    message = page.get_by_test_id("message")
    message.wait_for(state="visible")
    assert "w0" in message.inner_text() and HANGUL.search(message.inner_text())
    page.get_by_test_id("w0").fill("1")
    page.wait_for_function("() => document.querySelector('[data-testid=message]').textContent === ''")
    assert all("422" in error for error in page.errors), page.errors    # the refused request, nothing else


def test_activations_tanh(page, lab_url):
    _open(page, lab_url, "activations", "en")
    page.get_by_test_id("act-tanh").click()
    page.wait_for_function("() => document.querySelector('[data-testid=range]').textContent === '(−1, 1)'")
    cells = page.locator("[data-testid=values] tbody tr").nth(2).locator("td").all_inner_texts()
    assert cells == ["0", "0", "1"]                       # tanh(0) = 0, tanh′(0) = 1
    assert "0.25" not in page.get_by_test_id("vanishing").inner_text()
    assert page.errors == []


def test_losses_follow_an_edited_prediction(page, lab_url):
    _open(page, lab_url, "losses", "en")
    assert page.get_by_test_id("risk").inner_text() == "1.4743"
    page.get_by_test_id("p-0").fill("0.9")
    page.get_by_test_id("p-0").dispatch_event("change")
    expected = torch.nn.functional.binary_cross_entropy(torch.tensor([0.9, 0.8, 0.6], dtype=torch.float64),
                                                        torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64)).item()
    page.wait_for_function("(v) => document.querySelector('[data-testid=risk]').textContent === v",
                           arg=f"{expected:.4f}")
    page.get_by_test_id("loss-mse").click()
    page.wait_for_function("() => document.querySelector('[data-testid=risk]').textContent === '2433.3333'")
    assert page.errors == []


def test_gradient_descent_three_steps(page, lab_url):
    _open(page, lab_url, "gradient-descent", "en")
    for _ in range(3):
        page.get_by_test_id("gd-step").click()
    page.wait_for_function("() => document.querySelector('[data-testid=step-count]').textContent === '3'")
    rows = page.locator("[data-testid=steps] tbody tr")
    assert rows.count() == 3
    assert rows.nth(2).locator("td").all_inner_texts()[5] == "0.952"      # −1 → −0.2 → 0.44 → 0.952
    page.get_by_test_id("fn-bowl").click()
    page.get_by_test_id("gd-step10").click()
    page.wait_for_function("() => document.querySelector('[data-testid=step-count]').textContent === '10'")
    page.get_by_test_id("fn-parabola").click()
    page.get_by_test_id("lr").fill("1.05")                 # |1 − 2η| > 1: every step overshoots
    page.get_by_test_id("lr").dispatch_event("change")
    page.get_by_test_id("gd-step").click()
    page.wait_for_function("() => document.querySelector('[data-testid=message]').textContent.includes('η')")
    assert page.errors == []


def test_backprop_step_lowers_the_loss(page, lab_url):
    _open(page, lab_url, "backprop", "ko")
    assert "✓" in page.get_by_test_id("check").inner_text()
    page.get_by_test_id("bp-next").click()
    page.wait_for_function("() => document.querySelector('[data-testid=chain-title]').textContent.includes('w⁽²⁾₂,₁')")
    page.get_by_test_id("bp-step").click()
    page.get_by_test_id("step-result").wait_for(state="visible")
    page.wait_for_function("() => document.querySelector('[data-testid=step-result]').textContent !== ''")
    numbers = re.findall(r"\d+\.\d+", page.get_by_test_id("step-result").inner_text())
    assert float(numbers[1]) < float(numbers[0])
    assert page.errors == []
