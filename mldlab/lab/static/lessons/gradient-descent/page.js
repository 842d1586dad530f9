// Gradient descent step by step: w ← w − η ∂J/∂w on J(w) = (w − 3)² or on a bowl J(w₁, w₂). The server runs the
// steps with the engine (autograd for ∂J/∂w, optim.SGD for the update) from the start w every time, one step
// more than shown: that extra step's ∂J/∂w is the slope at the current w (the tangent drawn on the curve).

import { fmt, h, initLesson, lessonApi, showMessage, t, tex, texNum } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";

const START = { parabola: [-1], bowl: [-1, 5] };
const COST = {
  parabola: "J(w) = (w - 3)^2, \\qquad \\frac{\\partial J}{\\partial w} = 2(w - 3)",
  bowl: "J(w_1, w_2) = (w_1 - 3)^2 + 4\\,(w_2 - 2)^2",
};
const MAX_STEPS = 99;
const state = { function: "parabola", start: [...START.parabola], lr: 0.1, shown: 0 };
let plot = null;
let last = null;

const $ = (id) => document.getElementById(id);
const vec = (w, paren = false) => (w.length === 1 ? texNum(w[0], 4, { paren })
  : `(${w.map((v) => texNum(v)).join(",\\ ")})`);
const vecText = (w) => (w.length === 1 ? fmt(w[0]) : `(${w.map((v) => fmt(v)).join(", ")})`);

/** Dark blue at the bottom of the bowl, white at the top, in bands that read as contour lines. */
function bandColour(top) {
  const scale = Math.log1p(Math.max(top, 1e-9));
  const low = [13, 42, 92];
  const high = [244, 247, 251];
  return (v) => {
    const level = Math.log1p(Math.max(v, 0)) / scale; // 0 at the minimum, 1 at the highest value shown
    const k = Math.min(1, level + (Math.floor(level * 10) % 2 ? 0.06 : -0.03));
    return low.map((c, i) => Math.round(c + (high[i] - c) * Math.max(0, k)));
  };
}

function drawParabola(out, steps, current) {
  const c = out.curve;
  const top = Math.max(...c.J.filter((v) => v !== null));
  plot.setLimits([c.w[0], c.w[c.w.length - 1]], [-0.05 * top, top * 1.05]);
  plot.clear();
  plot.curve(c.w, c.J, "#1f5fbf", { width: 4 });
  plot.point(3, 0, { r: 6, fill: "#1d7a3e" });
  steps.forEach((s) => plot.segment(s.w[0], s.J, s.w_new[0], s.J_new, "#c0392b", { width: 3, arrow: true }));
  steps.forEach((s) => plot.point(s.w[0], s.J, { r: 6, fill: "#c0392b" }));
  if (current) {
    const [w] = current.w;
    const span = (c.w[c.w.length - 1] - c.w[0]) * 0.12;
    plot.segment(w - span, current.J - current.grad[0] * span, w + span, current.J + current.grad[0] * span, "#14181f",
      { width: 3 });
    plot.point(w, current.J, { r: 9, fill: "#14181f", testid: "current" });
    plot.text(w, current.J, `∂J/∂w = ${fmt(current.grad[0])}`, { dx: 14, dy: -14, size: 18 });
  }
}

function drawBowl(out, steps, current) {
  const g = out.grid;
  const [x0, x1, y0, y1] = g.extent;
  plot.setLimits([x0, x1], [y0, y1]);
  plot.clear();
  plot.heatmap(g.values, g.n, g.extent, bandColour(Math.max(...g.values)));
  plot.text(3, 2, "★", { anchor: "middle", dy: 11, size: 34, fill: "#f2b400", halo: false });
  steps.forEach((s) => plot.segment(s.w[0], s.w[1], s.w_new[0], s.w_new[1], "#c0392b", { width: 3.5, arrow: true }));
  steps.forEach((s) => plot.point(s.w[0], s.w[1], { r: 5, fill: "#c0392b" }));
  if (current) plot.point(current.w[0], current.w[1], { r: 9, fill: "#14181f", testid: "current" });
}

