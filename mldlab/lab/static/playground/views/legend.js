// The boundary's legend: class colours, the P(class 1) ramp and its 0.5 line, the model's curve, the point markers.

import { INK, MIDDLE, ORANGE, make, num, tr } from "./common.js";

/** The number of classes on a multiclass grid (its largest class index + 1). */
export function classCount(boundary) {
  let k = 0;
  for (const c of boundary.classes) if (c + 1 > k) k = c + 1;
  return k;
}

/** The legend under the boundary (rebuilt only when what it shows changes). */
export function updateLegend(el, view, mode, state, opts, colours) {
  const names = legendNames(mode, state, opts);
  const range = mode === "regression" && view.range ? view.range.map((v) => num(v, 3)).join() : "";
  const key = [mode, names.join("|"), colours.join(), tr(opts, "view_train"), range].join("/");
  if (key === view.legendKey) return;
  view.legendKey = key;
  const items = [];
  if (mode === "binary") {
    items.push(classSwatch(colours[0], names[0]), classSwatch(colours[1], names[1]));
    const bar = make("span", "mv-ramp");
    bar.style.background = `linear-gradient(to right, ${colours[0]}, ${MIDDLE}, ${colours[1]})`;
    const ramp = make("span", "mv-key");
    ramp.append(tr(opts, "view_probability", { name: names[1] }), " 0", bar, "1");
    items.push(ramp, lineSwatch(tr(opts, "view_boundary_line")));
  } else if (mode === "multiclass") {
    names.forEach((name, c) => items.push(classSwatch(colours[c % colours.length], name)));
  } else if (mode === "curve") {
    items.push(lineSwatch(tr(opts, "view_model_curve"), ORANGE));
  } else if (mode === "regression") {
    const bar = make("span", "mv-ramp");
    bar.style.background = `linear-gradient(to right, ${colours[0]}, ${MIDDLE}, ${colours[1]})`;
    const ramp = make("span", "mv-key");
    const [lo, hi] = view.range || [0, 1];
    ramp.append(tr(opts, "view_prediction"), ` ${num(lo, 3)}`, bar, num(hi, 3));
    items.push(ramp);
  }
  if (mode !== "empty") {
    items.push(marker(false, tr(opts, "view_train")), marker(true, tr(opts, "view_test")));
  }
  view.legend.replaceChildren(...items);
}

function legendNames(mode, state, opts) {
  if (mode !== "binary" && mode !== "multiclass") return [];
  let labels = opts.classNames || (state.confusion && state.confusion.labels);
  if (!labels) {
    const k = mode === "binary" ? 2 : classCount(state.boundary);
    labels = Array.from({ length: k }, (_, c) => c);
  }
  return labels.map((label) => (/^\d+$/.test(String(label)) ? tr(opts, "view_class", { label }) : String(label)));
}

function classSwatch(colour, name) {
  const item = make("span", "mv-key");
  const box = make("span", "mv-swatch");
  box.style.background = colour;
  item.append(box, document.createTextNode(name));
  return item;
}

function lineSwatch(name, colour = INK) {
  const item = make("span", "mv-key");
  const line = make("span", "mv-line-swatch");
  line.style.borderTopColor = colour;
  item.append(line, document.createTextNode(name));
  return item;
}

function marker(test, name) {
  const item = make("span", "mv-key");
  item.append(make("span", test ? "mv-dot mv-dot-test" : "mv-dot"), document.createTextNode(name));
  return item;
}
