// Training and test curves per epoch: the loss (linear or log scale) and, for classifiers, the accuracy below it.
//
//   render(el, state, opts)   opts: {t, log: bool (the initial scale), height (of the loss chart; the accuracy chart
//                                    below it, for classifiers, is 0.62 times as tall)}
//
// Training is a solid blue line, test a dashed vermillion one: told apart by colour and by dash, so also in
// grey-scale and for colour-blind eyes. The check box switches the loss axis to a log scale (kept per element).

import {
  INK, TEST_LINE, TRAIN_LINE, describe, fitCanvas, font, instance, make, niceTicks, num, tickLabel, tr, watch,
} from "./common.js";

const views = new WeakMap();
const MARGIN = { left: 62, right: 16, top: 12, bottom: 40 };

function create(el, opts) {
  el.classList.add("mv-view", "mv-curves");
  const head = make("div", "mv-legend");
  const train = make("span", "mv-key");
  const test = make("span", "mv-key");
  const accuracy = make("span", "mv-key");
  accuracy.dataset.testid = "accuracy-now";
  const toggle = make("label", "mv-key mv-toggle");
  const box = make("input");
  box.type = "checkbox";
  box.dataset.testid = "loss-log";
  box.checked = Boolean(opts.log);
  const toggleText = document.createTextNode("");
  toggle.append(box, toggleText);
  head.append(train, test, accuracy, toggle);
  const loss = make("canvas", "mv-canvas");
  loss.dataset.testid = "loss-canvas";
  const accuracyCanvas = make("canvas", "mv-canvas");
  accuracyCanvas.dataset.testid = "accuracy-canvas";
  el.replaceChildren(head, loss, accuracyCanvas);
  const view = { trainText: key(train, TRAIN_LINE, false), testText: key(test, TEST_LINE, true),
    accuracyNow: accuracy, toggleText, box, loss, accuracy: accuracyCanvas, width: el.clientWidth, last: null };
  box.addEventListener("change", () => view.last && draw(el, view, ...view.last));
  watch(el, () => {
    view.width = el.clientWidth;
    if (view.last) draw(el, view, ...view.last);
  });
  return view;
}

/** Draw state.history in `el`. */
export function render(el, state, opts = {}) {
  const view = instance(views, el, () => create(el, opts));
  view.last = [state, opts];
  draw(el, view, state, opts);
}

/** A legend entry: a line swatch and a text node (updated in place at every redraw). */
function key(item, colour, dashed) {
  const swatch = make("span", "mv-line-swatch");
  swatch.style.borderTopColor = colour;
  if (dashed) swatch.style.borderTopStyle = "dashed";
  const text = document.createTextNode("");
  item.append(swatch, text);
  return text;
}

function setText(node, text) {
  if (node.data !== text) node.data = text;
}

function draw(el, view, state, opts) {
  const history = (state && state.history) || [];
  const latest = history.length ? history[history.length - 1] : {};
  const lossNow = (name) => (state && state[name] !== undefined ? state[name] : latest[name]);
  setText(view.trainText, `${tr(opts, "view_train_loss")} ${num(lossNow("train_loss"))}`);
  setText(view.testText, `${tr(opts, "view_test_loss")} ${num(lossNow("test_loss"))}`);
  setText(view.toggleText, tr(opts, "view_log_scale"));
  const width = view.width;
  if (width < 120) return;
  const withAccuracy = history.some((h) => h.train_accuracy !== null && h.train_accuracy !== undefined);
  const lossHeight = opts.height || 240;
  const epochs = history.map((h) => h.epoch);
  const xMax = Math.max(10, ...epochs);
  const xMin = Math.min(1, ...epochs);
  chart(el, view.loss, width, lossHeight, {
    xMin, xMax, epochs, log: view.box.checked, xLabel: withAccuracy ? "" : tr(opts, "view_epoch"),
    label: tr(opts, view.box.checked ? "view_loss_log" : "view_loss"),
    series: [[history.map((h) => h.train_loss), TRAIN_LINE, false], [history.map((h) => h.test_loss), TEST_LINE, true]],
  });
  describe(view.loss, tr(opts, "view_aria_loss"));
  describe(view.accuracy, tr(opts, "view_aria_accuracy"));
  view.accuracy.hidden = !withAccuracy;
  view.accuracyNow.hidden = !withAccuracy;
  if (withAccuracy) {
    const now = (name) => (state && state[name] !== undefined ? state[name] : latest[name]);
    const text = tr(opts, "view_accuracy_now", {
      train: percent(now("train_accuracy")), test: percent(now("test_accuracy")) });
    if (view.accuracyNow.textContent !== text) view.accuracyNow.textContent = text;
    chart(el, view.accuracy, width, Math.round(lossHeight * 0.62), {
      xMin, xMax, epochs, percent: true, label: tr(opts, "view_accuracy"), xLabel: tr(opts, "view_epoch"),
      series: [[history.map((h) => h.train_accuracy), TRAIN_LINE, false],
        [history.map((h) => h.test_accuracy), TEST_LINE, true]],
    });
  }
}

