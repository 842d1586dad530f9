// The decision boundary: what the network predicts over the plane, with the training and test points on top.
//
//   render(el, state, opts)   opts: {points, showTest (default true), t, task, axes: [x1 label, x2 label] (else
//                                    points.feature_names, else x₁, x₂), classNames, probe: [x1, x2], maxSize}
//   toData(el, event) -> [x1, x2] | null      the data coordinates under a mouse event (click to add a point)
//   toPixel(el, x1, x2) -> [x, y]             CSS pixels in the canvas of a data point (tests use it)
//
// Binary: P(class 1) on a diverging orange ↔ blue map with the line where it is 0.5. Multiclass: the predicted
// class's colour, lighter where the network is less sure, with the borders between classes. Regression on 1-D
// data: the network's curve over the points. The grid's values are samples on a regular lattice that includes
// the extent's edges: column j is x1 = x1min + j·(x1max − x1min)/(n − 1), row i is x2 = x2max − i·(…)/(n − 1).

import {
  INK, MIDDLE, ORANGE, describe, divergingTable, fitCanvas, font, instance, make, mix, niceTicks, palette, rgb,
  tableIndex, tickLabel, tr, watch,
} from "./common.js";
import { contour, smooth } from "./contour.js";
import { classCount, updateLegend } from "./legend.js";

const views = new WeakMap();
const MARGIN = { left: 52, right: 14, top: 12, bottom: 48 };
const POINT_RADIUS = 5.5;

function create(el) {
  el.classList.add("mv-view", "mv-boundary");
  const canvas = make("canvas", "mv-canvas");
  canvas.dataset.testid = "boundary-canvas";
  const legend = make("div", "mv-legend");
  legend.dataset.testid = "boundary-legend";
  el.replaceChildren(canvas, legend);
  const view = { canvas, legend, grid: make("canvas"), legendKey: "", width: el.clientWidth, last: null, frame: null };
  watch(el, () => {
    view.width = el.clientWidth;
    if (view.last) draw(el, view, ...view.last);
  });
  return view;
}

/** Draw the boundary of `state` (lab.md's state()) with `opts.points` (job.points()) in `el`. */
export function render(el, state, opts = {}) {
  const view = instance(views, el, () => create(el));
  view.last = [state, opts];
  draw(el, view, state, opts);
}

function modeOf(state, opts) {
  const boundary = state && state.boundary;
  if (!boundary) return "empty";
  if (boundary.curve) return "curve";
  if (boundary.classes) return "multiclass";
  const output = opts.task || (opts.setup && opts.setup.output);
  return output === "regression" || (!output && state.confusion === null) ? "regression" : "binary";
}

function draw(el, view, state, opts) {
  const size = Math.min(view.width, opts.maxSize || 720);
  if (size < 80) return;
  const boundary = state && state.boundary;
  const mode = modeOf(state, opts);
  describe(view.canvas, tr(opts, "view_aria_boundary"));
  const plot = MARGIN.left + MARGIN.right;
  const side = size - plot;
  const ctx = fitCanvas(view.canvas, size, side + MARGIN.top + MARGIN.bottom);
  ctx.clearRect(0, 0, size, side + MARGIN.top + MARGIN.bottom);
  const colours = palette(el);
  const points = opts.points || null;
  const box = { x: MARGIN.left, y: MARGIN.top, w: side, h: side };
  let extent;
  if (mode === "curve") extent = curveExtent(boundary, points);
  else extent = (boundary && boundary.extent) || (points && points.extent) || [-1, 1, -1, 1];
  view.transform = { box, extent };
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.w, box.h);
  ctx.clip();
  if (mode === "binary" || mode === "multiclass" || mode === "regression") {
    drawGrid(view, ctx, boundary, mode, colours, box);
    drawContours(ctx, boundary, mode, box);
  }
  if (mode === "curve") {
    drawGridLines(ctx, box, extent);
    drawPoints(ctx, view, points, mode, colours, opts.showTest);
    drawCurve(ctx, boundary.curve, view.transform);
  } else {
    drawPoints(ctx, view, points, mode, colours, opts.showTest);
  }
  if (opts.probe) drawProbe(ctx, opts.probe, view.transform);
  ctx.restore();
  drawAxes(el, ctx, box, extent, mode, opts);
  updateLegend(el, view, mode, state, opts, colours);
}

