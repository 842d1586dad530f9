// k-means, one Lloyd step at a time: the learner places the starting centres by clicking (or lets k-means++ or a
// random draw choose them), then steps through (1) the assignment and (2) the update of each iteration, or runs
// to convergence. The server computes every iteration, its numbers and the inertia (POST /api/lessons/kmeans).
//
// The page shows phase p = 0 (the starting centres), 2s − 1 (iteration s: assignment) and 2s (iteration s: update).

import { fmt, h, initLesson, lessonApi, pairSlider, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";
import { axisLabels, dataControls, keepPlot } from "/static/lessons/knn/plane.js";
import { centre, drawClustered, pointText, swatch } from "/static/lessons/kmeans/clusters.js";

const MAX_K = 10;
const state = { dataset: "gaussians", n_samples: 150, noise: null, seed: 0, n_clusters: 3, init: "k-means++",
  centers: null, random_state: 0, point: 0 };
let phase = 0;
let chosen = 0; // the cluster whose update is written out
let automatic = "k-means++"; // the last init the server chose the centres with
let last = null;
let plot = null;
let curvePlot = null;
let timer = null;

const $ = (id) => document.getElementById(id);

function body() {
  const out = { ...state, step: Math.ceil(phase / 2) };
  if (state.init !== "given") delete out.centers;
  return out;
}

function stepCount() {
  return last ? last.steps.length : 0;
}

/** What phase p shows: the iteration s, the kind ("start" | "assign" | "update") and that step's numbers. */
function view(p = phase) {
  const s = Math.ceil(p / 2);
  const kind = p === 0 ? "start" : p % 2 === 1 ? "assign" : "update";
  return { s, kind, step: s > 0 ? last.steps[s - 1] : null };
}

function setControls() {
  $("k").value = state.n_clusters;
  $("k-range").value = Math.max(1, state.n_clusters);
  for (const b of document.querySelectorAll("[data-init]")) {
    b.setAttribute("aria-selected", String(b.dataset.init === state.init));
  }
  const end = 2 * stepCount();
  $("back").disabled = phase === 0;
  $("next").disabled = !last || phase >= end || placing();
  $("run").disabled = !last || placing() || (phase >= end && !timer);
  $("run").textContent = timer ? t("pause") : t("run");
}

/** The learner is placing centres and has none yet: nothing to compute. */
function placing() {
  return state.init === "given" && (!state.centers || state.centers.length === 0);
}

function startCentres() {
  if (state.init === "given") return state.centers || [];
  return last ? last.start : [];
}

function drawPlane() {
  const data = last.data;
  plot = keepPlot(plot, $("plane"), data.extent, { width: 640, labels: axisLabels(state.dataset) });
  plot.clear();
  const { kind, step } = view();
  drawClustered(plot, data.x, kind === "start" || placing() ? null : step.labels);
  const p = last.point;
  if (p && kind !== "start") {
    const ring = plot.point(p.x[0], p.x[1], { r: 11, fill: "none", stroke: "#14181f" });
    ring.setAttribute("stroke-width", 3.5);
    ring.style.pointerEvents = "none";
  }
  if (kind === "start" || placing()) {
    startCentres().forEach((c, j) => centre(plot, c, j, { drag: (x1, x2) => moveCentre(j, x1, x2) }));
  } else if (kind === "assign") {
    step.centers.forEach((c, j) => centre(plot, c, j));
  } else {
    step.centers.forEach((c, j) => centre(plot, c, j, { hollow: true }));
    step.centers.forEach((c, j) => {
      const to = step.new_centers[j];
      if (step.moves[j] > 0) plot.segment(c[0], c[1], to[0], to[1], "#14181f", { width: 3.5, arrow: true });
    });
    step.new_centers.forEach((c, j) => centre(plot, c, j));
  }
}

function phaseTitle() {
  const { s, kind } = view();
  if (placing()) return t("phase_place");
  if (kind === "start") return t("phase_start", { k: startCentres().length });
  return kind === "assign" ? t("phase_assign", { s }) : t("phase_update", { s });
}

function assignTex(p, k) {
  const rows = p.distances.map((d, j) => {
    const text = `\\lVert \\mathbf{x}^{(i)} - \\mu_{${j + 1}} \\rVert^2 = ${texNum(d, 4)}`;
    return j === p.nearest ? `\\mathbf{${text}}` : text;
  });
  const lines = [];
  for (let i = 0; i < rows.length; i += 2) lines.push(rows.slice(i, i + 2).join(", \\quad "));
  return `\\begin{gathered} c^{(i)} = \\arg\\min_{j} \\lVert \\mathbf{x}^{(i)} - \\mu_j \\rVert^2 \\\\ `
    + `\\mathbf{x}^{(i)} = (${texNum(p.x[0], 3)}, ${texNum(p.x[1], 3)}), \\; i = ${p.index} \\\\ ${lines.join(" \\\\ ")} `
    + `\\\\ c^{(i)} = \\mathbf{${p.nearest + 1}} \\; (k = ${k}) \\end{gathered}`;
}

function updateTex(step, j) {
  const n = step.counts[j];
  const general = `\\mu_{${j + 1}}^{\\text{new}} &= \\frac{1}{|C_{${j + 1}}|} \\sum_{i \\in C_{${j + 1}}} \\mathbf{x}^{(i)}`;
  if (n === 0) return `\\begin{aligned} ${general} \\quad (C_{${j + 1}} = \\varnothing) \\end{aligned}`;
  const sums = step.sums[j].map((v) => texNum(v, 3)).join(", ");
  const mean = step.new_centers[j].map((v) => texNum(v, 3)).join(", ");
  return `\\begin{aligned} ${general} \\\\ &= \\frac{1}{${n}} (${sums}) \\\\ &= \\mathbf{(${mean})} \\end{aligned}`;
}

function drawNumbers() {
  const { s, kind, step } = view();
  for (const li of document.querySelectorAll("#algorithm li")) {
    li.classList.toggle("now", li.dataset.step === kind || (kind !== "start" && li.dataset.step === "repeat"
      && phase === 2 * stepCount()));
  }
  $("phase").textContent = phaseTitle();
  $("iteration").textContent = String(s);
  const k = startCentres().length;
  if (kind === "start" || placing()) {
    $("inertia").textContent = "—";
    $("assign-note").textContent = t("assign_note_start");
    tex($("assign-formula"), "c^{(i)} = \\arg\\min_{j} \\lVert \\mathbf{x}^{(i)} - \\mu_j \\rVert^2");
    $("update-note").textContent = "";
    tex($("update-formula"), "\\mu_j^{\\text{new}} = \\frac{1}{|C_j|} \\sum_{i \\in C_j} \\mathbf{x}^{(i)}");
    tex($("inertia-formula"), "J = \\sum_{i=1}^{n} \\lVert \\mathbf{x}^{(i)} - \\mu_{c^{(i)}} \\rVert^2");
  } else {
    const J = kind === "assign" ? step.inertia : step.updated_inertia;
    $("inertia").textContent = fmt(J, J >= 100 ? 2 : 4, { fixed: true, ascii: true }); // six significant digits
    $("assign-note").textContent = t("assign_note", { s });
    if (last.point && last.step === s) tex($("assign-formula"), assignTex(last.point, k));
    const j = Math.min(chosen, k - 1);
    $("update-note").textContent = t("update_note", { j: j + 1 });
    tex($("update-formula"), updateTex(step, j));
    const centres = kind === "assign" ? "\\mu_{c^{(i)}}" : "\\mu^{\\text{new}}_{c^{(i)}}";
    tex($("inertia-formula"), `J = \\sum_{i=1}^{${last.data.x.length}} \\lVert \\mathbf{x}^{(i)} - ${centres} \\rVert^2 `
      + `= \\mathbf{${texNum(J, 4)}}`);
  }
  $("verdict").textContent = verdict();
  $("engine-text").textContent = last.text;
  $("plane-note").textContent = kind === "start" || placing() ? t("plane_note_start") : t("plane_note_steps");
}

function verdict() {
  if (placing()) return t("verdict_place");
  const S = stepCount();
  const { kind, step } = view();
  if (kind === "start") return t("verdict_start", { k: startCentres().length });
  if (phase < 2 * S) {
    return kind === "assign" ? t("verdict_assign", { J: fmt(step.inertia, 4) })
      : t("verdict_update", { J: fmt(step.updated_inertia, 4), shift: fmt(step.shift, 4) });
  }
  const same = S > 1 && last.steps[S - 1].labels.every((c, i) => c === last.steps[S - 2].labels[i]);
  let text = same ? t("verdict_done_same", { S }) : t("verdict_done_tol", { S });
  if (last.final.matches) text += ` ${t("verdict_kmeans", { J: fmt(last.final.inertia, 4) })}`;
  return text;
}

function drawTable() {
  const { kind, step } = view();
  const tbody = document.querySelector("[data-testid=clusters] tbody");
  const centres = kind === "start" || placing() ? startCentres() : step.centers;
  tbody.replaceChildren(...centres.map((c, j) => {
    const known = kind !== "start" && !placing();
    const row = h("tr", { "data-cluster": String(j) },
      h("td", { class: "text" }, swatch(j), String(j + 1)),
      h("td", { text: known ? String(step.counts[j]) : "—" }),
      h("td", { text: pointText(c) }),
      h("td", { text: known ? pointText(step.new_centers[j]) : "—" }),
      h("td", { text: known ? fmt(step.moves[j], 4) : "—" }));
    if (j === chosen) row.classList.add("chosen");
    row.addEventListener("click", () => {
      chosen = j;
      draw();
    });
    return row;
  }));
}

/** The inertia after each assignment (blue, at phase 2s − 1) and each update (red, at 2s) up to the phase shown,
 * which is ringed. */
function drawCurve() {
  const S = stepCount();
  if (!S || placing()) {
    $("curve").replaceChildren(); // no iterations yet
    return;
  }
  const xs = [];
  const ys = [];
  last.steps.forEach((step, i) => {
    xs.push(2 * i + 1, 2 * i + 2);
    ys.push(step.inertia, step.updated_inertia);
  });
  const top = Math.max(...ys) * 1.08;
  const bottom = Math.max(0, Math.min(...ys) - (top - Math.min(...ys)) * 0.1);
  curvePlot = new Plot($("curve"), { x: [0, 2 * S + 0.5], y: [bottom, top], xLabel: t("curve_x"),
    yLabel: t("curve_axis"), width: 600, height: 320 });
  const shown = xs.slice(0, phase); // the steps taken so far (the axes already fit them all)
  curvePlot.curve(shown, ys, "#4a5361", { width: 2.5 });
  shown.forEach((x, i) => {
    curvePlot.point(x, ys[i], { r: 6, fill: i % 2 === 0 ? "#1f5fbf" : "#c0392b", stroke: "#ffffff" });
  });
  if (phase > 0) {
    const ring = curvePlot.point(xs[phase - 1], ys[phase - 1], { r: 11, fill: "none", stroke: "#14181f" });
    ring.setAttribute("stroke-width", 3);
    const right = xs[phase - 1] > S;
    curvePlot.text(xs[phase - 1], ys[phase - 1], `J = ${fmt(ys[phase - 1], 2)}`, { dx: right ? -14 : 14, dy: -14,
      anchor: right ? "end" : "start", size: 18 });
  }
}

function draw() {
  if (!last) return;
  setControls();
  drawPlane();
  drawNumbers();
  drawTable();
  drawCurve();
  $("plane").dataset.phase = String(phase);
}

async function update() {
  if (placing()) {
    draw();
    return;
  }
  let out;
  try {
    out = await lessonApi("kmeans", body());
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  last = out;
  if (state.init !== "given") state.centers = null;
  phase = Math.min(phase, 2 * out.steps.length);
  chosen = Math.min(chosen, out.n_clusters - 1);
  draw();
}

const refresh = throttle(update);

function go(p) {
  phase = Math.max(0, Math.min(2 * stepCount(), p));
  draw();
  refresh(); // the chosen point's distances to this iteration's centres
}

function stop() {
  clearInterval(timer);
  timer = null;
  setControls();
}

function restart({ init = state.init } = {}) {
  stop();
  phase = 0;
  state.init = init;
  if (init !== "given") automatic = init;
  setControls();
  refresh();
}

function given(centres) {
  state.centers = centres.map(([a, b]) => [Math.round(a * 1000) / 1000, Math.round(b * 1000) / 1000]);
  state.n_clusters = Math.max(1, state.centers.length);
  restart({ init: "given" });
}

function moveCentre(j, x1, x2) {
  const [a, b, c, d] = last.data.extent;
  const centres = startCentres().map((p) => [...p]);
  centres[j] = [Math.max(a, Math.min(b, x1)), Math.max(c, Math.min(d, x2))];
  given(centres);
}

/** A click on the plane: at the start it places a centre; later it chooses the point whose distances are shown. */
function onPlaneClick(event) {
  if (!plot || !last || event.target.classList.contains("handle")) return;
  const [x1, x2] = plot.at(event);
  if (phase === 0) {
    const centres = startCentres();
    if (centres.length >= MAX_K) return;
    given([...centres, [x1, x2]]);
    return;
  }
  const scale = (plot.x[1] - plot.x[0]) / plot.box.w; // data units per pixel
  let best = -1;
  let bestD = (20 * scale) ** 2;
  last.data.x.forEach(([a, b], i) => {
    const d = (a - x1) ** 2 + (b - x2) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  });
  if (best >= 0) {
    state.point = best;
    refresh();
  }
}

async function main() {
  // a new language: redraw at once, and ask again for the engine's explanation in it
  await initLesson("kmeans", { onLang: () => (last ? (draw(), refresh()) : null) });
  dataControls($("data"), state, () => {
    state.point = 0;
    restart({ init: state.init === "given" ? automatic : state.init });
  });
  pairSlider($("k-range"), $("k"), (value) => {
    state.n_clusters = Math.max(1, Math.min(MAX_K, Math.round(value)));
    restart({ init: automatic });
  });
  for (const b of document.querySelectorAll("[data-init]")) {
    b.addEventListener("click", () => {
      if (b.dataset.init === "given") given([]);
      else restart({ init: b.dataset.init });
    });
  }
  $("new-start").addEventListener("click", () => {
    state.random_state += 1;
    restart({ init: automatic });
  });
  $("reset").addEventListener("click", () => {
    stop();
    go(0);
  });
  $("back").addEventListener("click", () => {
    stop();
    go(phase - 1);
  });
  $("next").addEventListener("click", () => {
    stop();
    go(phase + 1);
  });
  $("run").addEventListener("click", () => {
    if (timer) {
      stop();
      return;
    }
    timer = setInterval(() => {
      go(phase + 1);
      if (phase >= 2 * stepCount()) stop();
    }, 450);
    setControls();
  });
  document.addEventListener("keydown", (event) => { // a presenter's clicker or the arrow keys: one phase at a time
    if (event.target.closest("input, select, textarea") || event.altKey || event.ctrlKey || event.metaKey) return;
    if (["ArrowRight", "PageDown"].includes(event.key) && !$("next").disabled) $("next").click();
    else if (["ArrowLeft", "PageUp"].includes(event.key) && !$("back").disabled) $("back").click();
    else return;
    event.preventDefault();
  });
  $("plane").addEventListener("pointerdown", onPlaneClick);
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
