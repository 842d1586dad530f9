// The learning-rate lab: the same gradient descent W ← W − η ∂J/∂W with several η, side by side.
// The server (POST /api/lessons/learning-rate) runs mldlab.optim.SGD on the loss and returns every step;
// this page only draws the path on the loss curve (or surface) and the loss per step, and animates them.

import { fmt, getLang, h, initLesson, lessonApi, t, tex } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";
import { RUN_COLOURS, drawPath, drawSurface, stepPlayer } from "/static/lessons/optimizers/surface.js";

const SLIDE_VALUES = { curve: [0.1, 0.6, 2.2], pass_exam: [0.05, 3, 40] };
const $ = (id) => document.getElementById(id);
/** A server number for a sentence: `digits` decimals, and 0 for what rounds to 0 there (not "−2.16e-6"). */
const nice = (v, digits) => fmt(Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v, digits);
let result = null;
let views = [];

function settings() {
  const problem = $("problem").value;
  const rates = [0, 1, 2].map((i) => Number($(`lr-${i}`).value)).filter((v) => v > 0);
  return { problem, learning_rates: rates, steps: Math.round(Number($("steps").value) || 40) };
}

function fillSlideValues() {
  SLIDE_VALUES[$("problem").value].forEach((v, i) => {
    $(`lr-${i}`).value = v;
  });
}

async function run() {
  player.stop();
  const out = await lessonApi("learning-rate", settings()).catch(() => null);
  if (!out) return;
  result = out;
  $("step").max = String(Math.max(...out.runs.map((r) => r.path.length - 1)));
  $("step").value = $("step").max;
  build();
  draw();
}

function build() {
  const runs = $("runs");
  runs.style.setProperty("--runs", String(result.runs.length));
  runs.replaceChildren();
  views = result.runs.map((r, i) => {
    const colour = RUN_COLOURS[i % RUN_COLOURS.length];
    const surface = h("div", { "data-testid": `surface-${i}` });
    const losses = h("div", { "data-testid": `loss-${i}` });
    const verdict = h("p", { class: "verdict", "data-testid": `verdict-${i}` });
    const panel = h("section", { class: "panel", "data-testid": `run-${i}` },
      h("div", { class: "run-title" }, h("span", { class: "swatch", style: `background:${colour}` }),
        `η = ${fmt(r.learning_rate, 4)}`),
      h("div", { class: "plot-title" }, t(result.problem === "curve" ? "lr_path_curve" : "lr_path_surface")),
      surface,
      h("div", { class: "plot-title" }, t("lr_loss_per_step")),
      losses, verdict);
    runs.append(panel);
    return { colour, surface, losses, verdict, run: r };
  });
  const maxStart = Math.max(...result.runs.map((r) => r.loss[0]));
  const lows = result.runs.flatMap((r) => r.loss.filter((v) => v !== null));
  const yLow = Math.min(0, ...lows);
  for (const v of views) {
    if (result.problem === "curve") {
      const s = result.surface;
      v.surfacePlot = new Plot(v.surface, { x: s.extent, y: [Math.min(...s.loss) - 0.5, Math.max(...s.loss) + 0.5],
        xLabel: "w", yLabel: "J(w)", width: 440, height: 300, margin: { left: 48, right: 12, top: 12, bottom: 50 } });
      v.surfacePlot.curve(s.w, s.loss, "#56657a", { width: 3, layer: "back" });
    } else {
      const s = result.surface;
      v.surfacePlot = new Plot(v.surface, { x: s.extent.slice(0, 2), y: s.extent.slice(2), xLabel: "w₁", yLabel: "w₂",
        width: 440, height: 380, square: true, margin: { left: 48, right: 12, top: 12, bottom: 50 } });
      drawSurface(v.surfacePlot, s, { levels: 10 });
    }
    const steps = Math.max(...result.runs.map((r) => r.path.length - 1), 1);
    v.lossPlot = new Plot(v.losses, { x: [0, steps], y: [yLow, maxStart * 1.5 || 1], xLabel: t("lr_step_axis"),
      yLabel: "J", width: 440, height: 220, margin: { left: 48, right: 20, top: 12, bottom: 50 } });
  }
}

function verdict(v) {
  const r = v.run;
  const last = r.path.length - 1;
  const w = r.path[last];
  const J = r.loss[last];
  if (r.diverged_at !== null) return [r.message, "bad"];
  if (result.problem === "curve") {
    const minima = result.surface.minima;
    const near = minima.find((m) => Math.abs(w[0] - m.w) < 0.15);
    const lowest = minima.find((m) => m.lowest);
    const fields = { w: nice(w[0], 3), J: nice(J, 3), best: nice(lowest.w, 2), steps: last };
    if (near && near.lowest) return [t("lr_verdict_found", fields), "good"];
    if (near) return [t("lr_verdict_stuck", fields), "warn"];
    const prev = r.path[Math.max(0, last - 1)][0];
    if ((prev - lowest.w) * (w[0] - lowest.w) < 0) return [t("lr_verdict_bouncing", fields), "warn"];
    return [t("lr_verdict_slow", fields), "warn"];
  }
  const best = Math.min(...result.surface.values);
  return [t("lr_verdict_surface", { J: fmt(J, 4), best: fmt(best, 4), steps: last }), J - best < 0.005 ? "good" : "warn"];
}

function draw() {
  if (!result) return;
  const upTo = Number($("step").value);
  $("step-readout").textContent = t("lr_step_readout", { step: upTo });
  for (const v of views) {
    const r = v.run;
    v.surfacePlot.front.replaceChildren();
    v.lossPlot.clear();
    if (result.problem === "curve") {
      drawPath(v.surfacePlot, r.path, v.colour, { upTo, ys: r.loss });
    } else {
      drawPath(v.surfacePlot, r.path, v.colour, { upTo });
    }
    const n = Math.min(upTo + 1, r.loss.length);
    v.lossPlot.curve([...Array(n).keys()], r.loss.slice(0, n), v.colour, { width: 3.5 });
    const [text, kind] = verdict(v);
    v.verdict.textContent = text;
    v.verdict.className = `verdict ${kind}`;
  }
}

const player = stepPlayer({
  button: $("play"),
  slider: $("step"),
  draw: () => draw(),
  labels: { play: () => t("lr_play"), pause: () => t("lr_pause") },
  interval: (max) => Math.max(30, 2500 / max),
});

async function main() {
  await initLesson("learning-rate", {
    onLang: () => {
      document.documentElement.lang = getLang();
      run(); // the server's verdicts (a divergence) come in the new language
    },
  });
  tex($("rule"), "\\mathbf{W} \\leftarrow \\mathbf{W} - \\eta\\, \\frac{\\partial J(\\mathbf{W})}{\\partial \\mathbf{W}}");
  $("play").textContent = t("lr_play");
  fillSlideValues();
  $("problem").addEventListener("change", () => {
    fillSlideValues();
    run();
  });
  for (const id of ["lr-0", "lr-1", "lr-2", "steps"]) $(id).addEventListener("change", run);
  $("slide").addEventListener("click", () => {
    fillSlideValues();
    run();
  });
  $("step").addEventListener("input", () => {
    player.stop();
    draw();
  });
  $("play").addEventListener("click", player.play);
  await run();
}

main();
