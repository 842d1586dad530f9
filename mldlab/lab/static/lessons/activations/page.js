// Activation functions: g and g′ plotted (numbers from POST /api/lessons/activations, computed by the engine's
// ops and backward()), values at chosen points, the range, when to use it, and the vanishing gradient.

import { fmt, h, initLesson, lessonApi, showMessage, t, tex } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";

const BLUE = "#1f5fbf";
const RED = "#c0392b";
const LATEX = {
  sigmoid: ["g(z) = \\sigma(z) = \\dfrac{1}{1 + e^{-z}}", "g'(z) = g(z)\\,(1 - g(z))"],
  tanh: ["g(z) = \\tanh(z) = \\dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}", "g'(z) = 1 - g(z)^2"],
  relu: ["g(z) = \\max(0, z)", "g'(z) = \\begin{cases} 1, & z > 0 \\\\ 0, & \\text{otherwise} \\end{cases}"],
  leaky_relu: ["g(z) = \\max(0.01\\,z,\\ z)", "g'(z) = \\begin{cases} 1, & z > 0 \\\\ 0.01, & \\text{otherwise} \\end{cases}"],
  linear: ["g(z) = z", "g'(z) = 1"],
};
const CODE = {
  sigmoid: ["tf.math.sigmoid(z)", "torch.sigmoid(z)"],
  tanh: ["tf.math.tanh(z)", "torch.tanh(z)"],
  relu: ["tf.nn.relu(z)", "torch.relu(z)"],
  leaky_relu: ["tf.nn.leaky_relu(z, alpha=0.01)", "F.leaky_relu(z)"],
  linear: ["z", "z"],
};
const state = { name: "sigmoid", points: [-6, -2, 0, 2, 6] };
let plot = null;
let last = null;

const $ = (id) => document.getElementById(id);

function parsePoints(text) {
  const parts = text.split(/[,\s]+/).filter((s) => s.length);
  const values = parts.map((s) => Number(s.replace("−", "-")));
  if (!values.length || values.length > 9 || values.some((v) => !Number.isFinite(v) || Math.abs(v) > 50)) return null;
  return values;
}

function vanishingText(v) {
  const layers = t("layers_list");
  const factors = v.layers.map((l) => fmt(l.factor, 6)).join(", ");
  if (state.name === "sigmoid" || state.name === "tanh") {
    return t("vanishing_shrinks", { peak: fmt(v.peak), peak_at: fmt(v.peak_at), far: fmt(v.far, 6),
      far_at: fmt(v.far_at), layers, factors });
  }
  if (state.name === "relu") return t("vanishing_relu", { layers, factors });
  if (state.name === "leaky_relu") return t("vanishing_leaky", { layers, factors });
  return t("vanishing_linear");
}

function draw(out) {
  const a = out.activation;
  const name = t(`name_${state.name}`);
  $("act-title").textContent = name;
  tex($("g-formula"), LATEX[state.name][0]);
  tex($("dg-formula"), LATEX[state.name][1].replace("otherwise", t("otherwise")));
  $("range").textContent = a.range;
  $("slide-note").textContent = t(`slide_${state.name}`);
  $("use").textContent = out.use;
  const [tf, torch] = CODE[state.name];
  $("code").textContent = t("code", { tf, torch });
  $("th-g").textContent = "g(z)";
  $("th-dg").textContent = "g′(z)";
  $("values").replaceChildren(...a.points.map((p) => h("tr", {},
    h("td", { text: fmt(p.z) }), h("td", { text: fmt(p.g) }), h("td", { text: fmt(p.dg) }))));
  $("legend-g").textContent = t("legend_g", { name: a.formula.split(" = ")[0] });
  $("legend-dg").textContent = t("legend_dg");
  $("vanishing").textContent = vanishingText(out.vanishing);
  $("engine-text").textContent = out.text;

  const c = out.curve;
  const all = [...c.g, ...c.dg];
  const lo = Math.min(0, ...all);
  const hi = Math.max(1, ...all);
  const pad = (hi - lo) * 0.08;
  plot.setLimits([-6, 6], [lo - pad, hi + pad]);
  plot.clear();
  plot.curve(c.z, c.dg, RED, { dash: "10 7", width: 4 });
  plot.curve(c.z, c.g, BLUE, { width: 4.5 });
  for (const p of a.points) {
    if (Math.abs(p.z) > 6) continue;
    plot.point(p.z, p.g, { r: 7, fill: BLUE });
    plot.point(p.z, p.dg, { r: 6, fill: RED });
  }
}

async function update() {
  let out;
  try {
    out = await lessonApi("activations", state);
  } catch {
    return;
  }
  if (!out) return;
  last = out;
  draw(out);
}

function choose(name) {
  state.name = name;
  for (const b of document.querySelectorAll("#tabs button")) b.setAttribute("aria-selected", b.dataset.name === name);
  return update();
}

async function main() {
  await initLesson("activations", { onLang: () => (last ? update() : null) });
  plot = new Plot($("plot"), { x: [-6, 6], y: [-0.1, 1.1], xLabel: "z", yLabel: "", width: 640, height: 420 });
  for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => choose(b.dataset.name));
  $("points").addEventListener("change", () => {
    const values = parsePoints($("points").value);
    if (!values) {
      $("points").setAttribute("aria-invalid", "true");
      showMessage(t("points_bad"), "error");
      return;
    }
    $("points").removeAttribute("aria-invalid");
    state.points = values;
    update();
  });
  const fromUrl = new URLSearchParams(location.search).get("name");
  await choose(LATEX[fromUrl] ? fromUrl : "sigmoid");
  document.body.dataset.ready = "1";
}

main();
