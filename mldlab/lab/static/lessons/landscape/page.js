// The loss landscape: the loss of a real network on a 2-D slice through its weights, J(θ* + α·δ + β·η), with
// random directions δ, η scaled filter by filter (Li et al.). From the playground's model when this tab has a
// playground session (GET /api/landscape with its token), else from a small default network trained on moons
// (POST /api/lessons/landscape). The server computes every loss; this page draws them.

import { fmt, initLesson, lessonApi, t, tex } from "/static/lessons/common/lesson.js";
import { api, getSession } from "/static/common/api.js";
import { Plot } from "/static/lessons/common/plot.js";
import { drawMinimum, drawSurface } from "/static/lessons/optimizers/surface.js";

const SESSION_KEY = "mldlab-lab-session"; // where common/api.js keeps the tab's session
const $ = (id) => document.getElementById(id);
let result = null;

/** The playground session of this tab, if it has one (never creates one). */
function keptSession() {
  const live = getSession();
  if (live && live.session) return live.session;
  try {
    const kept = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null");
    return kept && kept.session ? kept.session : null;
  } catch {
    return null;
  }
}

/** The answer of either endpoint (mldlab.lab.landscape: row i is β = alphas[i], from −span up) as a grid for
 * Plot.heatmap (row 0 at the top, β = +span). */
function gridOf(out) {
  const n = out.n;
  const values = [];
  for (let i = n - 1; i >= 0; i--) values.push(...out.values.slice(i * n, (i + 1) * n));
  return { n, span: out.span, values, extent: [-out.span, out.span, -out.span, out.span] };
}

async function fromPlayground(token) {
  const params = new URLSearchParams({ n: $("n").value, span: $("span").value });
  const response = await fetch(`/api/landscape?${params}`, {
    headers: { "X-Lab-Session": token, "X-Lab-Lang": document.documentElement.lang || "en" },
  });
  if (!response.ok) return null;
  const out = await response.json();
  return out && Array.isArray(out.values) ? { ...out, source: "playground" } : null;
}

async function run() {
  const token = keptSession();
  $("source").querySelector('option[value="playground"]').disabled = !token;
  if (!token && $("source").value === "playground") $("source").value = "default";
  let out = null;
  if ($("source").value === "playground") {
    out = await fromPlayground(token).catch(() => null);
    if (!out) {
      $("source").value = "default";
      document.querySelector('[data-testid="message"]').textContent = t("ls_no_playground");
    }
  }
  if (!out) {
    out = await lessonApi("landscape", { n: Math.round(Number($("n").value)), span: Number($("span").value),
      seed: Math.round(Number($("seed").value)) }).catch(() => null);
  }
  if (!out) return;
  result = out;
  draw();
}

function describe(out) {
  if (out.source !== "default" || !out.model) return t("ls_model_playground");
  const m = out.model;
  return t("ls_model_default", { layers: m.layers.join("–"), epochs: m.epochs, acc: fmt(100 * out.accuracy, 1) });
}

function draw() {
  if (!result) return;
  const g = gridOf(result);
  const plot = new Plot($("map"), { x: [-g.span, g.span], y: [-g.span, g.span], xLabel: "α", yLabel: "β",
    width: 520, height: 470, square: true, margin: { left: 60, right: 14, top: 12, bottom: 52 } });
  drawSurface(plot, g, { log: true, levels: 14 });
  drawMinimum(plot, 0, 0);
  plot.text(0, 0, "θ*", { dx: 14, dy: -12, size: 20 });
  const finite = g.values.filter((v) => v !== null);
  const centre = g.values[Math.floor(g.n / 2) * g.n + Math.floor(g.n / 2)];
  $("center-loss").textContent = fmt(result.center ?? centre, 4);
  $("edge-loss").textContent = fmt(Math.max(...finite), 3);
  $("model").textContent = describe(result);
  $("seed").disabled = result.source === "playground";
  const lowest = Math.min(...finite);
  $("cut-note").textContent = t(centre <= lowest + 1e-6 * Math.max(1, Math.abs(lowest)) ? "ls_cut_valley" : "ls_cut_slope");
  const row = Math.floor(g.n / 2);
  const cut = g.values.slice(row * g.n, (row + 1) * g.n);
  const xs = cut.map((_, j) => -g.span + (2 * g.span * j) / (g.n - 1));
  const cutPlot = new Plot($("cut"), { x: [-g.span, g.span], y: [0, Math.max(...cut.filter((v) => v !== null)) * 1.05],
    xLabel: "α", yLabel: "J(θ* + αδ)", width: 560, height: 300, margin: { left: 60, right: 14, top: 12, bottom: 52 } });
  cutPlot.curve(xs, cut, "#1f5fbf", { width: 3.5 });
  xs.forEach((x, j) => cutPlot.point(x, cut[j], { r: 4, fill: "#1f5fbf" }));
  cutPlot.point(0, centre, { r: 9, fill: "#14181f" });
}

async function main() {
  await initLesson("landscape", { onLang: draw });
  tex($("slice-formula"), "J(\\theta^* + \\alpha\\,\\delta + \\beta\\,\\eta),\\quad " +
    "\\delta_i \\leftarrow \\frac{\\delta_i}{\\lVert \\delta_i \\rVert}\\,\\lVert \\theta^*_i \\rVert");
  if (keptSession()) $("source").value = "playground";
  for (const el of document.querySelectorAll(".controls input, .controls select")) el.addEventListener("change", run);
  await run();
}

main();
