// A small SVG plot for the lesson pages: axes with ticks, curves, points, segments, text, a heatmap image of a
// grid the server computed, and draggable points. Large type, thick lines: it is read from the back of a room.
//
//   const plot = new Plot(container, { x: [-6, 6], y: [-6, 6], xLabel: "x₁", yLabel: "x₂", square: true });
//   plot.heatmap(grid.values, grid.n, grid.extent, colourOf);  plot.curve(xs, ys, "#1f5fbf");
//   plot.point(x, y, { r: 9, fill: "#111", drag: (x, y) => ... });   plot.clear() before each redraw.

const NS = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}

/** Round, readable tick values between lo and hi (about `count` of them). */
export function ticks(lo, hi, count = 6) {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) || raw;
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

function label(value) {
  const size = Math.abs(value);
  const text = size >= 1e6 || (size < 0.01 && value !== 0) ? value.toExponential(1).replace("e+", "e")
    : String(Math.round(value * 1000) / 1000);
  return text.replace(/^-/, "−");
}

export class Plot {
  constructor(container, { x, y, xLabel = "", yLabel = "", width = 640, height = 480, square = false, margin } = {}) {
    this.container = container;
    this.margin = margin || { left: 62, right: 18, top: 16, bottom: 52 };
    this.width = width;
    this.height = height;
    this.square = square;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "plot", role: "img" });
    this.back = svg("g");
    this.axes = svg("g", { class: "axis" });
    this.front = svg("g");
    this.root.append(this.back, this.axes, this.front);
    container.replaceChildren(this.root);
    this.setLimits(x, y);
  }

  /** New axis limits [lo, hi]; redraws the axes. */
  setLimits(x, y) {
    this.x = x;
    this.y = y;
    const m = this.margin;
    let w = this.width - m.left - m.right;
    let h = this.height - m.top - m.bottom;
    if (this.square) w = h = Math.min(w, h);
    this.box = { left: m.left, top: m.top, w, h };
    this.drawAxes();
  }

  px(x) {
    return this.box.left + ((x - this.x[0]) / (this.x[1] - this.x[0])) * this.box.w;
  }

  py(y) {
    return this.box.top + ((this.y[1] - y) / (this.y[1] - this.y[0])) * this.box.h;
  }

  /** Plot coordinates of a pointer event. */
  at(event) {
    const r = this.root.getBoundingClientRect();
    const sx = ((event.clientX - r.left) / r.width) * this.width;
    const sy = ((event.clientY - r.top) / r.height) * this.height;
    return [
      this.x[0] + ((sx - this.box.left) / this.box.w) * (this.x[1] - this.x[0]),
      this.y[1] - ((sy - this.box.top) / this.box.h) * (this.y[1] - this.y[0]),
    ];
  }

  drawAxes() {
    const { left, top, w, h } = this.box;
    this.axes.replaceChildren();
    for (const v of ticks(...this.x)) {
      const X = this.px(v);
      this.axes.append(svg("line", { x1: X, x2: X, y1: top, y2: top + h, class: "grid-line" }));
      const t = svg("text", { x: X, y: top + h + 22, "text-anchor": "middle" });
      t.textContent = label(v);
      this.axes.append(t);
    }
    for (const v of ticks(...this.y)) {
      const Y = this.py(v);
      this.axes.append(svg("line", { x1: left, x2: left + w, y1: Y, y2: Y, class: "grid-line" }));
      const t = svg("text", { x: left - 8, y: Y + 5, "text-anchor": "end" });
      t.textContent = label(v);
      this.axes.append(t);
    }
    if (this.x[0] < 0 && this.x[1] > 0) {
      this.axes.append(svg("line", { x1: this.px(0), x2: this.px(0), y1: top, y2: top + h }));
    }
    if (this.y[0] < 0 && this.y[1] > 0) {
      this.axes.append(svg("line", { x1: left, x2: left + w, y1: this.py(0), y2: this.py(0) }));
    }
    this.axes.append(svg("rect", { x: left, y: top, width: w, height: h, fill: "none", stroke: "#4a5361",
      "stroke-width": 1.5 }));
    const xl = svg("text", { x: left + w / 2, y: top + h + 46, "text-anchor": "middle", class: "axis-label" });
    xl.textContent = this.xLabel;
    const yl = svg("text", { x: 16, y: top + h / 2, "text-anchor": "middle", class: "axis-label",
      transform: `rotate(-90 16 ${top + h / 2})` });
    yl.textContent = this.yLabel;
    this.axes.append(xl, yl);
  }

  /** Remove everything drawn (not the axes). */
  clear() {
    this.back.replaceChildren();
    this.front.replaceChildren();
  }

  /** Paint a grid of `n` × `n` values (row 0 at the top) over `extent` [x0, x1, y0, y1], colour(v) → [r, g, b]. */
  heatmap(values, n, extent, colour) {
    const canvas = document.createElement("canvas");
    canvas.width = n;
    canvas.height = n;
    const ctx = canvas.getContext("2d");
    const image = ctx.createImageData(n, n);
    values.forEach((v, i) => {
      const [r, g, b] = colour(v);
      image.data.set([r, g, b, 255], i * 4);
    });
    ctx.putImageData(image, 0, 0);
    const [x0, x1, y0, y1] = extent;
    const cx = (x1 - x0) / (n - 1) / 2;
    const cy = (y1 - y0) / (n - 1) / 2;
    const X = this.px(x0 - cx);
    const Y = this.py(y1 + cy);
    this.back.append(svg("image", { href: canvas.toDataURL(), x: X, y: Y, width: this.px(x1 + cx) - X,
      height: this.py(y0 - cy) - Y, preserveAspectRatio: "none", "clip-path": this.clipId() }));
  }

  clipId() {
    if (!this.clip) {
      this.clip = `clip${Math.random().toString(36).slice(2)}`;
      const path = svg("clipPath", { id: this.clip });
      path.append(svg("rect", { x: this.box.left, y: this.box.top, width: this.box.w, height: this.box.h }));
      this.root.prepend(path);
    }
    return `url(#${this.clip})`;
  }

  /** A polyline through (xs[i], ys[i]); null values break it. */
  curve(xs, ys, colour, { width = 3.5, dash = null, layer = "front" } = {}) {
    let d = "";
    let pen = false;
    xs.forEach((x, i) => {
      const y = ys[i];
      if (y === null || x === null || !Number.isFinite(y)) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${this.px(x).toFixed(1)},${this.py(y).toFixed(1)}`;
      pen = true;
    });
    const el = svg("path", { d, class: "curve", stroke: colour, "stroke-width": width, "clip-path": this.clipId() });
    if (dash) el.setAttribute("stroke-dasharray", dash);
    (layer === "back" ? this.back : this.front).append(el);
    return el;
  }

  /** A straight segment from (x0, y0) to (x1, y1). */
  segment(x0, y0, x1, y1, colour, { width = 3, dash = null, arrow = false } = {}) {
    const el = svg("line", { x1: this.px(x0), y1: this.py(y0), x2: this.px(x1), y2: this.py(y1), stroke: colour,
      "stroke-width": width, "clip-path": this.clipId() });
    if (dash) el.setAttribute("stroke-dasharray", dash);
    if (arrow) el.setAttribute("marker-end", `url(#${this.arrowId(colour)})`);
    this.front.append(el);
    return el;
  }

  arrowId(colour) {
    this.arrows = this.arrows || {};
    if (!this.arrows[colour]) {
      const id = `arrow${Math.random().toString(36).slice(2)}`;
      const marker = svg("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 5, markerHeight: 5,
        orient: "auto-start-reverse" });
      marker.append(svg("path", { d: "M0,0 L10,5 L0,10 z", fill: colour }));
      const defs = svg("defs");
      defs.append(marker);
      this.root.prepend(defs);
      this.arrows[colour] = id;
    }
    return this.arrows[colour];
  }

  /** A dot; with `drag(x, y)` it can be dragged (pointer or touch) and `drag` gets plot coordinates. */
  point(x, y, { r = 7, fill = "#14181f", stroke = "#ffffff", drag = null, testid = null } = {}) {
    const el = svg("circle", { cx: this.px(x), cy: this.py(y), r, fill, stroke, "stroke-width": 3 });
    if (testid) el.dataset.testid = testid;
    if (drag) {
      el.classList.add("handle");
      el.addEventListener("pointerdown", (event) => {
        event.preventDefault();
        this.dragging = drag;
        this.root.setPointerCapture(event.pointerId);
      });
      if (!this.dragWired) {
        this.dragWired = true;
        this.root.addEventListener("pointermove", (event) => {
          if (this.dragging) this.dragging(...this.at(event));
        });
        const stop = () => {
          this.dragging = null;
        };
        this.root.addEventListener("pointerup", stop);
        this.root.addEventListener("pointercancel", stop);
      }
    }
    this.front.append(el);
    return el;
  }

  /** Text at plot coordinates (x, y), shifted by (dx, dy) pixels. */
  text(x, y, content, { dx = 0, dy = 0, anchor = "start", size = 16, weight = 700, fill = "#14181f",
    halo = true } = {}) {
    const el = svg("text", { x: this.px(x) + dx, y: this.py(y) + dy, "text-anchor": anchor });
    el.style.fontSize = `${size}px`;
    el.style.fontWeight = weight;
    el.style.fill = fill;
    if (halo) {
      el.setAttribute("stroke", "#ffffff");
      el.setAttribute("stroke-width", 4);
      el.setAttribute("paint-order", "stroke");
    }
    el.textContent = content;
    this.front.append(el);
    return el;
  }
}
