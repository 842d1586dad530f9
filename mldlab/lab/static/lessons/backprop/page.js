// Backpropagation on a tiny network (2-2-1, or the slide's 1-1-1 chain): forward values in the nodes, weights on
// the edges, and for the chosen weight ∂J/∂w as the product of local derivatives along each path, next to autograd's
// value. Everything from POST /api/lessons/backprop (mldlab.explain.forward, backprop and gradient_step).

import { fmt, h, initLesson, lessonApi, t, tex, texNum } from "/static/lessons/common/lesson.js";

const NS = "http://www.w3.org/2000/svg";
const SUB = "₀₁₂₃₄₅₆₇₈₉";
const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const START = {
  "2-2-1": { x: [4, 5], y: 1, w1: [[0.2, -0.1], [-0.3, 0.2]], b1: [0, 0.1], w2: [[0.5, -0.4]], b2: [0.1] },
  "1-1-1": { x: [2], y: 1, w1: [[0.5]], b1: [-0.5], w2: [[1.5]], b2: [-0.5] },
};
const RED = "#c0392b";
const state = { shape: "2-2-1", activation: "sigmoid", loss: "bce", lr: 0.5, ...structuredClone(START["2-2-1"]) };
let last = null;
let order = []; // weight entries from the output back to the input
let chosen = 0;
let before = null; // J before the last gradient step

const $ = (id) => document.getElementById(id);
const sub = (n) => String(n).split("").map((d) => SUB[Number(d)]).join("");

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

function el(tag, attrs = {}, text = null) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  return node;
}

/** Node positions and the engine's names of the values each node holds. */
function layout(nIn, nHidden) {
  const W = 800;
  const H = 470;
  const col = { in: 60, hid: 330, out: 590, J: 740 };
  const ys = (n, i) => 30 + ((H - 50) * (i + 0.5)) / n;
  const nodes = {};
  for (let j = 1; j <= nIn; j++) nodes[`in${j}`] = { x: col.in, y: ys(nIn + 1, j - 1), r: 38, names: [] };
  nodes.bias1 = { x: col.in, y: ys(nIn + 1, nIn), r: 22, names: [] };
  for (let i = 1; i <= nHidden; i++) {
    nodes[`hid${i}`] = { x: col.hid, y: ys(nHidden + 1, i - 1), r: 56, names: [`z₁,${sub(i)}`, `a₁,${sub(i)}`] };
  }
  nodes.bias2 = { x: col.hid, y: ys(nHidden + 1, nHidden), r: 22, names: [] };
  nodes.out = { x: col.out, y: ys(nHidden + 1, (nHidden - 1) / 2), r: 56, names: ["z₂,₁", "ŷ"] };
  nodes.J = { x: col.J, y: nodes.out.y, r: 46, names: ["J"] };
  return { W, H, nodes };
}

/** The edge of weight entry `w`: [from node, to node]. */
function edgeOf(w) {
  const layer = w.parameter.startsWith("0") ? 1 : 2;
  const bias = w.parameter.endsWith("bias");
  const to = layer === 1 ? `hid${w.index[0] + 1}` : "out";
  const from = bias ? `bias${layer}` : layer === 1 ? `in${w.index[1] + 1}` : `hid${w.index[1] + 1}`;
  return [from, to];
}

