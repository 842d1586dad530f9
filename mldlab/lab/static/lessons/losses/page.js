// Loss functions: each sample's loss ℒ⁽ⁱ⁾ with the numbers in, and J(W) = 1/n Σ ℒ⁽ⁱ⁾ — from POST /api/lessons/losses
// (mldlab.explain.loss). The slide's "will I pass this class?" students are the default data.

import { fmt, h, initLesson, lessonApi, t, tex } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";

const X = [[4, 5], [2, 1], [5, 8]]; // the slide's X: lectures attended, hours on the final project
const SLIDE = {
  bce: [{ y: 1, p: 0.1 }, { y: 0, p: 0.8 }, { y: 1, p: 0.6 }],
  mse: [{ y: 90, p: 30 }, { y: 20, p: 80 }, { y: 95, p: 85 }],
  cross_entropy: [{ y: 0, p: [0.7, 0.2, 0.1] }, { y: 2, p: [0.1, 0.3, 0.6] }, { y: 1, p: [0.2, 0.5, 0.3] }],
};
const FORMULA = {
  bce: "\\mathcal{L}(\\hat{y}, y) = -\\left[\\, y \\log \\hat{y} + (1 - y) \\log (1 - \\hat{y}) \\,\\right]",
  mse: "\\mathcal{L}(\\hat{y}, y) = (y - \\hat{y})^2",
  cross_entropy: "\\mathcal{L}(\\hat{y}, y) = -\\sum_{c} y_c \\log \\hat{y}_c = -\\log \\hat{y}_{y}",
};
const RISK = {
  bce: "J(\\mathbf{W}) &= -\\frac{1}{n} \\sum_{i=1}^{n} \\left[ y^{(i)} \\log \\hat{y}^{(i)} + (1 - y^{(i)}) \\log (1 - \\hat{y}^{(i)}) \\right]",
  mse: "J(\\mathbf{W}) &= \\frac{1}{n} \\sum_{i=1}^{n} \\left( y^{(i)} - \\hat{y}^{(i)} \\right)^2",
  cross_entropy: "J(\\mathbf{W}) &= \\frac{1}{n} \\sum_{i=1}^{n} \\mathcal{L}\\left(\\hat{y}^{(i)}, y^{(i)}\\right)",
};
const state = { name: "bce", rows: {} };
let last = null;
let plot = null;

const $ = (id) => document.getElementById(id);
const copy = (rows) => rows.map((r) => ({ ...r, p: Array.isArray(r.p) ? [...r.p] : r.p }));

function numberInput(value, onChange, testid, { step = 0.1, min = null, max = null } = {}) {
  const input = h("input", { type: "number", value, step, min, max, "data-testid": testid });
  input.addEventListener("change", () => {
    if (input.value === "" || !Number.isFinite(Number(input.value))) return;
    onChange(Number(input.value));
    update();
  });
  return input;
}

function head() {
  const classes = state.name === "cross_entropy";
  const cols = classes ? [t("col_sample"), t("col_y")] : [t("col_sample"), t("col_x1"), t("col_x2"), t("col_y")];
  if (classes) [0, 1, 2].forEach((c) => cols.push(t("col_p_class", { c })));
  else cols.push(t("col_p"));
  cols.push(t("col_loss"), t("col_expression"));
  $("samples-head").replaceChildren(h("tr", {}, ...cols.map((c) => h("th", { text: c }))));
}

function table(samples) {
  const rows = state.rows[state.name];
  const binary = state.name === "bce";
  $("samples").replaceChildren(...rows.map((row, i) => {
    const x = X[i] || ["—", "—"];
    const cells = [h("td", { text: String(i + 1) })];
    if (state.name === "cross_entropy") {
      const select = h("select", { "data-testid": `y-${i}` });
      [0, 1, 2].forEach((c) => select.add(new Option(String(c), String(c))));
      select.value = String(row.y);
      select.addEventListener("change", () => {
        row.y = Number(select.value);
        update();
      });
      cells.push(h("td", {}, select));
      row.p.forEach((v, c) => cells.push(h("td", {}, numberInput(v, (n) => (row.p[c] = n), `p-${i}-${c}`,
        { step: 0.05, min: 0, max: 1 }))));
    } else {
      cells.push(h("td", { text: String(x[0]) }), h("td", { text: String(x[1]) }));
      cells.push(h("td", {}, numberInput(row.y, (n) => (row.y = n), `y-${i}`,
        binary ? { step: 1, min: 0, max: 1 } : { step: 1 })));
      cells.push(h("td", {}, numberInput(row.p, (n) => (row.p = n), `p-${i}`,
        binary ? { step: 0.05, min: 0, max: 1 } : { step: 1 })));
    }
    const s = samples ? samples[i] : null;
    cells.push(h("td", { class: "value", "data-testid": `loss-${i}`, text: s ? fmt(s.loss) : "" }));
    cells.push(h("td", { class: "text mono", text: s ? s.expression : "" }));
    return h("tr", {}, ...cells);
  }));
}

