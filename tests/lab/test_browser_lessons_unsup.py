"""The session-3 lesson pages kmeans, dbscan and pca in a real browser (Debian's Chromium, Playwright).

On the k-means page the learner places the starting centres by clicking, steps (assignment, then update) and runs
to convergence, and the labels and the inertia change with the server's numbers; on the DBSCAN page dragging ε
changes the counts of clusters and noise, and a hovered point shows its neighbourhood; on the PCA page the axes
follow the correlation slider, keeping every axis loses nothing, and a 3-D cloud turns. Every page loads in Korean
and in English with no console error, and the lesson index links them. Screenshots land in tests/lab/screenshots/.
"""

import json
import pathlib
import re

import pytest

PAGES = ["kmeans", "dbscan", "pca"]
HANGUL = re.compile("[\uac00-\ud7a3]")
SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"
STATIC = pathlib.Path(__file__).resolve().parents[2] / "mldlab" / "lab" / "static"
LESSONS = STATIC / "lessons"
FIELD = re.compile(r"\{(\w+)\}")


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
            assert HANGUL.search(common["ko"][f"lesson_{name}_{what}"]) and common["en"][f"lesson_{name}_{what}"]
    known = texts["en"].keys() | common["en"].keys() | _strings(STATIC / "text" / "en.json").keys()
    code = (LESSONS / folder / "page.js").read_text(encoding="utf-8")
    html = (LESSONS / folder / "index.html").read_text(encoding="utf-8")
    used = set(re.findall(r"\bt\(\"(\w+)\"", code)) | set(re.findall(r'data-i18n(?:-placeholder)?="(\w+)"', html))
    assert used - known == set(), f"keys used but not defined: {sorted(used - known)}"
    prefixes = re.findall(r"\bt\(`(\w+)_\$\{", code)
    unused = {k for k in texts["en"] if k not in used and not any(k.startswith(p + "_") for p in prefixes)}
    assert unused == set(), f"keys defined but never used: {sorted(unused)}"
    for url in re.findall(r'(?:src|href)="/static/([^"]+)"', html) + re.findall(r'from "/static/([^"]+)"', code):
        assert (STATIC / url).is_file(), url


def _open(page, lab_url, name, lang="en"):
    path = "/lessons" if name == "index" else f"/lessons/{name}"
    page.goto(f"{lab_url}{path}?lang={lang}")
    page.wait_for_selector("body[data-ready='1']")


def _text(page, testid):
    return page.get_by_test_id(testid).inner_text()


def _click_plane(page, fx, fy):
    """Click the plane at fractions (fx, fy) of its width and height (scrolled into view first)."""
    plane = page.get_by_test_id("plane")
    plane.scroll_into_view_if_needed()
    box = plane.bounding_box()
    page.mouse.click(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)


def _wait_text(page, testid, pattern):
    """Wait until the element's text matches the regular expression ``pattern`` (the page answers asynchronously)."""
    script = "([id, p]) => new RegExp(p).test(document.querySelector(`[data-testid=${id}]`).textContent.trim())"
    page.wait_for_function(script, arg=[testid, pattern])


def _number(text):
    return float(text.replace("−", "-").replace("%", "").strip())


def test_kmeans_place_centres_step_and_run(page, lab_url):
    _open(page, lab_url, "kmeans")
    assert page.locator("[data-testid=clusters] tbody tr").count() == 3           # k-means++ chose 3 centres
    page.get_by_test_id("init-given").click()
    assert page.locator("[data-testid=clusters] tbody tr").count() == 0
    assert page.get_by_test_id("kmeans-step").is_disabled()
    for fx, fy in ((0.3, 0.3), (0.7, 0.45), (0.35, 0.8)):                           # three clicks, three centres
        _click_plane(page, fx, fy)
    page.wait_for_function("() => document.querySelectorAll('[data-testid=clusters] tbody tr').length === 3"
                           " && document.querySelector('[data-testid=centre-3]')"
                           " && !document.querySelector('[data-testid=kmeans-step]').disabled")
    assert page.get_by_test_id("kmeans-k").input_value() == "3" and _text(page, "inertia") == "—"
    page.get_by_test_id("kmeans-step").click()                                       # (1) assignment
    _wait_text(page, "iteration", "^1$")
    _wait_text(page, "phase", "\\(1\\)")
    assigned = _number(_text(page, "inertia"))
    assert page.locator("[data-testid=inertia-curve] circle").count() == 2          # J so far, ringed
    page.wait_for_function("() => /\\(k=3\\)/.test(document.querySelector('[data-testid=assign-formula]')"
                           ".textContent)")                                  # the ringed point's distances
    coloured = page.evaluate("() => new Set([...document.querySelectorAll('[data-testid=plane] circle')]"
                             ".map((c) => c.getAttribute('fill'))).size")
    assert coloured >= 4                                                            # three clusters and the centres
    page.get_by_test_id("kmeans-step").click()                                       # (2) update: arrows, J lower
    _wait_text(page, "phase", "\\(2\\)")
    assert page.locator("[data-testid=plane] line[marker-end]").count() >= 1
    assert page.locator("[data-testid=inertia-curve] circle").count() == 3
    assert _number(_text(page, "inertia")) <= assigned
    assert "1/|C" not in _text(page, "update-formula") and page.locator("[data-testid=clusters] tbody tr").count() == 3
    page.get_by_test_id("kmeans-run").click()
    page.wait_for_function("() => /Converged/.test(document.querySelector('[data-testid=verdict]').textContent)")
    assert "✓" in _text(page, "verdict") and _number(_text(page, "inertia")) <= assigned
    page.keyboard.press("ArrowLeft")                                                 # a presenter's clicker
    assert "Converged" not in _text(page, "verdict")
    page.get_by_test_id("kmeans-reset").click()
    _wait_text(page, "iteration", "^0$")
    assert page.errors == []


