// The perceptron ŷ = g(w₀ + x₁w₁ + x₂w₂): sliders for the weights, a point to drag, z term by term, ŷ, and the
// line w₀ + w₁x₁ + w₂x₂ = 0 over the plane shaded by ŷ. Numbers from POST /api/lessons/perceptron.

import { fmt, initLesson, lessonApi, pairSlider, t, tex, texNum, throttle } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";

const SLIDE = { w0: 1, w1: 3, w2: -2, x1: -1, x2: 2, activation: "sigmoid" };
const G = { sigmoid: "\\sigma", tanh: "\\tanh", relu: "\\mathrm{ReLU}", leaky_relu: "\\mathrm{LeakyReLU}", linear: "g" };
const BLUE = [43, 111, 214];
const ORANGE = [229, 131, 43];
const state = { ...SLIDE };
let last = null;
let plot = null;

const $ = (id) => document.getElementById(id);

function setControls() {
  for (const key of ["w0", "w1", "w2", "x1", "x2"]) {
    $(key).value = state[key];
    $(`${key}-range`).value = state[key];
  }
  $("activation").value = state.activation;
}

/** White on the line, blue where ŷ is above g(0), orange below; the stronger, the farther. */
function colourOf(threshold, scale) {
  return (v) => {
    const d = v - threshold;
    const k = Math.min(1, Math.abs(d) / scale) ** 0.7 * 0.75;
    const c = d > 0 ? BLUE : ORANGE;
    return c.map((ch) => Math.round(255 + (ch - 255) * k));
  };
}

function drawPlane(out) {
  const p = out.perceptron;
  const grid = out.grid;
  plot.clear();
  let scale = { sigmoid: 0.5, tanh: 1 }[p.activation];
  if (!scale) scale = Math.max(1e-9, ...grid.values.map((v) => Math.abs(v - p.threshold)));
  plot.heatmap(grid.values, grid.n, grid.extent, colourOf(p.threshold, scale));
  if (out.line) {
    const [[a, b], [c, d]] = out.line;
    plot.segment(a, b, c, d, "#14181f", { width: 4 });
    const end = b > d ? [a, b] : [c, d]; // the upper end of the line
    const at = [end[0] + ((a + c) / 2 - end[0]) * 0.25, end[1] + ((b + d) / 2 - end[1]) * 0.25];
    const left = at[0] > 0;
    plot.text(at[0], at[1], p.line, { dx: left ? -14 : 14, dy: 4, size: 20, anchor: left ? "end" : "start" });
  }
  plot.point(p.x[0], p.x[1], { r: 11, fill: "#14181f", drag: onDrag, testid: "point" });
  const right = p.x[0] < 1.5;
  plot.text(p.x[0], p.x[1], `(${fmt(p.x[0], 2)}, ${fmt(p.x[1], 2)})   ŷ = ${fmt(p.y_hat)}`, { dx: right ? 18 : -18,
    dy: -16, size: 20, anchor: right ? "start" : "end" });
}

function drawNumbers(out) {
  const p = out.perceptron;
  const g = G[p.activation];
  tex($("model-formula"), `\\hat{y} = g\\left(w_0 + x_1 w_1 + x_2 w_2\\right) = ${g}\\left(${p.line.replace(" = 0", "")
    .replace(/x₁/g, "x_1").replace(/x₂/g, "x_2").replace(/−/g, "-")}\\right)`);
  const products = p.terms.map((term) => `(${texNum(term.x)})(${texNum(term.w)})`).join(" + ");
  const values = p.terms.map((term) => texNum(term.product, 4, { paren: true })).join(" + ");
  tex($("z-terms"), `\\begin{aligned} z &= w_0 + x_1 w_1 + x_2 w_2 = ${texNum(p.w0)} + ${products} \\\\ `
    + `&= ${texNum(p.w0)} + ${values} = \\mathbf{${texNum(p.z)}} \\end{aligned}`);
  tex($("y-formula"), `\\hat{y} = g(z) = ${g}(${texNum(p.z)}) = \\mathbf{${texNum(p.y_hat)}}`);
  $("y-hat").textContent = fmt(p.y_hat, 4, { fixed: true, ascii: true });
  const cmp = p.y_hat < p.threshold ? "<" : p.y_hat > p.threshold ? ">" : "=";
  const threshold = fmt(p.threshold);
  if (p.side < 0) $("side").textContent = t("side_below", { threshold, cmp });
  else if (p.side > 0) $("side").textContent = t("side_above", { threshold, cmp });
  else $("side").textContent = t("side_on", { threshold });
  if (!out.line) $("side").textContent += ` ${t("no_line")}`;
  $("engine-text").textContent = out.text;
}

async function update() {
  let out;
  try {
    out = await lessonApi("perceptron", state);
  } catch {
    return; // the message area says what was wrong
  }
  if (!out) return;
  last = out;
  drawNumbers(out);
  drawPlane(out);
}

const refresh = throttle(update);

function onDrag(x1, x2) {
  state.x1 = Math.round(Math.max(-6, Math.min(6, x1)) * 10) / 10;
  state.x2 = Math.round(Math.max(-6, Math.min(6, x2)) * 10) / 10;
  setControls();
  refresh();
}

async function main() {
  await initLesson("perceptron", { onLang: () => (last ? update() : null) });
  plot = new Plot($("plane"), { x: [-6, 6], y: [-6, 6], xLabel: "x₁", yLabel: "x₂", width: 600, height: 560,
    square: true });
  for (const key of ["w0", "w1", "w2", "x1", "x2"]) {
    pairSlider($(`${key}-range`), $(key), (value) => {
      state[key] = value;
      refresh();
    });
  }
  $("activation").addEventListener("change", () => {
    state.activation = $("activation").value;
    refresh();
  });
  $("slide").addEventListener("click", () => {
    Object.assign(state, SLIDE);
    setControls();
    refresh();
  });
  setControls();
  await update();
  document.body.dataset.ready = "1";
}

main();
