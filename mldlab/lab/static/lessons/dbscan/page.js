// DBSCAN: drag ε and min_samples and watch the core, border and noise points and the clusters change. The server
// runs DBSCAN and counts each point's neighbours within ε (POST /api/lessons/dbscan); hovering a point draws its
// ε-circle and writes its count against min_samples.

import { fmt, initLesson, lessonApi, pairSlider, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";
import { axisLabels, dataControls, keepPlot } from "/static/lessons/knn/plane.js";
import { clusterColour } from "/static/lessons/kmeans/clusters.js";

/** Each data set's noise and a first ε that finds its clusters (the moons and circles drawn less noisy). */
const START = { moons: { noise: 0.1, eps: 0.2 }, circles: { noise: 0.05, eps: 0.2 }, gaussians: { noise: null, eps: 0.8 },
  xor: { noise: null, eps: 0.2 }, pass_exam: { noise: null, eps: 1.5 } };
const state = { dataset: "moons", n_samples: 200, noise: 0.1, seed: 0, eps: 0.2, min_samples: 5 };
let last = null;
let plot = null;
let hovered = null;
let curvePlot = null;
let controls = null;
let shownDataset = state.dataset;

const $ = (id) => document.getElementById(id);

/** The ε slider's range for these points: from 1/400 to 1/4 of their larger side. */
function epsRange(extent) {
  const span = Math.max(extent[1] - extent[0], extent[3] - extent[2]);
  const step = 10 ** Math.floor(Math.log10(span / 400));
  const range = $("eps-range");
  range.min = String(step);
  range.max = String(Math.round(span / 4 / step) * step);
  range.step = String(step);
  range.value = String(state.eps);
}

function setControls() {
  $("eps").value = state.eps;
  $("eps-range").value = state.eps;
  $("min-samples").value = state.min_samples;
  $("min-range").value = Math.min(20, state.min_samples);
}

function circle(a, b, r) {
  const xs = [];
  const ys = [];
  for (let i = 0; i <= 120; i += 1) {
    xs.push(a + r * Math.cos((2 * Math.PI * i) / 120));
    ys.push(b + r * Math.sin((2 * Math.PI * i) / 120));
  }
  return [xs, ys];
}

function drawPlane() {
  const data = last.data;
  plot = keepPlot(plot, $("plane"), data.extent, { width: 640, labels: axisLabels(state.dataset) });
  plot.clear();
  data.x.forEach(([a, b], i) => {
    const kind = last.kind[i];
    const colour = clusterColour(last.labels[i]);
    const el = kind === "core" ? plot.point(a, b, { r: 7, fill: colour, stroke: "#ffffff" })
      : kind === "border" ? plot.point(a, b, { r: 4.5, fill: colour, stroke: "#14181f" })
        : plot.point(a, b, { r: 4.5, fill: "#ffffff", stroke: "#14181f" });
    el.setAttribute("stroke-width", kind === "core" ? 1.5 : 2);
    el.dataset.kind = kind;
    el.style.pointerEvents = "none";
  });
  if (hovered !== null && hovered < data.x.length) {
    const [a, b] = data.x[hovered];
    const [xs, ys] = circle(a, b, last.eps);
    plot.curve(xs, ys, "#14181f", { width: 2.5, dash: "7 5" });
    plot.segment(a, b, a + last.eps, b, "#14181f", { width: 2 });
    plot.text(a + last.eps, b, "ε", { dx: 6, dy: 6, size: 20 });
    const ring = plot.point(a, b, { r: 10, fill: "none", stroke: "#14181f" });
    ring.setAttribute("stroke-width", 3);
    ring.style.pointerEvents = "none";
  }
}

function drawNumbers() {
  const c = last.counts;
  $("n-clusters").textContent = String(c.clusters);
  $("n-core").textContent = String(c.core);
  $("n-border").textContent = String(c.border);
  $("n-noise").textContent = String(c.noise);
  tex($("rules-formula"), "N_\\varepsilon(\\mathbf{x}) = \\{\\, \\mathbf{x}' : \\lVert \\mathbf{x} - \\mathbf{x}' \\rVert "
    + `\\le \\varepsilon \\,\\}, \\quad \\varepsilon = ${texNum(last.eps, 4)}, \\; \\text{min\\_samples} = ${last.min_samples}`);
  if (hovered === null || hovered >= last.data.x.length) {
    $("point-formula").textContent = "";
    $("verdict").textContent = t("hover_hint");
  } else {
    const n = last.neighbours[hovered];
    const kind = last.kind[hovered];
    const sign = n >= last.min_samples ? "\\ge" : "<";
    tex($("point-formula"), `|N_\\varepsilon(\\mathbf{x}^{(${hovered})})| = \\mathbf{${n}} ${sign} ${last.min_samples}`);
    const label = last.labels[hovered];
    $("verdict").textContent = t(`verdict_${kind}`, { n, m: last.min_samples, cluster: label + 1 });
  }
  $("sizes").textContent = c.clusters ? t("sizes", { sizes: last.sizes.join(", ") }) : t("sizes_none");
}

/** Each point's distance to its min_samples-th nearest point (itself first), sorted; the line y = ε. */
function drawCurve() {
  const ks = last.k_distance;
  const n = ks.length;
  const top = Math.max(ks[n - 1], last.eps) * 1.08;
  curvePlot = new Plot($("curve"), { x: [0, n + 1], y: [0, top], xLabel: t("curve_x"),
    yLabel: t("curve_y", { m: last.min_samples }), width: 1200, height: 300 });
  curvePlot.curve(ks.map((_, i) => i + 1), ks, "#1f5fbf", { width: 3.5 });
  curvePlot.segment(0, last.eps, n + 1, last.eps, "#c0392b", { width: 3, dash: "8 5" });
  curvePlot.text(n + 1, last.eps, `ε = ${fmt(last.eps, 3)}`, { dx: -8, dy: -10, anchor: "end", size: 18,
    fill: "#c0392b" });
  const core = last.counts.core;
  if (core > 0 && core < n) curvePlot.segment(core + 0.5, 0, core + 0.5, top, "#4a5361", { width: 1.5, dash: "4 4" });
  const wide = core >= n / 4; // room under the curve's left part for the label
  curvePlot.text(wide ? core / 2 : core + 0.5, 0, t("curve_core", { n: core }), { dx: wide ? 0 : 8, dy: -10,
    anchor: wide ? "middle" : "start", size: 17 });
}

function draw() {
  if (!last) return;
  setControls();
  drawPlane();
  drawNumbers();
  drawCurve();
}

async function update() {
  let out;
  try {
    out = await lessonApi("dbscan", state);
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  last = out;
  epsRange(out.data.extent);
  draw();
}

const refresh = throttle(update);

function onHover(event) {
  if (!plot || !last) return;
  const [x1, x2] = plot.at(event);
  const scale = (plot.x[1] - plot.x[0]) / plot.box.w;
  let best = null;
  let bestD = (25 * scale) ** 2;
  last.data.x.forEach(([a, b], i) => {
    const d = (a - x1) ** 2 + (b - x2) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  });
  if (best !== hovered) {
    hovered = best;
    drawPlane();
    drawNumbers();
  }
}

async function main() {
  await initLesson("dbscan", { onLang: () => draw() });
  controls = dataControls($("data"), state, () => {
    if (state.dataset !== shownDataset) {
      shownDataset = state.dataset;
      Object.assign(state, START[state.dataset]);
      controls.show();
    }
    hovered = null;
    refresh();
  });
  pairSlider($("eps-range"), $("eps"), (value) => {
    if (!(value > 0)) return;
    state.eps = value;
    refresh();
  });
  pairSlider($("min-range"), $("min-samples"), (value) => {
    state.min_samples = Math.max(1, Math.round(value));
    refresh();
  });
  $("plane").addEventListener("pointermove", onHover);
  $("plane").addEventListener("pointerdown", onHover);
  $("curve").addEventListener("click", (event) => { // a click on the curve chooses ε
    if (!curvePlot) return;
    const eps = curvePlot.at(event)[1];
    if (!(eps > 0)) return;
    state.eps = Number(eps.toPrecision(3));
    refresh();
  });
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
