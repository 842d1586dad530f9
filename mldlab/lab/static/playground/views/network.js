// The network as a drawing: input features → hidden layers → output, every weight an edge.
//
//   render(el, state, opts)   opts: {t, selected: {layer, unit}, onSelect(layer, unit), task}
//
// An edge's colour is the weight's sign (blue positive, orange negative, as in the heatmaps) and its width the
// weight's size; the small square at a node's lower left is its bias w₀. Nodes show what they compute over the
// plane (the input features, state.neurons for hidden units, the boundary for a single output). Hover an edge or
// a bias to read its value; click a neuron to select it. Layers are numbered as in state.network.layers
// (0 = input), so weights[k] (out × in) joins layer k to layer k + 1.

import {
  INK, MIDDLE, atlas, describe, divergingTable, fitCanvas, font, instance, largest, make, neuronsOf, num, palette,
  sketch, tr, watch,
} from "./common.js";

const views = new WeakMap();
const HEADER = 30;
const LEFT = 70;
const RIGHT = 24;
const BOTTOM = 12;
const FEATURE = {
  x1: ["x₁", (a) => a],
  x2: ["x₂", (a, b) => b],
  "x1^2": ["x₁²", (a) => a * a],
  "x2^2": ["x₂²", (a, b) => b * b],
  x1x2: ["x₁x₂", (a, b) => a * b],
  sin_x1: ["sin x₁", (a) => Math.sin(a)],
  sin_x2: ["sin x₂", (a, b) => Math.sin(b)],
};

function create(el) {
  el.classList.add("mv-view", "mv-network");
  const canvas = make("canvas", "mv-canvas");
  canvas.dataset.testid = "network-canvas";
  const tip = make("div", "mv-tip");
  tip.dataset.testid = "network-tip";
  tip.hidden = true;
  el.replaceChildren(canvas, tip);
  const view = { canvas, tip, image: make("canvas"), width: el.clientWidth, last: null, nodes: [], edges: [],
    mouse: null, inputs: null };
  canvas.addEventListener("mousemove", (event) => {
    const rect = canvas.getBoundingClientRect();
    view.mouse = [event.clientX - rect.left, event.clientY - rect.top];
    hover(view);
  });
  canvas.addEventListener("mouseleave", () => {
    view.mouse = null;
    hover(view);
  });
  canvas.addEventListener("click", () => {
    const target = view.mouse && pick(view, view.mouse);
    const opts = view.last && view.last[1];
    if (target && target.kind === "node" && target.layer > 0 && opts && opts.onSelect) {
      opts.onSelect(target.layer, target.unit);
    }
  });
  watch(el, () => {
    view.width = el.clientWidth;
    if (view.last) draw(el, view, ...view.last);
  });
  return view;
}

/** Draw state.network in `el`. */
export function render(el, state, opts = {}) {
  const view = instance(views, el, () => create(el));
  view.last = [state, opts];
  draw(el, view, state, opts);
  if (view.mouse) hover(view);
}

/** Display name of node `unit` of `layer` (features for the input, "output" for the last layer). */
function nodeName(opts, network, layer, unit) {
  if (layer === 0) {
    const feature = network.features && network.features[unit];
    return (FEATURE[feature] && FEATURE[feature][0]) || feature || `x${unit + 1}`;
  }
  if (layer === network.layers.length - 1) {
    return network.layers[layer] > 1 ? tr(opts, "view_output_unit", { unit: unit + 1 }) : tr(opts, "view_output_node");
  }
  return tr(opts, "view_neuron_name", { layer, unit: unit + 1 });
}

function draw(el, view, state, opts) {
  const network = state && state.network;
  const width = view.width;
  if (!network || width < 120) return;
  const sizes = network.layers;
  describe(view.canvas, tr(opts, "view_aria_network"));
  const most = Math.max(...sizes);
  const height = opts.height || Math.min(640, Math.max(240, HEADER + BOTTOM + most * 40));
  const ctx = fitCanvas(view.canvas, width, height);
  ctx.clearRect(0, 0, width, height);
  const colours = palette(el);
  const key = colours[0] + colours[1];
  if (view.tableKey !== key) {
    view.table = divergingTable(colours[0], colours[1]);
    view.tableKey = key;
  }
  const span = (width - LEFT - RIGHT) / Math.max(1, sizes.length - 1);
  const room = (height - HEADER - BOTTOM) / most;
  const node = Math.max(12, Math.min(44, room - 6, span * 0.35));
  const columnX = (k) => (sizes.length === 1 ? width / 2 : LEFT + node / 2 + k * ((width - LEFT - RIGHT - node) /
    (sizes.length - 1)));
  const rowY = (k, u) => HEADER + (height - HEADER - BOTTOM) / 2 + (u - (sizes[k] - 1) / 2) * room;
  view.nodes = [];
  view.edges = [];
  sizes.forEach((n, k) => {
    for (let u = 0; u < n; u++) view.nodes.push({ kind: "node", layer: k, unit: u, x: columnX(k), y: rowY(k, u) });
  });
  drawHeaders(el, ctx, opts, sizes, columnX);
  drawEdges(ctx, view, network, colours, columnX, rowY, node);
  view.nodeSize = node;
  const neurons = neuronsOf(view, state) || [];
  const scales = neurons.map((units) => 1 / Math.max(1, largest(units)));
  // below 18 px a picture shows nothing: plain circles then (and a wide network draws four times faster)
  const values = view.nodes.map((p) => (node >= 18 ? nodeValues(view, state, neurons, p, scales) : null));
  const grids = values.filter((v) => v && !v.line);
  const tile = atlas(view.image, grids, view.table);
  view.nodes.forEach((p, k) => {
    const v = values[k];
    drawNode(el, ctx, view, opts, network, p, node, colours, v, v && !v.line ? grids.indexOf(v) : -1, tile);
  });
}