def test_kmeans_a_new_k_draws_new_centres(page, lab_url):
    _open(page, lab_url, "kmeans")
    page.get_by_test_id("kmeans-k").fill("5")
    page.wait_for_function("() => document.querySelectorAll('[data-testid=clusters] tbody tr').length === 5")
    page.get_by_test_id("kmeans-step").click()
    _click_plane(page, 0.5, 0.5)                                                      # a click near a point picks it
    _wait_text(page, "iteration", "^1$")
    assert page.errors == []


def _counts(page):
    return {name: int(_text(page, f"dbscan-{name}")) for name in ("clusters", "core", "border", "noise")}


def test_dbscan_dragging_eps_changes_the_counts(page, lab_url):
    _open(page, lab_url, "dbscan")
    before = _counts(page)
    assert before["clusters"] == 2 and sum(before[k] for k in ("core", "border", "noise")) == 200
    slider = page.get_by_test_id("eps-range")
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + 4, y, steps=2)                                         # ε near 0: all noise
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('[data-testid=dbscan-clusters]').textContent === '0'")
    assert _counts(page)["noise"] == 200 and "ε" in _text(page, "rules-formula")
    page.mouse.move(box["x"] + 4, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.9, y, steps=8)                      # a large ε: one cluster
    page.mouse.up()
    page.wait_for_function("() => document.querySelector('[data-testid=dbscan-clusters]').textContent === '1'")
    assert _counts(page)["noise"] == 0
    page.get_by_test_id("eps").fill("0.2")
    page.wait_for_function("() => document.querySelector('[data-testid=dbscan-clusters]').textContent === '2'")
    page.get_by_test_id("min-samples").fill("30")
    page.wait_for_function("(n) => Number(document.querySelector('[data-testid=dbscan-noise]').textContent) > n",
                           arg=before["noise"])
    plane = page.get_by_test_id("plane")
    box = plane.bounding_box()
    for fx in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):                                         # hover until a point is under
        page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * 0.45)
        if "min_samples" in _text(page, "verdict"):
            break
    assert re.search(r"points within ε", _text(page, "verdict"))
    assert "N" in _text(page, "point-formula") and page.locator("[data-testid=plane] path[stroke-dasharray]").count()
    assert page.errors == []


def test_pca_axes_follow_the_cloud(page, lab_url):
    _open(page, lab_url, "pca")
    axes = _text(page, "axes-formula")
    share = _number(_text(page, "pc1-share"))
    assert share > 80 and _number(_text(page, "correlation")) > 0.7
    page.get_by_test_id("pca-correlation").fill("-0.9")
    page.wait_for_function("(v) => document.querySelector('[data-testid=axes-formula]').textContent !== v", arg=axes)
    page.wait_for_function("() => document.querySelector('[data-testid=correlation]').textContent.startsWith('−0.8')")
    page.get_by_test_id("pca-correlation").fill("0")
    page.wait_for_function("() => parseFloat(document.querySelector('[data-testid=pc1-share]').textContent) < 70")
    error = _text(page, "reconstruction-error")
    page.get_by_test_id("components-2").click()
    page.wait_for_function("() => document.querySelector('[data-testid=reconstruction-error]').textContent === "
                           "'0.0000'")
    assert error != "0.0000" and "All 2 axes" in _text(page, "verdict")
    page.select_option("[data-testid=data-set]", "pancake")
    page.wait_for_selector("[data-testid=view3d]:not([hidden])")
    assert page.get_by_test_id("plane").is_hidden() and page.locator("[data-testid=components-3]").count() == 1
    canvas = page.get_by_test_id("view3d")
    box = canvas.bounding_box()
    before = canvas.evaluate("(c) => c.toDataURL()")
    page.mouse.move(box["x"] + 200, box["y"] + 200)
    page.mouse.down()
    page.mouse.move(box["x"] + 320, box["y"] + 240, steps=4)                          # turn the cloud
    page.mouse.up()
    assert canvas.evaluate("(c) => c.toDataURL()") != before
    assert page.errors == []


@pytest.mark.parametrize("name", ["index", *PAGES])
def test_page_in_korean_then_english_without_errors(page, lab_url, name):
    _open(page, lab_url, name, "ko")
    assert HANGUL.search(page.locator("h1").inner_text())
    if name == "index":
        for lesson in PAGES:
            assert page.get_by_test_id(f"lesson-{lesson}").get_attribute("href") == f"/lessons/{lesson}?lang=ko"
    else:
        assert HANGUL.search(_text(page, "verdict"))
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"lessons_{name}_ko.png"), full_page=True)
    page.select_option("[data-testid=language]", "en")
    page.wait_for_function("() => !/[\\uac00-\\ud7a3]/.test(document.querySelector('main').innerText)")
    assert "lang=en" in page.url
    page.screenshot(path=str(SCREENSHOTS / f"lessons_{name}_en.png"), full_page=True)
    assert page.errors == []