function drawNetwork(out) {
  const nIn = state.x.length;
  const nHidden = state.b1.length;
  const { W, H, nodes } = layout(nIn, nHidden);
  const steps = out.forward.steps;
  const [z1, a1, z2, a2] = steps.map((s) => s.values[0]);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "plot", role: "img" });
  const path = order[chosen];
  const onPath = new Set();
  const labels = [];
  if (path) {
    for (const route of path.paths) {
      for (const f of route.factors) {
        const [, A, B] = f.symbol.match(/^∂(.+)\/∂(.+)$/) || [];
        const nodeA = Object.keys(nodes).find((k) => nodes[k].names.includes(A));
        const nodeB = Object.keys(nodes).find((k) => nodes[k].names.includes(B));
        if (nodeA && nodeA === nodeB) labels.push({ node: nodeA, text: fmt(f.value) });
        else if (nodeA && nodeB) {
          onPath.add(`${nodeB}>${nodeA}`);
          labels.push({ edge: [nodeB, nodeA], text: fmt(f.value) });
        } else if (nodeA) {
          const [from] = edgeOf(path);
          onPath.add(`${from}>${nodeA}`);
          labels.push({ edge: [from, nodeA], text: fmt(f.value), at: 0.62 });
        }
      }
    }
  }
  const edges = [];
  for (const w of out.backprop.weights) edges.push({ ends: edgeOf(w), w });
  edges.push({ ends: ["out", "J"], w: null });
  const lines = el("g");
  const texts = el("g");
  for (const { ends, w } of edges) {
    const [a, b] = ends.map((k) => nodes[k]);
    const hot = onPath.has(`${ends[0]}>${ends[1]}`);
    const chosenEdge = w && path && w.symbol === path.symbol;
    const line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: hot ? RED : "#7a8494",
      "stroke-width": chosenEdge ? 7 : hot ? 5 : 2.5 });
    if (w) {
      line.style.cursor = "pointer";
      line.addEventListener("click", () => choose(order.findIndex((o) => o.symbol === w.symbol)));
    }
    lines.append(line);
    if (w) {
      const value = valueOf(w);
      const t0 = ends[1] === "out" ? 0.3 : 0.22 + 0.2 * w.index[0];
      const x = a.x + (b.x - a.x) * t0;
      const y = a.y + (b.y - a.y) * t0;
      const label = el("text", { x, y: y - 6, "text-anchor": "middle", class: "edge-label" }, fmt(value, 3));
      label.style.fontWeight = chosenEdge ? 700 : 400;
      texts.append(label);
    }
  }
  for (const lab of labels) {
    if (lab.node) {
      const n = nodes[lab.node];
      texts.append(el("text", { x: n.x, y: n.y + n.r + 22, "text-anchor": "middle", class: "factor" }, lab.text));
    } else {
      const [a, b] = lab.edge.map((k) => nodes[k]);
      const at = lab.at ?? 0.55;
      const above = lab.edge[1] === "J";
      texts.append(el("text", { x: a.x + (b.x - a.x) * at, y: a.y + (b.y - a.y) * at + (above ? -30 : 24),
        "text-anchor": "middle", class: "factor" }, lab.text));
    }
  }
  svg.append(lines);
  const circles = el("g");
  const node = (key, fill, rows) => {
    const n = nodes[key];
    circles.append(el("circle", { cx: n.x, cy: n.y, r: n.r, fill, stroke: "#14181f", "stroke-width": 2 }));
    rows.forEach((row, i) => circles.append(el("text", { x: n.x, y: n.y + 7 + (i - (rows.length - 1) / 2) * 24,
      "text-anchor": "middle", class: "node-text" }, row)));
  };
  for (let j = 1; j <= nIn; j++) node(`in${j}`, "#ffffff", [`x${sub(j)}`, fmt(state.x[j - 1], 3)]);
  node("bias1", "#eef2f7", ["1"]);
  node("bias2", "#eef2f7", ["1"]);
  for (let i = 1; i <= nHidden; i++) node(`hid${i}`, "#e4edfa", [`z = ${fmt(z1[i - 1], 3)}`, `a = ${fmt(a1[i - 1], 3)}`]);
  node("out", "#e4edfa", [`z = ${fmt(z2[0], 3)}`, `ŷ = ${fmt(a2[0], 3)}`]);
  node("J", "#fff4d6", ["J", fmt(out.backprop.value, 4)]);
  svg.append(circles, texts);
  $("network").replaceChildren(svg);
}

function valueOf(w) {
  const table = { "0.weight": state.w1, "0.bias": state.b1, "2.weight": state.w2, "2.bias": state.b2 }[w.parameter];
  return w.index.length === 2 ? table[w.index[0]][w.index[1]] : table[w.index[0]];
}

function drawChain(out) {
  const w = order[chosen];
  if (!w) return;
  $("chain-title").textContent = t("chain_title", { symbol: w.symbol });
  const lines = w.paths.map((route) => {
    const symbols = route.factors.map((f) => partialTex(f.symbol)).join(" \\cdot ");
    const numbers = route.factors.map((f) => `(${texNum(f.value)})`).join("");
    return `&= ${symbols} \\\\ &= ${numbers} = ${texNum(route.product)}`;
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
  drawNetwork(last);
  drawChain(last);
}

function draw(out) {
  order = [...out.backprop.weights].sort((a, b) => b.layer - a.layer);
  chosen = Math.min(chosen, order.length - 1);
  drawGradients(out);
  drawNetwork(out);
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
