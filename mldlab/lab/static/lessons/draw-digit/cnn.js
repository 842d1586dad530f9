// What the session-4 pages (draw-digit, char-rnn) share: colours for numbers, a grid of numbers as a heat map on a
// canvas, bars of probabilities, and characters made visible (a space, a line break).
//
//   heat(canvas, rows, { limit, signed, cell })   // rows: [[v, ...], ...]; blue < 0 < red when signed, else white → ink
//   bars(container, items, { highlight })          // items: [{label, p}], vertical bars with their percentages

const NS = "http://www.w3.org/2000/svg";

function svg(tag, attrs = {}) {
  const el = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}

/**
 * The colour of v on a scale up to `limit`: signed values from blue (−limit) through white (0) to red (+limit);
 * unsigned ones from white (0) to dark ink (limit).
 */
export function colour(v, limit, signed = true) {
  const s = limit > 0 ? Math.max(-1, Math.min(1, v / limit)) : 0;
  if (!signed) {
    const g = Math.round(255 - 235 * Math.max(0, s));
    return `rgb(${g},${g},${Math.min(255, g + 8)})`;
  }
  const a = Math.abs(s);
  const [r, g, b] = s >= 0 ? [192, 57, 43] : [31, 95, 191];
  const mix = (c) => Math.round(255 + (c - 255) * a);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

/** The largest |v| of nested arrays (1e-9 when all are zero). */
export function largest(values) {
  let top = 1e-9;
  for (const v of values.flat(Infinity)) top = Math.max(top, Math.abs(v));
  return top;
}

/** Draw rows of numbers into `canvas` as squares of `cell` pixels (the canvas takes the grid's size). */
export function heat(canvas, rows, { limit = largest(rows), signed = true, cell = 12 } = {}) {
  const h = rows.length;
  const w = h ? rows[0].length : 0;
  canvas.width = w * cell;
  canvas.height = h * cell;
  const ctx = canvas.getContext("2d");
  rows.forEach((row, r) => row.forEach((v, c) => {
    ctx.fillStyle = colour(v, limit, signed);
    ctx.fillRect(c * cell, r * cell, cell, cell);
  }));
  return ctx;
}

/** A character as the class can see it: a space as ␣, a line break as ↵, a tab as ⇥. */
export function visible(ch) {
  return { " ": "␣", "\n": "↵", "\t": "⇥", "\r": "␍" }[ch] ?? ch;
}

/**
 * Bars of probabilities: [{label, p}] left to right, the percentage above each, `highlight` the index in red. The
 * tallest bar is `top` (default 1: a bar's height is its probability; the largest p: small ones stay visible).
 */
export function bars(container, items, { highlight = -1, height = 260, labelSize = 26, top = 1 } = {}) {
  const width = 60 * items.length + 20;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "plot prob-bars", role: "img" });
  const base = height - labelSize - 16;
  const roof = 30;
  root.append(svg("line", { x1: 10, x2: width - 10, y1: base, y2: base, stroke: "#4a5361", "stroke-width": 2 }));
  items.forEach((item, i) => {
    const x = 20 + 60 * i;
    const h = Math.max(0, ((base - roof) * item.p) / top);
    const fill = i === highlight ? "#c0392b" : "#1f5fbf";
    root.append(svg("rect", { x, y: base - h, width: 44, height: Math.max(h, 0.5), fill, "data-p": item.p }));
    const pct = svg("text", { x: x + 22, y: base - h - 8, "text-anchor": "middle", class: "bar-value" });
    pct.textContent = item.p >= 0.995 ? "100%" : item.p >= 0.1 ? `${Math.round(item.p * 100)}%`
      : `${(item.p * 100).toFixed(1)}%`;
    const label = svg("text", { x: x + 22, y: base + labelSize + 4, "text-anchor": "middle", class: "bar-label" });
    label.setAttribute("font-size", labelSize);
    label.textContent = item.label;
    root.append(pct, label);
  });
  container.replaceChildren(root);
  return root;
}
