// A random forest votes: every tree grows on its own bootstrap sample, trying max_features random features at each
// split; for a point x each tree gives its P(c | x) and its vote, the forest averages the P's (scikit-learn's
// predict_proba). The page shows the votes, the average, the forest's regions and a few trees' regions beside one
// tree grown on all the points. Numbers from POST /api/lessons/forest.

import { fmt, h, initLesson, lessonApi, pairSlider, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { axisLabels, className, dataControls, drawPoints, keepPlot, legend, paintRegions, planePlot, rgb }
  from "/static/lessons/knn/plane.js";

const TERMS = 4;
const state = { dataset: "moons", n_samples: 150, noise: 0.3, seed: 1, n_estimators: 25, max_features: "sqrt",
  bootstrap: true, max_depth: null, random_state: 0, trees: 4, x: null };
let last = null;
let plot = null;

const $ = (id) => document.getElementById(id);

function setControls() {
  $("m").value = state.n_estimators;
  $("m-range").value = state.n_estimators;
  $("max-features").value = String(state.max_features);
  $("max-depth").value = state.max_depth === null ? "none" : String(state.max_depth);
  $("bootstrap").checked = state.bootstrap;
}

function query(p, q, size) {
  p.point(q.x[0], q.x[1], { r: size, fill: rgb(q.prediction), stroke: "#14181f" }).setAttribute("stroke-width", 4);
  p.point(q.x[0], q.x[1], { r: size / 4, fill: "#14181f", stroke: "#14181f" }).style.pointerEvents = "none";
}

function drawPlane(out) {
  const data = out.data;
  plot = keepPlot(plot, $("plane"), data.extent, { width: 640, labels: axisLabels(state.dataset) });
  plot.clear();
  paintRegions(plot, out.regions, data.classes.length);
  drawPoints(plot, data);
  query(plot, out.query, 13);
  const [a, b] = out.query.x;
  const right = a < (data.extent[0] + data.extent[1]) / 2;
  plot.text(a, b, `x = (${fmt(a, 2)}, ${fmt(b, 2)})`, { dx: right ? 16 : -16, dy: -16, size: 19,
    anchor: right ? "start" : "end" });
  legend($("legend"), data);
}

function averageTex(out) {
  const q = out.query;
  const M = q.votes.length;
  const k = q.prediction;
  const column = q.tree_proba.map((p) => texNum(p[k], 3));
  const shown = M <= TERMS + 1 ? column : [...column.slice(0, TERMS), "\\cdots", column[M - 1]];
  return `\\begin{aligned} \\hat{p}(c \\mid \\mathbf{x}) &= \\frac{1}{M} \\sum_{m=1}^{M} p_m(c \\mid \\mathbf{x}) \\\\ `
    + `\\hat{p}(${k} \\mid \\mathbf{x}) &= \\frac{1}{${M}} \\left(${shown.join(" + ")}\\right) = \\mathbf{${
      texNum(q.proba[k], 4)}} \\end{aligned}`;
}

function drawVotes(out) {
  const q = out.query;
  const data = out.data;
  $("ballots").replaceChildren(...q.votes.map((v, m) => h("span", { class: m < out.trees.length ? "shown" : null,
    style: `background:${rgb(v)}`, title: `${m + 1}: ${className(data, v)}` })));
  const counts = q.counts.map((c, k) => t("count", { name: className(data, k), count: c })).join(", ");
  $("counts").textContent = t("counts", { m: q.votes.length, counts });
  tex($("average-formula"), averageTex(out));
  $("prediction").replaceChildren(h("span", { class: "swatch", style: `background:${rgb(q.prediction)}` }),
    className(data, q.prediction));
  $("prediction").dataset.value = String(q.prediction);
  $("majority").replaceChildren(h("span", { class: "swatch", style: `background:${rgb(q.majority)}` }),
    className(data, q.majority));
  $("agree").textContent = q.majority === q.prediction ? t("agree") : t("disagree");
  const acc = (v) => fmt(v, 4, { fixed: true, ascii: true });
  $("forest-train").textContent = acc(out.accuracy.train);
  $("forest-test").textContent = acc(out.accuracy.test);
  $("single-train").textContent = acc(out.single.accuracy.train);
  $("single-test").textContent = acc(out.single.accuracy.test);
}

function small(regions, data, q, caption, { inBag = null, cls = "" } = {}) {
  const holder = h("div");
  const figure = h("figure", { class: cls }, holder, h("figcaption", { text: caption }));
  const p = planePlot(holder, data.extent, { width: 300, labels: axisLabels(state.dataset) });
  paintRegions(p, regions, data.classes.length);
  data.train.x.forEach(([a, b], i) => {
    const count = inBag ? inBag[i] : 1;
    const dot = count > 0 ? p.point(a, b, { r: 3 + 2 * Math.min(count, 3), fill: rgb(data.train.y[i]) })
      : p.point(a, b, { r: 4, fill: "#ffffff", stroke: rgb(data.train.y[i]) });
    dot.setAttribute("stroke-width", count > 0 ? 1.5 : 2);
  });
  query(p, q, 9);
  return figure;
}

function drawTrees(out) {
  const q = out.query;
  const data = out.data;
  const figures = out.trees.map((tree) => {
    const vote = q.votes[tree.index];
    const caption = t("tree_caption", { m: tree.index + 1, name: className(data, vote),
      p: fmt(q.tree_proba[tree.index][vote], 2), acc: fmt(tree.test_accuracy, 3) });
    const figure = small(tree.regions, data, q, caption, { inBag: state.bootstrap ? tree.in_bag : null });
    figure.style.borderColor = rgb(vote);
    figure.dataset.testid = `tree-${tree.index + 1}`;
    return figure;
  });
  figures.unshift(small(out.single.regions, data, q, t("single_caption", { acc: fmt(out.single.accuracy.test, 3),
    leaves: out.single.leaves }), { cls: "single" }));
  $("trees").replaceChildren(...figures);
}

function draw(out) {
  drawPlane(out);
  drawVotes(out);
  drawTrees(out);
}

async function update() {
  let out;
  try {
    out = await lessonApi("forest", state);
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  last = out;
  if (state.x === null) state.x = out.query.x; // the middle of the data, chosen by the server
  draw(out);
}

const refresh = throttle(update);

function onPoint(x1, x2) {
  const [a, b, c, d] = last.data.extent;
  state.x = [Math.round(Math.max(a, Math.min(b, x1)) * 1000) / 1000, Math.round(Math.max(c, Math.min(d, x2)) * 1000) / 1000];
  refresh();
}

async function main() {
  await initLesson("forest", { onLang: () => (last ? draw(last) : null) });
  dataControls($("data"), state, () => {
    state.x = null;
    refresh();
  });
  pairSlider($("m-range"), $("m"), (value) => {
    state.n_estimators = Math.max(1, Math.min(100, Math.round(value)));
    refresh();
  });
  $("max-features").addEventListener("change", () => {
    const v = $("max-features").value;
    state.max_features = v === "sqrt" ? "sqrt" : Number(v);
    refresh();
  });
  $("max-depth").addEventListener("change", () => {
    state.max_depth = $("max-depth").value === "none" ? null : Number($("max-depth").value);
    refresh();
  });
  $("bootstrap").addEventListener("change", () => {
    state.bootstrap = $("bootstrap").checked;
    refresh();
  });
  $("reseed").addEventListener("click", () => {
    state.random_state += 1;
    refresh();
  });
  $("plane").addEventListener("pointerdown", (event) => {
    if (!plot || !last) return;
    onPoint(...plot.at(event));
  });
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