function drawTable(steps) {
  $("rows").replaceChildren(...steps.map((s, k) => h("tr", { class: k === steps.length - 1 ? "active" : null },
    h("td", { text: String(k + 1) }), h("td", { text: vecText(s.w) }), h("td", { text: fmt(s.J) }),
    h("td", { text: vecText(s.grad) }), h("td", { text: fmt(s.lr) }), h("td", { text: vecText(s.w_new) }),
    h("td", { text: fmt(s.J_new) }))));
  const wrap = $("rows").closest("div");
  wrap.scrollTop = wrap.scrollHeight;
}

function draw(out) {
  const steps = out.steps.slice(0, state.shown);
  const current = out.steps.length > state.shown ? out.steps[state.shown] : null;
  $("count").textContent = String(steps.length);
  tex($("cost"), COST[state.function]);
  const lastStep = steps[steps.length - 1];
  for (const li of $("algorithm").children) li.classList.toggle("now", Boolean(li.dataset.line) && Boolean(lastStep));
  if (lastStep) {
    const d = lastStep.w.length === 1 ? "\\frac{\\partial J}{\\partial w}" : "\\nabla J";
    tex($("update"), `\\begin{aligned} w &\\leftarrow w - \\eta\\, ${d} \\\\ &= ${vec(lastStep.w)} - ${texNum(lastStep.lr)}`
      + ` \\cdot ${vec(lastStep.grad, true)} \\\\ &= \\mathbf{${vec(lastStep.w_new)}}, \\quad J = ${texNum(lastStep.J_new)}`
      + " \\end{aligned}");
  } else {
    $("update").textContent = t("update_none");
  }
  $("plot-note").textContent = t(`note_${state.function}`);
  if (state.function === "parabola") drawParabola(out, steps, current);
  else drawBowl(out, steps, current);
  drawTable(steps);
  if (out.message) showMessage(out.message, "warning");
  else if (lastStep && lastStep.J_new > lastStep.J) showMessage(t("growing"), "warning");
  else if (current && Math.max(...current.grad.map(Math.abs)) < 1e-3) showMessage(t("done"), "info");
  else if (state.shown >= MAX_STEPS) showMessage(t("limit"), "info");
  $("step").disabled = $("step10").disabled = Boolean(out.message) || state.shown >= MAX_STEPS;
}

async function update() {
  const body = { function: state.function, w: state.start, lr: state.lr, steps: state.shown + 1 };
  let out;
  try {
    out = await lessonApi("gradient-descent", body);
  } catch {
    return;
  }
  if (!out) return;
  last = out;
  if (out.message) state.shown = Math.min(state.shown, out.steps.length);
  draw(out);
}

function setInputs() {
  $("w1").value = state.start[0];
  $("w2").value = state.start[1] ?? "";
  $("w2").hidden = state.start.length < 2;
  $("lr").value = state.lr;
}

function choose(name) {
  state.function = name;
  state.start = [...START[name]];
  state.shown = 0;
  for (const b of document.querySelectorAll("#tabs button")) b.setAttribute("aria-selected", b.dataset.name === name);
  setInputs();
  plot.xLabel = name === "parabola" ? "w" : "w₁";
  plot.yLabel = name === "parabola" ? "J(w)" : "w₂";
  plot.square = name === "bowl";
  return update();
}

async function main() {
  await initLesson("gradient-descent", { onLang: () => (last ? draw(last) : null) });
  plot = new Plot($("plot"), { x: [-2, 8], y: [0, 30], xLabel: "w", yLabel: "J(w)", width: 620, height: 500 });
  for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => choose(b.dataset.name));
  const restart = () => {
    const values = [Number($("w1").value), Number($("w2").value)].slice(0, state.start.length);
    const lr = Number($("lr").value);
    if (values.some((v) => !Number.isFinite(v)) || !Number.isFinite(lr)) return;
    state.start = values;
    state.lr = lr;
    state.shown = 0;
    update();
  };
  for (const id of ["w1", "w2", "lr"]) $(id).addEventListener("change", restart);
  $("step").addEventListener("click", () => {
    state.shown = Math.min(MAX_STEPS, state.shown + 1);
    update();
  });
  $("step10").addEventListener("click", () => {
    state.shown = Math.min(MAX_STEPS, state.shown + 10);
    update();
  });
  $("reset").addEventListener("click", () => {
    state.shown = 0;
    update();
  });
  await choose("parabola");
  document.body.dataset.ready = "1";
}

main();