function curveExtent(boundary, points) {
  const xs = [...boundary.curve.x];
  const ys = [...boundary.curve.y];
  for (const part of ["train", "test"]) {
    const set = points && points[part];
    if (!set) continue;
    set.x.forEach((x) => xs.push(Array.isArray(x) ? x[0] : x));
    set.y.forEach((y) => ys.push(y));
  }
  const [x0, x1] = boundary.extent ? boundary.extent.slice(0, 2) : [Math.min(...xs), Math.max(...xs)];
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = (hi - lo || 1) * 0.08;
  return [x0, x1, lo - pad, hi + pad];
}

function drawGrid(view, ctx, boundary, mode, colours, box) {
  const n = boundary.n;
  const values = boundary.values;
  if (view.grid.width !== n) {
    view.grid.width = n;
    view.grid.height = n;
  }
  const gctx = view.grid.getContext("2d");
  const image = gctx.createImageData(n, n);
  const data = image.data;
  if (mode === "multiclass") {
    const k = Math.max(2, classCount(boundary));
    const middle = rgb(MIDDLE);
    const shades = colours.map((c) => rgb(c));
    for (let i = 0; i < n * n; i++) {
      const sure = Math.max(0, Math.min(1, (values[i] - 1 / k) / (1 - 1 / k)));
      const c = mix(middle, shades[boundary.classes[i] % shades.length], 0.12 + 0.5 * sure);
      data[i * 4] = c[0];
      data[i * 4 + 1] = c[1];
      data[i * 4 + 2] = c[2];
      data[i * 4 + 3] = 255;
    }
  } else {
    const key = `${colours[0]}${colours[1]}`;
    if (view.tableKey !== key) {
      view.table = divergingTable(colours[0], colours[1], 0.62);
      view.tableKey = key;
    }
    let lo = 0;
    let hi = 1;
    if (mode === "regression") {
      lo = Math.min(...values);
      hi = Math.max(...values);
      view.range = [lo, hi];
    }
    const scale = 2 / (hi - lo || 1);
    for (let i = 0; i < n * n; i++) {
      const t = tableIndex((values[i] - lo) * scale - 1) * 3;
      data[i * 4] = view.table[t];
      data[i * 4 + 1] = view.table[t + 1];
      data[i * 4 + 2] = view.table[t + 2];
      data[i * 4 + 3] = 255;
    }
  }
  gctx.putImageData(image, 0, 0);
  const cell = box.w / (n - 1);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(view.grid, box.x - cell / 2, box.y - cell / 2, box.w + cell, box.h + cell);
}

function drawContours(ctx, boundary, mode, box) {
  const n = boundary.n;
  ctx.lineJoin = "round";
  ctx.lineCap = "round";
  if (mode === "binary") {
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2.5;
    contour(ctx, boundary.values, n, 0.5, box);
  } else if (mode === "multiclass") {
    ctx.strokeStyle = "rgba(20, 24, 31, 0.75)";
    ctx.lineWidth = 2;
    const k = classCount(boundary);
    for (let c = 0; c < k; c++) {
      // where the predicted class is c (1) or not (0), smoothed so the border follows the shape, not the grid
      contour(ctx, smooth(Float32Array.from(boundary.classes, (v) => (v === c ? 1 : 0)), n), n, 0.5, box);
    }
  }
}

function toCanvas(transform, x1, x2) {
  const { box, extent } = transform;
  return [
    box.x + ((x1 - extent[0]) / (extent[1] - extent[0])) * box.w,
    box.y + ((extent[3] - x2) / (extent[3] - extent[2])) * box.h,
  ];
}

function drawPoints(ctx, view, points, mode, colours, showTest) {
  if (!points) return;
  const transform = view.transform;
  const darker = colours.map((c) => mix(rgb(c), [0, 0, 0], 0.18));
  const strong = mode === "regression" ? divergingTable(colours[0], colours[1]) : null;
  const [lo, hi] = view.range || [0, 1];
  for (const part of showTest === false ? ["train"] : ["train", "test"]) {
    const set = points[part];
    if (!set || !set.x) continue;
    const test = part === "test";
    for (let i = 0; i < set.x.length; i++) {
      const x = set.x[i];
      const y = set.y[i];
      const [px, py] = mode === "curve"
        ? toCanvas(transform, Array.isArray(x) ? x[0] : x, y)
        : toCanvas(transform, x[0], x[1]);
      let colour;
      if (mode === "curve") colour = [43, 111, 214];
      else if (mode === "regression") {
        const t = tableIndex(((y - lo) * 2) / (hi - lo || 1) - 1) * 3;
        colour = [strong[t], strong[t + 1], strong[t + 2]];
      } else colour = darker[(mode === "binary" ? (y > 0.5 ? 1 : 0) : y) % darker.length];
      const css = `rgb(${colour.map(Math.round).join(",")})`;
      ctx.beginPath();
      ctx.arc(px, py, POINT_RADIUS, 0, 2 * Math.PI);
      if (test) {
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.lineWidth = 3;
        ctx.strokeStyle = css;
        ctx.stroke();
        if (mode === "regression") {
          ctx.beginPath();
          ctx.arc(px, py, POINT_RADIUS + 1.5, 0, 2 * Math.PI);
          ctx.lineWidth = 1;
          ctx.strokeStyle = INK;
          ctx.stroke();
        }
      } else {
        ctx.fillStyle = css;
        ctx.fill();
        ctx.lineWidth = 1.2;
        ctx.strokeStyle = mode === "regression" ? INK : "#ffffff";  // a value near the middle is near white
        ctx.stroke();
      }
    }
  }
}

