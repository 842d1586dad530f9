// The optimizer race: SGD, Momentum, Nesterov, Adagrad, Adadelta, RMSprop and Adam from the same start on a 2-D
// loss surface. POST /api/lessons/optimizers runs mldlab.optim's optimizers (PyTorch's defaults besides η) and
// returns every step; GET /api/lessons/optimizers gives the surfaces and the defaults. This page draws and animates.

import { fmt, h, initLesson, lessonApi, t, tex } from "/static/lessons/common/lesson.js";
import { api } from "/static/common/api.js";
import { Plot } from "/static/lessons/common/plot.js";
import { drawMinimum, drawPath, drawSurface, stepPlayer } from "/static/lessons/optimizers/surface.js";

const NAMES = ["sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam"];
const LOG_SURFACES = new Set(["rosenbrock", "beale"]);
const RULES = {
  sgd: ["\\theta \\leftarrow \\theta - \\eta\\, g"],
  momentum: ["b \\leftarrow \\mu\\, b + g \\quad (b_1 = g_1)", "\\theta \\leftarrow \\theta - \\eta\\, b"],
  nesterov: ["b \\leftarrow \\mu\\, b + g", "\\theta \\leftarrow \\theta - \\eta\\,(g + \\mu\\, b)"],
  adagrad: ["G \\leftarrow G + g^2", "\\theta \\leftarrow \\theta - \\eta\\, \\dfrac{g}{\\sqrt{G} + \\varepsilon}"],
  adadelta: ["v \\leftarrow \\rho\\, v + (1-\\rho)\\, g^2",
    "\\Delta \\leftarrow \\dfrac{\\sqrt{u + \\varepsilon}}{\\sqrt{v + \\varepsilon}}\\, g",
    "u \\leftarrow \\rho\\, u + (1-\\rho)\\, \\Delta^2", "\\theta \\leftarrow \\theta - \\eta\\, \\Delta"],
  rmsprop: ["v \\leftarrow \\alpha\\, v + (1-\\alpha)\\, g^2",
    "\\theta \\leftarrow \\theta - \\eta\\, \\dfrac{g}{\\sqrt{v} + \\varepsilon}"],
  adam: ["m \\leftarrow \\beta_1 m + (1-\\beta_1)\\, g", "v \\leftarrow \\beta_2 v + (1-\\beta_2)\\, g^2",
    "\\hat m = \\dfrac{m}{1-\\beta_1^t},\\ \\hat v = \\dfrac{v}{1-\\beta_2^t}",
    "\\theta \\leftarrow \\theta - \\eta\\, \\dfrac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}"],
};
const $ = (id) => document.getElementById(id);
const COLOURS = { sgd: "#d62728", momentum: "#1f5fbf", nesterov: "#17becf", adagrad: "#7b3fb5", adadelta: "#e0529c",
  rmsprop: "#e68a00", adam: "#1a9e4a" };
const colourOf = (name) => COLOURS[name];
let info = null;
let result = null;
let mapPlot = null;
let lossPlot = null;
const chosen = new Set(["sgd", "momentum", "rmsprop", "adam"]);

function surfaceInfo() {
  return info.surfaces.find((s) => s.name === $("surface").value);
}

function buildRunners() {
  const list = $("runners");
  list.replaceChildren();
  for (const name of NAMES) {
    const box = h("input", { type: "checkbox", id: `opt-${name}`, "data-testid": `opt-${name}` });
    box.checked = chosen.has(name);
    box.addEventListener("change", () => {
      if (box.checked) chosen.add(name);
      else chosen.delete(name);
      run();
    });
    const lr = h("input", { type: "number", id: `lr-${name}`, "data-testid": `lr-${name}`, min: "0.00001", max: "10",
      step: "any", "aria-label": `η ${t(`opt_name_${name}`)}` });
    lr.value = surfaceInfo().lr[name];
    lr.addEventListener("change", run);
    const readout = h("span", { class: "value", id: `final-${name}`, "data-testid": `final-${name}` });
    list.append(h("label", { for: `opt-${name}` }, box, h("span", { class: "swatch", style: `background:${colourOf(name)}` }),
      t(`opt_name_${name}`)), h("span", {}, "η = ", lr), readout);
  }
}

function suggested() {
  for (const name of NAMES) $(`lr-${name}`).value = surfaceInfo().lr[name];
}

function buildRules() {
  const rules = $("rules");
  rules.replaceChildren();
  for (const name of NAMES.filter((n) => chosen.has(n))) {
    const o = info.optimizers.find((x) => x.name === name);
    const args = Object.entries(o.defaults).map(([k, v]) => `${k}=${python(v)}`);
    const set = Object.entries(o.options).map(([k, v]) => `${k}=${v === true ? "True" : v}`);
    const formula = h("div", { class: "formula small" });
    tex(formula, RULES[name].join("\\qquad "));
    rules.append(h("div", { class: "rule", style: `border-color:${colourOf(name)}`, "data-testid": `rule-${name}` },
      h("h3", {}, h("span", { class: "swatch", style: `background:${colourOf(name)}` }), t(`opt_name_${name}`),
        h("span", { class: "note" }, t(`opt_idea_${name}`))),
      formula,
      h("div", { class: "defaults" }, `${o.class}(params, ${args.join(", ")})`),
      set.length ? h("div", {}, t("opt_here"), " ", h("span", { class: "defaults" }, set.join(", "))) : null));
  }
}

