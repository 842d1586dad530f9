// Overfitting: a big ReLU network on few noisy points, trained three times from the same first weights: as is,
// with dropout, and with early stopping (Keras's EarlyStopping, patience, best weights restored). Each variant is
// one POST /api/lessons/overfitting (Model.fit on the engine); this page draws the curves and boundaries.

import { fmt, h, initLesson, lessonApi, t } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";

const VARIANTS = ["plain", "dropout", "early_stopping"];
const TRAIN = "#1f5fbf";
const TEST = "#d62728";
const CLASS0 = [229, 131, 43];
const CLASS1 = [43, 111, 214];
const NOISE = { pass_exam: 1, moons: 0.3, circles: 0.15, xor: 0.3 }; // a noise that makes each set overfittable
const $ = (id) => document.getElementById(id);
const errorShown = () => document.querySelector('[data-testid="message"]').textContent !== "";
const results = {};

function settings(variant) {
  const num = (id) => Number($(id).value);
  return { variant, dataset: $("dataset").value, n_samples: Math.round(num("n")), noise: num("noise"),
    hidden_layers: Math.round(num("layers")), hidden_units: Math.round(num("units")), epochs: Math.round(num("epochs")),
    dropout: num("dropout"), patience: Math.round(num("patience")), seed: Math.round(num("seed")) };
}

function titles() {
  $("title-dropout").textContent = t("of_with_dropout", { p: $("dropout").value });
  $("title-early_stopping").textContent = t("of_with_early", { patience: $("patience").value });
}

async function run() {
  titles();
  await Promise.all(VARIANTS.map(async (variant) => {
    const out = await lessonApi("overfitting", settings(variant), { key: `overfitting-${variant}` }).catch(() => null);
    if (!out) return;
    results[variant] = out;
    draw(variant);
  }));
}

function colour(p) {
  // P(class 1) = p: orange (class 0) through white (0.5) to blue (class 1), pale so that the points stand out
  const target = p < 0.5 ? CLASS0 : CLASS1;
  const s = Math.min(1, Math.abs(p - 0.5) * 2) * 0.55;
  return target.map((c) => Math.round(255 + s * (c - 255)));
}

function drawCurves(variant, r) {
  const loss = r.history.loss;
  const val = r.history.val_loss;
  const all = [...loss, ...val].filter((v) => v !== null);
  const epochs = Number($("epochs").value);
  const plot = new Plot($(`curves-${variant}`), { x: [0, Math.max(epochs, loss.length)], y: [0, Math.max(1, ...all) * 1.05],
    xLabel: t("of_epoch_axis"), yLabel: t("of_loss_axis"), width: 440, height: 260,
    margin: { left: 66, right: 22, top: 12, bottom: 52 } });
  const xs = loss.map((_, k) => k + 1);
  plot.curve(xs, loss, TRAIN, { width: 3 });
  plot.curve(xs, val, TEST, { width: 3, dash: "9 6" });
  if (variant === "early_stopping" && r.best_epoch) {
    const top = plot.y[1];
    plot.segment(r.best_epoch, 0, r.best_epoch, top, "#1a9e4a", { width: 3 });
    plot.text(r.best_epoch, top * 0.92, t("of_best_mark", { epoch: r.best_epoch }), { dx: 6, size: 15, fill: "#146b34" });
    if (r.stopped_epoch) {
      plot.segment(r.stopped_epoch, 0, r.stopped_epoch, top, "#14181f", { width: 2, dash: "4 4" });
      plot.text(r.stopped_epoch, top * 0.78, t("of_stop_mark", { epoch: r.stopped_epoch }), { dx: 6, size: 15 });
    }
  }
}

function drawBoundary(variant, r) {
  const b = r.boundary;
  const plot = new Plot($(`boundary-${variant}`), { x: b.extent.slice(0, 2), y: b.extent.slice(2),
    xLabel: r.dataset === "pass_exam" ? t("of_x1_pass") : "x₁", yLabel: r.dataset === "pass_exam" ? t("of_x2_pass") : "x₂",
    width: 440, height: 330, margin: { left: 56, right: 12, top: 12, bottom: 52 } });
  plot.heatmap(b.values, b.n, b.extent, colour);
  const fill = (y) => `rgb(${(y ? CLASS1 : CLASS0).join(",")})`;
  r.points.test.x.forEach(([x1, x2], i) => plot.point(x1, x2, { r: 5.5, fill: "#ffffff", stroke: fill(r.points.test.y[i]) }));
  r.points.train.x.forEach(([x1, x2], i) => plot.point(x1, x2, { r: 6, fill: fill(r.points.train.y[i]), stroke: "#ffffff" }));
}

function drawFinal(variant, r) {
  const f = r.final;
  const el = $(`final-${variant}`);
  el.replaceChildren(
    h("div", {}, t("of_final_train", { loss: fmt(f.train_loss, 3), acc: fmt(100 * f.train_accuracy, 1) })),
    h("div", {}, t("of_final_test", { loss: fmt(f.test_loss, 3), acc: fmt(100 * f.test_accuracy, 1) })));
  if (variant === "early_stopping") {
    el.append(h("div", { class: "note" }, r.stopped_epoch ? t("of_stopped", { stop: r.stopped_epoch, best: r.best_epoch })
      : t("of_not_stopped", { best: r.best_epoch })));
  }
  el.className = `verdict ${f.test_loss > 2 * f.train_loss + 0.1 ? "bad" : "good"}`;
}

function draw(variant) {
  const r = results[variant];
  if (!r) return;
  drawCurves(variant, r);
  drawBoundary(variant, r);
  drawFinal(variant, r);
}

async function main() {
  await initLesson("overfitting", {
    onLang: () => {
      titles();
      VARIANTS.forEach(draw);
      if (errorShown()) run();
    },
  });
  $("dataset").addEventListener("change", () => {
    $("noise").value = NOISE[$("dataset").value];
  });
  for (const el of document.querySelectorAll(".controls input, .controls select")) el.addEventListener("change", run);
  await run();
}

main();