function drawCurve(ctx, curve, transform) {
  ctx.beginPath();
  for (let i = 0; i < curve.x.length; i++) {
    const [px, py] = toCanvas(transform, curve.x[i], curve.y[i]);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.strokeStyle = ORANGE;
  ctx.lineWidth = 3.5;
  ctx.lineJoin = "round";
  ctx.stroke();
}

function drawProbe(ctx, probe, transform) {
  const [px, py] = toCanvas(transform, probe[0], probe[1]);
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = INK;
  ctx.beginPath();
  ctx.moveTo(px - 11, py);
  ctx.lineTo(px + 11, py);
  ctx.moveTo(px, py - 11);
  ctx.lineTo(px, py + 11);
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(px, py, 7, 0, 2 * Math.PI);
  ctx.stroke();
}

function drawGridLines(ctx, box, extent) {
  ctx.strokeStyle = "#e3e7ed";
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const v of niceTicks(extent[0], extent[1], 6)) {
    const x = box.x + ((v - extent[0]) / (extent[1] - extent[0])) * box.w;
    ctx.moveTo(x, box.y);
    ctx.lineTo(x, box.y + box.h);
  }
  for (const v of niceTicks(extent[2], extent[3], 6)) {
    const y = box.y + ((extent[3] - v) / (extent[3] - extent[2])) * box.h;
    ctx.moveTo(box.x, y);
    ctx.lineTo(box.x + box.w, y);
  }
  ctx.stroke();
}

function drawAxes(el, ctx, box, extent, mode, opts) {
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = INK;
  ctx.font = font(el, 14);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.beginPath();
  for (const v of niceTicks(extent[0], extent[1], 6)) {
    const x = box.x + ((v - extent[0]) / (extent[1] - extent[0])) * box.w;
    ctx.moveTo(x, box.y + box.h);
    ctx.lineTo(x, box.y + box.h + 5);
    ctx.fillText(tickLabel(v), x, box.y + box.h + 7);
  }
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const v of niceTicks(extent[2], extent[3], 6)) {
    const y = box.y + ((extent[3] - v) / (extent[3] - extent[2])) * box.h;
    ctx.moveTo(box.x - 5, y);
    ctx.lineTo(box.x, y);
    ctx.fillText(tickLabel(v), box.x - 7, y);
  }
  ctx.stroke();
  const names = opts.points && opts.points.feature_names;
  const axes = opts.axes || (names && names.length >= 2 && mode !== "curve" ? names : null) ||
    ["x₁", mode === "curve" ? "y" : "x₂"];
  ctx.font = font(el, 16, true);
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  ctx.fillText(axes[0], box.x + box.w / 2, box.y + box.h + MARGIN.bottom - 2);
  ctx.save();
  ctx.translate(15, box.y + box.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = "middle";
  ctx.fillText(axes[1], 0, 0);
  ctx.restore();
}

/** The data coordinates [x1, x2] under a mouse event on the view, or null outside the plot. */
export function toData(el, event) {
  const view = views.get(el);
  if (!view || !view.transform) return null;
  const rect = view.canvas.getBoundingClientRect();
  const { box, extent } = view.transform;
  const sx = (event.clientX - rect.left - box.x) / box.w;
  const sy = (event.clientY - rect.top - box.y) / box.h;
  if (sx < 0 || sx > 1 || sy < 0 || sy > 1) return null;
  return [extent[0] + sx * (extent[1] - extent[0]), extent[3] - sy * (extent[3] - extent[2])];
}

/** Where the data point (x1, x2) is drawn, in CSS pixels from the canvas's top-left corner. */
export function toPixel(el, x1, x2) {
  const view = views.get(el);
  return view && view.transform ? toCanvas(view.transform, x1, x2) : null;
}