function bars(samples) {
  const top = Math.max(1e-12, ...samples.map((s) => s.loss));
  $("bars").replaceChildren(h("div", { class: "note", text: t("bars_label") }), ...samples.map((s, i) => h("div",
    { class: "row", style: "flex-wrap: nowrap; gap: 8px; margin: 3px 0" },
    h("span", { class: "value", style: "width: 3.5em", text: `ℒ⁽${"⁰¹²³⁴⁵⁶⁷⁸⁹"[i + 1] || i + 1}⁾` }),
    h("span", { style: `display: inline-block; height: 22px; border-radius: 4px; background: #1f5fbf; width: ${
      Math.max(0.5, (60 * s.loss) / top)}%` }),
    h("span", { class: "value", text: fmt(s.loss) }))));
}

/** ℒ against ŷ (the server's curve) with each sample as a dot: on the y = 1 curve at ŷ, or at its true class. */
function drawCurve(out) {
  $("curve-box").hidden = !out.curve;
  if (!out.curve) return;
  const c = out.curve;
  plot.yLabel = t("curve_axis");
  plot.setLimits([0, 1], [0, 4.8]);
  plot.clear();
  plot.curve(c.p, c.y1, "#2b6fd6", { width: 4 });
  if (state.name === "bce") plot.curve(c.p, c.y0, "#e5832b", { width: 4 });
  out.loss.samples.forEach((s, i) => {
    const p = Array.isArray(s.y_pred) ? s.y_pred[s.y.indexOf(1)] : s.y_pred;
    const one = Array.isArray(s.y) || s.y === 1;
    plot.point(p, Math.min(s.loss, 4.8), { r: 8, fill: one ? "#2b6fd6" : "#e5832b" });
    plot.text(p, Math.min(s.loss, 4.8), `${i + 1}`, { dx: 10, dy: -10, size: 18 });
  });
  $("curve-note").textContent = t(`curve_${state.name}`);
}

function draw(out) {
  const loss = out.loss;
  $("example-title").textContent = t(`example_${state.name}`);
  $("example-note").textContent = t(`note_${state.name}`);
  head();
  table(loss.samples);
  tex($("formula"), FORMULA[state.name]);
  $("formula-note").textContent = t(`formula_${state.name}`);
  const terms = loss.samples.map((s) => fmt(s.loss, 4, { ascii: true })).join(" + ");
  tex($("risk-formula"), `\\begin{aligned} ${RISK[state.name]} \\\\ &= \\frac{1}{${loss.samples.length}}\\left(${terms}`
    + `\\right) = \\mathbf{${fmt(loss.risk, 4, { ascii: true })}} \\end{aligned}`);
  $("risk").textContent = fmt(loss.risk, 4, { fixed: true, ascii: true });
  bars(loss.samples);
  drawCurve(out);
  $("engine-text").textContent = out.text;
}

async function update() {
  const rows = state.rows[state.name];
  const body = { name: state.name, y_true: rows.map((r) => r.y), y_pred: rows.map((r) => r.p) };
  let out;
  try {
    out = await lessonApi("losses", body);
  } catch {
    head();
    table(null);
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
  await initLesson("losses", { onLang: () => (last ? update() : null) });
  for (const name of Object.keys(SLIDE)) state.rows[name] = copy(SLIDE[name]);
  plot = new Plot($("curve"), { x: [0, 1], y: [0, 4.8], xLabel: "ŷ", yLabel: t("curve_axis"), width: 620, height: 330 });
  for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => choose(b.dataset.name));
  $("add").addEventListener("click", () => {
    const rows = state.rows[state.name];
    if (rows.length >= 10) return;
    rows.push(copy([rows[rows.length - 1] || SLIDE[state.name][0]])[0]);
    update();
  });
  $("remove").addEventListener("click", () => {
    const rows = state.rows[state.name];
    if (rows.length > 1) rows.pop();
    update();
  });
  $("reset").addEventListener("click", () => {
    state.rows[state.name] = copy(SLIDE[state.name]);
    update();
  });
  await choose("bce");
  document.body.dataset.ready = "1";
}

main();
