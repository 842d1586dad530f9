"""The playground's live views (static/playground/views/*.js) in Chromium, on the gallery page and on real states.

The gallery draws every view from fixed sample states (circles: P(class 1) = σ(3·(2.5 − r)), a known confusion
matrix, the slide's perceptron in the math panel), so the tests know which colour must be where. The last tests
feed the views the states of real ``Job``s (binary, multiclass, regression, the largest network) to check that the
views read the server's format, and time them.
"""

import json
import math
import pathlib

import pytest

GALLERY = "/static/playground/views/gallery.html"
SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"


@pytest.fixture
def gallery(page, lab_url):
    def open_gallery(lang="en"):
        page.goto(f"{lab_url}{GALLERY}?lang={lang}")
        page.wait_for_selector("body[data-ready=true]")
        page.evaluate("document.fonts.ready")
        return page

    return open_gallery


def _pixel(page, testid, x1, x2, selector="[data-testid=boundary-canvas]"):
    """[r, g, b] of the boundary canvas at the data point (x1, x2)."""
    return page.evaluate(
        """([testid, x1, x2, selector]) => {
            const el = document.querySelector(`[data-testid=${testid}]`);
            const [x, y] = window.gallery.views.boundary.toPixel(el, x1, x2);
            const canvas = el.querySelector(selector);
            const ratio = canvas.width / canvas.clientWidth;
            const d = canvas.getContext("2d").getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
            return [d[0], d[1], d[2]];
        }""",
        [testid, x1, x2, selector],
    )


def _inked(page, selector):
    """How many pixels of the canvas are not white or transparent."""
    return page.evaluate(
        """(selector) => {
            const canvas = document.querySelector(selector);
            const d = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
            let n = 0;
            for (let i = 0; i < d.length; i += 4) {
                if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++;
            }
            return n;
        }""",
        selector,
    )


def _mix(a, b, s):
    return [x + (y - x) * s for x, y in zip(a, b)]


def test_every_view_draws_from_the_sample_state(gallery):
    page = gallery("en")
    for selector in ["#boundary-binary canvas", "#boundary-multiclass canvas", "#boundary-regression canvas",
                     "[data-testid=neurons-canvas]", "[data-testid=network-canvas]",
                     "#curves [data-testid=loss-canvas]", "#curves [data-testid=accuracy-canvas]",
                     "#curves-regression [data-testid=loss-canvas]"]:
        assert _inked(page, selector) > 2000, selector
    assert page.locator("#curves-regression [data-testid=accuracy-canvas]").is_hidden()
    assert page.locator("#math .katex").count() > 5
    assert "σ" in page.locator("[data-testid=math-neuron]").inner_text() or page.locator(
        "[data-testid=math-neuron] .katex").count()
    assert page.errors == []


def test_boundary_colours_where_the_probability_says(gallery):
    page = gallery("en")
    middle, orange, blue = [247, 247, 245], [229, 131, 43], [43, 111, 214]

    def expected(x1, x2):  # the gallery's P(class 1), rounded to 3 decimals, on the map at strength 0.62
        p = round(1 / (1 + math.exp(-3 * (2.5 - math.hypot(x1, x2)))), 3)
        v = round((2 * p) * 127.5) / 127.5 - 1
        return _mix(middle, blue, 0.62 * v) if v >= 0 else _mix(middle, orange, -0.62 * v)

    # in the empty ring 2 < r < 3.5 and in a corner, where no point hides the map
    for x1, x2 in [(1.6, -1.6), (2.1, 2.1), (-2.0, 1.2), (5.6, -5.6)]:
        assert _pixel(page, "boundary-binary", x1, x2) == pytest.approx(expected(x1, x2), abs=8), (x1, x2)
    # on the P = 0.5 circle (r = 2.5) the boundary line is drawn in ink
    assert max(_pixel(page, "boundary-binary", 0.0, -2.5)) < 90
    # multiclass: class C (green, index 2) at the top, class A (orange) at the lower left
    r, g, b = _pixel(page, "boundary-multiclass", 3.5, 4.5)
    assert g > r + 40 and g > b
    r, g, b = _pixel(page, "boundary-multiclass", -4.5, -0.8)
    assert r > b + 60
    assert page.errors == []


