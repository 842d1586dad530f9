// What the session-2 pages (knn, tree, forest) share: the data controls, the class colours, the decision regions
// the server computed painted under the points, and the points themselves (training filled, test hollow).
//
//   const data = dataControls($("data"), state, refresh);   // data set, points, noise, seed (strings: common text)
//   const plot = planePlot($("plane"), out.data.extent, { width: 640 });
//   paintRegions(plot, out.regions);  drawPoints(plot, out.data);

import { applyI18n, h, t } from "/static/lessons/common/lesson.js";
import { Plot } from "/static/lessons/common/plot.js";

/** Class 0 orange, class 1 blue (as the perceptron and the playground), then a colour-blind-safe palette. */
export const CLASS_COLOURS = [[229, 131, 43], [43, 111, 214], [0, 158, 115], [204, 121, 167], [86, 180, 233]];
export const DATASETS = ["moons", "circles", "gaussians", "xor", "pass_exam"];

export function rgb(k, alpha = 1) {
  const c = CLASS_COLOURS[k % CLASS_COLOURS.length];
  return alpha === 1 ? `rgb(${c.join(",")})` : `rgba(${c.join(",")},${alpha})`;
}

/** The colour of a region cell: the class's colour, paler where the model is less sure (P near 1/K). */
function regionColour(nClasses) {
  const floor = 1 / nClasses;
  return (k, p) => {
    const sure = Math.max(0, Math.min(1, (p - floor) / (1 - floor)));
    const a = 0.16 + 0.42 * sure;
    return CLASS_COLOURS[k % CLASS_COLOURS.length].map((ch) => Math.round(255 + (ch - 255) * a));
  };
}

/** A class's name in the page's language: pass_exam's fail/pass translated, numbers shown as "class 0". */
export function className(data, k) {
  const name = data.classes ? data.classes[k] : String(k);
  if (name === "fail" || name === "pass") return t(`ml_class_${name}`);
  return t("ml_class", { name });
}

/** The names of a data set's two axes in the page's language: x₁ and x₂, and for the slide's "will I pass?" data
 * also what they measure (lectures attended, hours on the final project). */
export function axisLabels(dataset) {
  return dataset === "pass_exam" ? [`x₁: ${t("ml_axis_lectures")}`, `x₂: ${t("ml_axis_hours")}`] : ["x₁", "x₂"];
}

/** An SVG plot of the plane over `extent`, its box shaped like the data (equal units on both axes, within limits),
 * its axes named `labels` (`axisLabels`). */
export function planePlot(el, extent, { width = 640, height = null, labels = ["x₁", "x₂"] } = {}) {
  const [x0, x1, y0, y1] = extent;
  const margin = { left: 58, right: 14, top: 12, bottom: 50 };
  const w = width - margin.left - margin.right;
  const ratio = Math.max(0.62, Math.min(1.15, (y1 - y0) / (x1 - x0)));
  const plot = new Plot(el, { x: [x0, x1], y: [y0, y1], xLabel: labels[0], yLabel: labels[1], width, margin,
    height: height || Math.round(w * ratio) + margin.top + margin.bottom });
  plot.extentKey = [...extent, ...labels].join(",");
  return plot;
}

/** A plot for `extent`, the same one as before when the extent and the axis names did not change. */
export function keepPlot(previous, el, extent, options = {}) {
  if (previous && previous.extentKey === [...extent, ...(options.labels || ["x₁", "x₂"])].join(",")) return previous;
  return planePlot(el, extent, options);
}

/** Paint the regions {n, extent, classes, values} (row 0 at the top) under everything else. */
export function paintRegions(plot, regions, nClasses) {
  const colour = regionColour(Math.max(2, nClasses));
  const cells = regions.classes.map((k, i) => [k, regions.values[i]]);
  plot.heatmap(cells, regions.n, regions.extent, ([k, p]) => colour(k, p));
}

/** The training points (filled, white rim) and the test points (white, rimmed in their class's colour). */
export function drawPoints(plot, data, { r = 6, test = true } = {}) {
  const group = [];
  data.train.x.forEach(([a, b], i) => {
    group.push(plot.point(a, b, { r, fill: rgb(data.train.y[i]), stroke: "#ffffff" }));
  });
  if (test) {
    data.test.x.forEach(([a, b], i) => {
      const el = plot.point(a, b, { r: r - 0.5, fill: "#ffffff", stroke: rgb(data.test.y[i]) });
      el.setAttribute("stroke-width", 3);
      group.push(el);
    });
  }
  for (const el of group) el.style.pointerEvents = "none";
  return group;
}

/** A legend: one chip per class, and the training/test markers. */
export function legend(el, data) {
  el.replaceChildren();
  (data.classes || []).forEach((_, k) => {
    el.append(h("span", { class: "chip" }, h("i", { class: "dot", style: `background:${rgb(k)}` }), className(data, k)));
  });
  el.append(h("span", { class: "chip" }, h("i", { class: "dot", style: "background:#555" }), t("ml_train_points")),
    h("span", { class: "chip" }, h("i", { class: "dot ring" }), t("ml_test_points")));
}

/**
 * The data controls into `el`: data set, number of points, noise, seed and "new data". `state` holds dataset,
 * n_samples, noise (null: the data set's default), seed; `onChange()` after each change.
 */
export function dataControls(el, state, onChange) {
  const select = h("select", { id: "data-set", "data-testid": "data-set" });
  for (const name of DATASETS) select.append(h("option", { value: name, "data-i18n": `ml_data_${name}` }));
  const count = h("input", { type: "number", id: "data-n", "data-testid": "data-n", min: 20, max: 400, step: 10 });
  const noise = h("input", { type: "number", id: "data-noise", "data-testid": "data-noise", min: 0, max: 3,
    step: 0.05, "data-i18n-placeholder": "ml_noise_default" });
  const seed = h("input", { type: "number", id: "data-seed", "data-testid": "data-seed", min: 0, step: 1 });
  const again = h("button", { type: "button", "data-testid": "data-new", "data-i18n": "ml_new_data" });
  el.replaceChildren(
    h("label", { class: "field" }, h("span", { "data-i18n": "ml_dataset" }), select),
    h("label", { class: "field" }, h("span", { "data-i18n": "ml_n_samples" }), count),
    h("label", { class: "field" }, h("span", { "data-i18n": "ml_noise" }), noise),
    h("label", { class: "field" }, h("span", { "data-i18n": "ml_seed" }), seed),
    again);
  el.classList.add("row", "data-controls");
  applyI18n(el);
  const show = () => {
    select.value = state.dataset;
    count.value = state.n_samples;
    noise.value = state.noise === null ? "" : state.noise;
    seed.value = state.seed;
  };
  show();
  select.addEventListener("change", () => {
    state.dataset = select.value;
    state.noise = null;
    show();
    onChange();
  });
  const number = (box, key, { whole = true, empty = undefined } = {}) => box.addEventListener("change", () => {
    if (box.value === "" && empty !== undefined) state[key] = empty;
    else if (Number.isFinite(Number(box.value)) && box.value !== "") state[key] = whole ? Math.round(Number(box.value)) : Number(box.value);
    else return;
    onChange();
  });
  number(count, "n_samples");
  number(noise, "noise", { whole: false, empty: null });
  number(seed, "seed");
  again.addEventListener("click", () => {
    state.seed += 1;
    show();
    onChange();
  });
  return { show };
}
