// The tiny network of the backprop lesson as SVG: inputs, hidden units and the output with their forward values,
// the weights on the edges, and the chosen weight's paths to J in red with each local derivative written on them.
// The engine names every value (z₁,₂, a₁,₂, ŷ, J, w⁽¹⁾₂,₁); a factor ∂A/∂B is drawn where A and B are.

import { fmt } from "/static/lessons/common/lesson.js";

const NS = "http://www.w3.org/2000/svg";
const SUB = "₀₁₂₃₄₅₆₇₈₉";
const RED = "#c0392b";

const sub = (n) => String(n).split("").map((d) => SUB[Number(d)]).join("");

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

/**
 * Draw the network into `container`: `out` is the API's answer, `x` the input, `path` the chosen weight entry,
 * `valueOf(w)` a weight's value, `onPick(w)` is called when an edge is clicked.
 */
export function drawNetwork(container, out, { x, path, valueOf, onPick }) {
  const nIn = x.length;
  const nHidden = out.forward.steps[0].values[0].length;
  const { W, H, nodes } = layout(nIn, nHidden);
  const steps = out.forward.steps;
  const [z1, a1, z2, a2] = steps.map((s) => s.values[0]);
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "plot", role: "img" });
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
      line.addEventListener("click", () => onPick(w));
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
  for (let j = 1; j <= nIn; j++) node(`in${j}`, "#ffffff", [`x${sub(j)}`, fmt(x[j - 1], 3)]);
  node("bias1", "#eef2f7", ["1"]);
  node("bias2", "#eef2f7", ["1"]);
  for (let i = 1; i <= nHidden; i++) node(`hid${i}`, "#e4edfa", [`z = ${fmt(z1[i - 1], 3)}`, `a = ${fmt(a1[i - 1], 3)}`]);
  node("out", "#e4edfa", [`z = ${fmt(z2[0], 3)}`, `ŷ = ${fmt(a2[0], 3)}`]);
  node("J", "#fff4d6", ["J", fmt(out.backprop.value, 4)]);
  svg.append(circles, texts);
  container.replaceChildren(svg);
}
