// Principal component analysis of a 2-D or 3-D cloud: the principal axes from the mean, each √λⱼ long, their share
// of the variance, every point dropped onto the first m axes (its projection) and the error of that reconstruction.
// The learner shapes the correlated cloud (ρ and σ₂/σ₁) and watches the axes follow. The server runs PCA
// (POST /api/lessons/pca); a 3-D cloud is drawn on a canvas and turned by dragging.

import { fmt, h, initLesson, lessonApi, pairSlider, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";
import { axisLabels, className, keepPlot, rgb } from "/static/lessons/knn/plane.js";
import { subscript } from "/static/lessons/kmeans/clusters.js";
import { View3D } from "/static/lessons/pca/view3d.js";

const AXIS_COLOURS = ["#c0392b", "#1d7a3e", "#7b4fb8"];
const PLAIN = "#4a6fa5";
const FIXED = ["iris"]; // a fixed table: no number of points, no noise
const state = { dataset: "correlated", n_samples: 150, noise: null, seed: 0, correlation: 0.8, stretch: 1.0,
  n_components: 1, standardize: false };
let last = null;
let plot = null;
let view = null;

const $ = (id) => document.getElementById(id);

function colours(data) {
  return data.x.map((_, i) => (data.y ? rgb(data.y[i]) : PLAIN));
}

/** The extent widened to a square around the same centre, so that perpendicular axes look perpendicular. */
function square(extent) {
  const [a, b, c, d] = extent;
  const half = Math.max(b - a, d - c) / 2;
  const [mx, my] = [(a + b) / 2, (c + d) / 2];
  return [mx - half, mx + half, my - half, my + half];
}

function setControls() {
  $("data-set").value = state.dataset;
  $("data-n").value = state.n_samples;
  $("data-noise").value = state.noise === null ? "" : state.noise;
  $("data-seed").value = state.seed;
  $("standardize").checked = state.standardize;
  const fixed = FIXED.includes(state.dataset);
  $("data-n").disabled = fixed;
  $("data-noise").disabled = fixed || state.dataset === "correlated";
  $("data-seed").disabled = fixed;
  $("data-new").disabled = fixed;
  $("shape").hidden = state.dataset !== "correlated";
  $("rho").value = state.correlation;
  $("rho-range").value = state.correlation;
  $("stretch").value = state.stretch;
  $("stretch-range").value = state.stretch;
  const d = last ? last.dimensions : 2;
  const tabs = $("components");
  if (tabs.children.length !== d) {
    tabs.replaceChildren(...Array.from({ length: d }, (_, m) => h("button", { type: "button",
      "data-m": String(m + 1), "data-testid": `components-${m + 1}`, text: `m = ${m + 1}` })));
    for (const b of tabs.children) {
      b.addEventListener("click", () => {
        state.n_components = Number(b.dataset.m);
        setControls();
        refresh();
      });
    }
  }
  for (const b of tabs.children) b.setAttribute("aria-selected", String(Number(b.dataset.m) === state.n_components));
}

function legend() {
  const el = $("legend");
  el.replaceChildren();
  last.explained_variance.forEach((_, j) => {
    el.append(h("span", { class: "chip" }, h("i", { class: "dot", style: `background:${AXIS_COLOURS[j]}` }),
      t("axis_name", { j: j + 1, sub: subscript(j + 1) })));
  });
  const data = last.data;
  if (data.classes) {
    data.classes.forEach((_, k) => {
      el.append(h("span", { class: "chip" }, h("i", { class: "dot", style: `background:${rgb(k)}` }),
        data.classes[k] === "fail" || data.classes[k] === "pass" ? className(data, k) : data.classes[k]));
    });
  }
}

/** The end of axis j drawn from the mean: μ ± √λⱼ·vⱼ. */
function axisEnd(j, sign = 1) {
  const r = Math.sqrt(last.explained_variance[j]);
  return last.mean.map((m, i) => m + sign * r * last.components[j][i]);
}

function drawPlane() {
  const data = last.data;
  $("plane").hidden = false;
  $("view3d").hidden = true;
  plot = keepPlot(plot, $("plane"), square(data.extent), { width: 640, labels: axisLabels(state.dataset) });
  plot.clear();
  const show = $("show-drop").checked && state.n_components < 2;
  if (show) {
    const [a, b] = axisEnd(0, -6);
    const [c, d] = axisEnd(0, 6);
    plot.segment(a, b, c, d, AXIS_COLOURS[0], { width: 1.5, dash: "6 5" });
  }
  const pale = colours(data);
  data.x.forEach(([a, b], i) => {
    if (show) {
      const [p, q] = last.reconstruction[i];
      plot.segment(a, b, p, q, "#8a94a3", { width: 1.2 });
    }
    plot.point(a, b, { r: 5.5, fill: pale[i], stroke: "#ffffff" }).style.pointerEvents = "none";
  });
  if (show) {
    last.reconstruction.forEach(([p, q]) => {
      const el = plot.point(p, q, { r: 3.5, fill: AXIS_COLOURS[0], stroke: "#ffffff" });
      el.setAttribute("stroke-width", 1);
      el.style.pointerEvents = "none";
    });
  }
  last.components.forEach((_, j) => {
    const [a, b] = axisEnd(j);
    const [c, d] = axisEnd(j, -1);
    plot.segment(c, d, last.mean[0], last.mean[1], AXIS_COLOURS[j], { width: 5 });
    plot.segment(last.mean[0], last.mean[1], a, b, AXIS_COLOURS[j], { width: 5, arrow: true });
    plot.text(a, b, `PC${j + 1}`, { dx: 8, dy: -8, size: 20, fill: AXIS_COLOURS[j] });
  });
  plot.point(last.mean[0], last.mean[1], { r: 8, fill: "#14181f", stroke: "#ffffff" });
  plot.text(last.mean[0], last.mean[1], "μ", { dx: -12, dy: 22, size: 20, anchor: "end" });
}

function draw3d() {
  $("plane").hidden = true;
  const canvas = $("view3d");
  canvas.hidden = false;
  if (!view) view = new View3D(canvas);
  const data = last.data;
  const radius = 2.8 * Math.sqrt(last.explained_variance[0]); // nearly all of the cloud fits, turned any way
  const scale = 1.6 * Math.sqrt(last.explained_variance[0]);
  const lines = [];
  const show = $("show-drop").checked && state.n_components < 3;
  if (show) {
    data.x.forEach((x, i) => lines.push({ from: x, to: last.reconstruction[i], colour: "#8a94a3", width: 1, behind: true }));
  }
  const labels = [];
  [0, 1, 2].forEach((i) => { // the coordinate axes, for orientation
    const end = last.mean.map((m, k) => m + (k === i ? scale : 0));
    lines.push({ from: last.mean, to: end, colour: "#8a94a3", width: 1.5, dash: [5, 4], behind: true });
    labels.push({ at: end, text: `x${subscript(i + 1)}`, colour: "#4a5361" });
  });
  last.components.forEach((_, j) => {
    lines.push({ from: axisEnd(j, -1), to: last.mean, colour: AXIS_COLOURS[j], width: 4 });
    lines.push({ from: last.mean, to: axisEnd(j), colour: AXIS_COLOURS[j], width: 4, arrow: true });
    labels.push({ at: axisEnd(j), text: `PC${j + 1}`, colour: AXIS_COLOURS[j] });
  });
  const points = show ? [...data.x, ...last.reconstruction] : data.x;
  const cols = colours(data);
  const all = show ? [...cols, ...last.reconstruction.map(() => AXIS_COLOURS[0])] : cols;
  view.draw({ points, colours: all, lines, labels, centre: last.mean, radius });
}

function matrixTex(rows) {
  return `\\begin{pmatrix} ${rows.map((r) => r.map((v) => texNum(v, 3)).join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;
}

function vectorTex(v) {
  return `(${v.map((x) => texNum(Math.abs(x) < 5e-4 ? 0 : x, 3)).join(", ")})^{\\top}`; // 3 decimals, no 10⁻⁴
}

function drawNumbers() {
  const n = last.n_samples;
  const m = last.n_components;
  const d = last.dimensions;
  tex($("cov-formula"), `\\begin{aligned} \\Sigma &= \\tfrac{1}{${n} - 1} \\textstyle\\sum_{i} (\\mathbf{x}^{(i)} - \\mu)`
    + `(\\mathbf{x}^{(i)} - \\mu)^{\\top} \\\\ &= ${matrixTex(last.covariance)} \\end{aligned}`);
  const axes = last.components.map((v, j) => `\\mathbf{v}_{${j + 1}} &= ${vectorTex(v)}, \\quad \\lambda_{${j + 1}} = `
    + `\\mathbf{${texNum(last.explained_variance[j], 4)}}`);
  tex($("axes-formula"), `\\begin{aligned} \\Sigma \\mathbf{v}_j &= \\lambda_j \\mathbf{v}_j \\\\ ${axes.join(" \\\\ ")} \\end{aligned}`);
  const lost = Array.from({ length: d - m }, (_, j) => `\\lambda_{${m + j + 1}}`).join(" + ") || "0";
  tex($("error-formula"), `\\begin{aligned} \\hat{\\mathbf{x}} &= \\mu + \\textstyle\\sum_{j \\le ${m}} z_j \\mathbf{v}_j, `
    + `\\quad z_j = \\mathbf{v}_j^{\\top} (\\mathbf{x} - \\mu) \\\\ `
    + `\\tfrac{1}{n} \\textstyle\\sum_i \\lVert \\mathbf{x}^{(i)} - \\hat{\\mathbf{x}}^{(i)} \\rVert^2 `
    + `&= \\mathbf{${texNum(last.reconstruction_error, 4)}} = \\tfrac{n - 1}{n} (${lost}) \\end{aligned}`);
  $("pc1-share").textContent = `${fmt(100 * last.explained_variance_ratio[0], 1)} %`;
  $("error").textContent = fmt(last.reconstruction_error, 4, { fixed: true, ascii: true });
  $("corr-box").hidden = last.correlation === null;
  $("corr").textContent = last.correlation === null ? "" : fmt(last.correlation, 3, { fixed: true });
  const kept = last.explained_variance_ratio.slice(0, m).reduce((a, b) => a + b, 0);
  $("verdict").textContent = m === d ? t("verdict_all", { d }) : t("verdict_keep", { m, d, share: fmt(100 * kept, 1) });
  $("engine-text").textContent = last.text;
  $("plane-note").textContent = d === 3 ? t("note_3d") : t("note_2d");
  $("plane-title").textContent = d === 3 ? t("plane_title_3d") : t("plane_title");
}

/** Each component's share of the variance as a bar, the kept ones full, the dropped ones pale. */
function drawBars() {
  const ratios = last.explained_variance_ratio;
  const d = ratios.length;
  const bars = new Plot($("bars"), { x: [0.4, d + 0.6], y: [0, 1.08], xLabel: t("bars_x"), yLabel: t("bars_y"),
    width: 600, height: 300 });
  ratios.forEach((r, j) => {
    const kept = j < last.n_components;
    const X = bars.px(j + 1 - 0.3);
    const Y = bars.py(r);
    const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    Object.entries({ x: X, y: Y, width: bars.px(j + 1 + 0.3) - X, height: bars.py(0) - Y, fill: AXIS_COLOURS[j],
      "fill-opacity": kept ? 0.9 : 0.3, stroke: AXIS_COLOURS[j], "stroke-width": 2 })
      .forEach(([k, v]) => rect.setAttribute(k, v));
    bars.front.append(rect);
    bars.text(j + 1, r, `${fmt(100 * r, 1)} %`, { dy: -8, anchor: "middle", size: 19 });
  });
  for (const el of bars.axes.querySelectorAll("text[text-anchor=middle]:not(.axis-label)")) { // PC1, PC2 … as ticks
    const v = Number(el.textContent);
    if (Number.isInteger(v) && v >= 1 && v <= d) el.textContent = `PC${v}`;
    else el.remove();
  }
}

/** The scores z₁ = v₁ᵀ(x − μ): every point dropped onto the first axis, drawn on a line. */
function drawStrip() {
  const z = last.scores.map((s) => s[0]);
  const low = Math.min(...z);
  const high = Math.max(...z);
  const pad = Math.max(0.05 * (high - low), 0.05);
  const strip = new Plot($("strip"), { x: [low - pad, high + pad], y: [-1, 1], xLabel: "z₁ = v₁ᵀ(x − μ)", width: 600,
    height: 170, margin: { left: 20, right: 18, top: 12, bottom: 52 } });
  strip.axes.querySelectorAll("text:not(.axis-label)").forEach((el) => {
    if (Number.isNaN(Number(el.textContent.replace("−", "-")))) return;
    if (el.getAttribute("text-anchor") === "end") el.remove(); // no y ticks: the strip has one dimension
  });
  strip.segment(low - pad, 0, high + pad, 0, AXIS_COLOURS[0], { width: 2 });
  const cols = colours(last.data);
  z.forEach((v, i) => {
    const el = strip.point(v, (((i * 0.618034) % 1) - 0.5) * 1.3, { r: 6, fill: cols[i], stroke: "#ffffff" });
    el.setAttribute("fill-opacity", 0.75);
  });
}

function draw() {
  if (!last) return;
  setControls();
  legend();
  if (last.dimensions === 3) draw3d();
  else drawPlane();
  drawNumbers();
  drawBars();
  drawStrip();
}

async function update() {
  let out;
  try {
    out = await lessonApi("pca", state);
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  last = out;
  draw();
}

const refresh = throttle(update);

function number(box, key, { whole = true, empty = undefined } = {}) {
  box.addEventListener("change", () => {
    if (box.value === "" && empty !== undefined) state[key] = empty;
    else if (box.value !== "" && Number.isFinite(Number(box.value))) state[key] = whole ? Math.round(Number(box.value)) : Number(box.value);
    else return;
    refresh();
  });
}

async function main() {
  // a new language: redraw at once, and ask again for the engine's explanation in it
  await initLesson("pca", { onLang: () => (last ? (draw(), refresh()) : null) });
  $("data-set").addEventListener("change", () => {
    state.dataset = $("data-set").value;
    state.noise = null;
    state.n_components = 1;
    plot = null;
    setControls();
    refresh();
  });
  number($("data-n"), "n_samples");
  number($("data-noise"), "noise", { whole: false, empty: null });
  number($("data-seed"), "seed");
  $("data-new").addEventListener("click", () => {
    state.seed += 1;
    setControls();
    refresh();
  });
  $("standardize").addEventListener("change", () => {
    state.standardize = $("standardize").checked;
    plot = null;
    refresh();
  });
  $("show-drop").addEventListener("change", () => draw());
  pairSlider($("rho-range"), $("rho"), (value) => {
    state.correlation = Math.max(-0.99, Math.min(0.99, value));
    refresh();
  });
  pairSlider($("stretch-range"), $("stretch"), (value) => {
    state.stretch = Math.max(0.2, Math.min(5, value));
    refresh();
  });
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
