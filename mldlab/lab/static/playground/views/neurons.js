// What each hidden neuron computes over the plane: one small heatmap per unit, one column per hidden layer.
//
//   render(el, state, opts)   opts: {t, selected: {layer, unit}, onSelect(layer, unit), activations: [name ...]}
//
// Layers are numbered as in state.network.layers: 0 is the input, 1 the first hidden layer (w⁽¹⁾), ... so
// state.neurons[k] is layer k + 1. A neuron's values are its activation g(z) on the boundary's grid; the colour is
// orange for negative, white for 0, blue for positive, saturated at ±1 (ReLU layers whose outputs go beyond 1 are
// scaled by the layer's largest value so their shapes stay visible). On 1-D data (a regression curve) the values
// run along x1, and each neuron is drawn as its curve g(z(x1)) instead. Click a picture to select the neuron.

import {
  INK, atlas, describe, divergingTable, fitCanvas, font, instance, largest, make, neuronsOf, palette, sketch, tr,
  watch,
} from "./common.js";

const views = new WeakMap();
const HEADER = 50;
const GAP = 8;
const MAX_CELL = 110;

function create(el) {
  el.classList.add("mv-view", "mv-neurons");
  const canvas = make("canvas", "mv-canvas mv-clickable");
  canvas.dataset.testid = "neurons-canvas";
  el.replaceChildren(canvas);
  const view = { canvas, cells: [], image: make("canvas"), width: el.clientWidth, last: null };
  canvas.addEventListener("click", (event) => {
    const cell = hit(view, event);
    const opts = view.last && view.last[1];
    if (cell && opts && opts.onSelect) opts.onSelect(cell.layer, cell.unit);
  });
  canvas.addEventListener("mousemove", (event) => {
    const cell = hit(view, event);
    canvas.style.cursor = cell ? "pointer" : "default";
    canvas.title = cell ? tr(view.last[1], "view_neuron_name", { layer: cell.layer, unit: cell.unit + 1 }) : "";
  });
  watch(el, () => {
    view.width = el.clientWidth;
    if (view.last) draw(el, view, ...view.last);
  });
  return view;
}

/** Draw the hidden neurons of `state` (state.neurons) in `el`. */
export function render(el, state, opts = {}) {
  const view = instance(views, el, () => create(el));
  view.last = [state, opts];
  draw(el, view, state, opts);
}

function hit(view, event) {
  const rect = view.canvas.getBoundingClientRect();
  const x = event.clientX - rect.left;
  const y = event.clientY - rect.top;
  return view.cells.find((c) => x >= c.x && x <= c.x + c.size && y >= c.y && y <= c.y + c.size) || null;
}

/** The side of the cells and the number of columns that fit `units` heatmaps in a column × height box. */
function layout(units, width, height) {
  let best = { size: 0, columns: 1 };
  for (let columns = 1; columns <= units; columns++) {
    const rows = Math.ceil(units / columns);
    const size = Math.min((width - GAP * (columns - 1)) / columns, (height - GAP * (rows - 1)) / rows, MAX_CELL);
    if (size > best.size) best = { size: Math.floor(size), columns };
  }
  return best;
}

function draw(el, view, state, opts) {
  const sizes = state && state.network ? state.network.layers.slice(1, -1) : [];
  const layers = neuronsOf(view, state) || sizes.map((n) => Array(n).fill(null));
  const width = view.width;
  if (width < 60) return;
  describe(view.canvas, tr(opts, "view_aria_neurons"));
  const most = Math.max(1, ...layers.map((l) => l.length));
  const columnWidth = layers.length ? (width - GAP * (layers.length - 1)) / layers.length : width;
  const room = opts.height || Math.min(520, Math.max(180, Math.ceil(most / 2) * 60 + HEADER));
  const grids = layers.map((units) => layout(units.length, columnWidth, room - HEADER - 4));
  const tallest = Math.max(0, ...grids.map((g, k) => {
    const rows = Math.ceil(layers[k].length / g.columns);
    return rows * g.size + (rows - 1) * GAP;
  }));
  const height = opts.height || Math.max(180, HEADER + tallest + 4);
  const ctx = fitCanvas(view.canvas, width, height);
  ctx.clearRect(0, 0, width, height);
  view.cells = [];
  if (!layers.length) {
    ctx.fillStyle = INK;
    ctx.font = font(el, 16);
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(tr(opts, "view_no_hidden"), width / 2, height / 2);
    return;
  }
  const colours = palette(el);
  const key = colours[0] + colours[1];
  if (view.tableKey !== key) {
    view.table = divergingTable(colours[0], colours[1]);
    view.tableKey = key;
  }
  const selected = opts.selected || null;
  const line = Boolean(state.boundary && state.boundary.curve);
  layers.forEach((units, k) => {
    const x0 = k * (columnWidth + GAP);
    ctx.fillStyle = INK;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.font = font(el, 16, true);
    // narrow columns (many layers): a shorter title, and no caption
    let title = String(k + 1);
    if (columnWidth >= 120) title = tr(opts, "view_hidden_layer", { layer: k + 1 });
    else if (columnWidth >= 70) title = tr(opts, "view_hidden_short", { layer: k + 1 });
    ctx.fillText(title, x0 + columnWidth / 2, 2, columnWidth);
    ctx.font = font(el, 14);
    const activation = opts.activations && opts.activations[k];
    const caption = activation
      ? tr(opts, "view_units_activation", { units: units.length, activation })
      : tr(opts, "view_units", { units: units.length });
    if (columnWidth >= 90) ctx.fillText(caption, x0 + columnWidth / 2, 24, columnWidth);
    const { size, columns } = grids[k];
    const used = columns * size + (columns - 1) * GAP;
    const known = units.filter(Boolean);
    const scale = Math.max(1, largest(known));
    const tile = line ? null : atlas(view.image, known.map((unit) => ({ values: unit.values, n: unit.n, offset: 0,
      scale: 1 / scale })), view.table);
    units.forEach((unit, u) => {
      const x = x0 + (columnWidth - used) / 2 + (u % columns) * (size + GAP);
      const y = HEADER + Math.floor(u / columns) * (size + GAP);
      if (!unit) {
        ctx.fillStyle = "#eef1f5";
        ctx.fillRect(x, y, size, size);
      } else if (line) sketch(ctx, unit.values, scale, x, y, size);
      else tile(known.indexOf(unit), ctx, x, y, size);
      const chosen = selected && selected.layer === k + 1 && selected.unit === u;
      ctx.lineWidth = chosen ? 4 : 1;
      ctx.strokeStyle = chosen ? INK : "#9aa3af";
      ctx.strokeRect(x - (chosen ? 2 : 0.5), y - (chosen ? 2 : 0.5), size + (chosen ? 4 : 1), size + (chosen ? 4 : 1));
      view.cells.push({ layer: k + 1, unit: u, x, y, size });
    });
  });
}

/** The drawn heatmaps of the view in `el`: [{layer, unit, x, y, size}] in CSS pixels, for tests and tools. */
export function targets(el) {
  const view = views.get(el);
  return view ? view.cells.map((cell) => ({ ...cell })) : null;
}
