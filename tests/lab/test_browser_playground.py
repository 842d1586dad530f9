"""The playground page in Debian's Chromium: training, divergence, languages, links, uploads, steps.

Each test opens ``/`` on the session's lab server (``lab_url``, English by default), drives the page only through
its ``data-testid`` hooks and ends with no console error (``page.errors``). The screenshots land in
``tests/lab/screenshots/``.
"""

import base64
import json
import pathlib
import re
import time

from playwright.sync_api import expect

SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"


def _open(page, lab_url, query=""):
    page.goto(f"{lab_url}/{query}")
    page.wait_for_selector("body[data-ready='1']")
    expect(page.get_by_test_id("test-loss")).to_have_text(re.compile(r"^\d+\.\d{4}$"))


def _number(page, testid):
    return float(page.get_by_test_id(testid).text_content())


def _set_learning_rate(page, value):
    box = page.get_by_test_id("learning-rate")
    box.fill(str(value))
    box.press("Enter")


def _setup_link(setup):
    return base64.urlsafe_b64encode(json.dumps(setup).encode()).decode().rstrip("=")


def _put_setup(page):
    return page.expect_response(lambda r: r.url.endswith("/api/setup") and r.request.method == "PUT")


def test_play_lowers_the_test_loss(page, lab_url):
    _open(page, lab_url)
    first = _number(page, "test-loss")
    assert 0.6 < first < 0.8  # an untrained binary classifier: about ln 2
    for feature in ("x1-squared", "x2-squared"):  # circles: x₁² + x₂² separates them
        with _put_setup(page):
            page.get_by_test_id(f"feature-{feature}").check()
    _set_learning_rate(page, 0.1)
    page.get_by_test_id("play").click()
    expect(page.get_by_test_id("pause")).to_be_enabled()
    deadline = time.monotonic() + 20
    while _number(page, "test-loss") >= 0.25 and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert _number(page, "test-loss") < 0.25
    assert int(page.get_by_test_id("epoch").text_content()) > 0
    page.get_by_test_id("pause").click()
    expect(page.get_by_test_id("play")).to_be_enabled()
    assert page.errors == []


def test_a_learning_rate_of_10_diverges_with_a_message(page, lab_url):
    _open(page, lab_url)
    page.get_by_test_id("play").click()
    expect(page.get_by_test_id("epoch")).not_to_have_text("0")
    _set_learning_rate(page, 10)  # while training: the next iteration uses it
    message = page.get_by_test_id("message")
    expect(message).to_contain_text("learning rate", timeout=10_000)
    expect(message).to_have_attribute("data-level", re.compile("error|warning"))
    expect(page.get_by_test_id("play")).to_be_enabled()  # training stopped by itself
    assert "setup=" in page.url and page.get_by_test_id("learning-rate").input_value() == "10"
    assert page.errors == []


def test_step_counts_iterations_and_epochs_as_the_slides_do(page, lab_url):
    setup = {"dataset": "xor", "n_samples": 100, "test_ratio": 0.5, "batch_size": 10}
    _open(page, lab_url, f"?setup={_setup_link(setup)}")
    page.get_by_test_id("step").click()
    expect(page.get_by_test_id("iteration")).to_have_text("1")
    expect(page.get_by_test_id("epoch")).to_have_text("0")
    page.get_by_test_id("step-unit").select_option("epoch")
    page.get_by_test_id("step").click()
    expect(page.get_by_test_id("epoch")).to_have_text("1")  # 50 training points / batch 10 = 5 iterations
    expect(page.get_by_test_id("iteration")).to_have_text("5")
    page.get_by_test_id("diagnose").click()  # the training doctor reads the one epoch so far
    expect(page.get_by_test_id("message")).to_have_attribute("data-level", "info")
    expect(page.get_by_test_id("message")).to_contain_text("1")
    page.get_by_test_id("reset").click()
    expect(page.get_by_test_id("iteration")).to_have_text("0")
    assert page.errors == []


