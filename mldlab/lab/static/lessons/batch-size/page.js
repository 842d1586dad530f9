// GD vs SGD vs mini-batch on the "will I pass this class?" students. POST /api/lessons/batch-size runs the slide's
// loop (shuffle, take B students, average their gradients, step with mldlab.optim.SGD) once per batch size and
// returns the weights after every iteration, the batch losses, the loss on all students and the counts.
// This page only draws them.

import { fmt, h, initLesson, lessonApi, t, tex } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";
import { drawPath, drawSurface } from "/static/lessons/optimizers/surface.js";

const COLOURS = { gd: "#1f5fbf", sgd: "#d62728", minibatch: "#e68a00" };
const $ = (id) => document.getElementById(id);
const errorShown = () => document.querySelector('[data-testid="message"]').textContent !== "";
let result = null;

function settings() {
  const n = Math.round(Number($("n").value) || 100);
  const b = Math.round(Number($("batch").value) || 10);
  return { n_samples: n, batch_sizes: [n, 1, b], learning_rate: Number($("lr").value),
    epochs: Math.round(Number($("epochs").value) || 5), seed: Math.round(Number($("seed").value) || 0) };
}

async function run() {
  const out = await lessonApi("batch-size", settings()).catch(() => null);
  if (!out) return;
  result = out;
  draw();
}

function kindName(r) {
  return t(`bs_kind_${r.kind}`);
}

function drawTable() {
  const table = $("counts");
  table.replaceChildren(h("tr", {}, ...["bs_col_method", "bs_col_batch", "bs_col_per_epoch", "bs_col_epochs",
    "bs_col_total", "bs_col_loss"].map((k) => h("th", {}, t(k)))));
  result.runs.forEach((r, i) => {
    const last = r.epoch_loss[r.epoch_loss.length - 1];
    table.append(h("tr", { "data-testid": `row-${r.kind}` },
      h("td", { class: "text" }, h("span", { class: "swatch", style: `background:${COLOURS[r.kind]};width:16px;height:16px` }),
        " ", kindName(r)),
      h("td", {}, String(r.batch_size)),
      h("td", { "data-testid": `iterations-per-epoch-${i}` }, String(r.iterations_per_epoch)),
      h("td", {}, String(r.epochs)),
      h("td", { "data-testid": `iterations-${i}` }, String(r.iterations)),
      h("td", {}, fmt(last, 4))));
  });
  const mini = result.runs[2] || result.runs[0];
  $("count-label").textContent = t("bs_iterations_per_epoch");
  tex($("count-formula"), "\\left\\lceil \\frac{n}{B} \\right\\rceil = " +
    `\\left\\lceil \\frac{${result.n}}{${mini.batch_size}} \\right\\rceil = ${mini.iterations_per_epoch}`);
  tex($("algo-3"), "\\dfrac{\\partial J(\\mathbf{W})}{\\partial \\mathbf{W}} = \\dfrac{1}{B}\\sum_{k=1}^{B}" +
    "\\dfrac{\\partial J_k(\\mathbf{W})}{\\partial \\mathbf{W}}", { inline: true });
  tex($("algo-4"), "\\mathbf{W} \\leftarrow \\mathbf{W} - \\eta\\, \\dfrac{\\partial J(\\mathbf{W})}{\\partial \\mathbf{W}}",
    { inline: true });
}

function drawMap() {
  const s = result.surface;
  const plot = new Plot($("map"), { x: s.extent.slice(0, 2), y: s.extent.slice(2), xLabel: "w₁", yLabel: "w₂",
    width: 500, height: 430, square: true, margin: { left: 56, right: 14, top: 12, bottom: 52 } });
  drawSurface(plot, s, { levels: 10 });
  plot.point(result.start[0], result.start[1], { r: 8, fill: "#ffffff", stroke: "#14181f" });
  for (const r of result.runs) drawPath(plot, r.path, COLOURS[r.kind], { dots: r.path.length < 60, width: 3, r: 4 });
  $("legend").replaceChildren(...result.runs.map((r) => h("span", {},
    h("span", { class: "line", style: `background:${COLOURS[r.kind]}` }), `${kindName(r)} (B = ${r.batch_size})`)));
}

function drawCurves() {
  const most = Math.max(...result.runs.map((r) => r.iterations));
  const all = result.runs.flatMap((r) => [...r.loss, ...r.batch_loss]).filter((v) => v !== null);
  const top = Math.min(Math.max(...result.runs.map((r) => r.loss[0])) * 1.15, Math.max(...all));
  const perIteration = new Plot($("per-iteration"), { x: [0, most], y: [0, top], xLabel: t("bs_iteration_axis"),
    yLabel: "J", width: 600, height: 290, margin: { left: 56, right: 14, top: 12, bottom: 52 } });
  for (const r of result.runs) {
    const xs = r.batch_loss.map((_, k) => k + 1);
    const faint = perIteration.curve(xs, r.batch_loss, COLOURS[r.kind], { width: 1.2 });
    faint.setAttribute("opacity", "0.3");
  }
  for (const r of result.runs) {
    perIteration.curve(r.loss.map((_, k) => k), r.loss, COLOURS[r.kind], { width: 3.5 });
    if (r.kind === "gd") {
      r.loss.forEach((v, k) => perIteration.point(k, v, { r: 6, fill: COLOURS.gd }));
    }
  }
  const epochs = result.runs[0].epochs;
  const perEpoch = new Plot($("per-epoch"), { x: [0, epochs], y: [0, top], xLabel: t("bs_epoch_axis"), yLabel: "J",
    width: 600, height: 250, margin: { left: 56, right: 14, top: 12, bottom: 52 } });
  for (const r of result.runs) {
    const xs = r.epoch_loss.map((_, k) => k);
    perEpoch.curve(xs, r.epoch_loss, COLOURS[r.kind], { width: 3.5 });
    xs.forEach((x) => perEpoch.point(x, r.epoch_loss[x], { r: 5, fill: COLOURS[r.kind] }));
  }
}

function draw() {
  if (!result) return;
  drawTable();
  drawMap();
  drawCurves();
}

async function main() {
  // after a language switch: redraw, or ask again when the message area holds an error (to show it translated)
  await initLesson("batch-size", {
    onLang: () => {
      draw();
      if (errorShown()) run();
    },
  });
  for (const id of ["n", "batch", "lr", "epochs", "seed"]) $(id).addEventListener("change", run);
  await run();
}

main();
