// Drawing a loss surface the server computed: a light heatmap, contour lines (marching squares on the server's
// grid), and paths of weights. Shared by the learning-rate, optimizer, batch-size and landscape pages.
// Nothing here computes a loss: it only draws the numbers of /api/lessons/*.
//
//   import { drawSurface, drawPath, RUN_COLOURS } from "/static/lessons/optimizers/surface.js";
//   drawSurface(plot, { n, extent, values }, { log: true });   drawPath(plot, [[x, y], ...], "#c0392b");

/** Colours of the runs (optimizers, learning rates, batch sizes): distinct on a projector and for most colour
 * vision types. */
export const RUN_COLOURS = ["#d62728", "#1f5fbf", "#e68a00", "#7b3fb5", "#1a9e77", "#e0529c", "#5a4a2a"];

const RAMP = [[255, 255, 255], [226, 236, 247], [186, 208, 233], [139, 172, 211], [92, 128, 181]];

/** The heatmap colour of t in [0, 1] (0 = lowest loss, white; 1 = highest, slate blue). */
export function rampColour(t) {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 1)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const f = x - i;
  return RAMP[i].map((c, k) => Math.round(c + f * (RAMP[i + 1][k] - c)));
}

/** A scale v -> t in [0, 1] over the grid's values; with `log`, on log(v − min + ε) (for surfaces like Rosenbrock
 * whose values span many orders of magnitude). */
export function scaleOf(values, { log = false } = {}) {
  const finite = values.filter((v) => v !== null && Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (!log) return (v) => (v === null ? 1 : (v - lo) / (hi - lo || 1));
  const eps = (hi - lo) * 1e-4 || 1e-12;
  const f = (v) => Math.log(v - lo + eps);
  const flo = f(lo);
  const fhi = f(hi);
  return (v) => (v === null ? 1 : (f(v) - flo) / (fhi - flo || 1));
}

/** Line segments [[x0, y0, x1, y1], ...] where the grid crosses `level` (marching squares). */
export function contourSegments(values, n, extent, level) {
  const [x0, x1, y0, y1] = extent;
  const dx = (x1 - x0) / (n - 1);
  const dy = (y1 - y0) / (n - 1);
  const X = (j) => x0 + j * dx;
  const Y = (i) => y1 - i * dy; // row 0 at the top
  const at = (i, j) => values[i * n + j];
  const out = [];
  for (let i = 0; i < n - 1; i++) {
    for (let j = 0; j < n - 1; j++) {
      const corners = [[i, j], [i, j + 1], [i + 1, j + 1], [i + 1, j]];
      const v = corners.map(([a, b]) => at(a, b));
      if (v.some((u) => u === null || !Number.isFinite(u))) continue;
      const cuts = [];
      for (let k = 0; k < 4; k++) {
        const a = v[k];
        const b = v[(k + 1) % 4];
        if ((a < level) !== (b < level)) {
          const f = (level - a) / (b - a);
          const [ia, ja] = corners[k];
          const [ib, jb] = corners[(k + 1) % 4];
          cuts.push([X(ja + f * (jb - ja)), Y(ia + f * (ib - ia))]);
        }
      }
      if (cuts.length === 2) out.push([...cuts[0], ...cuts[1]]);
      if (cuts.length === 4) out.push([...cuts[0], ...cuts[1]], [...cuts[2], ...cuts[3]]);
    }
  }
  return out;
}

/** Paint the grid {n, extent, values} as a heatmap with `levels` contour lines. Returns the scale. */
export function drawSurface(plot, grid, { log = false, levels = 12, lines = true } = {}) {
  const scale = scaleOf(grid.values, { log });
  plot.heatmap(grid.values, grid.n, grid.extent, (v) => rampColour(scale(v)));
  if (!lines) return scale;
  const finite = grid.values.filter((v) => v !== null && Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const xs = [];
  const ys = [];
  for (let k = 1; k <= levels; k++) {
    const t = k / (levels + 1);
    // the level whose scaled value is t (invert the scale by bisection: works for both scales)
    let a = lo;
    let b = hi;
    for (let it = 0; it < 50; it++) {
      const m = (a + b) / 2;
      if (scale(m) < t) a = m;
      else b = m;
    }
    for (const [p, q, r, s] of contourSegments(grid.values, grid.n, grid.extent, (a + b) / 2)) {
      xs.push(p, r, null);
      ys.push(q, s, null);
    }
  }
  plot.curve(xs, ys, "#56657a", { width: 1.2, layer: "back" });
  return scale;
}

/** A path of weights [[x, y], ...] (or [[w], ...] with `ys` given for a 1-D curve), drawn as a thick line with
 * dots at each step; the first `upTo` points only when given (for animation). */
export function drawPath(plot, points, colour, { upTo = null, ys = null, dots = true, width = 3.5, r = 4.5 } = {}) {
  const count = upTo === null ? points.length : Math.min(points.length, upTo + 1);
  const px = [];
  const py = [];
  for (let k = 0; k < count; k++) {
    const p = points[k];
    if (!p || p[0] === null || (ys ? ys[k] === null : p[1] === null)) break;
    px.push(p[0]);
    py.push(ys ? ys[k] : p[1]);
  }
  if (!px.length) return;
  plot.curve(px, py, "#ffffff", { width: width + 3 });
  plot.curve(px, py, colour, { width });
  if (dots && px.length < 400) {
    for (let k = 0; k < px.length; k++) {
      if (inside(plot, px[k], py[k])) plot.point(px[k], py[k], { r, fill: colour, stroke: "#ffffff" });
    }
  }
  const last = px.length - 1;
  if (inside(plot, px[last], py[last])) plot.point(px[last], py[last], { r: r + 3.5, fill: colour, stroke: "#14181f" });
}

/** Whether (x, y) is inside the plot's limits. */
export function inside(plot, x, y) {
  return x >= plot.x[0] && x <= plot.x[1] && y >= plot.y[0] && y <= plot.y[1];
}

/** Draw a star at the minimum. */
export function drawMinimum(plot, x, y) {
  plot.text(x, y, "★", { anchor: "middle", dy: 8, size: 26, fill: "#14181f" });
}

// Play/pause of a page's step slider: one step every interval(max) ms until the last, then it stops by itself.
// `labels.play()` and `labels.pause()` give the button's text in the page's language at the time it changes.
export function stepPlayer({ button, slider, draw, labels, interval }) {
  let timer = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    button.textContent = labels.play();
  };
  const play = () => {
    if (timer) {
      stop();
      return;
    }
    const max = Number(slider.max);
    if (Number(slider.value) >= max) slider.value = "0";
    button.textContent = labels.pause();
    timer = setInterval(() => {
      const next = Math.min(max, Number(slider.value) + 1);
      slider.value = String(next);
      draw();
      if (next >= max) stop();
    }, interval(max));
  };
  return { play, stop, playing: () => timer !== null };
}
