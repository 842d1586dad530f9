// Backpropagation on a tiny network (2-2-1, or the slide's 1-1-1 chain): forward values in the nodes, weights on
// the edges, and for the chosen weight ∂J/∂w as the product of local derivatives along each path, next to autograd's
// value. Everything from POST /api/lessons/backprop (mldlab.explain.forward, backprop and gradient_step).

import { fmt, h, initLesson, lessonApi, t, tex, texNum } from "/static/lessons/common/lesson.js";
import { drawNetwork } from "/static/lessons/backprop/network.js";

const SUB = "₀₁₂₃₄₅₆₇₈₉";
const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const START = {
  "2-2-1": { x: [4, 5], y: 1, w1: [[0.2, -0.1], [-0.3, 0.2]], b1: [0, 0.1], w2: [[0.5, -0.4]], b2: [0.1] },
  "1-1-1": { x: [2], y: 1, w1: [[0.5]], b1: [-0.5], w2: [[1.5]], b2: [-0.5] },
};
const state = { shape: "2-2-1", activation: "sigmoid", loss: "bce", lr: 0.5, ...structuredClone(START["2-2-1"]) };
let last = null;
let order = []; // weight entries from the output back to the input
let chosen = 0;
let before = null; // J before the last gradient step

const $ = (id) => document.getElementById(id);

