// k nearest neighbours: drag (or click) the query point x, change k, the weights and p; the server finds the k
// nearest training points, their distances and weights, the vote and the regions (POST /api/lessons/knn).

import { fmt, initLesson, lessonApi, pairSlider, t, tex, texNum, throttle, h } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";
import { axisLabels, className, dataControls, drawPoints, keepPlot, legend, paintRegions, rgb }
  from "/static/lessons/knn/plane.js";

const state = { dataset: "moons", n_samples: 80, noise: null, seed: 0, n_neighbors: 5, weights: "uniform", p: 2,
  x: null };
let last = null;
let plot = null;
let regions = null;
let curve = null;
let curvePlot = null;
let needRegions = true;

const $ = (id) => document.getElementById(id);

function setControls() {
  $("k").value = state.n_neighbors;
  $("k-range").value = Math.min(30, state.n_neighbors);
  $("p").value = String(state.p);
  for (const b of document.querySelectorAll("[data-weights]")) {
    b.setAttribute("aria-selected", String(b.dataset.weights === state.weights));
  }
}

/** The points of the unit ball of the p-norm, scaled by r around (a, b): the neighbourhood's edge. */
function ball(a, b, r, p) {
  const xs = [];
  const ys = [];
  for (let i = 0; i <= 160; i += 1) {
    const s = (2 * Math.PI * i) / 160;
    const c = Math.cos(s);
    const d = Math.sin(s);
    const norm = (Math.abs(c) ** p + Math.abs(d) ** p) ** (1 / p);
    xs.push(a + (r * c) / norm);
    ys.push(b + (r * d) / norm);
  }
  return [xs, ys];
}

function drawPlane(out) {
  const data = out.data;
  plot = keepPlot(plot, $("plane"), data.extent, { width: 640, labels: axisLabels(state.dataset) });
  plot.clear();
  if (regions) paintRegions(plot, regions, data.classes.length);
  drawPoints(plot, data);
  const q = out.query;
  const [a, b] = q.x;
  const [xs, ys] = ball(a, b, q.radius, out.p);
  plot.curve(xs, ys, "#14181f", { width: 2.5, dash: "7 5" });
  for (const n of q.neighbours) {
    plot.segment(a, b, n.x[0], n.x[1], "#14181f", { width: 2 });
    const ring = plot.point(n.x[0], n.x[1], { r: 8, fill: rgb(n.y), stroke: "#14181f" });
    ring.setAttribute("stroke-width", 2.5);
    ring.style.pointerEvents = "none";
  }
  plot.point(a, b, { r: 13, fill: rgb(q.prediction), stroke: "#14181f", drag: onDrag, testid: "query" })
    .setAttribute("stroke-width", 5);
  plot.point(a, b, { r: 3.5, fill: "#14181f", stroke: "#14181f" }).style.pointerEvents = "none";
  const right = a < (data.extent[0] + data.extent[1]) / 2;
  plot.text(a, b, `x = (${fmt(a, 2)}, ${fmt(b, 2)})`, { dx: right ? 16 : -16, dy: -16, size: 19,
    anchor: right ? "start" : "end" });
  legend($("legend"), data);
}

function distanceTex(p, x, n) {
  const pairs = [0, 1].map((j) => `${texNum(x[j], 3)} - ${texNum(n.x[j], 3, { paren: true })}`);
  const near = "d(\\mathbf{x}, \\mathbf{x}_{(1)})";
  let general;
  let numbers;
  if (p === 2) {
    general = "\\sqrt{\\textstyle\\sum_j (x_j - x'_j)^2}";
    numbers = `\\sqrt{(${pairs[0]})^2 + (${pairs[1]})^2}`;
  } else if (p === 1) {
    general = "\\textstyle\\sum_j |x_j - x'_j|";
    numbers = `|${pairs[0]}| + |${pairs[1]}|`;
  } else {
    general = `\\big(\\textstyle\\sum_j |x_j - x'_j|^{${texNum(p)}}\\big)^{1/${texNum(p)}}`;
    numbers = `\\big(|${pairs[0]}|^{${texNum(p)}} + |${pairs[1]}|^{${texNum(p)}}\\big)^{1/${texNum(p)}}`;
  }
  return `\\begin{aligned} d(\\mathbf{x}, \\mathbf{x}') &= ${general} \\\\ ${near} &= ${numbers} \\\\ `
    + `&= \\mathbf{${texNum(n.distance)}} \\end{aligned}`;
}

function voteTex(out) {
  const q = out.query;
  const w = out.weights === "uniform" ? "w_i = 1" : "w_i = 1 / d(\\mathbf{x}, \\mathbf{x}_{(i)})";
  const lines = q.votes.map((v, c) => `P(${c} \\mid \\mathbf{x}) &= \\frac{${texNum(v, 3)}}{${texNum(q.total, 3)}} = ${
    c === q.prediction ? `\\mathbf{${texNum(q.proba[c], 3)}}` : texNum(q.proba[c], 3)}`);
  return `\\begin{aligned} P(c \\mid \\mathbf{x}) &= \\frac{\\sum_{i=1}^{k} w_i \\, [y_{(i)} = c]}{\\sum_{i=1}^{k} w_i} \\\\ `
    + `& ${w}, \\quad k = ${out.k} \\\\ ${lines.join(" \\\\ ")} \\\\ `
    + `\\hat{y} &= \\arg\\max_c P(c \\mid \\mathbf{x}) = \\mathbf{${q.prediction}} \\end{aligned}`;
}

