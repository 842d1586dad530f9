// The gallery: every view drawn from fixed sample states, for developing the views and for their browser test.
// The states follow lab.md's state() format; the numbers are made up but shaped like a real run
// (circles: class 1 inside the radius 2.5, P(class 1) = σ(3·(2.5 − r))).

import * as boundary from "./boundary.js";
import * as confusion from "./confusion.js";
import * as curves from "./curves.js";
import * as math from "./math.js";
import * as network from "./network.js";
import * as neurons from "./neurons.js";
import { loadViewText } from "./common.js";
import { SAMPLE_MATH } from "./gallery_math.js";

/** A small seeded random generator (mulberry32), so every load draws the same points. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const round = (v, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

function grid(n, extent, f) {
  const values = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x1 = extent[0] + (j / (n - 1)) * (extent[1] - extent[0]);
      const x2 = extent[3] - (i / (n - 1)) * (extent[3] - extent[2]);
      values.push(f(x1, x2));
    }
  }
  return values;
}

function history(epochs, accuracy) {
  return Array.from({ length: epochs }, (_, k) => {
    const e = k + 1;
    return {
      epoch: e,
      train_loss: round(0.62 * Math.exp(-e / 14) + 0.06, 5),
      test_loss: round(0.64 * Math.exp(-e / 14) + 0.09 + 0.01 * Math.sin(e), 5),
      train_accuracy: accuracy ? round(0.98 - 0.46 * Math.exp(-e / 10), 4) : null,
      test_accuracy: accuracy ? round(0.95 - 0.44 * Math.exp(-e / 10), 4) : null,
    };
  });
}

function circlesPoints(rand) {
  const part = (count) => {
    const x = [];
    const y = [];
    for (let k = 0; k < count; k++) {
      const label = k % 2;
      const r = label ? 2 * rand() : 3.5 + 1.5 * rand();
      const angle = 2 * Math.PI * rand();
      x.push([round(r * Math.cos(angle), 3), round(r * Math.sin(angle), 3)]);
      y.push(label);
    }
    return { x, y };
  };
  return { train: part(100), test: part(100), extent: [-6, 6, -6, 6] };
}

function binaryState() {
  const extent = [-6, 6, -6, 6];
  const rand = random(7);
  const weights = [
    [[1.2, -0.8], [-0.4, 1.5], [2.1, 0.3], [-1.7, -1.1]],
    [[0.9, -1.4, 0.6, 1.8], [-2.2, 0.5, 1.1, -0.3], [0.2, 0.7, -1.6, 0.4], [1.3, -0.1, 0.8, -0.9]],
    [[2.4, -1.9, 1.2, -0.6]],
  ];
  const biases = [[0.1, -0.5, 0.3, 0.8], [-0.2, 0.4, 0.0, -0.7], [0.35]];
  const neuronGrid = (w, b) => ({
    n: 16, values: grid(16, extent, (a, c) => round(Math.tanh((w[0] * a + w[1] * c) / 3 + b))) });
  const first = weights[0].map((w, u) => neuronGrid(w, biases[0][u]));
  const second = weights[1].map((w, u) => neuronGrid([w[0] - w[1], w[2] + w[3]], biases[1][u]));
  return {
    state: {
      epoch: 60, iteration: 1200, stopped: null, learning_rate: 0.03,
      train_loss: 0.0656, test_loss: 0.0961, train_accuracy: 0.98, test_accuracy: 0.95,
      history: history(60, true),
      boundary: { n: 40, extent, values: grid(40, extent, (a, c) => round(sigmoid(3 * (2.5 - Math.hypot(a, c))))) },
      neurons: [first, second],
      network: { layers: [2, 4, 4, 1], features: ["x1", "x2"], weights, biases },
      confusion: { labels: ["0", "1"], matrix: [[96, 4], [6, 94]] },
      message: null,
    },
    points: circlesPoints(rand),
  };
}

function multiclassState() {
  const extent = [-5, 5, -5, 5];
  const centres = [[-2.5, -2], [2.5, -2], [0, 2.8]];
  const rand = random(11);
  const scores = (a, c) => centres.map(([p, q]) => -((a - p) ** 2 + (c - q) ** 2) / 2);
  const probabilities = (a, c) => {
    const s = scores(a, c);
    const m = Math.max(...s);
    const e = s.map((v) => Math.exp(v - m));
    const total = e.reduce((u, v) => u + v, 0);
    return e.map((v) => v / total);
  };
  const values = grid(40, extent, (a, c) => round(Math.max(...probabilities(a, c))));
  const classes = grid(40, extent, (a, c) => {
    const p = probabilities(a, c);
    return p.indexOf(Math.max(...p));
  });
  const part = (count) => {
    const x = [];
    const y = [];
    for (let k = 0; k < count; k++) {
      const label = k % 3;
      const [p, q] = centres[label];
      x.push([round(p + 1.6 * (rand() - 0.5) * 2), round(q + 1.6 * (rand() - 0.5) * 2)]);
      y.push(label);
    }
    return { x, y };
  };
  return {
    state: {
      epoch: 40, iteration: 800, stopped: "early_stopping", learning_rate: 0.01,
      train_loss: 0.21, test_loss: 0.25, train_accuracy: 0.93, test_accuracy: 0.91, history: history(40, true),
      boundary: { n: 40, extent, values, classes }, neurons: [],
      network: { layers: [2, 3], features: ["x1", "x2"], weights: [[[-1.2, -0.9], [1.1, -1.0], [0.1, 1.4]]],
        biases: [[0.2, -0.1, 0.3]] },
      confusion: { labels: ["A", "B", "C"], matrix: [[45, 3, 2], [4, 44, 2], [1, 2, 47]] },
      message: null,
    },
    points: { train: part(90), test: part(60), extent },
  };
}

function regressionState() {
  const rand = random(5);
  const xs = Array.from({ length: 100 }, (_, k) => round(-3 + (6 * k) / 99, 4));
  const part = (count) => {
    const x = [];
    const y = [];
    for (let k = 0; k < count; k++) {
      const v = -3 + 6 * rand();
      x.push([round(v)]);
      y.push(round(Math.sin(v) + 0.25 * (rand() - 0.5) * 2));
    }
    return { x, y };
  };
  return {
    state: {
      epoch: 30, iteration: 300, stopped: null, learning_rate: 0.01,
      train_loss: 0.031, test_loss: 0.037, train_accuracy: null, test_accuracy: null, history: history(30, false),
      boundary: { n: 100, extent: [-3, 3, -1.5, 1.5],
        curve: { x: xs, y: xs.map((v) => round(0.95 * Math.sin(v), 4)) } },
      neurons: null, network: { layers: [1, 1], features: ["x1"], weights: [[[0.8]]], biases: [[0.0]] },
      confusion: null, message: null,
    },
    points: { train: part(40), test: part(40), extent: [-3, 3, -1.5, 1.5] },
  };
}

function regression2dState() {
  const extent = [-3, 3, -3, 3];
  const rand = random(3);
  const f = (a, c) => Math.sin(a) + 0.3 * c;
  const part = (count) => {
    const x = [];
    const y = [];
    for (let k = 0; k < count; k++) {
      const a = -3 + 6 * rand();
      const c = -3 + 6 * rand();
      x.push([round(a), round(c)]);
      y.push(round(f(a, c) + 0.1 * (rand() - 0.5)));
    }
    return { x, y };
  };
  return {
    state: {
      epoch: 20, iteration: 200, stopped: null, learning_rate: 0.01, train_loss: 0.02, test_loss: 0.03,
      train_accuracy: null, test_accuracy: null, history: history(20, false),
      boundary: { n: 40, extent, values: grid(40, extent, (a, c) => round(f(a, c), 4)) },
      neurons: [], network: { layers: [2, 1], features: ["x1", "x2"], weights: [[[0.9, 0.3]]], biases: [[0.0]] },
      confusion: null, message: null,
    },
    points: { train: part(60), test: part(40), extent },
  };
}

/** Draw every view of the gallery in the language of the URL (?lang=ko|en). */
export async function main() {
  const lang = new URLSearchParams(location.search).get("lang") === "ko" ? "ko" : "en";
  document.documentElement.lang = lang;
  const select = document.querySelector("[data-testid=language]");
  select.value = lang;
  select.addEventListener("change", () => {
    const url = new URL(location.href);
    url.searchParams.set("lang", select.value);
    location.href = url.href;
  });
  await loadViewText(lang);
  const samples = { binary: binaryState(), multiclass: multiclassState(), regression: regressionState(),
    regression2d: regression2dState() };
  let selected = { layer: 1, unit: 1 };
  const opts = { lang, probe: [-1, 2], math: SAMPLE_MATH[lang], activations: ["tanh", "tanh"] };
  const draw = () => {
    const common = { ...opts, selected, onSelect: (layer, unit) => { selected = { layer, unit }; draw(); } };
    const b = samples.binary;
    boundary.render(document.getElementById("boundary-binary"), b.state, { ...common, points: b.points });
    boundary.render(document.getElementById("boundary-multiclass"), samples.multiclass.state,
      { ...common, points: samples.multiclass.points });
    boundary.render(document.getElementById("boundary-regression"), samples.regression.state,
      { ...common, points: samples.regression.points, probe: null });
    boundary.render(document.getElementById("boundary-regression2d"), samples.regression2d.state,
      { ...common, points: samples.regression2d.points, probe: null, task: "regression" });
    neurons.render(document.getElementById("neurons"), b.state, common);
    network.render(document.getElementById("network"), b.state, common);
    curves.render(document.getElementById("curves"), b.state, common);
    curves.render(document.getElementById("curves-regression"), samples.regression.state, common);
    confusion.render(document.getElementById("confusion-binary"), b.state, common);
    confusion.render(document.getElementById("confusion-multiclass"), samples.multiclass.state, common);
    confusion.render(document.getElementById("confusion-regression"), samples.regression.state, common);
    math.render(document.getElementById("math"), b.state, common);
  };
  draw();
  window.gallery = { samples, views: { boundary, confusion, curves, math, network, neurons }, draw,
    selected: () => selected };
  document.body.dataset.ready = "true";
}