function drawHeaders(el, ctx, opts, sizes, columnX) {
  ctx.fillStyle = INK;
  ctx.font = font(el, 15, true);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  const spacing = sizes.length > 1 ? columnX(1) - columnX(0) : 240;
  sizes.forEach((n, k) => {
    let label = spacing >= 70 ? tr(opts, "view_hidden_short", { layer: k }) : String(k);
    if (k === 0) label = tr(opts, "view_input");
    else if (k === sizes.length - 1) label = tr(opts, "view_output");
    ctx.fillText(label, columnX(k), 4, Math.min(120, spacing - 4));
  });
}

/** Every weight as a line from its input to its output node, batched by colour and width (one stroke each). */
function drawEdges(ctx, view, network, colours, columnX, rowY, node) {
  const batches = new Map();
  network.weights.forEach((matrix, k) => {
    // many edges between wide layers: thinner lines, so the strong weights still stand out
    const thin = Math.min(1, 8 / Math.max(matrix.length, matrix[0] ? matrix[0].length : 1));
    matrix.forEach((row, j) => {
      row.forEach((w, i) => {
        const edge = { kind: "edge", layer: k + 1, from: i, to: j, value: w,
          x0: columnX(k) + node / 2, y0: rowY(k, i), x1: columnX(k + 1) - node / 2, y1: rowY(k + 1, j) };
        view.edges.push(edge);
        const width = Math.max(0.5, Math.min(8, 0.6 + 3 * Math.abs(w)) * thin);
        const key = `${w >= 0 ? 1 : 0}:${Math.round(width * 4) / 4}`;
        if (!batches.has(key)) batches.set(key, []);
        batches.get(key).push(edge);
      });
    });
  });
  ctx.lineCap = "round";
  ctx.globalAlpha = 0.8;
  const widest = (key) => Number(key.split(":")[1]);
  for (const [key, edges] of [...batches].sort((a, b) => widest(a[0]) - widest(b[0]))) {  // strong weights on top
    const [sign, width] = key.split(":");
    ctx.strokeStyle = sign === "1" ? colours[1] : colours[0];
    ctx.lineWidth = Number(width);
    ctx.beginPath();
    for (const e of edges) {
      ctx.moveTo(e.x0, e.y0);
      ctx.lineTo(e.x1, e.y1);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function drawNode(el, ctx, view, opts, network, p, node, colours, values, index, tile) {
  const x = p.x - node / 2;
  const y = p.y - node / 2;
  const last = network.layers.length - 1;
  if (values && values.line) {
    sketch(ctx, values.values, 1 / values.scale, x, y, node);
    ctx.lineWidth = 1;
    ctx.strokeStyle = "#6b7380";
    ctx.strokeRect(x, y, node, node);
  } else if (values) {
    tile(index, ctx, x, y, node);
    ctx.lineWidth = 1;
    ctx.strokeStyle = "#6b7380";
    ctx.strokeRect(x, y, node, node);
  } else {
    ctx.beginPath();
    ctx.arc(p.x, p.y, node / 2, 0, 2 * Math.PI);
    ctx.fillStyle = p.layer === last && opts.task !== "regression" && network.layers[last] > 1
      ? colours[p.unit % colours.length] : MIDDLE;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = "#6b7380";
    ctx.stroke();
  }
  const selected = opts.selected;
  if (selected && selected.layer === p.layer && selected.unit === p.unit) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = INK;
    ctx.strokeRect(x - 4, y - 4, node + 8, node + 8);
  }
  if (p.layer === 0) {
    ctx.fillStyle = INK;
    ctx.font = font(el, 15, true);
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    ctx.fillText(nodeName(opts, network, 0, p.unit), x - 6, p.y, LEFT - 8);
    return;
  }
  const bias = network.biases && network.biases[p.layer - 1] ? network.biases[p.layer - 1][p.unit] : null;
  if (bias === null || bias === undefined) return;
  const side = Math.max(5, node * 0.3);
  const bx = x - side * 0.6;
  const by = y + node - side * 0.4;
  ctx.fillStyle = bias >= 0 ? colours[1] : colours[0];
  ctx.fillRect(bx, by, side, side);
  ctx.lineWidth = 1;
  ctx.strokeStyle = "#ffffff";
  ctx.strokeRect(bx, by, side, side);
  view.edges.push({ kind: "bias", layer: p.layer, to: p.unit, value: bias, box: [bx, by, side] });
}

/** What node `p` computes on the plane as {values, n, offset, scale, line} (or null: drawn as a plain circle). */
function nodeValues(view, state, neurons, p, scales) {
  const network = state.network;
  const last = network.layers.length - 1;
  const boundary = state.boundary;
  if (p.layer === 0) return inputValues(view, network, boundary, p.unit);
  if (p.layer === last) {
    if (network.layers[last] === 1 && boundary && boundary.values && !boundary.classes && !boundary.curve) {
      return { values: boundary.values, n: boundary.n, offset: -0.5, scale: 2 };
    }
    return null;
  }
  const layer = neurons[p.layer - 1];
  const unit = layer && layer[p.unit];
  if (!unit) return null;
  const line = Boolean(boundary && boundary.curve);
  return { values: unit.values, n: unit.n, offset: 0, scale: scales[p.layer - 1], line };
}

function inputValues(view, network, boundary, unit) {
  if (!boundary || !boundary.extent || boundary.curve) return null;
  const [a0, a1, b0, b1] = boundary.extent;
  const key = network.features.join() + boundary.extent.join();
  if (!view.inputs || view.inputs.key !== key) {
    const n = 24;
    const grids = network.features.map((feature) => {
      const f = FEATURE[feature] ? FEATURE[feature][1] : () => 0;
      const values = new Float32Array(n * n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          values[i * n + j] = f(a0 + (j / (n - 1)) * (a1 - a0), b1 - (i / (n - 1)) * (b1 - b0));
        }
      }
      let m = 0;
      for (const v of values) m = Math.max(m, Math.abs(v));
      return { values, n, offset: 0, scale: 1 / (m || 1) };
    });
    view.inputs = { key, grids };
  }
  return view.inputs.grids[unit] || null;
}

function distance(px, py, e) {
  const dx = e.x1 - e.x0;
  const dy = e.y1 - e.y0;
  const s = Math.max(0, Math.min(1, ((px - e.x0) * dx + (py - e.y0) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - (e.x0 + s * dx), py - (e.y0 + s * dy));
}

/** The bias, node or edge under the point [x, y] (CSS pixels), in that order. */
function pick(view, [x, y]) {
  const bias = view.edges.find((e) => e.kind === "bias" && x >= e.box[0] - 1 && x <= e.box[0] + e.box[2] + 1 &&
    y >= e.box[1] - 1 && y <= e.box[1] + e.box[2] + 1);
  if (bias) return bias;
  const half = view.nodeSize / 2 + 2;
  const node = view.nodes.find((p) => Math.abs(p.x - x) <= half && Math.abs(p.y - y) <= half);
  if (node) return node;
  let best = null;
  let nearest = 6;
  for (const e of view.edges) {
    if (e.kind !== "edge") continue;
    const d = distance(x, y, e);
    if (d < nearest) {
      nearest = d;
      best = e;
    }
  }
  return best;
}

function hover(view) {
  const target = view.mouse && view.last && pick(view, view.mouse);
  const opts = view.last ? view.last[1] : {};
  const network = view.last && view.last[0] && view.last[0].network;
  view.canvas.style.cursor = target && target.kind === "node" && target.layer > 0 ? "pointer" : "default";
  if (!target || !network) {
    view.tip.hidden = true;
    return;
  }
  let text;
  if (target.kind === "edge") {
    text = tr(opts, "view_weight_tip", {
      from: nodeName(opts, network, target.layer - 1, target.from),
      to: nodeName(opts, network, target.layer, target.to),
      value: num(target.value),
    });
  } else if (target.kind === "bias") {
    const to = nodeName(opts, network, target.layer, target.to);
    text = tr(opts, "view_bias_tip", { to, value: num(target.value) });
  } else {
    text = nodeName(opts, network, target.layer, target.unit);
  }
  view.tip.textContent = text;
  view.tip.hidden = false;
  view.tip.style.left = `${Math.min(view.mouse[0] + 14, view.width - 220)}px`;
  view.tip.style.top = `${view.mouse[1] + 14}px`;
}

/** The drawn nodes, edges and biases of the view in `el` (positions in CSS pixels), for tests and tools. */
export function targets(el) {
  const view = views.get(el);
  return view ? { nodes: view.nodes.map((n) => ({ ...n })), edges: view.edges.map((e) => ({ ...e })) } : null;
}