/** A symbol of the engine ("w⁽¹⁾₁,₂", "z₂,₁", "ŷ") in LaTeX. */
function symTex(s) {
  return s.replace(/ŷ/g, "\\hat{y}")
    .replace(/⁽([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾/g, (_, d) => `^{(${[...d].map((c) => SUP.indexOf(c)).join("")})}`)
    .replace(/([₀-₉]+(?:,[₀-₉]+)*)/g, (_, d) => `_{${[...d].map((c) => (c === "," ? "," : SUB.indexOf(c))).join("")}}`);
}

/** "∂A/∂B" as a LaTeX fraction. */
function partialTex(symbol) {
  const m = symbol.match(/^∂(.+)\/∂(.+)$/);
  return m ? `\\frac{\\partial ${symTex(m[1])}}{\\partial ${symTex(m[2])}}` : symTex(symbol);
}

function valueOf(w) {
  const table = { "0.weight": state.w1, "0.bias": state.b1, "2.weight": state.w2, "2.bias": state.b2 }[w.parameter];
  return w.index.length === 2 ? table[w.index[0]][w.index[1]] : table[w.index[0]];
}

function network() {
  drawNetwork($("network"), last, { x: state.x, path: order[chosen], valueOf,
    onPick: (w) => choose(order.findIndex((o) => o.symbol === w.symbol)) });
}

function drawChain(out) {
  const w = order[chosen];
  if (!w) return;
  $("chain-title").textContent = t("chain_title", { symbol: w.symbol });
  const lines = w.paths.map((route) => {
    const symbols = route.factors.map((f) => partialTex(f.symbol)).join(" \\cdot ");
    const numbers = route.factors.map((f) => `(${texNum(f.value)})`).join("");
    return `&= ${symbols} \\\\ &= ${numbers} \\\\ &= \\mathbf{${texNum(route.product)}}`;
  });
  tex($("chain"), `\\begin{aligned} \\frac{\\partial J}{\\partial ${symTex(w.symbol)}} ${lines.join(" \\\\ ")} \\end{aligned}`);
  const fields = { n: w.paths.length, gradient: fmt(w.gradient, 6), autograd: fmt(w.autograd, 6) };
  $("check").textContent = w.matches ? t("check_ok", fields) : t("check_bad", fields);
  $("factors").replaceChildren(...w.paths[0].factors.map((f) => h("tr", {},
    h("td", { class: "text", text: f.symbol }), h("td", { class: "text", text: f.rule || "" }),
    h("td", { text: fmt(f.value) }))));
  for (const row of $("gradients").children) row.classList.toggle("active", row.dataset.symbol === w.symbol);
}

function drawGradients(out) {
  $("gradients").replaceChildren(...order.map((w, i) => {
    const row = h("tr", { "data-symbol": w.symbol, style: "cursor: pointer" },
      h("td", { class: "text", text: w.symbol }), h("td", { text: fmt(valueOf(w)) }),
      h("td", { class: "value", text: fmt(w.gradient) }), h("td", { text: `${fmt(w.autograd)} ${w.matches ? "✓" : "✗"}` }));
    row.addEventListener("click", () => choose(i));
    return row;
  }));
  $("loss-value").textContent = t("loss_now", { value: fmt(out.backprop.value, 4) });
  $("step-result").textContent = out.step ? t("step_done", { before: fmt(before, 4), after: fmt(out.backprop.value, 4) })
    : "";
  $("engine-text").textContent = out.step_text ? `${out.step_text}\n\n${out.text}` : out.text;
}

function choose(i) {
  if (!last || i < 0) return;
  chosen = (i + order.length) % order.length;
  network();
  drawChain(last);
}

function draw(out) {
  order = [...out.backprop.weights].sort((a, b) => b.layer - a.layer);
  chosen = Math.min(chosen, order.length - 1);
  drawGradients(out);
  network();
  drawChain(out);
}

function weightInputs() {
  const box = $("weights");
  box.replaceChildren();
  const grid = (label, matrix, bias, key) => {
    const table = h("table", { class: "numbers" });
    matrix.forEach((row, i) => {
      const cells = row.map((v, j) => numberCell(v, (n) => (state[key][i][j] = n), `${key}-${i}-${j}`));
      cells.push(numberCell(bias[i], (n) => (state[key === "w1" ? "b1" : "b2"][i] = n), `${key === "w1" ? "b1" : "b2"}-${i}`));
      table.append(h("tr", {}, ...cells));
    });
    box.append(h("div", { class: "note", text: label }), table);
  };
  grid(t("layer1"), state.w1, state.b1, "w1");
  grid(t("layer2"), state.w2, state.b2, "w2");
}

function numberCell(value, onChange, testid) {
  const input = h("input", { type: "number", value: String(value), step: "0.1", "data-testid": testid });
  input.addEventListener("change", () => {
    if (input.value === "" || !Number.isFinite(Number(input.value))) return;
    onChange(Number(input.value));
    update();
  });
  return h("td", {}, input);
}

function setInputs() {
  $("shape").value = state.shape;
  $("activation").value = state.activation;
  $("loss").value = state.loss;
  $("x1").value = state.x[0];
  $("x2").value = state.x[1] ?? "";
  $("x2-field").hidden = state.x.length < 2;
  $("y").value = state.y;
  $("lr").value = state.lr;
  weightInputs();
}

function body(step) {
  const { x, y, w1, b1, w2, b2, activation, loss, lr } = state;
  return { x, y, w1, b1, w2, b2, activation, loss, lr, step };
}

async function update(step = false) {
  let out;
  try {
    out = await lessonApi("backprop", body(step));
  } catch {
    return;
  }
  if (!out) return;
  if (step) {
    before = out.step.loss;
    Object.assign(state, out.weights);
    setInputs();
  }
  last = out;
  draw(out);
}

function restart(shape) {
  Object.assign(state, structuredClone(START[shape]), { shape });
  chosen = 0;
  setInputs();
  return update();
}

async function main() {
  await initLesson("backprop", { onLang: () => {
    weightInputs();
    if (last) update();
  } });
  $("shape").addEventListener("change", () => restart($("shape").value));
  for (const id of ["activation", "loss"]) {
    $(id).addEventListener("change", () => {
      state[id] = $(id).value;
      update();
    });
  }
  for (const [id, set] of [["x1", (v) => (state.x[0] = v)], ["x2", (v) => (state.x[1] = v)], ["y", (v) => (state.y = v)],
    ["lr", (v) => (state.lr = v)]]) {
    $(id).addEventListener("change", () => {
      const v = Number($(id).value);
      if ($(id).value === "" || !Number.isFinite(v)) return;
      set(v);
      if (id !== "lr") update();
    });
  }
  $("prev").addEventListener("click", () => choose(chosen - 1));
  $("next").addEventListener("click", () => choose(chosen + 1));
  $("step").addEventListener("click", () => update(true));
  $("reset").addEventListener("click", () => restart(state.shape));
  await restart("2-2-1");
  document.body.dataset.ready = "1";
}

main();