/** Training (black) and test (red) accuracy for k = 1 … 30, the chosen k marked; a click on it chooses k. */
function drawCurve(out) {
  if (!curve) return;
  const K = curve.k.length;
  const low = Math.min(...curve.test, ...curve.train);
  const bottom = Math.max(0, Math.floor((low - 0.05) * 10) / 10);
  if (!curvePlot || curvePlot.K !== K || curvePlot.bottom !== bottom) {
    curvePlot = new Plot($("curve"), { x: [0.5, K + 0.5], y: [bottom, 1.0], xLabel: "k", yLabel: t("curve_axis"),
      width: 600, height: 330 });
    curvePlot.K = K;
    curvePlot.bottom = bottom;
  }
  curvePlot.clear();
  curvePlot.segment(out.k, bottom, out.k, 1.0, "#1f5fbf", { width: 3, dash: "6 5" });
  curvePlot.curve(curve.k, curve.train, "#14181f", { width: 3 });
  curvePlot.curve(curve.k, curve.test, "#c0392b", { width: 3.5 });
  const at = Math.min(out.k, K) - 1;
  curvePlot.point(curve.k[at], curve.test[at], { r: 7, fill: "#c0392b", stroke: "#ffffff" });
  curvePlot.text(out.k, bottom, `k = ${out.k}: ${fmt(curve.test[at], 3)}`, { dx: out.k > K / 2 ? -8 : 8, dy: -10,
    anchor: out.k > K / 2 ? "end" : "start", size: 17, fill: "#1f5fbf" });
}

function drawNumbers(out) {
  const q = out.query;
  tex($("distance-formula"), distanceTex(out.p, q.x, q.neighbours[0]));
  tex($("vote-formula"), voteTex(out));
  $("prediction").replaceChildren(h("span", { class: "swatch", style: `background:${rgb(q.prediction)}` }),
    className(out.data, q.prediction));
  $("prediction").dataset.value = String(q.prediction);
  $("acc-train").textContent = fmt(out.accuracy.train, 4, { fixed: true, ascii: true });
  $("acc-test").textContent = fmt(out.accuracy.test, 4, { fixed: true, ascii: true });
  const body = document.querySelector("[data-testid=neighbours] tbody");
  body.replaceChildren(...q.neighbours.map((n, i) => h("tr", {},
    h("td", { text: String(i + 1) }), h("td", { text: fmt(n.x[0], 3) }), h("td", { text: fmt(n.x[1], 3) }),
    h("td", { class: "text" }, h("span", { class: "swatch", style: `background:${rgb(n.y)}` }), className(out.data, n.y)),
    h("td", { text: fmt(n.distance, 4) }), h("td", { text: fmt(n.weight, 3) }))));
  const counts = q.votes.map((v, c) => `${className(out.data, c)}: ${fmt(v, 3)}`).join(", ");
  let verdict = t("verdict", { k: out.k, counts, name: className(out.data, q.prediction) });
  if (out.k === 1) verdict += ` ${t("k1_note")}`;
  else if (out.k >= 25) verdict += ` ${t("big_k_note")}`;
  $("verdict").textContent = verdict;
  $("engine-text").textContent = out.text;
}

async function update() {
  const withRegions = needRegions;
  let out;
  try {
    out = await lessonApi("knn", { ...state, regions: withRegions });
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  if (withRegions) {
    regions = out.regions;
    curve = out.curve;
    needRegions = false;
  }
  last = out;
  if (state.x === null) state.x = out.query.x; // the middle of the data, chosen by the server
  drawNumbers(out);
  drawPlane(out);
  drawCurve(out);
}

const refresh = throttle(update);

function changed({ data = false } = {}) {
  needRegions = true;
  if (data) state.x = null;
  refresh();
}

function onDrag(x1, x2) {
  const [a, b, c, d] = last.data.extent;
  state.x = [Math.round(Math.max(a, Math.min(b, x1)) * 1000) / 1000, Math.round(Math.max(c, Math.min(d, x2)) * 1000) / 1000];
  refresh();
}

async function main() {
  // a new language: redraw at once, and ask again for the engine's explanation in it
  await initLesson("knn", { onLang: () => {
    curvePlot = null; // its axis label is in the old language
    return last ? (drawNumbers(last), drawPlane(last), drawCurve(last), refresh()) : null;
  } });
  dataControls($("data"), state, () => changed({ data: true }));
  pairSlider($("k-range"), $("k"), (value) => {
    state.n_neighbors = Math.round(value);
    changed();
  });
  $("p").addEventListener("change", () => {
    state.p = Number($("p").value);
    changed();
  });
  for (const b of document.querySelectorAll("[data-weights]")) {
    b.addEventListener("click", () => {
      state.weights = b.dataset.weights;
      setControls();
      changed();
    });
  }
  $("curve").addEventListener("click", (event) => {
    if (!curvePlot || !curve) return;
    const k = Math.round(curvePlot.at(event)[0]);
    if (k < 1 || k > curve.k.length) return;
    state.n_neighbors = k;
    setControls();
    changed();
  });
  $("plane").addEventListener("pointerdown", (event) => {
    if (!plot || !last || event.target.dataset.testid === "query") return;
    plot.dragging = onDrag;
    plot.root.setPointerCapture(event.pointerId);
    onDrag(...plot.at(event));
  });
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