def test_click_on_the_boundary_gives_data_coordinates(gallery):
    page = gallery("en")
    box = page.locator("#boundary-binary canvas").bounding_box()
    x, y = page.evaluate("window.gallery.views.boundary.toPixel(document.getElementById('boundary-binary'), 1.5, -2)")
    got = page.evaluate(
        """([cx, cy]) => window.gallery.views.boundary.toData(document.getElementById('boundary-binary'),
                                                             {clientX: cx, clientY: cy})""",
        [box["x"] + x, box["y"] + y],
    )
    assert got == pytest.approx([1.5, -2.0], abs=0.02)
    outside = page.evaluate(
        """([cx, cy]) => window.gallery.views.boundary.toData(document.getElementById('boundary-binary'),
                                                             {clientX: cx, clientY: cy})""",
        [box["x"] + 2, box["y"] + 2],
    )
    assert outside is None


def test_confusion_tables_show_the_counts_and_accuracy(gallery):
    page = gallery("en")
    binary = page.locator("#confusion-binary")
    assert [binary.get_by_test_id(f"confusion-{i}-{j}").inner_text() for i in (0, 1) for j in (0, 1)] == [
        "96", "4", "6", "94"]
    assert "95.0%" in binary.get_by_test_id("confusion-accuracy").inner_text()
    multi = page.locator("#confusion-multiclass")
    assert [multi.get_by_test_id(f"confusion-{i}-{i}").inner_text() for i in range(3)] == ["45", "44", "47"]
    assert "90.7% (136 of 150" in multi.get_by_test_id("confusion-accuracy").inner_text()
    assert multi.locator("th.mv-col").all_inner_texts() == ["A", "B", "C"]
    assert "no confusion matrix" in page.locator("#confusion-regression").inner_text()
    assert page.errors == []


def test_network_hover_shows_a_weight_and_clicks_select_neurons(gallery):
    page = gallery("en")
    el = "document.getElementById('network')"
    shapes = page.evaluate(f"window.gallery.views.network.targets({el})")
    edge = next(e for e in shapes["edges"] if e["kind"] == "edge" and (e["layer"], e["from"], e["to"]) == (1, 0, 0))
    page.locator("[data-testid=network-canvas]").scroll_into_view_if_needed()
    box = page.locator("[data-testid=network-canvas]").bounding_box()
    page.mouse.move(box["x"] + (edge["x0"] + edge["x1"]) / 2, box["y"] + (edge["y0"] + edge["y1"]) / 2)
    tip = page.get_by_test_id("network-tip")
    assert tip.text_content() == "x₁ → neuron 1 of layer 1:  w = 1.2"
    node = next(n for n in shapes["nodes"] if n["layer"] == 2 and n["unit"] == 3)
    page.mouse.click(box["x"] + node["x"], box["y"] + node["y"])
    assert page.evaluate("window.gallery.selected()") == {"layer": 2, "unit": 3}
    bias = next(e for e in page.evaluate(f"window.gallery.views.network.targets({el})")["edges"]
                if e["kind"] == "bias" and e["layer"] == 3)
    page.mouse.move(box["x"] + bias["box"][0] + bias["box"][2] / 2, box["y"] + bias["box"][1] + bias["box"][2] / 2)
    assert tip.text_content() == "bias of output:  w₀ = 0.35"
    page.locator("[data-testid=neurons-canvas]").scroll_into_view_if_needed()
    neurons = page.locator("[data-testid=neurons-canvas]").bounding_box()
    cell = next(c for c in page.evaluate("window.gallery.views.neurons.targets(document.getElementById('neurons'))")
                if (c["layer"], c["unit"]) == (1, 0))
    page.mouse.click(neurons["x"] + cell["x"] + cell["size"] / 2, neurons["y"] + cell["y"] + cell["size"] / 2)
    assert page.evaluate("window.gallery.selected()") == {"layer": 1, "unit": 0}
    assert page.errors == []