function percent(v) {
  return v === null || v === undefined ? "–" : `${(100 * v).toFixed(1)}%`;
}

/** The y range and ticks of a chart: [lo, hi, ticks, y(v) → 0..1]. */
function scale(values, spec) {
  if (spec.percent) return [0, 1, [0, 0.25, 0.5, 0.75, 1], (v) => v];
  const finite = values.filter((v) => v !== null && v !== undefined && Number.isFinite(v) && (!spec.log || v > 0));
  if (spec.log) {
    const lo = 10 ** Math.floor(Math.log10(finite.length ? Math.min(...finite) : 0.1));
    const hi = 10 ** Math.ceil(Math.log10(finite.length ? Math.max(...finite) : 1));
    const top = hi > lo ? hi : lo * 10;
    const ticks = [];
    const decades = Math.round(Math.log10(top / lo));
    for (let p = Math.log10(lo); p <= Math.log10(top) + 1e-9; p++) {
      ticks.push(10 ** p);
      if (decades <= 2 && p < Math.log10(top) - 1e-9) ticks.push(2 * 10 ** p, 5 * 10 ** p);
    }
    return [lo, top, ticks, (v) => Math.log10(v / lo) / Math.log10(top / lo)];
  }
  const hi = finite.length ? Math.max(...finite) * 1.05 || 1 : 1;
  const ticks = niceTicks(0, hi, 5);
  const top = Math.max(hi, ticks[ticks.length - 1]);
  return [0, top, ticks, (v) => v / top];
}

function chart(el, canvas, width, height, spec) {
  const ctx = fitCanvas(canvas, width, height);
  ctx.clearRect(0, 0, width, height);
  const bottom = spec.xLabel ? MARGIN.bottom : MARGIN.bottom - 18;
  const box = { x: MARGIN.left, y: MARGIN.top, w: width - MARGIN.left - MARGIN.right, h: height - MARGIN.top - bottom };
  const all = spec.series.flatMap(([values]) => values);
  const [, , ticks, y01] = scale(all, spec);
  const px = (e) => box.x + ((e - spec.xMin) / (spec.xMax - spec.xMin || 1)) * box.w;
  const py = (v) => box.y + box.h - y01(v) * box.h;
  ctx.font = font(el, 14);
  ctx.lineWidth = 1;
  ctx.strokeStyle = "#e3e7ed";
  ctx.fillStyle = INK;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  ctx.beginPath();
  for (const v of ticks) {
    ctx.moveTo(box.x, py(v));
    ctx.lineTo(box.x + box.w, py(v));
    ctx.fillText(spec.percent ? `${Math.round(v * 100)}%` : tickLabel(v), box.x - 6, py(v));
  }
  ctx.stroke();
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  const xTicks = niceTicks(spec.xMin, spec.xMax, Math.max(4, Math.floor(box.w / 70)))
    .filter((v) => v === Math.round(v));
  for (const e of xTicks) ctx.fillText(tickLabel(e), px(e), box.y + box.h + 6);
  ctx.font = font(el, 14, true);
  ctx.textBaseline = "bottom";
  if (spec.xLabel) ctx.fillText(spec.xLabel, box.x + box.w / 2, height - 1);
  ctx.save();
  ctx.translate(13, box.y + box.h / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = "middle";
  ctx.fillText(spec.label, 0, 0);
  ctx.restore();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y - 2, box.w, box.h + 4);
  ctx.clip();
  ctx.lineJoin = "round";
  for (const [values, colour, dashed] of spec.series) {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 3;
    ctx.setLineDash(dashed ? [9, 6] : []);
    ctx.beginPath();
    let drawing = false;
    values.forEach((v, i) => {
      const ok = v !== null && v !== undefined && Number.isFinite(v) && (!spec.log || v > 0);
      if (!ok) {
        drawing = false;
        return;
      }
      if (drawing) ctx.lineTo(px(spec.epochs[i]), py(v));
      else ctx.moveTo(px(spec.epochs[i]), py(v));
      drawing = true;
    });
    ctx.stroke();
    if (values.length === 1 && drawing) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.arc(px(spec.epochs[0]), py(values[0]), 4, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.restore();
  ctx.setLineDash([]);
}
