// The playground's controls: data, features, network, training. readSetup() gives the Setup they show
// (the JSON of /api/setup, keys exactly the contract's), writeSetup(setup) shows one.

import { t } from "/static/common/i18n.js";
import { defaultLoss, featureLabel, isOneD, lossesFor, noiseOf } from "./config.js";
import { draw as drawLayers, initNetworkControls, readHidden, writeHidden } from "./controls_network.js";
import { drawOptionLabels, initOptimizerControls, readOptimizer, writeOptimizer } from "./controls_optimizer.js";

const $ = (id) => document.getElementById(id);
let config = null;
let current = null;
let onChange = () => {};
let pendingFeatures = null;  // the features a new data set needs, until the server's answer redraws the boxes

/** Every control the teacher can lock or hide: the `data-control` names on the page, the Setup's keys for the
 * settings (the server refuses a locked key's change too), and regenerate, upload, points, export ... */
export const CONTROL_IDS = [
  "dataset", "noise", "test_ratio", "n_samples", "regenerate", "upload", "points", "features", "hidden", "output",
  "loss", "optimizer", "learning_rate", "schedule", "batch_size", "epochs", "l1", "l2", "dropout", "patience",
  "play", "step", "reset", "presets", "export", "diagnose",
];

function datasetLabel(d) {
  const lang = document.documentElement.lang;
  return d[`label_${lang}`] || d.label || t(`dataset_${d.name}`);
}

function fillSelect(select, values, text) {
  const keep = select.value;
  select.replaceChildren(...values.map((v) => new Option(text(v), v)));
  if (values.includes(keep)) select.value = keep;
}

function datasetOf(name) {
  return config.datasets.find((item) => item.name === name);
}

function featuresFor(name) {
  return isOneD(datasetOf(name)) ? config.oneDFeatures : config.features;
}

function drawFeatures() {
  const box = $("features");
  const chosen = current ? current.features : ["x1", "x2"];
  box.replaceChildren();
  for (const name of featuresFor(current ? current.dataset : "")) {
    const label = document.createElement("label");
    label.className = "feature";
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = name;
    input.dataset.testid = `feature-${name.replace("^2", "-squared").replace("_", "-")}`;
    input.checked = chosen.includes(name);
    input.addEventListener("change", () => {
      if (!box.querySelector("input:checked")) input.checked = true;
      notify();
    });
    const span = document.createElement("span");
    span.textContent = featureLabel(name);
    label.append(input, span);
    box.append(label);
  }
}

function taskOf(name) {
  const d = datasetOf(name);
  return d ? d.task : current && current.output;
}

/** A new data set brings its task's output and loss, its noise, and features it can have (x1 only for 1-D sets). */
function fitToDataset(name) {
  const task = taskOf(name);
  if (task && config.outputs.includes(task)) {
    $("output").value = task;
    fillLosses(task);
    $("loss").value = defaultLoss(task);
  }
  const noise = noiseOf(datasetOf(name));
  if (noise.max !== undefined) $("noise").max = noise.max;
  if (noise.default !== undefined) $("noise").value = noise.default;
  const oneD = isOneD(datasetOf(name));
  const allowed = featuresFor(name);
  const kept = checkedFeatures().filter((feature) => allowed.includes(feature));
  const changedKind = current && isOneD(datasetOf(current.dataset)) !== oneD;
  pendingFeatures = kept.length && !changedKind ? kept : allowed.slice(0, oneD ? 1 : 2);
}

function checkedFeatures() {
  return [...$("features").querySelectorAll("input:checked")].map((input) => input.value);
}

function fillLosses(output) {
  fillSelect($("loss"), lossesFor(output), (v) => t(`loss_${v}`));
}

/** Texts that depend on the language (option labels, layer rows, feature names). */
export function drawControlLabels() {
  const datasets = config.datasets.map((d) => d.name).filter((name) => name !== "upload");
  if (current && current.dataset === "upload") datasets.push("upload");  // chosen by uploading a file
  fillSelect($("dataset"), datasets, (name) => {
    const d = config.datasets.find((item) => item.name === name);
    return d ? datasetLabel(d) : t("dataset_upload");
  });
  if (current) $("dataset").value = current.dataset;
  fillSelect($("output"), config.outputs, (v) => t(`output_${v}`));
  fillLosses($("output").value || "binary");
  drawOptionLabels();
  drawLayers();
}

function notify() {
  onChange(readSetup());
}

/** Build the controls from the normalized config; `change(setup)` is called after every edit. */
export function initControls(cfg, change) {
  config = cfg;
  onChange = change;
  initNetworkControls(cfg, notify);
  initOptimizerControls(cfg, notify);
  $("n-samples").min = cfg.limits.min_samples;
  $("n-samples").max = cfg.limits.max_samples;
  $("epochs").max = cfg.limits.max_epochs;
  drawControlLabels();
  $("dataset").addEventListener("change", () => {
    fitToDataset($("dataset").value);
    notify();
  });
  $("output").addEventListener("change", () => {
    fillLosses($("output").value);
    $("loss").value = defaultLoss($("output").value);
    notify();
  });
  for (const id of ["noise", "test-ratio"]) {
    $(id).addEventListener("input", () => {
      $(`${id}-value`).textContent = Number($(id).value).toFixed(2);
    });
  }
  for (const id of ["noise", "test-ratio", "n-samples", "loss", "batch-size", "epochs", "l1", "l2", "dropout", "patience"]) {
    $(id).addEventListener("change", notify);
  }
}

/** The Setup the controls show (learning rate included). */
export function readSetup() {
  const num = (id) => Number($(id).value);
  const patience = $("patience").value.trim();
  const { optimizer, schedule } = readOptimizer();
  return {
    dataset: $("dataset").value,
    noise: num("noise"),
    n_samples: Math.round(num("n-samples")),
    test_ratio: num("test-ratio"),
    seed: current ? current.seed : 0,
    features: pendingFeatures || checkedFeatures(),
    hidden: readHidden(),
    output: $("output").value,
    loss: $("loss").value,
    optimizer,
    learning_rate: num("learning-rate"),
    schedule,
    batch_size: Math.round(num("batch-size")),
    l1: num("l1"),
    l2: num("l2"),
    dropout: num("dropout"),
    patience: patience === "" ? null : Math.round(Number(patience)),
    epochs: Math.round(num("epochs")),
  };
}

/** Show `setup` (what the server accepted) in every control. */
export function writeSetup(setup) {
  current = setup;
  pendingFeatures = null;
  drawControlLabels();
  $("noise").max = noiseOf(datasetOf(setup.dataset)).max;
  $("noise").value = setup.noise;
  $("noise-value").textContent = Number(setup.noise).toFixed(2);
  $("test-ratio").value = setup.test_ratio;
  $("test-ratio-value").textContent = Number(setup.test_ratio).toFixed(2);
  $("n-samples").value = setup.n_samples;
  for (const id of ["noise", "n-samples"]) $(id).disabled = setup.dataset === "upload";
  drawFeatures();
  writeHidden(setup.hidden);
  $("output").value = setup.output;
  fillLosses(setup.output);
  $("loss").value = setup.loss;
  writeOptimizer(setup.optimizer, setup.schedule);
  $("learning-rate").value = setup.learning_rate;
  $("batch-size").value = setup.batch_size;
  $("epochs").value = setup.epochs;
  $("l1").value = setup.l1;
  $("l2").value = setup.l2;
  $("dropout").value = setup.dropout;
  $("patience").value = setup.patience === null || setup.patience === undefined ? "" : setup.patience;
}

/** The Setup last shown. */
export function currentSetup() {
  return current;
}