def test_loss_log_scale_toggle(gallery):
    page = gallery("en")
    canvas = "#curves [data-testid=loss-canvas]"
    before = page.evaluate(f"document.querySelector('{canvas}').toDataURL()")
    page.locator("#curves [data-testid=loss-log]").check()
    assert page.evaluate(f"document.querySelector('{canvas}').toDataURL()") != before
    assert "training loss 0.0656" in page.locator("#curves").inner_text()
    assert "accuracy: training 98.0%, test 95.0%" in page.locator("#curves").inner_text()
    assert page.errors == []


def test_gallery_in_korean(gallery):
    page = gallery("ko")
    text = page.locator("main").inner_text()
    for word in ["학습 데이터", "테스트 데이터", "학습 손실", "테스트 데이터 정확도: 95.0% (200개 중 190개 맞음)",
                 "1층 2번 뉴런", "로그 척도"]:
        assert word in text, word
    assert page.locator("#math .katex").count() > 5
    assert page.errors == []


def test_math_falls_back_to_plain_text_without_katex(gallery):
    page = gallery("en")
    text = page.evaluate(
        """() => {
            const el = document.createElement("div");
            document.querySelector("main").append(el);
            const katex = window.katex;
            window.katex = undefined;
            const state = window.gallery.samples.binary.state;
            window.gallery.views.math.render(el, state, {lang: "en", selected: {layer: 1, unit: 0},
                math: {neuron: {markdown: "**Perceptron $\\\\hat{y} = g(w_{0} + x^{T}w)$**"}, optimizer: null}});
            window.katex = katex;
            return el.querySelector("[data-testid=math-neuron]").innerText;
        }"""
    )
    assert text == "Perceptron ŷ = g(w0 + x^Tw)"
    gone = page.evaluate(
        """() => {
            const el = document.createElement("div");
            document.querySelector("main").append(el);
            const state = window.gallery.samples.binary.state;  // layers [2, 4, 4, 1]: layer 3 has one unit
            window.gallery.views.math.render(el, state, {lang: "en", selected: {layer: 3, unit: 2},
                math: {neuron: {markdown: "z"}, optimizer: null}});
            return el.querySelector("[data-testid=math-neuron]").innerText;
        }"""
    )
    assert gone.startswith("Click a neuron")
    assert page.errors == []


def test_canvases_are_sharp_on_a_hidpi_screen(browser, lab_url):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, device_scale_factor=2)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(f"{lab_url}{GALLERY}?lang=ko")
        page.wait_for_selector("body[data-ready=true]")
        sizes = page.evaluate("""() => [...document.querySelectorAll("canvas.mv-canvas")].filter((c) => !c.hidden)
            .map((c) => [c.width, c.clientWidth, c.height, c.clientHeight])""")
        assert len(sizes) >= 8
        for width, css_width, height, css_height in sizes:
            assert (width, height) == (2 * css_width, 2 * css_height)
        page.locator("#boundary-binary").screenshot(path=str(SCREENSHOTS / "views_boundary_hidpi_ko.png"))
    finally:
        context.close()
    assert errors == []


def _real_states():
    """States and points of real Jobs: the default setup, three Gaussians, the sine curve, the largest network."""
    from mldlab.lab.job import Job
    from mldlab.lab.spec import Setup

    base = Setup.defaults().model_dump()
    setups = {
        "binary": {},
        "multiclass": {"dataset": "gaussians", "output": "multiclass", "loss": "cross_entropy"},
        "regression": {"dataset": "sine", "output": "regression", "loss": "mse", "hidden": [
            {"units": 6, "activation": "tanh"}]},
        "largest": {"hidden": [{"units": 32, "activation": "relu"}] * 8,
                    "features": ["x1", "x2", "x1^2", "x2^2", "x1x2", "sin_x1", "sin_x2"]},
    }
    out = {}
    for name, change in setups.items():
        job = Job(Setup(**{**base, **change}))
        job.step("epoch" if name != "largest" else "iteration")
        out[name] = {"state": job.state(), "points": job.points()}
    return out