/** A default as Python writes it: True/False, tuples in parentheses. */
function python(value) {
  if (value === true || value === false) return value ? "True" : "False";
  if (Array.isArray(value)) return `(${value.map(python).join(", ")})`;
  if (value === null) return "None";
  return String(value).replace(/e([+-])(\d)$/, "e$10$2"); // 1e-8 → 1e-08, as Python prints it
}

async function run() {
  player.stop();
  const optimizers = NAMES.filter((n) => chosen.has(n)).map((name) => ({ name, lr: Number($(`lr-${name}`).value) }));
  buildRules();
  if (!optimizers.length) return;
  const out = await lessonApi("optimizers", { surface: $("surface").value, optimizers,
    steps: Math.round(Number($("steps").value) || 150) }).catch(() => null);
  if (!out) return;
  result = out;
  const steps = Math.max(...out.runs.map((r) => r.path.length - 1));
  $("step").max = String(steps);
  $("step").value = String(steps);
  buildPlots();
  draw();
}

function buildPlots() {
  const s = result.surface;
  tex($("surface-formula"), s.formula);
  mapPlot = new Plot($("map"), { x: s.extent.slice(0, 2), y: s.extent.slice(2), xLabel: "x", yLabel: "y",
    width: 560, height: 480, margin: { left: 56, right: 14, top: 12, bottom: 52 } });
  drawSurface(mapPlot, s, { log: LOG_SURFACES.has(s.name), levels: 14 });
  const steps = Math.max(...result.runs.map((r) => r.path.length - 1), 1);
  const gaps = result.runs.flatMap((r) => r.loss.filter((v) => v !== null).map((v) => gap(v)));
  const top = Math.min(Math.max(...gaps), 6);
  lossPlot = new Plot($("losses"), { x: [0, steps], y: [Math.max(Math.min(...gaps), -12), top + 0.5],
    xLabel: t("opt_step_axis"), yLabel: "log₁₀(J − J*)", width: 560, height: 300,
    margin: { left: 62, right: 14, top: 12, bottom: 52 } });
}

function gap(v) {
  return Math.log10(Math.max(v - result.surface.minimum_loss, 1e-12));
}

function draw() {
  if (!result) return;
  const upTo = Number($("step").value);
  $("step-readout").textContent = t("opt_step_readout", { step: upTo });
  mapPlot.front.replaceChildren();
  lossPlot.clear();
  const s = result.surface;
  drawMinimum(mapPlot, ...s.minimum);
  const start = result.start;
  mapPlot.point(start[0], start[1], { r: 8, fill: "#ffffff", stroke: "#14181f" });
  for (const r of result.runs) {
    const colour = colourOf(r.name);
    drawPath(mapPlot, r.path, colour, { upTo, dots: false, width: 4, r: 4 });
    const n = Math.min(upTo + 1, r.loss.length);
    lossPlot.curve([...Array(n).keys()], r.loss.slice(0, n).map((v) => (v === null ? null : gap(v))), colour);
    const at = Math.min(upTo, r.loss.length - 1);
    const text = r.diverged_at !== null && upTo >= r.diverged_at ? t("opt_diverged", { step: r.diverged_at })
      : `J = ${fmt(r.loss[at], 4)}`;
    const el = $(`final-${r.name}`);
    if (el) el.textContent = text;
  }
  for (const name of NAMES) if (!chosen.has(name)) $(`final-${name}`).textContent = "";
}

const player = stepPlayer({
  button: $("play"),
  slider: $("step"),
  draw: () => draw(),
  labels: { play: () => t("opt_play"), pause: () => t("opt_pause") },
  interval: (max) => Math.max(16, 4000 / max),
});

async function main() {
  await initLesson("optimizers", {
    onLang: () => {
      const lrs = Object.fromEntries(NAMES.map((n) => [n, $(`lr-${n}`).value]));
      buildRunners();
      for (const n of NAMES) $(`lr-${n}`).value = lrs[n];
      buildRules();
      if (result) {
        buildPlots();
        draw();
      }
      $("play").textContent = t(player.playing() ? "opt_pause" : "opt_play");
    },
  });
  $("play").textContent = t("opt_play");
  info = await api("/api/lessons/optimizers");
  buildRunners();
  $("surface").addEventListener("change", () => {
    suggested();
    run();
  });
  $("steps").addEventListener("change", run);
  $("suggested").addEventListener("click", () => {
    suggested();
    run();
  });
  $("step").addEventListener("input", () => {
    player.stop();
    draw();
  });
  $("play").addEventListener("click", player.play);
  await run();
  player.play();
}

main();
