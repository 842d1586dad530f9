// What every live view shares: the palette, HiDPI canvases, ticks, number formats, the view's UI strings.
//
// Colours follow TensorFlow Playground: orange for class 0 (negative), blue for class 1 (positive), a near-white
// middle; both hues stay apart for red-green colour-blind eyes. More classes take the Okabe–Ito palette.
// The page's lab.css may set --class0 / --class1; the views read them so controls and plots agree.

export const ORANGE = "#e5832b";
const BLUE = "#2b6fd6";
export const MIDDLE = "#f7f7f5";
export const INK = "#14181f";
export const TRAIN_LINE = "#0b5fa5";
export const TEST_LINE = "#c2410c";
const MORE_CLASSES = ["#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#555555"];

/** [r, g, b] of "#rrggbb". */
export function rgb(hex) {
  const n = parseInt(hex.trim().slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** a + (b − a)·s for colours [r, g, b]. */
export function mix(a, b, s) {
  return [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s, a[2] + (b[2] - a[2]) * s];
}

const looks = new WeakMap();

/** The page's look at `el`, read once and again after a resize or a font load (a computed style read in every frame
 * could force a style recalculation). */
function look(el) {
  let found = looks.get(el);
  if (!found) {
    const style = getComputedStyle(el);
    const c0 = style.getPropertyValue("--class0").trim() || ORANGE;
    const c1 = style.getPropertyValue("--class1").trim() || BLUE;
    found = { colours: [c0, c1, ...MORE_CLASSES], family: style.fontFamily || "sans-serif" };
    looks.set(el, found);
  }
  return found;
}

/** The two class colours of the page (lab.css variables when set) and the rest of the palette. */
export function palette(el) {
  return look(el).colours;
}

/** A 256-entry table of [r, g, b] for v in [−1, 1]: −1 → `neg`, 0 → MIDDLE, +1 → `pos`; `strength` < 1 keeps
 * the ends lighter (a background that points stand out on). */
export function divergingTable(neg, pos, strength = 1) {
  const table = new Uint8ClampedArray(256 * 3);
  const [n, m, p] = [rgb(neg), rgb(MIDDLE), rgb(pos)];
  for (let i = 0; i < 256; i++) {
    const v = (i / 255) * 2 - 1;
    const c = v < 0 ? mix(m, n, -v * strength) : mix(m, p, v * strength);
    table.set(c.map(Math.round), i * 3);
  }
  return table;
}

/** Index into a divergingTable for v (clamped to [−1, 1]). */
export function tableIndex(v) {
  if (!(v > -1)) return 0;
  if (v >= 1) return 255;
  return Math.round((v + 1) * 127.5);
}

/** Size `canvas` to cssWidth × cssHeight CSS pixels at the screen's pixel ratio; a 2-D context in CSS pixels.
 * Nothing is reallocated when the size is unchanged (the views redraw ten times a second). */
export function fitCanvas(canvas, cssWidth, cssHeight) {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(cssWidth * ratio));
  const h = Math.max(1, Math.round(cssHeight * ratio));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${cssWidth}px`;
    canvas.style.height = `${cssHeight}px`;
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}

/** About `count` round tick values covering [lo, hi] (1, 2, 2.5 or 5 times a power of ten). */
export function niceTicks(lo, hi, count = 5) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) || raw;
  const ticks = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return ticks;
}

/** A tick label: no trailing zeros, a true minus sign. */
export function tickLabel(v) {
  const text = Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(0) : String(+v.toPrecision(4));
  return text.replace(/-/g, "−");
}

/** A number for people: `digits` significant digits, a true minus sign; "–" for null. */
export function num(v, digits = 4) {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  const tiny = v !== 0 && Math.abs(v) < 1e-4;
  const text = Math.abs(v) >= 1e5 || tiny ? v.toExponential(digits - 1) : String(+v.toPrecision(digits));
  return text.replace(/-/g, "−");
}

/** The CSS font of the view's element at `size` px (the page's font, which holds Hangul). */
export function font(el, size, bold = false) {
  return `${bold ? "700 " : ""}${size}px ${look(el).family}`;
}

let viewText = {};

/** Load this folder's UI strings (text/views.<lang>.json) for pages that pass no `t` of their own. */
export async function loadViewText(lang) {
  const url = new URL(`../../text/views.${lang === "ko" ? "ko" : "en"}.json`, import.meta.url);
  const response = await fetch(url);
  viewText = await response.json();
  return viewText;
}

function fill(text, fields) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in fields ? String(fields[name]) : whole));
}

/** The string `key` with its {fields}: the page's `opts.t` first, else the loaded views.<lang>.json. */
export function tr(opts, key, fields = {}) {
  if (opts && typeof opts.t === "function") {
    const text = opts.t(key, fields);
    if (text && text !== key) return text;
  }
  return key in viewText ? fill(viewText[key], fields) : key;
}

/** Paint square grids ({values, n, offset, scale}: the colour of (v + offset)·scale in `table`) as the tiles of one
 * atlas canvas, each with a one-pixel border copied from its edge so that smoothing never mixes two tiles.
 * Returns tile(k, ctx, x, y, size), which draws grid k there: one putImageData a frame instead of one per grid. */
export function atlas(canvas, grids, table) {
  const side = Math.max(1, ...grids.map((g) => g.n)) + 2;
  const height = side * Math.max(1, grids.length);
  if (canvas.width !== side || canvas.height !== height) {
    canvas.width = side;
    canvas.height = height;
  }
  const actx = canvas.getContext("2d");
  const image = actx.createImageData(side, height);
  const data = image.data;
  grids.forEach((grid, k) => {
    const n = grid.n;
    for (let i = -1; i <= n; i++) {
      const row = Math.min(n - 1, Math.max(0, i)) * n;
      for (let j = -1; j <= n; j++) {
        const t = tableIndex((grid.values[row + Math.min(n - 1, Math.max(0, j))] + grid.offset) * grid.scale) * 3;
        const o = ((k * side + i + 1) * side + j + 1) * 4;
        data[o] = table[t];
        data[o + 1] = table[t + 1];
        data[o + 2] = table[t + 2];
        data[o + 3] = 255;
      }
    }
  });
  actx.putImageData(image, 0, 0);
  return (k, ctx, x, y, size) => {
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(canvas, 1, k * side + 1, grids[k].n, grids[k].n, x, y, size, size);
  };
}

/** The largest |v| of the values of every unit of a layer ([{values}, ...]). */
export function largest(units) {
  let m = 0;
  for (const unit of units) for (const v of unit.values) if (v > m || -v > m) m = Math.abs(v);
  return m;
}

/** state.neurons, or else the last ones this view saw while the layer sizes still match: the server sends the neuron
 * pictures only in every n-th state, and a view should not flicker in between. null when there are none. */
export function neuronsOf(view, state) {
  if (state && Array.isArray(state.neurons)) {
    view.neurons = state.neurons;
    return state.neurons;
  }
  const sizes = state && state.network ? state.network.layers.slice(1, -1) : [];
  const kept = view.neurons;
  const same = kept && kept.length === sizes.length && kept.every((units, k) => units.length === sizes[k]);
  return same ? kept : null;
}

/** Call `redraw` when the element changes size or when the page's web fonts have loaded (canvas text needs them). */
export function watch(el, draw) {
  const redraw = () => {
    looks.delete(el);
    draw();
  };
  let last = el.clientWidth;
  const observer = new ResizeObserver(() => {
    if (el.clientWidth !== last) {
      last = el.clientWidth;
      redraw();
    }
  });
  observer.observe(el);
  if (document.fonts) {
    document.fonts.addEventListener("loadingdone", redraw);
    for (const bold of [false, true]) document.fonts.load(font(el, 16, bold), "가 x").then(redraw, () => {});
  }
  return observer;
}

let styled = false;

/** Add views.css to the page once (the views bring their own look; the page's lab.css sets fonts and colours). */
function addStyles() {
  if (styled) return;
  styled = true;
  const href = new URL("views.css", import.meta.url).href;
  if ([...document.styleSheets].some((sheet) => sheet.href === href)) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  document.head.append(link);
}

/** Per-element state of a view (created once by `create`, reused by every render). */
export function instance(store, el, create) {
  let view = store.get(el);
  if (!view) {
    addStyles();
    view = create();
    store.set(el, view);
  }
  return view;
}

/** Give a canvas the role of a picture and a spoken description (set only when it changes). */
export function describe(canvas, text) {
  if (canvas.getAttribute("aria-label") !== text) {
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", text);
  }
}

/** A tiny element factory: tag, class name, text. */
export function make(tag, className = "", text = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A neuron on 1-D data: its activation over x1 as a small curve (white box, zero line, values in ±scale). */
export function sketch(ctx, values, scale, x, y, size) {
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(x, y, size, size);
  const mid = y + size / 2;
  ctx.strokeStyle = "#c9d0da";
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(x, mid);
  ctx.lineTo(x + size, mid);
  ctx.stroke();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  const last = values.length - 1 || 1;
  values.forEach((v, i) => {
    const px = x + (i / last) * size;
    const py = mid - (Math.max(-1, Math.min(1, v / scale)) * size * 0.45);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
  ctx.stroke();
}