def test_views_draw_real_states_fast(gallery):
    page = gallery("en")
    states = _real_states()
    timings = page.evaluate(
        """(states) => {
            const v = window.gallery.views;
            const out = {};
            for (const [name, {state, points}] of Object.entries(states)) {
                const row = document.createElement("section");
                row.className = "panel wide";
                row.id = `real-${name}`;
                const els = ["boundary", "neurons", "network", "curves", "confusion"].map((view) => {
                    const el = document.createElement("div");
                    el.className = `real-${view}`;
                    row.append(el);
                    return [view, el];
                });
                document.querySelector("main").append(row);
                const opts = {points, selected: {layer: 1, unit: 0}, onSelect: () => {}};
                for (const [view, el] of els) v[view].render(el, state, opts);
                const t0 = performance.now();
                const rounds = 10;
                for (let k = 0; k < rounds; k++) for (const [view, el] of els) v[view].render(el, state, opts);
                out[name] = (performance.now() - t0) / rounds;
            }
            return out;
        }""",
        json.loads(json.dumps(states)),
    )
    for name in states:
        assert _inked(page, f"#real-{name} .real-boundary canvas") > 2000, name
        assert _inked(page, f"#real-{name} .real-network canvas") > 500, name
        # ms for all five views (the page redraws ≥ 10 times a second); about 5 times the idle figures, for a busy CI
        assert timings[name] < 250, (name, timings)
    cells = page.locator("#real-multiclass [data-testid^=confusion-]").all_inner_texts()
    matrix = states["multiclass"]["state"]["confusion"]["matrix"]
    assert sum(int(c) for c in cells if c.isdigit()) == sum(map(sum, matrix))
    print("ms per redraw of five views:", {k: round(v, 1) for k, v in timings.items()})
    # most states from the server carry no neuron pictures (detail=False): the views keep the last ones
    kept = page.evaluate(
        """(state) => {
            const v = window.gallery.views;
            const row = document.getElementById("real-binary");
            const names = ["neurons", "network"];
            const shots = () => names.map((name) => row.querySelector(`.real-${name} canvas`).toDataURL());
            const before = shots();
            const opts = {selected: {layer: 1, unit: 0}};
            const bare = {...state, neurons: null};
            for (const name of names) v[name].render(row.querySelector(`.real-${name}`), bare, opts);
            return JSON.stringify(before) === JSON.stringify(shots());
        }""",
        json.loads(json.dumps(states["binary"]["state"])),
    )
    assert kept
    assert page.errors == []
    for name in ["multiclass", "regression", "largest"]:  # a shorter page to screenshot
        page.evaluate(f"document.getElementById('real-{name}').remove()")


def test_math_view_asks_the_server_for_the_selected_neuron(gallery):
    page = gallery("en")
    answer = page.evaluate(
        """async () => {
            const session = (await (await fetch("/api/session", {method: "POST", body: "{}",
                headers: {"Content-Type": "application/json"}})).json()).session;
            const headers = {"Content-Type": "application/json", "X-Lab-Session": session, "X-Lab-Lang": "en"};
            const setup = await (await fetch("/api/setup", {method: "PUT", body: "{}", headers})).json();
            const asked = [];
            const api = async (path) => {
                asked.push(path);
                return (await fetch(path, {headers})).json();
            };
            const el = document.getElementById("math");
            window.gallery.views.math.render(el, setup.state, {api, lang: "en", selected: {layer: 2, unit: 3}});
            await new Promise((done) => setTimeout(done, 1500));
            return {asked, w: setup.state.network.weights[1][3]};
        }"""
    )
    assert answer["asked"] == ["/api/math/neuron?layer=1&unit=3", "/api/math/optimizer"]
    page.wait_for_function("document.querySelectorAll('#math .mv-math-formula .katex').length >= 2")
    neuron = page.get_by_test_id("math-neuron").inner_text()
    assert "Neuron 4 of layer 2" in page.locator("#math").inner_text()
    assert "z" in neuron and "tanh" in neuron
    assert page.locator("[data-testid=math-optimizer] details").count() >= 2
    assert page.errors == []