def test_korean_labels_after_switching_the_language(page, lab_url):
    _open(page, lab_url)
    expect(page.get_by_test_id("play")).to_contain_text("Play")
    page.get_by_test_id("language").select_option("ko")
    expect(page.get_by_test_id("play")).to_contain_text("실행")
    expect(page.locator("label[data-control='dataset'] span")).to_have_text("데이터셋")
    expect(page.locator("#panel-network h2")).to_have_text("신경망")
    assert page.evaluate("document.documentElement.lang") == "ko"
    assert "lang=ko" in page.url
    assert page.evaluate("document.fonts.load('16px \"Lab Sans\"', '학습률').then(faces => faces.length)") > 0
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    expect(page.get_by_test_id("epoch").locator("xpath=..")).to_contain_text("에포크")
    no_sideways_scroll = "document.documentElement.scrollWidth <= window.innerWidth"
    assert page.evaluate(no_sideways_scroll)  # 1366×768, a classroom projector
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.wait_for_timeout(300)
    assert page.evaluate(no_sideways_scroll)
    page.screenshot(path=str(SCREENSHOTS / "test_playground_1920x1080_ko.png"))
    assert page.errors == []


def test_a_setup_link_and_a_preset_link_load_their_setup(page, lab_url):
    setup = {"dataset": "xor", "features": ["x1", "x2", "x1x2"], "hidden": [{"units": 3, "activation": "relu"}],
             "learning_rate": 0.1, "batch_size": 5}
    _open(page, lab_url, f"?setup={_setup_link(setup)}")
    expect(page.get_by_test_id("dataset")).to_have_value("xor")
    expect(page.get_by_test_id("learning-rate")).to_have_value("0.1")
    expect(page.get_by_test_id("feature-x1x2")).to_be_checked()
    expect(page.get_by_test_id("units-1")).to_contain_text("3")
    expect(page.get_by_test_id("activation-1")).to_have_value("relu")
    presets = page.evaluate("fetch('/api/config').then(r => r.json()).then(c => c.presets.map(p => p.name))")
    assert presets
    name = presets[0]
    expected = page.evaluate(f"fetch('/api/presets/{name}').then(r => r.json()).then(p => p.setup)")
    _open(page, lab_url, f"?preset={name}")
    expect(page.get_by_test_id("dataset")).to_have_value(expected["dataset"])
    assert float(page.get_by_test_id("learning-rate").input_value()) == expected["learning_rate"]
    expect(page.get_by_test_id("message")).not_to_be_empty()
    expect(page.get_by_test_id("presets")).to_have_value(name)  # the projector shows which example this is
    assert "setup=" in page.url  # the address now carries the whole setup
    assert page.errors == []


def test_a_bad_csv_upload_shows_the_servers_error(page, lab_url):
    _open(page, lab_url)
    page.get_by_test_id("upload").set_input_files(files=[{
        "name": "bad.csv", "mimeType": "text/csv", "buffer": b"x1,x2,label\n1,2,0\nhello,3,1\n"}])
    message = page.get_by_test_id("message")
    expect(message).to_have_attribute("data-level", "error")
    expect(message).not_to_be_empty()
    expect(page.get_by_test_id("dataset")).to_have_value("circles")  # the old data stays
    page.errors = [e for e in page.errors if "status of 4" not in e]  # the refused upload's 4xx answer
    assert page.errors == []


def test_a_click_on_the_picture_adds_a_point_of_the_chosen_class(page, lab_url):
    setup = {"dataset": "xor", "n_samples": 40}
    with page.expect_response(lambda r: r.url.endswith("/api/setup")) as first:
        _open(page, lab_url, f"?setup={_setup_link(setup)}")
    before = first.value.json()["points"]
    zeros = (before["train"]["y"] + before["test"]["y"]).count(0)
    page.get_by_test_id("click-class-0").click()
    expect(page.get_by_test_id("click-class-0")).to_have_attribute("aria-checked", "true")
    box = page.get_by_test_id("boundary-canvas").bounding_box()
    with page.expect_response(lambda r: r.url.endswith("/api/data/points")) as answer:
        page.mouse.click(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.45)
    assert answer.value.status == 200
    points = answer.value.json()["points"]
    labels = points["train"]["y"] + points["test"]["y"]
    assert len(labels) == 41 and labels.count(0) == zeros + 1
    assert page.errors == []


def test_export_shows_pytorch_and_keras_code_and_downloads_the_model(page, lab_url):
    _open(page, lab_url)
    page.get_by_test_id("export").click()
    expect(page.get_by_test_id("export-dialog")).to_be_visible()
    page.get_by_test_id("export-pytorch").click()
    expect(page.get_by_test_id("export-code")).to_contain_text("torch")
    page.get_by_test_id("export-keras").click()
    expect(page.get_by_test_id("export-code")).to_contain_text("keras")
    expect(page.get_by_test_id("export-copy")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_test_id("export-model").click()
    assert download.value.suggested_filename.startswith("playground")
    page.get_by_test_id("export-close").click()
    expect(page.get_by_test_id("export-dialog")).to_be_hidden()
    assert page.errors == []
